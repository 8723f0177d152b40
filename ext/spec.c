/*
** spec.c — parse the JSON spec (see spec.h).
**
** One json_tree() query turns the text into a flat list of nodes with
** parent links; the walk below checks every key against what it may be and
** builds the structs.  Errors name the key path:
**
**     syda_fill: spec: tables.products.columns.price.min: expected a number, got text
*/
#include "spec.h"

#include <stdlib.h>
#include <string.h>

#include "fake.h"
SQLITE_EXTENSION_INIT3

enum { J_NULL = 0, J_TRUE, J_FALSE, J_INT, J_REAL, J_TEXT, J_ARRAY, J_OBJECT };

typedef struct JNode {
  i64 id;
  int iParent; /* index, -1 for the root */
  char *zKey;  /* object member name, NULL for array items and the root */
  int eType;
  SydaVal atom;
  int iFirst, iNext; /* first child, next sibling (-1 none) */
} JNode;

typedef struct JDoc {
  int n;
  JNode *a;
  const char *zFunc;
  char *zErr;
} JDoc;

static void jdoc_free(JDoc *d) {
  int i;
  for (i = 0; i < d->n; i++) {
    sqlite3_free(d->a[i].zKey);
    val_clear(&d->a[i].atom);
  }
  sqlite3_free(d->a);
}

static int jtype(const char *z) {
  if (z == 0) return J_NULL;
  if (strcmp(z, "object") == 0) return J_OBJECT;
  if (strcmp(z, "array") == 0) return J_ARRAY;
  if (strcmp(z, "integer") == 0) return J_INT;
  if (strcmp(z, "real") == 0) return J_REAL;
  if (strcmp(z, "text") == 0) return J_TEXT;
  if (strcmp(z, "true") == 0) return J_TRUE;
  if (strcmp(z, "false") == 0) return J_FALSE;
  return J_NULL;
}

static const char *jtype_name(int e) {
  switch (e) {
    case J_OBJECT:
      return "an object";
    case J_ARRAY:
      return "an array";
    case J_INT:
      return "a whole number";
    case J_REAL:
      return "a number";
    case J_TEXT:
      return "text";
    case J_TRUE:
    case J_FALSE:
      return "true/false";
    default:
      return "null";
  }
}

static int jdoc_index(const JDoc *d, i64 id) {
  int lo = 0, hi = d->n - 1;
  while (lo <= hi) {
    int mid = (lo + hi) / 2;
    if (d->a[mid].id == id) return mid;
    if (d->a[mid].id < id)
      lo = mid + 1;
    else
      hi = mid - 1;
  }
  return -1;
}

