/*
** fake_people.c — who: persons, their e-mail and user names, phone
** numbers, companies, departments, jobs; and the groups that keep a row's
** values about one person, company, place or file consistent.
**
**     first_name  last_name  email                        phone
**     Maria       Garcia     maria.garcia@outlook.com     (415) 555-0143
**
** A group is drawn once per row (fake_group_fill).  When a member must be
** unique (a UNIQUE e-mail), the group's choices are that unique index in
** mixed radix, so the person and the e-mail still agree; such an e-mail
** makes only the person's names, and the rest of the person is drawn when
** another column asks for it (person_names_at).  The words e-mails are
** written from come from the locale's DictNames, looked up once.
*/
#include <math.h>
#include <string.h>

#include "fake_kinds.h"
SQLITE_EXTENSION_INIT3

/* Words of Japanese company names (trading, industry, works, construction,
** electric ...) with their romanisation for domains. */
static const char *const azCoNounJa[] = {"商事", "工業",   "製作所", "建設", "電機",
                                         "物産", "食品",   "運輸",   "産業", "化学",
                                         "精工", "不動産", "興業",   "技研", "ホールディングス"};
static const char *const azCoNounJaAscii[] = {"shoji",  "kogyo",    "seisakusho", "kensetsu", "denki",
                                              "bussan", "shokuhin", "unyu",       "sangyo",   "kagaku",
                                              "seiko",  "fudosan",  "kogyo",      "giken",    "holdings"};
#define N_CO_NOUN_JA ((int)(sizeof(azCoNounJa) / sizeof(azCoNounJa[0])))
_Static_assert(sizeof(azCoNounJa) == sizeof(azCoNounJaAscii), "parallel lists");

/* Words a company name ends in; written for syda. */
static const char *const azCoNoun[] = {
    "Analytics",  "Systems",       "Solutions",  "Partners",   "Group",        "Labs",     "Logistics",
    "Media",      "Health",        "Capital",    "Consulting", "Software",     "Networks", "Works",
    "Studios",    "Dynamics",      "Industries", "Ventures",   "Technologies", "Foods",    "Energy",
    "Designs",    "Supply",        "Holdings",   "Robotics",   "Security",     "Data",     "Cloud",
    "Outfitters", "Manufacturing", "Brands",     "Interactive"};
#define N_CO_NOUN ((int)(sizeof(azCoNoun) / sizeof(azCoNoun[0])))

const DictLocale *fake_locale(const FakeCtx *c) {
  if (c->pSpec && c->pSpec->pLocale) return c->pSpec->pLocale;
  if (c->pRow && c->pRow->pLocale) return c->pRow->pLocale;
  return dict_locale("en_US");
}

void fake_capital(SydaBuf *b, const char *z) {
  if (!z || !*z) return;
  if (*z >= 'a' && *z <= 'z') {
    buf_putc(b, (char)(*z - 32));
    buf_str(b, z + 1);
  } else {
    buf_str(b, z);
  }
}

void fake_digits(SydaBuf *b, const char *zPat, u64 *px) {
  const char *p;
  for (p = zPat; *p; p++) {
    if (*p == '#' || *p == '%') {
      *px = rng_mix(*px + 0x9e3779b97f4a7c15ULL);
      buf_putc(b, *p == '#' ? (char)('0' + (int)rng_below(*px, 10)) : (char)('2' + (int)rng_below(*px, 8)));
    } else {
      buf_putc(b, *p);
    }
  }
}

/* What a row's e-mail or user name calls for each row is inlined in it,
** so that the value is made in one frame. */
#if defined(__GNUC__)
#define PERSON_INLINE static inline __attribute__((always_inline))
#else
#define PERSON_INLINE static inline
#endif

/* A locale dict.c has no tables for: every one looked up (never the case
** for the locales of dict_locale()). */
static const DictNames noNames;

static const DictNames *person_names_find(FakeGroup *g, const DictLocale *L) {
  const DictNames *N = dict_names(L);
  if (N == 0) return &noNames;
  g->pNames = N;
  return N;
}

/* The tables of locale L that a person's names and handle read: those g
** kept when it last used L, else L's (then kept in g). */
static inline const DictNames *person_names(FakeGroup *g, const DictLocale *L) {
  const DictNames *N = g->pNames;
  return N && N->L == L ? N : person_names_find(g, L);
}

/* A weighted pick of p by its ready weights pc when there are. */
static inline int person_pick(const DictCum *pc, const DictList *p, u64 x) {
  return pc ? dict_cum_pick(pc, x) : dict_pick_index(p, x);
}

