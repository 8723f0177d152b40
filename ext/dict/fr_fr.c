/*
** fr_fr.c — the fr_FR locale: French names, places and formats.
**
** Sources (facts only; the lists and their selection were written for syda):
**   - family names: INSEE counts of people born in France 1891-1990 by
**     surname (as published in the INSEE surname files); weights are
**     approximate, in thousands, rounded;
**   - given names: INSEE, Fichier des prénoms (births by first name since
**     1900); weights are rough estimates of living bearers, female and male
**     scaled to equal totals;
**   - cities, régions and populations: INSEE populations légales (municipal
**     population, 2020/2021, in thousands, rounded); postal codes (La Poste,
**     département prefix and the city's usual codes), ISO 3166-2:FR region
**     codes and the ARCEP telephone zone digit (01 Île-de-France, 02 north-
**     west, 03 north-east, 04 south-east, 05 south-west); coordinates rounded to
**     2 decimals;
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
    "Marie",      "Jean",       "Michel",    "Nathalie",    "Pierre",     "Philippe",   "Isabelle",
    "Nicolas",    "Catherine",  "Alain",     "Christophe",  "Thomas",     "Sylvie",     "Françoise",
    "Christine",  "Julie",      "Patrick",   "David",       "Julien",     "Daniel",     "Jacques",
    "Laurent",    "Sébastien",  "Martine",   "Valérie",     "Sophie",     "Céline",     "Stéphanie",
    "Anne",       "Camille",    "Léa",       "Frédéric",    "Stéphane",   "Olivier",    "François",
    "Louis",      "Alexandre",  "Sandrine",  "Manon",       "Sarah",      "Bernard",    "Éric",
    "Lucas",      "Monique",    "Véronique", "Aurélie",     "Émilie",     "Laura",      "Chloé",
    "Emma",       "Thierry",    "Pascal",    "Christian",   "Guillaume",  "Antoine",    "Maxime",
    "Nicole",     "Caroline",   "Pauline",   "Dominique",   "Vincent",    "Romain",     "Jean-Pierre",
    "Jacqueline", "Chantal",    "Patricia",  "Brigitte",    "Marine",     "Laurence",   "Claire",
    "Hélène",     "Charlotte",  "Louise",    "Lucie",       "André",      "Hugo",       "Didier",
    "Gérard",     "Jérôme",     "Kevin",     "Gabriel",     "Léo",        "Nathan",     "Élodie",
    "Audrey",     "Mélanie",    "Virginie",  "Corinne",     "Florence",   "Jeanne",     "Jade",
    "Alice",      "Clara",      "Cécile",    "Claude",      "Bruno",      "Anthony",    "Jean-Claude",
    "Raphaël",    "Jules",      "Arthur",    "Théo",        "Clément",    "Quentin",    "Michèle",
    "Inès",       "Juliette",   "Mathilde",  "Marion",      "Karine",     "Delphine",   "Élisabeth",
    "Gilles",     "Franck",     "Mathieu",   "Paul",        "Alexis",     "Florian",    "Benjamin",
    "Anna",       "Zoé",        "Margaux",   "Anaïs",       "Justine",    "René",       "Serge",
    "Patrice",    "Denis",      "Fabrice",   "Cédric",      "Arnaud",     "Jean-Luc",   "Jean-François",
    "Enzo",       "Baptiste",   "Adrien",    "Jérémy",      "Danielle",   "Annie",      "Lina",
    "Rose",       "Léna",       "Julia",     "Océane",      "Morgane",    "Amandine",   "Jessica",
    "Vanessa",    "Sabrina",    "Agnès",     "Béatrice",    "Emmanuelle", "Eva",        "Noémie",
    "Christiane", "Pascale",    "Fabienne",  "Mickaël",     "Benoît",     "Damien",     "Adam",
    "Mathis",     "Tom",        "Valentin",  "Aurélien",    "Jonathan",   "Sylvain",    "Hervé",
    "Samuel",     "Fabien",     "Emmanuel",  "Josiane",     "Ambre",      "Lou",        "Élise",
    "Romane",     "Margot",     "Salomé",    "Lola",        "Geneviève",  "Evelyne",    "Mireille",
    "Muriel",     "Marcel",     "Jean-Marc", "Jean-Michel", "Noah",       "Ethan",      "Ludovic",
    "Yannick",    "Yves",       "Victor",    "Simon",       "Matthieu",   "Rémi",       "Xavier",
    "Loïc",       "Grégory",    "Cyril",     "Jean-Paul",   "Sacha",      "Joël",       "Henri",
    "Georges",    "Robert",     "Martin",    "Axel",        "Bastien",    "Lionel",     "Thibault",
    "Colette",    "Madeleine",  "Simone",    "Denise",      "Suzanne",    "Yvette",     "Mila",
    "Agathe",     "Maëlys",     "Adèle",     "Elsa",        "Nina",       "Bernadette", "Thérèse",
    "Joëlle",     "Annick",     "Gabin",     "Maël",        "Roger",      "Guy",        "Noé",
    "Marius",     "Odette",     "Iris",      "Gabrielle",   "Ginette",    "Paulette",   "Germaine",
    "Yvonne",     "Marguerite", "Jeannine",  "Victoire",    "Capucine",   "Éléonore",   "Lucienne",
};
static const uint32_t first_w[] = {
    29762, 24651, 20542, 19841, 19721, 18899, 18849, 18077, 16865, 16434, 16434, 16434, 15873, 14881, 14881,
    14881, 14790, 14790, 14790, 13969, 13969, 13969, 13969, 13889, 13889, 13889, 13889, 13889, 13889, 13889,
    13889, 13147, 13147, 13147, 13147, 13147, 13147, 12897, 12897, 12897, 12325, 12325, 12325, 11905, 11905,
    11905, 11905, 11905, 11905, 11905, 11504, 11504, 11504, 11504, 11504, 11504, 10913, 10913, 10913, 10883,
    10682, 10682, 10682, 9921,  9921,  9921,  9921,  9921,  9921,  9921,  9921,  9921,  9921,  9921,  9860,
    9860,  9039,  9039,  9039,  9039,  9039,  9039,  9039,  8929,  8929,  8929,  8929,  8929,  8929,  8929,
    8929,  8929,  8929,  8929,  8217,  8217,  8217,  8217,  8217,  8217,  8217,  8217,  8217,  8217,  7937,
    7937,  7937,  7937,  7937,  7937,  7937,  7937,  7395,  7395,  7395,  7395,  7395,  7395,  7395,  6944,
    6944,  6944,  6944,  6944,  6574,  6574,  6574,  6574,  6574,  6574,  6574,  6574,  6574,  6574,  6574,
    6574,  6574,  5952,  5952,  5952,  5952,  5952,  5952,  5952,  5952,  5952,  5952,  5952,  5952,  5952,
    5952,  5952,  5952,  5952,  5952,  5952,  5952,  5752,  5752,  5752,  5752,  5752,  5752,  5752,  5752,
    5752,  5752,  5752,  5752,  5752,  5752,  4960,  4960,  4960,  4960,  4960,  4960,  4960,  4960,  4960,
    4960,  4960,  4960,  4930,  4930,  4930,  4930,  4930,  4930,  4930,  4930,  4930,  4930,  4930,  4930,
    4930,  4930,  4930,  4930,  4108,  4108,  4108,  4108,  4108,  4108,  4108,  4108,  4108,  4108,  4108,
    3968,  3968,  3968,  3968,  3968,  3968,  3968,  3968,  3968,  3968,  3968,  3968,  3968,  3968,  3968,
    3968,  3287,  3287,  3287,  3287,  3287,  3287,  2976,  2976,  2976,  2976,  2976,  2976,  2976,  2976,
    2976,  1984,  1984,  1984,  1984,
};
SAME_LEN(first_az, first_w);
static const char *const first_ascii[] = {
    "marie",      "jean",       "michel",    "nathalie",   "pierre",     "philippe",   "isabelle",
    "nicolas",    "catherine",  "alain",     "christophe", "thomas",     "sylvie",     "francoise",
    "christine",  "julie",      "patrick",   "david",      "julien",     "daniel",     "jacques",
    "laurent",    "sebastien",  "martine",   "valerie",    "sophie",     "celine",     "stephanie",
    "anne",       "camille",    "lea",       "frederic",   "stephane",   "olivier",    "francois",
    "louis",      "alexandre",  "sandrine",  "manon",      "sarah",      "bernard",    "eric",
    "lucas",      "monique",    "veronique", "aurelie",    "emilie",     "laura",      "chloe",
    "emma",       "thierry",    "pascal",    "christian",  "guillaume",  "antoine",    "maxime",
    "nicole",     "caroline",   "pauline",   "dominique",  "vincent",    "romain",     "jeanpierre",
    "jacqueline", "chantal",    "patricia",  "brigitte",   "marine",     "laurence",   "claire",
    "helene",     "charlotte",  "louise",    "lucie",      "andre",      "hugo",       "didier",
    "gerard",     "jerome",     "kevin",     "gabriel",    "leo",        "nathan",     "elodie",
    "audrey",     "melanie",    "virginie",  "corinne",    "florence",   "jeanne",     "jade",
    "alice",      "clara",      "cecile",    "claude",     "bruno",      "anthony",    "jeanclaude",
    "raphael",    "jules",      "arthur",    "theo",       "clement",    "quentin",    "michele",
    "ines",       "juliette",   "mathilde",  "marion",     "karine",     "delphine",   "elisabeth",
    "gilles",     "franck",     "mathieu",   "paul",       "alexis",     "florian",    "benjamin",
    "anna",       "zoe",        "margaux",   "anais",      "justine",    "rene",       "serge",
    "patrice",    "denis",      "fabrice",   "cedric",     "arnaud",     "jeanluc",    "jeanfrancois",
    "enzo",       "baptiste",   "adrien",    "jeremy",     "danielle",   "annie",      "lina",
    "rose",       "lena",       "julia",     "oceane",     "morgane",    "amandine",   "jessica",
    "vanessa",    "sabrina",    "agnes",     "beatrice",   "emmanuelle", "eva",        "noemie",
    "christiane", "pascale",    "fabienne",  "mickael",    "benoit",     "damien",     "adam",
    "mathis",     "tom",        "valentin",  "aurelien",   "jonathan",   "sylvain",    "herve",
    "samuel",     "fabien",     "emmanuel",  "josiane",    "ambre",      "lou",        "elise",
    "romane",     "margot",     "salome",    "lola",       "genevieve",  "evelyne",    "mireille",
    "muriel",     "marcel",     "jeanmarc",  "jeanmichel", "noah",       "ethan",      "ludovic",
    "yannick",    "yves",       "victor",    "simon",      "matthieu",   "remi",       "xavier",
    "loic",       "gregory",    "cyril",     "jeanpaul",   "sacha",      "joel",       "henri",
    "georges",    "robert",     "martin",    "axel",       "bastien",    "lionel",     "thibault",
    "colette",    "madeleine",  "simone",    "denise",     "suzanne",    "yvette",     "mila",
    "agathe",     "maelys",     "adele",     "elsa",       "nina",       "bernadette", "therese",
    "joelle",     "annick",     "gabin",     "mael",       "roger",      "guy",        "noe",
    "marius",     "odette",     "iris",      "gabrielle",  "ginette",    "paulette",   "germaine",
    "yvonne",     "marguerite", "jeannine",  "victoire",   "capucine",   "eleonore",   "lucienne",
};
SAME_LEN(first_az, first_ascii);

/* The sex each given name is mostly given to, in the order of first_az:
** 'f', 'm', or 'u' for names given to both; a row's gender and honorific
** follow its person's name. */
static const char first_sex[] =
    "fmmfmmfmfmmmffffmmmmmmmffffffffmmmmmmfffmmmfffffffmmmmmmfffummmfffffffffffmmmmmmmmmfffffffffffum"
    "mmmmmmmmffffffffmmmmmmmfffffmmmmmmmmmmmmmffffffffffffffffffffmmmmmmmmmmmmmmffffffffffffmmmmmmmmm"
    "mmmmmmmmmmmmmmmmmmffffffffffffffffmmmmmmfffffffffffff";
