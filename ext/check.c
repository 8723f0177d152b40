/*
** check.c — CHECK constraint analysis (see check.h).
**
** Each CHECK is parsed into a small tree that knows only the forms syda
** can generate for directly; anything else becomes an "opaque" node.  The
** top-level AND terms that are all direct narrow the column domains; a
** CHECK with any opaque term is also kept for evaluation in SQLite.
*/
#include "check.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "sqltok.h"
SQLITE_EXTENSION_INIT3

enum {
  CN_OPAQUE = 0,
  CN_COL,
  CN_LEN, /* length(col) */
  CN_LIT,
  CN_AND,
  CN_OR,
  CN_NOT,
  CN_CMP,
  CN_IN,
  CN_BETWEEN,
  CN_LIKE,
  CN_GLOB,
  CN_ISNULL,
  CN_NOTNULL,
  CN_JSON /* json_valid(col) */
};

enum { OP_EQ = 1, OP_NE, OP_LT, OP_LE, OP_GT, OP_GE };

typedef struct CNode CNode;
struct CNode {
  int e;
  int op;
  int neg;
  int iCol;
  SydaVal lit; /* CN_LIT: text points into the parse's string arena */
  CNode *a, *b, *c;
  int nList; /* CN_IN: literals in aList */
  CNode **aList;
  int hasColl;  /* CN_COL, CN_LIT: COLLATE other than BINARY */
  char cEscape; /* CN_LIKE: the ESCAPE character, 0 = none */
};

typedef struct CParse {
  const char *z;
  SqlTok *a;
  int n;
  int i;
  const SchemaTable *t;
  CNode *aPool;
  int nPool, nPoolAlloc;
  CNode **aPtr; /* storage for IN lists */
  int nPtr, nPtrAlloc;
  char **azStr; /* dequoted strings owned by the parse */
  int nStr;
  int oom;
  sqlite3 *db; /* to fold constant subexpressions, NULL: none */
} CParse;

static CNode *cnode(CParse *p, int e) {
  CNode *x;
  if (p->nPool >= p->nPoolAlloc) {
    p->oom = 1;
    return &p->aPool[0]; /* a valid node; the caller checks p->oom */
  }
  x = &p->aPool[p->nPool++];
  memset(x, 0, sizeof(*x));
  x->e = e;
  x->iCol = -1;
  return x;
}

static const SqlTok *cpeek(CParse *p) {
  return &p->a[p->i];
}
static int cis(CParse *p, const char *zKw) {
  return sqltok_is(p->z, cpeek(p), zKw);
}
static int cop(CParse *p, const char *zOp) {
  const SqlTok *t = cpeek(p);
  int n = (int)strlen(zOp);
  return t->eType == TK_OP && t->n == n && memcmp(p->z + t->iOff, zOp, (size_t)n) == 0;
}

/* Skip a balanced parenthesised group starting at the current LP. */
static void cskip_group(CParse *p) {
  int depth = 0;
  do {
    const SqlTok *t = cpeek(p);
    if (t->eType == TK_EOF) return;
    if (t->eType == TK_LP) depth++;
    if (t->eType == TK_RP) depth--;
    p->i++;
  } while (depth > 0);
}

static char *cstr_own(CParse *p, char *z);

static char *cstr(CParse *p, const SqlTok *t) {
  return cstr_own(p, sqltok_text(p->z, t));
}

/* Keep z (sqlite3_malloc'd) until the parse ends. */
static char *cstr_own(CParse *p, char *z) {
  char **azNew;
  if (z == 0) {
    p->oom = 1;
    return 0;
  }
  azNew = sqlite3_realloc64(p->azStr, sizeof(char *) * (sqlite3_uint64)(p->nStr + 1));
  if (azNew == 0) {
    sqlite3_free(z);
    p->oom = 1;
    return 0;
  }
  p->azStr = azNew;
  p->azStr[p->nStr++] = z;
  return z;
}

static CNode *cexpr(CParse *p);

static CNode *cnumber(CParse *p, const SqlTok *t, int neg) {
  CNode *x = cnode(p, CN_LIT);
  char buf[64];
  int n = t->n < 63 ? t->n : 63;
  int j, k = 0, isReal = 0;
  for (j = 0; j < n; j++) {
    char c = p->z[t->iOff + j];
    if (c == '_') continue;
    if (c == '.' || c == 'e' || c == 'E') isReal = 1;
    buf[k++] = c;
  }
  buf[k] = 0;
  if (k > 2 && buf[0] == '0' && (buf[1] == 'x' || buf[1] == 'X')) {
    isReal = 0;
    x->lit.eType = SQLITE_INTEGER;
    x->lit.i = (sqlite3_int64)strtoull(buf + 2, 0, 16);
  } else if (!isReal && (k < 19 || (k == 19 && strcmp(buf, "9223372036854775807") <= 0))) {
    x->lit.eType = SQLITE_INTEGER;
    x->lit.i = strtoll(buf, 0, 10);
  } else if (!isReal && neg && strcmp(buf, "9223372036854775808") == 0) {
    x->lit.eType = SQLITE_INTEGER; /* the smallest integer, as SQLite reads it */
    x->lit.i = INT64_MIN;
    return x;
  } else {
    x->lit.eType = SQLITE_FLOAT;
    x->lit.r = strtod(buf, 0);
  }
  if (neg) {
    if (x->lit.eType == SQLITE_INTEGER)
      x->lit.i = -x->lit.i;
    else
      x->lit.r = -x->lit.r;
  }
  return x;
}

static CNode *cprimary(CParse *p) {
  const SqlTok *t = cpeek(p);
  CNode *x;
  if (t->eType == TK_LP) {
    p->i++;
    if (cis(p, "SELECT") || cis(p, "WITH") || cis(p, "VALUES")) {
      p->i--;
      cskip_group(p);
      return cnode(p, CN_OPAQUE);
    }
    x = cexpr(p);
    if (cpeek(p)->eType == TK_RP) {
      p->i++;
    } else {
      /* a row value or something unexpected */
      while (cpeek(p)->eType != TK_RP && cpeek(p)->eType != TK_EOF)
        p->i++;
      if (cpeek(p)->eType == TK_RP) p->i++;
      return cnode(p, CN_OPAQUE);
    }
    return x;
  }
  if (t->eType == TK_NUMBER) {
    p->i++;
    return cnumber(p, t, 0);
  }
  if (t->eType == TK_OP && (cop(p, "-") || cop(p, "+"))) {
    int neg = cop(p, "-");
    p->i++;
    if (cpeek(p)->eType == TK_NUMBER) {
      t = cpeek(p);
      p->i++;
      return cnumber(p, t, neg);
    }
    cprimary(p);
    return cnode(p, CN_OPAQUE);
  }
  if (t->eType == TK_STRING) {
    p->i++;
    x = cnode(p, CN_LIT);
    x->lit.eType = SQLITE_TEXT;
    x->lit.z = cstr(p, t);
    x->lit.n = x->lit.z ? (int)strlen(x->lit.z) : 0;
    return x;
  }
  if (t->eType == TK_ID) {
    if (cis(p, "NULL")) {
      p->i++;
      x = cnode(p, CN_LIT);
      x->lit.eType = SQLITE_NULL;
      return x;
    }
    if (cis(p, "TRUE") || cis(p, "FALSE")) {
      x = cnode(p, CN_LIT);
      x->lit.eType = SQLITE_INTEGER;
      x->lit.i = cis(p, "TRUE");
      p->i++;
      return x;
    }
    if (cis(p, "CASE")) {
      int depth = 0;
      for (;;) {
        if (cpeek(p)->eType == TK_EOF) break;
        if (cis(p, "CASE")) depth++;
        if (cis(p, "END") && --depth == 0) {
          p->i++;
          break;
        }
        p->i++;
      }
      return cnode(p, CN_OPAQUE);
    }
    if (cis(p, "NOT") || cis(p, "EXISTS")) {
      p->i++;
      cprimary(p);
      return cnode(p, CN_OPAQUE);
    }
  }
  if (sqltok_is_name(t)) {
    const SqlTok *pName = t;
    int iCol;
    p->i++;
    if (cpeek(p)->eType == TK_LP) {
      /* A function call: length(col) and json_valid(col) are understood,
      ** the rest is opaque. */
      int eFn = (sqltok_is(p->z, pName, "length") || sqltok_is(p->z, pName, "char_length")) ? CN_LEN
                : sqltok_is(p->z, pName, "json_valid")                                      ? CN_JSON
                                                                                            : CN_OPAQUE;
      int iStart = p->i;
      cskip_group(p);
      if (eFn != CN_OPAQUE && p->i - iStart == 3 && sqltok_is_name(&p->a[iStart + 1])) {
        char *zCol = sqltok_text(p->z, &p->a[iStart + 1]);
        iCol = zCol ? schema_column_index(p->t, zCol) : -1;
        sqlite3_free(zCol);
        if (iCol >= 0) {
          x = cnode(p, eFn);
          x->iCol = iCol;
          return x;
        }
      }
      return cnode(p, CN_OPAQUE);
    }
    if (cpeek(p)->eType == TK_DOT && sqltok_is_name(&p->a[p->i + 1])) {
      p->i++;
      pName = cpeek(p);
      p->i++;
    }
    {
      char *zName = sqltok_text(p->z, pName);
      iCol = zName ? schema_column_index(p->t, zName) : -1;
      sqlite3_free(zName);
    }
    if (iCol >= 0) {
      x = cnode(p, CN_COL);
      x->iCol = iCol;
      return x;
    }
    if (pName->eType == TK_QID && p->z[pName->iOff] == '"') {
      /* A double-quoted string that names no column is a string literal. */
      x = cnode(p, CN_LIT);
      x->lit.eType = SQLITE_TEXT;
      x->lit.z = cstr(p, pName);
      x->lit.n = x->lit.z ? (int)strlen(x->lit.z) : 0;
      return x;
    }
    return cnode(p, CN_OPAQUE);
  }
  if (t->eType != TK_EOF && t->eType != TK_RP) p->i++;
  return cnode(p, CN_OPAQUE);
}

