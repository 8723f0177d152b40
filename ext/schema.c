/*
** schema.c — read one table of a database into a SchemaTable (schema.h).
**
** Columns, keys and unique indexes come from the table-valued PRAGMAs
** (pragma_table_xinfo, pragma_foreign_key_list, pragma_index_list,
** pragma_index_info); CHECK constraints, comments, COLLATE and
** AUTOINCREMENT from a walk over the tokens of the CREATE TABLE text.
*/
#include "schema.h"

#include <string.h>

#include "sqltok.h"
SQLITE_EXTENSION_INIT3

/* ---- small helpers ---------------------------------------------------- */

static char *schema_strdup(const char *z) {
  return z ? sqlite3_mprintf("%s", z) : 0;
}

static int schema_contains(const char *zUpper, const char *zNeedle) {
  return strstr(zUpper, zNeedle) != 0;
}

/* Upper-cased copy of z (ASCII) into a caller buffer of nBuf bytes. */
static void schema_upper(const char *z, char *zBuf, int nBuf) {
  int i;
  for (i = 0; z && z[i] && i < nBuf - 1; i++) {
    char c = z[i];
    zBuf[i] = (c >= 'a' && c <= 'z') ? (char)(c - 32) : c;
  }
  zBuf[i] = 0;
}

int schema_affinity(const char *zType) {
  char z[256];
  schema_upper(zType, z, sizeof(z));
  /* The rules of https://sqlite.org/datatype3.html section 3.1, in order. */
  if (schema_contains(z, "INT")) return AFF_INTEGER;
  if (schema_contains(z, "CHAR") || schema_contains(z, "CLOB") || schema_contains(z, "TEXT")) return AFF_TEXT;
  if (z[0] == 0 || schema_contains(z, "BLOB")) return AFF_BLOB;
  if (schema_contains(z, "REAL") || schema_contains(z, "FLOA") || schema_contains(z, "DOUB")) return AFF_REAL;
  return AFF_NUMERIC;
}

/* The first one or two integers inside parentheses: VARCHAR(40), DECIMAL(10,2). */
static void schema_type_args(const char *z, int *pa, int *pb) {
  const char *p = strchr(z, '(');
  *pa = *pb = 0;
  if (p == 0) return;
  p++;
  while (*p == ' ')
    p++;
  while (*p >= '0' && *p <= '9') {
    if (*pa < 100000000) *pa = *pa * 10 + (*p - '0');
    p++;
  }
  while (*p == ' ')
    p++;
  if (*p != ',') return;
  p++;
  while (*p == ' ')
    p++;
  while (*p >= '0' && *p <= '9') {
    if (*pb < 100000000) *pb = *pb * 10 + (*p - '0');
    p++;
  }
}

void schema_type_class(const char *zType, int *peType, int *pnLen, int *pnPrec, int *pnScale) {
  char z[256];
  int a, b, aff;
  schema_upper(zType, z, sizeof(z));
  schema_type_args(z, &a, &b);
  *pnLen = *pnPrec = *pnScale = 0;
  aff = schema_affinity(zType);
  if (schema_contains(z, "BOOL") ||
      (strncmp(z, "BIT", 3) == 0 && (z[3] == 0 || z[3] == ' ' || z[3] == '(') && (a == 0 || a == 1))) {
    /* BOOLEAN, BOOL, and BIT / BIT(1) (SQL Server's and MySQL's flags) */
    *peType = TY_BOOL;
  } else if (schema_contains(z, "UUID") || schema_contains(z, "GUID") ||
             schema_contains(z, "UNIQUEIDENTIFIER")) {
    *peType = TY_UUID;
  } else if (schema_contains(z, "JSON")) {
    *peType = TY_JSON;
  } else if (schema_contains(z, "DATETIME") || schema_contains(z, "TIMESTAMP")) {
    *peType = TY_DATETIME;
  } else if (schema_contains(z, "DATE")) {
    *peType = TY_DATE;
  } else if (schema_contains(z, "TIME") && aff != AFF_TEXT && aff != AFF_INTEGER) {
    *peType = TY_TIME;
  } else if (aff == AFF_INTEGER) {
    *peType = TY_INT;
  } else if (aff == AFF_TEXT) {
    *peType = TY_TEXT;
    *pnLen = a;
  } else if (aff == AFF_REAL) {
    *peType = TY_REAL;
  } else if (aff == AFF_BLOB) {
    *peType = z[0] ? TY_BLOB : TY_ANY;
  } else if (schema_contains(z, "BINARY") || schema_contains(z, "BYTEA") || schema_contains(z, "IMAGE")) {
    *peType = TY_BLOB;
  } else {
    *peType = TY_NUMERIC;
    if (a > 0) {
      *pnPrec = a;
      *pnScale = b <= a ? b : a;
    }
    if (schema_contains(z, "MONEY") || schema_contains(z, "CURRENCY")) {
      if (*pnPrec == 0) {
        *pnPrec = 19;
        *pnScale = 4;
      }
    }
  }
}

int schema_column_index(const SchemaTable *t, const char *zName) {
  int i;
  for (i = 0; i < t->nCol; i++) {
    if (sqlite3_stricmp(t->aCol[i].zName, zName) == 0) return i;
  }
  return -1;
}

int schema_column_is_key(const SchemaTable *t, int iCol, int bUnique) {
  int i, j;
  if (t->aCol[iCol].iPk > 0 || t->iRowidCol == iCol || (bUnique && t->aCol[iCol].isUnique)) return 1;
  for (i = 0; bUnique && i < t->nUnique; i++) {
    for (j = 0; j < t->aUnique[i].nCol; j++)
      if (t->aUnique[i].aiCol[j] == iCol) return 1;
  }
  for (i = 0; i < t->nFk; i++) {
    for (j = 0; j < t->aFk[i].nCol; j++)
      if (t->aFk[i].aiCol[j] == iCol) return 1;
  }
  return 0;
}

static void schema_unique_clear(SchemaUnique *u) {
  int j;
  sqlite3_free(u->aiCol);
  sqlite3_free(u->zName);
  for (j = 0; j < u->nKey; j++) {
    sqlite3_free(u->azKey[j]);
    sqlite3_free(u->azColl[j]);
  }
  sqlite3_free(u->azKey);
  sqlite3_free(u->azColl);
  sqlite3_free(u->zWhere);
  memset(u, 0, sizeof(*u));
}

