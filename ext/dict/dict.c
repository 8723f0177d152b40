/*
** dict.c — the locale registry and weighted picks over syda's word lists.
**
**     const DictLocale *L = dict_locale("de-de");      -- en_US, en-US, EN_us ...
**     int i = dict_pick_index(&L->last, x);            -- O(log n), by weight
**
** A pick maps 64 random bits x to [0, total) with a 128-bit multiply
** ((x * total) >> 64, uniform and the same on every machine) and then finds
** the entry whose cumulative weight passes that point.  The cumulative tables
** of every weighted list and city list syda ships are built once, on first
** use, under pthread_once, and freed when the library is unloaded; beside
** each, a guide from the point's high bits to the entry to search from, so
** that a pick reads one or two sums rather than searching log2(n).
** A weighted DictList built elsewhere (not in a locale or in common.c) still
** works: it is walked linearly, with the same result.
**
** No SQLite calls here: the data and this file link without the library.
*/
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "dict.h"

/* Each locale file defines one of these. */
extern const DictLocale dict_locale_en_US;
extern const DictLocale dict_locale_de_DE;
extern const DictLocale dict_locale_fr_FR;
extern const DictLocale dict_locale_es_ES;
extern const DictLocale dict_locale_ja_JP;

static const DictLocale *const aLocale[] = {
    &dict_locale_en_US, &dict_locale_de_DE, &dict_locale_fr_FR, &dict_locale_es_ES, &dict_locale_ja_JP,
};
#define N_LOCALE ((int)(sizeof(aLocale) / sizeof(aLocale[0])))

/* ---- locales ----------------------------------------------------------------- */

/* Case-insensitive ASCII, with '-' and '_' the same. */
static int locale_char(int c) {
  if (c >= 'A' && c <= 'Z') return c + 32;
  if (c == '-') return '_';
  return c;
}

const DictLocale *dict_locale(const char *zName) {
  int i;
  if (zName == 0) return 0;
  for (i = 0; i < N_LOCALE; i++) {
    const char *a = zName, *b = aLocale[i]->zName;
    while (*a && locale_char((unsigned char)*a) == locale_char((unsigned char)*b)) {
      a++;
      b++;
    }
    if (*a == 0 && *b == 0) return aLocale[i];
  }
  return 0;
}

int dict_locale_count(void) {
  return N_LOCALE;
}

const DictLocale *dict_locale_at(int i) {
  return i >= 0 && i < N_LOCALE ? aLocale[i] : 0;
}

/* ---- cumulative weight tables ----------------------------------------------------- */

/*
** An open-addressing table from a weight array (aW, or a locale's aCity) to
** its cumulative sums (a DictCum, dict.h), keyed by pKey, and from a list's
** azAscii to its distinct spellings (distinct_add_list).  Filled once by
** cum_init(); read-only afterwards, so lookups need no lock.
*/
typedef struct DictCum CumTab;

#define N_SLOT 512 /* a power of two, well above the number of weighted lists */
static CumTab aSlot[N_SLOT];
static pthread_once_t cumOnce = PTHREAD_ONCE_INIT;
/* Set when cum_init() is done: a look-up then skips pthread_once. */
static atomic_int cumReady;

static void cum_init(void);
static void cum_ready(void) {
  if (!atomic_load_explicit(&cumReady, memory_order_acquire)) pthread_once(&cumOnce, cum_init);
}

static unsigned slot_of(const void *p) {
  uint64_t u = (uint64_t)(uintptr_t)p;
  u = (u ^ (u >> 31)) * 0xbf58476d1ce4e5b9ULL;
  return (unsigned)(u >> 40) & (N_SLOT - 1);
}

