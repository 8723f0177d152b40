/*
** fake_ids.c — machine-shaped values: web addresses, IP and MAC addresses,
** codes, identifiers with real check digits (ISBN-13, IBAN, card numbers
** with a Luhn digit), hashes, colours and files.
**
**     isbn               iban                          credit_card
**     9781402894626      DE44500105175407324931        4539148803436467
**
** With a unique index u, each one is a bijection of u in the bits it has.
*/
#include <string.h>

#include "fake_kinds.h"
SQLITE_EXTENSION_INIT3

static const char hexdig[] = "0123456789abcdef";

/* 64 bits: a bijection of u when u >= 0, else random. */
static u64 ids_bits(FakeCtx *c) {
  return c->u >= 0 ? rng_at(c->d.key, c->u, 0x1d5) : rng_next(&c->d);
}

i64 fake_cap_bits(const FakeSpec *s, int *pnLong) {
  (void)s;
  if (pnLong) *pnLong = 0; /* hashes, IPv6 and MAC addresses, references */
  return -1;
}

/* ---- internet ------------------------------------------------------------ */

void fake_gen_domain(FakeCtx *c, SydaVal *v) {
  buf_reset(c->pBuf);
  fake_company_domain(c, c->pBuf);
  val_text_buf(v, c->pBuf);
}

void fake_gen_url(FakeCtx *c, SydaVal *v) {
  static const char *const azPath[] = {"", "", "", "/about", "/products", "/blog", "/contact", "/pricing"};
  SydaBuf *b = c->pBuf;
  buf_reset(b);
  buf_str(b, "https://www.");
  fake_company_domain(c, b);
  buf_str(b, azPath[rng_next_below(&c->d, 8)]);
  val_text_buf(v, b);
}

i64 fake_cap_ipv4(const FakeSpec *s, int *pnLong) {
  (void)s;
  if (pnLong) *pnLong = 15;
  return (i64)221 * 256 * 256 * 254;
}

void fake_gen_ipv4(FakeCtx *c, SydaVal *v) {
  SydaBuf *b = c->pBuf;
  u64 x;
  int a, o2, o3, o4;
  if (c->u >= 0) {
    /* first octets 1-223 without 10 and 127, in mixed radix */
    x = (u64)c->u;
    a = 1 + (int)(x % 221);
    if (a >= 10) a++;
    if (a >= 127) a++;
    x /= 221;
    o2 = (int)(x % 256);
    x /= 256;
    o3 = (int)(x % 256);
    x /= 256;
    o4 = 1 + (int)(x % 254);
  } else {
    /*
    ** A public unicast address: not 0/8, 10/8 or 127/8, not 100.64/10,
    ** 169.254/16, 172.16/12 or 192.168/16.  Each octet from its own draw
    ** (rng_below reads the high bits, so a shifted word would give 0).
    */
    a = 1 + (int)rng_next_below(&c->d, 223);
    if (a == 10 || a == 127) a += 1;
    o2 = (int)rng_next_below(&c->d, 256);
    if ((a == 100 && o2 >= 64 && o2 < 128) || (a == 169 && o2 == 254) || (a == 172 && o2 >= 16 && o2 < 32) ||
        (a == 192 && o2 == 168)) {
      a += 1;
    }
    o3 = (int)rng_next_below(&c->d, 256);
    o4 = 1 + (int)rng_next_below(&c->d, 254);
  }
  buf_reset(b);
  buf_int(b, a);
  buf_putc(b, '.');
  buf_int(b, o2);
  buf_putc(b, '.');
  buf_int(b, o3);
  buf_putc(b, '.');
  buf_int(b, o4);
  val_text_buf(v, b);
}

