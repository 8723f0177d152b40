/*
** value.h — one generated value (SydaVal), a growable text buffer for
** composing values without per-row allocation (SydaBuf), and civil-date
** arithmetic for DATE/DATETIME/TIME columns.
**
**     SydaBuf b = {0};
**     buf_reset(&b); buf_str(&b, "order-"); buf_int(&b, 42);
**     v.eType = SQLITE_TEXT; v.z = b.z; v.n = b.n;
*/
#ifndef SYDA_VALUE_H
#define SYDA_VALUE_H

#include <stdint.h>
#include <string.h>

#include "sqlite3ext.h"

/* The same typedefs as rng.h (C11 allows repeating them). */
typedef int64_t i64;
typedef uint64_t u64;

typedef struct SydaVal {
  int eType;    /* SQLITE_NULL, _INTEGER, _FLOAT, _TEXT or _BLOB */
  int isStatic; /* z lives as long as the extension (a word list entry) */
  sqlite3_int64 i;
  double r;
  const char *z;
  int n; /* bytes of z */
} SydaVal;

typedef struct SydaBuf {
  char *z;
  int n;
  int nAlloc;
  int oom;
} SydaBuf;

int buf_grow(SydaBuf *, int nMore); /* room for nMore bytes + NUL */
void buf_free(SydaBuf *);

static inline void buf_reset(SydaBuf *b) {
  b->n = 0;
  if (b->z) b->z[0] = 0;
}
static inline void buf_append(SydaBuf *b, const char *z, int n) {
  if (b->n + n + 1 > b->nAlloc && buf_grow(b, n)) return;
  memcpy(b->z + b->n, z, (size_t)n);
  b->n += n;
  b->z[b->n] = 0;
}
/* Where n more bytes (and a NUL) go, or 0 out of memory. */
static inline char *buf_room(SydaBuf *b, int n) {
  return b->n + n + 1 > b->nAlloc && buf_grow(b, n) ? 0 : b->z + b->n;
}
static inline void buf_str(SydaBuf *b, const char *z) {
  buf_append(b, z, (int)strlen(z));
}
static inline void buf_putc(SydaBuf *b, char c) {
  if (b->n + 2 > b->nAlloc && buf_grow(b, 1)) return;
  b->z[b->n++] = c;
  b->z[b->n] = 0;
}
void buf_int(SydaBuf *, sqlite3_int64);
void buf_uint_pad(SydaBuf *, uint64_t v, int nWidth); /* zero padded */
void buf_double(SydaBuf *, double r);                 /* shortest form that reads back */
void buf_fixed(SydaBuf *, double r, int nDec);
void buf_json_string(SydaBuf *, const char *z, int n);
void buf_hex(SydaBuf *, const unsigned char *a, int n);

/* Set v to the text in b (not static: it changes on the next row). */
static inline void val_text_buf(SydaVal *v, const SydaBuf *b) {
  v->eType = SQLITE_TEXT;
  v->isStatic = 0;
  v->z = b->z ? b->z : "";
  v->n = b->n;
}
static inline void val_text_static(SydaVal *v, const char *z) {
  v->eType = SQLITE_TEXT;
  v->isStatic = 1;
  v->z = z;
  v->n = (int)strlen(z);
}
static inline void val_int(SydaVal *v, sqlite3_int64 i) {
  v->eType = SQLITE_INTEGER;
  v->i = i;
}
static inline void val_real(SydaVal *v, double r) {
  v->eType = SQLITE_FLOAT;
  v->r = r;
}
static inline void val_null(SydaVal *v) {
  v->eType = SQLITE_NULL;
}

