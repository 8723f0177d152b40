/*
** common.c — syda's locale-independent word lists (English).
**
** Every list was written for syda.  Facts behind some of them:
**   - MIME types: the IANA media type registry (public), paired with each
**     type's usual file extension;
**   - currency codes: ISO 4217; weights are rough shares of international
**     payments, written for syda;
**   - countries and codes: ISO 3166-1 English short names and alpha-2 codes
**     (facts), a selection of 145 countries and territories;
**   - user agents: the User-Agent formats of current desktop and mobile
**     browsers (Chrome, Edge, Firefox, Safari, Samsung Internet, Opera) as
**     documented by their vendors; weights are rough shares of web traffic;
**   - top-level domain shares are rough estimates.
**
** The sentence words combine as "The <noun> <verb> the <noun> <adverb>." and
** similar patterns (fake_text.c): nouns are singular and countable with
** regular plurals, verbs are third person present and take an object,
** adjectives need "a"/"an" by their first letter (none starts with a "you"
** sound), and title nouns take a plain "s"/"es"/"ies" plural.
*/

#include <stdint.h>

#include "dict.h"

#define COUNT(a) ((int)(sizeof(a) / sizeof(a[0])))
#define LIST(az, w, a) \
  { COUNT(az), az, w, a }
#define SAME_LEN(a, b) _Static_assert(COUNT(a) == COUNT(b), #a " and " #b " differ in length")

/* Words for company names: "Summit Analytics", "Blue Harbor Logistics". */
static const char *const company_word_az[] = {
    "Summit",      "Blue Harbor",  "Ironwood",     "Silver Creek", "Redstone",    "Cedar Ridge",
    "Granite",     "Beacon",       "Pinnacle",     "Horizon",      "Evergreen",   "Keystone",
    "Meridian",    "Sterling",     "Cobalt",       "Vertex",       "Atlas",       "Aurora",
    "Bluebird",    "Brightline",   "Cascade",      "Clearwater",   "Compass",     "Crescent",
    "Crestview",   "Crown",        "Driftwood",    "Eagle Rock",   "Eastgate",    "Ember",
    "Falcon",      "Fieldstone",   "Firefly",      "Foxglove",     "Frontier",    "Goldleaf",
    "Greenfield",  "Harbor Light", "Harvest",      "Hawthorne",    "Highland",    "Hillcrest",
    "Hudson",      "Ivy Lane",     "Juniper",      "Kestrel",      "Lakeshore",   "Lantern",
    "Liberty",     "Lighthouse",   "Marigold",     "Maverick",     "Meadowbrook", "Midland",
    "Mosaic",      "North Star",   "Oakridge",     "Orchard",      "Pacific",     "Paragon",
    "Pathfinder",  "Peregrine",    "Pine Valley",  "Prairie",      "Quarry",      "Radiant",
    "Redwood",     "Ridgeline",    "Riverbend",    "Sagebrush",    "Sandstone",   "Sapphire",
    "Seaside",     "Sentinel",     "Shoreline",    "Silverline",   "Skyline",     "Solstice",
    "Southport",   "Sparrow",      "Spruce",       "Starlight",    "Stonebridge", "Sunrise",
    "Tamarack",    "Thornbury",    "Timberline",   "Trailhead",    "Trident",     "True North",
    "Twin Rivers", "Vanguard",     "Velvet",       "Waypoint",     "Westbrook",   "Whitewater",
    "Wildflower",  "Willow",       "Windward",     "Zenith",       "Alder",       "Amber",
    "Anchor",      "Arrowhead",    "Aspen",        "Bayside",      "Bedrock",     "Birchwood",
    "Bluewater",   "Boulder",      "Bridgewater",  "Brookside",    "Canyon",      "Capstone",
    "Castle Rock", "Centennial",   "Chestnut",     "Copperfield",  "Coral",       "Cornerstone",
    "Cypress",     "Delta",        "Elmwood",      "Fairway",      "Flagstone",   "Foothill",
    "Fulcrum",     "Gatehouse",    "Glacier",      "Greystone",    "Halcyon",     "Harborview",
    "Heartland",   "Heritage",     "Ironbridge",   "Jetstream",    "Kingsley",    "Larkspur",
    "Lodestar",    "Magnolia",     "Mariner",      "Millbrook",    "Monarch",     "Nimbus",
    "Oakmont",     "Onyx",         "Osprey",       "Parkside",     "Pioneer",     "Polaris",
    "Quicksilver", "Ravenwood",    "Riverstone",   "Rosewood",     "Sequoia",     "Silverleaf",
    "Stonegate",   "Sunflower",    "Sycamore",     "Tidewater",    "Topaz",       "Upland",
    "Vista",       "Wavecrest",    "Wellspring",   "Westwind",     "Woodbridge",  "Whitaker",
    "Hollis",      "Barrow",       "Carver",       "Ellison",      "Hartley",     "Langford",
    "Merritt",     "Prescott",     "Radcliffe",    "Sinclair",     "Thatcher",    "Whitfield",
    "Ashford",     "Beckett",      "Brennan",      "Calloway",     "Dalton",      "Fairbanks",
    "Garrison",    "Holloway",     "Kendall",      "Lockwood",     "Mercer",      "Pemberton",
    "Sheffield",   "Talbot",       "Wakefield",    "Winslow",      "Bright Path", "Clear Sky",
    "Open Field",  "Red Maple",    "Green Valley", "Blue Ridge",   "Silver Oak",  "Golden Hill",
    "Northgate",
};

const DictList dict_company_word = LIST(company_word_az, 0, 0);

/* English company suffixes, the usual one first (as en_US). */
static const char *const company_suffix_en_az[] = {
    "Inc.", "LLC", "Corp.", "Co.", "Group", "Ltd.", "Holdings",
};
static const uint32_t company_suffix_en_w[] = {
    40, 35, 10, 6, 5, 2, 2,
};
SAME_LEN(company_suffix_en_az, company_suffix_en_w);

