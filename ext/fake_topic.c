/*
** fake_topic.c — free text that reads like what its table is about: a
** visit's reason, diagnosis and clinical note, a support ticket's subject,
** description and resolution, a review's title and body in the mood of
** the row's rating, and a person's bio.
**
**     visit_reason      diagnosis         clinical_note
**     Persistent cough  Acute bronchitis  Productive cough for five days, worse at night. Temp 98.4 F ...
**
** A note's temperatures are in the unit of the row's temperature column,
** and quote its value (FakeSpec.iCue, CUE_TEMP_C or CUE_TEMP_F); that
** value's fever, or none, chooses the visit's condition and the words that
** speak of a fever (care_of).
**
** The columns of a row that belong together read one group (GRP_CARE,
** GRP_ISSUE, GRP_REVIEW): its bits choose the condition, the problem or
** the mood, and the numbers a ticket's columns share (an order number).  A
** review follows the row's rating, a bio the row's person and job title,
** when row.c names those columns (FakeSpec.iCue).  The words are in
** ext/dict/topic.c: alternatives separated by '|', slots in braces filled
** here.  Under a length limit a text keeps whole sentences, and a short
** one takes an alternative that fits.
*/
#include <string.h>

#include "fake_kinds.h"
SQLITE_EXTENSION_INIT3

/* ---- alternatives, slots, sentences ------------------------------------------ */

static int alt_count(const char *z) {
  int n = 1;
  for (; *z; z++)
    n += *z == '|';
  return n;
}

/* Alternative k of z: where it starts, and its length in *pn. */
static const char *alt_at(const char *z, int k, int *pn) {
  const char *e;
  while (k > 0 && *z) {
    if (*z++ == '|') k--;
  }
  for (e = z; *e && *e != '|'; e++) {
  }
  *pn = (int)(e - z);
  return z;
}

/* What the slots of a text are filled with. */
typedef struct Fill {
  FakeCtx *c;
  u64 xRow; /* the group's bits: what the row's columns share */
  /* bios */
  const char *zFirst, *zLast;
  int cWho; /* 'f', 'm', or 'n': they */
  char zRole[64];
  const char *zField, *zDegree, *zWhat; /* zWhat: a doctor's specialty, an author's books */
  int nYears;
  /* visits */
  int eFever; /* the row's patient has a fever: 1, not: 0, -1 any text */
} Fill;

/* A number of the row's, the same in each of its columns: slot k's. */
static u64 row_bits(const Fill *f, u64 k) {
  return rng_mix(f->xRow ^ (k * 0x9e3779b97f4a7c15ULL));
}

static u64 col_below(Fill *f, u64 n) {
  return rng_next_below(&f->c->d, n);
}

/* Append z with its first letter in lower case ("Coffee lover" -> "coffee lover"). */
static void put_lower_first(SydaBuf *b, const char *z) {
  if (*z >= 'A' && *z <= 'Z' && !(z[1] >= 'A' && z[1] <= 'Z')) {
    buf_putc(b, (char)(*z + 32));
    z++;
  }
  buf_str(b, z);
}

/* Append z in lower case ("Family Medicine" -> "family medicine"). */
static void put_lower(SydaBuf *b, const char *z) {
  for (; *z; z++)
    buf_putc(b, (*z >= 'A' && *z <= 'Z') ? (char)(*z + 32) : *z);
}

static void put_years(SydaBuf *b, int n) {
  buf_int(b, n);
  buf_str(b, n == 1 ? " year" : " years");
}

static void put_pick(Fill *f, SydaBuf *b, const DictList *l) {
  buf_str(b, l->az[col_below(f, (u64)l->n)]);
}

/*
** A temperature of the note, in tenths of a degree: the row's temperature
** column's value when the note follows one (FakeSpec.iCue), else a normal
** one or, for a fever (Fill.eFever), a raised one, in the unit of the cue:
** Celsius 36.4 to 37.2, a fever 38.0 to 39.4; Fahrenheit 97.6 to 99.1, a
** fever 100.4 to 102.8.
*/
static void put_temp(Fill *f, SydaBuf *b) {
  const FakeSpec *s = f->c->pSpec;
  const FakeRow *r = f->c->pRow;
  int isC = s->eCue == CUE_TEMP_C;
  i64 x;
  if ((isC || s->eCue == CUE_TEMP_F) && s->iCue >= 0 && r && r->aVal &&
      (r->aVal[s->iCue].eType == SQLITE_INTEGER || r->aVal[s->iCue].eType == SQLITE_FLOAT)) {
    const SydaVal *pv = &r->aVal[s->iCue];
    double d = pv->eType == SQLITE_INTEGER ? (double)pv->i : pv->r;
    x = (i64)(d * 10 + (d < 0 ? -0.5 : 0.5));
    if (x < 0) {
      buf_putc(b, '-');
      x = -x;
    }
  } else if (isC) {
    x = f->eFever == 1 ? 380 + (i64)col_below(f, 15) : 364 + (i64)col_below(f, 9);
  } else {
    x = f->eFever == 1 ? 1004 + (i64)col_below(f, 25) : 976 + (i64)col_below(f, 16);
  }
  buf_int(b, x / 10);
  buf_putc(b, '.');
  buf_int(b, x % 10);
  buf_str(b, isC ? " C" : " F");
}

