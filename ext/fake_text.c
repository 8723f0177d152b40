/*
** fake_text.c — words people read: sentences and descriptions made from
** sentence patterns and word lists (readable English, not lorem ipsum),
** product names, book, album, film and song titles, genres, artists,
** languages and statuses.
**
**     product_name              description
**     Compact Bamboo Desk Lamp  The platform connects every team quickly. ...
**
** Names and titles made from several lists are unique in mixed radix over
** the lists, with shapes whose literal words keep them apart.
*/
#include <string.h>

#include "fake_kinds.h"
SQLITE_EXTENSION_INIT3

static const char *pick(FakeCtx *c, const DictList *l) {
  return dict_pick(l, rng_next(&c->d));
}

/* "a" or "an" before w. */
static const char *article(const char *w) {
  char ch = w[0];
  if (ch >= 'A' && ch <= 'Z') ch = (char)(ch + 32);
  return (ch == 'a' || ch == 'e' || ch == 'i' || ch == 'o' || ch == 'u') ? "an" : "a";
}

/* Append the plural of a noun: box -> boxes, city -> cities, team -> teams. */
static void plural(SydaBuf *b, const char *w) {
  int n = (int)strlen(w);
  char last = n ? w[n - 1] : 0, prev = n > 1 ? w[n - 2] : 0;
  if (last == 'y' && prev && strchr("aeiou", prev) == 0) {
    buf_append(b, w, n - 1);
    buf_str(b, "ies");
  } else if (last == 's' || last == 'x' || last == 'z' || (last == 'h' && (prev == 'c' || prev == 's'))) {
    buf_str(b, w);
    buf_str(b, "es");
  } else {
    buf_str(b, w);
    buf_putc(b, 's');
  }
}

/* One sentence, capitalised and ended with a full stop. */
static void sentence(FakeCtx *c, SydaBuf *b) {
  const char *n1 = pick(c, &dict_word_noun), *n2 = pick(c, &dict_word_noun), *n3 = pick(c, &dict_word_noun);
  const char *v1 = pick(c, &dict_word_verb), *v2 = pick(c, &dict_word_verb);
  const char *a1 = pick(c, &dict_word_adjective), *a2 = pick(c, &dict_word_adjective);
  if (a2 == a1) a2 = pick(c, &dict_word_adjective);
  if (n2 == n1) n2 = pick(c, &dict_word_noun);
  const char *adv = pick(c, &dict_word_adverb);
  int start = b->n;
  switch (rng_next_below(&c->d, 8)) {
    case 0:
      buf_str(b, "The ");
      buf_str(b, n1);
      buf_putc(b, ' ');
      buf_str(b, v1);
      buf_str(b, " the ");
      buf_str(b, n2);
      buf_putc(b, ' ');
      buf_str(b, adv);
      break;
    case 1:
      buf_str(b, article(a1));
      buf_putc(b, ' ');
      buf_str(b, a1);
      buf_putc(b, ' ');
      buf_str(b, n1);
      buf_str(b, " that ");
      buf_str(b, v1);
      buf_str(b, " every ");
      buf_str(b, n2);
      break;
    case 2:
      buf_str(b, "Our ");
      buf_str(b, n1);
      buf_putc(b, ' ');
      buf_str(b, v1);
      buf_str(b, " your ");
      buf_str(b, n2);
      buf_str(b, " and ");
      buf_str(b, v2);
      buf_str(b, " the ");
      buf_str(b, a1);
      buf_putc(b, ' ');
      buf_str(b, n3);
      break;
    case 3:
      buf_str(b, "Each ");
      buf_str(b, n1);
      buf_putc(b, ' ');
      buf_str(b, v1);
      buf_putc(b, ' ');
      buf_str(b, article(a1));
      buf_putc(b, ' ');
      buf_str(b, a1);
      buf_putc(b, ' ');
      buf_str(b, n2);
      buf_putc(b, ' ');
      buf_str(b, adv);
      break;
    case 4:
      buf_str(b, a1);
      buf_str(b, " and ");
      buf_str(b, a2);
      buf_str(b, ", it ");
      buf_str(b, v1);
      buf_str(b, " the ");
      buf_str(b, n1);
      buf_putc(b, ' ');
      buf_str(b, adv);
      break;
    case 5:
      buf_str(b, "Built for ");
      buf_str(b, a1);
      buf_putc(b, ' ');
      plural(b, n1);
      buf_str(b, ", this ");
      buf_str(b, n2);
      buf_putc(b, ' ');
      buf_str(b, v1);
      buf_str(b, " your ");
      buf_str(b, n3);
      break;
    case 6:
      buf_str(b, "Every ");
      buf_str(b, n1);
      buf_putc(b, ' ');
      buf_str(b, v1);
      buf_putc(b, ' ');
      buf_str(b, adv);
      buf_str(b, " with ");
      buf_str(b, article(a1));
      buf_putc(b, ' ');
      buf_str(b, a1);
      buf_putc(b, ' ');
      buf_str(b, n2);
      break;
    default:
      buf_str(b, "This ");
      buf_str(b, a1);
      buf_putc(b, ' ');
      buf_str(b, n1);
      buf_putc(b, ' ');
      buf_str(b, v1);
      buf_putc(b, ' ');
      plural(b, n2);
      buf_str(b, " for ");
      buf_str(b, a2);
      buf_putc(b, ' ');
      plural(b, n3);
      break;
  }
  buf_putc(b, '.');
  if (b->n > start && b->z[start] >= 'a' && b->z[start] <= 'z') b->z[start] = (char)(b->z[start] - 32);
}

