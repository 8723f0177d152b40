/*
** row_value.c — one value of a generated column: a number or date in its
** range and distribution, text of its kind cut or padded to its lengths,
** matched to its LIKE/GLOB pattern, and made distinct when it must be.
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "row_int.h"
#include "fake_kinds.h"
SQLITE_EXTENSION_INIT3

/* ---- making values -------------------------------------------------------------- */

/*
** Index into a unique column's value space for this ordinal.  A row whose
** value must move (it clashed with a row present, or failed a CHECK) takes
** a place drawn at random rather than the next one: next places are the
** next rows' own, and rows that all step forward pile up on one value.
*/
/* How far attempt nUniqTry (> 0) of row ordinal moves it among n places:
** the same draw for every way a column counts its places. */
static u64 uniq_move(const RowCol *c, i64 ordinal, int nUniqTry, u64 n) {
  return rng_below(rng_at(c->key, ordinal, 0x6d6f7665ULL + (u64)nUniqTry), n);
}

i64 row_uniq_index(const RowCol *c, i64 ordinal, int nUniqTry) {
  if (c->hasPerm && c->eOver && c->nWin == 0 && ((u64)ordinal >= c->perm.n || nUniqTry > ROW_OVER_TRIES)) {
    /*
    ** Past the usual range: each later block of as many rows over the next
    ** block of values, in the first block's order.  A value taken by a row
    ** written before tries other places in its block, then (the block may
    ** be full) a place in each next block, round to the first when the
    ** range has an end.
    */
    u64 n = c->perm.n, b = (u64)ordinal / n, r = (u64)ordinal - b * n;
    if (nUniqTry > 0) r = (r + uniq_move(c, ordinal, nUniqTry, n)) % n;
    if (nUniqTry > ROW_OVER_TRIES) {
      i64 nRoom = row_over_capacity(c);
      b += (u64)(nUniqTry - ROW_OVER_TRIES);
      if (nRoom != ROW_UNBOUNDED) b %= (u64)nRoom / n;
    }
    return (i64)(b * n + rng_perm(&c->perm, r));
  }
  if (c->hasPerm) {
    u64 o = (u64)ordinal, a = (u64)c->uWin, w = (u64)c->nWin, nUp = c->perm.n - a - w;
    if (nUniqTry > 0) o += uniq_move(c, ordinal, nUniqTry, c->perm.n);
    o %= c->perm.n;
    if (w == 0) return (i64)rng_perm(&c->perm, o);
    /* a date of a chain: the first rows where the dates beside it allow,
    ** the rows past them the nearest places outside (row_chain_back) */
    if (o < w) return (i64)(a + rng_perm(&c->permWin, o));
    o -= w;
    if (c->isDownFirst) return (i64)(o < a ? a - 1 - o : a + w + (o - a));
    return (i64)(o < nUp ? a + w + o : a - 1 - (o - nUp));
  }
  if (nUniqTry > 0 && c->nCap != ROW_UNBOUNDED) {
    /* short text (row_uniq_setup): another place among those its numbers
    ** have room for */
    u64 n = (u64)c->nCap;
    return (i64)(((u64)row_uniq_index(c, ordinal, 0) + uniq_move(c, ordinal, nUniqTry, n)) % n);
  }
  /* Unbounded: the first rows spread over the natural values, each later
  ** block of as many rows over the next block of indexes (the natural
  ** values with a number), in the same shuffled order: consecutive rows
  ** never read "nancy.smith1, karen.smith1, lisa.smith1". */
  if (nUniqTry > 0) return ordinal + (i64)nUniqTry * ((i64)1 << 40);
  if (c->nNatural > 0) {
    i64 k, r;
    if ((u64)ordinal <= UINT32_MAX && (u64)c->nNatural <= UINT32_MAX) {
      k = (uint32_t)ordinal / (uint32_t)c->nNatural; /* 32-bit division: faster, the same */
    } else {
      k = ordinal / c->nNatural;
    }
    r = ordinal - k * c->nNatural;
    return k * c->nNatural + (i64)rng_perm(&c->permNat, (u64)r);
  }
  return ordinal;
}

/* ---- scheduled times: business hours or meal times, quarter hours ------------- */

#define SLOT_STEP ROW_SLOT_STEP /* on the quarter hour */
#define SLOT_MONDAY 4        /* day 4 of the Unix epoch, 1970-01-05, was a Monday */
#define SLOT_WEEKEND 0.1     /* of the weekend days drawn, those kept */

/* The starts of a day of each schedule (infer.h SLOT_*): windows of quarter
** hours, on weekdays only or on every day. */
typedef struct SlotPlan {
  int nWin, aOpen[2], aN[2]; /* window w: aN[w] starts from aOpen[w] (s of day) */
  int n;                     /* starts a day */
  int isEveryDay;
} SlotPlan;
static const SlotPlan aSlotPlan[] = {
    /* SLOT_WORK: 08:00 .. 17:45, weekdays */
    {1, {8 * 3600, 0}, {40, 0}, 40, 0},
    /* SLOT_MEAL: 11:30 .. 14:00 and 17:30 .. 22:00, every day */
    {2, {11 * 3600 + 1800, 17 * 3600 + 1800}, {11, 19}, 30, 1},
};
#define SLOT_PLAN(e) (&aSlotPlan[(e) == SLOT_MEAL ? 1 : 0])

static int64_t floor_div(int64_t a, int64_t b) {
  return a >= 0 ? a / b : -((-a + b - 1) / b);
}

/* Is day d (days since 1970-01-01) a Saturday or a Sunday? */
static int slot_weekend(int64_t d) {
  return d - SLOT_MONDAY - 7 * floor_div(d - SLOT_MONDAY, 7) >= 5;
}

/* The number of weekday d among all weekdays; of a weekend day, the next
** Monday's (bUp) or the Friday's before.  Every day: d itself. */
static int64_t slot_weekday(const SlotPlan *p, int64_t d, int bUp) {
  int64_t w = floor_div(d - SLOT_MONDAY, 7), k = d - SLOT_MONDAY - 7 * w;
  if (p->isEveryDay) return d;
  return k < 5 ? 5 * w + k : 5 * w + (bUp ? 5 : 4);
}

/* The day of weekday number n. */
static int64_t slot_day(const SlotPlan *p, int64_t n) {
  int64_t w = floor_div(n, 5);
  if (p->isEveryDay) return n;
  return SLOT_MONDAY + 7 * w + (n - 5 * w);
}

/* The time of day of start k of a day, and how many starts come before
** time of day x. */
static int64_t slot_tod(const SlotPlan *p, int64_t k) {
  int w;
  for (w = 0; w < p->nWin - 1 && k >= p->aN[w]; w++)
    k -= p->aN[w];
  return p->aOpen[w] + k * SLOT_STEP;
}
static int64_t slot_below(const SlotPlan *p, int64_t x) {
  int64_t n = 0, m;
  int w;
  for (w = 0; w < p->nWin; w++) {
    m = x - p->aOpen[w];
    m = m <= 0 ? 0 : (m + SLOT_STEP - 1) / SLOT_STEP;
    n += m < p->aN[w] ? m : p->aN[w];
  }
  return n;
}

/*
** Scheduled times are numbered in time order: the days (weekdays) of a
** DATE, the starts 0 .. n - 1 of a TIME, those of each day of a DATETIME.
** slot_time: the time of number n; slot_at: the number of the first time
** at or after t (bUp), else of the last at or before it.
*/
static int64_t slot_time(int eSlot, int eClass, int64_t n) {
  const SlotPlan *p = SLOT_PLAN(eSlot);
  int64_t wd;
  if (eClass == TY_DATE) return slot_day(p, n);
  if (eClass == TY_TIME) return slot_tod(p, n);
  wd = floor_div(n, p->n);
  return slot_day(p, wd) * 86400 + slot_tod(p, n - wd * p->n);
}

static int64_t slot_at(int eSlot, int eClass, int64_t t, int bUp) {
  const SlotPlan *p = SLOT_PLAN(eSlot);
  int64_t d, wd, x;
  if (eClass == TY_DATE) return slot_weekday(p, t, bUp);
  if (eClass == TY_TIME) return bUp ? slot_below(p, t) : slot_below(p, t + 1) - 1;
  d = floor_div(t, 86400);
  if (!p->isEveryDay && slot_weekend(d)) {
    wd = slot_weekday(p, d, bUp);
    return bUp ? wd * p->n : wd * p->n + p->n - 1;
  }
  wd = slot_weekday(p, d, 0);
  x = t - d * 86400;
  return wd * p->n + (bUp ? slot_below(p, x) : slot_below(p, x + 1) - 1);
}

i64 row_slot_count(int eSlot, int eClass, int64_t tLo, int64_t tHi) {
  int64_t n = slot_at(eSlot, eClass, tHi, 0) - slot_at(eSlot, eClass, tLo, 1) + 1;
  return n > 0 ? (i64)n : 0;
}

/*
** A drawn time moved to a scheduled one of its day within [lo, hi]: a
** start of the day's windows (a DATE keeps its day).  A day with none in
** range (a CHECK that allows only the evening) keeps t.
*/
static int64_t slot_snap(int eSlot, int eClass, int64_t t, int64_t lo, int64_t hi, RngDraw *d) {
  const SlotPlan *p = SLOT_PLAN(eSlot);
  int64_t day = 0, a, b;
  if (eClass == TY_DATE) return t;
  if (eClass == TY_DATETIME) day = floor_div(t, 86400) * 86400;
  a = slot_below(p, (lo > day ? lo : day) - day);
  b = slot_below(p, (hi < day + 86399 ? hi : day + 86399) - day + 1) - 1;
  if (a > b) return t;
  return day + slot_tod(p, rng_next_range(d, a, b));
}

/* Powers of ten for decimals: pow() per value costs more than the rest. */
static const double aPow10[] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};

/*
** round() without the call into libm, to the same double: below 2^52 the
** fraction x - trunc(x) is exact, and from 2^52 every double is whole
** (NaN and infinities come back as they are).  copysign keeps the zero of
** -0.3 negative, as round() does.
*/
static inline double round_half_away(double x) {
  double a = fabs(x), t;
  if (!(a < 4503599627370496.0)) return x;
  t = (double)(i64)a;
  /* + 1 or + 0 without a branch: the fraction falls either side of 0.5 as
  ** often, which a branch predicts half the time */
  t += (double)(a - t >= 0.5);
  return copysign(t, x);
}