_Static_assert(sizeof(first_sex) - 1 == COUNT(first_az), "first_sex and first_az differ in length");

/* Family names, most frequent first. */
static const char *const last_az[] = {
    "Martin",    "Bernard",    "Thomas",   "Petit",       "Robert",     "Richard",   "Durand",
    "Dubois",    "Moreau",     "Laurent",  "Simon",       "Michel",     "Lefebvre",  "Leroy",
    "Roux",      "David",      "Bertrand", "Morel",       "Fournier",   "Girard",    "Bonnet",
    "Dupont",    "Lambert",    "Fontaine", "Rousseau",    "Vincent",    "Muller",    "Lefèvre",
    "Faure",     "André",      "Mercier",  "Blanc",       "Guérin",     "Boyer",     "Garnier",
    "Chevalier", "François",   "Legrand",  "Gauthier",    "Garcia",     "Perrin",    "Robin",
    "Clément",   "Morin",      "Nicolas",  "Henry",       "Roussel",    "Mathieu",   "Gautier",
    "Masson",    "Marchand",   "Duval",    "Denis",       "Dumont",     "Marie",     "Lemaire",
    "Noël",      "Meyer",      "Dufour",   "Meunier",     "Brun",       "Blanchard", "Giraud",
    "Joly",      "Rivière",    "Lucas",    "Brunet",      "Gaillard",   "Barbier",   "Arnaud",
    "Martinez",  "Gérard",     "Roche",    "Renard",      "Schmitt",    "Roy",       "Leroux",
    "Colin",     "Vidal",      "Caron",    "Picard",      "Roger",      "Fabre",     "Aubert",
    "Lemoine",   "Renaud",     "Dumas",    "Lacroix",     "Olivier",    "Philippe",  "Bourgeois",
    "Pierre",    "Benoît",     "Rey",      "Leclerc",     "Payet",      "Rolland",   "Leclercq",
    "Guillaume", "Lecomte",    "Lopez",    "Jean",        "Dupuy",      "Guillot",   "Hubert",
    "Berger",    "Carpentier", "Sanchez",  "Dupuis",      "Moulin",     "Louis",     "Deschamps",
    "Huet",      "Vasseur",    "Perez",    "Boucher",     "Fleury",     "Royer",     "Klein",
    "Jacquet",   "Adam",       "Paris",    "Poirier",     "Marty",      "Aubry",     "Guyot",
    "Carré",     "Charles",    "Renault",  "Charpentier", "Ménard",     "Maillard",  "Baron",
    "Bertin",    "Bailly",     "Hervé",    "Schneider",   "Fernandez",  "Le Gall",   "Collet",
    "Léger",     "Bouvier",    "Julien",   "Prévost",     "Millet",     "Perrot",    "Daniel",
    "Le Roux",   "Cousin",     "Germain",  "Breton",      "Besson",     "Langlois",  "Rémy",
    "Le Goff",   "Pelletier",  "Lévêque",  "Perrier",     "Leblanc",    "Barré",     "Lebrun",
    "Marchal",   "Weber",      "Mallet",   "Hamon",       "Boulanger",  "Jacob",     "Monnier",
    "Michaud",   "Rodriguez",  "Guichard", "Gillet",      "Étienne",    "Grondin",   "Poulain",
    "Tessier",   "Chevallier", "Collin",   "Chauvin",     "Da Silva",   "Bouchet",   "Gay",
    "Lemaître",  "Bénard",     "Maréchal", "Humbert",     "Reynaud",    "Antoine",   "Hoarau",
    "Perret",    "Barthélemy", "Cordier",  "Pichon",      "Lejeune",    "Gilbert",   "Lamy",
    "Delaunay",  "Pasquier",   "Carlier",  "Laporte",     "Dos Santos", "Lebon",     "Texier",
    "Lemercier", "Navarro",    "Bouvet",   "Marchetti",   "Rossi",
};
static const uint32_t last_w[] = {
    235, 105, 96, 92, 91, 90, 85, 84, 83, 80, 79, 78, 77, 76, 72, 70, 69, 68, 67, 66, 64, 63, 62, 61, 60, 59,
    58,  57,  56, 55, 54, 53, 52, 51, 50, 49, 48, 47, 46, 45, 44, 43, 43, 42, 41, 40, 40, 39, 39, 38, 38, 37,
    37,  36,  36, 35, 35, 34, 34, 33, 33, 32, 32, 31, 31, 30, 30, 30, 29, 29, 29, 28, 28, 27, 27, 27, 26, 26,
    26,  25,  25, 25, 24, 24, 24, 23, 23, 23, 22, 22, 22, 21, 21, 21, 20, 20, 20, 20, 19, 19, 19, 19, 18, 18,
    18,  18,  17, 17, 17, 17, 16, 16, 16, 16, 15, 15, 15, 15, 15, 14, 14, 14, 14, 14, 13, 13, 13, 13, 13, 13,
    12,  12,  12, 12, 12, 12, 12, 11, 11, 11, 11, 11, 11, 11, 11, 11, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10,
    10,  10,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,
    8,   8,   8,  8,  8,  8,  7,  7,  7,  7,  7,  7,  7,  7,  7,  7,  7,  7,  6,  6,  6,  6,  6,  6,  5,  5,
};
SAME_LEN(last_az, last_w);
static const char *const last_ascii[] = {
    "martin",    "bernard",    "thomas",   "petit",       "robert",    "richard",   "durand",
    "dubois",    "moreau",     "laurent",  "simon",       "michel",    "lefebvre",  "leroy",
    "roux",      "david",      "bertrand", "morel",       "fournier",  "girard",    "bonnet",
    "dupont",    "lambert",    "fontaine", "rousseau",    "vincent",   "muller",    "lefevre",
    "faure",     "andre",      "mercier",  "blanc",       "guerin",    "boyer",     "garnier",
    "chevalier", "francois",   "legrand",  "gauthier",    "garcia",    "perrin",    "robin",
    "clement",   "morin",      "nicolas",  "henry",       "roussel",   "mathieu",   "gautier",
    "masson",    "marchand",   "duval",    "denis",       "dumont",    "marie",     "lemaire",
    "noel",      "meyer",      "dufour",   "meunier",     "brun",      "blanchard", "giraud",
    "joly",      "riviere",    "lucas",    "brunet",      "gaillard",  "barbier",   "arnaud",
    "martinez",  "gerard",     "roche",    "renard",      "schmitt",   "roy",       "leroux",
    "colin",     "vidal",      "caron",    "picard",      "roger",     "fabre",     "aubert",
    "lemoine",   "renaud",     "dumas",    "lacroix",     "olivier",   "philippe",  "bourgeois",
    "pierre",    "benoit",     "rey",      "leclerc",     "payet",     "rolland",   "leclercq",
    "guillaume", "lecomte",    "lopez",    "jean",        "dupuy",     "guillot",   "hubert",
    "berger",    "carpentier", "sanchez",  "dupuis",      "moulin",    "louis",     "deschamps",
    "huet",      "vasseur",    "perez",    "boucher",     "fleury",    "royer",     "klein",
    "jacquet",   "adam",       "paris",    "poirier",     "marty",     "aubry",     "guyot",
    "carre",     "charles",    "renault",  "charpentier", "menard",    "maillard",  "baron",
    "bertin",    "bailly",     "herve",    "schneider",   "fernandez", "legall",    "collet",
    "leger",     "bouvier",    "julien",   "prevost",     "millet",    "perrot",    "daniel",
    "leroux",    "cousin",     "germain",  "breton",      "besson",    "langlois",  "remy",
    "legoff",    "pelletier",  "leveque",  "perrier",     "leblanc",   "barre",     "lebrun",
    "marchal",   "weber",      "mallet",   "hamon",       "boulanger", "jacob",     "monnier",
    "michaud",   "rodriguez",  "guichard", "gillet",      "etienne",   "grondin",   "poulain",
    "tessier",   "chevallier", "collin",   "chauvin",     "dasilva",   "bouchet",   "gay",
    "lemaitre",  "benard",     "marechal", "humbert",     "reynaud",   "antoine",   "hoarau",
    "perret",    "barthelemy", "cordier",  "pichon",      "lejeune",   "gilbert",   "lamy",
    "delaunay",  "pasquier",   "carlier",  "laporte",     "dossantos", "lebon",     "texier",
    "lemercier", "navarro",    "bouvet",   "marchetti",   "rossi",
};
SAME_LEN(last_az, last_ascii);

