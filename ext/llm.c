/*
** llm.c — talk to a language model over libcurl (see llm.h).
**
** Three parts:
**
**   1. the "llm" object of a spec, checked key by key (llm_config_parse);
**   2. the request: a prompt that describes the table and its columns, and
**      the provider's structured-output form of the answer we want
**      (Anthropic: a forced tool call; OpenAI: response_format json_schema);
**   3. the transport: every batch a request, cfg->nConcurrency of them in
**      flight on one libcurl multi handle, 429/5xx/timeouts retried with
**      exponential backoff and jitter (Retry-After honoured), answers
**      looked up in and written to syda_llm_cache when cfg->bCache.
**
** Answers are untrusted text: the JSON is found (whole, fenced, inside
** prose, a tool call's input), parsed with SQLite's JSON functions on the
** caller's connection, and returned as one JSON object per row.  Nothing
** here decides a value; row.c checks every one of them.
**
** The API key is read from the environment when a request is sent, kept
** in a header list only for that request, and scrubbed from every message.
*/
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "llm.h"
#include "syda.h"
SQLITE_EXTENSION_INIT3

#ifndef SYDA_LLM
#define SYDA_LLM 0
#endif

#if SYDA_LLM
/* libcurl is opened when the LLM mode first sends a request (llm_curl_load),
** not when syda is loaded: loading it and the libraries it needs took
** longer than the rest of `.load ./syda`.  Its functions are called
** through llmCurl, so its macros that check argument types are off. */
#define CURL_DISABLE_TYPECHECK 1
#include <curl/curl.h>
#include <dlfcn.h>
#endif

int llm_available(void) { return SYDA_LLM; }

/* ---- small helpers ------------------------------------------------------ */

static const char *llm_provider_name(int e) { return e == LLM_ANTHROPIC ? "anthropic" : "openai"; }

/* Append z as a JSON string literal. */
static void json_str(sqlite3_str *s, const char *z) {
  sqlite3_str_appendchar(s, 1, '"');
  for (; z && *z; z++) {
    unsigned char c = (unsigned char)*z;
    if (c == '"' || c == '\\') {
      sqlite3_str_appendchar(s, 1, '\\');
      sqlite3_str_appendchar(s, 1, (char)c);
    } else if (c == '\n') {
      sqlite3_str_appendall(s, "\\n");
    } else if (c == '\t') {
      sqlite3_str_appendall(s, "\\t");
    } else if (c == '\r') {
      sqlite3_str_appendall(s, "\\r");
    } else if (c < 0x20) {
      sqlite3_str_appendf(s, "\\u%04x", c);
    } else {
      sqlite3_str_appendchar(s, 1, (char)c);
    }
  }
  sqlite3_str_appendchar(s, 1, '"');
}

/* One value of a query with a single text parameter, sqlite3_malloc'd. */
static char *llm_query1(sqlite3 *db, const char *zSql, const char *zArg) {
  sqlite3_stmt *p = 0;
  char *zOut = 0;
  if (sqlite3_prepare_v2(db, zSql, -1, &p, 0) != SQLITE_OK) return 0;
  sqlite3_bind_text(p, 1, zArg, -1, SQLITE_STATIC);
  if (sqlite3_step(p) == SQLITE_ROW && sqlite3_column_type(p, 0) != SQLITE_NULL) {
    zOut = sqlite3_mprintf("%s", sqlite3_column_text(p, 0));
  }
  sqlite3_finalize(p);
  return zOut;
}

/* The key's variable as set in the environment, or NULL. */
static const char *llm_key(const LlmConfig *cfg) {
  const char *z = getenv(cfg->zKeyEnv);
  return (z && z[0]) ? z : 0;
}

/* Replace every occurrence of the API key in z (sqlite3_malloc'd) by "***". */
static char *llm_scrub(const LlmConfig *cfg, char *z) {
  const char *zKey = cfg ? llm_key(cfg) : 0;
  size_t nKey;
  char *p;
  if (z == 0 || zKey == 0 || (nKey = strlen(zKey)) < 4) return z;
  while ((p = strstr(z, zKey)) != 0) {
    memcpy(p, "***", 3);
    memmove(p + 3, p + nKey, strlen(p + nKey) + 1);
  }
  return z;
}

/* ---- the "llm" object of the spec -------------------------------------- */

static int cfg_err(char **pzErr, const char *zFunc, const char *zKey, const char *zFmt, ...) {
  va_list ap;
  char *z;
  va_start(ap, zFmt);
  z = sqlite3_vmprintf(zFmt, ap);
  va_end(ap);
  *pzErr = sqlite3_mprintf("%s: spec: llm%s%s: %s", zFunc, zKey ? "." : "", zKey ? zKey : "", z);
  sqlite3_free(z);
  return SQLITE_ERROR;
}

void llm_config_free(LlmConfig *c) {
  if (c == 0) return;
  sqlite3_free(c->zModel);
  sqlite3_free(c->zBaseUrl);
  sqlite3_free(c->zKeyEnv);
  sqlite3_free(c);
}

/* Integer member within [lo, hi]. */
static int cfg_int(sqlite3_stmt *p, char **pzErr, const char *zFunc, const char *k, int lo, int hi, int *pOut) {
  const char *zType = (const char *)sqlite3_column_text(p, 1);
  sqlite3_int64 v;
  if (strcmp(zType, "integer") != 0) return cfg_err(pzErr, zFunc, k, "must be an integer, not %s", zType);
  v = sqlite3_column_int64(p, 2);
  if (v < lo || v > hi) return cfg_err(pzErr, zFunc, k, "must be between %d and %d, not %lld", lo, hi, v);
  *pOut = (int)v;
  return SQLITE_OK;
}

static int cfg_real(sqlite3_stmt *p, char **pzErr, const char *zFunc, const char *k, double lo, double hi,
                    double *pOut) {
  const char *zType = (const char *)sqlite3_column_text(p, 1);
  double v;
  if (strcmp(zType, "integer") != 0 && strcmp(zType, "real") != 0)
    return cfg_err(pzErr, zFunc, k, "must be a number, not %s", zType);
  v = sqlite3_column_double(p, 2);
  if (v < lo || v > hi) return cfg_err(pzErr, zFunc, k, "must be between %g and %g, not %g", lo, hi, v);
  *pOut = v;
  return SQLITE_OK;
}

static int cfg_text(sqlite3_stmt *p, char **pzErr, const char *zFunc, const char *k, char **pz) {
  const char *zType = (const char *)sqlite3_column_text(p, 1);
  if (strcmp(zType, "text") != 0) return cfg_err(pzErr, zFunc, k, "must be a string, not %s", zType);
  if (sqlite3_column_bytes(p, 2) == 0) return cfg_err(pzErr, zFunc, k, "must not be empty");
  sqlite3_free(*pz);
  *pz = sqlite3_mprintf("%s", sqlite3_column_text(p, 2));
  return *pz ? SQLITE_OK : SQLITE_NOMEM;
}

static int cfg_bool(sqlite3_stmt *p, char **pzErr, const char *zFunc, const char *k, int *pOut) {
  const char *zType = (const char *)sqlite3_column_text(p, 1);
  if (strcmp(zType, "true") != 0 && strcmp(zType, "false") != 0)
    return cfg_err(pzErr, zFunc, k, "must be true or false, not %s", zType);
  *pOut = zType[0] == 't';
  return SQLITE_OK;
}

/* One of the words in az (NULL-terminated); its index in *pOut. */
static int cfg_word(sqlite3_stmt *p, char **pzErr, const char *zFunc, const char *k, const char *const *az,
                    int *pOut) {
  const char *zType = (const char *)sqlite3_column_text(p, 1);
  const char *z = (const char *)sqlite3_column_text(p, 2);
  int i;
  if (strcmp(zType, "text") != 0) return cfg_err(pzErr, zFunc, k, "must be a string, not %s", zType);
  for (i = 0; az[i]; i++) {
    if (strcmp(z, az[i]) == 0) {
      *pOut = i;
      return SQLITE_OK;
    }
  }
  {
    sqlite3_str *s = sqlite3_str_new(0);
    char *zList;
    for (i = 0; az[i]; i++)
      sqlite3_str_appendf(s, "%s\"%s\"", i ? ", " : "", az[i]);
    zList = sqlite3_str_finish(s);
    cfg_err(pzErr, zFunc, k, "unknown value \"%s\" (known: %s)", z, zList ? zList : "");
    sqlite3_free(zList);
  }
  return SQLITE_ERROR;
}

