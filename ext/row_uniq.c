/*
** row_uniq.c — UNIQUE sets that no single column makes distinct, built as
** products of their members' value spaces (row_uniq_plan, at row_begin),
** and the digits each row takes of them (row_uniq_digits, at row_make).
**
** A set of small members, such as a join table's (post_id, tag_id), maps
** the row's ordinal through a keyed permutation of the product of their
** spaces and reads the members as the digits of the result: distinct
** ordinals give distinct combinations.  A digit is a value of a column, a
** parent of a foreign key, or the group of a key's parents that agree on
** the columns the set holds of it (a set with only some columns of a key).
**
** Sets that share members are built together:
**
**     lines(order_id, line_no, product_id,
**           PRIMARY KEY (order_id, line_no), UNIQUE (order_id, product_id))
**
** A core product makes the members all of them share (order_id) and a rank
** k, distinct among the rows that share those; each set then makes its own
** members from k (line_no numbered by it, product_id a permutation of it
** keyed by the order), so every set is distinct by construction.  With
** "per" the core is the parent and k the row's place in the parent's run.
** When one set is a key's whole parent (boarding_passes' PRIMARY KEY
** (ticket_no, flight_id), a foreign key to ticket_flights) and the others
** hold part of it (UNIQUE (flight_id, seat_no)), k is the parent's rank
** among the parents that agree on that part.
*/
#include <stdarg.h>
#include <string.h>

#include "row_int.h"
SQLITE_EXTENSION_INIT3

#define UQ_MAX_DIGIT 16
#define UQ_BIG ((i64)1 << 40) /* the room of a member without a bound */

/* A member of a set, before it is a digit: kinds as RowDigit. */
typedef struct UqMember {
  int eKind;
  int idx;       /* column (DG_VALUE) or foreign key */
  unsigned mask; /* DG_GROUP: the key's positions the set holds */
} UqMember;

typedef struct UqSet {
  int iSet; /* index into SchemaTable.aUnique */
  int nMember;
  UqMember a[UQ_MAX_DIGIT];
  int iComp; /* sets that share members: the first set's place */
} UqSet;

static int is_seq_or_self(const RowGen *g, int iCol) {
  return g->aCol[iCol].eRole == COL_SEQ ||
         (g->aCol[iCol].eRole == COL_VALUE && g->aCol[iCol].eUniq == UQ_SELF);
}

/* "1201 rows are needed", and how many of them the table has already. */
static char *rows_needed(const RowGen *g, i64 nNeed) {
  if (g->iStart > 0) {
    return sqlite3_mprintf("%lld rows are needed, counting the %lld before this one", (long long)nNeed,
                           (long long)g->iStart);
  }
  return sqlite3_mprintf("%lld rows are needed", (long long)nNeed);
}

/* Do two members draw on the same column or key? */
static int uq_touch(const UqMember *a, const UqMember *b) {
  if ((a->eKind == DG_VALUE) != (b->eKind == DG_VALUE)) return 0;
  return a->idx == b->idx;
}
static int uq_same(const UqMember *a, const UqMember *b) {
  return a->eKind == b->eKind && a->idx == b->idx && a->mask == b->mask;
}
static int uq_has(const UqSet *s, const UqMember *m) {
  int j;
  for (j = 0; j < s->nMember; j++)
    if (uq_same(&s->a[j], m)) return 1;
  return 0;
}
static int uq_touches(const UqSet *s, const UqMember *m) {
  int j;
  for (j = 0; j < s->nMember; j++)
    if (uq_touch(&s->a[j], m)) return 1;
  return 0;
}

/* Is foreign key iFk the one "per" follows (at row_begin, or described)? */
static int uq_is_per(const RowGen *g, int iFk) {
  return iFk >= 0 && iFk == g->pOpt->iPerFk && (g->aPerEnd || g->uqDry);
}

/* The room of a member (described without rows: plenty for keys). */
static i64 uq_cap(const RowGen *g, const UqMember *m) {
  const RowFk *f = m->eKind == DG_VALUE ? 0 : &g->aFk[m->idx];
  if (m->eKind == DG_FK && uq_is_per(g, m->idx)) return 1; /* "per" chooses it */
  if (m->eKind != DG_VALUE && g->uqDry) return UQ_BIG;
  switch (m->eKind) {
    case DG_VALUE: {
      i64 n = g->aCol[m->idx].nCap;
      return n == ROW_UNBOUNDED || n > UQ_BIG ? UQ_BIG : n;
    }
    case DG_FK:
      return f->eMode == ROWFK_PREDICT ? f->nPredict : f->nParent;
    case DG_GROUP:
      return f->nGroup;
    case DG_FKIN:
      return f->nGroupMin;
  }
  return 1;
}

/* syda_plan: how set iSet is made distinct, once (row_uniq_describe). */
static void uq_how(RowGen *g, int iSet, const char *zFmt, ...) {
  va_list ap;
  if (g->azUqHow == 0 || g->azUqHow[iSet]) return;
  va_start(ap, zFmt);
  g->azUqHow[iSet] = sqlite3_vmprintf(zFmt, ap);
  va_end(ap);
}