static int jdoc_load(sqlite3 *db, const char *zJson, JDoc *d) {
  sqlite3_stmt *p = 0;
  int rc, nAlloc = 0, i;
  int *aLast = 0;
  if (zJson == 0) {
    d->zErr = sqlite3_mprintf("%s: spec is NULL; pass a JSON object such as '{\"rows\": 10}'", d->zFunc);
    return SQLITE_ERROR;
  }
  rc = sqlite3_prepare_v2(db, "SELECT json_valid(?1), CASE WHEN json_valid(?1) THEN json_type(?1) END", -1,
                          &p, 0);
  if (rc == SQLITE_OK) {
    sqlite3_bind_text(p, 1, zJson, -1, SQLITE_STATIC);
    rc = sqlite3_step(p);
    if (rc == SQLITE_ROW) {
      if (sqlite3_column_int(p, 0) == 0) {
        d->zErr = sqlite3_mprintf("%s: spec is not valid JSON", d->zFunc);
        rc = SQLITE_ERROR;
      } else if (strcmp((const char *)sqlite3_column_text(p, 1), "object") != 0) {
        d->zErr = sqlite3_mprintf("%s: spec must be a JSON object, got %s", d->zFunc,
                                  jtype_name(jtype((const char *)sqlite3_column_text(p, 1))));
        rc = SQLITE_ERROR;
      } else {
        rc = SQLITE_OK;
      }
    }
    sqlite3_finalize(p);
    p = 0;
  }
  if (rc != SQLITE_OK) {
    if (d->zErr == 0) d->zErr = sqlite3_mprintf("%s: %s", d->zFunc, sqlite3_errmsg(db));
    return SQLITE_ERROR;
  }
  rc = sqlite3_prepare_v2(db, "SELECT id, parent, key, type, atom FROM json_tree(?1) ORDER BY id", -1, &p, 0);
  if (rc != SQLITE_OK) {
    d->zErr = sqlite3_mprintf("%s: %s", d->zFunc, sqlite3_errmsg(db));
    return rc;
  }
  sqlite3_bind_text(p, 1, zJson, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step(p)) == SQLITE_ROW) {
    JNode *x;
    if (d->n >= nAlloc) {
      JNode *aNew;
      nAlloc = nAlloc ? nAlloc * 2 : 32;
      aNew = sqlite3_realloc64(d->a, sizeof(JNode) * (sqlite3_uint64)nAlloc);
      if (aNew == 0) {
        rc = SQLITE_NOMEM;
        break;
      }
      d->a = aNew;
    }
    x = &d->a[d->n++];
    memset(x, 0, sizeof(*x));
    x->id = sqlite3_column_int64(p, 0);
    x->iParent = sqlite3_column_type(p, 1) == SQLITE_NULL ? -1 : jdoc_index(d, sqlite3_column_int64(p, 1));
    x->eType = jtype((const char *)sqlite3_column_text(p, 3));
    x->iFirst = x->iNext = -1;
    if (sqlite3_column_type(p, 2) == SQLITE_TEXT && x->iParent >= 0 && d->a[x->iParent].eType == J_OBJECT) {
      x->zKey = sqlite3_mprintf("%s", sqlite3_column_text(p, 2));
      if (x->zKey == 0) {
        rc = SQLITE_NOMEM;
        break;
      }
    }
    if (x->eType != J_OBJECT && x->eType != J_ARRAY) {
      if (val_from_sqlite(&x->atom, sqlite3_column_value(p, 4))) {
        rc = SQLITE_NOMEM;
        break;
      }
    } else {
      x->atom.eType = SQLITE_NULL;
    }
  }
  sqlite3_finalize(p);
  if (rc != SQLITE_DONE) {
    d->zErr = sqlite3_mprintf("%s: %s", d->zFunc, rc == SQLITE_NOMEM ? "out of memory" : sqlite3_errmsg(db));
    return rc == SQLITE_NOMEM ? rc : SQLITE_ERROR;
  }
  /* Link children in document order. */
  aLast = sqlite3_malloc64(sizeof(int) * (sqlite3_uint64)(d->n + 1));
  if (aLast == 0) return SQLITE_NOMEM;
  for (i = 0; i < d->n; i++)
    aLast[i] = -1;
  for (i = 0; i < d->n; i++) {
    int par = d->a[i].iParent;
    if (par < 0) continue;
    if (aLast[par] < 0)
      d->a[par].iFirst = i;
    else
      d->a[aLast[par]].iNext = i;
    aLast[par] = i;
  }
  sqlite3_free(aLast);
  return SQLITE_OK;
}

/* ---- checking helpers ---------------------------------------------------- */

static int spec_err(JDoc *d, const char *zPath, const char *zFmt, ...) {
  va_list ap;
  char *zMsg;
  va_start(ap, zFmt);
  zMsg = sqlite3_vmprintf(zFmt, ap);
  va_end(ap);
  sqlite3_free(d->zErr);
  d->zErr = sqlite3_mprintf("%s: spec: %s%s%s", d->zFunc, zPath ? zPath : "", (zPath && zPath[0]) ? ": " : "",
                            zMsg ? zMsg : "out of memory");
  sqlite3_free(zMsg);
  return SQLITE_ERROR;
}

static char *spec_path(const char *zBase, const char *zKey) {
  if (zBase == 0 || zBase[0] == 0) return sqlite3_mprintf("%s", zKey);
  return sqlite3_mprintf("%s.%s", zBase, zKey);
}

/* A member whose key an earlier member of the same object already has:
** json_tree() keeps both, and silently letting the last one win would hide
** a typo'd copy-and-paste. */
static int spec_dup_key(JDoc *d, const char *zObjPath, int iMember) {
  const JNode *m = &d->a[iMember];
  int j;
  for (j = d->a[m->iParent].iFirst; j >= 0 && j != iMember; j = d->a[j].iNext) {
    if (strcmp(d->a[j].zKey, m->zKey) == 0) {
      return spec_err(d, zObjPath && zObjPath[0] ? zObjPath : 0, "key \"%s\" is given twice", m->zKey);
    }
  }
  return SQLITE_OK;
}