/* Arithmetic, concatenation, bit operators, COLLATE: all opaque. */
/*
** A subexpression that reads no column (char(10), 2 * 3, -(5),
** date('2020-01-01', '+1 month')) is a constant: SQLite computes it once,
** and it becomes a literal, so that "x IN (char(65), 'b')" or
** "d > date('2020-01-01')" are direct forms too.  Tokens iFirst .. p->i-1.
*/
static CNode *cfold(CParse *p, CNode *x, int iFirst) {
  int j, iLast = p->i - 1;
  sqlite3_stmt *pStmt = 0;
  char *zSql;
  CNode *y = x;
  if (x->e != CN_OPAQUE || p->db == 0 || iLast < iFirst || p->oom) return x;
  for (j = iFirst; j <= iLast; j++) {
    const SqlTok *t = &p->a[j];
    if (t->eType == TK_VARIABLE || sqltok_is(p->z, t, "SELECT") || sqltok_is(p->z, t, "EXISTS")) return x;
    if (sqltok_is_name(t) && p->a[j + 1].eType != TK_LP) {
      /* a column makes it no constant; another name that SQLite does not
      ** know as a keyword fails to prepare below */
      char *zName = sqltok_text(p->z, t);
      int isCol = zName == 0 || schema_column_index(p->t, zName) >= 0;
      sqlite3_free(zName);
      if (isCol) return x;
    }
  }
  zSql = sqlite3_mprintf("SELECT (%.*s)", p->a[iLast].iOff + p->a[iLast].n - p->a[iFirst].iOff,
                         p->z + p->a[iFirst].iOff);
  if (zSql == 0) {
    p->oom = 1;
    return x;
  }
  if (sqlite3_prepare_v2(p->db, zSql, -1, &pStmt, 0) == SQLITE_OK && sqlite3_step(pStmt) == SQLITE_ROW) {
    int e = sqlite3_column_type(pStmt, 0);
    if (e == SQLITE_INTEGER || e == SQLITE_FLOAT || e == SQLITE_TEXT) {
      y = cnode(p, CN_LIT);
      y->lit.eType = e;
      if (e == SQLITE_INTEGER) {
        y->lit.i = sqlite3_column_int64(pStmt, 0);
      } else if (e == SQLITE_FLOAT) {
        y->lit.r = sqlite3_column_double(pStmt, 0);
      } else {
        y->lit.z = cstr_own(p, sqlite3_mprintf("%s", (const char *)sqlite3_column_text(pStmt, 0)));
        y->lit.n = y->lit.z ? (int)strlen(y->lit.z) : 0;
        if (y->lit.z == 0) y = x;
      }
    }
  }
  sqlite3_finalize(pStmt);
  sqlite3_free(zSql);
  return y;
}

static CNode *cterm(CParse *p) {
  int iFirst = p->i;
  CNode *x = cprimary(p);
  for (;;) {
    const SqlTok *t = cpeek(p);
    if (t->eType == TK_OP && !cop(p, "<") && !cop(p, "<=") && !cop(p, ">") && !cop(p, ">=") && !cop(p, "=") &&
        !cop(p, "==") && !cop(p, "!=") && !cop(p, "<>")) {
      p->i++;
      cprimary(p);
      x = cnode(p, CN_OPAQUE);
    } else if (cis(p, "COLLATE")) {
      /* a column or literal keeps its meaning; an equality with it stays
      ** exact (the literal equals itself under any collation) */
      int isBinary = sqltok_name_eq(p->z, &p->a[p->i + 1], "BINARY");
      p->i += 2;
      if (x->e == CN_COL || x->e == CN_LIT) {
        x->hasColl |= !isBinary;
      } else {
        x = cnode(p, CN_OPAQUE);
      }
    } else {
      return cfold(p, x, iFirst);
    }
  }
}

static int ccmp_op(CParse *p) {
  if (cop(p, "<")) return OP_LT;
  if (cop(p, "<=")) return OP_LE;
  if (cop(p, ">")) return OP_GT;
  if (cop(p, ">=")) return OP_GE;
  return 0;
}

static CNode *crel(CParse *p) {
  CNode *x = cterm(p);
  int op;
  while ((op = ccmp_op(p)) != 0) {
    CNode *y;
    p->i++;
    y = cnode(p, CN_CMP);
    y->op = op;
    y->a = x;
    y->b = cterm(p);
    x = y;
  }
  return x;
}

