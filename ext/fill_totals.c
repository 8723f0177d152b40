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
** A line of quantity x unit price is less its discount (row_disc.c).  The
** lines may be two levels down: a child's totals (set first: children
** before parents), or the lines of the parent's only child when it has no
** amount of its own (bookings <- tickets <- ticket_flights).  Beside a
** subtotal, the same UPDATE makes the tax a rate of it, bounds shipping and
** discount, and sets the total to subtotal + tax + shipping - discount.
** One UPDATE per parent table, inside syda_fill's savepoint.  A row where
** that sum breaks a CHECK keeps the value it was made with (UPDATE OR
** IGNORE), and so does every row when the statement fails: the fill never
** fails for this.  The spec turns it off ("totals": false) and a rule on the
** total column wins.  syda_rows makes one table and never does this.
**
** This file holds the decisions (fill_totals_find): which column of a
** parent is its total, which table holds its lines and what a line's amount
** is, the tax, shipping and discount beside a subtotal, and the search two
** levels down.  fill_totals_sql.c writes the UPDATE and the JSON.
*/
#include "fill_totals_int.h"

#include <string.h>

SQLITE_EXTENSION_INIT3

/* Names, lower case without separators ("Total_Amount" is "totalamount":
** row_name_fold). */
static const char *const azParentTotal[] = {
    "total",      "totalamount", "amounttotal", "grandtotal",   "subtotal",  "totalprice", "totalcost",
    "totalvalue", "totalsum",    "ordertotal",  "invoicetotal", "carttotal", "amount",     0};
static const char *const azSubtotal[] = {"subtotal", 0};
/* A total named so little that only lines right below it are its lines. */
static const char *const azBare[] = {"amount", 0};
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
/* Beside a subtotal: the parent's tax, its rate, its shipping. */
static const char *const azTax[] = {"tax",      "taxamount", "taxamt",         "taxtotal",  "totaltax",
                                    "taxes",    "vat",       "vatamount",      "salestax",  "salestaxamount",
                                    "gst",      "gstamount", 0};
static const char *const azTaxRate[] = {"taxrate", "vatrate", "taxpercent", "taxpct", "salestaxrate", "gstrate", 0};
static const char *const azShip[] = {"shipping",       "shippingcost",   "shippingfee",         "shippingamount",
                                     "shippingcharge", "shippingtotal",  "shippingprice",       "shippinghandling",
                                     "freight",        "freightcost",    "freightamount",       "freightcharge",
                                     "deliveryfee",    "deliverycost",   "deliverycharge",      "postage",
                                     "shippingandhandling", 0};
/* Table names (their ends) that say the rows are lines: order_items, invoice_lines. */
static const char *const azLinesTable[] = {"items",  "item",     "lines",     "line", "details",
                                           "detail", "lineitem", "lineitems", 0};

static int tot_in(const char *zName, const char *const *az) {
  char zN[64];
  int i;
  row_name_fold(zName, zN, (int)sizeof(zN));
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
  row_name_fold(zTab, zT, (int)sizeof(zT));
  row_name_fold(zCol, zC, (int)sizeof(zC));
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
  row_name_fold(zParentCol, zName, (int)sizeof(zName));
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
  int nKids; /* tables with a foreign key to the parent, lines or not */
  int iKid;  /* the first's Plan index (-1 outside the plan), its key, and how many */
  int iKidFk, nKidFk;
} TotScan;

