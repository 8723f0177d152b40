/*
** test_people.c — a row's person: its e-mail and user name are the same
** whether they are written from the tables dict.c makes for the locale
** (DictNames) or looked up as for any other locale, and a person whose
** names alone a unique e-mail made has the same sex and the same digits as
** one drawn whole.
*/
#include <stdlib.h>

#include "fake_kinds.h"
#include "testutil.h"

/* One person group, driven by u (-1: none), for row ordinal iRow. */
typedef struct Person {
  FakeSpec spec;
  FakeGroup group;
  FakeRow row;
  SydaBuf buf;
} Person;

static void person_init(Person *p, const DictLocale *L, i64 u, i64 iRow) {
  memset(p, 0, sizeof(*p));
  p->spec.pLocale = L;
  p->spec.iGroup = 0;
  p->spec.iGroupCo = p->spec.iCoCol = p->spec.iGroupAddr = -1;
  p->group.eGroup = GRP_PERSON;
  p->group.key = rng_key(7, rng_hash("people"), rng_hash("group"));
  p->group.iOrdinal = -1;
  p->group.uDrive = u;
  p->row.iOrdinal = iRow;
  p->row.nGroup = 1;
  p->row.aGroup = &p->group;
  p->row.pLocale = L;
}

/* The value of kind zKind for the person (into b, which it returns). */
static const char *person_value(Person *p, const char *zKind, i64 u, SydaBuf *b) {
  FakeCtx c;
  SydaVal v;
  memset(&c, 0, sizeof(c));
  memset(&v, 0, sizeof(v));
  p->spec.iKind = fake_kind_find(zKind);
  rng_draw_init(&c.d, rng_key(7, rng_hash("people"), rng_hash(zKind)), p->row.iOrdinal, 0);
  c.u = u;
  c.pSpec = &p->spec;
  c.pRow = &p->row;
  c.pBuf = &p->buf;
  fake_gen(&c, &v);
  buf_reset(b);
  buf_append(b, v.z, v.n);
  return b->z;
}

/*
** E-mails and user names of locale L and of a copy of it (dict_names()
** has no tables for the copy), for unique indexes u past the natural
** values (a number added) and past 32 bits, and for random persons.
*/
static void check_same_as_looked_up(const DictLocale *L) {
  static const i64 aU[] = {0, 1, 2, 999, 123456, 3000000, 4294967295LL, 4294967296LL, 98765432109LL};
  DictLocale copy = *L;
  SydaBuf a = {0, 0, 0, 0}, b = {0, 0, 0, 0};
  int i, k, nBad = 0;
  T_TRUE(dict_names(L) != 0 && dict_names(&copy) == 0);
  for (i = 0; i < (int)(sizeof(aU) / sizeof(aU[0])) + 200; i++) {
    static const char *const azKind[] = {"email", "username"};
    i64 u = i < (int)(sizeof(aU) / sizeof(aU[0])) ? aU[i] : (i % 2 ? -1 : (i64)i * 7919);
    for (k = 0; k < 2; k++) {
      Person p, q;
      person_init(&p, L, u, i);
      person_init(&q, &copy, u, i);
      person_value(&p, azKind[k], u, &a);
      person_value(&q, azKind[k], u, &b);
      if (strcmp(a.z, b.z) != 0 || a.n == 0) {
        fprintf(stderr, "%s %s u=%lld: \"%s\" != \"%s\"\n", L->zName, azKind[k], (long long)u, a.z, b.z);
        nBad++;
      }
      buf_free(&p.buf);
      buf_free(&q.buf);
    }
  }
  T_EQ_INT(nBad, 0);
  buf_free(&a);
  buf_free(&b);
}

/*
** A unique e-mail makes only the person's names; gender, a salutation and
** a user name asked for afterwards are those of the person drawn whole
** (its first name's sex, its spare bits), the same as in a row where they
** are made first.
*/
static void check_names_first(const DictLocale *L) {
  static const char *const azKind[] = {"gender", "honorific", "first_name", "full_name"};
  SydaBuf a = {0, 0, 0, 0}, b = {0, 0, 0, 0};
  int i, k, nBad = 0, nNamesOnly = 0, nLeft = 0;
  for (i = 0; i < 300; i++) {
    for (k = 0; k < 4; k++) {
      Person p, q;
      person_init(&p, L, (i64)i * 104729, i);
      person_init(&q, L, (i64)i * 104729, i);
      person_value(&p, "email", (i64)i * 104729, &a);
      nNamesOnly += p.group.isNamesOnly;
      person_value(&p, azKind[k], -1, &a);
      person_value(&q, azKind[k], -1, &b);
      if (k < 2) {
        /* these read the sex: the person is whole now, as q */
        nLeft += p.group.isNamesOnly;
        nBad += p.group.xMore != q.group.xMore || p.group.cSex != q.group.cSex ||
                p.group.isNonBinary != q.group.isNonBinary;
      }
      if (strcmp(a.z, b.z) != 0) {
        fprintf(stderr, "%s %s row %d: \"%s\" != \"%s\"\n", L->zName, azKind[k], i, a.z, b.z);
        nBad++;
      }
      buf_free(&p.buf);
      buf_free(&q.buf);
    }
  }
  T_EQ_INT(nBad, 0);
  T_EQ_INT(nNamesOnly, 1200);
  T_EQ_INT(nLeft, 0);
  buf_free(&a);
  buf_free(&b);
}

int main(void) {
  int i;
  T_TRUE(fake_kind_find("email") >= 0 && fake_kind_find("username") >= 0 && fake_kind_find("gender") >= 0);
  for (i = 0; i < dict_locale_count(); i++) {
    check_same_as_looked_up(dict_locale_at(i));
    check_names_first(dict_locale_at(i));
  }
  {
    /* a unique e-mail leaves its person with only the names */
    Person p;
    SydaBuf a = {0, 0, 0, 0};
    person_init(&p, dict_locale("en_US"), 42, 3);
    person_value(&p, "email", 42, &a);
    T_EQ_INT(p.group.isNamesOnly, 1);
    T_TRUE(strchr(a.z, '@') != 0);
    buf_free(&a);
    buf_free(&p.buf);
  }
  return t_done("test_people");
}
