/*
** fake.c — the table of semantic kinds and the generic value makers.
**
** A kind with xGen == NULL is a number, date, datetime or time drawn by
** row.c inside the column's range; the others write text (or a blob) into
** ctx->pBuf.  Realistic kinds that read word lists live in fake_*.c and are
** listed in the same table.
*/
#include "fake.h"

#include <string.h>

#include "fake_kinds.h"
SQLITE_EXTENSION_INIT3

/* ---- shared makers ------------------------------------------------------ */

void fake_code36(SydaBuf *b, u64 v) {
  static const char digits[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  char a[16];
  int i = (int)sizeof(a);
  do {
    a[--i] = digits[v % 36];
    v /= 36;
  } while (v);
  buf_append(b, a + i, (int)sizeof(a) - i);
}

/* The longest word of fake_words' vocabulary (letters), and the longest
** text it makes: four such words and three spaces. */
enum { FAKE_WORD_MAX = 7, FAKE_WORDS_LONGEST = 4 * FAKE_WORD_MAX + 3 };

/*
** Each word with the space after it, in 8 bytes, and its length with the
** space: one 8-byte copy a word and no strlen.  A longer word does not
** compile (-Werror: its initializer would not fit).
*/
#define W(z) \
  { z " ", (unsigned char)sizeof(z) }
static const struct {
  char z[FAKE_WORD_MAX + 1];
  unsigned char n;
} fake_vocab[] = {
    W("alpha"),  W("amber"),  W("anchor"), W("arch"),    W("atlas"),   W("beacon"), W("birch"),   W("bloom"),
    W("bridge"), W("brook"),  W("canyon"), W("cedar"),   W("cinder"),  W("cloud"),  W("coral"),   W("crest"),
    W("delta"),  W("drift"),  W("echo"),   W("ember"),   W("fern"),    W("field"),  W("flint"),   W("forge"),
    W("frost"),  W("garnet"), W("glade"),  W("grove"),   W("harbor"),  W("hazel"),  W("heath"),   W("hollow"),
    W("iris"),   W("ivory"),  W("jade"),   W("juniper"), W("kestrel"), W("lagoon"), W("lark"),    W("laurel"),
    W("linden"), W("lumen"),  W("maple"),  W("marsh"),   W("meadow"),  W("mesa"),   W("mist"),    W("moss"),
    W("north"),  W("oak"),    W("onyx"),   W("orbit"),   W("pebble"),  W("pine"),   W("prairie"), W("quartz"),
    W("quill"),  W("raven"),  W("reed"),   W("ridge"),   W("river"),   W("sage"),   W("shore"),   W("sierra"),
    W("slate"),  W("spruce"), W("stone"),  W("summit"),  W("thistle"), W("tide"),   W("timber"),  W("topaz"),
    W("valley"), W("vale"),   W("willow"), W("wren"),    W("yarrow"),  W("zephyr")};
#undef W
#define FAKE_NVOCAB (sizeof(fake_vocab) / sizeof(fake_vocab[0]))

/* fake_words under a limit: whole words while they fit, nWant of them
** once nMin characters are there.  Not inlined: its registers would make
** every call of fake_words save and restore six of them. */
#if defined(__GNUC__)
#define FAKE_NOINLINE __attribute__((noinline))
#else
#define FAKE_NOINLINE
#endif
FAKE_NOINLINE static void words_fit(RngDraw *d, SydaBuf *b, int nWant, int nMin, int nMax) {
  int start = b->n;
  int k;
  for (k = 0; k < 64; k++) {
    int iWord = (int)rng_next_below(d, FAKE_NVOCAB);
    const char *w = fake_vocab[iWord].z;
    int len = fake_vocab[iWord].n - 1;
    int have = b->n - start;
    int sep = have > 0 ? 1 : 0;
    if (nMax > 0 && have + sep + len > nMax) {
      if (have == 0) buf_append(b, w, nMax); /* one word longer than the limit */
      if (have >= nMin || have == 0) break;
      continue; /* try a shorter word */
    }
    if (sep) buf_putc(b, ' ');
    buf_append(b, w, len);
    if (k + 1 >= nWant && b->n - start >= nMin) break;
  }
}

/* Lower-case words from a fixed vocabulary: 1 to 4 whole words, or as many
** as fit between nMin and nMax characters (nMax 0: no limit).  A word is
** cut only when a single word is longer than nMax.  Used for plain TEXT. */
void fake_words(RngDraw *d, SydaBuf *b, int nMin, int nMax) {
  /* the draws in registers: stores through char pointers would otherwise
  ** reload d after each word */
  u64 base = d->base, slot = d->slot;
  int nWant = 1 + (int)rng_below(rng_at_base(base, slot++), 4);
  int k;
  char *z;
  if (nMin > 0 || (nMax > 0 && nMax < FAKE_WORDS_LONGEST)) {
    d->slot = slot;
    words_fit(d, b, nWant, nMin, nMax);
    return;
  }
  /* no limit can stop the words (the usual case): room for four made
  ** once, each copied whole with its space, the last space the end */
  d->slot = slot + (u64)nWant;
  if (b->n + FAKE_WORDS_LONGEST + 1 > b->nAlloc && buf_grow(b, FAKE_WORDS_LONGEST)) return;
  z = b->z + b->n;
  for (k = 0; k < nWant; k++) {
    u64 i = rng_below(rng_at_base(base, slot++), FAKE_NVOCAB);
    memcpy(z, fake_vocab[i].z, FAKE_WORD_MAX + 1);
    z += fake_vocab[i].n;
  }
  z[-1] = 0;
  b->n = (int)(z - 1 - b->z);
}

void fake_list_value(FakeCtx *c, const DictList *l, SydaVal *v) {
  i64 over;
  if (c->u < 0 || l->n <= 0) {
    val_text_static(v, dict_pick(l, rng_next(&c->d)));
    return;
  }
  over = c->u / l->n;
  if (over == 0) {
    val_text_static(v, l->az[c->u % l->n]);
    return;
  }
  buf_reset(c->pBuf);
  buf_str(c->pBuf, l->az[c->u % l->n]);
  buf_putc(c->pBuf, ' ');
  buf_int(c->pBuf, over + 1);
  val_text_buf(v, c->pBuf);
}

/* ---- generic kinds ------------------------------------------------------ */

static void gen_text(FakeCtx *c, SydaVal *v) {
  const FakeSpec *s = c->pSpec;
  buf_reset(c->pBuf);
  fake_words(&c->d, c->pBuf, s->nLenMin, s->nLenMax);
  val_text_buf(v, c->pBuf);
}

/* 64 random bits, or a bijection of u when the value must be unique. */
static u64 fake_bits64(FakeCtx *c) {
  return c->u >= 0 ? rng_at(c->d.key, c->u, 0x55) : rng_next(&c->d);
}

static void gen_uuid(FakeCtx *c, SydaVal *v) {
  static const char hex[] = "0123456789abcdef";
  unsigned char a[16];
  char z[37];
  u64 hi = fake_bits64(c), lo = rng_next(&c->d);
  int i, j = 0;
  /*
  ** Version 4 layout.  The 64 bits of hi fill bytes 0-5, 7 and 9, around
  ** the version nibble (byte 6) and the variant bits (byte 8), so distinct
  ** u give distinct UUIDs by construction.
  */
  for (i = 0; i < 6; i++)
    a[i] = (unsigned char)(hi >> (8 * i));
  a[7] = (unsigned char)(hi >> 48);
  a[9] = (unsigned char)(hi >> 56);
  a[6] = (unsigned char)(0x40 | (lo & 0x0f));
  a[8] = (unsigned char)(0x80 | ((lo >> 4) & 0x3f));
  for (i = 10; i < 16; i++)
    a[i] = (unsigned char)(lo >> (8 * (i - 8)));
  for (i = 0; i < 16; i++) {
    if (i == 4 || i == 6 || i == 8 || i == 10) z[j++] = '-';
    z[j++] = hex[a[i] >> 4];
    z[j++] = hex[a[i] & 15];
  }
  buf_reset(c->pBuf);
  buf_append(c->pBuf, z, 36);
  val_text_buf(v, c->pBuf);
}

/*
** 16 to 32 bytes, or as many as the column's lengths (bytes) allow.  The
** first 8 carry the bijection of u when unique; a blob shorter than that
** holds u itself, in as many bytes as it has (its capacity: cap_blob).
*/
static void gen_blob(FakeCtx *c, SydaVal *v) {
  const FakeSpec *s = c->pSpec;
  int n = s->nLenMin > 16 ? s->nLenMin : 16, i;
  unsigned char a[16];
  u64 hi = fake_bits64(c), lo = rng_next(&c->d);
  buf_reset(c->pBuf);
  if (s->nLenMax > 0 && s->nLenMax < n) n = s->nLenMax;
  if (n < 8 && c->u >= 0) hi = (u64)c->u;
  for (i = 0; i < 8; i++) {
    a[i] = (unsigned char)(hi >> (8 * i));
    a[8 + i] = (unsigned char)(lo >> (8 * i));
  }
  buf_append(c->pBuf, (const char *)a, n < 16 ? n : 16);
  for (i = 16; i < n; i++)
    buf_putc(c->pBuf, (char)(rng_next(&c->d) & 0xff));
  if (s->nLenMax == 0 || s->nLenMax > n) {
    int nMore = (int)rng_next_below(&c->d, 17);
    if (s->nLenMax > 0 && n + nMore > s->nLenMax) nMore = s->nLenMax - n;
    for (i = 0; i < nMore; i++)
      buf_putc(c->pBuf, (char)(rng_next(&c->d) & 0xff));
  }
  v->eType = SQLITE_BLOB;
  v->isStatic = 0;
  v->z = c->pBuf->z;
  v->n = c->pBuf->n;
}

/*
** The JSON a short column holds (nLenMax characters, 0: any): {"id":N}
** from 8 characters, [N] from 3, a bare number below that.  N is u + 1
** for a unique value (0 to 99 bare), so there are as many distinct values
** as N has digits for; -1 when the column is long enough for any.
*/
static i64 json_short_cap(int nLenMax) {
  int nDigit = nLenMax >= 8 ? nLenMax - 7 : nLenMax >= 3 ? nLenMax - 2 : nLenMax, i;
  i64 m = 1;
  if (nLenMax <= 0 || nDigit >= 18) return -1;
  for (i = 0; i < nDigit; i++)
    m *= 10;
  return nLenMax >= 3 ? m - 1 : m;
}

/* The short form of a JSON value for u (-1: n drawn in [1, nMax]). */
static void json_short(SydaBuf *b, int nLenMax, i64 u, RngDraw *d) {
  i64 nCap = json_short_cap(nLenMax);
  i64 x = u >= 0 ? u : (i64)rng_next_below(d, (u64)(nCap > 0 && nCap < 100000 ? nCap : 100000));
  buf_reset(b);
  if (nLenMax >= 8) {
    buf_str(b, "{\"id\":");
    buf_int(b, x + 1);
    buf_putc(b, '}');
  } else if (nLenMax >= 3) {
    buf_putc(b, '[');
    buf_int(b, x + 1);
    buf_putc(b, ']');
  } else {
    buf_int(b, x);
  }
}

static i64 cap_json(const FakeSpec *s, int *pnLong) {
  i64 n = json_short_cap(s->nLenMax);
  /* a long column's values are documents of any length */
  if (pnLong) *pnLong = n > 0 ? s->nLenMax : 0;
  return n;
}

/*
** A small JSON document of one of the shapes applications keep in a JSON
** column: user preferences, tracking metadata, a parcel's dimensions, tags
** and flags.  Keys and values belong together; the language is the
** locale's.  A unique one starts with "id": u + 1.  A short column gets the
** short forms above.
*/
static void gen_json(FakeCtx *c, SydaVal *v) {
  static const char *const azTheme[] = {"light", "dark", "system"};
  static const char *const azSource[] = {"web", "ios", "android", "email", "partner", "store"};
  static const char *const azCampaign[] = {"spring_sale", "newsletter", "black_friday",  "referral",
                                           "retargeting", "launch",     "back_to_school"};
  static const char *const azReferrer[] = {"google", "direct", "facebook", "instagram", "bing", "linkedin"};
  static const char *const azTag[] = {"new",     "sale", "bestseller", "eco",
                                      "limited", "gift", "bundle",     "clearance"};
  static const char *const azFreq[] = {"daily", "weekly", "monthly", "never"};
  const DictLocale *L = fake_locale(c);
  SydaBuf *b = c->pBuf;
  RngDraw *d = &c->d;
  int i, nTag, t0;
  buf_reset(b);
  buf_putc(b, '{');
  if (c->u >= 0) {
    buf_str(b, "\"id\":");
    buf_int(b, c->u + 1);
    buf_putc(b, ',');
  }
  switch (rng_next_below(d, 4)) {
    case 0:
      buf_str(b, "\"theme\":\"");
      buf_str(b, azTheme[rng_next_below(d, 3)]);
      buf_str(b, "\",\"language\":\"");
      buf_append(b, L->zName, 2);
      buf_str(b, "\",\"notifications\":{\"email\":");
      buf_str(b, rng_next_below(d, 4) ? "true" : "false");
      buf_str(b, ",\"sms\":");
      buf_str(b, rng_next_below(d, 3) ? "false" : "true");
      buf_str(b, "},\"newsletter\":\"");
      buf_str(b, azFreq[rng_next_below(d, 4)]);
      buf_str(b, "\"}");
      break;
    case 1:
      buf_str(b, "\"source\":\"");
      buf_str(b, azSource[rng_next_below(d, 6)]);
      buf_str(b, "\",\"campaign\":\"");
      buf_str(b, azCampaign[rng_next_below(d, 7)]);
      buf_str(b, "\",\"referrer\":\"");
      buf_str(b, azReferrer[rng_next_below(d, 6)]);
      buf_str(b, "\",\"visits\":");
      buf_int(b, 1 + (i64)rng_next_zipf(d, 40, 1.2));
      buf_putc(b, '}');
      break;
    case 2:
      buf_str(b, "\"width_cm\":");
      buf_fixed(b, 5 + rng_next_unit(d) * 60, 1);
      buf_str(b, ",\"height_cm\":");
      buf_fixed(b, 2 + rng_next_unit(d) * 40, 1);
      buf_str(b, ",\"depth_cm\":");
      buf_fixed(b, 1 + rng_next_unit(d) * 30, 1);
      buf_str(b, ",\"weight_kg\":");
      buf_fixed(b, 0.1 + rng_next_unit(d) * 12, 2);
      buf_str(b, ",\"fragile\":");
      buf_str(b, rng_next_below(d, 5) ? "false" : "true");
      buf_putc(b, '}');
      break;
    default:
      buf_str(b, "\"tags\":[");
      nTag = 1 + (int)rng_next_below(d, 3);
      t0 = (int)rng_next_below(d, 8);
      for (i = 0; i < nTag; i++) {
        /* distinct tags: every third entry from a random start */
        if (i) buf_putc(b, ',');
        buf_putc(b, '"');
        buf_str(b, azTag[(t0 + i * 3) % 8]);
        buf_putc(b, '"');
      }
      buf_str(b, "],\"featured\":");
      buf_str(b, rng_next_below(d, 4) ? "false" : "true");
      buf_str(b, ",\"priority\":");
      buf_int(b, 1 + (i64)rng_next_below(d, 5));
      buf_putc(b, '}');
      break;
  }
  if (c->pSpec->nLenMax > 0 && b->n > c->pSpec->nLenMax) {
    /* a short column: fewer members, so that the text stays JSON */
    json_short(b, c->pSpec->nLenMax, c->u, &c->d);
  }
  val_text_buf(v, b);
}

/* Blobs: 256 ^ n of n bytes below 8, else a bijection of u's bits. */
static i64 cap_blob(const FakeSpec *s, int *pnLong) {
  i64 n = -1;
  int i;
  if (s->nLenMax > 0 && s->nLenMax < 8) {
    for (i = 0, n = 1; i < s->nLenMax; i++)
      n *= 256;
  }
  if (pnLong) *pnLong = s->nLenMax; /* made to fit */
  return n;
}

/* A UUID: always 36 characters. */
static i64 cap_uuid(const FakeSpec *s, int *pnLong) {
  (void)s;
  if (pnLong) *pnLong = 36;
  return -1;
}

int fake_list_longest(const DictList *l) {
  int i, nMax = 0;
  for (i = 0; i < l->n; i++) {
    int n = utf8_chars(l->az[i], (int)strlen(l->az[i]));
    if (n > nMax) nMax = n;
  }
  return nMax;
}

/* ---- the table ----------------------------------------------------------- */

/*
** Order matters only for fake_kind_generic(); names are unique.  Date
** ranges of relative kinds are days from FAKE_TODAY_DAYS.
*/
const FakeKind fake_kinds[] = {
    /* generic kinds, one per type class */
    {"integer", "a whole number", TY_INT, 1, 1000, 0, DIST_UNIFORM, GRP_NONE, 0, 0, 0},
    {"real", "a number with decimals", TY_REAL, 0, 1000, 2, DIST_UNIFORM, GRP_NONE, 0, 0, 0},
    {"decimal", "an exact decimal number", TY_NUMERIC, 0, 10000, 2, DIST_UNIFORM, GRP_NONE, 0, 0, 0},
    {"text", "a few words", TY_TEXT, 0, 0, -1, 0, GRP_NONE, gen_text, 0, 0},
    {"boolean", "0 or 1", TY_BOOL, 0, 1, 0, DIST_UNIFORM, GRP_NONE, 0, 0, 0},
    {"date", "a date in the last ten years", TY_DATE, -3652, 0, 0, DIST_UNIFORM, GRP_NONE, 0, 0, 1},
    {"datetime", "a date and time in the last ten years", TY_DATETIME, -3652, 0, 0, DIST_UNIFORM, GRP_NONE, 0,
     0, 1},
    {"time", "a time of day", TY_TIME, 0, 86399, 0, DIST_UNIFORM, GRP_NONE, 0, 0, 0},
    {"blob", "16 to 32 random bytes", TY_BLOB, 0, 0, -1, 0, GRP_NONE, gen_blob, cap_blob, 0},
    {"json", "a small JSON object", TY_JSON, 0, 0, -1, 0, GRP_NONE, gen_json, cap_json, 0},
    {"uuid", "a random UUID (version 4), lower case", TY_UUID, 0, 0, -1, 0, GRP_NONE, gen_uuid, cap_uuid, 0},
    FAKE_KINDS_MORE};

const int fake_nkinds = (int)(sizeof(fake_kinds) / sizeof(fake_kinds[0]));

int fake_kind_count(void) {
  return fake_nkinds;
}

int fake_kind_find(const char *zName) {
  int i;
  if (zName == 0) return -1;
  for (i = 0; i < fake_kind_count(); i++) {
    if (sqlite3_stricmp(fake_kinds[i].zName, zName) == 0) return i;
  }
  return -1;
}

int fake_kind_generic(int eType) {
  switch (eType) {
    case TY_INT:
      return 0;
    case TY_REAL:
      return 1;
    case TY_NUMERIC:
      return 2;
    case TY_BOOL:
      return 4;
    case TY_DATE:
      return 5;
    case TY_DATETIME:
      return 6;
    case TY_TIME:
      return 7;
    case TY_BLOB:
      return 8;
    case TY_JSON:
      return 9;
    case TY_UUID:
      return 10;
    default:
      return 3;
  }
}
