/*
** infer_topic.c — free text whose table says what it holds.
**
** A "reason", "diagnosis" or "notes" in a table of visits to a doctor
** (appointments, visits or encounters of patients) is a visit's reason, a
** condition or a clinical note; a "subject", "description" or
** "resolution" of a support ticket (tickets, issues, cases with a
** priority, an assignee or a subject) is the ticket's; a "title" or
** "body" of a review is the review's; an "about" or "summary" of a person
** is a bio.  infer_topic() makes that choice where the name alone said
** only "text", "description" or "sentence".
**
** infer_text_topic() then tells the text kinds what they are about: a
** hotel's reviews read like a stay, a shop's tickets like orders, a
** doctor's bio like a doctor's.
*/
#include <string.h>

#include "fake.h"
#include "infer_int.h"
SQLITE_EXTENSION_INIT3

/* Is one of the words of the table's name in az? */
static int table_words_in(const SchemaTable *t, const char *const *az) {
  Words w;
  int i;
  infer_name_words(t->zName, &w);
  for (i = 0; i < w.n; i++)
    if (infer_in_list(w.a[i], az)) return 1;
  return 0;
}

/* Is the noun of a table that t references in az? */
static int parent_noun_in(const SchemaTable *t, const char *const *az) {
  int i;
  for (i = 0; i < t->nFk; i++) {
    char zNoun[32];
    infer_table_noun(t->aFk[i].zParent, zNoun, sizeof(zNoun));
    if (infer_in_list(zNoun, az)) return 1;
  }
  return 0;
}

/* Does a column of t end with one of the phrases az? */
static int table_has_any(const SchemaTable *t, const char *const *az) {
  int i;
  for (i = 0; az[i]; i++)
    if (infer_table_has(t, az[i])) return 1;
  return 0;
}

/* Are w's words one of the phrases az, alone or after one word of azPre
** ("visit_notes", "ticket_subject")? */
static int words_are(const Words *w, const char *const *az, const char *const *azPre) {
  int i;
  for (i = 0; az[i]; i++) {
    int off = infer_words_end_with(w, az[i]);
    if (off == 0 || (off == 1 && azPre && infer_in_list(w->a[0], azPre))) return 1;
  }
  return 0;
}

/*
** A table of visits to a doctor: its noun says so (encounters,
** consultations), its name has a word of medicine (clinic_visits,
** medical_records), or it is an appointment, visit or exam of a patient or
** with a doctor (a column or a key that names them).
*/
static int table_is_medical(const SchemaTable *t, const char *zNoun) {
  static const char *const azNoun[] = {"encounter", "consultation", "consult", "checkup", "triage", 0};
  static const char *const azWord[] = {"medical", "clinical",  "clinic", "patient",  "hospital",
                                       "doctor",  "physician", "dental", "medicine", "nursing",
                                       "vital",   "vitals",    0};
  static const char *const azVisit[] = {"appointment", "visit",     "exam",   "examination", "admission",
                                        "session",     "treatment", "record", "booking",     "referral",
                                        "procedure",   "note",      0};
  static const char *const azWho[] = {"patient", "doctor", "physician", "clinician", "dentist", "clinic", 0};
  static const char *const azCol[] = {
      "patient id", "patient",      "patient name",    "mrn",       "medical record number",
      "doctor id",  "physician id", "chief complaint", "diagnosis", 0};
  /* a table of doctors is about them (their bios), of patients about care */
  if (strcmp(zNoun, "patient") != 0 && infer_is_person_noun(zNoun)) return 0;
  if (infer_in_list(zNoun, azNoun) || table_words_in(t, azWord)) return 1;
  return infer_in_list(zNoun, azVisit) && (table_has_any(t, azCol) || parent_noun_in(t, azWho));
}

int infer_table_is_medical(const SchemaTable *t, const char *zNoun) {
  return table_is_medical(t, zNoun);
}

/* A table of a condition's names (diagnoses, conditions, diseases). */
static int table_is_condition(const char *zNoun) {
  static const char *const az[] = {"diagnosis", "condition", "disease", "illness", "ailment", 0};
  return infer_in_list(zNoun, az);
}