const DictList dict_company_suffix_en = LIST(company_suffix_en_az, company_suffix_en_w, 0);

/* Industries. */
static const char *const industry_az[] = {
    "Software",
    "Financial Services",
    "Healthcare",
    "Retail",
    "Manufacturing",
    "Logistics",
    "Construction",
    "Education",
    "Hospitality",
    "Real Estate",
    "Telecommunications",
    "Insurance",
    "Banking",
    "Energy",
    "Utilities",
    "Pharmaceuticals",
    "Biotechnology",
    "Automotive",
    "Aerospace",
    "Agriculture",
    "Food & Beverage",
    "Media & Entertainment",
    "Advertising & Marketing",
    "Consulting",
    "Legal Services",
    "Transportation",
    "Mining",
    "Oil & Gas",
    "Renewable Energy",
    "Chemicals",
    "Consumer Electronics",
    "E-commerce",
    "Apparel & Fashion",
    "Government",
    "Nonprofit",
    "Publishing",
    "Video Games",
    "Cybersecurity",
    "Semiconductors",
    "Medical Devices",
    "Travel & Tourism",
    "Staffing & Recruiting",
    "Architecture & Planning",
    "Fitness & Wellness",
    "Sports",
    "Environmental Services",
    "Wholesale",
    "Packaging",
    "Maritime Shipping",
    "Information Technology",
    "Accounting",
    "Venture Capital",
    "Furniture",
    "Textiles",
    "Cosmetics",
    "Defense",
    "Veterinary Services",
    "Restaurants",
    "Printing",
    "Higher Education",
    "Hospitals & Clinics",
    "Public Relations",
};

const DictList dict_industry = LIST(industry_az, 0, 0);

/* Departments. */
static const char *const department_az[] = {
    "Sales",
    "Marketing",
    "Finance",
    "Accounting",
    "Human Resources",
    "Engineering",
    "Product",
    "Design",
    "Customer Support",
    "Customer Success",
    "Operations",
    "Legal",
    "Information Technology",
    "Research & Development",
    "Procurement",
    "Logistics",
    "Quality Assurance",
    "Facilities",
    "Business Development",
    "Public Relations",
    "Compliance",
    "Security",
    "Data Science",
    "Analytics",
    "Training",
    "Administration",
    "Supply Chain",
    "Manufacturing",
    "Partnerships",
    "Internal Audit",
    "Treasury",
    "Investor Relations",
    "Communications",
    "Strategy",
    "Risk Management",
    "Payroll",
    "Purchasing",
    "Recruiting",
    "Infrastructure",
    "Executive Office",
};

const DictList dict_department = LIST(department_az, 0, 0);

/* Job titles, junior to executive. */
static const char *const job_title_az[] = {
    "Software Engineer",
    "Senior Software Engineer",
    "Staff Engineer",
    "Principal Engineer",
    "Engineering Manager",
    "Director of Engineering",
    "VP of Engineering",
    "Chief Technology Officer",
    "Data Analyst",
    "Senior Data Analyst",
    "Data Scientist",
    "Data Engineer",
    "Machine Learning Engineer",
    "Product Manager",
    "Senior Product Manager",
    "Associate Product Manager",
    "Product Designer",
    "UX Researcher",
    "UX Designer",
    "Graphic Designer",
    "Marketing Coordinator",
    "Marketing Manager",
    "Director of Marketing",
    "Content Strategist",
    "Copywriter",
    "SEO Specialist",
    "Social Media Manager",
    "Brand Manager",
    "Sales Representative",
    "Account Executive",
    "Senior Account Executive",
    "Sales Manager",
    "Regional Sales Manager",
    "VP of Sales",
    "Business Development Representative",
    "Account Manager",
    "Customer Success Manager",
    "Customer Support Specialist",
    "Customer Service Representative",
    "Support Team Lead",
    "Office Manager",
    "Executive Assistant",
    "Administrative Assistant",
    "Receptionist",
    "HR Generalist",
    "HR Manager",
    "Head of People",
    "Recruiter",
    "Talent Acquisition Specialist",
    "Payroll Specialist",
    "Accountant",
    "Senior Accountant",
    "Staff Accountant",
    "Controller",
    "Financial Analyst",
    "Finance Manager",
    "Chief Financial Officer",
    "Bookkeeper",
    "Internal Auditor",
    "Tax Specialist",
    "Operations Manager",
    "Operations Analyst",
    "Project Manager",
    "Program Manager",
    "Scrum Master",
    "Business Analyst",
    "Systems Administrator",
    "Network Engineer",
    "DevOps Engineer",
    "Site Reliability Engineer",
    "Security Analyst",
    "IT Support Technician",
    "Help Desk Analyst",
    "Database Administrator",
    "QA Engineer",
    "QA Analyst",
    "Technical Writer",
    "Solutions Architect",
    "Cloud Architect",
    "Frontend Developer",
    "Backend Developer",
    "Full Stack Developer",
    "Mobile Developer",
    "Web Developer",
    "Junior Developer",
    "Chief Executive Officer",
    "Chief Operating Officer",
    "Chief Marketing Officer",
    "General Counsel",
    "Paralegal",
    "Legal Assistant",
    "Compliance Officer",
    "Procurement Specialist",
    "Buyer",
    "Supply Chain Analyst",
    "Logistics Coordinator",
    "Warehouse Manager",
    "Warehouse Associate",
    "Shipping Clerk",
    "Production Supervisor",
    "Plant Manager",
    "Mechanical Engineer",
    "Electrical Engineer",
    "Civil Engineer",
    "Quality Manager",
    "Maintenance Technician",
    "Facilities Manager",
    "Store Manager",
    "Assistant Store Manager",
    "Cashier",
    "Sales Associate",
    "Registered Nurse",
    "Nurse Practitioner",
    "Medical Assistant",
    "Pharmacist",
    "Physical Therapist",
    "Research Scientist",
    "Lab Technician",
    "Consultant",
    "Senior Consultant",
    "Managing Director",
    "Partner",
    "Intern",
    "Data Entry Clerk",
    "Dispatcher",
    "Event Coordinator",
    "Community Manager",
    "Video Producer",
    "Instructional Designer",
    "Training Specialist",
    "Research Assistant",
    "Team Lead",
};

