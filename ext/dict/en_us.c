/*
** en_us.c — the en_US locale: United States names, places and formats.
**
** Sources (facts only; the lists and their selection were written for syda):
**   - family names and their weights: U.S. Census Bureau, 2010 Census surname
**     file (public domain); weights are people per surname in hundreds,
**     approximate (rounded, and rougher below the top 100);
**   - given names: U.S. Social Security Administration national baby-name
**     data (public domain); weights are approximate numbers of people (in
**     thousands) across the birth years of today's adults and children,
**     female and male scaled to equal totals;
**   - cities, states, ZIP prefixes and area codes: U.S. Census Bureau
**     population estimates (2020-2023, in thousands, rounded), USPS ZIP code
**     prefixes and NANP area codes of each city's centre; coordinates rounded
**     to 2 decimals;
**   - e-mail domain, company suffix, honorific and street type shares are
**     rough estimates written for syda.
*/

#include <stdint.h>

#include "dict.h"

#define COUNT(a) ((int)(sizeof(a) / sizeof(a[0])))
#define LIST(az, w, a) \
  { COUNT(az), az, w, a }
#define SAME_LEN(a, b) _Static_assert(COUNT(a) == COUNT(b), #a " and " #b " differ in length")

/* Given names, female and male scaled to equal totals, most frequent first. */
static const char *const first_az[] = {
    "Mary",        "James",      "John",      "Robert",    "Michael",  "William",   "David",    "Elizabeth",
    "Joseph",      "Patricia",   "Richard",   "Jennifer",  "Linda",    "Barbara",   "Thomas",   "Charles",
    "Christopher", "Daniel",     "Susan",     "Margaret",  "Sarah",    "Jessica",   "Matthew",  "Nancy",
    "Karen",       "Lisa",       "Betty",     "Anthony",   "Sandra",   "Mark",      "Ashley",   "Emily",
    "Dorothy",     "Kimberly",   "Donna",     "Andrew",    "Steven",   "Michelle",  "Carol",    "Amanda",
    "Donald",      "Joshua",     "Melissa",   "Kevin",     "Deborah",  "Stephanie", "Brian",    "George",
    "Paul",        "Rebecca",    "Sharon",    "Anna",      "Helen",    "Kenneth",   "Timothy",  "Laura",
    "Jason",       "Ronald",     "Jeffrey",   "Cynthia",   "Edward",   "Ryan",      "Kathleen", "Amy",
    "Angela",      "Shirley",    "Brenda",    "Emma",      "Nicole",   "Jacob",     "Pamela",   "Nicholas",
    "Gary",        "Eric",       "Samantha",  "Katherine", "Maria",    "Ruth",      "Jonathan", "Stephen",
    "Scott",       "Catherine",  "Benjamin",  "Olivia",    "Virginia", "Larry",     "Justin",   "Brandon",
    "Christine",   "Debra",      "Rachel",    "Heather",   "Evelyn",   "Samuel",    "Frank",    "Janet",
    "Joyce",       "Christina",  "Gregory",   "Alexander", "Patrick",  "Carolyn",   "Diane",    "Judith",
    "Raymond",     "Julie",      "Victoria",  "Kelly",     "Joan",     "Martha",    "Frances",  "Dennis",
    "Tyler",       "Jose",       "Hannah",    "Andrea",    "Cheryl",   "Jack",      "Jerry",    "Aaron",
    "Alice",       "Adam",       "Douglas",   "Lauren",    "Megan",    "Gloria",    "Doris",    "Nathan",
    "Peter",       "Jacqueline", "Henry",     "Zachary",   "Teresa",   "Janice",    "Jean",     "Sophia",
    "Rose",        "Marie",      "Ethan",     "Walter",    "Ann",      "Sara",      "Kathryn",  "Abigail",
    "Judy",        "Grace",      "Denise",    "Marilyn",   "Beverly",  "Theresa",   "Diana",    "Jane",
    "Kyle",        "Keith",      "Gerald",    "Noah",      "Harold",   "Roger",     "Sean",     "Carl",
    "Lawrence",    "Amber",      "Danielle",  "Isabella",  "Julia",    "Jeremy",    "Terry",    "Christian",
    "Austin",      "Arthur",     "Jesse",     "Joe",       "Madison",  "Natalie",   "Lori",     "Kathy",
    "Jordan",      "Bryan",      "Billy",     "Bruce",     "Albert",   "Russell",   "Philip",   "Brittany",
    "Willie",      "Juan",       "Wayne",     "Louis",     "Gabriel",  "Alan",      "Tammy",    "Norma",
    "Vincent",     "Dylan",      "Randy",     "Roy",       "Bobby",    "Logan",     "Ralph",    "Eugene",
    "Kayla",       "Alexis",     "Tiffany",   "Crystal",   "Erin",     "Ava",       "Jasmine",  "Monica",
    "Peggy",       "Anne",       "Lillian",   "Irene",     "Elijah",   "Mason",     "Luis",     "Carlos",
    "Martin",      "Johnny",     "Ella",      "Mia",       "Allison",  "Erica",     "Wendy",    "Mildred",
    "Howard",      "Stanley",    "Leonard",   "Tracy",     "Valerie",  "Courtney",  "Tina",     "Liam",
    "Caleb",       "Luke",       "Fred",      "Ernest",    "Isaac",    "Evan",      "Victor",   "Travis",
    "Shawn",       "Antonio",    "Craig",     "Dale",      "Jimmy",    "Danny",     "Tony",     "Chloe",
    "Sofia",       "Lily",       "Vanessa",   "Stacy",     "Dawn",     "Veronica",  "Alyssa",   "Morgan",
    "Taylor",      "Audrey",     "Lucy",      "Paula",     "Edna",     "Gladys",    "Joanne",   "Carmen",
    "Rita",        "Robin",      "Bonnie",    "Todd",      "Curtis",   "Phillip",   "Bradley",  "Connie",
    "Kristen",     "Rhonda",     "Sherry",    "Wanda",     "Ian",      "Owen",      "Cameron",  "Brooke",
    "Jill",        "Sylvia",     "Lorraine",  "Kristin",   "Leslie",   "Hunter",    "Connor",   "Chad",
    "Derek",       "Marcus",     "Troy",      "Randall",   "Barry",    "Miguel",    "Harry",    "Aiden",
    "Clarence",    "Norman",     "Earl",      "Avery",     "Addison",  "Holly",     "Brianna",  "Leah",
    "Caroline",    "Haley",      "Alexandra", "Ruby",      "Katie",    "Gail",      "Jackson",  "Manuel",
    "Allen",       "Cody",       "Paige",     "Eleanor",   "Yvonne",   "Angel",     "Lucas",    "Marvin",
    "Glenn",       "Frederick",  "Sebastian", "Alex",      "Mike",     "Rodney",    "Corey",    "Harper",
    "Aubrey",      "Zoe",        "Savannah",  "Claire",    "Sydney",   "Madeline",  "Maya",     "Eva",
    "Jorge",       "Mario",      "Francisco", "Jayden",    "Seth",     "Brett",     "Jim",      "Tom",
    "Ricky",       "Ray",        "Wesley",    "Derrick",   "Jared",    "Jeremiah",  "Stella",   "Nora",
    "Hazel",       "Elena",      "Jesus",     "Jeffery",   "Calvin",   "Eddie",     "Shane",    "Levi",
    "Blake",       "Trevor",     "Darrell",   "Scarlett",  "Layla",    "Riley",     "Naomi",    "Wyatt",
    "Carter",      "Xavier",     "Dominic",   "Cole",      "Spencer",  "Micheal",   "Mateo",    "Garrett",
    "Leroy",       "Erik",       "Edwin",     "Penelope",  "Aria",     "Violet",    "Camila",   "Grayson",
    "Lincoln",     "Colton",     "Ivan",      "Hudson",    "Jaxon",
};
static const uint32_t first_w[] = {
    48249, 41279, 40400, 39522, 38644, 34253, 31618, 22470, 21957, 21643, 21079, 20265, 19989, 19713, 19322,
    18444, 17565, 16687, 15164, 15164, 14750, 14475, 14052, 13785, 13510, 13372, 12407, 12296, 11993, 11857,
    11718, 11718, 11718, 11580, 11442, 11418, 11330, 11166, 11028, 10753, 10539, 10539, 10339, 10276, 10201,
    10201, 10188, 10100, 9661,  9650,  9650,  9650,  9650,  9485,  9398,  9098,  9046,  8783,  8607,  8547,
    8344,  8344,  8271,  8271,  8271,  8271,  8271,  8271,  8271,  8168,  8133,  8080,  7904,  7817,  7582,
    7582,  7582,  7582,  7377,  7377,  7202,  7168,  7026,  6893,  6893,  6851,  6851,  6499,  6203,  6203,
    6203,  6203,  6203,  6148,  6148,  6066,  6066,  6066,  6060,  5972,  5972,  5928,  5928,  5928,  5709,
    5652,  5514,  5514,  5514,  5514,  5514,  5270,  5270,  5270,  5238,  5101,  5101,  5094,  5094,  5094,
    4963,  4918,  4830,  4825,  4825,  4825,  4825,  4743,  4743,  4687,  4567,  4567,  4549,  4549,  4549,
    4549,  4549,  4549,  4391,  4216,  4136,  4136,  4136,  4136,  4136,  4136,  4136,  4136,  4136,  4136,
    4136,  4136,  4128,  4040,  4040,  3952,  3952,  3864,  3864,  3864,  3864,  3860,  3860,  3860,  3860,
    3777,  3777,  3689,  3689,  3689,  3601,  3513,  3446,  3446,  3446,  3446,  3425,  3425,  3337,  3337,
    3337,  3250,  3250,  3171,  3162,  3162,  3162,  3162,  3074,  3074,  3033,  3033,  2986,  2898,  2898,
    2898,  2898,  2810,  2810,  2810,  2757,  2757,  2757,  2757,  2757,  2757,  2757,  2757,  2757,  2757,
    2757,  2757,  2635,  2635,  2635,  2635,  2635,  2635,  2619,  2481,  2481,  2481,  2481,  2481,  2459,
    2371,  2371,  2344,  2344,  2344,  2344,  2284,  2284,  2284,  2284,  2284,  2196,  2196,  2196,  2196,
    2196,  2196,  2196,  2196,  2196,  2196,  2108,  2068,  2068,  2068,  2068,  2068,  2068,  2068,  2068,
    2068,  2068,  2068,  2068,  2068,  2068,  2068,  2068,  2068,  2068,  2068,  2068,  1932,  1932,  1932,
    1932,  1930,  1930,  1930,  1930,  1930,  1844,  1844,  1844,  1792,  1792,  1792,  1792,  1792,  1792,
    1757,  1757,  1757,  1757,  1757,  1757,  1757,  1757,  1757,  1757,  1669,  1669,  1669,  1669,  1654,
    1654,  1654,  1654,  1654,  1654,  1654,  1654,  1654,  1654,  1654,  1581,  1581,  1581,  1581,  1516,
    1516,  1516,  1493,  1493,  1493,  1493,  1493,  1405,  1405,  1405,  1405,  1405,  1379,  1379,  1379,
    1379,  1379,  1379,  1379,  1379,  1379,  1317,  1317,  1317,  1317,  1317,  1317,  1317,  1317,  1317,
    1317,  1317,  1317,  1317,  1317,  1241,  1241,  1241,  1241,  1230,  1230,  1230,  1230,  1230,  1142,
    1142,  1142,  1142,  1103,  1103,  1103,  1103,  1054,  1054,  1054,  1054,  1054,  1054,  1054,  966,
    966,   966,   966,   966,   965,   965,   965,   965,   878,   878,   878,   878,   790,   790,
};
SAME_LEN(first_az, first_w);
static const char *const first_ascii[] = {
    "mary",        "james",      "john",      "robert",    "michael",  "william",   "david",    "elizabeth",
    "joseph",      "patricia",   "richard",   "jennifer",  "linda",    "barbara",   "thomas",   "charles",
    "christopher", "daniel",     "susan",     "margaret",  "sarah",    "jessica",   "matthew",  "nancy",
    "karen",       "lisa",       "betty",     "anthony",   "sandra",   "mark",      "ashley",   "emily",
    "dorothy",     "kimberly",   "donna",     "andrew",    "steven",   "michelle",  "carol",    "amanda",
    "donald",      "joshua",     "melissa",   "kevin",     "deborah",  "stephanie", "brian",    "george",
    "paul",        "rebecca",    "sharon",    "anna",      "helen",    "kenneth",   "timothy",  "laura",
    "jason",       "ronald",     "jeffrey",   "cynthia",   "edward",   "ryan",      "kathleen", "amy",
    "angela",      "shirley",    "brenda",    "emma",      "nicole",   "jacob",     "pamela",   "nicholas",
    "gary",        "eric",       "samantha",  "katherine", "maria",    "ruth",      "jonathan", "stephen",
    "scott",       "catherine",  "benjamin",  "olivia",    "virginia", "larry",     "justin",   "brandon",
    "christine",   "debra",      "rachel",    "heather",   "evelyn",   "samuel",    "frank",    "janet",
    "joyce",       "christina",  "gregory",   "alexander", "patrick",  "carolyn",   "diane",    "judith",
    "raymond",     "julie",      "victoria",  "kelly",     "joan",     "martha",    "frances",  "dennis",
    "tyler",       "jose",       "hannah",    "andrea",    "cheryl",   "jack",      "jerry",    "aaron",
    "alice",       "adam",       "douglas",   "lauren",    "megan",    "gloria",    "doris",    "nathan",
    "peter",       "jacqueline", "henry",     "zachary",   "teresa",   "janice",    "jean",     "sophia",
    "rose",        "marie",      "ethan",     "walter",    "ann",      "sara",      "kathryn",  "abigail",
    "judy",        "grace",      "denise",    "marilyn",   "beverly",  "theresa",   "diana",    "jane",
    "kyle",        "keith",      "gerald",    "noah",      "harold",   "roger",     "sean",     "carl",
    "lawrence",    "amber",      "danielle",  "isabella",  "julia",    "jeremy",    "terry",    "christian",
    "austin",      "arthur",     "jesse",     "joe",       "madison",  "natalie",   "lori",     "kathy",
    "jordan",      "bryan",      "billy",     "bruce",     "albert",   "russell",   "philip",   "brittany",
    "willie",      "juan",       "wayne",     "louis",     "gabriel",  "alan",      "tammy",    "norma",
    "vincent",     "dylan",      "randy",     "roy",       "bobby",    "logan",     "ralph",    "eugene",
    "kayla",       "alexis",     "tiffany",   "crystal",   "erin",     "ava",       "jasmine",  "monica",
    "peggy",       "anne",       "lillian",   "irene",     "elijah",   "mason",     "luis",     "carlos",
    "martin",      "johnny",     "ella",      "mia",       "allison",  "erica",     "wendy",    "mildred",
    "howard",      "stanley",    "leonard",   "tracy",     "valerie",  "courtney",  "tina",     "liam",
    "caleb",       "luke",       "fred",      "ernest",    "isaac",    "evan",      "victor",   "travis",
    "shawn",       "antonio",    "craig",     "dale",      "jimmy",    "danny",     "tony",     "chloe",
    "sofia",       "lily",       "vanessa",   "stacy",     "dawn",     "veronica",  "alyssa",   "morgan",
    "taylor",      "audrey",     "lucy",      "paula",     "edna",     "gladys",    "joanne",   "carmen",
    "rita",        "robin",      "bonnie",    "todd",      "curtis",   "phillip",   "bradley",  "connie",
    "kristen",     "rhonda",     "sherry",    "wanda",     "ian",      "owen",      "cameron",  "brooke",
    "jill",        "sylvia",     "lorraine",  "kristin",   "leslie",   "hunter",    "connor",   "chad",
    "derek",       "marcus",     "troy",      "randall",   "barry",    "miguel",    "harry",    "aiden",
    "clarence",    "norman",     "earl",      "avery",     "addison",  "holly",     "brianna",  "leah",
    "caroline",    "haley",      "alexandra", "ruby",      "katie",    "gail",      "jackson",  "manuel",
    "allen",       "cody",       "paige",     "eleanor",   "yvonne",   "angel",     "lucas",    "marvin",
    "glenn",       "frederick",  "sebastian", "alex",      "mike",     "rodney",    "corey",    "harper",
    "aubrey",      "zoe",        "savannah",  "claire",    "sydney",   "madeline",  "maya",     "eva",
    "jorge",       "mario",      "francisco", "jayden",    "seth",     "brett",     "jim",      "tom",
    "ricky",       "ray",        "wesley",    "derrick",   "jared",    "jeremiah",  "stella",   "nora",
    "hazel",       "elena",      "jesus",     "jeffery",   "calvin",   "eddie",     "shane",    "levi",
    "blake",       "trevor",     "darrell",   "scarlett",  "layla",    "riley",     "naomi",    "wyatt",
    "carter",      "xavier",     "dominic",   "cole",      "spencer",  "micheal",   "mateo",    "garrett",
    "leroy",       "erik",       "edwin",     "penelope",  "aria",     "violet",    "camila",   "grayson",
    "lincoln",     "colton",     "ivan",      "hudson",    "jaxon",
};
SAME_LEN(first_az, first_ascii);