/*
** A table of support tickets: tickets, issues, incidents, cases or
** requests that have what a help desk's have (a priority, an assignee, a
** subject, a resolution), or whose name says support.  A travel or event
** ticket has none of those.
*/
static int table_is_ticket(const SchemaTable *t, const char *zNoun) {
  static const char *const azNoun[] = {"ticket", "issue",     "incident", "case",    "request",
                                       "bug",    "complaint", "inquiry",  "enquiry", 0};
  static const char *const azWord[] = {"support", "helpdesk", "help", "servicedesk", 0};
  static const char *const azCol[] = {"priority", "severity", "resolution",  "resolved at",
                                      "resolved", "assignee", "assigned to", "subject",
                                      "agent id", "reporter", "escalated",   0};
  if (!infer_in_list(zNoun, azNoun)) return 0;
  return table_words_in(t, azWord) || table_has_any(t, azCol);
}

/* A table of reviews: its noun or name says so. */
static int table_is_review(const SchemaTable *t, const char *zNoun) {
  static const char *const azNoun[] = {"review", "testimonial", "rating", 0};
  static const char *const azWord[] = {"review", "reviews", 0};
  return infer_in_list(zNoun, azNoun) || table_words_in(t, azWord);
}

/* Set the kind and the reason: 'name "notes"' then zMore. */
static void topic_take(const SchemaColumn *c, const Words *w, int nExp, const char *zKind, const char *zMore,
                       int *piKind, Infer *r) {
  *piKind = fake_kind_find(zKind);
  sqlite3_free(r->zWhy);
  r->zWhy = infer_why_name(c, w, nExp, zMore);
}