/* Street names. */
static const char *const street_az[] = {
    "de la Paix",
    "Victor Hugo",
    "Jean Jaurès",
    "de la République",
    "du Général de Gaulle",
    "Pasteur",
    "des Lilas",
    "du Moulin",
    "de la Gare",
    "de l'Église",
    "des Écoles",
    "du Château",
    "Voltaire",
    "Gambetta",
    "Jules Ferry",
    "Émile Zola",
    "de Verdun",
    "du Stade",
    "des Acacias",
    "des Tilleuls",
    "des Roses",
    "du Port",
    "Carnot",
    "Foch",
    "Clemenceau",
    "de la Liberté",
    "du Commerce",
    "des Jardins",
    "du Lavoir",
    "de la Fontaine",
    "du Marché",
    "Saint-Martin",
    "Saint-Jacques",
    "Molière",
    "Anatole France",
    "Jean Moulin",
    "Pierre Curie",
    "Marie Curie",
    "d'Alsace-Lorraine",
    "de la Mairie",
    "du Four",
    "des Prés",
    "des Vignes",
    "du Bois",
    "de la Forêt",
    "des Peupliers",
    "des Chênes",
    "du Pont",
    "de la Poste",
    "Lamartine",
    "Racine",
    "La Fayette",
    "Denfert-Rochereau",
    "du 8 Mai 1945",
    "du 11 Novembre",
    "de Paris",
    "de Lyon",
    "de Bretagne",
    "des Cerisiers",
    "du Soleil",
    "Berlioz",
    "Thiers",
    "Danton",
    "Condorcet",
    "Montesquieu",
    "Rabelais",
    "Paul Bert",
    "Aristide Briand",
    "de la Croix",
    "des Fleurs",
    "du Centre",
    "de l'Hôpital",
    "des Mimosas",
    "du Maréchal Leclerc",
    "de Strasbourg",
    "Nationale",
    "des Platanes",
    "du Parc",
    "de la Source",
    "des Alpes",
    "de la Libération",
    "des Vergers",
    "Saint-Michel",
    "Gustave Eiffel",
    "Louis Blériot",
    "Charles Péguy",
    "de Provence",
};

