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

/* The row's unique time zone that a country or a city follows
** (FakeSpec.iCue, CUE_ZONE), or NULL. */
static const SydaVal *row_zone(const FakeCtx *c) {
  const FakeSpec *s = c->pSpec;
  const FakeRow *r = c->pRow;
  if (s->eCue != CUE_ZONE || s->iCue < 0 || r == 0 || r->aVal == 0) return 0;
  return r->aVal[s->iCue].eType == SQLITE_TEXT ? &r->aVal[s->iCue] : 0;
}

void fake_gen_city(FakeCtx *c, SydaVal *v) {
  FakeGroup tmp, *g;
  const SydaVal *pz = row_zone(c);
  if (pz && fake_zone_city(pz->z, pz->n, c->pBuf)) {
    val_text_buf(v, c->pBuf); /* America/Chicago: Chicago */
    return;
  }
  g = place(c, &tmp);
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

/* ---- the world's countries, currencies and languages ------------------------ */

int fake_currency_from(const SydaVal *v) {
  int i;
  if (v->eType != SQLITE_TEXT) return -1;
  i = dict_country_find(v->z, v->n);
  return i >= 0 ? dict_country_currency_of(i) : dict_currency_find(v->z, v->n);
}

int fake_currency_of(const SydaVal *v) {
  return v->eType == SQLITE_TEXT ? dict_currency_find(v->z, v->n) : -1;
}

/*
** Currency i of a row's group g, made to agree with the row: the currency
** of the row's country (s->iCurrencyOf, an ISO 4217 fact; or the listed
** code a currency's name goes with), and never the row's other currency
** (s->iNotCol: a quote currency is not its base): then another common
** one, drawn from the group's own bits so that every column of the group
** (a quote currency's code and its name) takes it.
*/
static int world_currency_row(const FakeCtx *c, const FakeGroup *g, int i) {
  const FakeSpec *s = c->pSpec;
  const SydaVal *a = c->pRow->aVal;
  int k, n;
  if (s->iCurrencyOf >= 0 && (k = fake_currency_from(&a[s->iCurrencyOf])) >= 0) i = k;
  if (s->iNotCol >= 0 && (k = fake_currency_of(&a[s->iNotCol])) == i) {
    u64 x = rng_mix(g->key ^ ((u64)g->iOrdinal * 0x9e3779b97f4a7c15ULL) ^ ((u64)g->iAttempt << 40));
    for (n = 0; n < 8 && i == k; n++) {
      i = dict_pick_index(&dict_currency_code, x);
      x = rng_mix(x + 1);
    }
    if (i == k) i = (k + 1) % dict_currency_code.n;
  }
  return i;
}

/*
** A country column names the locale's country (the row's address is
** there), unless it follows the row's unique time zone (row_zone: the
** zone's country), reads a world group (a table of countries, row.c) or
** is unique: then an ISO 3166-1 country, the same in every column of the
** row that names one.  Currencies and languages always come from their
** lists.  A unique column takes entry u of its list (as many values as the
** list has), or the row's when its group's driver makes that one distinct
** (iso2 and iso3 both UNIQUE: the same country, each code distinct); the
** others take the row's world group's, a currency the row's country's
** (world_currency_row) unless a unique currency drives the group.
*/
static int world_entry(FakeCtx *c, int eWhat, int bAlways) {
  const FakeSpec *s = c->pSpec;
  FakeRow *r = c->pRow;
  FakeGroup tmp, *g;
  const SydaVal *pz = eWhat == WORLD_COUNTRY ? row_zone(c) : 0;
  int iZone;
  int n = eWhat == WORLD_CURRENCY   ? dict_currency_all.n
          : eWhat == WORLD_LANGUAGE ? dict_language_all.n
                                    : dict_country.n;
  int inGroup = r && s->iGroup >= 0 && s->iGroup < r->nGroup && r->aGroup[s->iGroup].eGroup == GRP_WORLD;
  if (pz && (iZone = fake_zone_country(pz->z, pz->n)) >= 0) return iZone; /* the unique zone's country */
  if (inGroup) {
    g = fake_group_at(r, s->iGroup);
    if (c->u >= 0 && !(g->uDrive >= 0 && g->iWorldDrive == eWhat)) return (int)(c->u % n);
  } else if (c->u >= 0) {
    return (int)(c->u % n);
  } else if (!bAlways) {
    return -1; /* the locale's country */
  } else {
    g = fake_group_get(c, GRP_WORLD, &tmp);
  }
  if (eWhat != WORLD_CURRENCY) return eWhat == WORLD_LANGUAGE ? g->iLanguage : g->iCountry;
  if (r && r->aVal && !(g->uDrive >= 0 && g->iWorldDrive == WORLD_CURRENCY))
    return world_currency_row(c, g, g->iCurrency);
  return g->iCurrency;
}

/* The locale's country in dict_country, -1 if it is not there. */
static int locale_country(const DictLocale *L) {
  int i;
  for (i = 0; i < dict_country_code.n; i++) {
    if (strcmp(dict_country_code.az[i], L->zCountryCode) == 0) return i;
  }
  return -1;
}

void fake_gen_country(FakeCtx *c, SydaVal *v) {
  int i = world_entry(c, WORLD_COUNTRY, 0);
  val_text_static(v, i >= 0 ? dict_country.az[i] : fake_locale(c)->zCountry);
}
void fake_gen_country_code(FakeCtx *c, SydaVal *v) {
  int i = world_entry(c, WORLD_COUNTRY, 0);
  val_text_static(v, i >= 0 ? dict_country_code.az[i] : fake_locale(c)->zCountryCode);
}
void fake_gen_country_code3(FakeCtx *c, SydaVal *v) {
  int i = world_entry(c, WORLD_COUNTRY, 0);
  if (i < 0) i = locale_country(fake_locale(c));
  val_text_static(v, i >= 0 ? dict_country_code3.az[i] : "USA");
}
void fake_gen_currency_code(FakeCtx *c, SydaVal *v) {
  val_text_static(v, dict_currency_all.az[world_entry(c, WORLD_CURRENCY, 1)]);
}
void fake_gen_currency_name(FakeCtx *c, SydaVal *v) {
  val_text_static(v, dict_currency_name.az[world_entry(c, WORLD_CURRENCY, 1)]);
}
void fake_gen_language(FakeCtx *c, SydaVal *v) {
  val_text_static(v, dict_language_all.az[world_entry(c, WORLD_LANGUAGE, 1)]);
}
void fake_gen_language_code(FakeCtx *c, SydaVal *v) {
  val_text_static(v, dict_language_code.az[world_entry(c, WORLD_LANGUAGE, 1)]);
}

/* Each list's entries exactly: past them no value is one of it. */
#define WORLD_CAP(name, list)                           \
  i64 fake_cap_##name(const FakeSpec *s, int *pnLong) { \
    (void)s;                                            \
    if (pnLong) *pnLong = fake_list_longest(&(list));   \
    return (list).n;                                    \
  }
WORLD_CAP(country, dict_country)
WORLD_CAP(country_code, dict_country_code)
WORLD_CAP(country_code3, dict_country_code3)
WORLD_CAP(currency_code, dict_currency_all)
WORLD_CAP(currency_name, dict_currency_name)
WORLD_CAP(language, dict_language_all)
WORLD_CAP(language_code, dict_language_code)

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
