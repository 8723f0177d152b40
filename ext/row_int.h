/*
** row_int.h — the inside of a RowGen, shared by the files that make up
** row.h's interface:
**
**   row_compile.c  columns -> roles, kinds, bounds, sets (row_compile)
**   row_begin.c    bind to the rows present: parent keys, uniqueness plan
**   row_value.c    one value of a column: numbers, dates, text, patterns
**   row_next.c     one row: keys, foreign keys, CHECK retries (row_next)
**
** A column is one of:
**   SEQ    a whole-number primary key: first + ordinal (1, 2, 3, ...)
**   FK     part of a foreign key: a parent key present in the database
**   VALUE  a kind's value inside the column's domain (CHECKs, type, rules)
**   EXPR   a spec rule's SQL expression over the row's other values
** Uniqueness is built in: a unique column maps the ordinal through a keyed
** permutation of its value space (UQ_SELF); a UNIQUE set of columns that
** are each too small maps it through the product of their spaces (RowProd:
** join tables, 1:1 keys).  CHECKs that check.c could not translate are run
** in SQLite on each candidate row; a failing row is drawn again.
*/
#ifndef SYDA_ROW_INT_H
#define SYDA_ROW_INT_H

#include "check.h"
#include "fake.h"
#include "infer.h"
#include "rng.h"
#include "row.h"

#define ROW_CHECK_TRIES 200 /* candidate rows tried against evaluated CHECKs */
#define ROW_UNIQ_TRIES 1000 /* alternatives tried against rows already present */
#define ROW_OVER_TRIES 64   /* of those, in the block of a range gone past (RowCol.eOver) */
#define ROW_NULL_RATE 0.1   /* nullable non-key columns */
#define ROW_ROOT_RATE 0.1   /* nullable self-references that start a tree */
#define ROW_SELF_TRIES 8    /* earlier rows tried for a NOT NULL self-reference */
#define ROW_UNBOUNDED (-1)
#define ROW_MAX_GROUPS 8 /* person, company, address, file groups of a row */
#define ROW_BATCH 32     /* rows made together (RowGen.canBatch) */
/* eStatusRule beyond an order's stages: a date NULL unless the status says
** the row ended (canceled_at) or closed (resolved_at). */
#define ROW_STATUS_END 100
#define ROW_STATUS_CLOSE 101
/* ... and a visit's diagnosis or note NULL while the status says the visit
** is still to come, was cancelled or missed. */
#define ROW_STATUS_SEEN 102
/* row_status_says: what a listed status says */
#define ROW_ST_SOON 1
#define ROW_ST_PLANNED 2
#define ROW_ST_DONE 4
#define ROW_ST_ENDED 8
#define ROW_ST_CLOSED 16
#define ROW_ST_MISSED 32 /* it happened without the person: "No-show" */

enum { COL_VALUE = 0, COL_SEQ, COL_FK, COL_EXPR, COL_SKIP };
enum { UQ_NONE = 0, UQ_SELF, UQ_DIGIT };

/*
** A set of 64-bit hashes of values (open addressing): the proposed values a
** unique column used, the rows a UNIQUE set with an expr column holds.  0
** is an empty slot, 1 one emptied again; hashes are never 0 or 1.
*/
typedef struct RowSeen {
  u64 *a;
  int nAlloc, nUsed;
} RowSeen;
#define ROW_SEEN_MAX (1 << 20) /* values a UNIQUE set's rows are checked against */

typedef struct RowSeg {
  double lo, hi;
} RowSeg;

