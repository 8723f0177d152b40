/*
** vtab.c — the syda_rows virtual table module, in two forms.
**
** Typed: a generator with the table's own columns, usable as a
** table-valued function because its arguments are HIDDEN columns:
**
**     CREATE VIRTUAL TABLE temp.g USING syda_rows(customers [, '{"seed": 7}']);
**     INSERT INTO customers SELECT * FROM g(1000);         -- n
**     SELECT * FROM g(5, 7, 100);                          -- n, seed, start
**
** Eponymous: no set-up; the row comes back as a JSON object, because an
** eponymous table's columns are fixed before any table is named:
**
**     SELECT i, row FROM syda_rows('customers', 5 [, seed [, start]]);
**
** Both forms make the same rows for the same arguments (row.c).
*/
#include <math.h>
#include <string.h>

#include "row.h"
#include "schema.h"
#include "spec.h"
#include "sqltok.h"
#include "value.h"
SQLITE_EXTENSION_INIT3

/* Eponymous form: CREATE TABLE x(i, row, "table" HIDDEN, n HIDDEN, ...) */
#define EPO_COLUMN_I 0
#define EPO_COLUMN_ROW 1
#define EPO_COLUMN_TABLE 2
#define EPO_COLUMN_N 3
#define EPO_COLUMN_SEED 4
#define EPO_COLUMN_START 5

/* Typed form: the table's columns, then these three (offsets past them). */
#define TYPED_HIDDEN_N 0
#define TYPED_HIDDEN_SEED 1
#define TYPED_HIDDEN_START 2

/* idxNum bits: which arguments xFilter receives, in this order. */
#define ARG_TABLE 1
#define ARG_N 2
#define ARG_SEED 4
#define ARG_START 8

typedef struct SydaVtab {
  sqlite3_vtab base;
  sqlite3 *db;
  int isEpo;
  char *zName;  /* typed: the virtual table's own name */
  char *zDb;    /* typed: schema of the table to generate, NULL = search */
  char *zTable; /* typed: table to generate */
  char *zSpec;  /* typed: the spec argument, NULL if none */
  int nCol;     /* typed: the table's insertable columns */
  char *zCols;  /* typed: their names, to notice a changed table */
} SydaVtab;

typedef struct SydaCursor {
  sqlite3_vtab_cursor base;
  SchemaTable *pTab;
  Spec *pSpec;
  RowGen *pGen;
  const SydaVal *aVal; /* row_values(pGen) of the row at iRow */
  /* rows iWin0 .. iWinEnd - 1, made with the row at iRow, at apWin[k]
  ** (row_made_together): vtabNext hands them out without a call */
  const SydaVal *const *apWin;
  i64 iWin0, iWinEnd;
  int nOwn;            /* typed: the columns read from aVal; eponymous: 0 */
  i64 iRow, iEnd;
  i64 n, seed, start;
  int hasSeed, hasStart;
  char *zTable; /* eponymous: the table argument */
  SydaBuf json;
  int jsonDone;
} SydaCursor;

static int vtab_err(sqlite3_vtab *p, const char *zFmt, ...) {
  va_list ap;
  va_start(ap, zFmt);
  sqlite3_free(p->zErrMsg);
  p->zErrMsg = sqlite3_vmprintf(zFmt, ap);
  va_end(ap);
  return SQLITE_ERROR;
}

/* "col1,col2,..." of a table's insertable columns, for change detection. */
static char *vtab_col_list(const SchemaTable *t) {
  sqlite3_str *s = sqlite3_str_new(0);
  int i;
  for (i = 0; i < t->nCol; i++) {
    if (t->aCol[i].eHidden) continue;
    sqlite3_str_appendf(s, "%s\"%w\" %s", sqlite3_str_length(s) ? "," : "", t->aCol[i].zName,
                        t->aCol[i].zType);
  }
  return sqlite3_str_finish(s);
}