static int want_type(JDoc *d, const JNode *x, const char *zPath, int eType) {
  if (x->eType == eType) return SQLITE_OK;
  if (eType == J_REAL && x->eType == J_INT) return SQLITE_OK;
  return spec_err(d, zPath, "expected %s, got %s", jtype_name(eType), jtype_name(x->eType));
}

static double jnum(const JNode *x) {
  return x->atom.eType == SQLITE_INTEGER ? (double)x->atom.i : x->atom.r;
}

static int want_count(JDoc *d, const JNode *x, const char *zPath, i64 *pn) {
  if (x->eType != J_INT || x->atom.i < 0) {
    return spec_err(d, zPath, "expected a whole number >= 0, got %s",
                    x->eType == J_INT ? "a negative number" : jtype_name(x->eType));
  }
  *pn = x->atom.i;
  return SQLITE_OK;
}

static int want_text(JDoc *d, const JNode *x, const char *zPath, char **pz) {
  if (want_type(d, x, zPath, J_TEXT)) return SQLITE_ERROR;
  sqlite3_free(*pz);
  *pz = sqlite3_mprintf("%s", x->atom.z);
  return *pz ? SQLITE_OK : SQLITE_NOMEM;
}

/* true or false; *pbOff is 1 for false (the keys that switch a default off). */
static int want_bool(JDoc *d, const JNode *x, const char *zPath, int *pbOff) {
  if (x->eType != J_TRUE && x->eType != J_FALSE) return want_type(d, x, zPath, J_TRUE);
  *pbOff = x->eType == J_FALSE;
  return SQLITE_OK;
}

static int want_prob(JDoc *d, const JNode *x, const char *zPath, double *pr) {
  double r;
  if (want_type(d, x, zPath, J_REAL)) return SQLITE_ERROR;
  r = jnum(x);
  if (r < 0.0 || r > 1.0) return spec_err(d, zPath, "expected a probability between 0 and 1, got %g", r);
  *pr = r;
  return SQLITE_OK;
}

static int parse_dist(JDoc *d, const JNode *x, const char *zPath, int *pe) {
  static const char *const az[] = {"uniform", "normal", "lognormal", "zipf"};
  int i;
  if (want_type(d, x, zPath, J_TEXT)) return SQLITE_ERROR;
  for (i = 0; i < 4; i++) {
    if (sqlite3_stricmp(x->atom.z, az[i]) == 0) {
      *pe = DIST_UNIFORM + i;
      return SQLITE_OK;
    }
  }
  return spec_err(d, zPath, "unknown distribution \"%s\" (known: uniform, normal, lognormal, zipf)",
                  x->atom.z);
}

/* A min/max bound: a number, or text that is a date, datetime or time. */
static int parse_bound(JDoc *d, const JNode *x, const char *zPath, SydaVal *v) {
  if (x->eType == J_INT || x->eType == J_REAL) return val_copy(v, &x->atom);
  if (x->eType == J_TEXT) {
    int64_t s;
    if (date_parse(x->atom.z, x->atom.n, &s) && time_parse(x->atom.z, x->atom.n, &s)) {
      return spec_err(d, zPath, "expected a number or a date (YYYY-MM-DD[ HH:MM:SS]), got \"%s\"", x->atom.z);
    }
    return val_copy(v, &x->atom);
  }
  return spec_err(d, zPath, "expected a number or a date, got %s", jtype_name(x->eType));
}

/* ---- rules, tables, the spec -------------------------------------------- */

static void rule_clear(SpecRule *r) {
  int i;
  sqlite3_free(r->zCol);
  sqlite3_free(r->zPath);
  sqlite3_free(r->zKind);
  for (i = 0; i < r->nValue; i++)
    val_clear(&r->aValue[i]);
  sqlite3_free(r->aValue);
  sqlite3_free(r->aWeight);
  val_clear(&r->min);
  val_clear(&r->max);
  sqlite3_free(r->zDescription);
  sqlite3_free(r->zExpr);
}

