/*
** fill_totals.c — an order's total is the sum of its lines.
**
**     SELECT syda_fill('{"tables": {"orders": 30, "order_items": 90}}');
**     SELECT count(*) FROM orders o WHERE total_amount <>
**       (SELECT round(total(quantity * unit_price), 2) FROM order_items WHERE order_id = o.id);   -- 0
**
** A parent table whose numeric column's name says it is a total (total,
** total_amount, grand_total, subtotal, ...) and that has exactly one table
** of lines (a foreign key to it, and a line total, or a quantity and a unit
** price) gets, once both are written, each new row's total set to the sum of
** its lines, rounded to the column's decimals; a row with no lines gets 0.
** One UPDATE per parent table, inside syda_fill's savepoint.  A row where
** that sum breaks a CHECK keeps the value it was made with (UPDATE OR
** IGNORE), and so does every row when the statement fails: the fill never
** fails for this.  The spec turns it off ("totals": false) and a rule on the
** total column wins.  syda_rows makes one table and never does this.
*/
#include "fill_totals.h"

#include <math.h>
#include <string.h>

SQLITE_EXTENSION_INIT3

#define TOT_SAVEPOINT "syda_totals"

/* Names, lower case without separators ("Total_Amount" is "totalamount"). */
static const char *const azParentTotal[] = {
    "total",      "totalamount", "amounttotal", "grandtotal",   "subtotal",  "totalprice", "totalcost",
    "totalvalue", "totalsum",    "ordertotal",  "invoicetotal", "carttotal", "amount",     0};
static const char *const azSubtotal[] = {"subtotal", 0};
/* A child column that is its line's amount whatever else the table has. */
static const char *const azLineTotal[] = {"linetotal",      "lineamount",
                                          "linesubtotal",   "linevalue",
                                          "lineprice",      "linecost",
                                          "itemtotal",      "itemamount",
                                          "extendedprice",  "extprice",
                                          "extendedamount", "extamount",
                                          "extendedtotal",  0};
/* ... and one that is, in a table that is clearly of lines. */
static const char *const azLineAmount[] = {
    "total", "totalprice", "totalamount", "amount", "subtotal", "totalcost", 0};
static const char *const azQty[] = {"quantity",   "qty",           "units",    "quantityordered",
                                    "qtyordered", "orderquantity", "orderqty", 0};
static const char *const azPrice[] = {"unitprice",  "unitcost", "priceeach", "priceperunit",
                                      "unitamount", "unitrate", "price",     0};
/* Table names (their ends) that say the rows are lines: order_items, invoice_lines. */
static const char *const azLinesTable[] = {"items",  "item",     "lines",     "line", "details",
                                           "detail", "lineitem", "lineitems", 0};

static void tot_norm(const char *z, char *zOut, int nOut) {
  int n = 0;
  for (; *z && n < nOut - 1; z++) {
    unsigned char ch = (unsigned char)*z;
    if (ch >= 'A' && ch <= 'Z')
      zOut[n++] = (char)(ch + 'a' - 'A');
    else if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9'))
      zOut[n++] = (char)ch;
  }
  zOut[n] = 0;
}

static int tot_in(const char *zName, const char *const *az) {
  char zN[64];
  int i;
  tot_norm(zName, zN, (int)sizeof(zN));
  for (i = 0; az[i]; i++)
    if (strcmp(zN, az[i]) == 0) return i;
  return -1;
}

/* Does column zCol of table zTab say it is the table's total?  A name of
** the list, or the table's name and total or amount (po_total in po,
** order_amount in orders). */
static int tot_says_total(const char *zTab, const char *zCol) {
  static const char *const azEnd[] = {"total", "amount", "totalamount", 0};
  char zT[64], zC[64];
  size_t nT;
  int i;
  if (tot_in(zCol, azParentTotal) >= 0) return 1;
  tot_norm(zTab, zT, (int)sizeof(zT));
  tot_norm(zCol, zC, (int)sizeof(zC));
  nT = strlen(zT);
  if (nT > 1 && zT[nT - 1] == 's' && strncmp(zC, zT, nT) != 0) nT--; /* orders: order_total */
  if (nT == 0 || strncmp(zC, zT, nT) != 0) return 0;
  for (i = 0; azEnd[i]; i++)
    if (strcmp(zC + nT, azEnd[i]) == 0) return 1;
  return 0;
}