/* A name for a hidden argument that no column of t uses. */
static char *vtab_hidden_name(const SchemaTable *t, const char *zBase) {
  char *z = sqlite3_mprintf("%s", zBase);
  while (z && schema_column_index(t, z) >= 0) {
    char *zNew = sqlite3_mprintf("_%s", z);
    sqlite3_free(z);
    z = zNew;
  }
  return z;
}

/* Parse the table argument: name or schema.name, any quoting. */
static int vtab_parse_table_arg(const char *zArg, char **pzDb, char **pzTable) {
  SqlTok *a = 0;
  int n = 0, rc;
  *pzDb = *pzTable = 0;
  rc = sqltok_split(zArg, 1, &a, &n);
  if (rc != SQLITE_OK) return rc;
  if (n == 2 && (sqltok_is_name(&a[0]) || a[0].eType == TK_STRING)) {
    *pzTable = sqltok_text(zArg, &a[0]);
  } else if (n == 4 && sqltok_is_name(&a[0]) && a[1].eType == TK_DOT &&
             (sqltok_is_name(&a[2]) || a[2].eType == TK_STRING)) {
    *pzDb = sqltok_text(zArg, &a[0]);
    *pzTable = sqltok_text(zArg, &a[2]);
  } else {
    rc = SQLITE_ERROR;
  }
  sqlite3_free(a);
  return rc;
}

