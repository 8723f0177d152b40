/*
** plan.c — the decisions of a fill (see plan.h): the tables, their row
** counts, parents added because a listed table needs them, the order
** (parents first, whatever order the DDL declared them in) and the
** foreign keys that break cycles.
*/
#include "plan.h"

#include <string.h>

#include "value.h"
SQLITE_EXTENSION_INIT3

static char *plan_errf(const char *zFunc, const char *zFmt, ...) {
  va_list ap;
  char *zMsg, *zOut;
  va_start(ap, zFmt);
  zMsg = sqlite3_vmprintf(zFmt, ap);
  va_end(ap);
  zOut = sqlite3_mprintf("%s: %s", zFunc, zMsg ? zMsg : "out of memory");
  sqlite3_free(zMsg);
  return zOut;
}

void plan_free(Plan *p) {
  int i;
  if (p == 0) return;
  for (i = 0; i < p->nTable; i++) {
    schema_table_free(p->aTable[i].pTab);
    sqlite3_free(p->aTable[i].aeFk);
    sqlite3_free(p->aTable[i].aiParent);
    sqlite3_free(p->aTable[i].zAddedFor);
  }
  for (i = 0; i < p->nCycle; i++)
    sqlite3_free(p->azCycle[i]);
  sqlite3_free(p->azCycle);
  sqlite3_free(p->aTable);
  sqlite3_free(p);
}

int plan_find(const Plan *p, const char *zDb, const char *zName) {
  int i;
  for (i = 0; i < p->nTable; i++) {
    const SchemaTable *t = p->aTable[i].pTab;
    if (sqlite3_stricmp(t->zName, zName) == 0 && sqlite3_stricmp(t->zDb, zDb) == 0) return i;
  }
  return -1;
}

/* "orders", or "aux.orders" outside the main database (sqlite3_malloc). */
static char *plan_show(const SchemaTable *t) {
  if (sqlite3_stricmp(t->zDb, "main") == 0) return sqlite3_mprintf("%s", t->zName);
  return sqlite3_mprintf("%s.%s", t->zDb, t->zName);
}

void plan_json_name(SydaBuf *b, const SchemaTable *t) {
  char *z = plan_show(t);
  if (z == 0) {
    b->oom = 1;
    return;
  }
  buf_json_string(b, z, (int)strlen(z));
  sqlite3_free(z);
}

/* The name of database zDb as SQLite spells it (main, temp or an attached
** one), or NULL when there is none. */
static char *plan_db_name(sqlite3 *db, const char *zDb) {
  sqlite3_stmt *p = 0;
  char *z = 0;
  if (sqlite3_prepare_v2(db, "SELECT name FROM pragma_database_list WHERE name = ?1 COLLATE NOCASE", -1, &p,
                         0) == SQLITE_OK) {
    sqlite3_bind_text(p, 1, zDb, -1, SQLITE_STATIC);
    if (sqlite3_step(p) == SQLITE_ROW) z = sqlite3_mprintf("%s", sqlite3_column_text(p, 0));
  }
  sqlite3_finalize(p);
  return z;
}

/* Is t a shadow table of a virtual table (FTS5's docs_data, ...)?  Writing
** to it would corrupt the virtual table. */
static int plan_is_shadow(sqlite3 *db, const SchemaTable *t) {
  sqlite3_stmt *p = 0;
  int is = 0;
  if (sqlite3_prepare_v2(db, "SELECT 1 FROM pragma_table_list WHERE schema = ?1 AND name = ?2 AND type = 'shadow'",
                         -1, &p, 0) == SQLITE_OK) {
    sqlite3_bind_text(p, 1, t->zDb, -1, SQLITE_STATIC);
    sqlite3_bind_text(p, 2, t->zName, -1, SQLITE_STATIC);
    is = sqlite3_step(p) == SQLITE_ROW;
  }
  sqlite3_finalize(p);
  return is;
}

