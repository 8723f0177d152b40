/*
** fill.c — syda_fill and syda_plan.
**
**     SELECT syda_fill('{"seed": 42, "tables": {"customers": 100, "orders": 300}}');
**     SELECT syda_fill('customers', 100);
**     SELECT syda_plan('{"tables": {"orders": 300}}');   -- the decisions, no writes
**
** syda_fill writes every table of the plan (plan.c) parents first, inside
** one SAVEPOINT: any error rolls back to it, so the database is exactly as
** it was.  Rows come from row.c through one prepared INSERT per table.
** Foreign keys broken to get out of a cycle are set by UPDATE at the end,
** or checked at commit (PRAGMA defer_foreign_keys) when they were predicted.
** Then a parent's total becomes the sum of its lines (fill_totals.c: an
** order's total_amount, its order_items' quantity x unit_price).
** It returns a JSON report of what it did.
**
** With an "llm" object in the spec, each table's text-like columns are
** first asked of a language model (fill_llm.c) and handed to the
** generator as proposed values; the report counts what the model supplied.
*/
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "fill_llm.h"
#include "fill_totals.h"
#include "plan.h"
#include "register.h"
#include "row.h"
#include "spec.h"
#include "sqltok.h"
#include "value.h"
SQLITE_EXTENSION_INIT3

#define FILL_SAVEPOINT "syda_fill"

typedef struct FillTable {
  RowGen *pGen;
  i64 nFkBad; /* rows breaking foreign keys before the fill (deferred check) */
  i64 nRows; /* inserted */
  double rMs;
  i64 *aRowid;         /* rowids written, for the UPDATE pass (or NULL) */
  int nPk;             /* WITHOUT ROWID: primary key columns, and */
  i64 nPkRows;         /* rows aPk has room for, and */
  int *aiPkOut;        /* their places in the row, and */
  SydaVal *aPk;        /* the keys written (nRows * nPk), for the UPDATE pass */
  int needUpdate;      /* some FK is ROWFK_NULL */
  RowGen **aPredict;   /* ROWFK_PREDICT parents' generators, by FK; the */
  i64 *anPredict;      /* RowGen refers to these arrays, so they live as */
  i64 *anPredictStart; /* long as it does */
  FillLlmStats llm;    /* LLM mode: requests, rows asked and got */
  RowProvStats prov;   /* LLM mode: values supplied, repaired, made offline */
  const FillTotal *pTotal; /* its total is the sum of its lines (fill_totals.c), or NULL */
  int keepKeys;            /* ... and rows were there before: keep the keys written */
  i64 nTotalSet;           /* rows whose total was set from their lines */
  char *zTotalWhy;         /* the UPDATE failed and changed nothing: why */
} FillTable;

typedef struct Fill {
  sqlite3 *db;
  const char *zFunc;
  Spec *pSpec;
  Plan *pPlan;
  LlmConfig *pLlm; /* the LLM mode, or NULL */
  FillTable *aFill;
  FillTotal *aTotal; /* parents whose total may be the sum of their lines */
  int nTotal;
  int bProgress; /* print progress lines */
  double rStart; /* ms */
  double rLastPrint;
  char *zErr;
} Fill;

static double fill_now_ms(sqlite3 *db) {
  sqlite3_vfs *v = sqlite3_vfs_find(0);
  sqlite3_int64 t = 0;
  (void)db;
  if (v && v->iVersion >= 2 && v->xCurrentTimeInt64) v->xCurrentTimeInt64(v, &t);
  return (double)t;
}

static int fill_exec(Fill *f, const char *zSql) {
  int rc = sqlite3_exec(f->db, zSql, 0, 0, 0);
  if (rc != SQLITE_OK && f->zErr == 0) f->zErr = sqlite3_mprintf("%s: %s", f->zFunc, sqlite3_errmsg(f->db));
  return rc;
}

/* Is a statement that writes running?  Then this call sits inside it. */
static int fill_inside_write(sqlite3 *db) {
  sqlite3_stmt *p = 0;
  while ((p = sqlite3_next_stmt(db, p)) != 0) {
    if (sqlite3_stmt_busy(p) && !sqlite3_stmt_readonly(p)) return 1;
  }
  return 0;
}

static void fill_progress(Fill *f, const char *zTable, i64 n, i64 nTotal, int bDone) {
  double now = fill_now_ms(f->db);
  if (f->bProgress < 0) {
    /* automatic: a terminal, and only once the fill has taken a second */
    if (!isatty(2) || now - f->rStart < 1000) return;
  } else if (f->bProgress == 0) {
    return;
  }
  if (!bDone && now - f->rLastPrint < 1000) return;
  f->rLastPrint = now;
  if (bDone) {
    fprintf(stderr, "%s: %s: %lld rows (%.1f s)\n", f->zFunc, zTable, (long long)n,
            (now - f->rStart) / 1000.0);
  } else {
    fprintf(stderr, "%s: %s: %lld of %lld rows\n", f->zFunc, zTable, (long long)n, (long long)nTotal);
  }
  fflush(stderr);
}