const DictList dict_job_title = LIST(job_title_az, 0, 0);

/* Product adjectives: "Compact Bamboo Desk Lamp". */
static const char *const product_adjective_az[] = {
    "Compact",    "Wireless",    "Ergonomic",    "Portable",     "Lightweight", "Durable",
    "Premium",    "Classic",     "Modern",       "Vintage",      "Rustic",      "Sleek",
    "Deluxe",     "Essential",   "Everyday",     "Heavy-Duty",   "Adjustable",  "Foldable",
    "Waterproof", "Insulated",   "Handcrafted",  "Minimalist",   "Organic",     "Reusable",
    "Slim",       "Oversized",   "Mini",         "Professional", "Refined",     "Soft",
    "Cozy",       "Sturdy",      "Practical",    "Elegant",      "Bold",        "Stackable",
    "Modular",    "Convertible", "Weatherproof", "Non-Slip",     "Breathable",  "Padded",
    "Reversible", "Collapsible", "Travel",       "Outdoor",      "Signature",   "Artisan",
    "Natural",    "Recycled",    "Hand-Painted", "Polished",     "Brushed",     "Matte",
    "Textured",   "Woven",       "Rechargeable", "Smart",
};

const DictList dict_product_adjective = LIST(product_adjective_az, 0, 0);

/* Materials. */
static const char *const product_material_az[] = {
    "Steel",    "Stainless Steel", "Bamboo",  "Oak",       "Walnut",   "Maple",      "Cotton",
    "Linen",    "Leather",         "Ceramic", "Glass",     "Aluminum", "Copper",     "Brass",
    "Wool",     "Canvas",          "Marble",  "Granite",   "Silicone", "Rubber",     "Cork",
    "Titanium", "Concrete",        "Felt",    "Denim",     "Velvet",   "Stoneware",  "Porcelain",
    "Teak",     "Birch",           "Acacia",  "Nylon",     "Hemp",     "Jute",       "Carbon Fiber",
    "Silk",     "Suede",           "Cedar",   "Pine",      "Slate",    "Terracotta", "Wicker",
    "Rattan",   "Cashmere",        "Fleece",  "Cast Iron", "Pewter",   "Plastic",
};

const DictList dict_product_material = LIST(product_material_az, 0, 0);

/* Products. */
static const char *const product_noun_az[] = {
    "Backpack",
    "Desk Lamp",
    "Mug",
    "Water Bottle",
    "Chair",
    "Table",
    "Notebook",
    "Pen",
    "Wallet",
    "Watch",
    "Headphones",
    "Keyboard",
    "Mouse",
    "Speaker",
    "Floor Lamp",
    "Vase",
    "Bowl",
    "Plate",
    "Cutting Board",
    "Knife Set",
    "Frying Pan",
    "Saucepan",
    "Teapot",
    "Kettle",
    "Coffee Grinder",
    "French Press",
    "Blanket",
    "Pillow",
    "Throw",
    "Rug",
    "Doormat",
    "Towel",
    "Bath Mat",
    "Shower Curtain",
    "Candle Holder",
    "Picture Frame",
    "Mirror",
    "Wall Clock",
    "Bookshelf",
    "Stool",
    "Bench",
    "Side Table",
    "Coffee Table",
    "Desk",
    "Storage Box",
    "Basket",
    "Planter",
    "Watering Can",
    "Tote Bag",
    "Duffel Bag",
    "Messenger Bag",
    "Belt",
    "Scarf",
    "Beanie",
    "Gloves",
    "Jacket",
    "Hoodie",
    "Sweater",
    "T-Shirt",
    "Sneakers",
    "Boots",
    "Sunglasses",
    "Phone Case",
    "Laptop Sleeve",
    "Charging Stand",
    "Cable Organizer",
    "Monitor Stand",
    "Bike Helmet",
    "Yoga Mat",
    "Dumbbell Set",
    "Jump Rope",
    "Tent",
    "Sleeping Bag",
    "Camping Chair",
    "Lantern",
    "Flashlight",
    "Cooler",
    "Thermos",
    "Lunch Box",
    "Tumbler",
    "Serving Tray",
    "Spice Rack",
    "Coaster Set",
    "Salad Bowl",
    "Mixing Bowl",
    "Measuring Cups",
    "Apron",
    "Oven Mitt",
    "Cheese Board",
    "Ice Bucket",
    "Bottle Opener",
    "Pocket Knife",
    "Multi-Tool",
    "Tool Box",
    "Hammer",
    "Screwdriver Set",
    "Tape Measure",
    "Umbrella",
    "Luggage Tag",
    "Passport Holder",
    "Journal",
    "Sketchbook",
    "Pencil Case",
    "Bookends",
    "Desk Organizer",
    "Wall Shelf",
    "Coat Rack",
    "Shoe Rack",
    "Laundry Basket",
    "Trash Can",
    "Soap Dispenser",
    "Jewelry Box",
    "Keychain",
    "Card Holder",
    "Bracelet",
    "Necklace",
    "Earrings",
    "Cufflinks",
    "Tie",
    "Hat",
    "Cap",
    "Socks",
    "Slippers",
    "Robe",
};

const DictList dict_product_noun = LIST(product_noun_az, 0, 0);

