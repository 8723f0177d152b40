/*
** row_next.c — one whole row: sequence keys, parent keys chosen for each
** foreign key (trees for self-references, runs for "per", digits of unique
** products), values, expressions, then the CHECKs evaluated in SQLite and
** the UNIQUE sets checked against rows already present.
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "row_int.h"
SQLITE_EXTENSION_INIT3

/* The parent key of row j of this same table (a self-reference), computed
** in the side state. */
static int self_key(RowGen *g, RowFk *f, i64 j, SydaVal *aOut);

i64 row_per_run(const RowGen *g, i64 ordinal, i64 *piRank) {
  i64 rel = ordinal - g->iStart, lo = 0, hi = g->nPer - 1;
  if (rel < 0) rel = 0;
  while (lo < hi) {
    i64 mid = (lo + hi) / 2;
    if (g->aPerEnd[mid] > rel)
      hi = mid;
    else
      lo = mid + 1;
  }
  if (piRank) *piRank = rel - (lo ? g->aPerEnd[lo - 1] : 0);
  return lo;
}

/* Is there a row of this table with key a (the columns FK f references)? */
static int self_exists(RowFk *f, const SydaVal *a) {
  int j, exists;
  sqlite3_reset(f->pExists);
  for (j = 0; j < f->pFk->nCol; j++)
    val_bind(f->pExists, j + 1, &a[j]);
  exists = sqlite3_step(f->pExists) == SQLITE_ROW;
  sqlite3_reset(f->pExists);
  return exists;
}

static int key_has_null(const SydaVal *a, int n) {
  int j;
  for (j = 0; j < n; j++)
    if (a[j].eType == SQLITE_NULL) return 1;
  return 0;
}

static int fk_choose(RowGen *g, int s, int iFk, i64 ordinal, int nTry, char **pzErr);

/*
** The group of parents of bound key iFk that agree with the columns other
** keys made for the row (their picks; in the side state those are chosen
** here first).  *piGroup is -1 when an owner has no parent (the key is
** NULL too).  No parent that agrees is an error: the owners read only
** parents for which one exists, so that happens only to a key whose
** columns more than one other key makes.
*/
static int bound_group(RowGen *g, int s, int iFk, i64 ordinal, i64 *piGroup, char **pzErr) {
  RowFk *f = &g->aFk[iFk];
  SydaVal *a = f->aPick[s];
  int k, j;
  *piGroup = -1;
  for (k = 0; k < f->pFk->nCol; k++) {
    const RowFk *o;
    if (f->aiOwner[k] < 0) continue;
    o = &g->aFk[f->aiOwner[k]];
    if (s == 1) {
      int rc = fk_choose(g, 1, f->aiOwner[k], ordinal, 0, pzErr);
      if (rc != SQLITE_OK) return rc;
    }
    for (j = 0; j < o->pFk->nCol && o->pFk->aiCol[j] != f->pFk->aiCol[k]; j++) {
    }
    a[k] = o->aPick[s][j];
    if (a[k].eType == SQLITE_NULL) return SQLITE_OK; /* the owner has no parent: NULL too */
  }
  *piGroup = row_fk_find_group(f, a);
  if (*piGroup < 0) {
    char *zCols = row_cols_text(g->t, f->pFk->nCol, f->pFk->aiCol);
    *pzErr =
        row_err(g, -1, "no row of \"%s\" agrees with the columns other foreign keys made for %s (row %lld)",
                f->pFk->zParent, zCols ? zCols : "", (long long)ordinal);
    sqlite3_free(zCols);
    return SQLITE_ERROR;
  }
  return SQLITE_OK;
}

