/*
** row_begin.c — bind a compiled RowGen to the database as it is: rows
** present (where the stream continues), parent keys of each foreign key,
** "per" runs, and the plan that makes every UNIQUE set distinct.
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "row_int.h"
SQLITE_EXTENSION_INIT3

/* ---- begin: bind to the database's current rows ---------------------------------- */

/* Store text of parent keys in large blocks rather than one malloc each. */
static const char *fk_arena_copy(RowFk *f, const char *z, int n, sqlite3_uint64 *pnLeft, char **pzNext) {
  char *zOut;
  if ((sqlite3_uint64)n + 1 > *pnLeft) {
    sqlite3_uint64 nBlock = (sqlite3_uint64)n + 1 > 65536 ? (sqlite3_uint64)n + 1 : 65536;
    char **azNew = sqlite3_realloc64(f->azArena, sizeof(char *) * (sqlite3_uint64)(f->nArena + 1));
    if (azNew == 0) return 0;
    f->azArena = azNew;
    f->azArena[f->nArena] = sqlite3_malloc64(nBlock);
    if (f->azArena[f->nArena] == 0) return 0;
    *pzNext = f->azArena[f->nArena++];
    *pnLeft = nBlock;
  }
  zOut = *pzNext;
  if (n) memcpy(zOut, z, (size_t)n);
  zOut[n] = 0;
  *pzNext += n + 1;
  *pnLeft -= (sqlite3_uint64)n + 1;
  return zOut;
}