/* The sex each given name is mostly given to, in the order of first_az:
** 'f', 'm', or 'u' for names given to both; a row's gender and honorific
** follow its person's name. */
static const char first_sex[] =
    "fmmmmmmfmfmfffmmmmffffmffffmfmfffffmmfffmmfmffmmmffffmmfmmmfmmfffffffmfmmmffffmmmfmffmmmfffffmmf"
    "ffmmmfffmffffffmmmfffmmmfmmffffmmfmmffffffmmffffffffffffmmmmmmmmmffffmmmmmmmffffummmmmmfmmmmmmff"
    "mmmmmmmmffffffffffffmmmmmmffffffmmmffffmmmmmmmmmmmmmmmmffffffffuuffffffffufmmmmfffffmmmffffffmmm"
    "mmmmmmmmmmmuffffffffffmmmmfffmmmmmmummmfffffffffmmmmmmmmmmmmmmffffmmmmmmmmmffufmmmmmmmmmmmmffffm"
    "mmmmm";
_Static_assert(sizeof(first_sex) - 1 == COUNT(first_az), "first_sex and first_az differ in length");

/* Family names, most frequent first. */
static const char *const last_az[] = {
    "Smith",      "Johnson",   "Williams",   "Brown",     "Jones",      "Garcia",    "Miller",
    "Davis",      "Rodriguez", "Martinez",   "Hernandez", "Lopez",      "Gonzalez",  "Wilson",
    "Anderson",   "Thomas",    "Taylor",     "Moore",     "Jackson",    "Martin",    "Lee",
    "Perez",      "Thompson",  "White",      "Harris",    "Sanchez",    "Clark",     "Ramirez",
    "Lewis",      "Robinson",  "Walker",     "Young",     "Allen",      "King",      "Wright",
    "Scott",      "Torres",    "Nguyen",     "Hill",      "Flores",     "Green",     "Adams",
    "Nelson",     "Baker",     "Hall",       "Rivera",    "Campbell",   "Mitchell",  "Carter",
    "Roberts",    "Gomez",     "Phillips",   "Evans",     "Turner",     "Diaz",      "Parker",
    "Cruz",       "Edwards",   "Collins",    "Reyes",     "Stewart",    "Morris",    "Morales",
    "Murphy",     "Cook",      "Rogers",     "Gutierrez", "Ortiz",      "Morgan",    "Cooper",
    "Peterson",   "Bailey",    "Reed",       "Kelly",     "Howard",     "Ramos",     "Kim",
    "Cox",        "Ward",      "Richardson", "Watson",    "Brooks",     "Chavez",    "Wood",
    "James",      "Bennett",   "Gray",       "Mendoza",   "Ruiz",       "Hughes",    "Price",
    "Alvarez",    "Castillo",  "Sanders",    "Patel",     "Myers",      "Long",      "Ross",
    "Foster",     "Jimenez",   "Powell",     "Jenkins",   "Perry",      "Russell",   "Sullivan",
    "Bell",       "Coleman",   "Butler",     "Henderson", "Barnes",     "Gonzales",  "Fisher",
    "Vasquez",    "Simmons",   "Romero",     "Jordan",    "Patterson",  "Alexander", "Hamilton",
    "Graham",     "Reynolds",  "Griffin",    "Wallace",   "Moreno",     "West",      "Cole",
    "Hayes",      "Bryant",    "Herrera",    "Gibson",    "Ellis",      "Tran",      "Medina",
    "Aguilar",    "Stevens",   "Murray",     "Ford",      "Castro",     "Marshall",  "Owens",
    "Harrison",   "Fernandez", "McDonald",   "Woods",     "Washington", "Kennedy",   "Wells",
    "Vargas",     "Henry",     "Chen",       "Freeman",   "Webb",       "Tucker",    "Guzman",
    "Burns",      "Crawford",  "Olson",      "Simpson",   "Porter",     "Hunter",    "Gordon",
    "Mendez",     "Silva",     "Shaw",       "Snyder",    "Mason",      "Dixon",     "Munoz",
    "Hunt",       "Hicks",     "Holmes",     "Palmer",    "Wagner",     "Black",     "Robertson",
    "Boyd",       "Rose",      "Stone",      "Salazar",   "Fox",        "Warren",    "Mills",
    "Meyer",      "Rice",      "Schmidt",    "Garza",     "Daniels",    "Ferguson",  "Nichols",
    "Stephens",   "Soto",      "Weaver",     "Ryan",      "Gardner",    "Payne",     "Grant",
    "Dunn",       "Kelley",    "Spencer",    "Hawkins",   "Arnold",     "Pierce",    "Vazquez",
    "Hansen",     "Peters",    "Santos",     "Hart",      "Bradley",    "Knight",    "Elliott",
    "Cunningham", "Duncan",    "Armstrong",  "Hudson",    "Carroll",    "Lane",      "Riley",
    "Andrews",    "Alvarado",  "Ray",        "Delgado",   "Berry",      "Perkins",   "Hoffman",
    "Johnston",   "Matthews",  "Pena",       "Richards",  "Contreras",  "Willis",    "Carpenter",
    "Lawrence",   "Sandoval",  "Guerrero",   "George",    "Chapman",    "Rios",      "Ortega",
    "Watkins",    "Greene",    "Nunez",      "Wheeler",   "Valdez",     "Harper",    "Burke",
    "Larson",     "Santiago",  "Maldonado",  "Morrison",  "Franklin",   "Carlson",   "Austin",
    "Dominguez",  "Carr",      "Lawson",     "Jacobs",    "O'Brien",    "Lynch",     "Singh",
    "Vega",       "Bishop",    "Montgomery", "Oliver",    "Jensen",     "Harvey",    "Williamson",
    "Gilbert",    "Dean",      "Sims",       "Espinoza",  "Howell",     "Li",        "Wong",
    "Reid",       "Hanson",    "Le",         "McCoy",     "Garrett",    "Burton",    "Fuller",
    "Wang",       "Weber",     "Welch",      "Rojas",     "Lucas",      "Marquez",   "Fields",
    "Park",       "Yang",      "Little",     "Banks",     "Padilla",    "Day",       "Walsh",
    "Bowman",     "Schultz",   "Luna",       "Fowler",    "Mejia",      "Davidson",  "Acosta",
    "Brewer",     "May",       "Holland",    "Juarez",    "Newman",     "Pearson",   "Curtis",
    "Cortez",     "Douglas",   "Schneider",  "Joseph",    "Barrett",    "Navarro",   "Figueroa",
    "Keller",     "Avila",     "Wade",       "Molina",    "Stanley",    "Hopkins",   "Campos",
    "Barnett",    "Bates",     "Chambers",   "Caldwell",  "Beck",       "Lambert",   "Miranda",
    "Byrd",       "Craig",     "Ayala",      "Lowe",      "Frazier",    "Powers",    "Neal",
    "Leonard",    "Gregory",   "Carrillo",   "Sutton",    "Fleming",    "Rhodes",    "Shelton",
    "Schwartz",   "Norris",    "Jennings",   "Watts",     "Duran",      "Walters",   "Cohen",
    "McDaniel",   "Moran",     "Parks",      "Steele",    "Vaughn",     "Becker",    "Holt",
    "Barker",     "Terry",     "Hale",       "Leon",      "O'Connor",   "Ali",       "Khan",
    "Huang",      "Liu",       "Kaur",
};
static const uint32_t last_w[] = {
    24430, 19328, 16253, 14370, 14255, 11661, 11614, 11164, 10949, 10602, 10433, 8745, 8410, 8019, 7844, 7561,
    7512,  7244,  7081,  7026,  6930,  6816,  6646,  6605,  6243,  6128,  5627,  5574, 5318, 5298, 5231, 4844,
    4826,  4654,  4590,  4395,  4378,  4376,  4348,  4340,  4302,  4279,  4250,  4196, 4071, 3911, 3862, 3845,
    3770,  3768,  3657,  3608,  3556,  3486,  3476,  3362,  3342,  3324,  3298,  3279, 3216, 3189, 3118, 3084,
    3026,  3023,  2932,  2869,  2863,  2808,  2783,  2778,  2770,  2674,  2648,  2635, 2624, 2612, 2605, 2598,
    2526,  2517,  2509,  2507,  2494,  2476,  2461,  2428,  2382,  2363,  2353,  2340, 2304, 2304, 2300, 2299,
    2294,  2294,  2278,  2271,  2230,  2200,  2190,  2150,  2150,  2130,  2120,  2110, 2100, 2100, 2070, 2060,
    2050,  2040,  2030,  2010,  2000,  1990,  1990,  1970,  1970,  1960,  1960,  1950, 1940, 1930, 1920, 1910,
    1900,  1890,  1890,  1880,  1870,  1860,  1850,  1850,  1840,  1830,  1820,  1820, 1800, 1790, 1780, 1780,
    1770,  1760,  1750,  1740,  1730,  1720,  1710,  1710,  1700,  1690,  1680,  1680, 1670, 1660, 1660, 1650,
    1650,  1640,  1630,  1630,  1620,  1610,  1600,  1600,  1590,  1580,  1580,  1570, 1560, 1560, 1550, 1550,
    1540,  1530,  1520,  1520,  1510,  1510,  1500,  1500,  1490,  1490,  1480,  1470, 1470, 1460, 1460, 1450,
    1450,  1440,  1430,  1430,  1420,  1420,  1410,  1410,  1400,  1390,  1390,  1380, 1380, 1370, 1360, 1360,
    1350,  1350,  1340,  1340,  1330,  1330,  1320,  1320,  1310,  1310,  1300,  1300, 1290, 1290, 1280, 1280,
    1270,  1270,  1260,  1260,  1250,  1250,  1240,  1240,  1230,  1230,  1220,  1220, 1210, 1200, 1200, 1190,
    1190,  1180,  1180,  1170,  1170,  1160,  1160,  1150,  1150,  1140,  1140,  1130, 1130, 1120, 1120, 1110,
    1110,  1100,  1100,  1090,  1090,  1080,  1080,  1070,  1070,  1060,  1060,  1050, 1050, 1040, 1040, 1040,
    1030,  1030,  1020,  1020,  1010,  1010,  1000,  1000,  990,   990,   980,   980,  970,  970,  960,  960,
    950,   950,   940,   940,   930,   930,   920,   920,   910,   910,   900,   900,  890,  890,  880,  880,
    870,   870,   860,   860,   850,   850,   840,   840,   830,   830,   820,   820,  810,  810,  800,  800,
    790,   790,   780,   780,   770,   770,   760,   760,   750,   750,   740,   740,  730,  730,  720,  720,
    710,   710,   700,   700,   690,   690,   680,   680,   670,   670,   660,   660,  650,  650,  640,  640,
    630,   630,   620,   620,   610,   600,   600,   590,   590,   580,   560,   550,  540,  540,  350,
};
SAME_LEN(last_az, last_w);
static const char *const last_ascii[] = {
    "smith",      "johnson",   "williams",   "brown",     "jones",      "garcia",    "miller",
    "davis",      "rodriguez", "martinez",   "hernandez", "lopez",      "gonzalez",  "wilson",
    "anderson",   "thomas",    "taylor",     "moore",     "jackson",    "martin",    "lee",
    "perez",      "thompson",  "white",      "harris",    "sanchez",    "clark",     "ramirez",
    "lewis",      "robinson",  "walker",     "young",     "allen",      "king",      "wright",
    "scott",      "torres",    "nguyen",     "hill",      "flores",     "green",     "adams",
    "nelson",     "baker",     "hall",       "rivera",    "campbell",   "mitchell",  "carter",
    "roberts",    "gomez",     "phillips",   "evans",     "turner",     "diaz",      "parker",
    "cruz",       "edwards",   "collins",    "reyes",     "stewart",    "morris",    "morales",
    "murphy",     "cook",      "rogers",     "gutierrez", "ortiz",      "morgan",    "cooper",
    "peterson",   "bailey",    "reed",       "kelly",     "howard",     "ramos",     "kim",
    "cox",        "ward",      "richardson", "watson",    "brooks",     "chavez",    "wood",
    "james",      "bennett",   "gray",       "mendoza",   "ruiz",       "hughes",    "price",
    "alvarez",    "castillo",  "sanders",    "patel",     "myers",      "long",      "ross",
    "foster",     "jimenez",   "powell",     "jenkins",   "perry",      "russell",   "sullivan",
    "bell",       "coleman",   "butler",     "henderson", "barnes",     "gonzales",  "fisher",
    "vasquez",    "simmons",   "romero",     "jordan",    "patterson",  "alexander", "hamilton",
    "graham",     "reynolds",  "griffin",    "wallace",   "moreno",     "west",      "cole",
    "hayes",      "bryant",    "herrera",    "gibson",    "ellis",      "tran",      "medina",
    "aguilar",    "stevens",   "murray",     "ford",      "castro",     "marshall",  "owens",
    "harrison",   "fernandez", "mcdonald",   "woods",     "washington", "kennedy",   "wells",
    "vargas",     "henry",     "chen",       "freeman",   "webb",       "tucker",    "guzman",
    "burns",      "crawford",  "olson",      "simpson",   "porter",     "hunter",    "gordon",
    "mendez",     "silva",     "shaw",       "snyder",    "mason",      "dixon",     "munoz",
    "hunt",       "hicks",     "holmes",     "palmer",    "wagner",     "black",     "robertson",
    "boyd",       "rose",      "stone",      "salazar",   "fox",        "warren",    "mills",
    "meyer",      "rice",      "schmidt",    "garza",     "daniels",    "ferguson",  "nichols",
    "stephens",   "soto",      "weaver",     "ryan",      "gardner",    "payne",     "grant",
    "dunn",       "kelley",    "spencer",    "hawkins",   "arnold",     "pierce",    "vazquez",
    "hansen",     "peters",    "santos",     "hart",      "bradley",    "knight",    "elliott",
    "cunningham", "duncan",    "armstrong",  "hudson",    "carroll",    "lane",      "riley",
    "andrews",    "alvarado",  "ray",        "delgado",   "berry",      "perkins",   "hoffman",
    "johnston",   "matthews",  "pena",       "richards",  "contreras",  "willis",    "carpenter",
    "lawrence",   "sandoval",  "guerrero",   "george",    "chapman",    "rios",      "ortega",
    "watkins",    "greene",    "nunez",      "wheeler",   "valdez",     "harper",    "burke",
    "larson",     "santiago",  "maldonado",  "morrison",  "franklin",   "carlson",   "austin",
    "dominguez",  "carr",      "lawson",     "jacobs",    "obrien",     "lynch",     "singh",
    "vega",       "bishop",    "montgomery", "oliver",    "jensen",     "harvey",    "williamson",
    "gilbert",    "dean",      "sims",       "espinoza",  "howell",     "li",        "wong",
    "reid",       "hanson",    "le",         "mccoy",     "garrett",    "burton",    "fuller",
    "wang",       "weber",     "welch",      "rojas",     "lucas",      "marquez",   "fields",
    "park",       "yang",      "little",     "banks",     "padilla",    "day",       "walsh",
    "bowman",     "schultz",   "luna",       "fowler",    "mejia",      "davidson",  "acosta",
    "brewer",     "may",       "holland",    "juarez",    "newman",     "pearson",   "curtis",
    "cortez",     "douglas",   "schneider",  "joseph",    "barrett",    "navarro",   "figueroa",
    "keller",     "avila",     "wade",       "molina",    "stanley",    "hopkins",   "campos",
    "barnett",    "bates",     "chambers",   "caldwell",  "beck",       "lambert",   "miranda",
    "byrd",       "craig",     "ayala",      "lowe",      "frazier",    "powers",    "neal",
    "leonard",    "gregory",   "carrillo",   "sutton",    "fleming",    "rhodes",    "shelton",
    "schwartz",   "norris",    "jennings",   "watts",     "duran",      "walters",   "cohen",
    "mcdaniel",   "moran",     "parks",      "steele",    "vaughn",     "becker",    "holt",
    "barker",     "terry",     "hale",       "leon",      "oconnor",    "ali",       "khan",
    "huang",      "liu",       "kaur",
};
SAME_LEN(last_az, last_ascii);