/*
** A table the spec names: "orders" is looked up the way SQLite does (temp,
** main, then attached databases); "aux.orders", where aux is an attached
** database, is that database's table.
*/
static int plan_load_listed(sqlite3 *db, const char *zName, SchemaTable **pp, char **pzErr) {
  const char *zDot = strchr(zName, '.');
  int rc;
  if (zDot && zDot > zName && zDot[1]) {
    char *zPrefix = sqlite3_mprintf("%.*s", (int)(zDot - zName), zName);
    char *zDb = zPrefix ? plan_db_name(db, zPrefix) : 0;
    sqlite3_free(zPrefix);
    if (zDb) {
      rc = schema_table_load(db, zDb, zDot + 1, pp, pzErr);
      sqlite3_free(zDb);
      return rc;
    }
  }
  return schema_table_load(db, 0, zName, pp, pzErr);
}

static int plan_count(sqlite3 *db, const SchemaTable *t, i64 *pn) {
  sqlite3_stmt *p = 0;
  char *zSql = sqlite3_mprintf("SELECT count(*) FROM \"%w\".\"%w\"", t->zDb, t->zName);
  int rc;
  if (zSql == 0) return SQLITE_NOMEM;
  rc = sqlite3_prepare_v2(db, zSql, -1, &p, 0);
  sqlite3_free(zSql);
  if (rc != SQLITE_OK) return rc;
  *pn = sqlite3_step(p) == SQLITE_ROW ? sqlite3_column_int64(p, 0) : 0;
  return sqlite3_finalize(p);
}

/* Append a table to the plan (list order; sorted later). */
static int plan_add(Plan *p, int *pnAlloc, SchemaTable *t, const SpecTable *st, i64 nRows) {
  PlanTable *x;
  if (p->nTable >= *pnAlloc) {
    PlanTable *aNew;
    *pnAlloc = *pnAlloc ? *pnAlloc * 2 : 16;
    aNew = sqlite3_realloc64(p->aTable, sizeof(PlanTable) * (sqlite3_uint64)*pnAlloc);
    if (aNew == 0) return SQLITE_NOMEM;
    p->aTable = aNew;
  }
  x = &p->aTable[p->nTable++];
  memset(x, 0, sizeof(*x));
  x->pTab = t;
  x->pSpec = st;
  x->nRows = nRows;
  x->iPerFk = -1;
  x->aeFk = sqlite3_malloc64(sizeof(int) * (sqlite3_uint64)(t->nFk + 1));
  x->aiParent = sqlite3_malloc64(sizeof(int) * (sqlite3_uint64)(t->nFk + 1));
  if (x->aeFk == 0 || x->aiParent == 0) return SQLITE_NOMEM;
  memset(x->aeFk, 0, sizeof(int) * (size_t)(t->nFk + 1));
  return SQLITE_OK;
}

/* Does table j reach table i through the edges still in use? */
static int plan_reaches(const Plan *p, const unsigned char *aDone, int j, int i, unsigned char *aSeen) {
  int k;
  if (j == i) return 1;
  if (aSeen[j]) return 0;
  aSeen[j] = 1;
  for (k = 0; k < p->aTable[j].pTab->nFk; k++) {
    int par = p->aTable[j].aiParent[k];
    if (par < 0 || par == j || aDone[par] || p->aTable[j].aeFk[k] != ROWFK_PICK) continue;
    if (plan_reaches(p, aDone, par, i, aSeen)) return 1;
  }
  return 0;
}

static int fk_nullable(const SchemaTable *t, const SchemaFk *f) {
  int j;
  for (j = 0; j < f->nCol; j++) {
    if (t->aCol[f->aiCol[j]].notNull) return 0;
  }
  return 1;
}

static char *plan_cycle_json(const PlanTable *c, const PlanTable *par, int iFk, const char *zHow) {
  const SchemaFk *f = &c->pTab->aFk[iFk];
  SydaBuf b = {0, 0, 0, 0};
  int j;
  buf_str(&b, "{\"table\":");
  plan_json_name(&b, c->pTab);
  buf_str(&b, ",\"columns\":[");
  for (j = 0; j < f->nCol; j++) {
    const char *z = c->pTab->aCol[f->aiCol[j]].zName;
    if (j) buf_putc(&b, ',');
    buf_json_string(&b, z, (int)strlen(z));
  }
  buf_str(&b, "],\"parent\":");
  plan_json_name(&b, par->pTab);
  buf_str(&b, ",\"how\":");
  buf_json_string(&b, zHow, (int)strlen(zHow));
  buf_putc(&b, '}');
  if (b.oom) {
    buf_free(&b);
    return 0;
  }
  return b.z;
}