typedef struct RowCol {
  int eRole;
  int eNative; /* unique text: 1 the kind makes distinct values itself, 2 not, 0 not known yet */
  int eWords;  /* text: 1 plain words that need no fitting after (gen_text), 2 not, 0 not known yet */
  char *zWhy; /* how the kind was chosen */
  FakeSpec spec;
  u64 key;
  double rNull;
  int mustNull;
  int nSet; /* allowed values (rule values, CHECK IN, comment list), owned */
  SydaVal *aSet;
  double *aCum;    /* cumulative weights, NULL = uniform */
  char *aSetSex;   /* gender/title values: 'f', 'm', 'u' each, to follow the
                   ** row's person; NULL = not so */
  int isTitleSet;  /* those values are forms of address ("Mr", "Dr") */
  int nullByGroup; /* NULL when the group's draw says so (a whole address) */
  int *aSetLine;   /* listed categories: the product line each names, -1
                   ** none; NULL = not a product's category */
  int hasBounds;   /* a rule, comment, CHECK or precision bounds its numbers */
  int iAtLeast;    /* max_salary: the min_salary column it is not below, -1 */
  int hasRule;     /* the spec gives it values (more than a description) */
  int isLinePrice; /* a price beside a product name, bounded by nothing
                   ** else: drawn in the product line's usual range */
  const Domain *pDom;
  int eUniq;
  i64 nCap; /* distinct values this column can take, ROW_UNBOUNDED */
  /* A unique column past its usual range (row_uniq_setup): +1 numbers and
  ** dates go on above it, -1 dates go back before it; 0 the range is a
  ** constraint's (CHECK, rule, comment, precision) or the kind's by nature. */
  int eOver;
  double rTop;   /* numbers: the top a CHECK, rule, comment or precision
                 ** sets (HUGE_VAL none), which eOver stops below */
  RngPerm perm;
  int hasPerm;
  /* A unique date of a chain (row_chain_back): the first nWin rows take
  ** the places uWin .. uWin + nWin - 1 that the dates beside it allow
  ** (permWin), the rows past them the nearest places outside, those below
  ** first when isDownFirst. */
  i64 uWin, nWin;
  RngPerm permWin;
  int isDownFirst;
  RngPerm permNat; /* unbounded unique: the first rows over the natural values */
  i64 nNatural;
  int iProd, iDigit;
  int iFk;
  i64 seqLo, seqHi; /* COL_SEQ */
  char *zExpr;      /* COL_EXPR */
  sqlite3_stmt *pExpr;
  int nRound;
  int nSeg;           /* an OR of ranges: the ranges values are drawn from, */
  RowSeg *aSeg;       /* in the unit of spec.rLo (numbers) or spec.tLo (times) */
  int isKey;          /* PK, UNIQUE or FK: never NULL unless it must be */
  int eGroup;         /* GRP_* the kind reads, from infer.c */
  char *zGroup;       /* the group's prefix ("billing"), NULL = the row's main one */
  int eChain, iStage; /* date chain (infer.h) */
  int eGap;           /* GAP_* (infer.h) */
  int iBack;          /* a date drawn back from the unique date after it
                      ** (that column, row_chain_back), -1 */
  int isSlot;         /* a scheduled event's time, SLOT_* (infer.h): business
                      ** hours, weekdays, or meal times; on the quarter hour
                      ** (row_slot_*) */
  int isSlotEnd;      /* its end: the gap in quarter hours, short ones first */
  int timeHard;       /* dates: bit 1 spec.tLo, bit 2 spec.tHi come from a
                      ** CHECK, a rule or the comment, not from the kind */
  char *zPrefix;      /* reference numbers: "INV" */
  int eStatusRule;    /* a date NULL while the row's status says "not yet" (1, 2: the
                      ** stage of an order's dates) or does not say it ended (ROW_STATUS_END) */
  int eProv;          /* ROWPROV_*: values proposed from outside, 0 = none */
  int nProv;
  SydaVal *aProv; /* owned */
  RowSeen seen;   /* unique columns: hashes of proposed values used */
  int eFast;      /* ROW_FAST_*: how a first draw is made (row_fast_plan) */
  DateTable days; /* text dates: each day's text, when the range is short
                  ** beside the rows asked for (row_begin) */
  int ePlainTime; /* TY_DATE, TY_DATETIME: text drawn in the range by the
                  ** distribution, with nothing before or after it in a
                  ** chain and no schedule (row_begin); 0 any other */
} RowCol;

