/*
** sqltok.h — a tokenizer for the SQL text syda reads: CREATE TABLE
** statements (to find each column's CHECK, comment and AUTOINCREMENT) and
** CHECK or rule expressions (to find the columns they name).
**
** It follows SQLite's lexical rules: "double", [bracket] and `backtick`
** quoted identifiers, 'strings' with '' escapes, x'blob' literals, numbers,
** ?NNN/:name/@name/$name variables, -- and slash-star comments.
**
**     SqlTok *a; int n;
**     if (sqltok_split(zSql, 1, &a, &n) == SQLITE_OK) { ... sqlite3_free(a); }
*/
#ifndef SYDA_SQLTOK_H
#define SYDA_SQLTOK_H

enum {
  TK_EOF = 0,
  TK_SPACE,
  TK_COMMENT, /* -- line or slash-star block comment */
  TK_ID,      /* bare identifier or keyword */
  TK_QID,     /* "quoted", [bracketed] or `backticked` identifier */
  TK_STRING,  /* 'string' */
  TK_NUMBER,
  TK_BLOB, /* x'...' */
  TK_VARIABLE,
  TK_LP,
  TK_RP,
  TK_COMMA,
  TK_SEMI,
  TK_DOT,
  TK_OP, /* any operator, one or two characters */
  TK_ILLEGAL
};

typedef struct SqlTok {
  int eType;
  int iOff;  /* byte offset in the text */
  int n;     /* bytes */
  int iLine; /* 1-based line of the first byte */
} SqlTok;

/* Length and type of the token that starts at z (z[0] != 0). */
int sqltok_len(const char *z, int *peType);

/*
** Tokenize all of z.  With bSkipSpace, TK_SPACE tokens are dropped (comments
** are kept).  The array, ended by a TK_EOF token, is freed with sqlite3_free.
*/
int sqltok_split(const char *z, int bSkipSpace, SqlTok **paTok, int *pnTok);

/* True when token t of z is the bare keyword zKw (case-insensitive). */
int sqltok_is(const char *z, const SqlTok *t, const char *zKw);

/*
** The identifier or string value of a token, dequoted, in memory from
** sqlite3_malloc (NULL when out of memory).  Other tokens are copied as is.
*/
char *sqltok_text(const char *z, const SqlTok *t);

/* Dequote a whole string if it is one quoted token; else copy it, trimmed. */
char *sqltok_dequote(const char *z);

/* True when t is a name: a bare identifier or a quoted one. */
int sqltok_is_name(const SqlTok *t);

/* Case-insensitive compare of token text (dequoted) with a name. */
int sqltok_name_eq(const char *z, const SqlTok *t, const char *zName);

#endif /* SYDA_SQLTOK_H */
