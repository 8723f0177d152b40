/*
** fill_llm.c — the LLM mode of syda_fill, and syda_prompt.
**
**     SELECT syda_fill('{"tables": {"products": {"rows": 50, "prompt": "a cloud software company"}},
**                        "llm": {"provider": "anthropic", "model": "claude-haiku-4-5"}}');
**     SELECT syda_prompt('{"llm": {"provider": "openai"}}', 'products');   -- the request body
**
** For each table, the columns a model writes better than word lists
** (row_llm_columns: descriptions, names of things, titles) are described to
** the model (llm.c); what it answers is handed to the row generator as
** proposed values (row_set_provided), which checks every one of them like
** input.  Keys, foreign keys and everything the model got wrong are made
** offline, and the report counts which was which.
*/
#include <string.h>

#include "fill_llm.h"
#include "register.h"
#include "schema.h"
#include "value.h"
SQLITE_EXTENSION_INIT3

#define LLM_MAX_COLUMNS 64

/* A table as the prompt describes it, with the strings it points to. */
typedef struct LlmDesc {
  LlmTable t;
  int nCol;
  int aiCol[LLM_MAX_COLUMNS];
  LlmColumn aCol[LLM_MAX_COLUMNS];
  char **aazValue[LLM_MAX_COLUMNS]; /* a listed column's values, owned */
  char *zContext;
} LlmDesc;

/* A few rows of the table's first parent, as JSON, for context. */
static char *llm_context(sqlite3 *db, const SchemaTable *t) {
  SchemaTable *p = 0;
  char *zErr = 0, *zSql, *zOut = 0;
  sqlite3_str *s;
  sqlite3_stmt *pStmt = 0;
  int i, n = 0;
  if (t->nFk == 0 || t->aFk[0].isSelf) return 0;
  if (schema_table_load(db, t->zDb, t->aFk[0].zParent, &p, &zErr) != SQLITE_OK) {
    sqlite3_free(zErr);
    return 0;
  }
  s = sqlite3_str_new(db);
  sqlite3_str_appendall(s, "SELECT json_group_array(json_object(");
  for (i = 0; i < p->nCol; i++) {
    if (p->aCol[i].eType == TY_BLOB) continue;
    sqlite3_str_appendf(s, "%s%Q, \"%w\"", n++ ? ", " : "", p->aCol[i].zName, p->aCol[i].zName);
  }
  sqlite3_str_appendf(s, ")) FROM (SELECT * FROM \"%w\".\"%w\" ORDER BY rowid LIMIT 3)", p->zDb, p->zName);
  zSql = sqlite3_str_finish(s);
  if (zSql && n > 0 && sqlite3_prepare_v2(db, zSql, -1, &pStmt, 0) == SQLITE_OK && sqlite3_step(pStmt) == SQLITE_ROW) {
    const char *z = (const char *)sqlite3_column_text(pStmt, 0);
    if (z && strcmp(z, "[]") != 0) zOut = sqlite3_mprintf("{\"%w\": %s}", p->zName, z);
  }
  sqlite3_finalize(pStmt);
  sqlite3_free(zSql);
  schema_table_free(p);
  return zOut;
}

static void llm_desc_free(LlmDesc *d) {
  int i, k;
  for (i = 0; i < d->nCol; i++) {
    for (k = 0; d->aazValue[i] && k < d->aCol[i].nValue; k++)
      sqlite3_free(d->aazValue[i][k]);
    sqlite3_free(d->aazValue[i]);
  }
  sqlite3_free(d->zContext);
}

/* The values of a listed column, for the prompt and the answer's schema. */
static void llm_desc_values(RowGen *g, int iCol, LlmDesc *d, int i) {
  const SydaVal *a;
  int n = row_column_set(g, iCol, &a), k;
  if (n <= 0) return;
  d->aazValue[i] = sqlite3_malloc64(sizeof(char *) * (sqlite3_uint64)n);
  if (d->aazValue[i] == 0) return;
  for (k = 0; k < n; k++) {
    d->aazValue[i][k] = sqlite3_mprintf("%.*s", a[k].n, a[k].z ? a[k].z : "");
    if (d->aazValue[i][k] == 0) break;
  }
  d->aCol[i].nValue = k;
  d->aCol[i].azValue = (const char *const *)d->aazValue[i];
}