/*
** The names of a person that a unique value drives (uDrive >= 0): the
** digits of uDrive in mixed radix (first, last, variant, then nOver),
** over distinct ASCII spellings, so that e-mails and user names made of
** them stay distinct (陽子 and 洋子 are both "yoko").  No draws.
*/
PERSON_INLINE void person_drive(FakeGroup *g, const DictLocale *L, const DictNames *N) {
  const uint64_t *aF = N->aDistinctFirst, *aL = N->aDistinctLast;
  int nF = N->nDistinctFirst, nL = N->nDistinctLast;
  i64 u = g->uDrive;
  if (N == &noNames) {
    aF = dict_ascii_table(&L->first, &nF);
    aL = dict_ascii_table(&L->last, &nL);
  }
  if ((u64)u <= UINT32_MAX) {
    /* the same digits, by 32-bit division (several times faster) */
    uint32_t w = (uint32_t)u, q = w / (uint32_t)nF;
    g->iFirst = aF ? (int)aF[w - q * (uint32_t)nF] : (int)(w - q * (uint32_t)nF);
    w = q / (uint32_t)nL;
    g->iLast = aL ? (int)aL[q - w * (uint32_t)nL] : (int)(q - w * (uint32_t)nL);
    g->iVariant = (int)(w & 1);
    g->nOver = w >> 1;
  } else {
    g->iFirst = aF ? (int)aF[u % nF] : (int)(u % nF);
    u /= nF;
    g->iLast = aL ? (int)aL[u % nL] : (int)(u % nL);
    u /= nL;
    g->iVariant = (int)(u % 2);
    g->nOver = u / 2;
  }
}

/* What a person has beside the names: the group's first draw xMore (64
** bits for digits), the sex the first name is given to (a unisex name's
** from spare bits), and whether non-binary. */
PERSON_INLINE void person_more(FakeGroup *g, const DictLocale *L, u64 xMore) {
  g->xMore = xMore;
  g->cSex = L->zFirstSex ? L->zFirstSex[g->iFirst] : 'u';
  if (g->cSex != 'f' && g->cSex != 'm') g->cSex = (g->xMore >> 40) & 1 ? 'f' : 'm';
  g->isNonBinary = (g->xMore >> 48) % 100 == 0;
}

/* A person for the row: driven by a unique value, or its names by weight. */
PERSON_INLINE void person_fill(FakeGroup *g, RngDraw *d, const DictLocale *L) {
  const DictNames *N = person_names(g, L);
  u64 xMore = rng_next(d);
  g->nOver = 0;
  if (g->uDrive >= 0) {
    person_drive(g, L, N);
  } else {
    u64 x = rng_next(d);
    g->iFirst = person_pick(N->pFirst, &L->first, x);
    x = rng_next(d);
    g->iLast = person_pick(N->pLast, &L->last, x);
    g->iVariant = (int)rng_next_below(d, 6);
  }
  person_more(g, L, xMore);
}

