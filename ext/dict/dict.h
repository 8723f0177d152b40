/*
** dict.h — compiled-in word lists and locale data for syda's value kinds.
**
** Every list is plain C data in the ext/dict/ C files, written for syda or taken
** from public-domain facts (census name frequencies, public lists of cities
** and their populations); each file names its sources at the top.
**
**     const DictLocale *L = dict_locale("de_DE");     -- NULL if unknown
**     const char *z = dict_pick(&L->first, x);        -- weighted by frequency
**     const DictCity *c = dict_city(L, x);            -- weighted by population
*/
#ifndef SYDA_DICT_H
#define SYDA_DICT_H

#include <stdint.h>

/*
** A list of words.  aW, when not NULL, holds a relative frequency per
** entry (e.g. people per 100,000 with that surname); dict_pick() then draws
** common entries more often.  azAscii, when not NULL, is a parallel list of
** ASCII spellings for e-mail addresses and user names (Müller -> mueller,
** José -> jose, 佐藤 -> sato).
*/
typedef struct DictList {
  int n;
  const char *const *az;
  const uint32_t *aW;
  const char *const *azAscii;
} DictList;

/* A city with the region it lies in, a postal code pattern and a position. */
typedef struct DictCity {
  const char *zCity;
  const char *zRegion;     /* state, Land, région, comunidad, prefecture */
  const char *zRegionCode; /* "CA", "BY", "IDF", "MD", "13"; "" if none */
  const char *zPostal;     /* pattern: '#' a random digit, '%' one of 2-9, e.g. "941##" */
  const char *zPhone;      /* area code / city prefix, e.g. "415" ('#', '%' and '-' allowed) */
  double rLat, rLon;       /* city centre */
  uint32_t nPop;           /* population in thousands: pick weight */
} DictCity;

typedef struct DictLocale {
  const char *zName;        /* "en_US" */
  const char *zCountry;     /* "United States" (in the locale's language) */
  const char *zCountryCode; /* ISO 3166-1 alpha-2, "US" */
  const char *zCurrency;    /* ISO 4217, "USD" */
  int familyFirst;          /* full name written "family given" (ja_JP) */
  DictList first;           /* given names, gender-neutral mix, weighted */
  DictList last;            /* family names, weighted */
  DictList street;          /* street base names */
  DictList streetType;      /* "Street", "Avenue"; "straße", "weg"; "Rue" */
  /*
  ** How a street address is written: {n} house number, {s} street name,
  ** {t} street type, {m} a second small number (a Japanese gō).  en_US
  ** "{n} {s} {t}", de_DE "{s}{t} {n}", fr_FR "{n} {t} {s}", es_ES
  ** "{t} {s}, {n}", ja_JP "{s}{t}{n}番{m}号".
  */
  const char *zStreetFormat;
  const char *zLine2Format; /* "Apt. {n}", "Wohnung {n}", ... ('#', '%' digits ok) */
  /* Phone number: {a} the city's zPhone, '#' a random digit, '%' one of 2-9
  ** (US exchanges never start with 0 or 1), {l} a local number that starts
  ** with 2-9 and has as many digits as nPhoneDigits leaves after {a}. */
  const char *zPhoneFormat;
  int nCity;
  const DictCity *aCity;
  DictList emailDomain;   /* free-mail domains used in the country */
  DictList companySuffix; /* "Inc.", "GmbH", "SARL", "S.L.", "株式会社" */
  DictList honorific;     /* "Mr.", "Ms.", "Dr."; "Herr", "Frau", "Dr." */
  /* Parallel to first and honorific, one character an entry: 'f', 'm', or
  ** 'u' for either (a unisex name, "Dr."); NULL when unknown. */
  const char *zFirstSex;
  const char *zHonorificSex;
  /*
  ** Trades of companies named after a family ("Müller Logistik",
  ** "Transports Martin"); empty for en_US, whose names come from
  ** dict_company_word.  companyNounFirst: the trade comes first.
  */
  DictList companyNoun;
  int companyNounFirst;
  const char *zTld; /* of company web sites: "com", "de", "co.jp" */
  int nHouseMax;    /* house numbers run from 1 to this, small ones common */
  int nPhoneDigits; /* with {l} in zPhoneFormat: digits of area code and
                    ** local number together (Germany's vary by city) */
} DictLocale;

/* Locale by name ("en_US", also "en-US", case-insensitive); NULL if none.
** An empty list makes dict_pick() return NULL and dict_pick_index() -1. */
const DictLocale *dict_locale(const char *zName);
/* All locales, for syda_debug() and error messages. */
int dict_locale_count(void);
const DictLocale *dict_locale_at(int i);

/* Entry chosen by 64 random bits: weighted when aW is set, else uniform. */
const char *dict_pick(const DictList *, uint64_t x);
int dict_pick_index(const DictList *, uint64_t x);
/* The ASCII spelling of entry i (the entry itself when azAscii is NULL). */
const char *dict_ascii(const DictList *, int i);