/* "(order_id)": the columns of member m that set iSet holds. */
static char *member_cols(const RowGen *g, const UqMember *m) {
  int ai[64], n = 0, k;
  if (m->eKind == DG_VALUE) {
    ai[n++] = m->idx;
  } else {
    const SchemaFk *fk = g->aFk[m->idx].pFk;
    for (k = 0; k < fk->nCol && n < 64; k++)
      if (m->eKind != DG_GROUP || (k < 32 && (m->mask & (1u << k)))) ai[n++] = fk->aiCol[k];
  }
  return row_cols_text(g->t, n, ai);
}

/* "cannot make UNIQUE (a, b) and UNIQUE (b, c) distinct together: why",
** naming sets aSet[ai[0..nIdx)]. */
static char *together_err(const RowGen *g, const UqSet *aSet, int nIdx, const int *ai, const char *zWhy) {
  sqlite3_str *b = sqlite3_str_new(0);
  char *zSets, *z;
  int i;
  for (i = 0; i < nIdx; i++) {
    char *zSet = row_unique_text(g, aSet[ai[i]].iSet);
    sqlite3_str_appendf(b, "%s%s", i == 0 ? "" : i + 1 == nIdx ? " and " : ", ", zSet ? zSet : "");
    sqlite3_free(zSet);
  }
  zSets = sqlite3_str_finish(b);
  z = row_err(g, -1, "cannot make %s distinct together: %s", zSets ? zSets : "",
              zWhy ? zWhy : "out of memory");
  sqlite3_free(zSets);
  return z;
}

/* "column "b"" or "the foreign key to "x"", for messages. */
static char *member_text(const RowGen *g, const UqMember *m) {
  if (m->eKind == DG_VALUE) return sqlite3_mprintf("column \"%s\"", g->t->aCol[m->idx].zName);
  return sqlite3_mprintf("the foreign key to \"%s\"", g->aFk[m->idx].pFk->zParent);
}

/*
** The members of set iSet, as digits: each value column, and each foreign
** key once (its whole parent, the group of parents that agree on the
** columns the set holds of it, or, for a key that agrees with another on
** some columns, its parent within that group).  1: a member cannot be built
** (*pzErr says why unless the set is one derived from expressions).
*/
static int uq_members(RowGen *g, int iSet, UqSet *s, char **pzErr) {
  const RowUniq *q = &g->aUq[iSet];
  int j, k;
  s->iSet = iSet;
  s->nMember = 0;
  for (j = 0; j < q->nBase; j++) {
    const RowCol *c = &g->aCol[q->aiBase[j]];
    UqMember m;
    memset(&m, 0, sizeof(m));
    if (c->eRole == COL_VALUE) {
      m.eKind = DG_VALUE;
      m.idx = q->aiBase[j];
    } else if (c->eRole == COL_FK) {
      const RowFk *f = &g->aFk[c->iFk];
      const SchemaFk *fk = f->pFk;
      int nOwn = 0, nOwnIn = 0, nBoundIn = 0, seen = 0;
      const char *zWhy = 0;
      for (k = 0; k < s->nMember; k++)
        seen |= s->a[k].eKind != DG_VALUE && s->a[k].idx == c->iFk;
      if (seen) continue;
      m.idx = c->iFk;
      for (k = 0; k < fk->nCol; k++) {
        int k2, in = 0;
        for (k2 = 0; k2 < q->nBase; k2++)
          in |= q->aiBase[k2] == fk->aiCol[k];
        if (f->aiOwner[k] < 0) {
          nOwn++;
          nOwnIn += in;
          if (in && k < 32) m.mask |= 1u << k;
        } else {
          nBoundIn += in;
        }
      }
      if (fk->isSelf) {
        zWhy = "references the table itself";
      } else if (f->eMode == ROWFK_NULL) {
        zWhy = "is set after the insert, to break a cycle";
      } else if (nOwnIn == nOwn && f->nBound == 0) {
        m.eKind = DG_FK;
        m.mask = 0;
      } else if (nOwnIn == nOwn && nBoundIn == f->nBound && !f->isImplied) {
        m.eKind = DG_FKIN; /* its parent among those that agree with the other key */
        m.mask = 0;
      } else if (f->nBound > 0) {
        zWhy = "shares columns with another foreign key";
      } else if (f->eMode == ROWFK_PREDICT) {
        zWhy = "is predicted for a cycle, and the set holds only some of its columns";
      } else {
        unsigned want = 0;
        for (k = 0; k < f->nGrp; k++)
          want |= 1u << f->aiGrp[k];
        if (want != m.mask) {
          zWhy = "holds only some of its columns, and another UNIQUE set other ones";
        } else {
          m.eKind = DG_GROUP;
        }
      }
      if (zWhy) {
        if (!q->isDerived) {
          char *zSet = row_unique_text(g, iSet);
          *pzErr = row_err(g, -1, "cannot make %s distinct: its foreign key to \"%s\" %s", zSet ? zSet : "",
                           fk->zParent, zWhy);
          sqlite3_free(zSet);
        }
        return 1;
      }
    } else {
      continue;
    }
    /* a member of a product planned before (the sets of values of a table
    ** whose keys a cycle predicts) cannot take part in this one */
    if ((m.eKind == DG_VALUE ? g->aCol[m.idx].iProd : g->aFk[m.idx].iProd) >= 0) {
      if (!q->isDerived) {
        char *zSet = row_unique_text(g, iSet), *zWhat = member_text(g, &m);
        *pzErr = row_err(g, -1, "cannot make %s distinct: %s is part of another UNIQUE set", zSet ? zSet : "",
                         zWhat ? zWhat : "");
        sqlite3_free(zSet);
        sqlite3_free(zWhat);
      }
      return 1;
    }
    if (s->nMember >= UQ_MAX_DIGIT) return 1;
    s->a[s->nMember++] = m;
  }
  return s->nMember == 0;
}