/* Product categories. */
static const char *const product_category_az[] = {
    "Electronics",
    "Home & Kitchen",
    "Furniture",
    "Clothing",
    "Shoes",
    "Jewelry",
    "Beauty & Personal Care",
    "Health & Wellness",
    "Sports & Outdoors",
    "Toys & Games",
    "Books",
    "Music",
    "Movies & TV",
    "Office Supplies",
    "Pet Supplies",
    "Garden & Outdoor",
    "Tools & Home Improvement",
    "Automotive",
    "Baby",
    "Grocery",
    "Computers",
    "Cell Phones & Accessories",
    "Cameras",
    "Video Games",
    "Arts & Crafts",
    "Luggage & Travel",
    "Handbags & Accessories",
    "Watches",
    "Bedding",
    "Bath",
    "Lighting",
    "Home Decor",
    "Kitchen & Dining",
    "Appliances",
    "Fitness Equipment",
    "Camping & Hiking",
    "Cycling",
    "Industrial & Scientific",
    "Musical Instruments",
    "Party Supplies",
    "Stationery",
    "Smart Home",
    "Audio",
    "Storage & Organization",
    "Cleaning Supplies",
    "Snacks",
    "Beverages",
    "Vitamins & Supplements",
};

const DictList dict_product_category = LIST(product_category_az, 0, 0);

/* Colour names. */
static const char *const color_az[] = {
    "Red",       "Blue",  "Green",    "Black",      "White",  "Gray",      "Navy",         "Charcoal",
    "Beige",     "Ivory", "Cream",    "Tan",        "Brown",  "Chocolate", "Burgundy",     "Maroon",
    "Crimson",   "Coral", "Salmon",   "Peach",      "Orange", "Amber",     "Mustard",      "Gold",
    "Yellow",    "Lime",  "Olive",    "Sage",       "Mint",   "Emerald",   "Forest Green", "Teal",
    "Turquoise", "Aqua",  "Sky Blue", "Royal Blue", "Cobalt", "Indigo",    "Lavender",     "Lilac",
    "Purple",    "Plum",  "Magenta",  "Pink",       "Rose",   "Blush",     "Silver",       "Slate",
    "Taupe",     "Khaki", "Sand",     "Rust",       "Copper", "Bronze",
};

const DictList dict_color = LIST(color_az, 0, 0);

/* Music genres. */
static const char *const music_genre_az[] = {
    "Rock",        "Pop",        "Jazz",      "Blues",      "Country",       "Hip Hop",
    "R&B",         "Soul",       "Funk",      "Electronic", "House",         "Techno",
    "Reggae",      "Classical",  "Folk",      "Indie Rock", "Alternative",   "Punk",
    "Heavy Metal", "Gospel",     "Latin",     "Reggaeton",  "K-Pop",         "Ambient",
    "Disco",       "Bluegrass",  "Synth-Pop", "Trap",       "Lo-Fi",         "Singer-Songwriter",
    "Afrobeats",   "Opera",      "Grunge",    "Ska",        "Drum and Bass", "Dubstep",
    "Americana",   "Soundtrack",
};

const DictList dict_music_genre = LIST(music_genre_az, 0, 0);

/* Film genres. */
static const char *const film_genre_az[] = {
    "Action",
    "Adventure",
    "Animation",
    "Comedy",
    "Crime",
    "Documentary",
    "Drama",
    "Family",
    "Fantasy",
    "Film Noir",
    "Historical",
    "Horror",
    "Musical",
    "Mystery",
    "Romance",
    "Romantic Comedy",
    "Science Fiction",
    "Sports",
    "Thriller",
    "War",
    "Western",
    "Biography",
    "Superhero",
    "Psychological Thriller",
    "Coming-of-Age",
    "Disaster",
    "Heist",
    "Martial Arts",
    "Spy",
    "Satire",
    "Mockumentary",
    "Period Drama",
    "Political Thriller",
    "Legal Drama",
    "Teen Comedy",
};

const DictList dict_film_genre = LIST(film_genre_az, 0, 0);

/* Book genres. */
static const char *const book_genre_az[] = {
    "Literary Fiction",
    "Mystery",
    "Thriller",
    "Romance",
    "Science Fiction",
    "Fantasy",
    "Historical Fiction",
    "Horror",
    "Young Adult",
    "Children's",
    "Biography",
    "Memoir",
    "Self-Help",
    "Business",
    "History",
    "Poetry",
    "True Crime",
    "Travel",
    "Cookbook",
    "Graphic Novel",
    "Essays",
    "Philosophy",
    "Popular Science",
    "Psychology",
    "Health & Fitness",
    "Religion & Spirituality",
    "Humor",
    "Dystopian",
    "Short Stories",
    "Crime Fiction",
    "Adventure",
    "Classics",
    "Contemporary Fiction",
    "Politics",
    "Parenting",
    "Art & Photography",
};

const DictList dict_book_genre = LIST(book_genre_az, 0, 0);

/* Adjectives for titles: "The Silent Harbor". */
static const char *const title_adjective_az[] = {
    "Silent",    "Hidden",    "Lost",     "Broken",   "Golden",   "Silver",    "Crimson",   "Scarlet",
    "Distant",   "Forgotten", "Secret",   "Last",     "First",    "Burning",   "Frozen",    "Wild",
    "Quiet",     "Dark",      "Bright",   "Hollow",   "Endless",  "Fading",    "Falling",   "Rising",
    "Shattered", "Wandering", "Restless", "Sleeping", "Midnight", "Northern",  "Southern",  "Ancient",
    "Electric",  "Velvet",    "Iron",     "Glass",    "Paper",    "Stone",     "Copper",    "Emerald",
    "Blue",      "Black",     "White",    "Red",      "Lonely",   "Gentle",    "Savage",    "Sacred",
    "Bitter",    "Sweet",     "Little",   "Long",     "Infinite", "Invisible", "Stolen",    "Summer",
    "Winter",    "Autumn",    "Painted",  "Wicked",   "Brave",    "Stray",     "Empty",     "Final",
    "Hungry",    "Crooked",   "Narrow",   "Tender",   "Violet",   "Amber",     "Cold",      "Morning",
    "Evening",   "Perfect",   "Strange",  "Lucky",    "Blind",    "Open",      "Midsummer",
};

const DictList dict_title_adjective = LIST(title_adjective_az, 0, 0);

