/*
** row_compile.c — a table and its spec rules become a RowGen: each column
** gets a role (sequence key, foreign key, generated value, expression), a
** kind, and the bounds, value sets, lengths and null rate its type, CHECKs,
** comment and rules allow.  Also the JSON that describes those decisions.
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "row_int.h"
SQLITE_EXTENSION_INIT3

/* ---- errors ---------------------------------------------------------------- */

char *row_err(const RowGen *g, int iCol, const char *zFmt, ...) {
  va_list ap;
  char *zMsg, *zOut;
  va_start(ap, zFmt);
  zMsg = sqlite3_vmprintf(zFmt, ap);
  va_end(ap);
  if (iCol >= 0) {
    zOut = sqlite3_mprintf("%s: table \"%s\": column \"%s\": %s", g->zFunc, g->t->zName,
                           g->t->aCol[iCol].zName, zMsg);
  } else {
    zOut = sqlite3_mprintf("%s: table \"%s\": %s", g->zFunc, g->t->zName, zMsg);
  }
  sqlite3_free(zMsg);
  return zOut;
}

/* An error in a spec rule, at its key path: "syda_fill: spec:
** tables.T.columns.C.min: ...". */
static char *rule_err(const RowGen *g, const SpecRule *r, const char *zKey, const char *zFmt, ...) {
  va_list ap;
  char *zMsg, *zOut;
  va_start(ap, zFmt);
  zMsg = sqlite3_vmprintf(zFmt, ap);
  va_end(ap);
  zOut = sqlite3_mprintf("%s: spec: %s.%s: %s", g->zFunc, r->zPath, zKey, zMsg);
  sqlite3_free(zMsg);
  return zOut;
}

/* "(a, b)" list of column names, for messages. */
char *row_cols_text(const SchemaTable *t, int n, const int *ai) {
  sqlite3_str *s = sqlite3_str_new(0);
  int i;
  sqlite3_str_appendchar(s, 1, '(');
  for (i = 0; i < n; i++)
    sqlite3_str_appendf(s, "%s%s", i ? ", " : "", t->aCol[ai[i]].zName);
  sqlite3_str_appendchar(s, 1, ')');
  return sqlite3_str_finish(s);
}

/* What an evaluated constraint is, for messages: CHECK constraint "name"
** (expr), CHECK (expr), or the NOT NULL of a generated column. */
char *row_eval_text(const RowGen *g, const CheckEval *e) {
  const SchemaTable *t = g->t;
  if (e->iCheck < 0) {
    return sqlite3_mprintf("NOT NULL of generated column \"%s\" (%s)", t->aCol[e->iCol].zName,
                           t->aCol[e->iCol].zGenExpr);
  }
  if (t->aCheck[e->iCheck].zName) {
    return sqlite3_mprintf("CHECK constraint \"%s\" (%s)", t->aCheck[e->iCheck].zName,
                           t->aCheck[e->iCheck].zExpr);
  }
  return sqlite3_mprintf("CHECK (%s)", t->aCheck[e->iCheck].zExpr);
}

/* ---- compile ------------------------------------------------------------------ */

int row_type_is_numeric(int eType) {
  return eType == TY_INT || eType == TY_REAL || eType == TY_NUMERIC || eType == TY_BOOL;
}
int row_type_is_time(int eType) {
  return eType == TY_DATE || eType == TY_DATETIME || eType == TY_TIME;
}

/* Can a kind of class eClass fill a column of type eType? */
int row_kind_fits(int eClass, int eType) {
  if (eType == TY_ANY || eType == TY_TEXT) return 1;
  if (eClass == eType) return 1;
  switch (eType) {
    case TY_INT:
      /* whole numbers: percentages and prices round; dates are Unix seconds */
      return eClass == TY_BOOL || eClass == TY_DATE || eClass == TY_DATETIME || eClass == TY_REAL;
    case TY_REAL:
    case TY_NUMERIC:
      return eClass == TY_INT || eClass == TY_REAL || eClass == TY_NUMERIC || eClass == TY_BOOL;
    case TY_BOOL:
      return 0;
    case TY_DATE:
    case TY_DATETIME:
      return eClass == TY_DATE || eClass == TY_DATETIME;
    case TY_BLOB:
      return eClass == TY_UUID;
    case TY_UUID:
      return 0;
    case TY_JSON:
      return 0;
    default:
      return 0;
  }
}

double row_val_num(const SydaVal *v) {
  return v->eType == SQLITE_INTEGER ? (double)v->i : v->r;
}

/* Seconds (DATETIME), days (DATE) or seconds of day (TIME) from text. */
int row_time_of(int eClass, const char *z, int n, int64_t *pt) {
  int64_t s;
  if (eClass == TY_TIME) return time_parse(z, n, pt);
  if (date_parse(z, n, &s)) return 1;
  *pt = eClass == TY_DATE ? (s >= 0 ? s / 86400 : -((-s + 86399) / 86400)) : s;
  return 0;
}

/* The time class values of a column are drawn in: the column's own, or the
** kind's when the column is typeless, TEXT or a number. */
int row_time_class(const RowCol *c) {
  const FakeKind *k = fake_kind_at(c->spec.iKind);
  if (row_type_is_time(c->spec.eType)) return c->spec.eType;
  return k ? k->eClass : TY_TEXT;
}

int row_is_time_kind(const FakeKind *k) {
  return row_type_is_time(k->eClass);
}

int row_is_number_kind(const FakeKind *k) {
  return k->xGen == 0 && !row_is_time_kind(k);
}

/* Does non-NULL value v lie within d's bounds? */
static int dom_bounds_allow(const Domain *d, const SydaVal *v) {
  if (v->eType == SQLITE_INTEGER || v->eType == SQLITE_FLOAT) {
    double r = row_val_num(v);
    if (d->hasLo && (r < d->rLo || (d->loExcl && r == d->rLo))) return 0;
    if (d->hasHi && (r > d->rHi || (d->hiExcl && r == d->rHi))) return 0;
  } else if (d->hasHi) {
    return 0; /* SQLite orders text and blobs after every number */
  }
  if (v->eType == SQLITE_TEXT) {
    if (d->zLo) {
      int cmp = strcmp(v->z, d->zLo);
      if (cmp < 0 || (cmp == 0 && d->zLoExcl)) return 0;
    }
    if (d->zHi) {
      int cmp = strcmp(v->z, d->zHi);
      if (cmp > 0 || (cmp == 0 && d->zHiExcl)) return 0;
    }
  }
  return 1;
}

/* Does value v pass the column's domain (bounds, lengths, patterns)? */
int row_dom_allows(const RowCol *c, const SydaVal *v) {
  const Domain *d = c->pDom;
  int i;
  if (d == 0) return 1;
  if (v->eType == SQLITE_NULL) return !d->notNull;
  if (d->nAlt > 0) {
    for (i = 0; i < d->nAlt && !dom_bounds_allow(&d->aAlt[i], v); i++) {
    }
    if (i == d->nAlt) return 0;
  }
  if (!dom_bounds_allow(d, v)) return 0;
  for (i = 0; i < d->nNot; i++) {
    if (val_compare(&d->aNot[i], v) == 0) return 0;
  }
  if (v->eType == SQLITE_TEXT) {
    int nChar = utf8_chars(v->z, v->n);
    if (d->nLenLo >= 0 && nChar < d->nLenLo) return 0;
    if (d->nLenHi >= 0 && nChar > d->nLenHi) return 0;
    if (d->zLike && !check_like(d->zLike, v->z, v->n)) return 0;
    if (d->zGlob && !check_glob(d->zGlob, v->z, v->n)) return 0;
  }
  return 1;
}

static int dom_set_has(const Domain *d, const SydaVal *v) {
  int i;
  for (i = 0; i < d->nSet; i++) {
    if (val_compare(&d->aSet[i], v) == 0) return 1;
  }
  return 0;
}

/* Add v to the column's value set (copies). */
static int set_add(RowCol *c, const SydaVal *v) {
  SydaVal *aNew = sqlite3_realloc64(c->aSet, sizeof(SydaVal) * (sqlite3_uint64)(c->nSet + 1));
  if (aNew == 0) return SQLITE_NOMEM;
  c->aSet = aNew;
  if (val_copy(&c->aSet[c->nSet], v)) return SQLITE_NOMEM;
  c->nSet++;
  return SQLITE_OK;
}

/* Is a listed value short enough for the column (VARCHAR(n), length CHECKs)? */
static int set_fits(const RowCol *c, const SydaVal *v) {
  return v->eType != SQLITE_TEXT || c->spec.nLenMax == 0 || utf8_chars(v->z, v->n) <= c->spec.nLenMax;
}

/* Convert a value to the column's storage class the way an INSERT would,
** so that a set value such as '5' for an INTEGER column is the number 5. */
static void set_coerce(RowCol *c, SydaVal *v, int eAff) {
  if (v->eType == SQLITE_TEXT && (eAff == AFF_INTEGER || eAff == AFF_REAL || eAff == AFF_NUMERIC)) {
    char *zEnd;
    double r = strtod(v->z, &zEnd);
    if (zEnd != v->z && *zEnd == 0) {
      sqlite3_free((void *)v->z);
      v->z = 0;
      v->n = 0;
      if (eAff != AFF_REAL && r == (double)(sqlite3_int64)r && fabs(r) < 9e15) {
        v->eType = SQLITE_INTEGER;
        v->i = (sqlite3_int64)r;
      } else {
        v->eType = SQLITE_FLOAT;
        v->r = r;
      }
    }
  } else if (v->eType == SQLITE_INTEGER && eAff == AFF_REAL) {
    v->eType = SQLITE_FLOAT;
    v->r = (double)v->i;
  }
  (void)c;
}

/*
** How often a nullable column of a kind is NULL when no rule says: what
** every row has in practice (a name, a quantity, when it was created) is
** seldom missing even where the schema allows it; an optional part (a
** fax, an address's second line) is more often missing than present.
*/
static double kind_null_rate(const FakeKind *k) {
  static const char *const azSeldom[] = {"first_name",   "last_name",   "full_name",      "username",
                                         "email",        "company",     "street_address", "city",
                                         "state",        "state_code",  "postal_code",    "country",
                                         "country_code", "address",     "latitude",       "longitude",
                                         "price",        "amount",      "quantity",       "currency_code",
                                         "created_at",   "status",      "boolean",        "product_name",
                                         "book_title",   "album_title", "film_title",     "song_title",
                                         "artist",       "sku",         "date_past",      0};
  int i;
  if (k == 0) return ROW_NULL_RATE;
  if (strcmp(k->zName, "address_line2") == 0) return 0.75;
  if (strcmp(k->zName, "fax") == 0) return 0.6;
  for (i = 0; azSeldom[i]; i++) {
    if (strcmp(k->zName, azSeldom[i]) == 0) return ROW_NULL_RATE / 10;
  }
  return ROW_NULL_RATE;
}

/* The declared type, for messages. */
static const char *col_type(const SchemaColumn *sc) {
  return sc->zType[0] ? sc->zType : "(none)";
}

/* Build the numeric/time range of a VALUE column. */
static int compile_range(RowGen *g, int iCol, RowCol *c, const SpecRule *r, const Infer *inf, char **pzErr) {
  const SchemaColumn *sc = &g->t->aCol[iCol];
  const FakeKind *k = fake_kind_at(c->spec.iKind);
  const Domain *d = c->pDom;
  FakeSpec *s = &c->spec;
  int eClass = row_time_class(c);
  double lo = k->rLo, hi = k->rHi, wide, top;
  int ruleLo = 0, ruleHi = 0;

  if (inf && inf->isNameRange && c->isKey) {
    /* a key's values must be distinct: a name's usual range (credits 1 to
    ** 6) may not hold them all, the type's does */
    inf = 0;
    sqlite3_free(c->zWhy);
    c->zWhy = sqlite3_mprintf("type %s", col_type(sc));
    if (c->zWhy == 0) return SQLITE_NOMEM;
  }
  s->nScale = k->nScale;
  if (sc->eType == TY_NUMERIC && sc->nPrec > 0) s->nScale = sc->nScale;
  if (r && r->nRound >= 0) s->nScale = r->nRound;
  s->isInt = sc->eType == TY_INT || sc->eType == TY_BOOL || k->eClass == TY_INT || k->eClass == TY_BOOL ||
             s->nScale == 0;
  /* "round": 1 on a REAL column of a whole-number kind (a score) wants decimals */
  if (r && r->nRound > 0 && sc->eType != TY_INT && sc->eType != TY_BOOL && k->eClass != TY_BOOL) s->isInt = 0;
  if (sc->eType == TY_INT || sc->eType == TY_BOOL) s->nScale = 0;
  if (inf && inf->isWhole && !(r && r->nRound >= 0)) {
    s->isInt = 1; /* a count: 3 bedrooms, also in a REAL column */
    s->nScale = 0;
  }
  s->eDist = (r && r->eDist) ? r->eDist : (inf && inf->eDist) ? inf->eDist : k->eDist;

  if (row_is_time_kind(k)) {
    /* Times: the kind's range, narrowed by the comment, rule and CHECKs. */
    int64_t tLo, tHi, t;
    if (k->eClass == TY_TIME) {
      tLo = (int64_t)k->rLo;
      tHi = (int64_t)k->rHi;
    } else {
      tLo = (int64_t)k->rLo + (k->isRelative ? FAKE_TODAY_DAYS : 0);
      tHi = (int64_t)k->rHi + (k->isRelative ? FAKE_TODAY_DAYS : 0);
      if (eClass == TY_DATETIME || (!row_type_is_time(sc->eType) && k->eClass == TY_DATETIME)) {
        tLo *= 86400;
        tHi = tHi * 86400 + 86399;
      }
    }
    if (eClass != TY_TIME && k->eClass != TY_TIME && eClass != k->eClass && row_type_is_time(sc->eType)) {
      /* a DATETIME kind in a DATE column or the reverse */
      if (eClass == TY_DATE && k->eClass == TY_DATETIME) {
        tLo = (int64_t)k->rLo + (k->isRelative ? FAKE_TODAY_DAYS : 0);
        tHi = (int64_t)k->rHi + (k->isRelative ? FAKE_TODAY_DAYS : 0);
      }
    }
    if (inf && inf->hasLo && inf->lo.eType == SQLITE_TEXT && !row_time_of(eClass, inf->lo.z, inf->lo.n, &t))
      tLo = t;
    if (inf && inf->hasHi && inf->hi.eType == SQLITE_TEXT && !row_time_of(eClass, inf->hi.z, inf->hi.n, &t)) {
      tHi = t + ((eClass == TY_DATETIME && inf->hi.n <= 10) ? 86399 : 0);
    }
    if (r && r->hasMin) {
      if (r->min.eType != SQLITE_TEXT || row_time_of(eClass, r->min.z, r->min.n, &t)) {
        *pzErr = rule_err(g, r, "min", "expected a %s for column \"%s\" of type %s",
                          eClass == TY_TIME ? "time HH:MM:SS" : "date YYYY-MM-DD", sc->zName, col_type(sc));
        return SQLITE_ERROR;
      }
      tLo = t;
    }
    if (r && r->hasMax) {
      if (r->max.eType != SQLITE_TEXT || row_time_of(eClass, r->max.z, r->max.n, &t)) {
        *pzErr = rule_err(g, r, "max", "expected a %s for column \"%s\" of type %s",
                          eClass == TY_TIME ? "time HH:MM:SS" : "date YYYY-MM-DD", sc->zName, col_type(sc));
        return SQLITE_ERROR;
      }
      tHi = t + ((eClass == TY_DATETIME && r->max.n <= 10) ? 86399 : 0);
    }
    if (d && d->zLo && !row_time_of(eClass, d->zLo, (int)strlen(d->zLo), &t)) {
      if (t + d->zLoExcl > tLo) tLo = t + d->zLoExcl;
      if (tHi < tLo) tHi = tLo + (eClass == TY_DATETIME ? 86400LL * 365 : eClass == TY_DATE ? 365 : 3600);
    }
    if (d && d->zHi && !row_time_of(eClass, d->zHi, (int)strlen(d->zHi), &t)) {
      if (t - d->zHiExcl < tHi) tHi = t - d->zHiExcl;
      if (tLo > tHi) {
        /* the kind's range lies past the CHECK: a year before its end, but
        ** not before its start (a due date BETWEEN two past dates) */
        tLo = tHi - (eClass == TY_DATETIME ? 86400LL * 365 : eClass == TY_DATE ? 365 : 3600);
        if (d->zLo && !row_time_of(eClass, d->zLo, (int)strlen(d->zLo), &t) && t + d->zLoExcl > tLo)
          tLo = t + d->zLoExcl;
      }
    }
    if (eClass == TY_TIME) {
      if (tLo < 0) tLo = 0;
      if (tHi > 86399) tHi = 86399;
    }
    c->timeHard = ((inf && inf->hasLo) || (r && r->hasMin) || (d && d->zLo) ? 1 : 0) |
                  ((inf && inf->hasHi) || (r && r->hasMax) || (d && d->zHi) ? 2 : 0);
    if (tLo > tHi) {
      *pzErr =
          (r && (r->hasMin || r->hasMax))
              ? rule_err(
                    g, r, r->hasMin ? "min" : "max",
                    "no date fits: the range and the CHECK constraints of column \"%s\" exclude each other",
                    sc->zName)
              : row_err(g, iCol,
                        "no date fits: the column's range and its CHECK constraints exclude each other");
      return SQLITE_ERROR;
    }
    s->tLo = tLo;
    s->tHi = tHi;
    return SQLITE_OK;
  }

  /* Numbers. */
  if (sc->eType == TY_BOOL || k->eClass == TY_BOOL) {
    lo = 0;
    hi = 1;
  } else if (s->isInt && hi <= 1.0 && k->eClass == TY_REAL) {
    /* a fraction (discount, tax rate) in a whole-number column: percent */
    lo *= 100;
    hi *= 100;
  }
  if (inf && inf->hasLo && inf->lo.eType != SQLITE_TEXT) lo = row_val_num(&inf->lo);
  if (inf && inf->hasHi && inf->hi.eType != SQLITE_TEXT) hi = row_val_num(&inf->hi);
  if (r && r->hasMin) {
    if (r->min.eType == SQLITE_TEXT) {
      *pzErr =
          rule_err(g, r, "min", "expected a number for column \"%s\" of type %s", sc->zName, col_type(sc));
      return SQLITE_ERROR;
    }
    lo = row_val_num(&r->min);
    ruleLo = 1;
  }
  if (r && r->hasMax) {
    if (r->max.eType == SQLITE_TEXT) {
      *pzErr =
          rule_err(g, r, "max", "expected a number for column \"%s\" of type %s", sc->zName, col_type(sc));
      return SQLITE_ERROR;
    }
    hi = row_val_num(&r->max);
    ruleHi = 1;
  }
  if ((sc->eType == TY_BOOL || k->eClass == TY_BOOL) &&
      ((ruleLo && (lo < 0 || lo > 1)) || (ruleHi && (hi < 0 || hi > 1)))) {
    *pzErr = rule_err(g, r, ruleLo && (lo < 0 || lo > 1) ? "min" : "max",
                      "column \"%s\" holds 0 and 1 (a yes/no): min and max lie between them", sc->zName);
    return SQLITE_ERROR;
  }
  /* (a DECIMAL(10,2) allows every price; a DECIMAL(5,2) does not) */
  c->hasBounds = ruleLo || ruleHi || (inf && (inf->hasLo || inf->hasHi)) || (d && (d->hasLo || d->hasHi)) ||
                 (sc->eType == TY_NUMERIC && sc->nPrec > 0 && sc->nPrec - sc->nScale < 6);
  top = ruleHi ? hi : HUGE_VAL;
  if (inf && inf->hasHi && !inf->isNameRange && inf->hi.eType != SQLITE_TEXT && row_val_num(&inf->hi) < top)
    top = row_val_num(&inf->hi);
  if (sc->eType == TY_BOOL || k->eClass == TY_BOOL) top = 1;
  /* a rule's min past the usual range: as wide a range from there */
  wide = (inf && inf->hasLo && inf->hasHi && inf->lo.eType != SQLITE_TEXT && inf->hi.eType != SQLITE_TEXT)
             ? row_val_num(&inf->hi) - row_val_num(&inf->lo)
             : k->rHi - k->rLo;
  if (wide <= 0) wide = 100;
  if (ruleLo && !ruleHi && hi < lo) hi = lo + wide;
  if (ruleHi && !ruleLo && lo > hi) lo = hi - wide;
  if (sc->eType == TY_NUMERIC && sc->nPrec > 0) {
    double lim = pow(10.0, sc->nPrec - sc->nScale) - pow(10.0, -sc->nScale);
    if (hi > lim) hi = lim;
    if (lim < top) top = lim;
    if (lo < -lim) lo = -lim;
    if (lo > hi) lo = hi > 0 ? 0 : -lim;
  }
  if (d && d->hasLo && d->hasHi && sc->eType != TY_INT && sc->eType != TY_BOOL && k->eClass != TY_BOOL &&
      !(sc->eType == TY_NUMERIC && sc->nPrec > 0) && !(r && r->nRound >= 0)) {
    /*
    ** The type leaves the decimals free (REAL, NUMERIC, none): when the
    ** CHECK's range holds fewer than two values at the kind's step, take
    ** as many decimals as give it ten ("e > 0 AND e < 0.001").
    */
    int nScale = s->isInt ? 0 : s->nScale;
    while (nScale >= 0 && nScale < 12) {
      double step = pow(10.0, -nScale);
      double nFit = floor((d->rHi - (d->hiExcl ? step : 0)) / step + 1e-9) -
                    ceil((d->rLo + (d->loExcl ? step : 0)) / step - 1e-9) + 1;
      if (nFit >= (nScale == (s->isInt ? 0 : s->nScale) ? 2 : 10)) break;
      nScale++;
    }
    if (nScale > (s->isInt ? 0 : s->nScale)) {
      s->nScale = nScale;
      s->isInt = 0;
    }
  }
  if (d) {
    double step = s->isInt ? 1.0 : (s->nScale >= 0 ? pow(10.0, -s->nScale) : 1e-6);
    double dlo = d->hasLo ? d->rLo + (d->loExcl ? step : 0) : -1e300;
    double dhi = d->hasHi ? d->rHi - (d->hiExcl ? step : 0) : 1e300;
    if (s->isInt) {
      dlo = d->hasLo ? (d->loExcl ? floor(d->rLo) + 1 : ceil(d->rLo)) : -1e300;
      dhi = d->hasHi ? (d->hiExcl ? ceil(d->rHi) - 1 : floor(d->rHi)) : 1e300;
    }
    if (dhi < top) top = dhi;
    if (dlo > dhi) {
      *pzErr = row_err(g, iCol, "no value satisfies the CHECK constraints");
      return SQLITE_ERROR;
    }
    if ((ruleLo || ruleHi) && (lo < dlo || hi > dhi) && (hi < dlo || lo > dhi)) {
      *pzErr = rule_err(g, r, ruleLo ? "min" : "max",
                        "the range [%g, %g] lies outside what the CHECK constraints of column \"%s\" allow",
                        lo, hi, sc->zName);
      return SQLITE_ERROR;
    }
    if ((hi < dlo || lo > dhi) && !ruleLo && !ruleHi && strcmp(k->zName, "body_temperature") == 0 &&
        dhi >= 96.4 && dlo <= 104.5) {
      /* a CHECK in degrees Fahrenheit (95 to 108): a patient's in them */
      lo = 96.4;
      hi = 104.5;
    }
    if (fake_kind_generic(sc->eType) == c->spec.iKind && d->hasLo && d->hasHi && !ruleLo && !ruleHi &&
        !(inf && (inf->hasLo || inf->hasHi))) {
      /* A plain number column: the CHECK's range is the whole story. */
      lo = dlo;
      hi = dhi;
    } else if (hi < dlo || lo > dhi) {
      /* The kind's natural range misses the CHECK entirely: use the CHECK. */
      double w = hi - lo;
      if (d->hasLo && d->hasHi) {
        lo = dlo;
        hi = dhi;
      } else if (d->hasLo) {
        lo = dlo;
        hi = dlo + (w > 0 ? w : 100);
      } else {
        hi = dhi;
        lo = dhi - (w > 0 ? w : 100);
      }
    } else {
      if (lo < dlo) lo = dlo;
      if (hi > dhi) hi = dhi;
    }
  }
  if (s->isInt) {
    lo = ceil(lo);
    hi = floor(hi);
    if (lo > hi) {
      *pzErr = row_err(g, iCol, "no whole number lies in the allowed range");
      return SQLITE_ERROR;
    }
  }
  s->rLo = lo;
  s->rHi = hi;
  c->rTop = s->isInt ? floor(top) : top;
  return SQLITE_OK;
}

