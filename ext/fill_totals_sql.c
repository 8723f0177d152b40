/*
** fill_totals_sql.c — the SQL that sets a parent's total to the sum of its
** lines, and the JSON that tells syda_plan and syda_fill's report about it.
**
** fill_totals.c decides (a FillTotal): which column is the total, which
** table holds its lines and what a line's amount is, and beside a subtotal
** which of the tax, shipping, discount and total are set.  This file turns
** one such decision into one statement and runs it (fill_totals_apply):
**
**     UPDATE OR IGNORE orders AS syda_p SET total = syda_s.v
**     FROM (the sums of order_items by order_id) AS syda_s WHERE ...
**
** either summed in C over one scan of the lines and handed over as a JSON
** array (tot_fast: a rowid key, new rowids in one run) or summed in SQL
** (tot_sql); and into words (fill_totals_json, fill_totals_also_json).
*/
#include "fill_totals_int.h"

#include <math.h>
#include <string.h>

SQLITE_EXTENSION_INIT3

#define TOT_SAVEPOINT "syda_totals"

/* The new rows as a JSON array (rowids, or primary keys as arrays), for
** json_each(); 0 when a key cannot be written so (a BLOB). */
static int tot_key_list(const FillNewRows *w, SydaBuf *b) {
  i64 r;
  int q;
  buf_putc(b, '[');
  for (r = 0; r < w->n; r++) {
    if (r) buf_putc(b, ',');
    if (w->aRowid) {
      buf_int(b, w->aRowid[r]);
      continue;
    }
    if (w->nPk > 1) buf_putc(b, '[');
    for (q = 0; q < w->nPk; q++) {
      const SydaVal *v = &w->aPk[r * w->nPk + q];
      if (q) buf_putc(b, ',');
      if (v->eType == SQLITE_INTEGER)
        buf_int(b, v->i);
      else if (v->eType == SQLITE_FLOAT)
        buf_double(b, v->r);
      else if (v->eType == SQLITE_TEXT)
        buf_json_string(b, v->z, v->n);
      else
        return 0;
    }
    if (w->nPk > 1) buf_putc(b, ']');
  }
  buf_putc(b, ']');
  return 1;
}

/* The smallest and largest of the new rowids. */
static void tot_rowid_span(const FillNewRows *w, i64 *piLo, i64 *piHi) {
  i64 r;
  *piLo = *piHi = w->aRowid[0];
  for (r = 1; r < w->n; r++) {
    if (w->aRowid[r] < *piLo) *piLo = w->aRowid[r];
    if (w->aRowid[r] > *piHi) *piHi = w->aRowid[r];
  }
}

/* " AND <alias's row is new>" (nothing when every row is), and whether it
** reads the key list (?1). */
static int tot_where_new(sqlite3_str *s, const SchemaTable *t, const char *zA, const FillNewRows *w) {
  i64 lo, hi;
  int q, j;
  if (w->bAll) return 0;
  if (w->aRowid) {
    tot_rowid_span(w, &lo, &hi);
    /* n distinct rowids that fill [lo, hi]: no other row is among them */
    if (hi - lo + 1 == w->n) {
      sqlite3_str_appendf(s, " AND %s.rowid BETWEEN %lld AND %lld", zA, (long long)lo, (long long)hi);
      return 0;
    }
    sqlite3_str_appendf(s, " AND %s.rowid IN (SELECT value FROM json_each(?1))", zA);
    return 1;
  }
  sqlite3_str_appendall(s, w->nPk > 1 ? " AND (" : " AND ");
  for (q = 0; q < w->nPk; q++) {
    for (j = 0; j < t->nCol && t->aCol[j].iPk != q + 1; j++) {
    }
    sqlite3_str_appendf(s, "%s%s.\"%w\"", q ? ", " : "", zA, j < t->nCol ? t->aCol[j].zName : "?");
  }
  sqlite3_str_appendall(s, w->nPk > 1 ? ") IN (SELECT " : " IN (SELECT ");
  for (q = 0; q < w->nPk; q++) {
    if (w->nPk > 1)
      sqlite3_str_appendf(s, "%svalue ->> %d", q ? ", " : "", q);
    else
      sqlite3_str_appendall(s, "value");
  }
  sqlite3_str_appendall(s, " FROM json_each(?1))");
  return 1;
}