/* Nouns for titles, singular with regular plurals. */
static const char *const title_noun_az[] = {
    "Harbor",    "River",    "Garden",  "Mountain", "Shadow",    "Light",    "Storm",      "Ocean",
    "Island",    "Road",     "Door",    "Window",   "House",     "Kingdom",  "Empire",     "Crown",
    "Heart",     "Dream",    "Night",   "Sky",      "Star",      "Moon",     "Sun",        "Fire",
    "Flame",     "Ember",    "Stone",   "Bridge",   "Tower",     "Castle",   "Forest",     "Valley",
    "Lake",      "Sea",      "Shore",   "Tide",     "Wave",      "Wind",     "Rain",       "Snow",
    "Season",    "Song",     "Whisper", "Secret",   "Promise",   "Letter",   "Map",        "Key",
    "Mirror",    "Clock",    "Hour",    "Day",      "Year",      "Memory",   "Story",      "Legend",
    "Ghost",     "Angel",    "Queen",   "King",     "Prince",    "Stranger", "Traveler",   "Hunter",
    "Soldier",   "Sister",   "Brother", "Daughter", "Son",       "Mother",   "Father",     "Friend",
    "Lover",     "Widow",    "Orphan",  "Field",    "Meadow",    "Orchard",  "Lighthouse", "Station",
    "City",      "Town",     "Village", "Street",   "Lantern",   "Candle",   "Feather",    "Rose",
    "Lily",      "Raven",    "Sparrow", "Swan",     "Fox",       "Horse",    "Tiger",      "Dragon",
    "Serpent",   "Lion",     "Bird",    "Wing",     "Hill",      "Canyon",   "Desert",     "Horizon",
    "Dawn",      "Twilight", "Silence", "Journey",  "Voyage",    "Border",   "Frontier",   "Game",
    "Dance",     "Symphony", "Melody",  "Ballad",   "Poem",      "Prayer",   "Diary",      "Photograph",
    "Ticket",    "Compass",  "Anchor",  "Sail",     "Ship",      "Train",    "Highway",    "Throne",
    "Sword",     "Shield",   "Arrow",   "Ring",     "Cathedral", "Temple",   "Hotel",      "Room",
    "Attic",     "Tree",     "Branch",  "Root",     "Seed",      "Harvest",  "Crow",       "Owl",
    "Butterfly", "Circle",   "Edge",    "Passage",  "Gate",      "Wall",     "Path",       "Trail",
    "Cloud",     "Spark",    "Fortune", "Alibi",    "Witness",   "Painter",  "Dancer",     "Singer",
    "Sailor",    "Pilot",    "Keeper",
};

const DictList dict_title_noun = LIST(title_noun_az, 0, 0);

/* Sentence nouns: singular, countable, regular plurals. */
static const char *const word_noun_az[] = {
    "team",         "platform",     "customer",    "product",       "service",    "tool",
    "dashboard",    "report",       "workflow",    "project",       "partner",    "client",
    "user",         "manager",      "developer",   "designer",      "engineer",   "analyst",
    "company",      "business",     "brand",       "store",         "shop",       "market",
    "app",          "device",       "system",      "network",       "server",     "database",
    "feature",      "update",       "release",     "plan",          "budget",     "invoice",
    "order",        "shipment",     "package",     "delivery",      "supplier",   "vendor",
    "contract",     "account",      "payment",     "subscription",  "campaign",   "strategy",
    "goal",         "target",       "metric",      "result",        "process",    "task",
    "deadline",     "meeting",      "schedule",    "calendar",      "document",   "file",
    "folder",       "template",     "form",        "survey",        "review",     "comment",
    "message",      "notification", "alert",       "request",       "ticket",     "issue",
    "question",     "answer",       "solution",    "idea",          "insight",    "trend",
    "opportunity",  "challenge",    "risk",        "decision",      "policy",     "rule",
    "standard",     "guideline",    "requirement", "specification", "prototype",  "design",
    "layout",       "interface",    "screen",      "page",          "website",    "portal",
    "channel",      "community",    "audience",    "visitor",       "member",     "employee",
    "colleague",    "department",   "office",      "warehouse",     "factory",    "facility",
    "location",     "region",       "branch",      "route",         "vehicle",    "fleet",
    "inventory",    "catalog",      "collection",  "item",          "component",  "module",
    "plugin",       "integration",  "connection",  "sensor",        "camera",     "machine",
    "kit",          "bundle",       "offer",       "discount",      "coupon",     "price",
    "quote",        "estimate",     "forecast",    "model",         "experiment", "benchmark",
    "milestone",    "roadmap",      "backlog",     "sprint",        "launch",     "event",
    "webinar",      "workshop",     "course",      "lesson",        "guide",      "tutorial",
    "article",      "newsletter",   "podcast",     "video",         "photo",      "image",
    "chart",        "graph",        "spreadsheet", "record",        "entry",      "profile",
    "setting",      "preference",   "permission",  "role",          "backup",     "archive",
    "log",          "pipeline",     "deployment",  "environment",   "cluster",    "container",
    "library",      "framework",    "workspace",   "widget",        "label",      "tag",
    "category",     "segment",      "lead",        "prospect",      "deal",       "proposal",
    "presentation", "agenda",       "handbook",    "manual",        "checklist",  "procedure",
    "audit",        "inspection",   "assessment",  "evaluation",    "license",    "warranty",
    "refund",       "complaint",    "rating",      "score",         "award",      "expense",
    "receipt",      "transaction",  "transfer",    "balance",       "statement",  "asset",
    "portfolio",    "fund",         "investment",  "stakeholder",   "investor",   "board",
    "committee",    "founder",      "leader",      "mentor",        "coach",      "volunteer",
    "consultant",   "specialist",   "expert",      "technician",    "operator",   "courier",
    "carrier",      "retailer",     "distributor", "manufacturer",  "provider",   "seller",
    "buyer",        "shopper",      "subscriber",  "reader",        "viewer",     "player",
    "guest",        "tenant",       "student",     "teacher",
};

const DictList dict_word_noun = LIST(word_noun_az, 0, 0);

