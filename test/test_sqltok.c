/* test_sqltok.c — the SQL tokenizer and LIKE/GLOB matching. */
#include <sqlite3.h>

#include "check.h"
#include "sqltok.h"
#include "testutil.h"

static char *tok_text(const char *z, int i) {
  SqlTok *a;
  int n;
  char *zOut;
  sqltok_split(z, 1, &a, &n);
  zOut = i < n ? sqltok_text(z, &a[i]) : 0;
  sqlite3_free(a);
  return zOut;
}

static int tok_type(const char *z, int i) {
  SqlTok *a;
  int n, e;
  sqltok_split(z, 1, &a, &n);
  e = i < n ? a[i].eType : -1;
  sqlite3_free(a);
  return e;
}

#define T_TEXT(z, i, want)     \
  do {                         \
    char *t_ = tok_text(z, i); \
    T_EQ_STR(t_, want);        \
    sqlite3_free(t_);          \
  } while (0)

int main(void) {
  SqlTok *a;
  int n;
  char *z;

  /* Identifiers of every quoting, dequoted. */
  T_TEXT("\"a \"\"b\"\"\"", 0, "a \"b\"");
  T_TEXT("[select]", 0, "select");
  T_TEXT("`from``x`", 0, "from`x");
  T_TEXT("'it''s'", 0, "it's");
  T_TEXT("naïve_col", 0, "naïve_col");
  T_EQ_INT(tok_type("\"q\"", 0), TK_QID);
  T_EQ_INT(tok_type("x'0a'", 0), TK_BLOB);
  T_EQ_INT(tok_type("1.5e3", 0), TK_NUMBER);
  T_EQ_INT(tok_type(".5", 0), TK_NUMBER);
  T_EQ_INT(tok_type("0x1F", 0), TK_NUMBER);
  T_EQ_INT(tok_type(":name", 0), TK_VARIABLE);
  T_EQ_INT(tok_type("?12", 0), TK_VARIABLE);
  T_EQ_INT(tok_type("<>", 0), TK_OP);
  T_EQ_INT(tok_type("-- c\nx", 0), TK_COMMENT);
  T_EQ_INT(tok_type("/* c */x", 1), TK_ID);

  /* Lines are counted for comment placement. */
  sqltok_split("a,\n b -- c\n, d", 1, &a, &n);
  T_EQ_INT(n, 7);
  T_EQ_INT(a[2].iLine, 2);
  T_EQ_INT(a[3].eType, TK_COMMENT);
  T_EQ_INT(a[5].iLine, 3);
  T_TRUE(sqltok_is("AND x", &a[0], "a") == 1);
  sqlite3_free(a);

  z = sqltok_dequote("  \"my table\"  ");
  T_EQ_STR(z, "my table");
  sqlite3_free(z);
  z = sqltok_dequote(" plain ");
  T_EQ_STR(z, "plain");
  sqlite3_free(z);
  z = sqltok_dequote("'{\"a\": 1}'");
  T_EQ_STR(z, "{\"a\": 1}");
  sqlite3_free(z);

  /* LIKE: % and _, ASCII case-insensitive, UTF-8 aware. */
  T_TRUE(check_like("SKU-%", "sku-123", 7));
  T_TRUE(!check_like("SKU-%", "SK-123", 6));
  T_TRUE(check_like("%@%.%", "a@b.c", 5));
  T_TRUE(!check_like("%@%.%", "a@bc", 4));
  T_TRUE(check_like("_é_", "aéb", 4));
  T_TRUE(check_like("%", "", 0));
  T_TRUE(!check_like("_", "", 0));
  /* GLOB: *, ?, classes, case-sensitive. */
  T_TRUE(check_glob("[0-9][0-9][0-9]", "123", 3));
  T_TRUE(!check_glob("[0-9][0-9][0-9]", "12a", 3));
  T_TRUE(check_glob("[^a-z]*", "Xyz", 3));
  T_TRUE(!check_glob("[^a-z]*", "xyz", 3));
  T_TRUE(check_glob("A?C*", "ABCDEF", 6));
  T_TRUE(!check_glob("a*", "A", 1));
  return t_done("test_sqltok");
}
