/*
** fake.h — semantic kinds: what a column holds (an e-mail, a city, a
** price) and how one value of it is made.
**
** A kind is an entry of a table (fake.c): its name, a description, the
** type its values naturally have, a natural range for numbers and dates,
** and a function that writes one value.  row.c compiles each column into a
** FakeSpec (the kind plus the bounds that the schema, its CHECKs and the
** spec allow) and calls fake_gen() for each row:
**
**     FakeCtx c = {...draws for (seed, table, column, ordinal)...};
**     fake_gen(&c, &val);        -- val points into c.buf or a word list
**
** Values of a row that belong together (a person's names and e-mail, a
** city with its region and postal code) share a FakeGroup in FakeRow, so
** that each column of the group reads the same person or place.
*/
#ifndef SYDA_FAKE_H
#define SYDA_FAKE_H

#include "dict/dict.h"
#include "rng.h"
#include "schema.h"
#include "value.h"

/* Distributions of numbers (spec "dist"); DIST_AGE and DIST_LOG, a kind's
** or a name's own, are not in the spec: DIST_AGE the ages of adults, even
** to 65 and fewer after; DIST_LOG as many values in each order of magnitude
** (1-9, 10-99, 100-999 ...: likes, followers, populations). */
enum { DIST_DEFAULT = 0, DIST_UNIFORM, DIST_NORMAL, DIST_LOGNORMAL, DIST_ZIPF, DIST_AGE, DIST_LOG };

/* Groups of correlated columns inside a row.  GRP_WORLD: a country,
** currency and language of the world's lists (a currency's code and name
** agree; a table of countries gives each row one country).  GRP_CARE,
** GRP_ISSUE, GRP_REVIEW: the visit, the support ticket, the review a row's
** free text is about (a reason, diagnosis and notes of one condition; a
** subject, description and resolution of one problem; a title and body
** of one mood). */
enum {
  GRP_NONE = 0,
  GRP_PERSON,
  GRP_COMPANY,
  GRP_ADDRESS,
  GRP_FILE,
  GRP_PRODUCT,
  GRP_WORLD,
  GRP_CARE,
  GRP_ISSUE,
  GRP_REVIEW,
  GRP__N
};
/* What free text is about, when its table says (FakeSpec.eTopic): what a
** review reviews, which help desk a ticket comes to, whose bio it is. */
enum {
  TOPIC_ANY = 0,
  TOPIC_PRODUCT, /* reviews */
  TOPIC_STAY,
  TOPIC_MEAL,
  TOPIC_SERVICE,
  TOPIC_SOFTWARE, /* support tickets */
  TOPIC_SHOP,
  TOPIC_WORK, /* bios */
  TOPIC_DOCTOR,
  TOPIC_AUTHOR,
  TOPIC_MEMBER
};
/* What the column FakeSpec.iCue names is to a text: a review's rating,
** a bio's job title, department or medical specialty, a clinical note's
** temperature in degrees Celsius or Fahrenheit (iCue -1: none, only the
** unit); a time zone's country (CUE_COUNTRY), the unique time zone a
** country or a city follows (CUE_ZONE). */
enum {
  CUE_NONE = 0,
  CUE_RATING,
  CUE_ROLE,
  CUE_DEPARTMENT,
  CUE_SPECIALTY,
  CUE_TEMP_C,
  CUE_TEMP_F,
  CUE_COUNTRY,
  CUE_ZONE
};
/* Which of a world group's entries its unique driver makes distinct. */
enum { WORLD_COUNTRY = 0, WORLD_CURRENCY, WORLD_LANGUAGE };

/* The fixed "today" that relative dates are drawn around: 2026-01-01.
** Fixed, so that the same seed gives the same rows on any day. */
#define FAKE_TODAY_DAYS 20454

