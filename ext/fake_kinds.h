/*
** fake_kinds.h — the realistic kinds, for the table in fake.c.
**
**   fake_people.c  groups (person, company, address, file), names, e-mail,
**                  user names, phones, companies, jobs
**   fake_place.c   streets, cities, regions, postal codes, countries, positions
**   fake_ids.c     internet values, codes, identifiers with check digits,
**                  hashes, files, colours
**   fake_text.c    sentences, descriptions, titles, products, genres, words
**   fake_venue.c   rooms, sites named after their city, course titles, time
**                  zones
**   fake_topic.c   free text about what its table is about: visits to a
**                  doctor, support tickets, reviews, bios
**
** FAKE_KINDS_MORE expands to their entries of the kinds table.  Numbers
** and dates have no function: row.c draws them in the entry's range.
*/
#ifndef SYDA_FAKE_KINDS_H
#define SYDA_FAKE_KINDS_H

#include "fake.h"

/* Draw a group's shared choices (a person, a company, a place) for a row. */
void fake_group_fill(FakeGroup *g, RngDraw *d, const DictLocale *pLocale);
/* The product line, noun and adjectives of a row's product (fake_text.c). */
void fake_product_fill(FakeGroup *g, RngDraw *d);
/* The locale of a value (en_US when none was set). */
const DictLocale *fake_locale(const FakeCtx *);
/* The group of kind eGroup this value reads: the column's or the row's,
** else one drawn for this value alone into *pTmp. */
FakeGroup *fake_group_get(FakeCtx *ctx, int eGroup, FakeGroup *pTmp);
/* The domain of the row's company ("summitanalytics.com"), or of words. */
void fake_company_domain(FakeCtx *ctx, SydaBuf *b);
/* Append an ASCII word with its first letter upper-cased. */
void fake_capital(SydaBuf *b, const char *z);
/* An entry of a word list, by weight; when unique (ctx->u >= 0) the u-th,
** and past the list's end the entry with a number ("Rock 2"). */
void fake_list_value(FakeCtx *ctx, const DictList *l, SydaVal *v);
/* The most characters an entry of a list has. */
int fake_list_longest(const DictList *l);
/* The capacity of such a kind: the list's entries, then numbered ones. */
#define FAKE_LIST_CAP(name, list)                       \
  i64 fake_cap_##name(const FakeSpec *s, int *pnLong) { \
    (void)s;                                            \
    if (pnLong) *pnLong = fake_list_longest(&(list));   \
    return -(i64)(list).n;                              \
  }
/* The entry of dict_country of IANA time zone z[0..n) (fake_venue.c), -1
** when not known; its city, underscores read as blanks, into b (1), or 0. */
int fake_zone_country(const char *z, int n);
int fake_zone_city(const char *z, int n, SydaBuf *b);
/* "a" or "an" before word w, by its first sound (fake_text.c). */
const char *fake_article(const char *w);
/* Append digits for each '#' of zPat (other characters as they are). */
void fake_digits(SydaBuf *b, const char *zPat, u64 *px);

