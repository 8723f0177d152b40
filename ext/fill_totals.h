/*
** fill_totals.h — syda_fill's totals: a parent's total column set to the
** sum of its child rows' line amounts (or of its lines' lines, through a
** table between), once the tables are written; beside a subtotal, its tax,
** shipping, discount and total made to add up.  fill_totals.c decides
** (fill_totals_find), fill_totals_sql.c sets them and says how (the rest).
**
**     FillTotal *a; int n;
**     fill_totals_find(db, "syda_fill", spec, plan, &a, &n, &zErr);
**     ... fill every table ...
**     fill_totals_apply(db, "syda_fill", plan, &a[k], &newRows, &nSet, &zWhy, &zErr);
**     fill_totals_free(a, n);
*/
#ifndef SYDA_FILL_TOTALS_H
#define SYDA_FILL_TOTALS_H

#include "plan.h"
#include "spec.h"

/* A parent table of the plan whose total column has lines in one child. */
typedef struct FillTotal {
  int iParent;      /* Plan.aTable index of the parent */
  int iCol;         /* its total column */
  int iChild;       /* Plan.aTable index of the table of lines, -1 when not set */
  int iFk;          /* the child's foreign key to the parent */
  int iLine;        /* the child's line amount column, or -1: */
  int iQty, iPrice; /* ... quantity x unit price */
  int nScale;       /* decimals the sum is rounded to */
  char *zNotSet;    /* not set from the lines: why, for syda_plan (else NULL) */
  int iMid, iMidFk; /* lines two levels down: the table between (Plan index)
                    ** and its foreign key to the parent; -1 when direct */
  int iLineDisc;    /* quantity x unit price less this discount of the line, -1 */
  int eLineDisc;    /* ... ROW_DISC_* */
  /* Beside a subtotal, the parent's other amounts (-1 none): its tax (of
  ** its tax rate), shipping and discount (eDisc ROW_DISC_*), and the total
  ** they add up to.  bSet* say which the UPDATE sets (a rule keeps it). */
  int iTax, iTaxRate, iShip, iDisc, eDisc, iGrand;
  int bSetTax, bSetShip, bSetDisc, bSetGrand;
  char *zAlsoNot;   /* why those are left as made, for syda_plan (else NULL) */
} FillTotal;

/*
** The parents of the plan whose total is the sum of their lines, and those
** that look like one but are left as generated (zNotSet says why).  *pa is
** sqlite3_malloc'd (free with fill_totals_free); none: *pn is 0.
*/
int fill_totals_find(sqlite3 *db, const char *zFunc, const Spec *, const Plan *, FillTotal **pa, int *pn,
                     char **pzErr);
void fill_totals_free(FillTotal *, int n);

/*
** Which rows of the parent this fill wrote: all of the table's (it had none
** before), or those of aRowid (a rowid table), or those whose primary key
** is in aPk (a WITHOUT ROWID table, nPk values a row).
*/
typedef struct FillNewRows {
  i64 n;
  int bAll;
  const i64 *aRowid;
  int nPk;
  const SydaVal *aPk;
} FillNewRows;

/*
** Set the total of the parent's new rows to the sum of their lines, in one
** UPDATE; rows where that sum breaks a constraint keep their value.
** *pnSet: rows set.  A statement that fails (a trigger refuses) changes
** nothing and its message goes to *pzWhy (sqlite3_malloc); only an error
** that leaves the fill unable to go on (out of memory, I/O) is returned.
*/
int fill_totals_apply(sqlite3 *db, const char *zFunc, const Plan *, const FillTotal *, const FillNewRows *,
                      i64 *pnSet, char **pzWhy, char **pzErr);

/* {"column": ..., "lines": ..., ["through": ...,] "line": ..., "decimals": ...
** [, "also": {column: how, ...}]} or {"column": ..., "not_set": why}, for
** syda_plan. */
void fill_totals_json(SydaBuf *, const Plan *, const FillTotal *);
/* ,"also":[the other columns the UPDATE sets], for syda_fill's report
** (nothing when none). */
void fill_totals_also_json(SydaBuf *, const Plan *, const FillTotal *);

#endif /* SYDA_FILL_TOTALS_H */