double row_round_to(double r, int nScale) {
  double m;
  if (nScale < 0 || nScale > 15) return r;
  m = aPow10[nScale];
  return round_half_away(r * m) / m;
}

/*
** Normal and lognormal places in [0, 1]: a bell around the middle, or most
** often near 0.  Draws outside [0, 1] are drawn again (a few times, then
** folded back): clamping would pile values on the bounds, one price in
** fifty exactly at the maximum.
*/
static inline double dist_bell(int eDist, RngDraw *d) {
  double t = 0;
  int k;
  for (k = 0; k < 8; k++) {
    t = eDist == DIST_NORMAL ? 0.5 + rng_next_normal(d) / 6.0 : 0.2 * exp(0.8 * rng_next_normal(d));
    if (t >= 0 && t <= 1) return t;
  }
  return fmod(fabs(t), 1.0);
}

/*
** A place in [0, 1] drawn by a distribution: normal and lognormal as
** dist_bell, zipf most often near 0 (over nSteps values), ages the
** shape of a census pyramid.
*/
static double dist_unit(int eDist, RngDraw *d, u64 nSteps) {
  if (eDist == DIST_ZIPF)
    return nSteps > 1 ? (double)rng_next_zipf(d, nSteps, 1.1) / (double)(nSteps - 1) : 0;
  if (eDist == DIST_AGE) {
    /* adults (18 to 90): four in five evenly to 65, then fewer each year
    ** (a falling triangle), as in a census pyramid */
    double v = rng_next_unit(d);
    return v < 0.8 ? v / 0.8 * 0.653 : 0.653 + 0.347 * (1 - sqrt(1 - (v - 0.8) / 0.2));
  }
  return dist_bell(eDist, d);
}

/* The distance between a number's values: 1, 0.01 for two decimals, 0
** for any decimals. */
static double number_step(const FakeSpec *s) {
  if (s->isInt) return 1.0;
  return s->nScale >= 0 && s->nScale <= 15 ? 1.0 / aPow10[s->nScale] : 0;
}

static void gen_number(const FakeSpec *s, RngDraw *d, i64 u, SydaVal *v) {
  double lo, hi, r;
  if (u < 0 && (s->eDist == DIST_NORMAL || s->eDist == DIST_LOGNORMAL)) {
    /* the usual draw first: the range is read after the calls in it, not
    ** kept across them */
    double t = dist_bell(s->eDist, d); /* in [0, 1] */
    r = s->rLo + (s->rHi - s->rLo) * t;
  } else if (u >= 0) {
    double step = number_step(s);
    lo = s->rLo;
    hi = s->rHi;
    r = step > 0 ? lo + (double)u * step : lo + (hi - lo) * ((double)u / 1e15);
  } else {
    double t;
    lo = s->rLo;
    hi = s->rHi;
    switch (s->eDist) {
      case DIST_ZIPF:
      case DIST_AGE: {
        double step = number_step(s);
        u64 nSteps = 1000; /* the values zipf ranks; ages do not count them */
        if (s->eDist == DIST_ZIPF && step > 0) nSteps = (u64)floor((hi - lo) / step + 1e-9) + 1;
        t = dist_unit(s->eDist, d, nSteps);
        break;
      }
      case DIST_LOG: {
        /* log-uniform from lo (from 1 above lo when lo < 1) to hi: as many
        ** values in each order of magnitude (10 to 99, 100 to 999 ...) */
        double a = lo >= 1 ? lo : 1;
        t = hi > lo ? expm1(rng_next_unit(d) * log1p((hi - lo) / a)) * a / (hi - lo) : 0;
        if (t > 1) t = 1;
        break;
      }
      default:
        if (s->isInt) {
          i64 a = (i64)lo, b = (i64)hi;
          rng_next(d); /* the unit draw a decimal takes */
          val_int(v, rng_next_range(d, a, b));
          if (s->eType == TY_REAL) val_real(v, (double)v->i);
          return;
        }
        t = rng_next_unit(d);
        break;
    }
    r = lo + (hi - lo) * t;
  }
  lo = s->rLo;
  hi = s->rHi;
  if (s->isInt) {
    r = floor(r + 0.5);
    if (r > hi) r = hi;
    if (r < lo) r = lo;
    if (s->eType == TY_REAL)
      val_real(v, r);
    else
      val_int(v, (i64)r);
    return;
  }
  if (s->nScale >= 0 && s->nScale <= 15) {
    /* row_round_to, in line: the call and its spills cost more than it */
    double m = aPow10[s->nScale];
    r = round_half_away(r * m) / m;
  }
  if (r > hi) {
    double rHi = row_round_to(hi, s->nScale);
    r = rHi > hi ? hi : rHi;
  }
  if (r < lo) {
    double rLo = row_round_to(lo, s->nScale);
    r = rLo < lo ? lo : rLo;
  }
  val_real(v, r);
}

/* A unique number past the usual range of its column (RowCol.eOver): the
** u-th step from the bottom, with no top to stop at. */
static void over_number(const FakeSpec *s, i64 u, SydaVal *v) {
  if (s->isInt) {
    i64 x = (i64)s->rLo + u;
    if (s->eType == TY_REAL)
      val_real(v, (double)x);
    else
      val_int(v, x);
  } else {
    val_real(v, row_round_to(s->rLo + (double)u / aPow10[s->nScale], s->nScale));
  }
}

/* A date or time value of another column, in the unit of eClass (days or
** seconds), or 0 when it has none. */
static int time_of_value(const SydaVal *v, int eClass, int64_t *pt) {
  int64_t s;
  if (eClass == TY_TIME) return v->eType == SQLITE_TEXT && !row_time_of(TY_TIME, v->z, v->n, pt);
  if (v->eType == SQLITE_TEXT) {
    if (date_parse(v->z, v->n, &s)) return 0;
  } else if (v->eType == SQLITE_INTEGER) {
    s = v->i; /* Unix seconds */
  } else if (v->eType == SQLITE_FLOAT) {
    s = (int64_t)((v->r - 2440587.5) * 86400.0); /* Julian day */
  } else {
    return 0;
  }
  *pt = eClass == TY_DATE ? (s >= 0 ? s / 86400 : -((-s + 86399) / 86400)) : s;
  return 1;
}

/* The date a chained column follows: its predecessor's, or when that is
** NULL the nearest earlier one's (a delivery follows the order date when
** the ship date is missing). */
static int chain_start(const RowGen *g, const RowCol *c, int iCol, RowState *st, int eClass, int64_t *pt) {
  int iPrev = c->spec.iAfter, nHop;
  for (nHop = 0; iPrev >= 0 && nHop < 8; nHop++) {
    if (nHop == 0 && g->aCol[iPrev].iBack == iCol) return 0; /* drawn back from this one: made after */
    if (time_of_value(&st->aVal[iPrev], eClass, pt)) return 1;
    iPrev = g->aCol[iPrev].spec.iAfter;
  }
  return 0;
}

/*
** A billing period's end: a month (28 to 31 days) or a year (365 or 366
** days) after its start, whichever lies in the end's range; a month two
** times in three when both do.  0 when neither does.
*/
static int term_window(const RowCol *c, int64_t t0, RngDraw *d, int64_t *pLo, int64_t *pHi) {
  int64_t unit = row_time_class(c) == TY_DATE ? 1 : 86400;
  int64_t aLo[2], aHi[2];
  int i, ok[2];
  aLo[0] = t0 + 28 * unit, aHi[0] = t0 + 31 * unit;
  aLo[1] = t0 + 365 * unit, aHi[1] = t0 + 366 * unit;
  for (i = 0; i < 2; i++) {
    if (aLo[i] < c->spec.tLo) aLo[i] = c->spec.tLo;
    if (aHi[i] > c->spec.tHi) aHi[i] = c->spec.tHi;
    ok[i] = aLo[i] <= aHi[i];
  }
  if (!ok[0] && !ok[1]) return 0;
  i = ok[0] && ok[1] ? rng_next_range(d, 0, 2) == 2 : ok[1];
  *pLo = aLo[i];
  *pHi = aHi[i];
  return 1;
}

/*
** A date drawn back from the unique date after it (row_chain_back), t1 in
** this column's unit: before it by that one's gap, and after the date
** before it (when that is made first: a unique one) by its own gap where
** both fit, else between the two (a billing period: a month or a year, as
** term_window).  Not after its own range ends; before its start only when
** the order asks it, and never before a bound from a CHECK, a rule or a
** comment, which wins over the order.
*/
static int64_t time_before(const RowGen *g, const RowCol *c, int iCol, RowState *st, RngDraw *d, int64_t t1) {
  const FakeSpec *s = &c->spec;
  const RowCol *o = &g->aCol[c->iBack];
  int eClass = row_time_class(c), eNext = row_time_class(o);
  int64_t gLo = o->spec.tGapLo, gHi = o->spec.tGapHi, lo, hi, t0;
  if (eNext == TY_DATE && eClass == TY_DATETIME) {
    gLo *= 86400;
    gHi *= 86400;
  } else if (eNext == TY_DATETIME && eClass == TY_DATE) {
    gLo /= 86400;
    gHi /= 86400;
  }
  if (o->eGap == GAP_TERM) {
    /* a month or a year, whichever starts in range; a month two times in
    ** three when both do */
    int64_t day = eClass == TY_DATE ? 1 : 86400;
    int okMonth = t1 - 31 * day <= s->tHi && !((c->timeHard & 1) && t1 - 28 * day < s->tLo);
    int okYear = t1 - 366 * day <= s->tHi && !((c->timeHard & 1) && t1 - 365 * day < s->tLo);
    int isYear = okMonth && okYear ? rng_next_range(d, 0, 2) == 2 : okYear;
    gLo = (isYear ? 365 : 28) * day;
    gHi = (isYear ? 366 : 31) * day;
  }
  lo = t1 - gHi;
  hi = t1 - gLo;
  if (chain_start(g, c, iCol, st, eClass, &t0)) {
    int64_t a = t0 + s->tGapLo, z = t0 + s->tGapHi;
    if (a <= hi && z >= lo) {
      if (a > lo) lo = a;
      if (z < hi) hi = z;
    } else if (a > hi && t0 <= t1) {
      if (lo < t0) lo = t0;
      if (hi < lo) hi = t1;
    }
  }
  if (hi > s->tHi) hi = s->tHi;
  if (lo > hi) lo = hi;
  if (lo < s->tLo && (s->tLo <= hi || (c->timeHard & 1) || eClass == TY_TIME)) lo = s->tLo;
  if (hi < lo) hi = lo;
  if (c->isSlot && slot_at(c->isSlot, eClass, lo, 1) <= slot_at(c->isSlot, eClass, hi, 0)) {
    /* a scheduled start: one of the times between */
    return slot_time(c->isSlot, eClass,
                     rng_next_range(d, slot_at(c->isSlot, eClass, lo, 1), slot_at(c->isSlot, eClass, hi, 0)));
  }
  return lo == hi ? lo : rng_next_range(d, lo, hi);
}

