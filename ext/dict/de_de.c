/*
** de_de.c — the de_DE locale: German names, places and formats.
**
** Sources (facts only; the lists and their selection were written for syda):
**   - family names: the ranking of German surnames by number of telephone
**     directory entries as widely published (there is no official surname
**     statistic); weights are approximate, in thousands of entries, rounded;
**   - given names: names common across the birth years of today's
**     population, as in the yearly rankings published by the Gesellschaft für
**     deutsche Sprache (GfdS); weights are rough estimates of living bearers,
**     female and male scaled to equal totals;
**   - cities, Länder and populations: Statistisches Bundesamt (Destatis),
**     Gemeindeverzeichnis, population 2022 in thousands, rounded; postal code
**     leading digits (Deutsche Post) and telephone area codes (Bundesnetzagentur
**     numbering plan) of each city's centre; coordinates rounded to 2 decimals;
**   - e-mail domain, company form, honorific and street type shares are rough
**     estimates written for syda.
*/

#include <stdint.h>

#include "dict.h"

#define COUNT(a) ((int)(sizeof(a) / sizeof(a[0])))
#define LIST(az, w, a) \
  { COUNT(az), az, w, a }
#define SAME_LEN(a, b) _Static_assert(COUNT(a) == COUNT(b), #a " and " #b " differ in length")