int llm_config_parse(sqlite3 *db, const char *zFunc, const char *zJson, LlmConfig **pp, char **pzErr) {
  static const char *const azProvider[] = {"anthropic", "openai", 0};
  static const char *const azStrategy[] = {"rows", "vocab", 0};
  static const char *const azOnError[] = {"fail", "offline", 0};
  LlmConfig *c;
  sqlite3_stmt *p = 0;
  int rc, hasKeyEnv = 0, hasProvider = 0;
  *pp = 0;
  *pzErr = 0;
  if (!SYDA_LLM) {
    return cfg_err(pzErr, zFunc, 0,
                   "this build of syda has no LLM mode (built with LLM=0; rebuild with make LLM=1, "
                   "which needs libcurl4-openssl-dev)");
  }
  c = sqlite3_malloc(sizeof(*c));
  if (c == 0) return SQLITE_NOMEM;
  memset(c, 0, sizeof(*c));
  c->zFunc = zFunc;
  c->rTemperature = -1;
  c->nBatch = 25;
  c->nConcurrency = 4;
  c->rTimeout = 60;
  c->nRetries = 3;
  c->nVocab = 50;
  c->bStructured = 1;
  c->rBackoff = 1.0;
  rc = sqlite3_prepare_v2(db, "SELECT key, type, value, json_type(?1) FROM json_each(?1)", -1, &p, 0);
  if (rc != SQLITE_OK) {
    llm_config_free(c);
    *pzErr = sqlite3_mprintf("%s: llm: %s", zFunc, sqlite3_errmsg(db));
    return rc;
  }
  sqlite3_bind_text(p, 1, zJson, -1, SQLITE_STATIC);
  while (rc == SQLITE_OK && sqlite3_step(p) == SQLITE_ROW) {
    const char *k = (const char *)sqlite3_column_text(p, 0);
    if (k == 0 || strcmp((const char *)sqlite3_column_text(p, 3), "object") != 0) {
      rc = cfg_err(pzErr, zFunc, 0, "must be an object");
    } else if (strcmp(k, "provider") == 0) {
      rc = cfg_word(p, pzErr, zFunc, k, azProvider, &c->eProvider);
      c->eProvider++; /* LLM_ANTHROPIC = 1 */
      hasProvider = 1;
    } else if (strcmp(k, "model") == 0) {
      rc = cfg_text(p, pzErr, zFunc, k, &c->zModel);
    } else if (strcmp(k, "base_url") == 0) {
      rc = cfg_text(p, pzErr, zFunc, k, &c->zBaseUrl);
      if (rc == SQLITE_OK && sqlite3_strnicmp(c->zBaseUrl, "http://", 7) != 0 &&
          sqlite3_strnicmp(c->zBaseUrl, "https://", 8) != 0) {
        rc = cfg_err(pzErr, zFunc, k, "must start with http:// or https://, not \"%s\"", c->zBaseUrl);
      }
    } else if (strcmp(k, "api_key_env") == 0) {
      rc = cfg_text(p, pzErr, zFunc, k, &c->zKeyEnv);
      hasKeyEnv = 1;
    } else if (strcmp(k, "temperature") == 0) {
      rc = cfg_real(p, pzErr, zFunc, k, 0, 2, &c->rTemperature);
    } else if (strcmp(k, "max_tokens") == 0) {
      rc = cfg_int(p, pzErr, zFunc, k, 1, 1000000, &c->nMaxTokens);
    } else if (strcmp(k, "batch") == 0) {
      rc = cfg_int(p, pzErr, zFunc, k, 1, 1000, &c->nBatch);
    } else if (strcmp(k, "concurrency") == 0) {
      rc = cfg_int(p, pzErr, zFunc, k, 1, 64, &c->nConcurrency);
    } else if (strcmp(k, "timeout_s") == 0) {
      rc = cfg_real(p, pzErr, zFunc, k, 0.001, 3600, &c->rTimeout);
    } else if (strcmp(k, "retries") == 0) {
      rc = cfg_int(p, pzErr, zFunc, k, 0, 20, &c->nRetries);
    } else if (strcmp(k, "backoff_s") == 0) {
      rc = cfg_real(p, pzErr, zFunc, k, 0, 60, &c->rBackoff);
    } else if (strcmp(k, "strategy") == 0) {
      rc = cfg_word(p, pzErr, zFunc, k, azStrategy, &c->eStrategy);
    } else if (strcmp(k, "cache") == 0) {
      rc = cfg_bool(p, pzErr, zFunc, k, &c->bCache);
    } else if (strcmp(k, "on_error") == 0) {
      rc = cfg_word(p, pzErr, zFunc, k, azOnError, &c->eOnError);
    } else if (strcmp(k, "vocab") == 0) {
      rc = cfg_int(p, pzErr, zFunc, k, 1, 10000, &c->nVocab);
    } else if (strcmp(k, "structured") == 0) {
      rc = cfg_bool(p, pzErr, zFunc, k, &c->bStructured);
    } else {
      rc = cfg_err(pzErr, zFunc, k,
                   "unknown key (known: provider, model, base_url, api_key_env, temperature, max_tokens, "
                   "batch, concurrency, timeout_s, retries, backoff_s, strategy, vocab, structured, cache, "
                   "on_error)");
    }
  }
  sqlite3_finalize(p);
  if (rc == SQLITE_OK && !hasProvider) {
    rc = cfg_err(pzErr, zFunc, "provider", "missing (\"anthropic\" or \"openai\"; \"openai\" also for "
                                           "OpenAI-compatible servers such as Ollama, llama.cpp or vLLM)");
  }
  if (rc == SQLITE_OK) {
    int isAnthropic = c->eProvider == LLM_ANTHROPIC;
    if (c->zModel == 0) c->zModel = sqlite3_mprintf("%s", isAnthropic ? "claude-haiku-4-5" : "gpt-4o-mini");
    if (c->zBaseUrl == 0) {
      c->zBaseUrl = sqlite3_mprintf("%s", isAnthropic ? "https://api.anthropic.com" : "https://api.openai.com/v1");
      c->bDefaultUrl = 1;
    }
    if (c->zKeyEnv == 0) c->zKeyEnv = sqlite3_mprintf("%s", isAnthropic ? "ANTHROPIC_API_KEY" : "OPENAI_API_KEY");
    if (c->zModel == 0 || c->zBaseUrl == 0 || c->zKeyEnv == 0) rc = SQLITE_NOMEM;
  }
  if (rc == SQLITE_OK) {
    size_t n = strlen(c->zBaseUrl);
    while (n > 0 && c->zBaseUrl[n - 1] == '/')
      c->zBaseUrl[--n] = 0;
    /* A key is needed by Anthropic, by OpenAI itself, and whenever the spec
    ** names a variable; a local OpenAI-compatible server may do without. */
    c->bNeedKey = c->eProvider == LLM_ANTHROPIC || c->bDefaultUrl || hasKeyEnv;
  }
  if (rc != SQLITE_OK) {
    llm_config_free(c);
    if (rc == SQLITE_NOMEM && *pzErr == 0) *pzErr = sqlite3_mprintf("%s: out of memory", zFunc);
    return rc;
  }
  *pp = c;
  return SQLITE_OK;
}

int llm_check_key(const LlmConfig *c, char **pzErr) {
  /* With the cache, a fill may replay without any request: then the key is
  ** checked before the first request that is really sent (llm_run). */
  if (c->bNeedKey && !c->bCache && llm_key(c) == 0) return llm_missing_key(c, pzErr);
  return SQLITE_OK;
}