static CNode *cequal(CParse *p) {
  CNode *x = crel(p);
  for (;;) {
    int neg = 0;
    CNode *y;
    if (cop(p, "=") || cop(p, "==") || cop(p, "!=") || cop(p, "<>")) {
      int op = (cop(p, "=") || cop(p, "==")) ? OP_EQ : OP_NE;
      p->i++;
      y = cnode(p, CN_CMP);
      y->op = op;
      y->a = x;
      y->b = crel(p);
      x = y;
      continue;
    }
    if (cis(p, "ISNULL") || cis(p, "NOTNULL")) {
      y = cnode(p, cis(p, "ISNULL") ? CN_ISNULL : CN_NOTNULL);
      p->i++;
      y->a = x;
      x = y;
      continue;
    }
    if (cis(p, "IS")) {
      p->i++;
      if (cis(p, "NOT")) {
        neg = 1;
        p->i++;
      }
      if (cis(p, "NULL")) {
        p->i++;
        y = cnode(p, neg ? CN_NOTNULL : CN_ISNULL);
        y->a = x;
      } else {
        if (cis(p, "DISTINCT")) p->i += 2;
        crel(p);
        y = cnode(p, CN_OPAQUE);
      }
      x = y;
      continue;
    }
    if (cis(p, "NOT")) {
      const SqlTok *n1 = &p->a[p->i + 1];
      if (sqltok_is(p->z, n1, "NULL")) {
        p->i += 2;
        y = cnode(p, CN_NOTNULL);
        y->a = x;
        x = y;
        continue;
      }
      if (!(sqltok_is(p->z, n1, "IN") || sqltok_is(p->z, n1, "LIKE") || sqltok_is(p->z, n1, "GLOB") ||
            sqltok_is(p->z, n1, "BETWEEN") || sqltok_is(p->z, n1, "MATCH") ||
            sqltok_is(p->z, n1, "REGEXP"))) {
        return x;
      }
      neg = 1;
      p->i++;
    }
    if (cis(p, "IN")) {
      p->i++;
      y = cnode(p, CN_IN);
      y->neg = neg;
      y->a = x;
      if (cpeek(p)->eType != TK_LP) {
        /* IN table-name or IN function(): opaque */
        p->i++;
        if (cpeek(p)->eType == TK_LP) cskip_group(p);
        x = cnode(p, CN_OPAQUE);
        continue;
      }
      p->i++;
      if (cis(p, "SELECT") || cis(p, "WITH") || cis(p, "VALUES")) {
        p->i--;
        cskip_group(p);
        x = cnode(p, CN_OPAQUE);
        continue;
      }
      {
        int iFirst = p->nPtr;
        int ok = 1;
        while (cpeek(p)->eType != TK_RP && cpeek(p)->eType != TK_EOF) {
          CNode *v = cexpr(p);
          if (p->nPtr >= p->nPtrAlloc) {
            p->oom = 1;
            return x;
          }
          p->aPtr[p->nPtr++] = v;
          if (v->e != CN_LIT) ok = 0;
          if (cpeek(p)->eType == TK_COMMA) {
            p->i++;
          } else {
            break;
          }
        }
        if (cpeek(p)->eType == TK_RP) p->i++;
        y->aList = &p->aPtr[iFirst];
        y->nList = p->nPtr - iFirst;
        x = ok ? y : cnode(p, CN_OPAQUE);
      }
      continue;
    }
    if (cis(p, "LIKE") || cis(p, "GLOB") || cis(p, "MATCH") || cis(p, "REGEXP")) {
      int e = cis(p, "LIKE") ? CN_LIKE : cis(p, "GLOB") ? CN_GLOB : CN_OPAQUE;
      p->i++;
      y = cnode(p, e);
      y->neg = neg;
      y->a = x;
      y->b = crel(p);
      if (cis(p, "ESCAPE")) {
        CNode *esc;
        p->i++;
        esc = crel(p);
        if (e == CN_LIKE && esc->e == CN_LIT && esc->lit.eType == SQLITE_TEXT && esc->lit.n == 1) {
          y->cEscape = esc->lit.z[0];
        } else {
          y = cnode(p, CN_OPAQUE);
        }
      }
      x = y;
      continue;
    }
    if (cis(p, "BETWEEN")) {
      p->i++;
      y = cnode(p, CN_BETWEEN);
      y->neg = neg;
      y->a = x;
      y->b = crel(p);
      if (cis(p, "AND")) {
        p->i++;
        y->c = crel(p);
      } else {
        y = cnode(p, CN_OPAQUE);
      }
      x = y;
      continue;
    }
    return x;
  }
}

static CNode *cnot(CParse *p) {
  if (cis(p, "NOT")) {
    CNode *x;
    p->i++;
    x = cnode(p, CN_NOT);
    x->a = cnot(p);
    return x;
  }
  return cequal(p);
}

static CNode *cand(CParse *p) {
  CNode *x = cnot(p);
  while (cis(p, "AND")) {
    CNode *y;
    p->i++;
    y = cnode(p, CN_AND);
    y->a = x;
    y->b = cnot(p);
    x = y;
  }
  return x;
}

static CNode *cexpr(CParse *p) {
  CNode *x = cand(p);
  while (cis(p, "OR")) {
    CNode *y;
    p->i++;
    y = cnode(p, CN_OR);
    y->a = x;
    y->b = cand(p);
    x = y;
  }
  return x;
}

/* ---- domains ------------------------------------------------------------ */

void domain_clear(Domain *d) {
  int i;
  sqlite3_free(d->zLo);
  sqlite3_free(d->zHi);
  sqlite3_free(d->zLike);
  sqlite3_free(d->zGlob);
  for (i = 0; i < d->nSet; i++)
    val_clear(&d->aSet[i]);
  for (i = 0; i < d->nNot; i++)
    val_clear(&d->aNot[i]);
  sqlite3_free(d->aSet);
  sqlite3_free(d->aNot);
  for (i = 0; i < d->nAlt; i++)
    domain_clear(&d->aAlt[i]);
  sqlite3_free(d->aAlt);
  memset(d, 0, sizeof(*d));
  d->nLenLo = d->nLenHi = -1;
}

static int dom_add_val(SydaVal **pa, int *pn, const SydaVal *v) {
  SydaVal *aNew = sqlite3_realloc64(*pa, sizeof(SydaVal) * (sqlite3_uint64)(*pn + 1));
  if (aNew == 0) return SQLITE_NOMEM;
  *pa = aNew;
  if (val_copy(&aNew[*pn], v)) return SQLITE_NOMEM;
  (*pn)++;
  return SQLITE_OK;
}

static int dom_is_numeric_col(const SchemaColumn *c) {
  return c->eType == TY_INT || c->eType == TY_REAL || c->eType == TY_NUMERIC || c->eType == TY_BOOL ||
         c->eType == TY_ANY;
}
static int dom_is_date_col(const SchemaColumn *c) {
  return c->eType == TY_DATE || c->eType == TY_DATETIME || c->eType == TY_TIME;
}
static int dom_is_text_col(const SchemaColumn *c) {
  return c->eType == TY_TEXT || c->eType == TY_ANY;
}
static int lit_is_num(const SydaVal *v) {
  return v->eType == SQLITE_INTEGER || v->eType == SQLITE_FLOAT;
}
static double lit_num(const SydaVal *v) {
  return v->eType == SQLITE_INTEGER ? (double)v->i : v->r;
}

static void dom_lo(Domain *d, double r, int excl) {
  if (!d->hasLo || r > d->rLo || (r == d->rLo && excl)) {
    d->hasLo = 1;
    d->rLo = r;
    d->loExcl = excl;
  }
}
static void dom_hi(Domain *d, double r, int excl) {
  if (!d->hasHi || r < d->rHi || (r == d->rHi && excl)) {
    d->hasHi = 1;
    d->rHi = r;
    d->hiExcl = excl;
  }
}
static int dom_zlo(Domain *d, const char *z, int excl) {
  if (d->zLo == 0 || strcmp(z, d->zLo) > 0 || (strcmp(z, d->zLo) == 0 && excl)) {
    sqlite3_free(d->zLo);
    d->zLo = sqlite3_mprintf("%s", z);
    d->zLoExcl = excl;
    if (d->zLo == 0) return SQLITE_NOMEM;
  }
  return SQLITE_OK;
}
static int dom_zhi(Domain *d, const char *z, int excl) {
  if (d->zHi == 0 || strcmp(z, d->zHi) < 0 || (strcmp(z, d->zHi) == 0 && excl)) {
    sqlite3_free(d->zHi);
    d->zHi = sqlite3_mprintf("%s", z);
    d->zHiExcl = excl;
    if (d->zHi == 0) return SQLITE_NOMEM;
  }
  return SQLITE_OK;
}
static void dom_len(Domain *d, int lo, int hi) {
  if (lo >= 0 && (d->nLenLo < 0 || lo > d->nLenLo)) d->nLenLo = lo;
  if (hi >= 0 && (d->nLenHi < 0 || hi < d->nLenHi)) d->nLenHi = hi;
}

/* Does d hold numeric or text bounds and nothing else? */
static int dom_is_bounds_only(const Domain *d) {
  return (d->hasLo || d->hasHi || d->zLo || d->zHi) && d->nSet == 0 && d->nNot == 0 && d->nLenLo < 0 &&
         d->nLenHi < 0 && !d->zLike && !d->zGlob && !d->notNull && !d->mustNull && !d->isEmpty &&
         d->nAlt == 0;
}

/* Does d hold alternatives and nothing else? */
static int dom_is_alts_only(const Domain *d) {
  return d->nAlt > 0 && !d->hasLo && !d->hasHi && !d->zLo && !d->zHi && d->nSet == 0 && d->nNot == 0 &&
         d->nLenLo < 0 && d->nLenHi < 0 && !d->zLike && !d->zGlob && !d->notNull && !d->mustNull;
}

