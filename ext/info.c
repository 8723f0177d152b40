/*
** info.c — SQL functions that describe syda and what it read:
**
**     SELECT syda_version();            -- 'v0.1.0'
**     SELECT syda_debug();              -- version, SQLite headers, build flags
**     SELECT syda_schema('customers');  -- JSON: columns, keys, checks, kinds
**     SELECT syda_schema();             -- JSON array, every user table
*/
#include <string.h>

#include "register.h"
#include "../include/syda.h"
#include "row.h"
#include "schema.h"
#include "value.h"
SQLITE_EXTENSION_INIT3

#ifndef SYDA_LLM
#define SYDA_LLM 0
#endif

static const char *azAff[] = {"BLOB", "TEXT", "NUMERIC", "INTEGER", "REAL"};

const char *syda_libversion(void) {
  return "v" SYDA_VERSION;
}

static void fn_version(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  (void)argc;
  (void)argv;
  sqlite3_result_text(ctx, syda_libversion(), -1, SQLITE_STATIC);
}

static void fn_debug(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  char *z;
  (void)argc;
  (void)argv;
  z = sqlite3_mprintf("syda %s, sqlite headers %s, sqlite library %s, llm=%s%s", syda_libversion(),
                      SQLITE_VERSION, sqlite3_libversion(), SYDA_LLM ? "on" : "off",
#ifdef SQLITE_CORE
                      ", static"
#else
                      ", loadable"
#endif
  );
  if (z == 0) {
    sqlite3_result_error_nomem(ctx);
    return;
  }
  sqlite3_result_text(ctx, z, -1, sqlite3_free);
}

static void json_str(SydaBuf *b, const char *z) {
  if (z == 0) {
    buf_str(b, "null");
  } else {
    buf_json_string(b, z, (int)strlen(z));
  }
}

/* A JSON array of n strings; a NULL one is zNull (NULL: null). */
static void json_strs(SydaBuf *b, int n, char *const *az, const char *zNull) {
  int i;
  buf_putc(b, '[');
  for (i = 0; i < n; i++) {
    if (i) buf_putc(b, ',');
    json_str(b, az[i] ? az[i] : zNull);
  }
  buf_putc(b, ']');
}

static void json_cols(SydaBuf *b, const SchemaTable *t, int n, const int *ai) {
  int i;
  buf_putc(b, '[');
  for (i = 0; i < n; i++) {
    if (i) buf_putc(b, ',');
    json_str(b, ai[i] >= 0 ? t->aCol[ai[i]].zName : 0);
  }
  buf_putc(b, ']');
}

/* One table as JSON, with what the generator decided for each column. */
static int schema_json(sqlite3 *db, const SchemaTable *t, SydaBuf *b, char **pzErr) {
  RowGen *g = 0;
  RowOptions o;
  int i, j, rc;
  row_options_init(&o, "syda_schema");
  rc = row_compile(db, t, 0, &o, &g, pzErr);
  if (rc != SQLITE_OK) return rc;
  buf_str(b, "{\"name\":");
  json_str(b, t->zName);
  buf_str(b, ",\"schema\":");
  json_str(b, t->zDb);
  buf_str(b, t->withoutRowid ? ",\"without_rowid\":true" : ",\"without_rowid\":false");
  buf_str(b, t->isStrict ? ",\"strict\":true" : ",\"strict\":false");
  buf_str(b, t->autoincrement ? ",\"autoincrement\":true" : ",\"autoincrement\":false");
  buf_str(b, ",\"comment\":");
  json_str(b, t->zComment);
  buf_str(b, ",\"columns\":[");
  for (i = 0; i < t->nCol; i++) {
    const SchemaColumn *c = &t->aCol[i];
    char *zGen;
    if (i) buf_putc(b, ',');
    buf_str(b, "{\"name\":");
    json_str(b, c->zName);
    buf_str(b, ",\"type\":");
    json_str(b, c->zType);
    buf_str(b, ",\"affinity\":");
    json_str(b, azAff[c->eAff]);
    buf_str(b, ",\"pk\":");
    buf_int(b, c->iPk);
    buf_str(b, c->isRowid ? ",\"rowid\":true" : ",\"rowid\":false");
    buf_str(b, c->notNull ? ",\"not_null\":true" : ",\"not_null\":false");
    buf_str(b, c->isUnique ? ",\"unique\":true" : ",\"unique\":false");
    if (c->nLen > 0) {
      buf_str(b, ",\"max_length\":");
      buf_int(b, c->nLen);
    }
    buf_str(b, ",\"default\":");
    json_str(b, c->zDefault);
    buf_str(b, ",\"collate\":");
    json_str(b, c->zCollate);
    buf_str(b, ",\"comment\":");
    json_str(b, c->zComment);
    buf_str(b, ",\"check\":[");
    for (j = 0; j < t->nCheck; j++) {
      if (t->aCheck[j].iCol != i) continue;
      if (b->z[b->n - 1] != '[') buf_putc(b, ',');
      json_str(b, t->aCheck[j].zExpr);
    }
    buf_putc(b, ']');
    buf_str(b, c->eHidden ? ",\"generated\":true" : ",\"generated\":false");
    if (c->zGenExpr) {
      buf_str(b, ",\"generated_as\":");
      json_str(b, c->zGenExpr);
    }
    zGen = row_column_json(g, i);
    if (zGen) {
      buf_str(b, ",\"generator\":");
      buf_str(b, zGen);
      sqlite3_free(zGen);
    }
    buf_putc(b, '}');
  }
  buf_str(b, "],\"foreign_keys\":[");
  for (i = 0; i < t->nFk; i++) {
    const SchemaFk *f = &t->aFk[i];
    if (i) buf_putc(b, ',');
    buf_str(b, "{\"columns\":");
    json_cols(b, t, f->nCol, f->aiCol);
    buf_str(b, ",\"parent\":");
    json_str(b, f->zParent);
    buf_str(b, ",\"parent_columns\":");
    json_strs(b, f->nCol, f->azParentCol, 0);
    buf_putc(b, '}');
  }
  buf_str(b, "],\"unique\":[");
  for (i = 0, j = 0; i < t->nUnique; i++) {
    if (t->aUnique[i].isPartial || t->aUnique[i].isExpr) continue;
    if (j++) buf_putc(b, ',');
    json_cols(b, t, t->aUnique[i].nCol, t->aUnique[i].aiCol);
  }
  /* indexes on expressions or generated columns, or partial: what must be
  ** distinct is the keys' values (under their collations) where "where" holds */
  buf_str(b, "],\"unique_indexes\":[");
  for (i = 0, j = 0; i < t->nUnique; i++) {
    const SchemaUnique *u = &t->aUnique[i];
    if (!u->isPartial && !u->isExpr) continue;
    if (j++) buf_putc(b, ',');
    buf_str(b, "{\"name\":");
    json_str(b, u->zName);
    buf_str(b, ",\"keys\":");
    json_strs(b, u->nKey, u->azKey, 0);
    buf_str(b, ",\"collations\":");
    json_strs(b, u->nKey, u->azColl, "BINARY");
    buf_str(b, ",\"where\":");
    json_str(b, u->zWhere);
    buf_putc(b, '}');
  }
  buf_str(b, "],\"checks\":[");
  for (i = 0; i < t->nCheck; i++) {
    const SchemaCheck *k = &t->aCheck[i];
    if (i) buf_putc(b, ',');
    buf_str(b, "{\"name\":");
    json_str(b, k->zName);
    buf_str(b, ",\"expr\":");
    json_str(b, k->zExpr);
    buf_str(b, ",\"column\":");
    json_str(b, k->iCol >= 0 ? t->aCol[k->iCol].zName : 0);
    buf_putc(b, '}');
  }
  buf_str(b, "]}");
  row_free(g);
  return b->oom ? SQLITE_NOMEM : SQLITE_OK;
}

