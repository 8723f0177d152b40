/*
** check.h — turn a table's CHECK constraints into per-column domains.
**
** The common forms are translated exactly, so that generated values meet
** them by construction:
**
**     x IN (...)   x = c   x <> c   x NOT IN (...)   x BETWEEN a AND b
**     x < c  x <= c  x > c  x >= c  (and c < x ...)   length(x) op c
**     x LIKE 'pat'   x GLOB 'pat'   x IS NOT NULL   x IS NULL OR ...
**     and AND / OR of them on one column
**
** A CHECK with any other part (cross-column comparisons, arithmetic,
** function calls) is marked for evaluation: row.c runs it in SQLite on each
** candidate row and retries with new draws when it fails.
*/
#ifndef SYDA_CHECK_H
#define SYDA_CHECK_H

#include "schema.h"
#include "value.h"

typedef struct Domain {
  int hasLo, hasHi; /* numeric bounds */
  double rLo, rHi;
  int loExcl, hiExcl;
  char *zLo, *zHi; /* text bounds (dates compare as text) */
  int zLoExcl, zHiExcl;
  int nLenLo, nLenHi; /* character length bounds, -1 = none */
  int nSet;           /* allowed values (IN, =, OR of =), owned */
  SydaVal *aSet;
  int nNot; /* excluded values (NOT IN, <>), owned */
  SydaVal *aNot;
  char *zLike;  /* LIKE pattern */
  char *zGlob;  /* GLOB pattern */
  int notNull;  /* IS NOT NULL */
  int mustNull; /* IS NULL (alone) */
  int isEmpty;  /* contradictory: no value can satisfy it */
  int isJson;   /* json_valid(col): the values are JSON text */
  /* An OR of ranges (x < 0 OR x > 10, x NOT BETWEEN a AND b): the value
  ** lies in one of aAlt, each holding bounds only, and in the bounds above. */
  int nAlt;
  struct Domain *aAlt;
} Domain;

typedef struct CheckEval {
  int iCheck; /* index into SchemaTable.aCheck; -1: NOT NULL of generated column iCol */
  int iCol;
  char *zSql; /* "SELECT (expr) IS NOT FALSE" with ?N for column N-1 */
  int nRef;   /* columns it reads */
  int *aiRef;
  /* A term "col = f(col)" (code = upper(code), x = round(x, 2)): a value
  ** that fails it can be repaired by replacing it with f(value).  zFix is
  ** "SELECT f(?N)"; iFixCol -1 when the CHECK has no such term. */
  int iFixCol;
  char *zFix;
} CheckEval;

typedef struct CheckInfo {
  int nCol;
  Domain *aDom; /* one per column */
  int nEval;
  CheckEval *aEval; /* CHECKs that are evaluated on candidates */
} CheckInfo;

/* The bounds of d (numbers, text) narrowed to those of alternative iAlt,
** into *pOut (cleared first; free with domain_clear). */
int domain_alt_bounds(const Domain *d, int iAlt, Domain *pOut);

/* Analyse t's CHECKs; db (may be NULL) computes their constant parts.
** Returns SQLITE_OK or SQLITE_NOMEM. */
int check_analyze(sqlite3 *db, const SchemaTable *t, CheckInfo **pp);
/* Evaluate CHECK iCheck (SchemaTable.aCheck) on candidates too, also when
** its domain was translated: add it to ci->aEval unless it is there. */
int check_eval_add(const SchemaTable *t, CheckInfo *ci, int iCheck);
void check_free(CheckInfo *);
void domain_clear(Domain *);

/*
** Rewrite expression zExpr for evaluation: every reference to a column of t
** becomes ?N (N = column index + 1), or :name when bNamed.  Columns read
** are added to *paiRef / *pnRef (may be NULL).  Unknown ":name" parameters
** are left for the caller (rules use them).
*/
char *check_bind_columns(const SchemaTable *t, const char *zExpr, int **paiRef, int *pnRef);

/* SQL LIKE (ASCII case-insensitive, % and _) and GLOB (*, ?, [...]) on
** UTF-8 text, used to test generated candidates. */
int check_like(const char *zPattern, const char *z, int n);
int check_glob(const char *zPattern, const char *z, int n);

#endif /* SYDA_CHECK_H */
