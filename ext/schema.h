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
} SchemaColumn;

typedef struct SchemaFk {
  char *zParent; /* parent table as the schema spells it */
  int nCol;
  int *aiCol;         /* child column indexes into SchemaTable.aCol */
  char **azParentCol; /* parent columns (the parent's PK when not named) */
  int isSelf;         /* parent is the table itself */
} SchemaFk;

typedef struct SchemaUnique {
  int nCol;
  int *aiCol;
  int isPk;
  int isPartial; /* a partial unique index: treated as unique everywhere */
  char *zName;   /* index name, NULL for the rowid primary key */
} SchemaUnique;

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
  int nExprIndex; /* unique indexes on expressions (not modelled) */
  int iRowidCol;  /* column that aliases the rowid, -1 if none */
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

/* Names of the user tables of zDb (not views, virtual, shadow or sqlite_%),
** in sqlite_schema order. Free with schema_names_free. */
int schema_table_names(sqlite3 *db, const char *zDb, char ***pazName, int *pnName);
void schema_names_free(char **azName, int nName);

/* The affinity and type class of a declared type (also used by tests). */
int schema_affinity(const char *zType);
void schema_type_class(const char *zType, int *peType, int *pnLen, int *pnPrec, int *pnScale);

#endif /* SYDA_SCHEMA_H */
