/*
** row_fk.c — foreign keys that share columns, and parents taken in groups.
**
**     CREATE TABLE enrollment(student_id, course_id, section_no,
**       FOREIGN KEY (course_id, section_no) REFERENCES section(course_id, section_no),
**       FOREIGN KEY (course_id) REFERENCES course);
**
** course_id is in two keys.  Each column is made by one key, its owner (the
** widest key that holds it, the first declared of equals): here the key to
** section makes course_id and section_no, and the key to course makes
** nothing ("implied"); the owner only takes sections whose course_id is a
** key of course (an EXISTS in the query that reads its parents), so both
** hold.  Keys that share only some columns, such as (tenant_id,
** customer_id) and (tenant_id, product_id) of a multi-tenant schema, make
** the second "bound": its parent is chosen among those that agree with the
** columns the first made, and the first only takes parents for which one
** exists.
**
** A bound key reads its parents grouped by the shared columns: sorted by
** them first, with the start of each group (row_fk_group).  The same groups
** serve the UNIQUE sets that hold only part of a key (row_begin.c).
*/
#include <string.h>

#include "row_int.h"
SQLITE_EXTENSION_INIT3

int row_fk_owner(const SchemaTable *t, int iCol) {
  int i, k, iOwner = -1;
  for (i = 0; i < t->nFk; i++) {
    for (k = 0; k < t->aFk[i].nCol && t->aFk[i].aiCol[k] != iCol; k++) {
    }
    if (k < t->aFk[i].nCol && (iOwner < 0 || t->aFk[i].nCol > t->aFk[iOwner].nCol)) iOwner = i;
  }
  return iOwner;
}

/* "(a, b) to "parent"", for messages. */
static char *fk_text(const RowGen *g, const SchemaFk *fk) {
  char *zCols = row_cols_text(g->t, fk->nCol, fk->aiCol);
  char *z = sqlite3_mprintf("%s to \"%s\"", zCols ? zCols : "", fk->zParent);
  sqlite3_free(zCols);
  return z;
}

/* Position of child column iCol in key fk, -1 if not in it. */
static int fk_pos(const SchemaFk *fk, int iCol) {
  int k;
  for (k = 0; k < fk->nCol; k++)
    if (fk->aiCol[k] == iCol) return k;
  return -1;
}

static char *shared_err(const RowGen *g, const RowFk *f, const RowFk *o, int iCol, const char *zWhy) {
  char *zA = fk_text(g, f->pFk), *zB = fk_text(g, o->pFk);
  char *z = row_err(g, -1, "foreign keys %s and %s share column \"%s\", and %s: syda cannot make both hold",
                    zA ? zA : "", zB ? zB : "", g->t->aCol[iCol].zName, zWhy);
  sqlite3_free(zA);
  sqlite3_free(zB);
  return z;
}