/* Street names. */
static const char *const street_az[] = {
    "Main",         "Oak",       "Maple",     "Park",     "Pine",     "Cedar",      "Elm",       "Washington",
    "Lake",         "Hill",      "Walnut",    "Lincoln",  "Jackson",  "Sunset",     "Highland",  "Church",
    "Ridge",        "River",     "Spring",    "Mill",     "Forest",   "Meadow",     "Willow",    "Chestnut",
    "Franklin",     "Jefferson", "Madison",   "Adams",    "Center",   "Broad",      "Market",    "Union",
    "Prospect",     "Lakeview",  "Hillcrest", "Dogwood",  "Magnolia", "Sycamore",   "Birch",     "Aspen",
    "Cherry",       "Spruce",    "Hickory",   "Poplar",   "Laurel",   "Valley",     "Fairview",  "Woodland",
    "Green",        "College",   "School",    "Railroad", "Front",    "Water",      "North",     "South",
    "West",         "East",      "First",     "Second",   "Third",    "Fourth",     "Fifth",     "Sixth",
    "Seventh",      "Eighth",    "Ninth",     "Tenth",    "Orchard",  "Cottonwood", "Juniper",   "Heritage",
    "Country Club", "Rosewood",  "Briarwood", "Summit",   "Canyon",   "Bayview",    "Harbor",    "Brookside",
    "Meadowbrook",  "Sunnyside", "Pleasant",  "Liberty",  "Grant",    "Monroe",     "Hamilton",  "Cleveland",
    "Kennedy",      "Roosevelt", "Wilson",    "Taylor",   "Johnson",  "Mulberry",   "Locust",    "Beech",
    "Holly",        "Ivy",       "Lee",       "Glenwood", "Oakwood",  "Pinecrest",  "Riverside", "Greenwood",
    "Elmwood",      "Redwood",   "Evergreen", "Shady",    "Vine",     "Pecan",      "Live Oak",
};