void schema_table_free(SchemaTable *t) {
  int i, j;
  if (t == 0) return;
  for (i = 0; i < t->nCol; i++) {
    SchemaColumn *c = &t->aCol[i];
    sqlite3_free(c->zName);
    sqlite3_free(c->zType);
    sqlite3_free(c->zDefault);
    sqlite3_free(c->zCollate);
    sqlite3_free(c->zComment);
    sqlite3_free(c->zGenExpr);
  }
  for (i = 0; i < t->nFk; i++) {
    SchemaFk *f = &t->aFk[i];
    sqlite3_free(f->zParent);
    for (j = 0; j < f->nCol; j++)
      sqlite3_free(f->azParentCol[j]);
    sqlite3_free(f->azParentCol);
    sqlite3_free(f->aiCol);
  }
  for (i = 0; i < t->nUnique; i++)
    schema_unique_clear(&t->aUnique[i]);
  for (i = 0; i < t->nCheck; i++) {
    sqlite3_free(t->aCheck[i].zName);
    sqlite3_free(t->aCheck[i].zExpr);
  }
  sqlite3_free(t->aCol);
  sqlite3_free(t->aFk);
  sqlite3_free(t->aUnique);
  sqlite3_free(t->aCheck);
  sqlite3_free(t->zDb);
  sqlite3_free(t->zName);
  sqlite3_free(t->zSql);
  sqlite3_free(t->zComment);
  sqlite3_free(t);
}

/* ---- locating the table ----------------------------------------------- */

/*
** Look zName up in one schema.  Returns SQLITE_OK with *pzSql set (and the
** stored spelling in *pzName) when it is a table, SQLITE_NOTFOUND when the
** schema has no such object, SQLITE_ERROR with *pzErr for a view or a
** virtual table.
*/
static int schema_find_in(sqlite3 *db, const char *zDb, const char *zName, char **pzName, char **pzSql,
                          char **pzErr) {
  sqlite3_stmt *pStmt = 0;
  char *zQ;
  int rc;
  zQ = sqlite3_mprintf(
      "SELECT type, name, sql FROM \"%w\".sqlite_schema "
      "WHERE name = ?1 COLLATE NOCASE AND type IN ('table','view')",
      zDb);
  if (zQ == 0) return SQLITE_NOMEM;
  rc = sqlite3_prepare_v2(db, zQ, -1, &pStmt, 0);
  sqlite3_free(zQ);
  if (rc != SQLITE_OK) {
    *pzErr = sqlite3_mprintf("%s", sqlite3_errmsg(db));
    return rc;
  }
  sqlite3_bind_text(pStmt, 1, zName, -1, SQLITE_STATIC);
  rc = sqlite3_step(pStmt);
  if (rc == SQLITE_ROW) {
    const char *zType = (const char *)sqlite3_column_text(pStmt, 0);
    const char *zSql = (const char *)sqlite3_column_text(pStmt, 2);
    const char *zStored = (const char *)sqlite3_column_text(pStmt, 1);
    if (zType && strcmp(zType, "view") == 0) {
      *pzErr = sqlite3_mprintf("\"%s\" is a view, not a table", zStored);
      rc = SQLITE_ERROR;
    } else if (zSql && sqlite3_strnicmp(zSql, "CREATE VIRTUAL", 14) == 0) {
      *pzErr = sqlite3_mprintf("\"%s\" is a virtual table", zStored);
      rc = SQLITE_ERROR;
    } else {
      *pzSql = schema_strdup(zSql ? zSql : "");
      *pzName = schema_strdup(zStored);
      rc = (*pzSql && *pzName) ? SQLITE_OK : SQLITE_NOMEM;
    }
  } else if (rc == SQLITE_DONE) {
    rc = SQLITE_NOTFOUND;
  } else {
    *pzErr = sqlite3_mprintf("%s", sqlite3_errmsg(db));
  }
  sqlite3_finalize(pStmt);
  return rc;
}

static int schema_locate(sqlite3 *db, const char *zDb, const char *zName, char **pzDb, char **pzName,
                         char **pzSql, char **pzErr) {
  sqlite3_stmt *pList = 0;
  int rc;
  if (zDb) {
    rc = schema_find_in(db, zDb, zName, pzName, pzSql, pzErr);
    if (rc == SQLITE_OK) *pzDb = schema_strdup(zDb);
    if (rc == SQLITE_NOTFOUND) *pzErr = sqlite3_mprintf("no such table: %s.%s", zDb, zName);
    return rc == SQLITE_NOTFOUND ? SQLITE_ERROR : rc;
  }
  /* SQLite's own search order: temp, main, then attached databases. */
  rc = schema_find_in(db, "temp", zName, pzName, pzSql, pzErr);
  if (rc == SQLITE_OK) {
    *pzDb = schema_strdup("temp");
    return *pzDb ? SQLITE_OK : SQLITE_NOMEM;
  }
  if (rc != SQLITE_NOTFOUND) return rc;
  rc = sqlite3_prepare_v2(db, "SELECT name FROM pragma_database_list WHERE name<>'temp' ORDER BY seq", -1,
                          &pList, 0);
  if (rc != SQLITE_OK) {
    *pzErr = sqlite3_mprintf("%s", sqlite3_errmsg(db));
    return rc;
  }
  rc = SQLITE_NOTFOUND;
  while (sqlite3_step(pList) == SQLITE_ROW) {
    const char *zCand = (const char *)sqlite3_column_text(pList, 0);
    rc = schema_find_in(db, zCand, zName, pzName, pzSql, pzErr);
    if (rc == SQLITE_OK) {
      *pzDb = schema_strdup(zCand);
      if (*pzDb == 0) rc = SQLITE_NOMEM;
    }
    if (rc != SQLITE_NOTFOUND) break;
  }
  sqlite3_finalize(pList);
  if (rc == SQLITE_NOTFOUND) {
    *pzErr = sqlite3_mprintf("no such table: %s", zName);
    rc = SQLITE_ERROR;
  }
  return rc;
}

/* ---- the CREATE TABLE text -------------------------------------------- */

/* The text of a comment token without its markers, trimmed. */
static char *schema_comment_text(const char *zSql, const SqlTok *t) {
  const char *z = zSql + t->iOff;
  int n = t->n;
  if (n >= 2 && z[0] == '-') {
    z += 2;
    n -= 2;
  } else if (n >= 2 && z[0] == '/') {
    z += 2;
    n -= 2;
    if (n >= 2 && z[n - 2] == '*' && z[n - 1] == '/') n -= 2;
  }
  while (n > 0 && (*z == ' ' || *z == '\t' || *z == '-' || *z == '*')) {
    z++;
    n--;
  }
  while (n > 0 && (z[n - 1] == ' ' || z[n - 1] == '\t' || z[n - 1] == '\r' || z[n - 1] == '\n'))
    n--;
  return sqlite3_mprintf("%.*s", n, z);
}