/* Choose the parent of FK f for a row: fills f->aPick[s]. */
static int fk_choose(RowGen *g, int s, int iFk, i64 ordinal, int nTry, char **pzErr) {
  RowFk *f = &g->aFk[iFk];
  RowState *st = &g->aState[s];
  int nCol = f->pFk->nCol, j;
  RngDraw d;
  i64 idx = -1;
  rng_draw_init(&d, f->key, ordinal, (u64)nTry << 32);
  f->isSelfOwn[s] = 0;
  for (j = 0; j < nCol; j++)
    val_null(&f->aPick[s][j]);
  if (f->eMode == ROWFK_NULL) return SQLITE_OK;
  /* a rule's rate of NULL keys (a self-reference's roots are its NULLs) */
  if (f->rNull > 0 && !f->notNull && !f->pFk->isSelf && rng_next_chance(&d, f->rNull)) return SQLITE_OK;
  if (f->iProd >= 0) {
    const RowDigit *dg = &g->aProd[f->iProd].aDigit[f->iDigit];
    idx = g->aProd[f->iProd].aVal[s][f->iDigit];
    if (dg->eKind == DG_GROUP || dg->eKind == DG_FKIN) {
      /* a group of parents (DG_FKIN: the one that agrees with the other
      ** key), and a parent in it: drawn, or the digit */
      i64 iGroup = idx, n;
      if (dg->eKind == DG_FKIN) {
        int rc = bound_group(g, s, iFk, ordinal, &iGroup, pzErr);
        if (rc != SQLITE_OK || iGroup < 0) return rc;
      }
      if (iGroup < 0 || iGroup >= f->nGroup) return SQLITE_OK;
      n = f->aGroupStart[iGroup + 1] - f->aGroupStart[iGroup];
      idx = f->aGroupStart[iGroup] + (dg->eKind == DG_FKIN ? idx % n : (i64)rng_next_below(&d, (u64)n));
    }
  } else if (iFk == g->pOpt->iPerFk && g->aPerEnd) {
    /* the parent whose run of rows holds this one */
    if (g->nPer == 0) return SQLITE_OK;
    idx = row_per_run(g, ordinal, 0);
  } else if (f->pFk->isSelf && f->isChain) {
    /*
    ** A UNIQUE self-reference (a "next" or "replaces" key): each row may be
    ** referenced once, so row k references row k-1, a chain; roots (and a
    ** row drawn again) are NULL.  NOT NULL: each row references itself.
    */
    if (f->notNull || (f->isTarget && ordinal == 0)) {
      f->isSelfOwn[s] = 1;
      return SQLITE_OK;
    }
    /* a target's first row holds its own key: the second cannot take it */
    if (ordinal == 0 || (f->isTarget && ordinal == 1) || nTry > 0 ||
        rng_next_chance(&d, f->rNull >= 0 ? f->rNull : ROW_ROOT_RATE))
      return SQLITE_OK;
    {
      int rc = self_key(g, f, ordinal - 1, f->aPick[s]);
      if (rc != SQLITE_OK) return rc;
    }
    if (g->checkSelf && !self_exists(f, f->aPick[s])) {
      for (j = 0; j < nCol; j++)
        val_null(&f->aPick[s][j]);
    }
    return SQLITE_OK;
  } else if (f->pFk->isSelf) {
    i64 nEarlier = ordinal; /* rows 0 .. ordinal-1 of the stream */
    int root =
        nEarlier == 0 || (!f->notNull && rng_next_chance(&d, f->rNull >= 0 ? f->rNull : ROW_ROOT_RATE));
    if (root) {
      /* NULL at a root, but where a NOT NULL reference needs a target */
      if (!f->notNull && !(f->isTarget && nEarlier == 0)) return SQLITE_OK;
      if (f->nParent > 0) {
        idx = (i64)rng_next_below(&d, (u64)f->nParent);
        for (j = 0; j < nCol; j++)
          f->aPick[s][j] = f->aKey[idx * nCol + j];
        return SQLITE_OK;
      }
      f->isSelfOwn[s] = 1; /* the first row references itself */
      return SQLITE_OK;
    } else {
      i64 jRow = (i64)rng_next_below(&d, (u64)nEarlier);
      int rc = self_key(g, f, jRow, f->aPick[s]), k;
      if (rc != SQLITE_OK) return rc;
      /* NOT NULL and the key referenced may be NULL in some rows (it is
      ** itself a nullable self-reference): another earlier row, at last the
      ** first, whose key is never NULL then (isTarget) */
      for (k = 0; f->notNull && k <= ROW_SELF_TRIES && key_has_null(f->aPick[s], nCol); k++) {
        jRow = k < ROW_SELF_TRIES ? (i64)rng_next_below(&d, (u64)nEarlier) : 0;
        rc = self_key(g, f, jRow, f->aPick[s]);
        if (rc != SQLITE_OK) return rc;
      }
      if (g->checkSelf) {
        if (!self_exists(f, f->aPick[s])) {
          if (f->nParent > 0) {
            idx = (i64)rng_next_below(&d, (u64)f->nParent);
            for (j = 0; j < nCol; j++)
              f->aPick[s][j] = f->aKey[idx * nCol + j];
          } else if (f->notNull) {
            f->isSelfOwn[s] = 1;
          } else {
            for (j = 0; j < nCol; j++)
              val_null(&f->aPick[s][j]);
          }
        }
      }
      return SQLITE_OK;
    }
  } else if (f->nBound > 0 && !f->isImplied) {
    /* columns made by other keys: a parent that agrees with them */
    i64 iGroup, n;
    int rc = bound_group(g, s, iFk, ordinal, &iGroup, pzErr);
    if (rc != SQLITE_OK || iGroup < 0) return rc;
    n = f->aGroupStart[iGroup + 1] - f->aGroupStart[iGroup];
    idx = f->aGroupStart[iGroup] + (i64)rng_next_below(&d, (u64)n);
  } else if (f->eMode == ROWFK_PREDICT) {
    if (f->nPredict <= 0) return SQLITE_OK;
    idx = (i64)rng_next_below(&d, (u64)f->nPredict);
    return row_key_value(f->pPredict, nCol, f->aiPredictCol, f->iPredictStart + idx, f->aPick[s], pzErr);
  } else {
    if (f->nParent == 0) return SQLITE_OK;
    idx = (i64)rng_next_below(&d, (u64)f->nParent);
  }
  if (f->eMode == ROWFK_PREDICT && f->iProd >= 0) {
    return row_key_value(f->pPredict, nCol, f->aiPredictCol, f->iPredictStart + idx, f->aPick[s], pzErr);
  }
  if (idx >= 0 && idx < f->nParent) {
    for (j = 0; j < nCol; j++)
      f->aPick[s][j] = f->aKey[idx * nCol + j];
  }
  (void)st;
  return SQLITE_OK;
}

/* The attempt of column iCol: aTry[iCol], or 0 (the first draw). */
static int col_try(const int *aTry, int iCol) {
  return aTry ? aTry[iCol] : 0;
}

int row_fk_try(const RowFk *f, const int *aTry) {
  int k, n = 0;
  for (k = 0; aTry && k < f->pFk->nCol; k++) {
    if (aTry[f->pFk->aiCol[k]] > n) n = aTry[f->pFk->aiCol[k]];
  }
  return n;
}

/* Totals that the names say are quantity x price, less the line's
** discount, once all are made (an expr factor not evaluated yet is NULL:
** the total keeps its own value). */
static void row_totals(RowGen *g, RowState *st) {
  int i;
  if (g->hasTotals) row_disc_bound(g, st);
  for (i = 0; g->hasTotals && i < g->nOrder; i++) {
    int iCol = g->aiOrder[i];
    RowCol *c = &g->aCol[iCol];
    const SydaVal *q, *p;
    if (c->eRole != COL_VALUE || c->spec.iFactorA < 0 || st->aVal[iCol].eType == SQLITE_NULL) continue;
    q = &st->aVal[c->spec.iFactorA];
    p = &st->aVal[c->spec.iFactorB];
    if ((q->eType == SQLITE_INTEGER || q->eType == SQLITE_FLOAT) &&
        (p->eType == SQLITE_INTEGER || p->eType == SQLITE_FLOAT)) {
      SydaVal v;
      int nScale = c->spec.nScale >= 0 ? c->spec.nScale : 2;
      double r = row_val_num(q) * row_val_num(p);
      memset(&v, 0, sizeof(v));
      val_real(&v, g->iLineDisc >= 0 ? row_disc_round(row_disc_less(g, st, r), nScale) : row_round_to(r, nScale));
      if (g->t->aCol[iCol].eType == TY_INT) val_int(&v, (i64)v.r);
      if (row_dom_allows(c, &v)) st->aVal[iCol] = v;
    }
  }
}

