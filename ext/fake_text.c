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

/* "a" or "an" before w, by its first sound. */
const char *fake_article(const char *w) {
  /* a vowel letter that sounds "you" or "wa" ("a utility knife", "a
  ** European", "a one-piece"), a silent h ("an hour") */
  static const char *const azA[] = {"uni", "use", "usu", "uti", "ure", "uro", "eu", "one", "once", 0};
  static const char *const azAn[] = {"hour", "honest", "honor", "honour", "heir", 0};
  char ch = w[0];
  int i;
  if (ch >= 'A' && ch <= 'Z') ch = (char)(ch + 32);
  /* "a USB-C hub": a letter read as its name */
  if (ch == 'u' && w[1] >= 'A' && w[1] <= 'Z') return "a";
  for (i = 0; azA[i]; i++) {
    if (sqlite3_strnicmp(w, azA[i], (int)strlen(azA[i])) == 0) return "a";
  }
  for (i = 0; azAn[i]; i++) {
    if (sqlite3_strnicmp(w, azAn[i], (int)strlen(azAn[i])) == 0) return "an";
  }
  return (ch == 'a' || ch == 'e' || ch == 'i' || ch == 'o' || ch == 'u') ? "an" : "a";
}

/* Append words of z as they read inside a sentence: capitalised words and
** hyphened parts in lower case ("Cast Iron Skillet" -> "cast iron skillet",
** "Heavy-Duty" -> "heavy-duty"), acronyms and names as they are ("USB-C",
** "TV", "Bluetooth", "Chelsea"). */
static void in_sentence(SydaBuf *b, const char *z) {
  static const char *const azKeep[] = {"Bluetooth", "Chelsea",    "Scandinavian", "Dutch", "French",
                                       "Oxford",    "Kubernetes", "Wi-Fi",        "Hi-Fi", 0};
  while (*z) {
    const char *e = z, *q;
    int lower = 1, k;
    while (*e && *e != ' ')
      e++;
    for (k = 0; azKeep[k] && lower; k++) {
      if ((int)strlen(azKeep[k]) == (int)(e - z) && strncmp(azKeep[k], z, (size_t)(e - z)) == 0) lower = 0;
    }
    /* every part between hyphens: an upper-case letter, then lower case */
    for (q = z; q < e && lower; q++) {
      int first = q == z || q[-1] == '-';
      if (*q == '-' || *q == '\'') continue;
      if (first ? !(*q >= 'A' && *q <= 'Z') : !(*q >= 'a' && *q <= 'z')) lower = 0;
      if (first && (q + 1 >= e || q[1] == '-')) lower = 0; /* "E-Reader", "T-Shirt" keep a letter */
    }
    for (q = z; q < e; q++)
      buf_putc(b, (lower && *q >= 'A' && *q <= 'Z') ? (char)(*q + 32) : *q);
    if (*e == ' ') buf_putc(b, *e++);
    z = e;
  }
}