/* The line amount as SQL over the child's alias zA: its line total, or
** quantity x unit price less its discount (a NULL discount is none). */
static void tot_line_sql(sqlite3_str *s, const SchemaTable *c, const FillTotal *ft, const char *zA) {
  const char *zD = ft->iLineDisc >= 0 ? c->aCol[ft->iLineDisc].zName : 0;
  if (ft->iLine >= 0) {
    sqlite3_str_appendf(s, "%s.\"%w\"", zA, c->aCol[ft->iLine].zName);
    return;
  }
  sqlite3_str_appendf(s, "%s.\"%w\" * %s.\"%w\"", zA, c->aCol[ft->iQty].zName, zA, c->aCol[ft->iPrice].zName);
  if (zD && ft->eLineDisc == ROW_DISC_RATE) sqlite3_str_appendf(s, " * (1 - coalesce(%s.\"%w\", 0))", zA, zD);
  if (zD && ft->eLineDisc == ROW_DISC_PERCENT)
    sqlite3_str_appendf(s, " * (1 - coalesce(%s.\"%w\", 0) / 100.0)", zA, zD);
  if (zD && ft->eLineDisc == ROW_DISC_AMOUNT) sqlite3_str_appendf(s, " - coalesce(%s.\"%w\", 0)", zA, zD);
}

/* round( ... ) as column c holds it: open, then close. */
static void tot_round_open(sqlite3_str *s, const SchemaColumn *c) {
  sqlite3_str_appendall(s, c->eType == TY_INT ? "CAST(round(" : "round(");
}
static void tot_round_close(sqlite3_str *s, const SchemaColumn *c) {
  if (c->eType == TY_INT)
    sqlite3_str_appendall(s, ") AS INTEGER)");
  else
    sqlite3_str_appendf(s, ", %d)", tot_scale(c));
}

/* 0 .. 1000002 from the value a column of the row was made with (its
** cents): what the parent's own random draw gives to its tax rate, its
** shipping, its discount, so that the same seed gives the same numbers. */
static void tot_hash_sql(sqlite3_str *s, const char *zCol) {
  sqlite3_str_appendf(s, "(CAST(round(abs(syda_p.\"%w\") * 100) AS INTEGER) %% 1000003 * 7919 %% 1000003)", zCol);
}

/* The tax: the subtotal zS times the row's tax rate (a fraction, or a
** percent from 1 to 100), else a whole percent from 0 to 25 that the tax
** it was made with draws.  A NULL tax stays NULL. */
static void tot_tax_sql(sqlite3_str *s, const SchemaTable *t, const FillTotal *ft, const char *zS) {
  const SchemaColumn *c = &t->aCol[ft->iTax];
  sqlite3_str_appendf(s, "CASE WHEN syda_p.\"%w\" IS NOT NULL THEN ", c->zName);
  tot_round_open(s, c);
  sqlite3_str_appendf(s, "%s * ", zS);
  if (ft->iTaxRate >= 0) {
    const char *zR = t->aCol[ft->iTaxRate].zName;
    sqlite3_str_appendf(s,
                        "coalesce(CASE WHEN syda_p.\"%w\" >= 0 AND syda_p.\"%w\" < 1 THEN syda_p.\"%w\" "
                        "WHEN syda_p.\"%w\" >= 1 AND syda_p.\"%w\" <= 100 THEN syda_p.\"%w\" / 100.0 END, ",
                        zR, zR, zR, zR, zR, zR);
  }
  sqlite3_str_appendall(s, "(");
  tot_hash_sql(s, c->zName);
  sqlite3_str_appendall(s, " % 26 / 100.0)");
  if (ft->iTaxRate >= 0) sqlite3_str_appendall(s, ")");
  tot_round_close(s, c);
  sqlite3_str_appendall(s, " END");
}