/* A time drawn from a column's own range by its distribution. */
static inline int64_t time_free(const FakeSpec *s, RngDraw *d) {
  if (s->eDist == DIST_NORMAL || s->eDist == DIST_LOGNORMAL || s->eDist == DIST_ZIPF || s->eDist == DIST_AGE) {
    /* normal around the middle; the others the latest most often (birth
    ** dates: a person's age counts back from the latest) */
    double x = dist_unit(s->eDist, d, (u64)(s->tHi - s->tLo) + 1);
    int64_t span = s->tHi - s->tLo;
    return s->eDist == DIST_NORMAL ? s->tLo + (int64_t)(x * (double)span) : s->tHi - (int64_t)(x * (double)span);
  }
  return (int64_t)rng_next_range(d, s->tLo, s->tHi);
}

/* A date or time value of any column (gen_time).  Not inlined: its set-up
** (six registers saved, a frame) would then be paid by the plain dates. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static void time_any(const RowGen *g, const RowCol *c, int iCol, RowState *st, RngDraw *d, i64 u, SydaBuf *b,
                     SydaVal *v) {
  const FakeSpec *s = &c->spec;
  /* a DATE, DATETIME or TIME column's own class without the kind's look-up */
  int eClass =
      s->eType == TY_DATE || s->eType == TY_DATETIME || s->eType == TY_TIME ? s->eType : row_time_class(c);
  int64_t t, t0;
  if (u >= 0) {
    /* a unique scheduled time: the u-th of the range's (row_slot_count) */
    int64_t off = row_slot_shift(c);
    t = c->isSlot ? slot_time(c->isSlot, eClass, slot_at(c->isSlot, eClass, s->tLo - off, 1) + u) + off
                  : s->tLo + u;
    /* past the usual range (RowCol.eOver): on after its end, or back before
    ** its start for dates that look back */
    if (c->eOver < 0 && u >= c->nCap) t = s->tLo - 1 - (u - c->nCap);
  } else if (g && c->iBack >= 0 && time_of_value(&st->aVal[c->iBack], eClass, &t0)) {
    t = time_before(g, c, iCol, st, d, t0);
  } else if (g && s->iAfter >= 0 && chain_start(g, c, iCol, st, eClass, &t0)) {
    /*
    ** A later date of a chain: after the one before it by its gap, and in
    ** its own range (a current period's end is in the future even when its
    ** start is years back: then early in the range, within the gap's
    ** width).  A start after the range's end leaves the end where a CHECK,
    ** a rule or today (for dates that look back) puts it, else the order
    ** wins over the kind's range.
    */
    const FakeKind *k = fake_kind_at(s->iKind);
    int64_t lo = t0 + s->tGapLo, hi = t0 + s->tGapHi;
    if (c->eGap == GAP_TERM && term_window(c, t0, d, &lo, &hi)) {
      /* a month or a year after, in range */
    } else if (hi < s->tLo) {
      lo = s->tLo;
      hi = s->tLo + (s->tGapHi - s->tGapLo);
    } else if (lo < s->tLo) {
      lo = s->tLo;
    }
    if (lo > s->tHi) {
      if (c->timeHard & 2)
        lo = s->tHi;
      else if (k->isRelative && k->rHi <= 0)
        lo = s->tHi > t0 ? s->tHi : t0; /* not after today */
      hi = lo;
    } else if (hi > s->tHi) {
      hi = s->tHi;
    }
    t = lo == hi ? lo : rng_next_range(d, lo, hi);
    if (c->isSlotEnd) {
      /* a scheduled event's end: whole quarter hours after its start, up
      ** to an hour seven times in ten */
      int64_t a = (lo - t0 + SLOT_STEP - 1) / SLOT_STEP, z = floor_div(hi - t0, SLOT_STEP);
      if (a <= z) {
        int64_t zShort = z < 4 ? z : (a > 4 ? a : 4);
        t = t0 + SLOT_STEP * rng_next_range(d, a, rng_next_unit(d) < 0.7 ? zShort : z);
      }
    }
  } else if (c->isSlot) {
    /* a scheduled event: a weekday (a weekend day drawn is kept one time in
    ** ten), in the working hours of its day; a meal any day, at lunch or
    ** dinner */
    int k;
    t = time_free(s, d);
    for (k = 0; k < 3 && eClass != TY_TIME && !SLOT_PLAN(c->isSlot)->isEveryDay &&
                slot_weekend(eClass == TY_DATE ? t : floor_div(t, 86400));
         k++) {
      if (rng_next_unit(d) < SLOT_WEEKEND) break;
      t = time_free(s, d);
    }
    t = slot_snap(c->isSlot, eClass, t, s->tLo, s->tHi, d);
  } else {
    t = time_free(s, d);
  }
  buf_reset(b);
  if (s->eType == TY_INT) {
    /* a number column with a date kind: Unix seconds */
    val_int(v, eClass == TY_DATE ? t * 86400 : t);
    return;
  }
  if (s->eType == TY_REAL || s->eType == TY_NUMERIC) {
    /* Julian day number, as SQLite's julianday() gives */
    val_real(v, (eClass == TY_DATE ? (double)t : (double)t / 86400.0) + 2440587.5);
    return;
  }
  if (eClass == TY_DATE)
    buf_date_in(b, &c->days, t);
  else if (eClass == TY_TIME)
    buf_time(b, t);
  else
    buf_datetime_in(b, &c->days, t);
  val_text_buf(v, b);
}

/* A date or time value.  Most dates are drawn in the range and written as
** text (RowCol.ePlainTime): those in a small function of their own, which
** saves them the setting up of the whole of time_any. */
static void gen_time(const RowGen *g, const RowCol *c, int iCol, RowState *st, RngDraw *d, i64 u, SydaBuf *b,
                     SydaVal *v) {
  int64_t t;
  int n;
  if (c->ePlainTime == 0 || u >= 0) {
    time_any(g, c, iCol, st, d, u, b, v);
    return;
  }
  t = time_free(&c->spec, d);
  n = c->ePlainTime == TY_DATE ? 10 : 19;
  if (b->nAlloc <= n) {
    buf_reset(b);
    if (buf_grow(b, n)) {
      val_text_buf(v, b);
      return;
    }
  }
  if (n == 10)
    date_table_text(&c->days, b->z, t);
  else
    date_time_text(&c->days, b->z, t);
  b->z[n] = 0;
  b->n = n;
  val_text_buf(v, b);
}

/* Words of a status that mean an order has not shipped, or has arrived. */
static int status_has(const SydaVal *v, const char *const *az) {
  int i;
  if (v->eType != SQLITE_TEXT) return 0;
  for (i = 0; az[i]; i++) {
    if (sqlite3_strnicmp(v->z, az[i], (int)strlen(az[i])) == 0 && (int)strlen(az[i]) == v->n) return 1;
  }
  return 0;
}

/*
** What a status says of the row's event, as ROW_ST_* bits: still to come
** (SOON; "Scheduled", "Booked": ROW_ST_PLANNED as well), happened (DONE:
** "Completed", "No-show"), ended (ENDED: "Cancelled", "Expired"), closed
** (CLOSED: "Resolved", "Closed").  Case, blanks, '_' and '-' do not count.
*/
int row_status_says(const SydaVal *v) {
  static const struct {
    const char *z;
    int m;
  } a[] = {
      {"scheduled", ROW_ST_SOON | ROW_ST_PLANNED},
      {"booked", ROW_ST_SOON | ROW_ST_PLANNED},
      {"upcoming", ROW_ST_SOON | ROW_ST_PLANNED},
      {"planned", ROW_ST_SOON | ROW_ST_PLANNED},
      {"reserved", ROW_ST_SOON | ROW_ST_PLANNED},
      {"pending", ROW_ST_SOON},
      {"confirmed", ROW_ST_SOON},
      {"tentative", ROW_ST_SOON},
      {"waitlisted", ROW_ST_SOON},
      {"notstarted", ROW_ST_SOON},
      {"completed", ROW_ST_DONE | ROW_ST_CLOSED},
      {"complete", ROW_ST_DONE | ROW_ST_CLOSED},
      {"done", ROW_ST_DONE | ROW_ST_CLOSED},
      {"finished", ROW_ST_DONE | ROW_ST_CLOSED},
      {"fulfilled", ROW_ST_DONE | ROW_ST_CLOSED},
      {"attended", ROW_ST_DONE},
      {"noshow", ROW_ST_DONE | ROW_ST_MISSED},
      {"missed", ROW_ST_DONE | ROW_ST_MISSED},
      {"checkedout", ROW_ST_DONE},
      {"closed", ROW_ST_CLOSED},
      {"resolved", ROW_ST_CLOSED},
      {"solved", ROW_ST_CLOSED},
      {"cancelled", ROW_ST_ENDED},
      {"canceled", ROW_ST_ENDED},
      {"terminated", ROW_ST_ENDED},
      {"churned", ROW_ST_ENDED},
      {"expired", ROW_ST_ENDED},
      {"ended", ROW_ST_ENDED},
      {"lapsed", ROW_ST_ENDED},
      {"revoked", ROW_ST_ENDED},
      {"discontinued", ROW_ST_ENDED},
  };
  char zw[24];
  int i, n = 0;
  if (v->eType != SQLITE_TEXT) return 0;
  for (i = 0; i < v->n; i++) {
    char ch = v->z[i];
    if (ch == ' ' || ch == '_' || ch == '-') continue;
    if (n == (int)sizeof(zw) - 1) return 0;
    zw[n++] = (char)(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch);
  }
  zw[n] = 0;
  for (i = 0; i < (int)(sizeof(a) / sizeof(a[0])); i++) {
    if (strcmp(zw, a[i].z) == 0) return a[i].m;
  }
  return 0;
}