/* A high value below its low one (max_salary < min_salary) swaps with it,
** when each then still fits its own column. */
static void row_low_high(RowGen *g, RowState *st) {
  int i;
  for (i = 0; g->hasLowHigh && i < g->t->nCol; i++) {
    RowCol *c = &g->aCol[i];
    SydaVal *hi = &st->aVal[i], *lo, t;
    if (c->iAtLeast < 0) continue;
    lo = &st->aVal[c->iAtLeast];
    if ((hi->eType != SQLITE_INTEGER && hi->eType != SQLITE_FLOAT) ||
        (lo->eType != SQLITE_INTEGER && lo->eType != SQLITE_FLOAT) || row_val_num(hi) >= row_val_num(lo)) {
      continue;
    }
    if (row_dom_allows(c, lo) && row_dom_allows(&g->aCol[c->iAtLeast], hi)) {
      t = *hi;
      *hi = *lo;
      *lo = t;
    }
  }
}

/*
** The value expr statement p gave, as a column of affinity eAff stores it
** (what its CHECKs and UNIQUE sets then see): text that reads as a number
** in a numeric column is that number, a whole REAL in an INTEGER or
** NUMERIC column an integer, an integer in a REAL column a REAL.  Fills v
** but for text and blobs; returns the type.
*/
static int expr_value(int eAff, sqlite3_stmt *p, SydaVal *v) {
  sqlite3_value *pv = sqlite3_column_value(p, 0);
  int t = sqlite3_value_type(pv);
  int isNum = eAff == AFF_NUMERIC || eAff == AFF_INTEGER || eAff == AFF_REAL;
  if (t == SQLITE_TEXT && isNum) t = sqlite3_value_numeric_type(pv);
  memset(v, 0, sizeof(*v));
  if (t == SQLITE_INTEGER) {
    v->i = sqlite3_value_int64(pv);
    if (eAff == AFF_REAL) {
      v->r = (double)v->i;
      t = SQLITE_FLOAT;
    }
  } else if (t == SQLITE_FLOAT) {
    v->r = sqlite3_value_double(pv);
    if ((eAff == AFF_INTEGER || eAff == AFF_NUMERIC) && v->r == floor(v->r) && fabs(v->r) < 9.2e18) {
      v->i = (i64)v->r;
      t = SQLITE_INTEGER;
    }
  }
  v->eType = t;
  return t;
}

/* The unique place a product gives column c in state s, -1 none. */
static i64 row_digit_of(const RowGen *g, int s, const RowCol *c) {
  return c->eUniq == UQ_DIGIT ? g->aProd[c->iProd].aVal[s][c->iDigit] : -1;
}

/*
** Column iCol of row_make's row, but a first draw of an eFast column: a
** key, a reference, an expr, any value at its attempts.  Not inlined: the
** loop that calls it for a few columns of a row stays short.
*/
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static int make_col(RowGen *g, int s, int iCol, i64 ordinal, const int *aTry, int nUniqTry, const int *ai,
                    char **pzErr) {
  RowState *st = &g->aState[s];
  RowCol *c = &g->aCol[iCol];
  SydaVal *v = &st->aVal[iCol];
  int j, rc;
  switch (c->eRole) {
    case COL_SEQ: {
      int nSeq = s == 0 ? g->nSeqTry : nUniqTry;
      if (nSeq > 0 && g->t->aCol[iCol].isRowid) {
        val_null(v); /* SQLite picks an unused rowid */
      } else {
        val_int(v, c->seqLo + ordinal + (i64)nSeq * ((i64)1 << 31));
      }
      break;
    }
    case COL_FK: {
      RowFk *f = &g->aFk[c->iFk];
      int k;
      /* choose once per FK, at its first column */
      for (k = 0; k < f->pFk->nCol && f->pFk->aiCol[k] != iCol; k++) {
      }
      if (iCol == f->iChooseCol || ai) {
        rc = fk_choose(g, s, c->iFk, ordinal, row_fk_try(f, aTry), pzErr);
        if (rc != SQLITE_OK) return rc;
      }
      if (k < f->pFk->nCol) *v = f->aPick[s][k];
      break;
    }
    case COL_VALUE:
      row_gen_value(g, st, iCol, ordinal, col_try(aTry, iCol), nUniqTry, row_digit_of(g, s, c));
      break;
    case COL_EXPR: {
      sqlite3_stmt *p = c->pExpr;
      int np = sqlite3_bind_parameter_count(p);
      if (c->rNull > 0 && rng_unit(rng_at(c->key, ordinal, 0x6e756c6cULL)) < c->rNull) {
        val_null(v); /* a rule's rate of NULL */
        break;
      }
      if (!ai) row_totals(g, st); /* an expr may read a total */
      sqlite3_reset(p);
      for (j = 1; j <= np; j++) {
        int iRef = schema_column_index(g->t, sqlite3_bind_parameter_name(p, j) + 1);
        val_bind(p, j, &st->aVal[iRef]);
      }
      rc = sqlite3_step(p);
      if (rc == SQLITE_ROW) {
        SydaBuf *b = &st->aBuf[iCol];
        int t = expr_value(g->t->aCol[iCol].eAff, p, v);
        if (t == SQLITE_TEXT || t == SQLITE_BLOB) {
          const char *z = t == SQLITE_TEXT ? (const char *)sqlite3_column_text(p, 0)
                                           : (const char *)sqlite3_column_blob(p, 0);
          buf_reset(b);
          buf_append(b, z ? z : "", sqlite3_column_bytes(p, 0));
          v->z = b->z ? b->z : "";
          v->n = b->n;
          if (t == SQLITE_TEXT && g->t->aCol[iCol].nLen > 0 &&
              utf8_chars(b->z, b->n) > g->t->aCol[iCol].nLen) {
            row_text_cut(b, 0, g->t->aCol[iCol].nLen);
            v->n = b->n;
          }
        }
        sqlite3_reset(p);
      } else {
        *pzErr = row_err(g, iCol, "expr failed: %s", sqlite3_errmsg(g->db));
        sqlite3_reset(p);
        return SQLITE_ERROR;
      }
      if (v->eType == SQLITE_NULL && g->t->aCol[iCol].notNull) {
        *pzErr = row_err(g, iCol, "expr gave NULL for a NOT NULL column (row %lld)", (long long)ordinal);
        return SQLITE_ERROR;
      }
      break;
    }
    default:
      val_null(v);
      break;
  }
  return SQLITE_OK;
}

