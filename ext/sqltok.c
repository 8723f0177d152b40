/*
** sqltok.c — SQL tokenizer (see sqltok.h).  Only lexing: the callers
** (schema.c, check.c, row.c) give the tokens their meaning.
*/
#include "sqltok.h"

#include <string.h>

#include "sqlite3ext.h"
SQLITE_EXTENSION_INIT3

static int tok_idchar(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$' ||
         c >= 0x80;
}

static int tok_digit(unsigned char c) {
  return c >= '0' && c <= '9';
}

static int tok_hex(unsigned char c) {
  return tok_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* Length of a quoted run starting at z[0]==q and closed by e; doubled e
** escapes it unless q is '['. Unterminated: the rest of the text. */
static int tok_quoted(const char *z, char e) {
  int i = 1;
  for (;;) {
    if (z[i] == 0) return i;
    if (z[i] == e) {
      if (e != ']' && z[i + 1] == e) {
        i += 2;
        continue;
      }
      return i + 1;
    }
    i++;
  }
}

int sqltok_len(const char *z, int *peType) {
  const unsigned char *u = (const unsigned char *)z;
  int i;
  switch (u[0]) {
    case ' ':
    case '\t':
    case '\n':
    case '\r':
    case '\f':
    case '\v':
      for (i = 1; u[i] == ' ' || (u[i] >= '\t' && u[i] <= '\r'); i++) {
      }
      *peType = TK_SPACE;
      return i;
    case '-':
      if (u[1] == '-') {
        for (i = 2; u[i] && u[i] != '\n'; i++) {
        }
        *peType = TK_COMMENT;
        return i;
      }
      *peType = TK_OP;
      return 1;
    case '/':
      if (u[1] == '*') {
        for (i = 2; u[i] && !(u[i] == '*' && u[i + 1] == '/'); i++) {
        }
        *peType = TK_COMMENT;
        return u[i] ? i + 2 : i;
      }
      *peType = TK_OP;
      return 1;
    case '(':
      *peType = TK_LP;
      return 1;
    case ')':
      *peType = TK_RP;
      return 1;
    case ',':
      *peType = TK_COMMA;
      return 1;
    case ';':
      *peType = TK_SEMI;
      return 1;
    case '"':
      *peType = TK_QID;
      return tok_quoted(z, '"');
    case '`':
      *peType = TK_QID;
      return tok_quoted(z, '`');
    case '[':
      *peType = TK_QID;
      return tok_quoted(z, ']');
    case '\'':
      *peType = TK_STRING;
      return tok_quoted(z, '\'');
    case '<':
      *peType = TK_OP;
      return (u[1] == '=' || u[1] == '>' || u[1] == '<') ? 2 : 1;
    case '>':
      *peType = TK_OP;
      return (u[1] == '=' || u[1] == '>') ? 2 : 1;
    case '=':
      *peType = TK_OP;
      return u[1] == '=' ? 2 : 1;
    case '!':
      *peType = u[1] == '=' ? TK_OP : TK_ILLEGAL;
      return u[1] == '=' ? 2 : 1;
    case '|':
      *peType = TK_OP;
      return u[1] == '|' ? 2 : 1;
    case '?':
      for (i = 1; tok_digit(u[i]); i++) {
      }
      *peType = TK_VARIABLE;
      return i;
    case ':':
    case '@':
    case '$':
      for (i = 1; tok_idchar(u[i]); i++) {
      }
      *peType = i > 1 ? TK_VARIABLE : TK_ILLEGAL;
      return i;
    case '.':
      if (!tok_digit(u[1])) {
        *peType = TK_DOT;
        return 1;
      }
      /* fall through: a number like .5 */
      /* FALLTHRU */
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7':
    case '8':
    case '9':
      *peType = TK_NUMBER;
      if (u[0] == '0' && (u[1] == 'x' || u[1] == 'X') && tok_hex(u[2])) {
        for (i = 3; tok_hex(u[i]); i++) {
        }
        return i;
      }
      for (i = 0; tok_digit(u[i]) || u[i] == '_'; i++) {
      }
      if (u[i] == '.') {
        for (i++; tok_digit(u[i]) || u[i] == '_'; i++) {
        }
      }
      if ((u[i] == 'e' || u[i] == 'E') &&
          (tok_digit(u[i + 1]) || ((u[i + 1] == '+' || u[i + 1] == '-') && tok_digit(u[i + 2])))) {
        for (i += 2; tok_digit(u[i]); i++) {
        }
      }
      return i;
    case 'x':
    case 'X':
      if (u[1] == '\'') {
        *peType = TK_BLOB;
        return 1 + tok_quoted(z + 1, '\'');
      }
      break;
    default:
      break;
  }
  if (tok_idchar(u[0])) {
    for (i = 1; tok_idchar(u[i]); i++) {
    }
    *peType = TK_ID;
    return i;
  }
  *peType = (strchr("+*%&~^", u[0]) != 0) ? TK_OP : TK_ILLEGAL;
  return 1;
}

int sqltok_split(const char *z, int bSkipSpace, SqlTok **paTok, int *pnTok) {
  SqlTok *a = 0;
  int n = 0, nAlloc = 0, iOff = 0, iLine = 1;
  for (;;) {
    SqlTok t;
    int i;
    if (z[iOff] == 0) {
      t.eType = TK_EOF;
      t.n = 0;
    } else {
      t.n = sqltok_len(z + iOff, &t.eType);
    }
    t.iOff = iOff;
    t.iLine = iLine;
    for (i = 0; i < t.n; i++) {
      if (z[iOff + i] == '\n') iLine++;
    }
    iOff += t.n;
    if (bSkipSpace && t.eType == TK_SPACE) continue;
    if (n >= nAlloc) {
      SqlTok *aNew;
      nAlloc = nAlloc ? nAlloc * 2 : 64;
      aNew = sqlite3_realloc64(a, sizeof(SqlTok) * (sqlite3_uint64)nAlloc);
      if (aNew == 0) {
        sqlite3_free(a);
        return SQLITE_NOMEM;
      }
      a = aNew;
    }
    a[n++] = t;
    if (t.eType == TK_EOF) break;
  }
  *paTok = a;
  *pnTok = n;
  return SQLITE_OK;
}

int sqltok_is(const char *z, const SqlTok *t, const char *zKw) {
  int n = (int)strlen(zKw);
  return t->eType == TK_ID && t->n == n && sqlite3_strnicmp(z + t->iOff, zKw, n) == 0;
}

int sqltok_is_name(const SqlTok *t) {
  return t->eType == TK_ID || t->eType == TK_QID;
}

char *sqltok_text(const char *z, const SqlTok *t) {
  const char *s = z + t->iOff;
  char *zOut;
  int i, j;
  char q;
  zOut = sqlite3_malloc64((sqlite3_uint64)t->n + 1);
  if (zOut == 0) return 0;
  if ((t->eType == TK_QID || t->eType == TK_STRING) && t->n >= 1) {
    q = s[0] == '[' ? ']' : s[0];
    for (i = 1, j = 0; i < t->n; i++) {
      if (s[i] == q) {
        if (q != ']' && i + 1 < t->n && s[i + 1] == q) {
          zOut[j++] = q;
          i++;
          continue;
        }
        break;
      }
      zOut[j++] = s[i];
    }
    zOut[j] = 0;
    return zOut;
  }
  memcpy(zOut, s, (size_t)t->n);
  zOut[t->n] = 0;
  return zOut;
}

char *sqltok_dequote(const char *z) {
  int e, n, nTok;
  SqlTok t;
  while (*z == ' ' || (*z >= '\t' && *z <= '\r'))
    z++;
  n = (int)strlen(z);
  while (n > 0 && (z[n - 1] == ' ' || (z[n - 1] >= '\t' && z[n - 1] <= '\r')))
    n--;
  if (n == 0) return sqlite3_mprintf("%s", "");
  nTok = sqltok_len(z, &e);
  if ((e == TK_QID || e == TK_STRING) && nTok == n) {
    t.eType = e;
    t.iOff = 0;
    t.n = n;
    t.iLine = 1;
    return sqltok_text(z, &t);
  }
  return sqlite3_mprintf("%.*s", n, z);
}

int sqltok_name_eq(const char *z, const SqlTok *t, const char *zName) {
  int r;
  char *zTok;
  if (!sqltok_is_name(t)) return 0;
  if (t->eType == TK_ID) {
    int n = (int)strlen(zName);
    return t->n == n && sqlite3_strnicmp(z + t->iOff, zName, n) == 0;
  }
  zTok = sqltok_text(z, t);
  r = zTok && sqlite3_stricmp(zTok, zName) == 0;
  sqlite3_free(zTok);
  return r;
}