/* Distinct values segment seg of column c holds. */
long double row_seg_count(const RowCol *c, const RowSeg *seg) {
  const FakeSpec *s = &c->spec;
  if (row_is_time_kind(fake_kind_at(s->iKind)) || s->isInt) return (long double)seg->hi - seg->lo + 1;
  if (s->nScale < 0) return 1e15L;
  return floorl(((long double)seg->hi - seg->lo) * powl(10.0L, s->nScale) + 1e-9L) + 1;
}

static int seg_cmp(const void *a, const void *b) {
  double x = ((const RowSeg *)a)->lo, y = ((const RowSeg *)b)->lo;
  return x < y ? -1 : x > y;
}

/*
** compile_range for a column whose CHECK is an OR of ranges: one range a
** alternative (with the column's other bounds), merged where they meet;
** spec's range is then their hull.  An alternative that nothing fits is
** dropped; when all are, the last one's error is the column's.
*/
static int compile_ranges(RowGen *g, int iCol, RowCol *c, const SpecRule *r, const Infer *inf, char **pzErr) {
  const Domain *d = c->pDom;
  FakeSpec *s = &c->spec;
  int isTime = row_is_time_kind(fake_kind_at(s->iKind)), j, n, nScale = -1, isInt = 1;
  double step;
  if (d == 0 || d->nAlt == 0 || fake_kind_at(s->iKind)->xGen) return compile_range(g, iCol, c, r, inf, pzErr);
  c->aSeg = sqlite3_malloc64(sizeof(RowSeg) * (sqlite3_uint64)d->nAlt);
  if (c->aSeg == 0) return SQLITE_NOMEM;
  for (j = 0; j < d->nAlt; j++) {
    Domain a;
    char *zErr = 0;
    int rc = domain_alt_bounds(d, j, &a);
    if (rc == SQLITE_OK) {
      c->pDom = &a;
      rc = compile_range(g, iCol, c, r, inf, &zErr);
      c->pDom = d;
    }
    domain_clear(&a);
    if (rc == SQLITE_NOMEM) {
      sqlite3_free(zErr);
      return rc;
    }
    if (rc != SQLITE_OK) {
      sqlite3_free(*pzErr);
      *pzErr = zErr;
      continue;
    }
    c->aSeg[c->nSeg].lo = isTime ? (double)s->tLo : s->rLo;
    c->aSeg[c->nSeg].hi = isTime ? (double)s->tHi : s->rHi;
    c->nSeg++;
    if (s->nScale > nScale) nScale = s->nScale;
    isInt &= s->isInt;
  }
  if (c->nSeg == 0) return SQLITE_ERROR;
  sqlite3_free(*pzErr);
  *pzErr = 0;
  s->nScale = nScale;
  s->isInt = isInt;
  step = (isTime || isInt) ? 1.0 : (nScale >= 0 ? pow(10.0, -nScale) : 0);
  qsort(c->aSeg, (size_t)c->nSeg, sizeof(RowSeg), seg_cmp);
  for (j = 1, n = 1; j < c->nSeg; j++) {
    /* overlapping or adjacent ranges are one: values stay distinct */
    if (c->aSeg[j].lo <= c->aSeg[n - 1].hi + step) {
      if (c->aSeg[j].hi > c->aSeg[n - 1].hi) c->aSeg[n - 1].hi = c->aSeg[j].hi;
    } else {
      c->aSeg[n++] = c->aSeg[j];
    }
  }
  c->nSeg = n;
  if (isTime) {
    s->tLo = (int64_t)c->aSeg[0].lo;
    s->tHi = (int64_t)c->aSeg[n - 1].hi;
  } else {
    s->rLo = c->aSeg[0].lo;
    s->rHi = c->aSeg[n - 1].hi;
  }
  if (n == 1) c->nSeg = 0; /* one range after all */
  return SQLITE_OK;
}

/*
** The permutations a unique column maps ordinals through: over its whole
** value space when that is bounded; otherwise over its natural values (or
** the first million) for the first rows, counting on after them.
*/
/*
** Which way a unique column's values go once its usual range is used up
** (RowCol.eOver): numbers above their top, dates after their end or, for
** dates that look back, before their start.  Not where a constraint sets
** that end, nor for kinds bounded by nature (an age, a latitude, a rating,
** a time of day), nor for listed values, patterns and text: those stay an
** error that says how many values the column holds.
*/
static int over_dir(const RowCol *c) {
  static const char *const azBounded[] = {"age",      "latitude", "longitude", "percentage", "discount",
                                          "tax_rate", "rating",   "year",      0};
  const FakeKind *k = fake_kind_at(c->spec.iKind);
  const FakeSpec *s = &c->spec;
  int i;
  if (k == 0 || c->eRole != COL_VALUE || c->nSet > 0 || c->nSeg > 0 || c->isSlot ||
      (c->pDom && (c->pDom->zLike || c->pDom->zGlob))) {
    return 0;
  }
  for (i = 0; azBounded[i]; i++)
    if (strcmp(k->zName, azBounded[i]) == 0) return 0;
  if (row_is_time_kind(k)) {
    int loSoft = !(c->timeHard & 1), hiSoft = !(c->timeHard & 2);
    if (row_time_class(c) == TY_TIME) return 0;
    if (k->isRelative && k->rHi <= 0) return loSoft ? -1 : hiSoft ? 1 : 0;
    return hiSoft ? 1 : loSoft ? -1 : 0;
  }
  if (!row_is_number_kind(k) || c->rTop <= s->rHi) return 0;
  return s->isInt || (s->nScale >= 0 && s->nScale <= 15) ? 1 : 0;
}

/* Days from 1970-01-01 to 0001-01-01 and to 9999-12-31: the dates a
** column past its range can still write as YYYY-MM-DD. */
#define OVER_DAY_FIRST (-719162LL)
#define OVER_DAY_LAST 2932896LL

i64 row_over_capacity(const RowCol *c) {
  const FakeSpec *s = &c->spec;
  long double n;
  if (c->eOver == 0) return c->nCap;
  if (row_is_time_kind(fake_kind_at(s->iKind))) {
    long double unit = row_time_class(c) == TY_DATETIME ? 86400.0L : 1.0L;
    n = c->eOver > 0 ? (OVER_DAY_LAST + 1) * unit - s->tLo : s->tHi + 1 - OVER_DAY_FIRST * unit;
  } else if (c->rTop == HUGE_VAL) {
    return ROW_UNBOUNDED;
  } else {
    long double step = s->isInt ? 1.0L : powl(10.0L, -s->nScale);
    n = floorl(((long double)c->rTop - s->rLo) / step + 1e-9L) + 1;
  }
  /* whole blocks of nCap only: a block's values are spread over all of it */
  n = floorl(n / c->nCap) * c->nCap;
  return n > 4e18L ? ROW_UNBOUNDED : (i64)n;
}

void row_uniq_setup(RowCol *c) {
  const FakeKind *k = fake_kind_at(c->spec.iKind);
  i64 n = (c->eRole == COL_VALUE && c->nSet == 0 && k && k->xCap) ? k->xCap(&c->spec, 0) : 0;
  c->hasPerm = 0;
  c->eOver = 0;
  c->nNatural = 0;
  if (c->eUniq == UQ_NONE) return;
  if (c->nCap != ROW_UNBOUNDED && k && k->xGen && c->nSet == 0 && n <= 0 && c->spec.nLenMax > 0 &&
      c->spec.nLenMax < 20 && !(c->pDom && (c->pDom->zLike || c->pDom->zGlob)) &&
      c->nCap / (n < -1 ? -n : 1000) >= 10) {
    /*
    ** Text in a short column, made distinct by a number where it does not
    ** fit (row_col_capacity): over the natural values first and then a
    ** block of as many at a time, as unbounded text is, so that the first
    ** rows read "Engineer", "Data Analy 45" and not "In 115807029".  The
    ** room the numbers have bounds the blocks.
    */
    c->nNatural = n < -1 ? -n : 1000;
    c->nCap = c->nCap / c->nNatural * c->nNatural;
    rng_perm_init(&c->permNat, (u64)c->nNatural, c->key);
    return;
  }
  if (c->nCap != ROW_UNBOUNDED) {
    rng_perm_init(&c->perm, (u64)c->nCap, c->key ^ 0x7065726dULL);
    c->hasPerm = 1;
    c->eOver = over_dir(c);
    return;
  }
  c->nNatural = n < -1 ? -n : 1000000;
  rng_perm_init(&c->permNat, (u64)c->nNatural, c->key);
}

/* A scheduled event's time (infer.h isSlot) needs a plain range that holds
** some working hours: not listed values, not an OR of ranges. */
static void slot_check(RowCol *c) {
  if (!c->isSlot) return;
  if (!(c->eRole == COL_VALUE && c->nSet == 0 && c->nSeg == 0 &&
        row_is_time_kind(fake_kind_at(c->spec.iKind)) &&
        row_slot_count(c->isSlot, row_time_class(c), c->spec.tLo - row_slot_shift(c),
                       c->spec.tHi - row_slot_shift(c)) > 0)) {
    c->isSlot = SLOT_NONE;
  }
}

/* How many distinct values column c can take (ROW_UNBOUNDED: plenty). */
i64 row_col_capacity(const RowCol *c) {
  const FakeKind *k = fake_kind_at(c->spec.iKind);
  const FakeSpec *s = &c->spec;
  if (c->nSet > 0) return c->nSet;
  if (c->eRole != COL_VALUE) return ROW_UNBOUNDED;
  if (c->nSeg > 0 && (row_is_time_kind(k) || row_is_number_kind(k))) {
    long double n = 0;
    int j;
    for (j = 0; j < c->nSeg; j++)
      n += row_seg_count(c, &c->aSeg[j]);
    return n > 4e18L ? ROW_UNBOUNDED : (i64)n;
  }
  if (row_is_time_kind(k))
    return c->isSlot ? row_slot_count(c->isSlot, row_time_class(c), s->tLo - row_slot_shift(c),
                                      s->tHi - row_slot_shift(c))
                     : (i64)(s->tHi - s->tLo + 1);
  if (row_is_number_kind(k)) {
    double span = s->rHi - s->rLo;
    double n;
    if (s->isInt)
      n = span + 1;
    else if (s->nScale >= 0)
      n = floor(span * pow(10.0, s->nScale) + 1e-9) + 1;
    else
      n = 1e15;
    return n > 4e18 ? ROW_UNBOUNDED : (i64)n;
  }
  if (c->pDom && (c->pDom->zLike || c->pDom->zGlob)) {
    /* a pattern's text: as many values as its positions allow */
    return c->pDom->zLike ? row_pattern_capacity(c->pDom->zLike, 1) : row_pattern_capacity(c->pDom->zGlob, 0);
  }
  if (k->xCap) {
    int nLong = 0;
    i64 n = k->xCap(s, &nLong);
    if (n != 0) {
      int fits = nLong > 0 && s->nLenMax > 0 && nLong <= s->nLenMax;
      if (s->nLenMax > 0 && s->nLenMax < 20 && !(fits && n >= -1)) {
        /*
        ** Values cut to fit fall back to a number: room for it bounds them.
        ** Natural values that fit as they are count all the same (a CHAR(3)
        ** column of currency codes); values that always fit keep their own
        ** count (a code as long as the column: 26 ^ 3 in a CHAR(3)).
        */
        i64 m = 1;
        int j;
        for (j = 0; j < s->nLenMax - 2 && m < (i64)1e17; j++)
          m *= 10;
        if (n < -1 && fits)
          n = -n > m ? -n : m;
        else if (n < 0 || m < n)
          n = m;
      } else if (n < -1) {
        n = ROW_UNBOUNDED; /* natural values, then numbered ones */
      }
      return n;
    }
  }
  if (s->nLenMax > 0 && s->nLenMax < 20) {
    /* text made distinct by a number u + 1 (row_value.c): 1 to 10^n - 1 */
    i64 m = 1;
    int j;
    for (j = 0; j < s->nLenMax && m < (i64)1e17; j++)
      m *= 10;
    return m - 1;
  }
  return ROW_UNBOUNDED;
}

/* Does column c name a country (its name or code)? */
int row_kind_is_country(const RowCol *c) {
  const char *z = fake_kind_at(c->spec.iKind)->zName;
  return strcmp(z, "country") == 0 || strcmp(z, "country_code") == 0 || strcmp(z, "country_code3") == 0;
}

/* What column c's values are, for messages: "text (kind \"email\")". */
static char *col_holds(const RowCol *c) {
  const FakeKind *k = fake_kind_at(c->spec.iKind);
  const char *zWhat = row_is_time_kind(k)    ? "dates"
                      : k->eClass == TY_BLOB ? "bytes"
                      : k->eClass == TY_JSON ? "JSON"
                      : k->eClass == TY_UUID ? "UUIDs"
                      : k->xGen              ? "text"
                                             : "numbers";
  return sqlite3_mprintf("%s (kind \"%s\")", zWhat, k->zName);
}