/*
** Make the columns of row `ordinal` in state s (all when ai is NULL).
** aTry (NULL: all 0) is each column's attempt: a CHECK that fails draws
** again only the columns it reads, so that CHECKs on different columns do
** not undo one another.  nGroupTry is the attempt of the correlated groups
** (a person, a company, a place).  nProdTry moves the row to another
** combination of its unique products only (a row written holds the one
** it had).
*/
static int row_make(RowGen *g, int s, i64 ordinal, const int *aTry, int nGroupTry, int nUniqTry, int nProdTry,
                    int n, const int *ai, char **pzErr) {
  RowState *st = &g->aState[s];
  int i, j, k, rc;
  st->frow.iOrdinal = ordinal;
  st->frow.iAttempt = nGroupTry;
  if (g->nProd > 0) row_uniq_digits(g, s, ordinal, nUniqTry + nProdTry, aTry);
  /* Unique indexes once per row: a group that a unique column drives takes
  ** that column's index.  A CHECK that failed on one moves the value to
  ** another place. */
  if (g->nUqSelf >= 0) {
    for (j = 0; j < g->nUqSelf; j++) {
      i = g->aiUqSelf[j];
      st->aU[i] = row_uniq_index(&g->aCol[i], ordinal, nUniqTry + col_try(aTry, i));
    }
  } else {
    for (i = 0; i < g->t->nCol; i++) {
      const RowCol *c = &g->aCol[i];
      if (c->eRole == COL_VALUE && c->eUniq == UQ_SELF)
        st->aU[i] = row_uniq_index(c, ordinal, nUniqTry + col_try(aTry, i));
    }
  }
  for (i = 0; i < g->nGroup; i++) {
    if (g->aiDriver[i] >= 0) {
      st->aGroup[i].uDrive = st->aU[g->aiDriver[i]];
      st->aGroup[i].iOrdinal = -1;
    }
  }
  for (i = 0; !ai && g->hasExpr && i < g->nOrder; i++) {
    /* no expr reads another's value of the row before */
    if (g->aCol[g->aiOrder[i]].eRole == COL_EXPR) val_null(&st->aVal[g->aiOrder[i]]);
  }
  if (!ai && !aTry && nUniqTry == 0) {
    /* a first draw of the whole row, as row_fast_plan planned it */
    const char *aFirst = g->aFirst;
    for (i = 0; i < g->nOrder; i++) {
      int iCol = g->aiOrder[i];
      if (aFirst[i] == ROW_FIRST_FAST) {
        row_value_first(g, st, iCol, ordinal, -1);
      } else if (aFirst[i] == ROW_FIRST_DIGIT) {
        row_value_first(g, st, iCol, ordinal, row_digit_of(g, s, &g->aCol[iCol]));
      } else if (aFirst[i] == ROW_FIRST_SEQ && (s != 0 || g->nSeqTry == 0)) {
        val_int(&st->aVal[iCol], g->aCol[iCol].seqLo + ordinal); /* make_col's, unmoved */
      } else if ((rc = make_col(g, s, iCol, ordinal, aTry, nUniqTry, ai, pzErr)) != SQLITE_OK) {
        return rc;
      }
    }
  } else {
    for (i = 0; i < (ai ? n : g->nOrder); i++) {
      int iCol = ai ? ai[i] : g->aiOrder[i];
      const RowCol *c = &g->aCol[iCol];
      if (c->eFast && nUniqTry == 0 && col_try(aTry, iCol) == 0) {
        row_value_first(g, st, iCol, ordinal, row_digit_of(g, s, c));
      } else if ((rc = make_col(g, s, iCol, ordinal, aTry, nUniqTry, ai, pzErr)) != SQLITE_OK) {
        return rc;
      }
    }
  }
  if (!ai) {
    if (g->hasTotals) row_totals(g, st);
    if (g->hasLowHigh) row_low_high(g, st);
    if (g->hasStatusRule) row_apply_status(g, st);
  }
  /* A first row that references itself takes its own key; a key that is
  ** itself such a reference is copied first (a pass for each). */
  for (k = 0; !ai && k < g->nFk; k++) {
    int nOwn = 0;
    for (i = 0; i < g->nFk; i++) {
      RowFk *f = &g->aFk[i];
      if (!f->isSelfOwn[s]) continue;
      nOwn++;
      for (j = 0; j < f->pFk->nCol; j++) {
        st->aVal[f->pFk->aiCol[j]] = st->aVal[f->aiSelfCol[j]];
      }
    }
    if (nOwn < 2) break;
  }
  return SQLITE_OK;
}

/*
** The value column iCol has in row jRow, made in the side state.  A column
** that is itself a reference to this table takes what its reference chose
** for that row (its own key when the row references itself).  The text is
** valid until the next side computation: copy it.  A reference already
** being followed gives NULL, so that two that reference each other end.
*/
static int col_at(RowGen *g, int iCol, i64 jRow, SydaVal *pOut) {
  const RowCol *c = &g->aCol[iCol];
  char *zErr = 0;
  int rc, k;
  if (c->eRole == COL_FK && g->aFk[c->iFk].pFk->isSelf) {
    RowFk *h = &g->aFk[c->iFk];
    val_null(pOut);
    if (h->isActive || h->aiSelfCol == 0) return SQLITE_OK;
    for (k = 0; k < h->pFk->nCol && h->pFk->aiCol[k] != iCol; k++) {
    }
    h->isActive = 1;
    rc = fk_choose(g, 1, c->iFk, jRow, 0, &zErr);
    if (rc == SQLITE_OK && h->isSelfOwn[1]) {
      rc = col_at(g, h->aiSelfCol[k], jRow, pOut);
    } else if (rc == SQLITE_OK) {
      *pOut = h->aPick[1][k];
    }
    h->isActive = 0;
    sqlite3_free(zErr);
    return rc;
  }
  rc = row_make(g, 1, jRow, 0, 0, 0, 0, 1, &iCol, &zErr);
  sqlite3_free(zErr);
  if (rc == SQLITE_OK) *pOut = g->aState[1].aVal[iCol];
  return rc;
}

