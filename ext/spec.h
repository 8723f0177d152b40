/*
** spec.h — the JSON spec of syda_fill, syda_plan and syda_rows, as C structs.
**
**     {"seed": 42, "mode": "append", "rows": 10, "locale": "en_US",
**      "tables": {"customers": 100,
**                 "contacts": {"per": "customers", "min": 2, "max": 3},
**                 "products": {"rows": 15, "columns": {
**                     "price": {"min": 50, "max": 5000, "round": 2}}}},
**      "llm": {...}}
**
** The text is parsed with SQLite's json_tree() on the caller's connection.
** Parsing checks shapes and types; names of tables and columns are checked
** against the schema later (plan.c, row.c), with the same key paths.
*/
#ifndef SYDA_SPEC_H
#define SYDA_SPEC_H

#include "sqlite3ext.h"
#include "value.h"

enum { MODE_APPEND = 0, MODE_REPLACE, MODE_FAIL };

typedef struct SpecRule {
  char *zCol;
  char *zPath; /* "tables.products.columns.price", for messages */
  char *zKind;
  int nValue;
  SydaVal *aValue;
  double *aWeight; /* NULL: equal weights */
  int hasMin, hasMax;
  SydaVal min, max; /* numbers, or text for dates */
  int nRound;       /* -1: not given */
  double rNull;     /* -1: not given */
  int eUnique;      /* -1 not given, 0, 1 */
  int eDist;        /* DIST_*, 0 not given */
  char *zDescription;
  char *zExpr;
} SpecRule;

typedef struct SpecTable {
  char *zName;
  char *zPath; /* "tables.products" */
  i64 nRows;   /* -1: not given */
  char *zPer;  /* rows per row of this parent table */
  int perMin, perMax;
  int ePerDist;
  char *zPrompt;
  int nRule;
  SpecRule *aRule;
  int noTotals; /* "totals": false: its total is not set from its lines */
} SpecTable;

typedef struct Spec {
  int hasSeed;
  i64 seed;
  int eMode;
  i64 nRows; /* default rows per table: 10 */
  char *zLocale;
  int hasTables;
  int nTable;
  SpecTable *aTable;
  int eProgress; /* -1 auto, 0 off, 1 on */
  char *zLlm;    /* the "llm" object as JSON text, NULL if absent */
  int noTotals;  /* "totals": false: no table's total is set from its lines */
} Spec;

/*
** Parse a whole spec (syda_fill, syda_plan).  zFunc prefixes messages:
** "syda_fill: spec: tables.x.rows: expected a whole number >= 0, got -1".
*/
int spec_parse(sqlite3 *db, const char *zFunc, const char *zJson, Spec **pp, char **pzErr);

/*
** Parse the spec argument of syda_rows(T, 'spec'): one table's object
** ("columns", "prompt", ...) plus the global keys "seed" and "locale".
*/
int spec_parse_table(sqlite3 *db, const char *zFunc, const char *zTable, const char *zJson, Spec **pp,
                     char **pzErr);

void spec_free(Spec *);
SpecTable *spec_table(const Spec *, const char *zName);
SpecRule *spec_rule(const SpecTable *, const char *zCol);

#endif /* SYDA_SPEC_H */
