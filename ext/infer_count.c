/*
** infer_count.c — numbers whose name says what they count or number.
**
** A plain INTEGER column draws 1 to 1000 whatever it holds; a course's
** credits, a house's bedrooms, a booking's guests or a post's likes have a
** usual range, and most a usual spread, that the name gives away:
**
**     credits INTEGER     -- 1 .. 6, most near the middle (in a school table)
**     bedrooms INTEGER    -- 1 .. 6
**     likes INTEGER       -- 0 .. 10000, as many in each order of magnitude
**
**     const CountRule *p = infer_count_rule(tab, zTableNoun, &words);   -- NULL: none
**
** The rule's words end the name, the most words first ("max heart rate"
** before "heart rate"), after the abbreviations are expanded (num_guests is
** "number guests", lapNo "lap number").  infer.c keeps the type's kind and
** takes the range; a comment's range, a CHECK and a spec rule's min and max
** still bound it (row_compile.c).  The ranges are usual values written for
** syda, not data from elsewhere.
*/
#include <string.h>

#include "fake.h"
#include "infer_int.h"
SQLITE_EXTENSION_INIT3

/* Where a rule holds: at the end of any name; only when its words are the
** whole name but for words that only qualify (max_capacity, room_floor);
** only in a table about teaching (credits); not in a table of hospitals or
** hotels, whose beds are many. */
enum { CNT_ANY = 0, CNT_WHOLE, CNT_SCHOOL, CNT_ROOM };

#define U DIST_UNIFORM
#define N DIST_NORMAL
#define L DIST_LOGNORMAL
#define Z DIST_ZIPF
#define M DIST_LOG

