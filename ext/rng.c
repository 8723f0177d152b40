/*
** rng.c — the parts of syda's counter-based generator that are not inline:
** name hashing, the normal and Zipf distributions, and keyed
** permutations (see rng.h for how they are used).
*/
#include "rng.h"

#include <math.h>

u64 rng_hash_n(const char *z, int n) {
  u64 h = 0xcbf29ce484222325ULL;
  int i;
  for (i = 0; i < n && z[i]; i++) {
    unsigned char c = (unsigned char)z[i];
    if (c >= 'A' && c <= 'Z') c = (unsigned char)(c + 32);
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return h;
}

u64 rng_hash(const char *z) {
  return z ? rng_hash_n(z, 0x7fffffff) : 0;
}


u64 rng_next_zipf(RngDraw *d, u64 n, double s) {
  /*
  ** Inverse of the continuous approximation of the Zipf CDF on [1, n+1):
  ** cheap, O(1), and skewed the right way (rank 0 most frequent).
  */
  double u = rng_next_unit(d);
  double x;
  u64 r;
  if (n <= 1) return 0;
  if (fabs(s - 1.0) < 1e-9) {
    x = exp(u * log((double)n + 1.0));
  } else {
    double a = 1.0 - s;
    double top = pow((double)n + 1.0, a);
    x = pow(u * (top - 1.0) + 1.0, 1.0 / a);
  }
  r = (x < 1.0) ? 0 : (u64)(x - 1.0);
  return r >= n ? n - 1 : r;
}

void rng_perm_init(RngPerm *p, u64 n, u64 key) {
  unsigned bits = 1;
  int i;
  while (bits < 64 && ((u64)1 << bits) < n) bits++;
  p->n = n;
  p->bits = bits;
  p->shift = bits / 2 + 1;
  p->mask = bits >= 64 ? ~(u64)0 : (((u64)1 << bits) - 1);
  for (i = 0; i < 4; i++) {
    p->k[i] = rng_mix(key + (u64)(i + 1) * 0x9e3779b97f4a7c15ULL);
    p->m[i] = rng_mix(key ^ (u64)(i + 7) * 0xd1b54a32d192ed03ULL) | 1;
  }
}

/*
** One pass of rng_perm(): four rounds, each a bijection of [0, 2^bits):
** x = ((x ^ k) * m) mod 2^bits, then an xor-shift.  The product mod 2^bits
** depends only on the low bits of its factors, so the xor needs no mask of
** its own: one mask a round.
*/
static inline u64 perm_pass(const RngPerm *p, u64 x) {
  const u64 mask = p->mask;
  const unsigned s = p->shift;
  x = ((x ^ p->k[0]) * p->m[0]) & mask;
  x ^= x >> s;
  x = ((x ^ p->k[1]) * p->m[1]) & mask;
  x ^= x >> s;
  x = ((x ^ p->k[2]) * p->m[2]) & mask;
  x ^= x >> s;
  x = ((x ^ p->k[3]) * p->m[3]) & mask;
  return x ^ (x >> s);
}

/* The rest of a walk that the first pass left at x >= n.  Apart from
** rng_perm() (not inlined), so that the registers its loop keeps the keys
** in are saved only when a walk takes more than one pass. */
#if defined(__GNUC__)
#define PERM_NOINLINE __attribute__((noinline))
#else
#define PERM_NOINLINE
#endif
static PERM_NOINLINE u64 perm_walk(const RngPerm *p, u64 x) {
  do {
    x = perm_pass(p, x);
  } while (x >= p->n);
  return x;
}

u64 rng_perm(const RngPerm *p, u64 i) {
  u64 x;
  if (p->n <= 1) return 0;
  /* The walk ends: i < n lies on the cycle it started from.  About half
  ** end after the first pass. */
  x = perm_pass(p, i);
  return x < p->n ? x : perm_walk(p, x);
}