/* Append a comment to *pz, joining with a space. */
static int schema_comment_add(char **pz, char *zAdd) {
  if (zAdd == 0) return SQLITE_NOMEM;
  if (zAdd[0] == 0) {
    sqlite3_free(zAdd);
    return SQLITE_OK;
  }
  if (*pz == 0) {
    *pz = zAdd;
  } else {
    char *zNew = sqlite3_mprintf("%s %s", *pz, zAdd);
    sqlite3_free(zAdd);
    if (zNew == 0) return SQLITE_NOMEM;
    sqlite3_free(*pz);
    *pz = zNew;
  }
  return SQLITE_OK;
}

typedef struct SchemaDef {
  int iFirst, iLast; /* significant token indexes, inclusive */
  int iCol;          /* column index, -1 for a table constraint */
  char *zComment;
} SchemaDef;

/* Index of the RP that closes the LP at a[i] (or the last token). */
static int schema_match_paren(const SqlTok *a, int n, int i) {
  int depth = 0;
  for (; i < n; i++) {
    if (a[i].eType == TK_LP) depth++;
    if (a[i].eType == TK_RP && --depth == 0) return i;
    if (a[i].eType == TK_EOF) return i;
  }
  return n - 1;
}

static int schema_add_check(SchemaTable *t, const char *zSql, const SqlTok *a, int iLp, int iRp, int iCol,
                            const char *zName) {
  SchemaCheck *aNew;
  SchemaCheck *c;
  int iStart = a[iLp].iOff + 1;
  int iEnd = a[iRp].iOff;
  aNew = sqlite3_realloc64(t->aCheck, sizeof(SchemaCheck) * (sqlite3_uint64)(t->nCheck + 1));
  if (aNew == 0) return SQLITE_NOMEM;
  t->aCheck = aNew;
  c = &t->aCheck[t->nCheck];
  memset(c, 0, sizeof(*c));
  c->iCol = iCol;
  c->zExpr = sqlite3_mprintf("%.*s", iEnd - iStart, zSql + iStart);
  c->zName = zName ? sqlite3_mprintf("%s", zName) : 0;
  if (c->zExpr == 0 || (zName && c->zName == 0)) {
    sqlite3_free(c->zExpr);
    sqlite3_free(c->zName);
    return SQLITE_NOMEM;
  }
  t->nCheck++;
  return SQLITE_OK;
}

/* Walk one definition's tokens for CHECK, COLLATE and AUTOINCREMENT. */
static int schema_scan_def(SchemaTable *t, const char *zSql, const SqlTok *a, int iFirst, int iLast,
                           int iCol) {
  int i;
  int rc = SQLITE_OK;
  char *zConsName = 0;
  for (i = iFirst; i <= iLast && rc == SQLITE_OK; i++) {
    if (sqltok_is(zSql, &a[i], "CONSTRAINT") && i + 1 <= iLast) {
      sqlite3_free(zConsName);
      zConsName = sqltok_text(zSql, &a[i + 1]);
      i++;
    } else if (sqltok_is(zSql, &a[i], "CHECK") && i + 1 <= iLast && a[i + 1].eType == TK_LP) {
      int iRp = schema_match_paren(a, iLast + 1, i + 1);
      rc = schema_add_check(t, zSql, a, i + 1, iRp, iCol, zConsName);
      sqlite3_free(zConsName);
      zConsName = 0;
      i = iRp;
    } else if (iCol >= 0 && sqltok_is(zSql, &a[i], "AS") && i + 1 <= iLast && a[i + 1].eType == TK_LP) {
      /* [GENERATED ALWAYS] AS (expr): what SQLite computes the column from */
      int iRp = schema_match_paren(a, iLast + 1, i + 1);
      sqlite3_free(t->aCol[iCol].zGenExpr);
      t->aCol[iCol].zGenExpr =
          sqlite3_mprintf("%.*s", a[iRp].iOff - a[i + 1].iOff - 1, zSql + a[i + 1].iOff + 1);
      if (t->aCol[iCol].zGenExpr == 0) rc = SQLITE_NOMEM;
      i = iRp;
    } else if (a[i].eType == TK_LP) {
      /* Skip DEFAULT (...), type arguments. */
      i = schema_match_paren(a, iLast + 1, i);
    } else if (iCol >= 0 && sqltok_is(zSql, &a[i], "COLLATE") && i + 1 <= iLast) {
      sqlite3_free(t->aCol[iCol].zCollate);
      t->aCol[iCol].zCollate = sqltok_text(zSql, &a[i + 1]);
      if (t->aCol[iCol].zCollate == 0) rc = SQLITE_NOMEM;
      i++;
    } else if (sqltok_is(zSql, &a[i], "AUTOINCREMENT")) {
      t->autoincrement = 1;
    }
  }
  sqlite3_free(zConsName);
  return rc;
}

static int schema_is_table_constraint(const char *zSql, const SqlTok *t) {
  return sqltok_is(zSql, t, "CONSTRAINT") || sqltok_is(zSql, t, "PRIMARY") || sqltok_is(zSql, t, "UNIQUE") ||
         sqltok_is(zSql, t, "CHECK") || sqltok_is(zSql, t, "FOREIGN");
}

