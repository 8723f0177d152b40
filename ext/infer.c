/*
** infer.c — column -> semantic kind (see infer.h).
**
** The evidence, strongest first: a comment that lists values or gives a
** range (infer_comment.c); the column's name, split into lower-case words
** whatever its style (first_name, FirstName, BILLING_CITY, cust_email),
** abbreviations expanded (FIRST_NM), matched against the rules of
** infer_words.c by its last words, so that prefixes such as "billing" or
** "cust" are free to name a group, and read past a last word that only
** qualifies (gender_cd, year_built); words of the comment; the table the
** column is in (a "name" in customers, products or artists); and last the
** declared type.
**
**     Infer r;
**     infer_column(tab, iCol, zRuleDescription, &r);   -- r.iKind, r.zWhy, r.zGroup ...
*/
#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "fake.h"
#include "infer_int.h"
SQLITE_EXTENSION_INIT3

void infer_clear(Infer *r) {
  int i;
  sqlite3_free(r->zWhy);
  for (i = 0; i < r->nValue; i++)
    val_clear(&r->aValue[i]);
  sqlite3_free(r->aValue);
  val_clear(&r->lo);
  val_clear(&r->hi);
  sqlite3_free(r->zGroup);
  memset(r, 0, sizeof(*r));
  r->iKind = -1;
}

/* Words that start a name and name a group of columns rather than a kind. */
static const char *const azGroupPrefix[] = {
    "billing",  "bill",        "shipping", "ship",      "home",      "work",      "mailing",  "delivery",
    "primary",  "secondary",   "alt",      "alternate", "emergency", "contact",   "customer", "cust",
    "emp",      "employee",    "manager",  "owner",     "sender",    "recipient", "from",     "to",
    "origin",   "destination", "pickup",   "dropoff",   "hq",        "office",    "business", "personal",
    "parent",   "guardian",    "spouse",   "client",    "user",      "patient",   "provider", "vendor",
    "supplier", "physical",    "postal",   "legal",     "main",      "buyer",     "seller",   "student",
    "member",   "guest",       "author",   "driver",    "passenger",
    /* people by their role, each one a person of their own */
    "teacher", "instructor", "doctor", "physician", "nurse", "assignee", "reporter"};

static int is_group_prefix(const char *z) {
  int i;
  for (i = 0; i < (int)(sizeof(azGroupPrefix) / sizeof(azGroupPrefix[0])); i++) {
    if (strcmp(azGroupPrefix[i], z) == 0) return 1;
  }
  return 0;
}

/* Plurals in -ies of nouns in -ie, and nouns whose plural is the noun. */
static const char *const azIeNoun[] = {"movies",   "cookies", "calories", "zombies",  "rookies",
                                       "selfies",  "pies",    "ties",     "hoodies",  "smoothies",
                                       "brownies", "goalies", "newbies",  "freebies", 0};
static const char *const azSameOne[] = {"series", "species", 0};

/* The table's word, singular: "order_items" -> "item", "People" -> "person". */
static void table_noun(const char *zTable, char *zOut, int nOut) {
  Words w;
  int n;
  infer_name_words(zTable, &w);
  zOut[0] = 0;
  if (w.n == 0) return;
  sqlite3_snprintf(nOut, zOut, "%s", w.a[w.n - 1]);
  n = (int)strlen(zOut);
  if (strcmp(zOut, "people") == 0) {
    sqlite3_snprintf(nOut, zOut, "person");
  } else if (infer_in_list(zOut, azSameOne)) {
    /* series, species: one is many */
  } else if (infer_in_list(zOut, azIeNoun)) {
    zOut[n - 1] = 0; /* movies -> movie, not "movy" */
  } else if (n > 3 && strcmp(zOut + n - 3, "ies") == 0) {
    zOut[n - 3] = 'y';
    zOut[n - 2] = 0;
  } else if (n > 4 && (strcmp(zOut + n - 4, "sses") == 0 || strcmp(zOut + n - 4, "ches") == 0 ||
                       strcmp(zOut + n - 4, "shes") == 0 || strcmp(zOut + n - 4, "xes") == 0)) {
    zOut[n - 2] = 0;
  } else if (n > 3 && zOut[n - 1] == 's' && zOut[n - 2] != 's' && zOut[n - 2] != 'u') {
    zOut[n - 1] = 0;
  }
}

static const char *const azPersonTable[] = {
    "customer", "user", "person", "employee", "staff", "patient", "member", "contact", "student", "author",
    "teacher", "instructor", "driver", "passenger", "guest", "client", "subscriber", "applicant", "candidate",
    "doctor", "physician", "nurse", "owner", "buyer", "seller", "actor", "director", "writer", "reader",
    "player", "agent", "lead", "volunteer", "worker", "tenant", "traveler", "traveller", "attendee",
    "speaker", "participant", "recipient", "beneficiary", "manager", "rep",
    /* people by their role in a row */
    "visitor", "adjuster", "holder", "cardholder", "policyholder", "insured", "claimant", "witness",
    "borrower", "landlord", "resident", "occupant", "winner", "caller", "requester", "requestor", "reporter",
    "reviewer", "approver", "assignee", "creator", "organizer", "organiser", "coach", "trainer", "therapist",
    "dentist", "pharmacist", "technician", "engineer", "developer", "designer", "consultant", "courier",
    "rider", "pilot", "athlete", "musician", "singer", "child", "parent", "father", "mother", "spouse",
    "referrer", "officer", "clerk", "cashier", "teller", "realtor", "inspector", "lawyer", "attorney",
    "guarantor", "cosigner", "dependent", "dependant", "sender", "signer", "signatory", "payee", "payer",
    "donor", "surgeon", "caregiver", "guardian", "mentor", "tutor", "pupil", "learner", "trainee", "intern",
    "supervisor", "founder", "investor", "shareholder", "adopter", "renter", "lessee", "lessor", 0};
static const char *const azOrgTable[] = {
    "company", "organization", "organisation", "vendor", "supplier", "shipper", "publisher", "manufacturer",
    "carrier", "partner", "brand", "bank", "agency", "firm", "business", "employer", "institution", "school",
    "university", "hospital", "clinic", "practice", "provider", "insurer", "merchant", "store", "shop",
    "team", "club", "account", "tenant_org", "lab",
    /* businesses a row may name */
    "restaurant", "cafe", "bakery", "hotel", "salon", "gym", "pharmacy", "dealer", "dealership", "retailer",
    "wholesaler", "distributor", "lender", "airline", "charity", "nonprofit", "foundation", "studio",
    "startup", "franchise", "contractor", 0};

/* Does the table look like one about organisations (industry, website)? */
static int table_is_org(const SchemaTable *t) {
  int i;
  for (i = 0; i < t->nCol; i++) {
    Words w;
    infer_name_words(t->aCol[i].zName, &w);
    if (infer_words_end_with(&w, "industry") >= 0 || infer_words_end_with(&w, "website") >= 0 ||
        infer_words_end_with(&w, "employees") >= 0 || infer_words_end_with(&w, "annual revenue") >= 0 ||
        infer_words_end_with(&w, "domain") >= 0 || infer_words_end_with(&w, "homepage") >= 0 ||
        infer_words_end_with(&w, "tax id") >= 0 || infer_words_end_with(&w, "vat number") >= 0) {
      return 1;
    }
  }
  return 0;
}

static int table_has(const SchemaTable *t, const char *zPat) {
  int i;
  for (i = 0; i < t->nCol; i++) {
    Words w;
    infer_name_words(t->aCol[i].zName, &w);
    if (infer_words_end_with(&w, zPat) >= 0) return 1;
  }
  return 0;
}

int infer_table_has(const SchemaTable *t, const char *zPat) {
  return table_has(t, zPat);
}

/* Does the table hold payment cards?  Its noun, or a card's other fields. */
static int table_pays(const SchemaTable *t, const char *zNoun) {
  static const char *const azNoun[] = {"card", "payment", "transaction", "wallet", "charge", 0};
  return infer_in_list(zNoun, azNoun) || table_has(t, "cvv") || table_has(t, "cvc") ||
         table_has(t, "card holder") || table_has(t, "cardholder") || table_has(t, "card brand") ||
         table_has(t, "card type") || table_has(t, "expiry month") || table_has(t, "exp month");
}

/*
** A "name" or "title" column of a thing called zNoun: the table's own noun,
** or the word before "name" (airport_name, visitor_name).  bTable: zNoun
** is the table's, so its other columns may tell too (an industry or a
** website: a company; a first and a last name: a person).  eDomain: a
** "title" in a book, film or music database.  Returns 0 for a name when
** nothing tells.
*/
static const char *name_by_noun(const SchemaTable *t, const char *zNoun, int isTitle, int eDomain,
                                int bTable) {
  static const struct {
    const char *zNoun;
    const char *zName;  /* for "name" */
    const char *zTitle; /* for "title" */
  } aMap[] = {
      {"product", "product_name", "product_name"},
      {"item", "product_name", "product_name"},
      {"good", "product_name", "product_name"},
      {"service", "product_name", "product_name"},
      {"plan", "product_name", "product_name"},
      {"package", "product_name", "product_name"},
      {"category", "product_category", "product_category"},
      {"department", "department", "department"},
      {"genre", "music_genre", "music_genre"},
      {"artist", "artist", "artist"},
      {"band", "artist", "artist"},
      {"album", "album_title", "album_title"},
      {"track", "song_title", "song_title"},
      {"song", "song_title", "song_title"},
      {"playlist", "album_title", "album_title"},
      {"film", "film_title", "film_title"},
      {"movie", "film_title", "film_title"},
      {"show", "film_title", "film_title"},
      {"episode", "film_title", "film_title"},
      {"book", "book_title", "book_title"},
      {"novel", "book_title", "book_title"},
      {"language", "language", "language"},
      {"country", "country", "country"},
      {"nation", "country", "country"},
      {"city", "city", "city"},
      {"town", "city", "city"},
      {"state", "state", "state"},
      {"region", "state", "state"},
      {"province", "state", "state"},
      {"territory", "state", "state"},
      {"tag", "word", "word"},
      {"label", "word", "word"},
      {"role", "job_title", "job_title"},
      {"job", "job_title", "job_title"},
      {"position", "job_title", "job_title"},
      {"skill", "word", "word"},
      {"industry", "industry", "industry"},
      {"currency", "currency_name", "currency_name"},
      {"color", "color", "color"},
      {"post", 0, "sentence"},
      {"article", 0, "sentence"},
      {"page", 0, "sentence"},
      {"story", 0, "sentence"},
      {"news", 0, "sentence"},
      {"task", 0, "sentence"},
      {"ticket", 0, "sentence"},
      {"issue", 0, "sentence"},
      {"event", 0, "sentence"},
      {"course", 0, "sentence"},
      {"lesson", 0, "sentence"},
      {"project", "album_title", "sentence"},
      {"campaign", "album_title", "sentence"},
      {"listing", 0, "sentence"},
  };
  int i;
  for (i = 0; i < (int)(sizeof(aMap) / sizeof(aMap[0])); i++) {
    if (strcmp(aMap[i].zNoun, zNoun) == 0) {
      const char *z = isTitle ? aMap[i].zTitle : aMap[i].zName;
      if (z) return z;
    }
  }
  if (isTitle) {
    /* people tables: a title is a job title (or Mr./Ms. when short) */
    if (infer_in_list(zNoun, azPersonTable)) return "job_title";
    /* a catalogue of titles in a library, a film or a music database */
    if (strcmp(zNoun, "title") == 0 || strcmp(zNoun, "work") == 0) {
      if (eDomain == DOMAIN_BOOK) return "book_title";
      if (eDomain == DOMAIN_FILM) return "film_title";
      if (eDomain == DOMAIN_MUSIC) return "song_title";
    }
    return "sentence";
  }
  if (infer_in_list(zNoun, azOrgTable) || (bTable && table_is_org(t))) return "company";
  if (infer_in_list(zNoun, azPersonTable)) return "full_name";
  if (bTable && (table_has(t, "first name") || table_has(t, "last name"))) return "full_name";
  return 0; /* an airport's, a branch's name: no kind says more than text */
}