void fake_group_fill(FakeGroup *g, RngDraw *d, const DictLocale *L) {
  if (L == 0) L = dict_locale("en_US");
  if (g->eGroup == GRP_PERSON) {
    person_fill(g, d, L);
    return;
  }
  g->nOver = 0;
  g->xMore = rng_next(d);
  switch (g->eGroup) {
    case GRP_COMPANY: {
      if (L->familyFirst) {
        /* 株式会社佐藤商事, 田中工業株式会社, 鈴木建設 */
        if (g->uDrive >= 0) {
          i64 u = g->uDrive, nAll = (i64)3 * L->last.n * N_CO_NOUN_JA;
          g->nOver = u / nAll;
          u %= nAll;
          g->iCoShape = 10 + (int)(u % 3);
          g->iCoLast = (int)((u / 3) % L->last.n);
          g->iCoNoun = (int)(u / 3 / L->last.n);
        } else {
          g->iCoShape = 10 + (int)rng_next_below(d, 3);
          g->iCoLast = dict_pick_index(&L->last, rng_next(d));
          g->iCoNoun = (int)rng_next_below(d, N_CO_NOUN_JA);
        }
        g->iCoSuffix = -1;
        break;
      }
      if (g->uDrive >= 0) {
        /*
        ** Two shapes that never spell the same name, "W N" and "L & L"
        ** ("L T", a family and a trade, where the locale has trades),
        ** interleaved three to one while both last: a bijection of
        ** [0, a+b) onto them, so that early rows see both.
        */
        int hasTrade = L->companyNoun.n > 0;
        i64 a = hasTrade ? (i64)L->last.n * L->companyNoun.n : (i64)dict_company_word.n * N_CO_NOUN;
        i64 bb = (i64)L->last.n * L->last.n;
        i64 m = a / 3 < bb ? a / 3 : bb, u = g->uDrive % (a + bb), idx;
        int shape;
        g->nOver = g->uDrive / (a + bb);
        if (u < 4 * m) {
          shape = (u % 4 == 3) ? 1 : 0;
          idx = shape ? u / 4 : (u / 4) * 3 + u % 4;
        } else if (a - 3 * m > 0 && u - 4 * m < a - 3 * m) {
          shape = 0;
          idx = 3 * m + (u - 4 * m);
        } else {
          shape = 1;
          idx = m + (u - 4 * m - (a - 3 * m));
        }
        g->iCoShape = shape;
        if (shape == 0 && hasTrade) {
          g->iCoShape = 20;
          g->iCoLast = (int)(idx % L->last.n);
          g->iCoNoun = (int)(idx / L->last.n);
        } else if (shape == 0) {
          g->iCoWord = (int)(idx % dict_company_word.n);
          g->iCoNoun = (int)(idx / dict_company_word.n);
        } else {
          g->iCoLast = (int)(idx % L->last.n);
          g->iCoLast2 = (int)(idx / L->last.n);
        }
        g->iCoSuffix = -1;
      } else if (L->companyNoun.n > 0) {
        /* Müller Logistik GmbH, Transports Martin, Construcciones García
        ** S.L.; Weber & Koch; Schneider GmbH */
        int r = (int)rng_next_below(d, 10);
        g->iCoShape = r < 6 ? 20 : r < 9 ? 1 : 21;
        g->iCoNoun = dict_pick_index(&L->companyNoun, rng_next(d));
        g->iCoLast = dict_pick_index(&L->last, rng_next(d));
        g->iCoLast2 = dict_pick_index(&L->last, rng_next(d));
        g->iCoSuffix = rng_next_below(d, 2) == 0 ? dict_pick_index(&L->companySuffix, rng_next(d)) : -1;
      } else {
        int r = (int)rng_next_below(d, 10);
        g->iCoShape = r < 5 ? 0 : r < 7 ? 1 : r < 9 ? 2 : 3;
        g->iCoWord = dict_pick_index(&dict_company_word, rng_next(d));
        g->iCoNoun = (int)rng_next_below(d, N_CO_NOUN);
        g->iCoLast = dict_pick_index(&L->last, rng_next(d));
        g->iCoLast2 = dict_pick_index(&L->last, rng_next(d));
        g->iCoSuffix = rng_next_below(d, 3) == 0 ? dict_pick_index(&L->companySuffix, rng_next(d)) : -1;
      }
      break;
    }
    case GRP_ADDRESS: {
      double r;
      g->pCity = dict_city(L, rng_next(d));
      g->iStreet = dict_pick_index(&L->street, rng_next(d));
      g->iStreetType = L->streetType.n > 0 ? dict_pick_index(&L->streetType, rng_next(d)) : -1;
      /* house numbers: log-uniform up to the locale's largest, so small
      ** ones are common (2981 in a US street, 160 in a German one) */
      r = rng_next_unit(d);
      g->nHouse = (int)exp(r * log((double)(L->nHouseMax > 1 ? L->nHouseMax : 2981) + 1.0));
      if (g->nHouse < 1) g->nHouse = 1;
      g->rJitterLat = (rng_next_unit(d) - 0.5) * 0.08;
      g->rJitterLon = (rng_next_unit(d) - 0.5) * 0.1;
      if (g->uDrive >= 0 && g->isSiteDrive) fake_site_drive(g, L);
      break;
    }
    case GRP_PRODUCT:
      fake_product_fill(g, d);
      break;
    case GRP_WORLD:
      /* any country; the common currencies and languages, by weight */
      g->iCountry = (int)rng_next_below(d, (u64)dict_country.n);
      g->iCurrency = dict_pick_index(&dict_currency_code, rng_next(d));
      g->iLanguage = dict_pick_index(&dict_language, rng_next(d));
      if (g->uDrive >= 0 && g->iWorldDrive == WORLD_CURRENCY) {
        g->iCurrency = (int)(g->uDrive % dict_currency_all.n);
      } else if (g->uDrive >= 0 && g->iWorldDrive == WORLD_LANGUAGE) {
        g->iLanguage = (int)(g->uDrive % dict_language_all.n);
      } else if (g->uDrive >= 0) {
        g->iCountry = (int)(g->uDrive % dict_country.n);
      }
      break;
    case GRP_FILE:
      g->iFileType = (int)rng_next_below(d, (u64)dict_mime_type.n);
      g->iFileWord = (int)rng_next_below(d, (u64)dict_file_word.n);
      break;
    default:
      break;
  }
}

/*
** fake_group_at() when the row's group has not been drawn for the row (a
** person's draws inline, the other groups' by fake_group_fill()), or is a
** person of whom only the names were made (person_names_at): then the rest.
*/
void fake_group_draw(FakeRow *r, FakeGroup *g) {
  RngDraw d;
  rng_draw_init(&d, g->key, r->iOrdinal, (u64)r->iAttempt << 32);
  if (g->isNamesOnly && g->iOrdinal == r->iOrdinal && g->iAttempt == r->iAttempt) {
    person_more(g, r->pLocale, rng_next(&d));
    g->isNamesOnly = 0;
    return;
  }
  g->iOrdinal = r->iOrdinal;
  g->iAttempt = r->iAttempt;
  g->isNamesOnly = 0;
  if (g->eGroup == GRP_PERSON && r->pLocale) {
    person_fill(g, &d, r->pLocale);
  } else {
    fake_group_fill(g, &d, r->pLocale);
  }
}