int llm_missing_key(const LlmConfig *c, char **pzErr) {
  sqlite3_free(*pzErr);
  *pzErr = sqlite3_mprintf("%s: llm: %s: no API key: set the environment variable %s%s", c->zFunc,
                           llm_provider_name(c->eProvider), c->zKeyEnv,
                           " (or name another one with llm.api_key_env)");
  return SQLITE_ERROR;
}

/* ---- the request --------------------------------------------------------- */

char *llm_request_url(const LlmConfig *c) {
  return sqlite3_mprintf("%s%s", c->zBaseUrl, c->eProvider == LLM_ANTHROPIC ? "/v1/messages" : "/chat/completions");
}

static const char zSystem[] =
    "You write realistic sample data for a SQLite database: plausible, varied values that fit each "
    "column's meaning, written the way real records look (no placeholders, no lorem ipsum, no numbering "
    "like 'Product 1'). Answer with JSON only.";

/* How column c is described to the model, one line. */
static void llm_describe_column(sqlite3_str *s, const LlmColumn *c) {
  int i;
  sqlite3_str_appendf(s, "- \"%s\": %s", c->zName, c->zType && c->zType[0] ? c->zType : "any type");
  if (c->zKind && c->zKind[0] && c->nValue == 0) {
    /* "a product name": the kind, in words */
    const char *z;
    sqlite3_str_appendf(s, ", %s ", strchr("aeiou", c->zKind[0]) ? "an" : "a");
    for (z = c->zKind; *z; z++)
      sqlite3_str_appendchar(s, 1, *z == '_' ? ' ' : *z);
  }
  if (c->zComment && c->zComment[0]) sqlite3_str_appendf(s, " (%s)", c->zComment);
  if (c->nMinLen > 0 && c->nMaxLen > 0) {
    sqlite3_str_appendf(s, "; %d to %d characters", c->nMinLen, c->nMaxLen);
  } else if (c->nMaxLen > 0) {
    sqlite3_str_appendf(s, "; at most %d characters", c->nMaxLen);
  } else if (c->nMinLen > 0) {
    sqlite3_str_appendf(s, "; at least %d characters", c->nMinLen);
  }
  if (c->nValue > 0) {
    sqlite3_str_appendall(s, "; one of ");
    for (i = 0; i < c->nValue; i++)
      sqlite3_str_appendf(s, "%s\"%s\"", i ? ", " : "", c->azValue[i]);
  }
  if (c->isUnique) sqlite3_str_appendall(s, "; every value distinct");
  if (c->isNullable) sqlite3_str_appendall(s, "; may be null when a real record would leave it empty");
  sqlite3_str_appendchar(s, 1, '\n');
}

/* The user message for a rows request (nRows rows, part iPart of nPart). */
static char *llm_rows_prompt(const LlmTable *t, int nRows, int iPart, int nPart) {
  sqlite3_str *s = sqlite3_str_new(0);
  int i;
  sqlite3_str_appendf(s, "Table \"%s\" of a SQLite database.\n", t->zTable);
  if (t->zPrompt && t->zPrompt[0]) sqlite3_str_appendf(s, "About this data: %s\n", t->zPrompt);
  if (t->zContext && t->zContext[0])
    sqlite3_str_appendf(s, "Rows already in related tables, for context: %s\n", t->zContext);
  sqlite3_str_appendall(s, "Columns to write:\n");
  for (i = 0; i < t->nCol; i++)
    llm_describe_column(s, &t->aCol[i]);
  if (nPart > 1) {
    sqlite3_str_appendf(s,
                        "This is part %d of %d; the other parts are written separately, so make these rows "
                        "different from what a first answer would usually contain.\n",
                        iPart + 1, nPart);
  }
  sqlite3_str_appendf(s, "Write %d rows, each different from the others.\n", nRows);
  sqlite3_str_appendf(s, "Answer with only a JSON array of %d objects, each with exactly these keys: [", nRows);
  for (i = 0; i < t->nCol; i++) {
    if (i) sqlite3_str_appendall(s, ", ");
    json_str(s, t->aCol[i].zName);
  }
  sqlite3_str_appendall(s, "].");
  return sqlite3_str_finish(s);
}

/* The user message for a vocab request: nValues values for column iCol. */
static char *llm_vocab_prompt(const LlmTable *t, int iCol, int nValues) {
  sqlite3_str *s = sqlite3_str_new(0);
  sqlite3_str_appendf(s, "Table \"%s\" of a SQLite database.\n", t->zTable);
  if (t->zPrompt && t->zPrompt[0]) sqlite3_str_appendf(s, "About this data: %s\n", t->zPrompt);
  if (t->zContext && t->zContext[0])
    sqlite3_str_appendf(s, "Rows already in related tables, for context: %s\n", t->zContext);
  sqlite3_str_appendall(s, "The column:\n");
  llm_describe_column(s, &t->aCol[iCol]);
  sqlite3_str_appendf(s,
                      "Write %d distinct values for column \"%s\", as varied as the real data would be.\n"
                      "Answer with only a JSON array of %d strings.",
                      nValues, t->aCol[iCol].zName, nValues);
  return sqlite3_str_finish(s);
}

/* The JSON schema of one column's value. */
static void llm_column_schema(sqlite3_str *s, const LlmColumn *c, int allowNull) {
  int i;
  allowNull = allowNull && c->isNullable;
  sqlite3_str_appendall(s, allowNull ? "{\"type\": [\"string\", \"null\"]" : "{\"type\": \"string\"");
  if (c->nMinLen > 0) sqlite3_str_appendf(s, ", \"minLength\": %d", c->nMinLen);
  if (c->nMaxLen > 0) sqlite3_str_appendf(s, ", \"maxLength\": %d", c->nMaxLen);
  if (c->nValue > 0) {
    sqlite3_str_appendall(s, ", \"enum\": [");
    for (i = 0; i < c->nValue; i++) {
      if (i) sqlite3_str_appendall(s, ", ");
      json_str(s, c->azValue[i]);
    }
    if (allowNull) sqlite3_str_appendall(s, ", null");
    sqlite3_str_appendchar(s, 1, ']');
  }
  sqlite3_str_appendchar(s, 1, '}');
}

/* {"type": "object", "properties": {"rows": {"type": "array", "items": ...}}} */
static void llm_answer_schema(sqlite3_str *s, const LlmTable *t, int iCol) {
  int i;
  sqlite3_str_appendall(s, "{\"type\": \"object\", \"properties\": {\"rows\": {\"type\": \"array\", \"items\": ");
  if (iCol >= 0) {
    llm_column_schema(s, &t->aCol[iCol], 0); /* a pool holds values */
  } else {
    sqlite3_str_appendall(s, "{\"type\": \"object\", \"properties\": {");
    for (i = 0; i < t->nCol; i++) {
      if (i) sqlite3_str_appendall(s, ", ");
      json_str(s, t->aCol[i].zName);
      sqlite3_str_appendall(s, ": ");
      llm_column_schema(s, &t->aCol[i], 1);
    }
    sqlite3_str_appendall(s, "}, \"required\": [");
    for (i = 0; i < t->nCol; i++) {
      if (i) sqlite3_str_appendall(s, ", ");
      json_str(s, t->aCol[i].zName);
    }
    sqlite3_str_appendall(s, "], \"additionalProperties\": false}");
  }
  sqlite3_str_appendall(s, "}}, \"required\": [\"rows\"], \"additionalProperties\": false}");
}