/* Shipping (bShip) or an amount of discount: the value made when it is
** between 0 and its cap (20% of the subtotal, and at most 50 for
** shipping), else a place under the cap that it draws. */
static void tot_cap_sql(sqlite3_str *s, const SchemaTable *t, int iCol, const char *zS, int bShip) {
  const SchemaColumn *c = &t->aCol[iCol];
  char *zCap = bShip ? sqlite3_mprintf("min(%s * 0.2, 50)", zS) : sqlite3_mprintf("(%s * 0.2)", zS);
  sqlite3_str_appendf(s, "CASE WHEN syda_p.\"%w\" IS NULL OR syda_p.\"%w\" BETWEEN 0 AND %s THEN syda_p.\"%w\" ELSE ",
                      c->zName, c->zName, zCap ? zCap : "0", c->zName);
  tot_round_open(s, c);
  sqlite3_str_appendf(s, "%s * (", zCap ? zCap : "0");
  tot_hash_sql(s, c->zName);
  sqlite3_str_appendall(s, " % 1000) / 1000.0");
  tot_round_close(s, c);
  sqlite3_str_appendall(s, " END");
  sqlite3_free(zCap);
  if (zCap == 0) sqlite3_str_appendall(s, "\x01"); /* out of memory: a statement that does not prepare */
}

/* A part of the total: its new value when the UPDATE sets it, else the
** row's own. */
static void tot_part_sql(sqlite3_str *s, const SchemaTable *t, const FillTotal *ft, int iCol, const char *zS) {
  if (iCol == ft->iTax && ft->bSetTax)
    tot_tax_sql(s, t, ft, zS);
  else if (iCol == ft->iShip && ft->bSetShip)
    tot_cap_sql(s, t, iCol, zS, 1);
  else if (iCol == ft->iDisc && ft->bSetDisc)
    tot_cap_sql(s, t, iCol, zS, 0);
  else if (iCol == ft->iDisc && ft->eDisc == ROW_DISC_RATE)
    sqlite3_str_appendf(s, "%s * syda_p.\"%w\"", zS, t->aCol[iCol].zName);
  else if (iCol == ft->iDisc && ft->eDisc == ROW_DISC_PERCENT)
    sqlite3_str_appendf(s, "%s * syda_p.\"%w\" / 100.0", zS, t->aCol[iCol].zName);
  else
    sqlite3_str_appendf(s, "syda_p.\"%w\"", t->aCol[iCol].zName);
}

/* Does the UPDATE set more than the sum (a tax, shipping, a total)? */
static int tot_has_also(const FillTotal *ft) {
  return ft->bSetTax || ft->bSetShip || ft->bSetDisc || ft->bSetGrand;
}

/* The parts of the total as columns of syda_x: ", tax AS syda_x0, ..."
** (each computed once: a CTE MATERIALIZED keeps them from being inlined
** into each SET expression that reads them, and round() is not cheap). */
static void tot_parts_sql(sqlite3_str *s, const SchemaTable *t, const FillTotal *ft, const char *zS) {
  const int aiPart[3] = {ft->iTax, ft->iShip, ft->iDisc};
  int k;
  for (k = 0; k < 3; k++) {
    if (aiPart[k] < 0) continue;
    sqlite3_str_appendall(s, ", ");
    tot_part_sql(s, t, ft, aiPart[k], zS);
    sqlite3_str_appendf(s, " AS syda_x%d", k);
  }
}

/* SET subtotal = syda_x.syda_v [, tax = syda_x.syda_x0][, ...]
** [, total = round(subtotal + tax + shipping - discount)]; without parts,
** SET total = zS. */
static void tot_set_sql(sqlite3_str *s, const SchemaTable *t, const FillTotal *ft, const char *zS) {
  const int aiPart[3] = {ft->iTax, ft->iShip, ft->iDisc};
  const int abSet[3] = {ft->bSetTax, ft->bSetShip, ft->bSetDisc};
  int k;
  if (!tot_has_also(ft)) {
    sqlite3_str_appendf(s, " SET \"%w\" = %s", t->aCol[ft->iCol].zName, zS);
    return;
  }
  sqlite3_str_appendf(s, " SET \"%w\" = syda_x.syda_v", t->aCol[ft->iCol].zName);
  for (k = 0; k < 3; k++) {
    if (abSet[k]) sqlite3_str_appendf(s, ", \"%w\" = syda_x.syda_x%d", t->aCol[aiPart[k]].zName, k);
  }
  if (!ft->bSetGrand) return;
  sqlite3_str_appendf(s, ", \"%w\" = ", t->aCol[ft->iGrand].zName);
  tot_round_open(s, &t->aCol[ft->iGrand]);
  sqlite3_str_appendall(s, "syda_x.syda_v");
  for (k = 0; k < 3; k++) {
    if (aiPart[k] >= 0) sqlite3_str_appendf(s, " %c coalesce(syda_x.syda_x%d, 0)", k == 2 ? '-' : '+', k);
  }
  tot_round_close(s, &t->aCol[ft->iGrand]);
}

