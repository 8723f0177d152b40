/* test_value.c — dates, number and text formatting, UTF-8 helpers. */
#include "testutil.h"
#include "value.h"

static const char *fmt_date(SydaBuf *b, int64_t d) {
  buf_reset(b);
  buf_date(b, d);
  return b->z;
}

int main(void) {
  SydaBuf b = {0, 0, 0, 0};
  int64_t s;
  int y, m, d;
  int64_t day;

  /* Civil dates and day numbers, both ways, over a wide span. */
  T_EQ_INT(date_days_from_civil(1970, 1, 1), 0);
  T_EQ_INT(date_days_from_civil(2000, 3, 1), 11017);
  T_EQ_INT(date_days_from_civil(2026, 1, 1), 20454);
  T_EQ_INT(date_days_from_civil(1969, 12, 31), -1);
  {
    int nBad = 0;
    for (day = -800000; day <= 800000; day += 997) {
      date_civil_from_days(day, &y, &m, &d);
      nBad += date_days_from_civil(y, m, d) != day || m < 1 || m > 12 || d < 1 || d > 31;
    }
    T_EQ_INT(nBad, 0);
  }
  T_EQ_STR(fmt_date(&b, 0), "1970-01-01");
  T_EQ_STR(fmt_date(&b, 11016), "2000-02-29");
  T_EQ_STR(fmt_date(&b, 20454), "2026-01-01");
  buf_reset(&b);
  buf_datetime(&b, 20454LL * 86400 + 3723);
  T_EQ_STR(b.z, "2026-01-01 01:02:03");
  buf_reset(&b);
  buf_datetime(&b, -1);
  T_EQ_STR(b.z, "1969-12-31 23:59:59");
  buf_reset(&b);
  buf_time(&b, 86399);
  T_EQ_STR(b.z, "23:59:59");

  T_EQ_INT(date_parse("2024-02-29", 10, &s), 0);
  T_EQ_INT(s, date_days_from_civil(2024, 2, 29) * 86400);
  T_EQ_INT(date_parse("2024-02-29 10:20:30", 19, &s), 0);
  T_EQ_INT(s % 86400, 10 * 3600 + 20 * 60 + 30);
  T_EQ_INT(date_parse("2024-02-29T10:20", 16, &s), 0);
  T_TRUE(date_parse("2024/02/29", 10, &s) != 0);
  T_TRUE(date_parse("2024-13-01", 10, &s) != 0);
  T_TRUE(date_parse("2023-02-29", 10, &s) != 0); /* days that do not exist */
  T_TRUE(date_parse("2024-02-30", 10, &s) != 0);
  T_TRUE(date_parse("2024-04-31 08:00:00", 19, &s) != 0);
  T_TRUE(date_parse("soon", 4, &s) != 0);
  T_EQ_INT(time_parse("08:30", 5, &s), 0);
  T_EQ_INT(s, 8 * 3600 + 30 * 60);
  T_TRUE(time_parse("25:00", 5, &s) != 0);

  /* Numbers. */
  buf_reset(&b);
  buf_int(&b, -9223372036854775807LL - 1);
  T_EQ_STR(b.z, "-9223372036854775808");
  buf_reset(&b);
  buf_uint_pad(&b, 42, 5);
  T_EQ_STR(b.z, "00042");
  buf_reset(&b);
  buf_double(&b, 12.0);
  T_EQ_STR(b.z, "12.0");
  buf_reset(&b);
  buf_double(&b, 0.1);
  T_EQ_STR(b.z, "0.1");
  buf_reset(&b);
  buf_double(&b, 1.0 / 3.0);
  T_EQ_STR(b.z, "0.33333333333333331");
  buf_reset(&b);
  buf_fixed(&b, 2.5, 2);
  T_EQ_STR(b.z, "2.50");

  /* JSON strings escape what they must. */
  buf_reset(&b);
  buf_json_string(&b, "a\"b\\c\n\x01é", 9);
  T_EQ_STR(b.z, "\"a\\\"b\\\\c\\n\\u0001é\"");

  /* UTF-8: characters, and byte prefixes that never split one. */
  T_EQ_INT(utf8_chars("naïve", 6), 5);
  T_EQ_INT(utf8_prefix("naïve", 6, 3), 4);
  T_EQ_INT(utf8_prefix("abc", 3, 10), 3);
  T_EQ_INT(utf8_chars("東京都", 9), 3);
  T_EQ_INT(utf8_prefix("東京都", 9, 2), 6);

  /* Value ordering follows SQLite: NULL < numbers < text < blob. */
  {
    SydaVal a, c;
    memset(&a, 0, sizeof(a));
    memset(&c, 0, sizeof(c));
    val_int(&a, 3);
    val_real(&c, 3.0);
    T_EQ_INT(val_compare(&a, &c), 0);
    val_real(&c, 3.5);
    T_EQ_INT(val_compare(&a, &c), -1);
    val_text_static(&c, "3");
    T_EQ_INT(val_compare(&a, &c), -1);
    val_null(&a);
    T_EQ_INT(val_compare(&a, &c), -1);
  }
  buf_free(&b);
  return t_done("test_value");
}