/* "(a, b)": the child columns of foreign key f. */
static char *plan_cols(const SchemaTable *t, const SchemaFk *f) {
  sqlite3_str *b = sqlite3_str_new(0);
  int k;
  for (k = 0; k < f->nCol; k++)
    sqlite3_str_appendf(b, "%s%s", k ? ", " : "(", t->aCol[f->aiCol[k]].zName);
  sqlite3_str_appendall(b, ")");
  return sqlite3_str_finish(b);
}

/*
** Can the keys that foreign key k of c references in par be computed
** before par is written (so that c can be filled first, with them)?  When
** not, *pzWhy says why (sqlite3_malloc'd) or is NULL.
*/
static int plan_predictable(sqlite3 *db, const char *zFunc, const PlanTable *c, const PlanTable *par, int k,
                            char **pzWhy) {
  const SchemaFk *f = &c->pTab->aFk[k];
  RowGen *g = 0;
  RowOptions o;
  int *ai = sqlite3_malloc64(sizeof(int) * (sqlite3_uint64)(f->nCol + 1));
  int j, ok = ai != 0;
  char *zErr = 0;
  *pzWhy = 0;
  row_options_init(&o, zFunc);
  for (j = 0; ok && j < f->nCol; j++) {
    ai[j] = f->azParentCol[j] ? schema_column_index(par->pTab, f->azParentCol[j]) : -1;
    if (ai[j] < 0) ok = 0;
  }
  if (ok && row_compile(db, par->pTab, par->pSpec, &o, &g, &zErr) == SQLITE_OK) {
    ok = row_key_predictable(g, f->nCol, ai, pzWhy);
  } else {
    ok = 0;
  }
  row_free(g);
  sqlite3_free(zErr);
  sqlite3_free(ai);
  return ok;
}

/*
** The rows table iPer, filled with "per", will get: its "per" parent's rows
** then (those present, and those the plan adds before it) times the draws
** of row_per_total.  The parent must have a count of its own.  c is the
** table that needs the count (for messages).
*/
static int plan_per_count(sqlite3 *db, const char *zFunc, Plan *p, int iPer, const PlanTable *c, int nDepth,
                          char **pzErr) {
  PlanTable *x = &p->aTable[iPer];
  const SchemaFk *f = &x->pTab->aFk[x->iPerFk];
  int iPar = x->aiParent[x->iPerFk], rc = SQLITE_OK;
  i64 nParent = 0;
  /* a "per" parent that is itself "per": counted first */
  if (iPar >= 0 && iPar != iPer && p->aTable[iPar].nRows < 0 && nDepth < p->nTable) {
    char *zErr = 0;
    if (plan_per_count(db, zFunc, p, iPar, c, nDepth + 1, &zErr) != SQLITE_OK) sqlite3_free(zErr);
  }
  if (iPar == iPer || f->isSelf || (iPar >= 0 && p->aTable[iPar].nRows < 0)) {
    *pzErr = plan_errf(zFunc,
                       "cannot break the cycle through \"%s\" and \"%s\": the rows of \"%s\" follow \"per\" "
                       "\"%s\", whose own count is not known before; give one of them a row count",
                       c->pTab->zName, x->pTab->zName, x->pTab->zName, f->zParent);
    return SQLITE_ERROR;
  }
  if (iPar >= 0) {
    nParent = p->aTable[iPar].nExisting + p->aTable[iPar].nRows;
  } else {
    SchemaTable *pt = 0;
    char *zErr = 0;
    rc = schema_table_load(db, x->pTab->zDb, f->zParent, &pt, &zErr);
    sqlite3_free(zErr);
    if (rc == SQLITE_OK) rc = plan_count(db, pt, &nParent);
    schema_table_free(pt);
    if (rc != SQLITE_OK) {
      *pzErr = plan_errf(zFunc, "table \"%s\": cannot count the rows of \"%s\"", x->pTab->zName, f->zParent);
      return rc;
    }
  }
  x->nRows =
      row_per_total(p->seed, x->pTab->zName, nParent, x->pSpec->perMin, x->pSpec->perMax, x->pSpec->ePerDist);
  x->isPerCounted = 1;
  return SQLITE_OK;
}