/* The foreign key that leads to the parent (the line's, or the table
** between's), and the alias of the table that holds it. */
static const SchemaFk *tot_parent_fk(const Plan *p, const FillTotal *ft, const SchemaTable **pt, const char **pzA) {
  *pt = p->aTable[ft->iMid >= 0 ? ft->iMid : ft->iChild].pTab;
  *pzA = ft->iMid >= 0 ? "syda_m" : "syda_c";
  return &(*pt)->aFk[ft->iMid >= 0 ? ft->iMidFk : ft->iFk];
}

/* " FROM C AS syda_c [JOIN M AS syda_m ON syda_m.key = syda_c.fk ..]" */
static void tot_from_sql(sqlite3_str *s, const Plan *p, const FillTotal *ft) {
  const SchemaTable *c = p->aTable[ft->iChild].pTab;
  int j;
  sqlite3_str_appendf(s, " FROM \"%w\".\"%w\" AS syda_c", c->zDb, c->zName);
  if (ft->iMid >= 0) {
    const SchemaTable *m = p->aTable[ft->iMid].pTab;
    const SchemaFk *fk = &c->aFk[ft->iFk];
    sqlite3_str_appendf(s, " JOIN \"%w\".\"%w\" AS syda_m ON ", m->zDb, m->zName);
    for (j = 0; j < fk->nCol; j++) {
      sqlite3_str_appendf(s, "%ssyda_m.\"%w\" = syda_c.\"%w\"", j ? " AND " : "", fk->azParentCol[j],
                          c->aCol[fk->aiCol[j]].zName);
    }
  }
}

/*
** UPDATE OR IGNORE P AS syda_p SET total = round(syda_s.v, d) [, ...]
** FROM (SELECT k.., total(v) AS v FROM (
**         SELECT fk.., total(line) FROM C [JOIN M] GROUP BY fk..
**         UNION ALL SELECT key.., 0 FROM P WHERE new) GROUP BY k..) AS syda_s
** WHERE syda_p.key.. = syda_s.k.. AND new
** The lines are summed by sorting, not by an index per parent (the child's
** key may have none); the 0 rows give parents without lines their total.
*/
static char *tot_sql(sqlite3 *db, const Plan *p, const FillTotal *ft, const FillNewRows *w, int *pbList) {
  const SchemaTable *t = p->aTable[ft->iParent].pTab, *c = p->aTable[ft->iChild].pTab, *k;
  const char *zA, *zKeys = tot_has_also(ft) ? "syda_x" : "syda_s";
  const SchemaFk *fk = tot_parent_fk(p, ft, &k, &zA);
  sqlite3_str *s = sqlite3_str_new(db), *q = sqlite3_str_new(db);
  char *zSums;
  int j;
  /* the rounded sums by parent key */
  sqlite3_str_appendall(q, "(SELECT ");
  for (j = 0; j < fk->nCol; j++)
    sqlite3_str_appendf(q, "syda_k%d, ", j);
  tot_round_open(q, &t->aCol[ft->iCol]);
  sqlite3_str_appendall(q, "total(syda_v)");
  tot_round_close(q, &t->aCol[ft->iCol]);
  sqlite3_str_appendall(q, " AS v FROM (SELECT ");
  for (j = 0; j < fk->nCol; j++)
    sqlite3_str_appendf(q, "%s.\"%w\" AS syda_k%d, ", zA, k->aCol[fk->aiCol[j]].zName, j);
  sqlite3_str_appendall(q, "total(");
  tot_line_sql(q, c, ft, "syda_c");
  sqlite3_str_appendall(q, ") AS syda_v");
  tot_from_sql(q, p, ft);
  sqlite3_str_appendall(q, " GROUP BY ");
  for (j = 0; j < fk->nCol; j++)
    sqlite3_str_appendf(q, "%s%d", j ? ", " : "", j + 1);
  sqlite3_str_appendall(q, " UNION ALL SELECT ");
  for (j = 0; j < fk->nCol; j++)
    sqlite3_str_appendf(q, "syda_n.\"%w\", ", fk->azParentCol[j]);
  sqlite3_str_appendf(q, "0 FROM \"%w\".\"%w\" AS syda_n WHERE 1", t->zDb, t->zName);
  *pbList = tot_where_new(q, t, "syda_n", w);
  sqlite3_str_appendall(q, ") GROUP BY ");
  for (j = 0; j < fk->nCol; j++)
    sqlite3_str_appendf(q, "%s%d", j ? ", " : "", j + 1);
  sqlite3_str_appendall(q, ") AS syda_s");
  zSums = sqlite3_str_finish(q);
  if (zSums == 0) {
    sqlite3_free(sqlite3_str_finish(s));
    return 0;
  }
  if (tot_has_also(ft)) {
    /* the parts computed once per row, with the parent's own values */
    sqlite3_str_appendall(s, "WITH syda_x AS MATERIALIZED (SELECT ");
    for (j = 0; j < fk->nCol; j++)
      sqlite3_str_appendf(s, "syda_s.syda_k%d, ", j);
    sqlite3_str_appendall(s, "syda_s.v AS syda_v");
    tot_parts_sql(s, t, ft, "syda_s.v");
    sqlite3_str_appendf(s, " FROM %s JOIN \"%w\".\"%w\" AS syda_p ON ", zSums, t->zDb, t->zName);
    for (j = 0; j < fk->nCol; j++)
      sqlite3_str_appendf(s, "%ssyda_p.\"%w\" = syda_s.syda_k%d", j ? " AND " : "", fk->azParentCol[j], j);
    sqlite3_str_appendall(s, " WHERE 1");
    tot_where_new(s, t, "syda_p", w);
    sqlite3_str_appendall(s, ") ");
  }
  sqlite3_str_appendf(s, "UPDATE OR IGNORE \"%w\".\"%w\" AS syda_p", t->zDb, t->zName);
  tot_set_sql(s, t, ft, "syda_s.v");
  if (tot_has_also(ft))
    sqlite3_str_appendall(s, " FROM syda_x WHERE ");
  else
    sqlite3_str_appendf(s, " FROM %s WHERE ", zSums);
  sqlite3_free(zSums);
  for (j = 0; j < fk->nCol; j++)
    sqlite3_str_appendf(s, "%ssyda_p.\"%w\" = %s.syda_k%d", j ? " AND " : "", fk->azParentCol[j], zKeys, j);
  tot_where_new(s, t, "syda_p", w);
  return sqlite3_str_finish(s);
}

