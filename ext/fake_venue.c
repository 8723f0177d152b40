/*
** fake_venue.c — where and what is taught: rooms, sites named after their
** city, course titles and time zones.
**
**     room         B-204, Room 12
**     site_name    Denver Distribution Center, Filiale Köln, Agence d'Angers
**     course_title Introduction to Statistics, Organic Chemistry II
**     timezone     America/Chicago for a row in Dallas, Europe/Berlin in de_DE
**
** A site and a time zone read the row's place (GRP_ADDRESS), so that a
** warehouse in Denver is the "Denver Distribution Center" and a user in
** Phoenix lives in America/Phoenix; a time zone beside a country column
** is one of that country's, and a unique one says the row's country and
** city (row.c sets FakeSpec.iCue for each).  A unique site name drives its place
** (fake_group_fill): its u-th value is a city and a form of the name.
*/
#include <string.h>

#include "fake_kinds.h"
SQLITE_EXTENSION_INIT3

/* ---- rooms ------------------------------------------------------------------ */

#define ROOM_BUILDINGS 8 /* A to H */
#define ROOM_FLOORS 9
#define ROOM_PER_FLOOR 40
#define ROOM_CAP ((i64)ROOM_BUILDINGS * ROOM_FLOORS * ROOM_PER_FLOOR)

i64 fake_cap_room(const FakeSpec *s, int *pnLong) {
  (void)s;
  if (pnLong) *pnLong = 5; /* B-204 */
  return ROOM_CAP;
}

/* "B-204": building, floor, room on the floor; "Room 12" one time in four
** when the value need not be distinct.  Low floors are the common ones. */
void fake_gen_room(FakeCtx *c, SydaVal *v) {
  SydaBuf *b = c->pBuf;
  u64 x;
  buf_reset(b);
  if (c->u < 0 && rng_next_below(&c->d, 4) == 0) {
    buf_str(b, "Room ");
    buf_int(b, 1 + (i64)rng_next_zipf(&c->d, 60, 0.6));
    val_text_buf(v, b);
    return;
  }
  if (c->u >= 0) {
    RngPerm perm;
    rng_perm_init(&perm, (u64)ROOM_CAP, c->d.key ^ 0x726f6f6dULL);
    x = rng_perm(&perm, (u64)c->u % (u64)ROOM_CAP);
  } else {
    x = rng_next_below(&c->d, ROOM_BUILDINGS) + ROOM_BUILDINGS * (rng_next_zipf(&c->d, ROOM_FLOORS, 1.0) +
                                                                  ROOM_FLOORS * rng_next_below(&c->d, ROOM_PER_FLOOR));
  }
  buf_putc(b, (char)('A' + x % ROOM_BUILDINGS));
  buf_putc(b, '-');
  buf_int(b, (i64)((x / ROOM_BUILDINGS) % ROOM_FLOORS + 1));
  buf_uint_pad(b, (x / ROOM_BUILDINGS / ROOM_FLOORS) % ROOM_PER_FLOOR + 1, 2);
  val_text_buf(v, b);
}

/* ---- sites ------------------------------------------------------------------ */

/*
** Names of a site by what it is and the locale's language, "{c}" the city;
** written for syda.  The first form of each is the most common.
*/
enum { SITE_WAREHOUSE = 0, SITE_BRANCH, SITE_STORE, SITE_OTHER, SITE__N };
#define SITE_FORMS 4
static const struct {
  const char *zLocale;
  const char *az[SITE__N][SITE_FORMS];
} aSiteForm[] = {
    {"en_US",
     {{"{c} Distribution Center", "{c} Warehouse", "{c} Fulfillment Center", "{c} Depot"},
      {"{c} Branch", "{c} Main Branch", "Downtown {c} Branch", "{c} Office"},
      {"{c} Store", "{c} Downtown", "{c} Mall", "{c} Outlet"},
      {"{c} Site", "{c} Plant", "{c} Campus", "{c} Hub"}}},
    {"de_DE",
     {{"Lager {c}", "Zentrallager {c}", "Logistikzentrum {c}", "Depot {c}"},
      {"Filiale {c}", "Niederlassung {c}", "Geschäftsstelle {c}", "Filiale {c}-Mitte"},
      {"Markt {c}", "Filiale {c}", "{c} Innenstadt", "{c} Zentrum"},
      {"Standort {c}", "Werk {c}", "Campus {c}", "Standort {c}-Nord"}}},
    {"fr_FR",
     {{"Entrepôt de {c}", "Plateforme logistique de {c}", "Dépôt de {c}", "Centre de distribution de {c}"},
      {"Agence de {c}", "Agence de {c} Centre", "Succursale de {c}", "Bureau de {c}"},
      {"Magasin de {c}", "{c} Centre", "Boutique de {c}", "{c} Gare"},
      {"Site de {c}", "Usine de {c}", "Campus de {c}", "Site de {c} Nord"}}},
    {"es_ES",
     {{"Almacén {c}", "Centro logístico {c}", "Almacén central {c}", "Depósito {c}"},
      {"Sucursal {c}", "Oficina {c}", "Sucursal {c} Centro", "Delegación {c}"},
      {"Tienda {c}", "Tienda {c} Centro", "{c} Centro", "Tienda {c} Norte"},
      {"Sede {c}", "Planta {c}", "Campus {c}", "Centro {c}"}}},
    {"ja_JP",
     {{"{c}物流センター", "{c}倉庫", "{c}配送センター", "{c}デポ"},
      {"{c}支店", "{c}営業所", "{c}中央支店", "{c}出張所"},
      {"{c}店", "{c}駅前店", "{c}本店", "{c}中央店"},
      {"{c}事業所", "{c}工場", "{c}キャンパス", "{c}センター"}}},
};
#define N_SITE_LOCALE ((int)(sizeof(aSiteForm) / sizeof(aSiteForm[0])))