/*
** A rule that cannot act on the column it names is an error at its key,
** not a rule dropped in silence: round on text, dist on a key or on unique
** values, min, max, round or dist where the values come from a list.
*/
static int rule_applies(RowGen *g, int iCol, const SpecRule *r, char **pzErr) {
  const SchemaColumn *sc = &g->t->aCol[iCol];
  const RowCol *c = &g->aCol[iCol];
  const FakeKind *k = fake_kind_at(c->spec.iKind);
  const char *zKey = 0;
  char *zWhy = 0;
  if (r->eUnique == 0 && sc->isUnique) {
    zKey = "unique";
    zWhy = sqlite3_mprintf("column \"%s\" is UNIQUE in the schema", sc->zName);
  } else if ((c->eRole == COL_FK || c->eRole == COL_EXPR || c->eRole == COL_SEQ) &&
             (r->eDist || (r->nRound >= 0 && c->eRole != COL_SEQ))) {
    /* a whole-number key is rounded already */
    zKey = r->eDist ? "dist" : "round";
    if (c->eRole == COL_FK) {
      zWhy = sqlite3_mprintf("column \"%s\" is a foreign key; its values come from \"%s\"", sc->zName,
                             g->t->aFk[c->iFk].zParent);
    } else if (c->eRole == COL_EXPR) {
      zWhy = sqlite3_mprintf("column \"%s\" is made by its expr; %s", sc->zName,
                             r->eDist ? "dist does not apply" : "round in the expression: round(..., 2)");
    } else {
      zWhy =
          sqlite3_mprintf("column \"%s\" is a sequence key (1, 2, 3, ...); dist does not apply", sc->zName);
    }
  } else if (c->eRole == COL_VALUE && c->nSet > 0 && (r->hasMin || r->hasMax || r->nRound >= 0 || r->eDist)) {
    const char *zFrom = r->nValue > 0              ? "the rule's values"
                        : c->pDom && c->pDom->nSet ? "the values its CHECK lists"
                        : r->zDescription          ? "the values its description lists"
                                                   : "the values its comment lists";
    zKey = r->hasMin ? "min" : r->hasMax ? "max" : r->nRound >= 0 ? "round" : "dist";
    zWhy = sqlite3_mprintf(
        "%s applies to values drawn from a range, and column \"%s\" takes %s%s", zKey, sc->zName, zFrom,
        r->eDist && !r->hasMin && !r->hasMax && r->nRound < 0 ? " (weights say how often each comes)" : "");
  } else if (c->eRole == COL_VALUE && (r->nRound >= 0 || r->eDist) &&
             (k->xGen || (r->nRound >= 0 && row_is_time_kind(k)))) {
    char *zHolds = col_holds(c);
    zKey = r->nRound >= 0 ? "round" : "dist";
    zWhy = sqlite3_mprintf("%s applies to numbers%s, and column \"%s\" holds %s", zKey,
                           r->nRound >= 0 ? "" : " and dates", sc->zName, zHolds ? zHolds : "");
    sqlite3_free(zHolds);
  } else if (c->eRole == COL_VALUE && r->eDist && c->eUniq == UQ_SELF) {
    zKey = "dist";
    zWhy =
        sqlite3_mprintf("column \"%s\" is unique: each value comes once, so dist does not apply", sc->zName);
  }
  if (zKey == 0) return SQLITE_OK;
  *pzErr = zWhy ? rule_err(g, r, zKey, "%s", zWhy) : 0;
  sqlite3_free(zWhy);
  return *pzErr ? SQLITE_ERROR : SQLITE_NOMEM;
}

static int compile_value(RowGen *g, int iCol, const SpecRule *r, char **pzErr) {
  const SchemaColumn *sc = &g->t->aCol[iCol];
  RowCol *c = &g->aCol[iCol];
  Infer inf;
  int rc = SQLITE_OK, i;
  const Domain *d = c->pDom;

  rc = infer_column(g->t, iCol, r ? r->zDescription : 0, g->eDomain, &inf);
  if (rc != SQLITE_OK) return rc;
  c->spec.iKind = inf.iKind;
  c->zWhy = inf.zWhy;
  inf.zWhy = 0;
  if (r && r->zKind) {
    int iKind = fake_kind_find(r->zKind);
    const FakeKind *k = fake_kind_at(iKind);
    if (!row_kind_fits(k->eClass, sc->eType)) {
      *pzErr = rule_err(g, r, "kind", "kind \"%s\" cannot fill column \"%s\" of type %s", k->zName, sc->zName,
                        col_type(sc));
      infer_clear(&inf);
      return SQLITE_ERROR;
    }
    c->spec.iKind = iKind;
    sqlite3_free(c->zWhy);
    c->zWhy = sqlite3_mprintf("rule");
  }
  if (!row_kind_fits(fake_kind_at(c->spec.iKind)->eClass, sc->eType)) {
    c->spec.iKind = fake_kind_generic(sc->eType);
  }
  /* A LIKE or GLOB pattern is met by text made from it: a kind that makes
  ** numbers or dates (a TEXT column named "pct") cannot meet it. */
  if (d && (d->zLike || d->zGlob) && fake_kind_at(c->spec.iKind)->xGen == 0) {
    c->spec.iKind = fake_kind_generic(TY_TEXT);
    sqlite3_free(c->zWhy);
    c->zWhy = sqlite3_mprintf("CHECK pattern");
  }
  /* CHECK (json_valid(col)): JSON values, unless a rule names the kind */
  if (d && d->isJson && !(r && r->zKind) && row_kind_fits(TY_JSON, sc->eType)) {
    c->spec.iKind = fake_kind_find("json");
    sqlite3_free(c->zWhy);
    c->zWhy = sqlite3_mprintf("CHECK json_valid");
  }
  /* A CHECK with numeric bounds on a typeless column asks for numbers. */
  if (sc->eType == TY_ANY && d && (d->hasLo || d->hasHi) &&
      !row_is_number_kind(fake_kind_at(c->spec.iKind))) {
    c->spec.iKind = fake_kind_generic(TY_INT);
    if (d->hasLo && d->rLo != floor(d->rLo)) c->spec.iKind = fake_kind_generic(TY_REAL);
  }
  c->spec.eType = sc->eType;
  c->spec.pLocale = g->pLocale;
  c->spec.iGroup = c->spec.iGroupCo = c->spec.iGroupAddr = c->spec.iCoCol = -1;
  c->spec.iAfter = c->spec.iFactorA = c->spec.iFactorB = c->spec.iCurrencyOf = c->spec.iNotCol = c->spec.iCue = -1;
  c->eGroup = fake_kind_at(c->spec.iKind)->eGroup;
  /* a table of countries names the world's countries, not the locale's */
  if (inf.eGroup == GRP_WORLD && c->eGroup == GRP_ADDRESS && row_kind_is_country(c)) c->eGroup = GRP_WORLD;
  c->zGroup = inf.zGroup;
  inf.zGroup = 0;
  c->eChain = inf.eChain;
  c->iStage = inf.iStage;
  c->eGap = inf.eGap;
  c->isSlot = r && r->zKind ? SLOT_NONE : inf.isSlot; /* a rule's kind asks for that kind's times */
  if (strcmp(fake_kind_at(c->spec.iKind)->zName, "site_name") == 0) c->spec.zPrefix = inf.zSite; /* static */
  if (strcmp(fake_kind_at(c->spec.iKind)->zName, "reference") == 0) {
    /* "INV" for invoice_number, "ORD" for order_no */
    int j, k = 0;
    char z[4];
    for (j = 0; sc->zName[j] && k < 3; j++) {
      char ch = sc->zName[j];
      if (ch >= 'a' && ch <= 'z') ch = (char)(ch - 32);
      if (ch >= 'A' && ch <= 'Z')
        z[k++] = ch;
      else if (k > 0)
        break;
    }
    z[k] = 0;
    c->zPrefix = sqlite3_mprintf("%s", k >= 2 ? z : "REF");
    c->spec.zPrefix = c->zPrefix;
  }
  c->spec.nLenMax = sc->nLen;
  c->spec.nLenMin = 0;
  if (d && d->nLenHi >= 0 && (c->spec.nLenMax == 0 || d->nLenHi < c->spec.nLenMax))
    c->spec.nLenMax = d->nLenHi;
  if (d && d->nLenLo > 0) c->spec.nLenMin = d->nLenLo;
  if (r && !row_type_is_numeric(sc->eType) && !row_type_is_time(sc->eType) &&
      fake_kind_at(c->spec.iKind)->xGen != 0 && (r->hasMin || r->hasMax)) {
    /* min/max of a text column bound its length */
    int eClass = fake_kind_at(c->spec.iKind)->eClass;
    if (eClass == TY_UUID || (eClass == TY_JSON && r->hasMin)) {
      /* text of a fixed shape: a length would break it */
      *pzErr = rule_err(g, r, r->hasMin ? "min" : "max", "column \"%s\" holds %s", sc->zName,
                        eClass == TY_UUID ? "UUIDs, which are always 36 characters: min and max do not apply"
                                          : "JSON, which min would break by padding it (max shortens it)");
      infer_clear(&inf);
      return SQLITE_ERROR;
    }
    if ((r->hasMin && r->min.eType == SQLITE_TEXT) || (r->hasMax && r->max.eType == SQLITE_TEXT)) {
      *pzErr = rule_err(g, r, r->hasMin && r->min.eType == SQLITE_TEXT ? "min" : "max",
                        "min and max of text column \"%s\" are lengths (numbers)", sc->zName);
      infer_clear(&inf);
      return SQLITE_ERROR;
    }
    if ((r->hasMin && row_val_num(&r->min) < 0) || (r->hasMax && row_val_num(&r->max) < 0)) {
      *pzErr = rule_err(g, r, r->hasMin && row_val_num(&r->min) < 0 ? "min" : "max",
                        "min and max of text column \"%s\" are lengths, 0 or more", sc->zName);
      infer_clear(&inf);
      return SQLITE_ERROR;
    }
    if (r->hasMin) c->spec.nLenMin = (int)row_val_num(&r->min);
    if (r->hasMax && (c->spec.nLenMax == 0 || row_val_num(&r->max) < c->spec.nLenMax)) {
      c->spec.nLenMax = (int)row_val_num(&r->max);
    }
    if (c->spec.nLenMax == 0 && r->hasMax) c->spec.nLenMax = 1;
  }
  if (c->spec.nLenMax > 0 && c->spec.nLenMin > c->spec.nLenMax) {
    *pzErr = row_err(g, iCol, "no text length fits: at least %d but at most %d characters", c->spec.nLenMin,
                     c->spec.nLenMax);
    infer_clear(&inf);
    return SQLITE_ERROR;
  }

  /* The value set: rule values, else CHECK IN list, else comment list. */
  if (r && r->nValue > 0) {
    double rSum = 0;
    for (i = 0; i < r->nValue && rc == SQLITE_OK; i++) {
      SydaVal v;
      if (val_copy(&v, &r->aValue[i])) {
        rc = SQLITE_NOMEM;
        break;
      }
      set_coerce(c, &v, sc->eAff);
      if (v.eType == SQLITE_NULL) {
        val_clear(&v);
        *pzErr = rule_err(g, r, "values", "null is not a value; use \"null\": 0.2 for NULLs");
        rc = SQLITE_ERROR;
        break;
      }
      if (g->t->isStrict &&
          ((sc->eAff == AFF_INTEGER &&
            !(v.eType == SQLITE_INTEGER || (v.eType == SQLITE_FLOAT && v.r == floor(v.r)))) ||
           (sc->eAff == AFF_REAL && v.eType != SQLITE_INTEGER && v.eType != SQLITE_FLOAT))) {
        char *zV =
            v.eType == SQLITE_TEXT ? sqlite3_mprintf("\"%s\"", v.z) : sqlite3_mprintf("%g", row_val_num(&v));
        *pzErr =
            rule_err(g, r, "values", "value %s is not %s, which column \"%s\" of this STRICT table requires",
                     zV ? zV : "?", sc->eAff == AFF_INTEGER ? "an integer" : "a number", sc->zName);
        sqlite3_free(zV);
        val_clear(&v);
        rc = SQLITE_ERROR;
        break;
      }
      if (!set_fits(c, &v)) {
        *pzErr = rule_err(g, r, "values", "value \"%s\" is longer than column \"%s\" of type %s allows", v.z,
                          sc->zName, col_type(sc));
        val_clear(&v);
        rc = SQLITE_ERROR;
        break;
      }
      if (!row_dom_allows(c, &v) || (d && d->nSet > 0 && !dom_set_has(d, &v))) {
        char *zV =
            v.eType == SQLITE_TEXT ? sqlite3_mprintf("\"%s\"", v.z) : sqlite3_mprintf("%g", row_val_num(&v));
        *pzErr = rule_err(g, r, "values", "value %s breaks a CHECK constraint of column \"%s\"",
                          zV ? zV : "?", sc->zName);
        sqlite3_free(zV);
        val_clear(&v);
        rc = SQLITE_ERROR;
        break;
      }
      rc = set_add(c, &v);
      val_clear(&v);
    }
    if (rc == SQLITE_OK && r->aWeight) {
      c->aCum = sqlite3_malloc64(sizeof(double) * (sqlite3_uint64)r->nValue);
      if (c->aCum == 0) rc = SQLITE_NOMEM;
      for (i = 0; rc == SQLITE_OK && i < r->nValue; i++) {
        rSum += r->aWeight[i];
        c->aCum[i] = rSum;
      }
    }
    sqlite3_free(c->zWhy);
    c->zWhy = sqlite3_mprintf("rule lists %d values", r->nValue);
  } else if (d && d->nSet > 0) {
    for (i = 0; i < d->nSet && rc == SQLITE_OK; i++) {
      SydaVal v;
      if (val_copy(&v, &d->aSet[i])) {
        rc = SQLITE_NOMEM;
        break;
      }
      set_coerce(c, &v, sc->eAff);
      /* a listed value longer than VARCHAR(n) is not one the column takes */
      if (row_dom_allows(c, &v) && set_fits(c, &v)) rc = set_add(c, &v);
      val_clear(&v);
    }
    if (rc == SQLITE_OK && c->nSet == 0) {
      *pzErr = row_err(g, iCol, "no value of the CHECK's list passes the column's other CHECKs and length");
      rc = SQLITE_ERROR;
    }
    sqlite3_free(c->zWhy);
    c->zWhy = sqlite3_mprintf("CHECK lists %d values", c->nSet);
  } else if (inf.nValue > 0 && !(r && r->zKind) &&
             !(inf.isNameRange && r && (r->hasMin || r->hasMax || r->nRound >= 0 || r->eDist))) {
    /* a comment's list, unless a rule names the kind; the steps a name
    ** says (an age limit's) unless a rule asks for a range */
    for (i = 0; i < inf.nValue && rc == SQLITE_OK; i++) {
      SydaVal v;
      if (val_copy(&v, &inf.aValue[i])) {
        rc = SQLITE_NOMEM;
        break;
      }
      set_coerce(c, &v, sc->eAff);
      if (row_dom_allows(c, &v) && set_fits(c, &v)) rc = set_add(c, &v);
      val_clear(&v);
    }
    if (rc == SQLITE_OK && c->nSet == 0 && inf.isNameRange) {
      /* the CHECK allows none of the steps: its range, for the type */
      sqlite3_free(c->zWhy);
      c->zWhy = sqlite3_mprintf("type %s", col_type(sc));
      if (c->zWhy == 0) rc = SQLITE_NOMEM;
    }
  }
  if (rc == SQLITE_OK && c->nSet == 0 && d && d->isEmpty) {
    *pzErr = row_err(g, iCol, "no value satisfies the CHECK constraints");
    rc = SQLITE_ERROR;
  }
  if (rc == SQLITE_OK && c->nSet == 0) {
    rc = compile_ranges(g, iCol, c, r, &inf, pzErr);
  }
  if (r && r->nRound >= 0) c->nRound = r->nRound;
  infer_clear(&inf);
  return rc;
}

int row_prepare(RowGen *g, const char *zSql, sqlite3_stmt **pp, char **pzErr) {
  int rc = sqlite3_prepare_v2(g->db, zSql, -1, pp, 0);
  if (rc != SQLITE_OK) *pzErr = row_err(g, -1, "%s", sqlite3_errmsg(g->db));
  return rc;
}

static int compile_expr(RowGen *g, int iCol, const SpecRule *r, char **pzErr) {
  RowCol *c = &g->aCol[iCol];
  char *zSql;
  int rc, i, n;
  c->zExpr = sqlite3_mprintf("%s", r->zExpr);
  zSql = sqlite3_mprintf("SELECT (%s)", r->zExpr);
  if (zSql == 0 || c->zExpr == 0) {
    sqlite3_free(zSql);
    return SQLITE_NOMEM;
  }
  rc = sqlite3_prepare_v2(g->db, zSql, -1, &c->pExpr, 0);
  sqlite3_free(zSql);
  if (rc != SQLITE_OK) {
    *pzErr = sqlite3_mprintf("%s: spec: %s.expr: %s", g->zFunc, r->zPath, sqlite3_errmsg(g->db));
    return SQLITE_ERROR;
  }
  n = sqlite3_bind_parameter_count(c->pExpr);
  for (i = 1; i <= n; i++) {
    const char *zName = sqlite3_bind_parameter_name(c->pExpr, i);
    if (zName == 0 || (zName[0] != ':' && zName[0] != '@' && zName[0] != '$') ||
        schema_column_index(g->t, zName + 1) < 0) {
      *pzErr =
          sqlite3_mprintf("%s: spec: %s.expr: %s%s%s names no column of \"%s\"", g->zFunc, r->zPath,
                          zName ? "parameter " : "a nameless parameter", zName ? zName : "", "", g->t->zName);
      return SQLITE_ERROR;
    }
  }
  {
    /* the kind its name suggests: a unit price from an expr is still the
    ** price that a row's total multiplies */
    Infer inf;
    if (infer_column(g->t, iCol, r->zDescription, g->eDomain, &inf) == SQLITE_OK) {
      c->spec.iKind = inf.iKind;
      infer_clear(&inf);
    }
  }
  c->zWhy = sqlite3_mprintf("rule expr");
  return c->zWhy ? SQLITE_OK : SQLITE_NOMEM;
}

/*
** How UNIQUE set iSet is kept: the columns made distinct by construction,
** and the query that finds a row already holding the candidate's keys:
**
**   SELECT 1 FROM t WHERE (k1) = (k1') COLLATE c1 AND ... AND (w) AND (w') LIMIT 1
**
** where k' and w' are the keys and the partial index's WHERE over the
** candidate's values (?N), generated columns replaced by their expressions.
*/
static int compile_uniq(RowGen *g, int iSet) {
  const SchemaTable *t = g->t;
  const SchemaUnique *u = &t->aUnique[iSet];
  RowUniq *q = &g->aUq[iSet];
  sqlite3_str *s = sqlite3_str_new(0);
  int k, evaluated = schema_unique_evaluated(u);
  sqlite3_str_appendf(s, "SELECT 1 FROM \"%w\".\"%w\" WHERE ", t->zDb, t->zName);
  for (k = 0; k < u->nKey; k++) {
    char *zBound = check_bind_columns(t, u->azKey[k], &q->aiRef, &q->nRef);
    sqlite3_str_appendf(s, "%s(%s) = (%s)", k ? " AND " : "", u->azKey[k], zBound ? zBound : "NULL");
    if (u->azColl[k]) sqlite3_str_appendf(s, " COLLATE \"%w\"", u->azColl[k]);
    sqlite3_free(zBound);
  }
  if (u->zWhere) {
    char *zBound = check_bind_columns(t, u->zWhere, &q->aiRef, &q->nRef);
    sqlite3_str_appendf(s, " AND (%s) AND (%s)", u->zWhere, zBound ? zBound : "NULL");
    sqlite3_free(zBound);
  }
  sqlite3_str_appendall(s, " LIMIT 1");
  q->zLive = sqlite3_str_finish(s);
  if (q->zLive == 0) return SQLITE_NOMEM;
  if (evaluated) g->hasEvalUq = 1;
  if (u->isPartial) return SQLITE_OK; /* only evaluated: it holds for some rows only */
  if (u->isExpr) {
    /* distinct keys need distinct inputs: make those distinct */
    q->isDerived = 1;
    q->nBase = q->nRef;
    q->aiBase = sqlite3_malloc64(sizeof(int) * (sqlite3_uint64)(q->nRef + 1));
    if (q->aiBase == 0) return SQLITE_NOMEM;
    if (q->nRef) memcpy(q->aiBase, q->aiRef, sizeof(int) * (size_t)q->nRef);
    return SQLITE_OK;
  }
  q->nBase = u->nCol;
  q->aiBase = sqlite3_malloc64(sizeof(int) * (sqlite3_uint64)(u->nCol + 1));
  if (q->aiBase == 0) return SQLITE_NOMEM;
  memcpy(q->aiBase, u->aiCol, sizeof(int) * (size_t)u->nCol);
  return SQLITE_OK;
}