int row_fk_load(RowGen *g, RowFk *f, char **pzErr) {
  const SchemaFk *fk = f->pFk;
  sqlite3_str *s;
  sqlite3_stmt *p = 0;
  char *zSql;
  int rc, j;
  i64 nAlloc = 0;
  sqlite3_uint64 nLeft = 0;
  char *zNext = 0;
  for (j = 0; j < fk->nCol; j++) {
    if (fk->azParentCol[j] == 0) {
      *pzErr = row_err(g, fk->aiCol[0], "references \"%s\", which does not exist or has no primary key",
                       fk->zParent);
      return SQLITE_ERROR;
    }
  }
  /* the parent and its columns exist (else SQLite refuses the key at INSERT) */
  rc = sqlite3_prepare_v2(g->db,
                          "SELECT count(*), count(*) FILTER (WHERE name = ?3 COLLATE NOCASE) "
                          "FROM pragma_table_xinfo(?1, ?2)",
                          -1, &p, 0);
  for (j = 0; rc == SQLITE_OK && j < fk->nCol; j++) {
    int nCols, nFound;
    sqlite3_bind_text(p, 1, fk->zParent, -1, SQLITE_STATIC);
    sqlite3_bind_text(p, 2, g->t->zDb, -1, SQLITE_STATIC);
    sqlite3_bind_text(p, 3, fk->azParentCol[j], -1, SQLITE_STATIC);
    sqlite3_step(p);
    nCols = sqlite3_column_int(p, 0);
    nFound = sqlite3_column_int(p, 1);
    sqlite3_reset(p);
    if (nFound == 0) {
      sqlite3_finalize(p);
      if (nCols == 0) {
        *pzErr = row_err(g, fk->aiCol[0], "references \"%s\", which does not exist", fk->zParent);
      } else {
        *pzErr = row_err(g, fk->aiCol[j], "references column \"%s\" of \"%s\", which does not exist",
                         fk->azParentCol[j], fk->zParent);
      }
      return SQLITE_ERROR;
    }
  }
  sqlite3_finalize(p);
  p = 0;
  if (rc != SQLITE_OK) {
    *pzErr =
        row_err(g, fk->aiCol[0], "cannot read the keys of \"%s\": %s", fk->zParent, sqlite3_errmsg(g->db));
    return rc;
  }
  /* columns qualified: SQLite would read an unknown "name" as a string */
  s = sqlite3_str_new(0);
  sqlite3_str_appendall(s, "SELECT ");
  for (j = 0; j < fk->nCol; j++)
    sqlite3_str_appendf(s, "%sp.\"%w\"", j ? ", " : "", fk->azParentCol[j]);
  sqlite3_str_appendf(s, " FROM \"%w\".\"%w\" AS p WHERE ", g->t->zDb, fk->zParent);
  for (j = 0; j < fk->nCol; j++)
    sqlite3_str_appendf(s, "%sp.\"%w\" IS NOT NULL", j ? " AND " : "", fk->azParentCol[j]);
  row_fk_filter_sql(g, f, s); /* parents that keys sharing columns agree with */
  row_fk_order_sql(f, s);
  zSql = sqlite3_str_finish(s);
  if (zSql == 0) return SQLITE_NOMEM;
  rc = sqlite3_prepare_v2(g->db, zSql, -1, &p, 0);
  sqlite3_free(zSql);
  if (rc != SQLITE_OK) {
    const char *zMsg = sqlite3_errmsg(g->db);
    if (strstr(zMsg, "no such table")) {
      *pzErr = row_err(g, fk->aiCol[0], "references \"%s\", which does not exist", fk->zParent);
    } else {
      *pzErr = row_err(g, fk->aiCol[0], "cannot read the keys of \"%s\": %s", fk->zParent, zMsg);
    }
    return SQLITE_ERROR;
  }
  f->nParent = 0;
  while ((rc = sqlite3_step(p)) == SQLITE_ROW) {
    if (f->nParent >= nAlloc) {
      SydaVal *aNew;
      nAlloc = nAlloc ? nAlloc * 2 : 1024;
      aNew = sqlite3_realloc64(f->aKey, sizeof(SydaVal) * (sqlite3_uint64)(nAlloc * fk->nCol));
      if (aNew == 0) {
        rc = SQLITE_NOMEM;
        break;
      }
      f->aKey = aNew;
    }
    for (j = 0; j < fk->nCol; j++) {
      SydaVal *v = &f->aKey[f->nParent * fk->nCol + j];
      memset(v, 0, sizeof(*v));
      v->eType = sqlite3_column_type(p, j);
      if (v->eType == SQLITE_INTEGER) {
        v->i = sqlite3_column_int64(p, j);
      } else if (v->eType == SQLITE_FLOAT) {
        v->r = sqlite3_column_double(p, j);
      } else {
        const char *z = v->eType == SQLITE_BLOB ? (const char *)sqlite3_column_blob(p, j)
                                                : (const char *)sqlite3_column_text(p, j);
        int n = sqlite3_column_bytes(p, j);
        v->z = fk_arena_copy(f, z ? z : "", n, &nLeft, &zNext);
        v->n = n;
        if (v->z == 0) {
          rc = SQLITE_NOMEM;
          break;
        }
      }
    }
    if (rc == SQLITE_NOMEM) break;
    f->nParent++;
  }
  sqlite3_finalize(p);
  if (rc == SQLITE_NOMEM) return rc;
  if (rc != SQLITE_DONE) {
    *pzErr =
        row_err(g, fk->aiCol[0], "cannot read the keys of \"%s\": %s", fk->zParent, sqlite3_errmsg(g->db));
    return SQLITE_ERROR;
  }
  f->isLoaded = 1;
  return row_fk_group(f);
}

/* Is the key FK f references one SQLite accepts as a parent key?  Said
** before the first row, rather than by the INSERT of each. */
static int row_fk_check_key(RowGen *g, RowFk *f, char **pzErr) {
  const SchemaFk *fk = f->pFk;
  SchemaTable *pLoaded = 0;
  char *zWhy = 0;
  if (fk->azParentCol[0] == 0) return SQLITE_OK; /* no key at all: said by row_fk_load */
  if (!fk->isSelf) {
    char *zErr = 0;
    int rc = schema_table_load(g->db, g->t->zDb, fk->zParent, &pLoaded, &zErr);
    sqlite3_free(zErr);
    if (rc == SQLITE_NOMEM) return rc;
    if (rc != SQLITE_OK) return SQLITE_OK; /* no such parent: said by row_fk_load */
  }
  zWhy = schema_fk_mismatch(g->t, fk, fk->isSelf ? g->t : pLoaded);
  schema_table_free(pLoaded);
  if (zWhy == 0) return SQLITE_OK;
  *pzErr = row_err(g, -1, "%s", zWhy);
  sqlite3_free(zWhy);
  return SQLITE_ERROR;
}