/*
** Parse t->zSql.  Columns are already loaded from the PRAGMA; this adds
** checks, comments, collations and flags to them.
*/
static int schema_parse_sql(SchemaTable *t) {
  const char *zSql = t->zSql;
  SqlTok *aAll = 0;
  SqlTok *a = 0; /* significant tokens: no comments */
  SqlTok *aCom = 0;
  int nAll = 0, n = 0, nCom = 0;
  SchemaDef *aDef = 0;
  int nDef = 0;
  int i, iLp, iRp, iStart, depth;
  int rc;

  rc = sqltok_split(zSql, 1, &aAll, &nAll);
  if (rc != SQLITE_OK) return rc;
  a = sqlite3_malloc64(sizeof(SqlTok) * (sqlite3_uint64)nAll);
  aCom = sqlite3_malloc64(sizeof(SqlTok) * (sqlite3_uint64)nAll);
  aDef = sqlite3_malloc64(sizeof(SchemaDef) * (sqlite3_uint64)nAll);
  if (a == 0 || aCom == 0 || aDef == 0) {
    rc = SQLITE_NOMEM;
    goto done;
  }
  for (i = 0; i < nAll; i++) {
    if (aAll[i].eType == TK_COMMENT) {
      aCom[nCom++] = aAll[i];
    } else {
      a[n++] = aAll[i];
    }
  }

  /* CREATE [TEMP] TABLE [IF NOT EXISTS] name ( ... ) options */
  for (iLp = 0; iLp < n && a[iLp].eType != TK_LP; iLp++) {
    if (sqltok_is(zSql, &a[iLp], "AS")) goto done; /* CREATE TABLE ... AS SELECT */
  }
  if (iLp >= n) goto done;
  iRp = schema_match_paren(a, n, iLp);
  for (i = iRp + 1; i < n; i++) {
    if (sqltok_is(zSql, &a[i], "ROWID")) t->withoutRowid = 1;
    if (sqltok_is(zSql, &a[i], "STRICT")) t->isStrict = 1;
  }

  /* Split the body at top-level commas. */
  depth = 0;
  iStart = iLp + 1;
  for (i = iLp + 1; i <= iRp; i++) {
    if (a[i].eType == TK_LP) depth++;
    if (i < iRp && a[i].eType == TK_RP) depth--;
    if ((a[i].eType == TK_COMMA && depth == 0) || i == iRp) {
      if (i > iStart) {
        SchemaDef *d = &aDef[nDef++];
        d->iFirst = iStart;
        d->iLast = i - 1;
        d->iCol = -1;
        d->zComment = 0;
        if (!schema_is_table_constraint(zSql, &a[iStart])) {
          char *zCol = sqltok_text(zSql, &a[iStart]);
          if (zCol == 0) {
            rc = SQLITE_NOMEM;
            goto done;
          }
          d->iCol = schema_column_index(t, zCol);
          sqlite3_free(zCol);
        }
      }
      iStart = i + 1;
    }
  }

  for (i = 0; i < nDef && rc == SQLITE_OK; i++) {
    rc = schema_scan_def(t, zSql, a, aDef[i].iFirst, aDef[i].iLast, aDef[i].iCol);
  }

  /*
  ** Comments.  One inside a definition, or after its last token on the same
  ** line, belongs to it (the usual "col TYPE, -- comment").  One on a line
  ** of its own belongs to the definition that follows, or to the last one
  ** when nothing follows.  One on the line of "(" before any definition
  ** describes the table.
  */
  for (i = 0; i < nCom && rc == SQLITE_OK; i++) {
    const SqlTok *c = &aCom[i];
    int k, target = -1;
    if (c->iOff < a[iLp].iOff || c->iOff > a[iRp].iOff) continue;
    if (nDef == 0 || c->iOff < a[aDef[0].iFirst].iOff) {
      if (c->iLine == a[iLp].iLine && (nDef == 0 || c->iLine < a[aDef[0].iFirst].iLine)) {
        rc = schema_comment_add(&t->zComment, schema_comment_text(zSql, c));
        continue;
      }
      target = nDef > 0 ? 0 : -1;
    } else {
      for (k = 0; k < nDef; k++) {
        int iEndOff = a[aDef[k].iLast].iOff;
        int iNext = (k + 1 < nDef) ? a[aDef[k + 1].iFirst].iOff : a[iRp].iOff + 1;
        if (c->iOff > a[aDef[k].iFirst].iOff && c->iOff < iEndOff) {
          target = k;
          break;
        }
        if (c->iOff > iEndOff && c->iOff < iNext) {
          if (c->iLine == a[aDef[k].iLast].iLine || k + 1 >= nDef) {
            target = k;
          } else {
            target = k + 1;
          }
          break;
        }
      }
    }
    if (target >= 0) {
      rc = schema_comment_add(&aDef[target].zComment, schema_comment_text(zSql, c));
    }
  }
  for (i = 0; i < nDef; i++) {
    SchemaDef *d = &aDef[i];
    if (d->iCol >= 0 && d->zComment && rc == SQLITE_OK) {
      t->aCol[d->iCol].zComment = d->zComment;
      d->zComment = 0;
    }
  }

done:
  for (i = 0; aDef && i < nDef; i++)
    sqlite3_free(aDef[i].zComment);
  sqlite3_free(aDef);
  sqlite3_free(aCom);
  sqlite3_free(a);
  sqlite3_free(aAll);
  return rc;
}

/* ---- the PRAGMAs ------------------------------------------------------ */

static int schema_prepare(sqlite3 *db, const char *zSql, sqlite3_stmt **pp, const char *zTab, const char *zDb,
                          char **pzErr) {
  int rc = sqlite3_prepare_v2(db, zSql, -1, pp, 0);
  if (rc != SQLITE_OK) {
    *pzErr = sqlite3_mprintf("%s", sqlite3_errmsg(db));
    return rc;
  }
  sqlite3_bind_text(*pp, 1, zTab, -1, SQLITE_STATIC);
  sqlite3_bind_text(*pp, 2, zDb, -1, SQLITE_STATIC);
  return SQLITE_OK;
}

static int schema_load_columns(sqlite3 *db, SchemaTable *t, char **pzErr) {
  sqlite3_stmt *p = 0;
  int rc, nAlloc = 0;
  rc = schema_prepare(db,
                      "SELECT name, type, \"notnull\", dflt_value, pk, hidden "
                      "FROM pragma_table_xinfo(?1, ?2) ORDER BY cid",
                      &p, t->zName, t->zDb, pzErr);
  if (rc != SQLITE_OK) return rc;
  while ((rc = sqlite3_step(p)) == SQLITE_ROW) {
    SchemaColumn *c;
    const char *zType = (const char *)sqlite3_column_text(p, 1);
    if (t->nCol >= nAlloc) {
      SchemaColumn *aNew;
      nAlloc = nAlloc ? nAlloc * 2 : 16;
      aNew = sqlite3_realloc64(t->aCol, sizeof(SchemaColumn) * (sqlite3_uint64)nAlloc);
      if (aNew == 0) {
        rc = SQLITE_NOMEM;
        break;
      }
      t->aCol = aNew;
    }
    c = &t->aCol[t->nCol++];
    memset(c, 0, sizeof(*c));
    c->zName = schema_strdup((const char *)sqlite3_column_text(p, 0));
    c->zType = schema_strdup(zType ? zType : "");
    if (sqlite3_column_type(p, 3) != SQLITE_NULL) {
      c->zDefault = schema_strdup((const char *)sqlite3_column_text(p, 3));
      if (c->zDefault == 0) rc = SQLITE_NOMEM;
    }
    if (c->zName == 0 || c->zType == 0) rc = SQLITE_NOMEM;
    if (rc == SQLITE_NOMEM) break;
    c->notNull = sqlite3_column_int(p, 2);
    c->iPk = sqlite3_column_int(p, 4);
    c->eHidden = sqlite3_column_int(p, 5);
    c->eAff = schema_affinity(c->zType);
    schema_type_class(c->zType, &c->eType, &c->nLen, &c->nPrec, &c->nScale);
  }
  sqlite3_finalize(p);
  if (rc == SQLITE_DONE) rc = SQLITE_OK;
  if (rc != SQLITE_OK && *pzErr == 0) *pzErr = sqlite3_mprintf("%s", sqlite3_errmsg(db));
  return rc;
}