/* Generators for every table, parents of predicted keys first. */
static int fill_compile(Fill *f) {
  Plan *p = f->pPlan;
  int i, k, rc = SQLITE_OK;
  for (i = p->nTable - 1; i >= 0 && rc == SQLITE_OK; i--) {
    PlanTable *x = &p->aTable[i];
    RowOptions o;
    row_options_init(&o, f->zFunc);
    o.seed = f->pSpec->seed;
    o.zLocale = f->pSpec->zLocale;
    o.nFk = x->pTab->nFk;
    o.aeFk = x->aeFk;
    o.iPerFk = x->iPerFk;
    if (x->pSpec && x->pSpec->zPer) {
      o.perMin = x->pSpec->perMin;
      o.perMax = x->pSpec->perMax;
      o.perDist = x->pSpec->ePerDist;
    }
    for (k = 0; k < x->pTab->nFk && rc == SQLITE_OK; k++) {
      FillTable *ft = &f->aFill[i];
      int iPar = x->aiParent[k];
      if (x->aeFk[k] == ROWFK_NULL) ft->needUpdate = 1;
      if (x->aeFk[k] != ROWFK_PREDICT) continue;
      if (ft->aPredict == 0) {
        ft->aPredict = sqlite3_malloc64(sizeof(RowGen *) * (sqlite3_uint64)x->pTab->nFk);
        ft->anPredict = sqlite3_malloc64(sizeof(i64) * (sqlite3_uint64)x->pTab->nFk);
        ft->anPredictStart = sqlite3_malloc64(sizeof(i64) * (sqlite3_uint64)x->pTab->nFk);
        if (!ft->aPredict || !ft->anPredict || !ft->anPredictStart) {
          rc = SQLITE_NOMEM;
          break;
        }
        memset(ft->aPredict, 0, sizeof(RowGen *) * (size_t)x->pTab->nFk);
      }
      ft->aPredict[k] = f->aFill[iPar].pGen;
      ft->anPredict[k] = p->aTable[iPar].nRows;
      rc = row_default_start(ft->aPredict[k], &ft->anPredictStart[k], &f->zErr);
    }
    o.aPredict = f->aFill[i].aPredict;
    o.anPredict = f->aFill[i].anPredict;
    o.anPredictStart = f->aFill[i].anPredictStart;
    if (rc == SQLITE_OK) rc = row_compile(f->db, x->pTab, x->pSpec, &o, &f->aFill[i].pGen, &f->zErr);
  }
  return rc;
}

static void fill_pk_free(FillTable *ft) {
  i64 k;
  for (k = 0; ft->aPk && k < ft->nPkRows * ft->nPk; k++)
    val_clear(&ft->aPk[k]);
  sqlite3_free(ft->aPk);
  sqlite3_free(ft->aiPkOut);
  ft->aPk = 0;
  ft->aiPkOut = 0;
  ft->nPk = 0;
  ft->nPkRows = 0;
}

/*
** A WITHOUT ROWID table whose foreign keys are set after the insert: the
** UPDATE finds each row by its primary key, so keep the keys written.
*/
static int fill_pk_init(FillTable *ft, const SchemaTable *t, RowGen *g, i64 n) {
  int i, k, nCol = row_ncol(g);
  fill_pk_free(ft);
  for (i = 0; i < t->nCol; i++)
    if (t->aCol[i].iPk > 0) ft->nPk++;
  ft->aiPkOut = sqlite3_malloc64(sizeof(int) * (sqlite3_uint64)(ft->nPk + 1));
  ft->aPk = sqlite3_malloc64(sizeof(SydaVal) * (sqlite3_uint64)(n * ft->nPk + 1));
  if (ft->aiPkOut == 0 || ft->aPk == 0) return SQLITE_NOMEM;
  memset(ft->aPk, 0, sizeof(SydaVal) * (size_t)(n * ft->nPk + 1));
  ft->nPkRows = n;
  for (i = 0; i < t->nCol; i++) {
    if (t->aCol[i].iPk <= 0) continue;
    ft->aiPkOut[t->aCol[i].iPk - 1] = -1;
    for (k = 0; k < nCol; k++)
      if (row_colidx(g, k) == i) ft->aiPkOut[t->aCol[i].iPk - 1] = k;
  }
  for (i = 0; i < ft->nPk; i++)
    if (ft->aiPkOut[i] < 0) return SQLITE_ERROR;
  return SQLITE_OK;
}

static void fill_free(Fill *f) {
  int i;
  for (i = 0; f->aFill && i < f->pPlan->nTable; i++) {
    row_free(f->aFill[i].pGen);
    sqlite3_free(f->aFill[i].aRowid);
    fill_pk_free(&f->aFill[i]);
    sqlite3_free(f->aFill[i].aPredict);
    sqlite3_free(f->aFill[i].anPredict);
    sqlite3_free(f->aFill[i].anPredictStart);
    sqlite3_free(f->aFill[i].llm.zFallback);
    sqlite3_free(f->aFill[i].zTotalWhy);
  }
  fill_totals_free(f->aTotal, f->nTotal);
  llm_config_free(f->pLlm);
  sqlite3_free(f->aFill);
  plan_free(f->pPlan);
  spec_free(f->pSpec);
  sqlite3_free(f->zErr);
}