/*
** The common case the sort of tot_sql costs too much for: the child's key
** (or the table between's) is the parent's rowid and the new rows' rowids
** are one run lo .. lo+n-1.  One scan of the lines adds each to its
** parent's place in an array, and the sums go to the UPDATE as a JSON array
** (json_each's key + lo is the rowid).  *pzSql NULL: not this case (or a
** key that is not an integer: the general way compares as SQL does).
*/
static int tot_fast(sqlite3 *db, const Plan *p, const FillTotal *ft, const FillNewRows *w, char **pzSql,
                    SydaBuf *b) {
  const SchemaTable *t = p->aTable[ft->iParent].pTab, *c = p->aTable[ft->iChild].pTab, *kt;
  const char *zA;
  const SchemaFk *fk = tot_parent_fk(p, ft, &kt, &zA);
  sqlite3_stmt *q = 0;
  sqlite3_str *s;
  double *aSum = 0;
  i64 lo = 0, hi = -1, n = 0, r;
  int rc = SQLITE_OK, bOk = 1;
  char *zSql;
  *pzSql = 0;
  if (t->withoutRowid || fk->nCol != 1 || t->iRowidCol < 0 ||
      schema_column_index(t, fk->azParentCol[0]) != t->iRowidCol) {
    return SQLITE_OK;
  }
  if (w->aRowid) {
    tot_rowid_span(w, &lo, &hi);
    n = w->n;
  } else if (w->bAll) {
    zSql = sqlite3_mprintf("SELECT min(rowid), max(rowid), count(*) FROM \"%w\".\"%w\"", t->zDb, t->zName);
    if (zSql == 0) return SQLITE_NOMEM;
    rc = sqlite3_prepare_v2(db, zSql, -1, &q, 0);
    sqlite3_free(zSql);
    if (rc == SQLITE_OK && sqlite3_step(q) == SQLITE_ROW) {
      lo = sqlite3_column_int64(q, 0);
      hi = sqlite3_column_int64(q, 1);
      n = sqlite3_column_int64(q, 2);
    }
    rc = sqlite3_finalize(q);
    if (rc != SQLITE_OK) return rc;
  }
  if (n <= 0 || hi - lo + 1 != n) return SQLITE_OK;
  aSum = sqlite3_malloc64(sizeof(double) * (sqlite3_uint64)n);
  if (aSum == 0) return SQLITE_NOMEM;
  memset(aSum, 0, sizeof(double) * (size_t)n);
  s = sqlite3_str_new(db);
  sqlite3_str_appendf(s, "SELECT %s.\"%w\", ", zA, kt->aCol[fk->aiCol[0]].zName);
  tot_line_sql(s, c, ft, "syda_c");
  tot_from_sql(s, p, ft);
  zSql = sqlite3_str_finish(s);
  rc = zSql ? sqlite3_prepare_v2(db, zSql, -1, &q, 0) : SQLITE_NOMEM;
  sqlite3_free(zSql);
  while (rc == SQLITE_OK && bOk && sqlite3_step(q) == SQLITE_ROW) {
    int eKey = sqlite3_column_type(q, 0);
    i64 k;
    if (eKey == SQLITE_NULL || sqlite3_column_type(q, 1) == SQLITE_NULL) continue;
    if (eKey != SQLITE_INTEGER) bOk = 0;
    k = sqlite3_column_int64(q, 0);
    if (k >= lo && k <= hi) aSum[k - lo] += sqlite3_column_double(q, 1);
  }
  if (q) {
    int rc2 = sqlite3_finalize(q);
    if (rc == SQLITE_OK) rc = rc2;
  }
  buf_putc(b, '[');
  for (r = 0; rc == SQLITE_OK && bOk && r < n; r++) {
    char a[400];
    if (r) buf_putc(b, ',');
    /* rounded as SQL's round() rounds (to whole numbers directly, else
    ** to its text, which json_each reads back as round() does) */
    if (!isfinite(aSum[r]) || fabs(aSum[r]) > 4503599627370496.0) {
      bOk = 0; /* round() leaves such a number as it is */
    } else if (ft->nScale == 0 || aSum[r] == 0) {
      buf_int(b, (i64)(aSum[r] + (aSum[r] < 0 ? -0.5 : 0.5)));
    } else {
      sqlite3_snprintf((int)sizeof(a), a, "%!.*f", ft->nScale, aSum[r]);
      buf_str(b, a);
    }
  }
  buf_putc(b, ']');
  sqlite3_free(aSum);
  if (rc != SQLITE_OK || !bOk) return rc;
  s = sqlite3_str_new(db);
  if (tot_has_also(ft)) {
    sqlite3_str_appendall(s, "WITH syda_x AS MATERIALIZED (SELECT syda_p.rowid AS syda_r, syda_e.value AS syda_v");
    tot_parts_sql(s, t, ft, "syda_e.value");
    sqlite3_str_appendf(s, " FROM json_each(?1) AS syda_e JOIN \"%w\".\"%w\" AS syda_p ON syda_p.rowid = syda_e.key + %lld) ",
                        t->zDb, t->zName, (long long)lo);
  }
  sqlite3_str_appendf(s, "UPDATE OR IGNORE \"%w\".\"%w\" AS syda_p", t->zDb, t->zName);
  tot_set_sql(s, t, ft, "syda_e.value");
  if (tot_has_also(ft))
    sqlite3_str_appendall(s, " FROM syda_x WHERE syda_p.rowid = syda_x.syda_r");
  else
    sqlite3_str_appendf(s, " FROM json_each(?1) AS syda_e WHERE syda_p.rowid = syda_e.key + %lld", (long long)lo);
  *pzSql = sqlite3_str_finish(s);
  return *pzSql ? SQLITE_OK : SQLITE_NOMEM;
}

