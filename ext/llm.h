/*
** llm.h — ask a language model for rows or value pools, over libcurl.
**
** The model proposes; syda disposes.  This layer only talks to the
** provider and returns what the model said as JSON objects keyed by column
** name; row.c coerces, bounds, de-duplicates and checks every value, and
** keys and foreign keys never come from here.
**
**     LlmConfig *cfg; char *zErr;
**     llm_config_parse(db, "syda_fill", zLlmJson, &cfg, &zErr);
**     LlmTable t = {...table, prompt, columns...};
**     LlmResult r;
**     llm_fetch_rows(cfg, db, &t, 200, &r, &zErr);   -- r.azRow[i]: '{"name": ...}'
**     llm_result_clear(&r); llm_config_free(cfg);
**
** Built without libcurl (make LLM=0), llm_config_parse() fails with a
** message that says so; everything else is never reached.
*/
#ifndef SYDA_LLM_H
#define SYDA_LLM_H

#include "sqlite3ext.h"

enum { LLM_ANTHROPIC = 1, LLM_OPENAI };
enum { LLM_STRATEGY_ROWS = 0, LLM_STRATEGY_VOCAB };
enum { LLM_ONERROR_FAIL = 0, LLM_ONERROR_OFFLINE };

typedef struct LlmConfig {
  const char *zFunc; /* "syda_fill": prefixes every message */
  int eProvider;
  char *zModel;
  char *zBaseUrl;      /* without a trailing slash */
  char *zKeyEnv;       /* variable the key is read from (never the key) */
  double rTemperature; /* < 0: not sent */
  int nMaxTokens;
  int nBatch;       /* rows per request (default 25) */
  int nConcurrency; /* requests in flight (default 4) */
  double rTimeout;  /* seconds per request (default 60) */
  int nRetries;     /* retries after the first attempt (default 3) */
  int eStrategy;
  int bCache; /* keep requests and answers in syda_llm_cache */
  int eOnError;
  int nVocab; /* values per column for the vocab strategy (default 50) */
  int bStructured; /* ask for the provider's structured output (default 1) */
  double rBackoff; /* first retry delay in seconds, doubled each time (1) */
  int bDefaultUrl; /* base_url not given: the provider's own */
  int bNeedKey;    /* requests must carry a key */
} LlmConfig;

/* A column as the prompt describes it. */
typedef struct LlmColumn {
  const char *zName;
  const char *zType;    /* declared type */
  const char *zKind;    /* inferred kind, e.g. "email" */
  const char *zComment; /* the DDL comment or the rule's description */
  int nMinLen, nMaxLen; /* characters (type, CHECKs, rules), 0 = none */
  int nValue;           /* allowed values (CHECK IN, comment list), if any */
  const char *const *azValue;
  int isUnique;
  int isNullable;
} LlmColumn;

typedef struct LlmTable {
  const char *zTable;
  const char *zPrompt; /* the spec's per-table prompt, or NULL */
  int nCol;            /* the columns the model writes (text-like ones) */
  const LlmColumn *aCol;
  const char *zContext; /* a few parent rows as JSON, or NULL */
} LlmTable;

typedef struct LlmStats {
  int nRequest; /* HTTP requests sent */
  int nRetry;   /* of which retries */
  int nCached;  /* answers taken from syda_llm_cache */
  int nRowsAsked, nRowsGot;
} LlmStats;

typedef struct LlmResult {
  int nRow;
  char **azRow; /* JSON object text per row, keyed by column name */
  LlmStats stats;
} LlmResult;

/* Parse the spec's "llm" object (JSON text).  zFunc prefixes messages:
** "syda_fill: spec: llm.batch: ..." */
int llm_config_parse(sqlite3 *db, const char *zFunc, const char *zJson, LlmConfig **pp, char **pzErr);
void llm_config_free(LlmConfig *);
/* Whether the API key variable is set (its presence, not its value), so
** that a fill without a key fails before it starts, naming the variable.
** Without the cache only: a cached fill may need no request at all. */
int llm_check_key(const LlmConfig *, char **pzErr);
/* The message for a key that is not set (names the variable, never a key). */
int llm_missing_key(const LlmConfig *, char **pzErr);

/* The body of the first of nPart requests, for nRows rows of t (syda_prompt).
** Never contains the key.  sqlite3_malloc'd JSON text. */
char *llm_request_body(const LlmConfig *, const LlmTable *t, int nRows, int nPart);
/* The body of the vocab request for column iCol of t. */
char *llm_vocab_request_body(const LlmConfig *, const LlmTable *t, int iCol, int nValues);
/* The URL it goes to. */
char *llm_request_url(const LlmConfig *);

/*
** Ask for nRows rows in batches of cfg->nBatch, cfg->nConcurrency at a time
** (libcurl multi), retrying 429/5xx/timeouts with exponential backoff and
** jitter, honouring Retry-After.  Answers are accepted as a JSON array, an
** object with a "rows" array, a tool call's input, a code fence or JSON
** inside prose; parsed with SQLite's JSON functions on db.  Fewer rows than
** asked is not an error (r->nRow tells); an unrecoverable failure is, with
** the provider, HTTP status and the provider's message in *pzErr.
*/
int llm_fetch_rows(const LlmConfig *, sqlite3 *db, const LlmTable *t, int nRows, LlmResult *r, char **pzErr);

/* The vocab strategy: up to nValues distinct values for each column of
** each of the nTable tables aT, one request per column, all run together
** (cfg->nConcurrency at a time); aR[k].azRow[j] is the JSON array of
** scalars for column j of table k, aR[k].stats what table k cost. */
int llm_fetch_vocab(const LlmConfig *, sqlite3 *db, int nTable, const LlmTable *aT, int nValues, LlmResult *aR,
                    char **pzErr);

void llm_result_clear(LlmResult *);

/* Whether this build has libcurl. */
int llm_available(void);

#endif /* SYDA_LLM_H */
