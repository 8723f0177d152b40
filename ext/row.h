/*
** row.h — one table's generated row stream.
**
** row_compile() turns a table (schema.h), its CHECKs (check.h) and the
** spec's rules for it (spec.h) into a RowGen: per column a kind, bounds, a
** null rate, a uniqueness plan and a foreign-key plan.  row_begin() binds it
** to the database as it is now (parent keys, rows already present) for the
** ordinals [start, start+n); row_next() makes one row:
**
**     RowGen *g; char *zErr;
**     row_compile(db, tab, specTable, &opts, &g, &zErr);
**     row_begin(g, -1, n, &zErr);            -- start -1: after existing rows
**     for (i = row_start(g); i < row_start(g) + n; i++) {
**       row_next(g, i, &zErr);  ... row_values(g)[k] ...
**     }
**     row_free(g);
**
** Every value is a function of (seed, table, column, ordinal) and of the
** parent keys present, never of earlier calls: slices of a stream compose.
*/
#ifndef SYDA_ROW_H
#define SYDA_ROW_H

#include "schema.h"
#include "spec.h"
#include "dict/dict.h"
#include "value.h"

typedef struct RowGen RowGen;

typedef struct RowOptions {
  const char *zFunc; /* "syda_rows", "syda_fill": prefix of messages */
  i64 seed;
  const char *zLocale; /* NULL: en_US */
  /*
  ** Foreign keys for syda_fill's cycle handling, by SchemaTable.aFk index:
  ** ROWFK_NULL leaves the key NULL (set later by UPDATE, see row_fk_value),
  ** ROWFK_PREDICT takes parent keys from aPredict (the parent's key stream)
  ** instead of reading the parent table.
  */
  int nFk;
  const int *aeFk;
  RowGen *const *aPredict;   /* for ROWFK_PREDICT: the parent's generator, */
  const i64 *anPredict;      /* how many rows it will insert */
  const i64 *anPredictStart; /* and the ordinal of its first one */
  /* syda_fill "per": each parent row of FK iPerFk (-1: none) gets between
  ** perMin and perMax rows, drawn with perDist; rows follow the parents'
  ** key order.  row_begin() with n < 0 then takes the total; with n >= 0
  ** (the total computed beforehand by row_per_total) it checks it. */
  int iPerFk;
  int perMin, perMax, perDist;
} RowOptions;

enum { ROWFK_PICK = 0, ROWFK_NULL, ROWFK_PREDICT };

/* Zero everything, no "per" FK, messages prefixed with zFunc. */
void row_options_init(RowOptions *, const char *zFunc);

int row_compile(sqlite3 *db, const SchemaTable *t, const SpecTable *pRules, const RowOptions *pOpt,
                RowGen **pp, char **pzErr);
void row_free(RowGen *);

/*
** Bind to the database for ordinals [start, start+n).  iStart < 0: start
** after the rows already in the table.  Loads parent keys, checks that
** every constraint can be met for n rows; errors say table, column, why.
*/
int row_begin(RowGen *, i64 iStart, i64 n, char **pzErr);
i64 row_start(const RowGen *);
i64 row_count(const RowGen *); /* n, or the "per" total */
/* The rows "per" gives a table whose "per" parent has nParent rows (what
** row_begin() with n < 0 takes), computed without binding anything. */
i64 row_per_total(i64 seed, const char *zTable, i64 nParent, int perMin, int perMax, int perDist);
/* The start row_begin(g, -1, ...) would take, without binding anything. */
int row_default_start(RowGen *, i64 *piStart, char **pzErr);
/* Can row_key_value() compute columns aiCol before any row is written?
** (sequence keys, unique generated values and UNIQUE sets of them: yes;
** foreign keys: no, and *pzWhy, when not NULL, says why, sqlite3_malloc) */
int row_key_predictable(const RowGen *, int nCol, const int *aiCol, char **pzWhy);
int row_next(RowGen *, i64 iOrdinal, char **pzErr);
/* The row's values, one per insertable column (row_ncol, row_colidx):
** read them again after each row_next(), whose rows may be made several
** at a time, each in arrays of its own. */
const SydaVal *row_values(const RowGen *);
/* For a reader that goes through the rows in order: how many rows the last
** row_next() made together (0 when it made its row by itself), the first's
** ordinal in *piFirst, and in (*papVal)[k] what row_values() gives for row
** *piFirst + k.  Valid until the next row_next(). */
int row_made_together(const RowGen *, i64 *piFirst, const SydaVal *const **papVal);
int row_ncol(const RowGen *);
int row_colidx(const RowGen *, int i); /* SchemaTable column index */
const SchemaTable *row_table(const RowGen *);