/* The word slot z[0..n) stands for in the third person of cWho ('f', 'm'
** or 'n': they): He, he, His, his, s and es (a verb's ending), has, is;
** NULL when z is none of those. */
static const char *who_word(int cWho, const char *z, int n) {
  static const struct {
    const char *zSlot, *zF, *zM, *zN;
  } a[] = {{"He", "She", "He", "They"},    {"he", "she", "he", "they"}, {"His", "Her", "His", "Their"},
           {"his", "her", "his", "their"}, {"s", "s", "s", ""},         {"es", "es", "es", ""},
           {"has", "has", "has", "have"},  {"is", "is", "is", "are"}};
  int i;
  for (i = 0; i < (int)(sizeof(a) / sizeof(a[0])); i++) {
    if ((int)strlen(a[i].zSlot) == n && memcmp(a[i].zSlot, z, (size_t)n) == 0)
      return cWho == 'f' ? a[i].zF : cWho == 'm' ? a[i].zM : a[i].zN;
  }
  return 0;
}

/* Fill slot z[0..n) (without its braces).  Unknown slots stay as written. */
static void fill_slot(Fill *f, SydaBuf *b, const char *z, int n) {
  static const char *const azDays[] = {"two days", "three days",     "four days", "five days",
                                       "a week",   "about ten days", "two weeks"};
  static const char *const azLong[] = {"three weeks", "a month",        "six weeks",
                                       "two months",  "several months", "about a year"};
  static const char *const azWhen[] = {"since this morning", "since yesterday", "since the last update",
                                       "since Monday",       "since last week", "since the weekend"};
  static const char *const azBrowser[] = {"Chrome", "Firefox", "Safari", "Edge"};
  static const char *const azDevice[] = {"iPhone", "Android phone", "iPad", "Windows laptop", "MacBook"};
  static const char *const azShort[] = {"three days", "a week", "two weeks", "a month"};
  static const char *const azUse[] = {"two months", "six months", "a year", "over a year"};
  const char *zWho;
#define SLOT(s) (n == (int)sizeof(s) - 1 && memcmp(z, s, sizeof(s) - 1) == 0)
#define FROM(a) buf_str(b, a[col_below(f, sizeof(a) / sizeof(a[0]))])
  if (SLOT("d")) {
    FROM(azDays);
  } else if (SLOT("dl")) {
    FROM(azLong);
  } else if (SLOT("bp") || SLOT("bph")) {
    int hi = SLOT("bph");
    buf_int(b, (hi ? 142 : 108) + (i64)col_below(f, hi ? 27 : 27));
    buf_putc(b, '/');
    buf_int(b, (hi ? 88 : 68) + (i64)col_below(f, hi ? 15 : 17));
  } else if (SLOT("hr")) {
    buf_int(b, 62 + (i64)col_below(f, 31));
  } else if (SLOT("t") || SLOT("tf")) {
    put_temp(f, b);
  } else if (SLOT("o2")) {
    buf_int(b, 95 + (i64)col_below(f, 5));
    buf_putc(b, '%');
  } else if (SLOT("a1c")) {
    i64 x = 66 + (i64)col_below(f, 24);
    buf_int(b, x / 10);
    buf_putc(b, '.');
    buf_int(b, x % 10);
    buf_putc(b, '%');
  } else if (SLOT("order")) {
    buf_putc(b, '#');
    buf_int(b, 10000 + (i64)rng_below(row_bits(f, 1), 90000));
  } else if (SLOT("amount")) {
    u64 x = row_bits(f, 2);
    buf_putc(b, '$');
    buf_int(b, 19 + (i64)rng_below(x, 231));
    buf_str(b, (x >> 60) & 1 ? ".99" : ".00");
  } else if (SLOT("feature")) {
    buf_str(b, dict_issue_feature.az[rng_below(row_bits(f, 3), (u64)dict_issue_feature.n)]);
  } else if (SLOT("n")) {
    buf_int(b, 2 + (i64)rng_below(row_bits(f, 4), 4));
  } else if (SLOT("when")) {
    FROM(azWhen);
  } else if (SLOT("browser")) {
    FROM(azBrowser);
  } else if (SLOT("device")) {
    FROM(azDevice);
  } else if (SLOT("short")) {
    FROM(azShort);
  } else if (SLOT("long")) {
    FROM(azUse);
  } else if (SLOT("Name")) {
    buf_str(b, f->zFirst);
  } else if (SLOT("Full")) {
    buf_str(b, f->zFirst);
    buf_putc(b, ' ');
    buf_str(b, f->zLast);
  } else if (SLOT("Last")) {
    buf_str(b, f->zLast);
  } else if (SLOT("role")) {
    buf_str(b, f->zRole);
  } else if (SLOT("Role")) {
    fake_capital(b, f->zRole);
  } else if (SLOT("a_role")) {
    buf_str(b, fake_article(f->zRole));
    buf_putc(b, ' ');
    buf_str(b, f->zRole);
  } else if (SLOT("field")) {
    buf_str(b, f->zField);
  } else if (SLOT("degree")) {
    buf_str(b, f->zDegree);
  } else if (SLOT("what")) {
    put_lower(b, f->zWhat);
  } else if (SLOT("years")) {
    put_years(b, f->nYears);
  } else if (SLOT("hobby") || SLOT("hobby2")) {
    /* two different ones: the second from the other half of the list */
    int k = (int)rng_below(row_bits(f, 5), (u64)dict_bio_hobby.n);
    if (SLOT("hobby2"))
      k = (k + 1 + (int)rng_below(row_bits(f, 6), (u64)dict_bio_hobby.n - 1)) % dict_bio_hobby.n;
    buf_str(b, dict_bio_hobby.az[k]);
  } else if (SLOT("Tag") || SLOT("tag") || SLOT("tag2")) {
    int k = (int)rng_below(row_bits(f, 7), (u64)dict_bio_tag.n);
    if (SLOT("tag")) k = (k + 1 + (int)rng_below(row_bits(f, 8), 5)) % dict_bio_tag.n;
    if (SLOT("tag2")) k = (k + 7 + (int)rng_below(row_bits(f, 9), 5)) % dict_bio_tag.n;
    if (SLOT("Tag"))
      buf_str(b, dict_bio_tag.az[k]);
    else
      put_lower_first(b, dict_bio_tag.az[k]);
  } else if (SLOT("passion")) {
    put_pick(f, b, &dict_bio_passion);
  } else if (SLOT("employer")) {
    put_pick(f, b, &dict_bio_employer);
  } else if (SLOT("care")) {
    put_pick(f, b, &dict_bio_care);
  } else if (SLOT("year")) {
    buf_int(b, 2016 + (i64)col_below(f, 10));
  } else if (SLOT("count")) {
    static const char *const azCount[] = {"two", "three", "four", "five", "six", "seven", "eight", "nine"};
    FROM(azCount);
  } else if ((zWho = who_word(f->cWho, z, n)) != 0) {
    buf_str(b, zWho);
  } else {
    buf_putc(b, '{');
    buf_append(b, z, n);
    buf_putc(b, '}');
  }
#undef SLOT
#undef FROM
}

