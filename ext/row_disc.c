/*
** row_disc.c — a line's discount: what its column holds, and the line's
** amount less it.
**
**     CREATE TABLE order_items(quantity INTEGER, unit_price REAL,
**                              discount_pct INTEGER, line_total REAL);
**     SELECT row ->> 'line_total' FROM syda_rows('order_items', 1);
**       -- round(quantity * unit_price * (1 - discount_pct / 100.0), 2)
**
** A column named as a discount (discount, discount_amount, discount_pct,
** line_discount, ...) is a fraction (0.15), a percent (15) or an amount of
** money: by its name first (pct, percent; amount, value, total), then by
** the values it is made with (at most 1: a fraction; at most 100 for a
** discount kind, a percentage or a rate: a percent; else an amount).  An
** amount of a line with a quantity and a unit price is kept at most 30% of
** their product (a value made above that is drawn again below it, unless a
** rule gives it); the line total is then the product less the discount.
** syda_fill's totals (fill_totals.c) read the same forms.
*/
#include <stdlib.h>
#include <string.h>

#include "row_int.h"
SQLITE_EXTENSION_INIT3

/* Names, lower case without separators. */
static const char *const azDiscount[] = {
    "discount",      "discountamount", "discountamt",     "discountvalue",      "discounttotal",
    "totaldiscount", "discountpct",    "discountpercent", "discountpercentage", "discountrate",
    "linediscount",  "itemdiscount",   "linediscountpct", "linediscountamount", 0};

/* The largest share of the line's product an amount of discount keeps. */
#define DISC_SHARE 0.3

void row_name_fold(const char *z, char *zOut, int nOut) {
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

int row_discount_col(const SchemaTable *t, int iCol) {
  const SchemaColumn *c = &t->aCol[iCol];
  char z[64];
  int i;
  if (c->eHidden == 1 || (c->eType != TY_INT && c->eType != TY_REAL && c->eType != TY_NUMERIC) ||
      c->isUnique || schema_column_is_key(t, iCol, 0)) {
    return 0;
  }
  row_name_fold(c->zName, z, (int)sizeof(z));
  for (i = 0; azDiscount[i]; i++)
    if (strcmp(z, azDiscount[i]) == 0) return 1;
  return 0;
}

int row_discount_form(const RowGen *g, int iCol) {
  const RowCol *c = &g->aCol[iCol];
  const char *zKind = fake_kind_at(c->spec.iKind)->zName;
  char z[64];
  double hi = -1;
  int i;
  if (!row_discount_col(g->t, iCol)) return ROW_DISC_NONE;
  row_name_fold(g->t->aCol[iCol].zName, z, (int)sizeof(z));
  if (strstr(z, "pct") || strstr(z, "percent")) return ROW_DISC_PERCENT;
  if (strstr(z, "amount") || strstr(z, "amt") || strstr(z, "value") || strstr(z, "total"))
    return ROW_DISC_AMOUNT;
  if (c->eRole == COL_VALUE && c->nSet > 0) {
    for (i = 0; i < c->nSet; i++) {
      double r = row_val_num(&c->aSet[i]);
      if (r > hi) hi = r;
    }
  } else if (c->eRole == COL_VALUE) {
    hi = c->spec.rHi;
  } else {
    /* an expr: as the kind would make it in this column */
    return g->t->aCol[iCol].eType == TY_INT ? ROW_DISC_PERCENT : ROW_DISC_RATE;
  }
  if (hi <= 1) return ROW_DISC_RATE;
  if (hi <= 100 &&
      (strcmp(zKind, "discount") == 0 || strcmp(zKind, "percentage") == 0 || strstr(z, "rate") != 0)) {
    return ROW_DISC_PERCENT;
  }
  return ROW_DISC_AMOUNT;
}

void row_disc_compile(RowGen *g, int iQty, int iPrice) {
  int i;
  g->iLineDisc = -1;
  if (iQty < 0 || iPrice < 0) return;
  for (i = 0; i < g->t->nCol && g->iLineDisc < 0; i++) {
    if (g->aCol[i].eRole != COL_SKIP && row_discount_col(g->t, i)) g->iLineDisc = i;
  }
  if (g->iLineDisc < 0) return;
  g->eLineDisc = row_discount_form(g, g->iLineDisc);
  g->iLineQty = iQty;
  g->iLinePrice = iPrice;
  {
    /* a percent or a fraction off a line: at most 30% (a percentage's own
    ** range reaches 100), unless a rule or the column says otherwise */
    RowCol *c = &g->aCol[g->iLineDisc];
    double hi = g->eLineDisc == ROW_DISC_PERCENT ? 100 * DISC_SHARE : DISC_SHARE;
    if (g->eLineDisc != ROW_DISC_AMOUNT && c->eRole == COL_VALUE && !c->hasRule && c->nSet == 0 &&
        c->nSeg == 0 && c->eUniq == UQ_NONE && c->spec.rHi > hi && c->spec.rLo <= hi) {
      c->spec.rHi = hi;
    }
  }
}

static int disc_is_num(const SydaVal *v) {
  return v->eType == SQLITE_INTEGER || v->eType == SQLITE_FLOAT;
}

/* An amount of discount above DISC_SHARE of the line's product (or below
** 0) is drawn again between 0 and that share, when the column allows it. */
void row_disc_bound(RowGen *g, RowState *st) {
  const RowCol *c;
  SydaVal *d, v;
  const SydaVal *q, *p;
  double cap, r;
  if (g->iLineDisc < 0) return;
  c = &g->aCol[g->iLineDisc];
  d = &st->aVal[g->iLineDisc];
  q = &st->aVal[g->iLineQty];
  p = &st->aVal[g->iLinePrice];
  if (g->eLineDisc != ROW_DISC_AMOUNT || c->eRole != COL_VALUE || c->hasRule || !disc_is_num(d) ||
      !disc_is_num(q) || !disc_is_num(p)) {
    return;
  }
  cap = row_val_num(q) * row_val_num(p) * DISC_SHARE;
  r = row_val_num(d);
  if (r >= 0 && r <= cap) return;
  r = row_round_to(cap * rng_unit(rng_at(c->key, st->frow.iOrdinal, 0x64697363ULL)),
                   c->spec.nScale >= 0 ? c->spec.nScale : 2);
  if (r > cap) r = cap;
  memset(&v, 0, sizeof(v));
  if (g->t->aCol[g->iLineDisc].eType == TY_INT)
    val_int(&v, (i64)r);
  else
    val_real(&v, r);
  if (row_dom_allows(c, &v)) *d = v;
}

double row_disc_less(const RowGen *g, const RowState *st, double rGross) {
  const SydaVal *d;
  double r;
  if (g->iLineDisc < 0) return rGross;
  d = &st->aVal[g->iLineDisc];
  if (!disc_is_num(d)) return rGross; /* NULL: no discount */
  r = row_val_num(d);
  switch (g->eLineDisc) {
    case ROW_DISC_RATE:
      return rGross * (1 - r);
    case ROW_DISC_PERCENT:
      return rGross * (1 - r / 100.0);
    case ROW_DISC_AMOUNT:
      return rGross - r;
  }
  return rGross;
}

/* r to nScale decimals as SQL's round() rounds (through its text): a
** line less a discount often ends in a half cent, which the two would
** otherwise round apart (120.855). */
double row_disc_round(double r, int nScale) {
  char a[400];
  if (nScale < 0 || nScale > 15 || !(r > -1e15 && r < 1e15)) return row_round_to(r, nScale);
  sqlite3_snprintf((int)sizeof(a), a, "%!.*f", nScale, r);
  return strtod(a, 0);
}