/* Move the alternatives of src (or src itself, bounds only) into d's. */
static int dom_alt_take(Domain *d, Domain *src) {
  int n = src->nAlt > 0 ? src->nAlt : 1, i;
  Domain *aNew = sqlite3_realloc64(d->aAlt, sizeof(Domain) * (sqlite3_uint64)(d->nAlt + n));
  if (aNew == 0) return SQLITE_NOMEM;
  d->aAlt = aNew;
  if (src->nAlt > 0) {
    for (i = 0; i < src->nAlt; i++)
      d->aAlt[d->nAlt++] = src->aAlt[i];
    sqlite3_free(src->aAlt);
    src->aAlt = 0;
    src->nAlt = 0;
  } else {
    d->aAlt[d->nAlt++] = *src;
    memset(src, 0, sizeof(*src));
    src->nLenLo = src->nLenHi = -1;
  }
  return SQLITE_OK;
}

int domain_alt_bounds(const Domain *d, int iAlt, Domain *pOut) {
  const Domain *a = &d->aAlt[iAlt];
  int rc = SQLITE_OK;
  memset(pOut, 0, sizeof(*pOut));
  pOut->nLenLo = pOut->nLenHi = -1;
  if (d->hasLo) dom_lo(pOut, d->rLo, d->loExcl);
  if (d->hasHi) dom_hi(pOut, d->rHi, d->hiExcl);
  if (a->hasLo) dom_lo(pOut, a->rLo, a->loExcl);
  if (a->hasHi) dom_hi(pOut, a->rHi, a->hiExcl);
  if (d->zLo) rc = dom_zlo(pOut, d->zLo, d->zLoExcl);
  if (d->zHi && rc == SQLITE_OK) rc = dom_zhi(pOut, d->zHi, d->zHiExcl);
  if (a->zLo && rc == SQLITE_OK) rc = dom_zlo(pOut, a->zLo, a->zLoExcl);
  if (a->zHi && rc == SQLITE_OK) rc = dom_zhi(pOut, a->zHi, a->zHiExcl);
  return rc;
}

/*
** AND a value list into d: d's list becomes the values in both (or the new
** list when d has none).  An empty result marks d impossible.
*/
static int dom_and_set(Domain *d, const SydaVal *a, int n) {
  int i, j, k = 0;
  if (d->nSet == 0) {
    for (i = 0; i < n; i++) {
      if (dom_add_val(&d->aSet, &d->nSet, &a[i])) return SQLITE_NOMEM;
    }
    if (n == 0) d->isEmpty = 1;
    return SQLITE_OK;
  }
  for (j = 0; j < d->nSet; j++) {
    int keep = 0;
    for (i = 0; i < n; i++)
      keep |= val_compare(&a[i], &d->aSet[j]) == 0;
    if (keep) {
      d->aSet[k++] = d->aSet[j];
    } else {
      val_clear(&d->aSet[j]);
    }
  }
  d->nSet = k;
  if (k == 0) d->isEmpty = 1;
  return SQLITE_OK;
}

/* Flip "c < x" into "x > c". */
static int flip_op(int op) {
  switch (op) {
    case OP_LT:
      return OP_GT;
    case OP_LE:
      return OP_GE;
    case OP_GT:
      return OP_LT;
    case OP_GE:
      return OP_LE;
    default:
      return op;
  }
}

/*
** Apply one bound "col op lit" to d.  Returns 1 when translated exactly,
** 0 when the caller must fall back to evaluation.
*/
static int dom_bound(Domain *d, const SchemaColumn *c, int op, const SydaVal *v) {
  if (v->eType == SQLITE_NULL) return 0;
  if (op == OP_EQ) return dom_and_set(d, v, 1) == SQLITE_OK;
  if (op == OP_NE) return dom_add_val(&d->aNot, &d->nNot, v) == SQLITE_OK;
  if (lit_is_num(v) && dom_is_numeric_col(c)) {
    double r = lit_num(v);
    if (op == OP_GT || op == OP_GE)
      dom_lo(d, r, op == OP_GT);
    else
      dom_hi(d, r, op == OP_LT);
    return 1;
  }
  if (v->eType == SQLITE_TEXT && dom_is_date_col(c)) {
    int64_t s;
    if (c->eType == TY_TIME ? time_parse(v->z, v->n, &s) : date_parse(v->z, v->n, &s)) return 0;
    if (op == OP_GT || op == OP_GE) return dom_zlo(d, v->z, op == OP_GT) == SQLITE_OK;
    return dom_zhi(d, v->z, op == OP_LT) == SQLITE_OK;
  }
  return 0;
}

static int dom_len_bound(Domain *d, const SchemaColumn *c, int op, const SydaVal *v) {
  double r;
  if (!lit_is_num(v) || !dom_is_text_col(c)) return 0;
  r = lit_num(v);
  switch (op) {
    case OP_LT:
      dom_len(d, -1, (int)ceil(r) - 1);
      break;
    case OP_LE:
      dom_len(d, -1, (int)floor(r));
      break;
    case OP_GT:
      dom_len(d, (int)floor(r) + 1, -1);
      break;
    case OP_GE:
      dom_len(d, (int)ceil(r), -1);
      break;
    case OP_EQ:
      dom_len(d, (int)ceil(r), (int)floor(r));
      break;
    default:
      return 0;
  }
  if (d->nLenLo < 0) d->nLenLo = 0;
  return 1;
}

/*
** Translate term x into a domain for one column.  *piCol is the column
** (-1 on entry: any).  Returns 1 when x was translated exactly.
*/
static int dom_term(const SchemaTable *t, CNode *x, int *piCol, Domain *d);

static int dom_one_col(int *piCol, int iCol) {
  if (*piCol >= 0 && *piCol != iCol) return 0;
  *piCol = iCol;
  return 1;
}

/* Only a value set (possibly empty) and nothing else? */
static int dom_is_set_only(const Domain *d) {
  return d->nSet > 0 && !d->hasLo && !d->hasHi && !d->zLo && !d->zHi && d->nLenLo < 0 && d->nLenHi < 0 &&
         d->nNot == 0 && !d->zLike && !d->zGlob && !d->notNull;
}

/*
** Does a comparison of column iCol with text under a collation other than
** BINARY (the column's own, or a COLLATE in the CHECK) leave only equality
** exact?  ("name <> 'admin'" under NOCASE also excludes 'ADMIN'.)
*/
static int dom_coll(const SchemaTable *t, const CNode *pCol, const CNode *pLit) {
  const char *zColl = t->aCol[pCol->iCol].zCollate;
  if (pLit && pLit->lit.eType != SQLITE_TEXT) return 0;
  return pCol->hasColl || (pLit && pLit->hasColl) || (zColl && sqlite3_stricmp(zColl, "BINARY") != 0);
}

/* The GLOB pattern that matches what LIKE zPat ESCAPE cEsc matches (with
** the literal characters as written), sqlite3_malloc'd. */
static char *like_to_glob(const char *zPat, char cEsc) {
  sqlite3_str *s = sqlite3_str_new(0);
  const char *p;
  for (p = zPat; *p; p++) {
    char ch = *p;
    if (ch == cEsc && p[1]) {
      ch = *++p;
    } else if (ch == '%') {
      sqlite3_str_appendchar(s, 1, '*');
      continue;
    } else if (ch == '_') {
      sqlite3_str_appendchar(s, 1, '?');
      continue;
    }
    if (ch == '*' || ch == '?' || ch == '[') {
      sqlite3_str_appendf(s, "[%c]", ch);
    } else {
      sqlite3_str_appendchar(s, 1, ch);
    }
  }
  return sqlite3_str_finish(s);
}