static int parse_rule(JDoc *d, int iNode, SpecRule *r) {
  const JNode *x = &d->a[iNode];
  int i, rc = SQLITE_OK;
  int iWeights = -1;
  if (x->eType != J_OBJECT) {
    return spec_err(d, r->zPath, "expected an object of column rules (kind, values, min, max, ...), got %s",
                    jtype_name(x->eType));
  }
  for (i = x->iFirst; i >= 0 && rc == SQLITE_OK; i = d->a[i].iNext) {
    const JNode *m = &d->a[i];
    char *zPath = spec_path(r->zPath, m->zKey);
    if (zPath == 0) return SQLITE_NOMEM;
    if (spec_dup_key(d, r->zPath, i)) {
      rc = SQLITE_ERROR;
    } else if (strcmp(m->zKey, "kind") == 0) {
      rc = want_text(d, m, zPath, &r->zKind);
      if (rc == SQLITE_OK && fake_kind_find(r->zKind) < 0) {
        rc = spec_err(d, zPath, "unknown kind \"%s\" (SELECT kind FROM syda_kinds lists them)", r->zKind);
      }
    } else if (strcmp(m->zKey, "values") == 0) {
      int j, n = 0;
      rc = want_type(d, m, zPath, J_ARRAY);
      for (j = m->iFirst; j >= 0; j = d->a[j].iNext)
        n++;
      if (rc == SQLITE_OK && n == 0) rc = spec_err(d, zPath, "expected at least one value");
      if (rc == SQLITE_OK) {
        r->aValue = sqlite3_malloc64(sizeof(SydaVal) * (sqlite3_uint64)n);
        if (r->aValue == 0) rc = SQLITE_NOMEM;
      }
      for (j = m->iFirst; j >= 0 && rc == SQLITE_OK; j = d->a[j].iNext) {
        const JNode *v = &d->a[j];
        if (v->eType == J_OBJECT || v->eType == J_ARRAY) {
          rc = spec_err(d, zPath, "values must be numbers, text, true/false or null, got %s",
                        jtype_name(v->eType));
          break;
        }
        rc = val_copy(&r->aValue[r->nValue], &v->atom);
        if (rc == SQLITE_OK) r->nValue++;
      }
    } else if (strcmp(m->zKey, "weights") == 0) {
      rc = want_type(d, m, zPath, J_ARRAY);
      iWeights = i;
    } else if (strcmp(m->zKey, "min") == 0) {
      rc = parse_bound(d, m, zPath, &r->min);
      r->hasMin = rc == SQLITE_OK;
    } else if (strcmp(m->zKey, "max") == 0) {
      rc = parse_bound(d, m, zPath, &r->max);
      r->hasMax = rc == SQLITE_OK;
    } else if (strcmp(m->zKey, "round") == 0) {
      if (m->eType != J_INT || m->atom.i < 0 || m->atom.i > 15) {
        rc = spec_err(d, zPath, "expected a whole number of decimals from 0 to 15");
      } else {
        r->nRound = (int)m->atom.i;
      }
    } else if (strcmp(m->zKey, "null") == 0) {
      rc = want_prob(d, m, zPath, &r->rNull);
    } else if (strcmp(m->zKey, "unique") == 0) {
      if (m->eType != J_TRUE && m->eType != J_FALSE) {
        rc = want_type(d, m, zPath, J_TRUE);
      } else {
        r->eUnique = m->eType == J_TRUE;
      }
    } else if (strcmp(m->zKey, "dist") == 0) {
      rc = parse_dist(d, m, zPath, &r->eDist);
    } else if (strcmp(m->zKey, "description") == 0) {
      rc = want_text(d, m, zPath, &r->zDescription);
    } else if (strcmp(m->zKey, "expr") == 0) {
      rc = want_text(d, m, zPath, &r->zExpr);
    } else {
      rc = spec_err(d, r->zPath,
                    "unknown key \"%s\" (known: kind, values, weights, min, max, round, null, "
                    "unique, dist, description, expr)",
                    m->zKey);
    }
    sqlite3_free(zPath);
  }
  if (rc == SQLITE_OK && iWeights >= 0) {
    const JNode *m = &d->a[iWeights];
    char *zPath = spec_path(r->zPath, "weights");
    int j, n = 0;
    if (zPath == 0) return SQLITE_NOMEM;
    for (j = m->iFirst; j >= 0; j = d->a[j].iNext)
      n++;
    if (r->nValue == 0) {
      rc = spec_err(d, zPath, "weights need values");
    } else if (n != r->nValue) {
      rc = spec_err(d, zPath, "expected %d weights, one per value, got %d", r->nValue, n);
    } else {
      int k = 0;
      double rSum = 0;
      r->aWeight = sqlite3_malloc64(sizeof(double) * (sqlite3_uint64)n);
      if (r->aWeight == 0) rc = SQLITE_NOMEM;
      for (j = m->iFirst; j >= 0 && rc == SQLITE_OK; j = d->a[j].iNext) {
        const JNode *w = &d->a[j];
        if ((w->eType != J_INT && w->eType != J_REAL) || jnum(w) < 0) {
          rc = spec_err(d, zPath, "weights must be numbers >= 0");
        } else {
          r->aWeight[k++] = jnum(w);
          rSum += jnum(w);
        }
      }
      if (rc == SQLITE_OK && !(rSum > 0)) rc = spec_err(d, zPath, "weights must not all be 0");
    }
    sqlite3_free(zPath);
  }
  if (rc == SQLITE_OK && r->hasMin && r->hasMax) {
    char *zPath = spec_path(r->zPath, "min");
    int bad = 0;
    if (r->min.eType != SQLITE_TEXT && r->max.eType != SQLITE_TEXT) {
      double a = r->min.eType == SQLITE_INTEGER ? (double)r->min.i : r->min.r;
      double b = r->max.eType == SQLITE_INTEGER ? (double)r->max.i : r->max.r;
      bad = a > b;
    } else if (r->min.eType == SQLITE_TEXT && r->max.eType == SQLITE_TEXT) {
      bad = strcmp(r->min.z, r->max.z) > 0;
    } else {
      rc = spec_err(d, r->zPath, "min and max must both be numbers or both be dates");
    }
    if (rc == SQLITE_OK && bad) rc = spec_err(d, zPath, "min is greater than max");
    sqlite3_free(zPath);
  }
  if (rc == SQLITE_OK && r->zExpr && (r->nValue || r->zKind || r->hasMin || r->hasMax)) {
    rc = spec_err(d, r->zPath, "expr cannot be combined with kind, values, min or max");
  }
  return rc;
}