/* A new slot for pKey with room for n sums; NULL if it is there already or out of memory. */
static CumTab *cum_new(const void *pKey, int n) {
  unsigned i = slot_of(pKey);
  uint64_t *a;
  if (pKey == 0 || n <= 0) return 0;
  while (aSlot[i].pKey) {
    if (aSlot[i].pKey == pKey) return 0; /* a shared array: done already */
    i = (i + 1) & (N_SLOT - 1);
  }
  a = malloc(sizeof(uint64_t) * (size_t)n);
  if (a == 0) return 0; /* lookups fall back to a linear walk */
  aSlot[i].pKey = pKey;
  aSlot[i].n = n;
  aSlot[i].aCum = a;
  return &aSlot[i];
}

/* The slot of pKey, whatever its length, or NULL (cum_init() done). */
static const CumTab *slot_get(const void *pKey) {
  unsigned i = slot_of(pKey);
  while (aSlot[i].pKey) {
    if (aSlot[i].pKey == pKey) return &aSlot[i];
    i = (i + 1) & (N_SLOT - 1);
  }
  return 0;
}

/* What e-mails read of each locale (dict_names), parallel to aLocale. */
static DictNames aNames[N_LOCALE];

#if defined(__GNUC__)
/*
** Free the tables when the extension is unloaded (dlclose) or the program
** ends: the pointers live in this library's data, so leak checkers would
** otherwise see them lost once it is gone.
*/
__attribute__((destructor)) static void cum_free(void) {
  int i;
  for (i = 0; i < N_SLOT; i++) {
    free(aSlot[i].aCum);
    free(aSlot[i].aGuide);
    aSlot[i].aCum = 0;
    aSlot[i].aGuide = 0;
  }
  for (i = 0; i < N_LOCALE; i++) {
    free((void *)aNames[i].aFirst);
    free((void *)aNames[i].aLast);
    free((void *)aNames[i].aEmailDomain);
    memset(&aNames[i], 0, sizeof(aNames[i]));
  }
}
#endif

/*
** The guide of t's sums: buckets of 2^shift points, about four for each
** entry, and for each bucket the first index whose sum exceeds the
** bucket's lowest point.  The entry of a point v is at or after its
** bucket's, and it is the first whose sum exceeds v: a few steps from
** there find it, the one the binary search finds.  Without memory for it,
** picks search as before.
*/
static void guide_add(CumTab *t) {
  uint64_t total = t->aCum[t->n - 1], nBucket, b;
  unsigned shift = 0;
  int i = 0;
  if (total == 0) return;
  while (((total - 1) >> shift) >= (uint64_t)t->n * 4)
    shift++;
  nBucket = ((total - 1) >> shift) + 1;
  t->total = total;
  t->aGuide = malloc(sizeof(uint32_t) * (size_t)nBucket);
  if (t->aGuide == 0) return;
  for (b = 0; b < nBucket; b++) {
    while (t->aCum[i] <= (b << shift))
      i++; /* ends: b << shift < total = aCum[n - 1] */
    t->aGuide[b] = (uint32_t)i;
  }
  t->shift = shift;
}

static void cum_add_list(const DictList *p) {
  CumTab *t = p->aW ? cum_new(p->aW, p->n) : 0;
  uint64_t sum = 0;
  int k;
  if (t == 0) return;
  for (k = 0; k < p->n; k++) {
    sum += p->aW[k];
    t->aCum[k] = sum;
  }
  guide_add(t);
}

static void cum_add_cities(const DictLocale *L) {
  CumTab *t = cum_new(L->aCity, L->nCity);
  uint64_t sum = 0;
  int k;
  if (t == 0) return;
  for (k = 0; k < L->nCity; k++) {
    sum += L->aCity[k].nPop;
    t->aCum[k] = sum;
  }
  guide_add(t);
}

/* FNV-1a of a NUL-terminated string. */
static uint64_t str_hash(const char *z) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (; *z; z++)
    h = (h ^ (unsigned char)*z) * 0x100000001b3ULL;
  return h;
}