/* Insert the rows of table i. */
static int fill_table(Fill *f, int i) {
  PlanTable *x = &f->pPlan->aTable[i];
  FillTable *ft = &f->aFill[i];
  RowGen *g = ft->pGen;
  const SchemaTable *t = x->pTab;
  sqlite3_stmt *pIns = 0;
  sqlite3_str *s;
  char *zSql;
  i64 iRow, iStart, n;
  int k, nCol, rc;
  double t0 = fill_now_ms(f->db);

  rc = row_begin(g, -1, x->nRows, &f->zErr);
  if (rc != SQLITE_OK) return rc;
  iStart = row_start(g);
  n = row_count(g);
  x->nRows = n;
  if (f->pLlm && f->pLlm->eStrategy == LLM_STRATEGY_ROWS) {
    rc = fill_llm_rows(f->db, f->zFunc, f->pLlm, g, x->pSpec, n, &ft->llm, &f->zErr);
    if (rc != SQLITE_OK) return rc;
  }
  nCol = row_ncol(g);
  s = sqlite3_str_new(f->db);
  sqlite3_str_appendf(s, "INSERT INTO \"%w\".\"%w\"(", t->zDb, t->zName);
  for (k = 0; k < nCol; k++)
    sqlite3_str_appendf(s, "%s\"%w\"", k ? ", " : "", t->aCol[row_colidx(g, k)].zName);
  sqlite3_str_appendall(s, ") VALUES (");
  for (k = 0; k < nCol; k++)
    sqlite3_str_appendf(s, "%s?", k ? ", " : "");
  sqlite3_str_appendall(s, ")");
  zSql = sqlite3_str_finish(s);
  if (zSql == 0) return SQLITE_NOMEM;
  rc = sqlite3_prepare_v2(f->db, zSql, -1, &pIns, 0);
  sqlite3_free(zSql);
  if (rc != SQLITE_OK) {
    f->zErr = sqlite3_mprintf("%s: table \"%s\": %s", f->zFunc, t->zName, sqlite3_errmsg(f->db));
    return rc;
  }
  sqlite3_free(ft->aRowid);
  ft->aRowid = 0;
  if ((ft->needUpdate || ft->keepKeys) && n > 0 && !t->withoutRowid) {
    ft->aRowid = sqlite3_malloc64(sizeof(i64) * (sqlite3_uint64)n);
    if (ft->aRowid == 0) {
      sqlite3_finalize(pIns);
      return SQLITE_NOMEM;
    }
  } else if ((ft->needUpdate || ft->keepKeys) && n > 0) {
    rc = fill_pk_init(ft, t, g, n);
    if (rc != SQLITE_OK) {
      if (rc != SQLITE_NOMEM) {
        f->zErr = sqlite3_mprintf("%s: table \"%s\": cannot find its primary key among the columns written",
                                  f->zFunc, t->zName);
      }
      sqlite3_finalize(pIns);
      return rc;
    }
  }
  for (iRow = 0; iRow < n; iRow++) {
    const SydaVal *a;
    RowProvStats before;
    if (ft->llm.isUsed) row_provided_stats(g, &before);
    rc = row_next(g, iStart + iRow, &f->zErr);
    if (rc != SQLITE_OK) break;
    a = row_values(g);
    for (k = 0; k < nCol; k++)
      val_bind(pIns, k + 1, &a[k]);
    rc = sqlite3_step(pIns);
    if (rc == SQLITE_CONSTRAINT && ft->llm.isUsed) {
      /* a value the model proposed is already in the table (made offline
      ** for an earlier row): make this row without the model's values */
      sqlite3_reset(pIns);
      before.nOffline += ft->llm.nCol;
      row_provided_stats_set(g, &before);
      row_prov_pause(g, 1);
      rc = row_next(g, iStart + iRow, &f->zErr);
      row_prov_pause(g, 0);
      if (rc != SQLITE_OK) break;
      a = row_values(g);
      for (k = 0; k < nCol; k++)
        val_bind(pIns, k + 1, &a[k]);
      rc = sqlite3_step(pIns);
    }
    if (rc != SQLITE_DONE) {
      f->zErr = sqlite3_mprintf("%s: table \"%s\": row %lld: %s", f->zFunc, t->zName,
                                (long long)(iStart + iRow), sqlite3_errmsg(f->db));
      sqlite3_reset(pIns);
      break;
    }
    rc = sqlite3_reset(pIns);
    if (ft->aRowid) ft->aRowid[iRow] = sqlite3_last_insert_rowid(f->db);
    for (k = 0; ft->aPk && k < ft->nPk && rc == SQLITE_OK; k++) {
      rc = val_copy(&ft->aPk[iRow * ft->nPk + k], &a[ft->aiPkOut[k]]);
    }
    if ((iRow & 0xffff) == 0xffff) fill_progress(f, t->zName, iRow + 1, n, 0);
  }
  sqlite3_finalize(pIns);
  if (rc != SQLITE_OK) return rc == SQLITE_DONE ? SQLITE_OK : SQLITE_ERROR;
  ft->nRows = n;
  if (ft->llm.isUsed) row_provided_stats(g, &ft->prov);
  ft->rMs = fill_now_ms(f->db) - t0;
  fill_progress(f, t->zName, n, n, 1);
  return SQLITE_OK;
}

/* The vocab strategy: the pools of every table's model-written columns,
** asked for together before the first row. */
static int fill_vocab(Fill *f) {
  int n = f->pPlan->nTable, i, rc;
  RowGen **apGen = sqlite3_malloc64((sizeof(RowGen *) + sizeof(SpecTable *) + sizeof(FillLlmStats *)) * (size_t)(n + 1));
  const SpecTable **apSpec = (const SpecTable **)&apGen[n + 1];
  FillLlmStats **apStats = (FillLlmStats **)&apSpec[n + 1];
  if (apGen == 0) return SQLITE_NOMEM;
  for (i = 0; i < n; i++) {
    apGen[i] = f->aFill[i].pGen;
    apSpec[i] = f->pPlan->aTable[i].pSpec;
    apStats[i] = &f->aFill[i].llm;
  }
  rc = fill_llm_vocab(f->db, f->zFunc, f->pLlm, n, apGen, apSpec, apStats, &f->zErr);
  sqlite3_free(apGen);
  return rc;
}