static int dom_term(const SchemaTable *t, CNode *x, int *piCol, Domain *d) {
  const SchemaColumn *c;
  int i;
  switch (x->e) {
    case CN_AND:
      return dom_term(t, x->a, piCol, d) && dom_term(t, x->b, piCol, d);
    case CN_OR: {
      Domain da, db;
      int ia = *piCol, ib = *piCol, ok = 0;
      memset(&da, 0, sizeof(da));
      memset(&db, 0, sizeof(db));
      da.nLenLo = da.nLenHi = db.nLenLo = db.nLenHi = -1;
      if (dom_term(t, x->a, &ia, &da) && dom_term(t, x->b, &ib, &db) && ia == ib && ia >= 0 &&
          dom_one_col(piCol, ia)) {
        if (da.mustNull && !db.mustNull) {
          /* x IS NULL OR <terms>: NULL passes any CHECK anyway. */
          Domain tmp = da;
          da = db;
          db = tmp;
        }
        if (db.mustNull && !da.mustNull) {
          if (da.hasLo) dom_lo(d, da.rLo, da.loExcl);
          if (da.hasHi) dom_hi(d, da.rHi, da.hiExcl);
          ok = 1;
          if (da.zLo && dom_zlo(d, da.zLo, da.zLoExcl)) ok = 0;
          if (da.zHi && dom_zhi(d, da.zHi, da.zHiExcl)) ok = 0;
          dom_len(d, da.nLenLo, da.nLenHi);
          if (ok && da.nSet > 0) ok = dom_and_set(d, da.aSet, da.nSet) == SQLITE_OK;
          for (i = 0; ok && i < da.nNot; i++)
            ok = dom_add_val(&d->aNot, &d->nNot, &da.aNot[i]) == 0;
          if (da.zLike || da.zGlob) {
            if (d->zLike || d->zGlob) {
              ok = 0;
            } else {
              d->zLike = da.zLike;
              d->zGlob = da.zGlob;
              da.zLike = da.zGlob = 0;
            }
          }
          if (da.notNull) ok = 0; /* NULL OR NOT NULL: no constraint, but odd */
        } else if ((dom_is_bounds_only(&da) || dom_is_alts_only(&da)) &&
                   (dom_is_bounds_only(&db) || dom_is_alts_only(&db)) && d->nAlt == 0) {
          /* x < 0 OR x > 10: alternatives */
          ok = dom_alt_take(d, &da) == SQLITE_OK && dom_alt_take(d, &db) == SQLITE_OK;
        } else if (dom_is_set_only(&da) && dom_is_set_only(&db)) {
          /* a IN (...) OR a = ...: the union */
          Domain u;
          memset(&u, 0, sizeof(u));
          ok = 1;
          for (i = 0; ok && i < da.nSet; i++)
            ok = dom_add_val(&u.aSet, &u.nSet, &da.aSet[i]) == 0;
          for (i = 0; ok && i < db.nSet; i++)
            ok = dom_add_val(&u.aSet, &u.nSet, &db.aSet[i]) == 0;
          if (ok) ok = dom_and_set(d, u.aSet, u.nSet) == SQLITE_OK;
          for (i = 0; i < u.nSet; i++)
            val_clear(&u.aSet[i]);
          sqlite3_free(u.aSet);
        }
      }
      domain_clear(&da);
      domain_clear(&db);
      return ok;
    }
    case CN_ISNULL:
    case CN_NOTNULL:
      if (x->a->e != CN_COL || !dom_one_col(piCol, x->a->iCol)) return 0;
      if (x->e == CN_ISNULL)
        d->mustNull = 1;
      else
        d->notNull = 1;
      return 1;
    case CN_NOT:
      if (x->a->e == CN_ISNULL && x->a->a->e == CN_COL) {
        if (!dom_one_col(piCol, x->a->a->iCol)) return 0;
        d->notNull = 1;
        return 1;
      }
      return 0;
    case CN_CMP: {
      CNode *pCol = x->a, *pLit = x->b;
      int op = x->op;
      if (pCol->e == CN_LIT) {
        pCol = x->b;
        pLit = x->a;
        op = flip_op(op);
      }
      if (pLit->e != CN_LIT) return 0;
      if (pCol->e == CN_COL) {
        if (!dom_one_col(piCol, pCol->iCol)) return 0;
        if (op != OP_EQ && dom_coll(t, pCol, pLit)) return 0;
        c = &t->aCol[pCol->iCol];
        return dom_bound(d, c, op, &pLit->lit);
      }
      if (pCol->e == CN_LEN) {
        if (!dom_one_col(piCol, pCol->iCol)) return 0;
        c = &t->aCol[pCol->iCol];
        return dom_len_bound(d, c, op, &pLit->lit);
      }
      return 0;
    }
    case CN_BETWEEN:
      if (x->neg && x->a->e == CN_COL && x->b->e == CN_LIT && x->c->e == CN_LIT && d->nAlt == 0) {
        /* x NOT BETWEEN a AND b: x < a OR x > b */
        Domain da, db;
        int ok;
        if (!dom_one_col(piCol, x->a->iCol) || dom_coll(t, x->a, x->b) || dom_coll(t, x->a, x->c)) return 0;
        c = &t->aCol[x->a->iCol];
        memset(&da, 0, sizeof(da));
        memset(&db, 0, sizeof(db));
        da.nLenLo = da.nLenHi = db.nLenLo = db.nLenHi = -1;
        ok = dom_bound(&da, c, OP_LT, &x->b->lit) && dom_bound(&db, c, OP_GT, &x->c->lit) &&
             dom_alt_take(d, &da) == SQLITE_OK && dom_alt_take(d, &db) == SQLITE_OK;
        domain_clear(&da);
        domain_clear(&db);
        return ok;
      }
      if (x->neg || x->b->e != CN_LIT || x->c->e != CN_LIT) return 0;
      if (x->a->e == CN_COL) {
        if (!dom_one_col(piCol, x->a->iCol)) return 0;
        if (dom_coll(t, x->a, x->b) || dom_coll(t, x->a, x->c)) return 0;
        c = &t->aCol[x->a->iCol];
        return dom_bound(d, c, OP_GE, &x->b->lit) && dom_bound(d, c, OP_LE, &x->c->lit);
      }
      if (x->a->e == CN_LEN) {
        if (!dom_one_col(piCol, x->a->iCol)) return 0;
        c = &t->aCol[x->a->iCol];
        return dom_len_bound(d, c, OP_GE, &x->b->lit) && dom_len_bound(d, c, OP_LE, &x->c->lit);
      }
      return 0;
    case CN_IN: {
      Domain tmp;
      int ok = 1;
      if (x->a->e != CN_COL || !dom_one_col(piCol, x->a->iCol)) return 0;
      if (x->neg) {
        for (i = 0; i < x->nList; i++) {
          if (dom_coll(t, x->a, x->aList[i])) return 0;
        }
        for (i = 0; ok && i < x->nList; i++) {
          if (x->aList[i]->lit.eType != SQLITE_NULL) {
            ok = dom_add_val(&d->aNot, &d->nNot, &x->aList[i]->lit) == 0;
          }
        }
        return ok;
      }
      memset(&tmp, 0, sizeof(tmp));
      for (i = 0; ok && i < x->nList; i++) {
        if (x->aList[i]->lit.eType == SQLITE_NULL) continue;
        ok = dom_add_val(&tmp.aSet, &tmp.nSet, &x->aList[i]->lit) == 0;
      }
      if (ok) ok = dom_and_set(d, tmp.aSet, tmp.nSet) == SQLITE_OK;
      for (i = 0; i < tmp.nSet; i++)
        val_clear(&tmp.aSet[i]);
      sqlite3_free(tmp.aSet);
      return ok;
    }
    case CN_LIKE:
    case CN_GLOB:
      if (x->neg || x->a->e != CN_COL || x->b->e != CN_LIT || x->b->lit.eType != SQLITE_TEXT) {
        return 0;
      }
      if (!dom_one_col(piCol, x->a->iCol)) return 0;
      c = &t->aCol[x->a->iCol];
      if (!dom_is_text_col(c) || d->zLike || d->zGlob) return 0;
      if (x->e == CN_LIKE && x->cEscape) {
        /* LIKE with ESCAPE: the same text as a GLOB pattern of literals */
        d->zGlob = like_to_glob(x->b->lit.z, x->cEscape);
        return d->zGlob != 0;
      }
      if (x->e == CN_LIKE) {
        d->zLike = sqlite3_mprintf("%s", x->b->lit.z);
        return d->zLike != 0;
      }
      d->zGlob = sqlite3_mprintf("%s", x->b->lit.z);
      return d->zGlob != 0;
    default:
      return 0;
  }
}