int row_fk_shared(RowGen *g, char **pzErr) {
  int i, k, pass;
  for (i = 0; i < g->nFk; i++) {
    RowFk *f = &g->aFk[i];
    const SchemaFk *fk = f->pFk;
    int iOnly = -1;
    f->aiOwner = sqlite3_malloc64(sizeof(int) * (sqlite3_uint64)(fk->nCol + 1));
    f->aiGrp = sqlite3_malloc64(sizeof(int) * (sqlite3_uint64)(fk->nCol + 1));
    if (f->aiOwner == 0 || f->aiGrp == 0) return SQLITE_NOMEM;
    f->nBound = f->nGrp = 0;
    for (k = 0; k < fk->nCol; k++) {
      const RowCol *c = &g->aCol[fk->aiCol[k]];
      int iOwner = c->eRole == COL_FK ? c->iFk : i;
      f->aiOwner[k] = iOwner == i ? -1 : iOwner;
      if (iOwner == i) continue;
      f->nBound++;
      if (iOnly < 0) iOnly = iOwner;
      if (iOnly != iOwner) iOnly = g->nFk; /* more than one owner */
    }
    f->isImplied = f->nBound == fk->nCol;
    if (f->nBound == 0) continue;
    for (k = 0; k < fk->nCol; k++) {
      const RowFk *o;
      const char *zWhy = 0;
      if (f->aiOwner[k] < 0) continue;
      o = &g->aFk[f->aiOwner[k]];
      if (fk->isSelf || o->pFk->isSelf) {
        zWhy = "one of them references the table itself";
      } else if (f->eMode != ROWFK_PICK || o->eMode != ROWFK_PICK) {
        zWhy = "one of them is set after the insert to break a cycle";
      } else if (f->isImplied && iOnly == g->nFk) {
        zWhy = "the columns of the first are made by more than one other key";
      }
      if (zWhy) {
        *pzErr = shared_err(g, f, o, fk->aiCol[k], zWhy);
        return SQLITE_ERROR;
      }
    }
    /* a bound key chooses its parent in the group of those that agree */
    if (!f->isImplied) {
      for (k = 0; k < fk->nCol; k++)
        if (f->aiOwner[k] >= 0) f->aiGrp[f->nGrp++] = k;
    }
  }
  /* levels: a bound key is chosen after the keys that make its columns */
  for (pass = 0; pass < g->nFk; pass++) {
    int changed = 0;
    for (i = 0; i < g->nFk; i++) {
      RowFk *f = &g->aFk[i];
      int nLevel = 0;
      if (f->isImplied || f->nBound == 0) continue;
      for (k = 0; k < f->pFk->nCol; k++) {
        if (f->aiOwner[k] >= 0 && g->aFk[f->aiOwner[k]].nLevel + 1 > nLevel)
          nLevel = g->aFk[f->aiOwner[k]].nLevel + 1;
      }
      if (nLevel > g->nFk) {
        *pzErr = row_err(g, -1, "foreign keys share columns in a circle: syda cannot make them all hold");
        return SQLITE_ERROR;
      }
      if (nLevel != f->nLevel) changed = 1;
      f->nLevel = nLevel;
    }
    if (!changed) break;
  }
  return SQLITE_OK;
}

void row_fk_order(RowGen *g) {
  int *aNew = g->aTry; /* scratch: not in use while compiling */
  int i, n = 0, nLevel, maxLevel = 0;
  for (i = 0; i < g->nFk; i++)
    if (g->aFk[i].nLevel > maxLevel) maxLevel = g->aFk[i].nLevel;
  if (maxLevel == 0) return;
  /* the columns of keys of level 0 and values, then each level, then expressions */
  for (nLevel = 0; nLevel <= maxLevel; nLevel++) {
    for (i = 0; i < g->nOrder; i++) {
      const RowCol *c = &g->aCol[g->aiOrder[i]];
      int lv = c->eRole == COL_FK ? g->aFk[c->iFk].nLevel : 0;
      if (c->eRole != COL_EXPR && lv == nLevel) aNew[n++] = g->aiOrder[i];
    }
  }
  for (i = 0; i < g->nOrder; i++)
    if (g->aCol[g->aiOrder[i]].eRole == COL_EXPR) aNew[n++] = g->aiOrder[i];
  memcpy(g->aiOrder, aNew, sizeof(int) * (size_t)g->nOrder);
}

void row_fk_filter_sql(const RowGen *g, const RowFk *f, sqlite3_str *s) {
  int i, k, iSelf = (int)(f - g->aFk);
  for (i = 0; i < g->nFk; i++) {
    const RowFk *h = &g->aFk[i];
    int nTerm = 0;
    if (h == f || h->nBound == 0) continue;
    for (k = 0; k < h->pFk->nCol; k++) {
      int m;
      if (h->aiOwner[k] != iSelf) continue;
      m = fk_pos(f->pFk, h->pFk->aiCol[k]);
      if (m < 0) continue;
      if (nTerm++ == 0)
        sqlite3_str_appendf(s, " AND EXISTS (SELECT 1 FROM \"%w\".\"%w\" AS q WHERE ", g->t->zDb,
                            h->pFk->zParent);
      else
        sqlite3_str_appendall(s, " AND ");
      sqlite3_str_appendf(s, "q.\"%w\" = p.\"%w\"", h->pFk->azParentCol[k], f->pFk->azParentCol[m]);
    }
    if (nTerm) sqlite3_str_appendall(s, ")");
  }
}