/* The body for a user message zUser; iCol >= 0 for a vocab request. */
static char *llm_body(const LlmConfig *c, const LlmTable *t, const char *zUser, int iCol, int nRows) {
  sqlite3_str *s = sqlite3_str_new(0);
  int nMax = c->nMaxTokens;
  if (nMax == 0) {
    /* room for the rows: generous, since a cut answer loses the whole batch */
    nMax = 1024 + nRows * (iCol >= 0 ? 40 : 60 * (t->nCol > 0 ? t->nCol : 1));
    if (nMax > 16000) nMax = 16000;
  }
  sqlite3_str_appendall(s, "{\"model\": ");
  json_str(s, c->zModel);
  if (c->eProvider == LLM_ANTHROPIC) {
    sqlite3_str_appendf(s, ", \"max_tokens\": %d", nMax);
    if (c->rTemperature >= 0) sqlite3_str_appendf(s, ", \"temperature\": %g", c->rTemperature);
    sqlite3_str_appendall(s, ", \"system\": ");
    json_str(s, zSystem);
    sqlite3_str_appendall(s, ", \"messages\": [{\"role\": \"user\", \"content\": ");
    json_str(s, zUser);
    sqlite3_str_appendall(s, "}]");
    if (c->bStructured) {
      sqlite3_str_appendall(s, ", \"tools\": [{\"name\": \"write_rows\", \"description\": ");
      json_str(s, iCol >= 0 ? "Return the values." : "Return the rows.");
      sqlite3_str_appendall(s, ", \"input_schema\": ");
      llm_answer_schema(s, t, iCol);
      sqlite3_str_appendall(s, "}], \"tool_choice\": {\"type\": \"tool\", \"name\": \"write_rows\"}");
    }
  } else {
    if (c->nMaxTokens > 0) sqlite3_str_appendf(s, ", \"max_tokens\": %d", c->nMaxTokens);
    if (c->rTemperature >= 0) sqlite3_str_appendf(s, ", \"temperature\": %g", c->rTemperature);
    sqlite3_str_appendall(s, ", \"messages\": [{\"role\": \"system\", \"content\": ");
    json_str(s, zSystem);
    sqlite3_str_appendall(s, "}, {\"role\": \"user\", \"content\": ");
    json_str(s, zUser);
    sqlite3_str_appendall(s, "}]");
    if (c->bStructured) {
      sqlite3_str_appendall(s, ", \"response_format\": {\"type\": \"json_schema\", \"json_schema\": "
                               "{\"name\": \"rows\", \"schema\": ");
      llm_answer_schema(s, t, iCol);
      sqlite3_str_appendall(s, "}}");
    }
  }
  sqlite3_str_appendchar(s, 1, '}');
  return sqlite3_str_finish(s);
}

char *llm_request_body(const LlmConfig *c, const LlmTable *t, int nRows, int nPart) {
  char *zUser = llm_rows_prompt(t, nRows, 0, nPart);
  char *zBody = zUser ? llm_body(c, t, zUser, -1, nRows) : 0;
  sqlite3_free(zUser);
  return zBody;
}

char *llm_vocab_request_body(const LlmConfig *c, const LlmTable *t, int iCol, int nValues) {
  char *zUser = llm_vocab_prompt(t, iCol, nValues);
  char *zBody = zUser ? llm_body(c, t, zUser, iCol, nValues) : 0;
  sqlite3_free(zUser);
  return zBody;
}

void llm_result_clear(LlmResult *r) {
  int i;
  for (i = 0; i < r->nRow; i++)
    sqlite3_free(r->azRow[i]);
  sqlite3_free(r->azRow);
  memset(r, 0, sizeof(*r));
}

static int llm_result_add(LlmResult *r, char *z) {
  char **az;
  if (z == 0) return SQLITE_NOMEM;
  az = sqlite3_realloc64(r->azRow, sizeof(char *) * (sqlite3_uint64)(r->nRow + 1));
  if (az == 0) {
    sqlite3_free(z);
    return SQLITE_NOMEM;
  }
  r->azRow = az;
  r->azRow[r->nRow++] = z;
  return SQLITE_OK;
}

/* ---- reading an answer --------------------------------------------------- */

/* The model's answer inside a provider's reply: a tool call's input (JSON)
** or the text.  sqlite3_malloc'd, NULL when there is none. */
static char *llm_answer_text(sqlite3 *db, const LlmConfig *c, const char *zReply) {
  if (c->eProvider == LLM_ANTHROPIC) {
    char *z = llm_query1(db,
                         "SELECT json_extract(value, '$.input') FROM json_each(?1, '$.content') "
                         "WHERE json_valid(?1) AND json_extract(value, '$.type') = 'tool_use' LIMIT 1",
                         zReply);
    if (z) return z;
    return llm_query1(db,
                      "SELECT group_concat(json_extract(value, '$.text'), '') FROM json_each(?1, '$.content') "
                      "WHERE json_valid(?1) AND json_extract(value, '$.type') = 'text'",
                      zReply);
  }
  return llm_query1(db,
                    "SELECT coalesce(json_extract(?1, '$.choices[0].message.tool_calls[0].function.arguments'), "
                    "json_extract(?1, '$.choices[0].message.content')) WHERE json_valid(?1)",
                    zReply);
}

static int llm_is_json(sqlite3 *db, const char *z, int n) {
  sqlite3_stmt *p = 0;
  int ok = 0;
  if (n <= 0) return 0;
  if (sqlite3_prepare_v2(db, "SELECT json_valid(?1) AND json_type(?1) IN ('array', 'object')", -1, &p, 0) ==
      SQLITE_OK) {
    sqlite3_bind_text(p, 1, z, n, SQLITE_STATIC);
    ok = sqlite3_step(p) == SQLITE_ROW && sqlite3_column_int(p, 0);
  }
  sqlite3_finalize(p);
  return ok;
}

/* The JSON inside an answer's text: all of it, a fenced block, or the
** widest [...] or {...} within prose.  sqlite3_malloc'd or NULL. */
static char *llm_find_json(sqlite3 *db, const char *z) {
  const char *zA, *zB;
  int n = (int)strlen(z);
  while (n > 0 && (z[0] == ' ' || z[0] == '\n' || z[0] == '\r' || z[0] == '\t')) {
    z++;
    n--;
  }
  if (llm_is_json(db, z, n)) return sqlite3_mprintf("%.*s", n, z);
  /* ```json ... ``` */
  zA = strstr(z, "```");
  if (zA) {
    zA += 3;
    while (*zA && *zA != '\n')
      zA++;
    zB = strstr(zA, "```");
    if (zB && llm_is_json(db, zA, (int)(zB - zA))) return sqlite3_mprintf("%.*s", (int)(zB - zA), zA);
  }
  {
    static const char aOpen[] = "[{";
    static const char aClose[] = "]}";
    int k;
    for (k = 0; k < 2; k++) {
      zA = strchr(z, aOpen[k]);
      zB = strrchr(z, aClose[k]);
      if (zA && zB && zB > zA && llm_is_json(db, zA, (int)(zB - zA + 1))) {
        return sqlite3_mprintf("%.*s", (int)(zB - zA + 1), zA);
      }
    }
  }
  return 0;
}

/*
** The rows of an answer, appended to r: objects with at least one of the
** column names of t (any letter case).  zJson is an array of rows, an
** object holding such an array ("rows" or any other member), or one row.
*/
static int llm_answer_rows(sqlite3 *db, const LlmTable *t, const char *zJson, int nMax, LlmResult *r, int *pnGot) {
  static const char zSql[] =
      "WITH doc(j) AS (SELECT ?1),"
      " arr(a) AS (SELECT CASE"
      "   WHEN json_type(j) = 'array' THEN j"
      "   WHEN json_type(j, '$.rows') = 'array' THEN json_extract(j, '$.rows')"
      "   ELSE coalesce((SELECT value FROM json_each(j) WHERE type = 'array' LIMIT 1), json_array(json(j)))"
      "  END FROM doc)"
      " SELECT e.value FROM arr, json_each(arr.a) AS e WHERE e.type = 'object'"
      " AND EXISTS (SELECT 1 FROM json_each(e.value) AS k, json_each(?2) AS w"
      "             WHERE lower(k.key) = lower(w.value))"
      " ORDER BY e.id";
  sqlite3_stmt *p = 0;
  sqlite3_str *s = sqlite3_str_new(0);
  char *zNames;
  int rc, i;
  *pnGot = 0;
  sqlite3_str_appendchar(s, 1, '[');
  for (i = 0; i < t->nCol; i++) {
    if (i) sqlite3_str_appendchar(s, 1, ',');
    json_str(s, t->aCol[i].zName);
  }
  sqlite3_str_appendchar(s, 1, ']');
  zNames = sqlite3_str_finish(s);
  if (zNames == 0) return SQLITE_NOMEM;
  rc = sqlite3_prepare_v2(db, zSql, -1, &p, 0);
  if (rc == SQLITE_OK) {
    sqlite3_bind_text(p, 1, zJson, -1, SQLITE_STATIC);
    sqlite3_bind_text(p, 2, zNames, -1, SQLITE_STATIC);
    while (rc == SQLITE_OK && *pnGot < nMax && sqlite3_step(p) == SQLITE_ROW) {
      rc = llm_result_add(r, sqlite3_mprintf("%s", sqlite3_column_text(p, 0)));
      if (rc == SQLITE_OK) (*pnGot)++;
    }
  }
  sqlite3_finalize(p);
  sqlite3_free(zNames);
  return rc;
}