/* A new product at the end of g->aProd, digits to come. */
static RowProd *prod_new(RowGen *g, int iSet, int nDigit) {
  RowProd *pr = &g->aProd[g->nProd];
  memset(pr, 0, sizeof(*pr));
  pr->pSet = iSet >= 0 ? &g->t->aUnique[iSet] : 0;
  pr->iPerDigit = pr->iRankDigit = pr->iRankFk = pr->iCore = -1;
  pr->aDigit = sqlite3_malloc64(sizeof(RowDigit) * (sqlite3_uint64)(nDigit + 1));
  if (pr->aDigit == 0) return 0;
  g->nProd++;
  return pr;
}

/* Member m becomes digit of the last product: the column or key says so. */
static long double prod_add(RowGen *g, RowProd *pr, const UqMember *m) {
  RowDigit *dg = &pr->aDigit[pr->nDigit];
  dg->eKind = m->eKind;
  dg->idx = m->idx;
  dg->nCap = uq_cap(g, m);
  if (m->eKind == DG_VALUE) {
    RowCol *c = &g->aCol[m->idx];
    c->eUniq = UQ_DIGIT;
    c->iProd = g->nProd - 1;
    c->iDigit = pr->nDigit;
  } else {
    RowFk *f = &g->aFk[m->idx];
    if (m->eKind == DG_FK && uq_is_per(g, m->idx)) pr->iPerDigit = pr->nDigit;
    f->iProd = g->nProd - 1;
    f->iDigit = pr->nDigit;
  }
  pr->nDigit++;
  return (long double)dg->nCap;
}

static u64 prod_total(long double total) {
  return total > (long double)((u64)1 << 62) ? ((u64)1 << 62) : total < 1 ? 1 : (u64)total;
}

static i64 uq_max_run(const RowGen *g) {
  i64 nRun = 0, k;
  for (k = 0; k < g->nPer; k++) {
    i64 nThis = g->aPerEnd[k] - (k ? g->aPerEnd[k - 1] : 0);
    if (nThis > nRun) nRun = nThis;
  }
  return nRun;
}

static int uq_has_predict(const RowGen *g, const UqSet *s) {
  int j;
  for (j = 0; j < s->nMember; j++)
    if (s->a[j].eKind == DG_FK && g->aFk[s->a[j].idx].eMode == ROWFK_PREDICT) return 1;
  return 0;
}

/* Enough combinations for the rows?  Else the error, naming set iSet. */
static int uq_room(RowGen *g, int iSet, long double total, int hasPredict, i64 nNeed, char **pzErr) {
  if (g->uqDry) return SQLITE_OK; /* described: no rows counted */
  /* Keys predicted for a cycle are new parent rows, which the rows
  ** already present cannot reference: only this run's rows need them. */
  if (total < (long double)(hasPredict ? g->nRows : nNeed)) {
    char *zSet = row_unique_text(g, iSet);
    char *zNeed =
        hasPredict ? sqlite3_mprintf("%lld rows are needed", (long long)g->nRows) : rows_needed(g, nNeed);
    *pzErr = row_err(g, -1, "%s allows only %lld distinct combinations of its parent rows and values, and %s",
                     zSet ? zSet : "", (long long)total, zNeed ? zNeed : "");
    sqlite3_free(zSet);
    sqlite3_free(zNeed);
    return SQLITE_ERROR;
  }
  return SQLITE_OK;
}

static int uq_room_per(RowGen *g, int iSet, long double total, char **pzErr) {
  i64 nRun = g->uqDry ? 0 : uq_max_run(g);
  if (total < (long double)nRun) {
    char *zSet = row_unique_text(g, iSet);
    *pzErr =
        row_err(g, -1,
                "%s allows only %lld distinct combinations for each row of \"%s\", and "
                "\"per\" gives one of them %lld rows",
                zSet ? zSet : "", (long long)total, g->aFk[g->pOpt->iPerFk].pFk->zParent, (long long)nRun);
    sqlite3_free(zSet);
    return SQLITE_ERROR;
  }
  return SQLITE_OK;
}

static u64 uq_key(const RowGen *g, u64 salt, int iSet) {
  return rng_key(g->seed, rng_hash(g->t->zName), salt + (u64)iSet);
}

/* One set alone: the product of its members. */
static int build_single(RowGen *g, const UqSet *s, i64 nNeed, char **pzErr) {
  RowProd *pr = prod_new(g, s->iSet, s->nMember);
  long double total = 1;
  int j;
  if (pr == 0) return SQLITE_NOMEM;
  for (j = 0; j < s->nMember; j++)
    total *= prod_add(g, pr, &s->a[j]);
  if (uq_room(g, s->iSet, total, uq_has_predict(g, s), nNeed, pzErr)) return SQLITE_ERROR;
  pr->nTotal = prod_total(total);
  rng_perm_init(&pr->perm, pr->nTotal, uq_key(g, 0x70726f64ULL, s->iSet));
  uq_how(g, s->iSet, "each row takes a distinct combination of its columns' values and parents");
  return SQLITE_OK;
}