static int vtabConnect(sqlite3 *db, void *pAux, int argc, const char *const *argv, sqlite3_vtab **ppVtab,
                       char **pzErr) {
  SydaVtab *p;
  int rc;
  (void)pAux;
  *ppVtab = 0;
  p = sqlite3_malloc64(sizeof(*p));
  if (p == 0) return SQLITE_NOMEM;
  memset(p, 0, sizeof(*p));
  p->db = db;
  if (argc == 3) {
    if (sqlite3_stricmp(argv[2], "syda_rows") != 0 || sqlite3_stricmp(argv[1], "main") != 0) {
      *pzErr = sqlite3_mprintf(
          "syda_rows: name the table to generate: CREATE VIRTUAL TABLE temp.%s USING syda_rows(customers)",
          argv[2]);
      sqlite3_free(p);
      return SQLITE_ERROR;
    }
    p->isEpo = 1;
    rc = sqlite3_declare_vtab(db,
                              "CREATE TABLE x(i INTEGER, row JSON, \"table\" HIDDEN, n HIDDEN, "
                              "seed HIDDEN, start HIDDEN)");
  } else {
    SchemaTable *t = 0;
    char *zErr = 0, *zN = 0, *zSeed = 0, *zStart = 0;
    sqlite3_str *s;
    char *zDecl;
    int i;
    if (sqlite3_stricmp(argv[1], "temp") != 0) {
      *pzErr = sqlite3_mprintf(
          "syda_rows: a generator lives in the temp schema: CREATE VIRTUAL TABLE temp.%s USING syda_rows(%s)",
          argv[2], argv[3]);
      sqlite3_free(p);
      return SQLITE_ERROR;
    }
    if (argc > 5) {
      *pzErr = sqlite3_mprintf("syda_rows: too many arguments: use syda_rows(table [, 'spec json'])");
      sqlite3_free(p);
      return SQLITE_ERROR;
    }
    rc = vtab_parse_table_arg(argv[3], &p->zDb, &p->zTable);
    if (rc != SQLITE_OK || p->zTable == 0) {
      *pzErr = sqlite3_mprintf("syda_rows: expected a table name, got %s", argv[3]);
      sqlite3_free(p->zDb);
      sqlite3_free(p->zTable);
      sqlite3_free(p);
      return SQLITE_ERROR;
    }
    p->zName = sqlite3_mprintf("%s", argv[2]);
    if (argc == 5) {
      p->zSpec = sqltok_dequote(argv[4]);
      if (p->zSpec == 0) rc = SQLITE_NOMEM;
    }
    if (rc == SQLITE_OK) rc = schema_table_load(db, p->zDb, p->zTable, &t, &zErr);
    if (rc == SQLITE_OK && p->zSpec) {
      /* Check the spec now, so a typo fails the CREATE, not the first query. */
      Spec *pSpec = 0;
      rc = spec_parse_table(db, "syda_rows", t->zName, p->zSpec, &pSpec, &zErr);
      if (rc == SQLITE_OK) {
        RowGen *g = 0;
        RowOptions o;
        row_options_init(&o, "syda_rows");
        o.zLocale = pSpec->zLocale;
        o.seed = pSpec->seed;
        rc = row_compile(db, t, &pSpec->aTable[0], &o, &g, &zErr);
        row_free(g);
      }
      spec_free(pSpec);
    }
    if (rc != SQLITE_OK) {
      if (zErr && strncmp(zErr, "syda_rows", 9) == 0) {
        *pzErr = zErr;
      } else {
        *pzErr = sqlite3_mprintf("syda_rows: %s", zErr ? zErr : sqlite3_errstr(rc));
        sqlite3_free(zErr);
      }
      schema_table_free(t);
      sqlite3_free(p->zDb);
      sqlite3_free(p->zTable);
      sqlite3_free(p->zSpec);
      sqlite3_free(p->zName);
      sqlite3_free(p);
      return SQLITE_ERROR;
    }
    zN = vtab_hidden_name(t, "n");
    zSeed = vtab_hidden_name(t, "seed");
    zStart = vtab_hidden_name(t, "start");
    s = sqlite3_str_new(db);
    sqlite3_str_appendall(s, "CREATE TABLE x(");
    for (i = 0; i < t->nCol; i++) {
      const SchemaColumn *c = &t->aCol[i];
      if (c->eHidden) continue;
      /* The type as one quoted name: SQLite dequotes it to the same text
      ** (so the same affinity), and a type such as ENUM('a','b') or one
      ** holding keywords cannot change what the declaration means.  A type
      ** that says HIDDEN would hide the column, so it is left out. */
      if (c->zType[0] == 0 || sqlite3_strlike("%hidden%", c->zType, 0) == 0) {
        sqlite3_str_appendf(s, "\"%w\", ", c->zName);
      } else {
        sqlite3_str_appendf(s, "\"%w\" \"%w\", ", c->zName, c->zType);
      }
      p->nCol++;
    }
    sqlite3_str_appendf(s, "\"%w\" HIDDEN, \"%w\" HIDDEN, \"%w\" HIDDEN)", zN, zSeed, zStart);
    zDecl = sqlite3_str_finish(s);
    p->zCols = vtab_col_list(t);
    sqlite3_free(zN);
    sqlite3_free(zSeed);
    sqlite3_free(zStart);
    schema_table_free(t);
    if (zDecl == 0 || p->zCols == 0) {
      sqlite3_free(zDecl);
      rc = SQLITE_NOMEM;
    } else {
      rc = sqlite3_declare_vtab(db, zDecl);
      sqlite3_free(zDecl);
    }
  }
  if (rc == SQLITE_OK) rc = sqlite3_vtab_config(db, SQLITE_VTAB_DIRECTONLY);
  if (rc != SQLITE_OK) {
    sqlite3_free(p->zDb);
    sqlite3_free(p->zTable);
    sqlite3_free(p->zSpec);
    sqlite3_free(p->zName);
    sqlite3_free(p->zCols);
    sqlite3_free(p);
    if (*pzErr == 0) *pzErr = sqlite3_mprintf("syda_rows: %s", sqlite3_errmsg(db));
    return rc;
  }
  *ppVtab = &p->base;
  return SQLITE_OK;
}

static int vtabDisconnect(sqlite3_vtab *pBase) {
  SydaVtab *p = (SydaVtab *)pBase;
  sqlite3_free(p->zDb);
  sqlite3_free(p->zTable);
  sqlite3_free(p->zSpec);
  sqlite3_free(p->zName);
  sqlite3_free(p->zCols);
  sqlite3_free(p);
  return SQLITE_OK;
}

static int vtabOpen(sqlite3_vtab *pBase, sqlite3_vtab_cursor **ppCur) {
  SydaCursor *c = sqlite3_malloc64(sizeof(*c));
  (void)pBase;
  if (c == 0) return SQLITE_NOMEM;
  memset(c, 0, sizeof(*c));
  *ppCur = &c->base;
  return SQLITE_OK;
}