/*
** Distinct ASCII spellings of a list with azAscii: the indices of the
** entries whose spelling comes first (陽子 and 洋子 are both "yoko"), kept
** in the same table, keyed by the azAscii array, as "cumulative" values.
** The spellings seen are found in a hash set of their first indices.
*/
static void distinct_add_list(const DictList *p) {
  CumTab *t;
  uint64_t *aFirst;
  int *aSet;
  int i, n = 0, nSet = 16;
  if (p->azAscii == 0 || p->n <= 0) return;
  while (nSet < 2 * p->n)
    nSet *= 2;
  aSet = malloc(sizeof(int) * (size_t)nSet);
  aFirst = malloc(sizeof(uint64_t) * (size_t)p->n);
  if (aSet && aFirst) {
    memset(aSet, 0xff, sizeof(int) * (size_t)nSet); /* -1: empty */
    for (i = 0; i < p->n; i++) {
      unsigned k = (unsigned)str_hash(p->azAscii[i]) & (unsigned)(nSet - 1);
      while (aSet[k] >= 0 && strcmp(p->azAscii[aSet[k]], p->azAscii[i]) != 0)
        k = (k + 1) & (unsigned)(nSet - 1);
      if (aSet[k] >= 0) continue; /* spelled as an earlier one */
      aSet[k] = i;
      aFirst[n++] = (uint64_t)i;
    }
    t = cum_new(p->azAscii, n);
    if (t) memcpy(t->aCum, aFirst, sizeof(uint64_t) * (size_t)n);
  }
  free(aSet);
  free(aFirst);
}

/* Bytes a text of n bytes takes in words_of(): its NUL, then up to a
** multiple of 8 (so slots stay aligned), and never under DICT_WORD_PAD. */
static size_t word_slot(size_t n) {
  size_t k = (n + 1 + 7) & ~(size_t)7;
  return k < DICT_WORD_PAD ? DICT_WORD_PAD : k;
}

/*
** Each entry of p with its length: its ASCII spelling, or as written.  The
** texts are copied after the array, in the same block, each in a slot of at
** least DICT_WORD_PAD bytes zeroed past its end, so that a writer may copy
** DICT_WORD_PAD bytes of a short one at once.
*/
static DictWord *words_of(const DictList *p, int bAscii) {
  size_t nByte = sizeof(DictWord) * (size_t)p->n, k;
  DictWord *a;
  char *z;
  int i;
  if (p->n <= 0) return 0;
  for (i = 0; i < p->n; i++)
    nByte += word_slot(strlen(bAscii ? dict_ascii(p, i) : p->az[i]));
  a = calloc(1, nByte);
  if (a == 0) return 0;
  z = (char *)(a + p->n);
  for (i = 0; i < p->n; i++) {
    const char *zFrom = bAscii ? dict_ascii(p, i) : p->az[i];
    k = strlen(zFrom);
    memcpy(z, zFrom, k);
    a[i].z = z;
    a[i].n = (int)k;
    z += word_slot(k);
  }
  return a;
}

/* The weights of p ready for dict_cum_pick(), NULL if none (all 0, or no
** memory for the guide). */
static const CumTab *cum_of(const DictList *p) {
  const CumTab *t = p->aW ? slot_get(p->aW) : 0;
  return t && t->n == p->n && t->aGuide ? t : 0;
}

/* aNames[i], once the tables of locale i are made. */
static void names_add(int i) {
  const DictLocale *L = aLocale[i];
  DictNames *N = &aNames[i];
  const CumTab *t;
  N->L = L;
  N->aFirst = words_of(&L->first, 1);
  N->aLast = words_of(&L->last, 1);
  N->aEmailDomain = words_of(&L->emailDomain, 0);
  if (!N->aFirst || !N->aLast || !N->aEmailDomain) {
    /* all three or none: a writer asks once whether they are padded */
    free((void *)N->aFirst);
    free((void *)N->aLast);
    free((void *)N->aEmailDomain);
    N->aFirst = N->aLast = N->aEmailDomain = 0;
  }
  t = L->first.azAscii ? slot_get(L->first.azAscii) : 0;
  N->aDistinctFirst = t ? t->aCum : 0;
  N->nDistinctFirst = t ? t->n : L->first.n;
  t = L->last.azAscii ? slot_get(L->last.azAscii) : 0;
  N->aDistinctLast = t ? t->aCum : 0;
  N->nDistinctLast = t ? t->n : L->last.n;
  N->pFirst = cum_of(&L->first);
  N->pLast = cum_of(&L->last);
  N->pEmailDomain = cum_of(&L->emailDomain);
}