/* Set the foreign keys that were left NULL to break a cycle. */
static int fill_updates(Fill *f, int i) {
  PlanTable *x = &f->pPlan->aTable[i];
  FillTable *ft = &f->aFill[i];
  const SchemaTable *t = x->pTab;
  int k, j, rc = SQLITE_OK;
  i64 iRow, iStart = row_start(ft->pGen);
  for (k = 0; k < t->nFk && rc == SQLITE_OK; k++) {
    const SchemaFk *fk = &t->aFk[k];
    sqlite3_stmt *pUp = 0;
    sqlite3_str *s;
    char *zSql;
    if (x->aeFk[k] != ROWFK_NULL) continue;
    s = sqlite3_str_new(f->db);
    sqlite3_str_appendf(s, "UPDATE \"%w\".\"%w\" SET ", t->zDb, t->zName);
    for (j = 0; j < fk->nCol; j++)
      sqlite3_str_appendf(s, "%s\"%w\" = ?%d", j ? ", " : "", t->aCol[fk->aiCol[j]].zName, j + 1);
    if (ft->aPk) {
      /* WITHOUT ROWID: by the primary key written */
      int q;
      sqlite3_str_appendall(s, " WHERE ");
      for (q = 0; q < ft->nPk; q++) {
        sqlite3_str_appendf(s, "%s\"%w\" = ?%d", q ? " AND " : "", t->aCol[row_colidx(ft->pGen, ft->aiPkOut[q])].zName,
                            fk->nCol + 1 + q);
      }
    } else {
      sqlite3_str_appendf(s, " WHERE rowid = ?%d", fk->nCol + 1);
    }
    zSql = sqlite3_str_finish(s);
    if (zSql == 0) return SQLITE_NOMEM;
    rc = sqlite3_prepare_v2(f->db, zSql, -1, &pUp, 0);
    sqlite3_free(zSql);
    if (rc != SQLITE_OK) {
      f->zErr = sqlite3_mprintf("%s: table \"%s\": %s", f->zFunc, t->zName, sqlite3_errmsg(f->db));
      return rc;
    }
    for (iRow = 0; iRow < ft->nRows && rc == SQLITE_OK; iRow++) {
      SydaVal *aKey = 0;
      rc = row_fk_value(ft->pGen, k, iStart + iRow, &aKey, &f->zErr);
      if (rc != SQLITE_OK) break;
      for (j = 0; j < fk->nCol; j++)
        val_bind(pUp, j + 1, &aKey[j]);
      if (ft->aPk) {
        int q;
        for (q = 0; q < ft->nPk; q++)
          val_bind(pUp, fk->nCol + 1 + q, &ft->aPk[iRow * ft->nPk + q]);
      } else {
        sqlite3_bind_int64(pUp, fk->nCol + 1, ft->aRowid[iRow]);
      }
      if (sqlite3_step(pUp) != SQLITE_DONE) {
        f->zErr = sqlite3_mprintf("%s: table \"%s\": %s", f->zFunc, t->zName, sqlite3_errmsg(f->db));
        rc = SQLITE_ERROR;
      }
      sqlite3_reset(pUp);
    }
    sqlite3_finalize(pUp);
  }
  return rc;
}

/* Table i's total from its lines, on the rows this fill wrote. */
static int fill_totals(Fill *f, int i) {
  FillTable *ft = &f->aFill[i];
  FillNewRows w;
  memset(&w, 0, sizeof(w));
  w.n = ft->nRows;
  w.bAll = !ft->keepKeys;
  w.aRowid = ft->aRowid;
  w.nPk = ft->nPk;
  w.aPk = ft->aPk;
  return fill_totals_apply(f->db, f->zFunc, f->pPlan, ft->pTotal, &w, &ft->nTotalSet, &ft->zTotalWhy, &f->zErr);
}

/*
** Rows of table i that break a foreign key, and the first such parent.
** Only the fill's own tables are looked at: rows elsewhere that broke a key
** before (written with foreign_keys off) are not this fill's doing.
*/
static int fill_fk_bad(Fill *f, int i, i64 *pn, char **pzParent) {
  const SchemaTable *t = f->pPlan->aTable[i].pTab;
  sqlite3_stmt *p = 0;
  int rc = sqlite3_prepare_v2(f->db, "SELECT parent FROM pragma_foreign_key_check(?1, ?2)", -1, &p, 0);
  *pn = 0;
  if (rc == SQLITE_OK) {
    sqlite3_bind_text(p, 1, t->zName, -1, SQLITE_STATIC);
    sqlite3_bind_text(p, 2, t->zDb, -1, SQLITE_STATIC);
    while ((rc = sqlite3_step(p)) == SQLITE_ROW) {
      if (*pn == 0 && pzParent) *pzParent = sqlite3_mprintf("%s", sqlite3_column_text(p, 0));
      ++*pn;
    }
    rc = sqlite3_finalize(p);
  }
  if (rc != SQLITE_OK && f->zErr == 0) {
    f->zErr = sqlite3_mprintf("%s: table \"%s\": %s", f->zFunc, t->zName, sqlite3_errmsg(f->db));
  }
  return rc;
}

/* With foreign keys deferred, nothing checks them until the commit: do it
** before the savepoint is released, counting only what the fill added. */
static int fill_fk_verify(Fill *f) {
  int i, rc = SQLITE_OK;
  for (i = 0; i < f->pPlan->nTable && rc == SQLITE_OK; i++) {
    i64 n = 0;
    char *zParent = 0;
    rc = fill_fk_bad(f, i, &n, &zParent);
    if (rc == SQLITE_OK && n > f->aFill[i].nFkBad) {
      f->zErr = sqlite3_mprintf("%s: table \"%s\": %lld rows would break the foreign key to \"%s\"; nothing was written",
                                f->zFunc, f->pPlan->aTable[i].pTab->zName, (long long)(n - f->aFill[i].nFkBad),
                                zParent ? zParent : "?");
      rc = SQLITE_CONSTRAINT;
    }
    sqlite3_free(zParent);
  }
  return rc;
}