void fake_gen_ipv6(FakeCtx *c, SydaVal *v) {
  SydaBuf *b = c->pBuf;
  u64 hi = rng_next(&c->d), lo = ids_bits(c);
  int i;
  buf_reset(b);
  /* global unicast 2000::/3 */
  hi = (hi & 0x1fffffffffffffffULL) | 0x2000000000000000ULL;
  for (i = 0; i < 8; i++) {
    u64 x = i < 4 ? hi >> (48 - 16 * i) : lo >> (48 - 16 * (i - 4));
    unsigned w = (unsigned)(x & 0xffff);
    char z[5];
    int k = 0;
    if (i) buf_putc(b, ':');
    if (w >= 0x1000) z[k++] = hexdig[w >> 12];
    if (w >= 0x100) z[k++] = hexdig[(w >> 8) & 15];
    if (w >= 0x10) z[k++] = hexdig[(w >> 4) & 15];
    z[k++] = hexdig[w & 15];
    buf_append(b, z, k);
  }
  val_text_buf(v, b);
}

void fake_gen_mac_address(FakeCtx *c, SydaVal *v) {
  SydaBuf *b = c->pBuf;
  u64 x;
  int i;
  if (c->u >= 0) {
    /* a bijection of the low 48 bits: odd multiply, xor-shift */
    x = ((u64)c->u * 0x5deece66dULL) & 0xffffffffffffULL;
    x ^= x >> 24;
  } else {
    x = rng_next(&c->d) & 0xffffffffffffULL;
  }
  buf_reset(b);
  for (i = 0; i < 6; i++) {
    unsigned byte = (unsigned)((x >> (40 - 8 * i)) & 255);
    if (i == 0) byte = (byte & 0xfc) | 0x02; /* locally administered, unicast */
    if (i) buf_putc(b, ':');
    buf_putc(b, hexdig[byte >> 4]);
    buf_putc(b, hexdig[byte & 15]);
  }
  val_text_buf(v, b);
}

void fake_gen_user_agent(FakeCtx *c, SydaVal *v) {
  val_text_static(v, dict_pick(&dict_user_agent, rng_next(&c->d)));
}

i64 fake_cap_slug(const FakeSpec *s, int *pnLong) {
  (void)s;
  if (pnLong) *pnLong = 0;
  return -1;
}

void fake_gen_slug(FakeCtx *c, SydaVal *v) {
  SydaBuf *b = c->pBuf;
  int i, n = 2 + (int)rng_next_below(&c->d, 3);
  buf_reset(b);
  for (i = 0; i < n; i++) {
    const char *z = dict_pick(&dict_word_noun, rng_next(&c->d));
    if (i) buf_putc(b, '-');
    for (; *z; z++)
      buf_putc(b, (*z >= 'A' && *z <= 'Z') ? (char)(*z + 32) : (*z == ' ' ? '-' : *z));
  }
  if (c->u >= 0) {
    buf_putc(b, '-');
    buf_int(b, c->u + 1);
  }
  val_text_buf(v, b);
}

/* ---- identifiers --------------------------------------------------------- */

i64 fake_cap_sku(const FakeSpec *s, int *pnLong) {
  (void)s;
  if (pnLong) *pnLong = 9; /* ABC-12345 */
  return (i64)26 * 26 * 26 * 100000;
}

void fake_gen_sku(FakeCtx *c, SydaVal *v) {
  SydaBuf *b = c->pBuf;
  u64 x = c->u >= 0 ? (u64)c->u : rng_next_below(&c->d, (u64)26 * 26 * 26 * 100000);
  int i;
  char z[10];
  buf_reset(b);
  for (i = 0; i < 3; i++) {
    z[i] = (char)('A' + x % 26);
    x /= 26;
  }
  buf_append(b, z, 3);
  buf_putc(b, '-');
  buf_uint_pad(b, x % 100000, 5);
  val_text_buf(v, b);
}

/*
** ISBN-13 prefixes by country (public facts of the ISBN agency's ranges):
** 978-0 and 978-1 English, 979-8 the United States, 978-2 and 979-10
** French, 978-3 German, 978-4 Japan, 978-84 Spain.  Weights are rough
** shares written for syda.
*/
typedef struct IsbnPrefix {
  const char *zPre;
  unsigned w;
} IsbnPrefix;