/* Append z[0..n) with its slots filled. */
static void fill_put(Fill *f, SydaBuf *b, const char *z, int n) {
  const char *e = z + n;
  while (z < e) {
    const char *q = memchr(z, '{', (size_t)(e - z)), *r;
    if (q == 0) q = e;
    buf_append(b, z, (int)(q - z));
    if (q >= e) break;
    r = memchr(q, '}', (size_t)(e - q));
    if (r == 0) {
      buf_append(b, q, (int)(e - q));
      break;
    }
    fill_slot(f, b, q + 1, (int)(r - q - 1));
    z = r + 1;
  }
}

static int text_fits(const Fill *f, const SydaBuf *b) {
  int nMax = f->c->pSpec->nLenMax;
  return nMax <= 0 || utf8_chars(b->z ? b->z : "", b->n) <= nMax;
}

/*
** Append alternative k of z as a sentence, after a blank unless it is the
** first, when the text still fits the column's length; the first always
** goes in (row.c cuts it).  Returns whether it went in.
*/
static int put_sentence(Fill *f, SydaBuf *b, const char *z, int k) {
  int before = b->n, n;
  const char *a = alt_at(z, k, &n);
  if (before > 0) buf_putc(b, ' ');
  fill_put(f, b, a, n);
  if (before > 0 && !text_fits(f, b)) {
    b->n = before;
    b->z[before] = 0;
    return 0;
  }
  return 1;
}

/* A sentence drawn among z's alternatives. */
static int put_any_sentence(Fill *f, SydaBuf *b, const char *z) {
  return put_sentence(f, b, z, (int)col_below(f, (u64)alt_count(z)));
}