static const CountRule aRule[] = {
    /* teaching */
    {"credits", 1, 6, N, CNT_SCHOOL, "a course's credits"},
    {"credit hours", 1, 6, N, CNT_ANY, "a course's credit hours"},
    {"credit units", 1, 6, N, CNT_ANY, "a course's credit units"},
    {"course credits", 1, 6, N, CNT_ANY, "a course's credits"},
    {"ects", 1, 10, N, CNT_ANY, "a course's ECTS credits"},
    {"ects credits", 1, 10, N, CNT_ANY, "a course's ECTS credits"},
    {"semester", 1, 8, U, CNT_ANY, "a semester of study"},
    {"semester number", 1, 8, U, CNT_ANY, "a semester of study"},
    {"term number", 1, 4, U, CNT_ANY, "a term of a school year"},
    {"grade level", 1, 12, U, CNT_ANY, "a school grade"},
    /* buildings, homes and stays */
    {"floor", 1, 25, Z, CNT_WHOLE, "a floor of a building"},
    {"floor number", 1, 25, Z, CNT_ANY, "a floor of a building"},
    {"floor level", 1, 25, Z, CNT_ANY, "a floor of a building"},
    {"floors", 1, 30, Z, CNT_ANY, "the floors of a building"},
    {"stories", 1, 30, Z, CNT_ANY, "the floors of a building"},
    {"storeys", 1, 30, Z, CNT_ANY, "the floors of a building"},
    {"bedrooms", 1, 6, N, CNT_ANY, "a home's bedrooms"},
    {"bedroom count", 1, 6, N, CNT_ANY, "a home's bedrooms"},
    {"bathrooms", 1, 4, N, CNT_ANY, "a home's bathrooms"},
    {"bathroom count", 1, 4, N, CNT_ANY, "a home's bathrooms"},
    {"baths", 1, 4, N, CNT_ANY, "a home's bathrooms"},
    {"beds", 1, 4, Z, CNT_ROOM, "the beds of a room"},
    {"bed count", 1, 4, Z, CNT_ROOM, "the beds of a room"},
    {"parking spaces", 0, 4, Z, CNT_ANY, "parking spaces"},
    {"garage spaces", 0, 3, Z, CNT_ANY, "garage spaces"},
    {"square feet", 500, 6000, L, CNT_ANY, "a floor area in square feet"},
    {"square footage", 500, 6000, L, CNT_ANY, "a floor area in square feet"},
    {"sqft", 500, 6000, L, CNT_ANY, "a floor area in square feet"},
    {"sq ft", 500, 6000, L, CNT_ANY, "a floor area in square feet"},
    {"lot size sqft", 2000, 40000, L, CNT_ANY, "a plot's area in square feet"},
    {"square meters", 25, 400, L, CNT_ANY, "a floor area in square metres"},
    {"square metres", 25, 400, L, CNT_ANY, "a floor area in square metres"},
    {"sqm", 25, 400, L, CNT_ANY, "a floor area in square metres"},
    {"area m2", 25, 400, L, CNT_ANY, "a floor area in square metres"},
    {"capacity", 10, 500, L, CNT_WHOLE, "the people a place holds"},
    {"seating capacity", 10, 500, L, CNT_ANY, "the seats of a place"},
    {"seat capacity", 10, 500, L, CNT_ANY, "the seats of a place"},
    {"room capacity", 2, 60, L, CNT_ANY, "the people a room holds"},
    {"venue capacity", 50, 20000, L, CNT_ANY, "the people a venue holds"},
    {"passenger capacity", 2, 400, L, CNT_ANY, "the passengers a vehicle carries"},
    {"seats", 1, 60, L, CNT_ANY, "a number of seats"},
    {"seat count", 1, 60, L, CNT_ANY, "a number of seats"},
    {"max occupancy", 1, 8, L, CNT_ANY, "the people a room sleeps"},
    {"maximum occupancy", 1, 8, L, CNT_ANY, "the people a room sleeps"},
    {"occupancy limit", 1, 8, L, CNT_ANY, "the people a room sleeps"},
    {"guests", 1, 8, Z, CNT_ANY, "the guests of a booking"},
    {"guest count", 1, 8, Z, CNT_ANY, "the guests of a booking"},
    {"party size", 1, 8, Z, CNT_ANY, "the people of a booking"},
    {"adults", 1, 6, Z, CNT_ANY, "the adults of a booking"},
    {"children", 0, 4, Z, CNT_ANY, "a number of children"},
    {"kids", 0, 4, Z, CNT_ANY, "a number of children"},
    {"child count", 0, 4, Z, CNT_ANY, "a number of children"},
    {"children count", 0, 4, Z, CNT_ANY, "a number of children"},
    {"dependents", 0, 5, Z, CNT_ANY, "a person's dependents"},
    {"dependants", 0, 5, Z, CNT_ANY, "a person's dependants"},
    {"household size", 1, 8, Z, CNT_ANY, "the people of a household"},
    {"family size", 1, 8, Z, CNT_ANY, "the people of a family"},
    {"nights", 1, 14, L, CNT_ANY, "the nights of a stay"},
    {"night count", 1, 14, L, CNT_ANY, "the nights of a stay"},
    {"length of stay", 1, 14, L, CNT_ANY, "the nights of a stay"},
    /* time spans counted in a unit */
    {"minutes", 5, 300, L, CNT_ANY, "a duration in minutes"},
    {"mins", 5, 300, L, CNT_ANY, "a duration in minutes"},
    {"duration min", 5, 300, L, CNT_ANY, "a duration in minutes"},
    {"hours", 1, 12, L, CNT_ANY, "a number of hours"},
    {"days", 1, 30, L, CNT_ANY, "a number of days"},
    {"days on market", 1, 180, L, CNT_ANY, "the days a listing has been on the market"},
    {"weeks", 1, 52, L, CNT_ANY, "a number of weeks"},
    {"months", 1, 36, L, CNT_ANY, "a number of months"},
    {"age months", 1, 120, L, CNT_ANY, "an age in months"},
    {"age in months", 1, 120, L, CNT_ANY, "an age in months"},
    /* stock, priorities, places in an order */
    {"reorder point", 5, 100, L, CNT_ANY, "the stock level that triggers a reorder"},
    {"priority", 1, 5, U, CNT_ANY, "a priority"},
    {"priority level", 1, 5, U, CNT_ANY, "a priority"},
    {"severity", 1, 5, U, CNT_ANY, "a severity"},
    {"urgency", 1, 5, U, CNT_ANY, "an urgency"},
    {"importance", 1, 5, U, CNT_ANY, "an importance"},
    {"rank", 1, 100, U, CNT_ANY, "a place in a ranking"},
    {"ranking", 1, 100, U, CNT_ANY, "a place in a ranking"},
    {"position", 1, 50, U, CNT_ANY, "a place in a list"},
    {"queue position", 1, 50, Z, CNT_ANY, "a place in a queue"},
    {"queue pos", 1, 50, Z, CNT_ANY, "a place in a queue"},
    {"sort order", 1, 50, U, CNT_ANY, "a place in a list's order"},
    {"display order", 1, 50, U, CNT_ANY, "a place in a list's order"},
    {"sort index", 1, 50, U, CNT_ANY, "a place in a list's order"},
    {"sort key", 1, 50, U, CNT_ANY, "a place in a list's order"},
    {"order index", 1, 50, U, CNT_ANY, "a place in a list's order"},
    {"line number", 1, 20, Z, CNT_ANY, "a line of an order or a document"},
    {"track number", 1, 15, U, CNT_ANY, "a track of an album"},
    {"disc number", 1, 3, Z, CNT_ANY, "a disc of an album"},
    {"episode", 1, 24, U, CNT_ANY, "an episode of a season"},
    {"episode number", 1, 24, U, CNT_ANY, "an episode of a season"},
    {"season", 1, 10, Z, CNT_ANY, "a season of a series"},
    {"season number", 1, 10, Z, CNT_ANY, "a season of a series"},
    {"chapter", 1, 30, U, CNT_ANY, "a chapter of a book"},
    {"chapter number", 1, 30, U, CNT_ANY, "a chapter of a book"},
    {"lesson number", 1, 20, U, CNT_ANY, "a lesson of a course"},
    {"step number", 1, 10, U, CNT_ANY, "a step of a procedure"},
    {"lap number", 1, 20, U, CNT_ANY, "a lap of a race or a run"},
    {"round number", 1, 10, U, CNT_ANY, "a round of a game"},
    {"gate number", 1, 40, U, CNT_ANY, "a gate"},
    {"version", 1, 20, Z, CNT_ANY, "a version"},
    {"version number", 1, 20, Z, CNT_ANY, "a version"},
    {"revision", 1, 20, Z, CNT_ANY, "a revision"},
    {"revision number", 1, 20, Z, CNT_ANY, "a revision"},
    {"pages", 24, 1200, L, CNT_ANY, "the pages of a book"},
    {"page count", 24, 1200, L, CNT_ANY, "the pages of a book"},
    /* attempts */
    {"retries", 0, 5, Z, CNT_ANY, "retries"},
    {"retry count", 0, 5, Z, CNT_ANY, "retries"},
    {"max retries", 1, 10, U, CNT_ANY, "the retries allowed"},
    {"attempts", 1, 5, Z, CNT_ANY, "attempts"},
    {"attempt count", 1, 5, Z, CNT_ANY, "attempts"},
    {"attempt number", 1, 5, Z, CNT_ANY, "attempts"},
    {"failed attempts", 0, 5, Z, CNT_ANY, "failed attempts"},
    {"login attempts", 0, 5, Z, CNT_ANY, "failed attempts"},
    {"max attempts", 1, 10, U, CNT_ANY, "the attempts allowed"},
    {"renewals", 0, 5, Z, CNT_ANY, "the times a loan was renewed"},
    {"renewal count", 0, 5, Z, CNT_ANY, "the times a loan was renewed"},
    {"refills", 0, 5, Z, CNT_ANY, "the refills of a prescription"},
    /* audiences: a few get many, most few */
    {"likes", 0, 10000, M, CNT_ANY, "likes"},
    {"like count", 0, 10000, M, CNT_ANY, "likes"},
    {"upvotes", 0, 10000, M, CNT_ANY, "upvotes"},
    {"votes", 0, 10000, M, CNT_ANY, "votes"},
    {"vote count", 0, 10000, M, CNT_ANY, "votes"},
    {"favorites", 0, 10000, M, CNT_ANY, "favourites"},
    {"favourites", 0, 10000, M, CNT_ANY, "favourites"},
    {"reactions", 0, 10000, M, CNT_ANY, "reactions"},
    {"shares", 0, 10000, M, CNT_ANY, "shares"},
    {"share count", 0, 10000, M, CNT_ANY, "shares"},
    {"comment count", 0, 2000, M, CNT_ANY, "comments"},
    {"comments count", 0, 2000, M, CNT_ANY, "comments"},
    {"replies", 0, 2000, M, CNT_ANY, "replies"},
    {"reply count", 0, 2000, M, CNT_ANY, "replies"},
    {"review count", 0, 5000, M, CNT_ANY, "reviews"},
    {"reviews count", 0, 5000, M, CNT_ANY, "reviews"},
    {"reviews", 0, 5000, M, CNT_ANY, "reviews"},
    {"views", 0, 1000000, M, CNT_ANY, "views"},
    {"view count", 0, 1000000, M, CNT_ANY, "views"},
    {"page views", 0, 1000000, M, CNT_ANY, "page views"},
    {"pageviews", 0, 1000000, M, CNT_ANY, "page views"},
    {"impressions", 0, 1000000, M, CNT_ANY, "impressions"},
    {"clicks", 0, 100000, M, CNT_ANY, "clicks"},
    {"click count", 0, 100000, M, CNT_ANY, "clicks"},
    {"downloads", 0, 1000000, M, CNT_ANY, "downloads"},
    {"download count", 0, 1000000, M, CNT_ANY, "downloads"},
    {"installs", 0, 1000000, M, CNT_ANY, "installs"},
    {"plays", 0, 1000000, M, CNT_ANY, "plays"},
    {"play count", 0, 1000000, M, CNT_ANY, "plays"},
    {"streams", 0, 1000000, M, CNT_ANY, "streams"},
    {"followers", 0, 1000000, M, CNT_ANY, "followers"},
    {"follower count", 0, 1000000, M, CNT_ANY, "followers"},
    {"following", 0, 5000, M, CNT_ANY, "accounts followed"},
    {"following count", 0, 5000, M, CNT_ANY, "accounts followed"},
    {"subscribers", 0, 1000000, M, CNT_ANY, "subscribers"},
    {"subscriber count", 0, 1000000, M, CNT_ANY, "subscribers"},
    {"loyalty points", 0, 50000, M, CNT_ANY, "loyalty points"},
    {"reward points", 0, 50000, M, CNT_ANY, "reward points"},
    {"orders", 0, 200, M, CNT_ANY, "orders"},
    {"order count", 0, 200, M, CNT_ANY, "orders"},
    {"orders count", 0, 200, M, CNT_ANY, "orders"},
    {"population", 500, 20000000, M, CNT_ANY, "the people of a place"},
    {"employees", 1, 10000, M, CNT_ANY, "the employees of an organisation"},
    {"employee count", 1, 10000, M, CNT_ANY, "the employees of an organisation"},
    {"headcount", 1, 10000, M, CNT_ANY, "the employees of an organisation"},
    {"head count", 1, 10000, M, CNT_ANY, "the employees of an organisation"},
    {"staff count", 1, 10000, M, CNT_ANY, "the employees of an organisation"},
    /* vehicles */
    {"mileage", 500, 250000, L, CNT_ANY, "the distance a vehicle has run"},
    {"mileage km", 500, 250000, L, CNT_ANY, "the distance a vehicle has run"},
    {"odometer", 500, 250000, L, CNT_ANY, "the distance a vehicle has run"},
    {"odometer km", 500, 250000, L, CNT_ANY, "the distance a vehicle has run"},
    {"odometer miles", 500, 250000, L, CNT_ANY, "the distance a vehicle has run"},
    {"odometer reading", 500, 250000, L, CNT_ANY, "the distance a vehicle has run"},
    {"annual mileage", 3000, 25000, N, CNT_ANY, "the distance a vehicle runs in a year"},
    {"yearly mileage", 3000, 25000, N, CNT_ANY, "the distance a vehicle runs in a year"},
    /* food and bodies */
    {"calories", 20, 1500, L, CNT_ANY, "the calories of a meal or a workout"},
    {"calorie count", 20, 1500, L, CNT_ANY, "the calories of a meal or a workout"},
    {"kcal", 20, 1500, L, CNT_ANY, "the calories of a meal or a workout"},
    {"heart rate", 55, 120, N, CNT_ANY, "a heart rate, beats a minute"},
    {"pulse", 55, 120, N, CNT_ANY, "a heart rate, beats a minute"},
    {"resting heart rate", 48, 90, N, CNT_ANY, "a resting heart rate"},
    {"resting hr", 48, 90, N, CNT_ANY, "a resting heart rate"},
    {"avg heart rate", 95, 165, N, CNT_ANY, "a heart rate during exercise"},
    {"average heart rate", 95, 165, N, CNT_ANY, "a heart rate during exercise"},
    {"avg hr", 95, 165, N, CNT_ANY, "a heart rate during exercise"},
    {"max heart rate", 150, 200, N, CNT_ANY, "a highest heart rate"},
    {"maximum heart rate", 150, 200, N, CNT_ANY, "a highest heart rate"},
    {"max hr", 150, 200, N, CNT_ANY, "a highest heart rate"},
    /* levels with a usual scale */
    {"price level", 1, 4, U, CNT_ANY, "a price level ($ to $$$$)"},
    {"spice level", 0, 5, U, CNT_ANY, "a spice level"},
    {"battery level", 0, 100, U, CNT_ANY, "a battery's charge in percent"},
    {"elevation", 0, 2800, L, CNT_ANY, "an elevation in metres"},
    {"elevation m", 0, 2800, L, CNT_ANY, "an elevation in metres"},
    {"elevation ft", 0, 9000, L, CNT_ANY, "an elevation in feet"},
};

