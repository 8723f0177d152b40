/*
** embed.c — a C program that links syda statically (libsyda.a) and
** registers it for every connection with sqlite3_auto_extension().
**
**     cc -Iinclude embed.c libsyda.a -lsqlite3 -lm -lpthread -ldl
**     ./embed            -- prints what it did; exit status 0 on success
*/
#include <stdio.h>
#include <string.h>

#include "syda.h"

static int run(sqlite3 *db, const char *zSql) {
  char *zErr = 0;
  if (sqlite3_exec(db, zSql, 0, 0, &zErr) != SQLITE_OK) {
    fprintf(stderr, "embed: %s\n  in: %s\n", zErr, zSql);
    sqlite3_free(zErr);
    return 1;
  }
  return 0;
}

static long long count(sqlite3 *db, const char *zSql) {
  sqlite3_stmt *p = 0;
  long long n = -1;
  if (sqlite3_prepare_v2(db, zSql, -1, &p, 0) == SQLITE_OK && sqlite3_step(p) == SQLITE_ROW) {
    n = sqlite3_column_int64(p, 0);
  }
  sqlite3_finalize(p);
  return n;
}

int main(void) {
  sqlite3 *db = 0;
  long long nCust, nOrders, nBad;
  int rc = sqlite3_auto_extension((void (*)(void))sqlite3_syda_init);
  if (rc != SQLITE_OK || sqlite3_open(":memory:", &db) != SQLITE_OK) {
    fprintf(stderr, "embed: cannot open a database\n");
    return 1;
  }
  if (run(db,
          "PRAGMA foreign_keys = ON;"
          "CREATE TABLE customers(id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT UNIQUE);"
          "CREATE TABLE orders(id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL "
          "  REFERENCES customers(id), total REAL CHECK (total > 0));"
          "CREATE VIRTUAL TABLE temp.gc USING syda_rows(customers);"
          "CREATE VIRTUAL TABLE temp.go USING syda_rows(orders);"
          "INSERT INTO customers SELECT * FROM gc(50);"
          "INSERT INTO orders SELECT * FROM go(200);")) {
    return 1;
  }
  nCust = count(db, "SELECT count(*) FROM customers");
  nOrders = count(db, "SELECT count(*) FROM orders");
  nBad = count(db, "SELECT count(*) FROM pragma_foreign_key_check");
  printf("embed: %s, %lld customers, %lld orders, %lld foreign key errors\n", syda_libversion(), nCust,
         nOrders, nBad);
  sqlite3_close(db);
  sqlite3_reset_auto_extension();
  return (nCust == 50 && nOrders == 200 && nBad == 0 && strcmp(syda_libversion(), "v" SYDA_VERSION) == 0) ? 0
                                                                                                          : 1;
}