/*
** A value column whose first draw needs none of row_gen_value's cases for
** people, products, currencies, ranges gone past, ORs of ranges or values
** a CHECK excludes: row_value_first makes it straight from its list, its
** kind's text, its times or its numbers.  Set by row_fast_plan once the
** uniqueness plan is known.
*/
enum { ROW_FAST_NONE = 0, ROW_FAST_SET, ROW_FAST_TEXT, ROW_FAST_TIME, ROW_FAST_NUMBER };
/* RowGen.aFirst: the general path, row_value_first, row_value_first with
** the column's digit of a product, a sequence key (first + ordinal) */
enum { ROW_FIRST_ANY = 0, ROW_FIRST_FAST, ROW_FIRST_DIGIT, ROW_FIRST_SEQ };

typedef struct RowFk {
  const SchemaFk *pFk;
  int eMode;
  int notNull;
  u64 key;
  i64 nParent;
  SydaVal *aKey; /* nParent x nCol, text in azArena blocks */
  char **azArena;
  int nArena;
  int iProd, iDigit; /* part of a unique product, -1 */
  int *aiSelfCol;    /* self FK: this table's columns holding the parent key */
  sqlite3_stmt *pExists;
  RowGen *pPredict;
  i64 nPredict, iPredictStart;
  int isLoaded;
  int iChooseCol;    /* the FK's column made first: the parent is chosen there */
  int isChain;       /* a self-reference whose columns are UNIQUE: a chain */
  double rNull;      /* a rule's rate of NULL keys, -1: none (roots only) */
  int isTarget;      /* a self-reference whose columns a NOT NULL one references */
  int isActive;      /* self_key: its target is being computed (no re-entry) */
  int *aiPredictCol; /* parent columns in the predicting generator */
  /*
  ** Keys that share columns (row_fk.c): a column is made by one key, its
  ** owner.  aiOwner[k] is the owner of column k of this key (-1: this key).
  ** Every column another's: isImplied, nothing to choose.  Some: the parent
  ** is chosen among those that agree with them (a group, below).
  */
  int *aiOwner;
  int isImplied;
  int nBound; /* columns made by other keys */
  int nLevel; /* 0, or 1 + the owners' level: chosen after them */
  /* Parents grouped by their columns at positions aiGrp[0..nGrp) (sorted
  ** by those first): group i is aKey rows aGroupStart[i] .. [i+1]-1. */
  int nGrp;
  int *aiGrp;
  i64 nGroup;
  i64 *aGroupStart;
  i64 nGroupMin, nGroupMax;
  /* chosen parent for the current row, by state */
  SydaVal *aPick[2];
  int isSelfOwn[2];
  SydaBuf aSideBuf[2]; /* text of computed keys */
} RowFk;

/* A digit of a product (row_uniq.c): a column's value, a key's parent, the
** group of a key's parents that agree on some of its columns, a bound
** key's parent within its group, or a core's rank. */
enum { DG_VALUE = 0, DG_FK, DG_GROUP, DG_FKIN, DG_RANK };
typedef struct RowDigit {
  int eKind; /* DG_* */
  int idx;   /* column (DG_VALUE) or fk index; -1 for DG_RANK */
  i64 nCap;
} RowDigit;

/* One UNIQUE set of the table (SchemaTable.aUnique), as row.c uses it. */
typedef struct RowUniq {
  int nBase;     /* the columns made distinct by construction (none for a */
  int *aiBase;   /* partial index): the keys, or the columns keys are made of */
  int isDerived; /* aiBase are the inputs of expressions or generated columns */
  char *zLive;   /* SELECT 1 FROM t WHERE <keys equal the candidate's> ... */
  int nRef;      /* columns the candidate side reads (?N = column N-1) */
  int *aiRef;
  sqlite3_stmt *pLive; /* zLive prepared, when rows must be checked */
  /* Plain columns, one of them an expr: the rows of this stream so far, as
  ** hashes of their values (the first ROW_SEEN_MAX), since a SELECT from
  ** the generator does not see its own rows in the table.  iLastSlot holds
  ** row iLastOrd's (-1: none), emptied when that row is made again. */
  int isSeen;
  RowSeen seen;
  int iLastSlot;
  i64 iLastOrd;
} RowUniq;