/* Statement: does a row of this table hold these values in columns ai? */
static int row_exists_stmt(RowGen *g, int n, const int *ai, sqlite3_stmt **pp, char **pzErr) {
  sqlite3_str *s = sqlite3_str_new(0);
  char *zSql;
  int j, rc;
  sqlite3_str_appendf(s, "SELECT 1 FROM \"%w\".\"%w\" WHERE ", g->t->zDb, g->t->zName);
  for (j = 0; j < n; j++)
    sqlite3_str_appendf(s, "%s\"%w\" = ?%d", j ? " AND " : "", g->t->aCol[ai[j]].zName, j + 1);
  sqlite3_str_appendall(s, " LIMIT 1");
  zSql = sqlite3_str_finish(s);
  if (zSql == 0) return SQLITE_NOMEM;
  rc = row_prepare(g, zSql, pp, pzErr);
  sqlite3_free(zSql);
  return rc;
}

/* Rows present now, and the start that continues after them. */
static int row_present(RowGen *g, i64 *pnExisting, i64 *piStart, char **pzErr) {
  const SchemaTable *t = g->t;
  sqlite3_stmt *p = 0;
  char *zSql;
  int rc;
  if (g->iSeq >= 0) {
    zSql = sqlite3_mprintf("SELECT count(*), max(\"%w\") FROM \"%w\".\"%w\"", t->aCol[g->iSeq].zName, t->zDb,
                           t->zName);
  } else {
    zSql = sqlite3_mprintf("SELECT count(*), NULL FROM \"%w\".\"%w\"", t->zDb, t->zName);
  }
  if (zSql == 0) return SQLITE_NOMEM;
  rc = row_prepare(g, zSql, &p, pzErr);
  sqlite3_free(zSql);
  if (rc != SQLITE_OK) return rc;
  *pnExisting = 0;
  *piStart = 0;
  if (sqlite3_step(p) == SQLITE_ROW) {
    *pnExisting = *piStart = sqlite3_column_int64(p, 0);
    /* A sequence key continues after the largest key present. */
    if (g->iSeq >= 0 && sqlite3_column_type(p, 1) == SQLITE_INTEGER) {
      i64 mx = sqlite3_column_int64(p, 1);
      i64 lo = g->aCol[g->iSeq].seqLo;
      if (mx >= lo && mx - lo + 1 > *piStart) *piStart = mx - lo + 1;
    }
  }
  rc = sqlite3_finalize(p);
  if (rc != SQLITE_OK) *pzErr = row_err(g, -1, "%s", sqlite3_errmsg(g->db));
  return rc;
}

int row_default_start(RowGen *g, i64 *piStart, char **pzErr) {
  i64 nExisting;
  *pzErr = 0;
  return row_present(g, &nExisting, piStart, pzErr);
}

int row_key_predictable(const RowGen *g, int nCol, const int *aiCol, char **pzWhy) {
  const SchemaTable *t = g->t;
  int i, j, k;
  if (pzWhy) *pzWhy = 0;
  for (i = 0; i < nCol; i++) {
    const RowCol *c = &g->aCol[aiCol[i]];
    if (!(c->eRole == COL_SEQ || (c->eRole == COL_VALUE && c->eUniq == UQ_SELF))) break;
  }
  if (i == nCol) return 1;
  /* A composite key of values (no foreign key, no expression): a UNIQUE
  ** set that row_plan_keys() makes distinct from the ordinal alone.  Not
  ** one checked against the rows (a collation, a partial index), whose
  ** rows may move to other values. */
  for (i = 0; i < nCol; i++) {
    int e = g->aCol[aiCol[i]].eRole;
    if (e != COL_SEQ && e != COL_VALUE) {
      if (pzWhy) {
        *pzWhy = sqlite3_mprintf("column \"%s\" of it is %s", t->aCol[aiCol[i]].zName,
                                 e == COL_FK ? "a foreign key, whose values come from its own parent"
                                             : "an expression of the spec");
      }
      return 0;
    }
  }
  for (j = 0; j < t->nUnique; j++) {
    const SchemaUnique *u = &t->aUnique[j];
    int nIn = 0;
    if (schema_unique_evaluated(u) || u->nCol > nCol) continue;
    for (k = 0; k < u->nCol; k++)
      for (i = 0; i < nCol; i++)
        nIn += u->aiCol[k] == aiCol[i];
    if (nIn == u->nCol) return 1;
  }
  if (pzWhy)
    *pzWhy = sqlite3_mprintf(
        "it is unique only as checked against the rows written (a collation or a partial index)");
  return 0;
}