/*
** Group k of the row, a person, with at least its names made for the row.
** Those of a person that a unique value drives need no draws (a unique
** e-mail reads nothing else of the person); what it has beside them is
** drawn when fake_group_at() next asks for the group, the same as had
** it been drawn now.
*/
PERSON_INLINE FakeGroup *person_names_at(FakeRow *r, int k) {
  FakeGroup *g = &r->aGroup[k];
  if (g->iOrdinal == r->iOrdinal && g->iAttempt == r->iAttempt) return g;
  if (g->uDrive < 0 || r->pLocale == 0) return fake_group_at(r, k);
  g->iOrdinal = r->iOrdinal;
  g->iAttempt = r->iAttempt;
  g->nOver = 0;
  person_drive(g, r->pLocale, person_names(g, r->pLocale));
  g->isNamesOnly = 1;
  return g;
}

/* The row's person group that value c reads (fake_group_get's first
** choice for a person), -1 if none. */
static inline int person_of_row(const FakeCtx *c) {
  const FakeRow *r = c->pRow;
  const FakeSpec *s = c->pSpec;
  if (r && s->iGroup >= 0 && s->iGroup < r->nGroup && r->aGroup[s->iGroup].eGroup == GRP_PERSON)
    return s->iGroup;
  return -1;
}

/* The person value c reads, with at least its names made for the row:
** group k of the row (person_of_row) by person_names_at, else one that
** fake_group_get() draws into *pTmp. */
PERSON_INLINE FakeGroup *person_get(FakeCtx *c, int k, FakeGroup *pTmp) {
  return k >= 0 ? person_names_at(c->pRow, k) : fake_group_get(c, GRP_PERSON, pTmp);
}

/* The row's group of kind eGroup, shared when the row has one; otherwise
** one drawn from this value's own draws into *pTmp. */
FakeGroup *fake_group_get(FakeCtx *ctx, int eGroup, FakeGroup *pTmp) {
  const FakeSpec *s = ctx->pSpec;
  FakeRow *r = ctx->pRow;
  int k = -1;
  if (r && s->iGroup >= 0 && s->iGroup < r->nGroup && r->aGroup[s->iGroup].eGroup == eGroup) k = s->iGroup;
  if (k < 0 && r && eGroup == GRP_COMPANY && s->iGroupCo >= 0 && s->iGroupCo < r->nGroup) k = s->iGroupCo;
  if (k < 0 && r && eGroup == GRP_ADDRESS && s->iGroupAddr >= 0 && s->iGroupAddr < r->nGroup)
    k = s->iGroupAddr;
  if (k >= 0) return fake_group_at(r, k);
  memset(pTmp, 0, sizeof(*pTmp));
  pTmp->eGroup = eGroup;
  pTmp->uDrive = ctx->u;
  fake_group_fill(pTmp, &ctx->d, fake_locale(ctx));
  return pTmp;
}

/* ---- persons --------------------------------------------------------------- */

void fake_gen_first_name(FakeCtx *c, SydaVal *v) {
  FakeGroup tmp, *g = person_get(c, person_of_row(c), &tmp);
  val_text_static(v, fake_locale(c)->first.az[g->iFirst]);
}

void fake_gen_last_name(FakeCtx *c, SydaVal *v) {
  FakeGroup tmp, *g = person_get(c, person_of_row(c), &tmp);
  val_text_static(v, fake_locale(c)->last.az[g->iLast]);
}

void fake_gen_full_name(FakeCtx *c, SydaVal *v) {
  const DictLocale *L = fake_locale(c);
  FakeGroup tmp, *g = person_get(c, person_of_row(c), &tmp);
  const char *zF = L->first.az[g->iFirst], *zL = L->last.az[g->iLast];
  buf_reset(c->pBuf);
  buf_str(c->pBuf, L->familyFirst ? zL : zF);
  buf_putc(c->pBuf, ' ');
  buf_str(c->pBuf, L->familyFirst ? zF : zL);
  val_text_buf(v, c->pBuf);
}

/* Word z with its length, copied into aPad (DICT_WORD_PAD bytes) when that
** short: read as the words of DictNames are, DICT_WORD_PAD bytes at once. */
static DictWord person_word_of(const char *z, char *aPad) {
  DictWord w;
  w.z = z;
  w.n = (int)strlen(z);
  if (w.n <= DICT_WORD_PAD) {
    memset(aPad, 0, DICT_WORD_PAD);
    memcpy(aPad, z, (size_t)w.n);
    w.z = aPad;
  }
  return w;
}