static void cursor_reset(SydaCursor *c) {
  row_free(c->pGen);
  spec_free(c->pSpec);
  schema_table_free(c->pTab);
  sqlite3_free(c->zTable);
  c->pGen = 0;
  c->aVal = 0;
  c->iWinEnd = c->iWin0 = 0;
  c->pSpec = 0;
  c->pTab = 0;
  c->zTable = 0;
}

static int vtabClose(sqlite3_vtab_cursor *pCur) {
  SydaCursor *c = (SydaCursor *)pCur;
  cursor_reset(c);
  buf_free(&c->json);
  sqlite3_free(c);
  return SQLITE_OK;
}

/* First hidden column of the form (its arguments start here). */
static int vtab_first_arg(const SydaVtab *p) {
  return p->isEpo ? EPO_COLUMN_TABLE : p->nCol;
}

static int vtabBestIndex(sqlite3_vtab *pBase, sqlite3_index_info *pInfo) {
  SydaVtab *p = (SydaVtab *)pBase;
  int aIdx[4] = {-1, -1, -1, -1}; /* table, n, seed, start */
  int i, iFirst = vtab_first_arg(p), nArg = 0, idxNum = 0;
  int iOff = p->isEpo ? 0 : 1; /* typed form has no table argument */
  for (i = 0; i < pInfo->nConstraint; i++) {
    const struct sqlite3_index_constraint *k = &pInfo->aConstraint[i];
    int iArg = k->iColumn - iFirst + iOff;
    if (k->iColumn < iFirst || iArg > 3) continue;
    if (!k->usable) {
      /* an argument that cannot be used yet: ask for another plan */
      if (k->op == SQLITE_INDEX_CONSTRAINT_EQ) return SQLITE_CONSTRAINT;
      continue;
    }
    if (k->op != SQLITE_INDEX_CONSTRAINT_EQ) continue;
    aIdx[iArg] = i;
  }
  for (i = 0; i < 4; i++) {
    if (aIdx[i] >= 0) {
      pInfo->aConstraintUsage[aIdx[i]].argvIndex = ++nArg;
      pInfo->aConstraintUsage[aIdx[i]].omit = 1;
      idxNum |= 1 << i;
    }
  }
  pInfo->idxNum = idxNum;
  pInfo->estimatedCost = (idxNum & ARG_N) ? 1000.0 : 1e12;
  pInfo->estimatedRows = 1000;
  return SQLITE_OK;
}

/* Make the row at the cursor's ordinal (nothing past the end). */
static int cursor_make_row(sqlite3_vtab_cursor *pCur) {
  SydaCursor *c = (SydaCursor *)pCur;
  char *zErr = 0;
  int rc, nWin;
  c->jsonDone = 0;
  if (c->iRow >= c->iEnd) return SQLITE_OK;
  rc = row_next(c->pGen, c->iRow, &zErr);
  c->aVal = row_values(c->pGen); /* a batch's row has arrays of its own */
  if (rc != SQLITE_OK) {
    c->iWinEnd = c->iWin0 = 0;
    sqlite3_free(pCur->pVtab->zErrMsg);
    pCur->pVtab->zErrMsg = zErr;
    return rc == SQLITE_NOMEM ? rc : SQLITE_ERROR;
  }
  nWin = row_made_together(c->pGen, &c->iWin0, &c->apWin);
  c->iWinEnd = c->iWin0 + nWin < c->iEnd ? c->iWin0 + nWin : c->iEnd;
  return SQLITE_OK;
}