/*
** A status that contradicts the date it is about: a visit still to come
** that says "Completed" takes one of the listed statuses of what is to
** come, and one in the past that says "Scheduled" one of what happened.
*/
static void status_follow_when(RowGen *g, RowState *st) {
  SydaVal *vs = &st->aVal[g->iStatus];
  int64_t t;
  int says = row_status_says(vs), isSoon;
  u64 h;
  if (!time_of_value(&st->aVal[g->iWhen], TY_DATETIME, &t)) return;
  isSoon = t >= (int64_t)FAKE_TODAY_DAYS * 86400;
  h = rng_at(g->aCol[g->iStatus].key, st->frow.iOrdinal, 0x7768656eULL);
  if (isSoon && (says & ROW_ST_DONE)) {
    *vs = g->aCol[g->iStatus].aSet[g->aiStatusSoon[h % (u64)g->nStatusSoon]];
  } else if (!isSoon && (says & ROW_ST_PLANNED)) {
    *vs = g->aCol[g->iStatus].aSet[g->aiStatusDone[h % (u64)g->nStatusDone]];
  } else {
    return;
  }
  vs->isStatic = 0;
}

void row_apply_status(RowGen *g, RowState *st) {
  static const char *const azNotYet[] = {"new",     "pending",  "processing",  "placed",    "open",
                                         "draft",   "created",  "cancelled",   "canceled",  "confirmed",
                                         "on hold", "awaiting", "unpaid",      "submitted", "in review",
                                         "denied",  "rejected", "backordered", "ordered",   0};
  static const char *const azArrived[] = {"delivered", "completed", "complete", "closed",
                                          "done",      "received",  "returned", "fulfilled",
                                          "paid",      "approved",  "finished", 0};
  const SydaVal *vs;
  int i;
  if (g->iStatus < 0 || !g->hasStatusRule) return;
  vs = &st->aVal[g->iStatus];
  if (vs->eType != SQLITE_TEXT) return;
  if (g->iWhen >= 0) status_follow_when(g, st);
  for (i = 0; i < g->t->nCol; i++) {
    const RowCol *c = &g->aCol[i];
    if (c->eStatusRule == 0) continue;
    if (c->eStatusRule == ROW_STATUS_SEEN) {
      /* no diagnosis or note of a visit to come, of one cancelled, or of
      ** one the patient missed */
      int m = row_status_says(vs);
      if (((m & (ROW_ST_SOON | ROW_ST_ENDED)) && !(m & ROW_ST_DONE)) || (m & ROW_ST_MISSED)) val_null(&st->aVal[i]);
      continue;
    }
    if (c->eStatusRule == ROW_STATUS_END || c->eStatusRule == ROW_STATUS_CLOSE) {
      /* a cancellation date only when the status says it ended; a closing
      ** date when it says closed (or ended) */
      int m = c->eStatusRule == ROW_STATUS_END ? ROW_ST_ENDED : ROW_ST_CLOSED | ROW_ST_ENDED;
      if (!(row_status_says(vs) & m)) val_null(&st->aVal[i]);
      continue;
    }
    /* a shipping date waits for shipping; a delivery for arrival */
    if ((c->eStatusRule == 1 && status_has(vs, azNotYet)) ||
        (c->eStatusRule >= 2 && (status_has(vs, azNotYet) || !status_has(vs, azArrived)))) {
      val_null(&st->aVal[i]);
    }
  }
}

/* Characters that may stand at one '_'/'?' (any) or '[...]' position. */
static const char pat_any[] = "abcdefghijklmnopqrstuvwxyz0123456789";

/*
** The class "[...]" that starts at z (z[0] == '['): its end (past ']') in
** *pzEnd, how many characters it allows, and the k-th of them in *pc.
** A negated class allows the characters of pat_any not in it.
*/
static int pat_class(const char *z, const char **pzEnd, u64 k, char *pc) {
  const char *cls = z + 1, *e, *x;
  int inv = 0, n = 0, i;
  if (*cls == '^') {
    inv = 1;
    cls++;
  }
  e = strchr(cls + (*cls == ']'), ']');
  if (e == 0) e = cls + strlen(cls);
  *pzEnd = *e ? e + 1 : e;
  *pc = 'a';
  if (!inv) {
    for (x = cls; x < e;) {
      int w = (x + 2 < e && x[1] == '-') ? (unsigned char)x[2] - (unsigned char)x[0] + 1 : 1;
      n += w > 0 ? w : 0;
      x += (x + 2 < e && x[1] == '-') ? 3 : 1;
    }
    if (n == 0) return 1;
    k %= (u64)n;
    for (x = cls; x < e;) {
      int isRange = x + 2 < e && x[1] == '-';
      int w = isRange ? (unsigned char)x[2] - (unsigned char)x[0] + 1 : 1;
      if (w > 0 && k < (u64)w) {
        *pc = (char)(x[0] + (int)k);
        break;
      }
      if (w > 0) k -= (u64)w;
      x += isRange ? 3 : 1;
    }
    return n;
  }
  for (i = 0; pat_any[i]; i++) {
    int hit = 0;
    for (x = cls; x < e;) {
      if (x + 2 < e && x[1] == '-') {
        hit |= pat_any[i] >= x[0] && pat_any[i] <= x[2];
        x += 3;
      } else {
        hit |= pat_any[i] == *x;
        x++;
      }
    }
    if (!hit) {
      if (k == 0) *pc = pat_any[i];
      if (k > 0) k--;
      n++;
    }
  }
  return n > 0 ? n : 1;
}

/* Distinct values a pattern can make (ROW_UNBOUNDED with % or *). */
i64 row_pattern_capacity(const char *zPat, int bLike) {
  const char *p = zPat;
  long double n = 1;
  char ch;
  while (*p) {
    if (*p == (bLike ? '%' : '*')) return ROW_UNBOUNDED;
    if (*p == (bLike ? '_' : '?')) {
      n *= 36;
      p++;
    } else if (!bLike && *p == '[') {
      n *= pat_class(p, &p, 0, &ch);
    } else {
      p++;
    }
    if (n > 4e18) return ROW_UNBOUNDED;
  }
  return (i64)n;
}

/*
** Text made from a LIKE or GLOB pattern.  With u >= 0 the text is the u-th
** of the pattern's values: u fills the single-character positions in mixed
** radix and what is left goes, in decimal, into the first '%'/'*', so
** distinct u give distinct text.  Otherwise the positions are drawn.
*/
static void gen_pattern(RngDraw *d, const char *zPat, int bLike, int nMin, int nMax, i64 u, SydaBuf *b) {
  const char *p;
  int nFixed = 0, nMany = 0, usedMany = 0;
  u64 rest = u >= 0 ? (u64)u : 0;
  for (p = zPat; *p;) {
    if (*p == (bLike ? '%' : '*')) {
      nMany++;
      p++;
    } else if (!bLike && *p == '[') {
      char ch;
      pat_class(p, &p, 0, &ch);
      nFixed++;
    } else {
      nFixed++;
      p++;
    }
  }
  buf_reset(b);
  for (p = zPat; *p;) {
    char ch = *p;
    if (ch == (bLike ? '%' : '*')) {
      if (u >= 0) {
        if (!usedMany && rest > 0) buf_int(b, (i64)rest);
        usedMany = 1;
      } else {
        int want = 3 + (int)rng_next_below(d, 6);
        if (nMax > 0) {
          int room = (nMax - nFixed) / (nMany > 0 ? nMany : 1);
          if (want > room) want = room > 0 ? room : 0;
        }
        if (nMin > nFixed + want * nMany && nMany > 0) want = (nMin - nFixed + nMany - 1) / nMany;
        while (want-- > 0)
          buf_putc(b, pat_any[rng_next_below(d, 26)]);
      }
      p++;
    } else if (ch == (bLike ? '_' : '?')) {
      if (u >= 0) {
        buf_putc(b, pat_any[rest % 36]);
        rest /= 36;
      } else {
        buf_putc(b, pat_any[rng_next_below(d, 36)]);
      }
      p++;
    } else if (!bLike && ch == '[') {
      char pick;
      const char *q = p;
      int n = pat_class(q, &p, 0, &pick);
      u64 k = u >= 0 ? rest % (u64)n : rng_next_below(d, (u64)n);
      if (u >= 0) rest /= (u64)n;
      pat_class(q, &p, k, &pick);
      buf_putc(b, pick);
    } else {
      buf_putc(b, ch);
      p++;
    }
  }
}

/* z[0..k) without its trailing blanks and commas: its length. */
static int cut_trim(const char *z, int k) {
  while (k > 0 && (z[k - 1] == ' ' || z[k - 1] == ','))
    k--;
  return k;
}

/*
** Cut text to at most nMax characters, keeping whole words: at the last
** blank (else the last hyphen: "best" of "best-selling") before which the
** text, trailing blanks and commas trimmed, still has at least nMin
** characters (and one).  Only when no such place exists is a word cut, at
** nMax characters (never inside a UTF-8 sequence).
*/
void row_text_cut(SydaBuf *b, int nMin, int nMax) {
  int n = utf8_prefix(b->z, b->n, nMax), k, pass;
  if (nMin < 1) nMin = 1;
  for (pass = 0; n < b->n && pass < 2; pass++) {
    char sep = pass == 0 ? ' ' : '-';
    for (k = n; k > 0; k--) {
      int m;
      if (b->z[k] != sep) continue;
      m = cut_trim(b->z, k);
      if (m > 0 && utf8_chars(b->z, m) >= nMin) {
        b->n = m;
        b->z[m] = 0;
        return;
      }
    }
  }
  k = cut_trim(b->z, n);
  if (k > 0) n = k;
  b->n = n;
  b->z[n] = 0;
}

/* Lengthen text to at least nMin characters: whole words while they fit
** under nMax (0: no limit), then single letters. */
static void text_pad(RngDraw *d, SydaBuf *b, int nMin, int nMax) {
  int nChar = utf8_chars(b->z ? b->z : "", b->n);
  while (nChar < nMin && !b->oom) {
    int room = (nMax > 0 ? nMax : nMin + 20) - nChar - 1;
    if (room < 2 || nMin - nChar < 3) break;
    if (b->n > 0) buf_putc(b, ' ');
    fake_words(d, b, 1, room);
    nChar = utf8_chars(b->z, b->n);
  }
  while (nChar < nMin && !b->oom) {
    buf_putc(b, (char)('a' + rng_next_below(d, 26)));
    nChar++;
  }
}