static void cum_init(void) {
  static const DictList *const aCommon[] = {
      &dict_company_word,    &dict_company_suffix_en,
      &dict_industry,        &dict_department,
      &dict_job_title,       &dict_product_category,
      &dict_color,           &dict_music_genre,
      &dict_film_genre,      &dict_book_genre,
      &dict_title_adjective, &dict_title_noun,
      &dict_word_noun,       &dict_word_verb,
      &dict_word_adjective,  &dict_word_adverb,
      &dict_status,          &dict_tld,
      &dict_domain_word,     &dict_mime_type,
      &dict_file_ext,        &dict_file_word,
      &dict_user_agent,      &dict_currency_code,
      &dict_country,         &dict_country_code,
      &dict_language,
  };
  int i;
  for (i = 0; i < N_LOCALE; i++) {
    const DictLocale *L = aLocale[i];
    cum_add_list(&L->first);
    cum_add_list(&L->last);
    distinct_add_list(&L->first);
    distinct_add_list(&L->last);
    cum_add_list(&L->street);
    cum_add_list(&L->streetType);
    cum_add_list(&L->emailDomain);
    cum_add_list(&L->companySuffix);
    cum_add_list(&L->honorific);
    cum_add_list(&L->companyNoun);
    cum_add_cities(L);
    names_add(i);
  }
  for (i = 0; i < (int)(sizeof(aCommon) / sizeof(aCommon[0])); i++)
    cum_add_list(aCommon[i]);
  atomic_store_explicit(&cumReady, 1, memory_order_release);
}

/* The table for pKey, whatever its length (*pn), or NULL. */
static const uint64_t *tab_find(const void *pKey, int *pn) {
  const CumTab *t;
  cum_ready();
  t = slot_get(pKey);
  if (t) *pn = t->n;
  return t ? t->aCum : 0;
}

const uint64_t *dict_ascii_table(const DictList *p, int *pn) {
  const uint64_t *a = p && p->azAscii ? tab_find(p->azAscii, pn) : 0;
  if (a == 0) *pn = p ? p->n : 0;
  return a;
}

int dict_ascii_count(const DictList *p) {
  int n = 0;
  if (p == 0 || p->azAscii == 0) return p ? p->n : 0;
  return tab_find(p->azAscii, &n) ? n : p->n;
}

int dict_ascii_nth(const DictList *p, int k) {
  int n = 0;
  const uint64_t *a = p && p->azAscii ? tab_find(p->azAscii, &n) : 0;
  return a && k >= 0 && k < n ? (int)a[k] : k;
}

/* The slot for pKey with n entries, or NULL if there is none. */
static const CumTab *cum_find(const void *pKey, int n) {
  const CumTab *t;
  cum_ready();
  t = slot_get(pKey);
  return t && t->n == n ? t : 0;
}

/* The first index whose cumulative weight exceeds t (t < aCum[n - 1]). */
static int cum_search(const uint64_t *aCum, int n, uint64_t t) {
  int lo = 0, hi = n - 1;
  while (lo < hi) {
    int mid = lo + (hi - lo) / 2;
    if (aCum[mid] > t) {
      hi = mid;
    } else {
      lo = mid + 1;
    }
  }
  return lo;
}

/*
** Weighted index by walking the weights, for arrays not in the table (a
** DictList made elsewhere, or if malloc failed): the same result as the
** table.  Uniform when every weight is 0.
*/
static int walk_weights(int n, const uint32_t *aW, uint64_t x) {
  uint64_t total = 0, t;
  int k;
  for (k = 0; k < n; k++)
    total += aW[k];
  if (total == 0) return (int)dict_mul_hi(x, (uint64_t)n);
  t = dict_mul_hi(x, total);
  for (k = 0; k < n - 1 && t >= aW[k]; k++)
    t -= aW[k];
  return k;
}