/* "UNIQUE (a, b)", or for a set on expressions or with a WHERE,
** "unique index "name" (lower(email)) WHERE active", for messages. */
char *row_unique_text(const RowGen *g, int iSet) {
  const SchemaUnique *u = &g->t->aUnique[iSet];
  sqlite3_str *s;
  int k;
  if (!schema_unique_evaluated(u) || u->zName == 0 ||
      sqlite3_strnicmp(u->zName, "sqlite_autoindex", 16) == 0) {
    char *zCols = row_cols_text(g->t, u->nCol, u->aiCol);
    char *z = sqlite3_mprintf("UNIQUE %s", zCols ? zCols : "");
    sqlite3_free(zCols);
    return z;
  }
  s = sqlite3_str_new(0);
  sqlite3_str_appendf(s, "unique index \"%s\" (", u->zName);
  for (k = 0; k < u->nKey; k++) {
    /* keys that are all columns by name, the others as written */
    const char *zKey = u->nKey == u->nCol ? g->t->aCol[u->aiCol[k]].zName : u->azKey[k];
    sqlite3_str_appendf(s, "%s%s", k ? ", " : "", zKey);
  }
  sqlite3_str_appendchar(s, 1, ')');
  if (u->zWhere) sqlite3_str_appendf(s, " WHERE %s", u->zWhere);
  return sqlite3_str_finish(s);
}

/* Does expr column iCol read column iRef (:iRef), or a total made of it? */
static int expr_reads(const RowGen *g, int iCol, int iRef) {
  sqlite3_stmt *p = g->aCol[iCol].pExpr;
  int n = sqlite3_bind_parameter_count(p), j;
  for (j = 1; j <= n; j++) {
    int k = schema_column_index(g->t, sqlite3_bind_parameter_name(p, j) + 1);
    const RowCol *o = k >= 0 ? &g->aCol[k] : 0;
    if (k == iRef || (o && (o->spec.iFactorA == iRef || o->spec.iFactorB == iRef))) return 1;
  }
  return 0;
}

/*
** Expressions in an order where each reads only columns already made: an
** expr after the exprs it names (and after those a total it names is made
** of).  A cycle is an error naming both.
*/
static int order_exprs(RowGen *g, const SpecTable *pRules, char **pzErr) {
  int *aiExpr, nExpr = 0, nDone = 0, i, k;
  if (pRules == 0 || pRules->nRule == 0) return SQLITE_OK;
  aiExpr = sqlite3_malloc64(sizeof(int) * (sqlite3_uint64)pRules->nRule);
  if (aiExpr == 0) return SQLITE_NOMEM;
  for (i = 0; i < pRules->nRule; i++) {
    int iCol = schema_column_index(g->t, pRules->aRule[i].zCol);
    if (iCol >= 0 && g->aCol[iCol].eRole == COL_EXPR) aiExpr[nExpr++] = iCol;
  }
  while (nDone < nExpr) {
    int iPick = -1;
    for (i = nDone; i < nExpr && iPick < 0; i++) {
      int ready = 1;
      for (k = nDone; k < nExpr && ready; k++) {
        if (k != i && expr_reads(g, aiExpr[i], aiExpr[k])) ready = 0;
      }
      if (ready) iPick = i;
    }
    if (iPick < 0) {
      /* every expr left waits for another: name one that does */
      int iA = aiExpr[nDone], iB = -1;
      for (k = nDone; k < nExpr && iB < 0; k++) {
        if (k != nDone && expr_reads(g, iA, aiExpr[k])) iB = aiExpr[k];
      }
      *pzErr = rule_err(g, spec_rule(pRules, g->t->aCol[iA].zName), "expr",
                        "reads :%s, whose own expr reads :%s (a cycle)", iB >= 0 ? g->t->aCol[iB].zName : "?",
                        g->t->aCol[iA].zName);
      sqlite3_free(aiExpr);
      return SQLITE_ERROR;
    }
    k = aiExpr[iPick];
    aiExpr[iPick] = aiExpr[nDone];
    aiExpr[nDone++] = k;
    g->aiOrder[g->nOrder++] = k;
  }
  sqlite3_free(aiExpr);
  return SQLITE_OK;
}

int row_state_init(RowState *st, int nCol, int nGroup) {
  memset(st, 0, sizeof(*st));
  st->aBuf = sqlite3_malloc64(sizeof(SydaBuf) * (sqlite3_uint64)(nCol + 1));
  st->aVal = sqlite3_malloc64(sizeof(SydaVal) * (sqlite3_uint64)(nCol + 1));
  st->aGroup = sqlite3_malloc64(sizeof(FakeGroup) * (sqlite3_uint64)(nGroup + 1));
  st->aU = sqlite3_malloc64(sizeof(i64) * (sqlite3_uint64)(nCol + 1));
  if (!st->aBuf || !st->aVal || !st->aGroup || !st->aU) return SQLITE_NOMEM;
  memset(st->aBuf, 0, sizeof(SydaBuf) * (size_t)(nCol + 1));
  memset(st->aVal, 0, sizeof(SydaVal) * (size_t)(nCol + 1));
  memset(st->aGroup, 0, sizeof(FakeGroup) * (size_t)(nGroup + 1));
  st->frow.aGroup = st->aGroup;
  st->frow.nGroup = nGroup;
  st->frow.aVal = st->aVal;
  st->frow.iOrdinal = -1;
  return SQLITE_OK;
}

void row_state_free(RowState *st, int nCol) {
  int i;
  for (i = 0; st->aBuf && i < nCol; i++)
    buf_free(&st->aBuf[i]);
  sqlite3_free(st->aBuf);
  sqlite3_free(st->aVal);
  sqlite3_free(st->aGroup);
  sqlite3_free(st->aU);
}

void row_options_init(RowOptions *o, const char *zFunc) {
  memset(o, 0, sizeof(*o));
  o->zFunc = zFunc;
  o->iPerFk = -1;
}

static int col_is_currency(const RowCol *c);
static void world_links(RowGen *g);

int row_compile(sqlite3 *db, const SchemaTable *t, const SpecTable *pRules, const RowOptions *pOpt,
                RowGen **pp, char **pzErr) {
  RowGen *g;
  int rc = SQLITE_OK, i, j, nPk = 0;
  u64 hTable = rng_hash(t->zName);
  *pp = 0;
  *pzErr = 0;
  g = sqlite3_malloc64(sizeof(*g));
  if (g == 0) return SQLITE_NOMEM;
  memset(g, 0, sizeof(*g));
  g->iLineDisc = -1;
  g->db = db;
  g->t = t;
  g->opt = *pOpt;
  g->pOpt = &g->opt;
  g->zFunc = pOpt->zFunc;
  g->seed = (u64)pOpt->seed;
  g->iSeq = -1;
  g->nUqSelf = -1; /* row_fast_plan: not yet */
  g->iStart = -1;
  g->pLocale = dict_locale(pOpt->zLocale ? pOpt->zLocale : "en_US");
  g->aCol = sqlite3_malloc64(sizeof(RowCol) * (sqlite3_uint64)(t->nCol + 1));
  g->aiOut = sqlite3_malloc64(sizeof(int) * (sqlite3_uint64)(t->nCol + 1));
  g->aiOrder = sqlite3_malloc64(sizeof(int) * (sqlite3_uint64)(t->nCol + 1));
  g->aOut = sqlite3_malloc64(sizeof(SydaVal) * (sqlite3_uint64)(t->nCol + 1));
  g->aFk = sqlite3_malloc64(sizeof(RowFk) * (sqlite3_uint64)(t->nFk + 1));
  g->aProd = sqlite3_malloc64(sizeof(RowProd) * (sqlite3_uint64)(2 * t->nUnique + 1)); /* sets, cores */
  g->aUq = sqlite3_malloc64(sizeof(RowUniq) * (sqlite3_uint64)(t->nUnique + 1));
  g->aTry = sqlite3_malloc64(sizeof(int) * (sqlite3_uint64)(t->nCol + 1));
  g->aiUqSelf = sqlite3_malloc64(sizeof(int) * (sqlite3_uint64)(t->nCol + 1));
  g->aFirst = sqlite3_malloc64((sqlite3_uint64)(t->nCol + 1));
  if (!g->aCol || !g->aiOut || !g->aiOrder || !g->aOut || !g->aFk || !g->aProd || !g->aUq || !g->aTry ||
      !g->aiUqSelf || !g->aFirst) {
    row_free(g);
    return SQLITE_NOMEM;
  }
  memset(g->aFirst, ROW_FIRST_ANY, (size_t)(t->nCol + 1));
  memset(g->aCol, 0, sizeof(RowCol) * (size_t)(t->nCol + 1));
  memset(g->aFk, 0, sizeof(RowFk) * (size_t)(t->nFk + 1));
  memset(g->aProd, 0, sizeof(RowProd) * (size_t)(2 * t->nUnique + 1));
  memset(g->aUq, 0, sizeof(RowUniq) * (size_t)(t->nUnique + 1));
  g->nFk = t->nFk;
  g->nGroup = 0;
  rc = check_analyze(db, t, &g->pCheck);
  if (rc == SQLITE_OK) rc = row_state_init(&g->aState[0], t->nCol, ROW_MAX_GROUPS);
  if (rc == SQLITE_OK) rc = row_state_init(&g->aState[1], t->nCol, ROW_MAX_GROUPS);
  g->iStatus = -1;
  g->iWhen = -1;
  if (rc != SQLITE_OK) {
    row_free(g);
    return rc;
  }
  g->aState[0].frow.pLocale = g->aState[1].frow.pLocale = g->pLocale;
  {
    /* what the database is about, from its tables' names */
    char **az = 0;
    int n = 0;
    if (schema_table_names(db, t->zDb, &az, &n) == SQLITE_OK) {
      g->eDomain = infer_domain(az, n);
      g->eDbTopic = infer_db_topic(az, n);
      schema_names_free(az, n);
    }
  }

  /* Rules must name columns that exist and can be written. */
  for (i = 0; pRules && i < pRules->nRule; i++) {
    int iCol = schema_column_index(t, pRules->aRule[i].zCol);
    if (iCol < 0 || t->aCol[iCol].eHidden) {
      *pzErr = sqlite3_mprintf("%s: spec: %s: table \"%s\" has no %scolumn \"%s\"", g->zFunc,
                               pRules->aRule[i].zPath, t->zName, iCol < 0 ? "" : "writable ",
                               pRules->aRule[i].zCol);
      row_free(g);
      return SQLITE_ERROR;
    }
  }

  for (i = 0; i < t->nCol; i++)
    nPk += t->aCol[i].iPk > 0;
  for (i = 0; i < t->nFk; i++) {
    RowFk *f = &g->aFk[i];
    f->pFk = &t->aFk[i];
    f->eMode = (pOpt->aeFk && i < pOpt->nFk) ? pOpt->aeFk[i] : ROWFK_PICK;
    f->iProd = -1;
    f->rNull = -1;
    f->key = rng_key(g->seed, hTable, rng_hash(t->aFk[i].zParent) ^ (u64)(i + 1) * 0x9e3779b97f4a7c15ULL);
    for (j = 0; j < f->pFk->nCol; j++)
      f->notNull |= t->aCol[f->pFk->aiCol[j]].notNull;
    if (f->eMode == ROWFK_PREDICT && pOpt->aPredict) {
      f->pPredict = pOpt->aPredict[i];
      f->nPredict = pOpt->anPredict ? pOpt->anPredict[i] : 0;
      f->iPredictStart = pOpt->anPredictStart ? pOpt->anPredictStart[i] : 0;
    }
  }

  for (i = 0; i < t->nCol && rc == SQLITE_OK; i++) {
    const SchemaColumn *sc = &t->aCol[i];
    RowCol *c = &g->aCol[i];
    const SpecRule *r = pRules ? spec_rule(pRules, sc->zName) : 0;
    int isUniqueCol = sc->isUnique || (r && r->eUnique == 1);
    c->hasRule = r && (r->zKind || r->nValue || r->hasMin || r->hasMax || r->nRound >= 0 || r->rNull >= 0 ||
                       r->eUnique >= 0 || r->eDist || r->zExpr);
    c->iFk = -1;
    c->iProd = -1;
    c->nRound = -1;
    c->iAtLeast = -1;
    c->iBack = -1;
    c->spec.iGroup = c->spec.iGroupCo = c->spec.iGroupAddr = c->spec.iCoCol = -1;
    c->spec.iAfter = c->spec.iFactorA = c->spec.iFactorB = c->spec.iCurrencyOf = c->spec.iNotCol = c->spec.iCue =
        -1;
    c->pDom = &g->pCheck->aDom[i];
    c->key = rng_key(g->seed, hTable, rng_hash(sc->zName));
    c->spec.iGroup = -1;
    if (sc->eHidden) {
      c->eRole = COL_SKIP;
      continue;
    }
    g->aiOut[g->nOut++] = i;
    c->iFk = row_fk_owner(t, i); /* in two keys: the one that makes it (row_fk.c) */
    c->isKey = sc->iPk > 0 || isUniqueCol || c->iFk >= 0;
    for (j = 0; j < t->nUnique; j++) {
      int k;
      for (k = 0; k < t->aUnique[j].nCol; k++)
        c->isKey |= t->aUnique[j].aiCol[k] == i;
    }
    if (r && r->zExpr) {
      if (c->iFk >= 0) {
        *pzErr = sqlite3_mprintf("%s: spec: %s: column \"%s\" is a foreign key; its values come from \"%s\"",
                                 g->zFunc, r->zPath, sc->zName, t->aFk[c->iFk].zParent);
        rc = SQLITE_ERROR;
        break;
      }
      c->eRole = COL_EXPR;
      g->hasExpr = 1;
      rc = compile_expr(g, i, r, pzErr);
    } else if (c->iFk >= 0) {
      if (r && (r->zKind || r->nValue || r->hasMin || r->hasMax)) {
        *pzErr = sqlite3_mprintf("%s: spec: %s: column \"%s\" is a foreign key; its values come from \"%s\"",
                                 g->zFunc, r->zPath, sc->zName, t->aFk[c->iFk].zParent);
        rc = SQLITE_ERROR;
        break;
      }
      c->eRole = COL_FK;
      c->zWhy = sqlite3_mprintf("foreign key to \"%s\"", t->aFk[c->iFk].zParent);
    } else if (sc->iPk == 1 && nPk == 1 && sc->eType == TY_INT && c->pDom->nSet == 0 &&
               !(r && (r->zKind || r->nValue || r->hasMin || r->hasMax))) {
      const Domain *d = c->pDom;
      c->eRole = COL_SEQ;
      c->seqLo = 1;
      c->seqHi = INT64_MAX;
      if (d->hasLo) c->seqLo = (i64)(d->loExcl ? floor(d->rLo) + 1 : ceil(d->rLo));
      if (d->hasHi) c->seqHi = (i64)(d->hiExcl ? ceil(d->rHi) - 1 : floor(d->rHi));
      if (c->seqLo > c->seqHi) {
        *pzErr = row_err(g, i, "no value satisfies the CHECK constraints");
        rc = SQLITE_ERROR;
      }
      g->iSeq = i;
      c->zWhy = sqlite3_mprintf("%s", sc->isRowid ? "rowid: 1, 2, 3, ..." : "sequence: 1, 2, 3, ...");
    } else {
      c->eRole = COL_VALUE;
      rc = compile_value(g, i, r, pzErr);
      if (rc == SQLITE_OK && isUniqueCol) c->eUniq = UQ_SELF;
      /* unique countries are the world's (the locale has one) */
      if (rc == SQLITE_OK && isUniqueCol && row_kind_is_country(c) && c->nSet == 0) c->eGroup = GRP_WORLD;
    }
    if (rc == SQLITE_OK && r) rc = rule_applies(g, i, r, pzErr);
    if (rc != SQLITE_OK) break;
    /* null rate */
    c->mustNull = c->pDom->mustNull;
    if (c->mustNull && sc->notNull) {
      *pzErr = row_err(g, i, "a CHECK requires NULL but the column is NOT NULL");
      rc = SQLITE_ERROR;
    } else if (sc->notNull || c->pDom->notNull || c->isKey) {
      c->rNull = 0;
    } else {
      /* an expr gives NULL itself, or at a rule's rate */
      c->rNull = c->eRole == COL_VALUE  ? kind_null_rate(fake_kind_at(c->spec.iKind))
                 : c->eRole == COL_EXPR ? 0
                                        : ROW_NULL_RATE;
    }
    if (rc == SQLITE_OK && r && r->rNull >= 0) {
      if (r->rNull > 0 && (sc->notNull || c->pDom->notNull)) {
        *pzErr =
            sqlite3_mprintf("%s: spec: %s.null: column \"%s\" is NOT NULL", g->zFunc, r->zPath, sc->zName);
        rc = SQLITE_ERROR;
      } else if (r->rNull > 0 && c->isKey && c->eRole == COL_SEQ) {
        *pzErr = sqlite3_mprintf("%s: spec: %s.null: column \"%s\" is the primary key", g->zFunc, r->zPath,
                                 sc->zName);
        rc = SQLITE_ERROR;
      } else if (r->rNull > 0 && c->eRole == COL_FK && c->iFk == pOpt->iPerFk) {
        *pzErr = rule_err(g, r, "null", "column \"%s\" is the key of \"per\": each row belongs to a parent",
                          sc->zName);
        rc = SQLITE_ERROR;
      } else {
        c->rNull = r->rNull;
        if (c->eRole == COL_FK) g->aFk[c->iFk].rNull = r->rNull; /* the whole key is NULL (row_next.c) */
      }
    }
    if (rc == SQLITE_OK && r && r->eUnique == 1 && c->eRole != COL_VALUE && c->eRole != COL_SEQ) {
      *pzErr = sqlite3_mprintf("%s: spec: %s.unique: only generated values can be made unique", g->zFunc,
                               r->zPath);
      rc = SQLITE_ERROR;
    }
    if (rc == SQLITE_OK && c->eRole == COL_VALUE) {
      slot_check(c);
      c->nCap = row_col_capacity(c);
      row_uniq_setup(c);
    }
  }

  if (rc == SQLITE_OK) rc = row_fk_shared(g, pzErr);
  for (i = 0; rc == SQLITE_OK && i < t->nUnique; i++)
    rc = compile_uniq(g, i);
  if (rc == SQLITE_OK) row_fk_partial(g); /* keys a UNIQUE set holds in part */
  if (rc == SQLITE_OK) rc = row_compile_groups(g, pzErr);
  if (rc == SQLITE_OK) row_set_drivers(g);
  if (rc == SQLITE_OK) world_links(g);
  /* Generation order: keys and values first, then values that follow
  ** others (later dates of a chain, currencies, totals), expressions last. */
  if (rc == SQLITE_OK) {
    int pass;
    for (pass = 0; pass < 5; pass++) {
      for (i = 0; i < t->nCol; i++) {
        const RowCol *c = &g->aCol[i];
        /* (a currency after its country, which may follow a company:
        ** a second currency after the first; a text after its cue) */
        int dep = c->spec.iAfter >= 0                          ? 1 + c->iStage
                  : c->spec.iFactorA >= 0                      ? 4
                  : c->spec.iNotCol >= 0                       ? 3
                  : c->spec.iCurrencyOf >= 0                   ? (col_is_currency(&g->aCol[c->spec.iCurrencyOf]) ? 4 : 2)
                  : c->spec.iCoCol >= 0 || c->spec.iCue >= 0   ? 1
                                                               : 0;
        if (dep > 4) dep = 4;
        if (c->eRole != COL_EXPR && c->eRole != COL_SKIP && dep == pass) g->aiOrder[g->nOrder++] = i;
      }
    }
    rc = order_exprs(g, pRules, pzErr);
    row_fk_order(g); /* keys that agree with columns of others after those */
    /* A foreign key's parent is chosen at whichever of its columns is made
    ** first, which need not be its first column: FOREIGN KEY (b, a). */
    for (i = 0; i < g->nFk; i++) {
      RowFk *f = &g->aFk[i];
      f->iChooseCol = -1;
      for (j = 0; j < g->nOrder && f->iChooseCol < 0; j++) {
        int k;
        for (k = 0; k < f->pFk->nCol; k++) {
          if (f->pFk->aiCol[k] == g->aiOrder[j] && g->aCol[g->aiOrder[j]].iFk == i)
            f->iChooseCol = g->aiOrder[j];
        }
      }
    }
  }

  /*
  ** A CHECK translated into domains holds for generated values by
  ** construction, but not for an expr's: one that reads an expr column is
  ** evaluated on each row too (row_next: an error when nothing it reads
  ** can be drawn again).
  */
  for (i = 0; rc == SQLITE_OK && i < t->nCheck; i++) {
    int *aiRef = 0, nRef = 0, isExpr = 0;
    char *zBound = check_bind_columns(t, t->aCheck[i].zExpr, &aiRef, &nRef);
    if (zBound == 0) rc = SQLITE_NOMEM;
    for (j = 0; j < nRef; j++)
      isExpr |= g->aCol[aiRef[j]].eRole == COL_EXPR;
    if (rc == SQLITE_OK && isExpr) rc = check_eval_add(t, g->pCheck, i);
    sqlite3_free(zBound);
    sqlite3_free(aiRef);
  }

  /* CHECKs evaluated in SQLite. */
  if (rc == SQLITE_OK && g->pCheck->nEval > 0) {
    int nEval = g->pCheck->nEval;
    g->apEval = sqlite3_malloc64(sizeof(sqlite3_stmt *) * (sqlite3_uint64)nEval);
    g->apFix = sqlite3_malloc64(sizeof(sqlite3_stmt *) * (sqlite3_uint64)nEval);
    g->aFixOn = sqlite3_malloc64(sizeof(int) * (sqlite3_uint64)nEval);
    if (g->apEval == 0 || g->apFix == 0 || g->aFixOn == 0) rc = SQLITE_NOMEM;
    if (g->apFix) memset(g->apFix, 0, sizeof(sqlite3_stmt *) * (size_t)nEval);
    for (i = 0; rc == SQLITE_OK && i < nEval; i++) {
      const CheckEval *e = &g->pCheck->aEval[i];
      rc = sqlite3_prepare_v2(db, e->zSql, -1, &g->apEval[i], 0);
      if (rc != SQLITE_OK) {
        char *zWhat = row_eval_text(g, e);
        *pzErr = row_err(g, -1, "cannot evaluate %s: %s", zWhat ? zWhat : "", sqlite3_errmsg(db));
        sqlite3_free(zWhat);
        break;
      }
      g->nEval++;
      for (j = 0; j < e->nRef; j++)
        g->keysMove |= g->aCol[e->aiRef[j]].isKey;
      /* a repair that does not prepare is only not used */
      if (e->zFix && g->aCol[e->iFixCol].eRole == COL_VALUE) {
        sqlite3_prepare_v2(db, e->zFix, -1, &g->apFix[i], 0);
      }
    }
  }
  if (rc != SQLITE_OK) {
    if (*pzErr == 0 && rc == SQLITE_NOMEM) *pzErr = sqlite3_mprintf("%s: out of memory", g->zFunc);
    row_free(g);
    return rc;
  }
  /* what each row must do after its values are made, known once here */
  for (i = 0; i < t->nCol; i++) {
    g->hasTotals |= (g->aCol[i].eRole == COL_VALUE && g->aCol[i].spec.iFactorA >= 0) || g->iLineDisc >= 0;
    g->hasLowHigh |= g->aCol[i].iAtLeast >= 0;
  }
  /* every column is written, in order: the row's values are the state's */
  g->outIsState = g->nOut == t->nCol;
  for (i = 0; i < g->nOut; i++)
    g->outIsState &= g->aiOut[i] == i;
  *pp = g;
  return SQLITE_OK;
}