static int self_key(RowGen *g, RowFk *f, i64 jRow, SydaVal *aOut) {
  int nCol = f->pFk->nCol, j, rc, viaSelf = 0;
  char *zErr = 0;
  SydaBuf *sb = &f->aSideBuf[0];
  for (j = 0; j < nCol; j++) {
    const RowCol *c = &g->aCol[f->aiSelfCol[j]];
    viaSelf |= c->eRole == COL_FK && g->aFk[c->iFk].pFk->isSelf;
  }
  if (viaSelf) {
    /* a key that is itself a reference to this table: column by column,
    ** each copied out before the next is made */
    int aOff[16];
    if (nCol > 16) {
      for (j = 0; j < nCol; j++)
        val_null(&aOut[j]);
      return SQLITE_OK;
    }
    f->isActive = 1;
    buf_reset(sb);
    for (j = 0; j < nCol; j++) {
      SydaVal v;
      rc = col_at(g, f->aiSelfCol[j], jRow, &v);
      if (rc != SQLITE_OK) {
        f->isActive = 0;
        return rc;
      }
      aOut[j] = v;
      aOff[j] = sb->n;
      if (v.eType == SQLITE_TEXT || v.eType == SQLITE_BLOB) buf_append(sb, v.z, v.n + 1);
    }
    f->isActive = 0;
    if (sb->oom) return SQLITE_NOMEM;
    for (j = 0; j < nCol; j++) {
      if (aOut[j].eType == SQLITE_TEXT || aOut[j].eType == SQLITE_BLOB) aOut[j].z = sb->z + aOff[j];
    }
    return SQLITE_OK;
  }
  rc = row_make(g, 1, jRow, 0, 0, 0, 0, nCol, f->aiSelfCol, &zErr);
  sqlite3_free(zErr);
  if (rc != SQLITE_OK) return rc;
  /* Copy text out of the side state before it is reused. */
  buf_reset(sb);
  for (j = 0; j < nCol; j++) {
    SydaVal *v = &g->aState[1].aVal[f->aiSelfCol[j]];
    if (v->eType == SQLITE_TEXT || v->eType == SQLITE_BLOB) buf_append(sb, v->z, v->n + 1);
  }
  {
    int off = 0;
    for (j = 0; j < nCol; j++) {
      SydaVal *v = &g->aState[1].aVal[f->aiSelfCol[j]];
      aOut[j] = *v;
      if (v->eType == SQLITE_TEXT || v->eType == SQLITE_BLOB) {
        aOut[j].z = sb->z + off;
        off += v->n + 1;
      }
    }
  }
  return SQLITE_OK;
}

/* Does column iCol take a digit of a unique product? */
static int row_is_digit(const RowGen *g, int iCol) {
  const RowCol *c = &g->aCol[iCol];
  return c->eUniq == UQ_DIGIT || (c->eRole == COL_FK && g->aFk[c->iFk].iProd >= 0);
}

/*
** Draw column iCol again at the next attempt, with the columns its value
** follows (a total's quantity and price, a date's predecessor, the status
** a date waits for, an expression's inputs).  Returns 1 if one of them
** belongs to a correlated group (a person, a company, a place).
*/
static int retry_col(RowGen *g, int *aTry, int iCol, int depth) {
  const RowCol *c = &g->aCol[iCol];
  int bGroup = c->spec.iGroup >= 0, j;
  aTry[iCol]++;
  if (depth > 8) return bGroup;
  if (c->spec.iFactorA >= 0) bGroup |= retry_col(g, aTry, c->spec.iFactorA, depth + 1);
  if (c->spec.iFactorB >= 0) bGroup |= retry_col(g, aTry, c->spec.iFactorB, depth + 1);
  if (c->spec.iFactorA >= 0 && g->iLineDisc >= 0) bGroup |= retry_col(g, aTry, g->iLineDisc, depth + 1);
  if (c->spec.iAfter >= 0) bGroup |= retry_col(g, aTry, c->spec.iAfter, depth + 1);
  if (c->eStatusRule && g->iStatus >= 0) bGroup |= retry_col(g, aTry, g->iStatus, depth + 1);
  if (c->eRole == COL_EXPR) {
    for (j = 1; j <= sqlite3_bind_parameter_count(c->pExpr); j++) {
      int iRef = schema_column_index(g->t, sqlite3_bind_parameter_name(c->pExpr, j) + 1);
      if (iRef >= 0 && iRef != iCol) bGroup |= retry_col(g, aTry, iRef, depth + 1);
    }
  }
  return bGroup;
}

/*
** Repair column e->iFixCol of the row with the CHECK's own "col = f(col)":
** the value becomes f(value) when that fits the column (type, length,
** domain); the CHECKs are then evaluated on it like on any value.
*/
static int apply_fix(RowGen *g, int iEval) {
  const CheckEval *e = &g->pCheck->aEval[iEval];
  sqlite3_stmt *p = g->apFix[iEval];
  RowState *st = &g->aState[0];
  RowCol *c = &g->aCol[e->iFixCol];
  SydaVal *v = &st->aVal[e->iFixCol];
  SydaVal nv;
  char *z = 0;
  int rc;
  if (v->eType == SQLITE_NULL) return SQLITE_OK;
  val_bind(p, e->iFixCol + 1, v);
  rc = sqlite3_step(p);
  memset(&nv, 0, sizeof(nv));
  nv.eType = rc == SQLITE_ROW ? sqlite3_column_type(p, 0) : SQLITE_NULL;
  if (nv.eType == SQLITE_INTEGER) {
    nv.i = sqlite3_column_int64(p, 0);
  } else if (nv.eType == SQLITE_FLOAT) {
    nv.r = sqlite3_column_double(p, 0);
  } else if (nv.eType == SQLITE_TEXT) {
    z = sqlite3_mprintf("%.*s", sqlite3_column_bytes(p, 0), (const char *)sqlite3_column_text(p, 0));
    if (z == 0) nv.eType = SQLITE_NULL;
    nv.z = z;
    nv.n = z ? (int)strlen(z) : 0;
  } else {
    nv.eType = SQLITE_NULL;
  }
  sqlite3_reset(p);
  if (nv.eType != SQLITE_NULL && row_dom_allows(c, &nv) &&
      (nv.eType != SQLITE_TEXT || c->spec.nLenMax == 0 || utf8_chars(nv.z, nv.n) <= c->spec.nLenMax)) {
    if (nv.eType == SQLITE_TEXT) {
      SydaBuf *b = &st->aBuf[e->iFixCol];
      buf_reset(b);
      buf_append(b, nv.z, nv.n);
      if (b->oom) {
        sqlite3_free(z);
        return SQLITE_NOMEM;
      }
      val_text_buf(v, b);
    } else {
      *v = nv;
    }
  }
  sqlite3_free(z);
  return SQLITE_OK;
}