static void json_name(SydaBuf *b, const char *z) {
  buf_json_string(b, z, (int)strlen(z));
}

/* "llm": what the model was asked and what became of its values. */
static void fill_report_llm(SydaBuf *b, const FillTable *ft) {
  const FillLlmStats *l = &ft->llm;
  buf_str(b, ",\"llm\":{\"requests\":");
  buf_int(b, l->nRequest);
  buf_str(b, ",\"retries\":");
  buf_int(b, l->nRetry);
  buf_str(b, ",\"cached\":");
  buf_int(b, l->nCached);
  if (l->nRowsAsked > 0) {
    buf_str(b, ",\"rows_asked\":");
    buf_int(b, l->nRowsAsked);
    buf_str(b, ",\"rows_got\":");
    buf_int(b, l->nRowsGot);
  }
  buf_str(b, ",\"values\":{\"supplied\":");
  buf_int(b, ft->prov.nSupplied);
  buf_str(b, ",\"repaired\":");
  buf_int(b, ft->prov.nRepaired);
  buf_str(b, ",\"offline\":");
  buf_int(b, ft->prov.nOffline);
  buf_putc(b, '}');
  if (l->zFallback) {
    buf_str(b, ",\"fallback\":");
    json_name(b, l->zFallback);
  }
  buf_putc(b, '}');
}

/* "totals": which column, from which lines, rows set and rows that kept
** their value (the sum broke a CHECK, or the UPDATE failed: "not_set"). */
static void fill_report_totals(SydaBuf *b, const Plan *p, const FillTable *ft) {
  const FillTotal *t = ft->pTotal;
  const char *z = p->aTable[t->iParent].pTab->aCol[t->iCol].zName;
  i64 nKept = ft->nRows - ft->nTotalSet;
  buf_str(b, ",\"totals\":{\"column\":");
  json_name(b, z);
  buf_str(b, ",\"lines\":");
  plan_json_name(b, p->aTable[t->iChild].pTab);
  if (t->iMid >= 0) {
    buf_str(b, ",\"through\":");
    plan_json_name(b, p->aTable[t->iMid].pTab);
  }
  fill_totals_also_json(b, p, t);
  buf_str(b, ",\"set\":");
  buf_int(b, ft->nTotalSet);
  buf_str(b, ",\"kept\":");
  buf_int(b, nKept > 0 ? nKept : 0);
  if (ft->zTotalWhy) {
    buf_str(b, ",\"not_set\":");
    json_name(b, ft->zTotalWhy);
  }
  buf_putc(b, '}');
}

static char *fill_report(Fill *f, double rMs) {
  Plan *p = f->pPlan;
  SydaBuf b = {0, 0, 0, 0};
  static const char *azMode[] = {"append", "replace", "fail"};
  int i, nAdded = 0;
  buf_str(&b, "{\"seed\":");
  buf_int(&b, f->pSpec->seed);
  buf_str(&b, ",\"mode\":\"");
  buf_str(&b, azMode[f->pSpec->eMode]);
  buf_str(&b, "\",\"order\":[");
  for (i = 0; i < p->nTable; i++) {
    if (i) buf_putc(&b, ',');
    plan_json_name(&b, p->aTable[i].pTab);
  }
  buf_str(&b, "],\"tables\":{");
  for (i = 0; i < p->nTable; i++) {
    if (i) buf_putc(&b, ',');
    plan_json_name(&b, p->aTable[i].pTab);
    buf_str(&b, ":{\"rows\":");
    buf_int(&b, f->aFill[i].nRows);
    buf_str(&b, ",\"ms\":");
    buf_fixed(&b, f->aFill[i].rMs, 0);
    if (p->aTable[i].isAdded) buf_str(&b, ",\"added\":true");
    if (f->aFill[i].llm.isUsed) fill_report_llm(&b, &f->aFill[i]);
    if (f->aFill[i].pTotal) fill_report_totals(&b, p, &f->aFill[i]);
    buf_putc(&b, '}');
  }
  buf_str(&b, "},\"parents_added\":[");
  for (i = 0; i < p->nTable; i++) {
    if (!p->aTable[i].isAdded) continue;
    if (nAdded++) buf_putc(&b, ',');
    buf_str(&b, "{\"table\":");
    plan_json_name(&b, p->aTable[i].pTab);
    buf_str(&b, ",\"needed_by\":");
    json_name(&b, p->aTable[i].zAddedFor);
    buf_putc(&b, '}');
  }
  buf_str(&b, "],\"cycles_broken\":[");
  for (i = 0; i < p->nCycle; i++) {
    if (i) buf_putc(&b, ',');
    buf_str(&b, p->azCycle[i]);
  }
  buf_str(&b, "],\"rows\":");
  {
    i64 nTotal = 0;
    for (i = 0; i < p->nTable; i++)
      nTotal += f->aFill[i].nRows;
    buf_int(&b, nTotal);
  }
  buf_str(&b, ",\"ms\":");
  buf_fixed(&b, rMs, 0);
  buf_putc(&b, '}');
  if (b.oom) {
    buf_free(&b);
    return 0;
  }
  return b.z;
}

/* Is there a table of exactly this name in some schema of db? */
static int fill_table_named(sqlite3 *db, const char *zName) {
  sqlite3_stmt *p = 0;
  int found = 0;
  if (sqlite3_prepare_v2(db, "SELECT 1 FROM pragma_table_list WHERE name = ?1", -1, &p, 0) == SQLITE_OK) {
    sqlite3_bind_text(p, 1, zName, -1, SQLITE_STATIC);
    found = sqlite3_step(p) == SQLITE_ROW;
  }
  sqlite3_finalize(p);
  return found;
}