/* What a site is from the word infer.c left in zPrefix ("warehouse"). */
static int site_type(const FakeSpec *s) {
  static const char *const azWarehouse[] = {"warehouse", "depot", "distribution", "fulfillment", "dc", 0};
  static const char *const azBranch[] = {"branch", "office", "agency", 0};
  static const char *const azStore[] = {"store", "shop", "outlet", "showroom", 0};
  const char *z = s ? s->zPrefix : 0;
  int i;
  if (z == 0) return SITE_OTHER;
  for (i = 0; azWarehouse[i]; i++)
    if (strcmp(z, azWarehouse[i]) == 0) return SITE_WAREHOUSE;
  for (i = 0; azBranch[i]; i++)
    if (strcmp(z, azBranch[i]) == 0) return SITE_BRANCH;
  for (i = 0; azStore[i]; i++)
    if (strcmp(z, azStore[i]) == 0) return SITE_STORE;
  return SITE_OTHER;
}

static int site_locale(const DictLocale *L) {
  int i;
  for (i = 0; i < N_SITE_LOCALE; i++)
    if (L && strcmp(aSiteForm[i].zLocale, L->zName) == 0) return i;
  return 0;
}

static i64 site_count(const DictLocale *L) {
  return (i64)(L->nCity > 0 ? L->nCity : 1) * SITE_FORMS;
}

void fake_site_drive(FakeGroup *g, const DictLocale *L) {
  i64 u = g->uDrive;
  if (L->nCity <= 0) return;
  g->pCity = &L->aCity[u % L->nCity];
  g->iVariant = (int)((u / L->nCity) % SITE_FORMS);
  g->nOver = u / site_count(L);
}

i64 fake_cap_site_name(const FakeSpec *s, int *pnLong) {
  const DictLocale *L = s && s->pLocale ? s->pLocale : dict_locale("en_US");
  if (pnLong) {
    int i, nCity = 0, nForm = 0, iLoc = site_locale(L), t = site_type(s);
    for (i = 0; i < L->nCity; i++) {
      int n = utf8_chars(L->aCity[i].zCity, (int)strlen(L->aCity[i].zCity));
      if (n > nCity) nCity = n;
    }
    for (i = 0; i < SITE_FORMS; i++) {
      const char *z = aSiteForm[iLoc].az[t][i];
      int n = utf8_chars(z, (int)strlen(z)) - 3;
      if (n > nForm) nForm = n;
    }
    *pnLong = nCity + nForm + 1; /* French "de " may be "d'" */
  }
  return -site_count(L);
}