/*
** Order the tables parents first.  When every table left waits for another,
** there is a cycle: an edge on it is broken (a nullable one if the cycle
** has one) and the ordering goes on.
*/
static int plan_order(sqlite3 *db, const char *zFunc, Plan *p, char **pzErr) {
  int n = p->nTable, i, k, nDone = 0, rc = SQLITE_OK;
  unsigned char *aDone = sqlite3_malloc64((sqlite3_uint64)n + 1);
  unsigned char *aSeen = sqlite3_malloc64((sqlite3_uint64)n + 1);
  int *aOrder = sqlite3_malloc64(sizeof(int) * (sqlite3_uint64)(n + 1));
  PlanTable *aNew = sqlite3_malloc64(sizeof(PlanTable) * (sqlite3_uint64)(n + 1));
  int *aMap = sqlite3_malloc64(sizeof(int) * (sqlite3_uint64)(n + 1));
  if (!aDone || !aSeen || !aOrder || !aNew || !aMap) {
    rc = SQLITE_NOMEM;
    goto done;
  }
  memset(aDone, 0, (size_t)n + 1);
  while (nDone < n && rc == SQLITE_OK) {
    int iReady = -1;
    /* the first table (in list order) whose parents are all placed */
    for (i = 0; i < n && iReady < 0; i++) {
      int ok = !aDone[i];
      for (k = 0; ok && k < p->aTable[i].pTab->nFk; k++) {
        int par = p->aTable[i].aiParent[k];
        if (par >= 0 && par != i && !aDone[par] && p->aTable[i].aeFk[k] == ROWFK_PICK) ok = 0;
      }
      if (ok) iReady = i;
    }
    if (iReady >= 0) {
      aDone[iReady] = 1;
      aOrder[nDone++] = iReady;
      continue;
    }
    /* A cycle: find an edge on it, nullable first; else a NOT NULL one
    ** whose parent's keys can be computed before it is written. */
    {
      int bestC = -1, bestK = -1, pass, firstC = -1, firstK = -1;
      char *zWhy = 0;
      for (pass = 0; pass < 2 && bestC < 0; pass++) {
        for (i = 0; i < n && bestC < 0; i++) {
          const PlanTable *c = &p->aTable[i];
          if (aDone[i]) continue;
          for (k = 0; k < c->pTab->nFk && bestC < 0; k++) {
            int par = c->aiParent[k];
            if (par < 0 || par == i || aDone[par] || c->aeFk[k] != ROWFK_PICK) continue;
            if (pass == 0 && !fk_nullable(c->pTab, &c->pTab->aFk[k])) continue;
            if (k == c->iPerFk) continue;
            memset(aSeen, 0, (size_t)n + 1);
            if (!plan_reaches(p, aDone, par, i, aSeen)) continue;
            if (pass == 1) {
              char *zWhyHere = 0;
              if (!plan_predictable(db, zFunc, c, &p->aTable[par], k, &zWhyHere)) {
                if (firstC < 0) {
                  firstC = i;
                  firstK = k;
                  zWhy = zWhyHere;
                } else {
                  sqlite3_free(zWhyHere);
                }
                continue;
              }
            }
            bestC = i;
            bestK = k;
          }
        }
      }
      if (bestC < 0 && firstC >= 0) {
        const PlanTable *c = &p->aTable[firstC];
        const PlanTable *par = &p->aTable[c->aiParent[firstK]];
        char *zCols = plan_cols(c->pTab, &c->pTab->aFk[firstK]);
        *pzErr = plan_errf(
            zFunc,
            "cannot break the cycle through \"%s\" and \"%s\": its foreign keys are NOT NULL, "
            "and the key of \"%s\" that \"%s\"%s references is not one syda can compute before "
            "writing it (%s); make a foreign key of the cycle nullable, such as \"%s\"%s, so "
            "that it is set by UPDATE after the insert",
            c->pTab->zName, par->pTab->zName, par->pTab->zName, c->pTab->zName, zCols ? zCols : "",
            zWhy ? zWhy : "it is not made from the row's ordinal", c->pTab->zName, zCols ? zCols : "");
        sqlite3_free(zCols);
        sqlite3_free(zWhy);
        rc = SQLITE_ERROR;
        break;
      }
      sqlite3_free(zWhy);
      if (bestC < 0) {
        *pzErr = plan_errf(zFunc,
                           "cannot order the tables: a cycle of foreign keys has no key that can be broken");
        rc = SQLITE_ERROR;
        break;
      }
      {
        PlanTable *c = &p->aTable[bestC];
        PlanTable *par = &p->aTable[c->aiParent[bestK]];
        const SchemaFk *f = &c->pTab->aFk[bestK];
        int nullable = fk_nullable(c->pTab, f);
        char *zJson;
        char **azNew;
        if (!nullable) {
          if (par->nRows < 0) {
            /* the keys predicted are those of the rows "per" will give:
            ** count them now, from the rows its "per" parent will have */
            rc = plan_per_count(db, zFunc, p, c->aiParent[bestK], c, 0, pzErr);
            if (rc != SQLITE_OK) break;
          }
          c->aeFk[bestK] = ROWFK_PREDICT;
          p->needDefer = 1;
          zJson = plan_cycle_json(c, par, bestK, "deferred: keys of rows not yet written, checked at commit");
        } else {
          c->aeFk[bestK] = ROWFK_NULL;
          zJson = plan_cycle_json(c, par, bestK, "null, then set by update");
        }
        azNew = sqlite3_realloc64(p->azCycle, sizeof(char *) * (sqlite3_uint64)(p->nCycle + 1));
        if (zJson == 0 || azNew == 0) {
          sqlite3_free(zJson);
          rc = SQLITE_NOMEM;
          break;
        }
        p->azCycle = azNew;
        p->azCycle[p->nCycle++] = zJson;
      }
    }
  }
  if (rc == SQLITE_OK) {
    /* Rebuild the array in order and renumber the parent links. */
    for (i = 0; i < n; i++)
      aMap[aOrder[i]] = i;
    for (i = 0; i < n; i++)
      aNew[i] = p->aTable[aOrder[i]];
    for (i = 0; i < n; i++) {
      for (k = 0; k < aNew[i].pTab->nFk; k++) {
        if (aNew[i].aiParent[k] >= 0) aNew[i].aiParent[k] = aMap[aNew[i].aiParent[k]];
      }
    }
    memcpy(p->aTable, aNew, sizeof(PlanTable) * (size_t)n);
  }
done:
  sqlite3_free(aDone);
  sqlite3_free(aSeen);
  sqlite3_free(aOrder);
  sqlite3_free(aNew);
  sqlite3_free(aMap);
  if (rc == SQLITE_NOMEM && *pzErr == 0) *pzErr = plan_errf(zFunc, "out of memory");
  return rc;
}