static const IsbnPrefix *isbn_prefixes(const DictLocale *L, int *pn) {
  static const IsbnPrefix aUS[] = {{"9780", 6}, {"9781", 3}, {"9798", 1}};
  static const IsbnPrefix aDE[] = {{"9783", 1}};
  static const IsbnPrefix aFR[] = {{"9782", 8}, {"97910", 2}};
  static const IsbnPrefix aES[] = {{"97884", 1}};
  static const IsbnPrefix aJP[] = {{"9784", 1}};
  const char *cc = L ? L->zCountryCode : "US";
  if (strcmp(cc, "DE") == 0) return *pn = 1, aDE;
  if (strcmp(cc, "FR") == 0) return *pn = 2, aFR;
  if (strcmp(cc, "ES") == 0) return *pn = 1, aES;
  if (strcmp(cc, "JP") == 0) return *pn = 1, aJP;
  return *pn = 3, aUS;
}

/* Numbers a prefix leaves for the 12 digits before the check digit. */
static i64 isbn_room(const IsbnPrefix *p) {
  i64 n = 1;
  int i;
  for (i = (int)strlen(p->zPre); i < 12; i++)
    n *= 10;
  return n;
}

i64 fake_cap_isbn(const FakeSpec *s, int *pnLong) {
  int n, i;
  const IsbnPrefix *a = isbn_prefixes(s->pLocale, &n);
  i64 cap = 0;
  if (pnLong) *pnLong = 13;
  for (i = 0; i < n; i++)
    cap += isbn_room(&a[i]);
  return cap;
}

void fake_gen_isbn(FakeCtx *c, SydaVal *v) {
  SydaBuf *b = c->pBuf;
  int nPre, k = 0, i, sum = 0, nLen;
  const IsbnPrefix *a = isbn_prefixes(fake_locale(c), &nPre);
  u64 x;
  char d[13];
  if (c->u >= 0) {
    /* the prefixes' ranges one after another: a bijection of u */
    x = (u64)c->u;
    while (k < nPre - 1 && x >= (u64)isbn_room(&a[k])) {
      x -= (u64)isbn_room(&a[k]);
      k++;
    }
  } else {
    unsigned total = 0, t;
    for (i = 0; i < nPre; i++)
      total += a[i].w;
    t = (unsigned)rng_next_below(&c->d, total > 0 ? total : 1);
    while (k < nPre - 1 && t >= a[k].w) {
      t -= a[k].w;
      k++;
    }
    x = rng_next_below(&c->d, (u64)isbn_room(&a[k]));
  }
  nLen = (int)strlen(a[k].zPre);
  memcpy(d, a[k].zPre, (size_t)nLen);
  for (i = 11; i >= nLen; i--) {
    d[i] = (char)('0' + x % 10);
    x /= 10;
  }
  for (i = 0; i < 12; i++)
    sum += (d[i] - '0') * (i % 2 ? 3 : 1);
  d[12] = (char)('0' + (10 - sum % 10) % 10);
  buf_reset(b);
  buf_append(b, d, 13);
  val_text_buf(v, b);
}

i64 fake_cap_iban(const FakeSpec *s, int *pnLong) {
  (void)s;
  if (pnLong) *pnLong = 27;        /* France's, the longest made */
  return (i64)10000000000000000LL; /* the last 16 digits */
}