/* The distinct values of a vocab answer as one JSON array of scalars. */
static char *llm_answer_vocab(sqlite3 *db, const char *zJson, const char *zCol) {
  static const char zSql[] =
      "WITH doc(j) AS (SELECT ?1),"
      " arr(a) AS (SELECT CASE"
      "   WHEN json_type(j) = 'array' THEN j"
      "   WHEN json_type(j, '$.rows') = 'array' THEN json_extract(j, '$.rows')"
      "   WHEN json_type(j, '$.values') = 'array' THEN json_extract(j, '$.values')"
      "   ELSE (SELECT value FROM json_each(j) WHERE type = 'array' LIMIT 1)"
      "  END FROM doc),"
      " v(id, x) AS (SELECT e.id, CASE WHEN e.type = 'object' THEN"
      "     coalesce((SELECT value FROM json_each(e.value) WHERE lower(key) = lower(?2)),"
      "              (SELECT value FROM json_each(e.value) LIMIT 1))"
      "   ELSE e.value END FROM arr, json_each(arr.a) AS e WHERE e.type NOT IN ('array', 'null'))"
      " SELECT json_group_array(x) FROM (SELECT x, min(id) AS id FROM v"
      "   WHERE x IS NOT NULL AND x <> '' GROUP BY x ORDER BY id)";
  sqlite3_stmt *p = 0;
  char *zOut = 0;
  if (sqlite3_prepare_v2(db, zSql, -1, &p, 0) != SQLITE_OK) return 0;
  sqlite3_bind_text(p, 1, zJson, -1, SQLITE_STATIC);
  sqlite3_bind_text(p, 2, zCol, -1, SQLITE_STATIC);
  if (sqlite3_step(p) == SQLITE_ROW) zOut = sqlite3_mprintf("%s", sqlite3_column_text(p, 0));
  sqlite3_finalize(p);
  return zOut;
}

/* ---- the transport ---------------------------------------------------------- */

enum { REQ_WAIT = 0, REQ_RUN, REQ_DONE };

typedef struct LlmReq {
  int eState;
  const LlmTable *pTab; /* what it asks about, for messages */
  int iCol;             /* vocab: the column; rows: -1 */
  int nAsk;        /* rows (or values) asked for */
  int nAttempt;    /* attempts started (0: answered from the cache) */
  int isCached;    /* answered from syda_llm_cache */
  double tStart;   /* earliest start, seconds on the monotonic clock */
  char *zBody;     /* the request */
  char zKey[33];   /* its cache key */
  char *zReply;    /* the provider's reply once done */
  int nReply, nAlloc;
  long status;     /* HTTP status of the last attempt */
  double rRetryAfter;
#if SYDA_LLM
  CURL *h;
  struct curl_slist *pHdr;
  char zCurlErr[CURL_ERROR_SIZE];
#endif
} LlmReq;

static void llm_req_free(LlmReq *a, int n) {
  int i;
  for (i = 0; i < n; i++) {
    sqlite3_free(a[i].zBody);
    sqlite3_free(a[i].zReply);
  }
  sqlite3_free(a);
}

/* Add what request q cost to *p. */
static void llm_stats_add(LlmStats *p, const LlmReq *q) {
  p->nRequest += q->nAttempt;
  p->nRetry += q->nAttempt > 1 ? q->nAttempt - 1 : 0;
  p->nCached += q->isCached;
}

#if SYDA_LLM

/* libcurl's functions that syda calls, found by llm_curl_load() */
static struct LlmCurl {
  CURLcode (*global_init)(long);
  CURL *(*easy_init)(void);
  CURLcode (*easy_setopt)(CURL *, CURLoption, ...);
  CURLcode (*easy_getinfo)(CURL *, CURLINFO, ...);
  const char *(*easy_strerror)(CURLcode);
  void (*easy_cleanup)(CURL *);
  struct curl_slist *(*slist_append)(struct curl_slist *, const char *);
  void (*slist_free_all)(struct curl_slist *);
  time_t (*getdate)(const char *, const time_t *);
  CURLM *(*multi_init)(void);
  CURLMcode (*multi_add_handle)(CURLM *, CURL *);
  CURLMcode (*multi_remove_handle)(CURLM *, CURL *);
  CURLMcode (*multi_perform)(CURLM *, int *);
  CURLMsg *(*multi_info_read)(CURLM *, int *);
  CURLMcode (*multi_poll)(CURLM *, struct curl_waitfd[], unsigned int, int, int *);
  CURLMcode (*multi_cleanup)(CURLM *);
} llmCurl;

#define LLM_CURL_FN(f) {"curl_" #f, offsetof(struct LlmCurl, f)}
static const struct {
  const char *zName;
  size_t iOff;
} aLlmCurlFn[] = {LLM_CURL_FN(global_init),         LLM_CURL_FN(easy_init),       LLM_CURL_FN(easy_setopt),
                  LLM_CURL_FN(easy_getinfo),        LLM_CURL_FN(easy_strerror),   LLM_CURL_FN(easy_cleanup),
                  LLM_CURL_FN(slist_append),        LLM_CURL_FN(slist_free_all),  LLM_CURL_FN(getdate),
                  LLM_CURL_FN(multi_init),          LLM_CURL_FN(multi_add_handle), LLM_CURL_FN(multi_remove_handle),
                  LLM_CURL_FN(multi_perform),       LLM_CURL_FN(multi_info_read), LLM_CURL_FN(multi_poll),
                  LLM_CURL_FN(multi_cleanup)};

#undef curl_easy_setopt /* curl.h's own macros of these two */
#undef curl_easy_getinfo
#define curl_easy_init llmCurl.easy_init
#define curl_easy_setopt llmCurl.easy_setopt
#define curl_easy_getinfo llmCurl.easy_getinfo
#define curl_easy_strerror llmCurl.easy_strerror
#define curl_easy_cleanup llmCurl.easy_cleanup
#define curl_slist_append llmCurl.slist_append
#define curl_slist_free_all llmCurl.slist_free_all
#define curl_getdate llmCurl.getdate
#define curl_multi_init llmCurl.multi_init
#define curl_multi_add_handle llmCurl.multi_add_handle
#define curl_multi_remove_handle llmCurl.multi_remove_handle
#define curl_multi_perform llmCurl.multi_perform
#define curl_multi_info_read llmCurl.multi_info_read
#define curl_multi_poll llmCurl.multi_poll
#define curl_multi_cleanup llmCurl.multi_cleanup

/* 'table "T"' or 'table "T", column "C"': what q was about. */
static char *llm_req_what(const LlmReq *q) {
  if (q->iCol >= 0) return sqlite3_mprintf("table \"%s\", column \"%s\"", q->pTab->zTable, q->pTab->aCol[q->iCol].zName);
  return sqlite3_mprintf("table \"%s\"", q->pTab->zTable);
}

/* What a provider said when it refused: its error message, or the start
** of the body. */
static char *llm_error_message(sqlite3 *db, const char *zReply) {
  char *z = llm_query1(db,
                       "SELECT CASE WHEN json_valid(?1) THEN coalesce(json_extract(?1, '$.error.message'), "
                       "CASE json_type(?1, '$.error') WHEN 'text' THEN json_extract(?1, '$.error') END, "
                       "json_extract(?1, '$.message'), json_extract(?1, '$.detail')) END",
                       zReply);
  if (z == 0) z = sqlite3_mprintf("%.200s", zReply && zReply[0] ? zReply : "(empty reply)");
  return z;
}