/*
** The eponymous form's table argument: a table of that name, or failing
** that the name read as SQL ('aux.things', '"order items"').
*/
static int vtab_epo_table(sqlite3 *db, const char *zArg, SchemaTable **ppTab, char **pzErr) {
  char *zDb = 0, *zName = 0, *zErr2 = 0;
  int rc = schema_table_load(db, 0, zArg, ppTab, pzErr);
  if (rc != SQLITE_ERROR || *pzErr == 0 || strncmp(*pzErr, "no such table", 13) != 0) return rc;
  if (vtab_parse_table_arg(zArg, &zDb, &zName) == SQLITE_OK && zName && (zDb || strcmp(zName, zArg) != 0) &&
      schema_table_load(db, zDb, zName, ppTab, &zErr2) == SQLITE_OK) {
    sqlite3_free(*pzErr);
    *pzErr = 0;
    rc = SQLITE_OK;
  }
  sqlite3_free(zErr2);
  sqlite3_free(zDb);
  sqlite3_free(zName);
  return rc;
}

static int vtabFilter(sqlite3_vtab_cursor *pCur, int idxNum, const char *idxStr, int argc,
                      sqlite3_value **argv) {
  SydaCursor *c = (SydaCursor *)pCur;
  SydaVtab *p = (SydaVtab *)pCur->pVtab;
  int iArg = 0, rc = SQLITE_OK;
  char *zErr = 0;
  RowOptions o;
  const char *zUse = p->isEpo ? "SELECT * FROM syda_rows('table', n [, seed [, start]])" : 0;
  const char *zTab;
  (void)idxStr;
  (void)argc;
  cursor_reset(c);
  c->iRow = c->iEnd = 0;
  c->hasSeed = c->hasStart = 0;
  c->n = -1;
  if (p->isEpo) {
    if (!(idxNum & ARG_TABLE)) {
      return vtab_err(pCur->pVtab, "syda_rows: missing the table argument: use %s", zUse);
    }
    if (sqlite3_value_type(argv[iArg]) != SQLITE_TEXT) {
      return vtab_err(pCur->pVtab, "syda_rows: the table argument must be a table name (text)");
    }
    c->zTable = sqlite3_mprintf("%s", sqlite3_value_text(argv[iArg]));
    if (c->zTable == 0) return SQLITE_NOMEM;
    iArg++;
  }
  if (!(idxNum & ARG_N)) {
    if (p->isEpo) return vtab_err(pCur->pVtab, "syda_rows: missing argument n (rows): use %s", zUse);
    return vtab_err(pCur->pVtab,
                    "syda_rows: missing argument n (rows): use SELECT * FROM %s(n [, seed [, start]])",
                    p->zName);
  }
  zTab = p->isEpo ? c->zTable : p->zTable;
  {
    sqlite3_value *v = argv[iArg++];
    int t = sqlite3_value_type(v);
    if (t == SQLITE_NULL) return SQLITE_OK; /* no rows */
    if (!val_whole(v, &c->n)) {
      double r = t == SQLITE_FLOAT ? sqlite3_value_double(v) : 0;
      return vtab_err(pCur->pVtab, "syda_rows: table \"%s\": n must be a whole number of rows, got %s", zTab,
                      t == SQLITE_TEXT                      ? "text"
                      : t != SQLITE_FLOAT                   ? "a blob"
                      : r == floor(r)                       ? "a number too large for a row count"
                                                            : "a fraction");
    }
    if (c->n < 0)
      return vtab_err(pCur->pVtab, "syda_rows: table \"%s\": n must be >= 0, got %lld", zTab,
                      (long long)c->n);
  }
  if (idxNum & ARG_SEED) {
    sqlite3_value *v = argv[iArg++];
    if (sqlite3_value_type(v) != SQLITE_NULL) {
      if (!val_whole(v, &c->seed))
        return vtab_err(pCur->pVtab, "syda_rows: table \"%s\": seed must be an integer", zTab);
      c->hasSeed = 1;
    }
  }
  if (idxNum & ARG_START) {
    sqlite3_value *v = argv[iArg++];
    if (sqlite3_value_type(v) != SQLITE_NULL) {
      if (!val_whole(v, &c->start) || c->start < 0) {
        return vtab_err(pCur->pVtab, "syda_rows: table \"%s\": start must be a whole number >= 0", zTab);
      }
      c->hasStart = 1;
    }
  }

  /* Read the table as it is now and compile its generator. */
  if (p->isEpo) {
    rc = vtab_epo_table(p->db, c->zTable, &c->pTab, &zErr);
  } else {
    rc = schema_table_load(p->db, p->zDb, p->zTable, &c->pTab, &zErr);
  }
  if (rc == SQLITE_OK && !p->isEpo) {
    char *zCols = vtab_col_list(c->pTab);
    if (zCols == 0) {
      rc = SQLITE_NOMEM;
    } else if (strcmp(zCols, p->zCols) != 0) {
      zErr =
          sqlite3_mprintf("table \"%s\" changed since %s was created: DROP TABLE temp.%s and create it again",
                          p->zTable, p->zName, p->zName);
      rc = SQLITE_ERROR;
    }
    sqlite3_free(zCols);
  }
  if (rc == SQLITE_OK && p->zSpec) {
    rc = spec_parse_table(p->db, "syda_rows", c->pTab->zName, p->zSpec, &c->pSpec, &zErr);
  }
  if (rc == SQLITE_OK) {
    row_options_init(&o, "syda_rows");
    o.seed = c->hasSeed ? c->seed : (c->pSpec && c->pSpec->hasSeed ? c->pSpec->seed : 0);
    o.zLocale = c->pSpec ? c->pSpec->zLocale : 0;
    c->seed = o.seed;
    rc = row_compile(p->db, c->pTab, c->pSpec ? &c->pSpec->aTable[0] : 0, &o, &c->pGen, &zErr);
  }
  if (rc == SQLITE_OK) rc = row_begin(c->pGen, c->hasStart ? c->start : -1, c->n, &zErr);
  if (rc != SQLITE_OK) {
    if (zErr && strncmp(zErr, "syda_rows", 9) == 0) {
      sqlite3_free(pCur->pVtab->zErrMsg);
      pCur->pVtab->zErrMsg = zErr;
    } else {
      vtab_err(pCur->pVtab, "syda_rows: %s", zErr ? zErr : sqlite3_errstr(rc));
      sqlite3_free(zErr);
    }
    return rc == SQLITE_NOMEM ? rc : SQLITE_ERROR;
  }
  c->start = row_start(c->pGen);
  c->aVal = row_values(c->pGen);
  c->nOwn = ((SydaVtab *)pCur->pVtab)->isEpo ? 0 : ((SydaVtab *)pCur->pVtab)->nCol;
  c->iRow = c->start;
  c->iEnd = c->start + c->n;
  return cursor_make_row(pCur);
}