typedef struct FakeSpec {
  int iKind;
  int eType; /* TY_* of the column */
  const DictLocale *pLocale;
  int nLenMin, nLenMax; /* characters; nLenMax 0 = no limit */
  int isInt;            /* numbers are whole */
  double rLo, rHi;      /* numeric range, inclusive */
  int nScale;           /* decimals of numbers, -1 = any */
  int eDist;
  int64_t tLo, tHi;       /* DATE: days, DATETIME: seconds, TIME: s of day */
  int iGroup;             /* index into FakeRow.aGroup, -1 none */
  int iGroupCo;           /* the row's company group (work e-mail, url), -1 */
  int iCoCol;             /* that company's name column, made first: a NULL
                          ** name means no work e-mail; -1 */
  int iGroupAddr;         /* the row's address group (phone area code), -1 */
  int iAfter;             /* column whose date/time this one follows, -1 */
  int64_t tGapLo, tGapHi; /* gap after iAfter, in the unit of tLo */
  int iFactorA, iFactorB; /* total = value of A * value of B, -1 none */
  int iCurrencyOf;        /* a currency: the row's column (made first) whose
                          ** currency it is: a country's, or a listed code's
                          ** that a name goes with; -1 none */
  int iNotCol;            /* a currency: the row's other currency column (made
                          ** first) it differs from (base and quote), -1 */
  const char *zPrefix;    /* literal text a value builds on: before a code (SKU
                          ** "SKU-"), what a site is ("warehouse"), the role a
                          ** bio's table names ("teacher") */
  int eTopic;             /* TOPIC_*: what free text is about */
  int iCue, eCue;         /* the column of the row this text follows, -1 none,
                          ** and what it is to it (CUE_*): made before it */
  double rCueLo, rCueHi;  /* a rating's scale: its lowest and highest value */
  i64 nNatural;           /* natural values of this column when they depend on
                          ** the table (product names of listed categories); 0:
                          ** the kind's own */
} FakeSpec;

typedef struct FakeGroup {
  int eGroup;   /* GRP_* */
  u64 key;      /* stream of this group */
  i64 iOrdinal; /* row it was computed for; -1 = not yet */
  int iAttempt;
  /*
  ** The unique index of a member that must be distinct (a unique e-mail
  ** drives its person, a unique company name its company), -1 if none:
  ** the group's choices are then that index in mixed radix.  nOver is
  ** what is left past the choices' product (a number appended).
  */
  i64 uDrive;
  i64 nOver;
  int iVariant; /* how an e-mail or user name is written */
  u64 xMore;    /* 64 bits for digits (postal codes, phones) */
  /* GRP_PERSON */
  int iFirst, iLast;
  int cSex;        /* 'f' or 'm': from the first name (drawn for unisex ones) */
  int isNonBinary; /* about one person in a hundred */
  /* only the names are made for the row (person_names_at): xMore, cSex and
  ** isNonBinary are drawn when fake_group_at() is next asked for it */
  int isNamesOnly;
  /* the tables of the locale the person was last drawn or written in
  ** (dict_names), looked up once rather than for each row */
  const DictNames *pNames;
  /* GRP_COMPANY */
  int iCoWord, iCoNoun, iCoLast, iCoLast2, iCoSuffix, iCoShape;
  /* GRP_ADDRESS; isSiteDrive: uDrive is a unique site name's (its city and
  ** form: fake_site_drive) */
  const DictCity *pCity;
  int isSiteDrive;
  int iStreet, iStreetType, nHouse;
  double rJitterLat, rJitterLon;
  /* GRP_FILE */
  int iFileType, iFileWord;
  /* GRP_WORLD: entries of dict_country, dict_currency_all, dict_language_all;
  ** iWorldDrive (WORLD_*) the one uDrive sets */
  int iCountry, iCurrency, iLanguage, iWorldDrive;
  /* GRP_PRODUCT: a line of dict_product_line, its noun and adjective (-1
  ** none).  aiLine/aLineW, when nLine > 0, are the lines a row may take and
  ** their weights (from the table's listed categories; -1: a category that
  ** names no line, then isUnmatched is set). */
  int iLine, iNoun, iAdj, isUnmatched;
  const int *aiLine;
  const double *aLineW;
  int nLine;
} FakeGroup;

typedef struct FakeRow {
  i64 iOrdinal;
  int iAttempt;
  const char *zTable; /* for kinds that vary with the table */
  int nGroup;
  FakeGroup *aGroup;
  const SydaVal *aVal; /* this row's values so far, by column index */
  const DictLocale *pLocale;
} FakeRow;