/* Describe the columns of g that a model may write. */
static void llm_desc_build(sqlite3 *db, const LlmConfig *cfg, RowGen *g, const SpecTable *pSpec, LlmDesc *d) {
  const SchemaTable *t = row_table(g);
  int i;
  memset(d, 0, sizeof(*d));
  d->nCol = row_llm_columns(g, cfg->eStrategy == LLM_STRATEGY_ROWS, d->aiCol, LLM_MAX_COLUMNS);
  for (i = 0; i < d->nCol; i++) {
    const SchemaColumn *c = &t->aCol[d->aiCol[i]];
    const SpecRule *r = pSpec ? spec_rule(pSpec, c->zName) : 0;
    LlmColumn *lc = &d->aCol[i];
    lc->zName = c->zName;
    lc->zType = c->zType;
    lc->zKind = row_column_kind(g, d->aiCol[i]);
    lc->zComment = (r && r->zDescription) ? r->zDescription : c->zComment;
    row_column_length(g, d->aiCol[i], &lc->nMinLen, &lc->nMaxLen);
    llm_desc_values(g, d->aiCol[i], d, i);
    lc->isUnique = c->isUnique || (r && r->eUnique == 1);
    lc->isNullable = !c->notNull;
  }
  d->zContext = llm_context(db, t);
  d->t.zTable = t->zName;
  d->t.zPrompt = pSpec ? pSpec->zPrompt : 0;
  d->t.nCol = d->nCol;
  d->t.aCol = d->aCol;
  d->t.zContext = d->zContext;
}

/* An unusable value: a zero-length blob, which row.c never accepts, so
** the row makes its own. */
static void llm_unusable(SydaVal *v) {
  memset(v, 0, sizeof(*v));
  v->eType = SQLITE_BLOB;
  v->z = "";
  v->isStatic = 1;
}

/*
** For a unique column: a proposed value already in the table cannot be
** used: it is marked unusable.
*/
static int llm_drop_existing(sqlite3 *db, const SchemaTable *t, const char *zCol, SydaVal *aVal, int n) {
  sqlite3_stmt *p = 0;
  char *zSql = sqlite3_mprintf("SELECT 1 FROM \"%w\".\"%w\" WHERE \"%w\" = ?1 LIMIT 1", t->zDb, t->zName, zCol);
  int rc, i;
  if (zSql == 0) return SQLITE_NOMEM;
  rc = sqlite3_prepare_v2(db, zSql, -1, &p, 0);
  sqlite3_free(zSql);
  for (i = 0; rc == SQLITE_OK && i < n; i++) {
    if (aVal[i].eType == SQLITE_NULL) continue;
    val_bind(p, 1, &aVal[i]);
    if (sqlite3_step(p) == SQLITE_ROW) {
      val_clear(&aVal[i]);
      llm_unusable(&aVal[i]);
    }
    rc = sqlite3_reset(p);
  }
  sqlite3_finalize(p);
  return rc;
}

/* The values of one answer row, by column of d: a JSON null is NULL, a
** missing key or a nested object or array is unusable. */
static int llm_row_values(sqlite3_stmt *pEach, const char *zRow, const LlmDesc *d, SydaVal *aOut) {
  int j, rc;
  unsigned char aSeen[LLM_MAX_COLUMNS];
  memset(aSeen, 0, sizeof(aSeen));
  for (j = 0; j < d->nCol; j++)
    llm_unusable(&aOut[j]);
  sqlite3_bind_text(pEach, 1, zRow, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step(pEach)) == SQLITE_ROW) {
    const char *zKey = (const char *)sqlite3_column_text(pEach, 0);
    const char *zType = (const char *)sqlite3_column_text(pEach, 2);
    for (j = 0; zKey && j < d->nCol; j++) {
      if (aSeen[j] || sqlite3_stricmp(zKey, d->aCol[j].zName) != 0) continue;
      aSeen[j] = 1;
      if (zType && (strcmp(zType, "object") == 0 || strcmp(zType, "array") == 0)) continue;
      if (val_from_sqlite(&aOut[j], sqlite3_column_value(pEach, 1))) {
        sqlite3_reset(pEach);
        return SQLITE_NOMEM;
      }
    }
  }
  sqlite3_reset(pEach);
  return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

/* Begin the LLM work for a table: describe it, and say in the stats
** whether the model has columns to write. */
static void llm_table_begin(sqlite3 *db, const LlmConfig *cfg, RowGen *g, const SpecTable *pSpec, LlmDesc *d,
                            FillLlmStats *pStats) {
  memset(pStats, 0, sizeof(*pStats));
  llm_desc_build(db, cfg, g, pSpec, d);
  pStats->isUsed = d->nCol > 0;
  pStats->nCol = d->nCol;
}

