/* test_rng.c — counter-based random numbers and keyed permutations. */
#include <stdlib.h>
#include <string.h>

#include "rng.h"
#include "testutil.h"

static void test_perm(u64 n, u64 key) {
  RngPerm p;
  unsigned char *seen = calloc((size_t)n, 1);
  u64 i, nBad = 0, nFixed = 0;
  rng_perm_init(&p, n, key);
  for (i = 0; i < n; i++) {
    u64 x = rng_perm(&p, i);
    if (x >= n || seen[x])
      nBad++;
    else
      seen[x] = 1;
    nFixed += x == i;
  }
  T_EQ_INT(nBad, 0);                      /* a bijection of [0, n) */
  if (n >= 1000) T_TRUE(nFixed < n / 50); /* and not the identity */
  free(seen);
}

/* rng_perm as first written: a pass of four rounds, each masking after the
** xor and after the multiply.  The unrolled rng_perm must give the same. */
static u64 perm_reference(const RngPerm *p, u64 i) {
  u64 x = i;
  int r;
  if (p->n <= 1) return 0;
  do {
    for (r = 0; r < 4; r++) {
      x = (x ^ p->k[r]) & p->mask;
      x = (x * p->m[r]) & p->mask;
      x ^= x >> p->shift;
    }
  } while (x >= p->n);
  return x;
}

static void test_perm_same(u64 n, u64 key, u64 nTry) {
  RngPerm p;
  u64 i, nDiff = 0, step = n / nTry > 0 ? n / nTry : 1;
  rng_perm_init(&p, n, key);
  for (i = 0; i < n && i / step < nTry; i += step)
    nDiff += rng_perm(&p, i) != perm_reference(&p, i);
  T_EQ_INT(nDiff, 0);
}

int main(void) {
  u64 k = rng_key(42, rng_hash("customers"), rng_hash("email"));
  int i, hist[6] = {0};
  double sum = 0, sumsq = 0;

  /* The same inputs give the same bits; a different slot, ordinal or key does not. */
  T_EQ_INT(rng_at(k, 5, 0), rng_at(k, 5, 0));
  T_TRUE(rng_at(k, 5, 0) != rng_at(k, 5, 1));
  T_TRUE(rng_at(k, 5, 0) != rng_at(k, 6, 0));
  T_TRUE(rng_at(k, 5, 0) != rng_at(k + 1, 5, 0));
  /* Golden values: the stream is part of the file format of every seed. */
  T_EQ_INT(rng_hash("Customers"), rng_hash("customers"));
  T_EQ_INT(rng_hash(""), 0xcbf29ce484222325ULL);
  T_EQ_INT(rng_mix(0), 0);
  T_EQ_INT(rng_mix(1), 0xccde22c1faa4d20fULL);
  T_EQ_INT(rng_at(0, 0, 0), 0x83bca8a269b6ffe8ULL);

  /* rng_below is uniform over [0, n). */
  for (i = 0; i < 60000; i++)
    hist[rng_below(rng_at(k, i, 3), 6)]++;
  for (i = 0; i < 6; i++)
    T_TRUE(hist[i] > 9500 && hist[i] < 10500);
  T_EQ_INT(rng_below(~(u64)0, 10), 9);
  T_EQ_INT(rng_below(0, 10), 0);

  /* Ranges include both ends and nothing outside. */
  {
    RngDraw d;
    rng_draw_init(&d, k, 1, 0);
    int lo = 0, hi = 0, nOut = 0;
    for (i = 0; i < 10000; i++) {
      i64 v = rng_next_range(&d, -3, 3);
      nOut += v < -3 || v > 3;
      lo += v == -3;
      hi += v == 3;
    }
    T_EQ_INT(nOut, 0);
    T_TRUE(lo > 0 && hi > 0);
    T_TRUE(rng_next_range(&d, INT64_MIN, INT64_MAX) != rng_next_range(&d, INT64_MIN, INT64_MAX));
    T_EQ_INT(rng_next_range(&d, 7, 7), 7);
  }

  /* The normal draw has mean 0 and standard deviation 1. */
  {
    RngDraw d;
    rng_draw_init(&d, k, 2, 0);
    for (i = 0; i < 100000; i++) {
      double x = rng_next_normal(&d);
      sum += x;
      sumsq += x * x;
    }
    T_TRUE(sum / 100000 > -0.02 && sum / 100000 < 0.02);
    T_TRUE(sumsq / 100000 > 0.97 && sumsq / 100000 < 1.03);
  }

  /* ... and is, bit for bit, the sum of the draw's four 16-bit parts as
  ** doubles, centred and scaled (as first written, part by part). */
  {
    RngDraw d, e;
    int nDiff = 0;
    rng_draw_init(&d, k, 5, 0);
    rng_draw_init(&e, k, 5, 0);
    for (i = 0; i < 200000; i++) {
      u64 x = rng_next(&e);
      double a = (double)(x & 0xffff) + (double)((x >> 16) & 0xffff) + (double)((x >> 32) & 0xffff) +
                 (double)(x >> 48);
      double want = (a / 65536.0 - 2.0) * 1.7320508075688772, got = rng_next_normal(&d);
      if (memcmp(&want, &got, sizeof(got)) != 0) nDiff++;
    }
    T_EQ_INT(nDiff, 0);
  }

  /* Zipf ranks stay in range and rank 0 is the most common. */
  {
    RngDraw d;
    rng_draw_init(&d, k, 3, 0);
    int h[10] = {0}, nOut = 0;
    for (i = 0; i < 50000; i++) {
      u64 r = rng_next_zipf(&d, 10, 1.1);
      if (r < 10)
        h[r]++;
      else
        nOut++;
    }
    T_EQ_INT(nOut, 0);
    T_TRUE(h[0] > h[1] && h[1] > h[4] && h[4] > h[9] && h[9] > 0);
    T_EQ_INT(rng_next_zipf(&d, 1, 1.1), 0);
  }

  /* Permutations of many sizes are bijections. */
  test_perm(1, 9);
  test_perm(2, 9);
  test_perm(3, 1);
  test_perm(7, 2);
  test_perm(1000, 3);
  test_perm(65536, 4);
  test_perm(100003, 5);
  test_perm(1000000, 6);
  /* The same permutations as the reference rounds, across widths: small,
  ** just past and just below powers of two, the 64-bit mask. */
  {
    static const u64 aN[] = {2,
                             3,
                             5,
                             64,
                             65,
                             1000,
                             142763,
                             285526,
                             1048575,
                             1048577,
                             4000000007u,
                             10000000000000000u,
                             0x4000000000000000u,
                             0x8000000000003039u,
                             0xffffffffffffffffu};
    int j;
    for (j = 0; j < (int)(sizeof(aN) / sizeof(aN[0])); j++) {
      test_perm_same(aN[j], 11 + (u64)j, 20000);
      test_perm_same(aN[j], rng_mix(77 + (u64)j), 20000);
    }
  }
  {
    RngPerm p;
    rng_perm_init(&p, (u64)1 << 62, 7);
    T_TRUE(rng_perm(&p, 0) != rng_perm(&p, 1));
    T_TRUE(rng_perm(&p, 12345) < ((u64)1 << 62));
  }
  return t_done("test_rng");
}