void row_free(RowGen *g) {
  int i, j;
  if (g == 0) return;
  for (i = 0; g->aCol && i < g->t->nCol; i++) {
    RowCol *c = &g->aCol[i];
    sqlite3_free(c->zWhy);
    sqlite3_free(c->aSeg);
    for (j = 0; j < c->nSet; j++)
      val_clear(&c->aSet[j]);
    sqlite3_free(c->aSet);
    sqlite3_free(c->aCum);
    sqlite3_free(c->aSetSex);
    sqlite3_free(c->aSetLine);
    sqlite3_free(c->zExpr);
    sqlite3_finalize(c->pExpr);
    sqlite3_free(c->zGroup);
    sqlite3_free(c->zPrefix);
    for (j = 0; j < c->nProv; j++)
      val_clear(&c->aProv[j]);
    sqlite3_free(c->aProv);
    row_seen_clear(&c->seen);
    date_table_free(&c->days);
  }
  for (i = 0; g->aFk && i < g->nFk; i++) {
    RowFk *f = &g->aFk[i];
    for (j = 0; j < f->nArena; j++)
      sqlite3_free(f->azArena[j]);
    sqlite3_free(f->azArena);
    sqlite3_free(f->aKey);
    sqlite3_free(f->aiSelfCol);
    sqlite3_free(f->aiPredictCol);
    sqlite3_free(f->aiOwner);
    sqlite3_free(f->aiGrp);
    sqlite3_free(f->aGroupStart);
    sqlite3_finalize(f->pExists);
    for (j = 0; j < 2; j++) {
      sqlite3_free(f->aPick[j]);
      buf_free(&f->aSideBuf[j]);
    }
  }
  for (i = 0; g->aProd && i < g->nProd; i++)
    sqlite3_free(g->aProd[i].aDigit);
  sqlite3_free(g->aPerEnd);
  sqlite3_free(g->aiProdLine);
  sqlite3_free(g->aProdLineW);
  for (i = 0; i < g->nEval; i++) {
    sqlite3_finalize(g->apEval[i]);
    if (g->apFix) sqlite3_finalize(g->apFix[i]);
  }
  sqlite3_free(g->apFix);
  sqlite3_free(g->aFixOn);
  for (i = 0; g->aUq && i < g->t->nUnique; i++) {
    sqlite3_finalize(g->aUq[i].pLive);
    sqlite3_free(g->aUq[i].aiBase);
    sqlite3_free(g->aUq[i].aiRef);
    sqlite3_free(g->aUq[i].zLive);
    row_seen_clear(&g->aUq[i].seen);
  }
  row_state_free(&g->aState[0], g->t->nCol);
  row_state_free(&g->aState[1], g->t->nCol);
  for (i = 0; g->aBatch && i < ROW_BATCH; i++)
    row_state_free(&g->aBatch[i], g->t->nCol);
  sqlite3_free(g->aBatch);
  check_free(g->pCheck);
  sqlite3_free(g->apEval);
  sqlite3_free(g->aUq);
  sqlite3_free(g->aCol);
  sqlite3_free(g->aiOut);
  sqlite3_free(g->aiOrder);
  sqlite3_free(g->aTry);
  sqlite3_free(g->aiUqSelf);
  sqlite3_free(g->aFirst);
  sqlite3_free(g->aOut);
  sqlite3_free(g->aFk);
  sqlite3_free(g->aProd);
  sqlite3_free(g);
}

/* ---- description ------------------------------------------------------------ */

/* A date, time or date and time of column c as a JSON string. */
static void json_time(sqlite3_str *s, const RowCol *c, int64_t t) {
  SydaBuf b = {0, 0, 0, 0};
  int eClass = row_time_class(c);
  if (eClass == TY_DATE)
    buf_date(&b, t);
  else if (eClass == TY_TIME)
    buf_time(&b, t);
  else
    buf_datetime(&b, t);
  sqlite3_str_appendf(s, "\"%s\"", b.z ? b.z : "");
  buf_free(&b);
}

char *row_column_json(const RowGen *g, int iCol) {
  const RowCol *c = &g->aCol[iCol];
  const FakeKind *k = fake_kind_at(c->spec.iKind);
  sqlite3_str *s = sqlite3_str_new(0);
  static const char *const azRole[] = {"value", "sequence", "foreign key", "expr", "generated"};
  sqlite3_str_appendf(s, "{\"role\":\"%s\"", azRole[c->eRole]);
  if (c->eRole == COL_VALUE) {
    sqlite3_str_appendf(s, ",\"kind\":\"%s\"", c->nSet > 0 ? "values" : k->zName);
  }
  if (c->zWhy) {
    SydaBuf b = {0, 0, 0, 0};
    buf_json_string(&b, c->zWhy, (int)strlen(c->zWhy));
    sqlite3_str_appendf(s, ",\"why\":%s", b.z ? b.z : "\"\"");
    buf_free(&b);
  }
  if (c->eRole == COL_VALUE && c->nSet == 0 && !k->xGen) {
    int j;
    if (row_is_time_kind(k)) {
      sqlite3_str_appendf(s, ",\"min\":");
      json_time(s, c, c->spec.tLo);
      sqlite3_str_appendf(s, ",\"max\":");
      json_time(s, c, c->spec.tHi);
      if (c->isSlot == SLOT_MEAL) {
        /* a meal's (row_value.c) */
        if (row_time_class(c) == TY_DATE)
          sqlite3_str_appendall(s, ",\"hours\":\"any day\"");
        else
          sqlite3_str_appendf(
              s, ",\"hours\":\"%s, on the quarter hour%s\"",
              row_slot_shift(c) ? "11:45 to 14:15 and 17:45 to 22:15" : "11:30 to 14:00 and 17:30 to 22:00",
              row_time_class(c) == TY_TIME ? "" : ", any day");
      } else if (c->isSlot) {
        /* a scheduled event's (row_value.c): a unique one only weekdays */
        int eClass = row_time_class(c), m = 8 * 60 + (int)row_slot_shift(c) / 60;
        const char *zDays = c->eUniq != UQ_NONE ? "weekdays" : "mostly weekdays";
        if (eClass == TY_DATE)
          sqlite3_str_appendf(s, ",\"hours\":\"%s\"", zDays);
        else
          sqlite3_str_appendf(s, ",\"hours\":\"%02d:%02d to %02d:%02d, on the quarter hour%s%s\"", m / 60, m % 60,
                              (m + 585) / 60, (m + 585) % 60, eClass == TY_TIME ? "" : ", ",
                              eClass == TY_TIME ? "" : zDays);
      }
    } else {
      sqlite3_str_appendf(s, ",\"min\":%!.15g,\"max\":%!.15g", c->spec.rLo, c->spec.rHi);
      if (!c->spec.isInt && c->spec.nScale >= 0) sqlite3_str_appendf(s, ",\"decimals\":%d", c->spec.nScale);
    }
    /* an OR of ranges: the ranges within min .. max */
    for (j = 0; j < c->nSeg; j++) {
      sqlite3_str_appendall(s, j ? ",[" : ",\"ranges\":[[");
      if (row_is_time_kind(k)) {
        json_time(s, c, (int64_t)c->aSeg[j].lo);
        sqlite3_str_appendchar(s, 1, ',');
        json_time(s, c, (int64_t)c->aSeg[j].hi);
      } else {
        sqlite3_str_appendf(s, "%!.15g,%!.15g", c->aSeg[j].lo, c->aSeg[j].hi);
      }
      sqlite3_str_appendall(s, j + 1 < c->nSeg ? "]" : "]]");
    }
  }
  if (c->eRole == COL_VALUE && c->nSet > 0) {
    int i;
    SydaBuf b = {0, 0, 0, 0};
    buf_str(&b, ",\"values\":[");
    for (i = 0; i < c->nSet; i++) {
      const SydaVal *v = &c->aSet[i];
      if (i) buf_putc(&b, ',');
      if (v->eType == SQLITE_TEXT)
        buf_json_string(&b, v->z, v->n);
      else if (v->eType == SQLITE_INTEGER)
        buf_int(&b, v->i);
      else if (v->eType == SQLITE_FLOAT)
        buf_double(&b, v->r);
      else
        buf_str(&b, "null");
    }
    buf_putc(&b, ']');
    sqlite3_str_appendall(s, b.z);
    buf_free(&b);
  }
  if (c->eRole == COL_VALUE && c->spec.nLenMax > 0 && k->xGen)
    sqlite3_str_appendf(s, ",\"max_length\":%d", c->spec.nLenMax);
  if (c->eRole == COL_VALUE || c->eRole == COL_EXPR)
    sqlite3_str_appendf(s, ",\"null\":%!.15g", c->mustNull ? 1.0 : c->rNull);
  if (c->eUniq == UQ_SELF) sqlite3_str_appendall(s, ",\"unique\":\"by construction\"");
  if (c->eUniq == UQ_SELF && c->eOver)
    sqlite3_str_appendall(s, c->eOver > 0 ? ",\"past_range\":\"above max\"" : ",\"past_range\":\"before min\"");
  if (c->eUniq == UQ_DIGIT) sqlite3_str_appendall(s, ",\"unique\":\"combination\"");
  if (c->eRole == COL_EXPR) {
    SydaBuf b = {0, 0, 0, 0};
    buf_json_string(&b, c->zExpr, (int)strlen(c->zExpr));
    sqlite3_str_appendf(s, ",\"expr\":%s", b.z);
    buf_free(&b);
  }
  sqlite3_str_appendchar(s, 1, '}');
  return sqlite3_str_finish(s);
}

/* ---- correlations: groups, date chains, totals, status -------------------- */

static int kind_is(const RowCol *c, const char *zKind) {
  return c->eRole == COL_VALUE && c->nSet == 0 && strcmp(fake_kind_at(c->spec.iKind)->zName, zKind) == 0;
}

/* Does column c anchor its group (the names of a person, a company's name,
** a street or city)?  A prefix group with no anchor joins the main group. */
static int group_anchor(const RowCol *c) {
  return kind_is(c, "first_name") || kind_is(c, "last_name") || kind_is(c, "full_name") ||
         kind_is(c, "company") || kind_is(c, "street_address") || kind_is(c, "city") ||
         kind_is(c, "address") || kind_is(c, "product_name") || c->eGroup == GRP_FILE;
}

/* Index of group (eGroup, zPrefix), added if new; -1 when full. */
static int group_find(RowGen *g, char **azPrefix, int eGroup, const char *zPrefix, int bAdd) {
  int k;
  for (k = 0; k < g->nGroup; k++) {
    if (g->aGroupType[k] == eGroup && ((azPrefix[k] == 0 && zPrefix == 0) ||
                                       (azPrefix[k] && zPrefix && strcmp(azPrefix[k], zPrefix) == 0))) {
      return k;
    }
  }
  if (!bAdd || g->nGroup >= ROW_MAX_GROUPS) return -1;
  g->aGroupType[g->nGroup] = eGroup;
  azPrefix[g->nGroup] = (char *)zPrefix;
  return g->nGroup++;
}

/* Which entry of a world group column c names (WORLD_*). */
static int world_what(const RowCol *c) {
  const char *z = fake_kind_at(c->spec.iKind)->zName;
  if (strncmp(z, "currency", 8) == 0) return WORLD_CURRENCY;
  if (strncmp(z, "language", 8) == 0) return WORLD_LANGUAGE;
  return WORLD_COUNTRY;
}

/*
** The world group of column iCol: the one of its prefix, unless that has a
** currency or language column of the same kind already (base_currency and
** quote_currency are two currencies; a currency's code and name are one),
** then one of its own.  The countries of a row are its one country.
*/
static int world_group(RowGen *g, char **azPrefix, int iCol) {
  const RowCol *c = &g->aCol[iCol];
  const char *zPre = c->zGroup;
  int k, j, taken;
  for (;;) {
    k = group_find(g, azPrefix, GRP_WORLD, zPre, 1);
    if (k < 0) return -1;
    for (j = 0, taken = 0; j < iCol && !taken; j++) {
      const RowCol *o = &g->aCol[j];
      taken = o->spec.iGroup == k && o->eGroup == GRP_WORLD && o->spec.iKind == c->spec.iKind &&
              world_what(c) != WORLD_COUNTRY;
    }
    if (!taken) return k;
    if (zPre == g->t->aCol[iCol].zName) return -1;
    zPre = g->t->aCol[iCol].zName; /* a group of its own */
  }
}

/* Seconds or days per day, for gaps between dates of a column. */
static i64 day_unit(const RowCol *c) {
  return row_time_class(c) == TY_DATETIME ? 86400 : 1;
}

/*
** A gender or title column with listed values ('M', 'F'; 'Mr', 'Mrs', 'Dr')
** follows the row's person when every value says a sex (or either, like
** "Dr."): one tag per value in c->aSetSex.  Letters and words such as 'F'
** or "Male" count only in a column whose kind is gender; forms of address
** in any column ("title" of a person).
*/
static int set_sex_tags(RowCol *c) {
  const char *zKind = fake_kind_at(c->spec.iKind)->zName;
  int isGender = strcmp(zKind, "gender") == 0 || strcmp(zKind, "honorific") == 0;
  int i, nF = 0, nM = 0, nTitle = 0;
  if (c->eRole != COL_VALUE || c->nSet == 0 || c->eUniq != UQ_NONE) return SQLITE_OK;
  for (i = 0; i < c->nSet; i++) {
    const SydaVal *v = &c->aSet[i];
    int x = v->eType == SQLITE_TEXT ? fake_sex_word(v->z, v->n) : 0;
    if (x == 0) return SQLITE_OK;
    nF += x == 'f' || x == 'F';
    nM += x == 'm' || x == 'M';
    nTitle += x == 'F' || x == 'M' || x == 'U';
  }
  if (nF == 0 || nM == 0 || (!isGender && nTitle < c->nSet)) return SQLITE_OK;
  c->aSetSex = sqlite3_malloc64((sqlite3_uint64)c->nSet);
  if (c->aSetSex == 0) return SQLITE_NOMEM;
  for (i = 0; i < c->nSet; i++) {
    int x = fake_sex_word(c->aSet[i].z, c->aSet[i].n);
    c->aSetSex[i] = (char)(x >= 'A' && x <= 'Z' ? x + 32 : x);
  }
  c->isTitleSet = nTitle == c->nSet;
  c->eGroup = GRP_PERSON;
  return SQLITE_OK;
}

/* Lower-case letters and digits of a column name ("Min_Salary" -> "minsalary"). */
static void name_key(const char *z, char *a, int n) {
  int k = 0;
  for (; *z && k < n - 1; z++) {
    char ch = *z >= 'A' && *z <= 'Z' ? (char)(*z + 32) : *z;
    if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) a[k++] = ch;
  }
  a[k] = 0;
}

/* Do names a and b (name_key form) say low and high of the same thing:
** min/max, minimum/maximum, low/high, lower/upper, as prefix or suffix? */
static int names_low_high(const char *a, const char *b) {
  static const char *const azLo[] = {"minimum", "min", "lowest", "low", "lower", 0};
  static const char *const azHi[] = {"maximum", "max", "highest", "high", "upper", 0};
  int k;
  for (k = 0; azLo[k]; k++) {
    size_t nL = strlen(azLo[k]), nH = strlen(azHi[k]), na = strlen(a), nb = strlen(b);
    if (na > nL && nb > nH && strncmp(a, azLo[k], nL) == 0 && strncmp(b, azHi[k], nH) == 0 &&
        strcmp(a + nL, b + nH) == 0) {
      return 1;
    }
    if (na > nL && nb > nH && strcmp(a + na - nL, azLo[k]) == 0 && strcmp(b + nb - nH, azHi[k]) == 0 &&
        na - nL == nb - nH && strncmp(a, b, na - nL) == 0) {
      return 1;
    }
  }
  return 0;
}