int fill_totals_apply(sqlite3 *db, const char *zFunc, const Plan *p, const FillTotal *ft,
                      const FillNewRows *w, i64 *pnSet, char **pzWhy, char **pzErr) {
  const SchemaTable *t = p->aTable[ft->iParent].pTab;
  sqlite3_stmt *q = 0;
  SydaBuf b = {0, 0, 0, 0};
  char *zSql;
  int rc, bList = 0;
  *pnSet = 0;
  *pzWhy = 0;
  if (w->n == 0) return SQLITE_OK;
  rc = tot_fast(db, p, ft, w, &zSql, &b);
  if (rc != SQLITE_OK) {
    buf_free(&b);
    return rc;
  }
  if (zSql) {
    bList = 1;
  } else {
    buf_reset(&b);
    zSql = tot_sql(db, p, ft, w, &bList);
  }
  if (zSql == 0) {
    buf_free(&b);
    return SQLITE_NOMEM;
  }
  if (bList && b.n == 0 && !tot_key_list(w, &b)) {
    sqlite3_free(zSql);
    buf_free(&b);
    *pzWhy = sqlite3_mprintf("its new rows have a BLOB primary key, which the UPDATE cannot list");
    return *pzWhy ? SQLITE_OK : SQLITE_NOMEM;
  }
  if (b.oom) {
    sqlite3_free(zSql);
    buf_free(&b);
    return SQLITE_NOMEM;
  }
  rc = sqlite3_exec(db, "SAVEPOINT " TOT_SAVEPOINT, 0, 0, 0);
  if (rc == SQLITE_OK) rc = sqlite3_prepare_v2(db, zSql, -1, &q, 0);
  sqlite3_free(zSql);
  if (rc == SQLITE_OK) {
    if (bList) sqlite3_bind_text(q, 1, b.z, b.n, SQLITE_STATIC);
    rc = sqlite3_step(q);
    if (rc == SQLITE_DONE) {
      rc = SQLITE_OK;
      *pnSet = sqlite3_changes64(db);
    }
  }
  if (rc != SQLITE_OK && (rc & 0xff) != SQLITE_NOMEM && (rc & 0xff) != SQLITE_IOERR &&
      (rc & 0xff) != SQLITE_FULL && (rc & 0xff) != SQLITE_CORRUPT) {
    /* a trigger that refuses, say: the totals stay as they were made */
    *pzWhy = sqlite3_mprintf("%s", sqlite3_errmsg(db));
    sqlite3_finalize(q);
    q = 0;
    sqlite3_exec(db, "ROLLBACK TO " TOT_SAVEPOINT, 0, 0, 0);
    *pnSet = 0;
    rc = *pzWhy ? SQLITE_OK : SQLITE_NOMEM;
  }
  sqlite3_finalize(q);
  buf_free(&b);
  if (rc == SQLITE_OK) rc = sqlite3_exec(db, "RELEASE " TOT_SAVEPOINT, 0, 0, 0);
  if (rc != SQLITE_OK && *pzErr == 0) {
    *pzErr = sqlite3_mprintf("%s: table \"%s\": column \"%s\": setting it to the sum of its lines: %s", zFunc,
                             t->zName, t->aCol[ft->iCol].zName,
                             rc == SQLITE_NOMEM ? "out of memory" : sqlite3_errmsg(db));
  }
  return rc;
}