/* Make a unique text value from its base: "base 123", cut to fit. */
static void text_unique_suffix(SydaBuf *b, i64 u, int nMax) {
  char num[24];
  int nNum = 0, nKeep;
  i64 x = u + 1;
  do {
    num[nNum++] = (char)('0' + x % 10);
    x /= 10;
  } while (x);
  if (nMax > 0 && nNum + 2 > nMax) {
    /* only the number fits */
    buf_reset(b);
  } else {
    int room = nMax > 0 ? nMax - nNum - 1 : b->n;
    nKeep = utf8_prefix(b->z, b->n, room);
    while (nKeep > 0 && b->z[nKeep - 1] == ' ')
      nKeep--;
    b->n = nKeep;
    if (b->z) b->z[nKeep] = 0;
    if (b->n > 0) buf_putc(b, ' ');
  }
  while (nNum > 0)
    buf_putc(b, num[--nNum]);
}

/* The shortest of a locale's free-mail domains ("me.com"). */
static const char *short_mail_domain(const DictLocale *L) {
  const char *z = 0;
  int i;
  for (i = 0; L && i < L->emailDomain.n; i++)
    if (z == 0 || strlen(L->emailDomain.az[i]) < strlen(z)) z = L->emailDomain.az[i];
  return z;
}

/*
** An e-mail address longer than its column, made to fit as an address: the
** local part cut, at a shorter domain if need be.  A unique one (u >= 0)
** ends its local part in "." and the number u + 1, which no address that
** fits as it is does ("maria.garcia3" joins its number without a dot), so
** the values stay distinct.  0 when no address fits.
*/
static int fit_email(const FakeSpec *s, SydaBuf *b, int nMax, i64 u) {
  const char *zAt = b->z ? memchr(b->z, '@', (size_t)b->n) : 0;
  char zLocal[64], zDom[64], zNum[24];
  int nLocal, nDom, nNum = 0, room, i, j;
  if (zAt == 0) return 0;
  nLocal = (int)(zAt - b->z);
  nDom = b->n - nLocal - 1;
  if (u >= 0) nNum = (int)strlen(sqlite3_snprintf((int)sizeof(zNum), zNum, ".%lld", (long long)(u + 1)));
  if (nMax - 1 - nDom - nNum < 2 || nDom >= (int)sizeof(zDom)) {
    /* two letters of the name at least: at the shortest domain */
    const char *z = short_mail_domain(s->pLocale ? s->pLocale : dict_locale("en_US"));
    if (z == 0 || (int)strlen(z) >= (int)sizeof(zDom)) return 0;
    nDom = (int)strlen(z);
    memcpy(zDom, z, (size_t)nDom);
  } else {
    memcpy(zDom, zAt + 1, (size_t)nDom);
  }
  room = nMax - 1 - nDom - nNum;
  if (room < 1) return 0;
  /* the local part's first characters, without digits when a number follows */
  for (i = j = 0; i < nLocal && j < room && j < (int)sizeof(zLocal) - 1; i++) {
    char ch = b->z[i];
    if (u >= 0 && ch >= '0' && ch <= '9') continue;
    zLocal[j++] = ch;
  }
  while (j > 0 && (zLocal[j - 1] == '.' || zLocal[j - 1] == '_' || zLocal[j - 1] == '-'))
    j--;
  if (j == 0) return 0;
  buf_reset(b);
  buf_append(b, zLocal, j);
  if (nNum) buf_append(b, zNum, nNum);
  buf_putc(b, '@');
  buf_append(b, zDom, nDom);
  return !b->oom;
}

/* A phone number longer than its column: its digits alone, the last ones
** when even those are too many (a national number without the country's
** code), not below seven.  0 when they do not fit. */
static int fit_phone(SydaBuf *b, int nMax) {
  int i, j = 0, k;
  for (i = 0; i < b->n; i++)
    j += b->z[i] >= '0' && b->z[i] <= '9';
  if (j == 0 || (j > nMax && nMax < 7)) return 0;
  for (i = j = 0; i < b->n; i++)
    if (b->z[i] >= '0' && b->z[i] <= '9') b->z[j++] = b->z[i];
  k = j > nMax ? j - nMax : 0;
  memmove(b->z, b->z + k, (size_t)(j - k));
  b->n = j - k;
  b->z[b->n] = 0;
  return 1;
}

/* A URL longer than its column: without its path, then without "www.",
** then without its scheme. */
static int fit_url(SydaBuf *b, int nMax) {
  char *zHost = b->z ? strstr(b->z, "://") : 0, *zPath;
  if (zHost == 0) return 0;
  zHost += 3;
  zPath = strchr(zHost, '/');
  if (zPath) {
    b->n = (int)(zPath - b->z);
    b->z[b->n] = 0;
  }
  if (b->n > nMax && strncmp(zHost, "www.", 4) == 0) {
    memmove(zHost, zHost + 4, (size_t)(b->n - (zHost + 4 - b->z)) + 1);
    b->n -= 4;
  }
  if (b->n > nMax) {
    /* the host alone ("stackatlas.com") */
    int nScheme = (int)(zHost - b->z);
    memmove(b->z, zHost, (size_t)(b->n - nScheme) + 1);
    b->n -= nScheme;
  }
  return b->n <= nMax;
}

/*
** Text of a kind with a shape (an e-mail address, a phone number, a URL)
** that its column is too short for, made to fit keeping the shape where
** it can.  Phone numbers and URLs only when they need not be distinct
** (u < 0): dropping their characters could make two meet.  1 when b fits.
*/
static int fit_shape(const FakeKind *k, const FakeSpec *s, SydaBuf *b, int nMax, i64 u) {
  if (k->xGen == fake_gen_email) return fit_email(s, b, nMax, u);
  if (u >= 0 || b->z == 0) return 0;
  if (k->xGen == fake_gen_phone) return fit_phone(b, nMax);
  if (k->xGen == fake_gen_url) return fit_url(b, nMax);
  return 0;
}

static void gen_text_kind(RowGen *g, RowState *st, RowCol *c, int iCol, RngDraw *d, i64 u, SydaVal *v) {
  const FakeKind *k = fake_kind_at(c->spec.iKind);
  const FakeSpec *s = &c->spec;
  const Domain *dm = c->pDom;
  SydaBuf *b = &st->aBuf[iCol];
  FakeCtx ctx;
  int native;
  if (c->eWords == 0) {
    /* once: plain words that nothing below would change (fake_words
    ** keeps them within nLenMax itself), for gen_text to make directly */
    int isPattern = dm && (dm->zLike || dm->zGlob);
    c->eWords = s->iKind == fake_kind_generic(TY_TEXT) && s->nLenMin <= 0 && !isPattern ? 1 : 2;
  }
  if (u >= 0 && c->eNative == 0) c->eNative = k->xCap && k->xCap(s, 0) != 0 ? 1 : 2; /* once: the spec is fixed */
  native = u >= 0 && c->eNative == 1;
  ctx.d = *d;
  ctx.u = native ? u : -1;
  ctx.pSpec = s;
  ctx.pRow = &st->frow;
  ctx.pBuf = b;
  if (u >= 0 && !native) {
    /* the base text is drawn from u, so equal bases never meet */
    rng_draw_init(&ctx.d, d->key, u, 0x75ULL << 40);
  }
  (void)g;
  fake_gen(&ctx, v);
  *d = ctx.d;
  if (v->eType != SQLITE_TEXT) return;
  if (v->isStatic) {
    /* copy a word-list entry into the buffer before changing it */
    if (v->z != b->z) {
      buf_reset(b);
      buf_append(b, v->z, v->n);
    }
  }
  if (dm && (dm->zLike || dm->zGlob)) {
    const char *zPat = dm->zLike ? dm->zLike : dm->zGlob;
    int ok = dm->zLike ? check_like(zPat, b->z ? b->z : "", b->n) : check_glob(zPat, b->z ? b->z : "", b->n);
    if (!ok || u >= 0) gen_pattern(d, zPat, dm->zLike != 0, s->nLenMin, s->nLenMax, u, b);
  }
  if (s->nLenMin > 0 && !(dm && (dm->zLike || dm->zGlob))) text_pad(d, b, s->nLenMin, s->nLenMax);
  if (u >= 0 && dm && (dm->zLike || dm->zGlob)) {
    /* the pattern made it distinct */
  } else if (u >= 0 && !native) {
    text_unique_suffix(b, u, s->nLenMax);
  } else if (s->nLenMax > 0 && utf8_chars(b->z ? b->z : "", b->n) > s->nLenMax) {
    if (fit_shape(k, s, b, s->nLenMax, u)) {
      /* still an address, a number, a URL */
    } else {
      row_text_cut(b, s->nLenMin, s->nLenMax);
      if (u >= 0) text_unique_suffix(b, u, s->nLenMax);
    }
  }
  if (s->nLenMin > 0) text_pad(d, b, s->nLenMin, s->nLenMax);
  val_text_buf(v, b);
}

/* A text value: plain words (the generic TEXT kind) straight from
** fake_words, the rest through its kind and the column's fitting. */
static void gen_text(RowGen *g, RowState *st, RowCol *c, int iCol, RngDraw *d, i64 u, SydaVal *v) {
  if (u < 0 && c->eWords == 1) {
    SydaBuf *b = &st->aBuf[iCol];
    buf_reset(b);
    fake_words(d, b, c->spec.nLenMin, c->spec.nLenMax);
    val_text_buf(v, b);
    return;
  }
  gen_text_kind(g, st, c, iCol, d, u, v);
}

static u64 seen_key(u64 h) {
  return h < 2 ? h + 2 : h;
}

int row_seen_has(const RowSeen *s, u64 h) {
  int i;
  if (s->nAlloc == 0) return 0;
  h = seen_key(h);
  for (i = (int)(h % (u64)s->nAlloc); s->a[i]; i = (i + 1) % s->nAlloc) {
    if (s->a[i] == h) return 1;
  }
  return 0;
}

int row_seen_add(RowSeen *s, u64 h, int nMax) {
  int i;
  h = seen_key(h);
  if (s->nUsed >= nMax) return -1;
  if (s->nUsed * 2 >= s->nAlloc) {
    int nNew = s->nAlloc ? s->nAlloc * 2 : 256;
    u64 *aNew = sqlite3_malloc64(sizeof(u64) * (sqlite3_uint64)nNew);
    if (aNew == 0) return -1;
    memset(aNew, 0, sizeof(u64) * (size_t)nNew);
    for (i = 0; i < s->nAlloc; i++) {
      if (s->a[i] > 1) {
        int j = (int)(s->a[i] % (u64)nNew);
        while (aNew[j])
          j = (j + 1) % nNew;
        aNew[j] = s->a[i];
      }
    }
    sqlite3_free(s->a);
    s->a = aNew;
    s->nAlloc = nNew;
  }
  for (i = (int)(h % (u64)s->nAlloc); s->a[i] > 1; i = (i + 1) % s->nAlloc) {
  }
  s->a[i] = h;
  s->nUsed++;
  return i;
}

