/*
** test_date.c — the civil date of a day number and its text, against the
** plain era-by-era arithmetic they replaced (ref_* below), over a wide span
** of days (years before 0, far past 9999); and a DateTable gives the text
** buf_date gives, for days in its range and out of it.
*/
#include "testutil.h"
#include "value.h"

/* Days to y-m-d by whole 400-year eras first, as value.c did before. */
static void ref_civil(int64_t days, int *py, int *pm, int *pd) {
  int64_t z = days + 719468;
  int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  unsigned doe = (unsigned)(z - era * 146097);
  unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  unsigned mp = (5 * doy + 2) / 153;
  unsigned d = doy - (153 * mp + 2) / 5 + 1;
  unsigned m = mp < 10 ? mp + 3 : mp - 9;
  *py = (int)((int64_t)yoe + era * 400 + (m <= 2));
  *pm = (int)m;
  *pd = (int)d;
}

/* Its text, digit by digit (the last four of the year, signs as C's %). */
static void ref_text(char *z, int64_t days) {
  int y, m, d;
  ref_civil(days, &y, &m, &d);
  z[0] = (char)('0' + (y / 1000) % 10);
  z[1] = (char)('0' + (y / 100) % 10);
  z[2] = (char)('0' + (y / 10) % 10);
  z[3] = (char)('0' + y % 10);
  z[4] = '-';
  z[5] = (char)('0' + m / 10);
  z[6] = (char)('0' + m % 10);
  z[7] = '-';
  z[8] = (char)('0' + d / 10);
  z[9] = (char)('0' + d % 10);
  z[10] = 0;
}

/* 1 when day number x gives the same date and text both ways. */
static int same_day(int64_t x) {
  int y, m, d, y2, m2, d2;
  char a[11], b[11];
  date_civil_from_days(x, &y, &m, &d);
  ref_civil(x, &y2, &m2, &d2);
  date_text(a, x);
  a[10] = 0;
  ref_text(b, x);
  return y == y2 && m == m2 && d == d2 && memcmp(a, b, 11) == 0;
}

int main(void) {
  int64_t x;
  int nBad, k;

  /* Every day from year -5000 to year 14000. */
  nBad = 0;
  for (x = -2546000; x <= 4395000; x++)
    nBad += !same_day(x);
  T_EQ_INT(nBad, 0);

  /* Around the edges of the 32-bit path: 0000-03-01 (day -719468) and
  ** 2^30 days after it, and whole eras from each. */
  nBad = 0;
  for (k = -3; k <= 3; k++) {
    int64_t aEdge[] = {-719468,          -719468 + (1 << 30),          -719468 - 146097,
                       -719468 + 146097, -719468 + (1 << 30) - 146097, -719468 + 146097LL * 7350};
    int i;
    for (i = 0; i < (int)(sizeof(aEdge) / sizeof(aEdge[0])); i++)
      nBad += !same_day(aEdge[i] + k);
  }
  T_EQ_INT(nBad, 0);

  /* Far out both ways, while the year still fits an int. */
  nBad = 0;
  for (x = -700000000000LL; x <= 700000000000LL; x += 999999937LL)
    nBad += !same_day(x);
  for (x = -700000000000LL; x <= 700000000000LL; x += 7777777777777LL / 64)
    nBad += !same_day(x) + !same_day(x + 1) + !same_day(x - 1);
  T_EQ_INT(nBad, 0);

  /* Some dates written out. */
  {
    char a[11];
    a[10] = 0;
    date_text(a, 0);
    T_EQ_STR(a, "1970-01-01");
    date_text(a, -719468);
    T_EQ_STR(a, "0000-03-01");
    date_text(a, -719469);
    T_EQ_STR(a, "0000-02-29"); /* year 0 is a leap year */
    date_text(a, -719834);
    T_EQ_STR(a, "000/-03-01"); /* year -1: C's % keeps the sign of its digit */
    date_text(a, 2932896);
    T_EQ_STR(a, "9999-12-31");
    date_text(a, 2932897);
    T_EQ_STR(a, "0000-01-01"); /* year 10000: its last four digits */
  }

  /* A DateTable: the same text as buf_date in its range (made, then
  ** copied), past it, and with no table; datetimes the same as buf_datetime. */
  {
    DateTable dt = {0, 0, 0}, none = {0, 0, 0};
    SydaBuf b = {0, 0, 0, 0}, c = {0, 0, 0, 0};
    int pass;
    T_EQ_INT(date_table_init(&dt, 18000, 18400), SQLITE_OK);
    T_EQ_INT(dt.n, 401);
    nBad = 0;
    for (pass = 0; pass < 2; pass++) {
      for (x = 17990; x <= 18410; x++) {
        buf_reset(&b);
        buf_date_in(&b, pass ? &none : &dt, x);
        buf_reset(&c);
        buf_date(&c, x);
        nBad += b.n != 10 || strcmp(b.z, c.z) != 0;
        buf_reset(&b);
        buf_date_in(&b, &dt, x); /* again: copied when in range */
        nBad += b.n != 10 || strcmp(b.z, c.z) != 0;
      }
    }
    T_EQ_INT(nBad, 0);
    nBad = 0;
    for (x = 17990LL * 86400 - 7; x <= 18410LL * 86400; x += 3607) {
      char z[64];
      int y, m, d;
      int64_t day = date_day_of(x), s = x - day * 86400;
      buf_reset(&b);
      buf_datetime_in(&b, &dt, x);
      buf_reset(&c);
      buf_datetime(&c, x);
      ref_civil(day, &y, &m, &d);
      snprintf(z, sizeof(z), "%04d-%02d-%02d %02d:%02d:%02d", y, m, d, (int)(s / 3600), (int)(s / 60 % 60),
               (int)(s % 60));
      nBad += b.n != 19 || strcmp(b.z, c.z) != 0 || strcmp(b.z, z) != 0;
    }
    T_EQ_INT(nBad, 0);
    buf_reset(&b);
    buf_datetime(&b, -1);
    T_EQ_STR(b.z, "1969-12-31 23:59:59");
    /* no table for an empty range */
    T_EQ_INT(date_table_init(&dt, 5, 4), SQLITE_OK);
    T_EQ_INT(dt.n, 0);
    T_TRUE(dt.z == 0);
    date_table_free(&dt);
    buf_free(&b);
    buf_free(&c);
  }
  return t_done("test_date");
}