/* Entry i's ASCII spelling with its length: from the table a of DictNames
** when there is one, else as dict_ascii gives it (in aPad when short).  ""
** when i is not an entry. */
static inline DictWord person_word(const DictWord *a, const DictList *p, int i, char *aPad) {
  if (a && (unsigned)i < (unsigned)p->n) return a[i];
  return person_word_of(a ? "" : dict_ascii(p, i), aPad);
}

/* Copy w to z, which has room for DICT_WORD_PAD bytes more than w: one
** move of DICT_WORD_PAD bytes when w is that short.  The end of the copy. */
static inline char *person_put(char *z, DictWord w) {
  if (w.n <= DICT_WORD_PAD) {
    memcpy(z, w.z, DICT_WORD_PAD);
  } else {
    memcpy(z, w.z, (size_t)w.n);
  }
  return z + w.n;
}

/*
** The local part of an e-mail or a user name: the person's ASCII names
** joined by '.' or '_' ("maria.garcia"), or for variety (not when unique)
** an initial and the family name ("mgarcia") or a number.  The forms used
** for unique values are injective in (first, last, variant, nOver).  N
** holds L's tables; the text is written in one piece, its room made once.
*/
PERSON_INLINE void person_handle(FakeCtx *c, FakeGroup *g, const DictLocale *L, const DictNames *N,
                                 int bUser) {
  char aPadF[DICT_WORD_PAD], aPadL[DICT_WORD_PAD];
  DictWord wF = person_word(N->aFirst, &L->first, g->iFirst, aPadF);
  DictWord wL = person_word(N->aLast, &L->last, g->iLast, aPadL);
  SydaBuf *b = c->pBuf;
  /* a user name is written another way than the same person's e-mail
  ** (maria_garcia beside maria.garcia@...; mgarcia beside maria_garcia@) */
  static const int aUserOf[6] = {1, 2, 4, 5, 1, 2};
  int v = bUser ? aUserOf[g->iVariant % 6] : g->iVariant;
  int nRoom = wF.n + wL.n + 2 * DICT_WORD_PAD + 3;
  char *z;
  if (g->uDrive >= 0 || c->u >= 0) v = (g->iVariant + bUser) & 1; /* iVariant >= 0 */
  if (b->n + nRoom + 1 > b->nAlloc && buf_grow(b, nRoom)) return;
  z = b->z + b->n;
  if (v == 5 && bUser) {
    /* family name first */
    DictWord w = wF;
    wF = wL;
    wL = w;
  }
  if (v == 2) {
    *z++ = wF.z[0];
  } else {
    z = person_put(z, wF);
  }
  if (v == 1 || (v == 5 && bUser)) {
    *z++ = '_';
  } else if (v != 2 && v != 4) {
    *z++ = '.';
  }
  z = person_put(z, wL);
  if (v == 4) {
    /* two digits, 10 to 99 */
    int k = (int)(g->xMore % 90) + 10;
    *z++ = (char)('0' + k / 10);
    *z++ = (char)('0' + k % 10);
  }
  *z = 0;
  b->n = (int)(z - b->z);
  if (g->nOver > 0) buf_int(b, g->nOver);
}

void fake_gen_username(FakeCtx *c, SydaVal *v) {
  const DictLocale *L = fake_locale(c);
  FakeGroup tmp, *g = person_get(c, person_of_row(c), &tmp);
  buf_reset(c->pBuf);
  person_handle(c, g, L, person_names(g, L), 1);
  val_text_buf(v, c->pBuf);
}

/* The ASCII letters of a company name, for its domain ("summitanalytics"). */
static void company_slug(FakeCtx *c, FakeGroup *g, SydaBuf *b) {
  const DictLocale *L = fake_locale(c);
  const char *z;
  const char *az[2] = {0, 0};
  int i;
  if (g->iCoShape >= 20) {
    az[0] = dict_ascii(&L->last, g->iCoLast);
    az[1] = g->iCoShape == 20 ? dict_ascii(&L->companyNoun, g->iCoNoun) : 0;
    if (L->companyNounFirst && az[1]) {
      az[0] = az[1];
      az[1] = dict_ascii(&L->last, g->iCoLast);
    }
  } else if (g->iCoShape >= 10) {
    az[0] = dict_ascii(&L->last, g->iCoLast);
    az[1] = azCoNounJaAscii[g->iCoNoun];
  } else if (g->iCoShape == 1 || g->iCoShape == 2) {
    az[0] = dict_ascii(&L->last, g->iCoLast);
    az[1] = g->iCoShape == 1 ? dict_ascii(&L->last, g->iCoLast2) : azCoNoun[g->iCoNoun];
  } else {
    az[0] = dict_company_word.az[g->iCoWord];
    az[1] = g->iCoShape == 0 ? azCoNoun[g->iCoNoun] : 0;
  }
  for (i = 0; i < 2; i++) {
    for (z = az[i]; z && *z; z++) {
      char ch = *z;
      if (ch >= 'A' && ch <= 'Z') ch = (char)(ch + 32);
      if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) buf_putc(b, ch);
    }
  }
  if (g->nOver > 0) buf_int(b, g->nOver);
}

