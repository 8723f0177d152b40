/*
** infer_comment.c — what a column's trailing comment (or a rule's
** "description") lists: values or a range.
**
**     -- Active, Inactive, Prospect      3 values
**     -- one of: A | B | C               3 values
**     -- 1 .. 10, -- between 1 and 10    a range
**     -- 2020-01-01 .. 2025-12-31        a range of dates
**     -- e.g. LHR, JFK                   examples: no value set
**
**     Infer r;  infer_comment(zComment, eType, &r)  -- 1 values, 2 range, 0 none
*/
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "infer_int.h"
SQLITE_EXTENSION_INIT3

int infer_type_is_numeric(int eType) {
  return eType == TY_INT || eType == TY_REAL || eType == TY_NUMERIC || eType == TY_BOOL;
}

/* Parse a whole number or decimal in z[0..n); 1 on success. */
static int parse_number(const char *z, int n, SydaVal *v) {
  char buf[64];
  char *zEnd;
  int isReal = 0, i;
  if (n <= 0 || n >= (int)sizeof(buf)) return 0;
  memcpy(buf, z, (size_t)n);
  buf[n] = 0;
  for (i = 0; i < n; i++) {
    if (buf[i] == '.' || buf[i] == 'e' || buf[i] == 'E')
      isReal = 1;
    else if (!(isdigit((unsigned char)buf[i]) || (i == 0 && (buf[i] == '-' || buf[i] == '+'))))
      return 0;
  }
  memset(v, 0, sizeof(*v));
  if (isReal) {
    v->eType = SQLITE_FLOAT;
    v->r = strtod(buf, &zEnd);
  } else {
    v->eType = SQLITE_INTEGER;
    v->i = strtoll(buf, &zEnd, 10);
  }
  return *zEnd == 0;
}

static void trim(const char **pz, int *pn) {
  const char *z = *pz;
  int n = *pn;
  while (n > 0 && (isspace((unsigned char)*z) || *z == '\'' || *z == '"' || *z == '`')) {
    z++;
    n--;
  }
  while (n > 0 && (isspace((unsigned char)z[n - 1]) || z[n - 1] == '\'' || z[n - 1] == '"' ||
                   z[n - 1] == '`' || z[n - 1] == '.' || z[n - 1] == ';')) {
    n--;
  }
  *pz = z;
  *pn = n;
}

/* A bound of a range: number or date/time text. */
static int parse_bound(const char *z, int n, int eType, SydaVal *v) {
  int64_t s;
  trim(&z, &n);
  if (parse_number(z, n, v)) return 1;
  if (eType != TY_INT && eType != TY_REAL && eType != TY_NUMERIC &&
      (date_parse(z, n, &s) == 0 || time_parse(z, n, &s) == 0)) {
    char *zCopy = sqlite3_mprintf("%.*s", n, z);
    if (zCopy == 0) return 0;
    memset(v, 0, sizeof(*v));
    v->eType = SQLITE_TEXT;
    v->z = zCopy;
    v->n = n;
    return 1;
  }
  return 0;
}

/* "lo .. hi", "lo..hi", "lo to hi", "between lo and hi", "lo - hi". */
static int infer_range(const char *z, int eType, Infer *r) {
  static const char *const azSep[] = {"..", " to ", " and ", " - ", "-"};
  const char *zStart = z;
  int k;
  const char *p = strstr(z, "between ");
  if (p == 0) p = strstr(z, "Between ");
  if (p) zStart = p + 8;
  for (k = 0; k < 5; k++) {
    const char *zSep = strstr(zStart, azSep[k]);
    const char *a, *b, *e, *q;
    SydaVal lo, hi;
    if (zSep == 0 || (k == 2 && p == 0)) continue;
    /* the token before the separator ("1 .. 10": past the spaces) and the
    ** one after */
    q = zSep;
    if (k == 0) {
      while (q > zStart && q[-1] == ' ')
        q--;
    }
    a = q;
    while (a > zStart && !isspace((unsigned char)a[-1]) && a[-1] != '(' && a[-1] != ':')
      a--;
    if (k == 4 && a == zSep) continue;
    b = zSep + strlen(azSep[k]);
    while (*b == ' ')
      b++;
    e = b;
    while (*e && !isspace((unsigned char)*e) && *e != ')' && *e != ',')
      e++;
    if (e > b && (e[-1] == '.' || e[-1] == ';')) e--;
    if (k == 4) {
      /* a date "2020-01-01" contains '-': do not split it */
      SydaVal t;
      if (!parse_number(a, (int)(q - a), &t) || !parse_number(b, (int)(e - b), &t)) continue;
    }
    memset(&lo, 0, sizeof(lo));
    memset(&hi, 0, sizeof(hi));
    if (parse_bound(a, (int)(q - a), eType, &lo) && parse_bound(b, (int)(e - b), eType, &hi)) {
      int ok = 1;
      if (lo.eType == SQLITE_TEXT || hi.eType == SQLITE_TEXT) {
        ok = lo.eType == SQLITE_TEXT && hi.eType == SQLITE_TEXT && strcmp(lo.z, hi.z) <= 0;
      } else {
        double x = lo.eType == SQLITE_INTEGER ? (double)lo.i : lo.r;
        double y = hi.eType == SQLITE_INTEGER ? (double)hi.i : hi.r;
        ok = x <= y;
      }
      if (ok) {
        r->lo = lo;
        r->hi = hi;
        r->hasLo = r->hasHi = 1;
        return 1;
      }
    }
    val_clear(&lo);
    val_clear(&hi);
  }
  return 0;
}