/* Street types. */
static const char *const street_type_az[] = {
    "Rue", "Avenue", "Chemin", "Boulevard", "Impasse", "Allée", "Route", "Place", "Quai", "Cours",
};
static const uint32_t street_type_w[] = {
    55, 12, 7, 6, 6, 5, 5, 4, 1, 1,
};
SAME_LEN(street_type_az, street_type_w);

/* city, region, region code, postal pattern, phone prefix, lat, lon, population (thousands) */
static const DictCity city[] = {
    {"Paris", "Île-de-France", "IDF", "7500#", "1", 48.86, 2.35, 1067},
    {"Paris", "Île-de-France", "IDF", "7501#", "1", 48.86, 2.35, 1066},
    {"Marseille", "Provence-Alpes-Côte d'Azur", "PAC", "1300#", "4", 43.30, 5.37, 437},
    {"Marseille", "Provence-Alpes-Côte d'Azur", "PAC", "1301#", "4", 43.30, 5.37, 436},
    {"Lyon", "Auvergne-Rhône-Alpes", "ARA", "6900#", "4", 45.76, 4.84, 522},
    {"Toulouse", "Occitanie", "OCC", "31#00", "5", 43.60, 1.44, 504},
    {"Nice", "Provence-Alpes-Côte d'Azur", "PAC", "06#00", "4", 43.70, 7.27, 342},
    {"Nantes", "Pays de la Loire", "PDL", "44#00", "2", 47.22, -1.55, 320},
    {"Montpellier", "Occitanie", "OCC", "340#0", "4", 43.61, 3.88, 302},
    {"Strasbourg", "Grand Est", "GES", "67#00", "3", 48.57, 7.75, 291},
    {"Bordeaux", "Nouvelle-Aquitaine", "NAQ", "33#00", "5", 44.84, -0.58, 260},
    {"Lille", "Hauts-de-France", "HDF", "59000", "3", 50.63, 3.06, 236},
    {"Rennes", "Bretagne", "BRE", "35#00", "2", 48.11, -1.68, 222},
    {"Reims", "Grand Est", "GES", "51100", "3", 49.26, 4.03, 180},
    {"Toulon", "Provence-Alpes-Côte d'Azur", "PAC", "83#00", "4", 43.12, 5.93, 180},
    {"Saint-Étienne", "Auvergne-Rhône-Alpes", "ARA", "42#00", "4", 45.44, 4.39, 173},
    {"Le Havre", "Normandie", "NOR", "766#0", "2", 49.49, 0.11, 166},
    {"Grenoble", "Auvergne-Rhône-Alpes", "ARA", "38#00", "4", 45.19, 5.72, 157},
    {"Dijon", "Bourgogne-Franche-Comté", "BFC", "21000", "3", 47.32, 5.04, 159},
    {"Angers", "Pays de la Loire", "PDL", "49#00", "2", 47.47, -0.55, 157},
    {"Villeurbanne", "Auvergne-Rhône-Alpes", "ARA", "69100", "4", 45.77, 4.88, 156},
    {"Saint-Denis", "Île-de-France", "IDF", "93200", "1", 48.94, 2.36, 113},
    {"Nîmes", "Occitanie", "OCC", "30#00", "4", 43.84, 4.36, 148},
    {"Clermont-Ferrand", "Auvergne-Rhône-Alpes", "ARA", "63#00", "4", 45.78, 3.08, 147},
    {"Le Mans", "Pays de la Loire", "PDL", "72#00", "2", 48.00, 0.20, 145},
    {"Aix-en-Provence", "Provence-Alpes-Côte d'Azur", "PAC", "13100", "4", 43.53, 5.45, 147},
    {"Brest", "Bretagne", "BRE", "29200", "2", 48.39, -4.49, 139},
    {"Tours", "Centre-Val de Loire", "CVL", "37#00", "2", 47.39, 0.69, 136},
    {"Amiens", "Hauts-de-France", "HDF", "80000", "3", 49.89, 2.30, 133},
    {"Limoges", "Nouvelle-Aquitaine", "NAQ", "87000", "5", 45.83, 1.26, 130},
    {"Annecy", "Auvergne-Rhône-Alpes", "ARA", "74000", "4", 45.90, 6.13, 131},
    {"Perpignan", "Occitanie", "OCC", "66000", "4", 42.70, 2.90, 119},
    {"Boulogne-Billancourt", "Île-de-France", "IDF", "92100", "1", 48.84, 2.24, 121},
    {"Metz", "Grand Est", "GES", "570#0", "3", 49.12, 6.18, 120},
    {"Besançon", "Bourgogne-Franche-Comté", "BFC", "25000", "3", 47.24, 6.02, 119},
    {"Orléans", "Centre-Val de Loire", "CVL", "45000", "2", 47.90, 1.91, 116},
    {"Rouen", "Normandie", "NOR", "76000", "2", 49.44, 1.10, 114},
    {"Mulhouse", "Grand Est", "GES", "68#00", "3", 47.75, 7.34, 108},
    {"Montreuil", "Île-de-France", "IDF", "93100", "1", 48.86, 2.44, 111},
    {"Caen", "Normandie", "NOR", "14000", "2", 49.18, -0.37, 108},
    {"Argenteuil", "Île-de-France", "IDF", "95100", "1", 48.95, 2.25, 111},
    {"Nancy", "Grand Est", "GES", "54000", "3", 48.69, 6.18, 104},
    {"Tourcoing", "Hauts-de-France", "HDF", "59200", "3", 50.72, 3.16, 99},
    {"Roubaix", "Hauts-de-France", "HDF", "59100", "3", 50.69, 3.18, 98},
    {"Nanterre", "Île-de-France", "IDF", "92000", "1", 48.89, 2.21, 97},
    {"Vitry-sur-Seine", "Île-de-France", "IDF", "94400", "1", 48.79, 2.39, 95},
    {"Avignon", "Provence-Alpes-Côte d'Azur", "PAC", "84000", "4", 43.95, 4.81, 91},
    {"Créteil", "Île-de-France", "IDF", "94000", "1", 48.79, 2.46, 92},
    {"Poitiers", "Nouvelle-Aquitaine", "NAQ", "86000", "5", 46.58, 0.34, 89},
    {"Versailles", "Île-de-France", "IDF", "78000", "1", 48.80, 2.13, 84},
    {"Pau", "Nouvelle-Aquitaine", "NAQ", "64000", "5", 43.30, -0.37, 76},
    {"La Rochelle", "Nouvelle-Aquitaine", "NAQ", "17000", "5", 46.16, -1.15, 78},
    {"Calais", "Hauts-de-France", "HDF", "62100", "3", 50.95, 1.86, 67},
    {"Cannes", "Provence-Alpes-Côte d'Azur", "PAC", "06400", "4", 43.55, 7.01, 74},
    {"Ajaccio", "Corse", "20R", "20000", "4", 41.93, 8.74, 72},
    {"Bastia", "Corse", "20R", "20200", "4", 42.70, 9.45, 48},
    {"Colmar", "Grand Est", "GES", "68000", "3", 48.08, 7.36, 67},
    {"Dunkerque", "Hauts-de-France", "HDF", "59140", "3", 51.03, 2.38, 86},
    {"Lorient", "Bretagne", "BRE", "56100", "2", 47.75, -3.37, 57},
    {"Vannes", "Bretagne", "BRE", "56000", "2", 47.66, -2.76, 54},
    {"Quimper", "Bretagne", "BRE", "29000", "2", 48.00, -4.10, 63},
    {"Chambéry", "Auvergne-Rhône-Alpes", "ARA", "73000", "4", 45.56, 5.92, 60},
    {"Valence", "Auvergne-Rhône-Alpes", "ARA", "26000", "4", 44.93, 4.89, 65},
    {"Troyes", "Grand Est", "GES", "10000", "3", 48.30, 4.08, 62},
    {"Béziers", "Occitanie", "OCC", "34500", "4", 43.34, 3.22, 80},
    {"Bayonne", "Nouvelle-Aquitaine", "NAQ", "64100", "5", 43.49, -1.47, 52},
    {"Niort", "Nouvelle-Aquitaine", "NAQ", "79000", "5", 46.32, -0.46, 60},
    {"Saint-Nazaire", "Pays de la Loire", "PDL", "44600", "2", 47.27, -2.21, 72},
    {"La Roche-sur-Yon", "Pays de la Loire", "PDL", "85000", "2", 46.67, -1.43, 55},
    {"Chartres", "Centre-Val de Loire", "CVL", "28000", "2", 48.44, 1.49, 38},
    {"Cherbourg-en-Cotentin", "Normandie", "NOR", "50100", "2", 49.64, -1.62, 78},
};

