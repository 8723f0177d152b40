/*
** fake_place.c — where: a street address in the locale's order, the city
** (weighted by population) with its own region, region code, postal code
** pattern, phone area code and position, and the country.
**
**     street_address        city           state       postal_code
**     742 Maple Avenue      San Francisco  California  94107
**     Lindenstraße 12       München        Bayern      80331
**
** Every column of a row's address group reads the same city and number, so
** a row's parts belong together (and billing and shipping groups each do).
*/
#include <string.h>

#include "fake_kinds.h"
SQLITE_EXTENSION_INIT3

static FakeGroup *place(FakeCtx *c, FakeGroup *pTmp) {
  return fake_group_get(c, GRP_ADDRESS, pTmp);
}

/* Street and number in the locale's format: {n} number, {s} street, {t} type. */
static void street_line(const DictLocale *L, const FakeGroup *g, SydaBuf *b) {
  const char *p;
  for (p = L->zStreetFormat; *p; p++) {
    if (p[0] == '{' && p[1] && p[2] == '}') {
      switch (p[1]) {
        case 'n':
          buf_int(b, g->nHouse);
          break;
        case 's':
          buf_str(b, L->street.az[g->iStreet]);
          break;
        case 't':
          if (g->iStreetType >= 0) buf_str(b, L->streetType.az[g->iStreetType]);
          break;
        case 'm':
          buf_int(b, 1 + (i64)((g->xMore >> 52) % 20));
          break;
        default:
          break;
      }
      p += 2;
    } else {
      buf_putc(b, *p);
    }
  }
}

/* The postal code: the city's pattern, digits from the group's bits (the
** same in every column of the row). */
static void postal(const FakeGroup *g, SydaBuf *b) {
  u64 x = g->xMore;
  const char *zPat = g->pCity && g->pCity->zPostal ? g->pCity->zPostal : "#####";
  int start = b->n, i, iLast = -1, allZero = 1;
  fake_digits(b, zPat, &x);
  /* a code's own digits are never all zero: 75000, 10000, 28000 do not
  ** exist (the first of a range is 75001, 10001, 28001) */
  for (i = 0; zPat[i] && start + i < b->n; i++) {
    if (zPat[i] == '#') {
      iLast = start + i;
      allZero &= b->z[start + i] == '0';
    }
  }
  if (iLast >= 0 && allZero) b->z[iLast] = '1';
}

void fake_gen_street_address(FakeCtx *c, SydaVal *v) {
  FakeGroup tmp, *g = place(c, &tmp);
  buf_reset(c->pBuf);
  street_line(fake_locale(c), g, c->pBuf);
  val_text_buf(v, c->pBuf);
}

void fake_gen_address_line2(FakeCtx *c, SydaVal *v) {
  const DictLocale *L = fake_locale(c);
  const char *p;
  u64 x = rng_next(&c->d);
  buf_reset(c->pBuf);
  for (p = L->zLine2Format; *p; p++) {
    if (p[0] == '{' && p[1] == 'n' && p[2] == '}') {
      buf_int(c->pBuf, 1 + (i64)rng_below(x, 60) * (1 + (i64)rng_below(rng_mix(x), 20)));
      p += 2;
    } else {
      char zOne[2] = {*p, 0};
      fake_digits(c->pBuf, zOne, &x); /* '#' and '%' become digits */
    }
  }
  val_text_buf(v, c->pBuf);
}

void fake_gen_city(FakeCtx *c, SydaVal *v) {
  FakeGroup tmp, *g = place(c, &tmp);
  val_text_static(v, g->pCity->zCity);
}

void fake_gen_state(FakeCtx *c, SydaVal *v) {
  FakeGroup tmp, *g = place(c, &tmp);
  val_text_static(v, g->pCity->zRegion);
}

void fake_gen_state_code(FakeCtx *c, SydaVal *v) {
  FakeGroup tmp, *g = place(c, &tmp);
  val_text_static(v, g->pCity->zRegionCode[0] ? g->pCity->zRegionCode : g->pCity->zRegion);
}

void fake_gen_postal_code(FakeCtx *c, SydaVal *v) {
  FakeGroup tmp, *g = place(c, &tmp);
  buf_reset(c->pBuf);
  postal(g, c->pBuf);
  val_text_buf(v, c->pBuf);
}

void fake_gen_country(FakeCtx *c, SydaVal *v) {
  val_text_static(v, fake_locale(c)->zCountry);
}
void fake_gen_country_code(FakeCtx *c, SydaVal *v) {
  val_text_static(v, fake_locale(c)->zCountryCode);
}

static void position(FakeCtx *c, SydaVal *v, int bLat) {
  FakeGroup tmp, *g = place(c, &tmp);
  double r = bLat ? g->pCity->rLat + g->rJitterLat : g->pCity->rLon + g->rJitterLon;
  if (r > 180) r -= 360;
  if (r < -180) r += 360;
  if (bLat && r > 90) r = 90;
  if (bLat && r < -90) r = -90;
  val_real(v, (double)(i64)(r * 1e6 + (r < 0 ? -0.5 : 0.5)) / 1e6);
}

void fake_gen_latitude(FakeCtx *c, SydaVal *v) {
  position(c, v, 1);
}
void fake_gen_longitude(FakeCtx *c, SydaVal *v) {
  position(c, v, 0);
}

/* A whole address on one line, in the order the country writes it. */
void fake_gen_address(FakeCtx *c, SydaVal *v) {
  const DictLocale *L = fake_locale(c);
  FakeGroup tmp, *g = place(c, &tmp);
  SydaBuf *b = c->pBuf;
  const char *cc = L->zCountryCode;
  buf_reset(b);
  if (strcmp(cc, "JP") == 0) {
    buf_str(b, "〒");
    postal(g, b);
    buf_putc(b, ' ');
    buf_str(b, g->pCity->zRegion);
    buf_str(b, g->pCity->zCity);
    street_line(L, g, b);
  } else if (strcmp(cc, "US") == 0) {
    street_line(L, g, b);
    buf_str(b, ", ");
    buf_str(b, g->pCity->zCity);
    buf_str(b, ", ");
    buf_str(b, g->pCity->zRegionCode[0] ? g->pCity->zRegionCode : g->pCity->zRegion);
    buf_putc(b, ' ');
    postal(g, b);
  } else if (strcmp(cc, "GB") == 0) {
    street_line(L, g, b);
    buf_str(b, ", ");
    buf_str(b, g->pCity->zCity);
    buf_putc(b, ' ');
    postal(g, b);
  } else {
    street_line(L, g, b);
    buf_str(b, ", ");
    postal(g, b);
    buf_putc(b, ' ');
    buf_str(b, g->pCity->zCity);
  }
  val_text_buf(v, b);
}