/* Are all columns of foreign key iFk made by wider keys (row_fk.c)? */
static int plan_fk_implied(const SchemaTable *t, int iFk) {
  int m;
  for (m = 0; m < t->aFk[iFk].nCol; m++)
    if (row_fk_owner(t, t->aFk[iFk].aiCol[m]) == iFk) return 0;
  return 1;
}

/*
** A UNIQUE set made only of foreign keys (a join table's pair, a 1:1 key)
** has at most as many combinations as the product of its parents' rows.
** When the parents are filled by the same call, the generator would only
** find out once they are written; say it before anything is.
*/
static int plan_check_combinations(sqlite3 *db, const char *zFunc, Plan *p, char **pzErr) {
  int i, j, k, rc = SQLITE_OK;
  for (i = 0; i < p->nTable && rc == SQLITE_OK; i++) {
    PlanTable *x = &p->aTable[i];
    const SchemaTable *t = x->pTab;
    if (x->nRows <= 0) continue; /* nothing, or "per": known when filling */
    for (j = 0; j < t->nUnique && rc == SQLITE_OK; j++) {
      const SchemaUnique *u = &t->aUnique[j];
      long double total = 1;
      int covered = 1, hasPredict = 0, nFk = 0;
      long double nNeed; /* counts near 2^63 must not overflow */
      /* a partial index holds only some rows; expression keys are more
      ** than the columns listed (aiCol holds the keys that are columns) */
      if (u->isPartial || u->isExpr) continue;
      for (k = 0; k < u->nCol && covered; k++) {
        int q, inFk = 0;
        for (q = 0; q < t->nFk && !inFk; q++) {
          const SchemaFk *f = &t->aFk[q];
          int m;
          for (m = 0; m < f->nCol; m++)
            inFk |= f->aiCol[m] == u->aiCol[k];
        }
        covered = inFk;
      }
      if (!covered) continue;
      for (k = 0; k < t->nFk && covered; k++) {
        const SchemaFk *f = &t->aFk[k];
        int m, q, nIn = 0;
        long double nKeys = 0;
        for (m = 0; m < f->nCol; m++)
          for (q = 0; q < u->nCol; q++)
            nIn += f->aiCol[m] == u->aiCol[q];
        if (nIn == 0 || plan_fk_implied(t, k)) continue; /* another key makes its columns */
        if (nIn < f->nCol || f->isSelf || x->aeFk[k] == ROWFK_NULL) covered = 0;
        if (!covered) break;
        if (x->aiParent[k] >= 0) {
          const PlanTable *par = &p->aTable[x->aiParent[k]];
          if (par->nRows < 0) covered = 0; /* "per": not known yet */
          nKeys = x->aeFk[k] == ROWFK_PREDICT ? (long double)par->nRows
                                               : (long double)par->nExisting + (long double)par->nRows;
        } else {
          SchemaTable *pt = 0;
          char *zErr = 0;
          i64 nPar = 0;
          rc = schema_table_load(db, t->zDb, f->zParent, &pt, &zErr);
          sqlite3_free(zErr);
          if (rc == SQLITE_OK) rc = plan_count(db, pt, &nPar);
          nKeys = (long double)nPar;
          schema_table_free(pt);
          if (rc != SQLITE_OK) {
            rc = SQLITE_OK; /* the generator will say what is wrong */
            covered = 0;
          }
        }
        hasPredict |= x->aeFk[k] == ROWFK_PREDICT;
        total *= nKeys;
        nFk++;
      }
      if (!covered || nFk == 0) continue;
      nNeed = hasPredict ? (long double)x->nRows : (long double)x->nExisting + (long double)x->nRows;
      if (total < nNeed) {
        sqlite3_str *b = sqlite3_str_new(db);
        /* both below 2^64 here: counts are at most 2^63 - 1 each */
        u64 uNeed = hasPredict ? (u64)x->nRows : (u64)x->nExisting + (u64)x->nRows;
        char *zCols;
        char *zBefore = !hasPredict && x->nExisting > 0
                            ? sqlite3_mprintf(", counting the %lld before this one", (long long)x->nExisting)
                            : sqlite3_mprintf("%s", "");
        for (k = 0; k < u->nCol; k++)
          sqlite3_str_appendf(b, "%s%s", k ? ", " : "(", t->aCol[u->aiCol[k]].zName);
        sqlite3_str_appendall(b, ")");
        zCols = sqlite3_str_finish(b);
        *pzErr = plan_errf(zFunc,
                           "table \"%s\": UNIQUE %s allows only %llu distinct combinations of its parent rows and "
                           "values, and %llu rows are needed%s",
                           t->zName, zCols ? zCols : "", (unsigned long long)(u64)total, (unsigned long long)uNeed,
                           zBefore ? zBefore : "");
        sqlite3_free(zBefore);
        sqlite3_free(zCols);
        rc = SQLITE_ERROR;
      }
    }
  }
  return rc;
}