/* Free-mail domains, rough shares. */
static const char *const email_az[] = {
    "gmail.com",  "orange.fr",  "hotmail.fr", "yahoo.fr",   "free.fr", "sfr.fr",  "laposte.net",
    "outlook.fr", "wanadoo.fr", "live.fr",    "icloud.com", "neuf.fr", "bbox.fr", "outlook.com",
};
static const uint32_t email_w[] = {
    34, 14, 10, 7, 7, 5, 5, 4, 4, 2, 3, 1, 1, 1,
};
SAME_LEN(email_az, email_w);

/* Company suffixes, the usual one first. */
static const char *const suffix_az[] = {
    "SAS", "SARL", "SA", "SASU", "EURL", "SNC", "SCI",
};
static const uint32_t suffix_w[] = {
    40, 30, 8, 12, 6, 2, 2,
};
SAME_LEN(suffix_az, suffix_w);

/* Trades of family-named firms (artisanat, commerce, services), written for syda; shares are rough estimates. */
static const char *const conoun_az[] = {"Transports", "Bâtiment", "Immobilier", "Conseil", "Électricité", "Menuiserie", "Plomberie", "Informatique", "Assurances", "Distribution", "Industries", "Services", "Automobiles", "Communication", "Logistique", "Imprimerie", "Travaux Publics", "Boulangerie", "Pharmacie", "Architecture"};
static const uint32_t conoun_w[] = {10, 8, 8, 7, 6, 5, 5, 6, 4, 5, 5, 6, 5, 4, 5, 3, 4, 4, 3, 3};
static const char *const conoun_ascii[] = {"transports", "batiment", "immobilier", "conseil", "electricite", "menuiserie", "plomberie", "informatique", "assurances", "distribution", "industries", "services", "automobiles", "communication", "logistique", "imprimerie", "travauxpublics", "boulangerie", "pharmacie", "architecture"};
SAME_LEN(conoun_az, conoun_w);
SAME_LEN(conoun_az, conoun_ascii);