/* Copy a value's text into owned memory (for value sets read from JSON). */
int val_copy(SydaVal *pDest, const SydaVal *pSrc);
void val_clear(SydaVal *);
/* Set from / return to SQLite values. */
int val_from_sqlite(SydaVal *pDest, sqlite3_value *); /* owned copy */
void val_result(sqlite3_context *, const SydaVal *);
int val_bind(sqlite3_stmt *, int i, const SydaVal *);
/* An integer argument, or a real with no fraction (7.0, as from 7 * 1.0):
** 1 with it in *pOut, else 0. */
int val_whole(sqlite3_value *, i64 *pOut);
/* SQLite's ordering of two values (NULL < numbers < text < blob). */
int val_compare(const SydaVal *, const SydaVal *);
/* Characters (not bytes) of UTF-8 text, and the byte length of the first
** nChar characters. */
int utf8_chars(const char *z, int n);
int utf8_prefix(const char *z, int n, int nChar);

/* ---- dates: days since 1970-01-01, proleptic Gregorian ---------------- */
int64_t date_days_from_civil(int y, int m, int d);
void date_civil_from_days(int64_t days, int *py, int *pm, int *pd);
/* Parse "YYYY-MM-DD", "YYYY-MM-DD HH:MM[:SS]" or "YYYY-MM-DDTHH:MM:SS":
** seconds since 1970-01-01 00:00:00.  0 on success. */
int date_parse(const char *z, int n, int64_t *pSecs);
/* Parse "HH:MM[:SS]": seconds since midnight.  0 on success. */
int time_parse(const char *z, int n, int64_t *pSecs);
/* The day (since 1970-01-01) of a time in seconds, rounded down. */
static inline int64_t date_day_of(int64_t secs) {
  return secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400);
}
/* The 10 bytes YYYY-MM-DD of a day at z (no NUL). */
void date_text(char *z, int64_t days);
void buf_date(SydaBuf *, int64_t days);      /* YYYY-MM-DD */
void buf_datetime(SydaBuf *, int64_t secs);  /* YYYY-MM-DD HH:MM:SS */
void buf_time(SydaBuf *, int64_t secsOfDay); /* HH:MM:SS */

/*
** The text of each day of a range, made at the day's first use: a column
** that writes dates over a range of fewer days than it has rows then copies
** 10 bytes a value instead of working out a civil date and its digits.
** The text is filled in through a const pointer (the plan is const while
** rows are made); it is the same whenever it is made, so that is safe.
**
**     DateTable dt = {0, 0, 0};
**     date_table_init(&dt, lo, hi);        -- days lo..hi, none made yet
**     buf_date_in(&b, &dt, day);           -- as buf_date(&b, day)
**     date_table_free(&dt);
*/
typedef struct DateTable {
  char *z;       /* 10 bytes a day from lo; a day not made yet starts with 0 */
  int64_t lo, n; /* the first day and how many; n == 0: no table */
} DateTable;
int date_table_init(DateTable *, int64_t lo, int64_t hi); /* SQLITE_OK or SQLITE_NOMEM */
void date_table_free(DateTable *);

/* The 10 bytes of a day at z, from the table when it holds the day
** (no year of date_text is ever written with a NUL first). */
static inline void date_table_text(const DateTable *p, char *z, int64_t day) {
  uint64_t i = (uint64_t)day - (uint64_t)p->lo;
  if (i < (uint64_t)p->n) {
    char *e = p->z + 10 * i;
    if (e[0] == 0) date_text(e, day);
    memcpy(z, e, 10);
  } else {
    date_text(z, day);
  }
}
static inline void buf_date_in(SydaBuf *b, const DateTable *p, int64_t day) {
  char *z = buf_room(b, 10);
  if (z == 0) return;
  date_table_text(p, z, day);
  z[10] = 0;
  b->n += 10;
}
/* The 19 bytes YYYY-MM-DD HH:MM:SS of a time at z, the date part from the
** table (no NUL); and as buf_datetime, the same. */
void date_time_text(const DateTable *, char *z, int64_t secs);
void buf_datetime_in(SydaBuf *, const DateTable *, int64_t secs);

#endif /* SYDA_VALUE_H */