static int vtabNext(sqlite3_vtab_cursor *pCur) {
  SydaCursor *c = (SydaCursor *)pCur;
  if (++c->iRow < c->iWinEnd) {
    /* the next of the rows made together */
    c->aVal = c->apWin[c->iRow - c->iWin0];
    c->jsonDone = 0;
    return SQLITE_OK;
  }
  return cursor_make_row(pCur);
}

static int vtabEof(sqlite3_vtab_cursor *pCur) {
  SydaCursor *c = (SydaCursor *)pCur;
  return c->pGen == 0 || c->iRow >= c->iEnd;
}

/* The row as a JSON object, keys in column order. */
static void cursor_json(SydaCursor *c) {
  const SydaVal *a = c->aVal;
  const SchemaTable *t = row_table(c->pGen);
  SydaBuf *b = &c->json;
  int i, n = row_ncol(c->pGen);
  buf_reset(b);
  buf_putc(b, '{');
  for (i = 0; i < n; i++) {
    const SydaVal *v = &a[i];
    const char *zName = t->aCol[row_colidx(c->pGen, i)].zName;
    if (i) buf_putc(b, ',');
    buf_json_string(b, zName, (int)strlen(zName));
    buf_putc(b, ':');
    switch (v->eType) {
      case SQLITE_INTEGER:
        buf_int(b, v->i);
        break;
      case SQLITE_FLOAT:
        buf_double(b, v->r);
        break;
      case SQLITE_TEXT:
        buf_json_string(b, v->z, v->n);
        break;
      case SQLITE_BLOB:
        buf_putc(b, '"');
        buf_hex(b, (const unsigned char *)v->z, v->n);
        buf_putc(b, '"');
        break;
      default:
        buf_str(b, "null");
        break;
    }
  }
  buf_putc(b, '}');
  c->jsonDone = 1;
}