/* How many distinct ASCII spellings a list has (佐藤 and 佐籐 may share
** one), and the index of the entry that first spells the k-th: unique
** e-mails and user names count these, not the entries. */
/* The entries of distinct ASCII spelling, as indexes into p (NULL: every
** entry, *pn of them): one look-up for dict_ascii_count and _nth. */
const uint64_t *dict_ascii_table(const DictList *p, int *pn);
int dict_ascii_count(const DictList *);
int dict_ascii_nth(const DictList *, int k);
const DictCity *dict_city(const DictLocale *, uint64_t x);

/*
** What e-mail addresses and user names read of a locale, made once so that
** a row looks nothing up: each first and last name's ASCII spelling
** (dict_ascii) and each e-mail domain as written, with their lengths in
** bytes (copies, of which DICT_WORD_PAD bytes can always be read: a word
** that short is copied in one move); the distinct spellings
** (dict_ascii_table); and the weights of first names, last names and
** domains ready for picks, dict_cum_pick(pFirst, x) being
** dict_pick_index(&L->first, x).  A pointer that could not be made (out of
** memory; a list without weights) is NULL: then use the functions above
** (the three word tables are made all or none).  dict_names() is NULL for
** a locale not among dict_locale_at().
*/
typedef struct DictWord {
  const char *z; /* DICT_WORD_PAD bytes can be read from z: the word, zeros */
  int n;
} DictWord;
#define DICT_WORD_PAD 16
/*
** The cumulative weights of a list, aCum[i] = w[0] + ... + w[i] (total the
** last), and their guide: aGuide[v >> shift] is the first index whose sum
** exceeds the lowest point of v's bucket.  Made by dict.c, read-only.
*/
typedef struct DictCum {
  const void *pKey; /* the weights they sum (the list's aW) */
  int n;
  uint64_t *aCum;
  uint32_t *aGuide;
  unsigned shift;
  uint64_t total;
} DictCum;
typedef struct DictNames {
  const DictLocale *L;
  const DictWord *aFirst, *aLast, *aEmailDomain;
  const uint64_t *aDistinctFirst, *aDistinctLast;
  int nDistinctFirst, nDistinctLast;
  const DictCum *pFirst, *pLast, *pEmailDomain;
} DictNames;
const DictNames *dict_names(const DictLocale *L);

/* High 64 bits of x * n: 64 random bits to [0, n), uniform and the same
** with or without int128. */
static inline uint64_t dict_mul_hi(uint64_t x, uint64_t n) {
#if defined(__SIZEOF_INT128__)
  __extension__ typedef unsigned __int128 u128;
  return (uint64_t)(((u128)x * n) >> 64);
#else
  uint64_t xl = x & 0xffffffffu, xh = x >> 32, nl = n & 0xffffffffu, nh = n >> 32;
  uint64_t ll = xl * nl, lh = xl * nh, hl = xh * nl, hh = xh * nh;
  uint64_t mid = (ll >> 32) + (lh & 0xffffffffu) + (hl & 0xffffffffu);
  return hh + (lh >> 32) + (hl >> 32) + (mid >> 32);
#endif
}

/* The entry x picks by the weights t of DictNames: the first whose sum
** exceeds x's point, a step or two from where its bucket's guide starts. */
static inline int dict_cum_pick(const DictCum *t, uint64_t x) {
  uint64_t v = dict_mul_hi(x, t->total);
  uint32_t i = t->aGuide[v >> t->shift];
  while (t->aCum[i] <= v)
    i++;
  return (int)i;
}
/* Entry of p by weight among those whose character in zSex (parallel to p)
** is cSex or 'u'; any entry when zSex is NULL or none matches. */
int dict_pick_index_sex(const DictList *p, const char *zSex, int cSex, uint64_t x);