/* The line's amount in words of its columns: line_total, quantity *
** unit_price * (1 - discount). */
static char *tot_line_text(const SchemaTable *c, const FillTotal *ft) {
  const char *zD = ft->iLineDisc >= 0 ? c->aCol[ft->iLineDisc].zName : "";
  if (ft->iLine >= 0) return sqlite3_mprintf("%s", c->aCol[ft->iLine].zName);
  return sqlite3_mprintf(ft->iLineDisc < 0                  ? "%s * %s"
                         : ft->eLineDisc == ROW_DISC_RATE    ? "%s * %s * (1 - %s)"
                         : ft->eLineDisc == ROW_DISC_PERCENT ? "%s * %s * (1 - %s / 100)"
                                                             : "%s * %s - %s",
                         c->aCol[ft->iQty].zName, c->aCol[ft->iPrice].zName, zD);
}

/* How the UPDATE sets part iCol of the total, in words. */
static char *tot_part_text(const SchemaTable *t, const FillTotal *ft, int iCol) {
  const char *zS = t->aCol[ft->iCol].zName;
  if (iCol == ft->iTax && ft->iTaxRate >= 0) return sqlite3_mprintf("%s * %s", zS, t->aCol[ft->iTaxRate].zName);
  if (iCol == ft->iTax) return sqlite3_mprintf("%s * a whole percent from 0 to 25, drawn for the row", zS);
  if (iCol == ft->iShip)
    return sqlite3_mprintf("as made when from 0 to 20%% of %s and at most 50, else drawn below that", zS);
  return sqlite3_mprintf("as made when from 0 to 20%% of %s, else drawn below that", zS);
}

