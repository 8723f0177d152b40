/*
** fill_totals_int.h — what the two files of syda_fill's totals share;
** nothing outside ext/fill_totals*.c includes it (fill_totals.h is the
** interface).
**
**   fill_totals.c      the decisions: which column is a total, its lines,
**                      the line's amount, the parts beside a subtotal
**   fill_totals_sql.c  the UPDATE that sets them, and their JSON
*/
#ifndef SYDA_FILL_TOTALS_INT_H
#define SYDA_FILL_TOTALS_INT_H

#include "fill_totals.h"

/* Decimals a value of column c is rounded to: the scale of DECIMAL(p,s),
** 0 for INTEGER, else 2.  The sum of the lines (FillTotal.nScale) and the
** parts the UPDATE sets beside it are rounded alike. */
static inline int tot_scale(const SchemaColumn *c) {
  return c->eType == TY_INT ? 0 : c->eType == TY_NUMERIC && c->nPrec > 0 ? c->nScale : 2;
}

#endif /* SYDA_FILL_TOTALS_INT_H */