/*
** A table that is a list of the world's countries, currencies or
** languages: "countries", "currency", "iso_languages".  Returns the kind
** of its code (country_code, currency_code, language_code), or 0.
*/
static const char *world_table_code(const char *zNoun) {
  if (strcmp(zNoun, "country") == 0 || strcmp(zNoun, "nation") == 0) return "country_code";
  if (strcmp(zNoun, "currency") == 0) return "currency_code";
  if (strcmp(zNoun, "language") == 0) return "language_code";
  return 0;
}

/*
** Do the words of a name say only that it is a code (code, iso_code, iso2,
** alpha_3, abbr, the table's own noun with one of them), and not what else
** (phone_code, dial_code)?  *p3: a three-letter one (alpha3, iso_3).
*/
static int words_say_code(const Words *w, const char *zNoun, int *p3) {
  static const char *const azCode[] = {"code", "iso", "alpha", "abbr", "abbrev", "abbreviation", "cca", 0};
  static const char *const azWith[] = {"2", "3", "a", "letter", "two", "three", "char", "short", 0};
  int i, nCode = 0;
  *p3 = 0;
  for (i = 0; i < w->n; i++) {
    if (infer_in_list(w->a[i], azCode)) {
      nCode++;
    } else if (strcmp(w->a[i], "3") == 0 || strcmp(w->a[i], "three") == 0) {
      *p3 = 1;
    } else if (!infer_in_list(w->a[i], azWith) && strcmp(w->a[i], zNoun) != 0) {
      return 0;
    }
  }
  return nCode > 0;
}

/* Is the declared type a fixed-length CHAR(n) (not VARCHAR)? */
static int type_is_fixed_char(const SchemaColumn *c) {
  return sqlite3_strnicmp(c->zType, "CHAR(", 5) == 0 || sqlite3_strnicmp(c->zType, "NCHAR(", 6) == 0 ||
         sqlite3_strnicmp(c->zType, "CHARACTER(", 10) == 0 || sqlite3_strnicmp(c->zType, "CHAR (", 6) == 0;
}

/* Drop a trailing unit (weight_lbs, length_cm, price_usd) from w. */
static int words_drop_unit(Words *w) {
  static const char *const azUnit[] = {"kg", "lb", "lbs", "g",   "gr",  "oz",  "cm",    "mm",      "km", "mi",
                                       "ft", "m3", "usd", "eur", "gbp", "jpy", "cents", "percent", 0};
  int i;
  if (w->n < 2) return 0;
  for (i = 0; azUnit[i]; i++) {
    if (strcmp(w->a[w->n - 1], azUnit[i]) == 0) {
      w->n--;
      return 1;
    }
  }
  return 0;
}

/* Is kind i a date or time kind? */
static int row_kind_is_date(int i) {
  const FakeKind *k = fake_kind_at(i);
  return k && (k->eClass == TY_DATE || k->eClass == TY_DATETIME || k->eClass == TY_TIME);
}

/* Is kind i a number kind (a price, a year, a count)? */
static int kind_is_number(int i) {
  const FakeKind *k = fake_kind_at(i);
  return k && (k->eClass == TY_INT || k->eClass == TY_REAL || k->eClass == TY_NUMERIC);
}

/* Could a column of declared type eType hold kind i?  Only what tells one
** reading of a name from another: numbers do not go in dates, nor dates
** in decimals, nor words in numbers. */
static int kind_fits_type(int i, int eType) {
  const FakeKind *k = fake_kind_at(i);
  int isNum = kind_is_number(i) || (k && k->eClass == TY_BOOL);
  int isDate = row_kind_is_date(i);
  switch (eType) {
    case TY_INT:
      return isNum || isDate; /* dates as Unix seconds */
    case TY_REAL:
    case TY_NUMERIC:
    case TY_BOOL:
      return isNum;
    case TY_DATE:
    case TY_DATETIME:
    case TY_TIME:
      return isDate;
    default:
      return 1;
  }
}

/* A past participle that says what happened to a measure: year_built,
** price_paid, qty_sold, amount_due. */
static int word_is_participle(const char *z) {
  static const char *const azIrregular[] = {"built", "sold",  "paid",  "due",    "owed",    "spent",
                                            "won",   "lost",  "made",  "held",   "given",   "taken",
                                            "grown", "drawn", "flown", "driven", "written", 0};
  int n = (int)strlen(z);
  if (n >= 5 && strcmp(z + n - 2, "ed") == 0 && z[n - 3] != 'e') return 1;
  return infer_in_list(z, azIrregular);
}

/* Kinds whose values a short code can stand for: gender_cd, status_code. */
static const char *const azCodedKind[] = {"gender",  "status",        "language", "state",
                                          "country", "currency_code", 0};

/*
** The name rule for a column's words w, when the plain match says little:
**   weight_lbs, length_cm   the name without its unit;
**   pace_sec_per_km         a rate is measured like what comes before "per"
**                           (a number only in a column that holds one);
**   gender_cd, LAST_UPD_TS  a generic last word (code, date, timestamp ...)
**                           after words that name a kind of that sort;
**   year_built, amount_due  a measure followed by what happened to it.
*/
static int name_match(const SchemaColumn *c, const Words *w, int *pStr, int *pnPre, const char **pzPat) {
  static const char *const azDateHead[] = {"date", "time", "timestamp", "datetime", "at", "on", 0};
  int iKind = infer_match_rules(infer_aNameRule, infer_nNameRule, w, 0, pStr, pnPre, pzPat);
  int s2 = 0, p2 = 0, k2, i;
  const char *z2 = 0;
  const char *zLast = w->n > 0 ? w->a[w->n - 1] : "";
  Words v = *w;
  if (words_drop_unit(&v) && (iKind < 0 || *pStr < 2)) {
    k2 = infer_match_rules(infer_aNameRule, infer_nNameRule, &v, 0, &s2, &p2, &z2);
    if (k2 >= 0 && s2 >= *pStr) goto take;
  }
  for (i = 1; i < w->n && strcmp(w->a[i], "per") != 0; i++) {
  }
  if (i < w->n && (iKind < 0 || *pStr < 2)) {
    v = *w;
    v.n = i;
    k2 = infer_match_rules(infer_aNameRule, infer_nNameRule, &v, 0, &s2, &p2, &z2);
    /* a rate written out in text ("10 boxes x 20 bags") is no number */
    if (k2 >= 0 && !(kind_is_number(k2) && c->eType == TY_TEXT)) goto take;
  }
  v = *w;
  v.n--;
  if (w->n >= 2 && (iKind < 0 || *pStr < 2)) {
    int isDateHead = infer_in_list(zLast, azDateHead), isCodeHead = strcmp(zLast, "code") == 0;
    if (isDateHead || isCodeHead) {
      k2 = infer_match_rules(infer_aNameRule, infer_nNameRule, &v, 0, &s2, &p2, &z2);
      if (k2 >= 0 && s2 >= 2 &&
          (isDateHead ? row_kind_is_date(k2) : infer_in_list(fake_kind_at(k2)->zName, azCodedKind))) {
        goto take;
      }
    }
  }
  if (w->n >= 2 && (iKind < 0 || !kind_fits_type(iKind, c->eType)) && word_is_participle(zLast)) {
    k2 = infer_match_rules(infer_aNameRule, infer_nNameRule, &v, 0, &s2, &p2, &z2);
    if (k2 >= 0 && kind_fits_type(k2, c->eType) &&
        (kind_is_number(k2) || (row_kind_is_date(k2) && (c->eType == TY_DATE || c->eType == TY_DATETIME)))) {
      goto take;
    }
  }
  return iKind;
take:
  *pStr = s2;
  *pnPre = p2;
  *pzPat = z2;
  return k2;
}

/* Last words that only say "a date": check_in_date, lastLoginAt, issued_on. */
static const char *const azChainHead[] = {"date", "time", "timestamp", "datetime", "at", "on", "utc", 0};

/* Does a column of t other than iCol end with one of the words az, with or
** without a last word that only says "a date"?  bBefore: only the columns
** declared before iCol. */
static int table_has_date(const SchemaTable *t, int iCol, const char *const *az, int bBefore) {
  int i, j;
  for (i = 0; i < (bBefore ? iCol : t->nCol); i++) {
    Words v;
    if (i == iCol) continue;
    infer_name_words(t->aCol[i].zName, &v);
    for (j = 0; az[j]; j++) {
      if (infer_words_end_with(&v, az[j]) >= 0) return 1;
      if (v.n >= 2 && infer_in_list(v.a[v.n - 1], azChainHead)) {
        v.n--;
        if (infer_words_end_with(&v, az[j]) >= 0) return 1;
        v.n++;
      }
    }
  }
  return 0;
}