static int walk_cities(int n, const DictCity *aCity, uint64_t x) {
  uint64_t total = 0, t;
  int k;
  for (k = 0; k < n; k++)
    total += aCity[k].nPop;
  if (total == 0) return (int)dict_mul_hi(x, (uint64_t)n);
  t = dict_mul_hi(x, total);
  for (k = 0; k < n - 1 && t >= aCity[k].nPop; k++)
    t -= aCity[k].nPop;
  return k;
}

/* The entry of x in a slot's sums (their total not 0): the first index
** whose sum exceeds the point x falls on. */
static int cum_pick(const CumTab *t, uint64_t x) {
  if (t->aGuide) return dict_cum_pick(t, x);
  return cum_search(t->aCum, t->n, dict_mul_hi(x, t->aCum[t->n - 1]));
}

/* ---- picks ------------------------------------------------------------------ */

int dict_pick_index(const DictList *p, uint64_t x) {
  const CumTab *t;
  if (p == 0 || p->n <= 0) return -1;
  if (p->aW == 0) return (int)dict_mul_hi(x, (uint64_t)p->n);
  t = cum_find(p->aW, p->n);
  if (t == 0 || t->aCum[p->n - 1] == 0) return walk_weights(p->n, p->aW, x);
  return cum_pick(t, x);
}

const char *dict_pick(const DictList *p, uint64_t x) {
  int i = dict_pick_index(p, x);
  return i < 0 ? 0 : p->az[i];
}

const char *dict_ascii(const DictList *p, int i) {
  if (p == 0 || i < 0 || i >= p->n) return "";
  return p->azAscii ? p->azAscii[i] : p->az[i];
}

const DictNames *dict_names(const DictLocale *L) {
  int i;
  cum_ready();
  for (i = 0; i < N_LOCALE; i++) {
    if (aLocale[i] == L) return &aNames[i];
  }
  return 0;
}

const DictCity *dict_city(const DictLocale *L, uint64_t x) {
  const CumTab *t;
  if (L == 0 || L->nCity <= 0 || L->aCity == 0) return 0;
  t = cum_find(L->aCity, L->nCity);
  if (t == 0 || t->aCum[L->nCity - 1] == 0) return &L->aCity[walk_cities(L->nCity, L->aCity, x)];
  return &L->aCity[cum_pick(t, x)];
}

int dict_pick_index_sex(const DictList *p, const char *zSex, int cSex, uint64_t x) {
  uint64_t total = 0, t;
  int k, last = -1;
  if (p == 0 || p->n <= 0) return -1;
  if (zSex == 0) return dict_pick_index(p, x);
  /* a short list (honorifics): walk it */
  for (k = 0; k < p->n; k++) {
    if (zSex[k] == cSex || zSex[k] == 'u') total += p->aW ? p->aW[k] : 1;
  }
  if (total == 0) return dict_pick_index(p, x);
  t = dict_mul_hi(x, total);
  for (k = 0; k < p->n; k++) {
    uint64_t w;
    if (zSex[k] != cSex && zSex[k] != 'u') continue;
    w = p->aW ? p->aW[k] : 1;
    last = k;
    if (t < w) return k;
    t -= w;
  }
  return last;
}

/* Is word w (n bytes, lower case) one of the blank-separated keywords in
** zKeys, as it is or without a plural "s"? */
static int keyword_has(const char *zKeys, const char *w, int n) {
  char a[40];
  if (n < 2 || n > 32) return 0;
  a[0] = ' ';
  memcpy(a + 1, w, (size_t)n);
  a[n + 1] = ' ';
  a[n + 2] = 0;
  if (strstr(zKeys, a)) return 1;
  if (n > 3 && w[n - 1] == 's') {
    a[n] = ' ';
    a[n + 1] = 0;
    return strstr(zKeys, a) != 0;
  }
  return 0;
}