/* The eponymous form's columns, and the typed form's hidden ones: not
** inlined, so that vtabColumn's own path saves no registers. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static int vtab_column_more(SydaCursor *c, SydaVtab *p, sqlite3_context *ctx, int i) {
  if (p->isEpo) {
    switch (i) {
      case EPO_COLUMN_I:
        sqlite3_result_int64(ctx, c->iRow);
        break;
      case EPO_COLUMN_ROW:
        if (!c->jsonDone) cursor_json(c);
        if (c->json.oom) return SQLITE_NOMEM;
        sqlite3_result_text(ctx, c->json.z, c->json.n, SQLITE_TRANSIENT);
        break;
      case EPO_COLUMN_TABLE:
        sqlite3_result_text(ctx, c->zTable, -1, SQLITE_TRANSIENT);
        break;
      case EPO_COLUMN_N:
        sqlite3_result_int64(ctx, c->n);
        break;
      case EPO_COLUMN_SEED:
        sqlite3_result_int64(ctx, c->seed);
        break;
      default:
        sqlite3_result_int64(ctx, c->start);
        break;
    }
    return SQLITE_OK;
  }
  if (i == p->nCol + TYPED_HIDDEN_N) {
    sqlite3_result_int64(ctx, c->n);
  } else if (i == p->nCol + TYPED_HIDDEN_SEED) {
    sqlite3_result_int64(ctx, c->seed);
  } else {
    sqlite3_result_int64(ctx, c->start);
  }
  return SQLITE_OK;
}

/* A typed row's own columns first: called for every value a query reads. */
static int vtabColumn(sqlite3_vtab_cursor *pCur, sqlite3_context *ctx, int i) {
  SydaCursor *c = (SydaCursor *)pCur;
  const SydaVal *v;
  if ((unsigned)i >= (unsigned)c->nOwn) return vtab_column_more(c, (SydaVtab *)pCur->pVtab, ctx, i);
  v = &c->aVal[i];
  /* val_result, its commonest case first */
  if (v->eType == SQLITE_TEXT)
    sqlite3_result_text(ctx, v->z, v->n, v->isStatic ? SQLITE_STATIC : SQLITE_TRANSIENT);
  else
    val_result(ctx, v);
  return SQLITE_OK;
}

static int vtabRowid(sqlite3_vtab_cursor *pCur, sqlite_int64 *pRowid) {
  *pRowid = ((SydaCursor *)pCur)->iRow;
  return SQLITE_OK;
}

static sqlite3_module sydaRowsModule = {
    /* iVersion    */ 0,
    /* xCreate     */ vtabConnect,
    /* xConnect    */ vtabConnect,
    /* xBestIndex  */ vtabBestIndex,
    /* xDisconnect */ vtabDisconnect,
    /* xDestroy    */ vtabDisconnect,
    /* xOpen       */ vtabOpen,
    /* xClose      */ vtabClose,
    /* xFilter     */ vtabFilter,
    /* xNext       */ vtabNext,
    /* xEof        */ vtabEof,
    /* xColumn     */ vtabColumn,
    /* xRowid      */ vtabRowid,
    /* xUpdate     */ 0,
    /* xBegin      */ 0,
    /* xSync       */ 0,
    /* xCommit     */ 0,
    /* xRollback   */ 0,
    /* xFindMethod */ 0,
    /* xRename     */ 0,
    /* xSavepoint  */ 0,
    /* xRelease    */ 0,
    /* xRollbackTo */ 0,
    /* xShadowName */ 0,
#if SQLITE_VERSION_NUMBER >= 3044000
    /* xIntegrity  */ 0,
#endif
};

int syda_vtab_register(sqlite3 *db) {
  return sqlite3_create_module(db, "syda_rows", &sydaRowsModule, 0);
}