/* Street types. */
static const char *const street_type_az[] = {
    "Street",    "Avenue", "Road",   "Drive",   "Lane",    "Court", "Way",
    "Boulevard", "Place",  "Circle", "Terrace", "Parkway", "Trail",
};
static const uint32_t street_type_w[] = {
    30, 16, 12, 12, 8, 6, 5, 4, 4, 3, 2, 2, 2,
};
SAME_LEN(street_type_az, street_type_w);

/* city, region, region code, postal pattern, phone prefix, lat, lon, population (thousands) */
static const DictCity city[] = {
    {"New York", "New York", "NY", "100##", "212", 40.71, -74.01, 8336},
    {"Los Angeles", "California", "CA", "900##", "213", 34.05, -118.24, 3822},
    {"Chicago", "Illinois", "IL", "606##", "312", 41.88, -87.63, 2665},
    {"Houston", "Texas", "TX", "770##", "713", 29.76, -95.37, 2303},
    {"Phoenix", "Arizona", "AZ", "850##", "602", 33.45, -112.07, 1645},
    {"Philadelphia", "Pennsylvania", "PA", "191##", "215", 39.95, -75.17, 1567},
    {"San Antonio", "Texas", "TX", "782##", "210", 29.42, -98.49, 1472},
    {"San Diego", "California", "CA", "921##", "619", 32.72, -117.16, 1382},
    {"Dallas", "Texas", "TX", "752##", "214", 32.78, -96.80, 1300},
    {"Jacksonville", "Florida", "FL", "322##", "904", 30.33, -81.66, 971},
    {"Austin", "Texas", "TX", "787##", "512", 30.27, -97.74, 975},
    {"Fort Worth", "Texas", "TX", "761##", "817", 32.76, -97.33, 956},
    {"San Jose", "California", "CA", "951##", "408", 37.34, -121.89, 971},
    {"Columbus", "Ohio", "OH", "432##", "614", 39.96, -83.00, 907},
    {"Charlotte", "North Carolina", "NC", "282##", "704", 35.23, -80.84, 897},
    {"Indianapolis", "Indiana", "IN", "462##", "317", 39.77, -86.16, 880},
    {"San Francisco", "California", "CA", "941##", "415", 37.77, -122.42, 808},
    {"Seattle", "Washington", "WA", "981##", "206", 47.61, -122.33, 749},
    {"Denver", "Colorado", "CO", "802##", "303", 39.74, -104.99, 711},
    {"Oklahoma City", "Oklahoma", "OK", "731##", "405", 35.47, -97.52, 694},
    {"Nashville", "Tennessee", "TN", "372##", "615", 36.16, -86.78, 684},
    {"Washington", "District of Columbia", "DC", "200##", "202", 38.91, -77.04, 679},
    {"El Paso", "Texas", "TX", "799##", "915", 31.76, -106.49, 678},
    {"Las Vegas", "Nevada", "NV", "891##", "702", 36.17, -115.14, 656},
    {"Boston", "Massachusetts", "MA", "021##", "617", 42.36, -71.06, 654},
    {"Detroit", "Michigan", "MI", "482##", "313", 42.33, -83.05, 620},
    {"Portland", "Oregon", "OR", "972##", "503", 45.52, -122.68, 635},
    {"Louisville", "Kentucky", "KY", "402##", "502", 38.25, -85.76, 623},
    {"Memphis", "Tennessee", "TN", "381##", "901", 35.15, -90.05, 621},
    {"Baltimore", "Maryland", "MD", "212##", "410", 39.29, -76.61, 570},
    {"Milwaukee", "Wisconsin", "WI", "532##", "414", 43.04, -87.91, 569},
    {"Albuquerque", "New Mexico", "NM", "871##", "505", 35.08, -106.65, 562},
    {"Tucson", "Arizona", "AZ", "857##", "520", 32.22, -110.97, 546},
    {"Fresno", "California", "CA", "937##", "559", 36.74, -119.79, 545},
    {"Sacramento", "California", "CA", "958##", "916", 38.58, -121.49, 525},
    {"Mesa", "Arizona", "AZ", "852##", "480", 33.42, -111.83, 511},
    {"Kansas City", "Missouri", "MO", "641##", "816", 39.10, -94.58, 510},
    {"Atlanta", "Georgia", "GA", "303##", "404", 33.75, -84.39, 499},
    {"Omaha", "Nebraska", "NE", "681##", "402", 41.26, -95.93, 486},
    {"Colorado Springs", "Colorado", "CO", "809##", "719", 38.83, -104.82, 488},
    {"Raleigh", "North Carolina", "NC", "276##", "919", 35.78, -78.64, 470},
    {"Long Beach", "California", "CA", "908##", "562", 33.77, -118.19, 451},
    {"Virginia Beach", "Virginia", "VA", "234##", "757", 36.85, -75.98, 453},
    {"Miami", "Florida", "FL", "331##", "305", 25.76, -80.19, 450},
    {"Oakland", "California", "CA", "946##", "510", 37.80, -122.27, 430},
    {"Minneapolis", "Minnesota", "MN", "554##", "612", 44.98, -93.27, 425},
    {"Tulsa", "Oklahoma", "OK", "741##", "918", 36.15, -95.99, 411},
    {"Bakersfield", "California", "CA", "933##", "661", 35.37, -119.02, 410},
    {"Wichita", "Kansas", "KS", "672##", "316", 37.69, -97.34, 397},
    {"Arlington", "Texas", "TX", "760##", "817", 32.74, -97.11, 394},
    {"Aurora", "Colorado", "CO", "800##", "720", 39.73, -104.83, 395},
    {"Tampa", "Florida", "FL", "336##", "813", 27.95, -82.46, 399},
    {"New Orleans", "Louisiana", "LA", "701##", "504", 29.95, -90.07, 364},
    {"Cleveland", "Ohio", "OH", "441##", "216", 41.50, -81.69, 362},
    {"Honolulu", "Hawaii", "HI", "968##", "808", 21.31, -157.86, 343},
    {"Anaheim", "California", "CA", "928##", "714", 33.84, -117.91, 344},
    {"Lexington", "Kentucky", "KY", "405##", "859", 38.04, -84.50, 321},
    {"Henderson", "Nevada", "NV", "890##", "702", 36.04, -114.98, 330},
    {"Orlando", "Florida", "FL", "328##", "407", 28.54, -81.38, 316},
    {"Irvine", "California", "CA", "926##", "949", 33.68, -117.83, 314},
    {"Newark", "New Jersey", "NJ", "071##", "973", 40.74, -74.17, 305},
    {"St. Louis", "Missouri", "MO", "631##", "314", 38.63, -90.20, 286},
    {"Pittsburgh", "Pennsylvania", "PA", "152##", "412", 40.44, -80.00, 303},
    {"Cincinnati", "Ohio", "OH", "452##", "513", 39.10, -84.51, 310},
    {"Buffalo", "New York", "NY", "142##", "716", 42.89, -78.88, 275},
    {"Salt Lake City", "Utah", "UT", "841##", "801", 40.76, -111.89, 204},
    {"Boise", "Idaho", "ID", "837##", "208", 43.62, -116.20, 236},
    {"Des Moines", "Iowa", "IA", "503##", "515", 41.59, -93.62, 210},
    {"Madison", "Wisconsin", "WI", "537##", "608", 43.07, -89.40, 272},
    {"Birmingham", "Alabama", "AL", "352##", "205", 33.52, -86.80, 197},
    {"Richmond", "Virginia", "VA", "232##", "804", 37.54, -77.44, 227},
    {"Spokane", "Washington", "WA", "992##", "509", 47.66, -117.43, 229},
    {"Anchorage", "Alaska", "AK", "995##", "907", 61.22, -149.90, 287},
    {"Providence", "Rhode Island", "RI", "029##", "401", 41.82, -71.41, 190},
    {"Hartford", "Connecticut", "CT", "061##", "860", 41.76, -72.67, 120},
    {"Charleston", "South Carolina", "SC", "294##", "843", 32.78, -79.93, 155},
    {"Little Rock", "Arkansas", "AR", "722##", "501", 34.75, -92.29, 203},
    {"Burlington", "Vermont", "VT", "054##", "802", 44.48, -73.21, 45},
    {"Manchester", "New Hampshire", "NH", "031##", "603", 42.99, -71.46, 115},
    {"Jackson", "Mississippi", "MS", "392##", "601", 32.30, -90.18, 145},
    {"Sioux Falls", "South Dakota", "SD", "571##", "605", 43.54, -96.73, 202},
    {"Fargo", "North Dakota", "ND", "581##", "701", 46.88, -96.79, 131},
    {"Billings", "Montana", "MT", "591##", "406", 45.78, -108.50, 119},
    {"Cheyenne", "Wyoming", "WY", "820##", "307", 41.14, -104.82, 65},
    {"Wilmington", "Delaware", "DE", "198##", "302", 39.74, -75.55, 71},
};