/* Sentence verbs: third person present, transitive. */
static const char *const word_verb_az[] = {
    "builds",      "connects",     "simplifies",  "supports",    "tracks",      "improves",   "delivers",
    "manages",     "automates",    "streamlines", "organizes",   "monitors",    "analyzes",   "reviews",
    "updates",     "creates",      "designs",     "tests",       "launches",    "schedules",  "shares",
    "stores",      "protects",     "secures",     "encrypts",    "syncs",       "imports",    "exports",
    "publishes",   "measures",     "optimizes",   "scales",      "integrates",  "customizes", "configures",
    "validates",   "approves",     "processes",   "handles",     "routes",      "assigns",    "prioritizes",
    "filters",     "sorts",        "highlights",  "summarizes",  "visualizes",  "predicts",   "forecasts",
    "recommends",  "personalizes", "rewards",     "engages",     "notifies",    "reminds",    "guides",
    "helps",       "empowers",     "enables",     "accelerates", "reduces",     "increases",  "boosts",
    "strengthens", "balances",     "coordinates", "plans",       "prepares",    "ships",      "packs",
    "inspects",    "repairs",      "maintains",   "replaces",    "upgrades",    "refreshes",  "restores",
    "cleans",      "collects",     "gathers",     "captures",    "records",     "logs",       "audits",
    "verifies",    "confirms",     "follows",     "leads",       "trains",      "teaches",    "explains",
    "describes",   "documents",    "presents",    "previews",    "compares",    "evaluates",  "ranks",
    "rates",       "welcomes",     "serves",      "answers",     "resolves",    "fixes",      "closes",
    "opens",       "unlocks",      "extends",     "expands",     "reshapes",    "transforms", "modernizes",
    "unifies",     "combines",     "bundles",     "packages",    "labels",      "tags",       "drafts",
    "edits",       "refines",      "polishes",    "clarifies",   "anticipates", "inspires",   "attracts",
    "retains",     "onboards",     "funds",       "sells",       "orders",      "invoices",   "shapes",
    "powers",      "drives",       "fuels",       "hosts",       "runs",        "operates",   "controls",
    "adjusts",     "calibrates",   "tunes",       "renews",      "curates",
};

const DictList dict_word_verb = LIST(word_verb_az, 0, 0);

/* Sentence adjectives. */
static const char *const word_adjective_az[] = {
    "reliable",     "simple",        "fast",          "secure",      "flexible",      "modern",
    "powerful",     "intuitive",     "scalable",      "efficient",   "robust",        "seamless",
    "smart",        "lightweight",   "affordable",    "accurate",    "consistent",    "detailed",
    "clear",        "clean",         "friendly",      "helpful",     "practical",     "responsive",
    "stable",       "transparent",   "trusted",       "innovative",  "creative",      "dynamic",
    "global",       "local",         "digital",       "mobile",      "custom",        "automated",
    "integrated",   "collaborative", "proactive",     "strategic",   "sustainable",   "durable",
    "compact",      "portable",      "elegant",       "premium",     "essential",     "everyday",
    "professional", "dedicated",     "experienced",   "independent", "small",         "large",
    "growing",      "busy",          "remote",        "distributed", "shared",        "private",
    "public",       "internal",      "external",      "new",         "recent",        "current",
    "upcoming",     "annual",        "monthly",       "weekly",      "daily",         "quarterly",
    "regional",     "national",      "international", "complete",    "comprehensive", "focused",
    "streamlined",  "organized",     "structured",    "accessible",  "convenient",    "comfortable",
    "quiet",        "bright",        "colorful",      "versatile",   "adaptable",     "customizable",
    "interactive",  "real-time",     "cloud-based",   "data-driven", "open",          "careful",
    "curious",      "ambitious",     "thoughtful",    "balanced",    "nimble",        "agile",
    "bold",         "calm",          "smooth",        "steady",      "generous",      "loyal",
    "modular",      "precise",       "rapid",         "safe",        "solid",         "tidy",
    "vibrant",      "warm",          "wise",          "fresh",       "sharp",         "gentle",
};

const DictList dict_word_adjective = LIST(word_adjective_az, 0, 0);

/* Sentence adverbs (and adverbial phrases). */
static const char *const word_adverb_az[] = {
    "quickly",       "easily",      "reliably",      "efficiently",     "seamlessly",    "securely",
    "automatically", "instantly",   "smoothly",      "consistently",    "accurately",    "effortlessly",
    "carefully",     "clearly",     "safely",        "directly",        "continuously",  "regularly",
    "quietly",       "flexibly",    "intelligently", "proactively",     "transparently", "precisely",
    "affordably",    "simply",      "rapidly",       "steadily",        "gracefully",    "confidently",
    "responsibly",   "sustainably", "independently", "collaboratively", "dynamically",   "globally",
    "remotely",      "daily",       "on time",       "in real time",    "at scale",      "every day",
    "without delay", "with ease",
};

const DictList dict_word_adverb = LIST(word_adverb_az, 0, 0);

/* Generic statuses. */
static const char *const status_az[] = {
    "Active",    "Inactive",  "Pending", "Suspended",   "Archived", "Draft",  "Approved", "Rejected",
    "Completed", "Cancelled", "On Hold", "In Progress", "Expired",  "Closed", "Open",
};
static const uint32_t status_w[] = {
    40, 10, 10, 2, 4, 4, 6, 2, 8, 3, 2, 6, 2, 3, 4,
};
SAME_LEN(status_az, status_w);

const DictList dict_status = LIST(status_az, status_w, 0);

/* Top-level domains, without the dot. */
static const char *const tld_az[] = {
    "com", "net", "org", "io", "co", "us", "info", "biz", "dev", "app", "ai", "tech", "me", "xyz",
};
static const uint32_t tld_w[] = {
    60, 8, 8, 4, 3, 2, 1, 1, 1, 1, 1, 1, 1, 1,
};
SAME_LEN(tld_az, tld_w);

const DictList dict_tld = LIST(tld_az, tld_w, 0);

