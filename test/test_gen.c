/*
** test_gen.c — value makers whose fast paths must give what the plain
** ones gave: fake_words (plain TEXT) and row_round_to (decimals).
*/
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "fake.h"
#include "row_int.h"
#include "testutil.h"

/* 1 when the text is 1 to 4 lower-case words, one space between each. */
static int is_words(const char *z, int n) {
  int i, nWord = 1;
  if (n == 0 || z[0] == ' ' || z[n - 1] == ' ' || (int)strlen(z) != n) return 0;
  for (i = 0; i < n; i++) {
    if (z[i] == ' ') {
      if (z[i + 1] == ' ') return 0;
      nWord++;
    } else if (z[i] < 'a' || z[i] > 'z') {
      return 0;
    }
  }
  return nWord <= 4;
}

static int words_in(const char *z) {
  int n = 1;
  for (; *z; z++)
    n += *z == ' ';
  return n;
}

/* The words for (key, ordinal) under a limit, and the slot after them. */
static u64 words_at(SydaBuf *b, u64 key, i64 ordinal, int nMin, int nMax) {
  RngDraw d;
  rng_draw_init(&d, key, ordinal, 0);
  buf_reset(b);
  fake_words(&d, b, nMin, nMax);
  return d.slot;
}

static void test_words(void) {
  SydaBuf a = {0, 0, 0, 0}, b = {0, 0, 0, 0};
  RngDraw d;
  int i, nBad = 0, nSame = 0, nLong = 0, nShape = 0;

  /* the same words as before the fast path, for two draws */
  T_EQ_INT(words_at(&a, 5, 0, 0, 0), 4);
  T_EQ_STR(a.z, "timber fern coral");
  T_EQ_INT(words_at(&a, 82, 1, 0, 0), 3);
  T_EQ_STR(a.z, "canyon ridge");

  /*
  ** Without a limit (the fast path) and under one of 30 or 20 characters
  ** (the word-by-word path): the same words and draws whenever the
  ** unlimited text is within the limit.
  */
  for (i = 0; i < 20000; i++) {
    u64 key = (u64)i * 0x9e3779b97f4a7c15ULL + 11;
    u64 s0 = words_at(&a, key, i, 0, 0);
    u64 s1 = words_at(&b, key, i, 0, i % 2 ? 30 : 20);
    nShape += !is_words(a.z, a.n) || s0 != (u64)words_in(a.z) + 1;
    if (a.n <= (i % 2 ? 30 : 20)) {
      nSame++;
      nBad += strcmp(a.z, b.z) != 0 || s0 != s1 || a.n != b.n;
    } else {
      nLong++;
      nBad += b.n > (i % 2 ? 30 : 20);
    }
    /* a limit of 31 or more cannot stop four words: the fast path too */
    nBad += words_at(&b, key, i, 0, 31 + i % 9) != s0 || strcmp(a.z, b.z) != 0;
  }
  T_EQ_INT(nShape, 0);
  T_EQ_INT(nBad, 0);
  T_TRUE(nSame > 15000 && nLong > 100); /* both cases were met */

  /* appended after what the buffer holds, growing it from nothing */
  buf_free(&a);
  buf_append(&a, "pre", 3);
  rng_draw_init(&d, 5, 0, 0);
  fake_words(&d, &a, 0, 0);
  T_EQ_STR(a.z, "pretimber fern coral");
  T_EQ_INT(a.n, 20);
  T_TRUE(a.nAlloc > a.n);
  for (i = 0, nBad = 0; i < 2000; i++) {
    rng_draw_init(&d, 7, i, 0);
    fake_words(&d, &a, 0, 0);
    nBad += (int)strlen(a.z) != a.n || a.oom;
  }
  T_EQ_INT(nBad, 0);
  T_TRUE(a.n > 2000 * 3);

  /* a minimum takes whole words past the four until it is met */
  words_at(&a, 3, 9, 25, 40);
  T_TRUE(a.n >= 25 && a.n <= 40 && (int)strlen(a.z) == a.n && a.z[a.n - 1] != ' ');
  buf_free(&a);
  buf_free(&b);
}

/* Bits of a double, so that -0.0 and 0.0 differ. */
static uint64_t bits(double r) {
  uint64_t u;
  memcpy(&u, &r, sizeof(u));
  return u;
}

/* row_round_to against libm's round(), bit for bit. */
static int round_differs(double r, int nScale) {
  double want = r, got = row_round_to(r, nScale);
  if (nScale >= 0 && nScale <= 15) {
    double m = pow(10, nScale);
    want = round(r * m) / m;
  }
  if (isnan(want)) return !isnan(got);
  return bits(want) != bits(got);
}

static void test_round(void) {
  static const double aEdge[] = {0.5,
                                 1.5,
                                 2.5,
                                 -0.5,
                                 -2.5,
                                 0.49999999999999994,
                                 -0.49999999999999994,
                                 0.0,
                                 -0.0,
                                 -0.3,
                                 -1e-300,
                                 4e-320,
                                 4503599627370495.5,
                                 4503599627370496.0,
                                 4503599627370497.0,
                                 -4503599627370497.0,
                                 9007199254740993.0,
                                 1e300,
                                 -1e300,
                                 HUGE_VAL,
                                 -HUGE_VAL,
                                 NAN,
                                 24.995,
                                 1.005,
                                 -1.005,
                                 4999.995};
  uint64_t x = 12345;
  int i, nScale, nBad = 0;
  for (nScale = -1; nScale <= 16; nScale++) {
    for (i = 0; i < (int)(sizeof(aEdge) / sizeof(aEdge[0])); i++)
      nBad += round_differs(aEdge[i], nScale);
  }
  T_EQ_INT(nBad, 0);
  /* -0.3 keeps its sign, as round() gives it */
  T_EQ_INT(bits(row_round_to(-0.3, 0)), bits(-0.0));
  T_TRUE(row_round_to(2.5, 0) == 3.0 && row_round_to(-2.5, 0) == -3.0);
  T_TRUE(row_round_to(0.49999999999999994, 0) == 0.0);
  for (i = 0, nBad = 0; i < 400000; i++) {
    double r;
    x = x * 6364136223846793005ULL + 1442695040888963407ULL;
    r = ((double)(x >> 11) / 9007199254740992.0 - 0.5) * pow(10, (int)(x % 23) - 6);
    if (i % 5 == 0) r = (double)((int64_t)(x % 200001) - 100000) / 8.0; /* halves and eighths */
    nBad += round_differs(r, (int)((x >> 7) % 18) - 1);
  }
  T_EQ_INT(nBad, 0);
}

int main(void) {
  test_words();
  test_round();
  return t_done("test_gen");
}