/* Free-mail domains, rough shares. */
static const char *const email_az[] = {
    "gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com", "comcast.net",
    "msn.com",   "live.com",  "att.net",     "verizon.net", "proton.me",  "me.com",  "sbcglobal.net",
};
static const uint32_t email_w[] = {
    40, 12, 8, 8, 8, 3, 2, 1, 1, 1, 1, 1, 1, 1,
};
SAME_LEN(email_az, email_w);

/* Company suffixes, the usual one first. */
static const char *const suffix_az[] = {
    "Inc.", "LLC", "Corp.", "Co.", "Group", "Ltd.", "Holdings",
};
static const uint32_t suffix_w[] = {
    40, 35, 10, 6, 5, 2, 2,
};
SAME_LEN(suffix_az, suffix_w);

/* Honorifics. */
static const char *const honorific_az[] = {
    "Mr.", "Ms.", "Mrs.", "Dr.", "Miss", "Prof.",
};
static const uint32_t honorific_w[] = {
    45, 30, 15, 6, 3, 1,
};
SAME_LEN(honorific_az, honorific_w);
static const char honorific_sex[] = "mffufu"; /* as first_sex */
_Static_assert(sizeof(honorific_sex) - 1 == COUNT(honorific_az), "honorific_sex and honorific_az differ");

const DictLocale dict_locale_en_US = {
    .zName = "en_US",
    .zCountry = "United States",
    .zCountryCode = "US",
    .zCurrency = "USD",
    .familyFirst = 0,
    .first = LIST(first_az, first_w, first_ascii),
    .last = LIST(last_az, last_w, last_ascii),
    .street = LIST(street_az, 0, 0),
    .streetType = LIST(street_type_az, street_type_w, 0),
    .zStreetFormat = "{n} {s} {t}",
    .zLine2Format = "Apt. {n}",
    .zPhoneFormat = "({a}) %##-####",
    .nCity = COUNT(city),
    .aCity = city,
    .emailDomain = LIST(email_az, email_w, 0),
    .companySuffix = LIST(suffix_az, suffix_w, 0),
    .honorific = LIST(honorific_az, honorific_w, 0),
    .zFirstSex = first_sex,
    .zHonorificSex = honorific_sex,
    .zTld = "com",
    .nHouseMax = 9999,
};