/*
** The alternative of z the row's variant takes: the same draw for every
** part of a visit or a ticket, so that the k-th alternatives of its
** reasons, notes, subjects and fixes go together ("Lost access to my
** authenticator app" with "I got a new phone ..." and "reset two-factor").
*/
static int row_alt(const Fill *f, const char *z) {
  return (int)rng_below(row_bits(f, 13), (u64)alt_count(z));
}

/* Whether z[0..n) contains zWord. */
static int alt_has(const char *z, int n, const char *zWord) {
  int m = (int)strlen(zWord), i;
  for (i = 0; i + m <= n; i++) {
    if (memcmp(z + i, zWord, (size_t)m) == 0) return 1;
  }
  return 0;
}

/* What alternative z[0..n) of a visit's text says of a fever: 0 none
** ("Afebrile", "no fever"), 1 one ("Fever", "{tf}": a raised
** temperature), -1 nothing. */
static int alt_fever(const char *z, int n) {
  if (alt_has(z, n, "Afebrile") || alt_has(z, n, "no fever")) return 0;
  return alt_has(z, n, "{tf}") || alt_has(z, n, "fever") || alt_has(z, n, "Fever") ? 1 : -1;
}

/* Whether alternative k of z agrees with the row's fever (Fill.eFever). */
static int alt_agrees(const Fill *f, const char *z, int k) {
  int n, e;
  const char *a = alt_at(z, k % alt_count(z), &n);
  if (f->eFever < 0) return 1;
  e = alt_fever(a, n);
  return e < 0 || e == f->eFever;
}

/* The text of alternative k of z, else of the next one that fits the
** column's length (one that agrees with the row's fever); alternative k
** when none does (0 is returned). */
static int put_fit(Fill *f, SydaBuf *b, const char *z, int k) {
  int nAlt = alt_count(z), i, n;
  for (i = 0; i < nAlt; i++) {
    const char *a = alt_at(z, (k + i) % nAlt, &n);
    if (!alt_agrees(f, z, k + i)) continue;
    buf_reset(b);
    fill_put(f, b, a, n);
    if (text_fits(f, b)) return 1;
  }
  buf_reset(b);
  {
    const char *a = alt_at(z, k, &n);
    fill_put(f, b, a, n);
  }
  return 0;
}

/* The same for the entries of a list. */
static int put_fit_list(Fill *f, SydaBuf *b, const DictList *l, int k) {
  int i;
  for (i = 0; i < l->n; i++) {
    buf_reset(b);
    fill_put(f, b, l->az[(k + i) % l->n], (int)strlen(l->az[(k + i) % l->n]));
    if (text_fits(f, b)) return 1;
  }
  buf_reset(b);
  fill_put(f, b, l->az[k], (int)strlen(l->az[k]));
  return 0;
}

static void fill_init(Fill *f, FakeCtx *c, int eGroup) {
  FakeGroup tmp;
  memset(f, 0, sizeof(*f));
  f->c = c;
  f->eFever = -1;
  f->xRow = eGroup ? fake_group_get(c, eGroup, &tmp)->xMore : rng_next(&c->d);
  buf_reset(c->pBuf);
}

/* ---- visits to a doctor ------------------------------------------------------- */

/* The fever of the row's temperature column (FakeSpec.iCue): 1 from 38.0 C
** (100.4 F) up, 0 below; -1 when the visit follows none, or it is NULL. */
static int row_fever(const Fill *f) {
  const FakeSpec *s = f->c->pSpec;
  const FakeRow *r = f->c->pRow;
  const SydaVal *pv;
  double d;
  if ((s->eCue != CUE_TEMP_C && s->eCue != CUE_TEMP_F) || s->iCue < 0 || r == 0 || r->aVal == 0) return -1;
  pv = &r->aVal[s->iCue];
  if (pv->eType != SQLITE_INTEGER && pv->eType != SQLITE_FLOAT) return -1;
  d = pv->eType == SQLITE_INTEGER ? (double)pv->i : pv->r;
  return d >= (s->eCue == CUE_TEMP_C ? 38.0 : 100.4);
}

/*
** The row's condition, common ones more often, and whether the patient
** has a fever (Fill.eFever): the row's temperature says, and the condition
** is one that comes with a fever or one that may (a fever), or one without
** (a normal temperature); with no temperature the condition says, and a
** condition that may come with one does one time in three.
*/
static const DictCare *care_of(Fill *f) {
  int eTemp = row_fever(f), i, last = 0;
  u64 total = 0, t;
#define CARE_OK(e) (eTemp < 0 || (eTemp ? (e) >= 1 : (e) <= 1))
  for (i = 0; i < dict_ncare; i++) {
    if (CARE_OK(dict_care[i].eFever)) total += dict_care[i].w;
  }
  if (total == 0) {
    f->eFever = eTemp;
    return &dict_care[0];
  }
  t = rng_below(row_bits(f, 10), total);
  for (i = 0; i < dict_ncare; i++) {
    if (!CARE_OK(dict_care[i].eFever)) continue;
    last = i;
    if (t < dict_care[i].w) break;
    t -= dict_care[i].w;
  }
#undef CARE_OK
  i = (int)dict_care[last].eFever;
  f->eFever = eTemp >= 0 ? eTemp : i == 2 ? 1 : i == 1 ? rng_below(row_bits(f, 14), 3) == 0 : 0;
  return &dict_care[last];
}

