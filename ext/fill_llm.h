/*
** fill_llm.h — syda_fill's LLM mode (fill_llm.c): ask the model for the
** values of a table's text-like columns and hand them to its generator.
*/
#ifndef SYDA_FILL_LLM_H
#define SYDA_FILL_LLM_H

#include "llm.h"
#include "row.h"
#include "spec.h"

typedef struct FillLlmStats {
  int isUsed;     /* the table had columns for the model */
  int nCol;       /* how many */
  int nRequest, nRetry, nCached;
  i64 nRowsAsked, nRowsGot;
  char *zFallback; /* on_error "offline": why the model was not used */
} FillLlmStats;

/*
** The "rows" strategy: ask for nRows rows of g's model-written columns and
** set them as g's proposed values.  Call after row_begin().  With on_error
** "offline" a failure is noted in pStats->zFallback (sqlite3_free it) and
** SQLITE_OK returned.
*/
int fill_llm_rows(sqlite3 *db, const char *zFunc, const LlmConfig *cfg, RowGen *g, const SpecTable *pSpec,
                  i64 nRows, FillLlmStats *pStats, char **pzErr);

/*
** The "vocab" strategy: ask for a pool of values for every model-written
** column of the nTable generators apGen (apSpec[i] their spec, or NULL), all
** requests together, and set the pools as their proposed values.  Called
** once, before the first row of the fill; on_error as above, for each table.
*/
int fill_llm_vocab(sqlite3 *db, const char *zFunc, const LlmConfig *cfg, int nTable, RowGen *const *apGen,
                   const SpecTable *const *apSpec, FillLlmStats *const *apStats, char **pzErr);

#endif /* SYDA_FILL_LLM_H */