/* Next list separator in [p, zEnd): ',', '|', '/' or the word " or ".
** Returns its position (zEnd if none) and its length in *pn. */
static const char *next_sep(const char *p, const char *zEnd, int *pn) {
  for (; p < zEnd; p++) {
    if (*p == ',' || *p == '|' || *p == '/') {
      *pn = 1;
      return p;
    }
    if (zEnd - p >= 4 && memcmp(p, " or ", 4) == 0) {
      *pn = 4;
      return p;
    }
  }
  *pn = 0;
  return zEnd;
}

/* Does the comment give examples ("e.g. LHR, JFK") rather than every value? */
static int comment_gives_examples(const char *z) {
  static const char *const azMark[] = {"e.g.", "e. g.", "eg.", "for example", "for instance", "such as", 0};
  int i, j;
  for (i = 0; z[i]; i++) {
    if (i > 0 && isalnum((unsigned char)z[i - 1])) continue;
    for (j = 0; azMark[j]; j++) {
      if (sqlite3_strnicmp(z + i, azMark[j], (int)strlen(azMark[j])) == 0) return 1;
    }
  }
  return 0;
}

/* Split the list part of a comment into values.  Returns the count. */
static int infer_values(const char *zComment, int eType, Infer *r) {
  const char *z = zComment;
  const char *zOpen = strchr(z, '(');
  const char *zColon = strchr(z, ':');
  const char *zEnd;
  const char *p;
  int nItem = 0, i;
  SydaVal aTmp[64];
  if (comment_gives_examples(zComment)) return 0; /* a few of the values, not all */
  if (zOpen && strchr(zOpen, ')') && (strchr(zOpen, ',') || strchr(zOpen, '|') || strchr(zOpen, '/'))) {
    z = zOpen + 1;
    zEnd = strchr(z, ')');
  } else {
    if (zColon) z = zColon + 1;
    zEnd = z + strlen(z);
  }
  if (!memchr(z, ',', (size_t)(zEnd - z)) && !memchr(z, '|', (size_t)(zEnd - z)) &&
      !memchr(z, '/', (size_t)(zEnd - z))) {
    return 0;
  }
  for (p = z; p <= zEnd;) {
    int nSep, n, nWords = 1, j;
    const char *q = next_sep(p, zEnd, &nSep);
    const char *zItem = p;
    n = (int)(q - p);
    trim(&zItem, &n);
    if (n > 0) {
      /* A list item is a short label; a longer phrase means prose. */
      for (j = 0; j < n; j++)
        nWords += zItem[j] == ' ';
      if (n > 40 || nWords > 3 || nItem >= 64) return 0;
      if (infer_type_is_numeric(eType)) {
        if (!parse_number(zItem, n, &aTmp[nItem])) return 0;
      } else {
        memset(&aTmp[nItem], 0, sizeof(SydaVal));
        aTmp[nItem].eType = SQLITE_TEXT;
        aTmp[nItem].z = zItem;
        aTmp[nItem].n = n;
      }
      nItem++;
    }
    if (nSep == 0) break;
    p = q + nSep;
  }
  if (nItem < 2) return 0;
  r->aValue = sqlite3_malloc64(sizeof(SydaVal) * (sqlite3_uint64)nItem);
  if (r->aValue == 0) return 0;
  for (i = 0; i < nItem; i++) {
    if (val_copy(&r->aValue[r->nValue], &aTmp[i]) == SQLITE_OK) r->nValue++;
  }
  return r->nValue;
}

int infer_comment(const char *zComment, int eType, Infer *r) {
  if (zComment == 0 || zComment[0] == 0) return 0;
  if (infer_range(zComment, eType, r)) return 2;
  if (infer_values(zComment, eType, r)) return 1;
  return 0;
}