/* subtotal + tax + shipping - discount, in words. */
static char *tot_grand_text(const SchemaTable *t, const FillTotal *ft) {
  sqlite3_str *s = sqlite3_str_new(0);
  const char *zS = t->aCol[ft->iCol].zName;
  sqlite3_str_appendall(s, zS);
  if (ft->iTax >= 0) sqlite3_str_appendf(s, " + %s", t->aCol[ft->iTax].zName);
  if (ft->iShip >= 0) sqlite3_str_appendf(s, " + %s", t->aCol[ft->iShip].zName);
  if (ft->iDisc >= 0) {
    const char *zD = t->aCol[ft->iDisc].zName;
    if (ft->eDisc == ROW_DISC_RATE)
      sqlite3_str_appendf(s, " - %s * %s", zS, zD);
    else if (ft->eDisc == ROW_DISC_PERCENT)
      sqlite3_str_appendf(s, " - %s * %s / 100", zS, zD);
    else
      sqlite3_str_appendf(s, " - %s", zD);
  }
  return sqlite3_str_finish(s);
}

static void tot_json_name(SydaBuf *b, const char *z) {
  buf_json_string(b, z, (int)strlen(z));
}

static void tot_json_text(SydaBuf *b, char *z) {
  if (z)
    buf_json_string(b, z, (int)strlen(z));
  else
    b->oom = 1;
  sqlite3_free(z);
}

void fill_totals_json(SydaBuf *b, const Plan *p, const FillTotal *ft) {
  const SchemaTable *t = p->aTable[ft->iParent].pTab;
  const char *z = t->aCol[ft->iCol].zName;
  buf_str(b, "{\"column\":");
  buf_json_string(b, z, (int)strlen(z));
  if (ft->zNotSet) {
    buf_str(b, ",\"not_set\":");
    buf_json_string(b, ft->zNotSet, (int)strlen(ft->zNotSet));
  } else {
    const SchemaTable *c = p->aTable[ft->iChild].pTab;
    const int aiPart[3] = {ft->iTax, ft->iShip, ft->iDisc};
    const int abSet[3] = {ft->bSetTax, ft->bSetShip, ft->bSetDisc};
    int k, n = 0;
    buf_str(b, ",\"lines\":");
    plan_json_name(b, c);
    if (ft->iMid >= 0) {
      buf_str(b, ",\"through\":");
      plan_json_name(b, p->aTable[ft->iMid].pTab);
    }
    buf_str(b, ",\"line\":");
    tot_json_text(b, tot_line_text(c, ft));
    buf_str(b, ",\"decimals\":");
    buf_int(b, ft->nScale);
    for (k = 0; k < 3; k++) {
      if (!abSet[k]) continue;
      buf_str(b, n++ ? "," : ",\"also\":{");
      tot_json_name(b, t->aCol[aiPart[k]].zName);
      buf_putc(b, ':');
      tot_json_text(b, tot_part_text(t, ft, aiPart[k]));
    }
    if (ft->bSetGrand) {
      buf_str(b, n++ ? "," : ",\"also\":{");
      tot_json_name(b, t->aCol[ft->iGrand].zName);
      buf_putc(b, ':');
      tot_json_text(b, tot_grand_text(t, ft));
    }
    if (n) buf_putc(b, '}');
    if (ft->zAlsoNot) {
      buf_str(b, ",\"also_not_set\":");
      tot_json_name(b, ft->zAlsoNot);
    }
  }
  buf_putc(b, '}');
}

void fill_totals_also_json(SydaBuf *b, const Plan *p, const FillTotal *ft) {
  const SchemaTable *t = p->aTable[ft->iParent].pTab;
  const int aiCol[4] = {ft->iTax, ft->iShip, ft->iDisc, ft->iGrand};
  const int abSet[4] = {ft->bSetTax, ft->bSetShip, ft->bSetDisc, ft->bSetGrand};
  int k, n = 0;
  for (k = 0; k < 4; k++) {
    if (!abSet[k]) continue;
    buf_str(b, n++ ? "," : ",\"also\":[");
    tot_json_name(b, t->aCol[aiCol[k]].zName);
  }
  if (n) buf_putc(b, ']');
}