/* The variants of a visit's complaint and findings (*pkS, *pkO): the row's
** (row_alt), else the next pair that agrees with its fever, else the next
** of each that does. */
static void care_variant(const Fill *f, const DictCare *p, int *pkS, int *pkO) {
  int k0 = row_alt(f, p->zSubj), nS = alt_count(p->zSubj), nO = alt_count(p->zObj), i;
  for (i = 0; i < nS * nO; i++) {
    if (alt_agrees(f, p->zSubj, k0 + i) && alt_agrees(f, p->zObj, k0 + i)) {
      *pkS = (k0 + i) % nS;
      *pkO = (k0 + i) % nO;
      return;
    }
  }
  for (i = 0; i < nS - 1 && !alt_agrees(f, p->zSubj, k0 + i); i++) {
  }
  *pkS = (k0 + i) % nS;
  for (i = 0; i < nO - 1 && !alt_agrees(f, p->zObj, k0 + i); i++) {
  }
  *pkO = (k0 + i) % nO;
}

/* One reason the patient gives; in a short column one that fits, the
** condition's own first, else a shorter one of another. */
void fake_gen_visit_reason(FakeCtx *c, SydaVal *v) {
  Fill f;
  const DictCare *p;
  int i;
  fill_init(&f, c, GRP_CARE);
  p = care_of(&f);
  if (!put_fit(&f, c->pBuf, p->zReason, row_alt(&f, p->zReason))) {
    for (i = 1; i < dict_ncare; i++) {
      if (put_fit(&f, c->pBuf, dict_care[(p - dict_care + i) % dict_ncare].zReason, 0)) break;
    }
    if (i == dict_ncare) put_fit(&f, c->pBuf, p->zReason, 0);
  }
  val_text_buf(v, c->pBuf);
}

/* The condition's name, or a shorter one of it that fits; unique ones
** (a table of conditions) one after another, then numbered. */
void fake_gen_diagnosis(FakeCtx *c, SydaVal *v) {
  Fill f;
  fill_init(&f, c, c->u >= 0 ? 0 : GRP_CARE);
  if (c->u >= 0) {
    int n;
    const char *z = alt_at(dict_care[c->u % dict_ncare].zDiagnosis, 0, &n);
    buf_append(c->pBuf, z, n);
    if (c->u >= dict_ncare) {
      buf_putc(c->pBuf, ' ');
      buf_int(c->pBuf, c->u / dict_ncare + 1);
    }
  } else {
    put_fit(&f, c->pBuf, care_of(&f)->zDiagnosis, 0);
  }
  val_text_buf(v, c->pBuf);
}

i64 fake_cap_diagnosis(const FakeSpec *s, int *pnLong) {
  int i, n, nMax = 0;
  (void)s;
  for (i = 0; i < dict_ncare; i++) {
    alt_at(dict_care[i].zDiagnosis, 0, &n);
    if (n > nMax) nMax = n;
  }
  if (pnLong) *pnLong = nMax;
  return -(i64)dict_ncare;
}

/* What the patient says, what was found, the assessment and the plan. */
void fake_gen_clinical_note(FakeCtx *c, SydaVal *v) {
  static const char *const zAssess = "Assessment: |Impression: |Dx: ";
  static const char *const zClose =
      "Return precautions reviewed.|Patient agrees with the plan.|Follow up as needed.|Questions answered.";
  SydaBuf *b = c->pBuf;
  Fill f;
  const DictCare *p;
  int n, ok, k, kObj;
  const char *z;
  fill_init(&f, c, GRP_CARE);
  p = care_of(&f);
  care_variant(&f, p, &k, &kObj);
  ok = put_sentence(&f, b, p->zSubj, k) && put_sentence(&f, b, p->zObj, kObj);
  if (ok) {
    /* "Assessment: Acute bronchitis." as one sentence */
    int before = b->n;
    buf_putc(b, ' ');
    z = alt_at(zAssess, (int)col_below(&f, 3), &n);
    buf_append(b, z, n);
    z = alt_at(p->zDiagnosis, 0, &n);
    buf_append(b, z, n);
    buf_putc(b, '.');
    if (!text_fits(&f, b)) {
      b->n = before;
      b->z[before] = 0;
      ok = 0;
    }
  }
  if (ok) ok = put_sentence(&f, b, p->zPlan, k % alt_count(p->zPlan));
  if (ok && col_below(&f, 2)) put_any_sentence(&f, b, zClose);
  val_text_buf(v, b);
}