/* ---- the cache ------------------------------------------------------------ */

/* 128 bits of the request, as 32 hex digits. */
static void llm_hash(const LlmConfig *c, const char *zBody, char *zOut) {
  sqlite3_uint64 h1 = 0xcbf29ce484222325ULL, h2 = 0x84222325cbf29ce4ULL;
  const unsigned char *z;
  const char *zProv = llm_provider_name(c->eProvider);
  int pass;
  for (pass = 0; pass < 2; pass++) {
    for (z = (const unsigned char *)(pass ? zBody : zProv); *z; z++) {
      h1 = (h1 ^ *z) * 0x100000001b3ULL;
      h2 = (h2 + *z) * 0x9e3779b97f4a7c15ULL;
      h2 ^= h2 >> 29;
    }
    h1 = (h1 ^ 0xff) * 0x100000001b3ULL;
  }
  sqlite3_snprintf(33, zOut, "%016llx%016llx", h1, h2);
}

static int llm_cache_open(sqlite3 *db) {
  return sqlite3_exec(db,
                      "CREATE TABLE IF NOT EXISTS main.syda_llm_cache("
                      "key TEXT PRIMARY KEY, provider TEXT NOT NULL, model TEXT NOT NULL, "
                      "request TEXT NOT NULL, answer TEXT NOT NULL, "
                      "created_at TEXT NOT NULL DEFAULT (datetime('now')))",
                      0, 0, 0);
}

static char *llm_cache_get(sqlite3 *db, const char *zKey) {
  return llm_query1(db, "SELECT answer FROM main.syda_llm_cache WHERE key = ?1", zKey);
}

static int llm_cache_put(sqlite3 *db, const LlmConfig *c, const char *zKey, const char *zBody, const char *zAnswer) {
  sqlite3_stmt *p = 0;
  int rc = sqlite3_prepare_v2(db,
                              "INSERT OR REPLACE INTO main.syda_llm_cache(key, provider, model, request, answer) "
                              "VALUES (?1, ?2, ?3, ?4, ?5)",
                              -1, &p, 0);
  if (rc != SQLITE_OK) return rc;
  sqlite3_bind_text(p, 1, zKey, -1, SQLITE_STATIC);
  sqlite3_bind_text(p, 2, llm_provider_name(c->eProvider), -1, SQLITE_STATIC);
  sqlite3_bind_text(p, 3, c->zModel, -1, SQLITE_STATIC);
  sqlite3_bind_text(p, 4, zBody, -1, SQLITE_STATIC);
  sqlite3_bind_text(p, 5, zAnswer, -1, SQLITE_STATIC);
  sqlite3_step(p);
  return sqlite3_finalize(p);
}

static double llm_now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

#define LLM_MAX_REPLY (64 * 1024 * 1024)

static size_t llm_on_data(char *pData, size_t sz, size_t n, void *pArg) {
  LlmReq *q = (LlmReq *)pArg;
  size_t nByte = sz * n;
  if ((size_t)q->nReply + nByte + 1 > LLM_MAX_REPLY) return 0;
  if (q->nReply + (int)nByte + 1 > q->nAlloc) {
    int nNew = (q->nAlloc ? q->nAlloc * 2 : 16384);
    char *z;
    while (nNew < q->nReply + (int)nByte + 1)
      nNew *= 2;
    z = sqlite3_realloc(q->zReply, nNew);
    if (z == 0) return 0;
    q->zReply = z;
    q->nAlloc = nNew;
  }
  memcpy(q->zReply + q->nReply, pData, nByte);
  q->nReply += (int)nByte;
  q->zReply[q->nReply] = 0;
  return nByte;
}

static size_t llm_on_header(char *pData, size_t sz, size_t n, void *pArg) {
  LlmReq *q = (LlmReq *)pArg;
  size_t nByte = sz * n;
  if (nByte > 12 && sqlite3_strnicmp(pData, "retry-after:", 12) == 0) {
    char zBuf[64], *z = zBuf, *zEnd;
    size_t m = nByte - 12 < sizeof(zBuf) - 1 ? nByte - 12 : sizeof(zBuf) - 1;
    double r;
    memcpy(zBuf, pData + 12, m);
    zBuf[m] = 0;
    while (*z == ' ' || *z == '\t')
      z++;
    for (zEnd = z + strlen(z); zEnd > z && (zEnd[-1] == '\r' || zEnd[-1] == '\n' || zEnd[-1] == ' ');)
      *--zEnd = 0;
    r = strtod(z, &zEnd);
    if (zEnd > z && *zEnd == 0 && r >= 0) {
      q->rRetryAfter = r; /* seconds */
    } else {
      /* an HTTP date: the seconds until then; unreadable: the backoff */
      time_t t = curl_getdate(z, 0);
      q->rRetryAfter = t > 0 ? (t > time(0) ? (double)(t - time(0)) : 0) : -1;
    }
  }
  return nByte;
}

/*
** Open libcurl and find the functions syda calls, once: the library
** SYDA_LIBCURL names, or else libcurl's usual names.  Not found: an error
** that says which were tried and why, and another try next time.
*/
static int llm_curl_load(const LlmConfig *c, char **pzErr) {
  static int done = 0;
  static const char *azName[] = {"libcurl.so.4", "libcurl-gnutls.so.4", "libcurl.so", 0};
  sqlite3_mutex *m = sqlite3_mutex_alloc(SQLITE_MUTEX_STATIC_MAIN);
  int rc = SQLITE_OK;
  sqlite3_mutex_enter(m);
  if (!done) {
    const char *zEnv = getenv("SYDA_LIBCURL");
    const char *zMissing = 0;
    char *zWhy = 0;
    void *h = 0;
    int i;
    if (zEnv && zEnv[0] == 0) zEnv = 0; /* set but empty: the usual names */
    if (zEnv) {
      h = dlopen(zEnv, RTLD_NOW | RTLD_LOCAL);
      if (h == 0) zWhy = sqlite3_mprintf("%s", dlerror());
    }
    for (i = 0; h == 0 && !zEnv && azName[i]; i++) {
      h = dlopen(azName[i], RTLD_NOW | RTLD_LOCAL);
      if (h == 0 && i == 0) zWhy = sqlite3_mprintf("%s", dlerror());
    }
    if (h) {
      size_t k;
      for (k = 0; k < sizeof(aLlmCurlFn) / sizeof(aLlmCurlFn[0]) && zMissing == 0; k++) {
        void *p = dlsym(h, aLlmCurlFn[k].zName);
        if (p == 0) zMissing = aLlmCurlFn[k].zName;
        memcpy((char *)&llmCurl + aLlmCurlFn[k].iOff, &p, sizeof(p));
      }
      if (zMissing) {
        zWhy = sqlite3_mprintf("it has no %s", zMissing);
        dlclose(h);
        h = 0;
      }
    }
    if (h) {
      llmCurl.global_init(CURL_GLOBAL_DEFAULT);
      done = 1;
    } else {
      *pzErr = sqlite3_mprintf("%s: llm: cannot load libcurl (%s), which the LLM mode needs: %s", c->zFunc,
                               zEnv ? zEnv : "libcurl.so.4, libcurl-gnutls.so.4, libcurl.so",
                               zWhy ? zWhy : "not found");
      rc = SQLITE_ERROR;
    }
    sqlite3_free(zWhy);
  }
  sqlite3_mutex_leave(m);
  return rc;
}