/* ".de" after a German company's name, ".com" after an American one's. */
static void company_tld(const DictLocale *L, SydaBuf *b) {
  buf_putc(b, '.');
  buf_str(b, L->zTld ? L->zTld : "com");
}

/* A company's own address: sales@summitanalytics.com, kontakt@... */
static void email_company(FakeCtx *c, const DictLocale *L) {
  static const char *const azBoxEn[] = {"info", "contact", "sales", "hello", "office", "support"};
  static const char *const azBoxDe[] = {"info", "kontakt", "vertrieb", "service", "office", "buero"};
  static const char *const azBoxFr[] = {"contact", "info",           "commercial",
                                        "accueil", "service.client", "direction"};
  static const char *const azBoxEs[] = {"info",           "contacto",  "ventas",
                                        "administracion", "comercial", "atencion"};
  const char *const *azBox = strcmp(L->zCountryCode, "DE") == 0   ? azBoxDe
                             : strcmp(L->zCountryCode, "FR") == 0 ? azBoxFr
                             : strcmp(L->zCountryCode, "ES") == 0 ? azBoxEs
                                                                  : azBoxEn;
  SydaBuf *b = c->pBuf;
  FakeGroup *gc = fake_group_at(c->pRow, c->pSpec->iGroupCo);
  if (c->u >= 0) {
    buf_str(b, azBox[c->u % 6]);
    if (c->u / 6 > 0) buf_int(b, c->u / 6);
  } else {
    buf_str(b, azBox[rng_next_below(&c->d, 6)]);
  }
  buf_putc(b, '@');
  company_slug(c, gc, b);
  company_tld(L, b);
}

/*
** A person's address: the handle, '@' and a domain: the row's company's
** (two in three, where the row has a company and its name is not NULL:
** a person whose company column is NULL this row has no work address), else
** a free-mail one by weight.
*/
PERSON_INLINE void email_person(FakeCtx *c, FakeGroup *g, const DictLocale *L, int hasCompany) {
  FakeRow *r = c->pRow;
  const FakeSpec *s = c->pSpec;
  SydaBuf *b = c->pBuf;
  const DictNames *N = person_names(g, L);
  person_handle(c, g, L, N, 0);
  if (hasCompany && rng_next_below(&c->d, 3) != 0 &&
      !(s->iCoCol >= 0 && r->aVal && r->aVal[s->iCoCol].eType == SQLITE_NULL)) {
    buf_putc(b, '@');
    company_slug(c, fake_group_at(r, s->iGroupCo), b);
    company_tld(L, b);
  } else {
    u64 x = rng_next(&c->d);
    int i = person_pick(N->pEmailDomain, &L->emailDomain, x);
    char aPad[DICT_WORD_PAD];
    DictWord w;
    if (N->aEmailDomain && i >= 0) {
      w = N->aEmailDomain[i];
    } else {
      w = person_word_of(i >= 0 ? L->emailDomain.az[i] : "", aPad);
    }
    /* '@' and the domain, in one piece */
    if (b->n + w.n + DICT_WORD_PAD + 2 <= b->nAlloc || !buf_grow(b, w.n + DICT_WORD_PAD + 1)) {
      b->z[b->n] = '@';
      b->n = (int)(person_put(b->z + b->n + 1, w) - b->z);
      b->z[b->n] = 0;
    }
  }
}

void fake_gen_email(FakeCtx *c, SydaVal *v) {
  const DictLocale *L = fake_locale(c);
  FakeRow *r = c->pRow;
  const FakeSpec *s = c->pSpec;
  int hasCompany = r && s->iGroupCo >= 0 && s->iGroupCo < r->nGroup;
  buf_reset(c->pBuf);
  if (r && s->iGroup >= 0 && s->iGroup < r->nGroup && r->aGroup[s->iGroup].eGroup == GRP_PERSON) {
    /* the row's person (person_of_row) */
    email_person(c, person_names_at(r, s->iGroup), L, hasCompany);
  } else if (hasCompany) {
    email_company(c, L);
  } else {
    FakeGroup tmp;
    email_person(c, fake_group_get(c, GRP_PERSON, &tmp), L, 0);
  }
  val_text_buf(v, c->pBuf);
}

i64 fake_cap_email(const FakeSpec *s, int *pnLong) {
  const DictLocale *L = s->pLocale ? s->pLocale : dict_locale("en_US");
  if (pnLong) *pnLong = 0;
  /* first x last spellings x two ways of joining them; past that, a number */
  return -((i64)dict_ascii_count(&L->first) * dict_ascii_count(&L->last) * 2);
}