/* Given names, female and male scaled to equal totals, most frequent first. */
static const char *const first_az[] = {
    "Michael",    "Thomas",    "Andreas",    "Stefan",    "Andrea",    "Peter",     "Christian", "Sabine",
    "Ursula",     "Klaus",     "Wolfgang",   "Hans",      "Petra",     "Monika",    "Julia",     "Claudia",
    "Susanne",    "Jürgen",    "Markus",     "Martin",    "Frank",     "Matthias",  "Anna",      "Alexander",
    "Daniel",     "Gabriele",  "Karin",      "Werner",    "Sebastian", "Uwe",       "Jan",       "Birgit",
    "Renate",     "Brigitte",  "Christine",  "Martina",   "Nicole",    "Stefanie",  "Laura",     "Lisa",
    "Katharina",  "Maria",     "Dieter",     "Bernd",     "Sandra",    "Sarah",     "Manfred",   "Helga",
    "Ingrid",     "Gerhard",   "Tobias",     "Florian",   "Anja",      "Heike",     "Melanie",   "Barbara",
    "Marie",      "Helmut",    "Horst",      "Karl",      "Christina", "Lena",      "Elke",      "Katrin",
    "Daniela",    "Elisabeth", "Lea",        "Hannah",    "Sven",      "Jörg",      "Heinz",     "Lukas",
    "Kerstin",    "Tanja",     "Angelika",   "Sophie",    "Dirk",      "Ralf",      "Rainer",    "Günter",
    "Jonas",      "Leon",      "Maximilian", "Silke",     "Emma",      "Leonie",    "Simone",    "Joachim",
    "Oliver",     "Felix",     "Philipp",    "Paul",      "Tim",       "David",     "Jessica",   "Jennifer",
    "Manuela",    "Marion",    "Gisela",     "Mia",       "Johanna",   "Nina",      "Patrick",   "Niklas",
    "Julian",     "Jens",      "Johannes",   "Erika",     "Lara",      "Jana",      "Franziska", "Nadine",
    "Ute",        "Thorsten",  "Holger",     "Marco",     "Marcel",    "Christoph", "Bettina",   "Doris",
    "Emilia",     "Anke",      "Annette",    "Beate",     "Jutta",     "Ulrike",    "Kathrin",   "Carsten",
    "Dennis",     "Moritz",    "Fabian",     "Simon",     "Ulrich",    "Inge",      "Lina",      "Clara",
    "Vanessa",    "Yvonne",    "Cornelia",   "Regina",    "Sonja",     "Torsten",   "Kai",       "Benjamin",
    "Lars",       "Robert",    "Harald",     "Norbert",   "Walter",    "Georg",     "Elias",     "Ben",
    "Finn",       "Steffen",   "Nils",       "René",      "Gerd",      "Rolf",      "Noah",      "Luca",
    "Max",        "Dominik",   "Volker",     "Luisa",     "Tina",      "Charlotte", "Sophia",    "Christa",
    "Marianne",   "Björn",     "Pascal",     "Hartmut",   "Erich",     "Kurt",      "Jakob",     "Reinhard",
    "Sascha",     "Timo",      "Kevin",      "Ella",      "Carina",    "Miriam",    "Antje",     "Bianca",
    "Paula",      "Alina",     "Jasmin",     "Dagmar",    "Iris",      "Luis",      "Emil",      "Anton",
    "Erik",       "Herbert",   "Heinrich",   "Friedrich", "Axel",      "Mario",     "Marc",      "Roland",
    "Manuel",     "Janina",    "Astrid",     "Svenja",    "Michelle",  "Amelie",    "Pia",       "Theresa",
    "Helena",     "Ilse",      "Hildegard",  "Rosemarie", "Margarete", "Gudrun",    "Sigrid",    "Marina",
    "Carolin",    "Theo",      "Tom",        "Detlef",    "Siegfried", "Ingo",      "Greta",     "Mila",
    "Nele",       "Marlene",   "Selina",     "Saskia",    "Maren",     "Gertrud",   "Edith",     "Waltraud",
    "Irmgard",    "Heidi",     "Rita",       "Elena",     "Natalie",   "Henry",     "Otto",      "Willi",
    "Fritz",      "Ernst",     "Achim",      "Lothar",    "Matteo",    "Hannes",    "Till",      "Benedikt",
    "Mehmet",     "Hendrik",   "Liselotte",  "Frieda",    "Ida",       "Mathilda",  "Merle",     "Larissa",
    "Jacqueline", "Vincent",   "Konstantin", "Leonard",   "Oskar",     "Mats",      "Wiebke",
};
static const uint32_t first_w[] = {
    27268, 25170, 22024, 19402, 18917, 18878, 18878, 18265, 18265, 17829, 17305, 17305, 16960, 16960, 16960,
    16308, 16308, 15732, 15732, 15732, 15207, 15207, 15003, 14683, 14683, 14351, 14351, 13634, 13634, 13110,
    13110, 13046, 13046, 13046, 13046, 13046, 13046, 13046, 13046, 13046, 13046, 13046, 12585, 12585, 12394,
    12394, 12061, 11742, 11742, 11536, 11536, 11536, 11089, 11089, 11089, 11089, 11089, 11012, 10488, 10488,
    10437, 10437, 9785,  9785,  9785,  9785,  9785,  9785,  9439,  9439,  9439,  9439,  9132,  9132,  9132,
    9132,  8915,  8915,  8915,  8915,  8915,  8915,  8915,  8480,  8480,  8480,  8480,  8390,  8390,  8390,
    7866,  7866,  7866,  7866,  7828,  7828,  7828,  7828,  7828,  7828,  7828,  7828,  7341,  7341,  7341,
    7341,  7341,  7175,  7175,  7175,  7175,  7175,  7175,  6817,  6817,  6817,  6817,  6817,  6523,  6523,
    6523,  6523,  6523,  6523,  6523,  6523,  6523,  6293,  6293,  6293,  6293,  6293,  6293,  5871,  5871,
    5871,  5871,  5871,  5871,  5871,  5871,  5768,  5768,  5768,  5768,  5768,  5768,  5768,  5768,  5768,
    5768,  5768,  5768,  5768,  5244,  5244,  5244,  5244,  5244,  5244,  5244,  5244,  5244,  5219,  5219,
    5219,  5219,  5219,  5219,  4719,  4719,  4719,  4719,  4719,  4719,  4719,  4719,  4719,  4719,  4566,
    4566,  4566,  4566,  4566,  4566,  4566,  4566,  4566,  4566,  4195,  4195,  4195,  4195,  4195,  4195,
    4195,  4195,  4195,  4195,  4195,  4195,  3914,  3914,  3914,  3914,  3914,  3914,  3914,  3914,  3914,
    3914,  3914,  3914,  3914,  3914,  3914,  3914,  3671,  3671,  3671,  3671,  3671,  3262,  3262,  3262,
    3262,  3262,  3262,  3262,  3262,  3262,  3262,  3262,  3262,  3262,  3262,  3262,  3146,  3146,  3146,
    3146,  3146,  3146,  3146,  2622,  2622,  2622,  2622,  2622,  2622,  2609,  2609,  2609,  2609,  2609,
    2609,  2609,  2098,  2098,  2098,  2098,  2098,  1957,
};
SAME_LEN(first_az, first_w);
static const char *const first_ascii[] = {
    "michael",    "thomas",    "andreas",    "stefan",    "andrea",    "peter",     "christian", "sabine",
    "ursula",     "klaus",     "wolfgang",   "hans",      "petra",     "monika",    "julia",     "claudia",
    "susanne",    "juergen",   "markus",     "martin",    "frank",     "matthias",  "anna",      "alexander",
    "daniel",     "gabriele",  "karin",      "werner",    "sebastian", "uwe",       "jan",       "birgit",
    "renate",     "brigitte",  "christine",  "martina",   "nicole",    "stefanie",  "laura",     "lisa",
    "katharina",  "maria",     "dieter",     "bernd",     "sandra",    "sarah",     "manfred",   "helga",
    "ingrid",     "gerhard",   "tobias",     "florian",   "anja",      "heike",     "melanie",   "barbara",
    "marie",      "helmut",    "horst",      "karl",      "christina", "lena",      "elke",      "katrin",
    "daniela",    "elisabeth", "lea",        "hannah",    "sven",      "joerg",     "heinz",     "lukas",
    "kerstin",    "tanja",     "angelika",   "sophie",    "dirk",      "ralf",      "rainer",    "guenter",
    "jonas",      "leon",      "maximilian", "silke",     "emma",      "leonie",    "simone",    "joachim",
    "oliver",     "felix",     "philipp",    "paul",      "tim",       "david",     "jessica",   "jennifer",
    "manuela",    "marion",    "gisela",     "mia",       "johanna",   "nina",      "patrick",   "niklas",
    "julian",     "jens",      "johannes",   "erika",     "lara",      "jana",      "franziska", "nadine",
    "ute",        "thorsten",  "holger",     "marco",     "marcel",    "christoph", "bettina",   "doris",
    "emilia",     "anke",      "annette",    "beate",     "jutta",     "ulrike",    "kathrin",   "carsten",
    "dennis",     "moritz",    "fabian",     "simon",     "ulrich",    "inge",      "lina",      "clara",
    "vanessa",    "yvonne",    "cornelia",   "regina",    "sonja",     "torsten",   "kai",       "benjamin",
    "lars",       "robert",    "harald",     "norbert",   "walter",    "georg",     "elias",     "ben",
    "finn",       "steffen",   "nils",       "rene",      "gerd",      "rolf",      "noah",      "luca",
    "max",        "dominik",   "volker",     "luisa",     "tina",      "charlotte", "sophia",    "christa",
    "marianne",   "bjoern",    "pascal",     "hartmut",   "erich",     "kurt",      "jakob",     "reinhard",
    "sascha",     "timo",      "kevin",      "ella",      "carina",    "miriam",    "antje",     "bianca",
    "paula",      "alina",     "jasmin",     "dagmar",    "iris",      "luis",      "emil",      "anton",
    "erik",       "herbert",   "heinrich",   "friedrich", "axel",      "mario",     "marc",      "roland",
    "manuel",     "janina",    "astrid",     "svenja",    "michelle",  "amelie",    "pia",       "theresa",
    "helena",     "ilse",      "hildegard",  "rosemarie", "margarete", "gudrun",    "sigrid",    "marina",
    "carolin",    "theo",      "tom",        "detlef",    "siegfried", "ingo",      "greta",     "mila",
    "nele",       "marlene",   "selina",     "saskia",    "maren",     "gertrud",   "edith",     "waltraud",
    "irmgard",    "heidi",     "rita",       "elena",     "natalie",   "henry",     "otto",      "willi",
    "fritz",      "ernst",     "achim",      "lothar",    "matteo",    "hannes",    "till",      "benedikt",
    "mehmet",     "hendrik",   "liselotte",  "frieda",    "ida",       "mathilda",  "merle",     "larissa",
    "jacqueline", "vincent",   "konstantin", "leonard",   "oskar",     "mats",      "wiebke",
};
SAME_LEN(first_az, first_ascii);