typedef struct RowProd {
  const SchemaUnique *pSet; /* NULL: a core of several sets */
  int nDigit;
  RowDigit *aDigit;
  u64 nTotal;
  RngPerm perm;
  /* The "per" foreign key: that digit is the row's parent (its run). */
  int iPerDigit; /* -1: none */
  u64 perKey;
  /*
  ** Sets that share members: a core makes the shared ones and a rank,
  ** distinct among the rows that share them (iRankDigit; or iRankFk, a
  ** key's parent ranked in its group); each set's follower (iCore) makes
  ** its own members from the rank, keyed by what the core made.
  */
  int isCore, iRankDigit, iRankFk;
  int iCore;       /* follower: its core's place in RowGen.aProd, -1 */
  i64 aRank[2];    /* core: the rank, by state */
  u64 aCoreKey[2]; /* core: what it made, hashed, by state */
  i64 aVal[2][16]; /* the current digits, by state */
} RowProd;

typedef struct RowState {
  FakeRow frow;
  FakeGroup *aGroup;
  SydaBuf *aBuf;
  SydaVal *aVal;
  i64 *aU; /* the row's unique index of each UQ_SELF column */
} RowState;

struct RowGen {
  sqlite3 *db;
  int hasTotals;  /* some column is quantity x price (row_totals) */
  int hasLowHigh; /* some column is the high one of a pair (row_low_high) */
  int iLineDisc;  /* a line's discount beside its quantity and unit price (row_disc.c), -1 */
  int eLineDisc;  /* ... ROW_DISC_*, and those two columns */
  int iLineQty, iLinePrice;
  int hasExpr;    /* some column is COL_EXPR */
  int outIsState; /* aiOut is 0, 1, 2 ...: row_values() is aState[0].aVal, not a copy in aOut */
  const SchemaTable *t;
  CheckInfo *pCheck;
  const char *zFunc;
  u64 seed;
  const DictLocale *pLocale;
  RowCol *aCol;
  int nOut;
  int *aiOut;
  int nOrder;
  int *aiOrder;
  int nFk;
  RowFk *aFk;
  int nProd;
  RowProd *aProd;
  RowState aState[2]; /* 0: the row being made, 1: keys of other rows */
  int *aTry;          /* row_next: each column's attempt at the row */
  SydaVal *aOut;
  int nEval;
  sqlite3_stmt **apEval;
  sqlite3_stmt **apFix; /* per evaluated CHECK: its "col = f(col)" repair, or NULL */
  int *aFixOn;          /* row_next: repairs in use for the row */
  RowUniq *aUq;         /* per unique set (SchemaTable.aUnique) */
  int hasEvalUq;        /* some set is partial, or on expressions */
  int keysMove;         /* an evaluated CHECK reads a key: its values may
                         * leave their places, so rows are checked */
  int iSeq;             /* COL_SEQ column, -1 */
  /* row_fast_plan, for the row loop: */
  int isDirect;         /* nothing can refuse a row's first draw: no CHECK is
                        ** evaluated, no unique set is looked up (row_next) */
  int nUqSelf;          /* the UQ_SELF value columns, whose indexes a row */
  int *aiUqSelf;        /* makes first */
  char *aFirst;         /* by place in aiOrder: how a first draw of the row
                        ** makes that column (ROW_FIRST_*); all ROW_FIRST_ANY,
                        ** the general path, until planned */
  /* Rows made ROW_BATCH at a time, column by column (row_next_batch):
  ** when a direct row is all value columns and a sequence key, with no
  ** digit of a product, proposed values or pass over the row once its
  ** columns are made (row_fast_plan).  aBatch holds their states
  ** (allocated on first use), rows iBatch0 .. iBatch0 + nBatch - 1 made;
  ** pCur, when set, is the row row_values() returns; apBatch[r] is
  ** aBatch[r].aVal (row_made_together). */
  int canBatch;
  RowState *aBatch;
  const SydaVal *apBatch[ROW_BATCH];
  int nBatch;
  i64 iBatch0;
  const SydaVal *pCur;
  int nSeqTry;          /* row_next: moves of a set that holds the COL_SEQ column (the
                        ** other sets' moves leave the key where it is) */
  i64 iStart, nRows, nExisting;
  int checkSelf; /* verify self-reference targets exist */
  int keysPlanned; /* a cycle predicts its keys: sets of values planned first */
  int uqDry;       /* row_uniq_describe: planned without rows (no room checked) */
  char **azUqHow;  /* row_uniq_describe: how each set is made distinct */
  i64 *aPerEnd;  /* "per": rows of parents 0..k end at aPerEnd[k] */
  i64 nPer;
  RowOptions opt; /* a copy: callers' arrays must outlive the RowGen */
  const RowOptions *pOpt;
  int nGroup; /* correlation groups of a row (FakeGroup) */
  int aGroupType[ROW_MAX_GROUPS];
  int aiDriver[ROW_MAX_GROUPS]; /* the unique column a group follows, -1 */
  int iStatus;                  /* the status column dates follow, -1 */
  int hasStatusRule;            /* some column has eStatusRule */
  int iWhen;                    /* the date the status is about (scheduled_start), -1 */
  int aiStatusSoon[8], nStatusSoon; /* listed statuses of what is still to come */
  int aiStatusDone[8], nStatusDone; /* ... of what has happened */
  int eDomain;                  /* DOMAIN_* of the database (infer.h) */
  int eDbTopic;                 /* the help desk its tickets come to (infer_db_topic) */
  int nProdLine;                /* the product lines its listed categories name (-1: one */
  int *aiProdLine;              /* that names none), with the categories' weights */
  double *aProdLineW;
  RowProvStats prov;
  int provPaused; /* row_prov_pause: proposed values are not used */
};

