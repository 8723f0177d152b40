/*
** floor.c — the floor of the gen benchmark: a virtual table that makes
** nothing.  floor_rows(n) yields n rows of the gen case's six columns
** (id, name, email, amount, created, status) whose texts are copies of
** strings made once at load, of the lengths syda's values have, handed to
** SQLite the way syda hands its own (copied, SQLITE_TRANSIENT).  The same
** query over it measures what SQLite itself spends per row, so that
**
**     time(gen) - time(floor)
**
** is what making the values costs.  Built by `make bench` only.
*/
#include <stdio.h>
#include <string.h>

#include "sqlite3ext.h"
SQLITE_EXTENSION_INIT1

#define FLOOR_N 64 /* distinct values per column: max() compares differ */

static char azName[FLOOR_N][24], azEmail[FLOOR_N][40], azDate[FLOOR_N][12];
static int anName[FLOOR_N], anEmail[FLOOR_N]; /* their lengths: syda knows its own */
static const char *const azStatus[3] = {"new", "paid", "shipped"};
static const int anStatus[3] = {3, 4, 7};

static void floor_strings(void) {
  static const char *const azW[8] = {"summit", "north", "slate", "lark", "alpha", "timber", "quill", "sierra"};
  static const char *const azD[4] = {"gmail.com", "outlook.com", "hotmail.com", "yahoo.com"};
  int i;
  for (i = 0; i < FLOOR_N; i++) {
    snprintf(azName[i], sizeof(azName[i]), "%s %s", azW[i % 8], azW[(i / 8) % 8]);
    snprintf(azEmail[i], sizeof(azEmail[i]), "%s.%s%d@%s", azW[(i * 5) % 8], azW[(i * 3) % 8], i, azD[i % 4]);
    snprintf(azDate[i], sizeof(azDate[i]), "20%02d-%02d-%02d", 20 + i % 6, 1 + i % 12, 1 + i % 28);
    anName[i] = (int)strlen(azName[i]);
    anEmail[i] = (int)strlen(azEmail[i]);
  }
}

typedef struct FloorCursor {
  sqlite3_vtab_cursor base;
  sqlite3_int64 i, n;
  int k, k3; /* i % FLOOR_N and i % 3, kept by xNext: its own work as small as it can be */
} FloorCursor;

static int floorConnect(sqlite3 *db, void *pAux, int argc, const char *const *argv, sqlite3_vtab **ppVtab,
                        char **pzErr) {
  sqlite3_vtab *p;
  int rc;
  (void)pAux, (void)argc, (void)argv, (void)pzErr;
  rc = sqlite3_declare_vtab(db, "CREATE TABLE x(id INTEGER, name TEXT, email TEXT, amount REAL, created TEXT, "
                                "status TEXT, n HIDDEN)");
  if (rc != SQLITE_OK) return rc;
  p = sqlite3_malloc(sizeof(*p));
  if (p == 0) return SQLITE_NOMEM;
  memset(p, 0, sizeof(*p));
  *ppVtab = p;
  return SQLITE_OK;
}

static int floorDisconnect(sqlite3_vtab *p) {
  sqlite3_free(p);
  return SQLITE_OK;
}

static int floorBestIndex(sqlite3_vtab *p, sqlite3_index_info *pInfo) {
  int i;
  (void)p;
  for (i = 0; i < pInfo->nConstraint; i++) {
    const struct sqlite3_index_constraint *c = &pInfo->aConstraint[i];
    if (c->iColumn == 6 && c->op == SQLITE_INDEX_CONSTRAINT_EQ && c->usable) {
      pInfo->aConstraintUsage[i].argvIndex = 1;
      pInfo->aConstraintUsage[i].omit = 1;
      pInfo->idxNum = 1;
    }
  }
  pInfo->estimatedCost = 1000;
  return SQLITE_OK;
}

static int floorOpen(sqlite3_vtab *p, sqlite3_vtab_cursor **ppCur) {
  FloorCursor *c = sqlite3_malloc(sizeof(*c));
  (void)p;
  if (c == 0) return SQLITE_NOMEM;
  memset(c, 0, sizeof(*c));
  *ppCur = &c->base;
  return SQLITE_OK;
}

static int floorClose(sqlite3_vtab_cursor *c) {
  sqlite3_free(c);
  return SQLITE_OK;
}

static int floorFilter(sqlite3_vtab_cursor *pCur, int idxNum, const char *idxStr, int argc, sqlite3_value **argv) {
  FloorCursor *c = (FloorCursor *)pCur;
  (void)idxStr;
  c->i = 1;
  c->k = 1;
  c->k3 = 1;
  c->n = idxNum == 1 && argc == 1 ? sqlite3_value_int64(argv[0]) : 0;
  return SQLITE_OK;
}

static int floorNext(sqlite3_vtab_cursor *pCur) {
  FloorCursor *c = (FloorCursor *)pCur;
  c->i++;
  if (++c->k == FLOOR_N) c->k = 0;
  if (++c->k3 == 3) c->k3 = 0;
  return SQLITE_OK;
}

static int floorEof(sqlite3_vtab_cursor *pCur) {
  FloorCursor *c = (FloorCursor *)pCur;
  return c->i > c->n;
}

static int floorColumn(sqlite3_vtab_cursor *pCur, sqlite3_context *ctx, int iCol) {
  FloorCursor *c = (FloorCursor *)pCur;
  int k = c->k;
  switch (iCol) {
    case 0:
      sqlite3_result_int64(ctx, c->i);
      break;
    case 1:
      sqlite3_result_text(ctx, azName[k], anName[k], SQLITE_TRANSIENT);
      break;
    case 2:
      sqlite3_result_text(ctx, azEmail[k], anEmail[k], SQLITE_TRANSIENT);
      break;
    case 3:
      sqlite3_result_double(ctx, (double)c->i * 0.01);
      break;
    case 4:
      sqlite3_result_text(ctx, azDate[k], 10, SQLITE_TRANSIENT);
      break;
    case 5:
      sqlite3_result_text(ctx, azStatus[c->k3], anStatus[c->k3], SQLITE_TRANSIENT);
      break;
    default:
      sqlite3_result_int64(ctx, c->n);
      break;
  }
  return SQLITE_OK;
}

static int floorRowid(sqlite3_vtab_cursor *pCur, sqlite3_int64 *pRowid) {
  *pRowid = ((FloorCursor *)pCur)->i;
  return SQLITE_OK;
}

static sqlite3_module floorModule = {
    0, 0, floorConnect, floorBestIndex, floorDisconnect, 0, floorOpen, floorClose, floorFilter, floorNext, floorEof,
    floorColumn, floorRowid, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};

#if defined(_WIN32)
__declspec(dllexport)
#elif defined(__GNUC__)
__attribute__((visibility("default")))
#endif
int sqlite3_floor_init(sqlite3 *db, char **pzErrMsg, const sqlite3_api_routines *pApi) {
  SQLITE_EXTENSION_INIT2(pApi);
  (void)pzErrMsg;
  floor_strings();
  return sqlite3_create_module(db, "floor_rows", &floorModule, 0);
}