static void table_clear(SpecTable *t) {
  int i;
  sqlite3_free(t->zName);
  sqlite3_free(t->zPath);
  sqlite3_free(t->zPer);
  sqlite3_free(t->zPrompt);
  for (i = 0; i < t->nRule; i++)
    rule_clear(&t->aRule[i]);
  sqlite3_free(t->aRule);
}

static int parse_columns(JDoc *d, int iNode, SpecTable *t, const char *zPath) {
  const JNode *x = &d->a[iNode];
  int i, n = 0, rc = SQLITE_OK;
  if (want_type(d, x, zPath, J_OBJECT)) return SQLITE_ERROR;
  for (i = x->iFirst; i >= 0; i = d->a[i].iNext)
    n++;
  t->aRule = sqlite3_malloc64(sizeof(SpecRule) * (sqlite3_uint64)(n + 1));
  if (t->aRule == 0) return SQLITE_NOMEM;
  for (i = x->iFirst; i >= 0 && rc == SQLITE_OK; i = d->a[i].iNext) {
    SpecRule *r = &t->aRule[t->nRule++];
    int j;
    memset(r, 0, sizeof(*r));
    r->nRound = -1;
    r->rNull = -1;
    r->eUnique = -1;
    r->min.eType = r->max.eType = SQLITE_NULL;
    r->zCol = sqlite3_mprintf("%s", d->a[i].zKey);
    r->zPath = spec_path(zPath, d->a[i].zKey);
    if (r->zCol == 0 || r->zPath == 0) return SQLITE_NOMEM;
    for (j = 0; j < t->nRule - 1; j++) {
      if (sqlite3_stricmp(t->aRule[j].zCol, r->zCol) == 0) {
        return spec_err(d, r->zPath, "column is listed twice");
      }
    }
    rc = parse_rule(d, i, r);
  }
  return rc;
}

