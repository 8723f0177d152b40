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
void buf_date(SydaBuf *, int64_t days);      /* YYYY-MM-DD */
void buf_datetime(SydaBuf *, int64_t secs);  /* YYYY-MM-DD HH:MM:SS */
void buf_time(SydaBuf *, int64_t secsOfDay); /* HH:MM:SS */

#endif /* SYDA_VALUE_H */
