/*
** infer.h — what a column holds, guessed from what the schema says: its
** name in any naming style, its declared type, its trailing comment, its
** CHECK and its table.
**
**     Infer r;
**     infer_column(tab, iCol, &r);
**     r.iKind  -- index into the kinds table (fake.h)
**     r.zWhy   -- "name \"email\"", "comment lists values", "type DATE" ...
**     r.nValue -- values listed by a comment such as "-- Active, Inactive"
*/
#ifndef SYDA_INFER_H
#define SYDA_INFER_H

#include "schema.h"
#include "value.h"

/* Dates that follow one another in a row: stage 0 first. */
enum {
  CHAIN_NONE = 0,
  CHAIN_LIFE,
  CHAIN_ORDER,
  CHAIN_PERSON,
  CHAIN_PERIOD,
  CHAIN_STUDY,
  CHAIN_CARE,
  CHAIN_TRIP,
  CHAIN_RIDE,
  CHAIN_LOAN /* borrowed .. due back, returned */
};

/* How long after the date before it a chained date comes, when the words
** say more than the chain does (GAP_CHAIN: the chain's usual gap). */
enum {
  GAP_CHAIN = 0,
  GAP_SPAN,   /* start .. end of one event: minutes to hours (DATETIME) */
  GAP_STAY,   /* a hotel stay: 1 to 14 nights */
  GAP_DUE,    /* an invoice falls due 14 to 60 days after issue */
  GAP_SINCE,  /* signed up .. last seen: up to today */
  GAP_STUDY,  /* enrolled .. graduated: 1 to 6 years */
  GAP_ADMIT,  /* admitted .. discharged: hours to two weeks */
  GAP_FLIGHT, /* departure .. arrival: under a day */
  GAP_RIDE,   /* picked up .. dropped off: minutes (DATETIME), days (DATE) */
  GAP_CANCEL, /* a period's start .. its cancellation: within a month */
  GAP_TRIP,   /* a trip's departure .. its return: 1 to 21 days */
  GAP_LOAN,   /* borrowed .. due back: 7 to 28 days */
  GAP_RETURN, /* borrowed .. returned: hours (DATETIME) or a day to 5 weeks */
  GAP_RESOLVE, /* created or opened .. resolved, closed: minutes to a month */
  GAP_TERM,   /* a billing period: a month or a year */
  GAP_VALID,  /* valid from .. until: 30 days to 3 years */
  GAP_LEAD    /* booked .. the stay or the rental it books: a day to 3 months */
};

/* When scheduled events take place (Infer.isSlot). */
enum { SLOT_NONE = 0, SLOT_WORK, SLOT_MEAL };

typedef struct Infer {
  int iKind;
  char *zWhy; /* why this kind: shown by syda_schema() */
  int nValue; /* values listed in the comment */
  SydaVal *aValue;
  int hasLo, hasHi; /* a range in the comment: "1 .. 10", "2020-01-01 .. 2025-12-31" */
  SydaVal lo, hi;
  /* isNameRange: lo, hi are the usual range of what the name says (years
  ** of experience, credits), not the comment's; a key column, whose values
  ** must be distinct, ignores them.  isWhole: whole numbers, also in a
  ** REAL column (a count). */
  int isNameRange, isWhole;
  char *zGroup;      /* correlation group prefix: "billing" for BillingCity */
  int eGroup;        /* GRP_* of the kind, or GRP_NONE */
  int eChain;        /* CHAIN_*: created < updated, ordered < shipped < delivered */
  int iStage;        /* place in the chain */
  int eGap;          /* GAP_*: the gap after the date before it */
  int isSlot;        /* SLOT_*: the time of a scheduled event (an appointment, a
                     ** class): in business hours, on the quarter hour, on
                     ** weekdays; of a table at a restaurant: lunch or dinner */
  int eDist;         /* DIST_* the column's numbers follow, 0 for the kind's own */
  const char *zSite; /* site_name: what the site is ("warehouse", "branch") */
} Infer;

/* What the database is about, from its tables' names (infer_domain):
** a "category" is a film genre in a film rental, a product's elsewhere. */
enum { DOMAIN_NONE = 0, DOMAIN_FILM, DOMAIN_MUSIC, DOMAIN_BOOK };

/* zNote: what the column holds in words (a spec rule's "description"),
** read like the DDL comment and before it; NULL to use the comment only.
** eDomain: DOMAIN_* of the database. */
int infer_column(const SchemaTable *t, int iCol, const char *zNote, int eDomain, Infer *r);

/* The domain of a database from its table names. */
int infer_domain(char **azTable, int nTable);
/* What free text of kind iKind in table t is about (TOPIC_* of fake.h):
** what a review reviews, which help desk a ticket comes to (eDbTopic, of
** infer_db_topic, when the table does not say), whose bio it is; for a
** bio in a table of people named by their work ("teachers") that role in
** *pzRole (static), else NULL. */
int infer_text_topic(const SchemaTable *t, int iKind, int eDbTopic, const char **pzRole);
/* The help desk a database's tickets come to, from its table names: a
** shop's (orders, shipments), a software product's (subscriptions,
** workspaces), or TOPIC_ANY. */
int infer_db_topic(char **azTable, int nTable);
void infer_clear(Infer *r);

/* Parse a comment: values "A, B, C" / "A|B|C" / "one of: A, B" and ranges
** "1 .. 10" / "1-10" / "between 1 and 10".  Exposed for the unit tests. */
int infer_comment(const char *zComment, int eType, Infer *r);

#endif /* SYDA_INFER_H */