/* The members of one table's object.  bTop: also accept seed and locale
** (the syda_rows form). */
static int parse_table_members(JDoc *d, Spec *s, int iNode, SpecTable *t, int bTop) {
  const JNode *x = &d->a[iNode];
  int i, rc = SQLITE_OK;
  int hasMin = 0, hasMax = 0;
  for (i = x->iFirst; i >= 0 && rc == SQLITE_OK; i = d->a[i].iNext) {
    const JNode *m = &d->a[i];
    char *zPath = spec_path(t->zPath, m->zKey);
    if (zPath == 0) return SQLITE_NOMEM;
    if (spec_dup_key(d, t->zPath, i)) {
      rc = SQLITE_ERROR;
    } else if (strcmp(m->zKey, "rows") == 0 && !bTop) {
      rc = want_count(d, m, zPath, &t->nRows);
    } else if (strcmp(m->zKey, "per") == 0 && !bTop) {
      rc = want_text(d, m, zPath, &t->zPer);
    } else if (strcmp(m->zKey, "min") == 0 || strcmp(m->zKey, "max") == 0) {
      i64 v = 0;
      rc = want_count(d, m, zPath, &v);
      if (rc == SQLITE_OK && v > 1000000) rc = spec_err(d, zPath, "at most 1000000 rows per parent");
      if (rc == SQLITE_OK && m->zKey[1] == 'i') {
        t->perMin = (int)v;
        hasMin = 1;
      } else if (rc == SQLITE_OK) {
        t->perMax = (int)v;
        hasMax = 1;
      }
    } else if (strcmp(m->zKey, "dist") == 0 && !bTop) {
      rc = parse_dist(d, m, zPath, &t->ePerDist);
      if (rc == SQLITE_OK && t->ePerDist == DIST_LOGNORMAL) {
        rc = spec_err(d, zPath, "rows per parent can spread uniform, normal or zipf, not lognormal");
      }
    } else if (strcmp(m->zKey, "prompt") == 0) {
      rc = want_text(d, m, zPath, &t->zPrompt);
    } else if (strcmp(m->zKey, "columns") == 0) {
      rc = parse_columns(d, i, t, zPath);
    } else if (bTop && strcmp(m->zKey, "seed") == 0) {
      rc = want_type(d, m, zPath, J_INT);
      s->seed = m->atom.i;
      s->hasSeed = 1;
    } else if (bTop && strcmp(m->zKey, "locale") == 0) {
      rc = want_text(d, m, zPath, &s->zLocale);
      if (rc == SQLITE_OK && dict_locale(s->zLocale) == 0) {
        rc = spec_err(d, zPath, "unknown locale \"%s\" (known: en_US, de_DE, fr_FR, es_ES, ja_JP)",
                      s->zLocale);
      }
    } else if (strcmp(m->zKey, "totals") == 0 && !bTop) {
      rc = want_bool(d, m, zPath, &t->noTotals);
    } else if (bTop && strcmp(m->zKey, "totals") == 0) {
      /* the children are other tables: only a whole fill writes them */
      rc = spec_err(d, 0, "\"totals\": a total set from the rows of a child table is syda_fill's (syda_rows "
                          "makes one table's rows, before any child row exists)");
    } else if (bTop && strcmp(m->zKey, "llm") == 0) {
      /* the model writes whole tables at once: syda_fill asks it */
      rc = spec_err(d, 0, "\"llm\": LLM mode is syda_fill's (it asks the model for the table's rows before "
                          "writing them): SELECT syda_fill('{\"tables\": {...}, \"llm\": {...}}')");
    } else {
      rc = spec_err(d, t->zPath[0] ? t->zPath : 0,
                    bTop ? "unknown key \"%s\" (known: seed, locale, prompt, columns)"
                         : "unknown key \"%s\" (known: rows, per, min, max, dist, prompt, columns, totals)",
                    m->zKey);
    }
    sqlite3_free(zPath);
  }
  if (rc == SQLITE_OK && (hasMin || hasMax)) {
    if (t->zPer == 0) {
      char *zPath = spec_path(t->zPath, hasMin ? "min" : "max");
      rc = spec_err(d, zPath ? zPath : 0, "min and max of a table count rows per parent and need \"per\"");
      sqlite3_free(zPath);
    } else {
      if (!hasMin) t->perMin = hasMax ? (t->perMax < 1 ? t->perMax : 1) : 1;
      if (!hasMax) t->perMax = t->perMin > 3 ? t->perMin : 3;
      if (t->perMin > t->perMax) {
        char *zPath = spec_path(t->zPath, "min");
        rc = spec_err(d, zPath, "min is greater than max");
        sqlite3_free(zPath);
      }
    }
  } else if (rc == SQLITE_OK && t->zPer) {
    t->perMin = 1;
    t->perMax = 3;
  }
  if (rc == SQLITE_OK && t->ePerDist && t->zPer == 0) {
    char *zPath = spec_path(t->zPath, "dist");
    rc = spec_err(d, zPath, "dist of a table spreads the rows per parent and needs \"per\"");
    sqlite3_free(zPath);
  }
  if (rc == SQLITE_OK && t->zPer && t->nRows >= 0) {
    rc = spec_err(d, t->zPath, "give either rows or per, not both");
  }
  return rc;
}

