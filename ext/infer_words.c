/*
** infer_words.c — names and comments as words, and the rules they are
** matched against.
**
** A name is split into lower-case words whatever its style (first_name,
** FirstName, BILLING_CITY, ADDR1 -> address, 1), abbreviations are expanded
** (FIRST_NM -> first name), and the rule whose words end the name, the
** longest first, suggests a kind: "billing postal code" is a postal code.
** A comment's words are matched anywhere ("Contact's e-mail address").
**
**     Words w;  infer_name_words("CUST_EMAIL_ADDR", &w);   -- customer email address
**     iKind = infer_match_rules(infer_aNameRule, infer_nNameRule, &w, 0, &eStrength, &nPrefix, &zPat);
*/
#include <ctype.h>
#include <string.h>

#include "fake.h"
#include "infer_int.h"
SQLITE_EXTENSION_INIT3

/* Split an identifier (or a comment) into lower-case words: at '_', '-',
** spaces and punctuation, at lower->Upper (firstName), at UPPER->Upperlower
** (HTTPServer) and between letters and digits (address1). */
void infer_words(const char *z, Words *w) {
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
    {"acct", "account"},     {"acq", "acquired"},      {"addr", "address"},     {"amt", "amount"},
    {"appt", "appointment"}, {"avg", "average"},       {"bal", "balance"},      {"bday", "birthday"},
    {"bgn", "begin"},        {"ccy", "currency"},      {"cd", "code"},          {"chg", "changed"},
    {"cmnt", "comment"},     {"cmt", "comment"},       {"cnt", "count"},        {"cntry", "country"},
    {"crt", "created"},      {"ctry", "country"},      {"cust", "customer"},    {"dept", "department"},
    {"desc", "description"}, {"descr", "description"}, {"dest", "destination"}, {"dt", "date"},
    {"dtm", "datetime"},     {"dttm", "datetime"},     {"eff", "effective"},    {"eml", "email"},
    {"emp", "employee"},     {"est", "estimated"},     {"exp", "expiry"},       {"flg", "flag"},
    {"gndr", "gender"},      {"hgt", "height"},        {"img", "image"},        {"ind", "indicator"},
    {"inv", "invoice"},      {"lang", "language"},     {"lbl", "label"},        {"lic", "license"},
    {"loc", "location"},     {"lst", "last"},          {"mgr", "manager"},      {"mob", "mobile"},
    {"mod", "modified"},     {"msec", "milliseconds"}, {"msg", "message"},      {"nbr", "number"},
    {"nm", "name"},          {"no", "number"},         {"nr", "number"},        {"num", "number"},
    {"nxt", "next"},         {"org", "organization"},  {"orig", "origin"},      {"pct", "percent"},
    {"ph", "phone"},         {"phn", "phone"},         {"pic", "picture"},      {"pmt", "payment"},
    {"prev", "previous"},    {"prod", "product"},      {"pwd", "password"},     {"pymt", "payment"},
    {"qty", "quantity"},     {"rcv", "received"},      {"recv", "received"},    {"reg", "registration"},
    {"rmk", "remark"},       {"rmks", "remarks"},      {"sched", "scheduled"},  {"sec", "seconds"},
    {"secs", "seconds"},     {"seq", "sequence"},      {"src", "source"},       {"stat", "status"},
    {"strt", "start"},       {"sts", "status"},        {"svc", "service"},      {"tel", "telephone"},
    {"tm", "time"},          {"ts", "timestamp"},      {"txn", "transaction"},  {"typ", "type"},
    {"tz", "time zone"},     {"ua", "user agent"},     {"upd", "updated"},      {"usr", "user"},
    {"ver", "version"},      {"wt", "weight"},         {"yr", "year"},
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

int infer_name_words(const char *zName, Words *w) {
  infer_words(zName, w);
  return words_expand(w);
}

int infer_words_end_with(const Words *w, const char *zPat) {
  Words p;
  int i, off;
  infer_name_words(zPat, &p);
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

int infer_in_list(const char *z, const char *const *az) {
  int i;
  for (i = 0; az[i]; i++) {
    if (strcmp(z, az[i]) == 0) return 1;
  }
  return 0;
}

/*
** Name rules.  A rule's pattern matches the last words of the name (so
** "billing postal code" matches "postal code"), or, for one-word patterns
** of several syllables, the name's words run together ("firstname").
** eStrength: 2 = the name says it; 1 = a generic word that the table or the
** comment may overrule.  Order: longer, more specific patterns first.
*/
const NameRule infer_aNameRule[] = {
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
    {"currency name", "currency_name", 2},
    {"currency", "currency_code", 2},
    {"language code", "language_code", 2},
    {"language iso", "language_code", 2},
    {"iso language", "language_code", 2},
    {"country code 3", "country_code3", 2},
    {"country iso 3", "country_code3", 2},
    {"country alpha 3", "country_code3", 2},
    {"iso 3 country", "country_code3", 2},
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
    {"age years", "age", 2},
    {"age in years", "age", 2},
    {"age min", "age", 2},
    {"age max", "age", 2},
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
    /* free text that says what it is about */
    {"chief complaint", "visit_reason", 2},
    {"presenting complaint", "visit_reason", 2},
    {"reason for visit", "visit_reason", 2},
    {"visit reason", "visit_reason", 2},
    {"reason for appointment", "visit_reason", 2},
    {"appointment reason", "visit_reason", 2},
    {"diagnosis", "diagnosis", 2},
    {"diagnoses", "diagnosis", 2},
    {"diagnosis name", "diagnosis", 2},
    {"diagnosis description", "diagnosis", 2},
    {"clinical notes", "clinical_note", 2},
    {"clinical note", "clinical_note", 2},
    {"progress notes", "clinical_note", 2},
    {"progress note", "clinical_note", 2},
    {"soap note", "clinical_note", 2},
    {"soap notes", "clinical_note", 2},
    {"visit notes", "clinical_note", 2},
    {"encounter notes", "clinical_note", 2},
    {"physician notes", "clinical_note", 2},
    {"doctor notes", "clinical_note", 2},
    {"nursing notes", "clinical_note", 2},
    {"nurse notes", "clinical_note", 2},
    {"ticket subject", "ticket_subject", 2},
    {"ticket description", "ticket_description", 2},
    {"resolution notes", "ticket_resolution", 2},
    {"resolution note", "ticket_resolution", 2},
    {"resolution summary", "ticket_resolution", 2},
    {"resolution details", "ticket_resolution", 2},
    {"resolution comment", "ticket_resolution", 2},
    {"resolution comments", "ticket_resolution", 2},
    {"review title", "review_title", 2},
    {"review headline", "review_title", 2},
    {"review text", "review_body", 2},
    {"review body", "review_body", 2},
    {"review comment", "review_body", 2},
    {"review", "review_body", 2},
    {"bio", "bio", 2},
    {"biography", "bio", 2},
    {"short bio", "bio", 2},
    {"about me", "bio", 2},
    /* text */
    {"description", "description", 2},
    {"desc", "description", 2},
    {"details", "description", 2},
    {"summary", "description", 2},
    {"overview", "description", 2},
    {"about", "description", 2},
    {"notes", "description", 2},
    {"note", "description", 2},
    {"comments", "description", 2},
    {"comment", "description", 2},
    {"remarks", "description", 2},
    {"message", "description", 2},
    {"body", "description", 2},
    {"content", "description", 2},
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
    {"pnr", "reference", 2}, /* an airline booking's passenger name record */
    {"record locator", "reference", 2},
    {"locator", "reference", 2},
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
const int infer_nNameRule = (int)(sizeof(infer_aNameRule) / sizeof(infer_aNameRule[0]));

/* Kinds that words of a comment suggest ("Contact's e-mail address"). */
const NameRule infer_aCommentRule[] = {
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
    {"iso 639", "language_code", 2},
    {"iso 3166", "country_code", 2},
    {"uuid", "uuid", 2},
    {"ip address", "ipv4", 2},
    {"ipv4 address", "ipv4", 2},
    {"ipv6 address", "ipv6", 2},
    {"isbn", "isbn", 2},
};
const int infer_nCommentRule = (int)(sizeof(infer_aCommentRule) / sizeof(infer_aCommentRule[0]));

/* The rule that matches w best: the one with the most words (so that
** "tax rate" wins over "rate"), the earlier one on a tie.  Returns the
** kind index, or -1. */
int infer_match_rules(const NameRule *a, int n, const Words *w, int bSub, int *pStrength, int *pnPrefix,
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
      infer_name_words(a[i].zPat, &p);
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
      off = infer_words_end_with(w, a[i].zPat);
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