void fake_gen_sentence(FakeCtx *c, SydaVal *v) {
  buf_reset(c->pBuf);
  sentence(c, c->pBuf);
  val_text_buf(v, c->pBuf);
}

/* Two or three sentences, as many as fit under the column's length. */
void fake_gen_description(FakeCtx *c, SydaVal *v) {
  SydaBuf *b = c->pBuf;
  int nMax = c->pSpec->nLenMax, n = 2 + (int)rng_next_below(&c->d, 2), i;
  buf_reset(b);
  for (i = 0; i < n; i++) {
    int before = b->n;
    if (i) buf_putc(b, ' ');
    sentence(c, b);
    if (nMax > 0 && i > 0 && utf8_chars(b->z, b->n) > nMax) {
      b->n = before; /* keep whole sentences */
      b->z[b->n] = 0;
      break;
    }
  }
  val_text_buf(v, b);
}

void fake_gen_word(FakeCtx *c, SydaVal *v) {
  fake_list_value(c, &dict_word_noun, v);
}

void fake_gen_status(FakeCtx *c, SydaVal *v) {
  fake_list_value(c, &dict_status, v);
}

/* the most spoken languages, roughly by speakers (public facts) */
static const char *const azLanguage[] = {"English",    "Mandarin Chinese", "Hindi",      "Spanish", "French",
                                         "Arabic",     "Bengali",          "Portuguese", "Russian", "Urdu",
                                         "Indonesian", "German",           "Japanese",   "Swahili", "Marathi",
                                         "Telugu",     "Turkish",          "Tamil",      "Korean",  "Vietnamese",
                                         "Italian",    "Polish",           "Dutch",      "Greek",   "Swedish"};
static const uint32_t aLanguageW[] = {150, 110, 60, 56, 31, 27, 27, 26, 26, 23, 20, 13, 12,
                                      8,   9,   9,  9,  8,  8,  8,  6,  4,  3,  1,  1};
static const DictList dict_language = {(int)(sizeof(azLanguage) / sizeof(azLanguage[0])), azLanguage, aLanguageW,
                                       0};

void fake_gen_language(FakeCtx *c, SydaVal *v) {
  fake_list_value(c, &dict_language, v);
}

FAKE_LIST_CAP(word, dict_word_noun)
FAKE_LIST_CAP(status, dict_status)
FAKE_LIST_CAP(language, dict_language)

/* ---- products ---------------------------------------------------------------- */

i64 fake_cap_product(const FakeSpec *s) {
  (void)s;
  return -((i64)dict_product_adjective.n * dict_product_material.n * dict_product_noun.n);
}

void fake_gen_product_name(FakeCtx *c, SydaVal *v) {
  SydaBuf *b = c->pBuf;
  const DictList *A = &dict_product_adjective, *M = &dict_product_material, *N = &dict_product_noun;
  buf_reset(b);
  if (c->u >= 0) {
    /* Adjective Material Noun, in mixed radix; past them all, a model number */
    i64 u = c->u, nAll = (i64)A->n * M->n * N->n;
    buf_str(b, A->az[u % A->n]);
    buf_putc(b, ' ');
    buf_str(b, M->az[(u / A->n) % M->n]);
    buf_putc(b, ' ');
    buf_str(b, N->az[(u / A->n / M->n) % N->n]);
    if (u >= nAll) {
      buf_putc(b, ' ');
      buf_int(b, u / nAll + 1);
    }
  } else if (rng_next_below(&c->d, 3) == 0) {
    buf_str(b, pick(c, A));
    buf_putc(b, ' ');
    buf_str(b, pick(c, N));
  } else {
    buf_str(b, pick(c, A));
    buf_putc(b, ' ');
    buf_str(b, pick(c, M));
    buf_putc(b, ' ');
    buf_str(b, pick(c, N));
  }
  val_text_buf(v, b);
}

void fake_gen_product_category(FakeCtx *c, SydaVal *v) {
  fake_list_value(c, &dict_product_category, v);
}
FAKE_LIST_CAP(product_category, dict_product_category)

/* ---- titles -------------------------------------------------------------- */