/* Hand the spec over, or the error and nothing. */
static int spec_finish(JDoc *d, Spec *s, int rc, const char *zFunc, Spec **pp, char **pzErr) {
  if (rc != SQLITE_OK) {
    *pzErr = d->zErr ? d->zErr : sqlite3_mprintf("%s: out of memory", zFunc);
    d->zErr = 0;
    spec_free(s);
    jdoc_free(d);
    return rc == SQLITE_NOMEM ? rc : SQLITE_ERROR;
  }
  jdoc_free(d);
  *pp = s;
  return SQLITE_OK;
}

static Spec *spec_new(void) {
  Spec *s = sqlite3_malloc64(sizeof(Spec));
  if (s) {
    memset(s, 0, sizeof(*s));
    s->nRows = 10;
    s->eProgress = -1;
  }
  return s;
}

int spec_parse(sqlite3 *db, const char *zFunc, const char *zJson, Spec **pp, char **pzErr) {
  JDoc d;
  Spec *s;
  int i, rc;
  memset(&d, 0, sizeof(d));
  d.zFunc = zFunc;
  *pp = 0;
  *pzErr = 0;
  rc = jdoc_load(db, zJson, &d);
  s = spec_new();
  if (s == 0) rc = SQLITE_NOMEM;
  for (i = rc == SQLITE_OK ? d.a[0].iFirst : -1; i >= 0 && rc == SQLITE_OK; i = d.a[i].iNext) {
    const JNode *m = &d.a[i];
    const char *k = m->zKey;
    if (spec_dup_key(&d, 0, i)) {
      rc = SQLITE_ERROR;
    } else if (strcmp(k, "seed") == 0) {
      rc = want_type(&d, m, k, J_INT);
      s->seed = m->atom.i;
      s->hasSeed = 1;
    } else if (strcmp(k, "mode") == 0) {
      rc = want_type(&d, m, k, J_TEXT);
      if (rc == SQLITE_OK) {
        if (strcmp(m->atom.z, "append") == 0)
          s->eMode = MODE_APPEND;
        else if (strcmp(m->atom.z, "replace") == 0)
          s->eMode = MODE_REPLACE;
        else if (strcmp(m->atom.z, "fail") == 0)
          s->eMode = MODE_FAIL;
        else
          rc = spec_err(&d, k, "unknown mode \"%s\" (known: append, replace, fail)", m->atom.z);
      }
    } else if (strcmp(k, "rows") == 0) {
      rc = want_count(&d, m, k, &s->nRows);
    } else if (strcmp(k, "locale") == 0) {
      rc = want_text(&d, m, k, &s->zLocale);
      if (rc == SQLITE_OK && dict_locale(s->zLocale) == 0) {
        rc = spec_err(&d, k, "unknown locale \"%s\" (known: en_US, de_DE, fr_FR, es_ES, ja_JP)", s->zLocale);
      }
    } else if (strcmp(k, "progress") == 0) {
      if (m->eType != J_TRUE && m->eType != J_FALSE) rc = want_type(&d, m, k, J_TRUE);
      s->eProgress = m->eType == J_TRUE;
    } else if (strcmp(k, "totals") == 0) {
      rc = want_bool(&d, m, k, &s->noTotals);
    } else if (strcmp(k, "llm") == 0) {
      rc = want_type(&d, m, k, J_OBJECT);
      if (rc == SQLITE_OK) {
        sqlite3_stmt *p = 0;
        rc = sqlite3_prepare_v2(db, "SELECT json_extract(?1, '$.llm')", -1, &p, 0);
        if (rc == SQLITE_OK) {
          sqlite3_bind_text(p, 1, zJson, -1, SQLITE_STATIC);
          if (sqlite3_step(p) == SQLITE_ROW) {
            s->zLlm = sqlite3_mprintf("%s", sqlite3_column_text(p, 0));
            if (s->zLlm == 0) rc = SQLITE_NOMEM;
          }
        }
        sqlite3_finalize(p);
      }
    } else if (strcmp(k, "tables") == 0) {
      int j, n = 0;
      rc = want_type(&d, m, k, J_OBJECT);
      s->hasTables = 1;
      for (j = m->iFirst; j >= 0; j = d.a[j].iNext)
        n++;
      if (rc == SQLITE_OK) {
        s->aTable = sqlite3_malloc64(sizeof(SpecTable) * (sqlite3_uint64)(n + 1));
        if (s->aTable == 0) rc = SQLITE_NOMEM;
      }
      for (j = m->iFirst; j >= 0 && rc == SQLITE_OK; j = d.a[j].iNext) {
        const JNode *tn = &d.a[j];
        SpecTable *t = &s->aTable[s->nTable++];
        int q;
        memset(t, 0, sizeof(*t));
        t->nRows = -1;
        t->zName = sqlite3_mprintf("%s", tn->zKey);
        t->zPath = spec_path("tables", tn->zKey);
        if (t->zName == 0 || t->zPath == 0) {
          rc = SQLITE_NOMEM;
          break;
        }
        for (q = 0; q < s->nTable - 1; q++) {
          if (sqlite3_stricmp(s->aTable[q].zName, t->zName) == 0) {
            rc = spec_err(&d, t->zPath, "table is listed twice");
          }
        }
        if (rc != SQLITE_OK) break;
        if (tn->eType == J_INT) {
          rc = want_count(&d, tn, t->zPath, &t->nRows);
        } else if (tn->eType == J_OBJECT) {
          rc = parse_table_members(&d, s, j, t, 0);
        } else {
          rc = spec_err(&d, t->zPath, "expected a row count or an object, got %s", jtype_name(tn->eType));
        }
      }
    } else {
      rc = spec_err(&d, 0, "unknown key \"%s\" (known: seed, mode, rows, locale, tables, llm, progress, totals)",
                    k);
    }
  }
  return spec_finish(&d, s, rc, zFunc, pp, pzErr);
}