/*
** An order between two columns that a CHECK states ("ends >= starts",
** "a BETWEEN b AND c"): column iLo is at most column iHi, strictly when
** isStrict.  The CHECK is still evaluated; its constant bounds are carried
** across the order (check_propagate).
*/
typedef struct CheckOrder {
  int iLo, iHi, isStrict;
} CheckOrder;

typedef struct CheckOrders {
  int n, nAlloc;
  CheckOrder *a;
  int oom;
} CheckOrders;

/* Can columns a and b be ordered with each other's bounds: both numbers or
** both dates, both drawn (not generated)? */
static int order_comparable(const SchemaTable *t, int a, int b) {
  const SchemaColumn *x = &t->aCol[a], *y = &t->aCol[b];
  if (a == b || x->eHidden || y->eHidden) return 0;
  return (dom_is_date_col(x) && dom_is_date_col(y)) ||
         (dom_is_numeric_col(x) && dom_is_numeric_col(y) && x->eType != TY_ANY && y->eType != TY_ANY);
}

static void order_add(const SchemaTable *t, CheckOrders *po, int iLo, int iHi, int isStrict) {
  if (po == 0 || !order_comparable(t, iLo, iHi)) return;
  if (po->n >= po->nAlloc) {
    int nNew = po->nAlloc ? po->nAlloc * 2 : 8;
    CheckOrder *aNew = sqlite3_realloc64(po->a, sizeof(CheckOrder) * (sqlite3_uint64)nNew);
    if (aNew == 0) {
      po->oom = 1;
      return;
    }
    po->a = aNew;
    po->nAlloc = nNew;
  }
  po->a[po->n].iLo = iLo;
  po->a[po->n].iHi = iHi;
  po->a[po->n].isStrict = isStrict;
  po->n++;
}

/* The orders a top-level term x states, and the constant bounds of a
** BETWEEN whose other bound is a column ("ends BETWEEN starts AND '2024-12-31'"). */
static void check_orders(const SchemaTable *t, CNode *x, Domain *aDom, CheckOrders *po) {
  if (x->e == CN_CMP && x->a->e == CN_COL && x->b->e == CN_COL && !x->a->hasColl && !x->b->hasColl) {
    int a = x->a->iCol, b = x->b->iCol;
    if (x->op == OP_LT || x->op == OP_LE) order_add(t, po, a, b, x->op == OP_LT);
    if (x->op == OP_GT || x->op == OP_GE) order_add(t, po, b, a, x->op == OP_GT);
  } else if (x->e == CN_BETWEEN && !x->neg && x->a->e == CN_COL && !t->aCol[x->a->iCol].eHidden) {
    int i, iCol = x->a->iCol;
    for (i = 0; i < 2; i++) {
      CNode *y = i == 0 ? x->b : x->c;
      if (y->e == CN_COL) {
        if (i == 0)
          order_add(t, po, y->iCol, iCol, 0);
        else
          order_add(t, po, iCol, y->iCol, 0);
      } else if (y->e == CN_LIT && !dom_coll(t, x->a, y)) {
        Domain *D = &aDom[iCol];
        if (aDom[iCol].nAlt == 0) dom_bound(D, &t->aCol[iCol], i == 0 ? OP_GE : OP_LE, &y->lit);
      }
    }
  }
}

/*
** Carry constant bounds across the orders until nothing changes: with
** a <= b, b's upper bound is a's too and a's lower bound is b's ("ends >=
** starts AND ends < '2024-01-01'": starts < '2024-01-01' as well).  The
** values then meet the order's bounds by construction and the order itself
** by evaluation, instead of failing it until the attempts run out.
*/
static int check_propagate(const SchemaTable *t, const CheckOrders *po, Domain *aDom) {
  int pass, k, changed = 1;
  for (pass = 0; changed && pass <= po->n; pass++) {
    changed = 0;
    for (k = 0; k < po->n; k++) {
      const CheckOrder *o = &po->a[k];
      Domain *L = &aDom[o->iLo], *H = &aDom[o->iHi];
      if (dom_is_date_col(&t->aCol[o->iLo])) {
        if (H->zHi) {
          int excl = H->zHiExcl || o->isStrict, cmp = L->zHi ? strcmp(H->zHi, L->zHi) : -1;
          if (cmp < 0 || (cmp == 0 && excl && !L->zHiExcl)) {
            if (dom_zhi(L, H->zHi, excl)) return SQLITE_NOMEM;
            changed = 1;
          }
        }
        if (L->zLo) {
          int excl = L->zLoExcl || o->isStrict, cmp = H->zLo ? strcmp(L->zLo, H->zLo) : 1;
          if (cmp > 0 || (cmp == 0 && excl && !H->zLoExcl)) {
            if (dom_zlo(H, L->zLo, excl)) return SQLITE_NOMEM;
            changed = 1;
          }
        }
      } else {
        if (H->hasHi) {
          int excl = H->hiExcl || o->isStrict;
          if (!L->hasHi || H->rHi < L->rHi || (H->rHi == L->rHi && excl && !L->hiExcl)) {
            dom_hi(L, H->rHi, excl);
            changed = 1;
          }
        }
        if (L->hasLo) {
          int excl = L->loExcl || o->isStrict;
          if (!H->hasLo || L->rLo > H->rLo || (L->rLo == H->rLo && excl && !H->loExcl)) {
            dom_lo(H, L->rLo, excl);
            changed = 1;
          }
        }
      }
    }
  }
  return SQLITE_OK;
}

/* Apply the top-level AND terms of one CHECK.  Returns 1 if all exact. */
static int check_apply(const SchemaTable *t, CNode *x, Domain *aDom, CheckOrders *po) {
  Domain d;
  int iCol = -1, ok;
  if (x->e == CN_AND) {
    int a = check_apply(t, x->a, aDom, po);
    int b = check_apply(t, x->b, aDom, po);
    return a && b;
  }
  check_orders(t, x, aDom, po);
  if (x->e == CN_JSON) {
    /* json_valid(col): a hint for the kind; the CHECK is still evaluated,
    ** since a value cut to the column's length would no longer be JSON */
    aDom[x->iCol].isJson = 1;
    return 0;
  }
  memset(&d, 0, sizeof(d));
  d.nLenLo = d.nLenHi = -1;
  ok = dom_term(t, x, &iCol, &d);
  /* A generated column is not drawn: SQLite computes it, so a CHECK on it
  ** is evaluated on the values it is computed from. */
  if (ok && iCol >= 0 && !t->aCol[iCol].eHidden) {
    /* Merge d into the column's domain (an AND). */
    Domain *D = &aDom[iCol];
    int i;
    if (d.hasLo) dom_lo(D, d.rLo, d.loExcl);
    if (d.hasHi) dom_hi(D, d.rHi, d.hiExcl);
    if (d.zLo && dom_zlo(D, d.zLo, d.zLoExcl)) ok = 0;
    if (d.zHi && dom_zhi(D, d.zHi, d.zHiExcl)) ok = 0;
    dom_len(D, d.nLenLo, d.nLenHi);
    if (d.nSet > 0 && dom_and_set(D, d.aSet, d.nSet)) ok = 0;
    for (i = 0; ok && i < d.nNot; i++)
      ok = dom_add_val(&D->aNot, &D->nNot, &d.aNot[i]) == 0;
    if (d.zLike || d.zGlob) {
      if (D->zLike || D->zGlob) {
        ok = 0;
      } else {
        D->zLike = d.zLike;
        D->zGlob = d.zGlob;
        d.zLike = d.zGlob = 0;
      }
    }
    if (d.notNull) D->notNull = 1;
    if (d.mustNull) D->mustNull = 1;
    if (d.isEmpty) D->isEmpty = 1;
    if (d.nAlt > 0) {
      /* one OR of ranges a column; a second one is evaluated */
      if (D->nAlt > 0) {
        ok = 0;
      } else {
        D->nAlt = d.nAlt;
        D->aAlt = d.aAlt;
        d.nAlt = 0;
        d.aAlt = 0;
      }
    }
  } else {
    ok = 0;
  }
  domain_clear(&d);
  return ok;
}