static int tot_numeric(const SchemaColumn *c) {
  return c->eType == TY_INT || c->eType == TY_REAL || c->eType == TY_NUMERIC;
}

/* The column of t named by list az that comes first in it, -1 if none.
** bRead: a generated column counts (it is read, never written). */
static int tot_find(const SchemaTable *t, const char *const *az, int bRead) {
  int i, best = -1, bestAt = 1 << 30;
  for (i = 0; i < t->nCol; i++) {
    const SchemaColumn *c = &t->aCol[i];
    int at;
    if ((c->eHidden && !bRead) || c->eHidden == 1 || !tot_numeric(c) || schema_column_is_key(t, i, 0))
      continue;
    at = tot_in(c->zName, az);
    if (at >= 0 && at < bestAt) {
      best = i;
      bestAt = at;
    }
  }
  return best;
}

/* Does the table's name end in a word that says lines: order_items,
** InvoiceLines, "po lines", lineitem (not airlines, nor guidelines)? */
static int tot_lines_named(const char *zTab) {
  size_t n = strlen(zTab);
  int i;
  if (tot_in(zTab, azLinesTable) >= 0) return 1;
  for (i = 0; azLinesTable[i]; i++) {
    size_t m = strlen(azLinesTable[i]);
    if (n <= m || sqlite3_stricmp(zTab + n - m, azLinesTable[i]) != 0) continue;
    /* a separator before the word, or its first letter a capital after a small one */
    if (strchr("_- ", zTab[n - m - 1])) return 1;
    if (zTab[n - m] >= 'A' && zTab[n - m] <= 'Z' && zTab[n - m - 1] >= 'a' && zTab[n - m - 1] <= 'z')
      return 1;
  }
  return 0;
}

/*
** Is t a table of lines, and what is a line's amount?  A line total column
** (line_total); or, with a quantity and a unit price, or in a table whose
** name says lines (order_items), a total or amount column; or quantity x
** unit price.  A column named as the parent's total (amount for amount)
** comes first.  Returns 1 and sets *piLine, or *piQty and *piPrice.
*/
static int tot_lines(const SchemaTable *t, const char *zParentCol, int *piLine, int *piQty, int *piPrice) {
  const char *azSame[2];
  char zName[64];
  int iLine = tot_find(t, azLineTotal, 1), iQty = tot_find(t, azQty, 0), iPrice = tot_find(t, azPrice, 0);
  int bNamed = tot_lines_named(t->zName) || (iQty >= 0 && iPrice >= 0), iSame;
  if (!bNamed && iLine < 0) return 0;
  /* the parent's own name, if the child has it as a line amount */
  tot_norm(zParentCol, zName, (int)sizeof(zName));
  azSame[0] = zName;
  azSame[1] = 0;
  iSame = tot_find(t, azSame, 1);
  if (iSame >= 0 && (tot_in(t->aCol[iSame].zName, azLineTotal) >= 0 || bNamed)) iLine = iSame;
  if (iLine < 0) iLine = tot_find(t, azLineAmount, 1);
  if (iLine < 0 && (iQty < 0 || iPrice < 0)) return 0;
  *piLine = iLine;
  *piQty = iLine < 0 ? iQty : -1;
  *piPrice = iLine < 0 ? iPrice : -1;
  return 1;
}

/* The spec's rule for the column gives it values (anything but a description). */
static int tot_ruled(const SpecTable *st, const char *zCol) {
  const SpecRule *r = st ? spec_rule(st, zCol) : 0;
  return r && (r->zKind || r->nValue || r->hasMin || r->hasMax || r->nRound >= 0 || r->rNull >= 0 ||
               r->eUnique >= 0 || r->eDist || r->zExpr);
}

/* "order_items" as a message shows a table. */
static char *tot_show(const SchemaTable *t) {
  if (sqlite3_stricmp(t->zDb, "main") == 0) return sqlite3_mprintf("\"%s\"", t->zName);
  return sqlite3_mprintf("\"%s.%s\"", t->zDb, t->zName);
}

