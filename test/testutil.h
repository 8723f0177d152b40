/*
** testutil.h — a tiny harness for syda's C unit tests.
**
**     int main(void) {
**       T_EQ_INT(rng_below(0, 10), 0);
**       T_TRUE(strcmp(a, b) == 0);
**       return t_done("test_rng");   -- prints "test_rng: N passed, N failed"
**     }
**
** Each check counts once; a failure prints file, line and both values.
*/
#ifndef SYDA_TESTUTIL_H
#define SYDA_TESTUTIL_H

#include <stdio.h>
#include <string.h>

static int t_pass = 0, t_fail = 0;

#define T_TRUE(cond)                                                     \
  do {                                                                   \
    if (cond) {                                                          \
      t_pass++;                                                          \
    } else {                                                             \
      t_fail++;                                                          \
      fprintf(stderr, "%s:%d: FAILED: %s\n", __FILE__, __LINE__, #cond); \
    }                                                                    \
  } while (0)

#define T_EQ_INT(a, b)                                                                                     \
  do {                                                                                                     \
    long long t_a_ = (long long)(a), t_b_ = (long long)(b);                                                \
    if (t_a_ == t_b_) {                                                                                    \
      t_pass++;                                                                                            \
    } else {                                                                                               \
      t_fail++;                                                                                            \
      fprintf(stderr, "%s:%d: FAILED: %s == %s (%lld != %lld)\n", __FILE__, __LINE__, #a, #b, t_a_, t_b_); \
    }                                                                                                      \
  } while (0)

#define T_EQ_STR(a, b)                                                                            \
  do {                                                                                            \
    const char *t_a_ = (a), *t_b_ = (b);                                                          \
    if (t_a_ && t_b_ && strcmp(t_a_, t_b_) == 0) {                                                \
      t_pass++;                                                                                   \
    } else {                                                                                      \
      t_fail++;                                                                                   \
      fprintf(stderr, "%s:%d: FAILED: %s == %s (\"%s\" != \"%s\")\n", __FILE__, __LINE__, #a, #b, \
              t_a_ ? t_a_ : "(null)", t_b_ ? t_b_ : "(null)");                                    \
    }                                                                                             \
  } while (0)

static int t_done(const char *zSuite) {
  printf("%s: %d passed, %d failed\n", zSuite, t_pass, t_fail);
  return t_fail ? 1 : 0;
}

#endif /* SYDA_TESTUTIL_H */