/* How a product noun takes an article and a verb: by its last word, a
** plural ("boots": no article, "are"), a mass noun ("coffee", "storage":
** no article, "is") or a countable one ("a speaker", "is"). */
enum { NOUN_ONE = 0, NOUN_MANY, NOUN_MASS };
static int noun_number(const char *z) {
  static const char *const azMass[] = {"Coffee",  "Tea",        "Oil",       "Water",      "Juice",
                                       "Honey",   "Granola",    "Kombucha",  "Sauce",      "Powder",
                                       "Mix",     "Protection", "Detection", "Management", "Security",
                                       "Storage", "Kubernetes", "Analytics", "Cleaner",    0};
  const char *w = strrchr(z, ' ');
  int n, k;
  w = w ? w + 1 : z;
  n = (int)strlen(w);
  for (k = 0; azMass[k]; k++) {
    if (strcmp(w, azMass[k]) == 0) return strcmp(w, "Cleaner") == 0 ? NOUN_ONE : NOUN_MASS;
  }
  return (n > 2 && w[n - 1] == 's' && w[n - 2] != 's') ? NOUN_MANY : NOUN_ONE;
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
      buf_str(b, fake_article(a1));
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
      buf_str(b, fake_article(a1));
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
      buf_str(b, fake_article(a1));
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

/*
** Two sentences about the row's product: what it is ("A compact Bluetooth
** speaker for everyday use.") and how it is sold ("Backed by a two-year
** warranty."); business software and services read like a plan's.
** Templates: {a} the product with its article ("a compact speaker",
** "classic Chelsea boots"), {p} without, {This}, {is}, {does} agreeing.
*/
static void product_description(FakeCtx *c, const FakeGroup *g, SydaBuf *b) {
  static const char *const azGoods[] = {"{a} for everyday use.",
                                        "{This} {p} {is} built to last and easy to care for.",
                                        "{a} that {does} exactly what you need.",
                                        "The {p} you will reach for every day.",
                                        "Our best-selling {p} {is} back in stock.",
                                        "{a}, made with care and tested for years of use."};
  static const char *const azGoodsMore[] = {
      "Ships within two business days.", "Backed by a two-year warranty.",
      "Free returns within 30 days.",    "A customer favorite since its launch.",
      "Makes a thoughtful gift.",        "Available while stocks last."};
  static const char *const azPlan[] = {"{a} for growing teams.", "{a} that scales with your business.",
                                       "Our {p} helps teams work faster, with less risk.",
                                       "Get started with {a}, set up in days, not months.",
                                       "{a} with the controls larger organizations need."};
  static const char *const azPlanMore[] = {"Billed monthly or annually.",
                                           "Includes onboarding and email support.",
                                           "Backed by a 99.9% uptime SLA.",
                                           "Cancel or change plans at any time.",
                                           "Priced per user, with volume discounts.",
                                           "Available in every region."};
  static const char *const azFood[] = {"{a} made from carefully chosen ingredients.",
                                       "Our best-selling {p} {is} back in stock.",
                                       "{a} you will want to keep on hand.", "{a} for your daily routine."};
  static const char *const azFoodMore[] = {"Made in small batches.", "Free shipping on orders over $35.",
                                           "Available while stocks last.", "Store in a cool, dry place."};
  const DictProductLine *pl = &dict_product_line[g->iLine];
  int eKind = pl->eKind;
  const char *zTpl = eKind == DICT_PRODUCT_PLAN         ? azPlan[rng_next_below(&c->d, 5)]
                     : eKind == DICT_PRODUCT_CONSUMABLE ? azFood[rng_next_below(&c->d, 4)]
                                                        : azGoods[rng_next_below(&c->d, 6)];
  const char *zAdj = g->iAdj >= 0 ? pl->adjective.az[g->iAdj] : 0;
  const char *zNoun = pl->noun.az[g->iNoun];
  int eNum = noun_number(zNoun);
  const char *p;
  int start = b->n;
  for (p = zTpl; *p; p++) {
    if (strncmp(p, "{a}", 3) == 0 || strncmp(p, "{p}", 3) == 0) {
      if (p[1] == 'a' && eNum == NOUN_ONE) {
        buf_str(b, fake_article(zAdj ? zAdj : zNoun));
        buf_putc(b, ' ');
      }
      if (zAdj) {
        in_sentence(b, zAdj);
        buf_putc(b, ' ');
      }
      in_sentence(b, zNoun);
      p += 2;
    } else if (strncmp(p, "{This}", 6) == 0) {
      buf_str(b, eNum == NOUN_MANY ? "These" : "This");
      p += 5;
    } else if (strncmp(p, "{is}", 4) == 0) {
      buf_str(b, eNum == NOUN_MANY ? "are" : "is");
      p += 3;
    } else if (strncmp(p, "{does}", 6) == 0) {
      buf_str(b, eNum == NOUN_MANY ? "do" : "does");
      p += 5;
    } else {
      buf_putc(b, *p);
    }
  }
  if (b->n > start && b->z[start] >= 'a' && b->z[start] <= 'z') b->z[start] = (char)(b->z[start] - 32);
  buf_putc(b, ' ');
  buf_str(b, eKind == DICT_PRODUCT_PLAN         ? azPlanMore[rng_next_below(&c->d, 6)]
             : eKind == DICT_PRODUCT_CONSUMABLE ? azFoodMore[rng_next_below(&c->d, 4)]
                                                : azGoodsMore[rng_next_below(&c->d, 6)]);
}

/* Two or three sentences, as many as fit under the column's length; about
** the row's product when it has one. */
void fake_gen_description(FakeCtx *c, SydaVal *v) {
  SydaBuf *b = c->pBuf;
  int nMax = c->pSpec->nLenMax, n = 2 + (int)rng_next_below(&c->d, 2), i;
  const FakeSpec *s = c->pSpec;
  FakeRow *r = c->pRow;
  buf_reset(b);
  if (r && s->iGroup >= 0 && s->iGroup < r->nGroup && r->aGroup[s->iGroup].eGroup == GRP_PRODUCT) {
    int keep;
    product_description(c, fake_group_at(r, s->iGroup), b);
    if (nMax > 0 && utf8_chars(b->z, b->n) > nMax) {
      /* the first sentence alone, if it fits */
      for (keep = 0; keep < b->n && b->z[keep] != '.'; keep++) {
      }
      if (keep + 1 <= nMax) {
        b->n = keep + 1;
        b->z[b->n] = 0;
      }
    }
    val_text_buf(v, b);
    return;
  }
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

FAKE_LIST_CAP(word, dict_word_noun)
FAKE_LIST_CAP(status, dict_status)

/* ---- products ---------------------------------------------------------------- */

i64 fake_product_line_cap(int iLine) {
  const DictProductLine *pl = &dict_product_line[iLine];
  return (i64)pl->noun.n * (1 + pl->adjective.n);
}

/* The lines a row may take: the group's list, else every line (by weight). */
static int product_line_at(const FakeGroup *g, int k) {
  return g->nLine > 0 ? g->aiLine[k] : k;
}
static double product_line_w(const FakeGroup *g, int k) {
  return g->nLine > 0 ? g->aLineW[k] : (double)dict_product_line[k].w;
}

/* Unique: name u (0 if no line has names) - the lines' names one after another, each line's in
** mixed radix (noun, then no adjective or one). */
static int product_unique(FakeGroup *g, int n) {
  i64 total = 0, u;
  int k, iLine = -1;
  const DictProductLine *pl;
  for (k = 0; k < n; k++) {
    int l = product_line_at(g, k);
    if (l >= 0 && product_line_w(g, k) > 0) total += fake_product_line_cap(l);
  }
  if (total <= 0) return 0; /* no line to count: drawn instead */
  g->nOver = g->uDrive / total;
  u = g->uDrive % total;
  for (k = 0; k < n; k++) {
    int l = product_line_at(g, k);
    if (l < 0 || product_line_w(g, k) <= 0) continue;
    iLine = l;
    if (u < fake_product_line_cap(l)) break;
    u -= fake_product_line_cap(l);
  }
  if (iLine < 0) return 0;
  pl = &dict_product_line[iLine];
  g->iLine = iLine;
  g->iNoun = (int)(u % pl->noun.n);
  u /= pl->noun.n;
  g->iAdj = (int)u - 1; /* u is 0 .. adjective.n */
  return 1;
}

/* Index of a weighted pick among n weights w(k). */
static int product_pick(RngDraw *d, const FakeGroup *g, int n, int bAll) {
  double total = 0, x;
  int k, last = -1;
  for (k = 0; k < n; k++)
    total += bAll ? dict_product_line[k].w : product_line_w(g, k);
  x = rng_next_unit(d) * total;
  for (k = 0; k < n; k++) {
    double w = bAll ? dict_product_line[k].w : product_line_w(g, k);
    if (w <= 0) continue;
    last = k;
    if (x < w) break;
    x -= w;
  }
  return last;
}

void fake_product_fill(FakeGroup *g, RngDraw *d) {
  int n = g->nLine > 0 ? g->nLine : dict_product_nline, r;
  const DictProductLine *pl;
  g->isUnmatched = 0;
  g->iAdj = -1;
  if (g->uDrive >= 0 && product_unique(g, n)) return;
  g->iLine = product_line_at(g, product_pick(d, g, n, 0));
  if (g->iLine < 0) {
    /* a listed category that names no line: a store's product */
    g->isUnmatched = 1;
    g->iLine = product_pick(d, g, dict_product_nline, 1);
  }
  pl = &dict_product_line[g->iLine];
  g->iNoun = (int)rng_next_below(d, (u64)pl->noun.n);
  /* an adjective mostly, sometimes the noun alone */
  r = (int)rng_next_below(d, 4);
  if (r > 0) g->iAdj = (int)rng_next_below(d, (u64)pl->adjective.n);
}

i64 fake_cap_product(const FakeSpec *s, int *pnLong) {
  i64 total = 0;
  int k;
  if (pnLong) *pnLong = 0;
  if (s->nNatural > 0) return -s->nNatural;
  for (k = 0; k < dict_product_nline; k++) {
    if (dict_product_line[k].w > 0) total += fake_product_line_cap(k);
  }
  return -total;
}

/* "Compact Bluetooth Speaker": an adjective of the line, its noun. */
void fake_gen_product_name(FakeCtx *c, SydaVal *v) {
  FakeGroup tmp, *g = fake_group_get(c, GRP_PRODUCT, &tmp);
  const DictProductLine *pl = &dict_product_line[g->iLine];
  SydaBuf *b = c->pBuf;
  buf_reset(b);
  if (g->iAdj >= 0) {
    buf_str(b, pl->adjective.az[g->iAdj]);
    buf_putc(b, ' ');
  }
  buf_str(b, pl->noun.az[g->iNoun]);
  if (g->nOver > 0) {
    buf_putc(b, ' ');
    buf_int(b, g->nOver + 1);
  }
  val_text_buf(v, b);
}

/* The category of the row's product; unique ones (a table of categories)
** from the list of categories. */
void fake_gen_product_category(FakeCtx *c, SydaVal *v) {
  FakeGroup tmp, *g;
  if (c->u >= 0) {
    fake_list_value(c, &dict_product_category, v);
    return;
  }
  g = fake_group_get(c, GRP_PRODUCT, &tmp);
  val_text_static(v, dict_product_line[g->iLine].zCategory);
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

#define TITLE_KIND(name, shapes)                        \
  void fake_gen_##name(FakeCtx *c, SydaVal *v) {        \
    title(c, shapes);                                   \
    val_text_buf(v, c->pBuf);                           \
  }                                                     \
  i64 fake_cap_##name(const FakeSpec *s, int *pnLong) { \
    (void)s;                                            \
    if (pnLong) *pnLong = 0;                            \
    return -title_cap(shapes);                          \
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