/*
** Sets aSet[0..n) that share members (or one set with "per"): a core of
** the members all hold plus a rank digit (or, when one set is a key's whole
** parent and the others the groups of it, that key alone), and a follower
** for each set's own members.
*/
static int build_shared(RowGen *g, const UqSet *aSet, int n, i64 nNeed, char **pzErr) {
  UqSet core;
  int i, j, k, iRankSet = -1, iLeast = aSet[0].iSet, iCore, hasPredict = 0;
  i64 nK = UQ_BIG;
  long double total = 1;
  RowProd *pr;
  memset(&core, 0, sizeof(core));
  /* One set that is a key's whole parent, the others groups of it? */
  for (i = 0; i < n && iRankSet < 0 && n > 1; i++) {
    const UqMember *m = &aSet[i].a[0];
    int ok = aSet[i].nMember == 1 && m->eKind == DG_FK && g->aFk[m->idx].nGrp > 0 &&
             g->aFk[m->idx].eMode == ROWFK_PICK && !uq_is_per(g, m->idx);
    for (j = 0; ok && j < n; j++) {
      UqMember want = *m;
      if (j == i) continue;
      want.eKind = DG_GROUP;
      want.mask = 0;
      for (k = 0; k < g->aFk[m->idx].nGrp; k++)
        want.mask |= 1u << g->aFk[m->idx].aiGrp[k];
      ok = uq_has(&aSet[j], &want);
    }
    if (ok) iRankSet = i;
  }
  if (iRankSet >= 0) {
    core.nMember = 1;
    core.a[0] = aSet[iRankSet].a[0];
  } else {
    /* the members every set holds (one set with "per": its parent) */
    for (j = 0; j < aSet[0].nMember; j++) {
      int all = n > 1 || (aSet[0].a[j].eKind == DG_FK && uq_is_per(g, aSet[0].a[j].idx));
      for (i = 1; i < n && all; i++)
        all = uq_has(&aSet[i], &aSet[0].a[j]);
      if (all) core.a[core.nMember++] = aSet[0].a[j];
    }
    if (core.nMember == 0 || core.nMember >= UQ_MAX_DIGIT) {
      int ai[64];
      for (i = 0; i < n && i < 64; i++)
        ai[i] = i;
      *pzErr = together_err(g, aSet, i, ai, "they overlap, but no column is in all of them");
      return SQLITE_ERROR;
    }
  }
  /* The rest of each set is its own: no member of it in another set, nor
  ** drawing on a member of the core. */
  for (i = 0; i < n; i++) {
    for (j = 0; j < aSet[i].nMember; j++) {
      const UqMember *m = &aSet[i].a[j];
      int i2;
      if (uq_has(&core, m) || (iRankSet >= 0 && uq_touch(m, &core.a[0]))) continue;
      for (i2 = 0; i2 < n; i2++) {
        int ai[3], i3;
        char *zWhat, *zWhy;
        if (i2 == i || !uq_touches(&aSet[i2], m)) continue;
        ai[0] = i;
        ai[1] = i2;
        zWhat = member_text(g, m);
        if (!uq_has(&aSet[i2], m)) {
          zWhy = sqlite3_mprintf("one holds all columns of %s, the other only some", zWhat ? zWhat : "");
          *pzErr = together_err(g, aSet, 2, ai, zWhy);
        } else {
          /* a set that overlaps them but does not hold it */
          for (i3 = 0; i3 < n && uq_has(&aSet[i3], m); i3++) {
          }
          ai[2] = i3 < n ? i3 : i2;
          zWhy = sqlite3_mprintf("they share %s, which the third does not hold", zWhat ? zWhat : "");
          *pzErr = together_err(g, aSet, 3, ai, zWhy);
        }
        sqlite3_free(zWhat);
        sqlite3_free(zWhy);
        return SQLITE_ERROR;
      }
    }
  }
  /* the room of the rank: the fewest combinations a set has of its own */
  for (i = 0; i < n; i++) {
    long double nOwn = 1;
    int nRest = 0;
    hasPredict |= uq_has_predict(g, &aSet[i]);
    for (j = 0; j < aSet[i].nMember; j++) {
      const UqMember *m = &aSet[i].a[j];
      if (uq_has(&core, m) || (iRankSet >= 0 && uq_touch(m, &core.a[0]))) continue;
      if (m->eKind == DG_FK && uq_is_per(g, m->idx)) {
        int ai[2], i2;
        char *zWhy;
        for (i2 = 0; i2 < n && uq_has(&aSet[i2], m); i2++) {
        }
        ai[0] = i;
        ai[1] = i2 < n ? i2 : i;
        zWhy = sqlite3_mprintf("\"per\" chooses the foreign key to \"%s\" that only the first holds",
                               g->aFk[m->idx].pFk->zParent);
        *pzErr = together_err(g, aSet, 2, ai, zWhy);
        sqlite3_free(zWhy);
        return SQLITE_ERROR;
      }
      nOwn *= (long double)uq_cap(g, m);
      nRest++;
    }
    if (iRankSet >= 0 && i == iRankSet) continue;
    if (nRest == 0) nOwn = 1;
    if (nOwn < (long double)nK) {
      nK = (i64)nOwn;
      iLeast = aSet[i].iSet;
    }
  }
  iCore = g->nProd;
  pr = prod_new(g, -1, core.nMember + 1);
  if (pr == 0) return SQLITE_NOMEM;
  pr->isCore = 1;
  for (j = 0; j < core.nMember; j++)
    total *= prod_add(g, pr, &core.a[j]);
  if (iRankSet >= 0) {
    /* the key's rank among the parents that agree with the others: each
    ** group must have no more parents than the others can number */
    const RowFk *f = &g->aFk[core.a[0].idx];
    pr->pSet = &g->t->aUnique[aSet[iRankSet].iSet];
    pr->iRankFk = core.a[0].idx;
    if (!g->uqDry && f->nGroupMax > nK) {
      char *zSet = row_unique_text(g, iLeast), *zWhole = row_unique_text(g, aSet[iRankSet].iSet);
      char *zCols = 0;
      int ai[32], nCols = 0;
      for (k = 0; k < f->nGrp && nCols < 32; k++)
        ai[nCols++] = f->pFk->aiCol[f->aiGrp[k]];
      zCols = row_cols_text(g->t, nCols, ai);
      *pzErr = row_err(g, -1,
                       "%s allows only %lld rows for each %s, and %lld rows of \"%s\" have the same %s, "
                       "each of which %s may take once",
                       zSet ? zSet : "", (long long)nK, zCols ? zCols : "", (long long)f->nGroupMax,
                       f->pFk->zParent, zCols ? zCols : "", zWhole ? zWhole : "");
      sqlite3_free(zSet);
      sqlite3_free(zWhole);
      sqlite3_free(zCols);
      return SQLITE_ERROR;
    }
    if (uq_room(g, aSet[iRankSet].iSet, total, hasPredict, nNeed, pzErr)) return SQLITE_ERROR;
  } else {
    RowDigit *dg = &pr->aDigit[pr->nDigit];
    dg->eKind = DG_RANK;
    dg->idx = -1;
    dg->nCap = nK;
    pr->iRankDigit = pr->nDigit++;
    total *= (long double)nK;
    if (pr->iPerDigit >= 0) {
      if (uq_room_per(g, iLeast, total, pzErr)) return SQLITE_ERROR;
    } else if (uq_room(g, iLeast, total, hasPredict, nNeed, pzErr)) {
      return SQLITE_ERROR;
    }
  }
  pr->nTotal = prod_total(total);
  pr->perKey = uq_key(g, 0x636f7265ULL, aSet[0].iSet);
  rng_perm_init(&pr->perm, pr->nTotal, pr->perKey);
  /* each set's own members follow the core */
  for (i = 0; i < n; i++) {
    RowProd *fw;
    long double nOwn = 1;
    if (i == iRankSet) continue;
    fw = prod_new(g, aSet[i].iSet, aSet[i].nMember);
    if (fw == 0) return SQLITE_NOMEM;
    fw->iCore = iCore;
    for (j = 0; j < aSet[i].nMember; j++) {
      const UqMember *m = &aSet[i].a[j];
      if (uq_has(&core, m) || (iRankSet >= 0 && uq_touch(m, &core.a[0]))) continue;
      nOwn *= prod_add(g, fw, m);
    }
    if (fw->nDigit == 0) {
      g->nProd--; /* the core alone makes it distinct */
      sqlite3_free(fw->aDigit);
      continue;
    }
    fw->nTotal = prod_total(nOwn);
    fw->perKey = uq_key(g, 0x666f6c6cULL, aSet[i].iSet);
  }
  if (g->azUqHow) {
    /* what the core numbers the rows by, and with which sets (a key's
    ** rank: the columns its parents are grouped by) */
    UqMember by = core.a[0];
    char *zBy;
    if (iRankSet >= 0) {
      by.eKind = DG_GROUP;
      by.mask = 0;
      for (k = 0; k < g->aFk[by.idx].nGrp; k++)
        by.mask |= 1u << g->aFk[by.idx].aiGrp[k];
    }
    zBy = member_cols(g, &by);
    for (j = 1; j < core.nMember && zBy; j++) {
      char *zMore = member_cols(g, &core.a[j]), *z;
      z = sqlite3_mprintf("%.*s, %s", (int)strlen(zBy) - 1, zBy, zMore ? zMore + 1 : ")");
      sqlite3_free(zBy);
      sqlite3_free(zMore);
      zBy = z;
    }
    for (i = 0; i < n; i++) {
      sqlite3_str *b = sqlite3_str_new(0);
      char *zWith;
      int i2, nOther = 0;
      for (i2 = 0; i2 < n; i2++) {
        char *zSet;
        if (i2 == i) continue;
        zSet = row_unique_text(g, aSet[i2].iSet);
        sqlite3_str_appendf(b, "%s%s", nOther++ ? ", " : "", zSet ? zSet : "");
        sqlite3_free(zSet);
      }
      zWith = sqlite3_str_finish(b);
      if (iRankSet >= 0 && i == iRankSet) {
        uq_how(g, aSet[i].iSet,
               "each row takes a distinct row of \"%s\", numbered among those with the same %s for %s",
               g->aFk[core.a[0].idx].pFk->zParent, zBy ? zBy : "", zWith ? zWith : "");
      } else if (iRankSet >= 0) {
        uq_how(g, aSet[i].iSet,
               "with %s: its other columns follow the number each row of \"%s\" has among those with the "
               "same %s",
               zWith ? zWith : "", g->aFk[core.a[0].idx].pFk->zParent, zBy ? zBy : "");
      } else if (pr->iPerDigit >= 0) {
        uq_how(g, aSet[i].iSet,
               "%s%s%sthe rows of each parent of \"%s\" (\"per\") are numbered, and its other columns follow "
               "the number",
               nOther ? "with " : "", nOther ? zWith : "", nOther ? ": " : "",
               g->aFk[g->pOpt->iPerFk].pFk->zParent);
      } else {
        uq_how(g, aSet[i].iSet,
               "with %s: the rows with the same %s are numbered, and its other columns follow the number",
               zWith ? zWith : "", zBy ? zBy : "");
      }
      sqlite3_free(zWith);
    }
    sqlite3_free(zBy);
  }
  return SQLITE_OK;
}