/*
** Shapes of titles: A an adjective, N a noun, P its plural, M a second noun;
** the literal words ("The", "of the") keep the shapes apart.
*/
static const char *const azBookShape[] = {"The A N", "N of the M", "A N", "The N of M", "The M's N", 0};
static const char *const azAlbumShape[] = {"A N", "A P", "N and M", "The A N", 0};
static const char *const azFilmShape[] = {"The N", "A N", "The A N", "Return of the N", "N of the M", 0};
static const char *const azSongShape[] = {"A N", "N", "The N", "A P", "N in the M", 0};

/* Distinct titles of one shape: each word list it uses, multiplied. */
static i64 shape_cap(const char *z) {
  i64 n = dict_title_noun.n;
  if (strchr(z, 'A')) n *= dict_title_adjective.n;
  if (strchr(z, 'M')) n *= dict_title_noun.n;
  return n;
}

static i64 title_cap(const char *const *azShape) {
  i64 n = 0;
  int k;
  for (k = 0; azShape[k]; k++)
    n += shape_cap(azShape[k]);
  return n;
}

/*
** A title of one of the shapes.  With a unique index u, the shapes' titles
** one after another, each shape's words in mixed radix over only the lists
** it uses (so no two u spell the same title); past them all ": Part 2".
*/
static void title(FakeCtx *c, const char *const *azShape) {
  SydaBuf *b = c->pBuf;
  const DictList *A = &dict_title_adjective, *N = &dict_title_noun;
  i64 u = c->u, over = 0;
  int iShape = 0, iA = 0, iN, iN2 = 0, nShapes;
  const char *p;
  for (nShapes = 0; azShape[nShapes]; nShapes++) {
  }
  if (u >= 0) {
    i64 nAll = title_cap(azShape);
    over = u / nAll;
    u %= nAll;
    while (iShape < nShapes - 1 && u >= shape_cap(azShape[iShape]))
      u -= shape_cap(azShape[iShape++]);
    iN = (int)(u % N->n);
    u /= N->n;
    if (strchr(azShape[iShape], 'A')) {
      iA = (int)(u % A->n);
      u /= A->n;
    }
    if (strchr(azShape[iShape], 'M')) iN2 = (int)(u % N->n);
  } else {
    iShape = (int)rng_next_below(&c->d, (u64)nShapes);
    iA = dict_pick_index(A, rng_next(&c->d));
    iN = dict_pick_index(N, rng_next(&c->d));
    iN2 = dict_pick_index(N, rng_next(&c->d));
  }
  buf_reset(b);
  for (p = azShape[iShape]; *p; p++) {
    if (*p == 'A') {
      buf_str(b, A->az[iA]);
    } else if (*p == 'N') {
      buf_str(b, N->az[iN]);
    } else if (*p == 'M') {
      buf_str(b, N->az[iN2]);
    } else if (*p == 'P') {
      plural(b, N->az[iN]);
    } else {
      buf_putc(b, *p);
    }
  }
  if (over > 0) {
    buf_str(b, ": Part ");
    buf_int(b, over + 1);
  }
}

#define TITLE_KIND(name, shapes)                  \
  void fake_gen_##name(FakeCtx *c, SydaVal *v) {  \
    title(c, shapes);                             \
    val_text_buf(v, c->pBuf);                     \
  }                                               \
  i64 fake_cap_##name(const FakeSpec *s) {        \
    (void)s;                                      \
    return -title_cap(shapes);                    \
  }
TITLE_KIND(book_title, azBookShape)
TITLE_KIND(album_title, azAlbumShape)
TITLE_KIND(film_title, azFilmShape)
TITLE_KIND(song_title, azSongShape)

void fake_gen_music_genre(FakeCtx *c, SydaVal *v) {
  fake_list_value(c, &dict_music_genre, v);
}
FAKE_LIST_CAP(music_genre, dict_music_genre)
void fake_gen_film_genre(FakeCtx *c, SydaVal *v) {
  fake_list_value(c, &dict_film_genre, v);
}
FAKE_LIST_CAP(film_genre, dict_film_genre)
void fake_gen_book_genre(FakeCtx *c, SydaVal *v) {
  fake_list_value(c, &dict_book_genre, v);
}
FAKE_LIST_CAP(book_genre, dict_book_genre)

/* A band ("The Silent Harbors", "Velvet Lanterns") or a musician's name. */
void fake_gen_artist(FakeCtx *c, SydaVal *v) {
  SydaBuf *b = c->pBuf;
  const DictLocale *L = fake_locale(c);
  buf_reset(b);
  switch (rng_next_below(&c->d, 3)) {
    case 0:
      buf_str(b, "The ");
      buf_str(b, pick(c, &dict_title_adjective));
      buf_putc(b, ' ');
      plural(b, pick(c, &dict_title_noun));
      break;
    case 1:
      buf_str(b, pick(c, &dict_title_adjective));
      buf_putc(b, ' ');
      plural(b, pick(c, &dict_title_noun));
      break;
    default:
      buf_str(b, dict_pick(&L->first, rng_next(&c->d)));
      buf_putc(b, ' ');
      buf_str(b, dict_pick(&L->last, rng_next(&c->d)));
      break;
  }
  val_text_buf(v, b);
}