/* A form of address that fits the person's sex (Ms./Mrs./Miss or Mr.; Dr.
** and Prof. for either). */
void fake_gen_honorific(FakeCtx *c, SydaVal *v) {
  const DictLocale *L = fake_locale(c);
  FakeGroup tmp, *g = fake_group_get(c, GRP_PERSON, &tmp);
  int i = dict_pick_index_sex(&L->honorific, L->zHonorificSex, g->cSex, rng_next(&c->d));
  val_text_static(v, i >= 0 ? L->honorific.az[i] : "");
}

void fake_gen_gender(FakeCtx *c, SydaVal *v) {
  FakeGroup tmp, *g = fake_group_get(c, GRP_PERSON, &tmp);
  val_text_static(v, g->isNonBinary ? "Non-binary" : g->cSex == 'f' ? "Female" : "Male");
}

int fake_sex_word(const char *z, int n) {
  /* lower-case forms in several languages: sexes, then forms of address */
  static const char *const azF[] = {"f",     "female",  "woman",   "w",        "frau",     "weiblich",
                                    "femme", "féminin", "feminin", "mujer",    "femenino", "女",
                                    "女性",  "girl",    "fem",     "feminine", 0};
  static const char *const azM[] = {"m",     "male",     "man",    "männlich",  "maennlich",
                                    "homme", "masculin", "hombre", "masculino", "男",
                                    "男性",  "boy",      "masc",   "masculine", 0};
  static const char *const azU[] = {"x",           "o",       "d",          "u",         "other",
                                    "divers",      "diverse", "non-binary", "nonbinary", "unknown",
                                    "unspecified", "autre",   "otro",       "n/a",       "none",
                                    "その他",      0};
  static const char *const azTitleF[] = {"mrs",    "mrs.", "ms",   "ms.",      "miss",  "mme",    "mme.",
                                         "madame", "mlle", "sra",  "sra.",     "srta.", "señora", "señorita",
                                         "dña.",   "doña", "dra.", "frau dr.", 0};
  static const char *const azTitleM[] = {"mr",  "mr.",   "mister", "herr", "m.",       "monsieur", "sr",
                                         "sr.", "señor", "don",    "d.",   "herr dr.", 0};
  static const char *const azTitleU[] = {"dr",  "dr.",       "prof", "prof.", "mx",
                                         "mx.", "prof. dr.", "pr",   "me",    0};
  static const struct {
    const char *const *az;
    int c;
  } aList[] = {{azF, 'f'}, {azM, 'm'}, {azU, 'u'}, {azTitleF, 'F'}, {azTitleM, 'M'}, {azTitleU, 'U'}};
  char a[24];
  int i, k;
  if (z == 0 || n <= 0 || n >= (int)sizeof(a)) return 0;
  for (i = 0; i < n; i++)
    a[i] = (z[i] >= 'A' && z[i] <= 'Z') ? (char)(z[i] + 32) : z[i];
  a[n] = 0;
  for (k = 0; k < (int)(sizeof(aList) / sizeof(aList[0])); k++) {
    for (i = 0; aList[k].az[i]; i++)
      if (strcmp(a, aList[k].az[i]) == 0) return aList[k].c;
  }
  return 0;
}

/* ---- phones --------------------------------------------------------------- */

void fake_gen_phone(FakeCtx *c, SydaVal *v) {
  const DictLocale *L = fake_locale(c);
  FakeGroup tmp, *g = fake_group_get(c, GRP_ADDRESS, &tmp);
  const char *zArea = g->pCity && g->pCity->zPhone ? g->pCity->zPhone : "";
  const char *p;
  u64 x = rng_next(&c->d);
  SydaBuf *b = c->pBuf;
  char zOne[2] = {0, 0};
  buf_reset(b);
  for (p = L->zPhoneFormat; *p; p++) {
    if (p[0] == '{' && p[1] == 'a' && p[2] == '}') {
      fake_digits(b, zArea, &x);
      p += 2;
    } else if (p[0] == '{' && p[1] == 'l' && p[2] == '}') {
      /* the local number: what the area code leaves of nPhoneDigits */
      int nArea = 0, nLocal;
      const char *q;
      for (q = zArea; *q; q++)
        nArea += *q != '-';
      nLocal = L->nPhoneDigits - nArea;
      if (nLocal < 4) nLocal = 4;
      fake_digits(b, "%", &x);
      while (--nLocal > 0)
        fake_digits(b, "#", &x);
      p += 2;
    } else {
      zOne[0] = *p;
      fake_digits(b, zOne, &x);
    }
  }
  val_text_buf(v, b);
}

/* ---- organisations ---------------------------------------------------------- */