/*
** A key of which a UNIQUE set holds only some columns (PRIMARY KEY
** (student_id, course_id) with a key (course_id, section_no) to section):
** its parents are grouped by those columns, so the set can take a group
** as a digit, or rank a parent in its group (row_uniq.c).
*/
void row_fk_partial(RowGen *g) {
  int i, j, k;
  for (i = 0; i < g->nFk; i++) {
    RowFk *f = &g->aFk[i];
    if (f->nBound > 0 || f->isImplied || f->pFk->isSelf || f->pFk->nCol > 32) continue;
    for (j = 0; j < g->t->nUnique && f->nGrp == 0; j++) {
      const RowUniq *q = &g->aUq[j];
      int nIn = 0;
      if (q->isDerived) continue;
      for (k = 0; k < f->pFk->nCol; k++) {
        int k2;
        for (k2 = 0; k2 < q->nBase; k2++)
          if (q->aiBase[k2] == f->pFk->aiCol[k]) f->aiGrp[nIn++] = k;
      }
      if (nIn > 0 && nIn < f->pFk->nCol) f->nGrp = nIn;
    }
  }
}

char *row_fk_none_agree(RowGen *g, const RowFk *f) {
  int i, k, iSelf = (int)(f - g->aFk), hasRows = 0;
  sqlite3_stmt *p = 0;
  char *zSql;
  for (i = 0; i < g->nFk; i++) {
    const RowFk *h = &g->aFk[i];
    for (k = 0; h != f && h->aiOwner && k < h->pFk->nCol; k++) {
      if (h->aiOwner[k] == iSelf) break;
    }
    if (h != f && h->aiOwner && k < h->pFk->nCol) break;
  }
  if (i == g->nFk) return 0; /* no key agrees with it: the parent is empty */
  zSql = sqlite3_mprintf("SELECT 1 FROM \"%w\".\"%w\" LIMIT 1", g->t->zDb, f->pFk->zParent);
  if (zSql && sqlite3_prepare_v2(g->db, zSql, -1, &p, 0) == SQLITE_OK)
    hasRows = sqlite3_step(p) == SQLITE_ROW;
  sqlite3_finalize(p);
  sqlite3_free(zSql);
  if (!hasRows) return 0;
  {
    char *zKey = fk_text(g, g->aFk[i].pFk);
    char *z = sqlite3_mprintf(
        "references \"%s\", but none of its rows agrees with the foreign key %s, "
        "which shares columns with it",
        f->pFk->zParent, zKey ? zKey : "");
    sqlite3_free(zKey);
    return z;
  }
}

void row_fk_order_sql(const RowFk *f, sqlite3_str *s) {
  const SchemaFk *fk = f->pFk;
  int j, k, n = 0;
  sqlite3_str_appendall(s, " ORDER BY ");
  if (f->nGrp == 0) {
    for (j = 0; j < fk->nCol; j++)
      sqlite3_str_appendf(s, "%sp.\"%w\"", j ? ", " : "", fk->azParentCol[j]);
    return;
  }
  /* the group's columns first, compared as syda compares values */
  for (j = 0; j < f->nGrp; j++)
    sqlite3_str_appendf(s, "%sp.\"%w\" COLLATE BINARY", n++ ? ", " : "", fk->azParentCol[f->aiGrp[j]]);
  for (j = 0; j < fk->nCol; j++) {
    for (k = 0; k < f->nGrp && f->aiGrp[k] != j; k++) {
    }
    if (k == f->nGrp) sqlite3_str_appendf(s, "%sp.\"%w\"", n++ ? ", " : "", fk->azParentCol[j]);
  }
}