#undef U
#undef N
#undef L
#undef Z
#undef M

/* Words before a CNT_WHOLE rule's that only qualify it. */
static const char *const azQualifier[] = {"max",         "maximum",  "min",       "minimum", "avg",
                                          "average",     "total",    "number",    "of",      "current",
                                          "default",     "expected", "estimated", "typical", "usual",
                                          "approximate", "approx",   "initial",   "planned", "actual",
                                          "building",    "room",     "unit",      "seating", 0};

/* Table nouns and columns that say a table is about teaching. */
static const char *const azSchoolNoun[] = {
    "course",    "class",      "subject", "module",    "lecture",    "seminar", "enrollment",
    "enrolment", "transcript", "program", "programme", "curriculum", "section", 0};
static const char *const azSchoolCol[] = {"course",   "course id",  "course code", "course name",
                                          "semester", "instructor", "teacher",     "professor",
                                          "lecturer", "student id", "syllabus",    0};
/* Tables whose beds are many. */
static const char *const azManyBeds[] = {"hospital", "clinic",  "hotel",    "hostel", "ward",
                                         "facility", "shelter", "property", 0};

/* Is the table about teaching: its noun, or a column of a course's? */
static int count_school(const SchemaTable *t, const char *zNoun) {
  int i;
  if (infer_in_list(zNoun, azSchoolNoun)) return 1;
  for (i = 0; azSchoolCol[i]; i++) {
    if (infer_table_has(t, azSchoolCol[i])) return 1;
  }
  return 0;
}