static void llm_stats_take(FillLlmStats *pStats, const LlmStats *p) {
  pStats->nRequest = p->nRequest;
  pStats->nRetry = p->nRetry;
  pStats->nCached = p->nCached;
}

/* Set a pool (the JSON array zArr) as the proposed values of each column j. */
static int llm_set_pool(sqlite3 *db, sqlite3_stmt *pEach, const LlmConfig *cfg, RowGen *g, const LlmDesc *d, int j,
                        const char *zArr) {
  int n = 0, rc = SQLITE_OK;
  i64 k;
  SydaVal *aVal = sqlite3_malloc64(sizeof(SydaVal) * (sqlite3_uint64)(cfg->nVocab + 1));
  if (aVal == 0) return SQLITE_NOMEM;
  sqlite3_bind_text(pEach, 1, zArr, -1, SQLITE_STATIC);
  while (n < cfg->nVocab && sqlite3_step(pEach) == SQLITE_ROW) {
    if (val_from_sqlite(&aVal[n], sqlite3_column_value(pEach, 1))) {
      rc = SQLITE_NOMEM;
      break;
    }
    if (aVal[n].eType == SQLITE_NULL) continue;
    n++;
  }
  sqlite3_reset(pEach);
  if (rc == SQLITE_OK && d->aCol[j].isUnique) rc = llm_drop_existing(db, row_table(g), d->aCol[j].zName, aVal, n);
  if (rc == SQLITE_OK) rc = row_set_provided(g, d->aiCol[j], ROWPROV_POOL, n, aVal);
  for (k = 0; k < n; k++)
    val_clear(&aVal[k]);
  sqlite3_free(aVal);
  return rc;
}

/* on_error "offline": note why in the stats and go on without the model. */
static int llm_fall_back(RowGen *g, const LlmDesc *d, FillLlmStats *pStats, const char *zErr) {
  int j;
  sqlite3_free(pStats->zFallback);
  pStats->zFallback = sqlite3_mprintf("%s", zErr ? zErr : "");
  for (j = 0; j < d->nCol; j++)
    row_set_provided(g, d->aiCol[j], ROWPROV_ROWS, 0, 0); /* each value offline, counted */
  return pStats->zFallback ? SQLITE_OK : SQLITE_NOMEM;
}

int fill_llm_vocab(sqlite3 *db, const char *zFunc, const LlmConfig *cfg, int nTable, RowGen *const *apGen,
                   const SpecTable *const *apSpec, FillLlmStats *const *apStats, char **pzErr) {
  LlmDesc *aD;
  LlmTable *aT;
  LlmResult *aR;
  sqlite3_stmt *pEach = 0;
  int rc, i, j, nUsed = 0;
  aD = sqlite3_malloc64((sizeof(LlmDesc) + sizeof(LlmTable) + sizeof(LlmResult)) * (sqlite3_uint64)(nTable + 1));
  if (aD == 0) return SQLITE_NOMEM;
  aT = (LlmTable *)&aD[nTable + 1];
  aR = (LlmResult *)&aT[nTable + 1];
  memset(aR, 0, sizeof(LlmResult) * (size_t)(nTable + 1));
  /* the tables whose columns the model writes, all asked at once */
  for (i = 0; i < nTable; i++) {
    llm_table_begin(db, cfg, apGen[i], apSpec[i], &aD[i], apStats[i]);
    aT[i] = aD[i].t;
    aT[i].aCol = aD[i].aCol;
    nUsed += apStats[i]->isUsed;
  }
  rc = sqlite3_prepare_v2(db, "SELECT key, value, type FROM json_each(?1)", -1, &pEach, 0);
  if (rc != SQLITE_OK) *pzErr = sqlite3_mprintf("%s: llm: %s", zFunc, sqlite3_errmsg(db));
  if (rc == SQLITE_OK && nUsed > 0) rc = llm_fetch_vocab(cfg, db, nTable, aT, cfg->nVocab, aR, pzErr);
  for (i = 0; i < nTable; i++) {
    llm_stats_take(apStats[i], &aR[i].stats);
    for (j = 0; j < aD[i].nCol && j < aR[i].nRow && rc == SQLITE_OK; j++)
      rc = llm_set_pool(db, pEach, cfg, apGen[i], &aD[i], j, aR[i].azRow[j]);
  }
  if (rc != SQLITE_OK && rc != SQLITE_NOMEM && cfg->eOnError == LLM_ONERROR_OFFLINE) {
    /* every table goes on with offline values, and says why */
    for (i = 0, rc = SQLITE_OK; i < nTable && rc == SQLITE_OK; i++) {
      if (apStats[i]->isUsed) rc = llm_fall_back(apGen[i], &aD[i], apStats[i], *pzErr);
    }
    sqlite3_free(*pzErr);
    *pzErr = 0;
  }
  for (i = 0; i < nTable; i++) {
    llm_result_clear(&aR[i]);
    llm_desc_free(&aD[i]);
  }
  sqlite3_finalize(pEach);
  sqlite3_free(aD);
  return rc;
}