/* ---- support tickets ------------------------------------------------------------ */

/* The row's problem, among those of the help desk the table is at. */
static const DictIssue *issue_of(const Fill *f) {
  int eTopic = f->c->pSpec->eTopic, i, last = 0;
  u64 total = 0, t;
#define ISSUE_OK(p)                                                   \
  ((p)->eDesk == DICT_ISSUE_ANY || eTopic == TOPIC_ANY ||             \
   ((p)->eDesk == DICT_ISSUE_SOFTWARE && eTopic == TOPIC_SOFTWARE) || \
   ((p)->eDesk == DICT_ISSUE_SHOP && eTopic == TOPIC_SHOP))
  for (i = 0; i < dict_nissue; i++) {
    if (ISSUE_OK(&dict_issue[i])) total += dict_issue[i].w;
  }
  if (total == 0) return &dict_issue[0];
  t = rng_below(row_bits(f, 11), total);
  for (i = 0; i < dict_nissue; i++) {
    if (!ISSUE_OK(&dict_issue[i])) continue;
    last = i;
    if (t < dict_issue[i].w) break;
    t -= dict_issue[i].w;
  }
#undef ISSUE_OK
  return &dict_issue[last];
}

void fake_gen_ticket_subject(FakeCtx *c, SydaVal *v) {
  Fill f;
  const DictIssue *p;
  fill_init(&f, c, GRP_ISSUE);
  p = issue_of(&f);
  put_fit(&f, c->pBuf, p->zSubject, row_alt(&f, p->zSubject));
  val_text_buf(v, c->pBuf);
}

/* How the customer opens, one or two details, sometimes a closing line. */
void fake_gen_ticket_description(FakeCtx *c, SydaVal *v) {
  static const char *const zClose =
      "Thanks for your help.|Please let me know what to do.|This is urgent for us.|Any help is appreciated.";
  SydaBuf *b = c->pBuf;
  Fill f;
  const DictIssue *p;
  int nDetail, k;
  fill_init(&f, c, GRP_ISSUE);
  p = issue_of(&f);
  nDetail = alt_count(p->zDetail);
  k = (int)col_below(&f, (u64)nDetail);
  if (put_sentence(&f, b, p->zOpen, row_alt(&f, p->zOpen)) && put_sentence(&f, b, p->zDetail, k) &&
      nDetail > 1 && col_below(&f, 2) && put_sentence(&f, b, p->zDetail, (k + 1) % nDetail) &&
      col_below(&f, 2)) {
    put_any_sentence(&f, b, zClose);
  }
  val_text_buf(v, b);
}

/* What was done, sometimes with how the ticket was closed. */
void fake_gen_ticket_resolution(FakeCtx *c, SydaVal *v) {
  static const char *const zWrap =
      "Closing the ticket.|No further action needed.|Added the steps to the help center article.|Ticket "
      "closed.";
  Fill f;
  const DictIssue *p;
  fill_init(&f, c, GRP_ISSUE);
  p = issue_of(&f);
  if (put_sentence(&f, c->pBuf, p->zFix, row_alt(&f, p->zFix)) && col_below(&f, 3) == 0)
    put_any_sentence(&f, c->pBuf, zWrap);
  val_text_buf(v, c->pBuf);
}

/* ---- reviews --------------------------------------------------------------------- */

/*
** The mood of the row's review: its rating's place on its scale (the
** lower two fifths negative, the middle mixed, the rest positive: 1-2, 3
** and 4-5 of five stars), else drawn, most reviews positive.
*/
static int review_mood(const Fill *f) {
  const FakeSpec *s = f->c->pSpec;
  const FakeRow *r = f->c->pRow;
  u64 x = rng_below(row_bits(f, 12), 100);
  if (s->eCue == CUE_RATING && s->iCue >= 0 && r && r->aVal && s->rCueHi > s->rCueLo) {
    const SydaVal *pv = &r->aVal[s->iCue];
    double d = 0, t;
    int ok = 1;
    if (pv->eType == SQLITE_INTEGER)
      d = (double)pv->i;
    else if (pv->eType == SQLITE_FLOAT)
      d = pv->r;
    else
      ok = 0;
    if (ok) {
      t = (d - s->rCueLo) / (s->rCueHi - s->rCueLo);
      return t < 0.42 ? 0 : t <= 0.61 ? 1 : 2;
    }
  }
  return x < 20 ? 0 : x < 35 ? 1 : 2;
}