const CountRule *infer_count_rule(const SchemaTable *t, const char *zNoun, const Words *w) {
  const CountRule *pBest = 0;
  int i, nBest = 0;
  for (i = 0; i < (int)(sizeof(aRule) / sizeof(aRule[0])); i++) {
    const CountRule *p = &aRule[i];
    Words pw;
    int off = infer_words_end_with(w, p->zPat), j;
    if (off < 0) continue;
    infer_name_words(p->zPat, &pw);
    if (pw.n <= nBest) continue;
    if (p->eWhere == CNT_WHOLE) {
      for (j = 0; j < off; j++) {
        if (!infer_in_list(w->a[j], azQualifier) && strcmp(w->a[j], zNoun) != 0) break;
      }
      if (j < off) continue;
    } else if (p->eWhere == CNT_SCHOOL) {
      if (!count_school(t, zNoun)) continue;
    } else if (p->eWhere == CNT_ROOM) {
      if (infer_in_list(zNoun, azManyBeds)) continue;
    }
    pBest = p;
    nBest = pw.n;
  }
  return pBest;
}

/*
** Age limits: the youngest a film, a game or an event admits (age_limit,
** min_age, age_rating, fsk), unless a max_age beside it makes a band of
** ages.  Ratings come in steps, not as any number:
** the German FSK and USK and most others rate 0, 6, 12, 16 and 18; PEGI
** rates 3, 7, 12, 16 and 18; outside films and games (an event, a tour, a
** bar) 21 is a limit too.  Public facts of those rating boards.
*/
static const char *const azAgeLimit[] = {"age limit",
                                         "age rating",
                                         "age restriction",
                                         "age requirement",
                                         "min age",
                                         "minimum age",
                                         "age min",
                                         "age minimum",
                                         "required age",
                                         "recommended age",
                                         "age limit years",
                                         "min age years",
                                         "minimum age years",
                                         "legal age",
                                         "fsk",
                                         "usk",
                                         "fsk rating",
                                         "pegi",
                                         "pegi rating",
                                         0};