/* The sex each given name is mostly given to, in the order of first_az:
** 'f', 'm', or 'u' for names given to both; a row's gender and honorific
** follow its person's name. */
static const char first_sex[] =
    "mmmmfmmffmmmfffffmmmmmfmmffmmmmfffffffffffmmffmffmmmfffffmmmffffffffmmmmffffmmmmmmmffffmmmmmmmff"
    "ffffffmmmmmffffffmmmmmfffffffffmmmmmmffffffffmmmmmmmmmmmmmmmmmmmmmmffffffmmmmmmmmmmffffffffffmmm"
    "mmmmmmmmmffffffffffffffffmmmmmfffffffffffffffmmmmmmmmmmmmmfffffffmmmmmf";
_Static_assert(sizeof(first_sex) - 1 == COUNT(first_az), "first_sex and first_az differ in length");

/* Family names, most frequent first. */
static const char *const last_az[] = {
    "Müller",    "Schmidt",   "Schneider", "Fischer",    "Weber",      "Meyer",   "Wagner",     "Becker",
    "Schulz",    "Hoffmann",  "Schäfer",   "Koch",       "Bauer",      "Richter", "Klein",      "Wolf",
    "Schröder",  "Neumann",   "Schwarz",   "Zimmermann", "Braun",      "Krüger",  "Hofmann",    "Hartmann",
    "Lange",     "Schmitt",   "Werner",    "Schmitz",    "Krause",     "Meier",   "Lehmann",    "Schmid",
    "Schulze",   "Maier",     "Köhler",    "Herrmann",   "König",      "Walter",  "Mayer",      "Huber",
    "Kaiser",    "Fuchs",     "Peters",    "Lang",       "Scholz",     "Möller",  "Weiß",       "Jung",
    "Hahn",      "Schubert",  "Vogel",     "Friedrich",  "Keller",     "Günther", "Frank",      "Berger",
    "Winkler",   "Roth",      "Beck",      "Lorenz",     "Baumann",    "Franke",  "Albrecht",   "Schuster",
    "Simon",     "Ludwig",    "Böhm",      "Winter",     "Kraus",      "Martin",  "Schumacher", "Krämer",
    "Vogt",      "Jäger",     "Otto",      "Sommer",     "Groß",       "Seidel",  "Heinrich",   "Brandt",
    "Haas",      "Schreiber", "Graf",      "Schulte",    "Dietrich",   "Ziegler", "Kuhn",       "Kühn",
    "Pohl",      "Engel",     "Horn",      "Busch",      "Bergmann",   "Thomas",  "Voigt",      "Sauer",
    "Arnold",    "Wolff",     "Pfeiffer",  "Lindner",    "Ernst",      "Hübner",  "Kramer",     "Franz",
    "Beyer",     "Seifert",   "Jansen",    "Hermann",    "Böttcher",   "Fiedler", "Götz",       "Thiele",
    "Keßler",    "Ebert",     "Schilling", "Förster",    "Witt",       "Heß",     "Schenk",     "Nowak",
    "Frey",      "Lutz",      "Rudolph",   "Hansen",     "Marx",       "Bock",    "Paul",       "Kirchner",
    "Hein",      "Haase",     "Schröter",  "Wenzel",     "Walther",    "Kurz",    "Berg",       "Maurer",
    "Thiel",     "Kaufmann",  "Ritter",    "Lenz",       "Schultz",    "Wendt",   "Kroll",      "Mohr",
    "Reuter",    "Zimmer",    "Böhme",     "Hoppe",      "Vetter",     "Sander",  "Jakob",      "Menzel",
    "Brinkmann", "Ott",       "Jacobs",    "Schütz",     "Schwab",     "Kunz",    "Behrens",    "Voß",
    "Lindemann", "Petersen",  "Gerlach",   "Fröhlich",   "Nagel",      "Arndt",   "Wegner",     "Schramm",
    "Kunze",     "Noack",     "Unger",     "Bender",     "Adam",       "Riedel",  "Dietz",      "Moser",
    "Mertens",   "Reinhardt", "Jahn",      "Schütte",    "Bartsch",    "Ahrens",  "Martens",    "Krebs",
    "Geiger",    "Schreiner", "Kühne",     "Hauser",     "Weiss",      "Brenner", "Baier",      "Heinz",
    "Marquardt", "Dörr",      "Wirth",     "Hanke",      "Engelhardt", "Sievers", "Rieger",     "Kolb",
    "Ullrich",   "Pietsch",   "Gärtner",   "Schlegel",   "Hartung",    "Bruns",   "Link",
};
static const uint32_t last_w[] = {
    256, 190, 115, 98, 85, 84, 80, 75, 74, 73, 60, 57, 56, 55, 54, 53, 52, 50, 49, 48, 46, 45, 44, 43, 42, 41,
    40,  40,  39,  38, 37, 37, 36, 35, 34, 33, 33, 32, 31, 31, 30, 30, 29, 29, 28, 28, 28, 27, 27, 26, 26, 25,
    25,  24,  24,  24, 23, 23, 23, 22, 22, 22, 21, 21, 21, 20, 20, 20, 20, 19, 19, 19, 19, 18, 18, 18, 18, 17,
    17,  17,  17,  17, 16, 16, 16, 16, 16, 15, 15, 15, 15, 15, 15, 14, 14, 14, 14, 14, 14, 13, 13, 13, 13, 13,
    13,  13,  12,  12, 12, 12, 12, 12, 11, 11, 11, 11, 11, 11, 11, 11, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10,
    10,  10,  9,   9,  9,  9,  9,  9,  9,  9,  9,  9,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  7,  7,  7,
    7,   7,   7,   7,  7,  7,  7,  7,  7,  7,  7,  7,  7,  7,  7,  7,  6,  6,  6,  6,  6,  6,  6,  6,  6,  6,
    6,   6,   6,   6,  6,  6,  5,  5,  5,  5,  5,  5,  5,  5,  5,  5,  5,  5,  5,  5,  5,  5,  5,  5,  5,
};
SAME_LEN(last_az, last_w);
static const char *const last_ascii[] = {
    "mueller",   "schmidt",   "schneider", "fischer",    "weber",      "meyer",    "wagner",     "becker",
    "schulz",    "hoffmann",  "schaefer",  "koch",       "bauer",      "richter",  "klein",      "wolf",
    "schroeder", "neumann",   "schwarz",   "zimmermann", "braun",      "krueger",  "hofmann",    "hartmann",
    "lange",     "schmitt",   "werner",    "schmitz",    "krause",     "meier",    "lehmann",    "schmid",
    "schulze",   "maier",     "koehler",   "herrmann",   "koenig",     "walter",   "mayer",      "huber",
    "kaiser",    "fuchs",     "peters",    "lang",       "scholz",     "moeller",  "weiss",      "jung",
    "hahn",      "schubert",  "vogel",     "friedrich",  "keller",     "guenther", "frank",      "berger",
    "winkler",   "roth",      "beck",      "lorenz",     "baumann",    "franke",   "albrecht",   "schuster",
    "simon",     "ludwig",    "boehm",     "winter",     "kraus",      "martin",   "schumacher", "kraemer",
    "vogt",      "jaeger",    "otto",      "sommer",     "gross",      "seidel",   "heinrich",   "brandt",
    "haas",      "schreiber", "graf",      "schulte",    "dietrich",   "ziegler",  "kuhn",       "kuehn",
    "pohl",      "engel",     "horn",      "busch",      "bergmann",   "thomas",   "voigt",      "sauer",
    "arnold",    "wolff",     "pfeiffer",  "lindner",    "ernst",      "huebner",  "kramer",     "franz",
    "beyer",     "seifert",   "jansen",    "hermann",    "boettcher",  "fiedler",  "goetz",      "thiele",
    "kessler",   "ebert",     "schilling", "foerster",   "witt",       "hess",     "schenk",     "nowak",
    "frey",      "lutz",      "rudolph",   "hansen",     "marx",       "bock",     "paul",       "kirchner",
    "hein",      "haase",     "schroeter", "wenzel",     "walther",    "kurz",     "berg",       "maurer",
    "thiel",     "kaufmann",  "ritter",    "lenz",       "schultz",    "wendt",    "kroll",      "mohr",
    "reuter",    "zimmer",    "boehme",    "hoppe",      "vetter",     "sander",   "jakob",      "menzel",
    "brinkmann", "ott",       "jacobs",    "schuetz",    "schwab",     "kunz",     "behrens",    "voss",
    "lindemann", "petersen",  "gerlach",   "froehlich",  "nagel",      "arndt",    "wegner",     "schramm",
    "kunze",     "noack",     "unger",     "bender",     "adam",       "riedel",   "dietz",      "moser",
    "mertens",   "reinhardt", "jahn",      "schuette",   "bartsch",    "ahrens",   "martens",    "krebs",
    "geiger",    "schreiner", "kuehne",    "hauser",     "weiss",      "brenner",  "baier",      "heinz",
    "marquardt", "doerr",     "wirth",     "hanke",      "engelhardt", "sievers",  "rieger",     "kolb",
    "ullrich",   "pietsch",   "gaertner",  "schlegel",   "hartung",    "bruns",    "link",
};
SAME_LEN(last_az, last_ascii);

