/*
** kinds.c — the semantic kinds at the SQL level:
**
**     SELECT syda_fake('email');                    -- a fresh one each call
**     SELECT syda_fake('email', 42);                -- always the same for key 42
**     SELECT syda_fake('city', 'abc', 'de_DE');     -- keyed, in a locale
**     UPDATE users SET email = syda_fake('email', id);   -- masking
**     SELECT kind, description, example FROM syda_kinds;
**
** The keyed form is DETERMINISTIC (the same key gives the same value on
** every machine); the unkeyed one draws its key from sqlite3_randomness().
*/
#include <string.h>

#include "fake.h"
#include "register.h"
#include "rng.h"
#include "row.h"
SQLITE_EXTENSION_INIT3

/* A key of any type as 64 bits. */
static u64 kinds_key(sqlite3_value *v) {
  switch (sqlite3_value_type(v)) {
    case SQLITE_INTEGER:
      return rng_mix((u64)sqlite3_value_int64(v) ^ 0x6b6579ULL);
    case SQLITE_FLOAT: {
      double r = sqlite3_value_double(v);
      u64 x;
      memcpy(&x, &r, sizeof(x));
      return rng_mix(x ^ 0x666c74ULL);
    }
    case SQLITE_NULL:
      return 0x6e756c6cULL;
    default: {
      const unsigned char *z = sqlite3_value_blob(v);
      int n = sqlite3_value_bytes(v), i;
      u64 h = 0xcbf29ce484222325ULL;
      for (i = 0; i < n; i++)
        h = (h ^ z[i]) * 0x100000001b3ULL; /* exact bytes, not case-folded */
      return rng_mix(h);
    }
  }
}

static void fn_fake(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  const char *zKind = (const char *)sqlite3_value_text(argv[0]);
  const DictLocale *L = dict_locale("en_US");
  int iKind = fake_kind_find(zKind);
  SydaBuf b = {0, 0, 0, 0};
  SydaVal v;
  u64 key;
  if (iKind < 0) {
    char *z = sqlite3_mprintf("syda_fake: unknown kind \"%s\" (SELECT kind FROM syda_kinds lists them)",
                              zKind ? zKind : "NULL");
    sqlite3_result_error(ctx, z ? z : "syda_fake: unknown kind", -1);
    sqlite3_free(z);
    return;
  }
  if (argc == 3) {
    const char *zLoc = (const char *)sqlite3_value_text(argv[2]);
    L = dict_locale(zLoc);
    if (L == 0) {
      char *z = sqlite3_mprintf("syda_fake: unknown locale \"%s\" (known: en_US, de_DE, fr_FR, es_ES, ja_JP)",
                                zLoc ? zLoc : "NULL");
      sqlite3_result_error(ctx, z ? z : "syda_fake: unknown locale", -1);
      sqlite3_free(z);
      return;
    }
  }
  if (argc >= 2) {
    key = kinds_key(argv[1]);
  } else {
    sqlite3_randomness(sizeof(key), &key);
  }
  if (row_fake_value(iKind, L, rng_key(key, rng_hash(fake_kind_at(iKind)->zName), 0), 0, &b, &v) !=
      SQLITE_OK) {
    sqlite3_result_error_nomem(ctx);
  } else {
    if (v.eType == SQLITE_TEXT && !v.isStatic) v.z = b.z;
    val_result(ctx, &v);
  }
  buf_free(&b);
}

/* ---- syda_kinds: CREATE TABLE x(kind, description, example) ------------- */

#define KINDS_COLUMN_KIND 0
#define KINDS_COLUMN_DESCRIPTION 1
#define KINDS_COLUMN_EXAMPLE 2

typedef struct KindsCursor {
  sqlite3_vtab_cursor base;
  int i;
  SydaBuf buf;
} KindsCursor;

static int kindsConnect(sqlite3 *db, void *pAux, int argc, const char *const *argv, sqlite3_vtab **pp,
                        char **pzErr) {
  sqlite3_vtab *p;
  int rc;
  (void)pAux;
  (void)argc;
  (void)argv;
  (void)pzErr;
  rc = sqlite3_declare_vtab(db, "CREATE TABLE x(kind TEXT, description TEXT, example)");
  if (rc != SQLITE_OK) return rc;
  p = sqlite3_malloc64(sizeof(*p));
  if (p == 0) return SQLITE_NOMEM;
  memset(p, 0, sizeof(*p));
  sqlite3_vtab_config(db, SQLITE_VTAB_INNOCUOUS);
  *pp = p;
  return SQLITE_OK;
}

static int kindsDisconnect(sqlite3_vtab *p) {
  sqlite3_free(p);
  return SQLITE_OK;
}