/* Words for domain names, lowercase ASCII. */
static const char *const domain_word_az[] = {
    "cloud", "data",   "tech",   "web",    "net",    "hub",   "lab",    "labs",  "works",  "digital",
    "media", "market", "shop",   "store",  "link",   "point", "base",   "stack", "flow",   "wave",
    "spark", "bright", "blue",   "green",  "red",    "north", "south",  "east",  "west",   "summit",
    "peak",  "river",  "lake",   "harbor", "bay",    "ridge", "stone",  "rock",  "pine",   "oak",
    "maple", "cedar",  "fox",    "owl",    "bear",   "wolf",  "hawk",   "eagle", "falcon", "lion",
    "tiger", "star",   "sun",    "moon",   "sky",    "orbit", "pixel",  "byte",  "code",   "logic",
    "mind",  "smart",  "quick",  "fast",   "swift",  "true",  "clear",  "prime", "core",   "next",
    "now",   "go",     "get",    "my",     "one",    "zen",   "nova",   "terra", "aqua",   "metro",
    "urban", "local",  "global", "atlas",  "vista",  "scope", "signal", "pulse", "beacon", "bridge",
    "path",  "trail",  "nest",   "hive",   "studio", "craft", "forge",  "mint",  "honey",  "plum",
    "sage",  "ember",  "glow",   "echo",   "loop",   "grid",  "sync",   "vault", "gate",
};

const DictList dict_domain_word = LIST(domain_word_az, 0, 0);

/* MIME types and their file extensions, in the same order. */
static const char *const mime_type_az[] = {
    "application/pdf",
    "application/msword",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.ms-excel",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.ms-powerpoint",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "application/vnd.oasis.opendocument.text",
    "application/vnd.oasis.opendocument.spreadsheet",
    "text/plain",
    "text/csv",
    "text/html",
    "text/css",
    "text/markdown",
    "text/javascript",
    "application/json",
    "application/xml",
    "application/zip",
    "application/gzip",
    "application/x-tar",
    "application/x-7z-compressed",
    "image/jpeg",
    "image/png",
    "image/gif",
    "image/webp",
    "image/svg+xml",
    "image/tiff",
    "image/bmp",
    "image/heic",
    "image/x-icon",
    "audio/mpeg",
    "audio/wav",
    "audio/ogg",
    "audio/aac",
    "audio/flac",
    "video/mp4",
    "video/quicktime",
    "video/webm",
    "video/x-msvideo",
    "application/rtf",
    "application/epub+zip",
    "font/woff2",
    "application/sql",
    "text/calendar",
    "text/vcard",
    "application/x-sh",
    "application/yaml",
};

static const char *const file_ext_az[] = {
    "pdf",  "doc",  "docx", "xls",  "xlsx", "ppt",   "pptx", "odt", "ods", "txt", "csv",  "html",
    "css",  "md",   "js",   "json", "xml",  "zip",   "gz",   "tar", "7z",  "jpg", "png",  "gif",
    "webp", "svg",  "tiff", "bmp",  "heic", "ico",   "mp3",  "wav", "ogg", "aac", "flac", "mp4",
    "mov",  "webm", "avi",  "rtf",  "epub", "woff2", "sql",  "ics", "vcf", "sh",  "yaml",
};

SAME_LEN(mime_type_az, file_ext_az);

const DictList dict_mime_type = LIST(mime_type_az, 0, 0);

const DictList dict_file_ext = LIST(file_ext_az, 0, 0);

/* Words for file names: "invoice_042.pdf". */
static const char *const file_word_az[] = {
    "report",       "invoice",   "receipt",   "contract", "proposal", "summary",    "budget",     "forecast",
    "presentation", "notes",     "minutes",   "agenda",   "draft",    "final",      "backup",     "export",
    "import",       "data",      "photo",     "image",    "scan",     "screenshot", "logo",       "banner",
    "diagram",      "chart",     "schedule",  "roster",   "resume",   "letter",     "memo",       "statement",
    "quote",        "order",     "manifest",  "catalog",  "brochure", "flyer",      "newsletter", "handbook",
    "manual",       "guide",     "checklist", "plan",     "roadmap",  "timeline",   "specs",      "mockup",
    "wireframe",    "recording", "podcast",   "video",    "clip",     "archive",    "template",   "form",
    "survey",       "results",   "analysis",  "audit",    "policy",
};

const DictList dict_file_word = LIST(file_word_az, 0, 0);

/* User agents of current browsers, rough traffic shares. */
static const char *const user_agent_az[] = {
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) "
    "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) "
    "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) "
    "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) "
    "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) "
    "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64) "
    "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Linux; Android 10; K) "
    "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 10; K) "
    "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) "
    "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36 Edg/142.0.0.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) "
    "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36 Edg/141.0.0.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:145.0) "
    "Gecko/20100101 Firefox/145.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:144.0) "
    "Gecko/20100101 Firefox/144.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:145.0) "
    "Gecko/20100101 Firefox/145.0",
    "Mozilla/5.0 (X11; Linux x86_64; rv:145.0) "
    "Gecko/20100101 Firefox/145.0",
    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:144.0) "
    "Gecko/20100101 Firefox/144.0",
    "Mozilla/5.0 (Android 15; Mobile; rv:145.0) "
    "Gecko/145.0 Firefox/145.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) "
    "AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.1 Safari/605.1.15",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) "
    "AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.6 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) "
    "AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.1 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) "
    "AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.6 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_7 like Mac OS X) "
    "AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.7 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (iPad; CPU OS 18_6 like Mac OS X) "
    "AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.1 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) "
    "AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/142.0.7444.77 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-S928B) "
    "AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/28.0 Chrome/130.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) "
    "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36 OPR/123.0.0.0",
    "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) "
    "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36",
};

static const uint32_t user_agent_w[] = {
    14, 9, 4, 6, 3, 2, 12, 6, 5, 3, 3, 2, 1, 1, 1, 1, 4, 2, 10, 5, 1, 2, 2, 2, 1, 1,
};