/* Add iCol to the list of columns an expression reads. */
static void check_ref_add(int iCol, int **paiRef, int *pnRef) {
  int k, seen = 0;
  if (paiRef == 0) return;
  for (k = 0; k < *pnRef; k++)
    seen |= (*paiRef)[k] == iCol;
  if (!seen) {
    int *aNew = sqlite3_realloc64(*paiRef, sizeof(int) * (sqlite3_uint64)(*pnRef + 1));
    if (aNew) {
      aNew[(*pnRef)++] = iCol;
      *paiRef = aNew;
    }
  }
}

static int check_bind_into(sqlite3_str *s, const SchemaTable *t, const char *zExpr, int **paiRef, int *pnRef,
                           int depth);

char *check_bind_columns(const SchemaTable *t, const char *zExpr, int **paiRef, int *pnRef) {
  sqlite3_str *s = sqlite3_str_new(0);
  if (check_bind_into(s, t, zExpr, paiRef, pnRef, 0) != SQLITE_OK) {
    sqlite3_free(sqlite3_str_finish(s));
    return 0;
  }
  return sqlite3_str_finish(s);
}

/*
** The work of check_bind_columns, into s.  A generated column is replaced
** by its expression, itself bound (SQLite computes it from the row's other
** columns, so that is the value a CHECK or an index sees).
*/
static int check_bind_into(sqlite3_str *s, const SchemaTable *t, const char *zExpr, int **paiRef, int *pnRef,
                           int depth) {
  SqlTok *a = 0;
  int n = 0, i, rc = SQLITE_OK;
  if (sqltok_split(zExpr, 0, &a, &n)) return SQLITE_NOMEM;
  for (i = 0; i < n && a[i].eType != TK_EOF && rc == SQLITE_OK; i++) {
    const SqlTok *tk = &a[i];
    int j = i + 1, iCol = -1, iEnd = i;
    while (j < n && (a[j].eType == TK_SPACE || a[j].eType == TK_COMMENT))
      j++;
    if (sqltok_is_name(tk) && a[j].eType != TK_LP) {
      /* table.column: look past the dot */
      if (a[j].eType == TK_DOT && j + 1 < n && sqltok_is_name(&a[j + 1])) {
        char *zName = sqltok_text(zExpr, &a[j + 1]);
        iCol = zName ? schema_column_index(t, zName) : -1;
        sqlite3_free(zName);
        if (iCol >= 0) iEnd = j + 1;
      } else {
        int isAfterDot = 0, k = i - 1;
        while (k >= 0 && (a[k].eType == TK_SPACE || a[k].eType == TK_COMMENT))
          k--;
        if (k >= 0 && a[k].eType == TK_DOT) isAfterDot = 1;
        if (!isAfterDot) {
          char *zName = sqltok_text(zExpr, tk);
          iCol = zName ? schema_column_index(t, zName) : -1;
          sqlite3_free(zName);
        }
      }
    }
    if (iCol >= 0 && t->aCol[iCol].zGenExpr && depth < 16) {
      sqlite3_str_appendall(s, " (");
      rc = check_bind_into(s, t, t->aCol[iCol].zGenExpr, paiRef, pnRef, depth + 1);
      sqlite3_str_appendall(s, ") ");
      i = iEnd;
    } else if (iCol >= 0) {
      sqlite3_str_appendf(s, " ?%d ", iCol + 1);
      check_ref_add(iCol, paiRef, pnRef);
      i = iEnd;
    } else {
      sqlite3_str_append(s, zExpr + tk->iOff, tk->n);
    }
  }
  sqlite3_free(a);
  return rc;
}

/*
** Look in the top-level AND terms of CHECK text zExpr for one of the form
** "col = f(col)" or "f(col) = col", where f reads no other column.  Sets
** e->iFixCol and e->zFix ("SELECT f(?N)").  An OR at the top level means
** no term must hold on its own: then there is none.
*/
static int check_find_fix(const SchemaTable *t, const char *zExpr, CheckEval *e) {
  SqlTok *a = 0;
  int n = 0, i, depth = 0, iTerm = 0, rc;
  e->iFixCol = -1;
  rc = sqltok_split(zExpr, 1, &a, &n);
  if (rc != SQLITE_OK) return rc;
  for (i = 0; i < n && a[i].eType != TK_EOF; i++) {
    if (a[i].eType == TK_LP) depth++;
    if (a[i].eType == TK_RP) depth--;
    if (depth == 0 && sqltok_is(zExpr, &a[i], "OR")) goto done;
  }
  for (i = 0; i <= n && e->iFixCol < 0; i++) {
    int atEnd = i == n || a[i].eType == TK_EOF;
    if (!atEnd && a[i].eType == TK_LP) depth++;
    if (!atEnd && a[i].eType == TK_RP) depth--;
    if (atEnd || (depth == 0 && sqltok_is(zExpr, &a[i], "AND"))) {
      /* the term a[iTerm .. i-1]: NAME = rest, or rest = NAME */
      int j, iEq = -1, d2 = 0;
      for (j = iTerm; j < i; j++) {
        if (a[j].eType == TK_LP) d2++;
        if (a[j].eType == TK_RP) d2--;
        if (d2 == 0 && a[j].eType == TK_OP &&
            ((a[j].n == 1 && zExpr[a[j].iOff] == '=') ||
             (a[j].n == 2 && memcmp(zExpr + a[j].iOff, "==", 2) == 0))) {
          iEq = j;
          break;
        }
      }
      if (iEq > iTerm && iEq < i - 1 && (iEq == iTerm + 1 || iEq == i - 2)) {
        int iName = iEq == iTerm + 1 ? iTerm : i - 1;
        int iFrom = iEq == iTerm + 1 ? iEq + 1 : iTerm, iTo = iEq == iTerm + 1 ? i - 1 : iEq - 1;
        int iCol = -1;
        if (sqltok_is_name(&a[iName]) && iTo > iFrom) {
          char *zName = sqltok_text(zExpr, &a[iName]);
          iCol = zName ? schema_column_index(t, zName) : -1;
          sqlite3_free(zName);
        }
        if (iCol >= 0 && !t->aCol[iCol].eHidden) {
          char *zOther =
              sqlite3_mprintf("%.*s", a[iTo].iOff + a[iTo].n - a[iFrom].iOff, zExpr + a[iFrom].iOff);
          int *aiRef = 0, nRef = 0;
          char *zBound = zOther ? check_bind_columns(t, zOther, &aiRef, &nRef) : 0;
          if (zBound && nRef == 1 && aiRef[0] == iCol) {
            e->zFix = sqlite3_mprintf("SELECT (%s)", zBound);
            if (e->zFix) e->iFixCol = iCol;
          }
          if (zOther == 0 || zBound == 0) rc = SQLITE_NOMEM;
          sqlite3_free(zOther);
          sqlite3_free(zBound);
          sqlite3_free(aiRef);
        }
      }
      iTerm = i + 1;
    }
  }
done:
  sqlite3_free(a);
  return rc;
}

int check_eval_add(const SchemaTable *t, CheckInfo *ci, int iCheck) {
  CheckEval *aNew, *e;
  char *zBound;
  int i;
  for (i = 0; i < ci->nEval; i++) {
    if (ci->aEval[i].iCheck == iCheck) return SQLITE_OK;
  }
  aNew = sqlite3_realloc64(ci->aEval, sizeof(CheckEval) * (sqlite3_uint64)(ci->nEval + 1));
  if (aNew == 0) return SQLITE_NOMEM;
  ci->aEval = aNew;
  e = &aNew[ci->nEval];
  memset(e, 0, sizeof(*e));
  e->iCheck = iCheck;
  e->iCol = -1;
  zBound = check_bind_columns(t, t->aCheck[iCheck].zExpr, &e->aiRef, &e->nRef);
  e->zSql = zBound ? sqlite3_mprintf("SELECT (%s) IS NOT FALSE", zBound) : 0;
  sqlite3_free(zBound);
  if (e->zSql == 0) {
    sqlite3_free(e->aiRef);
    return SQLITE_NOMEM;
  }
  ci->nEval++;
  return check_find_fix(t, t->aCheck[iCheck].zExpr, e);
}

