/*
** rng.h — counter-based random numbers for syda.
**
** Every random draw in syda is a pure function of a 64-bit key (seed mixed
** with a stream id such as "customers.email"), a row ordinal and a slot
** number.  Nothing is sequential, so row 1,000,000 costs the same as row 0
** and any slice of a stream can be produced on its own:
**
**     u64 k = rng_key(seed, rng_hash("customers"), rng_hash("email"));
**     u64 x = rng_at(k, ordinal, slot);          -- 64 random bits
**     int d = (int)rng_below(x, 6);              -- 0..5
**
** For a fixed key and slot, rng_at() is a bijection of the ordinal, which
** the unique generators rely on (two ordinals never give the same 64 bits).
** Permutations of [0, N) for unique integers are in RngPerm below.
*/
#ifndef SYDA_RNG_H
#define SYDA_RNG_H

#include <stdint.h>

typedef uint64_t u64;
typedef int64_t i64;

/* A bijective 64-bit finalizer (xor-shift-multiply, three rounds). */
static inline u64 rng_mix(u64 z) {
  z ^= z >> 31;
  z *= 0x7fb5d329728ea185ULL;
  z ^= z >> 27;
  z *= 0x81dadef4bc2dd44dULL;
  z ^= z >> 33;
  return z;
}

/* The first half of rng_at(), the same for every slot of (key, ordinal). */
static inline u64 rng_base(u64 key, i64 ordinal) {
  return rng_mix(key + (u64)ordinal * 0x9e3779b97f4a7c15ULL);
}
/* The second half: rng_at(key, ordinal, slot) from rng_base(key, ordinal). */
static inline u64 rng_at_base(u64 base, u64 slot) {
  return rng_mix(base ^ (slot * 0xd1b54a32d192ed03ULL + 0x632be59bd9b4e019ULL));
}

/* 64 random bits for (key, ordinal, slot).  Bijective in ordinal. */
static inline u64 rng_at(u64 key, i64 ordinal, u64 slot) {
  return rng_at_base(rng_base(key, ordinal), slot);
}

/* Uniform integer in [0, n) from 64 random bits (n > 0). */
static inline u64 rng_below(u64 x, u64 n) {
#if defined(__SIZEOF_INT128__)
  return (u64)(((unsigned __int128)x * n) >> 64);
#else
  return x % n;
#endif
}

/* Uniform double in [0, 1) from 64 random bits. */
static inline double rng_unit(u64 x) {
  return (double)(x >> 11) * (1.0 / 9007199254740992.0);
}

/* A stream of draws for one value: key and ordinal fixed, slot counting.
** Set it with rng_draw_init(): base is computed once for all its draws. */
typedef struct RngDraw {
  u64 key;
  i64 ordinal;
  u64 slot;
  u64 base; /* rng_base(key, ordinal) */
} RngDraw;

static inline void rng_draw_init(RngDraw *d, u64 key, i64 ordinal, u64 slot) {
  d->key = key;
  d->ordinal = ordinal;
  d->slot = slot;
  d->base = rng_base(key, ordinal);
}

/* rng_at(d->key, d->ordinal, d->slot++) */
static inline u64 rng_next(RngDraw *d) {
  return rng_at_base(d->base, d->slot++);
}
static inline u64 rng_next_below(RngDraw *d, u64 n) {
  return rng_below(rng_next(d), n);
}
static inline double rng_next_unit(RngDraw *d) {
  return rng_unit(rng_next(d));
}
/* Uniform integer in [lo, hi] (lo <= hi, full i64 range allowed).  Inline:
** a date or a whole number is little more than this draw. */
static inline i64 rng_next_range(RngDraw *d, i64 lo, i64 hi) {
  u64 span = (u64)hi - (u64)lo; /* number of values minus one */
  u64 x = rng_next(d);
  if (span == UINT64_MAX) return (i64)x;
  return (i64)((u64)lo + rng_below(x, span + 1));
}
/* True with probability p. */
static inline int rng_next_chance(RngDraw *d, double p) {
  return rng_next_unit(d) < p;
}

/* FNV-1a of the ASCII-lower-cased bytes: SQL names are case-insensitive. */
u64 rng_hash(const char *z);
u64 rng_hash_n(const char *z, int n);

/* Key of one stream: seed, then any number of name hashes folded in. */
static inline u64 rng_key(u64 seed, u64 a, u64 b) {
  return rng_mix(rng_mix(seed ^ 0x5bd1e9955bd1e995ULL) ^ rng_mix(a) ^ (rng_mix(b) * 3));
}

/* Distributions over the unit draws. */
/* Mean 0, sd 1: the sum of four 16-bit uniforms of one draw, centred and
** scaled.  The parts are summed as integers: the same double as summing
** them as doubles (every partial sum is exact), one conversion. */
static inline double rng_next_normal(RngDraw *d) {
  u64 x = rng_next(d);
  u64 sum = (x & 0xffff) + ((x >> 16) & 0xffff) + ((x >> 32) & 0xffff) + (x >> 48);
  /* four uniforms on [0, 1): mean 2, variance 4/12 */
  return ((double)sum / 65536.0 - 2.0) * 1.7320508075688772;
}
/* A Zipf-like rank in [0, n): rank r has weight ~ 1/(r+1)^s. */
u64 rng_next_zipf(RngDraw *d, u64 n, double s);

/*
** A keyed permutation of [0, n): four rounds of bijections of b-bit
** integers (xor with a key, multiply by an odd number, xor-shift), b the
** fewest bits that cover n, with cycle walking back into range (at most two
** steps on average).  perm(i) for distinct i < n are distinct; no table.
*/
typedef struct RngPerm {
  u64 n;
  unsigned bits;
  unsigned shift; /* of the xor-shift: about half the bits */
  u64 mask;
  u64 k[4];
  u64 m[4]; /* odd multipliers */
} RngPerm;

void rng_perm_init(RngPerm *p, u64 n, u64 key);
u64 rng_perm(const RngPerm *p, u64 i); /* i < n */

#endif /* SYDA_RNG_H */