/* Reset the plan of the UNIQUE sets (row_uniq_plan makes it again). */
static void unique_reset(RowGen *g) {
  int i;
  for (i = 0; i < g->t->nCol; i++) {
    if (g->aCol[i].eUniq == UQ_DIGIT) g->aCol[i].eUniq = UQ_NONE;
    g->aCol[i].iProd = -1;
  }
  for (i = 0; i < g->nProd; i++)
    sqlite3_free(g->aProd[i].aDigit);
  g->nProd = 0;
}

/*
** A table whose keys a cycle predicts (g): its UNIQUE sets of values are
** planned now, for the rows it will write, so that row_key_value() gives
** the keys those rows will have.  Its row_begin() plans them again the
** same way, before the sets that hold foreign keys.
*/
static int row_plan_keys(RowGen *g, i64 iStart, i64 n, char **pzErr) {
  int rc;
  if (g->keysPlanned) return SQLITE_OK;
  unique_reset(g);
  g->iStart = iStart; /* for messages; row_begin() sets it again */
  rc = row_uniq_plan(g, iStart + n, UNIQ_VALUES, pzErr);
  if (rc == SQLITE_OK) row_chain_back(g);
  if (rc == SQLITE_OK) g->keysPlanned = 1;
  return rc;
}

/* "per": the rows parent row k gets, a function of (seed, table, k). */
static int per_draw(u64 key, i64 k, int perMin, int perMax, int perDist) {
  int span = perMax - perMin + 1;
  RngDraw d;
  rng_draw_init(&d, key, k, 0);
  if (perDist == DIST_ZIPF) return perMin + (int)rng_next_zipf(&d, (u64)span, 1.1);
  if (perDist == DIST_NORMAL) {
    double t = 0.5 + rng_next_normal(&d) / 6.0;
    return perMin + (int)floor((t < 0 ? 0 : t > 1 ? 1 : t) * (span - 1) + 0.5);
  }
  return perMin + (int)rng_next_below(&d, (u64)span);
}

static u64 per_key(u64 seed, const char *zTable) {
  return rng_key(seed, rng_hash(zTable), 0x706572ULL);
}

i64 row_per_total(i64 seed, const char *zTable, i64 nParent, int perMin, int perMax, int perDist) {
  u64 key = per_key((u64)seed, zTable);
  i64 k, total = 0;
  for (k = 0; k < nParent; k++)
    total += per_draw(key, k, perMin, perMax, perDist);
  return total;
}

/* "per": how many rows each parent row gets, as running totals. */
static int row_per_plan(RowGen *g, char **pzErr) {
  const RowOptions *o = g->pOpt;
  RowFk *f = &g->aFk[o->iPerFk];
  u64 key = per_key(g->seed, g->t->zName);
  i64 k, total = 0;
  sqlite3_free(g->aPerEnd);
  g->aPerEnd = sqlite3_malloc64(sizeof(i64) * (sqlite3_uint64)(f->nParent + 1));
  if (g->aPerEnd == 0) return SQLITE_NOMEM;
  for (k = 0; k < f->nParent; k++) {
    total += per_draw(key, k, o->perMin, o->perMax, o->perDist);
    g->aPerEnd[k] = total;
  }
  g->nPer = f->nParent;
  (void)pzErr;
  return SQLITE_OK;
}