void row_seen_clear(RowSeen *s) {
  sqlite3_free(s->a);
  memset(s, 0, sizeof(*s));
}

/* Remember h among a unique column's proposed values; 0 if already there. */
static int prov_seen_add(RowCol *c, u64 h) {
  if (row_seen_has(&c->seen, h)) return 0;
  return row_seen_add(&c->seen, h, 0x40000000) >= 0;
}

/*
** Whether proposed text z[0..n) has the shape its kind promises: an e-mail
** address, a URL, a domain or a user name as a program reading the column
** expects them, a person's name without digits or '@'.  Other kinds take
** any text.
*/
static int prov_shape_ok(const char *zKind, const char *z, int n) {
  int i, nAt = 0, iAt = -1, nDot = 0, hasSpace = 0, hasDigit = 0;
  for (i = 0; i < n; i++) {
    unsigned char ch = (unsigned char)z[i];
    if (ch == '@') nAt++, iAt = i;
    if (ch == '.' && iAt >= 0) nDot++;
    hasSpace |= ch <= ' ';
    hasDigit |= ch >= '0' && ch <= '9';
  }
  if (strcmp(zKind, "email") == 0) {
    /* local@host.tld: one @, something before it, a dot inside the host */
    return nAt == 1 && iAt > 0 && !hasSpace && nDot > 0 && z[iAt + 1] != '.' && z[n - 1] != '.';
  }
  if (strcmp(zKind, "url") == 0) {
    int k = (n > 8 && sqlite3_strnicmp(z, "https://", 8) == 0)  ? 8
            : (n > 7 && sqlite3_strnicmp(z, "http://", 7) == 0) ? 7
                                                                : 0;
    return k > 0 && !hasSpace && memchr(z + k, '.', (size_t)(n - k)) != 0;
  }
  if (strcmp(zKind, "domain") == 0) {
    return !hasSpace && nAt == 0 && memchr(z, '.', (size_t)n) != 0 && memchr(z, '/', (size_t)n) == 0;
  }
  if (strcmp(zKind, "username") == 0) return !hasSpace && nAt == 0;
  if (strcmp(zKind, "first_name") == 0 || strcmp(zKind, "last_name") == 0 ||
      strcmp(zKind, "full_name") == 0) {
    return !hasDigit && nAt == 0;
  }
  return 1;
}

/*
** A value proposed from outside for this row, checked like input: 1 when
** *v holds it (as proposed or repaired), 0 when the row makes its own.
*/
static int prov_value(RowGen *g, RowState *st, RowCol *c, int iCol, i64 ordinal, i64 u, SydaVal *v) {
  const SydaVal *p = 0;
  const FakeSpec *s = &c->spec;
  SydaBuf *b = &st->aBuf[iCol];
  int repaired = 0;
  if (c->eProv == ROWPROV_ROWS) {
    i64 k = ordinal - g->iStart;
    if (k >= 0 && k < c->nProv) p = &c->aProv[k];
  } else if (u >= 0) {
    /* a unique column takes each pooled value once, in row order */
    i64 k = ordinal - g->iStart;
    if (k >= 0 && k < c->nProv) p = &c->aProv[k];
  } else if (c->nProv > 0) {
    p = &c->aProv[rng_below(rng_at(c->key, ordinal, 0x706f6f6cULL), (u64)c->nProv)];
  }
  if (p == 0) {
    g->prov.nOffline++; /* no value for this row: past the rows or the pool */
    return 0;
  }
  if (p->eType == SQLITE_NULL) {
    if (g->t->aCol[iCol].notNull || c->isKey) {
      g->prov.nOffline++;
      return 0;
    }
    val_null(v);
    g->prov.nSupplied++;
    return 1;
  }
  buf_reset(b);
  if (p->eType == SQLITE_TEXT) {
    buf_append(b, p->z, p->n);
  } else if (p->eType == SQLITE_INTEGER) {
    buf_int(b, p->i);
    repaired = 1;
  } else if (p->eType == SQLITE_FLOAT) {
    buf_double(b, p->r);
    repaired = 1;
  } else {
    g->prov.nOffline++;
    return 0;
  }
  if (c->nSet > 0) {
    /* one of the column's listed values, as listed ("active" is "Active") */
    int k;
    for (k = 0; k < c->nSet; k++) {
      const SydaVal *w = &c->aSet[k];
      if (w->eType == SQLITE_TEXT && w->n == b->n && sqlite3_strnicmp(w->z, b->z, b->n) == 0) break;
    }
    if (k == c->nSet) {
      g->prov.nOffline++;
      return 0;
    }
    if (memcmp(c->aSet[k].z, b->z, (size_t)b->n) != 0) {
      buf_reset(b);
      buf_append(b, c->aSet[k].z, c->aSet[k].n);
      repaired = 1;
    }
  }
  if (s->nLenMax > 0 && utf8_chars(b->z, b->n) > s->nLenMax) {
    row_text_cut(b, s->nLenMin, s->nLenMax);
    repaired = 1;
  }
  val_text_buf(v, b);
  if (b->n == 0 || (s->nLenMin > 0 && utf8_chars(b->z, b->n) < s->nLenMin) ||
      !prov_shape_ok(fake_kind_at(s->iKind)->zName, b->z, b->n) || !row_dom_allows(c, v)) {
    g->prov.nOffline++;
    return 0;
  }
  if (c->eUniq != UQ_NONE && !prov_seen_add(c, rng_hash_n(b->z, b->n) ^ ((u64)b->n << 48))) {
    g->prov.nOffline++; /* a value the model repeated */
    return 0;
  }
  if (repaired)
    g->prov.nRepaired++;
  else
    g->prov.nSupplied++;
  return 1;
}

/*
** A CHECK that failed ROW_SHRINK_FROM times on this column's value asks for
** values that random draws over the whole range rarely give (a + b < 100
** when each is drawn up to 1000).  Every other later attempt draws from an
** ever smaller part of the range: near its low end, its high end, or zero
** (its middle when zero is outside), in turn and the same for every column
** (a + b < 100 wants both low), halving every two such attempts; the
** attempts between keep the whole range (x % 7 = 3 needs no narrowing).
** *pTmp holds the narrowed column when one is returned.
*/
#define ROW_SHRINK_FROM 8
static const RowCol *shrunk_col(const RowCol *c, int nTry, RowCol *pTmp) {
  const FakeKind *k = fake_kind_at(c->spec.iKind);
  int isTime = row_is_time_kind(k), anchor;
  double lo, hi, w, f, a, b;
  if (nTry < ROW_SHRINK_FROM || nTry % 2 == 0 || c->nSet > 0 || k->xGen) return c;
  lo = isTime ? (double)c->spec.tLo : c->spec.rLo;
  hi = isTime ? (double)c->spec.tHi : c->spec.rHi;
  w = hi - lo;
  if (!(w > 0)) return c;
  f = pow(0.5, 1.0 + (double)(nTry - ROW_SHRINK_FROM) / 4.0);
  anchor = (nTry / 2) % 3;
  if (anchor == 0) {
    a = lo;
    b = lo + f * w;
  } else if (anchor == 1) {
    a = hi - f * w;
    b = hi;
  } else {
    double mid = (lo <= 0 && hi >= 0) ? 0 : (lo + hi) / 2;
    a = mid - f * w / 2;
    b = mid + f * w / 2;
    if (a < lo) a = lo;
    if (b > hi) b = hi;
  }
  *pTmp = *c;
  if (isTime || c->spec.isInt) {
    a = ceil(a);
    b = floor(b);
    if (b < a) b = a;
    if (a > hi) a = b = floor(hi);
  }
  if (isTime) {
    pTmp->spec.tLo = (int64_t)a;
    pTmp->spec.tHi = (int64_t)b;
  } else {
    pTmp->spec.rLo = a;
    pTmp->spec.rHi = b;
  }
  return pTmp;
}

/*
** For a column whose values come from several ranges (an OR of ranges):
** the range of this value, as the range of *pTmp.  A unique index *pu is
** mapped into the ranges in order (and becomes the index within its
** range); otherwise a range is drawn, the wider the likelier.
*/
static const RowCol *seg_col(const RowCol *c, RngDraw *d, i64 *pu, RowCol *pTmp) {
  long double total = 0, x;
  int j, isTime = row_is_time_kind(fake_kind_at(c->spec.iKind));
  for (j = 0; j < c->nSeg; j++)
    total += row_seg_count(c, &c->aSeg[j]);
  x = *pu >= 0 ? (long double)*pu : (long double)rng_next_unit(d) * total;
  for (j = 0; j < c->nSeg - 1; j++) {
    long double n = row_seg_count(c, &c->aSeg[j]);
    if (x < n) break;
    x -= n;
  }
  if (*pu >= 0) *pu = (i64)x;
  *pTmp = *c;
  pTmp->nSeg = 0;
  if (isTime) {
    pTmp->spec.tLo = (int64_t)c->aSeg[j].lo;
    pTmp->spec.tHi = (int64_t)c->aSeg[j].hi;
  } else {
    pTmp->spec.rLo = c->aSeg[j].lo;
    pTmp->spec.rHi = c->aSeg[j].hi;
  }
  return pTmp;
}

/*
** The weight of listed value k for a person of sex cWant: its own weight
** when its tag is cWant; bEither (titles): a value for either sex ("Dr.")
** at a tenth of its weight unless the rule gave weights; else 0.
*/
static double sex_weight(const RowCol *c, i64 k, int cWant, int bEither) {
  double w = c->aCum ? c->aCum[k] - (k ? c->aCum[k - 1] : 0) : 1;
  if (c->aSetSex[k] == cWant) return w;
  if (bEither && c->aSetSex[k] == 'u') return c->aCum ? w : w / 10;
  return 0;
}

