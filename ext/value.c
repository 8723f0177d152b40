/*
** value.c — SydaVal, SydaBuf and date helpers (see value.h).
*/
#include "value.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

SQLITE_EXTENSION_INIT3

int buf_grow(SydaBuf *b, int nMore) {
  sqlite3_int64 nNeed = (sqlite3_int64)b->n + nMore + 1;
  sqlite3_int64 nNew;
  char *zNew;
  if (b->oom) return 1;
  if (nNeed <= b->nAlloc) return 0;
  nNew = b->nAlloc ? (sqlite3_int64)b->nAlloc * 2 : 64;
  while (nNew < nNeed)
    nNew *= 2;
  if (nNew > 0x7fffffff) {
    b->oom = 1;
    return 1;
  }
  zNew = sqlite3_realloc64(b->z, (sqlite3_uint64)nNew);
  if (zNew == 0) {
    b->oom = 1;
    return 1;
  }
  b->z = zNew;
  b->nAlloc = (int)nNew;
  return 0;
}

void buf_free(SydaBuf *b) {
  sqlite3_free(b->z);
  memset(b, 0, sizeof(*b));
}

void buf_int(SydaBuf *b, sqlite3_int64 v) {
  char a[24];
  int i = (int)sizeof(a);
  uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
  do {
    a[--i] = (char)('0' + u % 10);
    u /= 10;
  } while (u);
  if (v < 0) a[--i] = '-';
  buf_append(b, a + i, (int)sizeof(a) - i);
}

void buf_uint_pad(SydaBuf *b, uint64_t v, int nWidth) {
  char a[24];
  int i = (int)sizeof(a);
  do {
    a[--i] = (char)('0' + v % 10);
    v /= 10;
  } while (v && i > 0);
  while ((int)sizeof(a) - i < nWidth && i > 0)
    a[--i] = '0';
  buf_append(b, a + i, (int)sizeof(a) - i);
}

void buf_double(SydaBuf *b, double r) {
  char a[40];
  int n = snprintf(a, sizeof(a), "%.15g", r);
  if (strtod(a, 0) != r) n = snprintf(a, sizeof(a), "%.17g", r);
  if (strchr(a, '.') == 0 && strchr(a, 'e') == 0 && strchr(a, 'n') == 0 && strchr(a, 'i') == 0 &&
      n < (int)sizeof(a) - 2) {
    a[n++] = '.';
    a[n++] = '0';
    a[n] = 0;
  }
  buf_append(b, a, n);
}

void buf_fixed(SydaBuf *b, double r, int nDec) {
  char a[64];
  int n = snprintf(a, sizeof(a), "%.*f", nDec, r);
  if (n > (int)sizeof(a) - 1) n = (int)sizeof(a) - 1;
  buf_append(b, a, n);
}

void buf_json_string(SydaBuf *b, const char *z, int n) {
  static const char hex[] = "0123456789abcdef";
  int i, iStart = 0;
  buf_putc(b, '"');
  for (i = 0; i < n; i++) {
    unsigned char c = (unsigned char)z[i];
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    buf_append(b, z + iStart, i - iStart);
    iStart = i + 1;
    buf_putc(b, '\\');
    switch (c) {
      case '"':
        buf_putc(b, '"');
        break;
      case '\\':
        buf_putc(b, '\\');
        break;
      case '\n':
        buf_putc(b, 'n');
        break;
      case '\r':
        buf_putc(b, 'r');
        break;
      case '\t':
        buf_putc(b, 't');
        break;
      default:
        buf_str(b, "u00");
        buf_putc(b, hex[c >> 4]);
        buf_putc(b, hex[c & 15]);
    }
  }
  buf_append(b, z + iStart, n - iStart);
  buf_putc(b, '"');
}

void buf_hex(SydaBuf *b, const unsigned char *a, int n) {
  static const char hex[] = "0123456789abcdef";
  int i;
  if (buf_grow(b, 2 * n)) return;
  for (i = 0; i < n; i++) {
    b->z[b->n++] = hex[a[i] >> 4];
    b->z[b->n++] = hex[a[i] & 15];
  }
  b->z[b->n] = 0;
}