/* Does a column of t other than iCol, declared before it, end with one of
** the words az (the other end of a trip)? */
static int trip_other_first(const SchemaTable *t, int iCol, const char *const *az) {
  return table_has_date(t, iCol, az, 1);
}


static const char *const azDepart[] = {"departure", "depart", "departs", "departed", 0};
static const char *const azLoanStart[] = {"borrowed", "borrow", "loaned", "loan", "lent", "checked out", 0};
static const char *const azLoanEnd[] = {"due", "due back", "return", "returned", 0};
static const char *const azCheckIn[] = {"check in", "checkin", "checked in", 0};
static const char *const azCheckOut[] = {"check out", "checkout", 0};

/*
** A date whose words mean more than one thing, read from the others: a
** return after a departure ends a trip, after a loan's start a loan; a due
** date after a loan's start falls due weeks later; a check-out is a loan's
** start, not a hotel stay's end, when the table has no check-in and has a
** due or return date (a library's checkout_date and due_back).
*/
static void chain_in_table(const SchemaTable *t, int iCol, const char *zPat, Infer *r) {
  static const char *const azReturn[] = {"return date", "returned", "return", "returns", 0};
  static const char *const azDue[] = {"due back", "due date", "due", 0};
  int isReturn = infer_in_list(zPat, azReturn), isDue = infer_in_list(zPat, azDue), isLoan;
  if (infer_in_list(zPat, azCheckOut)) {
    if (!table_has_date(t, iCol, azCheckIn, 0) && table_has_date(t, iCol, azLoanEnd, 0)) {
      r->eChain = CHAIN_LOAN, r->iStage = 0, r->eGap = GAP_CHAIN;
    }
    return;
  }
  if (!isReturn && !isDue) return;
  isLoan = table_has_date(t, iCol, azLoanStart, 0) ||
           (!table_has_date(t, iCol, azCheckIn, 0) && table_has_date(t, iCol, azCheckOut, 0));
  if (isLoan) {
    /* a return and a due date both count from the loan's start */
    r->eChain = CHAIN_LOAN, r->iStage = 1, r->eGap = isDue ? GAP_LOAN : GAP_RETURN;
  } else if (isReturn && table_has_date(t, iCol, azDepart, 0)) {
    r->eChain = CHAIN_TRIP, r->iStage = 2, r->eGap = GAP_TRIP;
  }
}

/*
** Date chains: which dates follow which in a row, and how far apart.
** The words are matched at the end of the name, then without a last word
** that only says "a date" (check_in_date, lastLoginAt, issued_on).  An
** arrival and a departure come in the order the table declares them: a
** hotel stay starts with the arrival (1 to 14 nights), a flight with the
** departure (hours).
*/
static void infer_chain(const SchemaTable *t, int iCol, const Words *w, int iKind, Infer *r) {
  const FakeKind *k = fake_kind_at(iKind);
  static const struct {
    const char *zPat;
    int eChain, iStage, eGap;
  } aChain[] = {
      {"created", CHAIN_LIFE, 0, 0},
      {"created at", CHAIN_LIFE, 0, 0},
      {"created on", CHAIN_LIFE, 0, 0},
      {"creation date", CHAIN_LIFE, 0, 0},
      {"date created", CHAIN_LIFE, 0, 0},
      {"registered at", CHAIN_LIFE, 0, 0},
      {"registered", CHAIN_LIFE, 0, 0},
      {"registration", CHAIN_LIFE, 0, 0},
      {"signup", CHAIN_LIFE, 0, 0},
      {"sign up", CHAIN_LIFE, 0, 0},
      {"signed up", CHAIN_LIFE, 0, 0},
      {"joined", CHAIN_LIFE, 0, 0},
      {"date joined", CHAIN_LIFE, 0, 0},
      {"updated", CHAIN_LIFE, 1, 0},
      {"updated at", CHAIN_LIFE, 1, 0},
      {"last update", CHAIN_LIFE, 1, 0},
      {"modified", CHAIN_LIFE, 1, 0},
      {"last modified", CHAIN_LIFE, 1, 0},
      {"modified at", CHAIN_LIFE, 1, 0},
      {"last updated", CHAIN_LIFE, 1, 0},
      {"deleted at", CHAIN_LIFE, 2, 0},
      {"last login", CHAIN_LIFE, 2, GAP_SINCE},
      {"last logged in", CHAIN_LIFE, 2, GAP_SINCE},
      {"last sign in", CHAIN_LIFE, 2, GAP_SINCE},
      {"last signed in", CHAIN_LIFE, 2, GAP_SINCE},
      {"last seen", CHAIN_LIFE, 2, GAP_SINCE},
      {"last active", CHAIN_LIFE, 2, GAP_SINCE},
      {"last activity", CHAIN_LIFE, 2, GAP_SINCE},
      {"last access", CHAIN_LIFE, 2, GAP_SINCE},
      {"last accessed", CHAIN_LIFE, 2, GAP_SINCE},
      {"last visit", CHAIN_LIFE, 2, GAP_SINCE},
      {"order date", CHAIN_ORDER, 0, 0},
      {"ordered at", CHAIN_ORDER, 0, 0},
      {"placed at", CHAIN_ORDER, 0, 0},
      {"purchase date", CHAIN_ORDER, 0, 0},
      {"orderdate", CHAIN_ORDER, 0, 0},
      {"rental date", CHAIN_ORDER, 0, 0},
      {"invoice date", CHAIN_ORDER, 0, 0},
      {"issue date", CHAIN_ORDER, 0, 0},
      {"issued", CHAIN_ORDER, 0, 0},
      {"date issued", CHAIN_ORDER, 0, 0},
      {"invoiced", CHAIN_ORDER, 0, 0},
      {"billed", CHAIN_ORDER, 0, 0},
      {"opened", CHAIN_ORDER, 0, 0},
      {"open date", CHAIN_ORDER, 0, 0},
      {"service date", CHAIN_ORDER, 0, 0},
      {"visit date", CHAIN_ORDER, 0, 0},
      {"submitted date", CHAIN_ORDER, 1, 0},
      {"submitted at", CHAIN_ORDER, 1, 0},
      {"required date", CHAIN_ORDER, 2, 0},
      {"ship date", CHAIN_ORDER, 1, 0},
      {"shipped date", CHAIN_ORDER, 1, 0},
      {"shipped at", CHAIN_ORDER, 1, 0},
      {"shipped", CHAIN_ORDER, 1, 0},
      {"shipped on", CHAIN_ORDER, 1, 0},
      {"dispatched at", CHAIN_ORDER, 1, 0},
      {"return date", CHAIN_ORDER, 2, 0},
      {"returned", CHAIN_ORDER, 2, 0},
      {"return", CHAIN_ORDER, 2, 0},
      {"returns", CHAIN_ORDER, 2, 0},
      {"decided date", CHAIN_ORDER, 2, 0},
      {"delivery date", CHAIN_ORDER, 2, 0},
      {"delivered at", CHAIN_ORDER, 2, 0},
      {"delivered date", CHAIN_ORDER, 2, 0},
      {"delivered", CHAIN_ORDER, 2, 0},
      {"received date", CHAIN_ORDER, 2, 0},
      {"paid date", CHAIN_ORDER, 3, 0},
      {"paid", CHAIN_ORDER, 3, 0},
      {"paid at", CHAIN_ORDER, 3, 0},
      {"payment date", CHAIN_ORDER, 3, 0},
      {"due back", CHAIN_ORDER, 3, GAP_LOAN},
      {"due date", CHAIN_ORDER, 3, GAP_DUE},
      {"due", CHAIN_ORDER, 3, GAP_DUE},
      {"resolved", CHAIN_ORDER, 2, GAP_RESOLVE},
      {"resolution date", CHAIN_ORDER, 2, GAP_RESOLVE},
      {"closed", CHAIN_ORDER, 3, GAP_RESOLVE},
      {"close date", CHAIN_ORDER, 3, GAP_RESOLVE},
      {"completed", CHAIN_ORDER, 3, GAP_RESOLVE},
      {"completion date", CHAIN_ORDER, 3, GAP_RESOLVE},
      {"finished", CHAIN_ORDER, 3, GAP_RESOLVE},
      {"borrowed", CHAIN_LOAN, 0, 0},
      {"borrow date", CHAIN_LOAN, 0, 0},
      {"loaned", CHAIN_LOAN, 0, 0},
      {"loan date", CHAIN_LOAN, 0, 0},
      {"lent", CHAIN_LOAN, 0, 0},
      {"checked out", CHAIN_LOAN, 0, 0},
      {"birth date", CHAIN_PERSON, 0, 0},
      {"date of birth", CHAIN_PERSON, 0, 0},
      {"birthdate", CHAIN_PERSON, 0, 0},
      {"dob", CHAIN_PERSON, 0, 0},
      {"birthday", CHAIN_PERSON, 0, 0},
      {"hire date", CHAIN_PERSON, 1, 0},
      {"hired at", CHAIN_PERSON, 1, 0},
      {"hired on", CHAIN_PERSON, 1, 0},
      {"hired", CHAIN_PERSON, 1, 0},
      {"hiredate", CHAIN_PERSON, 1, 0},
      {"termination date", CHAIN_PERSON, 2, 0},
      {"terminated at", CHAIN_PERSON, 2, 0},
      {"terminated", CHAIN_PERSON, 2, 0},
      {"enrolled", CHAIN_STUDY, 0, 0},
      {"enrollment", CHAIN_STUDY, 0, 0},
      {"enrolment", CHAIN_STUDY, 0, 0},
      {"graduated", CHAIN_STUDY, 1, GAP_STUDY},
      {"graduation", CHAIN_STUDY, 1, GAP_STUDY},
      {"admitted", CHAIN_CARE, 0, 0},
      {"admission", CHAIN_CARE, 0, 0},
      {"discharged", CHAIN_CARE, 1, GAP_ADMIT},
      {"discharge", CHAIN_CARE, 1, GAP_ADMIT},
      {"period start", CHAIN_PERIOD, 0, 0},
      {"period end", CHAIN_PERIOD, 1, GAP_TERM},
      {"canceled", CHAIN_PERIOD, 1, GAP_CANCEL},
      {"cancelled", CHAIN_PERIOD, 1, GAP_CANCEL},
      {"end date", CHAIN_PERIOD, 1, 0},
      {"start date", CHAIN_PERIOD, 0, 0},
      {"starts at", CHAIN_PERIOD, 0, GAP_SPAN},
      {"scheduled", CHAIN_PERIOD, 0, GAP_SPAN},
      {"start", CHAIN_PERIOD, 0, GAP_SPAN},
      {"started", CHAIN_PERIOD, 0, GAP_SPAN},
      {"begin date", CHAIN_PERIOD, 0, 0},
      {"begin", CHAIN_PERIOD, 0, GAP_SPAN},
      {"begins at", CHAIN_PERIOD, 0, GAP_SPAN},
      {"valid from", CHAIN_PERIOD, 0, 0},
      {"starts", CHAIN_PERIOD, 0, GAP_SPAN},
      {"start time", CHAIN_PERIOD, 0, GAP_SPAN},
      {"check in", CHAIN_PERIOD, 0, GAP_STAY},
      {"checkin", CHAIN_PERIOD, 0, GAP_STAY},
      {"ends at", CHAIN_PERIOD, 1, GAP_SPAN},
      {"end", CHAIN_PERIOD, 1, GAP_SPAN},
      {"ends", CHAIN_PERIOD, 1, GAP_SPAN},
      {"ended", CHAIN_PERIOD, 1, GAP_SPAN},
      {"finish date", CHAIN_PERIOD, 1, 0},
      {"valid to", CHAIN_PERIOD, 1, GAP_VALID},
      {"valid until", CHAIN_PERIOD, 1, GAP_VALID},
      {"valid through", CHAIN_PERIOD, 1, GAP_VALID},
      {"valid thru", CHAIN_PERIOD, 1, GAP_VALID},
      {"effective from", CHAIN_PERIOD, 0, 0},
      {"effective to", CHAIN_PERIOD, 1, GAP_VALID},
      {"effective until", CHAIN_PERIOD, 1, GAP_VALID},
      {"end time", CHAIN_PERIOD, 1, GAP_SPAN},
      {"opens", CHAIN_PERIOD, 0, GAP_SPAN},
      {"opening", CHAIN_PERIOD, 0, GAP_SPAN},
      {"closes", CHAIN_PERIOD, 1, GAP_SPAN},
      {"closing", CHAIN_PERIOD, 1, GAP_SPAN},
      {"check out", CHAIN_PERIOD, 1, GAP_STAY},
      {"checkout", CHAIN_PERIOD, 1, GAP_STAY},
      {"expires at", CHAIN_PERIOD, 1, 0},
      {"expiry date", CHAIN_PERIOD, 1, 0},
      {"expiration date", CHAIN_PERIOD, 1, 0},
      {"pickup", CHAIN_RIDE, 0, 0},
      {"pick up", CHAIN_RIDE, 0, 0},
      {"picked up", CHAIN_RIDE, 0, 0},
      {"dropoff", CHAIN_RIDE, 1, GAP_RIDE},
      {"drop off", CHAIN_RIDE, 1, GAP_RIDE},
      {"dropped off", CHAIN_RIDE, 1, GAP_RIDE},
  };
  static const char *const azArrive[] = {"arrival", "arrive", "arrives", "arrived", 0};
  Words v = *w;
  int i, pass;
  int eType = t->aCol[iCol].eType;
  /* a date by its kind, or by its type when the name read as another kind
  ** (last_login DATETIME is no login name) */
  int isTime = (k && k->eClass == TY_TIME) || eType == TY_TIME;
  if (!(k && (k->eClass == TY_DATE || k->eClass == TY_DATETIME)) && eType != TY_DATE &&
      eType != TY_DATETIME && !isTime) {
    return;
  }
  for (pass = 0; pass < 2; pass++) {
    if (pass == 1) {
      if (v.n < 2 || !infer_in_list(v.a[v.n - 1], azChainHead)) return;
      v.n--; /* check_in_date, lastLoginAt, issued_on */
    }
    for (i = 0; i < (int)(sizeof(aChain) / sizeof(aChain[0])); i++) {
      if (infer_words_end_with(&v, aChain[i].zPat) >= 0) {
        /* times of day: a start and an end, a pickup and a drop-off */
        if (isTime && aChain[i].eGap != GAP_SPAN && aChain[i].eChain != CHAIN_RIDE) return;
        r->eChain = aChain[i].eChain;
        r->iStage = aChain[i].iStage;
        r->eGap = aChain[i].eGap;
        chain_in_table(t, iCol, aChain[i].zPat, r);
        return;
      }
    }
    for (i = 0; i < 2 && !isTime; i++) {
      const char *const *az = i == 0 ? azArrive : azDepart;
      int j;
      for (j = 0; az[j]; j++) {
        if (infer_words_end_with(&v, az[j]) >= 0) {
          /* the one the table declares first comes first */
          r->eChain = CHAIN_TRIP;
          r->iStage = trip_other_first(t, iCol, i == 0 ? azDepart : azArrive);
          r->eGap = (i == 0) == (r->iStage == 1) ? GAP_FLIGHT : GAP_STAY;
          return;
        }
      }
    }
  }
}