int row_uniq_plan(RowGen *g, i64 nNeed, int eWhich, char **pzErr) {
  const SchemaTable *t = g->t;
  UqSet *aSet = 0;
  int i, j, k, pass, nSet = 0, nFirst = 0, rc = SQLITE_OK;
  /* Single columns first: their own permutation (made by row_compile). */
  for (i = 0; i < t->nCol; i++) {
    RowCol *c = &g->aCol[i];
    if (c->eRole == COL_VALUE && c->eUniq == UQ_SELF) {
      i64 nRoom = row_over_capacity(c);
      if (nRoom != ROW_UNBOUNDED && nRoom < nNeed) {
        /* of which kind, when it is text (a list, codes of a length) */
        const FakeKind *kd = fake_kind_at(c->spec.iKind);
        char *zNeed = rows_needed(g, nNeed);
        char *zKind = c->nSet == 0 && kd->xGen ? sqlite3_mprintf(" (kind \"%s\")", kd->zName)
                      : c->isSlot == SLOT_MEAL
                          ? sqlite3_mprintf(" (a table booking's: %s)", row_time_class(c) == TY_DATE ? "days"
                                                                        : "quarter hours of lunch and dinner")
                      : c->isSlot ? sqlite3_mprintf(" (a scheduled event's: %s)",
                                                    row_time_class(c) == TY_DATE   ? "weekdays"
                                                    : row_time_class(c) == TY_TIME ? "working quarter hours"
                                                                                   : "working quarter hours of weekdays")
                                  : 0;
        *pzErr = row_err(g, i, "is UNIQUE but can hold only %lld distinct values%s, and %s",
                         (long long)nRoom, zKind ? zKind : "", zNeed ? zNeed : "");
        sqlite3_free(zKind);
        sqlite3_free(zNeed);
        return SQLITE_ERROR;
      }
    }
  }
  if (g->iSeq >= 0) {
    RowCol *c = &g->aCol[g->iSeq];
    /* in unsigned arithmetic: seqHi - seqLo + 1 may not fit an i64 (0: 2^64) */
    u64 nCap = (u64)c->seqHi - (u64)c->seqLo + 1;
    if (nCap != 0 && nCap < (u64)nNeed) {
      char *zNeed = rows_needed(g, nNeed);
      if (c->seqHi == INT64_MAX) {
        *pzErr =
            row_err(g, g->iSeq, "is the primary key, counting from %lld, and %s: the keys would pass %lld",
                    (long long)c->seqLo, zNeed ? zNeed : "", (long long)INT64_MAX);
      } else {
        *pzErr = row_err(g, g->iSeq, "is the primary key but its CHECK allows only %llu values, and %s",
                         (unsigned long long)nCap, zNeed ? zNeed : "");
      }
      sqlite3_free(zNeed);
      return SQLITE_ERROR;
    }
  }
  aSet = sqlite3_malloc64(sizeof(UqSet) * (sqlite3_uint64)(t->nUnique + 1));
  if (aSet == 0) return SQLITE_NOMEM;
  /*
  ** Which sets need a product: constraints first, then the sets derived
  ** from expression keys, which only help (when they cannot be built, or
  ** overlap another, they are left to the live check).
  */
  for (pass = 0; pass < 2 && rc == SQLITE_OK; pass++) {
    for (i = 0; i < t->nUnique && rc == SQLITE_OK; i++) {
      const RowUniq *q = &g->aUq[i];
      int done = 0, iCarrier = -1, nBase = q->nBase, hasFk = 0;
      const int *aiBase = q->aiBase;
      if (nBase == 0) uq_how(g, i, "checked against the rows written (a partial index)");
      if (nBase == 0 || q->isDerived != pass) continue;
      for (j = 0; j < nBase; j++)
        hasFk |= g->aCol[aiBase[j]].eRole == COL_FK;
      if (!(eWhich & (hasFk ? UNIQ_FKS : UNIQ_VALUES))) continue;
      for (j = 0; j < nBase && !done; j++) {
        const RowCol *c = &g->aCol[aiBase[j]];
        if (is_seq_or_self(g, aiBase[j])) {
          done = 1;
          uq_how(g, i, "column \"%s\" is unique by itself", t->aCol[aiBase[j]].zName);
        }
        if (c->eRole == COL_EXPR) {
          done = 1; /* checked live */
          uq_how(g, i, "checked against the rows written (column \"%s\" is an expression)",
                 t->aCol[aiBase[j]].zName);
        }
        /* all the columns of a chain: distinct (or NULL) by construction */
        if (c->eRole == COL_FK && g->aFk[c->iFk].isChain) {
          const SchemaFk *fk = g->aFk[c->iFk].pFk;
          int k2, n2 = 0;
          for (k = 0; k < fk->nCol; k++) {
            for (k2 = 0; k2 < nBase; k2++)
              n2 += aiBase[k2] == fk->aiCol[k];
          }
          if (n2 == fk->nCol) {
            done = 1;
            uq_how(g, i, "a chain of references to the table itself, each row referenced once");
          }
        }
      }
      if (done) continue;
      /* A member with room for every row carries the set. */
      for (j = 0; j < nBase && iCarrier < 0; j++) {
        RowCol *c = &g->aCol[aiBase[j]];
        if (c->eRole == COL_VALUE && c->eUniq == UQ_NONE && c->iProd < 0 &&
            (c->nCap == ROW_UNBOUNDED || c->nCap >= UQ_BIG)) {
          iCarrier = aiBase[j];
        }
      }
      if (iCarrier >= 0) {
        RowCol *c = &g->aCol[iCarrier];
        c->eUniq = UQ_SELF;
        row_uniq_setup(c);
        uq_how(g, i, "column \"%s\" has room for every row and is made unique", t->aCol[iCarrier].zName);
        continue;
      }
      if (uq_members(g, i, &aSet[nSet], pzErr)) {
        if (*pzErr) rc = SQLITE_ERROR;
        uq_how(g, i, "checked against the rows written");
        continue;
      }
      if (pass == 1) {
        /* a derived set that meets another is only checked live */
        int meets = 0, j2;
        for (k = 0; k < nSet && !meets; k++)
          for (j2 = 0; j2 < aSet[nSet].nMember && !meets; j2++)
            meets = uq_touches(&aSet[k], &aSet[nSet].a[j2]);
        if (meets) {
          uq_how(g, i, "checked against the rows written");
          continue;
        }
      }
      aSet[nSet].iComp = nSet;
      nSet++;
    }
    if (pass == 0) nFirst = nSet;
  }
  /* Sets that share members, directly or through others, are built together. */
  for (i = 0; i < nFirst; i++) {
    for (k = 0; k < i; k++) {
      int meets = 0;
      for (j = 0; j < aSet[i].nMember && !meets; j++)
        meets = uq_touches(&aSet[k], &aSet[i].a[j]);
      if (meets && aSet[k].iComp != aSet[i].iComp) {
        int from = aSet[i].iComp, to = aSet[k].iComp, m;
        if (from < to) {
          int tmp = from;
          from = to;
          to = tmp;
        }
        for (m = 0; m < nFirst; m++)
          if (aSet[m].iComp == from) aSet[m].iComp = to;
      }
    }
  }
  for (i = 0; i < nSet && rc == SQLITE_OK; i++) {
    UqSet *aGroup;
    int n = 0, hasPer = 0;
    if (aSet[i].iComp != i) continue;
    aGroup = sqlite3_malloc64(sizeof(UqSet) * (sqlite3_uint64)(nSet + 1));
    if (aGroup == 0) {
      rc = SQLITE_NOMEM;
      break;
    }
    for (k = i; k < nSet; k++) {
      if (aSet[k].iComp != i) continue;
      aGroup[n++] = aSet[k];
      for (j = 0; j < aSet[k].nMember; j++)
        hasPer |= aSet[k].a[j].eKind == DG_FK && uq_is_per(g, aSet[k].a[j].idx);
    }
    if (n == 1 && !hasPer) {
      rc = build_single(g, &aGroup[0], nNeed, pzErr);
    } else {
      rc = build_shared(g, aGroup, n, nNeed, pzErr);
    }
    sqlite3_free(aGroup);
  }
  sqlite3_free(aSet);
  if (rc == SQLITE_NOMEM && *pzErr == 0) *pzErr = row_err(g, -1, "out of memory");
  return rc;
}