/* Step p to the end, collecting the text of its first column; finalizes p. */
static int schema_collect(sqlite3_stmt *p, char ***paz, int *pn) {
  char **az = 0;
  int n = 0, rc;
  while ((rc = sqlite3_step(p)) == SQLITE_ROW) {
    char **azNew = sqlite3_realloc64(az, sizeof(char *) * (sqlite3_uint64)(n + 1));
    if (azNew == 0) {
      rc = SQLITE_NOMEM;
      break;
    }
    az = azNew;
    az[n] = schema_strdup((const char *)sqlite3_column_text(p, 0));
    if (az[n] == 0) {
      rc = SQLITE_NOMEM;
      break;
    }
    n++;
  }
  sqlite3_finalize(p);
  if (rc == SQLITE_DONE) rc = SQLITE_OK;
  if (rc != SQLITE_OK) {
    schema_names_free(az, n);
    return rc;
  }
  *paz = az;
  *pn = n;
  return SQLITE_OK;
}

/* Parent key columns when the FK names none: the parent's primary key. */
static int schema_parent_pk(sqlite3 *db, const char *zDb, const char *zParent, char ***pazCol, int *pnCol) {
  sqlite3_stmt *p = 0;
  int rc = sqlite3_prepare_v2(db,
                              "SELECT name FROM pragma_table_info(?1, ?2) "
                              "WHERE pk > 0 ORDER BY pk",
                              -1, &p, 0);
  if (rc != SQLITE_OK) return rc;
  sqlite3_bind_text(p, 1, zParent, -1, SQLITE_STATIC);
  sqlite3_bind_text(p, 2, zDb, -1, SQLITE_STATIC);
  return schema_collect(p, pazCol, pnCol);
}

static int schema_load_fks(sqlite3 *db, SchemaTable *t, char **pzErr) {
  sqlite3_stmt *p = 0;
  int rc;
  int iLastId = -1;
  rc = schema_prepare(db,
                      "SELECT id, seq, \"table\", \"from\", \"to\" "
                      "FROM pragma_foreign_key_list(?1, ?2) ORDER BY id DESC, seq",
                      &p, t->zName, t->zDb, pzErr);
  if (rc != SQLITE_OK) return rc;
  while ((rc = sqlite3_step(p)) == SQLITE_ROW) {
    int id = sqlite3_column_int(p, 0);
    const char *zFrom = (const char *)sqlite3_column_text(p, 3);
    const char *zTo = (const char *)sqlite3_column_text(p, 4);
    SchemaFk *f;
    int iCol;
    if (id != iLastId) {
      SchemaFk *aNew = sqlite3_realloc64(t->aFk, sizeof(SchemaFk) * (sqlite3_uint64)(t->nFk + 1));
      if (aNew == 0) {
        rc = SQLITE_NOMEM;
        break;
      }
      t->aFk = aNew;
      f = &t->aFk[t->nFk++];
      memset(f, 0, sizeof(*f));
      f->zParent = schema_strdup((const char *)sqlite3_column_text(p, 2));
      if (f->zParent == 0) {
        rc = SQLITE_NOMEM;
        break;
      }
      f->isSelf = sqlite3_stricmp(f->zParent, t->zName) == 0;
      iLastId = id;
    }
    f = &t->aFk[t->nFk - 1];
    iCol = zFrom ? schema_column_index(t, zFrom) : -1;
    {
      int *aiNew = sqlite3_realloc64(f->aiCol, sizeof(int) * (sqlite3_uint64)(f->nCol + 1));
      char **azNew;
      if (aiNew == 0) {
        rc = SQLITE_NOMEM;
        break;
      }
      f->aiCol = aiNew;
      azNew = sqlite3_realloc64(f->azParentCol, sizeof(char *) * (sqlite3_uint64)(f->nCol + 1));
      if (azNew == 0) {
        rc = SQLITE_NOMEM;
        break;
      }
      f->azParentCol = azNew;
      f->aiCol[f->nCol] = iCol;
      f->azParentCol[f->nCol] = zTo ? schema_strdup(zTo) : 0;
      f->nCol++;
    }
  }
  sqlite3_finalize(p);
  if (rc == SQLITE_DONE) rc = SQLITE_OK;
  if (rc != SQLITE_OK) {
    if (*pzErr == 0) *pzErr = sqlite3_mprintf("%s", sqlite3_errmsg(db));
    return rc;
  }
  /* Fill in implicit parent columns from the parent's primary key. */
  for (int i = 0; i < t->nFk; i++) {
    SchemaFk *f = &t->aFk[i];
    char **azPk = 0;
    int nPk = 0, j;
    if (f->azParentCol[0] != 0) continue;
    rc = schema_parent_pk(db, t->zDb, f->zParent, &azPk, &nPk);
    if (rc != SQLITE_OK) return rc;
    for (j = 0; j < f->nCol && j < nPk; j++) {
      f->azParentCol[j] = azPk[j];
      azPk[j] = 0;
    }
    schema_names_free(azPk, nPk);
  }
  for (int i = 0; i < t->nFk; i++) {
    for (int j = 0; j < t->aFk[i].nCol; j++) {
      if (t->aFk[i].aiCol[j] < 0) {
        *pzErr =
            sqlite3_mprintf("foreign key to \"%s\" names a column that does not exist", t->aFk[i].zParent);
        return SQLITE_ERROR;
      }
    }
  }
  return SQLITE_OK;
}

int schema_unique_evaluated(const SchemaUnique *u) {
  return u->isPartial || u->isExpr || u->hasColl;
}

/* A new, empty UNIQUE set at the end of t->aUnique (NULL: out of memory). */
static SchemaUnique *schema_unique_new(SchemaTable *t) {
  SchemaUnique *aNew = sqlite3_realloc64(t->aUnique, sizeof(SchemaUnique) * (sqlite3_uint64)(t->nUnique + 1));
  if (aNew == 0) return 0;
  t->aUnique = aNew;
  memset(&aNew[t->nUnique], 0, sizeof(SchemaUnique));
  return &aNew[t->nUnique++];
}

/* Is there a plain set of exactly these columns already? */
static SchemaUnique *schema_unique_same(SchemaTable *t, const int *aiCol, int nCol) {
  int i, j, k;
  for (i = 0; i < t->nUnique; i++) {
    SchemaUnique *o = &t->aUnique[i];
    int same = o->nCol == nCol && !schema_unique_evaluated(o);
    for (j = 0; same && j < nCol; j++) {
      int found = 0;
      for (k = 0; k < nCol; k++)
        found |= o->aiCol[k] == aiCol[j];
      same = found;
    }
    if (same) return o;
  }
  return 0;
}