/*
** Can drawing column iCol again leave its value as it is?  A sequence key,
** a column left out, an expr whose inputs are all so (an expr column is
** not drawn: its inputs are).
*/
static int col_fixed(const RowGen *g, int iCol, int depth) {
  const RowCol *c = &g->aCol[iCol];
  int j;
  if (c->eRole == COL_SEQ || c->eRole == COL_SKIP) return 1;
  if (c->eRole != COL_EXPR || depth > 8) return 0;
  for (j = 1; j <= sqlite3_bind_parameter_count(c->pExpr); j++) {
    int iRef = schema_column_index(g->t, sqlite3_bind_parameter_name(c->pExpr, j) + 1);
    if (iRef >= 0 && iRef != iCol && !col_fixed(g, iRef, depth + 1)) return 0;
  }
  return 1;
}

/* The first expr column among ai[0..n) (-1: none); *pFixed: whether
** drawing them all again changes nothing. */
static int expr_among(const RowGen *g, int n, const int *ai, int *pFixed) {
  int j, iExpr = -1;
  *pFixed = 1;
  for (j = 0; j < n; j++) {
    if (iExpr < 0 && g->aCol[ai[j]].eRole == COL_EXPR) iExpr = ai[j];
    if (!col_fixed(g, ai[j], 0)) *pFixed = 0;
  }
  return iExpr;
}

/* Value v as a message shows it: 12, 1.5, 'text' (its first 40
** characters), NULL, a blob of N bytes. */
static char *val_msg(const SydaVal *v) {
  switch (v->eType) {
    case SQLITE_INTEGER:
      return sqlite3_mprintf("%lld", (long long)v->i);
    case SQLITE_FLOAT:
      return sqlite3_mprintf("%!.15g", v->r);
    case SQLITE_TEXT: {
      int m = utf8_prefix(v->z, v->n, 40);
      char *z = sqlite3_mprintf("%.*s", m, v->z), *zOut;
      zOut = z ? sqlite3_mprintf("%Q%s", z, m < v->n ? " ..." : "") : 0;
      sqlite3_free(z);
      return zOut;
    }
    case SQLITE_BLOB:
      return sqlite3_mprintf("a blob of %d bytes", v->n);
    default:
      return sqlite3_mprintf("NULL");
  }
}

/* "table T: column C: its expr gives V, which <zWhy>": an expr's value
** that a CHECK or a UNIQUE set refuses. */
static char *expr_err(const RowGen *g, int iCol, const char *zWhy) {
  char *zVal = val_msg(&g->aState[0].aVal[iCol]);
  char *z = row_err(g, iCol, "its expr gives %s, which %s", zVal ? zVal : "?", zWhy ? zWhy : "");
  sqlite3_free(zVal);
  return z;
}

/* The hash of UNIQUE set u's values in the row (0: one is NULL, so the
** row is not held to the set).  1 and 1.0 are one value. */
static u64 seen_hash(const RowGen *g, const SchemaUnique *u) {
  u64 h = 0x736565ULL;
  int k;
  for (k = 0; k < u->nCol; k++) {
    const SydaVal *v = &g->aState[0].aVal[u->aiCol[k]];
    u64 x;
    switch (v->eType) {
      case SQLITE_INTEGER:
        x = rng_mix((u64)v->i ^ 0x11ULL);
        break;
      case SQLITE_FLOAT:
        if (v->r == floor(v->r) && fabs(v->r) < 9.2e18) {
          x = rng_mix((u64)(i64)v->r ^ 0x11ULL);
        } else {
          memcpy(&x, &v->r, sizeof(x));
          x = rng_mix(x ^ 0x22ULL);
        }
        break;
      case SQLITE_TEXT:
      case SQLITE_BLOB:
        x = rng_hash_n(v->z ? v->z : "", v->n) ^ ((u64)v->eType << 56);
        break;
      default:
        return 0;
    }
    h = rng_mix(h ^ x) + (u64)k;
  }
  return h ? h : 1;
}

/* The row's values in the stream's column order, unless they are in it */
static void row_copy_out(RowGen *g) {
  int i;
  for (i = 0; !g->outIsState && i < g->nOut; i++)
    g->aOut[i] = g->aState[0].aVal[g->aiOut[i]];
}

/*
** The batch states: the arrays of each, and row state 0's groups (their
** kinds, keys and drivers, as row_compile set them) with nothing drawn.
*/
static int row_batch_alloc(RowGen *g) {
  int r, k, rc = SQLITE_OK;
  if (g->aBatch == 0) {
    g->aBatch = sqlite3_malloc64(sizeof(RowState) * ROW_BATCH);
    if (g->aBatch == 0) return SQLITE_NOMEM;
    memset(g->aBatch, 0, sizeof(RowState) * ROW_BATCH);
    for (r = 0; r < ROW_BATCH && rc == SQLITE_OK; r++)
      rc = row_state_init(&g->aBatch[r], g->t->nCol, ROW_MAX_GROUPS);
    if (rc != SQLITE_OK) {
      for (r = 0; r < ROW_BATCH; r++)
        row_state_free(&g->aBatch[r], g->t->nCol);
      sqlite3_free(g->aBatch);
      g->aBatch = 0;
      return rc;
    }
    for (r = 0; r < ROW_BATCH; r++)
      g->apBatch[r] = g->aBatch[r].aVal;
  }
  for (r = 0; r < ROW_BATCH; r++) {
    RowState *st = &g->aBatch[r];
    const FakeRow *f0 = &g->aState[0].frow;
    memcpy(st->aGroup, g->aState[0].aGroup, sizeof(FakeGroup) * (ROW_MAX_GROUPS + 1));
    for (k = 0; k <= ROW_MAX_GROUPS; k++)
      st->aGroup[k].iOrdinal = -1;
    st->frow.zTable = f0->zTable;
    st->frow.nGroup = f0->nGroup;
    st->frow.pLocale = f0->pLocale;
  }
  return SQLITE_OK;
}