/*
** A booking comes before what it books: booked_at, booking_date or
** reserved_on before a stay's check-in, a rental's start or pickup (a day
** to three months ahead).  When the table has both, the booking opens the
** chain (stage 0) and the dates it books move one stage on.  A start of
** minutes-long events (starts_at of an appointment) is left as it is: its
** end's gap counts from it.
*/
static void chain_booked(const SchemaTable *t, int iCol, const Words *w, Infer *r) {
  static const char *const azBooked[] = {"booked",       "booked at",   "booked on",        "booking date",
                                         "date booked",  "reserved at", "reserved on",      "reservation date",
                                         "date reserved", 0};
  static const char *const azStart[] = {"check in", "checkin", "checked in", "start date", "begin date", 0};
  static const char *const azPickup[] = {"pickup", "pick up", "picked up", 0};
  int eType = t->aCol[iCol].eType;
  int hasStart = table_has_date(t, -1, azStart, 0);
  /* the chain a booking joins: a stay's or a period's, else a ride's */
  int eJoin = hasStart ? CHAIN_PERIOD : table_has_date(t, -1, azPickup, 0) ? CHAIN_RIDE : CHAIN_NONE;
  if (eJoin == CHAIN_NONE) return;
  if (r->eChain == CHAIN_NONE) {
    const FakeKind *k = fake_kind_at(r->iKind);
    int i, isDate = (k && (k->eClass == TY_DATE || k->eClass == TY_DATETIME)) || eType == TY_DATE ||
                        eType == TY_DATETIME;
    for (i = 0; isDate && azBooked[i] && infer_words_end_with(w, azBooked[i]) < 0; i++) {
    }
    if (isDate && azBooked[i]) r->eChain = eJoin, r->iStage = 0, r->eGap = GAP_CHAIN;
    return;
  }
  if (r->eChain != eJoin || (r->iStage == 0 && r->eGap == GAP_SPAN)) return;
  if (!table_has_date(t, iCol, azBooked, 0)) return;
  if (r->iStage == 0) r->eGap = GAP_LEAD;
  r->iStage++;
}

/* Does word z, or its singular, name a scheduled event? */
static int word_is_event(const char *z) {
  static const char *const az[] = {
      "appointment", "appt",     "meeting",   "visit",   "booking",  "reservation", "class",   "lesson",
      "lecture",     "tutorial", "tutoring",  "interview", "consultation", "consult", "checkup", "exam",
      "examination", "surgery",  "therapy",   "training", "seminar", "workshop",    "webinar", "tour",
      "viewing",     "showing",  "hearing",   "demo",    "slot",     "inspection",  "appraisal", 0};
  char zOne[24];
  int n = (int)strlen(z);
  if (infer_in_list(z, az)) return 1;
  if (n < 3 || n >= (int)sizeof(zOne) || z[n - 1] != 's') return 0;
  memcpy(zOne, z, (size_t)n);
  zOne[n - 1] = 0; /* meetings */
  if (infer_in_list(zOne, az)) return 1;
  zOne[n - 2] = 0; /* classes */
  return zOne[n - 3] == 's' && infer_in_list(zOne, az);
}

/* Does the table log visits to a web site (a url, a user agent, an IP)?
** Its times are records, at any hour. */
static int table_is_web(const SchemaTable *t) {
  static const char *const az[] = {"url",          "user agent", "referrer",    "referer",
                                   "ip",           "ip address", "path",        "page",
                                   "landing page", "utm source", "http status", 0};
  int i;
  for (i = 0; az[i]; i++)
    if (table_has(t, az[i])) return 1;
  return 0;
}

/* Is a table of reservations or bookings one of tables at a restaurant:
** its name or a parent's says so (restaurant_bookings, a restaurant_id),
** or its columns count diners (party_size, covers; guests, unless it
** books a room)? */
static int table_is_dining(const SchemaTable *t, const Words *wt) {
  static const char *const azWord[] = {"restaurant", "restaurants", "dining",    "diner",    "bistro", "cafe",
                                       "eatery",     "brasserie",   "trattoria", "pizzeria", 0};
  static const char *const azCol[] = {
      "party size",   "party",    "covers",   "cover count", "diners",        "diner count",
      "table number", "table no", "table id", "restaurant",  "restaurant id", "restaurant name",
      "seating",      0};
  static const char *const azGuest[] = {"guests",        "guest count", "number of guests",
                                        "number guests", "pax",         0};
  static const char *const azRoom[] = {"room",   "room id", "room number", "check in",    "check in date",
                                       "nights", "hotel",   "hotel id",    "property id", "arrival date",
                                       0};
  int i, j;
  for (j = 0; j < wt->n; j++)
    if (infer_in_list(wt->a[j], azWord)) return 1;
  for (i = 0; i < t->nFk; i++) {
    Words wp;
    infer_name_words(t->aFk[i].zParent, &wp);
    for (j = 0; j < wp.n; j++)
      if (infer_in_list(wp.a[j], azWord)) return 1;
  }
  for (i = 0; azCol[i]; i++)
    if (table_has(t, azCol[i])) return 1;
  for (i = 0; azRoom[i]; i++)
    if (table_has(t, azRoom[i])) return 0;
  for (i = 0; azGuest[i]; i++)
    if (table_has(t, azGuest[i])) return 1;
  return 0;
}

/*
** Is the column, in a table of bookings at a restaurant (table_is_dining),
** the time the table is booked for: booking_date, booked_for,
** reservation_time?  Not when the booking was made (booked_at, booked_on,
** created_at).
*/
static int is_dining_when(const SchemaTable *t, const Words *w) {
  static const char *const az[] = {"booking date",     "booking time",     "booking datetime", "booking for",
                                   "booked for",       "reservation date", "reservation time",
                                   "reservation datetime", "reservation for", "reserved for",  "reserved date",
                                   "reserved time",    0};
  Words wt;
  int i;
  for (i = 0; az[i] && infer_words_end_with(w, az[i]) < 0; i++) {
  }
  if (!az[i]) return 0;
  infer_name_words(t->zName, &wt);
  return table_is_dining(t, &wt);
}