int val_copy(SydaVal *pDest, const SydaVal *pSrc) {
  *pDest = *pSrc;
  if (pSrc->eType == SQLITE_TEXT || pSrc->eType == SQLITE_BLOB) {
    char *z = sqlite3_malloc64((sqlite3_uint64)pSrc->n + 1);
    if (z == 0) {
      pDest->eType = SQLITE_NULL;
      pDest->z = 0;
      return SQLITE_NOMEM;
    }
    if (pSrc->n) memcpy(z, pSrc->z, (size_t)pSrc->n);
    z[pSrc->n] = 0;
    pDest->z = z;
    pDest->isStatic = 0;
  }
  return SQLITE_OK;
}

void val_clear(SydaVal *v) {
  if ((v->eType == SQLITE_TEXT || v->eType == SQLITE_BLOB) && !v->isStatic) {
    sqlite3_free((void *)v->z);
  }
  memset(v, 0, sizeof(*v));
  v->eType = SQLITE_NULL;
}

int val_from_sqlite(SydaVal *pDest, sqlite3_value *p) {
  SydaVal v;
  memset(&v, 0, sizeof(v));
  v.eType = sqlite3_value_type(p);
  switch (v.eType) {
    case SQLITE_INTEGER:
      v.i = sqlite3_value_int64(p);
      break;
    case SQLITE_FLOAT:
      v.r = sqlite3_value_double(p);
      break;
    case SQLITE_TEXT:
      v.z = (const char *)sqlite3_value_text(p);
      v.n = sqlite3_value_bytes(p);
      break;
    case SQLITE_BLOB:
      v.z = (const char *)sqlite3_value_blob(p);
      v.n = sqlite3_value_bytes(p);
      if (v.z == 0) v.z = "";
      break;
    default:
      break;
  }
  return val_copy(pDest, &v);
}

void val_result(sqlite3_context *ctx, const SydaVal *v) {
  switch (v->eType) {
    case SQLITE_INTEGER:
      sqlite3_result_int64(ctx, v->i);
      break;
    case SQLITE_FLOAT:
      sqlite3_result_double(ctx, v->r);
      break;
    case SQLITE_TEXT:
      sqlite3_result_text(ctx, v->z, v->n, v->isStatic ? SQLITE_STATIC : SQLITE_TRANSIENT);
      break;
    case SQLITE_BLOB:
      sqlite3_result_blob(ctx, v->z, v->n, v->isStatic ? SQLITE_STATIC : SQLITE_TRANSIENT);
      break;
    default:
      sqlite3_result_null(ctx);
      break;
  }
}

int val_whole(sqlite3_value *v, i64 *pOut) {
  int t = sqlite3_value_type(v);
  if (t == SQLITE_INTEGER) {
    *pOut = sqlite3_value_int64(v);
    return 1;
  }
  if (t == SQLITE_FLOAT) {
    double r = sqlite3_value_double(v);
    if (r >= -9.2e18 && r <= 9.2e18 && r == (double)(i64)r) {
      *pOut = (i64)r;
      return 1;
    }
  }
  return 0;
}

int val_bind(sqlite3_stmt *p, int i, const SydaVal *v) {
  switch (v->eType) {
    case SQLITE_INTEGER:
      return sqlite3_bind_int64(p, i, v->i);
    case SQLITE_FLOAT:
      return sqlite3_bind_double(p, i, v->r);
    case SQLITE_TEXT:
      return sqlite3_bind_text(p, i, v->z, v->n, SQLITE_STATIC);
    case SQLITE_BLOB:
      return sqlite3_bind_blob(p, i, v->z, v->n, SQLITE_STATIC);
    default:
      return sqlite3_bind_null(p, i);
  }
}

static int val_rank(int eType) {
  switch (eType) {
    case SQLITE_NULL:
      return 0;
    case SQLITE_INTEGER:
    case SQLITE_FLOAT:
      return 1;
    case SQLITE_TEXT:
      return 2;
    default:
      return 3;
  }
}

int val_compare(const SydaVal *a, const SydaVal *b) {
  int ra = val_rank(a->eType), rb = val_rank(b->eType);
  if (ra != rb) return ra < rb ? -1 : 1;
  if (ra == 0) return 0;
  if (ra == 1) {
    if (a->eType == SQLITE_INTEGER && b->eType == SQLITE_INTEGER) {
      return a->i < b->i ? -1 : a->i > b->i;
    } else {
      double x = a->eType == SQLITE_INTEGER ? (double)a->i : a->r;
      double y = b->eType == SQLITE_INTEGER ? (double)b->i : b->r;
      return x < y ? -1 : x > y;
    }
  } else {
    int n = a->n < b->n ? a->n : b->n;
    int c = n ? memcmp(a->z, b->z, (size_t)n) : 0;
    if (c) return c < 0 ? -1 : 1;
    return a->n < b->n ? -1 : a->n > b->n;
  }
}