/* min_salary and max_salary, price_low and price_high: the high one is
** never below the low one (row_next.c swaps them when it would be). */
static void low_high_pairs(RowGen *g) {
  const SchemaTable *t = g->t;
  int i, j;
  for (i = 0; i < t->nCol; i++) {
    char a[64], b[64];
    RowCol *c = &g->aCol[i];
    if (c->eRole != COL_VALUE || c->nSet > 0 || c->eUniq != UQ_NONE ||
        !row_is_number_kind(fake_kind_at(c->spec.iKind))) {
      continue;
    }
    name_key(t->aCol[i].zName, b, (int)sizeof(b));
    for (j = 0; j < t->nCol && c->iAtLeast < 0; j++) {
      const RowCol *o = &g->aCol[j];
      if (j == i || o->eRole != COL_VALUE || o->nSet > 0 || o->eUniq != UQ_NONE ||
          !row_is_number_kind(fake_kind_at(o->spec.iKind))) {
        continue;
      }
      name_key(t->aCol[j].zName, a, (int)sizeof(a));
      if (names_low_high(a, b)) c->iAtLeast = j;
    }
  }
}

/*
** A products table whose category column lists values ("Cloud
** Infrastructure", "Support Package"): the row's product follows its
** category.  Each listed value that names a product line maps to it; the
** product group draws among those lines with the values' weights (a value
** that names none keeps its weight as line -1), and unique names count
** only those lines.
*/
static int product_lines(RowGen *g) {
  const SchemaTable *t = g->t;
  RowCol *pCat = 0, *pName = 0;
  int i, k, nMatch = 0;
  for (i = 0; i < t->nCol; i++) {
    RowCol *c = &g->aCol[i];
    const char *z = fake_kind_at(c->spec.iKind)->zName;
    if (!pCat && c->eRole == COL_VALUE && c->nSet > 0 && c->eUniq == UQ_NONE &&
        strcmp(z, "product_category") == 0)
      pCat = c;
    if (!pName && kind_is(c, "product_name") && c->spec.iGroup >= 0) pName = c;
  }
  if (pCat == 0 || pName == 0) return SQLITE_OK;
  pCat->aSetLine = sqlite3_malloc64(sizeof(int) * (sqlite3_uint64)pCat->nSet);
  g->aiProdLine = sqlite3_malloc64(sizeof(int) * (sqlite3_uint64)(pCat->nSet + 1));
  g->aProdLineW = sqlite3_malloc64(sizeof(double) * (sqlite3_uint64)(pCat->nSet + 1));
  if (!pCat->aSetLine || !g->aiProdLine || !g->aProdLineW) return SQLITE_NOMEM;
  g->nProdLine = 0;
  for (i = 0; i < pCat->nSet; i++) {
    const SydaVal *v = &pCat->aSet[i];
    double w = pCat->aCum ? pCat->aCum[i] - (i ? pCat->aCum[i - 1] : 0) : 1;
    int l = v->eType == SQLITE_TEXT ? dict_product_match(v->z, v->n) : -1;
    pCat->aSetLine[i] = l;
    nMatch += l >= 0;
    for (k = 0; k < g->nProdLine && g->aiProdLine[k] != l; k++) {
    }
    if (k == g->nProdLine) {
      g->aiProdLine[g->nProdLine] = l;
      g->aProdLineW[g->nProdLine++] = 0;
    }
    g->aProdLineW[k] += w;
  }
  if (nMatch == 0) {
    /* no listed category names a line: nothing to follow */
    sqlite3_free(pCat->aSetLine);
    pCat->aSetLine = 0;
    g->nProdLine = 0;
    return SQLITE_OK;
  }
  pCat->spec.iGroup = pName->spec.iGroup;
  for (k = 0; k < 2; k++) {
    FakeGroup *fg = &g->aState[k].aGroup[pName->spec.iGroup];
    fg->aiLine = g->aiProdLine;
    fg->aLineW = g->aProdLineW;
    fg->nLine = g->nProdLine;
  }
  pName->spec.nNatural = 0;
  for (k = 0; k < g->nProdLine; k++) {
    if (g->aiProdLine[k] >= 0 && g->aProdLineW[k] > 0)
      pName->spec.nNatural += fake_product_line_cap(g->aiProdLine[k]);
  }
  if (pName->eUniq != UQ_NONE) {
    pName->nCap = row_col_capacity(pName);
    row_uniq_setup(pName);
  }
  return SQLITE_OK;
}

/* Time t of a column of class eFrom in the unit of class eTo (days of a
** DATE, seconds of a DATETIME); bHi: the last second of a day. */
static int64_t time_in(int64_t t, int eFrom, int eTo, int bHi) {
  if (eFrom == eTo) return t;
  if (eFrom == TY_DATE) return t * 86400 + (bHi ? 86399 : 0);
  return t >= 0 ? t / 86400 : -((-t + 86399) / 86400);
}

/* Can a chained date's range move: drawn from a range (not listed, not an
** OR of ranges)?  Narrowed too when it is not unique (chain_narrowable). */
static int chain_movable(const RowCol *c) {
  return c->eRole == COL_VALUE && c->nSet == 0 && c->nSeg == 0 &&
         row_is_time_kind(fake_kind_at(c->spec.iKind));
}

/* Can a chained date's range be narrowed: drawn from a range, not unique,
** not an OR of ranges? */
static int chain_narrowable(const RowCol *c) {
  return chain_movable(c) && c->eUniq == UQ_NONE;
}

/* A unique date keeps its room for rows: a range the kind gave (not a
** date that looks back, which stays by today, nor a time of day) moves to
** t rather than narrow; bHi: t is its new end, else its new start. */
static int chain_slide(RowCol *c, int64_t t, int bHi) {
  const FakeKind *k = fake_kind_at(c->spec.iKind);
  int64_t w = c->spec.tHi - c->spec.tLo;
  if ((c->timeHard & (bHi ? 1 : 2)) || row_time_class(c) == TY_TIME) return 0;
  if (!bHi && k->isRelative && k->rHi <= 0) return 0;
  if (bHi) {
    c->spec.tHi = t;
    c->spec.tLo = t - w;
  } else {
    c->spec.tLo = t;
    c->spec.tHi = t + w;
  }
  return 1;
}

/* A gap of months to years that each date's own range keeps (a validity,
** a billing period): the date before stays within the gap's reach of the
** range of the one after, and that one within reach of it, also when
** only their kinds gave the ranges (a current_period_end in the future:
** its start within the last year). */
static int chain_reach(const RowCol *c) {
  return c->eGap == GAP_TERM || c->eGap == GAP_VALID;
}

/*
** A date chain keeps its members' ranges in order before any row is made:
** each member ends no later than the one after it allows (its end less the
** least gap) and starts no earlier than the one before it (a contract's
** start before an end bounded by a CHECK).  A range the kind gave (not a
** CHECK, rule or comment) that the narrowing empties moves, keeping its
** width; a bound from a CHECK, rule or comment is never crossed.  A unique
** member's range only moves, keeping its room (chain_slide).
*/
static void chain_ranges(RowGen *g) {
  int pass, i, changed = 1;
  for (pass = 0; changed && pass <= g->t->nCol; pass++) {
    changed = 0;
    for (i = 0; i < g->t->nCol; i++) {
      RowCol *c = &g->aCol[i], *o;
      int eC, eO, both;
      int64_t t, w;
      if (c->spec.iAfter < 0) continue;
      o = &g->aCol[c->spec.iAfter];
      if (!chain_movable(c) || !chain_movable(o)) continue;
      both = chain_narrowable(c) && chain_narrowable(o);
      eC = row_time_class(c);
      eO = row_time_class(o);
      /* the one before ends where this one's end less the gap lies */
      t = time_in(c->spec.tHi - c->spec.tGapLo, eC, eO, 1);
      if (t < o->spec.tHi && chain_narrowable(o)) {
        if (!(t < o->spec.tLo && (o->timeHard & 1))) {
          w = o->spec.tHi - o->spec.tLo;
          o->spec.tHi = t;
          if (o->spec.tLo > t) o->spec.tLo = t - w;
          o->timeHard |= c->timeHard & 2;
          changed = 1;
        }
      } else if (t < o->spec.tHi && o->eUniq != UQ_NONE && chain_slide(o, t, 1)) {
        o->timeHard |= c->timeHard & 2;
        changed = 1;
      }
      /* this one starts where the one before starts, plus the gap */
      t = time_in(o->spec.tLo, eO, eC, 0) + c->spec.tGapLo;
      if (t > c->spec.tLo && chain_narrowable(c)) {
        if (!(t > c->spec.tHi && (c->timeHard & 2))) {
          w = c->spec.tHi - c->spec.tLo;
          c->spec.tLo = t;
          if (c->spec.tHi < t) c->spec.tHi = t + w;
          c->timeHard |= o->timeHard & 1;
          changed = 1;
        }
      } else if (t > c->spec.tLo && c->eUniq != UQ_NONE && chain_slide(c, t, 0)) {
        c->timeHard |= o->timeHard & 1;
        changed = 1;
      }
      if (!both) continue;
      /* a bound from a CHECK, rule or comment keeps the other member within
      ** the gap's reach of it (ship dates in June: orders from late May) */
      t = time_in(c->spec.tLo - c->spec.tGapHi, eC, eO, 0);
      if (((c->timeHard & 1) || chain_reach(c)) && t > o->spec.tLo && t <= o->spec.tHi) {
        o->spec.tLo = t;
        o->timeHard |= c->timeHard & 1;
        changed = 1;
      }
      t = time_in(o->spec.tHi, eO, eC, 1) + c->spec.tGapHi;
      if (((o->timeHard & 2) || chain_reach(c)) && t < c->spec.tHi && t >= c->spec.tLo) {
        c->spec.tHi = t;
        c->timeHard |= o->timeHard & 2;
        changed = 1;
      }
    }
  }
  for (i = 0; i < g->t->nCol; i++) {
    RowCol *c = &g->aCol[i];
    if (!chain_movable(c) || row_time_class(c) == TY_TIME) continue;
    slot_check(c);
    c->nCap = row_col_capacity(c);
    if (c->eUniq != UQ_NONE) row_uniq_setup(c);
  }
}

/* Can date y, the one before a unique date x, be drawn back from it: a
** value of its own range, in no UNIQUE set or key, not listed, not an OR of
** ranges, and not drawn back from another already? */
static int chain_backable(const RowCol *y) {
  return chain_narrowable(y) && !y->isKey && !y->mustNull && y->iBack < 0;
}

/* Must column x be made after column y (a date x follows, or is drawn back
** from)?  A unique date follows nothing: its place in its permutation
** makes it. */
static int order_needs(const RowGen *g, int x, int y) {
  const RowCol *c = &g->aCol[x];
  int iPrev, nHop;
  if (c->eRole != COL_VALUE) return 0;
  if (c->iBack == y) return 1;
  if (c->eUniq != UQ_NONE) return 0;
  /* the dates chain_start (row_value.c) may read, nearest first; not the
  ** one drawn back from x, made after it */
  for (iPrev = c->spec.iAfter, nHop = 0; iPrev >= 0 && nHop < 8; nHop++) {
    if (nHop == 0 && g->aCol[iPrev].iBack == x) return 0;
    if (iPrev == y) return 1;
    iPrev = g->aCol[iPrev].spec.iAfter;
  }
  return 0;
}

/* [*pLo, *pHi] narrowed to [a, b] where they meet. */
static void win_meet(int64_t *pLo, int64_t *pHi, int64_t a, int64_t b) {
  if (a > *pHi || b < *pLo) return;
  if (a > *pLo) *pLo = a;
  if (b < *pHi) *pHi = b;
}

/*
** The places of unique date c that its chain allows: after the range of
** the date drawn back from it by its gap (from a bound below only when a
** CHECK, a rule or a comment sets it: else that date may go earlier), and
** before the ranges of the dates that follow it by theirs.  Its first rows
** take them; the rows past their number the nearest places outside, first
** those that only stretch a gap (for a date that others follow, below).
*/
static void chain_window(RowGen *g, int i) {
  RowCol *c = &g->aCol[i];
  int eC = row_time_class(c), k, hasNext = 0, hasBack = 0;
  int64_t lo = c->spec.tLo, hi = c->spec.tHi;
  if (c->spec.iAfter >= 0 && g->aCol[c->spec.iAfter].iBack == i) {
    const RowCol *y = &g->aCol[c->spec.iAfter];
    int eY = row_time_class(y);
    int64_t a = (y->timeHard & 1) || eY == TY_TIME ? time_in(y->spec.tLo, eY, eC, 0) + c->spec.tGapLo : lo;
    win_meet(&lo, &hi, a, time_in(y->spec.tHi, eY, eC, 1) + c->spec.tGapHi);
    hasBack = 1;
  }
  for (k = 0; k < g->t->nCol; k++) {
    const RowCol *z = &g->aCol[k];
    int eZ = row_time_class(z);
    if (z->spec.iAfter != i || z->eUniq != UQ_NONE || !chain_movable(z)) continue;
    win_meet(&lo, &hi, time_in(z->spec.tLo - z->spec.tGapHi, eZ, eC, 0),
             time_in(z->spec.tHi - z->spec.tGapLo, eZ, eC, 1));
    hasNext = 1;
  }
  if (lo == c->spec.tLo && hi == c->spec.tHi) return;
  c->uWin = (i64)(lo - c->spec.tLo);
  c->nWin = (i64)(hi - lo + 1);
  c->isDownFirst = hasNext && !hasBack;
  rng_perm_init(&c->permWin, (u64)c->nWin, c->key ^ 0x77696eULL);
}

/*
** A unique date of a chain takes its value from its place in the column's
** permutation, whatever the row holds: the dates before it are drawn back
** from it instead (a check_in some nights before a unique check_out), each
** made after the one it is drawn from, as far back as the chain's members
** are plain dates (chain_backable); and its first rows take the places its
** chain allows (chain_window): only rows past the days that allow the
** order (or a value moved off a row present) break it.  Made again after
** each plan of the UNIQUE sets, which decides what is unique; a function
** of the plan, never of the row count, so that streams made in chunks
** agree.
*/
void row_chain_back(RowGen *g) {
  const SchemaTable *t = g->t;
  int i, p, q, nMove;
  for (i = 0; i < t->nCol; i++) {
    g->aCol[i].iBack = -1;
    g->aCol[i].nWin = g->aCol[i].uWin = 0;
  }
  for (i = 0; i < t->nCol; i++) {
    const RowCol *c = &g->aCol[i];
    int x = i, nHop;
    if (c->eRole != COL_VALUE || c->eUniq == UQ_NONE || !row_is_time_kind(fake_kind_at(c->spec.iKind)))
      continue;
    for (nHop = 0; nHop < t->nCol && g->aCol[x].spec.iAfter >= 0; nHop++) {
      RowCol *y = &g->aCol[g->aCol[x].spec.iAfter];
      if (!chain_backable(y)) break;
      y->iBack = x;
      x = g->aCol[x].spec.iAfter;
    }
  }
  for (i = 0; i < t->nCol; i++) {
    const RowCol *c = &g->aCol[i];
    /* (a scheduled time's places are its slots, not seconds: not windowed) */
    if (c->eUniq == UQ_SELF && c->hasPerm && chain_movable(c) && !c->isSlot) chain_window(g, i);
  }
  /* each column after those it needs, a move at a time (none when no date
  ** is drawn back: the compiled order has them in place) */
  for (nMove = 0; nMove < g->nOrder * g->nOrder; nMove++) {
    int moved = 0;
    for (p = 0; p < g->nOrder && !moved; p++) {
      for (q = g->nOrder - 1; q > p && !moved; q--) {
        int x = g->aiOrder[p];
        if (!order_needs(g, x, g->aiOrder[q])) continue;
        memmove(&g->aiOrder[p], &g->aiOrder[p + 1], sizeof(int) * (size_t)(q - p));
        g->aiOrder[q] = x;
        moved = 1;
      }
    }
    if (!moved) break;
  }
}

static void status_rules(RowGen *g);

/*
** The gap after the date before it, in c's unit: the words' gap (GAP_* of
** infer.h) when they say one, else the chain's.  A start and an end of one
** event (start/end, starts_at/ends_at) are minutes to hours apart as
** DATETIMEs; a start_date or a period start before an end keeps the
** chain's days.  A gap of at most three months moves a range the kind gave
** to the date before it (a due date two months after the issue, not years
** in the future), never past a CHECK, a rule or today for dates that look
** back.
*/
static void chain_gap(RowCol *c, const RowCol *o) {
  static const struct {
    int eGap;
    int dLo, dHi; /* DATE: days */
    int sLo, sHi; /* DATETIME: seconds */
  } aGap[] = {
      {GAP_SPAN, 1, 365, 15 * 60, 8 * 3600},
      {GAP_STAY, 1, 14, 20 * 3600, 14 * 86400},
      {GAP_DUE, 14, 60, 14 * 86400, 60 * 86400},
      {GAP_SINCE, 0, 3650, 0, 3650 * 86400},
      {GAP_STUDY, 365, 6 * 365, 365 * 86400, 6 * 365 * 86400},
      {GAP_ADMIT, 0, 14, 2 * 3600, 14 * 86400},
      {GAP_FLIGHT, 0, 1, 45 * 60, 14 * 3600},
      {GAP_RIDE, 1, 14, 5 * 60, 90 * 60},
      {GAP_CANCEL, 0, 30, 0, 30 * 86400},
      {GAP_TRIP, 1, 21, 86400, 21 * 86400},
      {GAP_LOAN, 7, 28, 7 * 86400, 28 * 86400},
      {GAP_RETURN, 1, 35, 2 * 3600, 35 * 86400},
      {GAP_RESOLVE, 0, 30, 10 * 60, 30 * 86400},
      {GAP_TERM, 28, 366, 28 * 86400, 366 * 86400}, /* a month or a year: gen_time */
      {GAP_VALID, 30, 3 * 365, 30 * 86400, 3 * 365 * 86400},
      {GAP_LEAD, 1, 90, 3600, 90 * 86400},
  };
  int i, eGap = c->eGap, isSec = day_unit(c) > 1 || row_time_class(c) == TY_TIME;
  const FakeKind *k;
  int64_t lo, hi, w;
  if (eGap == GAP_SPAN && o->eGap != GAP_SPAN) eGap = GAP_CHAIN;
  if (eGap == GAP_SPAN && !isSec) eGap = GAP_CHAIN;
  for (i = 0; i < (int)(sizeof(aGap) / sizeof(aGap[0])) && aGap[i].eGap != eGap; i++) {
  }
  if (i == (int)(sizeof(aGap) / sizeof(aGap[0]))) {
    switch (c->eChain) {
      case CHAIN_LIFE:
        c->spec.tGapLo = 0, c->spec.tGapHi = 365;
        break;
      case CHAIN_PERSON:
        c->spec.tGapLo = c->iStage == 1 ? 18 * 365 + 4 : 180;
        c->spec.tGapHi = c->iStage == 1 ? 45 * 365 : 3650;
        break;
      case CHAIN_PERIOD:
        c->spec.tGapLo = 1, c->spec.tGapHi = 365;
        break;
      default: /* order: shipped 0-5 days after, delivered 1-10, paid 0-30 */
        c->spec.tGapLo = c->iStage == 2 ? 1 : 0;
        c->spec.tGapHi = c->iStage == 1 ? 5 : c->iStage == 2 ? 10 : 30;
        break;
    }
    c->spec.tGapLo *= day_unit(c);
    c->spec.tGapHi = c->spec.tGapHi * day_unit(c) + (isSec ? 86399 : 0);
    return;
  }
  c->spec.tGapLo = isSec ? aGap[i].sLo : aGap[i].dLo;
  c->spec.tGapHi = isSec ? aGap[i].sHi : aGap[i].dHi;
  if (aGap[i].dHi > 90 || !chain_movable(c) || !chain_movable(o)) return;
  if (c->eUniq != UQ_NONE && row_time_class(c) == TY_TIME) return; /* a day's times, all its room */
  k = fake_kind_at(c->spec.iKind);
  w = c->spec.tHi - c->spec.tLo;
  lo = time_in(o->spec.tLo, row_time_class(o), row_time_class(c), 0) + c->spec.tGapLo;
  hi = time_in(o->spec.tHi, row_time_class(o), row_time_class(c), 1) + c->spec.tGapHi;
  /* a date that looks back while the one before looks ahead (a return
  ** "not after today" after a departure to come) keeps its range: the
  ** one before moves back to it (chain_ranges) */
  if (!(c->timeHard & 1) && k->isRelative && k->rHi <= 0 && lo > c->spec.tHi) return;
  if (!(c->timeHard & 1)) c->spec.tLo = lo;
  if (!(c->timeHard & 2) && !(k->isRelative && k->rHi <= 0 && hi > c->spec.tHi)) c->spec.tHi = hi;
  if (c->spec.tLo > c->spec.tHi) c->spec.tLo = c->spec.tHi;
  /* a unique one keeps its room for rows: it reaches further */
  if (c->eUniq != UQ_NONE && c->spec.tHi - c->spec.tLo < w) {
    if (!(c->timeHard & 2) && !(k->isRelative && k->rHi <= 0))
      c->spec.tHi = c->spec.tLo + w;
    else if (!(c->timeHard & 1))
      c->spec.tLo = c->spec.tHi - w;
  }
}