/*
** A restaurant's booking date (booking_date, in a table of bookings at a
** restaurant) is the day the table is booked for, a date or a time of the
** column's type, not the record's created_at.
*/
static void infer_dining_when(const SchemaTable *t, int iCol, const Words *w, int *piKind, Infer *r) {
  const FakeKind *k = fake_kind_at(*piKind);
  int eType = t->aCol[iCol].eType;
  if (!k || (strcmp(k->zName, "created_at") != 0 && strcmp(k->zName, "updated_at") != 0) ||
      !is_dining_when(t, w)) {
    return;
  }
  if (eType != TY_DATE && eType != TY_DATETIME && eType != TY_TIME)
    eType = strcmp(w->a[w->n - 1], "date") == 0 ? TY_DATE : TY_DATETIME;
  *piKind = r->iKind = fake_kind_generic(eType);
  r->eGroup = fake_kind_at(*piKind)->eGroup;
  sqlite3_free(r->zWhy);
  r->zWhy = sqlite3_mprintf("name \"%s\": when a table at a restaurant is booked for", t->aCol[iCol].zName);
}

/*
** The time of a scheduled event: an appointment, a meeting, a visit, a
** booking, a class or a lesson, an interview, a consultation (row_value.c
** puts it in business hours, on the quarter hour, mostly on weekdays).
** The column's words name the event (appointment_time, meeting_at), or
** the table's do and the column is its start, its scheduled time or its
** plain date or time (appointments.starts_at, viewings.scheduled_at,
** lessons.date).  Never a record's own time (created_at; booked_at, when
** the booking was made), an end (it follows the start by its gap), a
** stay's check-in, or a visit of a web page (a table with a url, a user
** agent, an IP).  A reservation of a table at a restaurant is for lunch
** or dinner, any day (SLOT_MEAL).
*/
static void infer_slot(const SchemaTable *t, int iCol, const Words *w, int iKind, Infer *r) {
  static const char *const azNot[] = {
      "created",  "updated",  "modified", "deleted", "booked", "book",    "requested", "submitted", "sent",
      "received", "confirmed", "cancelled", "canceled", "paid", "reminder", "last",     "logged",    "recorded",
      "reported", "end",      "ends",     "ended",   "finish", "finished", "until",    "expires",   "due",
      "page",     "web",      "website",  "site",    "log",    "click",    0};
  static const char *const azWhen[] = {"date", "time", "datetime", "timestamp", "when", "at", "on", "for", 0};
  const FakeKind *k = fake_kind_at(iKind);
  int eType = t->aCol[iCol].eType, j, inName = 0, inTable = 0, isWhen = 0;
  Words wt;
  if (!k || !(k->eClass == TY_DATE || k->eClass == TY_DATETIME || k->eClass == TY_TIME ||
              eType == TY_DATE || eType == TY_DATETIME || eType == TY_TIME)) {
    return;
  }
  if (is_dining_when(t, w) && strcmp(k->zName, "created_at") != 0 && strcmp(k->zName, "updated_at") != 0) {
    r->isSlot = SLOT_MEAL; /* booked_for: the table's time, though "booked" */
    return;
  }
  if (strcmp(k->zName, "created_at") == 0 || strcmp(k->zName, "updated_at") == 0) return;
  if (r->eChain == CHAIN_LIFE || (r->eChain != CHAIN_NONE && r->iStage > 0) || r->eGap == GAP_STAY) return;
  for (j = 0; j < w->n; j++) {
    if (infer_in_list(w->a[j], azNot)) return;
    inName |= word_is_event(w->a[j]);
    isWhen |= strcmp(w->a[j], "scheduled") == 0;
  }
  infer_name_words(t->zName, &wt);
  for (j = 0; j < wt.n; j++) {
    if (infer_in_list(wt.a[j], azNot)) return;
    inTable |= word_is_event(wt.a[j]);
  }
  /* in a table of events: its start (start_time, begins_at, scheduled_for)
  ** or its plain date or time */
  isWhen |= r->eChain == CHAIN_PERIOD || (w->n >= 1 && w->n <= 2 && infer_in_list(w->a[w->n - 1], azWhen));
  if (!(inName || (inTable && isWhen)) || table_is_web(t)) return;
  r->isSlot = SLOT_WORK;
  for (j = 0; j < w->n + wt.n; j++) {
    const char *z = j < w->n ? w->a[j] : wt.a[j - w->n];
    if ((strncmp(z, "reservation", 11) == 0 || strncmp(z, "booking", 7) == 0 || strcmp(z, "table") == 0 ||
         strcmp(z, "dining") == 0 || strcmp(z, "dinner") == 0 || strcmp(z, "lunch") == 0) &&
        table_is_dining(t, &wt)) {
      r->isSlot = SLOT_MEAL;
    }
  }
}

int infer_domain(char **azTable, int nTable) {
  int i, nFilm = 0, nMusic = 0, nBook = 0;
  for (i = 0; i < nTable; i++) {
    char zNoun[32];
    table_noun(azTable[i], zNoun, sizeof(zNoun));
    if (strcmp(zNoun, "film") == 0 || strcmp(zNoun, "movie") == 0 || strcmp(zNoun, "actor") == 0) nFilm++;
    if (strcmp(zNoun, "album") == 0 || strcmp(zNoun, "track") == 0 || strcmp(zNoun, "song") == 0 ||
        strcmp(zNoun, "artist") == 0 || strcmp(zNoun, "playlist") == 0) {
      nMusic++;
    }
    if (strcmp(zNoun, "book") == 0 || strcmp(zNoun, "author") == 0 || strcmp(zNoun, "publisher") == 0)
      nBook++;
  }
  if (nFilm > nMusic && nFilm > nBook) return DOMAIN_FILM;
  if (nMusic > nBook && nMusic > 0) return DOMAIN_MUSIC;
  if (nBook > 0) return DOMAIN_BOOK;
  return DOMAIN_NONE;
}

/* Does a comment's list hold just 0 and 1 (a yes/no) for a number column? */
static int comment_is_yes_no(const Infer *r, int eType) {
  int i, seen = 0;
  if (r->nValue != 2 || !(infer_type_is_numeric(eType) || eType == TY_ANY)) return 0;
  for (i = 0; i < 2; i++) {
    const SydaVal *v = &r->aValue[i];
    if (v->eType != SQLITE_INTEGER || (v->i != 0 && v->i != 1)) return 0;
    seen |= 1 << v->i;
  }
  return seen == 3;
}

/* 'name "FIRST_NM"', and ' read as "first name"' when abbreviations were
** expanded, then zMore: the start of the reason shown by syda_schema(). */
static char *why_name(const SchemaColumn *c, const Words *w, int nExp, const char *zMore) {
  sqlite3_str *s = sqlite3_str_new(0);
  int i;
  sqlite3_str_appendf(s, "name \"%s\"", c->zName);
  if (nExp > 0) {
    sqlite3_str_appendall(s, " read as \"");
    for (i = 0; i < w->n; i++)
      sqlite3_str_appendf(s, "%s%s", i ? " " : "", w->a[i]);
    sqlite3_str_appendall(s, "\"");
  }
  sqlite3_str_appendall(s, zMore);
  return sqlite3_str_finish(s);
}

/* ---- people by their role, sites, rooms, courses, time zones, measures -------
** Each reads the column's words w after the rules above, and may replace
** the kind *piKind (with its reason) where those say too little. */

/* Does the table hold people: its noun, or columns of a person's? */
static int table_is_people(const SchemaTable *t, const char *zNoun) {
  static const char *const azCol[] = {
      "first name", "last name",  "full name",  "date of birth", "birth date", "gender",
      "patient id", "athlete id", "player id",  "member id",     "person id",  "employee id",
      "student id", "resident id", "patient",   "patient name", "member name", "athlete name",
      "player name", 0};
  int i;
  if (infer_in_list(zNoun, azPersonTable)) return 1;
  for (i = 0; azCol[i]; i++)
    if (table_has(t, azCol[i])) return 1;
  return 0;
}

/* Set the kind and the reason: 'name "teacher"' then zMore. */
static void infer_take(const SchemaColumn *c, const Words *w, int nExp, const char *zKind, const char *zMore,
                       int *piKind, Infer *r) {
  *piKind = fake_kind_find(zKind);
  sqlite3_free(r->zWhy);
  r->zWhy = why_name(c, w, nExp, zMore);
}

/*
** A text column named by a person's role (teacher, assignee, attending
** physician, account_manager): that person's full name.  Each role is a
** person of their own (group "teacher"), unless it is the table's noun
** (students.student): then the row's person.
*/
static void infer_role(const SchemaColumn *c, const Words *w, int nExp,
                       const char *zNoun, int *piKind, Infer *r) {
  static const char *const azRole[] = {
      "teacher",  "instructor", "lecturer", "professor", "tutor",    "doctor",     "physician",
      "surgeon",  "dentist",    "nurse",    "therapist", "driver",   "author",     "owner",
      "manager",  "supervisor", "assignee", "reporter",  "requester", "requestor", "approver",
      "reviewer", "coach",      "trainer",  "student",   "customer", "patient",    "mentor",
      "caregiver", "organizer", "organiser", "salesperson", "recruiter", "advisor", "adviser", 0};
  const char *zLast = w->n > 0 ? w->a[w->n - 1] : "";
  const char *zK = *piKind >= 0 ? fake_kind_at(*piKind)->zName : "text";
  if (!(c->eType == TY_TEXT || c->eType == TY_ANY) || !infer_in_list(zLast, azRole)) return;
  if (!(strcmp(zK, "text") == 0 || strcmp(zK, "full_name") == 0)) return;
  infer_take(c, w, nExp, "full_name", ": a person by their role", piKind, r);
  sqlite3_free(r->zGroup);
  r->zGroup = strcmp(zLast, zNoun) == 0 ? 0 : sqlite3_mprintf("%s", zLast);
}

/* Is the table about what schools teach (a course, a class with a
** teacher, enrolments)? */
static int table_is_school(const SchemaTable *t, const char *zNoun) {
  static const char *const azNoun[] = {"course", "lecture", "seminar", "subject", "curriculum", 0};
  static const char *const azCol[] = {"teacher", "instructor", "lecturer", "professor", "credits",
                                      "semester", "term", "classroom", "student id", "enrollment", 0};
  int i;
  if (infer_in_list(zNoun, azNoun)) return 1;
  for (i = 0; azCol[i]; i++)
    if (table_has(t, azCol[i])) return 1;
  return 0;
}