/* A listed value for a person of sex cWant, by sex_weight(); -1 if none. */
static i64 set_pick_sex(const RowCol *c, RngDraw *d, int cWant, int bEither) {
  double total = 0, x;
  i64 k, last = -1;
  for (k = 0; k < c->nSet; k++)
    total += sex_weight(c, k, cWant, bEither);
  if (total <= 0) return -1;
  x = rng_next_unit(d) * total;
  for (k = 0; k < c->nSet; k++) {
    double w = sex_weight(c, k, cWant, bEither);
    if (w <= 0) continue;
    last = k;
    if (x < w) return k;
    x -= w;
  }
  return last;
}

/* A listed category that names product line iLine, by weight; -1 if none. */
static i64 set_pick_line(const RowCol *c, RngDraw *d, int iLine) {
  double total = 0, x;
  i64 k, last = -1;
  for (k = 0; k < c->nSet; k++) {
    if (c->aSetLine[k] == iLine) total += c->aCum ? c->aCum[k] - (k ? c->aCum[k - 1] : 0) : 1;
  }
  if (total <= 0) return -1;
  x = rng_next_unit(d) * total;
  for (k = 0; k < c->nSet; k++) {
    double w;
    if (c->aSetLine[k] != iLine) continue;
    w = c->aCum ? c->aCum[k] - (k ? c->aCum[k - 1] : 0) : 1;
    last = k;
    if (x < w) return k;
    x -= w;
  }
  return last;
}

/* Do texts a and b name one currency ("EUR", "eur", "Euro")? */
static int same_currency(const SydaVal *a, const SydaVal *b) {
  int i = fake_currency_of(a), j = fake_currency_of(b);
  if (i >= 0 || j >= 0) return i == j;
  return a->eType == SQLITE_TEXT && b->eType == SQLITE_TEXT && a->n == b->n &&
         sqlite3_strnicmp(a->z, b->z, a->n) == 0;
}

/*
** A listed currency that agrees with the row (see world_links): the one
** the row's country uses, when the list has it (else idx, drawn as
** usual), and not the row's other currency (base and quote): then another
** of the list.
*/
static i64 set_pick_currency(const RowCol *c, const RowState *st, RngDraw *d, i64 idx) {
  const FakeSpec *s = &c->spec;
  i64 k;
  if (s->iCurrencyOf >= 0) {
    int want = fake_currency_from(&st->aVal[s->iCurrencyOf]);
    for (k = 0; want >= 0 && k < c->nSet; k++) {
      if (fake_currency_of(&c->aSet[k]) == want) return k;
    }
  }
  if (s->iNotCol >= 0 && c->nSet > 1 && same_currency(&c->aSet[idx], &st->aVal[s->iNotCol]))
    idx = (idx + 1 + (i64)rng_next_below(d, (u64)c->nSet - 1)) % c->nSet;
  return idx;
}

/* A listed value by its weights (aCum) or uniformly: the draw of a list
** that follows nothing else of the row. */
static i64 set_pick_plain(const RowCol *c, RngDraw *d) {
  if (c->aCum) {
    double x = rng_next_unit(d) * c->aCum[c->nSet - 1];
    int lo = 0, hi = c->nSet - 1;
    while (lo < hi) {
      int mid = (lo + hi) / 2;
      if (c->aCum[mid] > x)
        hi = mid;
      else
        lo = mid + 1;
    }
    return lo;
  }
  return (i64)rng_next_below(d, (u64)c->nSet);
}

/* The ROW_FAST_* case of column c, or ROW_FAST_NONE when its first draw
** takes one of row_gen_value's other paths. */
static int fast_case(const RowCol *c) {
  const FakeKind *k = fake_kind_at(c->spec.iKind);
  if (c->eRole != COL_VALUE || c->mustNull || c->nullByGroup || c->eProv || k == 0) return ROW_FAST_NONE;
  if (c->nSet > 0) {
    int isPlain = !c->aSetSex && !c->aSetLine && c->spec.iCurrencyOf < 0 && c->spec.iNotCol < 0;
    return isPlain ? ROW_FAST_SET : ROW_FAST_NONE;
  }
  /* a value a CHECK may refuse is drawn again: row_gen_value's loop */
  if (c->pDom && c->pDom->nNot > 0) return ROW_FAST_NONE;
  if (k->xGen) return ROW_FAST_TEXT;
  if (c->nSeg > 0) return ROW_FAST_NONE;
  if (row_is_time_kind(k)) return ROW_FAST_TIME;
  if (c->isLinePrice || c->eOver) return ROW_FAST_NONE;
  return ROW_FAST_NUMBER;
}

void row_fast_reset(RowGen *g) {
  int i;
  for (i = 0; i < g->t->nCol; i++)
    g->aCol[i].eFast = ROW_FAST_NONE;
  g->isDirect = 0;
  g->nUqSelf = -1;
  memset(g->aFirst, ROW_FIRST_ANY, (size_t)g->nOrder);
  g->canBatch = 0;
  g->nBatch = 0;
  g->pCur = 0;
}

void row_fast_plan(RowGen *g) {
  int i;
  /* the tests compare the shortcuts with the general path (determinism.test) */
  if (getenv("SYDA_GENERIC")) return;
  g->nUqSelf = 0;
  g->isDirect = g->nEval == 0;
  for (i = 0; i < g->t->nCol; i++) {
    RowCol *c = &g->aCol[i];
    c->eFast = fast_case(c);
    if (c->eRole == COL_VALUE && c->eUniq == UQ_SELF) g->aiUqSelf[g->nUqSelf++] = i;
  }
  for (i = 0; i < g->t->nUnique; i++) {
    if (g->aUq[i].isSeen || g->aUq[i].pLive) g->isDirect = 0;
  }
  for (i = 0; i < g->nOrder; i++) {
    const RowCol *c = &g->aCol[g->aiOrder[i]];
    g->aFirst[i] = c->eRole == COL_SEQ    ? ROW_FIRST_SEQ
                        : !c->eFast              ? ROW_FIRST_ANY
                        : c->eUniq == UQ_DIGIT   ? ROW_FIRST_DIGIT
                                                 : ROW_FIRST_FAST;
  }
  /* rows in batches (row_next): each column a value or a sequence key,
  ** nothing that reads another row (references, products of sets) or
  ** follows the rows before (proposed values, taken in turn), and no pass
  ** over the row once its columns are made */
  g->canBatch = g->isDirect && g->nFk == 0 && g->nProd == 0 && !g->hasExpr && !g->hasTotals &&
                !g->hasLowHigh && !g->hasStatusRule && g->iLineDisc < 0 && g->nRows > 1;
  for (i = 0; g->canBatch && i < g->nOrder; i++) {
    const RowCol *c = &g->aCol[g->aiOrder[i]];
    if (g->aFirst[i] == ROW_FIRST_ANY ? c->eRole != COL_VALUE || c->eProv : g->aFirst[i] == ROW_FIRST_DIGIT)
      g->canBatch = 0;
  }
  g->nBatch = 0;
}

/*
** What row_gen_value makes for column iCol at attempt 0 when the column
** has an eFast case: the same draws in the same order, without the tests
** for the cases the column cannot have.  value_first_made is the part
** after the NULL draw, with the draws at *pD; row_value_first the whole.
*/
static inline void value_first_made(RowGen *g, RowState *st, RowCol *c, int iCol, i64 u, RngDraw *pD) {
  SydaVal *v = &st->aVal[iCol];
  RngDraw d = *pD;
  switch (c->eFast) {
    case ROW_FAST_SET:
      *v = c->aSet[u >= 0 ? u % c->nSet : set_pick_plain(c, &d)];
      v->isStatic = 0;
      break;
    case ROW_FAST_TEXT:
      gen_text(g, st, c, iCol, &d, u, v);
      break;
    case ROW_FAST_TIME:
      gen_time(g, c, iCol, st, &d, u, &st->aBuf[iCol], v);
      break;
    default:
      gen_number(&c->spec, &d, u, v);
      if (c->nRound >= 0 && v->eType == SQLITE_FLOAT) v->r = row_round_to(v->r, c->nRound);
      break;
  }
}

void row_value_first(RowGen *g, RowState *st, int iCol, i64 ordinal, i64 uDigit) {
  RowCol *c = &g->aCol[iCol];
  SydaVal *v = &st->aVal[iCol];
  RngDraw d;
  i64 u = c->eUniq == UQ_SELF ? st->aU[iCol] : c->eUniq == UQ_DIGIT ? uDigit : -1;
  rng_draw_init(&d, c->key, ordinal, 0);
  memset(v, 0, sizeof(*v));
  if (c->rNull > 0 && rng_next_unit(&d) < c->rNull) {
    val_null(v);
    return;
  }
  value_first_made(g, st, c, iCol, u, &d);
}