int utf8_chars(const char *z, int n) {
  int i, c = 0;
  for (i = 0; i < n; i++) {
    if (((unsigned char)z[i] & 0xc0) != 0x80) c++;
  }
  return c;
}

int utf8_prefix(const char *z, int n, int nChar) {
  int i, c = 0;
  for (i = 0; i < n; i++) {
    if (((unsigned char)z[i] & 0xc0) != 0x80) {
      if (c == nChar) return i;
      c++;
    }
  }
  return n;
}

/* ---- dates ------------------------------------------------------------ */

/* Days from 1970-01-01 to y-m-d: count whole 400-year eras from year 0
** (March-based years put the leap day last), then days inside the era. */
int64_t date_days_from_civil(int y, int m, int d) {
  int64_t yy = (int64_t)y - (m <= 2);
  int64_t era = (yy >= 0 ? yy : yy - 399) / 400;
  int64_t yoe = yy - era * 400;                        /* [0, 399] */
  int64_t mp = (m + 9) % 12;                           /* March = 0 */
  int64_t doy = (153 * mp + 2) / 5 + d - 1;            /* [0, 365] */
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy; /* [0, 146096] */
  return era * 146097 + doe - 719468;
}

/*
** Within an era of 400 years (146097 days from a 1 March) the count splits
** by two small divisions: n = 4z+3 over 146097 gives the century (three of
** 36524 days, the last of 36525) and over 1461 within it the year (three of
** 365, the fourth of 366); the remainders, over 4, the day in each.  For
** z below 2^30 that is 32-bit arithmetic with no era at all (years 0 to
** some 2.9 million); the era is taken out first only outside that.
*/
static inline void civil_of(int64_t days, int *py, int *pm, int *pd) {
  int64_t z = days + 719468; /* days from 0000-03-01 */
  int64_t era = 0;
  unsigned n, cen, doc, yc, doy, mp, m;
  if (z < 0 || z >= (1 << 30)) {
    era = (z >= 0 ? z : z - 146096) / 146097;
    z -= era * 146097; /* [0, 146096] */
  }
  n = 4 * (unsigned)z + 3;
  cen = n / 146097;
  doc = (n - 146097 * cen) / 4; /* [0, 36524], the day in the century */
  n = 4 * doc + 3;
  yc = n / 1461;
  doy = (n - 1461 * yc) / 4; /* [0, 365], from 1 March */
  mp = (5 * doy + 2) / 153;  /* March = 0 */
  m = mp < 10 ? mp + 3 : mp - 9;
  *py = (int)(era * 400 + (int64_t)(100 * cen + yc) + (m <= 2));
  *pm = (int)m;
  *pd = (int)(doy - (153 * mp + 2) / 5 + 1);
}

void date_civil_from_days(int64_t days, int *py, int *pm, int *pd) {
  civil_of(days, py, pm, pd);
}

static int date_digits(const char *z, int n, int *pv) {
  int i, v = 0;
  for (i = 0; i < n; i++) {
    if (z[i] < '0' || z[i] > '9') return 1;
    v = v * 10 + (z[i] - '0');
  }
  *pv = v;
  return 0;
}

int time_parse(const char *z, int n, int64_t *pSecs) {
  int h, m, s = 0;
  if (n < 5 || z[2] != ':') return 1;
  if (date_digits(z, 2, &h) || date_digits(z + 3, 2, &m)) return 1;
  if (n >= 8) {
    if (z[5] != ':' || date_digits(z + 6, 2, &s)) return 1;
  }
  if (h > 23 || m > 59 || s > 59) return 1;
  *pSecs = h * 3600 + m * 60 + s;
  return 0;
}