/* Does the table say where a site is (a city, an address)? */
static int table_has_place(const SchemaTable *t) {
  return table_has(t, "city") || table_has(t, "address") || table_has(t, "street") || table_has(t, "zip") ||
         table_has(t, "postal code") || table_has(t, "latitude") || table_has(t, "manager");
}

/*
** Rooms (room, room_number, classroom), sites named after their city
** (warehouses.name, depot, branch_name, a store with an address), course
** titles (courses.title, course_name, a school table's subject) and time
** zones (timezone, time_zone, tz).  Text columns only.
*/
static void infer_venue(const SchemaTable *t, const SchemaColumn *c, const Words *w, int nExp,
                        const char *zNoun, const char *zPat, int *piKind, Infer *r) {
  static const char *const azSite[] = {"warehouse", "depot", "branch", 0};
  static const char *const azSiteAt[] = {"store", "shop", "outlet", "showroom", "office", "facility",
                                         "plant", "site", "hub", 0};
  static const char *const azRoom[] = {"room", "room number", "room no", "room code", "classroom",
                                       "room name", "lecture hall", 0};
  static const char *const azZone[] = {"time zone", "timezone", "time zone name", "timezone name",
                                       "iana timezone", "time zone id", "timezone id", "olson timezone", 0};
  const char *zK = *piKind >= 0 ? fake_kind_at(*piKind)->zName : "text";
  const char *zLast = w->n > 0 ? w->a[w->n - 1] : "";
  const char *zThing = 0; /* what a "name" column names: the table's noun or the word before */
  int i, isName = zPat && (strcmp(zPat, "name") == 0 || strcmp(zPat, "title") == 0);
  int isWeak = *piKind < 0 || strcmp(zK, "text") == 0 || strcmp(zK, "reference") == 0 ||
               strcmp(zK, "code") == 0 || strcmp(zK, "sentence") == 0 || strcmp(zK, "company") == 0;
  if (!(c->eType == TY_TEXT || c->eType == TY_ANY)) return;
  for (i = 0; azZone[i]; i++) {
    if (infer_words_end_with(w, azZone[i]) >= 0 && (isWeak || strcmp(zK, "date_past") == 0)) {
      infer_take(c, w, nExp, "timezone", "", piKind, r);
      return;
    }
  }
  for (i = 0; azRoom[i]; i++) {
    if (infer_words_end_with(w, azRoom[i]) == 0 && isWeak) {
      infer_take(c, w, nExp, "room", "", piKind, r);
      return;
    }
  }
  if (isName) zThing = w->n >= 2 ? w->a[w->n - 2] : zNoun;
  if (!isName && w->n >= 1 && *piKind < 0) zThing = zLast; /* depot, home_branch */
  if (zThing && isWeak &&
      (infer_in_list(zThing, azSite) ||
       (infer_in_list(zThing, azSiteAt) && table_has_place(t)))) {
    char *zIn = sqlite3_mprintf(": a %s named after its city", zThing);
    infer_take(c, w, nExp, "site_name", zIn ? zIn : "", piKind, r);
    sqlite3_free(zIn);
    if (strcmp(zThing, "warehouse") == 0 || strcmp(zThing, "depot") == 0)
      r->zSite = "warehouse";
    else if (strcmp(zThing, "branch") == 0 || strcmp(zThing, "office") == 0)
      r->zSite = "branch";
    else if (strcmp(zThing, "store") == 0 || strcmp(zThing, "shop") == 0 || strcmp(zThing, "outlet") == 0 ||
             strcmp(zThing, "showroom") == 0)
      r->zSite = "store";
    else
      r->zSite = "site";
    return;
  }
  /* course titles: courses.title, course_name, a school table's subject */
  if (isWeak || strcmp(zK, "product_name") == 0) {
    int isCourse = (zThing && (strcmp(zThing, "course") == 0 || strcmp(zThing, "lecture") == 0 ||
                               strcmp(zThing, "seminar") == 0 ||
                               (strcmp(zThing, "class") == 0 && table_is_school(t, zNoun)))) ||
                   (w->n == 1 && strcmp(zLast, "course") == 0) ||
                   (strcmp(zLast, "subject") == 0 && w->n <= 2 && table_is_school(t, zNoun));
    if (isCourse) infer_take(c, w, nExp, "course_title", isName ? " of a course" : " in a school table", piKind, r);
  }
}

/*
** Numbers of a person: years of experience or service (0 to 40, short
** ones more often), and a person's weight and height (in a table of people;
** in the unit the name gives).  The kind stays what it was (weight, or the
** type's); the range and the distribution are the person's.
*/
static void infer_measure(const SchemaTable *t, const SchemaColumn *c, const Words *w, int nExp,
                          const char *zNoun, int *piKind, Infer *r) {
  static const char *const azYears[] = {"years experience", "experience years", "years of experience",
                                        "experience",       "years of service", "service years",
                                        "tenure years",     "tenure",           "years employed",
                                        "years at company", "yrs experience",   0};
  static const char *const azQual[] = {"body", "current", "start", "starting", "target", "goal", "ideal", 0};
  Words v = *w;
  const char *zUnit = "";
  double lo = 0, hi = 0;
  int i, isWeight, isHeight;
  if (!(infer_type_is_numeric(c->eType) || c->eType == TY_ANY) || r->hasLo || r->hasHi || r->nValue > 0)
    return;
  if (*piKind >= 0 && !kind_is_number(*piKind)) return;
  for (i = 0; azYears[i]; i++) {
    if (infer_words_end_with(w, azYears[i]) >= 0) {
      infer_take(c, w, nExp, fake_kind_at(fake_kind_generic(c->eType))->zName,
                 ": years of a working life, 0 to 40, short ones more often", piKind, r);
      val_int(&r->lo, 0);
      val_int(&r->hi, 40);
      r->hasLo = r->hasHi = r->isNameRange = 1;
      r->eDist = DIST_LOGNORMAL;
      return;
    }
  }
  if (v.n >= 2) {
    zUnit = v.a[v.n - 1];
    if (infer_in_list(zUnit, (const char *const[]){"kg", "lb", "lbs", "pounds", "cm", "in", "inch", "inches", "m",
                                                  "meters", "metres", "mm", 0})) {
      v.n--;
    } else {
      zUnit = "";
    }
  }
  isWeight = strcmp(v.a[v.n - 1], "weight") == 0;
  isHeight = strcmp(v.a[v.n - 1], "height") == 0;
  if (!(isWeight || isHeight) || v.n > 2 || (v.n == 2 && !infer_in_list(v.a[0], azQual))) return;
  if (!table_is_people(t, zNoun)) return;
  if (isWeight) {
    int isLb = zUnit[0] == 'l' || zUnit[0] == 'p';
    lo = isLb ? 99 : 45;
    hi = isLb ? 287 : 130;
  } else if (strcmp(zUnit, "in") == 0 || strncmp(zUnit, "inch", 4) == 0) {
    lo = 59;
    hi = 79;
  } else if (zUnit[0] == 'm' && zUnit[1] != 'm') {
    lo = 1.5;
    hi = 2.0;
  } else {
    lo = strcmp(zUnit, "mm") == 0 ? 1500 : 150;
    hi = strcmp(zUnit, "mm") == 0 ? 2000 : 200;
  }
  infer_take(c, w, nExp, isWeight ? "weight" : fake_kind_at(fake_kind_generic(c->eType))->zName,
             isWeight ? " in a table of people: a person's weight" : " in a table of people: a person's height",
             piKind, r);
  if (lo == floor(lo) && hi == floor(hi)) {
    val_int(&r->lo, (i64)lo);
    val_int(&r->hi, (i64)hi);
  } else {
    val_real(&r->lo, lo);
    val_real(&r->hi, hi);
  }
  r->hasLo = r->hasHi = r->isNameRange = 1;
  r->eDist = DIST_NORMAL;
}

/*
** A number whose name says what it counts (credits, bedrooms, guests,
** likes: infer_count.c): the type's kind, in the count's usual range of
** whole numbers and with its spread.  Not for a key, whose values must be
** distinct, nor where the comment gives values or a range or the name a
** number kind of its own (a quantity, a stock, a rating).
*/
static void infer_count(const SchemaTable *t, int iCol, const Words *w, int nExp, const char *zNoun,
                        int *piKind, Infer *r) {
  const SchemaColumn *c = &t->aCol[iCol];
  const CountRule *p;
  const char *zSpread;
  char *zMore;
  int eType = c->eType;
  if (!(eType == TY_INT || eType == TY_REAL || eType == TY_NUMERIC) || r->hasLo || r->hasHi || r->nValue > 0)
    return;
  if (*piKind >= 0 && *piKind != fake_kind_generic(eType) &&
      (kind_is_number(*piKind) || row_kind_is_date(*piKind) || fake_kind_at(*piKind)->eClass == TY_BOOL)) {
    return;
  }
  if (schema_column_is_key(t, iCol, 1) || (p = infer_count_rule(t, zNoun, w)) == 0) return;
  zSpread = p->eDist == DIST_NORMAL                               ? ", most near the middle"
            : p->eDist == DIST_LOGNORMAL || p->eDist == DIST_ZIPF ? ", small ones more often"
            : p->eDist == DIST_LOG                                ? ", as many in each order of magnitude"
                                                                  : "";
  zMore = sqlite3_mprintf(": %s, %lld to %lld%s", p->zWhat, (long long)p->rLo, (long long)p->rHi, zSpread);
  infer_take(c, w, nExp, fake_kind_at(fake_kind_generic(eType))->zName, zMore ? zMore : "", piKind, r);
  sqlite3_free(zMore);
  val_int(&r->lo, (i64)p->rLo);
  val_int(&r->hi, (i64)p->rHi);
  r->hasLo = r->hasHi = r->isNameRange = r->isWhole = 1;
  r->eDist = p->eDist;
}