/*
** For each column that writes dates as text (DATE, DATETIME): whether its
** values are gen_time's plain case (RowCol.ePlainTime), and its DateTable
** when its range has at most four days a row asked for: then most values
** are a day made before, and a copy of its text.  Not above 40,000 days
** (400 KB).  Days past the range (a unique date past it, a range narrowed
** for a CHECK) are made as they come.
*/
#define ROW_DATE_TABLE_MAX 40000
static int row_date_tables(RowGen *g, i64 n) {
  int i;
  for (i = 0; i < g->t->nCol; i++) {
    RowCol *c = &g->aCol[i];
    const FakeKind *k = fake_kind_at(c->spec.iKind);
    int eClass = row_time_class(c), eType = c->spec.eType;
    i64 lo = c->spec.tLo, hi = c->spec.tHi;
    int isText = c->eRole == COL_VALUE && c->nSet == 0 && k && !k->xGen && row_is_time_kind(k) &&
                 (eClass == TY_DATE || eClass == TY_DATETIME) && eType != TY_INT && eType != TY_REAL &&
                 eType != TY_NUMERIC;
    c->ePlainTime = isText && c->iBack < 0 && c->spec.iAfter < 0 && !c->isSlot ? eClass : 0;
    if (eClass == TY_DATETIME) {
      lo = date_day_of(lo);
      hi = date_day_of(hi);
    }
    if (!isText || hi < lo || hi - lo >= ROW_DATE_TABLE_MAX || hi - lo >= 4 * n) {
      date_table_free(&c->days);
    } else if (c->days.n != hi - lo + 1 || c->days.lo != lo) {
      int rc = date_table_init(&c->days, lo, hi);
      if (rc != SQLITE_OK) return rc;
    }
  }
  return SQLITE_OK;
}