#define FAKE_DECL(n) void fake_gen_##n(FakeCtx *, SydaVal *)
FAKE_DECL(first_name);
FAKE_DECL(last_name);
FAKE_DECL(full_name);
FAKE_DECL(username);
FAKE_DECL(honorific);
FAKE_DECL(gender);
FAKE_DECL(email);
FAKE_DECL(phone);
FAKE_DECL(company);
FAKE_DECL(department);
FAKE_DECL(medical_specialty);
FAKE_DECL(job_title);
FAKE_DECL(industry);
FAKE_DECL(street_address);
FAKE_DECL(address_line2);
FAKE_DECL(city);
FAKE_DECL(state);
FAKE_DECL(state_code);
FAKE_DECL(postal_code);
FAKE_DECL(country);
FAKE_DECL(country_code);
FAKE_DECL(country_code3);
FAKE_DECL(latitude);
FAKE_DECL(longitude);
FAKE_DECL(address);
FAKE_DECL(url);
FAKE_DECL(domain);
FAKE_DECL(ipv4);
FAKE_DECL(ipv6);
FAKE_DECL(mac_address);
FAKE_DECL(user_agent);
FAKE_DECL(slug);
FAKE_DECL(sku);
FAKE_DECL(isbn);
FAKE_DECL(iban);
FAKE_DECL(credit_card);
FAKE_DECL(code);
FAKE_DECL(reference);
FAKE_DECL(currency_code);
FAKE_DECL(currency_name);
FAKE_DECL(color);
FAKE_DECL(hex_color);
FAKE_DECL(product_name);
FAKE_DECL(product_category);
FAKE_DECL(book_title);
FAKE_DECL(album_title);
FAKE_DECL(film_title);
FAKE_DECL(song_title);
FAKE_DECL(music_genre);
FAKE_DECL(film_genre);
FAKE_DECL(book_genre);
FAKE_DECL(artist);
FAKE_DECL(description);
FAKE_DECL(sentence);
FAKE_DECL(word);
FAKE_DECL(language);
FAKE_DECL(language_code);
FAKE_DECL(status);
FAKE_DECL(file_name);
FAKE_DECL(mime_type);
FAKE_DECL(file_extension);
FAKE_DECL(md5);
FAKE_DECL(sha1);
FAKE_DECL(sha256);
FAKE_DECL(room);
FAKE_DECL(site_name);
FAKE_DECL(course_title);
FAKE_DECL(timezone);
FAKE_DECL(visit_reason);
FAKE_DECL(diagnosis);
FAKE_DECL(clinical_note);
FAKE_DECL(ticket_subject);
FAKE_DECL(ticket_description);
FAKE_DECL(ticket_resolution);
FAKE_DECL(review_title);
FAKE_DECL(review_body);
FAKE_DECL(bio);
i64 fake_cap_diagnosis(const FakeSpec *, int *);
i64 fake_cap_room(const FakeSpec *, int *);
i64 fake_cap_site_name(const FakeSpec *, int *);
i64 fake_cap_course_title(const FakeSpec *, int *);
i64 fake_cap_timezone(const FakeSpec *, int *);
/* The city, form (iVariant) and number past them (nOver) of the place a
** unique site name drives, from g->uDrive (fake_venue.c). */
void fake_site_drive(FakeGroup *g, const DictLocale *L);
i64 fake_cap_email(const FakeSpec *, int *);
i64 fake_cap_company(const FakeSpec *, int *);
i64 fake_cap_product(const FakeSpec *, int *);
i64 fake_cap_book_title(const FakeSpec *, int *);
i64 fake_cap_album_title(const FakeSpec *, int *);
i64 fake_cap_film_title(const FakeSpec *, int *);
i64 fake_cap_song_title(const FakeSpec *, int *);
i64 fake_cap_code(const FakeSpec *, int *);
i64 fake_cap_bits(const FakeSpec *, int *);
i64 fake_cap_reference(const FakeSpec *, int *);
i64 fake_cap_ipv4(const FakeSpec *, int *);
i64 fake_cap_sku(const FakeSpec *, int *);
i64 fake_cap_isbn(const FakeSpec *, int *);
i64 fake_cap_credit_card(const FakeSpec *, int *);
i64 fake_cap_iban(const FakeSpec *, int *);
i64 fake_cap_hex_color(const FakeSpec *, int *);
i64 fake_cap_slug(const FakeSpec *, int *);
i64 fake_cap_department(const FakeSpec *, int *);
i64 fake_cap_medical_specialty(const FakeSpec *, int *);
i64 fake_cap_job_title(const FakeSpec *, int *);
i64 fake_cap_industry(const FakeSpec *, int *);
i64 fake_cap_currency_code(const FakeSpec *, int *);
i64 fake_cap_currency_name(const FakeSpec *, int *);
i64 fake_cap_country(const FakeSpec *, int *);
i64 fake_cap_country_code(const FakeSpec *, int *);
i64 fake_cap_country_code3(const FakeSpec *, int *);
i64 fake_cap_language_code(const FakeSpec *, int *);
i64 fake_cap_color(const FakeSpec *, int *);
i64 fake_cap_product_category(const FakeSpec *, int *);
i64 fake_cap_music_genre(const FakeSpec *, int *);
i64 fake_cap_film_genre(const FakeSpec *, int *);
i64 fake_cap_book_genre(const FakeSpec *, int *);
i64 fake_cap_word(const FakeSpec *, int *);
i64 fake_cap_language(const FakeSpec *, int *);
i64 fake_cap_status(const FakeSpec *, int *);