/*
** A patient's temperature (temperature, temp_c, body_temp_f, tempF) in a
** table of visits to a doctor or of vital signs: in degrees Celsius unless
** the name or the comment says Fahrenheit (then 96.4 to 104.5); the
** clinical notes of the row quote it (row_compile.c).  A CHECK still
** bounds it.
*/
static void infer_body_temp(const SchemaTable *t, const SchemaColumn *c, const Words *w, int nExp,
                            const char *zNoun, int *piKind, Infer *r) {
  static const char *const azTemp[] = {"temperature", "temp", "body temperature", "body temp", 0};
  static const char *const azF[] = {"f", "fahrenheit", "degf", "deg f", 0};
  static const char *const azC[] = {"c", "celsius", "centigrade", "degc", "deg c", 0};
  Words v = *w;
  int i, isF = 0, isC = 0;
  if (!(infer_type_is_numeric(c->eType) || c->eType == TY_ANY) || c->eType == TY_BOOL || r->hasLo ||
      r->hasHi || r->nValue > 0 || v.n == 0)
    return;
  if (*piKind >= 0 && *piKind != fake_kind_generic(c->eType)) return;
  if (strcmp(v.a[v.n - 1], "tempf") == 0 || strcmp(v.a[v.n - 1], "tempc") == 0) {
    isF = v.a[v.n - 1][4] == 'f';
    isC = !isF;
    sqlite3_snprintf(sizeof(v.a[0]), v.a[v.n - 1], "temp");
  } else if (v.n >= 2 && (infer_in_list(v.a[v.n - 1], azF) || infer_in_list(v.a[v.n - 1], azC))) {
    isF = infer_in_list(v.a[v.n - 1], azF);
    isC = !isF;
    v.n--;
  }
  for (i = 0; azTemp[i]; i++)
    if (infer_words_end_with(&v, azTemp[i]) == 0) break;
  if (azTemp[i] == 0 || !infer_table_is_medical(t, zNoun)) return;
  if (!isF && !isC && c->zComment) {
    Words wc;
    int j;
    infer_words(c->zComment, &wc);
    for (j = 0; j < wc.n; j++)
      isF |= strcmp(wc.a[j], "fahrenheit") == 0 || (strcmp(wc.a[j], "f") == 0 && j > 0);
  }
  infer_take(c, w, nExp, "body_temperature",
             isF ? " in a table of visits: a temperature in degrees Fahrenheit" : " in a table of visits",
             piKind, r);
  if (isF) {
    val_real(&r->lo, 96.4);
    val_real(&r->hi, 104.5);
    r->hasLo = r->hasHi = r->isNameRange = 1;
  }
}

/*
** An age limit (age_limit, min_age, age_rating, fsk: infer_count.c) is one
** of the rating steps, listed as the column's values; not the amount that
** "limit" says, an adult's age or a 1 to 5 rating.  Numbers only (a text
** age_rating holds "PG-13"), not a key, nor where the comment lists
** values or gives a range.
*/
static void infer_age(const SchemaTable *t, int iCol, const Words *w, int nExp, const char *zNoun,
                      int eDomain, int *piKind, Infer *r) {
  const SchemaColumn *c = &t->aCol[iCol];
  char *zMore;
  int i, n;
  if (!(infer_type_is_numeric(c->eType) || c->eType == TY_ANY) || c->eType == TY_BOOL || r->hasLo ||
      r->hasHi || r->nValue > 0)
    return;
  if (*piKind >= 0 && !kind_is_number(*piKind)) return;
  if (schema_column_is_key(t, iCol, 1) || (n = infer_age_limit(t, zNoun, eDomain == DOMAIN_FILM, w, r)) == 0)
    return;
  {
    sqlite3_str *s = sqlite3_str_new(0);
    sqlite3_str_appendall(s, ": an age limit, one of ");
    for (i = 0; i < n; i++)
      sqlite3_str_appendf(s, "%s%lld", i ? ", " : "", (long long)r->aValue[i].i);
    zMore = sqlite3_str_finish(s);
  }
  infer_take(c, w, nExp, fake_kind_at(fake_kind_generic(c->eType == TY_ANY ? TY_INT : c->eType))->zName,
             zMore ? zMore : "", piKind, r);
  sqlite3_free(zMore);
}

/* What infer_topic.c reads of a table, under the layer's prefix. */
void infer_table_noun(const char *zTable, char *zOut, int nOut) {
  table_noun(zTable, zOut, nOut);
}
int infer_table_is_people(const SchemaTable *t, const char *zNoun) {
  return table_is_people(t, zNoun);
}
int infer_is_person_noun(const char *zNoun) {
  return infer_in_list(zNoun, azPersonTable);
}
char *infer_why_name(const SchemaColumn *c, const Words *w, int nExp, const char *zMore) {
  return why_name(c, w, nExp, zMore);
}

/* Names of a specialty, and the tables of people who have a medical one. */
static const char *const azSpecialty[] = {"specialty", "speciality", "specialization", "specialisation",
                                          "specialism", 0};
static const char *const azMedical[] = {"doctor",    "physician",    "provider",  "clinician", "practitioner",
                                        "surgeon",   "specialist",   "dentist",   "nurse",     "veterinarian",
                                        "vet",       "pediatrician", "therapist", "medic",     0};