/* row_disc.c: the line's discount, once its quantity and price are made */
void row_disc_compile(RowGen *g, int iQty, int iPrice);
void row_disc_bound(RowGen *g, RowState *st);
double row_disc_less(const RowGen *g, const RowState *st, double rGross);
double row_disc_round(double r, int nScale);

/* row_compile.c */
char *row_err(const RowGen *g, int iCol, const char *zFmt, ...);
char *row_cols_text(const SchemaTable *t, int n, const int *ai);
char *row_eval_text(const RowGen *g, const CheckEval *e);
char *row_unique_text(const RowGen *g, int iSet);
int row_type_is_numeric(int eType);
int row_type_is_time(int eType);
int row_kind_fits(int eClass, int eType);
/* Does column c name a country (country, country_code, country_code3)? */
int row_kind_is_country(const RowCol *c);
double row_val_num(const SydaVal *v);
int row_time_of(int eClass, const char *z, int n, int64_t *pt);
int row_time_class(const RowCol *c);
int row_is_time_kind(const FakeKind *k);
int row_is_number_kind(const FakeKind *k);
i64 row_over_capacity(const RowCol *c); /* values with eOver's, ROW_UNBOUNDED: plenty */
int row_dom_allows(const RowCol *c, const SydaVal *v);
i64 row_col_capacity(const RowCol *c);
void row_uniq_setup(RowCol *c);
int row_prepare(RowGen *g, const char *zSql, sqlite3_stmt **pp, char **pzErr);
/* row_begin.c */
int row_fk_load(RowGen *g, RowFk *f, char **pzErr);
/* row_uniq.c: UNIQUE sets built as products; eWhich: the sets of values
** only, those with foreign keys, or both */
enum { UNIQ_VALUES = 1, UNIQ_FKS = 2, UNIQ_ALL = 3 };
int row_uniq_plan(RowGen *g, i64 nNeed, int eWhich, char **pzErr);
void row_uniq_digits(RowGen *g, int s, i64 ordinal, int nUniqTry, const int *aTry);
/* row_next.c */
i64 row_per_run(const RowGen *g, i64 ordinal, i64 *piRank); /* "per" parent of a row, rank in its run */
int row_fk_try(const RowFk *f, const int *aTry);            /* a key's attempt: its columns' highest */
/* row_fk.c: keys that share columns, parents in groups */
int row_fk_shared(RowGen *g, char **pzErr);
void row_fk_order(RowGen *g);
void row_fk_filter_sql(const RowGen *g, const RowFk *f, sqlite3_str *s);
void row_fk_order_sql(const RowFk *f, sqlite3_str *s);
int row_fk_group(RowFk *f);
i64 row_fk_find_group(const RowFk *f, const SydaVal *aVal);
i64 row_fk_group_of(const RowFk *f, i64 idx);
char *row_fk_none_agree(RowGen *g, const RowFk *f);
void row_fk_partial(RowGen *g);
/* row_compile.c: correlations made after all columns are known */
int row_compile_groups(RowGen *g, char **pzErr);
void row_set_drivers(RowGen *g);
void row_chain_back(RowGen *g); /* after each row_uniq_plan */
/* row_value.c */
/* Scheduled times of schedule eSlot (infer.h SLOT_*) of a class of times
** (DATE, DATETIME, TIME) in [tLo, tHi]: weekdays (a DATE), and quarter hours
** from 08:00 to 17:45 (of weekdays, for a DATETIME); for meals every day,
** 11:30 to 14:00 and 17:30 to 22:00; a unique end's a quarter hour later
** (row_slot_shift) */
#define ROW_SLOT_STEP (15 * 60)
i64 row_slot_count(int eSlot, int eClass, int64_t tLo, int64_t tHi);
#define row_slot_shift(c) ((c)->isSlotEnd && row_time_class(c) != TY_DATE ? ROW_SLOT_STEP : 0)
int row_seen_has(const RowSeen *s, u64 h);
int row_seen_add(RowSeen *s, u64 h, int nMax); /* its slot; -1 full (nMax) or no memory */
void row_seen_clear(RowSeen *s);
i64 row_uniq_index(const RowCol *c, i64 ordinal, int nUniqTry);
void row_apply_status(RowGen *g, RowState *st);
int row_status_says(const SydaVal *v);
double row_round_to(double r, int nScale);
long double row_seg_count(const RowCol *c, const RowSeg *seg);
i64 row_pattern_capacity(const char *zPat, int bLike);
/* Cut text to nMax characters at a word's end, keeping nMin (row_value.c) */
void row_text_cut(SydaBuf *b, int nMin, int nMax);
void row_gen_value(RowGen *g, RowState *st, int iCol, i64 ordinal, int nTry, int nUniqTry, i64 uDigit);
/* The first draw of a column with eFast (row_gen_value's, at attempt 0) */
void row_value_first(RowGen *g, RowState *st, int iCol, i64 ordinal, i64 uDigit);
/* row_value_first of column iCol for n <= ROW_BATCH rows of states aSt */
void row_column_first(RowGen *g, RowState *aSt, int iCol, i64 ordinal, int n);
/* eFast of each column, isDirect, aiUqSelf: at the end of row_begin;
** row_fast_reset undoes it while row_begin plans again */
void row_fast_plan(RowGen *g);
void row_fast_reset(RowGen *g);
/* RowState's arrays for nCol columns and nGroup groups, and their release */
int row_state_init(RowState *st, int nCol, int nGroup);
void row_state_free(RowState *st, int nCol);

#endif /* SYDA_ROW_INT_H */