void fake_gen_site_name(FakeCtx *c, SydaVal *v) {
  const DictLocale *L = fake_locale(c);
  FakeGroup tmp, *g = fake_group_get(c, GRP_ADDRESS, &tmp);
  const char *zForm, *zCity = g->pCity ? g->pCity->zCity : "";
  SydaBuf *b = c->pBuf;
  int iForm;
  if (g == &tmp && c->u >= 0) {
    fake_site_drive(g, L); /* no place in the row: the u-th site */
    zCity = g->pCity ? g->pCity->zCity : "";
  }
  if (g->uDrive >= 0 && (g->isSiteDrive || g == &tmp)) {
    iForm = g->iVariant % SITE_FORMS;
  } else {
    /* the first form most often: 4, 2, 1, 1 */
    int r = (int)rng_next_below(&c->d, 8);
    iForm = r < 4 ? 0 : r < 6 ? 1 : r < 7 ? 2 : 3;
  }
  zForm = aSiteForm[site_locale(L)].az[site_type(c->pSpec)][iForm];
  buf_reset(b);
  while (*zForm) {
    if (strncmp(zForm, "{c}", 3) == 0) {
      buf_str(b, zCity);
      zForm += 3;
    } else if (strncmp(zForm, "de {c}", 6) == 0 && strchr("AEIOUYH", zCity[0]) && zCity[0]) {
      buf_str(b, "d'"); /* Entrepôt d'Angers */
      zForm += 3;
    } else if (strncmp(zForm, "de {c}", 6) == 0 && strncmp(zCity, "\xc3\x89", 2) == 0) {
      buf_str(b, "d'"); /* d'Évry */
      zForm += 3;
    } else {
      buf_putc(b, *zForm++);
    }
  }
  if (g->uDrive >= 0 && (g->isSiteDrive || g == &tmp) && g->nOver > 0) {
    buf_putc(b, ' ');
    buf_int(b, g->nOver + 1);
  }
  val_text_buf(v, b);
}

/* ---- course titles ------------------------------------------------------------ */

/* Subjects taught at schools and universities; written for syda. */
static const char *const azSubject[] = {
    "Statistics",          "Calculus",           "Linear Algebra",       "Organic Chemistry",
    "General Chemistry",   "Biology",            "Cell Biology",         "Genetics",
    "Physics",             "Classical Mechanics", "Electromagnetism",    "Astronomy",
    "Computer Science",    "Programming",        "Data Structures",      "Algorithms",
    "Databases",           "Operating Systems",  "Machine Learning",     "Computer Networks",
    "Software Engineering", "Microeconomics",    "Macroeconomics",       "Accounting",
    "Finance",             "Marketing",          "Management",           "Business Law",
    "Psychology",          "Sociology",          "Anthropology",         "Philosophy",
    "Ethics",              "World History",      "American History",     "European History",
    "Political Science",   "International Relations", "English Literature", "Creative Writing",
    "Academic Writing",    "Public Speaking",    "Spanish",              "French",
    "German",              "Japanese",           "Art History",          "Drawing",
    "Music Theory",        "Film Studies",       "Geography",            "Geology",
    "Environmental Science", "Nutrition",        "Anatomy",              "Physiology",
    "Nursing",             "Public Health",      "Epidemiology",         "Education",
    "Architecture",        "Mechanical Engineering", "Electrical Engineering", "Thermodynamics",
};
#define N_SUBJECT ((int)(sizeof(azSubject) / sizeof(azSubject[0])))
static const char *const azCourseForm[] = {"%s",          "Introduction to %s", "%s I",
                                           "%s II",       "Advanced %s",        "Principles of %s",
                                           "Topics in %s", "Foundations of %s"};
#define N_COURSE_FORM ((int)(sizeof(azCourseForm) / sizeof(azCourseForm[0])))

i64 fake_cap_course_title(const FakeSpec *s, int *pnLong) {
  (void)s;
  if (pnLong) {
    int i, n = 0;
    for (i = 0; i < N_SUBJECT; i++) {
      int k = (int)strlen(azSubject[i]);
      if (k > n) n = k;
    }
    *pnLong = n + 16; /* "Introduction to " */
  }
  return -(i64)N_SUBJECT * N_COURSE_FORM;
}

void fake_gen_course_title(FakeCtx *c, SydaVal *v) {
  SydaBuf *b = c->pBuf;
  int iSub, iForm;
  i64 over = 0;
  const char *zForm;
  if (c->u >= 0) {
    iSub = (int)(c->u % N_SUBJECT);
    iForm = (int)((c->u / N_SUBJECT) % N_COURSE_FORM);
    over = c->u / ((i64)N_SUBJECT * N_COURSE_FORM);
  } else {
    /* a plain subject and an introduction most often */
    static const unsigned char aW[N_COURSE_FORM] = {6, 5, 2, 2, 2, 1, 1, 1};
    int r = (int)rng_next_below(&c->d, 20), k = 0;
    iSub = (int)rng_next_below(&c->d, N_SUBJECT);
    while (k < N_COURSE_FORM - 1 && r >= aW[k])
      r -= aW[k++];
    iForm = k;
  }
  buf_reset(b);
  zForm = azCourseForm[iForm];
  while (*zForm) {
    if (zForm[0] == '%' && zForm[1] == 's') {
      buf_str(b, azSubject[iSub]);
      zForm += 2;
    } else {
      buf_putc(b, *zForm++);
    }
  }
  if (over > 0) {
    buf_putc(b, ' ');
    buf_int(b, over + 1);
  }
  val_text_buf(v, b);
}