/* How far a CHECK that failed on a member of product pr moves it. */
static int prod_moves(const RowGen *g, const RowProd *pr, const int *aTry) {
  int j, nMove = 0;
  for (j = 0; aTry && j < pr->nDigit; j++) {
    const RowDigit *dg = &pr->aDigit[j];
    int n = dg->eKind == DG_RANK    ? 0
            : dg->eKind == DG_VALUE ? aTry[dg->idx]
                                    : row_fk_try(&g->aFk[dg->idx], aTry);
    if (n > nMove) nMove = n;
  }
  return nMove;
}

void row_uniq_digits(RowGen *g, int s, i64 ordinal, int nUniqTry, const int *aTry) {
  int i, j;
  for (i = 0; i < g->nProd; i++) {
    RowProd *pr = &g->aProd[i];
    u64 x;
    int nMove = 0;
    i64 iRun = 0, base = ordinal;
    RngPerm runPerm, *pPerm = &pr->perm;
    if (pr->iCore >= 0) {
      /* a follower: its own members from the core's rank, keyed by the
      ** members the core made (one value alone is numbered by the rank) */
      const RowProd *core = &g->aProd[pr->iCore];
      i64 k = core->aRank[s];
      if (pr->nDigit == 1 && pr->aDigit[0].eKind == DG_VALUE) {
        pr->aVal[s][0] = (i64)((u64)k % (u64)pr->aDigit[0].nCap);
        continue;
      }
      rng_perm_init(&runPerm, pr->nTotal, pr->perKey ^ rng_mix(core->aCoreKey[s] + 1));
      x = rng_perm(&runPerm, (u64)k % pr->nTotal);
      for (j = 0; j < pr->nDigit; j++) {
        u64 cap = (u64)pr->aDigit[j].nCap;
        pr->aVal[s][j] = (i64)(x % cap);
        x /= cap;
      }
      continue;
    }
    if (pr->iPerDigit >= 0 && g->nPer > 0) {
      /* "per": the parent is the run's, the others a permutation of the
      ** row's rank in the run, keyed by the parent */
      iRun = row_per_run(g, ordinal, &base);
      rng_perm_init(&runPerm, pr->nTotal, pr->perKey ^ rng_mix((u64)iRun + 1));
      pPerm = &runPerm;
    }
    nMove = prod_moves(g, pr, aTry);
    for (j = i + 1; pr->isCore && j < g->nProd; j++) {
      int n = g->aProd[j].iCore == i ? prod_moves(g, &g->aProd[j], aTry) : 0;
      if (n > nMove) nMove = n;
    }
    nMove += nUniqTry;
    x = (u64)base;
    if (nMove > 0) x += rng_below(rng_at(pPerm->k[0], ordinal, 0x6d6f7665ULL + (u64)nMove), pr->nTotal);
    /* a core of the "per" parent alone numbers the run's rows in order:
    ** its rank is the row's place in the run */
    x = pr->isCore && pr->iPerDigit >= 0 && pr->nDigit == 2 ? x % pr->nTotal
                                                            : rng_perm(pPerm, x % pr->nTotal);
    for (j = 0; j < pr->nDigit; j++) {
      u64 cap = (u64)pr->aDigit[j].nCap;
      pr->aVal[s][j] = (i64)(x % cap);
      x /= cap;
    }
    if (pr->iPerDigit >= 0) pr->aVal[s][pr->iPerDigit] = iRun;
    if (pr->isCore) {
      u64 h = 0x9e3779b97f4a7c15ULL;
      if (pr->iRankFk >= 0) {
        /* the parent's rank among those that agree on the columns the
        ** other sets hold, and that group */
        const RowFk *f = &g->aFk[pr->iRankFk];
        i64 p = pr->aVal[s][0], grp = row_fk_group_of(f, p);
        pr->aRank[s] = p - f->aGroupStart[grp];
        pr->aCoreKey[s] = rng_mix(h ^ (u64)grp);
        continue;
      }
      for (j = 0; j < pr->nDigit; j++) {
        if (j != pr->iRankDigit) h = rng_mix(h ^ (u64)pr->aVal[s][j]);
      }
      pr->aRank[s] = pr->aVal[s][pr->iRankDigit];
      pr->aCoreKey[s] = h;
    }
  }
}

