/*
** infer_int.h — what the files of the infer layer share; nothing outside
** ext/infer*.c includes it.
**
**   infer_comment.c  a comment's list of values or its range
**   infer_words.c    names and comments as lower-case words, abbreviations
**                    expanded; the name and comment rules and their matching
**   infer_count.c    the usual range of a number whose name says what it
**                    counts (credits, bedrooms, guests, likes)
**   infer.c          a column's kind from all the evidence (infer.h)
**   infer_topic.c    free text that its table says more about: a visit's
**                    notes, a ticket's subject, a review's body, a bio
*/
#ifndef SYDA_INFER_INT_H
#define SYDA_INFER_INT_H

#include "infer.h"

#define INFER_MAX_WORDS 12

/* A name or a comment as lower-case words: "BillingCity" -> billing, city. */
typedef struct Words {
  int n;
  char a[INFER_MAX_WORDS][24];
} Words;

/* A rule: the words zPat, at the end of a name (anywhere in a comment),
** suggest kind zKind.  eStrength: 2 = the name says it; 1 = a generic word
** that the table or the comment may overrule; 0 = only with the table. */
typedef struct NameRule {
  const char *zPat;
  const char *zKind;
  int eStrength;
} NameRule;

extern const NameRule infer_aNameRule[];
extern const int infer_nNameRule;
extern const NameRule infer_aCommentRule[];
extern const int infer_nCommentRule;

/* INTEGER, REAL, NUMERIC or BOOLEAN. */
int infer_type_is_numeric(int eType);

/* Split an identifier or a comment into words (no abbreviation expanded). */
void infer_words(const char *z, Words *w);
/* The words of a column's or a table's name, abbreviations expanded
** ("FIRST_NM" -> first, name).  Returns how many abbreviations were. */
int infer_name_words(const char *zName, Words *w);
/* Does w end with the words of zPat?  The number of words before, or -1. */
int infer_words_end_with(const Words *w, const char *zPat);
/* Is z one of the strings of the NULL-terminated list az? */
int infer_in_list(const char *z, const char *const *az);
/* The rule of a[0..n) that matches w best (bSub: anywhere in w, for
** comments; else at its end).  Returns the kind index, or -1; its strength,
** the number of words of w before the match and the pattern in *p... */
int infer_match_rules(const NameRule *a, int n, const Words *w, int bSub, int *pStrength, int *pnPrefix,
                      const char **pzPat);

/* infer.c: what a table is and holds. */
/* The table's word, singular: "order_items" -> "item", "People" -> "person". */
void infer_table_noun(const char *zTable, char *zOut, int nOut);
/* Does a column of t end with the words zPat? */
int infer_table_has(const SchemaTable *t, const char *zPat);
/* Does the table hold people: its noun, or columns of a person's? */
int infer_table_is_people(const SchemaTable *t, const char *zNoun);
/* Is zNoun the noun of a table of people (customer, patient, author ...)? */
int infer_is_person_noun(const char *zNoun);
/* 'name "FIRST_NM"' (with ' read as "first name"' when abbreviations were
** expanded), then zMore: a reason shown by syda_schema() (sqlite3_malloc). */
char *infer_why_name(const SchemaColumn *c, const Words *w, int nExp, const char *zMore);

/* infer_topic.c: a text column that its table says more about (a visit's
** notes, a ticket's subject, a review's title, a person's bio) takes that
** kind in *piKind, with its reason in r->zWhy; others are left alone. */
void infer_topic(const SchemaTable *t, const SchemaColumn *c, const Words *w, int nExp, const char *zNoun,
                 int *piKind, Infer *r);

/* Is t a table of visits to a doctor (encounters, clinic_visits, the
** appointments of a patient, vitals)? */
int infer_table_is_medical(const SchemaTable *t, const char *zNoun);

/* A count's usual whole numbers: the words zPat, at the end of a name,
** say it holds rLo .. rHi, spread as eDist (DIST_*); zWhat says what it
** counts, for syda_schema's reason.  eWhere: where the rule holds
** (infer_count.c). */
typedef struct CountRule {
  const char *zPat;
  double rLo, rHi;
  int eDist;
  int eWhere;
  const char *zWhat;
} CountRule;
/* The count rule for the words w of a column of t (zNoun: the table's
** noun, singular), or NULL. */
const CountRule *infer_count_rule(const SchemaTable *t, const char *zNoun, const Words *w);

/* An age limit (age_limit, min_age, age_rating, fsk): the rating steps it
** takes (0, 6, 12, 16, 18; 21 outside films and games; PEGI's 3, 7, 12,
** 16, 18) put in r->aValue, r->isNameRange set.  Returns how many, 0 when
** the words w name none or t has a max_age too (a band of ages).
** isFilmDb: the database is about films. */
int infer_age_limit(const SchemaTable *t, const char *zNoun, int isFilmDb, const Words *w, Infer *r);

#endif /* SYDA_INFER_INT_H */