/* Start request q on multi handle m.  The key, when the provider needs
** one, goes into a header list that lives only as long as the request. */
static int llm_req_start(const LlmConfig *c, CURLM *m, const char *zUrl, LlmReq *q) {
  /* only where one is needed: OPENAI_API_KEY never goes to a local server */
  const char *zKey = c->bNeedKey ? llm_key(c) : 0;
  char *zHdr = 0;
  q->h = curl_easy_init();
  if (q->h == 0) return SQLITE_NOMEM;
  q->pHdr = curl_slist_append(0, "content-type: application/json");
  if (c->eProvider == LLM_ANTHROPIC) {
    q->pHdr = curl_slist_append(q->pHdr, "anthropic-version: 2023-06-01");
    if (zKey) zHdr = sqlite3_mprintf("x-api-key: %s", zKey);
  } else if (zKey) {
    zHdr = sqlite3_mprintf("authorization: Bearer %s", zKey);
  }
  if (zHdr) {
    q->pHdr = curl_slist_append(q->pHdr, zHdr);
    memset(zHdr, 0, strlen(zHdr));
    sqlite3_free(zHdr);
  }
  q->nReply = 0;
  if (q->zReply) q->zReply[0] = 0;
  q->rRetryAfter = -1;
  q->status = 0;
  q->zCurlErr[0] = 0;
  curl_easy_setopt(q->h, CURLOPT_URL, zUrl);
  curl_easy_setopt(q->h, CURLOPT_HTTPHEADER, q->pHdr);
  curl_easy_setopt(q->h, CURLOPT_POSTFIELDS, q->zBody);
  curl_easy_setopt(q->h, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)strlen(q->zBody));
  curl_easy_setopt(q->h, CURLOPT_WRITEFUNCTION, llm_on_data);
  curl_easy_setopt(q->h, CURLOPT_WRITEDATA, q);
  curl_easy_setopt(q->h, CURLOPT_HEADERFUNCTION, llm_on_header);
  curl_easy_setopt(q->h, CURLOPT_HEADERDATA, q);
  curl_easy_setopt(q->h, CURLOPT_TIMEOUT_MS, (long)(c->rTimeout * 1000));
  curl_easy_setopt(q->h, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(q->h, CURLOPT_ERRORBUFFER, q->zCurlErr);
  curl_easy_setopt(q->h, CURLOPT_PRIVATE, q);
  curl_easy_setopt(q->h, CURLOPT_USERAGENT, "syda/" SYDA_VERSION);
  curl_easy_setopt(q->h, CURLOPT_ACCEPT_ENCODING, "");
  q->nAttempt++;
  q->eState = REQ_RUN;
  return curl_multi_add_handle(m, q->h) == CURLM_OK ? SQLITE_OK : SQLITE_NOMEM;
}

static void llm_req_stop(CURLM *m, LlmReq *q) {
  if (q->h) {
    curl_multi_remove_handle(m, q->h);
    curl_easy_cleanup(q->h);
    q->h = 0;
  }
  curl_slist_free_all(q->pHdr);
  q->pHdr = 0;
}

/*
** Run the n requests of a (cached ones answered from syda_llm_cache), at
** most c->nConcurrency at a time, until each has a 2xx reply or one has
** failed for good.  Each request counts its own attempts (llm_stats_add).
*/
static int llm_run(const LlmConfig *c, sqlite3 *db, LlmReq *a, int n, char **pzErr) {
  CURLM *m;
  char *zUrl = llm_request_url(c);
  int nDone = 0, nRun = 0, i, rc = SQLITE_OK;
  if (zUrl == 0) return SQLITE_NOMEM;
  if ((rc = llm_curl_load(c, pzErr)) != SQLITE_OK) {
    if (n > 0 && *pzErr) {
      char *zWhat = llm_req_what(&a[0]);
      *pzErr = sqlite3_mprintf("%z; %s", *pzErr, zWhat ? zWhat : "");
      sqlite3_free(zWhat);
    }
    sqlite3_free(zUrl);
    return rc;
  }
  m = curl_multi_init();
  if (m == 0) {
    sqlite3_free(zUrl);
    return SQLITE_NOMEM;
  }
  if (c->bCache) rc = llm_cache_open(db);
  for (i = 0; rc == SQLITE_OK && i < n; i++) {
    llm_hash(c, a[i].zBody, a[i].zKey);
    if (c->bCache) {
      char *z = llm_cache_get(db, a[i].zKey);
      if (z) {
        a[i].zReply = z;
        a[i].eState = REQ_DONE;
        a[i].status = 200;
        a[i].isCached = 1;
        nDone++;
      }
    }
  }
  if (rc == SQLITE_OK && nDone < n && c->bNeedKey && llm_key(c) == 0) rc = llm_missing_key(c, pzErr);
  while (rc == SQLITE_OK && nDone < n) {
    double now = llm_now(), tNext = 1e300;
    int nStill = 0;
    CURLMsg *msg;
    for (i = 0; rc == SQLITE_OK && i < n && nRun < c->nConcurrency; i++) {
      if (a[i].eState == REQ_WAIT && a[i].tStart <= now) {
        rc = llm_req_start(c, m, zUrl, &a[i]);
        nRun++;
      }
    }
    if (rc != SQLITE_OK) break;
    curl_multi_perform(m, &nStill);
    while (rc == SQLITE_OK && (msg = curl_multi_info_read(m, &nStill)) != 0) {
      LlmReq *q = 0;
      CURLcode res;
      int isRetry;
      if (msg->msg != CURLMSG_DONE) continue;
      curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, (char **)&q);
      res = msg->data.result;
      curl_easy_getinfo(q->h, CURLINFO_RESPONSE_CODE, &q->status);
      llm_req_stop(m, q);
      nRun--;
      if (res == CURLE_OK && q->status >= 200 && q->status < 300) {
        q->eState = REQ_DONE;
        nDone++;
        if (q->zReply == 0) q->zReply = sqlite3_mprintf("");
        if (q->zReply == 0) rc = SQLITE_NOMEM;
        else if (c->bCache) rc = llm_cache_put(db, c, q->zKey, q->zBody, q->zReply);
        continue;
      }
      isRetry = res == CURLE_OPERATION_TIMEDOUT ||
                (res == CURLE_OK && (q->status == 408 || q->status == 429 || q->status >= 500));
      if (isRetry && q->nAttempt <= c->nRetries) {
        double rWait = c->rBackoff * (double)(1 << (q->nAttempt - 1 < 10 ? q->nAttempt - 1 : 10));
        unsigned short r;
        sqlite3_randomness(sizeof(r), &r);
        rWait *= 0.5 + r / 65536.0; /* jitter: 0.5x .. 1.5x */
        if (q->rRetryAfter >= 0) rWait = q->rRetryAfter < 120 ? q->rRetryAfter : 120;
        q->tStart = llm_now() + rWait;
        q->eState = REQ_WAIT;
        continue;
      }
      /* failed for good */
      {
        char *zWhat = llm_req_what(q);
        if (res != CURLE_OK) {
          *pzErr = sqlite3_mprintf("%s: llm: %s: %s %s (%s; %s, after %d attempt%s)", c->zFunc,
                                   llm_provider_name(c->eProvider),
                                   res == CURLE_OPERATION_TIMEDOUT ? "no answer in time from" : "cannot reach",
                                   zUrl, q->zCurlErr[0] ? q->zCurlErr : curl_easy_strerror(res), zWhat,
                                   q->nAttempt, q->nAttempt == 1 ? "" : "s");
        } else {
          char *zMsg = llm_error_message(db, q->zReply);
          *pzErr = sqlite3_mprintf("%s: llm: %s: HTTP %ld from %s: %s (%s, after %d attempt%s)", c->zFunc,
                                   llm_provider_name(c->eProvider), q->status, zUrl, zMsg ? zMsg : "", zWhat,
                                   q->nAttempt, q->nAttempt == 1 ? "" : "s");
          sqlite3_free(zMsg);
        }
        sqlite3_free(zWhat);
      }
      rc = SQLITE_ERROR;
    }
    if (rc != SQLITE_OK || nDone == n) break;
#if SQLITE_VERSION_NUMBER >= 3041000
    if (sqlite3_libversion_number() >= 3041000 && sqlite3_is_interrupted(db)) {
      rc = SQLITE_INTERRUPT;
      *pzErr = sqlite3_mprintf("%s: llm: interrupted", c->zFunc);
      break;
    }
#endif
    /* wait for traffic, or for the next retry to be due */
    now = llm_now();
    for (i = 0; i < n; i++) {
      if (a[i].eState == REQ_WAIT && a[i].tStart < tNext) tNext = a[i].tStart;
    }
    {
      double rWait = tNext - now;
      int ms = rWait <= 0 ? 0 : rWait > 0.1 ? 100 : (int)(rWait * 1000) + 1;
      if (nRun > 0) {
        curl_multi_poll(m, 0, 0, ms, 0);
      } else if (ms > 0) {
        sqlite3_sleep(ms);
      }
    }
  }
  for (i = 0; i < n; i++) {
    if (a[i].h) llm_req_stop(m, &a[i]);
  }
  curl_multi_cleanup(m);
  sqlite3_free(zUrl);
  *pzErr = llm_scrub(c, *pzErr);
  return rc;
}