/* ---- time zones --------------------------------------------------------------- */

/*
** IANA time zone of each US state (public facts of the tz database; a
** state split between zones gets the zone of most of its people).
*/
static const struct {
  const char zState[3];
  const char *zZone;
} aStateZone[] = {
    {"AK", "America/Anchorage"}, {"AL", "America/Chicago"},     {"AR", "America/Chicago"},
    {"AZ", "America/Phoenix"},   {"CA", "America/Los_Angeles"}, {"CO", "America/Denver"},
    {"HI", "Pacific/Honolulu"},  {"IA", "America/Chicago"},     {"ID", "America/Boise"},
    {"IL", "America/Chicago"},   {"IN", "America/Indiana/Indianapolis"},
    {"KS", "America/Chicago"},   {"LA", "America/Chicago"},     {"MI", "America/Detroit"},
    {"MN", "America/Chicago"},   {"MO", "America/Chicago"},     {"MS", "America/Chicago"},
    {"MT", "America/Denver"},    {"ND", "America/Chicago"},     {"NE", "America/Chicago"},
    {"NM", "America/Denver"},    {"NV", "America/Los_Angeles"}, {"OK", "America/Chicago"},
    {"OR", "America/Los_Angeles"}, {"SD", "America/Chicago"},   {"TN", "America/Chicago"},
    {"TX", "America/Chicago"},   {"UT", "America/Denver"},      {"WA", "America/Los_Angeles"},
    {"WI", "America/Chicago"},   {"WY", "America/Denver"},
};