SAME_LEN(user_agent_az, user_agent_w);

const DictList dict_user_agent = LIST(user_agent_az, user_agent_w, 0);

/* ISO 4217 currency codes, rough shares. */
static const char *const currency_code_az[] = {
    "USD", "EUR", "JPY", "GBP", "CNY", "CAD", "AUD", "CHF", "HKD", "SGD", "KRW", "INR", "SEK",
    "NOK", "DKK", "NZD", "BRL", "MXN", "ZAR", "TRY", "PLN", "THB", "IDR", "MYR", "PHP", "CZK",
    "HUF", "ILS", "AED", "SAR", "TWD", "CLP", "COP", "ARS", "EGP", "NGN", "VND", "PKR", "KES",
};
static const uint32_t currency_code_w[] = {
    40, 25, 6, 6, 5, 3, 3, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1,
    1,  1,  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
};
SAME_LEN(currency_code_az, currency_code_w);

const DictList dict_currency_code = LIST(currency_code_az, currency_code_w, 0);

/* Countries (ISO 3166-1 English short names) and their alpha-2 codes. */
static const char *const country_az[] = {
    "Afghanistan",
    "Albania",
    "Algeria",
    "Andorra",
    "Angola",
    "Argentina",
    "Armenia",
    "Australia",
    "Austria",
    "Azerbaijan",
    "Bahamas",
    "Bahrain",
    "Bangladesh",
    "Barbados",
    "Belarus",
    "Belgium",
    "Belize",
    "Benin",
    "Bhutan",
    "Bolivia",
    "Bosnia and Herzegovina",
    "Botswana",
    "Brazil",
    "Brunei",
    "Bulgaria",
    "Burkina Faso",
    "Cambodia",
    "Cameroon",
    "Canada",
    "Chile",
    "China",
    "Colombia",
    "Costa Rica",
    "Côte d'Ivoire",
    "Croatia",
    "Cuba",
    "Cyprus",
    "Czechia",
    "Denmark",
    "Dominican Republic",
    "Ecuador",
    "Egypt",
    "El Salvador",
    "Estonia",
    "Ethiopia",
    "Fiji",
    "Finland",
    "France",
    "Georgia",
    "Germany",
    "Ghana",
    "Greece",
    "Guatemala",
    "Honduras",
    "Hong Kong",
    "Hungary",
    "Iceland",
    "India",
    "Indonesia",
    "Iran",
    "Iraq",
    "Ireland",
    "Israel",
    "Italy",
    "Jamaica",
    "Japan",
    "Jordan",
    "Kazakhstan",
    "Kenya",
    "Kuwait",
    "Kyrgyzstan",
    "Laos",
    "Latvia",
    "Lebanon",
    "Libya",
    "Liechtenstein",
    "Lithuania",
    "Luxembourg",
    "Madagascar",
    "Malaysia",
    "Maldives",
    "Mali",
    "Malta",
    "Mauritius",
    "Mexico",
    "Moldova",
    "Monaco",
    "Mongolia",
    "Montenegro",
    "Morocco",
    "Mozambique",
    "Myanmar",
    "Namibia",
    "Nepal",
    "Netherlands",
    "New Zealand",
    "Nicaragua",
    "Nigeria",
    "North Macedonia",
    "Norway",
    "Oman",
    "Pakistan",
    "Panama",
    "Papua New Guinea",
    "Paraguay",
    "Peru",
    "Philippines",
    "Poland",
    "Portugal",
    "Puerto Rico",
    "Qatar",
    "Romania",
    "Russia",
    "Rwanda",
    "Saudi Arabia",
    "Senegal",
    "Serbia",
    "Singapore",
    "Slovakia",
    "Slovenia",
    "South Africa",
    "South Korea",
    "Spain",
    "Sri Lanka",
    "Sudan",
    "Sweden",
    "Switzerland",
    "Taiwan",
    "Tanzania",
    "Thailand",
    "Trinidad and Tobago",
    "Tunisia",
    "Türkiye",
    "Uganda",
    "Ukraine",
    "United Arab Emirates",
    "United Kingdom",
    "United States",
    "Uruguay",
    "Uzbekistan",
    "Venezuela",
    "Vietnam",
    "Yemen",
    "Zambia",
    "Zimbabwe",
};

static const char *const country_code_az[] = {
    "AF", "AL", "DZ", "AD", "AO", "AR", "AM", "AU", "AT", "AZ", "BS", "BH", "BD", "BB", "BY", "BE", "BZ",
    "BJ", "BT", "BO", "BA", "BW", "BR", "BN", "BG", "BF", "KH", "CM", "CA", "CL", "CN", "CO", "CR", "CI",
    "HR", "CU", "CY", "CZ", "DK", "DO", "EC", "EG", "SV", "EE", "ET", "FJ", "FI", "FR", "GE", "DE", "GH",
    "GR", "GT", "HN", "HK", "HU", "IS", "IN", "ID", "IR", "IQ", "IE", "IL", "IT", "JM", "JP", "JO", "KZ",
    "KE", "KW", "KG", "LA", "LV", "LB", "LY", "LI", "LT", "LU", "MG", "MY", "MV", "ML", "MT", "MU", "MX",
    "MD", "MC", "MN", "ME", "MA", "MZ", "MM", "NA", "NP", "NL", "NZ", "NI", "NG", "MK", "NO", "OM", "PK",
    "PA", "PG", "PY", "PE", "PH", "PL", "PT", "PR", "QA", "RO", "RU", "RW", "SA", "SN", "RS", "SG", "SK",
    "SI", "ZA", "KR", "ES", "LK", "SD", "SE", "CH", "TW", "TZ", "TH", "TT", "TN", "TR", "UG", "UA", "AE",
    "GB", "US", "UY", "UZ", "VE", "VN", "YE", "ZM", "ZW",
};

SAME_LEN(country_az, country_code_az);

const DictList dict_country = LIST(country_az, 0, 0);

const DictList dict_country_code = LIST(country_code_az, 0, 0);