int date_parse(const char *z, int n, int64_t *pSecs) {
  int y, m, d;
  int64_t t = 0;
  if (n < 10 || z[4] != '-' || z[7] != '-') return 1;
  if (date_digits(z, 4, &y) || date_digits(z + 5, 2, &m) || date_digits(z + 8, 2, &d)) return 1;
  if (m < 1 || m > 12 || d < 1 || d > 31) return 1;
  {
    /* no 2023-02-30: the day must exist in its month */
    int y2, m2, d2;
    civil_of(date_days_from_civil(y, m, d), &y2, &m2, &d2);
    if (m2 != m || d2 != d) return 1;
  }
  if (n > 10) {
    if ((z[10] != ' ' && z[10] != 'T') || time_parse(z + 11, n - 11, &t)) return 1;
  }
  *pSecs = date_days_from_civil(y, m, d) * 86400 + t;
  return 0;
}

/* The two digits of 0 to 99, one after the other. */
static const char aDigits2[201] =
    "0001020304050607080910111213141516171819"
    "2021222324252627282930313233343536373839"
    "4041424344454647484950515253545556575859"
    "6061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";

/* Two digits of v at z (0..99; others as '0' + v / 10 and v % 10 give). */
static void put2(char *z, int v) {
  if ((unsigned)v < 100) {
    memcpy(z, aDigits2 + 2 * v, 2);
    return;
  }
  z[0] = (char)('0' + v / 10);
  z[1] = (char)('0' + v % 10);
}

void date_text(char *z, int64_t days) {
  int y, m, d;
  civil_of(days, &y, &m, &d);
  if (y >= 0 && y <= 9999) {
    put2(z, (int)((unsigned)y / 100));
    put2(z + 2, (int)((unsigned)y % 100));
  } else {
    /* the last four digits (of the magnitude, signs as C's % gives them) */
    z[0] = (char)('0' + (y / 1000) % 10);
    z[1] = (char)('0' + (y / 100) % 10);
    z[2] = (char)('0' + (y / 10) % 10);
    z[3] = (char)('0' + y % 10);
  }
  z[4] = '-';
  put2(z + 5, m);
  z[7] = '-';
  put2(z + 8, d);
}

/* No days: every date worked out (buf_date, buf_datetime). */
static const DateTable noDays = {0, 0, 0};

void buf_date(SydaBuf *b, int64_t days) {
  buf_date_in(b, &noDays, days);
}

int date_table_init(DateTable *p, int64_t lo, int64_t hi) {
  sqlite3_uint64 nByte;
  date_table_free(p);
  if (hi < lo) return SQLITE_OK;
  nByte = (sqlite3_uint64)(hi - lo + 1) * 10;
  p->z = sqlite3_malloc64(nByte);
  if (p->z == 0) return SQLITE_NOMEM;
  memset(p->z, 0, (size_t)nByte); /* no day made yet */
  p->lo = lo;
  p->n = hi - lo + 1;
  return SQLITE_OK;
}

void date_table_free(DateTable *p) {
  sqlite3_free(p->z);
  memset(p, 0, sizeof(*p));
}

/* The dates and times are written through a local pointer: a store of a
** char may alias *b, so writing b->z[b->n + k] reloads both each time. */
void buf_time(SydaBuf *b, int64_t s) {
  int h = (int)(s / 3600), m = (int)(s / 60 % 60), x = (int)(s % 60);
  char *z;
  if (b->n + 9 > b->nAlloc && buf_grow(b, 8)) return;
  z = b->z + b->n;
  put2(z, h);
  z[2] = ':';
  put2(z + 3, m);
  z[5] = ':';
  put2(z + 6, x);
  z[8] = 0;
  b->n += 8;
}

void date_time_text(const DateTable *p, char *z, int64_t secs) {
  int64_t days = date_day_of(secs);
  int s = (int)(secs - days * 86400);
  date_table_text(p, z, days);
  z[10] = ' ';
  put2(z + 11, s / 3600);
  z[13] = ':';
  put2(z + 14, s / 60 % 60);
  z[16] = ':';
  put2(z + 17, s % 60);
}

void buf_datetime_in(SydaBuf *b, const DateTable *p, int64_t secs) {
  char *z = buf_room(b, 19);
  if (z == 0) return;
  date_time_text(p, z, secs);
  z[19] = 0;
  b->n += 19;
}

void buf_datetime(SydaBuf *b, int64_t secs) {
  buf_datetime_in(b, &noDays, secs);
}