static const DictReview *review_of(const FakeSpec *s) {
  int k = s->eTopic - TOPIC_PRODUCT;
  return &dict_review[k >= 0 && k < DICT_REVIEW_N ? k : DICT_REVIEW_PRODUCT];
}

void fake_gen_review_title(FakeCtx *c, SydaVal *v) {
  Fill f;
  const DictList *l;
  fill_init(&f, c, GRP_REVIEW);
  l = &review_of(c->pSpec)->aTitle[review_mood(&f)];
  put_fit_list(&f, c->pBuf, l, (int)col_below(&f, (u64)l->n));
  val_text_buf(v, c->pBuf);
}

/* Two or three different sentences of the mood. */
void fake_gen_review_body(FakeCtx *c, SydaVal *v) {
  SydaBuf *b = c->pBuf;
  Fill f;
  const DictList *l;
  int k, n, i, step;
  fill_init(&f, c, GRP_REVIEW);
  l = &review_of(c->pSpec)->aLine[review_mood(&f)];
  k = (int)col_below(&f, (u64)l->n);
  step = 1 + (int)col_below(&f, (u64)(l->n - 1)); /* a step that visits distinct entries */
  n = 2 + (int)col_below(&f, 2);
  for (i = 0; i < n && i < l->n; i++) {
    const char *z = l->az[(k + i * step) % l->n];
    int before = b->n;
    if (i > 0 && (k + i * step) % l->n == k) break;
    if (before > 0) buf_putc(b, ' ');
    fill_put(&f, b, z, (int)strlen(z));
    if (before > 0 && !text_fits(&f, b)) {
      b->n = before;
      b->z[before] = 0;
      break;
    }
  }
  val_text_buf(v, b);
}

/* ---- bios ------------------------------------------------------------------------- */

/* The field and subject a role's words say, by the first key it holds. */
static void bio_field(Fill *f) {
  int i;
  f->zField = "the industry";
  f->zDegree = "Business Administration";
  for (i = 0; i < dict_nbio_field; i++) {
    if (strstr(f->zRole, dict_bio_field[i].zKey)) {
      f->zField = dict_bio_field[i].zField;
      f->zDegree = dict_bio_field[i].zDegree;
      return;
    }
  }
}

/* Years in a working life that fit the role: an intern's few, a
** director's many. */
static int bio_years(Fill *f) {
  static const char *const azJunior[] = {"Intern",     "Junior", "Associate", "Assistant", "Trainee",
                                         "Apprentice", 0};
  static const char *const azSenior[] = {"Senior", "Lead", "Manager", "Principal", "Staff", "Supervisor", 0};
  static const char *const azTop[] = {"Director", "VP",       "Chief",      "Head",
                                      "Partner",  "Managing", "Controller", 0};
  int i;
  for (i = 0; azTop[i]; i++)
    if (strstr(f->zRole, azTop[i])) return 12 + (int)col_below(f, 14);
  for (i = 0; azSenior[i]; i++)
    if (strstr(f->zRole, azSenior[i])) return 6 + (int)col_below(f, 10);
  for (i = 0; azJunior[i]; i++)
    if (strstr(f->zRole, azJunior[i])) return 1 + (int)col_below(f, 3);
  return 2 + (int)col_below(f, 11);
}

/* The role the row's cue column gives (its job title, department,
** specialty), when it has text. */
static int bio_cue(Fill *f) {
  const FakeSpec *s = f->c->pSpec;
  const FakeRow *r = f->c->pRow;
  const SydaVal *pv;
  int n;
  if (s->iCue < 0 || s->eCue < CUE_ROLE || r == 0 || r->aVal == 0) return 0;
  pv = &r->aVal[s->iCue];
  if (pv->eType != SQLITE_TEXT || pv->n <= 0 || pv->z == 0) return 0;
  n = pv->n < (int)sizeof(f->zRole) - 1 ? pv->n : (int)sizeof(f->zRole) - 1;
  memcpy(f->zRole, pv->z, (size_t)n);
  f->zRole[n] = 0;
  return s->eCue;
}

static void bio_text(Fill *f, SydaBuf *b, const char *zFirst, const char *zMore, int nMore) {
  int i, k = (int)col_below(f, (u64)alt_count(zMore));
  put_any_sentence(f, b, zFirst);
  for (i = 0; i < nMore; i++) {
    if (!put_sentence(f, b, zMore, (k + i) % alt_count(zMore))) break;
  }
}