/* Tables of t's database outside the plan with a foreign key to t. */
static int tot_other_children(sqlite3 *db, const Plan *p, const SchemaTable *t, char ***paz, int *pn) {
  sqlite3_stmt *q = 0;
  char *zSql = sqlite3_mprintf(
      "SELECT DISTINCT m.name FROM \"%w\".sqlite_schema m, pragma_foreign_key_list(m.name, %Q) f "
      "WHERE m.type = 'table' AND m.sql NOT LIKE 'create virtual%%' "
      "AND f.\"table\" = ?1 COLLATE NOCASE AND m.name <> ?1 COLLATE NOCASE "
      "ORDER BY m.name",
      t->zDb, t->zDb);
  int rc, nAlloc = 0;
  *paz = 0;
  *pn = 0;
  if (zSql == 0) return SQLITE_NOMEM;
  rc = sqlite3_prepare_v2(db, zSql, -1, &q, 0);
  sqlite3_free(zSql);
  if (rc != SQLITE_OK) return rc;
  sqlite3_bind_text(q, 1, t->zName, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
    const char *z = (const char *)sqlite3_column_text(q, 0);
    if (plan_find(p, t->zDb, z) >= 0) continue;
    if (*pn >= nAlloc) {
      char **azNew;
      nAlloc = nAlloc ? nAlloc * 2 : 4;
      azNew = sqlite3_realloc64(*paz, sizeof(char *) * (sqlite3_uint64)nAlloc);
      if (azNew == 0) {
        rc = SQLITE_NOMEM;
        break;
      }
      *paz = azNew;
    }
    (*paz)[*pn] = sqlite3_mprintf("%s", z);
    if ((*paz)[(*pn)++] == 0) {
      rc = SQLITE_NOMEM;
      break;
    }
  }
  sqlite3_finalize(q);
  return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

/* How many foreign keys of c lead to parent t. */
static int tot_fks_to(const SchemaTable *c, const SchemaTable *t, int *piFk) {
  int k, n = 0;
  for (k = 0; k < c->nFk; k++) {
    if (c->aFk[k].isSelf || sqlite3_stricmp(c->aFk[k].zParent, t->zName) != 0) continue;
    if (n++ == 0) *piFk = k;
  }
  return n;
}

/* One child's part in parent x's decision: a table of lines or not. */
typedef struct TotScan {
  int nLines;   /* tables of lines found */
  char *zFirst; /* the first's name, and the second's */
  char *zSecond;
  int iChild; /* the first's Plan index, -1 when outside the plan */
  int iFk, iLine, iQty, iPrice;
  int nFk; /* the first's foreign keys to the parent */
} TotScan;

static int tot_scan_child(TotScan *sc, const SchemaTable *c, int iChild, const SchemaTable *t,
                          const char *zCol) {
  int iFk = -1, iLine = -1, iQty = -1, iPrice = -1, nFk = tot_fks_to(c, t, &iFk);
  if (nFk == 0 || !tot_lines(c, zCol, &iLine, &iQty, &iPrice)) return SQLITE_OK;
  if (sc->nLines++ == 0) {
    sc->zFirst = tot_show(c);
    sc->iChild = iChild;
    sc->iFk = iFk;
    sc->iLine = iLine;
    sc->iQty = iQty;
    sc->iPrice = iPrice;
    sc->nFk = nFk;
    return sc->zFirst ? SQLITE_OK : SQLITE_NOMEM;
  }
  if (sc->nLines == 2) {
    sc->zSecond = tot_show(c);
    if (sc->zSecond == 0) return SQLITE_NOMEM;
  }
  return SQLITE_OK;
}

/* Decide for plan table i; *pbAdd when it is worth a FillTotal (found, or
** why not when it looks like one). */
static int tot_decide(sqlite3 *db, const Spec *s, const Plan *p, int i, FillTotal *ft, int *pbAdd) {
  const PlanTable *x = &p->aTable[i];
  const SchemaTable *t = x->pTab;
  TotScan sc;
  char **azOther = 0;
  int nOther = 0, j, rc = SQLITE_OK, iCol = -1, iOther = -1, nCand = 0, iSub = -1;
  char *zUnknown = 0;
  *pbAdd = 0;
  memset(ft, 0, sizeof(*ft));
  memset(&sc, 0, sizeof(sc));
  for (j = 0; j < t->nCol; j++) {
    const SchemaColumn *c = &t->aCol[j];
    if (c->eHidden || !tot_numeric(c) || c->isUnique || schema_column_is_key(t, j, 0) ||
        !tot_says_total(t->zName, c->zName))
      continue;
    if (nCand++ == 0)
      iCol = j;
    else if (iOther < 0)
      iOther = j;
    if (tot_in(c->zName, azSubtotal) >= 0) iSub = j;
  }
  if (nCand == 0) return SQLITE_OK;
  /* the lines it might have: tables of the plan, then the others */
  sc.iChild = -1;
  for (j = 0; j < p->nTable && rc == SQLITE_OK; j++) {
    if (j != i && sqlite3_stricmp(p->aTable[j].pTab->zDb, t->zDb) == 0)
      rc = tot_scan_child(&sc, p->aTable[j].pTab, j, t, t->aCol[iSub >= 0 ? iSub : iCol].zName);
  }
  if (rc == SQLITE_OK) rc = tot_other_children(db, p, t, &azOther, &nOther);
  if (rc != SQLITE_OK && rc != SQLITE_NOMEM) {
    /* which tables refer to it is not known: no guess (and no failure) */
    zUnknown = sqlite3_mprintf("cannot tell which tables refer to it: %s", sqlite3_errmsg(db));
    rc = zUnknown ? SQLITE_OK : SQLITE_NOMEM;
    sc.nLines += sc.nLines == 0;
  }
  for (j = 0; j < nOther && rc == SQLITE_OK; j++) {
    SchemaTable *o = 0;
    char *zErr = 0;
    if (schema_table_load(db, t->zDb, azOther[j], &o, &zErr) == SQLITE_OK) {
      rc = tot_scan_child(&sc, o, -1, t, t->aCol[iSub >= 0 ? iSub : iCol].zName);
    }
    sqlite3_free(zErr);
    schema_table_free(o);
  }
  schema_names_free(azOther, nOther);
  if (rc != SQLITE_OK || sc.nLines == 0) goto done;
  /* a subtotal beside a total is the lines' sum; two others are a guess */
  if (nCand > 1 && iSub >= 0) {
    iCol = iSub;
    nCand = 1;
  }
  *pbAdd = 1;
  ft->iParent = i;
  ft->iCol = iCol;
  ft->iChild = -1;
  ft->nScale = t->aCol[iCol].eType == TY_INT                                  ? 0
               : t->aCol[iCol].eType == TY_NUMERIC && t->aCol[iCol].nPrec > 0 ? t->aCol[iCol].nScale
                                                                              : 2;
  if (zUnknown) {
    ft->zNotSet = zUnknown;
    zUnknown = 0;
  } else if (s->noTotals) {
    ft->zNotSet = sqlite3_mprintf("the spec says \"totals\": false");
  } else if (x->pSpec && x->pSpec->noTotals) {
    ft->zNotSet = sqlite3_mprintf("%s says \"totals\": false", x->pSpec->zPath);
  } else if (tot_ruled(x->pSpec, t->aCol[iCol].zName)) {
    ft->zNotSet = sqlite3_mprintf("the spec gives column \"%s\" a rule", t->aCol[iCol].zName);
  } else if (nCand > 1) {
    ft->zNotSet = sqlite3_mprintf("columns \"%s\" and \"%s\" both say total", t->aCol[iCol].zName,
                                  t->aCol[iOther].zName);
  } else if (tot_find(t, azQty, 0) >= 0 && tot_find(t, azPrice, 0) >= 0) {
    ft->zNotSet = sqlite3_mprintf("it has a quantity and a unit price of its own");
  } else if (sc.nLines > 1) {
    ft->zNotSet = sqlite3_mprintf("its lines could be in %s or %s", sc.zFirst, sc.zSecond);
  } else if (sc.nFk > 1) {
    ft->zNotSet =
        sqlite3_mprintf("%s, which holds its lines, refers to it by %d foreign keys", sc.zFirst, sc.nFk);
  } else if (sc.iChild < 0) {
    ft->zNotSet = sqlite3_mprintf("%s, which holds its lines, is not filled by this call", sc.zFirst);
  } else {
    ft->iChild = sc.iChild;
    ft->iFk = sc.iFk;
    ft->iLine = sc.iLine;
    ft->iQty = sc.iQty;
    ft->iPrice = sc.iPrice;
    goto done;
  }
  if (ft->zNotSet == 0) rc = SQLITE_NOMEM;
done:
  sqlite3_free(zUnknown);
  sqlite3_free(sc.zFirst);
  sqlite3_free(sc.zSecond);
  return rc;
}

int fill_totals_find(sqlite3 *db, const char *zFunc, const Spec *s, const Plan *p, FillTotal **pa, int *pn,
                     char **pzErr) {
  int i, rc = SQLITE_OK;
  *pa = 0;
  *pn = 0;
  for (i = 0; i < p->nTable && rc == SQLITE_OK; i++) {
    FillTotal ft, *aNew;
    int bAdd = 0;
    rc = tot_decide(db, s, p, i, &ft, &bAdd);
    if (rc != SQLITE_OK || !bAdd) continue;
    aNew = sqlite3_realloc64(*pa, sizeof(FillTotal) * (sqlite3_uint64)(*pn + 1));
    if (aNew == 0) {
      sqlite3_free(ft.zNotSet);
      rc = SQLITE_NOMEM;
      break;
    }
    *pa = aNew;
    aNew[(*pn)++] = ft;
  }
  if (rc != SQLITE_OK) {
    fill_totals_free(*pa, *pn);
    *pa = 0;
    *pn = 0;
    if (*pzErr == 0) {
      *pzErr = sqlite3_mprintf("%s: %s", zFunc, rc == SQLITE_NOMEM ? "out of memory" : sqlite3_errmsg(db));
    }
  }
  return rc;
}

void fill_totals_free(FillTotal *a, int n) {
  int i;
  for (i = 0; a && i < n; i++)
    sqlite3_free(a[i].zNotSet);
  sqlite3_free(a);
}

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

/* The line amount as SQL over the child's alias zA. */
static void tot_line_sql(sqlite3_str *s, const SchemaTable *c, const FillTotal *ft, const char *zA) {
  if (ft->iLine >= 0)
    sqlite3_str_appendf(s, "%s.\"%w\"", zA, c->aCol[ft->iLine].zName);
  else
    sqlite3_str_appendf(s, "%s.\"%w\" * %s.\"%w\"", zA, c->aCol[ft->iQty].zName, zA,
                        c->aCol[ft->iPrice].zName);
}

/* The sum zV, rounded as the column holds it. */
static void tot_round_sql(sqlite3_str *s, const SchemaTable *t, const FillTotal *ft, const char *zV) {
  if (t->aCol[ft->iCol].eType == TY_INT)
    sqlite3_str_appendf(s, "CAST(round(%s) AS INTEGER)", zV);
  else
    sqlite3_str_appendf(s, "round(%s, %d)", zV, ft->nScale);
}

/*
** UPDATE OR IGNORE P AS syda_p SET total = round(syda_s.v, d)
** FROM (SELECT k.., total(v) AS v FROM (
**         SELECT fk.., total(line) FROM C GROUP BY fk..
**         UNION ALL SELECT key.., 0 FROM P WHERE new) GROUP BY k..) AS syda_s
** WHERE syda_p.key.. = syda_s.k.. AND new
** The lines are summed by sorting, not by an index per parent (the child's
** key may have none); the 0 rows give parents without lines their total.
*/
static char *tot_sql(sqlite3 *db, const Plan *p, const FillTotal *ft, const FillNewRows *w, int *pbList) {
  const SchemaTable *t = p->aTable[ft->iParent].pTab, *c = p->aTable[ft->iChild].pTab;
  const SchemaFk *fk = &c->aFk[ft->iFk];
  sqlite3_str *s = sqlite3_str_new(db);
  int j;
  sqlite3_str_appendf(s, "UPDATE OR IGNORE \"%w\".\"%w\" AS syda_p SET \"%w\" = ", t->zDb, t->zName,
                      t->aCol[ft->iCol].zName);
  tot_round_sql(s, t, ft, "syda_s.v");
  sqlite3_str_appendall(s, " FROM (SELECT ");
  for (j = 0; j < fk->nCol; j++)
    sqlite3_str_appendf(s, "syda_k%d, ", j);
  sqlite3_str_appendall(s, "total(syda_v) AS v FROM (SELECT ");
  for (j = 0; j < fk->nCol; j++)
    sqlite3_str_appendf(s, "syda_c.\"%w\" AS syda_k%d, ", c->aCol[fk->aiCol[j]].zName, j);
  sqlite3_str_appendall(s, "total(");
  tot_line_sql(s, c, ft, "syda_c");
  sqlite3_str_appendf(s, ") AS syda_v FROM \"%w\".\"%w\" AS syda_c GROUP BY ", c->zDb, c->zName);
  for (j = 0; j < fk->nCol; j++)
    sqlite3_str_appendf(s, "%s%d", j ? ", " : "", j + 1);
  sqlite3_str_appendall(s, " UNION ALL SELECT ");
  for (j = 0; j < fk->nCol; j++)
    sqlite3_str_appendf(s, "syda_n.\"%w\", ", fk->azParentCol[j]);
  sqlite3_str_appendf(s, "0 FROM \"%w\".\"%w\" AS syda_n WHERE 1", t->zDb, t->zName);
  *pbList = tot_where_new(s, t, "syda_n", w);
  sqlite3_str_appendall(s, ") GROUP BY ");
  for (j = 0; j < fk->nCol; j++)
    sqlite3_str_appendf(s, "%s%d", j ? ", " : "", j + 1);
  sqlite3_str_appendall(s, ") AS syda_s WHERE ");
  for (j = 0; j < fk->nCol; j++)
    sqlite3_str_appendf(s, "%ssyda_p.\"%w\" = syda_s.syda_k%d", j ? " AND " : "", fk->azParentCol[j], j);
  tot_where_new(s, t, "syda_p", w);
  return sqlite3_str_finish(s);
}

/*
** The common case the sort of tot_sql costs too much for: the child's key
** is the parent's rowid and the new rows' rowids are one run lo .. lo+n-1.
** One scan of the child adds each line to its parent's place in an array,
** and the sums go to the UPDATE as a JSON array (json_each's key + lo is the
** rowid).  *pzSql NULL: not this case (or a key that is not an integer:
** the general way compares as SQL does).
*/
static int tot_fast(sqlite3 *db, const Plan *p, const FillTotal *ft, const FillNewRows *w, char **pzSql,
                    SydaBuf *b) {
  const SchemaTable *t = p->aTable[ft->iParent].pTab, *c = p->aTable[ft->iChild].pTab;
  const SchemaFk *fk = &c->aFk[ft->iFk];
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
  sqlite3_str_appendf(s, "SELECT syda_c.\"%w\", ", c->aCol[fk->aiCol[0]].zName);
  tot_line_sql(s, c, ft, "syda_c");
  sqlite3_str_appendf(s, " FROM \"%w\".\"%w\" AS syda_c", c->zDb, c->zName);
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
  sqlite3_str_appendf(s, "UPDATE OR IGNORE \"%w\".\"%w\" AS syda_p SET \"%w\" = ", t->zDb, t->zName,
                      t->aCol[ft->iCol].zName);
  sqlite3_str_appendall(s, "syda_e.value");
  sqlite3_str_appendf(s, " FROM json_each(?1) AS syda_e WHERE syda_p.rowid = syda_e.key + %lld",
                      (long long)lo);
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
    char *zLine = ft->iLine >= 0
                      ? sqlite3_mprintf("%s", c->aCol[ft->iLine].zName)
                      : sqlite3_mprintf("%s * %s", c->aCol[ft->iQty].zName, c->aCol[ft->iPrice].zName);
    buf_str(b, ",\"lines\":");
    plan_json_name(b, c);
    buf_str(b, ",\"line\":");
    if (zLine)
      buf_json_string(b, zLine, (int)strlen(zLine));
    else
      b->oom = 1;
    sqlite3_free(zLine);
    buf_str(b, ",\"decimals\":");
    buf_int(b, ft->nScale);
  }
  buf_putc(b, '}');
}