int fill_llm_rows(sqlite3 *db, const char *zFunc, const LlmConfig *cfg, RowGen *g, const SpecTable *pSpec,
                  i64 nRows, FillLlmStats *pStats, char **pzErr) {
  LlmDesc d;
  LlmResult res;
  sqlite3_stmt *pEach = 0;
  SydaVal *aVal = 0, *aRow = 0;
  int rc = SQLITE_OK, j;
  i64 k;
  memset(&res, 0, sizeof(res));
  llm_table_begin(db, cfg, g, pSpec, &d, pStats);
  if (!pStats->isUsed || nRows <= 0) {
    llm_desc_free(&d);
    return SQLITE_OK;
  }
  rc = sqlite3_prepare_v2(db, "SELECT key, value, type FROM json_each(?1)", -1, &pEach, 0);
  if (rc != SQLITE_OK) {
    *pzErr = sqlite3_mprintf("%s: llm: %s", zFunc, sqlite3_errmsg(db));
    llm_desc_free(&d);
    return rc;
  }
  /* whole rows: value k of each column is for row k */
  rc = llm_fetch_rows(cfg, db, &d.t, (int)(nRows > 0x7fffffff ? 0x7fffffff : nRows), &res, pzErr);
  llm_stats_take(pStats, &res.stats);
  pStats->nRowsAsked = nRows;
  pStats->nRowsGot = res.nRow;
  if (rc != SQLITE_OK && rc != SQLITE_NOMEM && cfg->eOnError == LLM_ONERROR_OFFLINE) {
    /* on_error "offline": the rows that came are used, the others made offline */
    pStats->zFallback = sqlite3_mprintf("%s", *pzErr ? *pzErr : "");
    sqlite3_free(*pzErr);
    *pzErr = 0;
    rc = pStats->zFallback ? SQLITE_OK : SQLITE_NOMEM;
  }
  if (rc == SQLITE_OK) {
    aRow = sqlite3_malloc64(sizeof(SydaVal) * (sqlite3_uint64)d.nCol);
    aVal = sqlite3_malloc64(sizeof(SydaVal) * (sqlite3_uint64)d.nCol * (sqlite3_uint64)(res.nRow + 1));
    if (aRow == 0 || aVal == 0) rc = SQLITE_NOMEM;
  }
  for (k = 0; rc == SQLITE_OK && k < res.nRow; k++) {
    rc = llm_row_values(pEach, res.azRow[k], &d, aRow);
    for (j = 0; j < d.nCol; j++) {
      if (rc == SQLITE_OK) aVal[(i64)j * res.nRow + k] = aRow[j];
      else val_clear(&aRow[j]);
    }
    if (rc != SQLITE_OK) {
      /* free what was kept so far */
      i64 q;
      for (q = 0; q < k; q++) {
        for (j = 0; j < d.nCol; j++)
          val_clear(&aVal[(i64)j * res.nRow + q]);
      }
      sqlite3_free(aVal);
      aVal = 0;
    }
  }
  for (j = 0; aVal && j < d.nCol && rc == SQLITE_OK; j++) {
    SydaVal *aCol = &aVal[(i64)j * res.nRow];
    if (d.aCol[j].isUnique) rc = llm_drop_existing(db, row_table(g), d.aCol[j].zName, aCol, res.nRow);
    if (rc == SQLITE_OK) rc = row_set_provided(g, d.aiCol[j], ROWPROV_ROWS, res.nRow, aCol);
  }
  if (aVal) {
    for (k = 0; k < (i64)d.nCol * res.nRow; k++)
      val_clear(&aVal[k]);
  }
  sqlite3_free(aVal);
  sqlite3_free(aRow);
  llm_result_clear(&res);
  if (rc != SQLITE_OK && rc != SQLITE_NOMEM && cfg->eOnError == LLM_ONERROR_OFFLINE) {
    /* on_error "offline": the fill goes on with offline values */
    rc = llm_fall_back(g, &d, pStats, *pzErr);
    sqlite3_free(*pzErr);
    *pzErr = 0;
  }
  sqlite3_finalize(pEach);
  llm_desc_free(&d);
  return rc;
}