void infer_topic(const SchemaTable *t, const SchemaColumn *c, const Words *w, int nExp, const char *zNoun,
                 int *piKind, Infer *r) {
  /* visits */
  static const char *const azReason[] = {"reason",   "reason for visit",   "reason for appointment",
                                         "purpose",  "purpose of visit",   "complaint",
                                         "symptoms", "presenting problem", 0};
  static const char *const azCondition[] = {"condition", "conditions", "problem", "diagnosis", 0};
  static const char *const azCondName[] = {"name", "condition", "condition name", "diagnosis name", 0};
  static const char *const azCondText[] = {"description", "title", "label", 0};
  static const char *const azNote[] = {
      "notes",        "note",       "comments", "comment",     "remarks", "summary",   "findings",
      "observations", "assessment", "details",  "description", "plan",    "treatment", 0};
  static const char *const azCarePre[] = {"visit",     "appointment", "encounter", "clinical",     "doctor",
                                          "physician", "provider",    "nurse",     "nursing",      "progress",
                                          "treatment", "medical",     "exam",      "consultation", 0};
  /* tickets */
  static const char *const azSubject[] = {"subject", "title",   "headline",          "issue", "problem",
                                          "topic",   "summary", "short description", 0};
  static const char *const azProblem[] = {
      "description",         "details",           "body",     "message",          "content",   "text",
      "problem description", "issue description", "question", "long description", "complaint", 0};
  static const char *const azFix[] = {
      "resolution",    "solution",   "fix",         "close notes",    "closing notes",
      "closure notes", "work notes", "agent notes", "internal notes", "notes",
      "comments",      "remarks",    "answer",      "response",       0};
  static const char *const azTicketPre[] = {"ticket", "issue", "case", "incident", "request", "support", 0};
  static const char *const azDescribed[] = {"description", "details", "body", "message", "content", 0};
  static const char *const azReply[] = {"comment", "reply", "response", "message", "note", "update", 0};
  static const char *const azTicket[] = {"ticket", "incident", 0};
  static const char *const azReplyText[] = {"body", "content", "message", "text", "comment",
                                            "note", "notes",   "reply",   0};
  /* reviews */
  static const char *const azTitle[] = {"title", "headline", "summary", "subject", 0};
  static const char *const azBody[] = {"body",     "text",        "content", "comment", "comments", "review",
                                       "feedback", "description", "message", "details", "opinion",  0};
  static const char *const azReviewPre[] = {"review", "customer", "user", "guest", "reviewer", 0};
  static const char *const azRating[] = {"rating", "stars", "star rating", 0};
  static const char *const azRated[] = {"feedback", "comment", "comments", "review", 0};
  /* bios */
  static const char *const azAbout[] = {"about",
                                        "about me",
                                        "profile",
                                        "summary",
                                        "description",
                                        "intro",
                                        "introduction",
                                        "profile summary",
                                        "professional summary",
                                        "personal statement",
                                        0};
  const char *zK = *piKind >= 0 ? fake_kind_at(*piKind)->zName : "text";
  int isWeak = strcmp(zK, "text") == 0 || strcmp(zK, "description") == 0 || strcmp(zK, "sentence") == 0 ||
               strcmp(zK, "word") == 0;
  if (!(c->eType == TY_TEXT || c->eType == TY_ANY) || r->nValue > 0 || !isWeak || w->n == 0) return;
  if (table_is_condition(zNoun) &&
      (words_are(w, azCondName, 0) || (words_are(w, azCondText, 0) && !table_has_any(t, azCondName)))) {
    /* a condition's name; its description too when nothing else names it */
    topic_take(c, w, nExp, "diagnosis", " in a table of conditions", piKind, r);
  } else if (table_is_medical(t, zNoun)) {
    if (words_are(w, azReason, azCarePre)) {
      topic_take(c, w, nExp, "visit_reason", " in a table of visits to a doctor", piKind, r);
    } else if (words_are(w, azCondition, azCarePre)) {
      topic_take(c, w, nExp, "diagnosis", " in a table of visits to a doctor", piKind, r);
    } else if (words_are(w, azNote, azCarePre)) {
      topic_take(c, w, nExp, "clinical_note", " in a table of visits to a doctor", piKind, r);
    }
  } else if (infer_in_list(zNoun, azReply) && parent_noun_in(t, azTicket) && words_are(w, azReplyText, 0)) {
    /* the replies on a ticket: what was done about it */
    topic_take(c, w, nExp, "ticket_resolution", " of a reply on a ticket", piKind, r);
  } else if (table_is_ticket(t, zNoun)) {
    /* a summary is the subject beside a description, else the description */
    int isSummary = infer_words_end_with(w, "summary") == 0;
    if (words_are(w, azSubject, azTicketPre) && !(isSummary && !table_has_any(t, azDescribed))) {
      topic_take(c, w, nExp, "ticket_subject", " in a table of support tickets", piKind, r);
    } else if (words_are(w, azProblem, azTicketPre) || isSummary) {
      topic_take(c, w, nExp, "ticket_description", " in a table of support tickets", piKind, r);
    } else if (words_are(w, azFix, azTicketPre) || infer_words_end_with(w, "resolution") == 1) {
      topic_take(c, w, nExp, "ticket_resolution", " in a table of support tickets", piKind, r);
    }
  } else if (table_is_review(t, zNoun)) {
    if (words_are(w, azTitle, azReviewPre)) {
      topic_take(c, w, nExp, "review_title", " in a table of reviews", piKind, r);
    } else if (words_are(w, azBody, azReviewPre)) {
      topic_take(c, w, nExp, "review_body", " in a table of reviews", piKind, r);
    }
  } else if (table_has_any(t, azRating) && words_are(w, azRated, azReviewPre)) {
    topic_take(c, w, nExp, "review_body", " beside a rating", piKind, r);
  } else if (strcmp(zNoun, "patient") != 0 && infer_table_is_people(t, zNoun) && words_are(w, azAbout, 0)) {
    topic_take(c, w, nExp, "bio", " of a person", piKind, r);
  }
}

int infer_db_topic(char **azTable, int nTable) {
  static const char *const azShop[] = {"order",    "shipment", "product",   "cart",
                                       "delivery", "sku",      "inventory", 0};
  static const char *const azSoft[] = {"subscription", "plan",        "workspace", "project", "tenant",
                                       "license",      "integration", "seat",      "feature", 0};
  int i, isShop = 0, isSoft = 0;
  for (i = 0; i < nTable; i++) {
    char zNoun[32];
    infer_table_noun(azTable[i], zNoun, sizeof(zNoun));
    isShop |= infer_in_list(zNoun, azShop);
    isSoft |= infer_in_list(zNoun, azSoft);
  }
  return isShop == isSoft ? TOPIC_ANY : isShop ? TOPIC_SHOP : TOPIC_SOFTWARE;
}