/* bLoose: a total or amount column is a line's amount whatever the
** table's name (lines two levels down, where the chain says it). */
static int tot_scan_child(TotScan *sc, const SchemaTable *c, int iChild, const SchemaTable *t,
                          const char *zCol, int bLoose) {
  int iFk = -1, iLine = -1, iQty = -1, iPrice = -1, nFk = tot_fks_to(c, t, &iFk);
  if (nFk > 0 && sc->nKids++ == 0) {
    sc->iKid = iChild;
    sc->iKidFk = iFk;
    sc->nKidFk = nFk;
  }
  if (nFk > 0 && !tot_lines(c, zCol, &iLine, &iQty, &iPrice) && bLoose) {
    iLine = tot_find(c, azLineAmount, 1);
    iQty = iPrice = -1;
  }
  if (nFk == 0 || (iLine < 0 && (iQty < 0 || iPrice < 0))) return SQLITE_OK;
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

/* The lines of parent t (plan table i, or -1): the plan's tables, then the
** database's others.  A failure to tell which tables refer to it is no
** error: *pzUnknown says so (and counts as lines, so that none is guessed). */
static int tot_scan_all(sqlite3 *db, const Plan *p, int i, const SchemaTable *t, const char *zCol, int bLoose,
                        TotScan *sc, char **pzUnknown) {
  char **azOther = 0;
  int nOther = 0, j, rc = SQLITE_OK;
  sc->iChild = sc->iKid = -1;
  for (j = 0; j < p->nTable && rc == SQLITE_OK; j++) {
    if (j != i && sqlite3_stricmp(p->aTable[j].pTab->zDb, t->zDb) == 0)
      rc = tot_scan_child(sc, p->aTable[j].pTab, j, t, zCol, bLoose);
  }
  if (rc == SQLITE_OK) rc = tot_other_children(db, p, t, &azOther, &nOther);
  if (rc != SQLITE_OK && rc != SQLITE_NOMEM) {
    *pzUnknown = sqlite3_mprintf("cannot tell which tables refer to it: %s", sqlite3_errmsg(db));
    rc = *pzUnknown ? SQLITE_OK : SQLITE_NOMEM;
    sc->nLines += sc->nLines == 0;
  }
  for (j = 0; j < nOther && rc == SQLITE_OK; j++) {
    SchemaTable *o = 0;
    char *zErr = 0;
    if (schema_table_load(db, t->zDb, azOther[j], &o, &zErr) == SQLITE_OK) {
      rc = tot_scan_child(sc, o, -1, t, zCol, bLoose);
    }
    sqlite3_free(zErr);
    schema_table_free(o);
  }
  schema_names_free(azOther, nOther);
  return rc;
}

static void tot_scan_free(TotScan *sc) {
  sqlite3_free(sc->zFirst);
  sqlite3_free(sc->zSecond);
  memset(sc, 0, sizeof(*sc));
}

/* Does t have a column that is an amount of its own (a total, a line amount)? */
static int tot_has_amount(const SchemaTable *t) {
  int j;
  for (j = 0; j < t->nCol; j++) {
    if (!t->aCol[j].eHidden && tot_numeric(&t->aCol[j]) && tot_says_total(t->zName, t->aCol[j].zName)) return 1;
  }
  return tot_find(t, azLineTotal, 1) >= 0 || tot_find(t, azLineAmount, 1) >= 0;
}

/*
** Parent t (plan table i) has no table of lines: are they two levels down?
** A child of the plan whose own total is set from its lines (aDone), the
** only such child, is one: its total is the line (orders <- shipments <-
** shipment_items).  Else, when t's only child M (in the plan, one key to
** t) has no amount of its own, and M's only table of lines L is in the
** plan: L's lines are t's, through M (bookings <- tickets <- ticket_flights).
** zCol says total (not a bare "amount").  Fills *sc as tot_scan_all does.
*/
static int tot_two_levels(sqlite3 *db, const Plan *p, int i, const SchemaTable *t, const char *zCol,
                          const FillTotal *aDone, int nDone, TotScan *sc, int *piMid, int *piMidFk) {
  TotScan m;
  char *zUnknown = 0;
  int k, nMid = 0, rc = SQLITE_OK, iFk = -1;
  *piMid = *piMidFk = -1;
  for (k = 0; k < nDone && rc == SQLITE_OK; k++) {
    const FillTotal *d = &aDone[k];
    const SchemaTable *c = p->aTable[d->iParent].pTab;
    if (d->zNotSet || d->iParent == i || sqlite3_stricmp(c->zDb, t->zDb) != 0 || tot_fks_to(c, t, &iFk) != 1)
      continue;
    if (nMid++ == 0) {
      sc->nLines = 1;
      sc->iChild = d->iParent;
      sc->iFk = iFk;
      sc->iLine = d->iGrand >= 0 ? d->iGrand : d->iCol;
      sc->iQty = sc->iPrice = -1;
      sc->nFk = 1;
      sc->zFirst = tot_show(c);
      if (sc->zFirst == 0) rc = SQLITE_NOMEM;
    } else if (nMid == 2) {
      sc->zSecond = tot_show(c);
      if (sc->zSecond == 0) rc = SQLITE_NOMEM;
    }
  }
  if (nMid > 0 || rc != SQLITE_OK) {
    if (nMid > 1) sc->nLines = 2; /* "could be in A or B" */
    return rc;
  }
  if (tot_in(zCol, azBare) >= 0 || sc->nKids != 1 || sc->iKid < 0 || sc->nKidFk != 1 ||
      tot_has_amount(p->aTable[sc->iKid].pTab)) {
    return SQLITE_OK;
  }
  memset(&m, 0, sizeof(m));
  rc = tot_scan_all(db, p, sc->iKid, p->aTable[sc->iKid].pTab, zCol, 1, &m, &zUnknown);
  if (rc == SQLITE_OK && !zUnknown && m.nLines == 1 && m.iChild >= 0 && m.nFk == 1 && m.iChild != i) {
    *piMid = sc->iKid;
    *piMidFk = sc->iKidFk;
    sc->nLines = 1;
    sc->iChild = m.iChild;
    sc->iFk = m.iFk;
    sc->iLine = m.iLine;
    sc->iQty = m.iQty;
    sc->iPrice = m.iPrice;
    sc->nFk = 1;
    sc->zFirst = m.zFirst;
    m.zFirst = 0;
  }
  sqlite3_free(zUnknown);
  tot_scan_free(&m);
  return rc;
}

/* A column of t named in list az (bDisc: a discount), counted; -1 none.
** *pbGen: one of them is generated. */
static int tot_part(const SchemaTable *t, const char *const *az, int bDisc, int *pn, int *pbGen) {
  int j, iFound = -1;
  for (j = 0; j < t->nCol; j++) {
    const SchemaColumn *c = &t->aCol[j];
    int is = bDisc ? row_discount_col(t, j)
                   : c->eHidden != 1 && tot_numeric(c) && !c->isUnique && !schema_column_is_key(t, j, 0) &&
                         tot_in(c->zName, az) >= 0;
    if (!is) continue;
    if (c->eHidden >= 2) *pbGen = 1;
    if ((*pn)++ == 0) iFound = j;
  }
  return iFound;
}

/* How plan table i makes column iCol, a discount (ROW_DISC_*): its
** generator knows the values' range.  A table that does not compile
** (the fill then says why) has none. */
static int tot_disc_form(sqlite3 *db, const Spec *s, const Plan *p, int i, int iCol) {
  const PlanTable *x = &p->aTable[i];
  RowGen *g = 0;
  RowOptions o;
  char *zErr = 0;
  int e = ROW_DISC_NONE;
  row_options_init(&o, "syda_fill");
  o.seed = s->seed;
  o.zLocale = s->zLocale;
  o.nFk = x->pTab->nFk;
  o.aeFk = x->aeFk;
  o.iPerFk = x->iPerFk;
  if (row_compile(db, x->pTab, x->pSpec, &o, &g, &zErr) == SQLITE_OK) e = row_discount_form(g, iCol);
  sqlite3_free(zErr);
  row_free(g);
  return e;
}

/* Beside a subtotal iCol (one of nCand columns that say total): the other
** amounts of the parent, and which of them the UPDATE sets. */
static int tot_also(sqlite3 *db, const Spec *s, const Plan *p, FillTotal *ft, int nCand) {
  const PlanTable *x = &p->aTable[ft->iParent];
  const SchemaTable *t = x->pTab;
  int j, nGrand = 0, nTax = 0, nRate = 0, nShip = 0, nDisc = 0, bGen = 0, iOther = -1;
  static const char *const azNone[] = {0};
  ft->iTax = ft->iTaxRate = ft->iShip = ft->iDisc = ft->iGrand = -1;
  for (j = 0; j < t->nCol && nCand > 1; j++) {
    const SchemaColumn *c = &t->aCol[j];
    if (j == ft->iCol || c->eHidden || !tot_numeric(c) || c->isUnique || schema_column_is_key(t, j, 0) ||
        !tot_says_total(t->zName, c->zName))
      continue;
    if (nGrand++ == 0)
      ft->iGrand = j;
    else if (iOther < 0)
      iOther = j;
  }
  ft->iTax = tot_part(t, azTax, 0, &nTax, &bGen);
  ft->iTaxRate = tot_part(t, azTaxRate, 0, &nRate, &bGen);
  ft->iShip = tot_part(t, azShip, 0, &nShip, &bGen);
  ft->iDisc = tot_part(t, azNone, 1, &nDisc, &bGen);
  if (nGrand > 1) {
    ft->zAlsoNot = sqlite3_mprintf("columns \"%s\" and \"%s\" both say total", t->aCol[ft->iGrand].zName,
                                   t->aCol[iOther].zName);
  } else if (nTax > 1 || nRate > 1 || nShip > 1 || nDisc > 1) {
    ft->zAlsoNot = sqlite3_mprintf("two columns say %s", nTax > 1    ? "tax"
                                                         : nRate > 1 ? "tax rate"
                                                         : nShip > 1 ? "shipping"
                                                                     : "discount");
  } else if (bGen) {
    ft->zAlsoNot = sqlite3_mprintf("a tax, shipping or discount column is generated");
  }
  if (ft->zAlsoNot) {
    ft->iTax = ft->iTaxRate = ft->iShip = ft->iDisc = ft->iGrand = -1;
    return SQLITE_OK;
  }
  if (ft->iDisc >= 0) {
    ft->eDisc = tot_disc_form(db, s, p, ft->iParent, ft->iDisc);
    if (ft->eDisc == ROW_DISC_NONE) ft->iDisc = -1;
  }
  ft->bSetTax = ft->iTax >= 0 && !tot_ruled(x->pSpec, t->aCol[ft->iTax].zName);
  ft->bSetShip = ft->iShip >= 0 && !tot_ruled(x->pSpec, t->aCol[ft->iShip].zName);
  ft->bSetDisc = ft->iDisc >= 0 && ft->eDisc == ROW_DISC_AMOUNT && !tot_ruled(x->pSpec, t->aCol[ft->iDisc].zName);
  ft->bSetGrand = ft->iGrand >= 0 && !tot_ruled(x->pSpec, t->aCol[ft->iGrand].zName);
  return SQLITE_OK;
}

/* Decide for plan table i; *pbAdd when it is worth a FillTotal (found, or
** why not when it looks like one).  aDone: the decisions for the tables
** after it (its children). */
static int tot_decide(sqlite3 *db, const Spec *s, const Plan *p, int i, const FillTotal *aDone, int nDone,
                      FillTotal *ft, int *pbAdd) {
  const PlanTable *x = &p->aTable[i];
  const SchemaTable *t = x->pTab;
  TotScan sc;
  int j, rc = SQLITE_OK, iCol = -1, iOther = -1, nCand = 0, iSub = -1, iMid = -1, iMidFk = -1;
  char *zUnknown = 0;
  const char *zCol;
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
  zCol = t->aCol[iSub >= 0 ? iSub : iCol].zName;
  /* the lines it might have: tables of the plan, then the others */
  rc = tot_scan_all(db, p, i, t, zCol, 0, &sc, &zUnknown);
  if (rc == SQLITE_OK && sc.nLines == 0) rc = tot_two_levels(db, p, i, t, zCol, aDone, nDone, &sc, &iMid, &iMidFk);
  if (rc != SQLITE_OK || sc.nLines == 0) goto done;
  /* a subtotal beside a total is the lines' sum; two others are a guess */
  if (nCand > 1 && iSub >= 0) {
    iCol = iSub;
  }
  *pbAdd = 1;
  ft->iParent = i;
  ft->iCol = iCol;
  ft->iChild = -1;
  ft->iMid = ft->iMidFk = ft->iLineDisc = -1;
  ft->iTax = ft->iTaxRate = ft->iShip = ft->iDisc = ft->iGrand = -1;
  ft->nScale = tot_scale(&t->aCol[iCol]);
  if (zUnknown) {
    ft->zNotSet = zUnknown;
    zUnknown = 0;
  } else if (s->noTotals) {
    ft->zNotSet = sqlite3_mprintf("the spec says \"totals\": false");
  } else if (x->pSpec && x->pSpec->noTotals) {
    ft->zNotSet = sqlite3_mprintf("%s says \"totals\": false", x->pSpec->zPath);
  } else if (tot_ruled(x->pSpec, t->aCol[iCol].zName)) {
    ft->zNotSet = sqlite3_mprintf("the spec gives column \"%s\" a rule", t->aCol[iCol].zName);
  } else if (nCand > 1 && iSub < 0) {
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
    const SchemaTable *c = p->aTable[sc.iChild].pTab;
    ft->iChild = sc.iChild;
    ft->iFk = sc.iFk;
    ft->iLine = sc.iLine;
    ft->iQty = sc.iQty;
    ft->iPrice = sc.iPrice;
    ft->iMid = iMid;
    ft->iMidFk = iMidFk;
    /* quantity x unit price less the line's discount */
    for (j = 0; ft->iLine < 0 && j < c->nCol && ft->iLineDisc < 0; j++) {
      if (row_discount_col(c, j)) ft->iLineDisc = j;
    }
    if (ft->iLineDisc >= 0) {
      ft->eLineDisc = tot_disc_form(db, s, p, sc.iChild, ft->iLineDisc);
      if (ft->eLineDisc == ROW_DISC_NONE) ft->iLineDisc = -1;
    }
    if (iSub >= 0 && iCol == iSub) rc = tot_also(db, s, p, ft, nCand);
    goto done;
  }
  if (ft->zNotSet == 0) rc = SQLITE_NOMEM;
done:
  sqlite3_free(zUnknown);
  tot_scan_free(&sc);
  return rc;
}

int fill_totals_find(sqlite3 *db, const char *zFunc, const Spec *s, const Plan *p, FillTotal **pa, int *pn,
                     char **pzErr) {
  int i, rc = SQLITE_OK;
  *pa = 0;
  *pn = 0;
  /* children first: a parent's lines may be a child's totals */
  for (i = p->nTable - 1; i >= 0 && rc == SQLITE_OK; i--) {
    FillTotal ft, *aNew;
    int bAdd = 0;
    rc = tot_decide(db, s, p, i, *pa, *pn, &ft, &bAdd);
    if (rc != SQLITE_OK || !bAdd) {
      if (bAdd) {
        sqlite3_free(ft.zNotSet);
        sqlite3_free(ft.zAlsoNot);
      }
      continue;
    }
    aNew = sqlite3_realloc64(*pa, sizeof(FillTotal) * (sqlite3_uint64)(*pn + 1));
    if (aNew == 0) {
      sqlite3_free(ft.zNotSet);
      sqlite3_free(ft.zAlsoNot);
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
  for (i = 0; a && i < n; i++) {
    sqlite3_free(a[i].zNotSet);
    sqlite3_free(a[i].zAlsoNot);
  }
  sqlite3_free(a);
}