/* Street names. */
static const char *const street_az[] = {
    "Haupt",    "Bahnhof",   "Kirch",     "Schul",    "Garten",    "Linden",    "Birken",    "Eichen",
    "Buchen",   "Tannen",    "Ahorn",     "Rosen",    "Tulpen",    "Nelken",    "Flieder",   "Mühlen",
    "Wiesen",   "Feld",      "Wald",      "Berg",     "Tal",       "Brunnen",   "Markt",     "Post",
    "Schloss",  "Burg",      "Sonnen",    "Stern",    "Jahn",      "Goethe",    "Schiller",  "Lessing",
    "Mozart",   "Beethoven", "Bach",      "Kant",     "Herder",    "Uhland",    "Heine",     "Eichendorff",
    "Fontane",  "Humboldt",  "Bismarck",  "Luther",   "Dürer",     "Röntgen",   "Gutenberg", "Kepler",
    "Schubert", "Brahms",    "Haydn",     "Kolping",  "Blumen",    "Kastanien", "Akazien",   "Erlen",
    "Ulmen",    "Weiden",    "Fichten",   "Kiefern",  "Holunder",  "Hasel",     "Acker",     "Anger",
    "Hof",      "Dorf",      "Kloster",   "Friedens", "Industrie", "Gewerbe",   "Hafen",     "Kanal",
    "See",      "Teich",     "Quellen",   "Sand",     "Mittel",    "Lerchen",   "Amsel",     "Drossel",
    "Finken",   "Meisen",    "Schwalben", "Falken",   "Adler",     "Rathaus",   "Park",      "Grenz",
    "Kreuz",    "Schützen",  "Turm",      "Mauer",    "Wasser",    "Heide",     "Moor",      "Sommer",
    "Frühling",
};