/*
** Locale-independent lists (English), in ext/dict/common.c.  Each is a
** DictList; weights optional.
*/
extern const DictList dict_company_word;      /* "Summit", "Blue Harbor", ... */
extern const DictList dict_company_suffix_en; /* shared with en_US */
extern const DictList dict_industry;
extern const DictList dict_medical_specialty;
extern const DictList dict_department;
extern const DictList dict_job_title;
extern const DictList dict_product_category; /* for unique ones; rows take their line's */
/*
** A product line: its category, the words by which a category text names
** it (" cloud infrastructure hosting ", blanks around each), the things it
** sells and adjectives that fit every one of them, and its share of a
** store's catalogue (0: only when a category names it).
*/
typedef struct DictProductLine {
  const char *zCategory;
  const char *zKeywords;
  DictList noun;
  DictList adjective;
  uint32_t w;
  int eKind;              /* DICT_PRODUCT_*: how its descriptions read */
  int nPriceLo, nPriceHi; /* the usual price, US dollars */
} DictProductLine;
enum { DICT_PRODUCT_GOODS = 0, DICT_PRODUCT_CONSUMABLE, DICT_PRODUCT_PLAN };
extern const DictProductLine dict_product_line[];
extern const int dict_product_nline;
/* The line a category text names ("Security Services", "home & kitchen"):
** the one with most of its words among the line's keywords, the first of
** equals; -1 if none.  n < 0: z is NUL-terminated. */
int dict_product_match(const char *z, int n);
extern const DictList dict_color;
extern const DictList dict_music_genre;
extern const DictList dict_film_genre;
extern const DictList dict_book_genre;
extern const DictList dict_title_adjective; /* for book/film/album/song titles */
extern const DictList dict_title_noun;
extern const DictList dict_word_noun; /* for readable sentences */
extern const DictList dict_word_verb; /* third person, present: "builds" */
extern const DictList dict_word_adjective;
extern const DictList dict_word_adverb;
extern const DictList dict_status; /* generic statuses */
extern const DictList dict_tld;
extern const DictList dict_domain_word;
extern const DictList dict_mime_type; /* parallel to dict_file_ext */
extern const DictList dict_file_ext;
extern const DictList dict_file_word;
extern const DictList dict_user_agent;
/*
** Lists of the world, each in parallel with its codes (entry i of a name
** list is the thing coded by entry i of its code list).  A weighted list is
** the first, common part of its whole list: random draws take those, a
** unique column every entry of the whole.
*/
extern const DictList dict_currency_code; /* ISO 4217, the common ones, weighted */
extern const DictList dict_currency_all;  /* every ISO 4217 code in use */
extern const DictList dict_currency_name; /* their English names */
extern const DictList dict_country;       /* ISO 3166-1, English short names */
extern const DictList dict_country_code;  /* alpha-2 */
extern const DictList dict_country_code3; /* alpha-3 */
/* the ISO 4217 code of each country's currency, "" none */
extern const DictList dict_country_currency;
extern const DictList dict_language;      /* ISO 639-1 names, the most spoken ones, weighted */
extern const DictList dict_language_all;  /* every ISO 639-1 language */
extern const DictList dict_language_code; /* their two-letter codes */

/*
** Lookups in the lists of the world, built once (no SQLite calls):
** dict_country_find: the entry of dict_country that text z (n bytes, -1
** to its NUL) names, by English short name, alpha-2 or alpha-3 code, a
** locale's own name of its country ("Deutschland", "日本") or a name in
** common use ("USA", "UK"), ASCII letters in any case; -1 when none.
** dict_currency_find: the entry of dict_currency_all that z names, by
** code or English name; -1 when none.  dict_country_currency_of: the
** entry of dict_currency_all country iCountry uses, -1 when none.
*/
int dict_country_find(const char *z, int n);
int dict_currency_find(const char *z, int n);
int dict_country_currency_of(int iCountry);

/*
** Free text about what its table is about (ext/dict/topic.c, English).
** Strings hold alternatives separated by '|' and slots in braces that
** fake_topic.c fills ("Cough for {d}": two days, a week ...).
**
** A visit to a doctor: a common condition under its plain name (then
** shorter names of it), the reasons a patient gives for the visit, and the
** parts of a short note: what the patient says, what was found, the plan.
*/
typedef struct DictCare {
  const char *zDiagnosis;
  const char *zReason;
  const char *zSubj, *zObj, *zPlan;
  uint32_t w;     /* how common a visit for it is */
  uint32_t eFever; /* 2 it comes with a fever (its findings all quote {tf}),
                   ** 1 it may (one quotes {t} or {tf}), 0 not */
} DictCare;
extern const DictCare dict_care[];
extern const int dict_ncare;
/* A support ticket: its subject, how a customer opens the description and
** the details they add, what support did; the help desks it comes to. */
enum { DICT_ISSUE_ANY = 0, DICT_ISSUE_SOFTWARE, DICT_ISSUE_SHOP };
typedef struct DictIssue {
  const char *zSubject, *zOpen, *zDetail, *zFix;
  int eDesk; /* DICT_ISSUE_*: any help desk, a software product's, a shop's */
  uint32_t w;
} DictIssue;
extern const DictIssue dict_issue[];
extern const int dict_nissue;
extern const DictList dict_issue_feature; /* "dark mode": what a feature request asks for */
/* Reviews of what (DICT_REVIEW_*): titles and sentences by mood, 0
** negative, 1 mixed, 2 positive.  A title is in one mood's list only. */
enum { DICT_REVIEW_PRODUCT = 0, DICT_REVIEW_STAY, DICT_REVIEW_MEAL, DICT_REVIEW_SERVICE, DICT_REVIEW_N };
typedef struct DictReview {
  DictList aTitle[3];
  DictList aLine[3];
} DictReview;
extern const DictReview dict_review[DICT_REVIEW_N];
/* Bios: the field a job title (or department, or a table's role noun)
** says a person works in, matched by zKey in order, and a subject they
** may have studied. */
typedef struct DictField {
  const char *zKey;
  const char *zField;
  const char *zDegree;
} DictField;
extern const DictField dict_bio_field[];
extern const int dict_nbio_field;
extern const DictList dict_bio_hobby;    /* "hiking" */
extern const DictList dict_bio_tag;      /* "Coffee lover": a profile's words about oneself */
extern const DictList dict_bio_passion;  /* "mentoring new colleagues" */
extern const DictList dict_bio_employer; /* "a consulting firm" */
extern const DictList dict_bio_care;     /* a doctor's interest: "preventive care" */

#endif /* SYDA_DICT_H */