/* Parse the arguments: (spec) or (table, n). */
static int fill_args(sqlite3_context *ctx, const char *zFunc, int argc, sqlite3_value **argv, Spec **pp,
                     char **pzErr) {
  sqlite3 *db = sqlite3_context_db_handle(ctx);
  if (argc == 2) {
    SydaBuf b = {0, 0, 0, 0};
    const char *zTab = (const char *)sqlite3_value_text(argv[0]);
    char *zName = 0;
    i64 nRows = -1;
    int rc;
    if (sqlite3_value_type(argv[0]) != SQLITE_TEXT) {
      *pzErr = sqlite3_mprintf("%s: the first argument must be a table name", zFunc);
      return SQLITE_ERROR;
    }
    /* a whole number, also as a real with no fraction (10.0) */
    if (!val_whole(argv[1], &nRows) || nRows < 0) {
      *pzErr = sqlite3_mprintf("%s: the second argument must be a whole number of rows >= 0", zFunc);
      return SQLITE_ERROR;
    }
    /* a name quoted as in SQL ('"order items"') when no table has it as is */
    if (zTab[0] && strchr("\"`[", zTab[0]) && !fill_table_named(db, zTab)) {
      zName = sqltok_dequote(zTab);
      if (zName == 0) return SQLITE_NOMEM;
      zTab = zName;
    }
    buf_str(&b, "{\"tables\":{");
    buf_json_string(&b, zTab, (int)strlen(zTab));
    buf_putc(&b, ':');
    buf_int(&b, nRows);
    buf_str(&b, "}}");
    sqlite3_free(zName);
    if (b.oom) {
      buf_free(&b);
      return SQLITE_NOMEM;
    }
    rc = spec_parse(db, zFunc, b.z, pp, pzErr);
    buf_free(&b);
    return rc;
  }
  /* text, or a blob such as readfile('spec.json') gives */
  if (sqlite3_value_type(argv[0]) != SQLITE_TEXT && sqlite3_value_type(argv[0]) != SQLITE_BLOB) {
    *pzErr = sqlite3_mprintf("%s: the argument must be a JSON spec (text), such as '{\"rows\": 10}'", zFunc);
    return SQLITE_ERROR;
  }
  return spec_parse(db, zFunc, (const char *)sqlite3_value_text(argv[0]), pp, pzErr);
}