int infer_column(const SchemaTable *t, int iCol, const char *zNote, int eDomain, Infer *r) {
  const SchemaColumn *c = &t->aCol[iCol];
  const char *zComment = zNote && zNote[0] ? zNote : c->zComment;
  Words w, wc;
  int how, iKind = -1, eStrength = 0, nPrefix = 0, iKindC = -1, eStrC = 0, nPrefC = 0, j, nExp;
  const char *zPat = 0, *zPatC = 0;
  char zNoun[32];
  memset(r, 0, sizeof(*r));
  r->iKind = -1;
  how = infer_comment(zComment, c->eType, r);
  nExp = infer_name_words(c->zName, &w);
  table_noun(t->zName, zNoun, sizeof(zNoun));
  iKind = name_match(c, &w, &eStrength, &nPrefix, &zPat);
  if (zComment) {
    infer_words(zComment, &wc);
    iKindC = infer_match_rules(infer_aCommentRule, infer_nCommentRule, &wc, 1, &eStrC, &nPrefC, &zPatC);
  }
  /* Weak names give way to a comment that says more. */
  if (iKindC >= 0 && (iKind < 0 || eStrength < 2)) {
    iKind = iKindC;
    r->zWhy = sqlite3_mprintf("%s says \"%s\"", zNote && zNote[0] ? "description" : "comment", zPatC);
  } else if (iKind >= 0 && zPat &&
             (strcmp(zPat, "name") == 0 || strcmp(zPat, "title") == 0 || strcmp(zPat, "display name") == 0)) {
    /* "name" and "title" mean what the table is about; a display name too,
    ** a person's unless the table says otherwise */
    const char *zKind = name_by_noun(t, zNoun, strcmp(zPat, "title") == 0, eDomain, 1);
    if (zKind == 0) zKind = strcmp(zPat, "display name") == 0 ? "full_name" : "text";
    if (strcmp(zPat, "name") == 0 && nPrefix > 0) {
      /* customer_name, dept_name, product_name ... by the prefix word */
      char zPre[32];
      Words wp = w;
      int eStrP = 0, nPreP = 0, iKindP;
      const char *zPatP = 0;
      sqlite3_snprintf(sizeof(zPre), zPre, "%s", w.a[nPrefix - 1]);
      wp.n = nPrefix;
      iKindP = infer_match_rules(infer_aNameRule, infer_nNameRule, &wp, 0, &eStrP, &nPreP, &zPatP);
      if (infer_in_list(zPre, azPersonTable))
        zKind = "full_name";
      else if (infer_in_list(zPre, azOrgTable))
        zKind = "company";
      else if (iKindP >= 0 && eStrP >= 1 && !row_kind_is_date(iKindP))
        zKind = fake_kind_at(iKindP)->zName;
      else if (is_group_prefix(zPre))
        zKind = "full_name"; /* billing_name, shipping_name: who it goes to */
      else if ((zKind = name_by_noun(t, zPre, 0, eDomain, strcmp(zPre, zNoun) == 0)) == 0)
        zKind = "text";
    }
    if (strcmp(zPat, "title") == 0 && c->nLen > 0 && c->nLen <= 8 && infer_in_list(zNoun, azPersonTable)) {
      zKind = "honorific";
    }
    iKind = fake_kind_find(zKind);
    char *zIn = sqlite3_mprintf(" in table \"%s\"", t->zName);
    r->zWhy = zIn ? why_name(c, &w, nExp, zIn) : 0;
    sqlite3_free(zIn);
  } else if (iKind >= 0) {
    r->zWhy = why_name(c, &w, nExp, "");
  }

  /* Refinements by type, length and table. */
  if (iKind >= 0) {
    const char *z = fake_kind_at(iKind)->zName;
    if (strcmp(z, "state") == 0 && c->nLen > 0 && c->nLen <= 3) iKind = fake_kind_find("state_code");
    if (strcmp(z, "country") == 0 && c->nLen > 0 && c->nLen <= 3) iKind = fake_kind_find("country_code");
    if (strcmp(fake_kind_at(iKind)->zName, "country_code") == 0 && c->nLen == 3 && type_is_fixed_char(c)) {
      iKind = fake_kind_find("country_code3"); /* CHAR(3): alpha-3 (DEU, USA) */
    }
    if (strcmp(z, "state") == 0 &&
        !(table_has(t, "city") || table_has(t, "zip") || table_has(t, "postal code") ||
          table_has(t, "country") || table_has(t, "address"))) {
      iKind = fake_kind_find("status"); /* a state of the row, not a place */
    }
    if (strcmp(z, "street_address") == 0 && zPat && strcmp(zPat, "address") == 0 && !table_has(t, "city")) {
      iKind = fake_kind_find("address"); /* one line holds it all */
    }
    if (strcmp(z, "sha256") == 0 && c->nLen == 32) iKind = fake_kind_find("md5");
    if (strcmp(z, "sha256") == 0 && c->nLen == 40) iKind = fake_kind_find("sha1");
    if (strcmp(z, "music_genre") == 0 || (strcmp(z, "product_category") == 0 && eDomain != DOMAIN_NONE &&
                                          (strcmp(zNoun, "category") == 0 || strcmp(zNoun, "genre") == 0))) {
      /* a genre, or a category table of a film, music or book database */
      if (strcmp(zNoun, "film") == 0 || strcmp(zNoun, "movie") == 0 || eDomain == DOMAIN_FILM) {
        iKind = fake_kind_find("film_genre");
      } else if (strcmp(zNoun, "book") == 0 || eDomain == DOMAIN_BOOK) {
        iKind = fake_kind_find("book_genre");
      } else {
        iKind = fake_kind_find("music_genre");
      }
    }
    if (strcmp(z, "description") == 0 && c->nLen > 0 && c->nLen <= 80) iKind = fake_kind_find("sentence");
    if (strcmp(z, "reference") == 0 && (c->eType == TY_INT || c->eType == TY_REAL)) iKind = -1;
    if (strcmp(z, "reference") == 0 && eStrength < 2 && c->nLen > 0 && c->nLen <= 10) {
      iKind = fake_kind_find("code"); /* flight_no VARCHAR(8): a short code, like a short text id */
    }
    if (strcmp(z, "code") == 0 && c->eType != TY_TEXT && c->eType != TY_ANY) iKind = -1;
    if (strcmp(z, "date_past") == 0 && zPat && (strcmp(zPat, "at") == 0 || strcmp(zPat, "on") == 0) &&
        !(c->eType == TY_DATE || c->eType == TY_DATETIME || c->eType == TY_INT || c->eType == TY_TEXT)) {
      iKind = -1;
    }
    if (strcmp(z, "amount") == 0 && zPat && strcmp(zPat, "value") == 0 && !infer_type_is_numeric(c->eType))
      iKind = -1;
    if (strcmp(z, "file_extension") == 0 && zPat && strcmp(zPat, "extension") == 0 && table_has(t, "phone")) {
      iKind = fake_kind_find("phone");
    }
    if (strcmp(z, "credit_card") == 0 && zPat && strcmp(zPat, "card number") == 0 && !table_pays(t, zNoun)) {
      if (eDomain == DOMAIN_BOOK) {
        iKind = fake_kind_find("reference"); /* a library card: no payment card */
      } else {
        /* whatever the card, test numbers: a Luhn digit, and never a real one */
        sqlite3_free(r->zWhy);
        r->zWhy = why_name(c, &w, nExp, ": test card numbers (a valid Luhn digit, never a real card)");
      }
    }
  }
  infer_role(c, &w, nExp, zNoun, &iKind, r);
  infer_venue(t, c, &w, nExp, zNoun, zPat, &iKind, r);
  infer_topic(t, c, &w, nExp, zNoun, &iKind, r);
  infer_measure(t, c, &w, nExp, zNoun, &iKind, r);
  infer_age(t, iCol, &w, nExp, zNoun, eDomain, &iKind, r);
  infer_body_temp(t, c, &w, nExp, zNoun, &iKind, r);
  /* A comment that lists just 0 and 1: yes or no.  (BIT and BIT(1), SQL
  ** Server's and MySQL's yes/no, are TY_BOOL: schema_type_class.) */
  if (how == 1 && comment_is_yes_no(r, c->eType)) {
    for (j = 0; j < r->nValue; j++)
      val_clear(&r->aValue[j]);
    sqlite3_free(r->aValue);
    r->aValue = 0;
    r->nValue = 0;
    how = 0;
    iKind = fake_kind_find("boolean");
    sqlite3_free(r->zWhy);
    r->zWhy = sqlite3_mprintf("comment lists 0 and 1");
  }
  /* BOOLEAN columns and yes/no names. */
  if (c->eType == TY_BOOL ||
      ((c->eType == TY_INT || c->eType == TY_TEXT) && w.n >= 1 &&
       ((w.n >= 2 &&
         (strcmp(w.a[0], "is") == 0 || strcmp(w.a[0], "has") == 0 || strcmp(w.a[0], "can") == 0)) ||
        infer_words_end_with(&w, "flag") >= 0 || infer_words_end_with(&w, "active") >= 0 ||
        infer_words_end_with(&w, "enabled") >= 0 || infer_words_end_with(&w, "verified") >= 0 ||
        infer_words_end_with(&w, "discontinued") >= 0 || infer_words_end_with(&w, "deleted") >= 0 ||
        infer_words_end_with(&w, "archived") >= 0 || infer_words_end_with(&w, "published") >= 0 ||
        infer_words_end_with(&w, "approved") >= 0))) {
    if (iKind < 0 || c->eType == TY_BOOL || (c->nLen > 0 && c->nLen <= 1) || c->eType == TY_INT) {
      iKind = fake_kind_find("boolean");
      sqlite3_free(r->zWhy);
      r->zWhy = c->eType == TY_BOOL ? sqlite3_mprintf("type %s", c->zType) : sqlite3_mprintf("a yes/no name");
    }
  }
  infer_count(t, iCol, &w, nExp, zNoun, &iKind, r);
  /* A doctor's specialty: Cardiology, Pediatrics (a shop's is not one). */
  if ((c->eType == TY_TEXT || c->eType == TY_ANY) &&
      (iKind < 0 || strcmp(fake_kind_at(iKind)->zName, "text") == 0 ||
       strcmp(fake_kind_at(iKind)->zName, "word") == 0) &&
      w.n == 1 && infer_in_list(w.a[0], azSpecialty) && infer_in_list(zNoun, azMedical)) {
    iKind = fake_kind_find("medical_specialty");
    sqlite3_free(r->zWhy);
    r->zWhy = why_name(c, &w, nExp, " in a table of doctors");
  }
  /*
  ** A table of countries, currencies or languages: its code column (code,
  ** iso_code, alpha2, iso3) holds that thing's ISO code.
  */
  {
    const char *zCodeKind = world_table_code(zNoun);
    const char *zK = iKind >= 0 ? fake_kind_at(iKind)->zName : "";
    int is3 = 0;
    if (zCodeKind && (c->eType == TY_TEXT || c->eType == TY_ANY) &&
        (iKind < 0 || strcmp(zK, "code") == 0 || strcmp(zK, "reference") == 0 || strcmp(zK, "text") == 0 ||
         strcmp(zK, zCodeKind) == 0) &&
        (words_say_code(&w, zNoun, &is3) ||
         (infer_words_end_with(&w, "id") >= 0 && w.n <= 2 && c->nLen >= 2 && c->nLen <= 3))) {
      if (strcmp(zCodeKind, "country_code") == 0 &&
          (is3 || (c->nLen == 3 && type_is_fixed_char(c) && infer_words_end_with(&w, "2") < 0))) {
        zCodeKind = "country_code3";
      }
      iKind = fake_kind_find(zCodeKind);
      sqlite3_free(r->zWhy);
      r->zWhy = why_name(c, &w, nExp, " in a table of them");
    }
  }
  /* Text keys without a clearer name: a short code or a reference. */
  if (iKind < 0 && (c->eType == TY_TEXT || c->eType == TY_ANY) && infer_words_end_with(&w, "id") >= 0) {
    iKind = fake_kind_find(c->nLen > 0 && c->nLen <= 10 ? "code" : "reference");
    r->zWhy = sqlite3_mprintf("a text identifier");
  }
  if (iKind >= 0 && r->zWhy == 0) r->zWhy = why_name(c, &w, nExp, "");
  /* A plain date column: its words tell whether it looks ahead or back.  A
  ** verb in the present tense (starts_at, trial_ends_at) says what is
  ** planned; in a current period the start has passed and the end not. */
  if (c->eType == TY_DATE || c->eType == TY_DATETIME || (iKind >= 0 && row_kind_is_date(iKind))) {
    static const char *const azAhead[] = {
        "expected", "expires",   "expiry",  "expiration", "due",      "until",    "next",    "scheduled",
        "planned",  "estimated", "renewal", "renews",     "deadline", "upcoming", "target",  "eta",
        "starts",   "begins",    "ends",    "finishes",   "opens",    "closes",   "departs", "arrives",
        "launches", "occurs",    "lapses",  "matures",    "resumes",  0};
    static const char *const azBack[] = {"since", "last", "previous", "former", 0};
    static const char *const azStart[] = {"start", "starts", "begin", "begins", "from", 0};
    static const char *const azEnd[] = {"end", "ends", "until", "to", "through", 0};
    const char *zK = iKind >= 0 ? fake_kind_at(iKind)->zName : "";
    if (iKind < 0 || strcmp(zK, "date") == 0 || strcmp(zK, "datetime") == 0 || strcmp(zK, "date_past") == 0) {
      int j, ahead = 0, back = 0, current = 0;
      for (j = 0; j < w.n; j++) {
        ahead |= infer_in_list(w.a[j], azAhead);
        back |= infer_in_list(w.a[j], azBack);
        current |= strcmp(w.a[j], "current") == 0;
      }
      if (current) {
        for (j = 0; j < w.n; j++) {
          if (infer_in_list(w.a[j], azStart)) back = 1, ahead = 0;
          if (infer_in_list(w.a[j], azEnd)) ahead = 1, back = 0;
        }
      }
      if (ahead || back) {
        iKind = fake_kind_find(ahead ? "date_future" : "date_past");
        sqlite3_free(r->zWhy);
        r->zWhy = why_name(c, &w, nExp, ahead ? " looks ahead" : " looks back");
      }
    }
  }
  if (iKind < 0) {
    iKind = fake_kind_generic(c->eType);
    sqlite3_free(r->zWhy);
    r->zWhy = sqlite3_mprintf("type %s", c->zType[0] ? c->zType : "(none)");
  }
  if (how == 1) {
    sqlite3_free(r->zWhy);
    r->zWhy = sqlite3_mprintf("%s lists %d values", zNote && zNote[0] ? "description" : "comment", r->nValue);
  } else if (how == 2) {
    char *z = sqlite3_mprintf("%s; comment gives a range", r->zWhy ? r->zWhy : "");
    sqlite3_free(r->zWhy);
    r->zWhy = z;
  }
  r->iKind = iKind;
  r->eGroup = fake_kind_at(iKind)->eGroup;
  if (r->eGroup == GRP_ADDRESS && world_table_code(zNoun) &&
      strcmp(world_table_code(zNoun), "country_code") == 0 &&
      strncmp(fake_kind_at(iKind)->zName, "country", 7) == 0) {
    r->eGroup = GRP_WORLD; /* each row one of the world's countries */
  }
  /* The group: the words before the match, when they name one (a role's
  ** own, infer_role, stays). */
  for (j = 0; r->zGroup == 0 && j < nPrefix && j < 1; j++) {
    if (is_group_prefix(w.a[j])) r->zGroup = sqlite3_mprintf("%s", w.a[j]);
  }
  infer_dining_when(t, iCol, &w, &iKind, r);
  infer_chain(t, iCol, &w, iKind, r);
  infer_slot(t, iCol, &w, iKind, r);
  chain_booked(t, iCol, &w, r);
  return r->zWhy ? SQLITE_OK : SQLITE_NOMEM;
}