/*
** Column iCol of the n rows of states aSt (ordinals from `ordinal`), as
** row_value_first makes each: the NULL draws of all of them first, in a
** loop short enough for the processor to overlap, then the values.
*/
void row_column_first(RowGen *g, RowState *aSt, int iCol, i64 ordinal, int n) {
  RowCol *c = &g->aCol[iCol];
  RngDraw aD[ROW_BATCH];
  unsigned char aNull[ROW_BATCH];
  int r;
  for (r = 0; r < n; r++) {
    rng_draw_init(&aD[r], c->key, ordinal + r, 0);
    aNull[r] = c->rNull > 0 && rng_next_unit(&aD[r]) < c->rNull;
  }
  if (c->eUniq == UQ_SELF && c->eFast == ROW_FAST_TEXT && c->eNative == 1 && c->spec.nLenMin <= 0 &&
      c->spec.nLenMax <= 0 && !(c->pDom && (c->pDom->zLike || c->pDom->zGlob))) {
    /* distinct text its kind makes from the index itself (an e-mail from
    ** its person), with no length or pattern to fit: gen_text_kind's
    ** native case, once that case is known (eNative, on its first value) */
    for (r = 0; r < n; r++) {
      RowState *st = &aSt[r];
      SydaVal *v = &st->aVal[iCol];
      memset(v, 0, sizeof(*v));
      if (aNull[r]) {
        val_null(v);
      } else {
        SydaBuf *b = &st->aBuf[iCol];
        FakeCtx ctx;
        ctx.d = aD[r];
        ctx.u = st->aU[iCol];
        ctx.pSpec = &c->spec;
        ctx.pRow = &st->frow;
        ctx.pBuf = b;
        fake_gen(&ctx, v);
        if (v->eType != SQLITE_TEXT) continue;
        if (v->isStatic && v->z != b->z) {
          buf_reset(b);
          buf_append(b, v->z, v->n);
        }
        val_text_buf(v, b);
      }
    }
    return;
  }
  /* the common cases without the layers between: what value_first_made
  ** and the generators it calls do for a value that need not be distinct */
  if (c->eUniq == UQ_SELF) {
    /* value_first_made, below */
  } else if (c->eFast == ROW_FAST_SET && c->aCum == 0) {
    for (r = 0; r < n; r++) {
      SydaVal *v = &aSt[r].aVal[iCol];
      if (aNull[r]) {
        memset(v, 0, sizeof(*v));
        val_null(v);
      } else {
        *v = c->aSet[rng_next_below(&aD[r], (u64)c->nSet)];
        v->isStatic = 0;
      }
    }
    return;
  } else if (c->eFast == ROW_FAST_TEXT && c->eWords == 1) {
    for (r = 0; r < n; r++) {
      SydaVal *v = &aSt[r].aVal[iCol];
      memset(v, 0, sizeof(*v));
      if (aNull[r]) {
        val_null(v);
      } else {
        SydaBuf *b = &aSt[r].aBuf[iCol];
        buf_reset(b);
        fake_words(&aD[r], b, c->spec.nLenMin, c->spec.nLenMax);
        val_text_buf(v, b);
      }
    }
    return;
  } else if (c->eFast == ROW_FAST_TIME) {
    for (r = 0; r < n; r++) {
      SydaVal *v = &aSt[r].aVal[iCol];
      memset(v, 0, sizeof(*v));
      if (aNull[r])
        val_null(v);
      else
        gen_time(g, c, iCol, &aSt[r], &aD[r], -1, &aSt[r].aBuf[iCol], v);
    }
    return;
  } else if (c->eFast == ROW_FAST_NUMBER) {
    for (r = 0; r < n; r++) {
      SydaVal *v = &aSt[r].aVal[iCol];
      memset(v, 0, sizeof(*v));
      if (aNull[r]) {
        val_null(v);
      } else {
        gen_number(&c->spec, &aD[r], -1, v);
        if (c->nRound >= 0 && v->eType == SQLITE_FLOAT) v->r = row_round_to(v->r, c->nRound);
      }
    }
    return;
  }
  for (r = 0; r < n; r++) {
    RowState *st = &aSt[r];
    SydaVal *v = &st->aVal[iCol];
    memset(v, 0, sizeof(*v));
    if (aNull[r])
      val_null(v);
    else
      value_first_made(g, st, c, iCol, c->eUniq == UQ_SELF ? st->aU[iCol] : -1, &aD[r]);
  }
}

/* One VALUE column.  nTry regenerates non-unique values, nUniqTry unique ones. */
void row_gen_value(RowGen *g, RowState *st, int iCol, i64 ordinal, int nTry, int nUniqTry, i64 uDigit) {
  RowCol *c = &g->aCol[iCol];
  SydaVal *v = &st->aVal[iCol];
  const FakeKind *k = fake_kind_at(c->spec.iKind);
  RngDraw d;
  i64 u = -1;
  int isUniq = c->eUniq != UQ_NONE;
  int tries;
  rng_draw_init(&d, c->key, ordinal, ((u64)(isUniq ? nUniqTry : nTry)) << 32);
  memset(v, 0, sizeof(*v));
  if (c->mustNull) {
    val_null(v);
    return;
  }
  if (c->eProv && !g->provPaused && nTry == 0 && nUniqTry == 0 &&
      prov_value(g, st, c, iCol, ordinal, c->eUniq == UQ_SELF ? st->aU[iCol] : -1, v)) {
    return;
  }
  if (c->rNull > 0) {
    double x = rng_next_unit(&d);
    if (c->nullByGroup && c->spec.iGroup < st->frow.nGroup) {
      /* the same draw for every part of the group's place or name, at the
      ** group's attempt (each column's own attempt may differ) */
      x = rng_unit(
          rng_at(st->aGroup[c->spec.iGroup].key, ordinal, 0x6e756c6cULL + ((u64)st->frow.iAttempt << 32)));
    }
    if (x < c->rNull) {
      val_null(v);
      return;
    }
  }
  if (c->eUniq == UQ_SELF) {
    u = st->aU[iCol]; /* made by row_make for this row */
  } else if (c->eUniq == UQ_DIGIT) {
    u = uDigit;
  }
  for (tries = 0; tries < 20; tries++) {
    if (c->nSet > 0) {
      i64 idx = -1;
      if (u < 0 && c->aSetSex && c->spec.iGroup >= 0 && c->spec.iGroup < st->frow.nGroup) {
        /* the row's person's: 'F' for Maria, "Mr." for John */
        const FakeGroup *pg = fake_group_at(&st->frow, c->spec.iGroup);
        int bTitle = c->isTitleSet;
        if (pg->isNonBinary) idx = set_pick_sex(c, &d, 'u', 0);
        if (idx < 0) idx = set_pick_sex(c, &d, pg->cSex, bTitle);
      }
      if (u < 0 && idx < 0 && c->aSetLine && c->spec.iGroup >= 0 && c->spec.iGroup < st->frow.nGroup) {
        /* the category of the row's product */
        const FakeGroup *pg = fake_group_at(&st->frow, c->spec.iGroup);
        idx = set_pick_line(c, &d, pg->isUnmatched ? -1 : pg->iLine);
      }
      if (idx >= 0) {
        /* chosen above */
      } else if (u >= 0) {
        idx = u % c->nSet;
      } else {
        idx = set_pick_plain(c, &d);
      }
      if (u < 0 && (c->spec.iCurrencyOf >= 0 || c->spec.iNotCol >= 0))
        idx = set_pick_currency(c, st, &d, idx);
      *v = c->aSet[idx];
      v->isStatic = 0;
      return;
    }
    if (k->xGen) {
      gen_text(g, st, c, iCol, &d, u, v);
    } else {
      RowCol tmp, tmpSeg;
      const RowCol *cc = c;
      i64 uu = u;
      if (c->nSeg > 0) cc = seg_col(c, &d, &uu, &tmpSeg);
      if (u < 0 && nTry >= ROW_SHRINK_FROM) cc = shrunk_col(cc, nTry, &tmp);
      if (row_is_time_kind(k)) {
        gen_time(g, cc, iCol, st, &d, uu, &st->aBuf[iCol], v);
      } else if (c->isLinePrice && cc == c && u < 0 && c->spec.iGroup >= 0 &&
                 c->spec.iGroup < st->frow.nGroup) {
        /* the usual price of the row's product: tea costs less than a sofa
        ** (a range narrowed for a CHECK that keeps failing comes first) */
        const FakeGroup *pg = fake_group_at(&st->frow, c->spec.iGroup);
        FakeSpec s = c->spec;
        s.rLo = dict_product_line[pg->iLine].nPriceLo;
        s.rHi = dict_product_line[pg->iLine].nPriceHi;
        gen_number(&s, &d, u, v);
        if (v->eType == SQLITE_FLOAT && !s.isInt && (s.nScale < 0 || s.nScale >= 2)) {
          /* shop prices: 24.99, 24.49, 24.00; 1750.00 past a thousand */
          double r = v->r, x = rng_next_unit(&d);
          r = r >= 1000 ? floor(r / 10) * 10 : floor(r) + (x < 0.6 ? 0.99 : x < 0.75 ? 0.49 : 0);
          if (r < s.rLo) r = s.rLo;
          val_real(v, r);
        }
        if (c->nRound >= 0 && v->eType == SQLITE_FLOAT) v->r = row_round_to(v->r, c->nRound);
      } else if (c->eOver && uu >= c->nCap) {
        over_number(&cc->spec, uu, v);
      } else {
        gen_number(&cc->spec, &d, uu, v);
        if (c->nRound >= 0 && v->eType == SQLITE_FLOAT) v->r = row_round_to(v->r, c->nRound);
      }
    }
    if (u >= 0 || c->pDom == 0 || c->pDom->nNot == 0 || row_dom_allows(c, v)) return;
  }
}

/*
** One value of a kind outside any table (syda_fake, syda_kinds): a column
** with the kind's natural type and ranges, drawn for (key, ordinal).  Its
** text lives in *pBuf.
*/
int row_fake_value(int iKind, const DictLocale *pLocale, u64 key, i64 ordinal, SydaBuf *pBuf, SydaVal *pOut) {
  const FakeKind *k = fake_kind_at(iKind);
  RowCol c;
  RowState st;
  RngDraw d;
  SydaVal aVal[1];
  if (k == 0) return SQLITE_ERROR;
  memset(&c, 0, sizeof(c));
  memset(&st, 0, sizeof(st));
  c.eRole = COL_VALUE;
  c.spec.iKind = iKind;
  c.spec.eType = k->eClass;
  c.spec.pLocale = pLocale;
  c.spec.iGroup = c.spec.iGroupCo = c.spec.iGroupAddr = c.spec.iCoCol = -1;
  c.spec.iAfter = c.spec.iFactorA = c.spec.iFactorB = c.spec.iCurrencyOf = c.spec.iNotCol = c.spec.iCue = -1;
  c.spec.nScale = k->nScale;
  c.spec.isInt = k->eClass == TY_INT || k->eClass == TY_BOOL;
  c.spec.eDist = k->eDist;
  c.spec.rLo = k->rLo;
  c.spec.rHi = k->rHi;
  c.spec.tLo = (int64_t)k->rLo + (k->isRelative ? FAKE_TODAY_DAYS : 0);
  c.spec.tHi = (int64_t)k->rHi + (k->isRelative ? FAKE_TODAY_DAYS : 0);
  if (k->eClass == TY_DATETIME) {
    c.spec.tLo *= 86400;
    c.spec.tHi = c.spec.tHi * 86400 + 86399;
  }
  c.nRound = -1;
  c.key = key;
  st.aVal = aVal;
  st.aBuf = pBuf;
  st.frow.aVal = aVal;
  st.frow.pLocale = pLocale;
  rng_draw_init(&d, key, ordinal, 0);
  memset(pOut, 0, sizeof(*pOut));
  if (k->xGen) {
    gen_text(0, &st, &c, 0, &d, -1, pOut);
  } else if (row_is_time_kind(k)) {
    gen_time(0, &c, 0, &st, &d, -1, pBuf, pOut);
  } else {
    gen_number(&c.spec, &d, -1, pOut);
  }
  return pBuf->oom ? SQLITE_NOMEM : SQLITE_OK;
}
