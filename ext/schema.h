/*
** schema.h — what syda reads of a table, as plain C structs.
**
** The PRAGMAs give columns, keys and indexes; the CREATE TABLE text gives
** what they do not: CHECK constraints, each column's trailing "-- comment",
** AUTOINCREMENT and COLLATE.
**
**     SchemaTable *t = 0; char *zErr = 0;
**     rc = schema_table_load(db, "main", "customers", &t, &zErr);
**     ...  t->aCol[i].zName, t->aFk[j].zParent ...
**     schema_table_free(t);
*/
#ifndef SYDA_SCHEMA_H
#define SYDA_SCHEMA_H

#include "sqlite3ext.h"

/* SQLite's column affinities (https://sqlite.org/datatype3.html 3.1). */
enum { AFF_BLOB = 0, AFF_TEXT, AFF_NUMERIC, AFF_INTEGER, AFF_REAL };

/* What a declared type asks of a value, finer than affinity. */
enum {
  TY_ANY = 0, /* no declared type: any value */
  TY_INT,
  TY_REAL,
  TY_NUMERIC, /* NUMERIC/DECIMAL, with optional precision and scale */
  TY_TEXT,
  TY_BOOL,
  TY_DATE,     /* YYYY-MM-DD */
  TY_DATETIME, /* YYYY-MM-DD HH:MM:SS */
  TY_TIME,     /* HH:MM:SS */
  TY_BLOB,
  TY_JSON,
  TY_UUID
};

typedef struct SchemaColumn {
  char *zName;
  char *zType;    /* declared type as written, "" if none */
  int eAff;       /* AFF_* */
  int eType;      /* TY_* */
  int nLen;       /* max characters of CHAR(n)/VARCHAR(n)/..., 0 = none */
  int nPrec;      /* DECIMAL(p,s): p, 0 = none */
  int nScale;     /* DECIMAL(p,s): s */
  int notNull;    /* NOT NULL, or part of a primary key */
  char *zDefault; /* DEFAULT expression as text, NULL = none */
  int iPk;        /* 1-based position in the primary key, 0 = not in it */
  int isRowid;    /* INTEGER PRIMARY KEY of a rowid table (rowid alias) */
  int isUnique;   /* a UNIQUE set of just this column (PK alone counts) */
  int eHidden;    /* 0 normal; 2 virtual or 3 stored generated column */
  char *zCollate; /* COLLATE name, NULL = BINARY */
  char *zComment; /* trailing (or leading) comment text, NULL = none */
  char *zGenExpr; /* generated column: the expression of AS (...), NULL = none */
} SchemaColumn;

typedef struct SchemaFk {
  char *zParent; /* parent table as the schema spells it */
  int nCol;
  int *aiCol;         /* child column indexes into SchemaTable.aCol */
  char **azParentCol; /* parent columns (the parent's PK when not named) */
  int isSelf;         /* parent is the table itself */
} SchemaFk;

/*
** A UNIQUE constraint or unique index.  aiCol are the keys that are plain
** columns.  A key may also be an expression (CREATE UNIQUE INDEX ON
** t(lower(email))), a generated column or compare with a collation such as
** NOCASE, and the index may be partial (... WHERE active): such a set is
** "evaluated" (schema_unique_evaluated): what must be distinct is the value
** of azKey under azColl, where zWhere holds.
*/
typedef struct SchemaUnique {
  int nCol;
  int *aiCol;
  int isPk;
  int isPartial; /* a partial index: only rows where zWhere holds count */
  char *zName;   /* index name, NULL for the rowid primary key */
  int nKey;      /* the index's keys, in order */
  char **azKey;  /* each key as SQL over the table's columns: "\"email\"", "lower(email)" */
  char **azColl; /* each key's collation, NULL = BINARY */
  char *zWhere;  /* a partial index's WHERE expression, NULL = none */
  int isExpr;    /* some key is an expression or a generated column */
  int hasColl;   /* some key compares with a collation other than BINARY */
} SchemaUnique;

/* Is set u more than distinct plain columns (expressions, generated
** columns, a WHERE)? */
int schema_unique_evaluated(const SchemaUnique *u);

typedef struct SchemaCheck {
  char *zName; /* CONSTRAINT name, NULL = unnamed */
  char *zExpr; /* the expression text inside CHECK( ... ) */
  int iCol;    /* column index for a column constraint, -1 for a table one */
} SchemaCheck;

typedef struct SchemaTable {
  char *zDb;   /* schema: main, temp or an attached name */
  char *zName; /* as stored in sqlite_schema */
  char *zSql;
  int nCol;
  SchemaColumn *aCol;
  int nFk;
  SchemaFk *aFk;
  int nUnique;
  SchemaUnique *aUnique;
  int nCheck;
  SchemaCheck *aCheck;
  int iRowidCol; /* column that aliases the rowid, -1 if none */
  int withoutRowid;
  int autoincrement;
  int isStrict;
  char *zComment; /* comment on the line of the opening parenthesis */
} SchemaTable;

/*
** Find table zName (zDb NULL: temp, then main, then attached databases) and
** read it.  On error *pzErr is set (sqlite3_malloc) to a sentence that does
** not carry a function prefix; the caller adds its own.
*/
int schema_table_load(sqlite3 *db, const char *zDb, const char *zName, SchemaTable **ppTab, char **pzErr);
void schema_table_free(SchemaTable *);

/* Column index of zName (case-insensitive), -1 if none. */
int schema_column_index(const SchemaTable *, const char *zName);
/* Is column iCol in t's primary key (or its rowid), a foreign key or, when
** bUnique, a UNIQUE constraint or index?  Its values must then be distinct
** or a parent's. */
int schema_column_is_key(const SchemaTable *t, int iCol, int bUnique);

/* Names of the user tables of zDb (not views, virtual, shadow or sqlite_%),
** in sqlite_schema order. Free with schema_names_free. */
int schema_table_names(sqlite3 *db, const char *zDb, char ***pazName, int *pnName);
void schema_names_free(char **azName, int nName);

/*
** NULL when the parent columns foreign key fk of pChild names are a parent
** key SQLite accepts: pParent's PRIMARY KEY or a UNIQUE set of exactly those
** columns (not partial, each under its column's own collation).  Otherwise
** why not, as a sentence naming the columns and the parent, without a
** function prefix (sqlite3_malloc).  A parent column that does not exist is
** not reported here.
*/
char *schema_fk_mismatch(const SchemaTable *pChild, const SchemaFk *fk, const SchemaTable *pParent);

/* The affinity and type class of a declared type (also used by tests). */
int schema_affinity(const char *zType);
void schema_type_class(const char *zType, int *peType, int *pnLen, int *pnPrec, int *pnScale);

#endif /* SYDA_SCHEMA_H */