/* What a review reviews: by the table's name, the tables it references,
** then its columns (hotel_id, restaurant_id); a product when nothing says. */
static int review_topic(const SchemaTable *t) {
  static const char *const azStay[] = {
      "hotel",         "room",    "property", "listing", "stay",      "booking", "reservation",
      "accommodation", "lodging", "resort",   "inn",     "apartment", 0};
  static const char *const azMeal[] = {"restaurant", "menu",   "dish",   "meal",   "cafe",
                                       "food",       "recipe", "eatery", "bakery", 0};
  static const char *const azService[] = {
      "course",       "class",      "doctor",      "provider", "service", "event",  "tour",
      "session",      "instructor", "trainer",     "app",      "driver",  "agent",  "business",
      "salon",        "gym",        "contractor",  "vendor",   "seller",  "ticket", "support",
      "satisfaction", "survey",     "appointment", "visit",    0};
  static const char *const azProduct[] = {"product", "item", "sku", "good", "article", 0};
  static const char *const *aaz[] = {azStay, azMeal, azService, azProduct};
  static const int aTopic[] = {TOPIC_STAY, TOPIC_MEAL, TOPIC_SERVICE, TOPIC_PRODUCT};
  int pass, k, i;
  for (pass = 0; pass < 3; pass++) {
    for (k = 0; k < 4; k++) {
      if (pass == 0 && table_words_in(t, aaz[k])) return aTopic[k];
      if (pass == 1 && parent_noun_in(t, aaz[k])) return aTopic[k];
      if (pass == 2) {
        for (i = 0; aaz[k][i]; i++) {
          char z[40];
          sqlite3_snprintf(sizeof(z), z, "%s id", aaz[k][i]);
          if (infer_table_has(t, z)) return aTopic[k];
        }
      }
    }
  }
  return TOPIC_PRODUCT;
}

int infer_text_topic(const SchemaTable *t, int iKind, int eDbTopic, const char **pzRole) {
  static const char *const azDoctor[] = {
      "doctor",     "physician", "surgeon",      "dentist",  "pediatrician",
      "specialist", "clinician", "practitioner", "provider", 0};
  static const char *const azAuthor[] = {"author",     "writer",      "novelist", "poet",
                                         "journalist", "contributor", 0};
  static const char *const azMember[] = {"user",   "member",   "profile", "account", "customer", "subscriber",
                                         "reader", "follower", "fan",     "player",  "client",   0};
  /* people a table names by their work: their bio's role */
  static const char *const azRole[] = {
      "teacher",    "instructor", "tutor",     "coach",    "trainer",      "nurse", "lawyer",  "attorney",
      "consultant", "engineer",   "developer", "designer", "photographer", "chef",  "realtor", "agent",
      "therapist",  "technician", "pilot",     "mentor",   "veterinarian", "vet",   0};
  static const char *const azOrder[] = {"order", 0};
  const char *zKind = fake_kind_at(iKind) ? fake_kind_at(iKind)->zName : "";
  char zNoun[32];
  int i;
  *pzRole = 0;
  infer_table_noun(t->zName, zNoun, sizeof(zNoun));
  if (strncmp(zKind, "review_", 7) == 0) return review_topic(t);
  if (strncmp(zKind, "ticket_", 7) == 0) {
    if (infer_table_has(t, "order id") || infer_table_has(t, "order number") || parent_noun_in(t, azOrder))
      return TOPIC_SHOP;
    return eDbTopic;
  }
  if (strcmp(zKind, "bio") != 0) return TOPIC_ANY;
  if (infer_in_list(zNoun, azDoctor) && (strcmp(zNoun, "provider") != 0 || infer_table_has(t, "specialty")))
    return TOPIC_DOCTOR;
  if (infer_in_list(zNoun, azAuthor)) return TOPIC_AUTHOR;
  if (infer_in_list(zNoun, azMember)) return TOPIC_MEMBER;
  for (i = 0; azRole[i]; i++) {
    if (strcmp(zNoun, azRole[i]) == 0) *pzRole = azRole[i];
  }
  return TOPIC_WORK;
}