int check_analyze(sqlite3 *db, const SchemaTable *t, CheckInfo **pp) {
  CheckInfo *ci;
  CheckOrders orders;
  int i, rc = SQLITE_OK;
  memset(&orders, 0, sizeof(orders));
  *pp = 0;
  ci = sqlite3_malloc64(sizeof(*ci));
  if (ci == 0) return SQLITE_NOMEM;
  memset(ci, 0, sizeof(*ci));
  ci->nCol = t->nCol;
  ci->aDom = sqlite3_malloc64(sizeof(Domain) * (sqlite3_uint64)(t->nCol + 1));
  if (ci->aDom == 0) {
    sqlite3_free(ci);
    return SQLITE_NOMEM;
  }
  for (i = 0; i < t->nCol; i++) {
    memset(&ci->aDom[i], 0, sizeof(Domain));
    ci->aDom[i].nLenLo = ci->aDom[i].nLenHi = -1;
  }
  for (i = 0; i < t->nCheck && rc == SQLITE_OK; i++) {
    CParse p;
    CNode *root;
    int exact = 0, j;
    memset(&p, 0, sizeof(p));
    p.z = t->aCheck[i].zExpr;
    p.t = t;
    p.db = db;
    rc = sqltok_split(p.z, 1, &p.a, &p.n);
    if (rc != SQLITE_OK) break;
    /* drop comments */
    for (j = 0, p.n = 0; p.a[j].eType != TK_EOF; j++) {
      if (p.a[j].eType != TK_COMMENT) p.a[p.n++] = p.a[j];
    }
    p.a[p.n] = p.a[j];
    p.nPoolAlloc = p.n * 2 + 16;
    p.nPtrAlloc = p.n + 16;
    p.aPool = sqlite3_malloc64(sizeof(CNode) * (sqlite3_uint64)p.nPoolAlloc);
    p.aPtr = sqlite3_malloc64(sizeof(CNode *) * (sqlite3_uint64)p.nPtrAlloc);
    if (p.aPool && p.aPtr) {
      root = cexpr(&p);
      if (!p.oom && cpeek(&p)->eType == TK_EOF) exact = check_apply(t, root, ci->aDom, &orders);
    } else {
      rc = SQLITE_NOMEM;
    }
    if (p.oom) rc = SQLITE_NOMEM;
    if (rc == SQLITE_OK && !exact) rc = check_eval_add(t, ci, i);
    for (j = 0; j < p.nStr; j++)
      sqlite3_free(p.azStr[j]);
    sqlite3_free(p.azStr);
    sqlite3_free(p.aPool);
    sqlite3_free(p.aPtr);
    sqlite3_free(p.a);
  }
  if (orders.oom && rc == SQLITE_OK) rc = SQLITE_NOMEM;
  if (rc == SQLITE_OK) rc = check_propagate(t, &orders, ci->aDom);
  sqlite3_free(orders.a);
  /* A NOT NULL generated column: its expression must not give NULL. */
  for (i = 0; i < t->nCol && rc == SQLITE_OK; i++) {
    const SchemaColumn *c = &t->aCol[i];
    CheckEval *aNew;
    char *zRef, *zBound;
    if (!c->eHidden || !c->notNull || c->zGenExpr == 0) continue;
    aNew = sqlite3_realloc64(ci->aEval, sizeof(CheckEval) * (sqlite3_uint64)(ci->nEval + 1));
    if (aNew == 0) {
      rc = SQLITE_NOMEM;
      break;
    }
    ci->aEval = aNew;
    memset(&aNew[ci->nEval], 0, sizeof(CheckEval));
    aNew[ci->nEval].iCheck = -1;
    aNew[ci->nEval].iCol = i;
    aNew[ci->nEval].iFixCol = -1;
    zRef = sqlite3_mprintf("\"%w\"", c->zName);
    zBound = zRef ? check_bind_columns(t, zRef, &aNew[ci->nEval].aiRef, &aNew[ci->nEval].nRef) : 0;
    aNew[ci->nEval].zSql = zBound ? sqlite3_mprintf("SELECT (%s) IS NOT NULL", zBound) : 0;
    sqlite3_free(zRef);
    sqlite3_free(zBound);
    if (aNew[ci->nEval].zSql == 0) {
      sqlite3_free(aNew[ci->nEval].aiRef);
      rc = SQLITE_NOMEM;
    } else {
      ci->nEval++;
    }
  }
  if (rc != SQLITE_OK) {
    check_free(ci);
    return rc;
  }
  *pp = ci;
  return SQLITE_OK;
}

void check_free(CheckInfo *ci) {
  int i;
  if (ci == 0) return;
  for (i = 0; i < ci->nCol; i++)
    domain_clear(&ci->aDom[i]);
  for (i = 0; i < ci->nEval; i++) {
    sqlite3_free(ci->aEval[i].zSql);
    sqlite3_free(ci->aEval[i].aiRef);
    sqlite3_free(ci->aEval[i].zFix);
  }
  sqlite3_free(ci->aDom);
  sqlite3_free(ci->aEval);
  sqlite3_free(ci);
}

/* ---- LIKE and GLOB ------------------------------------------------------ */

static int utf8_len1(const unsigned char *z) {
  if (z[0] < 0xc0) return 1;
  if (z[0] < 0xe0) return z[1] ? 2 : 1;
  if (z[0] < 0xf0) return (z[1] && z[2]) ? 3 : 1;
  return (z[1] && z[2] && z[3]) ? 4 : 1;
}

static int fold(int c) {
  return (c >= 'A' && c <= 'Z') ? c + 32 : c;
}

/* One matcher for both: bLike selects LIKE (%, _, case-folded ASCII) or
** GLOB (*, ?, [...], exact). */
static int pattern_match(const unsigned char *p, const unsigned char *s, const unsigned char *e, int bLike) {
  char cMany = bLike ? '%' : '*';
  char cOne = bLike ? '_' : '?';
  while (*p) {
    if (*p == cMany) {
      while (*p == cMany || *p == cOne) {
        if (*p == cOne) {
          if (s >= e) return 0;
          s += utf8_len1(s);
        }
        p++;
      }
      if (*p == 0) return 1;
      while (s <= e) {
        if (pattern_match(p, s, e, bLike)) return 1;
        if (s == e) break;
        s += utf8_len1(s);
      }
      return 0;
    }
    if (s >= e) return 0;
    if (*p == cOne) {
      p++;
      s += utf8_len1(s);
      continue;
    }
    if (!bLike && *p == '[') {
      const unsigned char *q = p + 1;
      int inv = 0, hit = 0, c = *s;
      if (*q == '^') {
        inv = 1;
        q++;
      }
      if (*q == ']') {
        hit |= c == ']';
        q++;
      }
      while (*q && *q != ']') {
        if (q[1] == '-' && q[2] && q[2] != ']') {
          hit |= c >= q[0] && c <= q[2];
          q += 3;
        } else {
          hit |= c == *q;
          q++;
        }
      }
      if (*q != ']' || hit == inv) return 0;
      p = q + 1;
      s += utf8_len1(s);
      continue;
    }
    {
      int n = utf8_len1(p);
      if (bLike && n == 1) {
        if (fold(*p) != fold(*s)) return 0;
      } else if (memcmp(p, s, (size_t)n) != 0) {
        return 0;
      }
      p += n;
      s += n;
    }
  }
  return s == e;
}

int check_like(const char *zPattern, const char *z, int n) {
  return pattern_match((const unsigned char *)zPattern, (const unsigned char *)z,
                       (const unsigned char *)z + n, 1);
}

int check_glob(const char *zPattern, const char *z, int n) {
  return pattern_match((const unsigned char *)zPattern, (const unsigned char *)z,
                       (const unsigned char *)z + n, 0);
}