/* Honorifics. */
static const char *const honorific_az[] = {
    "M.", "Mme", "Dr", "Me", "Pr",
};
static const uint32_t honorific_w[] = {
    48, 46, 4, 1, 1,
};
SAME_LEN(honorific_az, honorific_w);
static const char honorific_sex[] = "mfuuu"; /* as first_sex */
_Static_assert(sizeof(honorific_sex) - 1 == COUNT(honorific_az), "honorific_sex and honorific_az differ");

const DictLocale dict_locale_fr_FR = {
    .zName = "fr_FR",
    .zCountry = "France",
    .zCountryCode = "FR",
    .zCurrency = "EUR",
    .familyFirst = 0,
    .first = LIST(first_az, first_w, first_ascii),
    .last = LIST(last_az, last_w, last_ascii),
    .street = LIST(street_az, 0, 0),
    .streetType = LIST(street_type_az, street_type_w, 0),
    .zStreetFormat = "{n} {t} {s}",
    .zLine2Format = "Appartement {n}",
    .zPhoneFormat = "0{a} ## ## ## ##",
    .nCity = COUNT(city),
    .aCity = city,
    .emailDomain = LIST(email_az, email_w, 0),
    .companySuffix = LIST(suffix_az, suffix_w, 0),
    .honorific = LIST(honorific_az, honorific_w, 0),
    .zFirstSex = first_sex,
    .zHonorificSex = honorific_sex,
    .companyNoun = LIST(conoun_az, conoun_w, conoun_ascii),
    .companyNounFirst = 1,
    .zTld = "fr",
    .nHouseMax = 200,
};