/* The upper end of a band of ages (age_min .. age_max): then the low end
** is an age too, not a limit. */
static const char *const azAgeMax[] = {"max age",     "maximum age",   "age max",
                                       "age maximum", "max age years", 0};
/* Table nouns of films, shows and games. */
static const char *const azMediaNoun[] = {"film", "movie", "show",    "series",  "episode",   "title",
                                          "game", "video", "release", "program", "programme", 0};

int infer_age_limit(const SchemaTable *t, const char *zNoun, int isFilmDb, const Words *w, Infer *r) {
  static const int aFsk[] = {0, 6, 12, 16, 18, 21};
  static const int aPegi[] = {3, 7, 12, 16, 18};
  const int *a = aFsk;
  int i, n = 0;
  for (i = 0; azAgeLimit[i] && n == 0; i++) {
    if (infer_words_end_with(w, azAgeLimit[i]) >= 0) n = 1;
  }
  for (i = 0; n > 0 && azAgeMax[i]; i++)
    if (infer_table_has(t, azAgeMax[i])) n = 0;
  if (n == 0) return 0;
  if (infer_words_end_with(w, "pegi") >= 0 || infer_words_end_with(w, "pegi rating") >= 0) {
    a = aPegi;
    n = 5;
  } else {
    /* films and games stop at 18 */
    n = isFilmDb || infer_in_list(zNoun, azMediaNoun) || infer_words_end_with(w, "fsk") >= 0 ||
                infer_words_end_with(w, "usk") >= 0 || infer_words_end_with(w, "fsk rating") >= 0
            ? 5
            : 6;
  }
  r->aValue = sqlite3_malloc64(sizeof(SydaVal) * (sqlite3_uint64)n);
  if (r->aValue == 0) return 0;
  for (i = 0; i < n; i++) {
    memset(&r->aValue[i], 0, sizeof(SydaVal));
    val_int(&r->aValue[i], a[i]);
  }
  r->nValue = n;
  r->isNameRange = 1;
  return n;
}