/*
** The IANA time zones of each country, by its ISO 3166-1 alpha-2 code,
** the one most of its people live in first (public facts of the IANA tz
** database, which is in the public domain: its zone.tab).  Uninhabited
** territories with no zone of their own (BV, HM) are left out.
*/
static const struct {
  const char zCode[3];
  const char *zZones; /* separated by blanks */
} aCountryZone[] = {
    {"AD", "Europe/Andorra"},
    {"AE", "Asia/Dubai"},
    {"AF", "Asia/Kabul"},
    {"AG", "America/Antigua"},
    {"AI", "America/Anguilla"},
    {"AL", "Europe/Tirane"},
    {"AM", "Asia/Yerevan"},
    {"AO", "Africa/Luanda"},
    {"AQ", "Antarctica/McMurdo Antarctica/Palmer Antarctica/Rothera"},
    {"AR", "America/Argentina/Buenos_Aires America/Argentina/Cordoba America/Argentina/Mendoza"},
    {"AS", "Pacific/Pago_Pago"},
    {"AT", "Europe/Vienna"},
    {"AU",
     "Australia/Sydney Australia/Melbourne Australia/Brisbane Australia/Perth Australia/Adelaide "
     "Australia/Hobart Australia/Darwin"},
    {"AW", "America/Aruba"},
    {"AX", "Europe/Mariehamn"},
    {"AZ", "Asia/Baku"},
    {"BA", "Europe/Sarajevo"},
    {"BB", "America/Barbados"},
    {"BD", "Asia/Dhaka"},
    {"BE", "Europe/Brussels"},
    {"BF", "Africa/Ouagadougou"},
    {"BG", "Europe/Sofia"},
    {"BH", "Asia/Bahrain"},
    {"BI", "Africa/Bujumbura"},
    {"BJ", "Africa/Porto-Novo"},
    {"BL", "America/St_Barthelemy"},
    {"BM", "Atlantic/Bermuda"},
    {"BN", "Asia/Brunei"},
    {"BO", "America/La_Paz"},
    {"BQ", "America/Kralendijk"},
    {"BR", "America/Sao_Paulo America/Fortaleza America/Recife America/Bahia America/Manaus America/Belem"},
    {"BS", "America/Nassau"},
    {"BT", "Asia/Thimphu"},
    {"BW", "Africa/Gaborone"},
    {"BY", "Europe/Minsk"},
    {"BZ", "America/Belize"},
    {"CA",
     "America/Toronto America/Vancouver America/Edmonton America/Winnipeg America/Halifax "
     "America/Regina America/St_Johns"},
    {"CC", "Indian/Cocos"},
    {"CD", "Africa/Kinshasa Africa/Lubumbashi"},
    {"CF", "Africa/Bangui"},
    {"CG", "Africa/Brazzaville"},
    {"CH", "Europe/Zurich"},
    {"CI", "Africa/Abidjan"},
    {"CK", "Pacific/Rarotonga"},
    {"CL", "America/Santiago Pacific/Easter"},
    {"CM", "Africa/Douala"},
    {"CN", "Asia/Shanghai Asia/Urumqi"},
    {"CO", "America/Bogota"},
    {"CR", "America/Costa_Rica"},
    {"CU", "America/Havana"},
    {"CV", "Atlantic/Cape_Verde"},
    {"CW", "America/Curacao"},
    {"CX", "Indian/Christmas"},
    {"CY", "Asia/Nicosia"},
    {"CZ", "Europe/Prague"},
    {"DE", "Europe/Berlin"},
    {"DJ", "Africa/Djibouti"},
    {"DK", "Europe/Copenhagen"},
    {"DM", "America/Dominica"},
    {"DO", "America/Santo_Domingo"},
    {"DZ", "Africa/Algiers"},
    {"EC", "America/Guayaquil Pacific/Galapagos"},
    {"EE", "Europe/Tallinn"},
    {"EG", "Africa/Cairo"},
    {"EH", "Africa/El_Aaiun"},
    {"ER", "Africa/Asmara"},
    {"ES", "Europe/Madrid Atlantic/Canary"},
    {"ET", "Africa/Addis_Ababa"},
    {"FI", "Europe/Helsinki"},
    {"FJ", "Pacific/Fiji"},
    {"FK", "Atlantic/Stanley"},
    {"FM", "Pacific/Pohnpei Pacific/Chuuk Pacific/Kosrae"},
    {"FO", "Atlantic/Faroe"},
    {"FR", "Europe/Paris"},
    {"GA", "Africa/Libreville"},
    {"GB", "Europe/London"},
    {"GD", "America/Grenada"},
    {"GE", "Asia/Tbilisi"},
    {"GF", "America/Cayenne"},
    {"GG", "Europe/Guernsey"},
    {"GH", "Africa/Accra"},
    {"GI", "Europe/Gibraltar"},
    {"GL", "America/Nuuk"},
    {"GM", "Africa/Banjul"},
    {"GN", "Africa/Conakry"},
    {"GP", "America/Guadeloupe"},
    {"GQ", "Africa/Malabo"},
    {"GR", "Europe/Athens"},
    {"GS", "Atlantic/South_Georgia"},
    {"GT", "America/Guatemala"},
    {"GU", "Pacific/Guam"},
    {"GW", "Africa/Bissau"},
    {"GY", "America/Guyana"},
    {"HK", "Asia/Hong_Kong"},
    {"HN", "America/Tegucigalpa"},
    {"HR", "Europe/Zagreb"},
    {"HT", "America/Port-au-Prince"},
    {"HU", "Europe/Budapest"},
    {"ID", "Asia/Jakarta Asia/Makassar Asia/Pontianak Asia/Jayapura"},
    {"IE", "Europe/Dublin"},
    {"IL", "Asia/Jerusalem"},
    {"IM", "Europe/Isle_of_Man"},
    {"IN", "Asia/Kolkata"},
    {"IO", "Indian/Chagos"},
    {"IQ", "Asia/Baghdad"},
    {"IR", "Asia/Tehran"},
    {"IS", "Atlantic/Reykjavik"},
    {"IT", "Europe/Rome"},
    {"JE", "Europe/Jersey"},
    {"JM", "America/Jamaica"},
    {"JO", "Asia/Amman"},
    {"JP", "Asia/Tokyo"},
    {"KE", "Africa/Nairobi"},
    {"KG", "Asia/Bishkek"},
    {"KH", "Asia/Phnom_Penh"},
    {"KI", "Pacific/Tarawa Pacific/Kanton Pacific/Kiritimati"},
    {"KM", "Indian/Comoro"},
    {"KN", "America/St_Kitts"},
    {"KP", "Asia/Pyongyang"},
    {"KR", "Asia/Seoul"},
    {"KW", "Asia/Kuwait"},
    {"KY", "America/Cayman"},
    {"KZ", "Asia/Almaty Asia/Aqtobe Asia/Qyzylorda"},
    {"LA", "Asia/Vientiane"},
    {"LB", "Asia/Beirut"},
    {"LC", "America/St_Lucia"},
    {"LI", "Europe/Vaduz"},
    {"LK", "Asia/Colombo"},
    {"LR", "Africa/Monrovia"},
    {"LS", "Africa/Maseru"},
    {"LT", "Europe/Vilnius"},
    {"LU", "Europe/Luxembourg"},
    {"LV", "Europe/Riga"},
    {"LY", "Africa/Tripoli"},
    {"MA", "Africa/Casablanca"},
    {"MC", "Europe/Monaco"},
    {"MD", "Europe/Chisinau"},
    {"ME", "Europe/Podgorica"},
    {"MF", "America/Marigot"},
    {"MG", "Indian/Antananarivo"},
    {"MH", "Pacific/Majuro Pacific/Kwajalein"},
    {"MK", "Europe/Skopje"},
    {"ML", "Africa/Bamako"},
    {"MM", "Asia/Yangon"},
    {"MN", "Asia/Ulaanbaatar Asia/Hovd"},
    {"MO", "Asia/Macau"},
    {"MP", "Pacific/Saipan"},
    {"MQ", "America/Martinique"},
    {"MR", "Africa/Nouakchott"},
    {"MS", "America/Montserrat"},
    {"MT", "Europe/Malta"},
    {"MU", "Indian/Mauritius"},
    {"MV", "Indian/Maldives"},
    {"MW", "Africa/Blantyre"},
    {"MX",
     "America/Mexico_City America/Monterrey America/Tijuana America/Cancun America/Merida "
     "America/Chihuahua America/Hermosillo America/Mazatlan"},
    {"MY", "Asia/Kuala_Lumpur Asia/Kuching"},
    {"MZ", "Africa/Maputo"},
    {"NA", "Africa/Windhoek"},
    {"NC", "Pacific/Noumea"},
    {"NE", "Africa/Niamey"},
    {"NF", "Pacific/Norfolk"},
    {"NG", "Africa/Lagos"},
    {"NI", "America/Managua"},
    {"NL", "Europe/Amsterdam"},
    {"NO", "Europe/Oslo"},
    {"NP", "Asia/Kathmandu"},
    {"NR", "Pacific/Nauru"},
    {"NU", "Pacific/Niue"},
    {"NZ", "Pacific/Auckland Pacific/Chatham"},
    {"OM", "Asia/Muscat"},
    {"PA", "America/Panama"},
    {"PE", "America/Lima"},
    {"PF", "Pacific/Tahiti Pacific/Marquesas Pacific/Gambier"},
    {"PG", "Pacific/Port_Moresby Pacific/Bougainville"},
    {"PH", "Asia/Manila"},
    {"PK", "Asia/Karachi"},
    {"PL", "Europe/Warsaw"},
    {"PM", "America/Miquelon"},
    {"PN", "Pacific/Pitcairn"},
    {"PR", "America/Puerto_Rico"},
    {"PS", "Asia/Hebron Asia/Gaza"},
    {"PT", "Europe/Lisbon Atlantic/Madeira Atlantic/Azores"},
    {"PW", "Pacific/Palau"},
    {"PY", "America/Asuncion"},
    {"QA", "Asia/Qatar"},
    {"RE", "Indian/Reunion"},
    {"RO", "Europe/Bucharest"},
    {"RS", "Europe/Belgrade"},
    {"RU",
     "Europe/Moscow Asia/Yekaterinburg Asia/Novosibirsk Europe/Samara Asia/Krasnoyarsk Asia/Omsk "
     "Asia/Irkutsk Asia/Vladivostok Europe/Kaliningrad Asia/Yakutsk Asia/Magadan Asia/Kamchatka"},
    {"RW", "Africa/Kigali"},
    {"SA", "Asia/Riyadh"},
    {"SB", "Pacific/Guadalcanal"},
    {"SC", "Indian/Mahe"},
    {"SD", "Africa/Khartoum"},
    {"SE", "Europe/Stockholm"},
    {"SG", "Asia/Singapore"},
    {"SH", "Atlantic/St_Helena"},
    {"SI", "Europe/Ljubljana"},
    {"SJ", "Arctic/Longyearbyen"},
    {"SK", "Europe/Bratislava"},
    {"SL", "Africa/Freetown"},
    {"SM", "Europe/San_Marino"},
    {"SN", "Africa/Dakar"},
    {"SO", "Africa/Mogadishu"},
    {"SR", "America/Paramaribo"},
    {"SS", "Africa/Juba"},
    {"ST", "Africa/Sao_Tome"},
    {"SV", "America/El_Salvador"},
    {"SX", "America/Lower_Princes"},
    {"SY", "Asia/Damascus"},
    {"SZ", "Africa/Mbabane"},
    {"TC", "America/Grand_Turk"},
    {"TD", "Africa/Ndjamena"},
    {"TF", "Indian/Kerguelen"},
    {"TG", "Africa/Lome"},
    {"TH", "Asia/Bangkok"},
    {"TJ", "Asia/Dushanbe"},
    {"TK", "Pacific/Fakaofo"},
    {"TL", "Asia/Dili"},
    {"TM", "Asia/Ashgabat"},
    {"TN", "Africa/Tunis"},
    {"TO", "Pacific/Tongatapu"},
    {"TR", "Europe/Istanbul"},
    {"TT", "America/Port_of_Spain"},
    {"TV", "Pacific/Funafuti"},
    {"TW", "Asia/Taipei"},
    {"TZ", "Africa/Dar_es_Salaam"},
    {"UA", "Europe/Kyiv"},
    {"UG", "Africa/Kampala"},
    {"UM", "Pacific/Midway Pacific/Wake"},
    {"US",
     "America/New_York America/Chicago America/Los_Angeles America/Denver America/Phoenix "
     "America/Detroit America/Indiana/Indianapolis America/Boise America/Anchorage Pacific/Honolulu"},
    {"UY", "America/Montevideo"},
    {"UZ", "Asia/Tashkent Asia/Samarkand"},
    {"VA", "Europe/Vatican"},
    {"VC", "America/St_Vincent"},
    {"VE", "America/Caracas"},
    {"VG", "America/Tortola"},
    {"VI", "America/St_Thomas"},
    {"VN", "Asia/Ho_Chi_Minh"},
    {"VU", "Pacific/Efate"},
    {"WF", "Pacific/Wallis"},
    {"WS", "Pacific/Apia"},
    {"YE", "Asia/Aden"},
    {"YT", "Indian/Mayotte"},
    {"ZA", "Africa/Johannesburg"},
    {"ZM", "Africa/Lusaka"},
    {"ZW", "Africa/Harare"},
};
#define N_COUNTRY_ZONE ((int)(sizeof(aCountryZone) / sizeof(aCountryZone[0])))