/* Street types. */
static const char *const street_type_az[] = {
    "straße", "weg", "allee", "ring", "platz", "gasse", "damm", "pfad", "steig", "ufer",
};
static const uint32_t street_type_w[] = {
    50, 22, 5, 5, 4, 4, 2, 2, 1, 1,
};
SAME_LEN(street_type_az, street_type_w);

/* city, region, region code, postal pattern, phone prefix, lat, lon, population (thousands) */
static const DictCity city[] = {
    {"Berlin", "Berlin", "BE", "10###", "30", 52.52, 13.40, 3755},
    {"Hamburg", "Hamburg", "HH", "20###", "40", 53.55, 9.99, 1892},
    {"München", "Bayern", "BY", "80###", "89", 48.14, 11.58, 1512},
    {"Köln", "Nordrhein-Westfalen", "NW", "50###", "221", 50.94, 6.96, 1084},
    {"Frankfurt am Main", "Hessen", "HE", "60###", "69", 50.11, 8.68, 773},
    {"Stuttgart", "Baden-Württemberg", "BW", "70###", "711", 48.78, 9.18, 633},
    {"Düsseldorf", "Nordrhein-Westfalen", "NW", "40###", "211", 51.23, 6.77, 629},
    {"Leipzig", "Sachsen", "SN", "04###", "341", 51.34, 12.37, 616},
    {"Dortmund", "Nordrhein-Westfalen", "NW", "44###", "231", 51.51, 7.47, 595},
    {"Essen", "Nordrhein-Westfalen", "NW", "45###", "201", 51.46, 7.01, 584},
    {"Bremen", "Bremen", "HB", "28###", "421", 53.08, 8.80, 577},
    {"Dresden", "Sachsen", "SN", "01###", "351", 51.05, 13.74, 563},
    {"Hannover", "Niedersachsen", "NI", "30###", "511", 52.37, 9.73, 545},
    {"Nürnberg", "Bayern", "BY", "90###", "911", 49.45, 11.08, 523},
    {"Duisburg", "Nordrhein-Westfalen", "NW", "47###", "203", 51.43, 6.76, 503},
    {"Bochum", "Nordrhein-Westfalen", "NW", "44###", "234", 51.48, 7.22, 365},
    {"Wuppertal", "Nordrhein-Westfalen", "NW", "42###", "202", 51.26, 7.15, 358},
    {"Bielefeld", "Nordrhein-Westfalen", "NW", "33###", "521", 52.02, 8.53, 338},
    {"Bonn", "Nordrhein-Westfalen", "NW", "53###", "228", 50.74, 7.10, 336},
    {"Münster", "Nordrhein-Westfalen", "NW", "48###", "251", 51.96, 7.63, 320},
    {"Mannheim", "Baden-Württemberg", "BW", "68###", "621", 49.49, 8.47, 315},
    {"Karlsruhe", "Baden-Württemberg", "BW", "76###", "721", 49.01, 8.40, 308},
    {"Augsburg", "Bayern", "BY", "86###", "821", 48.37, 10.90, 300},
    {"Wiesbaden", "Hessen", "HE", "65###", "611", 50.08, 8.24, 283},
    {"Mönchengladbach", "Nordrhein-Westfalen", "NW", "41###", "2161", 51.19, 6.44, 268},
    {"Gelsenkirchen", "Nordrhein-Westfalen", "NW", "45###", "209", 51.51, 7.10, 263},
    {"Aachen", "Nordrhein-Westfalen", "NW", "52###", "241", 50.78, 6.08, 252},
    {"Braunschweig", "Niedersachsen", "NI", "38###", "531", 52.27, 10.52, 251},
    {"Kiel", "Schleswig-Holstein", "SH", "24###", "431", 54.32, 10.14, 247},
    {"Chemnitz", "Sachsen", "SN", "09###", "371", 50.83, 12.92, 248},
    {"Halle (Saale)", "Sachsen-Anhalt", "ST", "06###", "345", 51.48, 11.97, 242},
    {"Magdeburg", "Sachsen-Anhalt", "ST", "39###", "391", 52.13, 11.63, 240},
    {"Freiburg im Breisgau", "Baden-Württemberg", "BW", "79###", "761", 47.99, 7.85, 237},
    {"Krefeld", "Nordrhein-Westfalen", "NW", "47###", "2151", 51.33, 6.56, 228},
    {"Mainz", "Rheinland-Pfalz", "RP", "55###", "6131", 50.00, 8.27, 220},
    {"Lübeck", "Schleswig-Holstein", "SH", "23###", "451", 53.87, 10.69, 218},
    {"Erfurt", "Thüringen", "TH", "99###", "361", 50.98, 11.03, 215},
    {"Oberhausen", "Nordrhein-Westfalen", "NW", "46###", "208", 51.47, 6.85, 210},
    {"Rostock", "Mecklenburg-Vorpommern", "MV", "18###", "381", 54.09, 12.10, 209},
    {"Kassel", "Hessen", "HE", "34###", "561", 51.31, 9.48, 203},
    {"Hagen", "Nordrhein-Westfalen", "NW", "58###", "2331", 51.36, 7.47, 190},
    {"Potsdam", "Brandenburg", "BB", "14###", "331", 52.40, 13.07, 185},
    {"Saarbrücken", "Saarland", "SL", "66###", "681", 49.24, 6.99, 181},
    {"Hamm", "Nordrhein-Westfalen", "NW", "59###", "2381", 51.68, 7.82, 180},
    {"Ludwigshafen am Rhein", "Rheinland-Pfalz", "RP", "67###", "621", 49.48, 8.44, 174},
    {"Mülheim an der Ruhr", "Nordrhein-Westfalen", "NW", "45###", "208", 51.43, 6.88, 172},
    {"Oldenburg", "Niedersachsen", "NI", "26###", "441", 53.14, 8.21, 171},
    {"Osnabrück", "Niedersachsen", "NI", "49###", "541", 52.28, 8.05, 167},
    {"Leverkusen", "Nordrhein-Westfalen", "NW", "51###", "214", 51.03, 6.98, 167},
    {"Heidelberg", "Baden-Württemberg", "BW", "69###", "6221", 49.40, 8.67, 160},
    {"Darmstadt", "Hessen", "HE", "64###", "6151", 49.87, 8.65, 162},
    {"Solingen", "Nordrhein-Westfalen", "NW", "42###", "212", 51.17, 7.08, 160},
    {"Regensburg", "Bayern", "BY", "93###", "941", 49.01, 12.10, 157},
    {"Herne", "Nordrhein-Westfalen", "NW", "44###", "2323", 51.54, 7.22, 157},
    {"Paderborn", "Nordrhein-Westfalen", "NW", "33###", "5251", 51.72, 8.75, 153},
    {"Neuss", "Nordrhein-Westfalen", "NW", "41###", "2131", 51.20, 6.69, 154},
    {"Ingolstadt", "Bayern", "BY", "85###", "841", 48.77, 11.43, 141},
    {"Offenbach am Main", "Hessen", "HE", "63###", "69", 50.10, 8.77, 132},
    {"Würzburg", "Bayern", "BY", "97###", "931", 49.79, 9.95, 128},
    {"Ulm", "Baden-Württemberg", "BW", "89###", "731", 48.40, 9.99, 127},
    {"Heilbronn", "Baden-Württemberg", "BW", "74###", "7131", 49.14, 9.22, 127},
    {"Pforzheim", "Baden-Württemberg", "BW", "75###", "7231", 48.89, 8.70, 127},
    {"Wolfsburg", "Niedersachsen", "NI", "38###", "5361", 52.42, 10.79, 125},
    {"Göttingen", "Niedersachsen", "NI", "37###", "551", 51.54, 9.93, 117},
    {"Bottrop", "Nordrhein-Westfalen", "NW", "46###", "2041", 51.52, 6.93, 117},
    {"Reutlingen", "Baden-Württemberg", "BW", "72###", "7121", 48.49, 9.21, 117},
    {"Koblenz", "Rheinland-Pfalz", "RP", "56###", "261", 50.36, 7.59, 115},
    {"Bremerhaven", "Bremen", "HB", "27###", "471", 53.54, 8.58, 115},
    {"Recklinghausen", "Nordrhein-Westfalen", "NW", "45###", "2361", 51.61, 7.20, 110},
    {"Erlangen", "Bayern", "BY", "91###", "9131", 49.60, 11.00, 113},
    {"Trier", "Rheinland-Pfalz", "RP", "54###", "651", 49.75, 6.64, 111},
    {"Jena", "Thüringen", "TH", "07###", "3641", 50.93, 11.59, 110},
    {"Schwerin", "Mecklenburg-Vorpommern", "MV", "19###", "385", 53.63, 11.41, 98},
    {"Cottbus", "Brandenburg", "BB", "03###", "355", 51.76, 14.33, 99},
    {"Flensburg", "Schleswig-Holstein", "SH", "24###", "461", 54.79, 9.44, 92},
    {"Konstanz", "Baden-Württemberg", "BW", "78###", "7531", 47.66, 9.18, 85},
    {"Bamberg", "Bayern", "BY", "96###", "951", 49.89, 10.89, 78},
    {"Rosenheim", "Bayern", "BY", "83###", "8031", 47.86, 12.12, 64},
    {"Passau", "Bayern", "BY", "94###", "851", 48.57, 13.43, 53},
};