static void fill_run(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  sqlite3 *db = sqlite3_context_db_handle(ctx);
  Fill f;
  int rc, i, inSavepoint = 0, deferOld = 0;
  char *zReport = 0;
  memset(&f, 0, sizeof(f));
  f.db = db;
  f.zFunc = "syda_fill";
  f.rStart = f.rLastPrint = fill_now_ms(db);

  if (fill_inside_write(db)) {
    sqlite3_result_error(
        ctx,
        "syda_fill: call it from a top-level SELECT, not from inside INSERT, UPDATE or DELETE: "
        "SELECT syda_fill('{...}')",
        -1);
    return;
  }
  rc = fill_args(ctx, f.zFunc, argc, argv, &f.pSpec, &f.zErr);
  if (rc == SQLITE_OK && f.pSpec->zLlm) rc = llm_config_parse(db, f.zFunc, f.pSpec->zLlm, &f.pLlm, &f.zErr);
  if (rc == SQLITE_OK && f.pLlm) rc = llm_check_key(f.pLlm, &f.zErr);
  if (rc == SQLITE_OK) rc = plan_build(db, f.zFunc, f.pSpec, &f.pPlan, &f.zErr);
  if (rc == SQLITE_OK) {
    f.bProgress = f.pSpec->eProgress;
    f.aFill = sqlite3_malloc64(sizeof(FillTable) * (sqlite3_uint64)(f.pPlan->nTable + 1));
    if (f.aFill == 0)
      rc = SQLITE_NOMEM;
    else
      memset(f.aFill, 0, sizeof(FillTable) * (size_t)(f.pPlan->nTable + 1));
  }
  if (rc == SQLITE_OK) rc = fill_totals_find(db, f.zFunc, f.pSpec, f.pPlan, &f.aTotal, &f.nTotal, &f.zErr);
  for (i = 0; rc == SQLITE_OK && i < f.nTotal; i++) {
    FillTable *ft = &f.aFill[f.aTotal[i].iParent];
    if (f.aTotal[i].zNotSet) continue;
    ft->pTotal = &f.aTotal[i];
    /* rows of its own before the fill: only the new ones are set */
    ft->keepKeys = f.pPlan->aTable[f.aTotal[i].iParent].nExisting > 0;
  }
  if (rc == SQLITE_OK) {
    rc = fill_exec(&f, "SAVEPOINT " FILL_SAVEPOINT);
    inSavepoint = rc == SQLITE_OK;
  }
  if (rc == SQLITE_OK && (f.pPlan->needDefer || f.pSpec->eMode == MODE_REPLACE)) {
    sqlite3_stmt *p = 0;
    if (sqlite3_prepare_v2(db, "PRAGMA defer_foreign_keys", -1, &p, 0) == SQLITE_OK &&
        sqlite3_step(p) == SQLITE_ROW) {
      deferOld = sqlite3_column_int(p, 0);
    }
    sqlite3_finalize(p);
    rc = fill_exec(&f, "PRAGMA defer_foreign_keys = ON");
    /* rows that break a key already (replace empties its tables first) */
    for (i = 0; rc == SQLITE_OK && i < f.pPlan->nTable; i++) {
      if (f.pPlan->aTable[i].nExisting > 0) rc = fill_fk_bad(&f, i, &f.aFill[i].nFkBad, 0);
    }
  }
  if (rc == SQLITE_OK && f.pSpec->eMode == MODE_REPLACE) {
    /* children first */
    for (i = f.pPlan->nTable - 1; i >= 0 && rc == SQLITE_OK; i--) {
      const SchemaTable *t = f.pPlan->aTable[i].pTab;
      char *zSql = sqlite3_mprintf("DELETE FROM \"%w\".\"%w\"", t->zDb, t->zName);
      rc = zSql ? fill_exec(&f, zSql) : SQLITE_NOMEM;
      sqlite3_free(zSql);
    }
  }
  if (rc == SQLITE_OK) rc = fill_compile(&f);
  if (rc == SQLITE_OK && f.pLlm && f.pLlm->eStrategy == LLM_STRATEGY_VOCAB) rc = fill_vocab(&f);
  for (i = 0; rc == SQLITE_OK && i < f.pPlan->nTable; i++)
    rc = fill_table(&f, i);
  for (i = 0; rc == SQLITE_OK && i < f.pPlan->nTable; i++) {
    if (f.aFill[i].needUpdate) rc = fill_updates(&f, i);
  }
  if (rc == SQLITE_OK && (f.pPlan->needDefer || f.pSpec->eMode == MODE_REPLACE)) rc = fill_fk_verify(&f);
  /* children first: a line's amount may itself be the sum of its own lines */
  for (i = rc == SQLITE_OK ? f.pPlan->nTable - 1 : -1; rc == SQLITE_OK && i >= 0; i--) {
    if (f.aFill[i].pTotal) rc = fill_totals(&f, i);
  }
  if (rc == SQLITE_OK) {
    zReport = fill_report(&f, fill_now_ms(db) - f.rStart);
    if (zReport == 0) rc = SQLITE_NOMEM;
  }
  if (inSavepoint) {
    if (rc != SQLITE_OK) sqlite3_exec(db, "ROLLBACK TO " FILL_SAVEPOINT, 0, 0, 0);
    if (f.pPlan && (f.pPlan->needDefer || f.pSpec->eMode == MODE_REPLACE) && !deferOld) {
      sqlite3_exec(db, "PRAGMA defer_foreign_keys = OFF", 0, 0, 0);
    }
    if (sqlite3_exec(db, "RELEASE " FILL_SAVEPOINT, 0, 0, 0) != SQLITE_OK && rc == SQLITE_OK) {
      f.zErr = sqlite3_mprintf("syda_fill: cannot commit: %s", sqlite3_errmsg(db));
      sqlite3_exec(db, "ROLLBACK TO " FILL_SAVEPOINT, 0, 0, 0);
      sqlite3_exec(db, "RELEASE " FILL_SAVEPOINT, 0, 0, 0);
      rc = SQLITE_ERROR;
    }
  }
  if (rc == SQLITE_OK) {
    sqlite3_result_text(ctx, zReport, -1, sqlite3_free);
    zReport = 0;
  } else if (rc == SQLITE_NOMEM && f.zErr == 0) {
    sqlite3_result_error_nomem(ctx);
  } else {
    sqlite3_result_error(ctx, f.zErr ? f.zErr : "syda_fill: failed", -1);
  }
  sqlite3_free(zReport);
  fill_free(&f);
}

/* ---- syda_plan ------------------------------------------------------------ */

/*
** The connection whose fill this thread is running: an expr of that fill
** that calls syda_fill again would write rows the outer fill does not
** know of.  (A connection's calls run in the thread that holds it.)
*/
static _Thread_local sqlite3 *fillActiveDb;

static void fn_fill(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  sqlite3 *db = sqlite3_context_db_handle(ctx), *dbOuter = fillActiveDb;
  if (dbOuter == db) {
    sqlite3_result_error(ctx,
                         "syda_fill: called from inside another syda_fill (by an expr?): call it once, "
                         "from a top-level SELECT",
                         -1);
    return;
  }
  /* the same call site again in one statement: once per row of a query
  ** (SELECT syda_fill('t', 10) FROM t would go on while t grows) */
  if (sqlite3_get_auxdata(ctx, 0)) {
    sqlite3_result_error(ctx,
                         "syda_fill: called again by the same statement (once per row of a query?): call "
                         "it once, from a top-level SELECT such as SELECT syda_fill('{...}')",
                         -1);
    return;
  }
  fillActiveDb = db;
  fill_run(ctx, argc, argv);
  fillActiveDb = dbOuter;
  sqlite3_set_auxdata(ctx, 0, (void *)&fillActiveDb, 0); /* any non-NULL mark */
}