/* Compare the group columns of parent row idx with aVal (by FK position). */
static int group_cmp(const RowFk *f, i64 idx, const SydaVal *aVal) {
  int j, nCol = f->pFk->nCol;
  for (j = 0; j < f->nGrp; j++) {
    int c = val_compare(&f->aKey[idx * nCol + f->aiGrp[j]], &aVal[f->aiGrp[j]]);
    if (c) return c;
  }
  return 0;
}

int row_fk_group(RowFk *f) {
  i64 r, nAlloc = 0;
  int nCol = f->pFk->nCol;
  sqlite3_free(f->aGroupStart);
  f->aGroupStart = 0;
  f->nGroup = 0;
  f->nGroupMin = f->nGroupMax = 0;
  if (f->nGrp == 0) return SQLITE_OK;
  for (r = 0; r <= f->nParent; r++) {
    if (r > 0 && r < f->nParent && group_cmp(f, r, &f->aKey[(r - 1) * nCol]) == 0) continue;
    if (f->nGroup + 1 >= nAlloc) {
      i64 *aNew;
      nAlloc = nAlloc ? nAlloc * 2 : 64;
      aNew = sqlite3_realloc64(f->aGroupStart, sizeof(i64) * (sqlite3_uint64)nAlloc);
      if (aNew == 0) return SQLITE_NOMEM;
      f->aGroupStart = aNew;
    }
    f->aGroupStart[f->nGroup] = r;
    if (r == f->nParent) break;
    f->nGroup++;
  }
  for (r = 0; r < f->nGroup; r++) {
    i64 n = f->aGroupStart[r + 1] - f->aGroupStart[r];
    if (r == 0 || n < f->nGroupMin) f->nGroupMin = n;
    if (n > f->nGroupMax) f->nGroupMax = n;
  }
  return SQLITE_OK;
}

i64 row_fk_find_group(const RowFk *f, const SydaVal *aVal) {
  i64 lo = 0, hi = f->nGroup - 1;
  while (lo <= hi) {
    i64 mid = lo + (hi - lo) / 2;
    int c = group_cmp(f, f->aGroupStart[mid], aVal);
    if (c == 0) return mid;
    if (c < 0)
      lo = mid + 1;
    else
      hi = mid - 1;
  }
  return -1;
}

i64 row_fk_group_of(const RowFk *f, i64 idx) {
  i64 lo = 0, hi = f->nGroup - 1;
  while (lo < hi) {
    i64 mid = lo + (hi - lo + 1) / 2;
    if (f->aGroupStart[mid] <= idx)
      lo = mid;
    else
      hi = mid - 1;
  }
  return lo;
}

char *row_fk_json(const RowGen *g, int iFk) {
  const RowFk *f = &g->aFk[iFk];
  int k, iOwner = -1;
  char *zOwner, *z;
  if (f->aiOwner == 0 || f->nBound == 0) return 0;
  for (k = 0; k < f->pFk->nCol && iOwner < 0; k++)
    iOwner = f->aiOwner[k];
  zOwner = fk_text(g, g->aFk[iOwner].pFk);
  if (f->isImplied) {
    char *zCols = row_cols_text(g->t, f->pFk->nCol, f->pFk->aiCol);
    z = sqlite3_mprintf("made by the foreign key %s, which takes only rows whose %s is in \"%s\"",
                        zOwner ? zOwner : "", zCols ? zCols : "", f->pFk->zParent);
    sqlite3_free(zCols);
  } else {
    char *zCols = 0;
    int ai[64], n = 0;
    for (k = 0; k < f->pFk->nCol && n < 64; k++)
      if (f->aiOwner[k] >= 0) ai[n++] = f->pFk->aiCol[k];
    zCols = row_cols_text(g->t, n, ai);
    z = sqlite3_mprintf("existing rows that agree with %s, made by the foreign key %s", zCols ? zCols : "",
                        zOwner ? zOwner : "");
    sqlite3_free(zCols);
  }
  sqlite3_free(zOwner);
  return z;
}
