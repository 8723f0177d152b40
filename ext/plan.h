/*
** plan.h — which tables a fill writes, how many rows each, in which order,
** and how foreign-key cycles are broken.  syda_fill executes a Plan;
** syda_plan shows it.
**
**     Plan *p; char *zErr;
**     plan_build(db, "syda_fill", spec, &p, &zErr);
**     for (i = 0; i < p->nTable; i++) ... p->aTable[i] (parents first) ...
**     plan_free(p);
**
** Cycles: inside a group of tables that reference each other, nullable
** foreign keys are left NULL on insert and set by UPDATE once every table of
** the group is filled (ROWFK_NULL); if a cycle has only NOT NULL keys, one
** is filled with the keys its parent will have (ROWFK_PREDICT, from the
** parent's deterministic key stream) under PRAGMA defer_foreign_keys.
*/
#ifndef SYDA_PLAN_H
#define SYDA_PLAN_H

#include "row.h"
#include "schema.h"
#include "spec.h"

typedef struct PlanTable {
  SchemaTable *pTab;
  const SpecTable *pSpec; /* NULL: not in the spec (all tables, or added) */
  i64 nRows;              /* rows to insert; -1: "per", known when filling */
  int isPerCounted;       /* "per", and nRows counted beforehand (a cycle predicts its keys) */
  i64 nExisting;          /* rows present before the fill */
  int isAdded;            /* filled because a table of the spec needs it */
  char *zAddedFor;        /* ... that table */
  int iPerFk;             /* FK that "per" follows, -1 */
  int *aeFk;              /* per FK: ROWFK_PICK, ROWFK_NULL, ROWFK_PREDICT */
  int *aiParent;          /* per FK: index of the parent in Plan.aTable, -1 */
} PlanTable;

typedef struct Plan {
  int nTable;
  PlanTable *aTable; /* in insertion order */
  int nCycle;
  char **azCycle; /* each a JSON object describing one broken cycle */
  int needDefer;  /* some FK is ROWFK_PREDICT */
  int eMode;
  i64 seed;
} Plan;

int plan_build(sqlite3 *db, const char *zFunc, const Spec *pSpec, Plan **pp, char **pzErr);
void plan_free(Plan *);
/* Index of table zDb.zName in p->aTable, -1 if not in the plan. */
int plan_find(const Plan *, const char *zDb, const char *zName);
/* The table's name as reports show it: "orders", or "aux.orders" outside
** the main database. */
void plan_json_name(SydaBuf *, const SchemaTable *);

#endif /* SYDA_PLAN_H */