void fake_gen_iban(FakeCtx *c, SydaVal *v) {
  const DictLocale *L = fake_locale(c);
  SydaBuf *b = c->pBuf;
  const char *cc = L->zCountryCode;
  char bban[40];
  int n, i, mod, chk;
  u64 x, y = rng_next(&c->d);
  if (c->u >= 0) {
    /* the last 16 digits are u, shuffled: distinct by construction */
    RngPerm perm;
    rng_perm_init(&perm, 10000000000000000ULL, c->d.key ^ 0x6962616eULL);
    x = rng_perm(&perm, (u64)c->u % 10000000000000000ULL);
  } else {
    x = rng_next(&c->d);
  }
  /* BBAN length and shape per country: GB has 4 letters of bank code */
  if (strcmp(cc, "GB") == 0) {
    n = 18;
  } else if (strcmp(cc, "FR") == 0) {
    n = 23;
  } else if (strcmp(cc, "ES") == 0) {
    n = 20;
  } else {
    cc = "DE";
    n = 18;
  }
  for (i = 0; i < n; i++) {
    if (strcmp(cc, "GB") == 0 && i < 4) {
      bban[i] = (char)('A' + (y >> (5 * i)) % 26);
    } else if (i < n - 16) {
      y = rng_mix(y + (u64)i);
      bban[i] = (char)('0' + y % 10);
    } else {
      /* the last 16 digits carry x, so distinct u give distinct IBANs */
      bban[i] = (char)('0' + x % 10);
      x /= 10;
    }
  }
  bban[n] = 0;
  /* ISO 13616 check digits: 98 - (BBAN, country, "00" read as one number,
  ** letters as 10..35) mod 97 */
  mod = 0;
  for (i = 0; i < n; i++) {
    char ch = bban[i];
    mod = ch <= '9' ? (mod * 10 + (ch - '0')) % 97 : (mod * 100 + (ch - 'A' + 10)) % 97;
  }
  mod = (mod * 100 + (cc[0] - 'A' + 10)) % 97;
  mod = (mod * 100 + (cc[1] - 'A' + 10)) % 97;
  mod = (mod * 100) % 97;
  chk = 98 - mod;
  buf_reset(b);
  buf_append(b, cc, 2);
  buf_putc(b, (char)('0' + chk / 10));
  buf_putc(b, (char)('0' + chk % 10));
  buf_append(b, bban, n);
  val_text_buf(v, b);
}

/*
** Card numbers in the ranges payment processors publish for testing
** (Visa 4000 00, 4242 42 and 4111 11; Mastercard 5555 55, 2223 00 and
** 5105 10; American Express 3782 82 and 3714 49; Discover 6011 11), so that
** no generated number is a real card: the prefix, random digits and a Luhn
** check digit.  A unique one is u in those ranges one after another, its
** digits shuffled by a keyed permutation.
*/
static const struct {
  const char *zPrefix;
  int nLen;
} aCardRange[] = {{"400000", 16}, {"424242", 16}, {"411111", 16}, {"555555", 16}, {"222300", 16},
                  {"510510", 16}, {"378282", 15}, {"371449", 15}, {"601111", 16}};
#define N_CARD_RANGE ((int)(sizeof(aCardRange) / sizeof(aCardRange[0])))

/* Numbers one range holds: 10 ^ (digits between prefix and check digit). */
static u64 card_room(int k) {
  u64 n = 1;
  int i;
  for (i = (int)strlen(aCardRange[k].zPrefix); i < aCardRange[k].nLen - 1; i++)
    n *= 10;
  return n;
}

i64 fake_cap_credit_card(const FakeSpec *s, int *pnLong) {
  i64 n = 0;
  int k;
  (void)s;
  if (pnLong) *pnLong = 16;
  for (k = 0; k < N_CARD_RANGE; k++)
    n += (i64)card_room(k);
  return n;
}

void fake_gen_credit_card(FakeCtx *c, SydaVal *v) {
  SydaBuf *b = c->pBuf;
  int k = 0, nLen, nPre, i, sum = 0;
  u64 x;
  char d[20];
  if (c->u >= 0) {
    RngPerm perm;
    x = (u64)c->u;
    while (k < N_CARD_RANGE - 1 && x >= card_room(k))
      x -= card_room(k++);
    rng_perm_init(&perm, card_room(k), c->d.key ^ 0x63617264ULL);
    x = rng_perm(&perm, x % card_room(k));
  } else {
    k = (int)rng_next_below(&c->d, N_CARD_RANGE);
    x = rng_next_below(&c->d, card_room(k));
  }
  nLen = aCardRange[k].nLen;
  nPre = (int)strlen(aCardRange[k].zPrefix);
  memcpy(d, aCardRange[k].zPrefix, (size_t)nPre);
  for (i = nLen - 2; i >= nPre; i--) {
    d[i] = (char)('0' + x % 10);
    x /= 10;
  }
  /* Luhn: double every second digit from the right, check digit excluded */
  for (i = nLen - 2; i >= 0; i--) {
    int dd = d[i] - '0';
    if ((nLen - 2 - i) % 2 == 0) {
      dd *= 2;
      if (dd > 9) dd -= 9;
    }
    sum += dd;
  }
  d[nLen - 1] = (char)('0' + (10 - sum % 10) % 10);
  buf_reset(b);
  buf_append(b, d, nLen);
  val_text_buf(v, b);
}