/* The value an FK left NULL by ROWFK_NULL would take in row iOrdinal
** (syda_fill's UPDATE pass); *pa has one value per FK column. */
int row_fk_value(RowGen *, int iFk, i64 iOrdinal, SydaVal **pa, char **pzErr);
/* The key (columns azCol of this table) of row iOrdinal, computed without
** inserting it: parents predicted for a NOT NULL cycle. */
int row_key_value(RowGen *, int nCol, const int *aiCol, i64 iOrdinal, SydaVal *aOut, char **pzErr);

/*
** What was decided for column i (SchemaTable index), as JSON text for
** syda_plan and syda_schema: kind, source (check, rule, comment, name,
** type), bounds, null rate, unique plan, FK plan.  sqlite3_malloc'd.
*/
char *row_column_json(const RowGen *, int iCol);

/* The foreign key that makes column iCol of t: of the keys that hold it,
** the one with most columns (the first declared of equals); -1 if none. */
int row_fk_owner(const SchemaTable *t, int iCol);
/* How each UNIQUE set of the table is made distinct, as a JSON array of
** {"set", "how"}, for syda_plan: the plan row_begin() makes, without
** counting rows (a set that cannot be built at all is an error already).
** The RowGen is then only good for describing.  *pzJson sqlite3_malloc'd. */
int row_uniq_describe(RowGen *, char **pzJson, char **pzErr);
/* How foreign key iFk takes values when it shares columns with another
** (made by that one, or agreeing with it), for syda_plan; NULL when it
** shares none.  sqlite3_malloc'd. */
char *row_fk_json(const RowGen *, int iFk);

/*
** Values for column iCol proposed from outside (the LLM mode), checked like
** any input before use: cut to the column's length, checked against its
** CHECKs and type, made distinct for unique columns; a value that fails
** any of that is made offline instead.  ROWPROV_ROWS: aVal[k] is for the
** k-th row from row_start(); ROWPROV_POOL: rows draw from the pool.
** The values are copied.  ROWPROV_ROWS with none: every row makes its own,
** counted as made offline; eMode 0: none proposed, nothing counted.
*/
enum { ROWPROV_ROWS = 1, ROWPROV_POOL };
int row_set_provided(RowGen *, int iCol, int eMode, int nVal, const SydaVal *aVal);
typedef struct RowProvStats {
  i64 nSupplied; /* values used as proposed */
  i64 nRepaired; /* used after cutting or converting */
  i64 nOffline;  /* proposed but unusable, or missing: made offline */
} RowProvStats;
void row_provided_stats(const RowGen *, RowProvStats *);
/* A row whose proposed value collided with one made offline is made again
** without proposed values: pause them for it and put the counts right. */
void row_provided_stats_set(RowGen *, const RowProvStats *);
void row_prov_pause(RowGen *, int bPause);
/* The columns an LLM may write for this table: text-like values that are
** not keys, codes, numbers, dates or places.  With bRows (the model writes
** whole rows) a person or company goes to it with the columns that agree
** with its name (e-mail, user name, website, and a gender, form of address
** or product category from the column's list); without, those stay offline. */
int row_llm_columns(const RowGen *, int bRows, int *aiCol, int nMax);
/* The kind chosen for column iCol ("email"), for prompts. */
const char *row_column_kind(const RowGen *, int iCol);
/* The values column iCol is chosen from (CHECK IN, comment list, rule),
** none when it has no list. */
int row_column_set(const RowGen *, int iCol, const SydaVal **paVal);
/* The lengths a text value of column iCol may have, in characters, from
** its declared type, CHECKs and rules (0: no bound). */
void row_column_length(const RowGen *, int iCol, int *pnMin, int *pnMax);

/*
** A discount column (row_disc.c): discount, discount_amount, discount_pct,
** line_discount, ... (numeric, not a key); and how g makes it: a fraction
** (0.15), a percent (15) or an amount of money, ROW_DISC_NONE if it is none.
*/
enum { ROW_DISC_NONE = 0, ROW_DISC_RATE, ROW_DISC_PERCENT, ROW_DISC_AMOUNT };
int row_discount_col(const SchemaTable *t, int iCol);
/* A name in lower case without separators ("Discount_Pct" is "discountpct"),
** cut to nOut - 1 bytes: how names are matched against word lists. */
void row_name_fold(const char *z, char *zOut, int nOut);
int row_discount_form(const RowGen *g, int iCol);

/* One value of kind iKind (fake.h) for (key, ordinal), outside any table:
** syda_fake and syda_kinds.  Text points into *pBuf. */
int row_fake_value(int iKind, const DictLocale *pLocale, u64 key, i64 ordinal, SydaBuf *pBuf, SydaVal *pOut);

#endif /* SYDA_ROW_H */
