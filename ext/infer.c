/*
** infer.c — column -> semantic kind (see infer.h).
**
** The evidence, strongest first: a comment that lists values or gives a
** range; the column's name, split into lower-case words whatever its style
** (first_name, FirstName, firstName, BILLING_CITY, cust_email), matched
** against the rules below by its last words, so that prefixes such as
** "billing" or "cust" are free to name a group; words of the comment; the
** table the column is in (a "name" in customers, products or artists); and
** last the declared type.
**
**     Infer r;
**     infer_column(tab, iCol, zRuleDescription, &r);   -- r.iKind, r.zWhy, r.zGroup ...
*/
#include "infer.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "fake.h"
SQLITE_EXTENSION_INIT3

#define INFER_MAX_WORDS 12

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

static int is_numeric_type(int eType) {
  return eType == TY_INT || eType == TY_REAL || eType == TY_NUMERIC || eType == TY_BOOL;
}

/* ---- comments: value lists and ranges ----------------------------------- */

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
    const char *a, *b, *e;
    SydaVal lo, hi;
    if (zSep == 0 || (k == 2 && p == 0)) continue;
    /* the token before the separator and the one after */
    a = zSep;
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
      if (!parse_number(a, (int)(zSep - a), &t) || !parse_number(b, (int)(e - b), &t)) continue;
    }
    memset(&lo, 0, sizeof(lo));
    memset(&hi, 0, sizeof(hi));
    if (parse_bound(a, (int)(zSep - a), eType, &lo) && parse_bound(b, (int)(e - b), eType, &hi)) {
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
      if (is_numeric_type(eType)) {
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

/* ---- names --------------------------------------------------------------- */

typedef struct Words {
  int n;
  char a[INFER_MAX_WORDS][24];
} Words;

/* Split an identifier (or a comment) into lower-case words: at '_', '-',
** spaces and punctuation, at lower->Upper (firstName), at UPPER->Upperlower
** (HTTPServer) and between letters and digits (address1). */
static void infer_words(const char *z, Words *w) {
  int i = 0, n = 0;
  w->n = 0;
  for (;;) {
    unsigned char c = (unsigned char)z[i];
    int isAl = c && (isalnum(c) || c >= 0x80);
    int brk = 0;
    if (isAl && n > 0) {
      unsigned char p = (unsigned char)z[i - 1];
      unsigned char nx = (unsigned char)z[i + 1];
      if (islower(p) && isupper(c))
        brk = 1;
      else if (isupper(p) && isupper(c) && islower(nx))
        brk = 1;
      else if (isdigit(p) != isdigit(c) && c < 0x80 && p < 0x80)
        brk = 1;
    }
    if ((!isAl || brk) && n > 0) {
      if (w->n < INFER_MAX_WORDS) {
        w->a[w->n][n < 23 ? n : 23] = 0;
        w->n++;
      }
      n = 0;
    }
    if (!c) break;
    if (isAl && w->n < INFER_MAX_WORDS) {
      if (n < 23) w->a[w->n][n] = (char)tolower(c);
      n++;
    }
    i++;
  }
}

/*
** Abbreviations that terse and legacy schemas use for whole words
** (FIRST_NM, BIRTH_DT, CLAIM_AMT, phone_no, email_addr, browser_ua).  A
** name's words are expanded one by one before the rules are matched, and so
** are the rules' own patterns, so a rule written "num items" and a column
** "number_of_items" meet halfway.  Only abbreviations that mean one thing in
** column names are here: "st" (street or state), "min" (minimum or minutes),
** "cur" (current or currency) and "del" (deleted or delivery) are not.
*/
static const struct {
  const char *zAbbr;
  const char *zFull;
} aAbbr[] = {
    /* sorted by zAbbr (strcmp order): looked up by binary search */
    {"acct", "account"},     {"acq", "acquired"},     {"addr", "address"},    {"amt", "amount"},
    {"appt", "appointment"}, {"avg", "average"},      {"bal", "balance"},     {"bday", "birthday"},
    {"bgn", "begin"},        {"ccy", "currency"},     {"cd", "code"},         {"chg", "changed"},
    {"cmnt", "comment"},     {"cmt", "comment"},      {"cnt", "count"},       {"cntry", "country"},
    {"crt", "created"},      {"ctry", "country"},     {"cust", "customer"},   {"dept", "department"},
    {"desc", "description"}, {"descr", "description"},  {"dest", "destination"}, {"dt", "date"},
    {"dtm", "datetime"},     {"dttm", "datetime"},    {"eff", "effective"},   {"eml", "email"},
    {"emp", "employee"},     {"est", "estimated"},    {"exp", "expiry"},      {"flg", "flag"},
    {"gndr", "gender"},      {"hgt", "height"},       {"img", "image"},       {"ind", "indicator"},
    {"inv", "invoice"},      {"lang", "language"},    {"lbl", "label"},       {"lic", "license"},
    {"loc", "location"},     {"lst", "last"},         {"mgr", "manager"},     {"mob", "mobile"},
    {"mod", "modified"},     {"msec", "milliseconds"}, {"msg", "message"},    {"nbr", "number"},
    {"nm", "name"},          {"no", "number"},        {"nr", "number"},       {"num", "number"},
    {"nxt", "next"},         {"org", "organization"}, {"orig", "origin"},     {"pct", "percent"},
    {"ph", "phone"},         {"phn", "phone"},        {"pic", "picture"},     {"pmt", "payment"},
    {"prev", "previous"},    {"prod", "product"},     {"pwd", "password"},    {"pymt", "payment"},
    {"qty", "quantity"},     {"rcv", "received"},     {"recv", "received"},   {"reg", "registration"},
    {"rmk", "remark"},       {"rmks", "remarks"},     {"sched", "scheduled"}, {"sec", "seconds"},
    {"secs", "seconds"},     {"seq", "sequence"},     {"src", "source"},      {"stat", "status"},
    {"strt", "start"},       {"sts", "status"},       {"svc", "service"},     {"tel", "telephone"},
    {"tm", "time"},          {"ts", "timestamp"},     {"txn", "transaction"}, {"typ", "type"},
    {"tz", "time zone"},     {"ua", "user agent"},    {"upd", "updated"},     {"usr", "user"},
    {"ver", "version"},      {"wt", "weight"},        {"yr", "year"},
};

/* Expand the abbreviations among w's words.  Returns how many were. */
static int words_expand(Words *w) {
  Words out;
  int i, nExp = 0;
  out.n = 0;
  for (i = 0; i < w->n; i++) {
    const char *zFull = 0;
    int lo = 0, hi = (int)(sizeof(aAbbr) / sizeof(aAbbr[0])) - 1;
    while (lo <= hi) {
      int mid = (lo + hi) / 2, cmp = strcmp(w->a[i], aAbbr[mid].zAbbr);
      if (cmp == 0) {
        zFull = aAbbr[mid].zFull;
        break;
      }
      if (cmp < 0)
        hi = mid - 1;
      else
        lo = mid + 1;
    }
    if (zFull) {
      Words f;
      int j;
      infer_words(zFull, &f);
      for (j = 0; j < f.n && out.n < INFER_MAX_WORDS; j++)
        memcpy(out.a[out.n++], f.a[j], sizeof(f.a[j]));
      nExp++;
    } else if (out.n < INFER_MAX_WORDS) {
      memcpy(out.a[out.n++], w->a[i], sizeof(w->a[i]));
    }
  }
  *w = out;
  return nExp;
}

/* The words of a column's (or a table's) name, abbreviations expanded. */
static int name_words(const char *zName, Words *w) {
  infer_words(zName, w);
  return words_expand(w);
}

/* Does w end with the words of zPat ("postal code")?  Returns how many
** words of w come before the match (the prefix), or -1. */
static int words_end_with(const Words *w, const char *zPat) {
  Words p;
  int i, off;
  name_words(zPat, &p);
  if (p.n == 0 || p.n > w->n) return -1;
  off = w->n - p.n;
  for (i = 0; i < p.n; i++) {
    if (strcmp(w->a[off + i], p.a[i]) != 0) return -1;
  }
  return off;
}

/* The words run together: "firstname" for FIRSTNAME or first_name. */
static void words_join(const Words *w, int iFrom, char *zOut, int nOut) {
  int i, k = 0;
  for (i = iFrom; i < w->n; i++) {
    int j;
    for (j = 0; w->a[i][j] && k < nOut - 1; j++)
      zOut[k++] = w->a[i][j];
  }
  zOut[k] = 0;
}

/*
** Name rules.  A rule's pattern matches the last words of the name (so
** "billing postal code" matches "postal code"), or, for one-word patterns
** of several syllables, the name's words run together ("firstname").
** eStrength: 2 = the name says it; 1 = a generic word that the table or the
** comment may overrule.  Order: longer, more specific patterns first.
*/
typedef struct NameRule {
  const char *zPat;
  const char *zKind;
  int eStrength;
} NameRule;

static const NameRule aNameRule[] = {
    /* identifiers and codes that end in words used below */
    {"country code", "country_code", 2},
    {"country id", "country_code", 1},
    {"country iso", "country_code", 2},
    {"iso country", "country_code", 2},
    {"state code", "state_code", 2},
    {"state abbr", "state_code", 2},
    {"province code", "state_code", 2},
    {"region code", "state_code", 2},
    {"currency code", "currency_code", 2},
    {"currency", "currency_code", 2},
    {"postal code", "postal_code", 2},
    {"post code", "postal_code", 2},
    {"postcode", "postal_code", 2},
    {"zip code", "postal_code", 2},
    {"zipcode", "postal_code", 2},
    {"zip", "postal_code", 2},
    {"postal", "postal_code", 2},
    {"plz", "postal_code", 2},
    {"product code", "sku", 2},
    {"item code", "sku", 2},
    {"part number", "sku", 2},
    {"part no", "sku", 2},
    {"sku", "sku", 2},
    {"upc", "sku", 2},
    {"isbn", "isbn", 2},
    {"isbn13", "isbn", 2},
    {"iban", "iban", 2},
    {"card number", "credit_card", 2},
    {"credit card", "credit_card", 2},
    {"credit card number", "credit_card", 2},
    {"cc number", "credit_card", 2},
    {"pan", "credit_card", 2},
    {"hex color", "hex_color", 2},
    {"hex colour", "hex_color", 2},
    {"color hex", "hex_color", 2},
    {"color", "color", 2},
    {"colour", "color", 2},
    {"mime type", "mime_type", 2},
    {"content type", "mime_type", 2},
    {"media type", "mime_type", 2},
    {"mimetype", "mime_type", 2},
    {"file extension", "file_extension", 2},
    {"file ext", "file_extension", 2},
    {"extension", "file_extension", 1},
    {"file size", "file_size", 2},
    {"size bytes", "file_size", 2},
    {"filesize", "file_size", 2},
    {"bytes", "file_size", 2},
    {"file name", "file_name", 2},
    {"file", "file_name", 1},
    {"filename", "file_name", 2},
    {"file path", "file_name", 2},
    {"user agent", "user_agent", 2},
    {"useragent", "user_agent", 2},
    {"ip address", "ipv4", 2},
    {"ipv4 address", "ipv4", 2},
    {"ipv6 address", "ipv6", 2},
    {"ipv4", "ipv4", 2},
    {"ip", "ipv4", 2},
    {"ipv6", "ipv6", 2},
    {"mac address", "mac_address", 2},
    {"mac", "mac_address", 2},
    {"md5", "md5", 2},
    {"sha1", "sha1", 2},
    {"sha256", "sha256", 2},
    {"checksum", "sha256", 2},
    {"password hash", "sha256", 2},
    {"password", "sha256", 2},
    {"pwd", "sha256", 2},
    {"hash", "sha256", 2},
    {"uuid", "uuid", 2},
    {"guid", "uuid", 2},
    /* codes printed on things */
    {"barcode", "code", 2},
    {"bar code", "code", 2},
    {"serial number", "code", 2},
    {"serial", "code", 2},
    {"vin", "code", 2},
    {"license plate", "code", 2},
    {"licence plate", "code", 2},
    {"plate number", "code", 2},
    /* people */
    {"first name", "first_name", 2},
    {"firstname", "first_name", 2},
    {"given name", "first_name", 2},
    {"forename", "first_name", 2},
    {"fname", "first_name", 2},
    {"middle name", "first_name", 2},
    {"last name", "last_name", 2},
    {"lastname", "last_name", 2},
    {"surname", "last_name", 2},
    {"family name", "last_name", 2},
    {"lname", "last_name", 2},
    {"full name", "full_name", 2},
    {"fullname", "full_name", 2},
    {"display name", "full_name", 2},
    {"contact name", "full_name", 2},
    {"contact person", "full_name", 2},
    {"person name", "full_name", 2},
    {"customer name", "full_name", 1},
    {"user name", "username", 2},
    {"username", "username", 2},
    {"login", "username", 2},
    {"handle", "username", 2},
    {"screen name", "username", 2},
    {"nickname", "username", 2},
    {"title of courtesy", "honorific", 2},
    {"honorific", "honorific", 2},
    {"salutation", "honorific", 2},
    {"name prefix", "honorific", 2},
    {"gender", "gender", 2},
    {"sex", "gender", 2},
    {"date of birth", "birth_date", 2},
    {"birth date", "birth_date", 2},
    {"birthdate", "birth_date", 2},
    {"birthday", "birth_date", 2},
    {"dob", "birth_date", 2},
    {"born", "birth_date", 2},
    {"born on", "birth_date", 2},
    {"age", "age", 2},
    /* contact */
    {"email address", "email", 2},
    {"e mail", "email", 2},
    {"email", "email", 2},
    {"mail", "email", 2},
    {"fax number", "fax", 2},
    {"fax", "fax", 2},
    {"phone number", "phone", 2},
    {"phone", "phone", 2},
    {"telephone", "phone", 2},
    {"tel", "phone", 2},
    {"mobile", "phone", 2},
    {"cell", "phone", 2},
    {"mobile number", "phone", 2},
    {"extension number", "phone", 2},
    /* organisation */
    {"company name", "company", 2},
    {"company", "company", 2},
    {"organization name", "company", 2},
    {"organisation name", "company", 2},
    {"organization", "company", 2},
    {"organisation", "company", 2},
    {"business name", "company", 2},
    {"employer", "company", 2},
    {"vendor name", "company", 2},
    {"supplier name", "company", 2},
    {"publisher", "company", 2},
    {"manufacturer", "company", 2},
    {"brand", "company", 2},
    {"carrier", "company", 2},
    {"bank name", "company", 2},
    {"department", "department", 2},
    {"dept", "department", 2},
    {"division", "department", 2},
    {"job title", "job_title", 2},
    {"position", "job_title", 2},
    {"occupation", "job_title", 2},
    {"designation", "job_title", 2},
    {"profession", "job_title", 2},
    {"role", "job_title", 1},
    {"industry", "industry", 2},
    {"sector", "industry", 2},
    /* address */
    {"address line 2", "address_line2", 2},
    {"address line2", "address_line2", 2},
    {"address 2", "address_line2", 2},
    {"addr 2", "address_line2", 2},
    {"address2", "address_line2", 2},
    {"line 2", "address_line2", 2},
    {"line2", "address_line2", 2},
    {"suite", "address_line2", 2},
    {"apartment", "address_line2", 2},
    {"address line 1", "street_address", 2},
    {"address line1", "street_address", 2},
    {"address 1", "street_address", 2},
    {"addr 1", "street_address", 2},
    {"address1", "street_address", 2},
    {"line 1", "street_address", 2},
    {"street address", "street_address", 2},
    {"street", "street_address", 2},
    {"address", "street_address", 1},
    {"addr", "street_address", 1},
    {"city", "city", 2},
    {"town", "city", 2},
    {"municipality", "city", 2},
    {"locality", "city", 2},
    {"province", "state", 2},
    {"county", "state", 2},
    {"prefecture", "state", 2},
    {"state", "state", 1},
    {"region", "state", 1},
    {"country name", "country", 2},
    {"country", "country", 2},
    {"nationality", "country", 2},
    {"latitude", "latitude", 2},
    {"lat", "latitude", 2},
    {"longitude", "longitude", 2},
    {"lng", "longitude", 2},
    {"lon", "longitude", 2},
    {"long", "longitude", 1},
    /* internet */
    {"website", "url", 2},
    {"web site", "url", 2},
    {"homepage", "url", 2},
    {"home page", "url", 2},
    {"url", "url", 2},
    {"uri", "url", 2},
    {"link", "url", 2},
    {"web", "url", 1},
    {"domain", "domain", 2},
    {"hostname", "domain", 2},
    {"host", "domain", 2},
    {"slug", "slug", 2},
    {"permalink", "slug", 2},
    /* money */
    {"unit price", "price", 2},
    {"list price", "price", 2},
    {"sale price", "price", 2},
    {"retail price", "price", 2},
    {"price", "price", 2},
    {"msrp", "price", 2},
    {"unit cost", "price", 2},
    {"cost", "price", 1},
    {"rental rate", "price", 2},
    {"base rate", "price", 2},
    {"hourly rate", "price", 2},
    {"daily rate", "price", 2},
    {"nightly rate", "price", 2},
    {"room rate", "price", 2},
    {"tax rate", "tax_rate", 2},
    {"vat rate", "tax_rate", 2},
    {"discount", "discount", 2},
    {"percentage", "percentage", 2},
    {"probability", "percentage", 2},
    {"percent", "percentage", 2},
    {"pct", "percentage", 2},
    {"salary", "salary", 2},
    {"wage", "salary", 2},
    {"wages", "salary", 2},
    {"annual salary", "salary", 2},
    {"income", "salary", 2},
    {"compensation", "salary", 2},
    {"pay", "salary", 1},
    {"total amount", "amount", 2},
    {"line total", "amount", 2},
    {"amount", "amount", 2},
    {"total", "amount", 2},
    {"subtotal", "amount", 2},
    {"sub total", "amount", 2},
    {"balance", "amount", 2},
    {"revenue", "amount", 2},
    {"sales", "amount", 2},
    {"payment", "amount", 2},
    {"fee", "amount", 2},
    {"fees", "amount", 2},
    {"charge", "amount", 2},
    {"fare", "amount", 2},
    {"freight", "amount", 2},
    {"shipping cost", "amount", 2},
    {"tax", "amount", 2},
    {"credit limit", "amount", 2},
    {"limit", "amount", 1},
    {"copay", "amount", 2},
    {"co pay", "amount", 2},
    {"premium", "amount", 2},
    {"deductible", "amount", 2},
    {"freight cost", "amount", 2},
    {"total cost", "amount", 2},
    {"withheld", "amount", 2},
    {"budget", "amount", 2},
    {"deposit", "amount", 2},
    {"withdrawal", "amount", 2},
    {"replacement cost", "amount", 2},
    {"value", "amount", 1},
    /* quantities */
    {"quantity", "quantity", 2},
    {"qty", "quantity", 2},
    {"units", "quantity", 1},
    {"num items", "quantity", 2},
    {"item count", "quantity", 2},
    {"units in stock", "stock", 2},
    {"in stock", "stock", 2},
    {"stock", "stock", 2},
    {"stock quantity", "stock", 2},
    {"quantity on hand", "stock", 2},
    {"on hand", "stock", 2},
    {"units on order", "stock", 2},
    {"reorder level", "stock", 2},
    {"inventory", "stock", 1},
    {"available", "stock", 2},
    {"copies available", "stock", 2},
    {"rating", "rating", 2},
    {"stars", "rating", 2},
    {"star rating", "rating", 2},
    {"score", "score", 2},
    {"milliseconds", "duration_ms", 2},
    {"duration ms", "duration_ms", 2},
    {"ms", "duration_ms", 2},
    {"millis", "duration_ms", 2},
    {"duration seconds", "duration_s", 2},
    {"duration", "duration_s", 2},
    {"seconds", "duration_s", 2},
    {"duration sec", "duration_s", 2},
    {"runtime", "duration_s", 2},
    {"release year", "year", 2},
    {"model year", "year", 2},
    {"year", "year", 2},
    {"weight kg", "weight", 2},
    {"weight", "weight", 2},
    {"mass", "weight", 2},
    /* dates */
    {"created at", "created_at", 2},
    {"created on", "created_at", 2},
    {"created date", "created_at", 2},
    {"create date", "created_at", 2},
    {"creation date", "created_at", 2},
    {"date created", "created_at", 2},
    {"date added", "created_at", 2},
    {"created", "created_at", 2},
    {"inserted at", "created_at", 2},
    {"registered at", "created_at", 2},
    {"booked at", "created_at", 2},
    {"booking date", "created_at", 2},
    {"registration date", "created_at", 2},
    {"signup date", "created_at", 2},
    {"joined at", "created_at", 2},
    {"join date", "created_at", 2},
    {"updated at", "updated_at", 2},
    {"updated on", "updated_at", 2},
    {"last update", "updated_at", 2},
    {"last updated", "updated_at", 2},
    {"last modified", "updated_at", 2},
    {"modified at", "updated_at", 2},
    {"modified date", "updated_at", 2},
    {"modified", "updated_at", 2},
    {"updated", "updated_at", 2},
    {"changed at", "updated_at", 2},
    {"due date", "date_future", 2},
    {"due", "date_future", 2},
    {"expires at", "date_future", 2},
    {"expiry date", "date_future", 2},
    {"expiration date", "date_future", 2},
    {"expiry", "date_future", 2},
    {"expires", "date_future", 2},
    {"valid until", "date_future", 2},
    {"renewal date", "date_future", 2},
    {"deadline", "date_future", 2},
    {"required date", "date_future", 1},
    {"timestamp", "created_at", 1},
    {"date", "date_past", 1},
    {"time", "date_past", 1},
    {"at", "date_past", 1},
    {"on", "date_past", 1},
    /* products and titles */
    {"product name", "product_name", 2},
    {"item name", "product_name", 2},
    {"product", "product_name", 2},
    {"product category", "product_category", 2},
    {"category name", "product_category", 2},
    {"category", "product_category", 2},
    {"album title", "album_title", 2},
    {"album", "album_title", 2},
    {"book title", "book_title", 2},
    {"film title", "film_title", 2},
    {"movie title", "film_title", 2},
    {"song title", "song_title", 2},
    {"track name", "song_title", 2},
    {"song", "song_title", 2},
    {"artist name", "artist", 2},
    {"artist", "artist", 2},
    {"band", "artist", 2},
    {"composer", "artist", 2},
    {"author", "full_name", 2},
    {"author name", "full_name", 2},
    {"holder", "full_name", 2},
    {"card holder", "full_name", 2},
    {"cardholder", "full_name", 2},
    {"record label", "company", 2},
    {"provider", "company", 1},
    {"insurer", "company", 2},
    {"genre", "music_genre", 1},
    {"language", "language", 2},
    /* text */
    {"description", "description", 2},
    {"desc", "description", 2},
    {"details", "description", 2},
    {"summary", "description", 2},
    {"overview", "description", 2},
    {"about", "description", 2},
    {"bio", "description", 2},
    {"biography", "description", 2},
    {"notes", "description", 2},
    {"note", "description", 2},
    {"comments", "description", 2},
    {"comment", "description", 2},
    {"remarks", "description", 2},
    {"message", "description", 2},
    {"body", "description", 2},
    {"content", "description", 2},
    {"review", "description", 2},
    {"feedback", "description", 2},
    {"instructions", "description", 2},
    {"reason", "description", 2},
    {"requests", "description", 2},
    {"special requests", "description", 2},
    {"explanation", "description", 2},
    {"headline", "sentence", 2},
    {"subtitle", "sentence", 2},
    {"subject", "sentence", 2},
    {"caption", "sentence", 2},
    {"tagline", "sentence", 2},
    {"excerpt", "sentence", 2},
    {"title", "sentence", 1},
    {"tag", "word", 2},
    {"keyword", "word", 2},
    {"label", "word", 1},
    {"status", "status", 2},
    {"order number", "reference", 2},
    {"invoice number", "reference", 2},
    {"tracking number", "reference", 2},
    {"reference", "reference", 2},
    {"ref", "reference", 2},
    {"confirmation number", "reference", 2},
    {"account number", "reference", 2},
    {"policy number", "reference", 2},
    {"member number", "reference", 2},
    {"ticket number", "reference", 2},
    {"number", "reference", 1},
    {"no", "reference", 1},
    {"cost center", "code", 2},
    {"cost centre", "code", 2},
    {"code", "code", 1},
    {"name", "full_name", 0},
};

/* Words that start a name and name a group of columns rather than a kind. */
static const char *const azGroupPrefix[] = {
    "billing",  "bill",        "shipping", "ship",      "home",      "work",      "mailing",  "delivery",
    "primary",  "secondary",   "alt",      "alternate", "emergency", "contact",   "customer", "cust",
    "emp",      "employee",    "manager",  "owner",     "sender",    "recipient", "from",     "to",
    "origin",   "destination", "pickup",   "dropoff",   "hq",        "office",    "business", "personal",
    "parent",   "guardian",    "spouse",   "client",    "user",      "patient",   "provider", "vendor",
    "supplier", "physical",    "postal",   "legal",     "main",      "buyer",     "seller",   "student",
    "member",   "guest",       "author",   "driver",    "passenger"};

static int is_group_prefix(const char *z) {
  int i;
  for (i = 0; i < (int)(sizeof(azGroupPrefix) / sizeof(azGroupPrefix[0])); i++) {
    if (strcmp(azGroupPrefix[i], z) == 0) return 1;
  }
  return 0;
}

/* The table's word, singular: "order_items" -> "item", "People" -> "person". */
static void table_noun(const char *zTable, char *zOut, int nOut) {
  Words w;
  int n;
  name_words(zTable, &w);
  zOut[0] = 0;
  if (w.n == 0) return;
  sqlite3_snprintf(nOut, zOut, "%s", w.a[w.n - 1]);
  n = (int)strlen(zOut);
  if (strcmp(zOut, "people") == 0) {
    sqlite3_snprintf(nOut, zOut, "person");
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

static int in_list(const char *z, const char *const *az) {
  int i;
  for (i = 0; az[i]; i++) {
    if (strcmp(z, az[i]) == 0) return 1;
  }
  return 0;
}

static const char *const azPersonTable[] = {
    "customer",  "user",        "person",    "employee",  "staff",
    "patient",   "member",      "contact",   "student",   "author",
    "teacher",   "instructor",  "driver",    "passenger", "guest",
    "client",    "subscriber",  "applicant", "candidate", "doctor",
    "physician", "nurse",       "owner",     "buyer",     "seller",
    "actor",     "director",    "writer",    "reader",    "player",
    "agent",     "lead",        "volunteer", "worker",    "tenant",
    "traveler",  "traveller",   "attendee",  "speaker",   "participant",
    "recipient", "beneficiary", "manager",   "rep",
    /* people by their role in a row */
    "visitor",   "adjuster",    "holder",    "cardholder", "policyholder",
    "insured",   "claimant",    "witness",   "borrower",  "landlord",
    "resident",  "occupant",    "winner",    "caller",    "requester",
    "requestor", "reporter",    "reviewer",  "approver",  "assignee",
    "creator",   "organizer",   "organiser", "coach",     "trainer",
    "therapist", "dentist",     "pharmacist", "technician", "engineer",
    "developer", "designer",    "consultant", "courier",  "rider",
    "pilot",     "athlete",     "musician",  "singer",    "child",
    "parent",    "father",      "mother",    "spouse",    "referrer",
    "officer",   "clerk",       "cashier",   "teller",    "realtor",
    "inspector", "lawyer",      "attorney",  "guarantor", "cosigner",
    "dependent", "dependant",   "sender",    "signer",    "signatory",
    "payee",     "payer",       "donor",     "surgeon",   "caregiver",
    "guardian",  "mentor",      "tutor",     "pupil",     "learner",
    "trainee",   "intern",      "supervisor", "founder",  "investor",
    "shareholder", "adopter",   "renter",    "lessee",    "lessor",    0};
static const char *const azOrgTable[] = {"company",    "organization", "organisation",
                                         "vendor",     "supplier",     "shipper",
                                         "publisher",  "manufacturer", "carrier",
                                         "partner",    "brand",        "bank",
                                         "agency",     "firm",         "business",
                                         "employer",   "institution",  "school",
                                         "university", "hospital",     "clinic",
                                         "practice",   "provider",     "insurer",
                                         "merchant",   "store",        "shop",
                                         "team",       "club",         "account",
                                         "tenant_org", "lab",
                                         /* businesses a row may name */
                                         "restaurant", "cafe",         "bakery",
                                         "hotel",      "salon",        "gym",
                                         "pharmacy",   "dealer",       "dealership",
                                         "retailer",   "wholesaler",   "distributor",
                                         "lender",     "airline",      "charity",
                                         "nonprofit",  "foundation",   "studio",
                                         "startup",    "franchise",    "contractor",
                                         0};

/* Does the table look like one about organisations (industry, website)? */
static int table_is_org(const SchemaTable *t) {
  int i;
  for (i = 0; i < t->nCol; i++) {
    Words w;
    name_words(t->aCol[i].zName, &w);
    if (words_end_with(&w, "industry") >= 0 || words_end_with(&w, "website") >= 0 ||
        words_end_with(&w, "employees") >= 0 || words_end_with(&w, "annual revenue") >= 0 ||
        words_end_with(&w, "domain") >= 0 || words_end_with(&w, "homepage") >= 0 ||
        words_end_with(&w, "tax id") >= 0 || words_end_with(&w, "vat number") >= 0) {
      return 1;
    }
  }
  return 0;
}

static int table_has(const SchemaTable *t, const char *zPat) {
  int i;
  for (i = 0; i < t->nCol; i++) {
    Words w;
    name_words(t->aCol[i].zName, &w);
    if (words_end_with(&w, zPat) >= 0) return 1;
  }
  return 0;
}

/* Does the table hold payment cards?  Its noun, or a card's other fields. */
static int table_pays(const SchemaTable *t, const char *zNoun) {
  static const char *const azNoun[] = {"card", "payment", "transaction", "wallet", "charge", 0};
  return in_list(zNoun, azNoun) || table_has(t, "cvv") || table_has(t, "cvc") || table_has(t, "card holder") ||
         table_has(t, "cardholder") || table_has(t, "card brand") || table_has(t, "card type") ||
         table_has(t, "expiry month") || table_has(t, "exp month");
}

/*
** A "name" or "title" column of a thing called zNoun: the table's own noun,
** or the word before "name" (airport_name, visitor_name).  bTable: zNoun
** is the table's, so its other columns may tell too (an industry or a
** website: a company; a first and a last name: a person).  eDomain: a
** "title" in a book, film or music database.  Returns 0 for a name when
** nothing tells.
*/
static const char *name_by_noun(const SchemaTable *t, const char *zNoun, int isTitle, int eDomain, int bTable) {
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
      {"currency", "currency_code", "currency_code"},
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
    if (in_list(zNoun, azPersonTable)) return "job_title";
    /* a catalogue of titles in a library, a film or a music database */
    if (strcmp(zNoun, "title") == 0 || strcmp(zNoun, "work") == 0) {
      if (eDomain == DOMAIN_BOOK) return "book_title";
      if (eDomain == DOMAIN_FILM) return "film_title";
      if (eDomain == DOMAIN_MUSIC) return "song_title";
    }
    return "sentence";
  }
  if (in_list(zNoun, azOrgTable) || (bTable && table_is_org(t))) return "company";
  if (in_list(zNoun, azPersonTable)) return "full_name";
  if (bTable && (table_has(t, "first name") || table_has(t, "last name"))) return "full_name";
  return 0; /* an airport's, a branch's name: no kind says more than text */
}

/* Kinds that words of a comment suggest ("Contact's e-mail address"). */
static const NameRule aCommentRule[] = {
    {"company name", "company", 2},
    {"organization name", "company", 2},
    {"company", "company", 2},
    {"organization", "company", 2},
    {"organisation", "company", 2},
    {"first name", "first_name", 2},
    {"given name", "first_name", 2},
    {"last name", "last_name", 2},
    {"family name", "last_name", 2},
    {"surname", "last_name", 2},
    {"full name", "full_name", 2},
    {"person's name", "full_name", 2},
    {"email", "email", 2},
    {"e mail", "email", 2},
    {"phone", "phone", 2},
    {"website", "url", 2},
    {"url", "url", 2},
    {"job title", "job_title", 2},
    {"industry", "industry", 2},
    {"product name", "product_name", 2},
    {"percentage", "percentage", 2},
    {"percent", "percentage", 2},
    {"price", "price", 2},
    {"city", "city", 2},
    {"country", "country", 2},
    {"postal code", "postal_code", 2},
    {"zip", "postal_code", 2},
    {"street", "street_address", 2},
    {"description", "description", 2},
    {"quantity", "quantity", 2},
    {"username", "username", 2},
    {"iso 4217", "currency_code", 2},
    {"uuid", "uuid", 2},
    {"ip address", "ipv4", 2},
    {"ipv4 address", "ipv4", 2},
    {"ipv6 address", "ipv6", 2},
    {"isbn", "isbn", 2},
};

/* The rule that matches w best: the one with the most words (so that
** "tax rate" wins over "rate"), the earlier one on a tie.  Returns the
** kind index, or -1. */
static int match_rules(const NameRule *a, int n, const Words *w, int bSub, int *pStrength, int *pnPrefix,
                       const char **pzPat) {
  int i, iBest = -1, nBestWords = 0, offBest = 0, iKindBest = -1;
  char zJoin[128];
  words_join(w, 0, zJoin, sizeof(zJoin));
  for (i = 0; i < n; i++) {
    int off = -1;
    Words p;
    if (bSub)
      infer_words(a[i].zPat, &p);
    else
      name_words(a[i].zPat, &p);
    if (p.n <= nBestWords) continue;
    if (bSub) {
      /* comments: the phrase anywhere */
      int j, k;
      for (j = 0; j + p.n <= w->n && off < 0; j++) {
        for (k = 0; k < p.n && strcmp(w->a[j + k], p.a[k]) == 0; k++) {
        }
        if (k == p.n) off = j;
      }
    } else {
      off = words_end_with(w, a[i].zPat);
      if (off < 0 && p.n == 1 && strlen(a[i].zPat) > 5) {
        /* FIRSTNAME, emailaddress: the words run together */
        int nJ = (int)strlen(zJoin), nP = (int)strlen(a[i].zPat);
        if (nJ >= nP && strcmp(zJoin + nJ - nP, a[i].zPat) == 0 && w->n == 1) off = 0;
      }
    }
    if (off >= 0) {
      int iKind = fake_kind_find(a[i].zKind);
      if (iKind < 0) continue; /* a kind this build does not have */
      iBest = i;
      nBestWords = p.n;
      offBest = off;
      iKindBest = iKind;
    }
  }
  if (iBest < 0) return -1;
  *pStrength = a[iBest].eStrength;
  *pnPrefix = offBest;
  *pzPat = a[iBest].zPat;
  return iKindBest;
}

/* Drop a trailing unit (weight_lbs, length_cm, price_usd) from w. */
static int words_drop_unit(Words *w) {
  static const char *const azUnit[] = {"kg", "lb", "lbs", "g",   "gr",  "oz",  "cm",    "mm",  "km", "mi",
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
  static const char *const azIrregular[] = {"built", "sold", "paid",  "due",   "owed",  "spent",
                                            "won",   "lost", "made",  "held",  "given", "taken",
                                            "grown", "drawn", "flown", "driven", "written", 0};
  int n = (int)strlen(z);
  if (n >= 5 && strcmp(z + n - 2, "ed") == 0 && z[n - 3] != 'e') return 1;
  return in_list(z, azIrregular);
}

/* Kinds whose values a short code can stand for: gender_cd, status_code. */
static const char *const azCodedKind[] = {"gender", "status", "language", "state", "country", "currency_code", 0};

#define N_NAME_RULE ((int)(sizeof(aNameRule) / sizeof(aNameRule[0])))

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
  int iKind = match_rules(aNameRule, N_NAME_RULE, w, 0, pStr, pnPre, pzPat);
  int s2 = 0, p2 = 0, k2, i;
  const char *z2 = 0;
  const char *zLast = w->n > 0 ? w->a[w->n - 1] : "";
  Words v = *w;
  if (words_drop_unit(&v) && (iKind < 0 || *pStr < 2)) {
    k2 = match_rules(aNameRule, N_NAME_RULE, &v, 0, &s2, &p2, &z2);
    if (k2 >= 0 && s2 >= *pStr) goto take;
  }
  for (i = 1; i < w->n && strcmp(w->a[i], "per") != 0; i++) {
  }
  if (i < w->n && (iKind < 0 || *pStr < 2)) {
    v = *w;
    v.n = i;
    k2 = match_rules(aNameRule, N_NAME_RULE, &v, 0, &s2, &p2, &z2);
    /* a rate written out in text ("10 boxes x 20 bags") is no number */
    if (k2 >= 0 && !(kind_is_number(k2) && c->eType == TY_TEXT)) goto take;
  }
  v = *w;
  v.n--;
  if (w->n >= 2 && (iKind < 0 || *pStr < 2)) {
    int isDateHead = in_list(zLast, azDateHead), isCodeHead = strcmp(zLast, "code") == 0;
    if (isDateHead || isCodeHead) {
      k2 = match_rules(aNameRule, N_NAME_RULE, &v, 0, &s2, &p2, &z2);
      if (k2 >= 0 && s2 >= 2 &&
          (isDateHead ? row_kind_is_date(k2) : in_list(fake_kind_at(k2)->zName, azCodedKind))) {
        goto take;
      }
    }
  }
  if (w->n >= 2 && (iKind < 0 || !kind_fits_type(iKind, c->eType)) && word_is_participle(zLast)) {
    k2 = match_rules(aNameRule, N_NAME_RULE, &v, 0, &s2, &p2, &z2);
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

/* Date chains: which dates follow which in a row. */
static void infer_chain(const Words *w, int iKind, Infer *r) {
  const FakeKind *k = fake_kind_at(iKind);
  static const struct {
    const char *zPat;
    int eChain, iStage;
  } aChain[] = {
      {"created", CHAIN_LIFE, 0},
      {"created at", CHAIN_LIFE, 0},
      {"created on", CHAIN_LIFE, 0},
      {"creation date", CHAIN_LIFE, 0},
      {"date created", CHAIN_LIFE, 0},
      {"registered at", CHAIN_LIFE, 0},
      {"updated", CHAIN_LIFE, 1},
      {"updated at", CHAIN_LIFE, 1},
      {"last update", CHAIN_LIFE, 1},
      {"modified", CHAIN_LIFE, 1},
      {"last modified", CHAIN_LIFE, 1},
      {"modified at", CHAIN_LIFE, 1},
      {"last updated", CHAIN_LIFE, 1},
      {"deleted at", CHAIN_LIFE, 2},
      {"last login", CHAIN_LIFE, 2},
      {"order date", CHAIN_ORDER, 0},
      {"ordered at", CHAIN_ORDER, 0},
      {"placed at", CHAIN_ORDER, 0},
      {"purchase date", CHAIN_ORDER, 0},
      {"orderdate", CHAIN_ORDER, 0},
      {"rental date", CHAIN_ORDER, 0},
      {"invoice date", CHAIN_ORDER, 0},
      {"service date", CHAIN_ORDER, 0},
      {"visit date", CHAIN_ORDER, 0},
      {"submitted date", CHAIN_ORDER, 1},
      {"submitted at", CHAIN_ORDER, 1},
      {"required date", CHAIN_ORDER, 2},
      {"ship date", CHAIN_ORDER, 1},
      {"shipped date", CHAIN_ORDER, 1},
      {"shipped at", CHAIN_ORDER, 1},
      {"shipped", CHAIN_ORDER, 1},
      {"shipped on", CHAIN_ORDER, 1},
      {"dispatched at", CHAIN_ORDER, 1},
      {"return date", CHAIN_ORDER, 2},
      {"returned at", CHAIN_ORDER, 2},
      {"decided date", CHAIN_ORDER, 2},
      {"delivery date", CHAIN_ORDER, 2},
      {"delivered at", CHAIN_ORDER, 2},
      {"delivered date", CHAIN_ORDER, 2},
      {"delivered", CHAIN_ORDER, 2},
      {"received date", CHAIN_ORDER, 2},
      {"paid date", CHAIN_ORDER, 3},
      {"paid at", CHAIN_ORDER, 3},
      {"payment date", CHAIN_ORDER, 3},
      {"due date", CHAIN_ORDER, 3},
      {"closed at", CHAIN_ORDER, 3},
      {"completed at", CHAIN_ORDER, 3},
      {"birth date", CHAIN_PERSON, 0},
      {"date of birth", CHAIN_PERSON, 0},
      {"birthdate", CHAIN_PERSON, 0},
      {"dob", CHAIN_PERSON, 0},
      {"birthday", CHAIN_PERSON, 0},
      {"hire date", CHAIN_PERSON, 1},
      {"hired at", CHAIN_PERSON, 1},
      {"hired on", CHAIN_PERSON, 1},
      {"hiredate", CHAIN_PERSON, 1},
      {"termination date", CHAIN_PERSON, 2},
      {"terminated at", CHAIN_PERSON, 2},
      {"end date", CHAIN_PERIOD, 1},
      {"start date", CHAIN_PERIOD, 0},
      {"starts at", CHAIN_PERIOD, 0},
      {"start", CHAIN_PERIOD, 0},
      {"begin date", CHAIN_PERIOD, 0},
      {"begins at", CHAIN_PERIOD, 0},
      {"valid from", CHAIN_PERIOD, 0},
      {"starts", CHAIN_PERIOD, 0},
      {"start time", CHAIN_PERIOD, 0},
      {"check in", CHAIN_PERIOD, 0},
      {"ends at", CHAIN_PERIOD, 1},
      {"end", CHAIN_PERIOD, 1},
      {"ends", CHAIN_PERIOD, 1},
      {"finish date", CHAIN_PERIOD, 1},
      {"valid to", CHAIN_PERIOD, 1},
      {"valid until", CHAIN_PERIOD, 1},
      {"end time", CHAIN_PERIOD, 1},
      {"check out", CHAIN_PERIOD, 1},
      {"expires at", CHAIN_PERIOD, 1},
      {"expiry date", CHAIN_PERIOD, 1},
      {"expiration date", CHAIN_PERIOD, 1},
  };
  int i;
  if (k == 0 || !(k->eClass == TY_DATE || k->eClass == TY_DATETIME)) return;
  for (i = 0; i < (int)(sizeof(aChain) / sizeof(aChain[0])); i++) {
    int off = words_end_with(w, aChain[i].zPat);
    if (off >= 0) {
      r->eChain = aChain[i].eChain;
      r->iStage = aChain[i].iStage;
      return;
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
    if (strcmp(zNoun, "book") == 0 || strcmp(zNoun, "author") == 0 || strcmp(zNoun, "publisher") == 0) nBook++;
  }
  if (nFilm > nMusic && nFilm > nBook) return DOMAIN_FILM;
  if (nMusic > nBook && nMusic > 0) return DOMAIN_MUSIC;
  if (nBook > 0) return DOMAIN_BOOK;
  return DOMAIN_NONE;
}

/* Does a comment's list hold just 0 and 1 (a yes/no) for a number column? */
static int comment_is_yes_no(const Infer *r, int eType) {
  int i, seen = 0;
  if (r->nValue != 2 || !(is_numeric_type(eType) || eType == TY_ANY)) return 0;
  for (i = 0; i < 2; i++) {
    const SydaVal *v = &r->aValue[i];
    if (v->eType != SQLITE_INTEGER || (v->i != 0 && v->i != 1)) return 0;
    seen |= 1 << v->i;
  }
  return seen == 3;
}

/* BIT or BIT(1): SQL Server's and MySQL's yes/no column. */
static int type_is_bit(const char *zType) {
  return sqlite3_stricmp(zType, "BIT") == 0 || sqlite3_stricmp(zType, "BIT(1)") == 0;
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
  nExp = name_words(c->zName, &w);
  table_noun(t->zName, zNoun, sizeof(zNoun));
  iKind = name_match(c, &w, &eStrength, &nPrefix, &zPat);
  if (zComment) {
    infer_words(zComment, &wc);
    iKindC = match_rules(aCommentRule, (int)(sizeof(aCommentRule) / sizeof(aCommentRule[0])), &wc, 1, &eStrC,
                         &nPrefC, &zPatC);
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
      iKindP = match_rules(aNameRule, (int)(sizeof(aNameRule) / sizeof(aNameRule[0])), &wp, 0, &eStrP, &nPreP,
                           &zPatP);
      if (in_list(zPre, azPersonTable))
        zKind = "full_name";
      else if (in_list(zPre, azOrgTable))
        zKind = "company";
      else if (iKindP >= 0 && eStrP >= 1 && !row_kind_is_date(iKindP))
        zKind = fake_kind_at(iKindP)->zName;
      else if (is_group_prefix(zPre))
        zKind = "full_name"; /* billing_name, shipping_name: who it goes to */
      else if ((zKind = name_by_noun(t, zPre, 0, eDomain, strcmp(zPre, zNoun) == 0)) == 0)
        zKind = "text";
    }
    if (strcmp(zPat, "title") == 0 && c->nLen > 0 && c->nLen <= 8 && in_list(zNoun, azPersonTable)) {
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
    if (strcmp(z, "amount") == 0 && zPat && strcmp(zPat, "value") == 0 && !is_numeric_type(c->eType))
      iKind = -1;
    if (strcmp(z, "file_extension") == 0 && zPat && strcmp(zPat, "extension") == 0 && table_has(t, "phone")) {
      iKind = fake_kind_find("phone");
    }
    if (strcmp(z, "credit_card") == 0 && zPat && strcmp(zPat, "card number") == 0 && !table_pays(t, zNoun)) {
      iKind = fake_kind_find("reference"); /* a library or loyalty card */
    }
  }
  /* A comment that lists just 0 and 1, and a BIT column: yes or no. */
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
  } else if (type_is_bit(c->zType)) {
    iKind = fake_kind_find("boolean");
    sqlite3_free(r->zWhy);
    r->zWhy = sqlite3_mprintf("type %s", c->zType);
  }
  /* BOOLEAN columns and yes/no names. */
  if (c->eType == TY_BOOL ||
      ((c->eType == TY_INT || c->eType == TY_TEXT) && w.n >= 1 &&
       ((w.n >= 2 &&
         (strcmp(w.a[0], "is") == 0 || strcmp(w.a[0], "has") == 0 || strcmp(w.a[0], "can") == 0)) ||
        words_end_with(&w, "flag") >= 0 || words_end_with(&w, "active") >= 0 ||
        words_end_with(&w, "enabled") >= 0 || words_end_with(&w, "verified") >= 0 ||
        words_end_with(&w, "discontinued") >= 0 || words_end_with(&w, "deleted") >= 0 ||
        words_end_with(&w, "archived") >= 0 || words_end_with(&w, "published") >= 0 ||
        words_end_with(&w, "approved") >= 0))) {
    if (iKind < 0 || c->eType == TY_BOOL || (c->nLen > 0 && c->nLen <= 1) || c->eType == TY_INT) {
      iKind = fake_kind_find("boolean");
      sqlite3_free(r->zWhy);
      r->zWhy = sqlite3_mprintf("%s", c->eType == TY_BOOL ? "type BOOLEAN" : "a yes/no name");
    }
  }
  /* Text keys without a clearer name: a short code or a reference. */
  if (iKind < 0 && (c->eType == TY_TEXT || c->eType == TY_ANY) && words_end_with(&w, "id") >= 0) {
    iKind = fake_kind_find(c->nLen > 0 && c->nLen <= 10 ? "code" : "reference");
    r->zWhy = sqlite3_mprintf("a text identifier");
  }
  if (iKind >= 0 && r->zWhy == 0) r->zWhy = why_name(c, &w, nExp, "");
  /* A plain date column: its words tell whether it looks ahead or back.  A
  ** verb in the present tense (starts_at, trial_ends_at) says what is
  ** planned; in a current period the start has passed and the end not. */
  if (c->eType == TY_DATE || c->eType == TY_DATETIME || (iKind >= 0 && row_kind_is_date(iKind))) {
    static const char *const azAhead[] = {
        "expected", "expires",  "expiry",   "expiration", "due",    "until",    "next",    "scheduled",
        "planned",  "estimated", "renewal", "renews",     "deadline", "upcoming", "target", "eta",
        "starts",   "begins",   "ends",     "finishes",   "opens",  "closes",   "departs", "arrives",
        "launches", "occurs",   "lapses",   "matures",    "resumes", 0};
    static const char *const azBack[] = {"since", "last", "previous", "former", 0};
    static const char *const azStart[] = {"start", "starts", "begin", "begins", "from", 0};
    static const char *const azEnd[] = {"end", "ends", "until", "to", "through", 0};
    const char *zK = iKind >= 0 ? fake_kind_at(iKind)->zName : "";
    if (iKind < 0 || strcmp(zK, "date") == 0 || strcmp(zK, "datetime") == 0 || strcmp(zK, "date_past") == 0) {
      int j, ahead = 0, back = 0, current = 0;
      for (j = 0; j < w.n; j++) {
        ahead |= in_list(w.a[j], azAhead);
        back |= in_list(w.a[j], azBack);
        current |= strcmp(w.a[j], "current") == 0;
      }
      if (current) {
        for (j = 0; j < w.n; j++) {
          if (in_list(w.a[j], azStart)) back = 1, ahead = 0;
          if (in_list(w.a[j], azEnd)) ahead = 1, back = 0;
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
  /* The group: the words before the match, when they name one. */
  r->zGroup = 0;
  for (j = 0; j < nPrefix && j < 1; j++) {
    if (is_group_prefix(w.a[j])) r->zGroup = sqlite3_mprintf("%s", w.a[j]);
  }
  infer_chain(&w, iKind, r);
  return r->zWhy ? SQLITE_OK : SQLITE_NOMEM;
}