/*
** Letters of a code: as many as a short column holds (CHAR(3): three), else
** five, or more when the column wants at least that many; never more than
** the column allows.  26 ^ letters codes, all of them the same length.
*/
static int code_letters(const FakeSpec *s) {
  int n = s->nLenMax > 0 && s->nLenMax <= 8 ? s->nLenMax : 5;
  if (n < s->nLenMin) n = s->nLenMin < 12 ? s->nLenMin : 12;
  if (s->nLenMax > 0 && n > s->nLenMax) n = s->nLenMax;
  return n;
}

i64 fake_cap_code(const FakeSpec *s, int *pnLong) {
  int n = code_letters(s), i;
  i64 cap = 1;
  for (i = 0; i < n; i++)
    cap *= 26;
  if (pnLong) *pnLong = n;
  return cap;
}

void fake_gen_code(FakeCtx *c, SydaVal *v) {
  int n = code_letters(c->pSpec), i;
  u64 x = c->u >= 0 ? (u64)c->u : rng_next(&c->d);
  char z[12];
  for (i = 0; i < n; i++) {
    z[n - 1 - i] = (char)('A' + x % 26);
    x /= 26;
  }
  buf_reset(c->pBuf);
  buf_append(c->pBuf, z, n);
  val_text_buf(v, c->pBuf);
}