/*
** The keys and WHERE of a CREATE INDEX statement: "lower(email) DESC" is
** key "lower(email)" (order and COLLATE are dropped: pragma_index_xinfo
** gives the collation).  Keys are returned in *pazKey (nKey of them).
*/
static int schema_index_parts(const char *zSql, int nKey, char **azKey, char **pzWhere) {
  SqlTok *aAll = 0, *a = 0;
  int nAll = 0, n = 0, i, iLp = -1, iRp, k = 0, iStart, depth = 0;
  int rc = sqltok_split(zSql, 1, &aAll, &nAll);
  if (rc != SQLITE_OK) return rc;
  a = sqlite3_malloc64(sizeof(SqlTok) * (sqlite3_uint64)(nAll + 1));
  if (a == 0) {
    sqlite3_free(aAll);
    return SQLITE_NOMEM;
  }
  for (i = 0; i < nAll; i++) {
    if (aAll[i].eType != TK_COMMENT) a[n++] = aAll[i];
  }
  for (i = 0; i < n; i++) {
    if (sqltok_is(zSql, &a[i], "ON")) {
      for (i++; i < n && a[i].eType != TK_LP; i++) {
      }
      iLp = i;
      break;
    }
  }
  if (iLp < 0 || iLp >= n) goto done;
  iRp = schema_match_paren(a, n, iLp);
  iStart = iLp + 1;
  for (i = iLp + 1; i <= iRp && rc == SQLITE_OK; i++) {
    if (a[i].eType == TK_LP) depth++;
    if (i < iRp && a[i].eType == TK_RP) depth--;
    if ((a[i].eType == TK_COMMA && depth == 0) || i == iRp) {
      int iEnd = i - 1;
      for (;;) {
        if (iEnd > iStart && (sqltok_is(zSql, &a[iEnd], "ASC") || sqltok_is(zSql, &a[iEnd], "DESC"))) {
          iEnd--;
        } else if (iEnd - 1 > iStart && sqltok_is(zSql, &a[iEnd - 1], "COLLATE")) {
          iEnd -= 2;
        } else {
          break;
        }
      }
      if (k < nKey && iEnd >= iStart) {
        azKey[k] = sqlite3_mprintf("%.*s", a[iEnd].iOff + a[iEnd].n - a[iStart].iOff, zSql + a[iStart].iOff);
        if (azKey[k] == 0) rc = SQLITE_NOMEM;
        k++;
      }
      iStart = i + 1;
    }
  }
  if (rc == SQLITE_OK && iRp + 1 < n && sqltok_is(zSql, &a[iRp + 1], "WHERE") && a[iRp + 2].eType != TK_EOF) {
    const char *zW = zSql + a[iRp + 2].iOff;
    int nW = (int)strlen(zW);
    while (nW > 0 && (zW[nW - 1] == ';' || zW[nW - 1] == ' ' || zW[nW - 1] == '\n' || zW[nW - 1] == '\t'))
      nW--;
    *pzWhere = sqlite3_mprintf("%.*s", nW, zW);
    if (*pzWhere == 0) rc = SQLITE_NOMEM;
  }
done:
  sqlite3_free(a);
  sqlite3_free(aAll);
  return rc;
}

/* The SQL of index zIdx (NULL for an automatic index), sqlite3_malloc'd. */
static int schema_index_sql(sqlite3 *db, const char *zDb, const char *zIdx, char **pzSql) {
  sqlite3_stmt *p = 0;
  char *zQ = sqlite3_mprintf("SELECT sql FROM \"%w\".sqlite_schema WHERE type = 'index' AND name = ?1", zDb);
  int rc;
  *pzSql = 0;
  if (zQ == 0) return SQLITE_NOMEM;
  rc = sqlite3_prepare_v2(db, zQ, -1, &p, 0);
  sqlite3_free(zQ);
  if (rc != SQLITE_OK) return rc;
  sqlite3_bind_text(p, 1, zIdx, -1, SQLITE_STATIC);
  if (sqlite3_step(p) == SQLITE_ROW && sqlite3_column_type(p, 0) == SQLITE_TEXT) {
    *pzSql = schema_strdup((const char *)sqlite3_column_text(p, 0));
    if (*pzSql == 0) rc = SQLITE_NOMEM;
  }
  sqlite3_finalize(p);
  return rc;
}