int dict_product_match(const char *z, int n) {
  int i, best = -1, nBest = 0;
  if (z == 0) return -1;
  if (n < 0) n = (int)strlen(z);
  for (i = 0; i < dict_product_nline; i++) {
    int k = 0, nHit = 0;
    while (k < n) {
      char w[32];
      int m = 0;
      while (k < n && !((z[k] >= 'a' && z[k] <= 'z') || (z[k] >= 'A' && z[k] <= 'Z')))
        k++;
      while (k < n && ((z[k] >= 'a' && z[k] <= 'z') || (z[k] >= 'A' && z[k] <= 'Z'))) {
        if (m < (int)sizeof(w) - 1) w[m++] = (char)(z[k] >= 'A' && z[k] <= 'Z' ? z[k] + 32 : z[k]);
        k++;
      }
      if (m > 0 && keyword_has(dict_product_line[i].zKeywords, w, m)) nHit++;
    }
    if (nHit > nBest) {
      nBest = nHit;
      best = i;
    }
  }
  return best;
}

/* ---- countries and currencies by name or code -------------------------------- */

/*
** Names of countries in common use that are not ISO 3166-1's short names,
** with the alpha-2 code of the country they name (written for syda).
*/
static const char *const azCountryAlias[][2] = {
    {"USA", "US"},
    {"U.S.", "US"},
    {"U.S.A.", "US"},
    {"United States of America", "US"},
    {"America", "US"},
    {"UK", "GB"},
    {"U.K.", "GB"},
    {"Great Britain", "GB"},
    {"Britain", "GB"},
    {"England", "GB"},
    {"Scotland", "GB"},
    {"Wales", "GB"},
    {"Northern Ireland", "GB"},
    {"Holland", "NL"},
    {"The Netherlands", "NL"},
    {"Turkey", "TR"},
    {"Turkiye", "TR"},
    {"Czech Republic", "CZ"},
    {"Korea", "KR"},
    {"Republic of Korea", "KR"},
    {"Russian Federation", "RU"},
    {"Viet Nam", "VN"},
    {"UAE", "AE"},
    {"Ivory Coast", "CI"},
    {"Cote d'Ivoire", "CI"},
    {"Cape Verde", "CV"},
    {"Swaziland", "SZ"},
    {"Macau", "MO"},
    {"Burma", "MM"},
    {"Macedonia", "MK"},
    {"East Timor", "TL"},
    {"Vatican", "VA"},
    {"Holy See", "VA"},
    {"DR Congo", "CD"},
    {"Curacao", "CW"},
    {"Reunion", "RE"},
    {"Sao Tome and Principe", "ST"},
};

/* Open-addressing tables from a name or code (ASCII case aside) to an
** entry; z == NULL is an empty slot.  Filled once, then read-only. */
typedef struct WorldKey {
  const char *z;
  int i;
} WorldKey;
#define N_COUNTRY_SLOT 2048 /* a power of two, over twice the names and codes */
#define N_CURRENCY_SLOT 1024
#define N_COUNTRY_MAX 512
static WorldKey aCountryKey[N_COUNTRY_SLOT];
static WorldKey aCurrencyKey[N_CURRENCY_SLOT];
static int aCurrencyOf[N_COUNTRY_MAX]; /* entry of dict_currency_all, -1 none */
static pthread_once_t worldOnce = PTHREAD_ONCE_INIT;