int row_begin(RowGen *g, i64 iStart, i64 n, char **pzErr) {
  const SchemaTable *t = g->t;
  int rc, i, j;
  i64 iDefault;
  *pzErr = 0;
  row_fast_reset(g); /* what it planned follows the uniqueness plan, made again */
  rc = row_present(g, &g->nExisting, &iDefault, pzErr);
  if (rc != SQLITE_OK) return rc;
  if (iStart < 0) iStart = iDefault;
  if (n > 0 && iStart > INT64_MAX - n) {
    *pzErr = row_err(g, -1, "start %lld and n %lld pass the last ordinal of a stream, %lld",
                     (long long)iStart, (long long)n, (long long)(INT64_MAX - 1));
    return SQLITE_ERROR;
  }
  g->iStart = iStart;
  g->nRows = n;

  /* Parent keys. */
  for (i = 0; i < g->nFk; i++) {
    rc = row_fk_check_key(g, &g->aFk[i], pzErr);
    if (rc != SQLITE_OK) return rc;
  }
  for (i = 0; i < g->nFk; i++) {
    RowFk *f = &g->aFk[i];
    f->iProd = -1;
    if (f->eMode == ROWFK_NULL) continue;
    /* a predicted parent that writes no rows: its rows present, if any */
    if (f->eMode == ROWFK_PREDICT && f->nPredict <= 0) f->eMode = ROWFK_PICK;
    if (f->eMode == ROWFK_PREDICT) {
      if (f->pPredict == 0) {
        *pzErr = row_err(g, f->pFk->aiCol[0], "internal: no key stream for \"%s\"", f->pFk->zParent);
        return SQLITE_ERROR;
      }
      sqlite3_free(f->aiPredictCol);
      f->aiPredictCol = sqlite3_malloc64(sizeof(int) * (sqlite3_uint64)f->pFk->nCol);
      if (f->aiPredictCol == 0) return SQLITE_NOMEM;
      for (j = 0; j < f->pFk->nCol; j++) {
        f->aiPredictCol[j] = schema_column_index(row_table(f->pPredict), f->pFk->azParentCol[j]);
        if (f->aiPredictCol[j] < 0) {
          *pzErr = row_err(g, f->pFk->aiCol[j], "references a column of \"%s\" that does not exist",
                           f->pFk->zParent);
          return SQLITE_ERROR;
        }
      }
      rc = row_plan_keys(f->pPredict, f->iPredictStart, f->nPredict, pzErr);
      if (rc != SQLITE_OK) return rc;
      continue;
    }
    for (j = 0; j < f->nArena; j++)
      sqlite3_free(f->azArena[j]);
    f->nArena = 0;
    rc = row_fk_load(g, f, pzErr);
    if (rc != SQLITE_OK) return rc;
    if (f->pFk->isSelf) {
      /* a chain when the reference's columns are a UNIQUE set of their own */
      f->isChain = 0;
      for (j = 0; j < t->nUnique && !f->isChain; j++) {
        const SchemaUnique *u = &t->aUnique[j];
        int k, n2 = 0;
        if (u->isPartial || u->isExpr || u->nCol != f->pFk->nCol) continue;
        for (k = 0; k < u->nCol; k++) {
          int k2;
          for (k2 = 0; k2 < f->pFk->nCol; k2++)
            n2 += u->aiCol[k] == f->pFk->aiCol[k2];
        }
        f->isChain = n2 == u->nCol;
      }
      sqlite3_free(f->aiSelfCol);
      f->aiSelfCol = sqlite3_malloc64(sizeof(int) * (sqlite3_uint64)f->pFk->nCol);
      if (f->aiSelfCol == 0) return SQLITE_NOMEM;
      for (j = 0; j < f->pFk->nCol; j++) {
        f->aiSelfCol[j] = schema_column_index(t, f->pFk->azParentCol[j]);
        if (f->aiSelfCol[j] < 0) {
          *pzErr = row_err(g, f->pFk->aiCol[j], "references column \"%s\" of \"%s\", which does not exist",
                           f->pFk->azParentCol[j], t->zName);
          return SQLITE_ERROR;
        }
      }
      sqlite3_finalize(f->pExists);
      f->pExists = 0;
      rc = row_exists_stmt(g, f->pFk->nCol, f->aiSelfCol, &f->pExists, pzErr);
      if (rc != SQLITE_OK) return rc;
    } else if (f->nParent == 0 && f->notNull && n > 0) {
      /* the parent has rows, but none that keys sharing columns agree with */
      char *zAgree = row_fk_none_agree(g, f);
      if (zAgree) {
        *pzErr = row_err(g, f->pFk->aiCol[0], "%s", zAgree);
        sqlite3_free(zAgree);
      } else {
        *pzErr = row_err(g, f->pFk->aiCol[0], "references \"%s\", which is empty; fill \"%s\" first",
                         f->pFk->zParent, f->pFk->zParent);
      }
      return SQLITE_ERROR;
    }
    for (j = 0; j < 2; j++) {
      sqlite3_free(f->aPick[j]);
      f->aPick[j] = sqlite3_malloc64(sizeof(SydaVal) * (sqlite3_uint64)f->pFk->nCol);
      if (f->aPick[j] == 0) return SQLITE_NOMEM;
    }
  }
  /* A NOT NULL self-reference to columns that are themselves a
  ** self-reference: those must give it a target from the first row on. */
  for (i = 0; i < g->nFk; i++)
    g->aFk[i].isTarget = 0;
  for (i = 0; i < g->nFk; i++) {
    RowFk *f = &g->aFk[i];
    if (!f->pFk->isSelf || !f->notNull || f->aiSelfCol == 0) continue;
    for (j = 0; j < f->pFk->nCol; j++) {
      const RowCol *c = &g->aCol[f->aiSelfCol[j]];
      if (c->eRole == COL_FK && c->iFk != i && g->aFk[c->iFk].pFk->isSelf) g->aFk[c->iFk].isTarget = 1;
    }
  }
  for (i = 0; i < g->nFk; i++) {
    RowFk *f = &g->aFk[i];
    if (f->aPick[0] == 0) {
      for (j = 0; j < 2; j++) {
        f->aPick[j] = sqlite3_malloc64(sizeof(SydaVal) * (sqlite3_uint64)f->pFk->nCol);
        if (f->aPick[j] == 0) return SQLITE_NOMEM;
      }
    }
  }
  if (g->pOpt->iPerFk >= 0 && g->pOpt->iPerFk < g->nFk) {
    i64 nPerTotal;
    rc = row_per_plan(g, pzErr);
    if (rc != SQLITE_OK) return rc;
    nPerTotal = g->nPer > 0 ? g->aPerEnd[g->nPer - 1] : 0;
    /* a count given with "per" was computed beforehand (a table whose keys
    ** a cycle predicted): the parents must be those it was computed for */
    if (n >= 0 && n != nPerTotal) {
      *pzErr = row_err(g, -1,
                       "\"per\" gives %lld rows for the %lld rows of \"%s\", but %lld were planned (and "
                       "their keys predicted for a cycle): rows of \"%s\" were written or removed meanwhile",
                       (long long)nPerTotal, (long long)g->nPer, g->aFk[g->pOpt->iPerFk].pFk->zParent,
                       (long long)n, g->aFk[g->pOpt->iPerFk].pFk->zParent);
      return SQLITE_ERROR;
    }
    if (n < 0) n = g->nRows = nPerTotal;
  }
  if (n < 0) n = g->nRows = 0;
  unique_reset(g);
  if (g->keysPlanned) {
    /* predicted by a cycle: the sets of values first, as they were then */
    rc = row_uniq_plan(g, iStart + n, UNIQ_VALUES, pzErr);
    if (rc == SQLITE_OK) rc = row_uniq_plan(g, iStart + n, UNIQ_FKS, pzErr);
  } else {
    rc = row_uniq_plan(g, iStart + n, UNIQ_ALL, pzErr);
  }
  if (rc != SQLITE_OK) return rc;
  row_set_drivers(g);
  row_chain_back(g); /* dates before a unique one: what is unique is known now */
  rc = row_date_tables(g, n);
  if (rc != SQLITE_OK) return rc;

  /*
  ** When the table holds rows, check unique values and self-references
  ** against them: they may not be this stream's.  An empty table with a
  ** start > 0 is a slice of a stream made elsewhere (chunks generated in
  ** parallel and merged), so its references to earlier rows are trusted.
  */
  g->checkSelf = g->nExisting > 0;
  for (i = 0; i < t->nUnique; i++) {
    RowUniq *q = &g->aUq[i];
    /*
    ** Values not distinct by construction: expressions, keys on expressions
    ** and partial indexes; and then every set when an evaluated CHECK reads
    ** a key, since a row the CHECK refuses moves its unique values (or the
    ** combination of a product: follower <> followee) off their own places,
    ** to ones a later row may have been given.  (Values an LLM proposed
    ** are de-duplicated as they are taken, checked against the table's rows
    ** by fill_llm.c, and a clash with a value made for an earlier row is
    ** caught by syda_fill's insert, which makes that row again without
    ** them: no lookup per row for them here.)
    */
    int live = g->nExisting > 0 || g->hasEvalUq || g->keysMove;
    sqlite3_finalize(q->pLive);
    q->pLive = 0;
    for (j = 0; j < q->nRef; j++) {
      const RowCol *c = &g->aCol[q->aiRef[j]];
      live |= c->eRole == COL_EXPR;
    }
    /*
    ** An expr member of plain columns, or values that can move (the table
    ** holds rows, a CHECK reads a key): this stream's rows are remembered,
    ** since a query that makes every row before it writes one (an ORDER BY,
    ** a preview) lets the table see none of them.  Not when a sequence key
    ** makes every row distinct.
    */
    row_seen_clear(&q->seen);
    q->iLastSlot = -1;
    q->isSeen = 0;
    for (j = 0; !schema_unique_evaluated(&t->aUnique[i]) && j < t->aUnique[i].nCol; j++) {
      int eRole = g->aCol[t->aUnique[i].aiCol[j]].eRole;
      if (eRole == COL_SEQ) break;
      q->isSeen |= eRole == COL_EXPR || live;
    }
    if (j < t->aUnique[i].nCol) q->isSeen = 0;
    if (live) {
      rc = row_prepare(g, q->zLive, &q->pLive, pzErr);
      if (rc != SQLITE_OK) return rc;
    }
  }
  row_fast_plan(g);
  return SQLITE_OK;
}

i64 row_start(const RowGen *g) {
  return g->iStart;
}
i64 row_count(const RowGen *g) {
  return g->nRows;
}
const SydaVal *row_values(const RowGen *g) {
  if (g->pCur) return g->pCur;
  return g->outIsState ? g->aState[0].aVal : g->aOut;
}
int row_ncol(const RowGen *g) {
  return g->nOut;
}
int row_colidx(const RowGen *g, int i) {
  return g->aiOut[i];
}
const SchemaTable *row_table(const RowGen *g) {
  return g->t;
}