/* ---- syda_prompt(spec, T) ------------------------------------------------- */

static void fn_prompt(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  sqlite3 *db = sqlite3_context_db_handle(ctx);
  const char *zTab = (const char *)sqlite3_value_text(argv[1]);
  Spec *s = 0;
  LlmConfig *cfg = 0;
  SchemaTable *t = 0;
  RowGen *g = 0;
  RowOptions o;
  LlmDesc d;
  char *zErr = 0, *zBody = 0;
  int rc, nRows = 0, nPart = 1;
  i64 nTotal;
  (void)argc;
  memset(&d, 0, sizeof(d));
  if (sqlite3_value_type(argv[0]) != SQLITE_TEXT && sqlite3_value_type(argv[0]) != SQLITE_BLOB) {
    sqlite3_result_error(ctx, "syda_prompt: the first argument must be a JSON spec with an \"llm\" object", -1);
    return;
  }
  rc = spec_parse(db, "syda_prompt", (const char *)sqlite3_value_text(argv[0]), &s, &zErr);
  if (rc == SQLITE_OK && s->zLlm == 0) {
    zErr = sqlite3_mprintf("syda_prompt: the spec has no \"llm\" object");
    rc = SQLITE_ERROR;
  }
  if (rc == SQLITE_OK) rc = llm_config_parse(db, "syda_prompt", s->zLlm, &cfg, &zErr);
  if (rc == SQLITE_OK) {
    rc = schema_table_load(db, 0, zTab ? zTab : "", &t, &zErr);
    if (rc != SQLITE_OK) {
      char *z = sqlite3_mprintf("syda_prompt: %s", zErr);
      sqlite3_free(zErr);
      zErr = z;
    }
  }
  if (rc == SQLITE_OK) {
    const SpecTable *st = spec_table(s, t->zName);
    row_options_init(&o, "syda_prompt");
    o.seed = s->seed;
    o.zLocale = s->zLocale;
    rc = row_compile(db, t, st, &o, &g, &zErr);
    if (rc == SQLITE_OK) {
      llm_desc_build(db, cfg, g, st, &d);
      /* the first of the requests of the table's rows */
      nTotal = st && st->nRows >= 0 ? st->nRows : s->nRows;
      nRows = nTotal < cfg->nBatch ? (int)nTotal : cfg->nBatch;
      nPart = nTotal > 0 ? (int)((nTotal + cfg->nBatch - 1) / cfg->nBatch) : 1;
      if (d.nCol == 0) {
        zErr = sqlite3_mprintf("syda_prompt: table \"%s\" has no column that the model would write", t->zName);
        rc = SQLITE_ERROR;
      } else if (cfg->eStrategy == LLM_STRATEGY_VOCAB) {
        /* one request per column: their bodies as a JSON array */
        sqlite3_str *b = sqlite3_str_new(db);
        int j;
        sqlite3_str_appendchar(b, 1, '[');
        for (j = 0; j < d.nCol; j++) {
          char *z = llm_vocab_request_body(cfg, &d.t, j, cfg->nVocab);
          sqlite3_str_appendf(b, "%s%s", j ? ", " : "", z ? z : "");
          if (z == 0) rc = SQLITE_NOMEM;
          sqlite3_free(z);
        }
        sqlite3_str_appendchar(b, 1, ']');
        zBody = sqlite3_str_finish(b);
        if (zBody == 0) rc = SQLITE_NOMEM;
      } else {
        zBody = llm_request_body(cfg, &d.t, nRows, nPart);
        if (zBody == 0) rc = SQLITE_NOMEM;
      }
    }
  }
  if (rc == SQLITE_OK) {
    sqlite3_result_text(ctx, zBody, -1, sqlite3_free);
    zBody = 0;
  } else if (rc == SQLITE_NOMEM && zErr == 0) {
    sqlite3_result_error_nomem(ctx);
  } else {
    sqlite3_result_error(ctx, zErr ? zErr : "syda_prompt: failed", -1);
  }
  sqlite3_free(zBody);
  sqlite3_free(zErr);
  llm_desc_free(&d);
  row_free(g);
  schema_table_free(t);
  llm_config_free(cfg);
  spec_free(s);
}

int syda_prompt_register(sqlite3 *db) {
  return sqlite3_create_function(db, "syda_prompt", 2, SQLITE_UTF8 | SQLITE_DIRECTONLY, 0, fn_prompt, 0, 0);
}