static void fn_plan(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  sqlite3 *db = sqlite3_context_db_handle(ctx);
  Spec *s = 0;
  Plan *p = 0;
  char *zErr = 0;
  SydaBuf b = {0, 0, 0, 0};
  static const char *azMode[] = {"append", "replace", "fail"};
  static const char *azFk[] = {"existing rows", "null, then set by update",
                               "keys predicted, checked at commit"};
  FillTotal *aTotal = 0;
  int rc, i, k, nTotal = 0;
  rc = fill_args(ctx, "syda_plan", argc, argv, &s, &zErr);
  if (rc == SQLITE_OK) rc = plan_build(db, "syda_plan", s, &p, &zErr);
  if (rc == SQLITE_OK) rc = fill_totals_find(db, "syda_plan", s, p, &aTotal, &nTotal, &zErr);
  if (rc == SQLITE_OK) {
    buf_str(&b, "{\"seed\":");
    buf_int(&b, s->seed);
    buf_str(&b, ",\"mode\":\"");
    buf_str(&b, azMode[s->eMode]);
    buf_str(&b, "\",\"order\":[");
    for (i = 0; i < p->nTable; i++) {
      if (i) buf_putc(&b, ',');
      plan_json_name(&b, p->aTable[i].pTab);
    }
    buf_str(&b, "],\"tables\":{");
    for (i = 0; i < p->nTable && rc == SQLITE_OK; i++) {
      PlanTable *x = &p->aTable[i];
      const SchemaTable *t = x->pTab;
      RowGen *g = 0;
      RowOptions o;
      char *zUq = 0;
      row_options_init(&o, "syda_plan");
      o.seed = s->seed;
      o.zLocale = s->zLocale;
      o.nFk = t->nFk;
      o.aeFk = x->aeFk; /* as syda_fill compiles it */
      o.iPerFk = x->iPerFk;
      rc = row_compile(db, t, x->pSpec, &o, &g, &zErr);
      if (rc != SQLITE_OK) break;
      /* how the UNIQUE sets are made distinct (which marks their columns) */
      rc = row_uniq_describe(g, &zUq, &zErr);
      if (rc != SQLITE_OK) {
        row_free(g);
        break;
      }
      if (i) buf_putc(&b, ',');
      plan_json_name(&b, t);
      buf_str(&b, ":{\"rows\":");
      if (x->nRows >= 0) buf_int(&b, x->nRows);
      if (x->nRows < 0 || x->isPerCounted) {
        /* a count computed for a cycle's predicted keys comes with its "per" */
        buf_str(&b, x->nRows < 0 ? "null,\"per\":" : ",\"per\":");
        json_name(&b, x->pSpec->zPer);
        buf_str(&b, ",\"per_min\":");
        buf_int(&b, x->pSpec->perMin);
        buf_str(&b, ",\"per_max\":");
        buf_int(&b, x->pSpec->perMax);
      }
      buf_str(&b, ",\"existing\":");
      buf_int(&b, x->nExisting);
      if (x->isAdded) {
        buf_str(&b, ",\"added_for\":");
        json_name(&b, x->zAddedFor);
      }
      buf_str(&b, ",\"columns\":{");
      for (k = 0; k < row_ncol(g); k++) {
        int iCol = row_colidx(g, k);
        char *zCol = row_column_json(g, iCol);
        if (k) buf_putc(&b, ',');
        json_name(&b, t->aCol[iCol].zName);
        buf_putc(&b, ':');
        buf_str(&b, zCol ? zCol : "null");
        sqlite3_free(zCol);
      }
      buf_str(&b, "},\"unique\":");
      buf_str(&b, zUq ? zUq : "[]");
      sqlite3_free(zUq);
      buf_str(&b, ",\"foreign_keys\":[");
      for (k = 0; k < t->nFk; k++) {
        int j;
        if (k) buf_putc(&b, ',');
        buf_str(&b, "{\"columns\":[");
        for (j = 0; j < t->aFk[k].nCol; j++) {
          if (j) buf_putc(&b, ',');
          json_name(&b, t->aCol[t->aFk[k].aiCol[j]].zName);
        }
        buf_str(&b, "],\"parent\":");
        json_name(&b, t->aFk[k].zParent);
        buf_str(&b, ",\"values\":");
        {
          /* a key that shares columns with another says how they agree */
          char *zShared = row_fk_json(g, k);
          const char *zHow = zShared            ? zShared
                             : t->aFk[k].isSelf ? "earlier rows of the same table (a tree)"
                             : k == x->iPerFk   ? "per parent row"
                                                : azFk[x->aeFk[k]];
          json_name(&b, zHow);
          sqlite3_free(zShared);
        }
        buf_str(&b, "}");
      }
      buf_putc(&b, ']');
      for (k = 0; k < nTotal; k++) {
        if (aTotal[k].iParent != i) continue;
        buf_str(&b, ",\"totals\":");
        fill_totals_json(&b, p, &aTotal[k]);
      }
      buf_putc(&b, '}');
      row_free(g);
    }
    buf_str(&b, "},\"cycles_broken\":[");
    for (i = 0; rc == SQLITE_OK && i < p->nCycle; i++) {
      if (i) buf_putc(&b, ',');
      buf_str(&b, p->azCycle[i]);
    }
    buf_str(&b, "]}");
  }
  if (rc == SQLITE_OK && !b.oom) {
    sqlite3_result_text(ctx, b.z, b.n, SQLITE_TRANSIENT);
  } else if (rc == SQLITE_NOMEM || b.oom) {
    sqlite3_result_error_nomem(ctx);
  } else {
    sqlite3_result_error(ctx, zErr ? zErr : "syda_plan: failed", -1);
  }
  buf_free(&b);
  sqlite3_free(zErr);
  fill_totals_free(aTotal, nTotal);
  plan_free(p);
  spec_free(s);
}

int syda_fill_register(sqlite3 *db) {
  static const struct {
    const char *zName;
    int nArg;
    void (*xFunc)(sqlite3_context *, int, sqlite3_value **);
  } aFunc[] = {
      {"syda_fill", 1, fn_fill},
      {"syda_fill", 2, fn_fill},
      {"syda_plan", 1, fn_plan},
      {"syda_plan", 2, fn_plan},
  };
  int i, rc = SQLITE_OK;
  for (i = 0; rc == SQLITE_OK && i < (int)(sizeof(aFunc) / sizeof(aFunc[0])); i++) {
    rc = sqlite3_create_function(db, aFunc[i].zName, aFunc[i].nArg, SQLITE_UTF8 | SQLITE_DIRECTONLY, 0,
                                 aFunc[i].xFunc, 0, 0);
  }
  return rc;
}