/* The zones of the country with ISO code zCode, NULL when none is known. */
static const char *country_zones(const char *zCode) {
  int lo = 0, hi = N_COUNTRY_ZONE - 1;
  while (lo <= hi) {
    int mid = (lo + hi) / 2, cmp = strcmp(aCountryZone[mid].zCode, zCode);
    if (cmp == 0) return aCountryZone[mid].zZones;
    if (cmp < 0)
      lo = mid + 1;
    else
      hi = mid - 1;
  }
  return 0;
}

/* Is zone z[0..n) a word of the blank-separated list zList? */
static int zone_in(const char *zList, const char *z, int n) {
  const char *p = zList;
  while (*p) {
    const char *e = strchr(p, ' ');
    int m = e ? (int)(e - p) : (int)strlen(p);
    if (m == n && memcmp(p, z, (size_t)n) == 0) return 1;
    if (!e) break;
    p = e + 1;
  }
  return 0;
}

int fake_zone_country(const char *z, int n) {
  int i;
  for (i = 0; i < N_COUNTRY_ZONE; i++) {
    if (zone_in(aCountryZone[i].zZones, z, n)) return dict_country_find(aCountryZone[i].zCode, 2);
  }
  return -1;
}

int fake_zone_city(const char *z, int n, SydaBuf *b) {
  int i = n;
  while (i > 0 && z[i - 1] != '/')
    i--;
  if (i == 0 || i == n || fake_zone_country(z, n) < 0) return 0;
  buf_reset(b);
  for (; i < n; i++)
    buf_putc(b, z[i] == '_' ? ' ' : z[i]);
  return 1;
}