/* Free-mail domains, rough shares. */
static const char *const email_az[] = {
    "gmail.com",  "web.de",     "gmx.de",     "t-online.de", "gmx.net", "outlook.de",  "yahoo.de",
    "hotmail.de", "icloud.com", "freenet.de", "posteo.de",   "mail.de", "outlook.com", "online.de",
};
static const uint32_t email_w[] = {
    28, 18, 16, 10, 6, 4, 4, 3, 4, 2, 1, 1, 2, 1,
};
SAME_LEN(email_az, email_w);

/* Company suffixes, the usual one first. */
static const char *const suffix_az[] = {
    "GmbH", "GmbH & Co. KG", "AG", "KG", "UG (haftungsbeschränkt)", "e.K.", "OHG", "GbR",
};
static const uint32_t suffix_w[] = {
    55, 14, 6, 6, 8, 5, 3, 3,
};
SAME_LEN(suffix_az, suffix_w);

/* Trades of family-named firms (Handwerk, Handel, Dienstleistung), written for syda; shares are rough estimates. */
static const char *const conoun_az[] = {"Logistik", "Bau", "Elektrotechnik", "Maschinenbau", "Immobilien", "Consulting", "Software", "Medien", "Handel", "Haustechnik", "Metallbau", "Steuerberatung", "Automobile", "Druck", "Reisen", "Gebäudereinigung", "Elektro", "Transporte", "Versicherungsmakler", "Dachdeckerei"};
static const uint32_t conoun_w[] = {12, 14, 8, 7, 10, 8, 7, 5, 6, 6, 5, 6, 5, 3, 3, 4, 6, 5, 3, 3};
static const char *const conoun_ascii[] = {"logistik", "bau", "elektrotechnik", "maschinenbau", "immobilien", "consulting", "software", "medien", "handel", "haustechnik", "metallbau", "steuerberatung", "automobile", "druck", "reisen", "gebaeudereinigung", "elektro", "transporte", "versicherungsmakler", "dachdeckerei"};
SAME_LEN(conoun_az, conoun_w);
SAME_LEN(conoun_az, conoun_ascii);