/* How many leading characters the names of columns a and b share, case
** aside: two pairs of one chain pair up by their names (valid_from with
** valid_until, current_period_start with current_period_end). */
static int name_shared(const SchemaTable *t, int a, int b) {
  const char *x = t->aCol[a].zName, *y = t->aCol[b].zName;
  int n = 0;
  while (x[n] && sqlite3_strnicmp(&x[n], &y[n], 1) == 0)
    n++;
  return n;
}

/*
** The date a later date of an order-like chain follows when its own chain
** has no earlier date in the table: a ticket's or a task's resolution
** counts from its start (started_at) or else its creation (created_at), a
** payment or a ship date from the row's creation; -1 when there is none.
*/
static int chain_first(const RowGen *g, const RowCol *c) {
  int k, best = -1;
  if (c->eChain != CHAIN_ORDER) return -1;
  for (k = 0; k < g->t->nCol; k++) {
    const RowCol *o = &g->aCol[k];
    int isStart = o->eChain == CHAIN_PERIOD && c->eGap == GAP_RESOLVE;
    if (o == c || o->eRole != COL_VALUE || o->nSet > 0 || o->iStage != 0 ||
        !(o->eChain == CHAIN_LIFE || isStart) || !row_is_time_kind(fake_kind_at(o->spec.iKind)) ||
        (row_time_class(o) == TY_TIME) != (row_time_class(c) == TY_TIME)) {
      continue;
    }
    if (best < 0 || isStart) best = k;
  }
  return best;
}

/* The scale of a rating column: its range, or its listed numbers' lowest
** and highest.  0 when it has none. */
static int cue_scale(const RowCol *o, double *pLo, double *pHi) {
  int k;
  if (o->nSet == 0) {
    *pLo = o->spec.rLo;
    *pHi = o->spec.rHi;
    return *pHi > *pLo;
  }
  for (k = 0; k < o->nSet; k++) {
    double r;
    if (o->aSet[k].eType != SQLITE_INTEGER && o->aSet[k].eType != SQLITE_FLOAT) return 0;
    r = row_val_num(&o->aSet[k]);
    if (k == 0 || r < *pLo) *pLo = r;
    if (k == 0 || r > *pHi) *pHi = r;
  }
  return *pHi > *pLo;
}

/*
** The unit of a clinical note's temperatures: the row's temperature
** column's (its range says Celsius or Fahrenheit), whose value the note
** then quotes; else Celsius outside the United States' locale.  A visit's
** reason and diagnosis follow that column too: its fever chooses among
** the conditions (fake_topic.c).
*/
static void note_temp_cue(RowGen *g, RowCol *c) {
  const SchemaTable *t = g->t;
  int j;
  for (j = 0; j < t->nCol; j++) {
    const RowCol *o = &g->aCol[j];
    double lo = 0, hi = 0;
    if (o->eRole != COL_VALUE || strcmp(fake_kind_at(o->spec.iKind)->zName, "body_temperature") != 0)
      continue;
    if (!cue_scale(o, &lo, &hi)) continue;
    if (hi <= 45 || lo >= 80) {
      c->spec.iCue = j;
      c->spec.eCue = hi <= 45 ? CUE_TEMP_C : CUE_TEMP_F;
      return;
    }
  }
  if (g->pLocale && strcmp(g->pLocale->zName, "en_US") != 0) c->spec.eCue = CUE_TEMP_C;
}

/*
** Free text that follows the row: a review's mood follows its rating (a
** rating before a score), a bio its job title, department or specialty
** and its person (the group of the bio's prefix, else the row's main
** person), a clinical note the row's temperature.  And what each text
** kind is about (infer_text_topic): a hotel's reviews, a shop's tickets,
** a doctor's bio.
*/
static void text_cues(RowGen *g, char **azPrefix) {
  const SchemaTable *t = g->t;
  int i, j, k;
  for (i = 0; i < t->nCol; i++) {
    RowCol *c = &g->aCol[i];
    const char *zKind = fake_kind_at(c->spec.iKind)->zName, *zRole = 0;
    int isReview = strncmp(zKind, "review_", 7) == 0, isBio = strcmp(zKind, "bio") == 0, isRating = 0;
    if (c->eRole != COL_VALUE || c->nSet > 0) continue;
    c->spec.eTopic = infer_text_topic(t, c->spec.iKind, g->eDbTopic, &zRole);
    if (isBio && zRole) c->spec.zPrefix = zRole; /* static */
    if (strcmp(zKind, "clinical_note") == 0 || strcmp(zKind, "visit_reason") == 0 ||
        strcmp(zKind, "diagnosis") == 0)
      note_temp_cue(g, c);
    for (j = 0; j < t->nCol && (isReview || isBio); j++) {
      const RowCol *o = &g->aCol[j];
      const char *zo = fake_kind_at(o->spec.iKind)->zName;
      double lo = 0, hi = 0;
      if (j == i || o->eRole != COL_VALUE) continue;
      if (isReview && !isRating && (strcmp(zo, "rating") == 0 || strcmp(zo, "score") == 0) &&
          cue_scale(o, &lo, &hi)) {
        c->spec.iCue = j;
        c->spec.eCue = CUE_RATING;
        c->spec.rCueLo = lo;
        c->spec.rCueHi = hi;
        isRating = strcmp(zo, "rating") == 0;
      } else if (isBio && c->spec.eCue != CUE_SPECIALTY) {
        /* a specialty says most, then a job title (not a list of an
        ** application's roles), then a department */
        int e = strcmp(zo, "medical_specialty") == 0           ? CUE_SPECIALTY
                : strcmp(zo, "job_title") == 0 && o->nSet == 0 ? CUE_ROLE
                : strcmp(zo, "department") == 0                ? CUE_DEPARTMENT
                                                               : CUE_NONE;
        if (e != CUE_NONE && (c->spec.eCue == CUE_NONE || e == CUE_SPECIALTY ||
                              (e == CUE_ROLE && c->spec.eCue == CUE_DEPARTMENT))) {
          c->spec.iCue = j;
          c->spec.eCue = e;
        }
      }
    }
    if (isBio && c->spec.iGroup < 0 && c->eUniq == UQ_NONE) {
      k = group_find(g, azPrefix, GRP_PERSON, c->zGroup, 0);
      if (k < 0) k = group_find(g, azPrefix, GRP_PERSON, 0, 0);
      for (j = 0; k < 0 && j < g->nGroup; j++) {
        if (g->aGroupType[j] == GRP_PERSON) k = j;
      }
      c->spec.iGroup = k;
    }
  }
}

/*
** A time zone and the row's country agree: a time zone follows the
** country column made before it (one of that country's zones, fake_venue.c);
** a unique time zone, distinct by construction, leads instead: the row's
** plain country and city columns take its country and its city.  Columns
** of a UNIQUE set of several stay apart (their values are made together).
*/
static void zone_cues(RowGen *g) {
  const SchemaTable *t = g->t;
  int i, j;
  for (i = 0; i < t->nCol; i++) {
    RowCol *c = &g->aCol[i];
    if (c->eRole != COL_VALUE || c->nSet > 0 || !kind_is(c, "timezone")) continue;
    for (j = 0; j < t->nCol; j++) {
      RowCol *o = &g->aCol[j];
      if (j == i || o->eRole != COL_VALUE) continue;
      if (c->eUniq == UQ_NONE && row_kind_is_country(o) && c->spec.iCue < 0) {
        c->spec.iCue = j;
        c->spec.eCue = CUE_COUNTRY;
      } else if (c->eUniq == UQ_SELF && o->eUniq == UQ_NONE && o->nSet == 0 && o->spec.iCue < 0 &&
                 (row_kind_is_country(o) || kind_is(o, "city"))) {
        o->spec.iCue = i;
        o->spec.eCue = CUE_ZONE;
      }
    }
  }
}

int row_compile_groups(RowGen *g, char **pzErr) {
  const SchemaTable *t = g->t;
  char *azPrefix[ROW_MAX_GROUPS];
  int i, k, s, hasAnchor[GRP__N] = {0};
  int iQty = -1, iPrice = -1;
  (void)pzErr;
  memset(azPrefix, 0, sizeof(azPrefix));
  g->nGroup = 0;
  for (i = 0; i < t->nCol; i++) {
    int rc = set_sex_tags(&g->aCol[i]);
    if (rc != SQLITE_OK) return rc;
  }
  for (i = 0; i < t->nCol; i++) {
    const RowCol *c = &g->aCol[i];
    if (c->eRole == COL_VALUE && c->nSet == 0 && c->eGroup && group_anchor(c)) hasAnchor[c->eGroup] = 1;
  }
  /* Groups: anchored ones first, so that other columns can join them. */
  for (s = 0; s < 2; s++) {
    for (i = 0; i < t->nCol; i++) {
      RowCol *c = &g->aCol[i];
      int eGroup = c->eGroup;
      const char *zPre = c->zGroup;
      if (c->eRole != COL_VALUE || (c->nSet > 0 && !c->aSetSex) || eGroup == GRP_NONE) continue;
      if (eGroup == GRP_WORLD) {
        if (s == 0) c->spec.iGroup = world_group(g, azPrefix, i);
        continue;
      }
      if (group_anchor(c) != (s == 0)) continue;
      if (kind_is(c, "email") || kind_is(c, "username")) {
        /* a person's e-mail needs a person; an organisation's uses its company */
        if (!hasAnchor[GRP_PERSON] && hasAnchor[GRP_COMPANY] && kind_is(c, "email")) continue;
      }
      if ((kind_is(c, "url") || kind_is(c, "domain")) && !hasAnchor[GRP_COMPANY]) continue;
      if ((kind_is(c, "phone") || kind_is(c, "fax")) && !hasAnchor[GRP_ADDRESS]) continue;
      if (s == 1) {
        /* join the group of the same prefix, else the main one */
        k = group_find(g, azPrefix, eGroup, zPre, 0);
        if (k < 0) k = group_find(g, azPrefix, eGroup, 0, 0);
        if (k < 0) {
          for (k = 0; k < g->nGroup && g->aGroupType[k] != eGroup; k++) {
          }
          if (k >= g->nGroup) k = group_find(g, azPrefix, eGroup, zPre, 1);
        }
      } else {
        k = group_find(g, azPrefix, eGroup, zPre, 1);
      }
      c->spec.iGroup = k;
    }
  }
  /* Company and address groups for e-mail, url and phone columns. */
  for (i = 0; i < t->nCol; i++) {
    RowCol *c = &g->aCol[i];
    if (c->eRole != COL_VALUE) continue;
    for (k = 0; k < g->nGroup; k++) {
      if (g->aGroupType[k] == GRP_COMPANY && c->spec.iGroupCo < 0) c->spec.iGroupCo = k;
      if (g->aGroupType[k] == GRP_ADDRESS && c->spec.iGroupAddr < 0) c->spec.iGroupAddr = k;
    }
    if (c->zGroup) {
      int kk = group_find(g, azPrefix, GRP_ADDRESS, c->zGroup, 0);
      if (kk >= 0) c->spec.iGroupAddr = kk;
    }
  }
  /* The company name column each work e-mail reads (made before it). */
  for (i = 0; i < t->nCol; i++) {
    RowCol *c = &g->aCol[i];
    int j;
    if (c->eRole != COL_VALUE || c->spec.iGroupCo < 0 || kind_is(c, "company")) continue;
    for (j = 0; j < t->nCol && c->spec.iCoCol < 0; j++) {
      if (kind_is(&g->aCol[j], "company") && g->aCol[j].spec.iGroup == c->spec.iGroupCo) c->spec.iCoCol = j;
    }
  }
  /* The parts of a place, and a person's names, are NULL together: one
  ** draw of the group decides for all (each at its own rate). */
  for (i = 0; i < t->nCol; i++) {
    RowCol *c = &g->aCol[i];
    static const char *const azShared[] = {"street_address", "address_line2", "city",    "state",
                                           "state_code",     "postal_code",   "country", "country_code",
                                           "latitude",       "longitude",     "address", "first_name",
                                           "last_name",      "full_name",     0};
    int j;
    for (j = 0; azShared[j] && c->spec.iGroup >= 0; j++) {
      if (kind_is(c, azShared[j])) c->nullByGroup = 1;
    }
  }
  for (k = 0; k < 2; k++) {
    RowState *st = &g->aState[k];
    int j;
    st->frow.nGroup = g->nGroup;
    st->frow.zTable = t->zName;
    for (j = 0; j < g->nGroup; j++) {
      char zSeed[64];
      sqlite3_snprintf(sizeof(zSeed), zSeed, "group:%d:%s", g->aGroupType[j], azPrefix[j] ? azPrefix[j] : "");
      st->aGroup[j].eGroup = g->aGroupType[j];
      st->aGroup[j].key = rng_key(g->seed, rng_hash(t->zName), rng_hash(zSeed));
      st->aGroup[j].iOrdinal = -1;
      st->aGroup[j].uDrive = -1;
    }
  }
  for (k = 0; k < ROW_MAX_GROUPS; k++)
    g->aiDriver[k] = -1;
  {
    int rc = product_lines(g);
    if (rc != SQLITE_OK) return rc;
  }
  low_high_pairs(g);
  text_cues(g, azPrefix);
  zone_cues(g);
  /* A description beside a product name describes that product; a price
  ** that no rule, comment or CHECK bounds is in its line's usual range. */
  for (k = 0; k < g->nGroup; k++) {
    if (g->aGroupType[k] != GRP_PRODUCT) continue;
    for (i = 0; i < t->nCol; i++) {
      RowCol *c = &g->aCol[i];
      if (kind_is(c, "description") && c->eUniq == UQ_NONE) c->spec.iGroup = k;
      if (kind_is(c, "price") && c->eUniq == UQ_NONE && !c->hasBounds) {
        c->spec.iGroup = k;
        c->isLinePrice = 1;
      }
    }
    break;
  }

  /* Date chains: each later stage follows the one before it. */
  for (i = 0; i < t->nCol; i++) {
    RowCol *c = &g->aCol[i];
    int best = -1;
    if (c->eRole != COL_VALUE || c->nSet > 0 || c->eChain == CHAIN_NONE || c->iStage == 0 ||
        !row_is_time_kind(fake_kind_at(c->spec.iKind))) {
      continue;
    }
    for (k = 0; k < t->nCol; k++) {
      const RowCol *o = &g->aCol[k];
      if (k == i || o->eRole != COL_VALUE || o->nSet > 0 || o->eChain != c->eChain ||
          o->iStage >= c->iStage || !row_is_time_kind(fake_kind_at(o->spec.iKind)) ||
          (row_time_class(o) == TY_TIME) != (row_time_class(c) == TY_TIME)) {
        continue;
      }
      if (best < 0 || o->iStage > g->aCol[best].iStage ||
          (o->iStage == g->aCol[best].iStage && name_shared(t, k, i) > name_shared(t, best, i))) {
        best = k;
      }
    }
    if (best < 0) best = chain_first(g, c);
    if (best < 0) continue;
    c->spec.iAfter = best;
    chain_gap(c, &g->aCol[best]);
    /* the end of a scheduled event, minutes to hours after its start; a
    ** unique one takes working quarter hours itself (its start is drawn
    ** back from it: row_chain_back) */
    c->isSlotEnd = g->aCol[best].isSlot && row_time_class(c) != TY_DATE && c->spec.tGapHi < 86400;
    if (c->isSlotEnd && c->eUniq == UQ_SELF) {
      /* its room is now the working quarter hours, not every second */
      c->isSlot = g->aCol[best].isSlot;
      slot_check(c);
      c->nCap = row_col_capacity(c);
      row_uniq_setup(c);
    }
  }
  chain_ranges(g);

  /* total = quantity x unit price, when the names say so. */
  for (i = 0; i < t->nCol; i++) {
    const RowCol *c = &g->aCol[i];
    int isExpr = c->eRole == COL_EXPR && strcmp(fake_kind_at(c->spec.iKind)->zName, "price") == 0;
    if (kind_is(c, "quantity") && iQty < 0) iQty = i;
    if ((kind_is(c, "price") || isExpr) && iPrice < 0) iPrice = i;
  }
  /* ... less the line's discount (row_disc.c) */
  row_disc_compile(g, iQty, iPrice);
  if (iQty >= 0 && iPrice >= 0) {
    for (i = 0; i < t->nCol; i++) {
      RowCol *c = &g->aCol[i];
      const char *z = t->aCol[i].zName;
      if (kind_is(c, "amount") && c->eUniq == UQ_NONE &&
          (sqlite3_strlike("%total%", z, 0) == 0 || sqlite3_strlike("%extended%", z, 0) == 0 ||
           sqlite3_strlike("%line%amount%", z, 0) == 0)) {
        c->spec.iFactorA = iQty;
        c->spec.iFactorB = iPrice;
      }
    }
  }

  /* A status with listed values: later order dates wait for it. */
  for (i = 0; i < t->nCol && g->iStatus < 0; i++) {
    const RowCol *c = &g->aCol[i];
    if (c->eRole == COL_VALUE && c->nSet > 0 && sqlite3_strlike("%status%", t->aCol[i].zName, 0) == 0)
      g->iStatus = i;
  }
  for (i = 0; i < t->nCol && g->iStatus >= 0; i++) {
    RowCol *c = &g->aCol[i];
    /* (a resolution date follows a "resolved" status: status_rules) */
    int isResolve = c->eGap == GAP_RESOLVE && c->iStage == 2;
    if (c->eRole == COL_VALUE && c->eChain == CHAIN_ORDER && c->iStage >= 1 && !t->aCol[i].notNull &&
        !c->isKey && !isResolve && row_is_time_kind(fake_kind_at(c->spec.iKind))) {
      c->eStatusRule = c->iStage;
      c->rNull = 0; /* its NULLs come from the status */
      g->hasStatusRule = 1;
    }
  }
  if (g->iStatus >= 0) status_rules(g);
  return SQLITE_OK;
}

