/*
** register.h — each part of syda registers its SQL functions or modules
** on a connection; ext/syda.c calls these in turn.
*/
#ifndef SYDA_REGISTER_H
#define SYDA_REGISTER_H

#include "sqlite3ext.h"

int syda_info_register(sqlite3 *db);  /* syda_version, syda_debug, syda_schema */
int syda_vtab_register(sqlite3 *db);  /* syda_rows */
int syda_fill_register(sqlite3 *db);  /* syda_fill, syda_plan */
int syda_kinds_register(sqlite3 *db); /* syda_fake, syda_kinds */
int syda_prompt_register(sqlite3 *db); /* syda_prompt (LLM mode) */

#endif /* SYDA_REGISTER_H */