void fake_gen_company(FakeCtx *c, SydaVal *v) {
  const DictLocale *L = fake_locale(c);
  FakeGroup tmp, *g = fake_group_get(c, GRP_COMPANY, &tmp);
  SydaBuf *b = c->pBuf;
  buf_reset(b);
  switch (g->iCoShape) {
    case 10:
      buf_str(b, "株式会社");
      buf_str(b, L->last.az[g->iCoLast]);
      buf_str(b, azCoNounJa[g->iCoNoun]);
      break;
    case 11:
      buf_str(b, L->last.az[g->iCoLast]);
      buf_str(b, azCoNounJa[g->iCoNoun]);
      buf_str(b, "株式会社");
      break;
    case 12:
      buf_str(b, L->last.az[g->iCoLast]);
      buf_str(b, azCoNounJa[g->iCoNoun]);
      break;
    case 20: {
      /* "Weber Logistik", "Transports Martin" */
      const char *zFamily = L->last.az[g->iCoLast], *zTrade = L->companyNoun.az[g->iCoNoun];
      buf_str(b, L->companyNounFirst ? zTrade : zFamily);
      buf_putc(b, ' ');
      buf_str(b, L->companyNounFirst ? zFamily : zTrade);
      break;
    }
    case 21:
      buf_str(b, L->last.az[g->iCoLast]);
      break;
    case 1:
      buf_str(b, L->last.az[g->iCoLast]);
      buf_str(b, " & ");
      buf_str(b, L->last.az[g->iCoLast2]);
      break;
    case 2:
      buf_str(b, L->last.az[g->iCoLast]);
      buf_putc(b, ' ');
      buf_str(b, azCoNoun[g->iCoNoun]);
      break;
    case 3:
      buf_str(b, dict_company_word.az[g->iCoWord]);
      break;
    default:
      buf_str(b, dict_company_word.az[g->iCoWord]);
      buf_putc(b, ' ');
      buf_str(b, azCoNoun[g->iCoNoun]);
      break;
  }
  if (g->iCoSuffix >= 0 && L->companySuffix.n > 0) {
    buf_putc(b, ' ');
    buf_str(b, L->companySuffix.az[g->iCoSuffix]);
  } else if ((g->iCoShape == 3 || g->iCoShape == 21) && L->companySuffix.n > 0) {
    buf_putc(b, ' ');
    buf_str(b, L->companySuffix.az[0]);
  }
  if (g->nOver > 0) {
    buf_putc(b, ' ');
    buf_int(b, g->nOver + 1);
  }
  val_text_buf(v, b);
}

i64 fake_cap_company(const FakeSpec *s, int *pnLong) {
  const DictLocale *L = s->pLocale ? s->pLocale : dict_locale("en_US");
  i64 a = L->companyNoun.n > 0 ? (i64)L->last.n * L->companyNoun.n : (i64)dict_company_word.n * N_CO_NOUN;
  i64 b = (i64)L->last.n * L->last.n;
  if (pnLong) *pnLong = 0;
  if (L->familyFirst) return -((i64)3 * L->last.n * N_CO_NOUN_JA);
  /* the first rows spread over the interleaved names (three "W N" to one
  ** "L & L"); later rows take the rest of the names, then numbers */
  return -(4 * (a / 3 < b ? a / 3 : b));
}

void fake_gen_department(FakeCtx *c, SydaVal *v) {
  fake_list_value(c, &dict_department, v);
}
void fake_gen_medical_specialty(FakeCtx *c, SydaVal *v) {
  fake_list_value(c, &dict_medical_specialty, v);
}
void fake_gen_job_title(FakeCtx *c, SydaVal *v) {
  fake_list_value(c, &dict_job_title, v);
}
void fake_gen_industry(FakeCtx *c, SydaVal *v) {
  fake_list_value(c, &dict_industry, v);
}
FAKE_LIST_CAP(department, dict_department)
FAKE_LIST_CAP(medical_specialty, dict_medical_specialty)
FAKE_LIST_CAP(job_title, dict_job_title)
FAKE_LIST_CAP(industry, dict_industry)

/* The domain of the row's company, or one made of words. */
void fake_company_domain(FakeCtx *c, SydaBuf *b) {
  FakeRow *r = c->pRow;
  const FakeSpec *s = c->pSpec;
  if (r &&
      ((s->iGroup >= 0 && s->iGroup < r->nGroup && r->aGroup[s->iGroup].eGroup == GRP_COMPANY) ||
       (s->iGroupCo >= 0 && s->iGroupCo < r->nGroup)) &&
      c->u < 0) {
    FakeGroup *g = fake_group_at(
        r, (s->iGroup >= 0 && r->aGroup[s->iGroup].eGroup == GRP_COMPANY) ? s->iGroup : s->iGroupCo);
    company_slug(c, g, b);
    company_tld(fake_locale(c), b);
    return;
  }
  buf_str(b, dict_pick(&dict_domain_word, rng_next(&c->d)));
  if (c->u >= 0) {
    buf_int(b, c->u);
  } else if (rng_next_below(&c->d, 3) == 0) {
    buf_str(b, dict_pick(&dict_domain_word, rng_next(&c->d)));
  }
  buf_putc(b, '.');
  buf_str(b, dict_pick(&dict_tld, rng_next(&c->d)));
}