/*
** One unique index: its keys from pragma_index_xinfo, the text of
** expression keys and the WHERE of a partial index from its SQL.
*/
static int schema_load_index(sqlite3 *db, SchemaTable *t, sqlite3_stmt *pInfo, const char *zIdx, int isPk,
                             int isPartial, int *aiCol, int *pnCol, SchemaUnique *u) {
  int rc = SQLITE_OK, nKey = 0, hasExpr = 0, k;
  char *zSql = 0;
  sqlite3_bind_text(pInfo, 1, zIdx, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text(pInfo, 2, t->zDb, -1, SQLITE_STATIC);
  *pnCol = 0;
  u->azKey = sqlite3_malloc64(sizeof(char *) * (sqlite3_uint64)(t->nCol + 8));
  u->azColl = sqlite3_malloc64(sizeof(char *) * (sqlite3_uint64)(t->nCol + 8));
  if (u->azKey == 0 || u->azColl == 0) rc = SQLITE_NOMEM;
  while (rc == SQLITE_OK && sqlite3_step(pInfo) == SQLITE_ROW) {
    int cid = sqlite3_column_int(pInfo, 0);
    const char *zColl = (const char *)sqlite3_column_text(pInfo, 1);
    if (nKey >= t->nCol + 8) break;
    if (cid == -1) cid = t->iRowidCol; /* the rowid */
    u->azKey[nKey] = 0;
    u->azColl[nKey] = (zColl && sqlite3_stricmp(zColl, "BINARY") != 0) ? schema_strdup(zColl) : 0;
    /* values distinct byte for byte may be equal under NOCASE or RTRIM */
    if (u->azColl[nKey]) u->hasColl = 1;
    if (cid >= 0) {
      u->azKey[nKey] = sqlite3_mprintf("\"%w\"", t->aCol[cid].zName);
      if (u->azKey[nKey] == 0) rc = SQLITE_NOMEM;
      if (t->aCol[cid].eHidden) u->isExpr = 1;
      if (*pnCol < t->nCol) aiCol[(*pnCol)++] = cid;
    } else {
      hasExpr = 1;
      u->isExpr = 1;
    }
    nKey++;
  }
  sqlite3_reset(pInfo);
  u->nKey = nKey;
  u->isPk = isPk;
  u->isPartial = isPartial;
  if (rc == SQLITE_OK) {
    u->zName = schema_strdup(zIdx);
    if (u->zName == 0) rc = SQLITE_NOMEM;
  }
  if (rc == SQLITE_OK && (hasExpr || isPartial)) rc = schema_index_sql(db, t->zDb, zIdx, &zSql);
  if (rc == SQLITE_OK && zSql) {
    char **azText = sqlite3_malloc64(sizeof(char *) * (sqlite3_uint64)(nKey + 1));
    if (azText == 0) rc = SQLITE_NOMEM;
    if (rc == SQLITE_OK) {
      memset(azText, 0, sizeof(char *) * (size_t)(nKey + 1));
      rc = schema_index_parts(zSql, nKey, azText, &u->zWhere);
      for (k = 0; k < nKey; k++) {
        if (u->azKey[k] == 0) {
          u->azKey[k] = azText[k];
        } else {
          sqlite3_free(azText[k]);
        }
      }
      sqlite3_free(azText);
    }
  }
  sqlite3_free(zSql);
  for (k = 0; rc == SQLITE_OK && k < nKey; k++) {
    if (u->azKey[k] == 0) u->azKey[k] = schema_strdup("NULL"); /* unreadable: matches nothing */
    if (u->azKey[k] == 0) rc = SQLITE_NOMEM;
  }
  return rc;
}

static int schema_load_unique(sqlite3 *db, SchemaTable *t, char **pzErr) {
  sqlite3_stmt *pList = 0, *pInfo = 0;
  int rc, i, hasPkIndex = 0;
  int *aiCol = 0;
  aiCol = sqlite3_malloc64(sizeof(int) * (sqlite3_uint64)(t->nCol + 1));
  if (aiCol == 0) return SQLITE_NOMEM;
  rc = schema_prepare(db,
                      "SELECT name, \"unique\", origin, partial "
                      "FROM pragma_index_list(?1, ?2) ORDER BY seq DESC",
                      &pList, t->zName, t->zDb, pzErr);
  if (rc == SQLITE_OK) {
    rc = sqlite3_prepare_v2(db, "SELECT cid, coll FROM pragma_index_xinfo(?1, ?2) WHERE key ORDER BY seqno",
                            -1, &pInfo, 0);
    if (rc != SQLITE_OK) *pzErr = sqlite3_mprintf("%s", sqlite3_errmsg(db));
  }
  while (rc == SQLITE_OK && sqlite3_step(pList) == SQLITE_ROW) {
    const char *zIdx = (const char *)sqlite3_column_text(pList, 0);
    const char *zOrigin = (const char *)sqlite3_column_text(pList, 2);
    int isPk = zOrigin && strcmp(zOrigin, "pk") == 0;
    int nCol = 0;
    SchemaUnique tmp, *u, *o;
    if (sqlite3_column_int(pList, 1) == 0) continue;
    if (isPk) hasPkIndex = 1;
    memset(&tmp, 0, sizeof(tmp));
    rc = schema_load_index(db, t, pInfo, zIdx, isPk, sqlite3_column_int(pList, 3), aiCol, &nCol, &tmp);
    /* one entry per plain column set (a UNIQUE constraint and an index on
    ** the same columns are one set) */
    o = (rc == SQLITE_OK && !schema_unique_evaluated(&tmp)) ? schema_unique_same(t, aiCol, nCol) : 0;
    u = (o || rc != SQLITE_OK || (nCol == 0 && !tmp.isExpr)) ? 0 : schema_unique_new(t);
    if (o && isPk) o->isPk = 1;
    if (u == 0) {
      if (rc == SQLITE_OK && !o && (nCol > 0 || tmp.isExpr)) rc = SQLITE_NOMEM;
      schema_unique_clear(&tmp);
      continue;
    }
    *u = tmp;
    u->aiCol = sqlite3_malloc64(sizeof(int) * (sqlite3_uint64)(nCol + 1));
    if (u->aiCol == 0) {
      rc = SQLITE_NOMEM;
    } else {
      memcpy(u->aiCol, aiCol, sizeof(int) * (size_t)nCol);
      u->nCol = nCol;
    }
  }
  /* A rowid-alias primary key has no index: add it from the columns. */
  if (rc == SQLITE_OK && !hasPkIndex) {
    int nCol = 0;
    for (i = 0; i < t->nCol; i++) {
      if (t->aCol[i].iPk > 0) aiCol[t->aCol[i].iPk - 1] = i, nCol++;
    }
    SchemaUnique *o = nCol > 0 ? schema_unique_same(t, aiCol, nCol) : 0;
    if (o) o->isPk = 1;
    if (nCol > 0 && o == 0) {
      SchemaUnique *u = schema_unique_new(t);
      if (u == 0) rc = SQLITE_NOMEM;
      if (u) {
        u->isPk = 1;
        u->nCol = u->nKey = nCol;
        u->aiCol = sqlite3_malloc64(sizeof(int) * (sqlite3_uint64)nCol);
        u->azKey = sqlite3_malloc64(sizeof(char *) * (sqlite3_uint64)nCol);
        u->azColl = sqlite3_malloc64(sizeof(char *) * (sqlite3_uint64)nCol);
        if (u->aiCol == 0 || u->azKey == 0 || u->azColl == 0) {
          u->nKey = 0;
          rc = SQLITE_NOMEM;
        } else {
          for (i = 0; i < nCol; i++) {
            u->aiCol[i] = aiCol[i];
            u->azColl[i] = 0;
            u->azKey[i] = sqlite3_mprintf("\"%w\"", t->aCol[aiCol[i]].zName);
            if (u->azKey[i] == 0) rc = SQLITE_NOMEM;
          }
        }
      }
    }
  }
  sqlite3_finalize(pList);
  sqlite3_finalize(pInfo);
  sqlite3_free(aiCol);
  for (i = 0; rc == SQLITE_OK && i < t->nUnique; i++) {
    const SchemaUnique *u = &t->aUnique[i];
    if (u->nCol == 1 && !u->isPartial && !u->isExpr) t->aCol[u->aiCol[0]].isUnique = 1;
  }
  return rc;
}

int schema_table_load(sqlite3 *db, const char *zDb, const char *zName, SchemaTable **ppTab, char **pzErr) {
  SchemaTable *t;
  int rc, i, nPk = 0, iPkCol = -1;
  *ppTab = 0;
  *pzErr = 0;
  t = sqlite3_malloc64(sizeof(*t));
  if (t == 0) return SQLITE_NOMEM;
  memset(t, 0, sizeof(*t));
  t->iRowidCol = -1;
  rc = schema_locate(db, zDb, zName, &t->zDb, &t->zName, &t->zSql, pzErr);
  if (rc == SQLITE_OK) rc = schema_load_columns(db, t, pzErr);
  if (rc == SQLITE_OK) rc = schema_parse_sql(t);
  if (rc == SQLITE_OK) {
    for (i = 0; i < t->nCol; i++) {
      if (t->aCol[i].iPk > 0) {
        nPk++;
        iPkCol = i;
        t->aCol[i].notNull = 1;
      }
    }
    /* INTEGER PRIMARY KEY of a rowid table aliases the rowid (not when
    ** declared DESC, which shows as an index with origin 'pk'; checked below). */
    if (nPk == 1 && !t->withoutRowid && sqlite3_stricmp(t->aCol[iPkCol].zType, "INTEGER") == 0) {
      t->iRowidCol = iPkCol;
    }
    rc = schema_load_unique(db, t, pzErr);
  }
  if (rc == SQLITE_OK && t->iRowidCol >= 0) {
    for (i = 0; i < t->nUnique; i++) {
      if (t->aUnique[i].isPk && t->aUnique[i].zName) t->iRowidCol = -1;
    }
    if (t->iRowidCol >= 0) t->aCol[t->iRowidCol].isRowid = 1;
  }
  if (rc == SQLITE_OK) rc = schema_load_fks(db, t, pzErr);
  if (rc != SQLITE_OK) {
    if (rc == SQLITE_NOMEM && *pzErr == 0) *pzErr = sqlite3_mprintf("out of memory");
    schema_table_free(t);
    return rc;
  }
  *ppTab = t;
  return SQLITE_OK;
}

/* ---- all tables ------------------------------------------------------- */

int schema_table_names(sqlite3 *db, const char *zDb, char ***pazName, int *pnName) {
  sqlite3_stmt *p = 0;
  int rc;
  /* PRAGMA table_list tells shadow tables apart (type 'shadow') when the
  ** virtual table's module is loaded; when it is not (the table shows with
  ** no columns), NAME_suffix tables of virtual table NAME are left out. */
  char *zQ = sqlite3_mprintf(
      "SELECT s.name FROM \"%w\".sqlite_schema s JOIN pragma_table_list l "
      "  ON l.schema = %Q COLLATE NOCASE AND l.name = s.name "
      "WHERE s.type='table' AND l.type='table' "
      "AND s.name NOT LIKE 'sqlite\\_%%' ESCAPE '\\' "
      /* the LLM mode's cache (llm.c) is syda's own, not the user's */
      "AND s.name <> 'syda_llm_cache' "
      "AND NOT EXISTS (SELECT 1 FROM pragma_table_list v WHERE v.schema = %Q COLLATE NOCASE "
      "  AND v.type='virtual' AND v.ncol = 0 AND s.name LIKE v.name || '\\_%%' ESCAPE '\\') "
      "ORDER BY s.rowid",
      zDb, zDb, zDb);
  if (zQ == 0) return SQLITE_NOMEM;
  rc = sqlite3_prepare_v2(db, zQ, -1, &p, 0);
  sqlite3_free(zQ);
  if (rc != SQLITE_OK) return rc;
  return schema_collect(p, pazName, pnName);
}

void schema_names_free(char **az, int n) {
  int i;
  for (i = 0; i < n; i++)
    sqlite3_free(az[i]);
  sqlite3_free(az);
}

/* ---- foreign keys: is the parent key one SQLite accepts? ---------------- */

/* Same collation name, NULL standing for BINARY. */
static int schema_same_coll(const char *a, const char *b) {
  return sqlite3_stricmp(a ? a : "BINARY", b ? b : "BINARY") == 0;
}

char *schema_fk_mismatch(const SchemaTable *pChild, const SchemaFk *fk, const SchemaTable *pParent) {
  const char *zWhy = 0, *zIdx = 0;
  int *ai, i, j, k;
  sqlite3_str *s;
  ai = sqlite3_malloc64(sizeof(int) * (sqlite3_uint64)(fk->nCol + 1));
  if (ai == 0) return sqlite3_mprintf("out of memory");
  for (j = 0; j < fk->nCol; j++) {
    ai[j] = fk->azParentCol[j] ? schema_column_index(pParent, fk->azParentCol[j]) : -1;
    if (ai[j] < 0) {
      sqlite3_free(ai); /* a column that does not exist: reported where keys are read */
      return 0;
    }
  }
  /* SQLite's rule (foreign_keys.html, 3. "Required and Suggested Database
  ** Indexes"): the parent columns are the primary key, or carry a UNIQUE
  ** index of exactly them, not partial, each key under its column's own
  ** collation. */
  for (i = 0; i < pParent->nUnique; i++) {
    const SchemaUnique *u = &pParent->aUnique[i];
    int same = !u->isExpr && u->nCol == fk->nCol && u->nKey == u->nCol, collOk = 1;
    for (j = 0; same && j < fk->nCol; j++) {
      for (k = 0; k < u->nCol && u->aiCol[k] != ai[j]; k++) {
      }
      same = k < u->nCol;
      if (same && u->azColl && !schema_same_coll(u->azColl[k], pParent->aCol[ai[j]].zCollate)) collOk = 0;
    }
    if (!same) continue;
    if (!u->isPartial && collOk) {
      sqlite3_free(ai);
      return 0;
    }
    if (zWhy == 0) {
      zIdx = u->zName;
      zWhy = u->isPartial ? "is partial" : "uses another collation than the column";
    }
  }
  sqlite3_free(ai);
  s = sqlite3_str_new(0);
  sqlite3_str_appendall(s, "foreign key (");
  for (j = 0; j < fk->nCol; j++)
    sqlite3_str_appendf(s, "%s%s", j ? ", " : "", pChild->aCol[fk->aiCol[j]].zName);
  sqlite3_str_appendf(s, ") references \"%s\"(", fk->zParent);
  for (j = 0; j < fk->nCol; j++)
    sqlite3_str_appendf(s, "%s%s", j ? ", " : "", fk->azParentCol[j]);
  sqlite3_str_appendf(s, "), which is neither the PRIMARY KEY of \"%s\" nor UNIQUE", fk->zParent);
  if (zWhy) sqlite3_str_appendf(s, " (its unique index \"%s\" %s)", zIdx ? zIdx : "", zWhy);
  sqlite3_str_appendall(s,
                        "; SQLite requires one or the other and refuses every row otherwise "
                        "(\"foreign key mismatch\")");
  return sqlite3_str_finish(s);
}