/* Honorifics. */
static const char *const honorific_az[] = {
    "Herr",
    "Frau",
    "Dr.",
    "Prof. Dr.",
};
static const uint32_t honorific_w[] = {
    48,
    46,
    5,
    1,
};
SAME_LEN(honorific_az, honorific_w);
static const char honorific_sex[] = "mfuu"; /* as first_sex */
_Static_assert(sizeof(honorific_sex) - 1 == COUNT(honorific_az), "honorific_sex and honorific_az differ");

const DictLocale dict_locale_de_DE = {
    .zName = "de_DE",
    .zCountry = "Deutschland",
    .zCountryCode = "DE",
    .zCurrency = "EUR",
    .familyFirst = 0,
    .first = LIST(first_az, first_w, first_ascii),
    .last = LIST(last_az, last_w, last_ascii),
    .street = LIST(street_az, 0, 0),
    .streetType = LIST(street_type_az, street_type_w, 0),
    .zStreetFormat = "{s}{t} {n}",
    .zLine2Format = "Wohnung {n}",
    .zPhoneFormat = "0{a} {l}",
    .nCity = COUNT(city),
    .aCity = city,
    .emailDomain = LIST(email_az, email_w, 0),
    .companySuffix = LIST(suffix_az, suffix_w, 0),
    .honorific = LIST(honorific_az, honorific_w, 0),
    .zFirstSex = first_sex,
    .zHonorificSex = honorific_sex,
    .companyNoun = LIST(conoun_az, conoun_w, conoun_ascii),
    .companyNounFirst = 0,
    .zTld = "de",
    .nHouseMax = 160,
    .nPhoneDigits = 10,
};