#else /* !SYDA_LLM */

static int llm_run(const LlmConfig *c, sqlite3 *db, LlmReq *a, int n, char **pzErr) {
  (void)db, (void)a, (void)n;
  *pzErr = sqlite3_mprintf("%s: llm: this build of syda has no LLM mode", c->zFunc);
  return SQLITE_ERROR;
}

#endif /* SYDA_LLM */

/* ---- rows and pools -------------------------------------------------------- */

/* Rounds of asking again for rows an answer lacked. */
#define LLM_ROUNDS 3

int llm_fetch_rows(const LlmConfig *c, sqlite3 *db, const LlmTable *t, int nRows, LlmResult *r, char **pzErr) {
  int rc = SQLITE_OK, round;
  char *zWhat = sqlite3_mprintf("table \"%s\"", t->zTable);
  char *zFirstBad = 0; /* the first answer that held no rows, for the message */
  memset(r, 0, sizeof(*r));
  *pzErr = 0;
  if (zWhat == 0) return SQLITE_NOMEM;
  r->stats.nRowsAsked = nRows;
  for (round = 0; rc == SQLITE_OK && round < LLM_ROUNDS && r->nRow < nRows; round++) {
    int nWant = nRows - r->nRow;
    int nReq = (nWant + c->nBatch - 1) / c->nBatch, i;
    LlmReq *a = sqlite3_malloc64(sizeof(LlmReq) * (sqlite3_uint64)nReq);
    if (a == 0) {
      rc = SQLITE_NOMEM;
      break;
    }
    memset(a, 0, sizeof(LlmReq) * (size_t)nReq);
    for (i = 0; i < nReq && rc == SQLITE_OK; i++) {
      char *zUser;
      a[i].pTab = t;
      a[i].iCol = -1;
      a[i].nAsk = i < nReq - 1 ? c->nBatch : nWant - c->nBatch * (nReq - 1);
      zUser = llm_rows_prompt(t, a[i].nAsk, round == 0 ? i : i + nReq * round, round == 0 ? nReq : nReq * (round + 1));
      a[i].zBody = zUser ? llm_body(c, t, zUser, -1, a[i].nAsk) : 0;
      sqlite3_free(zUser);
      if (a[i].zBody == 0) rc = SQLITE_NOMEM;
    }
    if (rc == SQLITE_OK) rc = llm_run(c, db, a, nReq, pzErr);
    for (i = 0; i < nReq; i++)
      llm_stats_add(&r->stats, &a[i]);
    /* answers in request order, so a replay from the cache is identical;
    ** with on_error "offline" those that came before a failure count too */
    for (i = 0; i < nReq && (rc == SQLITE_OK || (rc == SQLITE_ERROR && c->eOnError == LLM_ONERROR_OFFLINE)); i++) {
      char *zText, *zJson;
      int nGot = 0, rcAns = SQLITE_OK;
      if (a[i].eState != REQ_DONE) continue;
      zText = llm_answer_text(db, c, a[i].zReply);
      zJson = zText ? llm_find_json(db, zText) : 0;
      if (zJson) rcAns = llm_answer_rows(db, t, zJson, a[i].nAsk, r, &nGot);
      if (rcAns != SQLITE_OK) rc = rcAns;
      if (nGot == 0 && zFirstBad == 0) {
        zFirstBad = sqlite3_mprintf("%.160s", zText ? zText : (a[i].zReply ? a[i].zReply : ""));
      }
      sqlite3_free(zText);
      sqlite3_free(zJson);
    }
    llm_req_free(a, nReq);
  }
  r->stats.nRowsGot = r->nRow;
  if (rc == SQLITE_OK && r->nRow == 0 && nRows > 0) {
    *pzErr = sqlite3_mprintf("%s: llm: %s: no usable rows in the model's answers for %s (first answer: %s)",
                             c->zFunc, llm_provider_name(c->eProvider), zWhat, zFirstBad ? zFirstBad : "");
    rc = SQLITE_ERROR;
  }
  if (rc == SQLITE_NOMEM && *pzErr == 0) *pzErr = sqlite3_mprintf("%s: llm: out of memory", c->zFunc);
  sqlite3_free(zFirstBad);
  sqlite3_free(zWhat);
  *pzErr = llm_scrub(c, *pzErr);
  return rc;
}

int llm_fetch_vocab(const LlmConfig *c, sqlite3 *db, int nTable, const LlmTable *aT, int nValues, LlmResult *aR,
                    char **pzErr) {
  LlmReq *a;
  int rc = SQLITE_OK, n = 0, i, j, k;
  *pzErr = 0;
  for (k = 0; k < nTable; k++) {
    memset(&aR[k], 0, sizeof(aR[k]));
    n += aT[k].nCol > 0 ? aT[k].nCol : 0;
  }
  if (n == 0) return SQLITE_OK;
  a = sqlite3_malloc64(sizeof(LlmReq) * (sqlite3_uint64)n);
  if (a == 0) return SQLITE_NOMEM;
  memset(a, 0, sizeof(LlmReq) * (size_t)n);
  /* one request per column of every table, all run together */
  for (k = 0, i = 0; k < nTable && rc == SQLITE_OK; k++) {
    for (j = 0; j < aT[k].nCol && rc == SQLITE_OK; j++, i++) {
      char *zUser = llm_vocab_prompt(&aT[k], j, nValues);
      a[i].pTab = &aT[k];
      a[i].iCol = j;
      a[i].nAsk = nValues;
      a[i].zBody = zUser ? llm_body(c, &aT[k], zUser, j, nValues) : 0;
      sqlite3_free(zUser);
      if (a[i].zBody == 0) rc = SQLITE_NOMEM;
    }
  }
  if (rc == SQLITE_OK) rc = llm_run(c, db, a, n, pzErr);
  for (i = 0; i < n; i++) {
    LlmResult *r = &aR[a[i].pTab - aT];
    llm_stats_add(&r->stats, &a[i]);
    r->stats.nRowsAsked += nValues;
  }
  for (i = 0; i < n && rc == SQLITE_OK; i++) {
    const LlmTable *t = a[i].pTab;
    const char *zCol = t->aCol[a[i].iCol].zName;
    char *zText = llm_answer_text(db, c, a[i].zReply);
    char *zJson = zText ? llm_find_json(db, zText) : 0;
    char *zArr = zJson ? llm_answer_vocab(db, zJson, zCol) : 0;
    if (zArr == 0 || strcmp(zArr, "[]") == 0) {
      *pzErr = sqlite3_mprintf("%s: llm: %s: no usable values in the model's answer for table \"%s\", "
                               "column \"%s\" (answer: %.160s)",
                               c->zFunc, llm_provider_name(c->eProvider), t->zTable, zCol,
                               zText ? zText : (a[i].zReply ? a[i].zReply : ""));
      sqlite3_free(zArr);
      rc = SQLITE_ERROR;
    } else {
      /* requests are in column order within each table */
      rc = llm_result_add(&aR[t - aT], zArr);
    }
    sqlite3_free(zText);
    sqlite3_free(zJson);
  }
  if (rc == SQLITE_NOMEM && *pzErr == 0) *pzErr = sqlite3_mprintf("%s: llm: out of memory", c->zFunc);
  llm_req_free(a, n);
  *pzErr = llm_scrub(c, *pzErr);
  return rc;
}