/* Zones a table of time zones lists, one a row: the most used ones of
** each continent (public facts of the tz database). */
static const char *const azZone[] = {
    "America/New_York",    "America/Chicago",     "America/Denver",      "America/Los_Angeles",
    "America/Phoenix",     "America/Anchorage",   "Pacific/Honolulu",    "America/Toronto",
    "America/Vancouver",   "America/Halifax",     "America/Mexico_City", "America/Bogota",
    "America/Lima",        "America/Santiago",    "America/Sao_Paulo",   "America/Argentina/Buenos_Aires",
    "America/Caracas",     "Europe/London",       "Europe/Dublin",       "Europe/Lisbon",
    "Europe/Madrid",       "Europe/Paris",        "Europe/Brussels",     "Europe/Amsterdam",
    "Europe/Berlin",       "Europe/Zurich",       "Europe/Rome",         "Europe/Vienna",
    "Europe/Prague",       "Europe/Warsaw",       "Europe/Stockholm",    "Europe/Oslo",
    "Europe/Copenhagen",   "Europe/Helsinki",     "Europe/Athens",       "Europe/Bucharest",
    "Europe/Istanbul",     "Europe/Kyiv",         "Europe/Moscow",       "Africa/Casablanca",
    "Africa/Lagos",        "Africa/Cairo",        "Africa/Nairobi",      "Africa/Johannesburg",
    "Asia/Dubai",          "Asia/Tehran",         "Asia/Karachi",        "Asia/Kolkata",
    "Asia/Dhaka",          "Asia/Bangkok",        "Asia/Jakarta",        "Asia/Singapore",
    "Asia/Kuala_Lumpur",   "Asia/Manila",         "Asia/Hong_Kong",      "Asia/Shanghai",
    "Asia/Taipei",         "Asia/Seoul",          "Asia/Tokyo",          "Australia/Perth",
    "Australia/Adelaide",  "Australia/Brisbane",  "Australia/Sydney",    "Australia/Melbourne",
    "Pacific/Auckland",    "Atlantic/Reykjavik",  "Atlantic/Canary",     "UTC",
};
#define N_ZONE ((int)(sizeof(azZone) / sizeof(azZone[0])))