int plan_build(sqlite3 *db, const char *zFunc, const Spec *s, Plan **pp, char **pzErr) {
  Plan *p;
  int rc = SQLITE_OK, i, k, nAlloc = 0;
  *pp = 0;
  *pzErr = 0;
  p = sqlite3_malloc64(sizeof(*p));
  if (p == 0) return SQLITE_NOMEM;
  memset(p, 0, sizeof(*p));
  p->eMode = s->eMode;
  p->seed = s->seed;

  /* The tables the spec names, or every user table. */
  if (s->hasTables) {
    for (i = 0; i < s->nTable && rc == SQLITE_OK; i++) {
      const SpecTable *st = &s->aTable[i];
      SchemaTable *t = 0;
      char *zErr = 0;
      rc = plan_load_listed(db, st->zName, &t, &zErr);
      if (rc != SQLITE_OK) {
        *pzErr = sqlite3_mprintf("%s: spec: %s: %s", zFunc, st->zPath, zErr ? zErr : "out of memory");
        sqlite3_free(zErr);
        break;
      }
      if (plan_is_shadow(db, t)) {
        *pzErr = sqlite3_mprintf("%s: spec: %s: \"%s\" is a shadow table of a virtual table; fill the virtual table "
                                 "through its own INSERTs",
                                 zFunc, st->zPath, t->zName);
        schema_table_free(t);
        rc = SQLITE_ERROR;
        break;
      }
      if (plan_find(p, t->zDb, t->zName) >= 0) {
        *pzErr = sqlite3_mprintf("%s: spec: %s: table \"%s\" is listed twice", zFunc, st->zPath, t->zName);
        schema_table_free(t);
        rc = SQLITE_ERROR;
        break;
      }
      rc = plan_add(p, &nAlloc, t, st, st->zPer ? -1 : (st->nRows >= 0 ? st->nRows : s->nRows));
      if (rc != SQLITE_OK) schema_table_free(t);
    }
  } else {
    char **az = 0;
    int n = 0;
    rc = schema_table_names(db, "main", &az, &n);
    for (i = 0; i < n && rc == SQLITE_OK; i++) {
      SchemaTable *t = 0;
      char *zErr = 0;
      rc = schema_table_load(db, "main", az[i], &t, &zErr);
      if (rc != SQLITE_OK) {
        *pzErr = plan_errf(zFunc, "%s", zErr ? zErr : "out of memory");
        sqlite3_free(zErr);
        break;
      }
      rc = plan_add(p, &nAlloc, t, 0, s->nRows);
      if (rc != SQLITE_OK) schema_table_free(t);
    }
    schema_names_free(az, n);
  }

  /* Parents: one in the plan, one with rows already, or one to add. */
  for (i = 0; i < p->nTable && rc == SQLITE_OK; i++) {
    PlanTable *x = &p->aTable[i];
    if (x->pSpec && x->pSpec->zPer) {
      for (k = 0; k < x->pTab->nFk && x->iPerFk < 0; k++) {
        if (sqlite3_stricmp(x->pTab->aFk[k].zParent, x->pSpec->zPer) == 0) x->iPerFk = k;
      }
      if (x->iPerFk < 0) {
        *pzErr = sqlite3_mprintf("%s: spec: %s.per: table \"%s\" has no foreign key to \"%s\"", zFunc,
                                 x->pSpec->zPath, x->pTab->zName, x->pSpec->zPer);
        rc = SQLITE_ERROR;
        break;
      }
    }
    for (k = 0; k < x->pTab->nFk && rc == SQLITE_OK; k++) {
      const SchemaFk *f = &x->pTab->aFk[k];
      int j = plan_find(p, x->pTab->zDb, f->zParent);
      x = &p->aTable[i];
      if (j < 0 && !f->isSelf) {
        SchemaTable *pt = 0;
        char *zErr = 0;
        i64 nPar = 0;
        rc = schema_table_load(db, x->pTab->zDb, f->zParent, &pt, &zErr);
        if (rc != SQLITE_OK) {
          sqlite3_free(zErr);
          *pzErr = plan_errf(zFunc, "table \"%s\": column \"%s\": references \"%s\", which does not exist",
                             x->pTab->zName, x->pTab->aCol[f->aiCol[0]].zName, f->zParent);
          rc = SQLITE_ERROR;
          break;
        }
        rc = plan_count(db, pt, &nPar);
        if (rc == SQLITE_OK && nPar == 0) {
          char *zFor = plan_show(x->pTab);
          rc = zFor ? plan_add(p, &nAlloc, pt, 0, s->nRows) : SQLITE_NOMEM;
          if (rc == SQLITE_OK) {
            p->aTable[p->nTable - 1].isAdded = 1;
            p->aTable[p->nTable - 1].zAddedFor = zFor;
          } else {
            sqlite3_free(zFor);
            schema_table_free(pt);
          }
        } else {
          schema_table_free(pt);
        }
      }
    }
  }
  /* Links to parents, and rows present. */
  for (i = 0; i < p->nTable && rc == SQLITE_OK; i++) {
    PlanTable *x = &p->aTable[i];
    for (k = 0; k < x->pTab->nFk; k++)
      x->aiParent[k] = plan_find(p, x->pTab->zDb, x->pTab->aFk[k].zParent);
    rc = plan_count(db, x->pTab, &x->nExisting);
  }
  /* Parent keys SQLite accepts: otherwise every row would be refused. */
  for (i = 0; i < p->nTable && rc == SQLITE_OK; i++) {
    const SchemaTable *t = p->aTable[i].pTab;
    for (k = 0; k < t->nFk && rc == SQLITE_OK; k++) {
      const SchemaFk *f = &t->aFk[k];
      SchemaTable *pLoaded = 0;
      const SchemaTable *pt = f->isSelf ? t : 0;
      char *zWhy = 0;
      if (pt == 0 && p->aTable[i].aiParent[k] >= 0) pt = p->aTable[p->aTable[i].aiParent[k]].pTab;
      if (pt == 0) {
        char *zErr = 0;
        if (schema_table_load(db, t->zDb, f->zParent, &pLoaded, &zErr) != SQLITE_OK) pLoaded = 0;
        sqlite3_free(zErr);
        pt = pLoaded;
      }
      if (pt && f->azParentCol[0]) zWhy = schema_fk_mismatch(t, f, pt);
      if (zWhy) {
        *pzErr = plan_errf(zFunc, "table \"%s\": %s", t->zName, zWhy);
        rc = SQLITE_ERROR;
      }
      sqlite3_free(zWhy);
      schema_table_free(pLoaded);
    }
  }

  /* Modes. */
  for (i = 0; i < p->nTable && rc == SQLITE_OK; i++) {
    PlanTable *x = &p->aTable[i];
    if (s->eMode == MODE_FAIL && x->nExisting > 0 && x->nRows != 0) {
      *pzErr = plan_errf(zFunc, "mode \"fail\": table \"%s\" already has %lld rows", x->pTab->zName,
                         (long long)x->nExisting);
      rc = SQLITE_ERROR;
    }
  }
  if (rc == SQLITE_OK && s->eMode == MODE_REPLACE) {
    /* Rows of a table outside the plan must not lose their parents: look
    ** at every table of each database the plan writes to. */
    for (i = 0; i < p->nTable && rc == SQLITE_OK; i++) {
      const char *zDb = p->aTable[i].pTab->zDb;
      char **az = 0;
      int n = 0, j, seen = 0;
      for (j = 0; j < i && !seen; j++)
        seen = sqlite3_stricmp(p->aTable[j].pTab->zDb, zDb) == 0;
      if (seen) continue;
      rc = schema_table_names(db, zDb, &az, &n);
      for (j = 0; j < n && rc == SQLITE_OK; j++) {
        SchemaTable *o = 0;
        char *zErr = 0;
        i64 nRows = 0;
        if (plan_find(p, zDb, az[j]) >= 0) continue;
        rc = schema_table_load(db, zDb, az[j], &o, &zErr);
        sqlite3_free(zErr);
        if (rc != SQLITE_OK) break;
        for (k = 0; k < o->nFk && rc == SQLITE_OK; k++) {
          int iPar = plan_find(p, zDb, o->aFk[k].zParent);
          if (iPar < 0 || p->aTable[iPar].nExisting == 0) continue;
          rc = plan_count(db, o, &nRows);
          if (rc == SQLITE_OK && nRows > 0) {
            char *zO = plan_show(o), *zP = plan_show(p->aTable[iPar].pTab);
            *pzErr = plan_errf(
                zFunc,
                "mode \"replace\": table \"%s\" is not in the spec but has rows that reference \"%s\"; "
                "list it in the spec or empty it first",
                zO, zP);
            sqlite3_free(zO);
            sqlite3_free(zP);
            rc = SQLITE_ERROR;
          }
        }
        schema_table_free(o);
      }
      schema_names_free(az, n);
    }
    for (i = 0; i < p->nTable; i++)
      p->aTable[i].nExisting = 0;
  }
  if (rc == SQLITE_OK) rc = plan_order(db, zFunc, p, pzErr);
  if (rc == SQLITE_OK) rc = plan_check_combinations(db, zFunc, p, pzErr);
  if (rc != SQLITE_OK) {
    if (*pzErr == 0)
      *pzErr = plan_errf(zFunc, "%s", rc == SQLITE_NOMEM ? "out of memory" : sqlite3_errmsg(db));
    plan_free(p);
    return rc;
  }
  *pp = p;
  return SQLITE_OK;
}