int spec_parse_table(sqlite3 *db, const char *zFunc, const char *zTable, const char *zJson, Spec **pp,
                     char **pzErr) {
  JDoc d;
  Spec *s;
  int rc;
  memset(&d, 0, sizeof(d));
  d.zFunc = zFunc;
  *pp = 0;
  *pzErr = 0;
  rc = jdoc_load(db, zJson, &d);
  s = spec_new();
  if (s == 0) rc = SQLITE_NOMEM;
  if (rc == SQLITE_OK) {
    s->hasTables = 1;
    s->aTable = sqlite3_malloc64(sizeof(SpecTable));
    if (s->aTable == 0) rc = SQLITE_NOMEM;
  }
  if (rc == SQLITE_OK) {
    SpecTable *t = &s->aTable[0];
    memset(t, 0, sizeof(*t));
    s->nTable = 1;
    t->nRows = -1;
    t->zName = sqlite3_mprintf("%s", zTable);
    t->zPath = sqlite3_mprintf("%s", "");
    if (t->zName == 0 || t->zPath == 0) rc = SQLITE_NOMEM;
    if (rc == SQLITE_OK) rc = parse_table_members(&d, s, 0, t, 1);
  }
  return spec_finish(&d, s, rc, zFunc, pp, pzErr);
}

void spec_free(Spec *s) {
  int i;
  if (s == 0) return;
  for (i = 0; i < s->nTable; i++)
    table_clear(&s->aTable[i]);
  sqlite3_free(s->aTable);
  sqlite3_free(s->zLocale);
  sqlite3_free(s->zLlm);
  sqlite3_free(s);
}

SpecTable *spec_table(const Spec *s, const char *zName) {
  int i;
  for (i = 0; s && i < s->nTable; i++) {
    if (sqlite3_stricmp(s->aTable[i].zName, zName) == 0) return &s->aTable[i];
  }
  return 0;
}

SpecRule *spec_rule(const SpecTable *t, const char *zCol) {
  int i;
  for (i = 0; t && i < t->nRule; i++) {
    if (sqlite3_stricmp(t->aRule[i].zCol, zCol) == 0) return &t->aRule[i];
  }
  return 0;
}
