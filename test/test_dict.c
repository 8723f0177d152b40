/*
** test_dict.c — the compiled-in word lists and locales: sizes, weights,
** spellings, cities, UTF-8, and that picks are weighted, deterministic,
** O(log n) and reach every entry.
**
**   gcc -std=c11 -Wall -Wextra -Werror -O2 -DSQLITE_CORE -Iext -Iext/dict
**       test/test_dict.c ext/dict/[star].c -lpthread -o /tmp/test_dict   ([star] = *)
*/
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dict.h"
#include "testutil.h"

__extension__ typedef unsigned __int128 u128;

static uint64_t splitmix64(uint64_t *s) {
  uint64_t z = (*s += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

/* ---- helpers ------------------------------------------------------------------ */

/* Strict UTF-8: no overlongs, no surrogates, nothing past U+10FFFF. */
static int utf8_ok(const char *z) {
  const unsigned char *p = (const unsigned char *)z;
  while (*p) {
    unsigned c = *p, n, cp, k;
    if (c < 0x80) {
      p++;
      continue;
    } else if (c >= 0xc2 && c <= 0xdf) {
      n = 1;
      cp = c & 0x1f;
    } else if (c >= 0xe0 && c <= 0xef) {
      n = 2;
      cp = c & 0x0f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      n = 3;
      cp = c & 0x07;
    } else {
      return 0;
    }
    for (k = 1; k <= n; k++) {
      if ((p[k] & 0xc0) != 0x80) return 0;
      cp = (cp << 6) | (p[k] & 0x3f);
    }
    if ((n == 2 && cp < 0x800) || (n == 3 && cp < 0x10000) || cp > 0x10ffff ||
        (cp >= 0xd800 && cp <= 0xdfff)) {
      return 0;
    }
    p += n + 1;
  }
  return 1;
}

static int all_chars(const char *z, const char *zSet) {
  if (z == 0 || *z == 0) return 0;
  for (; *z; z++) {
    if (strchr(zSet, *z) == 0) return 0;
  }
  return 1;
}

#define LOWER "abcdefghijklmnopqrstuvwxyz"
#define UPPER "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
#define DIGIT "0123456789"

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Number of entries that occur more than once. */
static int n_dupes(const DictList *p) {
  const char **a = malloc(sizeof(char *) * (size_t)p->n);
  int i, n = 0;
  if (a == 0) return -1;
  for (i = 0; i < p->n; i++)
    a[i] = p->az[i];
  qsort(a, (size_t)p->n, sizeof(char *), cmp_str);
  for (i = 1; i < p->n; i++) {
    if (strcmp(a[i - 1], a[i]) == 0) {
      fprintf(stderr, "  duplicate: %s\n", a[i]);
      n++;
    }
  }
  free(a);
  return n;
}

/* The index a weighted pick must give: a linear walk over the weights. */
static int ref_pick(const DictList *p, uint64_t x) {
  uint64_t total = 0, t;
  int i;
  if (p->aW == 0) return (int)(((u128)x * (uint64_t)p->n) >> 64);
  for (i = 0; i < p->n; i++)
    total += p->aW[i];
  t = (uint64_t)(((u128)x * total) >> 64);
  for (i = 0; i < p->n - 1 && t >= p->aW[i]; i++)
    t -= p->aW[i];
  return i;
}

/* The city a pick must give: a linear walk over the populations. */
static int ref_city(const DictLocale *L, uint64_t x) {
  uint64_t total = 0, t;
  int i;
  for (i = 0; i < L->nCity; i++)
    total += L->aCity[i].nPop;
  t = (uint64_t)(((u128)x * total) >> 64);
  for (i = 0; i < L->nCity - 1 && t >= L->aCity[i].nPop; i++)
    t -= L->aCity[i].nPop;
  return i;
}

/* The smallest x whose pick lands at cumulative weight t (of total). */
static uint64_t x_for(uint64_t t, uint64_t total) {
  return (uint64_t)((((u128)t << 64) + total - 1) / total);
}

/*
** Checks on one list: size, non-empty valid UTF-8 entries, positive weights,
** ASCII spellings, that every entry is reached by its own x, and that picks
** agree with the linear reference for many random x.
*/
static void check_list(const char *zName, const DictList *p, int nMin) {
  int i, bad = 0, nRef = 0;
  uint64_t total = 0, cum = 0, s = 42;
  if (p->n < nMin) fprintf(stderr, "%s: %d entries, want >= %d\n", zName, p->n, nMin);
  T_TRUE(p->n >= nMin);
  T_TRUE(p->az != 0);
  if (p->az == 0) return;
  for (i = 0; i < p->n; i++) {
    const char *z = p->az[i];
    if (z == 0 || z[0] == 0 || !utf8_ok(z) || z[0] == ' ' || z[strlen(z) - 1] == ' ') {
      fprintf(stderr, "%s[%d]: bad entry \"%s\"\n", zName, i, z ? z : "(null)");
      bad++;
    }
    if (p->aW && p->aW[i] == 0) {
      fprintf(stderr, "%s[%d]: weight 0\n", zName, i);
      bad++;
    }
    if (p->azAscii && !all_chars(p->azAscii[i], LOWER)) {
      fprintf(stderr, "%s[%d]: bad ASCII spelling \"%s\"\n", zName, i,
              p->azAscii[i] ? p->azAscii[i] : "(null)");
      bad++;
    }
    if (!utf8_ok(dict_ascii(p, i)) || dict_ascii(p, i)[0] == 0) bad++;
    if (p->aW) total += p->aW[i];
  }
  T_EQ_INT(bad, 0);
  /* every entry, from the first x of its own interval */
  bad = 0;
  for (i = 0; i < p->n; i++) {
    uint64_t x;
    if (p->aW) {
      x = x_for(cum, total);
      cum += p->aW[i];
    } else {
      x = x_for((uint64_t)i, (uint64_t)p->n);
    }
    if (dict_pick_index(p, x) != i || dict_pick(p, x) != p->az[i]) {
      fprintf(stderr, "%s[%d]: not reached by its own x\n", zName, i);
      bad++;
    }
  }
  T_EQ_INT(bad, 0);
  /* the binary search agrees with a linear walk */
  for (i = 0; i < 20000; i++) {
    uint64_t x = splitmix64(&s);
    if (dict_pick_index(p, x) != ref_pick(p, x)) nRef++;
  }
  T_EQ_INT(nRef, 0);
  /* extremes */
  T_EQ_INT(dict_pick_index(p, 0), 0);
  T_EQ_INT(dict_pick_index(p, UINT64_MAX), p->n - 1);
}

/* Does lower(a || b) contain "test" or "lorem"?  (ASCII lower, like SQLite's lower().) */
static int has_word(const char *a, const char *b) {
  char buf[256];
  size_t i, n = 0;
  for (i = 0; a[i] && n < sizeof(buf) - 1; i++)
    buf[n++] = a[i];
  for (i = 0; b[i] && n < sizeof(buf) - 1; i++)
    buf[n++] = b[i];
  buf[n] = 0;
  for (i = 0; i < n; i++) {
    if (buf[i] >= 'A' && buf[i] <= 'Z') buf[i] = (char)(buf[i] + 32);
  }
  return strstr(buf, "test") != 0 || strstr(buf, "lorem") != 0;
}

/* zFormat uses only the placeholders in zAllowed ("nst", "a", "n") and has every one in zRequired. */
static int format_ok(const char *zFormat, const char *zAllowed, const char *zRequired) {
  const char *p;
  if (zFormat == 0 || zFormat[0] == 0 || !utf8_ok(zFormat)) return 0;
  for (p = zFormat; *p; p++) {
    if (*p == '{') {
      if (p[1] == 0 || strchr(zAllowed, p[1]) == 0 || p[2] != '}') return 0;
      p += 2;
    } else if (*p == '}') {
      return 0;
    }
  }
  for (p = zRequired; *p; p++) {
    char ph[4] = {'{', *p, '}', 0};
    if (strstr(zFormat, ph) == 0) return 0;
  }
  return 1;
}

/* ---- locales -------------------------------------------------------------------- */

static void check_cities(const DictLocale *L) {
  int i, j, bad = 0;
  uint64_t total = 0, cum = 0, s = 7;
  int isJP = strcmp(L->zCountryCode, "JP") == 0;
  T_TRUE(L->nCity >= 50);
  for (i = 0; i < L->nCity; i++) {
    const DictCity *c = &L->aCity[i];
    const char *az[5] = {c->zCity, c->zRegion, c->zRegionCode, c->zPostal, c->zPhone};
    for (j = 0; j < 5; j++) {
      if (az[j] == 0 || az[j][0] == 0 || !utf8_ok(az[j])) bad++;
    }
    if (!all_chars(c->zPostal, DIGIT "#-") || strlen(c->zPostal) < 5) bad++;
    if (!all_chars(c->zPhone, isJP ? DIGIT "-" : DIGIT)) bad++;
    if (!(c->rLat >= -90 && c->rLat <= 90 && c->rLon >= -180 && c->rLon <= 180)) bad++;
    if (c->nPop == 0) bad++;
    /* a city name lies in one region only (so city and state always agree) */
    for (j = 0; j < i; j++) {
      if (strcmp(L->aCity[j].zCity, c->zCity) == 0 && (strcmp(L->aCity[j].zRegion, c->zRegion) != 0 ||
                                                       strncmp(L->aCity[j].zPostal, c->zPostal, 2) != 0)) {
        fprintf(stderr, "%s: city %s in two regions or postal areas\n", L->zName, c->zCity);
        bad++;
      }
    }
    if (bad) {
      fprintf(stderr, "%s: bad city %s\n", L->zName, c->zCity ? c->zCity : "(null)");
      break;
    }
    total += c->nPop;
  }
  T_EQ_INT(bad, 0);
  /* every city is reached, deterministically */
  bad = 0;
  for (i = 0; i < L->nCity; i++) {
    uint64_t x = x_for(cum, total);
    cum += L->aCity[i].nPop;
    if (dict_city(L, x) != &L->aCity[i] || dict_city(L, x) != dict_city(L, x)) bad++;
  }
  T_EQ_INT(bad, 0);
  /* population weighting: the biggest city is drawn more often than the smallest */
  {
    int iBig = 0, iSmall = 0, nBig = 0, nSmall = 0;
    for (i = 1; i < L->nCity; i++) {
      if (L->aCity[i].nPop > L->aCity[iBig].nPop) iBig = i;
      if (L->aCity[i].nPop < L->aCity[iSmall].nPop) iSmall = i;
    }
    for (i = 0; i < 100000; i++) {
      const DictCity *c = dict_city(L, splitmix64(&s));
      if (c == &L->aCity[iBig]) nBig++;
      if (c == &L->aCity[iSmall]) nSmall++;
    }
    T_TRUE(nBig > 5 * nSmall);
  }
}

static void check_locale(const DictLocale *L) {
  char zAlt[16];
  size_t i;
  int j, k, bad;
  int nFail0 = t_fail;
  /* found by its name, lower case with a hyphen, and upper case */
  T_TRUE(dict_locale(L->zName) == L);
  for (i = 0; i < sizeof(zAlt) - 1 && L->zName[i]; i++) {
    char c = L->zName[i];
    zAlt[i] = c == '_' ? '-' : (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
  }
  zAlt[i] = 0;
  T_TRUE(dict_locale(zAlt) == L);
  for (i = 0; zAlt[i]; i++)
    zAlt[i] = (zAlt[i] >= 'a' && zAlt[i] <= 'z') ? (char)(zAlt[i] - 32) : zAlt[i];
  T_TRUE(dict_locale(zAlt) == L);

  T_TRUE(utf8_ok(L->zCountry) && L->zCountry[0]);
  T_TRUE(all_chars(L->zCountryCode, UPPER) && strlen(L->zCountryCode) == 2);
  T_TRUE(all_chars(L->zCurrency, UPPER) && strlen(L->zCurrency) == 3);
  T_TRUE(format_ok(L->zStreetFormat, "nstm", "ns"));
  T_TRUE(format_ok(L->zLine2Format, "n", ""));
  /* digits after the area code: '#' marks, or {l} with a length for it */
  T_TRUE(format_ok(L->zPhoneFormat, "al", "a") &&
         (strchr(L->zPhoneFormat, '#') != 0 || (strstr(L->zPhoneFormat, "{l}") && L->nPhoneDigits >= 8)));
  T_TRUE(L->zTld && L->zTld[0] && all_chars(L->zTld, LOWER "."));
  T_TRUE(L->nHouseMax >= 20 && L->nHouseMax <= 9999);
  if (L->companyNoun.n > 0) check_list("companyNoun", &L->companyNoun, 10);

  check_list("first", &L->first, 200);
  check_list("last", &L->last, 200);
  check_list("street", &L->street, 60);
  check_list("emailDomain", &L->emailDomain, 5);
  check_list("companySuffix", &L->companySuffix, 3);
  check_list("honorific", &L->honorific, 3);
  if (L->streetType.n > 0 || strcmp(L->zCountryCode, "JP") != 0) check_list("streetType", &L->streetType, 8);
  T_TRUE(L->first.aW != 0 && L->last.aW != 0);
  T_TRUE(L->first.azAscii != 0 && L->last.azAscii != 0);
  T_EQ_INT(n_dupes(&L->first), 0);
  T_EQ_INT(n_dupes(&L->last), 0);
  T_EQ_INT(n_dupes(&L->street), 0);
  for (j = 0, bad = 0; j < L->emailDomain.n; j++) {
    if (!all_chars(L->emailDomain.az[j], LOWER DIGIT ".-") || strchr(L->emailDomain.az[j], '.') == 0) bad++;
  }
  T_EQ_INT(bad, 0);
  /* no full name reads as a placeholder ("Charlotte Stewart" has "test" in it) */
  for (j = 0, bad = 0; j < L->first.n; j++) {
    for (k = 0; k < L->last.n; k++) {
      if (has_word(L->first.az[j], L->last.az[k])) {
        fprintf(stderr, "  %s %s\n", L->first.az[j], L->last.az[k]);
        bad++;
      }
    }
  }
  T_EQ_INT(bad, 0);
  check_cities(L);
  if (t_fail > nFail0) fprintf(stderr, "  (in locale %s)\n", L->zName);
}

/* ---- common lists ---------------------------------------------------------------- */

static void check_common(void) {
  int i, bad;
  static const struct {
    const char *zName;
    const DictList *p;
    int nMin;
  } a[] = {
      {"company_word", &dict_company_word, 120},
      {"company_suffix_en", &dict_company_suffix_en, 3},
      {"industry", &dict_industry, 40},
      {"department", &dict_department, 30},
      {"job_title", &dict_job_title, 100},
      {"product_category", &dict_product_category, 40},
      {"color", &dict_color, 40},
      {"music_genre", &dict_music_genre, 25},
      {"film_genre", &dict_film_genre, 25},
      {"book_genre", &dict_book_genre, 25},
      {"title_adjective", &dict_title_adjective, 60},
      {"title_noun", &dict_title_noun, 100},
      {"word_noun", &dict_word_noun, 150},
      {"word_verb", &dict_word_verb, 100},
      {"word_adjective", &dict_word_adjective, 100},
      {"word_adverb", &dict_word_adverb, 40},
      {"status", &dict_status, 10},
      {"tld", &dict_tld, 10},
      {"domain_word", &dict_domain_word, 80},
      {"mime_type", &dict_mime_type, 30},
      {"file_ext", &dict_file_ext, 30},
      {"file_word", &dict_file_word, 40},
      {"user_agent", &dict_user_agent, 20},
      {"currency_code", &dict_currency_code, 30},
      {"country", &dict_country, 100},
      {"country_code", &dict_country_code, 100},
  };
  for (i = 0; i < (int)(sizeof(a) / sizeof(a[0])); i++) {
    int nFail0 = t_fail;
    check_list(a[i].zName, a[i].p, a[i].nMin);
    T_EQ_INT(n_dupes(a[i].p), 0);
    if (t_fail > nFail0) fprintf(stderr, "  (in list %s)\n", a[i].zName);
  }
  /* parallel lists */
  T_EQ_INT(dict_mime_type.n, dict_file_ext.n);
  T_EQ_INT(dict_country.n, dict_country_code.n);
  T_EQ_INT(dict_country.n, dict_country_code3.n);
  T_EQ_INT(dict_currency_all.n, dict_currency_name.n);
  T_EQ_INT(dict_language_all.n, dict_language_code.n);
  /* a weighted list is the first part of its whole one */
  T_TRUE(dict_currency_code.n > 20 && dict_currency_code.n < dict_currency_all.n);
  T_TRUE(dict_currency_code.az == dict_currency_all.az);
  T_TRUE(dict_language.n > 20 && dict_language.n < dict_language_all.n);
  T_TRUE(dict_language.az == dict_language_all.az);
  T_TRUE(dict_country.n >= 240 && dict_currency_all.n >= 150 && dict_language_all.n >= 180);
  T_EQ_INT(n_dupes(&dict_country_code3), 0);
  T_EQ_INT(n_dupes(&dict_currency_all), 0);
  T_EQ_INT(n_dupes(&dict_language_all), 0);
  T_EQ_INT(n_dupes(&dict_language_code), 0);
  for (i = 0; i < dict_currency_all.n; i++) {
    if (strcmp(dict_currency_all.az[i], "USD") == 0) T_EQ_STR(dict_currency_name.az[i], "US Dollar");
    if (strcmp(dict_currency_all.az[i], "JPY") == 0) T_EQ_STR(dict_currency_name.az[i], "Japanese Yen");
    if (strcmp(dict_currency_all.az[i], "EUR") == 0) T_EQ_STR(dict_currency_name.az[i], "Euro");
  }
  for (i = 0; i < dict_language_all.n; i++) {
    if (strcmp(dict_language_code.az[i], "de") == 0) T_EQ_STR(dict_language_all.az[i], "German");
    if (strcmp(dict_language_code.az[i], "ja") == 0) T_EQ_STR(dict_language_all.az[i], "Japanese");
    if (strcmp(dict_language_code.az[i], "es") == 0) T_EQ_STR(dict_language_all.az[i], "Spanish");
  }
  T_EQ_STR(dict_file_ext.az[0], "pdf");
  T_EQ_STR(dict_mime_type.az[0], "application/pdf");
  for (i = 0; i < dict_mime_type.n; i++) {
    if (strcmp(dict_mime_type.az[i], "image/jpeg") == 0) T_EQ_STR(dict_file_ext.az[i], "jpg");
  }
  for (i = 0; i < dict_country.n; i++) {
    if (strcmp(dict_country.az[i], "Germany") == 0) T_EQ_STR(dict_country_code.az[i], "DE");
    if (strcmp(dict_country.az[i], "Japan") == 0) T_EQ_STR(dict_country_code.az[i], "JP");
    if (strcmp(dict_country.az[i], "United Kingdom") == 0) T_EQ_STR(dict_country_code.az[i], "GB");
    if (strcmp(dict_country.az[i], "Germany") == 0) T_EQ_STR(dict_country_code3.az[i], "DEU");
    if (strcmp(dict_country.az[i], "Japan") == 0) T_EQ_STR(dict_country_code3.az[i], "JPN");
    if (strcmp(dict_country.az[i], "Mexico") == 0) T_EQ_STR(dict_country_code3.az[i], "MEX");
  }
  /* shapes */
  for (i = 0, bad = 0; i < dict_mime_type.n; i++) {
    if (strchr(dict_mime_type.az[i], '/') == 0 || strchr(dict_mime_type.az[i], ' ')) bad++;
    if (!all_chars(dict_file_ext.az[i], LOWER DIGIT)) bad++;
  }
  T_EQ_INT(bad, 0);
  for (i = 0, bad = 0; i < dict_country_code.n; i++)
    bad += !(all_chars(dict_country_code.az[i], UPPER) && strlen(dict_country_code.az[i]) == 2);
  T_EQ_INT(bad, 0);
  for (i = 0, bad = 0; i < dict_country_code3.n; i++) {
    char zPair[16];
    snprintf(zPair, sizeof(zPair), "%s:%s", dict_country_code.az[i], dict_country_code3.az[i]);
    bad += !(all_chars(dict_country_code3.az[i], UPPER) && strlen(dict_country_code3.az[i]) == 3 &&
             (dict_country_code3.az[i][0] == dict_country_code.az[i][0] ||
              /* the eight whose alpha-3 starts with another letter */
              strstr("KY:CYM KM:COM TF:ATF YT:MYT KP:PRK PM:SPM RS:SRB GS:SGS", zPair) != 0));
  }
  T_EQ_INT(bad, 0);
  for (i = 0, bad = 0; i < dict_language_code.n; i++)
    bad += !(all_chars(dict_language_code.az[i], LOWER) && strlen(dict_language_code.az[i]) == 2);
  T_EQ_INT(bad, 0);
  for (i = 0, bad = 0; i < dict_currency_all.n; i++)
    bad += !(all_chars(dict_currency_all.az[i], UPPER) && strlen(dict_currency_all.az[i]) == 3);
  T_EQ_INT(bad, 0);
  for (i = 0, bad = 0; i < dict_currency_code.n; i++)
    bad += !(all_chars(dict_currency_code.az[i], UPPER) && strlen(dict_currency_code.az[i]) == 3);
  T_EQ_INT(bad, 0);
  for (i = 0, bad = 0; i < dict_tld.n; i++)
    bad += !all_chars(dict_tld.az[i], LOWER ".");
  T_EQ_INT(bad, 0);
  for (i = 0, bad = 0; i < dict_domain_word.n; i++)
    bad += !all_chars(dict_domain_word.az[i], LOWER);
  T_EQ_INT(bad, 0);
  for (i = 0, bad = 0; i < dict_file_word.n; i++)
    bad += !all_chars(dict_file_word.az[i], LOWER);
  T_EQ_INT(bad, 0);
  for (i = 0, bad = 0; i < dict_user_agent.n; i++)
    bad += strncmp(dict_user_agent.az[i], "Mozilla/5.0 (", 13) != 0;
  T_EQ_INT(bad, 0);
  T_EQ_STR(dict_tld.az[0], "com");
  T_EQ_STR(dict_status.az[0], "Active");
  /* sentence words are lower case; company words are ASCII (they make domains) */
  for (i = 0, bad = 0; i < dict_word_noun.n; i++)
    bad += !all_chars(dict_word_noun.az[i], LOWER "-");
  for (i = 0; i < dict_word_verb.n; i++)
    bad += !all_chars(dict_word_verb.az[i], LOWER);
  for (i = 0; i < dict_word_adjective.n; i++)
    bad += !all_chars(dict_word_adjective.az[i], LOWER "-");
  for (i = 0; i < dict_word_adverb.n; i++)
    bad += !all_chars(dict_word_adverb.az[i], LOWER " ");
  for (i = 0; i < dict_company_word.n; i++)
    bad += !all_chars(dict_company_word.az[i], LOWER UPPER " ");
  T_EQ_INT(bad, 0);
  /*
  ** Nouns get a plural by adding s/es/ies: none ends in f or fe (wolves), and
  ** none in a consonant + o (heroes) but those that take a plain s.
  */
  for (i = 0, bad = 0; i < dict_title_noun.n + dict_word_noun.n; i++) {
    static const char *const azOs[] = {"photo", "memo",  "logo",  "demo", "piano",
                                       "solo",  "Photo", "Piano", "Logo"};
    const char *z = i < dict_title_noun.n ? dict_title_noun.az[i] : dict_word_noun.az[i - dict_title_noun.n];
    size_t n = strlen(z), k;
    int isO = n > 1 && z[n - 1] == 'o' && strchr("aeiou", z[n - 2]) == 0;
    for (k = 0; isO && k < sizeof(azOs) / sizeof(azOs[0]); k++) {
      if (strcmp(z, azOs[k]) == 0) isO = 0;
    }
    if (z[n - 1] == 'f' || (n > 1 && z[n - 2] == 'f' && z[n - 1] == 'e') || isO) {
      fprintf(stderr, "  irregular plural: %s\n", z);
      bad++;
    }
  }
  T_EQ_INT(bad, 0);
}

/* ---- weighting and determinism ----------------------------------------------------- */

static void check_picks(void) {
  const DictLocale *L = dict_locale("en_US");
  const DictList *p = &L->last;
  int i, iLight = p->n - 1, nHeavy = 0, nLight = 0, nTop10 = 0, nBottom10 = 0;
  uint64_t s = 0x5eed;
  /* the heaviest surname is first */
  T_EQ_STR(p->az[0], "Smith");
  for (i = 0; i < 100000; i++) {
    int k = dict_pick_index(p, splitmix64(&s));
    if (k == 0) nHeavy++;
    if (k == iLight) nLight++;
    if (k < 10) nTop10++;
    if (k >= p->n - 10) nBottom10++;
  }
  T_TRUE(nHeavy > nLight);
  T_TRUE(nHeavy > 5 * (nLight + 1));
  T_TRUE(nTop10 > 5 * nBottom10);
  /* about Smith's share of the weight (within 10%) */
  {
    uint64_t total = 0;
    double want;
    for (i = 0; i < p->n; i++)
      total += p->aW[i];
    want = 100000.0 * p->aW[0] / (double)total;
    T_TRUE(nHeavy > 0.9 * want && nHeavy < 1.1 * want);
  }
  /* uniform lists: every colour drawn, roughly equally */
  {
    int aN[512], nMin = 1000000, nMax = 0;
    memset(aN, 0, sizeof(aN));
    T_TRUE(dict_color.n <= 512);
    for (i = 0; i < 200000; i++)
      aN[dict_pick_index(&dict_color, splitmix64(&s))]++;
    for (i = 0; i < dict_color.n; i++) {
      if (aN[i] < nMin) nMin = aN[i];
      if (aN[i] > nMax) nMax = aN[i];
    }
    T_TRUE(nMin > 0 && nMax < 2 * nMin);
  }
  /* fixed x: same entry every time, and a known answer on every machine */
  for (i = 0; i < 1000; i++) {
    uint64_t x = splitmix64(&s);
    if (dict_pick(p, x) != dict_pick(p, x) || dict_city(L, x) != dict_city(L, x)) break;
  }
  T_EQ_INT(i, 1000);
  T_EQ_STR(dict_pick(p, 0), "Smith");
  T_EQ_STR(dict_pick(&dict_color, 0), dict_color.az[0]);
  T_EQ_STR(dict_pick(&dict_color, UINT64_MAX), dict_color.az[dict_color.n - 1]);
  T_EQ_STR(dict_city(L, 0)->zCity, "New York");
  for (i = 0; i < 1000; i++) {
    uint64_t x = splitmix64(&s);
    if (dict_city(L, x) != &L->aCity[ref_city(L, x)]) break;
  }
  T_EQ_INT(i, 1000);
  /* a weighted list built at run time (not in the tables) gives the same picks */
  {
    static const char *const az[] = {"a", "b", "c"};
    static const uint32_t aW[] = {1, 0, 3};
    DictList l = {3, az, aW, 0};
    T_EQ_STR(dict_pick(&l, 0), "a");
    T_EQ_STR(dict_pick(&l, (1ULL << 62) - 1), "a");
    T_EQ_STR(dict_pick(&l, 1ULL << 62), "c");
    T_EQ_STR(dict_pick(&l, UINT64_MAX), "c");
    T_EQ_STR(dict_ascii(&l, 1), "b");
  }
  /* a copy of a shipped list (same arrays) picks the same */
  {
    DictList copy = L->first;
    for (i = 0; i < 1000; i++) {
      uint64_t x = splitmix64(&s);
      if (dict_pick_index(&copy, x) != dict_pick_index(&L->first, x)) break;
    }
    T_EQ_INT(i, 1000);
  }
  /* empty and missing */
  {
    DictList e = {0, 0, 0, 0};
    T_EQ_INT(dict_pick_index(&e, 5), -1);
    T_TRUE(dict_pick(&e, 5) == 0);
    T_EQ_STR(dict_ascii(&e, 0), "");
    T_TRUE(dict_city(0, 1) == 0);
  }
}

/*
** Every point of a weighted list, or of a locale's cities when p is NULL:
** the pick at each t in [0, total) (through the x that lands on it) is the
** first entry whose cumulative weight exceeds t, the entry a binary search
** over the sums finds (here: the points in order, the entry moving on as
** they pass its sum); and so is the pick by the list's ready weights pc
** when not NULL.  The guide tables that picks start from must give that
** entry for every point, not just for most.
*/
static void check_every_point(const char *zName, const DictList *p, const DictLocale *L, const DictCum *pc) {
  int n = p ? p->n : L->nCity, i, bad = 0;
  uint64_t *aCum, total = 0, t;
  if (n <= 0 || (p && p->aW == 0)) return;
  aCum = malloc(sizeof(uint64_t) * (size_t)n);
  for (i = 0; i < n; i++) {
    total += p ? p->aW[i] : L->aCity[i].nPop;
    aCum[i] = total;
  }
  for (t = 0, i = 0; t < total && bad < 10; t++) {
    uint64_t x = x_for(t, total);
    int got;
    while (aCum[i] <= t)
      i++;
    got = p ? dict_pick_index(p, x) : (int)(dict_city(L, x) - L->aCity);
    if (pc && got == i) got = dict_cum_pick(pc, x);
    if (got != i) {
      fprintf(stderr, "%s: point %llu of %llu picks %d, not %d\n", zName, (unsigned long long)t,
              (unsigned long long)total, got, i);
      bad++;
    }
  }
  T_EQ_INT(bad, 0);
  free(aCum);
}

static void check_every_pick(void) {
  static const DictList *const aCommon[] = {
      &dict_company_word, &dict_company_suffix_en, &dict_industry,  &dict_department,
      &dict_job_title,    &dict_product_category,  &dict_color,     &dict_status,
      &dict_tld,          &dict_domain_word,       &dict_mime_type, &dict_file_word,
      &dict_user_agent,   &dict_currency_code,     &dict_country,   &dict_language,
  };
  int i, k, nWeighted = 0;
  for (i = 0; i < dict_locale_count(); i++) {
    const DictLocale *L = dict_locale_at(i);
    const DictList *aL[] = {&L->first,         &L->last,      &L->streetType, &L->emailDomain,
                            &L->companySuffix, &L->honorific, &L->companyNoun};
    const DictNames *N = dict_names(L);
    const DictCum *aC[] = {N ? N->pFirst : 0, N ? N->pLast : 0, 0, N ? N->pEmailDomain : 0, 0, 0, 0};
    for (k = 0; k < (int)(sizeof(aL) / sizeof(aL[0])); k++) {
      check_every_point(L->zName, aL[k], 0, aC[k]);
      nWeighted += aL[k]->aW != 0;
    }
    check_every_point(L->zName, 0, L, 0);
  }
  for (i = 0; i < (int)(sizeof(aCommon) / sizeof(aCommon[0])); i++)
    check_every_point("common", aCommon[i], 0, 0);
  T_TRUE(nWeighted >= 25);
}

/* A locale's tables for e-mails: the spellings with their lengths, the
** distinct spellings, and picks by the ready weights, the same as without. */
static void check_names(void) {
  static const char aZero[DICT_WORD_PAD];
  int i, k, j, bad = 0;
  uint64_t s = 99;
  for (i = 0; i < dict_locale_count(); i++) {
    const DictLocale *L = dict_locale_at(i);
    const DictNames *N = dict_names(L);
    const DictList *aL[3] = {&L->first, &L->last, &L->emailDomain};
    const DictCum *aC[3];
    const DictWord *aW[3];
    int n;
    T_TRUE(N != 0);
    if (N == 0) continue;
    T_TRUE(N->L == L);
    aC[0] = N->pFirst, aC[1] = N->pLast, aC[2] = N->pEmailDomain;
    aW[0] = N->aFirst, aW[1] = N->aLast, aW[2] = N->aEmailDomain;
    for (k = 0; k < 3; k++) {
      const char *z;
      T_TRUE(aW[k] != 0 && aC[k] != 0);
      if (aW[k] == 0 || aC[k] == 0) continue;
      for (j = 0; j < aL[k]->n; j++) {
        z = k < 2 ? dict_ascii(aL[k], j) : aL[k]->az[j];
        bad += strcmp(aW[k][j].z, z) != 0 || aW[k][j].n != (int)strlen(z);
        /* zeros after a short word, to DICT_WORD_PAD bytes */
        bad +=
            aW[k][j].n < DICT_WORD_PAD && memcmp(aW[k][j].z + aW[k][j].n, aZero, DICT_WORD_PAD - aW[k][j].n);
      }
      for (j = 0; j < 20000; j++) {
        uint64_t x = splitmix64(&s);
        bad += dict_cum_pick(aC[k], x) != dict_pick_index(aL[k], x);
      }
      bad += dict_cum_pick(aC[k], 0) != 0 || dict_cum_pick(aC[k], UINT64_MAX) != aL[k]->n - 1;
    }
    n = 0;
    bad += N->aDistinctFirst != dict_ascii_table(&L->first, &n) || N->nDistinctFirst != n;
    bad += N->aDistinctLast != dict_ascii_table(&L->last, &n) || N->nDistinctLast != n;
  }
  T_EQ_INT(bad, 0);
  T_TRUE(dict_names(0) == 0);
  {
    DictLocale copy = *dict_locale("en_US");
    T_TRUE(dict_names(&copy) == 0);
  }
}

/* ---- spot checks -------------------------------------------------------------------- */

static int find(const DictList *p, const char *z) {
  int i;
  for (i = 0; i < p->n; i++) {
    if (strcmp(p->az[i], z) == 0) return i;
  }
  return -1;
}

static void check_spots(void) {
  const DictLocale *us = dict_locale("en_US"), *de = dict_locale("de_DE"), *fr = dict_locale("fr_FR");
  const DictLocale *es = dict_locale("es_ES"), *ja = dict_locale("ja_JP");
  int i;
  T_TRUE(us && de && fr && es && ja);
  if (!(us && de && fr && es && ja)) return;
  T_TRUE(dict_locale("en-us") == us);
  T_TRUE(dict_locale("EN-US") == us);
  T_TRUE(dict_locale("de-DE") == de);
  T_TRUE(dict_locale("xx_XX") == 0);
  T_TRUE(dict_locale("en") == 0);
  T_TRUE(dict_locale("en_US_x") == 0);
  T_TRUE(dict_locale("") == 0);
  T_TRUE(dict_locale(0) == 0);
  T_TRUE(dict_locale_count() >= 5);
  for (i = 0; i < dict_locale_count(); i++)
    T_TRUE(dict_locale(dict_locale_at(i)->zName) == dict_locale_at(i));
  T_TRUE(dict_locale_at(-1) == 0 && dict_locale_at(dict_locale_count()) == 0);

  T_EQ_STR(us->zCountryCode, "US");
  T_EQ_STR(us->zCurrency, "USD");
  T_EQ_STR(de->zCountryCode, "DE");
  T_EQ_STR(de->zCurrency, "EUR");
  T_EQ_STR(fr->zCountryCode, "FR");
  T_EQ_STR(es->zCountryCode, "ES");
  T_EQ_STR(ja->zCountryCode, "JP");
  T_EQ_STR(ja->zCurrency, "JPY");
  T_EQ_INT(ja->familyFirst, 1);
  T_EQ_INT(us->familyFirst + de->familyFirst + fr->familyFirst + es->familyFirst, 0);
  T_EQ_STR(us->zStreetFormat, "{n} {s} {t}");
  T_EQ_STR(de->zStreetFormat, "{s}{t} {n}");
  T_EQ_STR(fr->zStreetFormat, "{n} {t} {s}");
  T_EQ_STR(es->zStreetFormat, "{t} {s}, {n}");

  /* spellings */
  i = find(&de->last, "Müller");
  T_TRUE(i == 0);
  T_EQ_STR(dict_ascii(&de->last, i), "mueller");
  T_EQ_STR(dict_ascii(&de->last, find(&de->last, "Schröder")), "schroeder");
  T_EQ_STR(dict_ascii(&de->last, find(&de->last, "Weiß")), "weiss");
  T_EQ_STR(dict_ascii(&de->first, find(&de->first, "Jürgen")), "juergen");
  T_EQ_STR(dict_ascii(&fr->first, find(&fr->first, "François")), "francois");
  T_EQ_STR(dict_ascii(&fr->first, find(&fr->first, "Hélène")), "helene");
  T_EQ_STR(dict_ascii(&fr->first, find(&fr->first, "Jean-Pierre")), "jeanpierre");
  T_EQ_STR(dict_ascii(&es->first, find(&es->first, "José")), "jose");
  T_EQ_STR(dict_ascii(&es->last, find(&es->last, "Núñez")), "nunez");
  T_EQ_STR(dict_ascii(&us->last, find(&us->last, "O'Brien")), "obrien");
  T_EQ_STR(dict_ascii(&ja->last, find(&ja->last, "佐藤")), "sato");
  T_EQ_STR(dict_ascii(&ja->last, find(&ja->last, "鈴木")), "suzuki");
  T_EQ_STR(dict_ascii(&ja->first, find(&ja->first, "陽翔")), "haruto");
  T_EQ_STR(ja->last.az[0], "佐藤");
  T_EQ_STR(es->last.az[0], "García");
  T_EQ_STR(fr->last.az[0], "Martin");

  /* cities */
  for (i = 0; i < us->nCity && strcmp(us->aCity[i].zCity, "San Francisco"); i++) {
  }
  T_TRUE(i < us->nCity);
  if (i < us->nCity) {
    T_EQ_STR(us->aCity[i].zRegionCode, "CA");
    T_EQ_STR(us->aCity[i].zPhone, "415");
    T_TRUE(strncmp(us->aCity[i].zPostal, "941", 3) == 0);
  }
  T_EQ_STR(de->aCity[0].zCity, "Berlin");
  T_TRUE(strncmp(dict_city(de, 0)->zPostal, "10", 2) == 0);
  T_EQ_STR(fr->aCity[0].zCity, "Paris");
  T_TRUE(strncmp(fr->aCity[0].zPostal, "75", 2) == 0);
  T_EQ_STR(es->aCity[0].zCity, "Madrid");
  T_TRUE(strncmp(es->aCity[0].zPostal, "28", 2) == 0);
  T_EQ_STR(ja->aCity[0].zRegion, "東京都");
  T_EQ_STR(ja->aCity[0].zRegionCode, "13");
  T_EQ_STR(ja->aCity[0].zPostal, "100-0###");
  T_TRUE(find(&ja->companySuffix, "株式会社") == 0);
  T_TRUE(find(&de->companySuffix, "GmbH") == 0);
  T_TRUE(find(&us->companySuffix, "Inc.") == 0);
  T_TRUE(find(&de->emailDomain, "web.de") >= 0 && find(&fr->emailDomain, "orange.fr") >= 0);
  T_TRUE(find(&ja->emailDomain, "docomo.ne.jp") >= 0 && find(&es->emailDomain, "hotmail.es") >= 0);
}

/* Sex tags: one per given name and honorific, balanced; picks follow them. */
static void check_sex(void) {
  int i, k;
  for (i = 0; i < dict_locale_count(); i++) {
    const DictLocale *L = dict_locale_at(i);
    int nF = 0, nM = 0, bad = 0;
    uint64_t s = 11;
    T_TRUE(L->zFirstSex && (int)strlen(L->zFirstSex) == L->first.n);
    T_TRUE(L->zHonorificSex && (int)strlen(L->zHonorificSex) == L->honorific.n);
    for (k = 0; L->zFirstSex && k < L->first.n; k++) {
      nF += L->zFirstSex[k] == 'f';
      nM += L->zFirstSex[k] == 'm';
      bad += strchr("fmu", L->zFirstSex[k]) == 0;
    }
    T_EQ_INT(bad, 0);
    T_TRUE(nF > L->first.n / 3 && nM > L->first.n / 3);
    /* a woman's honorific is never one marked for men, and the reverse */
    for (k = 0; k < 200; k++) {
      int f = dict_pick_index_sex(&L->honorific, L->zHonorificSex, 'f', splitmix64(&s));
      int m = dict_pick_index_sex(&L->honorific, L->zHonorificSex, 'm', splitmix64(&s));
      bad += f < 0 || L->zHonorificSex[f] == 'm' || m < 0 || L->zHonorificSex[m] == 'f';
    }
    T_EQ_INT(bad, 0);
  }
  {
    const DictLocale *us = dict_locale("en_US"), *de = dict_locale("de_DE"), *ja = dict_locale("ja_JP");
    T_EQ_INT(us->zFirstSex[find(&us->first, "Mary")], 'f');
    T_EQ_INT(us->zFirstSex[find(&us->first, "James")], 'm');
    T_EQ_INT(us->zFirstSex[find(&us->first, "Taylor")], 'u');
    T_EQ_INT(de->zFirstSex[find(&de->first, "Andrea")], 'f');
    T_EQ_INT(de->zFirstSex[find(&de->first, "Jürgen")], 'm');
    T_EQ_INT(ja->zFirstSex[find(&ja->first, "恵子")], 'f');
    T_EQ_INT(ja->zFirstSex[find(&ja->first, "大輔")], 'm');
    T_EQ_INT(us->zHonorificSex[find(&us->honorific, "Mrs.")], 'f');
    T_EQ_INT(us->zHonorificSex[find(&us->honorific, "Dr.")], 'u');
  }
}

/* Product lines: nouns and adjectives that fit, keywords a category text
** matches, no noun in two lines. */
static void check_product_lines(void) {
  int i, j, k, bad = 0, nGoods = 0;
  T_TRUE(dict_product_nline >= 40);
  for (i = 0; i < dict_product_nline; i++) {
    const DictProductLine *pl = &dict_product_line[i];
    size_t n = strlen(pl->zKeywords);
    bad += pl->noun.n < 5 || pl->adjective.n < 3 || !utf8_ok(pl->zCategory);
    bad += n < 3 || pl->zKeywords[0] != ' ' || pl->zKeywords[n - 1] != ' ';
    nGoods += pl->w > 0;
    for (j = 0; j < pl->noun.n; j++) {
      for (k = 0; k < pl->adjective.n; k++)
        bad += strstr(pl->noun.az[j], pl->adjective.az[k]) != 0; /* "Portable Portable Speaker" */
    }
    for (k = i + 1; k < dict_product_nline; k++) {
      int a, b2;
      for (a = 0; a < pl->noun.n; a++)
        for (b2 = 0; b2 < dict_product_line[k].noun.n; b2++)
          bad += strcmp(pl->noun.az[a], dict_product_line[k].noun.az[b2]) == 0;
    }
    /* a line's own category names it */
    bad += strcmp(dict_product_line[dict_product_match(pl->zCategory, -1)].zCategory, pl->zCategory) != 0;
  }
  T_EQ_INT(bad, 0);
  T_TRUE(nGoods >= 30);
  T_EQ_STR(dict_product_line[dict_product_match("Security Services", -1)].zCategory, "Security Services");
  T_EQ_STR(dict_product_line[dict_product_match("home & kitchen", -1)].zCategory, "Kitchen & Dining");
  T_EQ_STR(dict_product_line[dict_product_match("Cloud Storage", -1)].zCategory, "Cloud Infrastructure");
  T_EQ_STR(dict_product_line[dict_product_match("Dogs", -1)].zCategory, "Pet Supplies");
  T_EQ_STR(dict_product_line[dict_product_match("Office Supplies", -1)].zCategory, "Office & Stationery");
  T_EQ_INT(dict_product_match("Widgets", -1), -1);
}

/* Distinct ASCII spellings: counted once, each entry's first. */
static void check_ascii_distinct(void) {
  int i, k, j, bad = 0;
  for (i = 0; i < dict_locale_count(); i++) {
    const DictLocale *L = dict_locale_at(i);
    const DictList *aL[2] = {&L->first, &L->last};
    for (k = 0; k < 2; k++) {
      int n = dict_ascii_count(aL[k]);
      bad += n < 100 || n > aL[k]->n;
      for (j = 1; j < n; j++) {
        int a = dict_ascii_nth(aL[k], j - 1), b = dict_ascii_nth(aL[k], j);
        bad += a >= b || strcmp(dict_ascii(aL[k], a), dict_ascii(aL[k], b)) == 0;
      }
    }
  }
  T_EQ_INT(bad, 0);
  /* 陽子 and 洋子 are both "yoko": Japanese given names have fewer spellings */
  T_TRUE(dict_ascii_count(&dict_locale("ja_JP")->first) < dict_locale("ja_JP")->first.n);
  T_EQ_INT(dict_ascii_count(&dict_locale("en_US")->first), dict_locale("en_US")->first.n);
}

/* The currency of each country, and countries and currencies found by
** name or code in any case. */
static void check_world(void) {
  static const char *const aSpot[][2] = {
      {"US", "USD"}, {"DE", "EUR"}, {"JP", "JPY"}, {"GB", "GBP"}, {"CH", "CHF"}, {"BR", "BRL"},
      {"IN", "INR"}, {"CN", "CNY"}, {"FR", "EUR"}, {"ES", "EUR"}, {"BG", "EUR"}, {"HR", "EUR"},
      {"EC", "USD"}, {"LI", "CHF"}, {"SN", "XOF"}, {"CM", "XAF"}, {"CW", "XCG"}, {"ZW", "ZWG"}};
  int i, bad = 0, nNone = 0;
  T_EQ_INT(dict_country_currency.n, dict_country.n);
  for (i = 0; i < dict_country.n; i++) {
    int k = dict_country_currency_of(i);
    const char *z = dict_country_currency.az[i];
    if (z[0] == 0) {
      nNone++;
      bad += k != -1;
    } else {
      bad += k < 0 || strcmp(dict_currency_all.az[k], z) != 0;
    }
    /* each country by its name, its codes and in other cases */
    bad += dict_country_find(dict_country.az[i], -1) != i;
    bad += dict_country_find(dict_country_code.az[i], -1) != i;
    bad += dict_country_find(dict_country_code3.az[i], -1) != i;
  }
  T_EQ_INT(bad, 0);
  T_EQ_INT(nNone, 3); /* Antarctica, Palestine, South Georgia */
  for (i = 0, bad = 0; i < (int)(sizeof(aSpot) / sizeof(aSpot[0])); i++) {
    int k = dict_country_currency_of(dict_country_find(aSpot[i][0], -1));
    if (k < 0 || strcmp(dict_currency_all.az[k], aSpot[i][1]) != 0) {
      printf("  country %s: currency %s, expected %s\n", aSpot[i][0],
             k < 0 ? "none" : dict_currency_all.az[k], aSpot[i][1]);
      bad++;
    }
  }
  T_EQ_INT(bad, 0);
  for (i = 0, bad = 0; i < dict_currency_all.n; i++) {
    bad += dict_currency_find(dict_currency_all.az[i], -1) != i;
    bad += dict_currency_find(dict_currency_name.az[i], -1) != i;
  }
  T_EQ_INT(bad, 0);
  T_EQ_INT(dict_country_find("germany", -1), dict_country_find("DE", -1));
  T_EQ_INT(dict_country_find("Deutschland", -1), dict_country_find("DE", -1));
  T_EQ_INT(dict_country_find("日本", -1), dict_country_find("JP", -1));
  T_EQ_INT(dict_country_find("usa", -1), dict_country_find("US", -1));
  T_EQ_INT(dict_country_find("UK", -1), dict_country_find("GB", -1));
  T_EQ_INT(dict_country_find("jpn", -1), dict_country_find("Japan", -1));
  T_EQ_INT(dict_country_find("DEx", 2), dict_country_find("DE", -1)); /* n bytes only */
  T_EQ_INT(dict_country_find("Atlantis", -1), -1);
  T_EQ_INT(dict_country_find("", 0), -1);
  T_EQ_INT(dict_country_find(0, 0), -1);
  T_EQ_INT(dict_currency_find("eur", -1), dict_currency_find("Euro", -1));
  T_EQ_INT(dict_currency_find("XYZ", -1), -1);
  T_EQ_INT(dict_country_currency_of(-1), -1);
  T_EQ_INT(dict_country_currency_of(dict_country.n + 1000), -1);
}

int main(void) {
  int i;
  check_spots();
  check_ascii_distinct();
  check_product_lines();
  check_sex();
  for (i = 0; i < dict_locale_count(); i++)
    check_locale(dict_locale_at(i));
  check_common();
  check_world();
  check_picks();
  check_every_pick();
  check_names();
  return t_done("test_dict");
}