typedef struct FakeCtx {
  RngDraw d; /* draws for this value */
  i64 u;     /* unique index: the u-th distinct value; -1 = any */
  const FakeSpec *pSpec;
  FakeRow *pRow;
  SydaBuf *pBuf; /* the column's text buffer */
} FakeCtx;

typedef void (*FakeGenFn)(FakeCtx *, SydaVal *);
/*
** How many distinct values xGen makes from u = 0, 1, 2, ...:
**    0   it cannot (row.c then makes values distinct itself);
**    n   exactly n;
**   -1   as many as asked (a bijection of u's bits: UUIDs, hashes);
**   -n   n "natural" ones (names from word lists), then more with a number
**        added; row.c spreads the first n rows over them.
** And in *pnLong, when pnLong is not NULL, the most characters one of those
** values (the natural ones for -n) has under s, 0 when not known.  A value
** longer than its column is cut and numbered (row.c), which bounds how many
** a short column holds; values that always fit (a code made as long as the
** column allows, ISO codes) keep their own count.
*/
typedef i64 (*FakeCapFn)(const FakeSpec *, int *pnLong);

typedef struct FakeKind {
  const char *zName;
  const char *zDesc;
  int eClass;      /* TY_* of the natural value */
  double rLo, rHi; /* natural range of numbers (days/seconds for dates,
                      relative to FAKE_TODAY_DAYS when isRelative) */
  int nScale;      /* natural decimals, -1 any */
  int eDist;       /* natural distribution */
  int eGroup;      /* GRP_* the kind reads, GRP_NONE for none */
  FakeGenFn xGen;  /* NULL: row.c draws a number or date in the range */
  FakeCapFn xCap;
  int isRelative; /* date ranges are days before/after today */
} FakeKind;

/* The kinds (fake.c); fake_kind_at() is inline: each value asks for its kind. */
extern const FakeKind fake_kinds[];
extern const int fake_nkinds;
int fake_kind_count(void);
static inline const FakeKind *fake_kind_at(int i) {
  return (i >= 0 && i < fake_nkinds) ? &fake_kinds[i] : 0;
}
int fake_kind_find(const char *zName); /* -1 if none */
/* Kind names by role, for infer.c and row.c. */
int fake_kind_generic(int eType); /* the plain kind of a TY_ */

/* One value for ctx (ctx->pSpec->iKind has an xGen).  Inline: a call for
** each value of every generated column. */
static inline void fake_gen(FakeCtx *ctx, SydaVal *pOut) {
  fake_kinds[ctx->pSpec->iKind].xGen(ctx, pOut);
}

/* Group k of the row, its draws made for the row if not yet.  Inline: the
** columns of a group each ask for it, and only the first of a row draws. */
void fake_group_draw(FakeRow *r, FakeGroup *g);
static inline FakeGroup *fake_group_at(FakeRow *r, int k) {
  FakeGroup *g = &r->aGroup[k];
  if (g->iOrdinal != r->iOrdinal || g->iAttempt != r->iAttempt || g->isNamesOnly) fake_group_draw(r, g);
  return g;
}

/* 'f', 'm' or 'u' (either, other) when text z (n bytes) names a sex ("F",
** "female", "weiblich", "男性", "other"); 'F', 'M' or 'U' when it is a form
** of address ("Mrs.", "Herr", "Dr."); 0 when it is none of those. */
int fake_sex_word(const char *z, int n);

/* The entry of dict_currency_all that text v names: fake_currency_of the
** currency itself (by code or name: "EUR", "Euro"); fake_currency_from
** the currency of the country it names (by name or ISO code: "DE",
** "Japan"), else the currency itself.  -1 when none or not text.  (The
** three codes that are a country's and a currency's, BTN, MKD and SLE,
** are each the country's own currency.) */
int fake_currency_from(const SydaVal *v);
int fake_currency_of(const SydaVal *v);

/* Names product line iLine (dict_product_line) makes: each noun alone and
** with each adjective. */
i64 fake_product_line_cap(int iLine);

/* Shared text makers, also used by row.c for codes and fallbacks. */
void fake_words(RngDraw *d, SydaBuf *b, int nMinChars, int nMaxChars);
void fake_code36(SydaBuf *b, u64 v); /* base-36 upper-case code */

#endif /* SYDA_FAKE_H */