/*
** Rows ordinal .. ordinal + n - 1 at once (RowGen.canBatch): what row_make
** makes of each as a first draw, made a column at a time for all n rows.
** Every value is still a function of its row alone; the order of the
** calls is what changes, so that each column's loop stays in its code.
*/
static void row_make_batch(RowGen *g, i64 ordinal, int n) {
  int i, j, r;
  for (r = 0; r < n; r++) {
    RowState *st = &g->aBatch[r];
    i64 o = ordinal + r;
    st->frow.iOrdinal = o;
    st->frow.iAttempt = 0;
    for (j = 0; j < g->nUqSelf; j++) {
      i = g->aiUqSelf[j];
      st->aU[i] = row_uniq_index(&g->aCol[i], o, 0);
    }
    for (i = 0; i < g->nGroup; i++) {
      if (g->aiDriver[i] >= 0) {
        st->aGroup[i].uDrive = st->aU[g->aiDriver[i]];
        st->aGroup[i].iOrdinal = -1;
      }
    }
  }
  for (i = 0; i < g->nOrder; i++) {
    int iCol = g->aiOrder[i];
    if (g->aFirst[i] == ROW_FIRST_SEQ) {
      i64 lo = g->aCol[iCol].seqLo + ordinal;
      for (r = 0; r < n; r++)
        val_int(&g->aBatch[r].aVal[iCol], lo + r);
    } else if (g->aFirst[i] == ROW_FIRST_FAST) {
      row_column_first(g, g->aBatch, iCol, ordinal, n);
    } else {
      /* make_col's COL_VALUE case at attempt 0: no product, no digit */
      for (r = 0; r < n; r++)
        row_gen_value(g, &g->aBatch[r], iCol, ordinal + r, 0, 0, -1);
    }
  }
}

/* Row `ordinal` from the batch, made with the next ones when it is not in
** the batch made last. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static int row_next_batch(RowGen *g, i64 ordinal) {
  i64 r = ordinal - g->iBatch0;
  const SydaVal *a;
  int i;
  if (g->nBatch == 0 || r < 0 || r >= g->nBatch) {
    i64 nLeft = g->iStart + g->nRows - ordinal;
    int n = nLeft < 1 ? 1 : nLeft > ROW_BATCH ? ROW_BATCH : (int)nLeft;
    if (g->nBatch == 0 || g->aBatch == 0) {
      int rc = row_batch_alloc(g);
      if (rc != SQLITE_OK) return rc;
    }
    row_make_batch(g, ordinal, n);
    g->iBatch0 = ordinal;
    g->nBatch = n;
    r = 0;
  }
  a = g->aBatch[r].aVal;
  if (g->outIsState) {
    g->pCur = a;
  } else {
    for (i = 0; i < g->nOut; i++)
      g->aOut[i] = a[g->aiOut[i]];
    g->pCur = 0;
  }
  return SQLITE_OK;
}

static int row_next_rows(RowGen *g, i64 ordinal, char **pzErr);

int row_made_together(const RowGen *g, i64 *piFirst, const SydaVal *const **papVal) {
  *piFirst = g->iBatch0;
  *papVal = g->apBatch;
  return g->canBatch && g->outIsState && g->pCur ? g->nBatch : 0;
}

int row_next(RowGen *g, i64 ordinal, char **pzErr) {
  *pzErr = 0;
  if (g->canBatch) {
    /* most rows: the next of the batch made last */
    i64 r = ordinal - g->iBatch0;
    if (g->outIsState && r >= 0 && r < g->nBatch) {
      g->pCur = g->aBatch[r].aVal;
      return SQLITE_OK;
    }
    return row_next_batch(g, ordinal);
  }
  return row_next_rows(g, ordinal, pzErr);
}