static int kindsOpen(sqlite3_vtab *p, sqlite3_vtab_cursor **pp) {
  KindsCursor *c = sqlite3_malloc64(sizeof(*c));
  (void)p;
  if (c == 0) return SQLITE_NOMEM;
  memset(c, 0, sizeof(*c));
  *pp = &c->base;
  return SQLITE_OK;
}

static int kindsClose(sqlite3_vtab_cursor *p) {
  KindsCursor *c = (KindsCursor *)p;
  buf_free(&c->buf);
  sqlite3_free(c);
  return SQLITE_OK;
}

static int kindsBestIndex(sqlite3_vtab *p, sqlite3_index_info *info) {
  (void)p;
  info->estimatedCost = (double)fake_kind_count();
  info->estimatedRows = fake_kind_count();
  return SQLITE_OK;
}

static int kindsFilter(sqlite3_vtab_cursor *p, int idxNum, const char *idxStr, int argc,
                       sqlite3_value **argv) {
  (void)idxNum;
  (void)idxStr;
  (void)argc;
  (void)argv;
  ((KindsCursor *)p)->i = 0;
  return SQLITE_OK;
}

static int kindsNext(sqlite3_vtab_cursor *p) {
  ((KindsCursor *)p)->i++;
  return SQLITE_OK;
}

static int kindsEof(sqlite3_vtab_cursor *p) {
  return ((KindsCursor *)p)->i >= fake_kind_count();
}

static int kindsColumn(sqlite3_vtab_cursor *p, sqlite3_context *ctx, int iCol) {
  KindsCursor *c = (KindsCursor *)p;
  const FakeKind *k = fake_kind_at(c->i);
  if (iCol == KINDS_COLUMN_KIND) {
    sqlite3_result_text(ctx, k->zName, -1, SQLITE_STATIC);
  } else if (iCol == KINDS_COLUMN_DESCRIPTION) {
    sqlite3_result_text(ctx, k->zDesc, -1, SQLITE_STATIC);
  } else {
    /* the example is syda_fake(kind, 1): the same in every build */
    SydaVal v;
    u64 key = rng_mix(1 ^ 0x6b6579ULL); /* kinds_key() of the integer 1 */
    if (row_fake_value(c->i, dict_locale("en_US"), rng_key(key, rng_hash(k->zName), 0), 0, &c->buf, &v) !=
        SQLITE_OK) {
      return SQLITE_NOMEM;
    }
    if (v.eType == SQLITE_TEXT && !v.isStatic) v.z = c->buf.z;
    val_result(ctx, &v);
  }
  return SQLITE_OK;
}

static int kindsRowid(sqlite3_vtab_cursor *p, sqlite_int64 *pRowid) {
  *pRowid = ((KindsCursor *)p)->i + 1;
  return SQLITE_OK;
}

static sqlite3_module kindsModule = {
    /* iVersion    */ 0,
    /* xCreate     */ 0,
    /* xConnect    */ kindsConnect,
    /* xBestIndex  */ kindsBestIndex,
    /* xDisconnect */ kindsDisconnect,
    /* xDestroy    */ 0,
    /* xOpen       */ kindsOpen,
    /* xClose      */ kindsClose,
    /* xFilter     */ kindsFilter,
    /* xNext       */ kindsNext,
    /* xEof        */ kindsEof,
    /* xColumn     */ kindsColumn,
    /* xRowid      */ kindsRowid,
    /* xUpdate     */ 0,
    /* xBegin      */ 0,
    /* xSync       */ 0,
    /* xCommit     */ 0,
    /* xRollback   */ 0,
    /* xFindMethod */ 0,
    /* xRename     */ 0,
    /* xSavepoint  */ 0,
    /* xRelease    */ 0,
    /* xRollbackTo */ 0,
    /* xShadowName */ 0,
#if SQLITE_VERSION_NUMBER >= 3044000
    /* xIntegrity  */ 0,
#endif
};

int syda_kinds_register(sqlite3 *db) {
  int rc = sqlite3_create_function(db, "syda_fake", 1, SQLITE_UTF8 | SQLITE_INNOCUOUS, 0, fn_fake, 0, 0);
  if (rc == SQLITE_OK) {
    rc = sqlite3_create_function(db, "syda_fake", 2, SQLITE_UTF8 | SQLITE_INNOCUOUS | SQLITE_DETERMINISTIC, 0,
                                 fn_fake, 0, 0);
  }
  if (rc == SQLITE_OK) {
    rc = sqlite3_create_function(db, "syda_fake", 3, SQLITE_UTF8 | SQLITE_INNOCUOUS | SQLITE_DETERMINISTIC, 0,
                                 fn_fake, 0, 0);
  }
  if (rc == SQLITE_OK) rc = sqlite3_create_module(db, "syda_kinds", &kindsModule, 0);
  return rc;
}