/* name, description, class, lo, hi, decimals, dist, group, xGen, xCap, relative */
#define FAKE_T(n, desc, grp, cap) \
  { #n, desc, TY_TEXT, 0, 0, -1, 0, grp, fake_gen_##n, cap, 0 }
#define FAKE_KINDS_MORE                                                                                        \
  /* people */                                                                                                 \
  FAKE_T(first_name, "a given name, common ones more often", GRP_PERSON, 0),                                   \
      FAKE_T(last_name, "a family name, common ones more often", GRP_PERSON, 0),                               \
      FAKE_T(full_name, "given and family name of the row's person", GRP_PERSON, 0),                           \
      FAKE_T(username, "a user name made from the row's person", GRP_PERSON, fake_cap_email),                  \
      FAKE_T(honorific, "Mr., Ms., Dr. ... that fits the row's person", GRP_PERSON, 0),                        \
      FAKE_T(gender, "Female, Male, Non-binary: the row's person's", GRP_PERSON, 0),                           \
      {"age", "a person's age in years, 18 to 90, fewer past 65", TY_INT, 18, 90, 0, DIST_AGE, GRP_NONE, 0, 0, \
       0},                                                                                                     \
      {"birth_date",                                                                                           \
       "a birth date of someone 18 to 90 years old, fewer past 65",                                            \
       TY_DATE,                                                                                                \
       -32872,                                                                                                 \
       -6575,                                                                                                  \
       0,                                                                                                      \
       DIST_AGE,                                                                                               \
       GRP_NONE,                                                                                               \
       0,                                                                                                      \
       0,                                                                                                      \
       1}, /* contact */                                                                                       \
      FAKE_T(email, "an e-mail address of the row's person (or company)", GRP_PERSON, fake_cap_email),         \
      FAKE_T(phone, "a phone number in the locale's format, area code of the row's city", GRP_ADDRESS, 0),     \
      {"fax", "a fax number in the locale's format", TY_TEXT, 0, 0, -1, 0, GRP_ADDRESS, fake_gen_phone, 0,     \
       0}, /* organisations */                                                                                 \
      FAKE_T(company, "a company name", GRP_COMPANY, fake_cap_company),                                        \
      FAKE_T(department, "a department of a company", GRP_NONE, fake_cap_department),                          \
      FAKE_T(medical_specialty, "a doctor's field of medicine", GRP_NONE, fake_cap_medical_specialty),         \
      FAKE_T(job_title, "a job title", GRP_NONE, fake_cap_job_title),                                          \
      FAKE_T(industry, "an industry", GRP_NONE, fake_cap_industry), /* addresses */                            \
      FAKE_T(street_address, "house number and street, in the locale's order", GRP_ADDRESS, 0),                \
      FAKE_T(address_line2, "an apartment, suite or floor", GRP_ADDRESS, 0),                                   \
      FAKE_T(city, "a city of the locale, weighted by population", GRP_ADDRESS, 0),                            \
      FAKE_T(state, "the state or region of the row's city", GRP_ADDRESS, 0),                                  \
      FAKE_T(state_code, "the code of the row's state or region", GRP_ADDRESS, 0),                             \
      FAKE_T(postal_code, "a postal code of the row's city", GRP_ADDRESS, 0),                                  \
      FAKE_T(country, "the locale's country; in a table of countries, one of the world's", GRP_ADDRESS,        \
             fake_cap_country),                                                                                \
      FAKE_T(country_code, "ISO 3166-1 alpha-2 code of the country (the locale's or the row's)",               \
             GRP_ADDRESS, fake_cap_country_code),                                                              \
      FAKE_T(country_code3, "ISO 3166-1 alpha-3 code of the country (the locale's or the row's)",              \
             GRP_ADDRESS, fake_cap_country_code3),                                                             \
      {"latitude", "latitude near the row's city", TY_REAL, -90, 90, 6, 0, GRP_ADDRESS, fake_gen_latitude, 0,  \
       0},                                                                                                     \
      {"longitude",                                                                                            \
       "longitude near the row's city",                                                                        \
       TY_REAL,                                                                                                \
       -180,                                                                                                   \
       180,                                                                                                    \
       6,                                                                                                      \
       0,                                                                                                      \
       GRP_ADDRESS,                                                                                            \
       fake_gen_longitude,                                                                                     \
       0,                                                                                                      \
       0},                                                                                                     \
      FAKE_T(address, "a whole address on one line", GRP_ADDRESS, 0), /* internet */                           \
      FAKE_T(url, "a web address (the row's company's site when there is one)", GRP_COMPANY, 0),               \
      FAKE_T(domain, "a domain name", GRP_COMPANY, 0),                                                         \
      FAKE_T(ipv4, "an IPv4 address", GRP_NONE, fake_cap_ipv4),                                                \
      FAKE_T(ipv6, "an IPv6 address", GRP_NONE, fake_cap_bits),                                                \
      FAKE_T(mac_address, "a MAC address", GRP_NONE, fake_cap_bits),                                           \
      FAKE_T(user_agent, "a web browser's user agent string", GRP_NONE, 0),                                    \
      FAKE_T(slug, "a URL slug", GRP_NONE, fake_cap_slug), /* identifiers */                                   \
      FAKE_T(sku, "a stock-keeping unit code", GRP_NONE, fake_cap_sku),                                        \
      FAKE_T(isbn, "an ISBN-13 with a valid check digit", GRP_NONE, fake_cap_isbn),                            \
      FAKE_T(iban, "an IBAN with valid check digits", GRP_NONE, fake_cap_iban),                                \
      FAKE_T(credit_card, "a test card number (a processor's test range) with a valid Luhn digit", GRP_NONE,   \
             fake_cap_credit_card),                                                                            \
      FAKE_T(code, "a short upper-case code", GRP_NONE, fake_cap_code),                                        \
      FAKE_T(reference, "an order, invoice or ticket number", GRP_NONE, fake_cap_reference), /* money */            \
      {"price", "a unit price", TY_REAL, 1, 1000, 2, DIST_LOGNORMAL, GRP_NONE, 0, 0, 0},                       \
      {"amount",                                                                                               \
       "an amount of money: a total, balance or fee",                                                          \
       TY_REAL,                                                                                                \
       5,                                                                                                      \
       5000,                                                                                                   \
       2,                                                                                                      \
       DIST_LOGNORMAL,                                                                                         \
       GRP_NONE,                                                                                               \
       0,                                                                                                      \
       0,                                                                                                      \
       0},                                                                                                     \
      {"salary", "a yearly salary", TY_INT, 28000, 240000, 0, DIST_LOGNORMAL, GRP_NONE, 0, 0, 0},              \
      FAKE_T(currency_code, "an ISO 4217 currency code: the row's country's", GRP_WORLD,                       \
             fake_cap_currency_code),                                                                          \
      FAKE_T(currency_name, "the English name of the row's currency", GRP_WORLD, fake_cap_currency_name),      \
      {"percentage", "a percentage, 0 to 100", TY_REAL, 0, 100, 2, DIST_UNIFORM, GRP_NONE, 0, 0, 0},           \
      {"discount", "a discount as a fraction, 0 to 0.3", TY_REAL, 0, 0.3, 2, DIST_UNIFORM, GRP_NONE, 0, 0, 0}, \
      {"tax_rate", "a tax rate as a fraction, 0 to 0.25", TY_REAL, 0, 0.25, 3, DIST_UNIFORM, GRP_NONE, 0, 0,   \
       0}, /* quantities */                                                                                    \
      {"quantity", "a number of units, small ones more often", TY_INT, 1, 20, 0, DIST_ZIPF, GRP_NONE, 0, 0,    \
       0},                                                                                                     \
      {"stock", "units in stock", TY_INT, 0, 500, 0, DIST_UNIFORM, GRP_NONE, 0, 0, 0},                         \
      {"rating", "a rating of 1 to 5 stars", TY_INT, 1, 5, 0, DIST_UNIFORM, GRP_NONE, 0, 0, 0},                \
      {"score", "a score of 0 to 100", TY_INT, 0, 100, 0, DIST_NORMAL, GRP_NONE, 0, 0, 0},                     \
      {"duration_s", "a duration in seconds", TY_INT, 30, 7200, 0, DIST_LOGNORMAL, GRP_NONE, 0, 0, 0},         \
      {"duration_ms", "a duration in milliseconds", TY_INT, 50, 600000, 0, DIST_LOGNORMAL, GRP_NONE, 0, 0, 0}, \
      {"year", "a year, 1960 to 2025", TY_INT, 1960, 2025, 0, DIST_UNIFORM, GRP_NONE, 0, 0, 0},                \
      {"weight", "a weight in kilograms", TY_REAL, 0.1, 50, 2, DIST_LOGNORMAL, GRP_NONE, 0, 0, 0},             \
      {"body_temperature",                                                                                     \
       "a patient's temperature in degrees Celsius, most near 36.7, a few with fever",                         \
       TY_REAL,                                                                                                \
       35.8,                                                                                                   \
       40.3,                                                                                                   \
       1,                                                                                                      \
       DIST_LOGNORMAL,                                                                                         \
       GRP_NONE,                                                                                               \
       0,                                                                                                      \
       0,                                                                                                      \
       0},                                                                                                     \
      {"file_size",                                                                                            \
       "a file size in bytes",                                                                                 \
       TY_INT,                                                                                                 \
       1000,                                                                                                   \
       50000000,                                                                                               \
       0,                                                                                                      \
       DIST_LOGNORMAL,                                                                                         \
       GRP_NONE,                                                                                               \
       0,                                                                                                      \
       0,                                                                                                      \
       0}, /* dates */                                                                                         \
      {"date_past", "a date in the last five years", TY_DATE, -1826, 0, 0, DIST_UNIFORM, GRP_NONE, 0, 0, 1},   \
      {"date_future", "a date in the next two years", TY_DATE, 1, 730, 0, DIST_UNIFORM, GRP_NONE, 0, 0, 1},    \
      {"created_at",                                                                                           \
       "when a row was created: the last five years",                                                          \
       TY_DATETIME,                                                                                            \
       -1826,                                                                                                  \
       0,                                                                                                      \
       0,                                                                                                      \
       DIST_UNIFORM,                                                                                           \
       GRP_NONE,                                                                                               \
       0,                                                                                                      \
       0,                                                                                                      \
       1},                                                                                                     \
      {"updated_at",                                                                                           \
       "when a row last changed: after it was created",                                                        \
       TY_DATETIME,                                                                                            \
       -365,                                                                                                   \
       0,                                                                                                      \
       0,                                                                                                      \
       DIST_UNIFORM,                                                                                           \
       GRP_NONE,                                                                                               \
       0,                                                                                                      \
       0,                                                                                                      \
       1}, /* colours, products, titles */                                                                     \
      FAKE_T(color, "a colour name", GRP_NONE, fake_cap_color),                                                \
      FAKE_T(hex_color, "a colour as #rrggbb", GRP_NONE, fake_cap_hex_color),                                  \
      FAKE_T(product_name, "a product name of the row's category", GRP_PRODUCT, fake_cap_product),             \
      FAKE_T(product_category, "a product category: the row's product's", GRP_PRODUCT,                         \
             fake_cap_product_category),                                                                       \
      FAKE_T(book_title, "a book title", GRP_NONE, fake_cap_book_title),                                       \
      FAKE_T(album_title, "an album title", GRP_NONE, fake_cap_album_title),                                   \
      FAKE_T(film_title, "a film title", GRP_NONE, fake_cap_film_title),                                       \
      FAKE_T(song_title, "a song title", GRP_NONE, fake_cap_song_title),                                       \
      FAKE_T(music_genre, "a music genre", GRP_NONE, fake_cap_music_genre),                                    \
      FAKE_T(film_genre, "a film genre", GRP_NONE, fake_cap_film_genre),                                       \
      FAKE_T(book_genre, "a book genre", GRP_NONE, fake_cap_book_genre),                                       \
      FAKE_T(artist, "a musician or band", GRP_NONE, 0), /* text */                                            \
      FAKE_T(description, "two or three readable sentences", GRP_NONE, 0),                                     \
      FAKE_T(sentence, "one readable sentence", GRP_NONE, 0),                                                  \
      FAKE_T(word, "one word", GRP_NONE, fake_cap_word),                                                       \
      FAKE_T(language, "a language", GRP_WORLD, fake_cap_language),                                            \
      FAKE_T(language_code, "the ISO 639-1 code of the row's language", GRP_WORLD, fake_cap_language_code),    \
      FAKE_T(status, "a status: Active, Pending, ...", GRP_NONE, fake_cap_status), /* files and hashes */      \
      FAKE_T(file_name, "a file name whose extension fits the row's MIME type", GRP_FILE, 0),                  \
      FAKE_T(mime_type, "a MIME type", GRP_FILE, 0),                                                           \
      FAKE_T(file_extension, "a file extension", GRP_FILE, 0),                                                 \
      FAKE_T(md5, "an MD5 hash, hex", GRP_NONE, fake_cap_bits),                                                \
      FAKE_T(sha1, "a SHA-1 hash, hex", GRP_NONE, fake_cap_bits),                                              \
      FAKE_T(sha256, "a SHA-256 hash, hex", GRP_NONE, fake_cap_bits), /* places and courses */                 \
      FAKE_T(room, "a room: a building letter, floor and number, or Room and a number", GRP_NONE,              \
             fake_cap_room),                                                                                   \
      FAKE_T(site_name, "a warehouse, branch or store named after the row's city", GRP_ADDRESS,                \
             fake_cap_site_name),                                                                              \
      FAKE_T(course_title, "the title of a course taught at a school or university", GRP_NONE,                 \
             fake_cap_course_title),                                                                           \
      FAKE_T(timezone, "an IANA time zone: the one of the row's city or country", GRP_ADDRESS,                 \
             fake_cap_timezone), /* free text about what the table is about */                                 \
      FAKE_T(visit_reason, "why a patient sees a doctor: the row's visit's", GRP_CARE, 0),                     \
      FAKE_T(diagnosis, "a common condition's plain name: the row's visit's", GRP_CARE, fake_cap_diagnosis),   \
      FAKE_T(clinical_note, "a short clinical note of the row's visit: complaint, findings, plan", GRP_CARE,   \
             0),                                                                                               \
      FAKE_T(ticket_subject, "a support ticket's subject: the row's problem", GRP_ISSUE, 0),                   \
      FAKE_T(ticket_description, "a customer's account of the row's problem", GRP_ISSUE, 0),                   \
      FAKE_T(ticket_resolution, "what support did about the row's problem", GRP_ISSUE, 0),                     \
      FAKE_T(review_title, "a review's title in the mood of the row's rating", GRP_REVIEW, 0),                 \
      FAKE_T(review_body, "a review's text in the mood of the row's rating", GRP_REVIEW, 0),                   \
      FAKE_T(bio, "a short bio of the row's person: role, years of experience, interests", GRP_NONE, 0)

#endif /* SYDA_FAKE_KINDS_H */