/*
** A bio by whose it is (FakeSpec.eTopic): a colleague's (role, years,
** field), a doctor's (specialty), an author's (books) or a member's own
** profile line, in the third person with the row's person's name and
** pronoun, or in the first.
*/
void fake_gen_bio(FakeCtx *c, SydaVal *v) {
  static const char *const zWork =
      "{Name} is {a_role} with {years} of experience in {field}.|{Name} has worked in {field} for {years} "
      "and is now {a_role}.|{Name} joined the team as {a_role} after {years} in {field}.";
  static const char *const zWorkMore =
      "Before that, {he} spent several years at {employer}.|{He} hold{s} a degree in {degree}.|{He} {is} "
      "passionate about {passion}.|Outside work, {he} enjoy{s} {hobby} and {hobby2}.";
  static const char *const zWorkMe =
      "I'm {a_role} with {years} of experience in {field}.|{Role} with {years} in {field}.";
  static const char *const zWorkMeMore =
      "I previously worked at {employer}.|I hold a degree in {degree}.|Passionate about {passion}.|Outside "
      "work, I enjoy {hobby} and {hobby2}.";
  static const char *const zDoctor =
      "Dr. {Last} practices {what} and has cared for patients for {years}.|Dr. {Full} is board certified in "
      "{what}, with {years} of clinical experience.|Dr. {Last} has practiced {what} for {years}.";
  static const char *const zDoctorMore =
      "{He} completed {his} residency at a university hospital.|{He} {has} a special interest in "
      "{care}.|Outside the clinic, {he} enjoy{s} {hobby}.";
  static const char *const zAuthor =
      "{Full} is the author of {count} {what}.|{Name} has written {what} for {years}.|{Full} writes {what} "
      "and essays.";
  static const char *const zAuthorMore =
      "{His} latest book came out in {year}.|{He} also write{s} for magazines and newspapers.|{He} teach{es} "
      "creative writing and live{s} with {his} family.|When not writing, {he} enjoy{s} {hobby}.";
  static const char *const zMember =
      "{Tag}, {tag} and {tag2}.|{Role} by day, {tag} by night.|{Tag} who loves {hobby} and {hobby2}.";
  static const char *const zMemberMore =
      "I enjoy {hobby} and {hobby2}.|Opinions are my own.|Always learning.";
  static const char *const azWriting[] = {"novels",
                                          "mystery novels",
                                          "historical novels",
                                          "science fiction novels",
                                          "thrillers",
                                          "short story collections",
                                          "poetry collections",
                                          "children's books",
                                          "cookbooks",
                                          "memoirs",
                                          "travel books",
                                          "fantasy novels",
                                          "young adult novels",
                                          "biographies"};
  const FakeSpec *s = c->pSpec;
  const DictLocale *L = fake_locale(c);
  SydaBuf *b = c->pBuf;
  FakeGroup tmp, *g;
  Fill f;
  int eTopic = s->eTopic, eCue, isMe;
  fill_init(&f, c, 0);
  g = fake_group_get(c, GRP_PERSON, &tmp);
  f.zFirst = L->first.az[g->iFirst];
  f.zLast = L->last.az[g->iLast];
  f.cWho = g->isNonBinary ? 'n' : g->cSex;
  eCue = bio_cue(&f);
  if (eCue == CUE_SPECIALTY) eTopic = TOPIC_DOCTOR;
  if (eTopic == TOPIC_DOCTOR) {
    f.zWhat = eCue == CUE_SPECIALTY ? f.zRole
                                    : dict_medical_specialty.az[col_below(&f, (u64)dict_medical_specialty.n)];
    f.nYears = 3 + (int)col_below(&f, 28);
    bio_text(&f, b, zDoctor, zDoctorMore, 1 + (int)col_below(&f, 2));
  } else if (eTopic == TOPIC_AUTHOR) {
    f.zWhat = azWriting[col_below(&f, sizeof(azWriting) / sizeof(azWriting[0]))];
    f.nYears = 3 + (int)col_below(&f, 25);
    bio_text(&f, b, zAuthor, zAuthorMore, 1 + (int)col_below(&f, 2));
  } else {
    if (eCue == 0) {
      const char *z = s->zPrefix && s->zPrefix[0] && eTopic == TOPIC_WORK
                          ? s->zPrefix
                          : dict_job_title.az[col_below(&f, (u64)dict_job_title.n)];
      sqlite3_snprintf((int)sizeof(f.zRole), f.zRole, "%s", z);
    }
    bio_field(&f);
    f.nYears = bio_years(&f);
    isMe = col_below(&f, 4) == 0;
    if (eTopic == TOPIC_MEMBER) {
      bio_text(&f, b, zMember, zMemberMore, (int)col_below(&f, 2));
    } else if (isMe) {
      bio_text(&f, b, zWorkMe, zWorkMeMore, 1 + (int)col_below(&f, 2));
    } else {
      bio_text(&f, b, zWork, zWorkMore, 1 + (int)col_below(&f, 2));
    }
  }
  val_text_buf(v, b);
}
