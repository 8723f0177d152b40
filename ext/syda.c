/*
** syda.c — the entry point.  Loading the extension registers everything:
**
**     sqlite> .load ./syda
**     sqlite> SELECT syda_version();
**     v0.1.0
**
** The work is done elsewhere: schema.c reads tables, spec.c reads the JSON
** spec, row.c makes rows, vtab.c streams them (syda_rows), fill.c writes
** them (syda_fill), fake.c and infer.c make them realistic.
*/
#include "../include/syda.h"

#include "register.h"
#include "sqlite3ext.h"
SQLITE_EXTENSION_INIT1

#ifdef _WIN32
__declspec(dllexport)
#endif
    int sqlite3_syda_init(sqlite3 *db, char **pzErrMsg, const sqlite3_api_routines *pApi) {
  static int (*const aRegister[])(sqlite3 *) = {
      syda_info_register,
      syda_vtab_register,
      syda_fill_register,
      syda_kinds_register,
      syda_prompt_register,
  };
  int i, rc = SQLITE_OK;
  SQLITE_EXTENSION_INIT2(pApi);
  if (sqlite3_libversion_number() < 3038000) {
    if (pzErrMsg) {
      *pzErrMsg = sqlite3_mprintf("syda: needs SQLite 3.38.0 or later, this is %s", sqlite3_libversion());
    }
    return SQLITE_ERROR;
  }
  for (i = 0; rc == SQLITE_OK && i < (int)(sizeof(aRegister) / sizeof(aRegister[0])); i++) {
    rc = aRegister[i](db);
  }
  if (rc != SQLITE_OK && pzErrMsg) {
    *pzErrMsg = sqlite3_mprintf("syda: cannot register: %s", sqlite3_errmsg(db));
  }
  return rc;
}