/*
** References take the form the column has room for: "INV-2024-000123" in
** a wide one, "INV-000123" without the year where that does not fit, and
** in a column too short for a prefix and six digits a booking code of its
** length, letters and digits that cannot be misread (CHAR(6): "K7QX2M").
*/
#define REF_FULL 0
#define REF_SHORT 1
#define REF_CODE 2
static const char azRefCode[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; /* 32: no I, O, 0, 1 */

static const char *ref_prefix(const FakeSpec *s) {
  return s->zPrefix && s->zPrefix[0] ? s->zPrefix : "REF";
}

static int ref_form(const FakeSpec *s, int *pnDigit) {
  int nPre = (int)strlen(ref_prefix(s)), L = s->nLenMax;
  if (L <= 0 || L >= nPre + 12) return REF_FULL;
  if (L >= nPre + 7 && L - nPre - 1 <= 18) {
    *pnDigit = L - nPre - 1;
    return REF_SHORT;
  }
  *pnDigit = L < 12 ? L : 12; /* 5 bits a character, 60 in all */
  return REF_CODE;
}

i64 fake_cap_reference(const FakeSpec *s, int *pnLong) {
  int nDigit = 0, eForm = ref_form(s, &nDigit), i;
  i64 n = 1;
  if (pnLong) *pnLong = 0;
  if (eForm == REF_FULL) return -1; /* numbered on and on */
  if (pnLong) *pnLong = s->nLenMax;
  for (i = 0; i < nDigit; i++)
    n *= eForm == REF_SHORT ? 10 : 32;
  return eForm == REF_SHORT ? n - 1 : n;
}

void fake_gen_reference(FakeCtx *c, SydaVal *v) {
  const FakeSpec *s = c->pSpec;
  SydaBuf *b = c->pBuf;
  int nDigit = 0, eForm = ref_form(s, &nDigit), i;
  buf_reset(b);
  if (eForm == REF_CODE) {
    /* u through a bijection of its 5 x nDigit bits: distinct codes that
    ** do not count up */
    u64 mask = ((u64)1 << (5 * nDigit)) - 1, x;
    x = c->u >= 0 ? ((u64)c->u * 0x9e3779b97f4a7c15ULL) & mask : rng_next(&c->d) & mask;
    x ^= x >> (5 * nDigit / 2 + 1);
    for (i = nDigit - 1; i >= 0; i--)
      buf_putc(b, azRefCode[(x >> (5 * i)) & 31]);
    val_text_buf(v, b);
    return;
  }
  buf_str(b, ref_prefix(s));
  buf_putc(b, '-');
  if (eForm == REF_FULL) {
    buf_int(b, 2019 + (i64)rng_next_below(&c->d, 7));
    buf_putc(b, '-');
    nDigit = 6;
  }
  if (c->u >= 0) {
    buf_uint_pad(b, (u64)c->u + 1, nDigit);
  } else if (eForm == REF_FULL) {
    buf_uint_pad(b, rng_next_below(&c->d, 1000000), nDigit);
  } else {
    buf_uint_pad(b, rng_next_below(&c->d, (u64)fake_cap_reference(s, 0)) + 1, nDigit); /* 1 .. 10^nDigit - 1 */
  }
  val_text_buf(v, b);
}


/* ---- hashes ---------------------------------------------------------------- */

static void hex_hash(FakeCtx *c, SydaVal *v, int nHex) {
  SydaBuf *b = c->pBuf;
  u64 x = ids_bits(c);
  int i;
  buf_reset(b);
  for (i = 0; i < nHex; i++) {
    if (i == 16) x = rng_next(&c->d);
    if (i > 16 && i % 16 == 0) x = rng_next(&c->d);
    buf_putc(b, hexdig[(x >> 60) & 15]);
    x <<= 4;
  }
  val_text_buf(v, b);
}

void fake_gen_md5(FakeCtx *c, SydaVal *v) {
  hex_hash(c, v, 32);
}
void fake_gen_sha1(FakeCtx *c, SydaVal *v) {
  hex_hash(c, v, 40);
}
void fake_gen_sha256(FakeCtx *c, SydaVal *v) {
  hex_hash(c, v, 64);
}

/* ---- colours and files ------------------------------------------------------ */

void fake_gen_color(FakeCtx *c, SydaVal *v) {
  fake_list_value(c, &dict_color, v);
}
FAKE_LIST_CAP(color, dict_color)

i64 fake_cap_hex_color(const FakeSpec *s, int *pnLong) {
  (void)s;
  if (pnLong) *pnLong = 7;
  return 1 << 24; /* #000000 to #ffffff */
}

void fake_gen_hex_color(FakeCtx *c, SydaVal *v) {
  SydaBuf *b = c->pBuf;
  u64 x = c->u >= 0 ? (u64)c->u * 0x9e3779b1ULL : rng_next(&c->d);
  int i;
  buf_reset(b);
  buf_putc(b, '#');
  for (i = 5; i >= 0; i--)
    buf_putc(b, hexdig[(x >> (4 * i)) & 15]);
  val_text_buf(v, b);
}

void fake_gen_file_name(FakeCtx *c, SydaVal *v) {
  FakeGroup tmp, *g = fake_group_get(c, GRP_FILE, &tmp);
  SydaBuf *b = c->pBuf;
  buf_reset(b);
  buf_str(b, dict_file_word.az[g->iFileWord]);
  buf_putc(b, rng_next_below(&c->d, 2) ? '_' : '-');
  buf_int(b, c->u >= 0 ? c->u + 1 : (i64)rng_next_below(&c->d, 999) + 1);
  buf_putc(b, '.');
  buf_str(b, dict_file_ext.az[g->iFileType]);
  val_text_buf(v, b);
}

void fake_gen_mime_type(FakeCtx *c, SydaVal *v) {
  FakeGroup tmp, *g = fake_group_get(c, GRP_FILE, &tmp);
  val_text_static(v, dict_mime_type.az[g->iFileType]);
}

void fake_gen_file_extension(FakeCtx *c, SydaVal *v) {
  FakeGroup tmp, *g = fake_group_get(c, GRP_FILE, &tmp);
  val_text_static(v, dict_file_ext.az[g->iFileType]);
}