i64 fake_cap_timezone(const FakeSpec *s, int *pnLong) {
  (void)s;
  if (pnLong) *pnLong = 30; /* America/Argentina/Buenos_Aires */
  return N_ZONE;
}

/* The zone of a city of locale L. */
static const char *zone_of_city(const DictLocale *L, const DictCity *p) {
  int i;
  if (strcmp(L->zName, "de_DE") == 0) return "Europe/Berlin";
  if (strcmp(L->zName, "fr_FR") == 0) return "Europe/Paris";
  if (strcmp(L->zName, "ja_JP") == 0) return "Asia/Tokyo";
  if (strcmp(L->zName, "es_ES") == 0) {
    return p && strcmp(p->zRegionCode, "CN") == 0 ? "Atlantic/Canary" : "Europe/Madrid";
  }
  if (p == 0) return "America/New_York";
  if (strcmp(p->zCity, "El Paso") == 0) return "America/Denver"; /* west Texas */
  for (i = 0; i < (int)(sizeof(aStateZone) / sizeof(aStateZone[0])); i++) {
    if (strcmp(aStateZone[i].zState, p->zRegionCode) == 0) return aStateZone[i].zZone;
  }
  return "America/New_York";
}

/*
** The zone of the row's country column (FakeSpec.iCue, CUE_COUNTRY): one
** of that country's, the first (where most of its people live) half the
** time; NULL for the locale's own country (its city's zone then), a
** country not known or none.
*/
static const char *zone_of_row_country(FakeCtx *c) {
  const FakeSpec *s = c->pSpec;
  const FakeRow *r = c->pRow;
  const SydaVal *pv;
  const char *zList, *p, *e;
  int i, k, nZone = 1;
  if (s->eCue != CUE_COUNTRY || s->iCue < 0 || r == 0 || r->aVal == 0) return 0;
  pv = &r->aVal[s->iCue];
  if (pv->eType != SQLITE_TEXT || (i = dict_country_find(pv->z, pv->n)) < 0) return 0;
  if (strcmp(dict_country_code.az[i], fake_locale(c)->zCountryCode) == 0) return 0;
  if ((zList = country_zones(dict_country_code.az[i])) == 0) return 0;
  for (p = zList; *p; p++)
    nZone += *p == ' ';
  k = nZone == 1 || rng_next_below(&c->d, 2) == 0 ? 0 : 1 + (int)rng_next_below(&c->d, (u64)(nZone - 1));
  for (p = zList; k > 0; k--)
    p = strchr(p, ' ') + 1;
  e = strchr(p, ' ');
  if (e == 0) return p;
  buf_reset(c->pBuf);
  buf_append(c->pBuf, p, (int)(e - p));
  return c->pBuf->z;
}

void fake_gen_timezone(FakeCtx *c, SydaVal *v) {
  FakeGroup tmp, *g;
  const char *z;
  if (c->u >= 0) {
    val_text_static(v, azZone[c->u % N_ZONE]);
    return;
  }
  if ((z = zone_of_row_country(c)) != 0) {
    if (z == c->pBuf->z)
      val_text_buf(v, c->pBuf);
    else
      val_text_static(v, z);
    return;
  }
  g = fake_group_get(c, GRP_ADDRESS, &tmp);
  val_text_static(v, zone_of_city(fake_locale(c), g->pCity));
}