int row_uniq_describe(RowGen *g, char **pzJson, char **pzErr) {
  const SchemaTable *t = g->t;
  SydaBuf b = {0, 0, 0, 0};
  int rc, i;
  *pzJson = 0;
  g->azUqHow = sqlite3_malloc64(sizeof(char *) * (sqlite3_uint64)(t->nUnique + 1));
  if (g->azUqHow == 0) return SQLITE_NOMEM;
  memset(g->azUqHow, 0, sizeof(char *) * (size_t)(t->nUnique + 1));
  g->uqDry = 1;
  rc = row_uniq_plan(g, 0, UNIQ_ALL, pzErr);
  g->uqDry = 0;
  buf_putc(&b, '[');
  for (i = 0; rc == SQLITE_OK && i < t->nUnique; i++) {
    char *zSet = row_unique_text(g, i);
    const char *zHow = g->azUqHow[i] ? g->azUqHow[i] : "checked against the rows written";
    if (i) buf_putc(&b, ',');
    buf_str(&b, "{\"set\":");
    buf_json_string(&b, zSet ? zSet : "", zSet ? (int)strlen(zSet) : 0);
    buf_str(&b, ",\"how\":");
    buf_json_string(&b, zHow, (int)strlen(zHow));
    buf_putc(&b, '}');
    sqlite3_free(zSet);
  }
  buf_putc(&b, ']');
  for (i = 0; i < t->nUnique; i++)
    sqlite3_free(g->azUqHow[i]);
  sqlite3_free(g->azUqHow);
  g->azUqHow = 0;
  if (rc == SQLITE_OK && b.oom) rc = SQLITE_NOMEM;
  if (rc != SQLITE_OK) {
    buf_free(&b);
    return rc;
  }
  *pzJson = b.z;
  return SQLITE_OK;
}