static int ascii_lower(int c) {
  return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

/* FNV-1a of n bytes of z, ASCII letters in lower case. */
static unsigned world_hash(const char *z, int n) {
  uint64_t h = 0xcbf29ce484222325ULL;
  int k;
  for (k = 0; k < n; k++)
    h = (h ^ (unsigned)ascii_lower((unsigned char)z[k])) * 0x100000001b3ULL;
  return (unsigned)(h ^ (h >> 32));
}

/* Is the NUL-terminated key the n bytes of z, ASCII case aside? */
static int world_same(const char *zKey, const char *z, int n) {
  int k;
  for (k = 0; k < n && zKey[k]; k++) {
    if (ascii_lower((unsigned char)zKey[k]) != ascii_lower((unsigned char)z[k])) return 0;
  }
  return k == n && zKey[k] == 0;
}

static int world_get(const WorldKey *a, int nSlot, const char *z, int n) {
  unsigned k = world_hash(z, n) & (unsigned)(nSlot - 1);
  while (a[k].z) {
    if (world_same(a[k].z, z, n)) return a[k].i;
    k = (k + 1) & (unsigned)(nSlot - 1);
  }
  return -1;
}

/* Add key z for entry i, unless it is there (the first one stays) or the
** table is nearly full. */
static void world_put(WorldKey *a, int nSlot, int *pnUsed, const char *z, int i) {
  int n = (int)strlen(z);
  unsigned k = world_hash(z, n) & (unsigned)(nSlot - 1);
  if (n == 0 || *pnUsed >= nSlot / 2) return;
  while (a[k].z) {
    if (world_same(a[k].z, z, n)) return;
    k = (k + 1) & (unsigned)(nSlot - 1);
  }
  a[k].z = z;
  a[k].i = i;
  (*pnUsed)++;
}

static void world_init(void) {
  int i, nCountry = 0, nCurrency = 0;
  for (i = 0; i < dict_country.n; i++) {
    world_put(aCountryKey, N_COUNTRY_SLOT, &nCountry, dict_country.az[i], i);
    world_put(aCountryKey, N_COUNTRY_SLOT, &nCountry, dict_country_code.az[i], i);
    world_put(aCountryKey, N_COUNTRY_SLOT, &nCountry, dict_country_code3.az[i], i);
  }
  for (i = 0; i < (int)(sizeof(azCountryAlias) / sizeof(azCountryAlias[0])); i++) {
    int k = world_get(aCountryKey, N_COUNTRY_SLOT, azCountryAlias[i][1], 2);
    if (k >= 0) world_put(aCountryKey, N_COUNTRY_SLOT, &nCountry, azCountryAlias[i][0], k);
  }
  for (i = 0; i < N_LOCALE; i++) {
    const DictLocale *L = aLocale[i];
    int k = world_get(aCountryKey, N_COUNTRY_SLOT, L->zCountryCode, (int)strlen(L->zCountryCode));
    if (k >= 0) world_put(aCountryKey, N_COUNTRY_SLOT, &nCountry, L->zCountry, k);
  }
  for (i = 0; i < dict_currency_all.n; i++) {
    world_put(aCurrencyKey, N_CURRENCY_SLOT, &nCurrency, dict_currency_all.az[i], i);
    world_put(aCurrencyKey, N_CURRENCY_SLOT, &nCurrency, dict_currency_name.az[i], i);
  }
  for (i = 0; i < N_COUNTRY_MAX; i++) {
    const char *z = i < dict_country_currency.n ? dict_country_currency.az[i] : "";
    aCurrencyOf[i] = z[0] ? world_get(aCurrencyKey, N_CURRENCY_SLOT, z, (int)strlen(z)) : -1;
  }
}

int dict_country_find(const char *z, int n) {
  if (z == 0) return -1;
  if (n < 0) n = (int)strlen(z);
  pthread_once(&worldOnce, world_init);
  return world_get(aCountryKey, N_COUNTRY_SLOT, z, n);
}

int dict_currency_find(const char *z, int n) {
  if (z == 0) return -1;
  if (n < 0) n = (int)strlen(z);
  pthread_once(&worldOnce, world_init);
  return world_get(aCurrencyKey, N_CURRENCY_SLOT, z, n);
}

int dict_country_currency_of(int iCountry) {
  if (iCountry < 0 || iCountry >= N_COUNTRY_MAX) return -1;
  pthread_once(&worldOnce, world_init);
  return aCurrencyOf[iCountry];
}
