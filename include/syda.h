/*
** syda.h — the C interface of syda, a SQLite extension that fills a
** database with realistic synthetic rows that satisfy its constraints.
**
** Loadable:  .load ./syda            (or sqlite3_load_extension)
** Static:    link libsyda.a and call
**
**     sqlite3_auto_extension((void (*)(void))sqlite3_syda_init);
**
** before opening connections, or sqlite3_syda_init(db, &zErr, 0) on one
** connection.  Everything else is SQL: syda_rows, syda_fill, syda_plan,
** syda_schema, syda_fake, syda_kinds, syda_version, syda_debug (README.md).
*/
#ifndef SYDA_H
#define SYDA_H

#include <sqlite3.h>

#ifdef __cplusplus
extern "C" {
#endif

#define SYDA_VERSION "0.1.0"

/* What the loadable extension exports (it is built with hidden symbols). */
#if defined(__GNUC__) && !defined(_WIN32)
#define SYDA_API __attribute__((visibility("default")))
#else
#define SYDA_API
#endif

/*
** Register syda's functions and modules on db.  Returns SQLITE_OK, or an
** error code with *pzErrMsg set (free with sqlite3_free).  pApi is the
** loader's routine table; pass 0 when linked statically.
*/
SYDA_API int sqlite3_syda_init(sqlite3 *db, char **pzErrMsg, const sqlite3_api_routines *pApi);

/* The version string, e.g. "v0.1.0" (the same as SELECT syda_version()). */
SYDA_API const char *syda_libversion(void);

#ifdef __cplusplus
}
#endif

#endif /* SYDA_H */