static void fn_schema(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  sqlite3 *db = sqlite3_context_db_handle(ctx);
  SydaBuf b = {0, 0, 0, 0};
  char *zErr = 0;
  int rc = SQLITE_OK;
  if (argc == 1) {
    SchemaTable *t = 0;
    const char *zName = (const char *)sqlite3_value_text(argv[0]);
    if (zName == 0) {
      sqlite3_result_error(ctx, "syda_schema: the argument must be a table name", -1);
      return;
    }
    rc = schema_table_load(db, 0, zName, &t, &zErr);
    if (rc == SQLITE_OK) rc = schema_json(db, t, &b, &zErr);
    schema_table_free(t);
  } else {
    char **az = 0;
    int n = 0, i;
    rc = schema_table_names(db, "main", &az, &n);
    buf_putc(&b, '[');
    for (i = 0; i < n && rc == SQLITE_OK; i++) {
      SchemaTable *t = 0;
      rc = schema_table_load(db, "main", az[i], &t, &zErr);
      if (i) buf_putc(&b, ',');
      if (rc == SQLITE_OK) rc = schema_json(db, t, &b, &zErr);
      schema_table_free(t);
    }
    buf_putc(&b, ']');
    schema_names_free(az, n);
  }
  if (rc != SQLITE_OK || b.oom) {
    if (rc == SQLITE_NOMEM || b.oom) {
      sqlite3_result_error_nomem(ctx);
    } else {
      char *zMsg = (zErr && strncmp(zErr, "syda_", 5) == 0)
                       ? sqlite3_mprintf("%s", zErr)
                       : sqlite3_mprintf("syda_schema: %s", zErr ? zErr : sqlite3_errmsg(db));
      sqlite3_result_error(ctx, zMsg ? zMsg : "syda_schema: error", -1);
      sqlite3_free(zMsg);
    }
  } else {
    sqlite3_result_text(ctx, b.z, b.n, SQLITE_TRANSIENT);
  }
  sqlite3_free(zErr);
  buf_free(&b);
}

int syda_info_register(sqlite3 *db) {
  static const struct {
    const char *zName;
    int nArg;
    int flags;
    void (*xFunc)(sqlite3_context *, int, sqlite3_value **);
  } aFunc[] = {
      {"syda_version", 0, SQLITE_UTF8 | SQLITE_INNOCUOUS | SQLITE_DETERMINISTIC, fn_version},
      {"syda_debug", 0, SQLITE_UTF8 | SQLITE_INNOCUOUS | SQLITE_DETERMINISTIC, fn_debug},
      {"syda_schema", 0, SQLITE_UTF8 | SQLITE_DIRECTONLY, fn_schema},
      {"syda_schema", 1, SQLITE_UTF8 | SQLITE_DIRECTONLY, fn_schema},
  };
  int i, rc = SQLITE_OK;
  for (i = 0; rc == SQLITE_OK && i < (int)(sizeof(aFunc) / sizeof(aFunc[0])); i++) {
    rc = sqlite3_create_function(db, aFunc[i].zName, aFunc[i].nArg, aFunc[i].flags, 0, aFunc[i].xFunc, 0, 0);
  }
  return rc;
}