/* A row made by itself: the first draw, then again what a CHECK or a
** unique set refused. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static int row_next_rows(RowGen *g, i64 ordinal, char **pzErr) {
  int nTry = 0, nGroupTry = 0, nUniqTry = 0, nProdTry = 0, nClash = 0, rc, i, j;
  const SchemaTable *t = g->t;
  int *aTry = g->aTry;
  g->nSeqTry = 0;
  g->pCur = 0;
  if (g->isDirect) {
    /* nothing refuses the first draw (row_fast_plan): every attempt 0 */
    rc = row_make(g, 0, ordinal, 0, 0, 0, 0, 0, 0, pzErr);
    if (rc != SQLITE_OK) return rc;
    row_copy_out(g);
    return SQLITE_OK;
  }
  memset(aTry, 0, sizeof(int) * (size_t)t->nCol);
  if (g->aFixOn) memset(g->aFixOn, 0, sizeof(int) * (size_t)g->nEval);
  for (i = 0; i < t->nUnique; i++) {
    RowUniq *q = &g->aUq[i];
    /* this row made again (syda_fill without a model's values): its
    ** earlier values are not an earlier row's */
    if (q->isSeen && q->iLastSlot >= 0 && q->iLastOrd == ordinal) q->seen.a[q->iLastSlot] = 1;
    q->iLastSlot = -1;
  }
  for (;;) {
    int failed = -1, clash = -1, seenClash = 0;
    rc = row_make(g, 0, ordinal, aTry, nGroupTry, nUniqTry, nProdTry, 0, 0, pzErr);
    if (rc != SQLITE_OK) return rc;
    for (i = 0; i < g->nEval; i++) {
      if (g->aFixOn[i] && (rc = apply_fix(g, i)) != SQLITE_OK) return rc;
    }
    for (i = 0; i < g->nEval; i++) {
      sqlite3_stmt *p = g->apEval[i];
      const CheckEval *e = &g->pCheck->aEval[i];
      for (j = 0; j < e->nRef; j++)
        val_bind(p, e->aiRef[j] + 1, &g->aState[0].aVal[e->aiRef[j]]);
      rc = sqlite3_step(p);
      if (rc != SQLITE_ROW) {
        char *zWhat = row_eval_text(g, e);
        *pzErr = row_err(g, -1, "cannot evaluate %s: %s", zWhat ? zWhat : "", sqlite3_errmsg(g->db));
        sqlite3_free(zWhat);
        sqlite3_reset(p);
        return SQLITE_ERROR;
      }
      if (sqlite3_column_int(p, 0) == 0) {
        if (failed < 0) failed = i;
        if (g->apFix[i] && !g->aFixOn[i]) {
          g->aFixOn[i] = 1; /* first, repair the value the CHECK names */
        } else {
          /* draw the columns this CHECK reads again, and only those (the
          ** digits of a product, follower <> followee of a join table of a
          ** table with itself, move it to another combination); an expr
          ** whose inputs cannot change is an error now */
          int bGroup = 0, isFixed, iExpr = expr_among(g, e->nRef, e->aiRef, &isFixed);
          if (iExpr >= 0 && isFixed) {
            char *zWhat = row_eval_text(g, e);
            char *zWhy = sqlite3_mprintf("%s rejects (row %lld)", zWhat ? zWhat : "", (long long)ordinal);
            *pzErr = expr_err(g, iExpr, zWhy);
            sqlite3_free(zWhat);
            sqlite3_free(zWhy);
            sqlite3_reset(p);
            return SQLITE_CONSTRAINT;
          }
          for (j = 0; j < e->nRef; j++)
            bGroup |= retry_col(g, aTry, e->aiRef[j], 0);
          if (bGroup) nGroupTry++;
        }
      }
      sqlite3_reset(p);
    }
    if (failed >= 0) {
      if (++nTry >= ROW_CHECK_TRIES) {
        const CheckEval *e = &g->pCheck->aEval[failed];
        char *zWhat = row_eval_text(g, e);
        int isFixed, iExpr = expr_among(g, e->nRef, e->aiRef, &isFixed);
        if (iExpr >= 0) {
          char *zWhy = sqlite3_mprintf("%s rejects, in each of %d draws of the columns it reads (row %lld)",
                                       zWhat ? zWhat : "", ROW_CHECK_TRIES, (long long)ordinal);
          *pzErr = expr_err(g, iExpr, zWhy);
          sqlite3_free(zWhy);
        } else {
          *pzErr = row_err(g, -1, "no row satisfies %s after %d attempts", zWhat ? zWhat : "", ROW_CHECK_TRIES);
        }
        sqlite3_free(zWhat);
        return SQLITE_CONSTRAINT;
      }
      continue;
    }
    /* this stream's earlier rows (a SELECT does not find them in the table) */
    for (i = 0; i < t->nUnique && clash < 0; i++) {
      const RowUniq *q = &g->aUq[i];
      u64 h = q->isSeen ? seen_hash(g, &t->aUnique[i]) : 0;
      if (h && row_seen_has(&q->seen, h)) clash = i, seenClash = 1;
    }
    for (i = 0; i < t->nUnique && clash < 0; i++) {
      const RowUniq *q = &g->aUq[i];
      sqlite3_stmt *p = q->pLive;
      if (p == 0) continue;
      for (j = 0; j < q->nRef; j++)
        val_bind(p, q->aiRef[j] + 1, &g->aState[0].aVal[q->aiRef[j]]);
      rc = sqlite3_step(p);
      if (rc == SQLITE_ROW) clash = i;
      sqlite3_reset(p);
      if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        char *zSet = row_unique_text(g, i);
        *pzErr = row_err(g, -1, "cannot check %s: %s", zSet ? zSet : "", sqlite3_errmsg(g->db));
        sqlite3_free(zSet);
        return SQLITE_ERROR;
      }
    }
    if (clash >= 0) {
      const RowUniq *q = &g->aUq[clash];
      int byCons = 0, isProd = 0, isFixed, iExpr = expr_among(g, q->nRef, q->aiRef, &isFixed);
      for (j = 0; j < q->nBase; j++) {
        const RowCol *c = &g->aCol[q->aiBase[j]];
        byCons |= c->eRole == COL_SEQ || c->eUniq != UQ_NONE || row_is_digit(g, q->aiBase[j]);
        isProd |= row_is_digit(g, q->aiBase[j]);
      }
      ++nClash;
      if (iExpr >= 0 && !byCons && (isFixed || nClash >= ROW_UNIQ_TRIES)) {
        /* an expr's value, and nothing that can be drawn again changes it
        ** (or draws did not) */
        char *zSet = row_unique_text(g, clash), *zTries = 0, *zWhy;
        if (!isFixed) zTries = sqlite3_mprintf(", in each of %d draws of the columns it reads", ROW_UNIQ_TRIES);
        zWhy = sqlite3_mprintf("%s already holds in %s%s (row %lld)",
                               seenClash ? "an earlier row" : "a row of the table", zSet ? zSet : "",
                               zTries ? zTries : "", (long long)ordinal);
        *pzErr = expr_err(g, iExpr, zWhy);
        sqlite3_free(zSet);
        sqlite3_free(zTries);
        sqlite3_free(zWhy);
        return SQLITE_CONSTRAINT;
      }
      if (nClash >= ROW_UNIQ_TRIES) {
        char *zSet = row_unique_text(g, clash);
        *pzErr = row_err(g, -1, "cannot find a value for %s that is not already in the table (row %lld)",
                         zSet ? zSet : "", (long long)ordinal);
        sqlite3_free(zSet);
        return SQLITE_CONSTRAINT;
      }
      if (isProd) {
        nProdTry++; /* a product moves alone: the row's other unique values stay its own */
      } else if (byCons) {
        nUniqTry++; /* unique values move to other places */
        for (j = 0; j < q->nRef; j++)
          if (q->aiRef[j] == g->iSeq) g->nSeqTry++;
      } else {
        /* values drawn freely: draw the keys (and the WHERE's columns) again */
        int bGroup = 0;
        for (j = 0; j < q->nRef; j++)
          bGroup |= retry_col(g, aTry, q->aiRef[j], 0);
        if (bGroup) nGroupTry++;
      }
      continue;
    }
    break;
  }
  for (i = 0; i < t->nUnique; i++) {
    RowUniq *q = &g->aUq[i];
    u64 h = q->isSeen ? seen_hash(g, &t->aUnique[i]) : 0;
    if (h) {
      /* past ROW_SEEN_MAX rows, or out of memory: the rest are checked only
      ** against those and the table */
      q->iLastSlot = row_seen_add(&q->seen, h, ROW_SEEN_MAX);
      q->iLastOrd = ordinal;
    }
  }
  row_copy_out(g);
  return SQLITE_OK;
}

int row_fk_value(RowGen *g, int iFk, i64 ordinal, SydaVal **pa, char **pzErr) {
  RowFk *f = &g->aFk[iFk];
  int eSave = f->eMode, rc;
  if (!f->isLoaded && !f->pFk->isSelf) {
    /* the parent is filled now: read its keys */
    rc = row_fk_load(g, f, pzErr);
    if (rc != SQLITE_OK) return rc;
  }
  f->eMode = ROWFK_PICK;
  rc = fk_choose(g, 1, iFk, ordinal, 0, pzErr);
  f->eMode = eSave;
  *pa = f->aPick[1];
  return rc;
}

int row_key_value(RowGen *g, int nCol, const int *aiCol, i64 ordinal, SydaVal *aOut, char **pzErr) {
  int rc = row_make(g, 1, ordinal, 0, 0, 0, 0, nCol, aiCol, pzErr);
  int j;
  if (rc != SQLITE_OK) return rc;
  for (j = 0; j < nCol; j++)
    aOut[j] = g->aState[1].aVal[aiCol[j]];
  return SQLITE_OK;
}