/*
** A date the status follows that only looks ahead (scheduled_at: the next
** two years), in a table whose statuses say both "to come" and "done":
** then every row would be to come, and no visit ever "Completed".  It
** reaches two years back as well (the dates that follow it, by their
** gaps, with it), unless a CHECK or a rule bounds it from below.
*/
static void status_when_past(RowGen *g) {
  RowCol *c = g->iWhen >= 0 ? &g->aCol[g->iWhen] : 0;
  int64_t today;
  int i;
  if (c == 0 || (c->timeHard & 1) || c->eUniq != UQ_NONE) return;
  today = (int64_t)FAKE_TODAY_DAYS * day_unit(c);
  if (c->spec.tLo < today) return;
  c->spec.tLo = today - 730 * day_unit(c);
  for (i = 0; i < g->t->nCol; i++) {
    RowCol *o = &g->aCol[i];
    if (o->spec.iAfter == g->iWhen && o->eUniq == UQ_NONE && !(o->timeHard & 1) && o->spec.tLo >= today)
      o->spec.tLo = c->spec.tLo;
  }
}

/*
** Dates that follow a listed status beyond an order's stages: a nullable
** cancellation date (canceled_at, terminated_on) is set only when the
** status says the row ended, a closing date (closed_at, resolved_at) when
** it says closed; and the status follows the date it is about (an
** appointment's scheduled_start): "Completed" only when that is past,
** "Scheduled" only when it is to come.  Each only when the listed statuses
** can say it.
*/
static void status_rules(RowGen *g) {
  static const char *const azEnd[] = {"%cancel%", "%terminat%", "%churn%", "ended%", "%\\_ended%", 0};
  static const char *const azClose[] = {
      "closed%",        "%\\_closed%", "resolved%", "%\\_resolved%", "completed%",
      "%\\_completed%", "finished%",   "solved%",   "%\\_solved%",   0};
  static const char *const azWhen[] = {"%scheduled%", "%appointment%", "%start%", "%visit%",
                                       "%event%date%", "%check%in%", "%departure%", "%session%date%", 0};
  const SchemaTable *t = g->t;
  const RowCol *cs = &g->aCol[g->iStatus];
  int i, k, says = 0;
  if (cs->eUniq != UQ_NONE) return;
  g->iWhen = -1;
  g->nStatusSoon = g->nStatusDone = 0;
  for (k = 0; k < cs->nSet; k++) {
    int m = row_status_says(&cs->aSet[k]);
    says |= m;
    if ((m & ROW_ST_SOON) && g->nStatusSoon < 8) g->aiStatusSoon[g->nStatusSoon++] = k;
    if ((m & ROW_ST_DONE) && g->nStatusDone < 8) g->aiStatusDone[g->nStatusDone++] = k;
  }
  for (i = 0; i < t->nCol; i++) {
    RowCol *c = &g->aCol[i];
    const char *z = t->aCol[i].zName;
    int isEnd = 0, isClose = 0, isWhen = 0;
    if (c->eRole != COL_VALUE || c->isKey || !row_is_time_kind(fake_kind_at(c->spec.iKind))) continue;
    for (k = 0; azEnd[k]; k++)
      isEnd |= sqlite3_strlike(azEnd[k], z, '\\') == 0;
    for (k = 0; azClose[k]; k++)
      isClose |= sqlite3_strlike(azClose[k], z, '\\') == 0;
    for (k = 0; azWhen[k]; k++)
      isWhen |= sqlite3_strlike(azWhen[k], z, '\\') == 0;
    if (c->eStatusRule == 0 && !t->aCol[i].notNull && isEnd && (says & ROW_ST_ENDED)) {
      c->eStatusRule = ROW_STATUS_END;
    } else if (c->eStatusRule == 0 && !t->aCol[i].notNull && isClose && (says & (ROW_ST_CLOSED | ROW_ST_ENDED))) {
      c->eStatusRule = ROW_STATUS_CLOSE;
    } else if (isWhen && !isEnd && g->iWhen < 0 && g->nStatusSoon > 0 && g->nStatusDone > 0) {
      g->iWhen = i;
    } else {
      continue;
    }
    if (c->eStatusRule) c->rNull = 0; /* its NULLs come from the status */
    g->hasStatusRule = 1;
  }
  /* A ticket's resolution waits for it to be closed, a visit's diagnosis
  ** and note for it to happen (each when nullable). */
  for (i = 0; i < t->nCol; i++) {
    RowCol *c = &g->aCol[i];
    int isFix = kind_is(c, "ticket_resolution"),
        isSeen = kind_is(c, "diagnosis") || kind_is(c, "clinical_note");
    if (c->isKey || t->aCol[i].notNull || c->eStatusRule || c->eUniq != UQ_NONE) continue;
    if (isFix && (says & (ROW_ST_CLOSED | ROW_ST_ENDED))) {
      c->eStatusRule = ROW_STATUS_CLOSE;
    } else if (isSeen && (says & (ROW_ST_SOON | ROW_ST_ENDED | ROW_ST_MISSED))) {
      c->eStatusRule = ROW_STATUS_SEEN;
    } else {
      continue;
    }
    c->rNull = 0;
    g->hasStatusRule = 1;
  }
  status_when_past(g);
}

/* The unique member each group follows, once uniqueness is planned. */
void row_set_drivers(RowGen *g) {
  int i, k;
  for (k = 0; k < g->nGroup; k++) {
    g->aiDriver[k] = -1;
    for (i = 0; i < g->t->nCol && g->aiDriver[k] < 0; i++) {
      const RowCol *c = &g->aCol[i];
      if (c->spec.iGroup != k || c->eUniq != UQ_SELF) continue;
      if (kind_is(c, "email") || kind_is(c, "username") || kind_is(c, "full_name") || kind_is(c, "company") ||
          kind_is(c, "product_name") || kind_is(c, "site_name") || (c->eGroup == GRP_WORLD && c->nSet == 0)) {
        g->aiDriver[k] = i;
        /* a site's name drives its place: the city it is named after */
        g->aState[0].aGroup[k].isSiteDrive = g->aState[1].aGroup[k].isSiteDrive = kind_is(c, "site_name");
        /* a world group's driver makes its own entry distinct */
        if (c->eGroup == GRP_WORLD)
          g->aState[0].aGroup[k].iWorldDrive = g->aState[1].aGroup[k].iWorldDrive = world_what(c);
      }
    }
  }
}

/* Does column c hold currencies (codes or names), made or listed? */
static int col_is_currency(const RowCol *c) {
  return c->eRole == COL_VALUE && strncmp(fake_kind_at(c->spec.iKind)->zName, "currency", 8) == 0;
}

/* Add to column c's reason "; <zHow> column "<name of column j>"" (out of
** memory: the reason stays as it was). */
static void why_add(RowGen *g, RowCol *c, const char *zHow, int j) {
  char *z = c->zWhy ? sqlite3_mprintf("%s; %s column \"%s\"", c->zWhy, zHow, g->t->aCol[j].zName) : 0;
  if (z) {
    sqlite3_free(c->zWhy);
    c->zWhy = z;
  }
}

/* Does a currency column's name say it is the other side of a conversion
** (quote_currency, to_ccy, targetCurrencyCode, foreign_currency)? */
static int names_other_currency(const char *zName) {
  static const char *const azCur[] = {"currencycode", "currency", "ccycode", "ccy", "curr", "cur", 0};
  static const char *const azOther[] = {"quote", "to",     "target",  "counter", "dest", "destination",
                                        "buy",   "bought", "into",    "foreign", "second", 0};
  char a[64], *p = 0;
  int k, n;
  name_key(zName, a, (int)sizeof(a));
  for (k = 0; azCur[k] && p == 0; k++)
    p = strstr(a, azCur[k]);
  if (p == 0) return 0;
  n = (int)strlen(azCur[k - 1]);
  memmove(p, p + n, strlen(p + n) + 1); /* quotecurrencyname -> quotename */
  n = (int)strlen(a);
  if (n > 4 && (strcmp(a + n - 4, "name") == 0 || strcmp(a + n - 4, "code") == 0)) a[n - 4] = 0;
  for (k = 0; azOther[k]; k++)
    if (strcmp(a, azOther[k]) == 0) return 1;
  return 0;
}

/*
** Currencies that agree with the row.  A currency column that is not
** unique, nor of a group a unique currency drives (a table of currencies),
** is the currency of the row's country column of its prefix
** (billing_country for billing_currency), else of the row's main country
** column (the one without a prefix, else the first); but a second
** currency whose name says it is the other side of a conversion (a quote
** beside a base, "to" beside "from") differs from the row's first one
** instead.  Each is made after the column it reads (row_compile's order).
*/
static void world_links(RowGen *g) {
  const SchemaTable *t = g->t;
  int i, j, iFirst = -1, iMain = -1;
  /* a currency's name is of the code whose column name it shares most of
  ** (quote_currency_name: quote_currency's, not base_currency's) */
  for (i = 0; i < t->nCol; i++) {
    RowCol *c = &g->aCol[i];
    int best = -1, nBest = 0;
    if (!kind_is(c, "currency_name") || c->eUniq != UQ_NONE) continue;
    for (j = 0; j < t->nCol; j++) {
      const RowCol *o = &g->aCol[j];
      int n = o->eRole == COL_VALUE && strcmp(fake_kind_at(o->spec.iKind)->zName, "currency_code") == 0
                  ? name_shared(t, i, j)
                  : 0;
      if (n > nBest) best = j, nBest = n;
    }
    if (best < 0) continue;
    if (g->aCol[best].nSet > 0) {
      c->spec.iCurrencyOf = best; /* the name of the listed code, made after it */
      why_add(g, c, "the currency of", best);
    } else if (g->aCol[best].spec.iGroup >= 0) {
      c->spec.iGroup = g->aCol[best].spec.iGroup;
    }
  }
  for (j = 0; j < t->nCol; j++) {
    const RowCol *o = &g->aCol[j];
    if (o->eRole != COL_VALUE || !row_kind_is_country(o)) continue;
    if (iMain < 0 || (o->zGroup == 0 && g->aCol[iMain].zGroup != 0)) iMain = j;
  }
  for (i = 0; i < t->nCol; i++) {
    RowCol *c = &g->aCol[i];
    int k = c->spec.iGroup, iCountry = -1, isOther;
    if (!col_is_currency(c) || c->eUniq != UQ_NONE || c->spec.iCurrencyOf >= 0) continue;
    if (k >= 0 && g->aiDriver[k] >= 0 && world_what(&g->aCol[g->aiDriver[k]]) == WORLD_CURRENCY) continue;
    for (j = 0; j < t->nCol && iCountry < 0 && c->zGroup; j++) {
      const RowCol *o = &g->aCol[j];
      if (o->eRole == COL_VALUE && row_kind_is_country(o) && o->zGroup && strcmp(o->zGroup, c->zGroup) == 0)
        iCountry = j;
    }
    /* (a generated currency's code and name are one currency: its group's) */
    isOther = iFirst >= 0 && names_other_currency(t->aCol[i].zName) &&
              !(k >= 0 && c->nSet == 0 && g->aCol[iFirst].nSet == 0 && g->aCol[iFirst].spec.iGroup == k);
    if (iFirst < 0) iFirst = i;
    if (iCountry < 0 && !isOther) iCountry = iMain;
    if (iCountry >= 0)
      c->spec.iCurrencyOf = iCountry;
    else if (isOther)
      c->spec.iNotCol = iFirst;
    if (iCountry >= 0 || isOther)
      why_add(g, c, iCountry >= 0 ? "the currency of" : "not", iCountry >= 0 ? iCountry : iFirst);
  }
}

/* ---- values proposed from outside (LLM mode) ------------------------------ */

int row_set_provided(RowGen *g, int iCol, int eMode, int nVal, const SydaVal *aVal) {
  RowCol *c = &g->aCol[iCol];
  int i;
  for (i = 0; i < c->nProv; i++)
    val_clear(&c->aProv[i]);
  sqlite3_free(c->aProv);
  c->aProv = 0;
  c->nProv = 0;
  c->eProv = 0;
  if (c->eRole != COL_VALUE) return SQLITE_OK;
  /* proposed values come first: no shortcut until row_begin plans again */
  c->eFast = ROW_FAST_NONE;
  for (i = 0; i < g->nOrder; i++) {
    if (g->aiOrder[i] == iCol) g->aFirst[i] = ROW_FIRST_ANY;
  }
  g->canBatch = 0;
  g->nBatch = 0;
  if (nVal <= 0) {
    /* rows the model gave nothing for: each value made offline, and counted */
    if (eMode == ROWPROV_ROWS) c->eProv = eMode;
    return SQLITE_OK;
  }
  c->aProv = sqlite3_malloc64(sizeof(SydaVal) * (sqlite3_uint64)nVal);
  if (c->aProv == 0) return SQLITE_NOMEM;
  for (i = 0; i < nVal; i++) {
    if (val_copy(&c->aProv[i], &aVal[i])) {
      c->nProv = i;
      return SQLITE_NOMEM;
    }
  }
  c->nProv = nVal;
  c->eProv = eMode;
  return SQLITE_OK;
}

void row_provided_stats(const RowGen *g, RowProvStats *p) {
  *p = g->prov;
}

void row_provided_stats_set(RowGen *g, const RowProvStats *p) {
  g->prov = *p;
}

void row_prov_pause(RowGen *g, int bPause) {
  g->provPaused = bPause;
}

const char *row_column_kind(const RowGen *g, int iCol) {
  const RowCol *c = &g->aCol[iCol];
  if (c->eRole != COL_VALUE) return c->eRole == COL_FK ? "foreign key" : "key";
  return c->nSet > 0 ? "values" : fake_kind_at(c->spec.iKind)->zName;
}

int row_column_set(const RowGen *g, int iCol, const SydaVal **paVal) {
  *paVal = g->aCol[iCol].aSet;
  return g->aCol[iCol].nSet;
}

void row_column_length(const RowGen *g, int iCol, int *pnMin, int *pnMax) {
  *pnMin = g->aCol[iCol].spec.nLenMin;
  *pnMax = g->aCol[iCol].spec.nLenMax;
}

/* A value list whose values follow the row's person or product group. */
static int llm_set_follows(const RowCol *c) {
  int i;
  if (!(c->aSetSex || c->aSetLine) || c->spec.iGroup < 0 || c->spec.iGroup >= ROW_MAX_GROUPS) return 0;
  for (i = 0; i < c->nSet; i++)
    if (c->aSet[i].eType != SQLITE_TEXT) return 0;
  return 1;
}

/* Kinds a model writes better than word lists: names of things, titles,
** free text.  Not identifiers, numbers, dates or places. */
static int llm_kind_ok(const RowCol *c, int bGroup) {
  static const char *const azKind[] = {"text",        "description",  "sentence",         "word",
                                       "company",     "product_name", "product_category", "book_title",
                                       "album_title", "film_title",   "song_title",       "music_genre",
                                       "film_genre",  "book_genre",   "artist",           "job_title",
                                       "department",  "industry",     "full_name",        0};
  /* free text about what its table is about (fake_topic.c) */
  static const char *const azTopic[] = {"visit_reason",
                                        "diagnosis",
                                        "clinical_note",
                                        "ticket_subject",
                                        "ticket_description",
                                        "ticket_resolution",
                                        "review_title",
                                        "review_body",
                                        "bio",
                                        0};
  /* the parts of a person or a company that agree with its name: written
  ** by the model together with the name, in whole rows only */
  static const char *const azGroupKind[] = {"first_name", "last_name", "email", "username",
                                            "url",        "domain",    0};
  const char *zKind = fake_kind_at(c->spec.iKind)->zName;
  int k;
  if (c->eRole != COL_VALUE) return 0;
  if (c->spec.eType != TY_TEXT && c->spec.eType != TY_ANY) return 0;
  /* a review in the mood of a rating the model does not write */
  if (c->spec.eCue == CUE_RATING) return 0;
  /* a listed value that follows a person (gender, form of address) or a
  ** product (its category): chosen by the model from the list, with them */
  if (c->nSet > 0) return bGroup && llm_set_follows(c);
  for (k = 0; azKind[k]; k++)
    if (strcmp(zKind, azKind[k]) == 0) return 1;
  for (k = 0; azTopic[k]; k++)
    if (strcmp(zKind, azTopic[k]) == 0) return 1;
  for (k = 0; bGroup && azGroupKind[k]; k++)
    if (strcmp(zKind, azGroupKind[k]) == 0) return 1;
  return 0;
}

/* The correlation groups (bits of FakeRow.aGroup) a column's value is made
** from: its kind's own group, the row's product for a description beside a
** product name, the row's company for e-mails, websites and domains, the
** row's address for phone numbers (fake_people.c). */
static unsigned llm_groups(const RowCol *c) {
  unsigned m = 0;
  if (c->eRole != COL_VALUE) return 0;
  if (c->nSet > 0) return llm_set_follows(c) ? 1u << c->spec.iGroup : 0;
  if ((c->eGroup != GRP_NONE || kind_is(c, "description")) && c->spec.iGroup >= 0 &&
      c->spec.iGroup < ROW_MAX_GROUPS) {
    m |= 1u << c->spec.iGroup;
  }
  if ((kind_is(c, "email") || kind_is(c, "url") || kind_is(c, "domain")) && c->spec.iGroupCo >= 0 &&
      c->spec.iGroupCo < ROW_MAX_GROUPS) {
    m |= 1u << c->spec.iGroupCo;
  }
  if ((kind_is(c, "phone") || kind_is(c, "fax")) && c->spec.iGroupAddr >= 0 &&
      c->spec.iGroupAddr < ROW_MAX_GROUPS) {
    m |= 1u << c->spec.iGroupAddr;
  }
  return m;
}

int row_llm_columns(const RowGen *g, int bRows, int *aiCol, int nMax) {
  int i, j, n = 0;
  for (i = 0; i < g->t->nCol && n < nMax; i++) {
    const RowCol *c = &g->aCol[i];
    unsigned mAll = llm_groups(c), mOld = 0;
    int nMember = 0, isOk = 1;
    if (c->mustNull || !llm_kind_ok(c, mAll != 0)) continue;
    /*
    ** Columns that read the same person, company or place agree with one
    ** another (an e-mail made from the name, a website from the company).
    ** Such a set is written by the model as a whole, in whole rows, when
    ** every member is text it may write; otherwise (an address in the set,
    ** or pools of values that know nothing of each other) it stays offline.
    */
    while (mAll != mOld) {
      mOld = mAll;
      for (j = 0; j < g->t->nCol; j++) {
        if (!g->aCol[j].mustNull && (llm_groups(&g->aCol[j]) & mAll)) mAll |= llm_groups(&g->aCol[j]);
      }
    }
    for (j = 0; mAll && j < g->t->nCol; j++) {
      const RowCol *o = &g->aCol[j];
      if (o->mustNull || !(llm_groups(o) & mAll)) continue;
      nMember++;
      isOk &= llm_kind_ok(o, 1);
    }
    if (nMember > 1 && (!bRows || !isOk)) continue;
    aiCol[n++] = i;
  }
  return n;
}
