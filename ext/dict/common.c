/*
** common.c — syda's locale-independent word lists (English).
**
** Every list was written for syda.  Facts behind some of them:
**   - MIME types: the IANA media type registry (public), paired with each
**     type's usual file extension;
**   - currencies: the ISO 4217 codes in use (facts), English names written
**     for syda; weights are rough shares of international payments,
**     written for syda;
**   - countries: every ISO 3166-1 alpha-2 and alpha-3 code (facts; the
**     alpha-2 list checked against the public-domain iso3166.tab of the tz
**     database), English short names written for syda; the currency of
**     each, from the entities the ISO 4217 list names (facts);
**   - languages: every ISO 639-1 code (facts) with the language's English
**     name; the most spoken ones' rough speaker counts (public facts);
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

/* Medical specialties: the common names of the fields of medicine (public
** facts), written for syda. */
static const char *const medical_specialty_az[] = {
    "Family Medicine", "Internal Medicine", "Pediatrics",       "Cardiology",         "Dermatology",
    "Neurology",       "Oncology",          "Orthopedics",      "Psychiatry",         "Radiology",
    "Anesthesiology",  "Emergency Medicine", "Gastroenterology", "Endocrinology",      "Nephrology",
    "Pulmonology",     "Rheumatology",      "Urology",          "Ophthalmology",      "Otolaryngology",
    "Obstetrics and Gynecology", "General Surgery", "Neurosurgery", "Plastic Surgery", "Cardiothoracic Surgery",
    "Infectious Disease", "Hematology",     "Geriatrics",       "Allergy and Immunology", "Pathology",
    "Physical Medicine and Rehabilitation", "Sports Medicine", "Vascular Surgery", "Nuclear Medicine",
    "Palliative Care",
};

const DictList dict_medical_specialty = LIST(medical_specialty_az, 0, 0);

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

/*
** Product lines: a category, the words by which a category text names it,
** the things it sells and adjectives that fit each of them ("Professional
** Cast Iron Skillet" in Kitchen & Dining), and a usual price range in US
** dollars.  Written for syda; the ranges are rough estimates.  Weights are
** rough shares of a general store's catalogue; business software and
** services have weight 0: they are used only when a listed category names
** them ("Cloud Infrastructure", "Support Package").  No noun is in two
** lines, and no adjective repeats a word of its line's nouns.
*/
static const char *const pl0_noun[] = {"Cast Iron Skillet",
                                       "Nonstick Frying Pan",
                                       "Stainless Steel Saucepan",
                                       "Dutch Oven",
                                       "Stockpot",
                                       "Carbon Steel Wok",
                                       "Grill Pan",
                                       "Roasting Pan"};
static const char *const pl0_adj[] = {"Classic",  "Professional", "Heavy-Duty",
                                      "Everyday", "Premium",      "Essential"};
static const char *const pl1_noun[] = {
    "Chef's Knife",      "Bamboo Cutting Board", "Knife Block Set",       "Mixing Bowl Set",
    "Measuring Cup Set", "Silicone Spatula Set", "Digital Kitchen Scale", "Salad Spinner"};
static const char *const pl1_adj[] = {"Professional", "Classic", "Everyday", "Premium", "Essential"};
static const char *const pl2_noun[] = {
    "French Press", "Pour-Over Coffee Maker", "Burr Coffee Grinder", "Electric Kettle",
    "Teapot",       "Espresso Cup Set",       "Travel Mug",          "Milk Frother"};
static const char *const pl2_adj[] = {"Stainless Steel", "Classic", "Compact", "Premium", "Modern"};
static const char *const pl3_noun[] = {"Dinner Plate Set", "Stoneware Bowl Set", "Serving Platter",
                                       "Wine Glass Set",   "Flatware Set",       "Acacia Cheese Board",
                                       "Salad Bowl",       "Table Runner"};
static const char *const pl3_adj[] = {"Classic", "Modern", "Rustic", "Elegant", "Handcrafted", "Everyday"};
static const char *const pl4_noun[] = {"Throw Pillow",  "Table Lamp",   "Wall Mirror",
                                       "Picture Frame", "Ceramic Vase", "Scented Candle",
                                       "Area Rug",      "Wall Clock",   "Throw Blanket"};
static const char *const pl4_adj[] = {"Modern",  "Rustic",      "Boho",       "Minimalist",
                                      "Vintage", "Handcrafted", "Mid-Century"};
static const char *const pl5_noun[] = {"Accent Chair",  "Coffee Table", "Side Table", "Bookshelf",
                                       "TV Stand",      "Dining Chair", "Nightstand", "Bar Stool",
                                       "Storage Bench", "Writing Desk"};
static const char *const pl5_adj[] = {"Modern",     "Mid-Century",  "Rustic",
                                      "Industrial", "Scandinavian", "Classic"};
static const char *const pl6_noun[] = {"Duvet Cover Set", "Sheet Set",      "Down Pillow", "Weighted Blanket",
                                       "Quilt",           "Bath Towel Set", "Bath Mat",    "Bathrobe"};
static const char *const pl6_adj[] = {"Organic Cotton", "Luxury",   "Hotel-Quality",
                                      "Classic",        "Everyday", "Plush"};
static const char *const pl7_noun[] = {"Crewneck T-Shirt", "Pullover Hoodie", "Denim Jacket",  "Chinos",
                                       "Merino Sweater",   "Rain Jacket",     "Flannel Shirt", "Joggers",
                                       "Polo Shirt",       "Oxford Shirt"};
static const char *const pl7_adj[] = {"Classic",   "Relaxed-Fit", "Slim-Fit",   "Everyday",
                                      "Essential", "Vintage",     "Lightweight"};
static const char *const pl8_noun[] = {"Leather Wallet",       "Tote Bag",   "Crossbody Bag",
                                       "Leather Belt",         "Wool Scarf", "Knit Beanie",
                                       "Polarized Sunglasses", "Card Holder"};
static const char *const pl8_adj[] = {"Classic", "Everyday", "Minimalist", "Vintage", "Handmade"};
static const char *const pl9_noun[] = {"Running Shoes", "Sneakers", "Chelsea Boots", "Hiking Boots",
                                       "Loafers",       "Sandals",  "Slippers",      "Trail Runners"};
static const char *const pl9_adj[] = {"Men's", "Women's", "Classic", "Lightweight", "Everyday", "Vegan"};
static const char *const pl10_noun[] = {"Pendant Necklace",  "Stud Earrings", "Hoop Earrings",
                                        "Chain Bracelet",    "Signet Ring",   "Automatic Watch",
                                        "Chronograph Watch", "Charm Bracelet"};
static const char *const pl10_adj[] = {"Sterling Silver", "Gold-Plated", "Rose Gold",
                                       "Minimalist",      "Classic",     "Vintage"};
static const char *const pl11_noun[] = {"Bluetooth Speaker", "Wireless Earbuds", "Power Bank",
                                        "Smartwatch",        "Fitness Tracker",  "E-Reader",
                                        "Action Camera",     "Dash Cam",         "Pico Projector"};
static const char *const pl11_adj[] = {"Compact", "Portable", "Premium", "Rugged", "Lightweight", "Slim"};
static const char *const pl12_noun[] = {
    "Over-Ear Headphones", "Bookshelf Speakers", "Turntable",           "Soundbar",
    "USB Microphone",      "Studio Monitors",    "Headphone Amplifier", "Subwoofer"};
static const char *const pl12_adj[] = {"Classic", "Premium", "Compact", "Hi-Fi", "Professional", "Retro"};
static const char *const pl13_noun[] = {"Mechanical Keyboard", "Wireless Mouse", "Mouse Pad",
                                        "Keyboard Wrist Rest", "Trackpad"};
static const char *const pl13_adj[] = {"Ergonomic", "Compact", "Low-Profile", "Premium", "Minimalist"};
static const char *const pl14_noun[] = {"Laptop Stand",  "Monitor Arm",  "USB-C Hub", "Docking Station",
                                        "Laptop Sleeve", "External SSD", "HD Webcam"};
static const char *const pl14_adj[] = {"Compact", "Slim", "Premium", "Portable"};
static const char *const pl15_noun[] = {"Phone Case",      "Screen Protector",     "Wireless Charger",
                                        "Car Phone Mount", "USB-C Charging Cable", "Phone Grip",
                                        "Charging Stand"};
static const char *const pl15_adj[] = {"Slim", "Rugged", "Premium", "Magnetic", "Compact"};
static const char *const pl16_noun[] = {"Smart Plug",      "Video Doorbell",   "Smart Bulb",
                                        "Security Camera", "Smart Thermostat", "Smart Lock",
                                        "Motion Sensor"};
static const char *const pl16_adj[] = {"Wi-Fi", "Compact", "Premium"};
static const char *const pl17_noun[] = {"Yoga Mat",  "Resistance Band Set", "Adjustable Dumbbells",
                                        "Jump Rope", "Foam Roller",         "Kettlebell",
                                        "Gym Bag",   "Sports Water Bottle"};
static const char *const pl17_adj[] = {"Premium",      "Heavy-Duty", "Portable",
                                       "Professional", "Everyday",   "Eco-Friendly"};
static const char *const pl18_noun[] = {"Backpacking Tent", "Sleeping Bag",          "Hiking Backpack",
                                        "Camping Chair",    "LED Lantern",           "Headlamp",
                                        "Trekking Poles",   "Insulated Water Bottle"};
static const char *const pl18_adj[] = {"Ultralight", "Lightweight", "Compact", "Rugged", "Trail"};
static const char *const pl19_noun[] = {"Bike Helmet", "Bike Light Set", "Cycling Gloves", "Bike Lock",
                                        "Saddle Bag",  "Floor Pump",     "Bottle Cage"};
static const char *const pl19_adj[] = {"Lightweight", "Compact", "Road", "Commuter", "Premium"};
static const char *const pl20_noun[] = {"Face Moisturizer", "Vitamin C Serum", "Cleansing Balm",
                                        "Lip Balm",         "Body Lotion",     "Night Cream",
                                        "Eye Cream",        "Hand Cream"};
static const char *const pl20_adj[] = {"Hydrating",      "Gentle", "Organic",
                                       "Fragrance-Free", "Daily",  "Nourishing"};
static const char *const pl21_noun[] = {"Multivitamin",      "Vitamin D3 Gummies",  "Omega-3 Capsules",
                                        "Magnesium Tablets", "Whey Protein Powder", "Probiotic Capsules",
                                        "Electrolyte Mix"};
static const char *const pl21_adj[] = {"Daily", "Organic", "Vegan", "Extra-Strength", "Plant-Based"};
static const char *const pl22_noun[] = {"Building Blocks Set", "Jigsaw Puzzle",    "Board Game",
                                        "Plush Bear",          "Wooden Train Set", "Remote Control Car",
                                        "Card Game",           "Craft Kit"};
static const char *const pl22_adj[] = {"Classic", "Deluxe", "Family", "Travel"};
static const char *const pl23_noun[] = {"Cookbook",    "Travel Guide", "Field Guide", "Coloring Book",
                                        "Puzzle Book", "Picture Book", "World Atlas"};
static const char *const pl23_adj[] = {"Illustrated", "Pocket", "Deluxe", "Complete", "Beginner's"};
static const char *const pl24_noun[] = {"Hardcover Notebook", "Gel Pen Set",  "Desk Organizer",
                                        "Weekly Planner",     "Sticky Notes", "Fountain Pen",
                                        "Desktop Stapler",    "File Folders"};
static const char *const pl24_adj[] = {"Classic", "Everyday", "Premium", "Compact", "Eco-Friendly"};
static const char *const pl25_noun[] = {"Dog Bed",        "Cat Tree", "Dog Leash",     "Pet Carrier",
                                        "Cat Litter Box", "Chew Toy", "Pet Food Bowl", "Scratching Post"};
static const char *const pl25_adj[] = {"Durable", "Premium", "Large", "Small"};
static const char *const pl26_noun[] = {"Raised Garden Bed", "Watering Can",  "Garden Hose",
                                        "Pruning Shears",    "Planter Pot",   "Bird Feeder",
                                        "Solar Path Lights", "Patio Umbrella"};
static const char *const pl26_adj[] = {"Heavy-Duty", "Classic", "Weather-Resistant", "Large", "Compact"};
static const char *const pl27_noun[] = {"Cordless Drill", "Screwdriver Set", "Tool Box",
                                        "Tape Measure",   "Socket Set",      "Stud Finder",
                                        "LED Work Light", "Utility Knife"};
static const char *const pl27_adj[] = {"Heavy-Duty", "Professional", "Compact", "Essential"};
static const char *const pl28_noun[] = {"Tire Inflator",      "Jump Starter", "Seat Cover Set",
                                        "Floor Mat Set",      "Car Vacuum",   "Trunk Organizer",
                                        "Windshield Sunshade"};
static const char *const pl28_adj[] = {"Heavy-Duty", "Portable", "Universal", "Compact", "Premium"};
static const char *const pl29_noun[] = {"Baby Carrier", "Swaddle Blanket Set", "Crib Sheet",
                                        "Diaper Bag",   "Baby Monitor",        "Bottle Warmer",
                                        "Teething Toy", "Activity Play Mat"};
static const char *const pl29_adj[] = {"Organic", "Premium", "Portable", "Everyday"};
static const char *const pl30_noun[] = {"Extra Virgin Olive Oil", "Dark Chocolate Bar", "Roasted Almonds",
                                        "Ground Coffee",          "Green Tea",          "Granola",
                                        "Wildflower Honey",       "Pasta Sauce"};
static const char *const pl30_adj[] = {"Organic", "Artisan", "Premium", "Small-Batch"};
static const char *const pl31_noun[] = {"Sparkling Water", "Cold Brew Coffee", "Kombucha",     "Iced Tea",
                                        "Energy Drink",    "Orange Juice",     "Coconut Water"};
static const char *const pl31_adj[] = {"Organic", "Natural", "Premium", "Classic"};
static const char *const pl32_noun[] = {"Carry-On Suitcase", "Travel Backpack", "Packing Cubes",
                                        "Weekender Duffel",  "Passport Holder", "Toiletry Bag",
                                        "Neck Pillow",       "Luggage Tag"};
static const char *const pl32_adj[] = {"Lightweight", "Compact", "Premium", "Durable"};
static const char *const pl33_noun[] = {"Watercolor Set",  "Acrylic Paint Set",  "Sketchbook",
                                        "Colored Pencils", "Embroidery Kit",     "Knitting Kit",
                                        "Canvas Panels",   "Calligraphy Pen Set"};
static const char *const pl33_adj[] = {"Beginner's", "Professional", "Deluxe", "Travel"};
static const char *const pl34_noun[] = {"Acoustic Guitar", "Electric Guitar", "Ukulele",     "Digital Piano",
                                        "Cajon",           "Guitar Strings",  "Guitar Capo", "Music Stand"};
static const char *const pl34_adj[] = {"Beginner's", "Professional", "Classic", "Student"};
static const char *const pl35_noun[] = {"Air Fryer",    "Blender",      "Robot Vacuum", "Stand Mixer",
                                        "Toaster Oven", "Air Purifier", "Humidifier",   "Slow Cooker"};
static const char *const pl35_adj[] = {"Compact", "Smart", "Digital", "Premium"};
static const char *const pl36_noun[] = {"Desk Lamp",     "Floor Lamp",  "Pendant Light", "LED Strip Lights",
                                        "String Lights", "Wall Sconce", "Night Light"};
static const char *const pl36_adj[] = {"Dimmable", "Modern", "Minimalist", "Industrial", "Vintage"};
static const char *const pl37_noun[] = {"Storage Bins",     "Drawer Organizer", "Closet Organizer",
                                        "Laundry Hamper",   "Shoe Rack",        "Spice Rack",
                                        "Under-Bed Storage"};
static const char *const pl37_adj[] = {"Modern", "Compact", "Space-Saving", "Heavy-Duty"};
static const char *const pl38_noun[] = {"Microfiber Cloths",   "Spray Mop",       "Dish Brush",
                                        "All-Purpose Cleaner", "Cordless Vacuum", "Lint Roller"};
static const char *const pl38_adj[] = {"Eco-Friendly", "Heavy-Duty", "Compact", "Everyday"};
static const char *const pl39_noun[] = {"Compute Instance", "Object Storage",        "Managed Kubernetes",
                                        "Load Balancer",    "Virtual Private Cloud", "Block Storage",
                                        "CDN Plan",         "Backup Vault"};
static const char *const pl39_adj[] = {"Enterprise", "Standard", "Premium", "Starter"};
static const char *const pl40_noun[] = {"Endpoint Protection", "Firewall Service",      "Threat Detection",
                                        "Identity Management", "Vulnerability Scanner", "Security Audit",
                                        "Email Security",      "Penetration Test"};
static const char *const pl40_adj[] = {"Enterprise", "Managed", "Advanced", "Essential"};
static const char *const pl41_noun[] = {"Reporting Suite",     "Dashboard Builder", "KPI Tracker",
                                        "Executive Dashboard", "Report Scheduler",  "Embedded Analytics"};
static const char *const pl41_adj[] = {"Enterprise", "Team", "Professional", "Starter"};
static const char *const pl42_noun[] = {"Analytics Platform", "Data Warehouse",     "ETL Pipeline",
                                        "Data Lake",          "Forecasting Engine", "Customer Insights",
                                        "Data Connector"};
static const char *const pl42_adj[] = {"Enterprise", "Real-Time", "Team", "Professional"};
static const char *const pl43_noun[] = {
    "Integration Project",      "Custom App Build", "Data Migration",  "Implementation Package",
    "Solution Design Workshop", "API Integration",  "Mobile App Build"};
static const char *const pl43_adj[] = {"Standard", "Premium", "Enterprise", "Rapid"};
static const char *const pl44_noun[] = {"Support Plan",          "Onboarding Package",   "Training Package",
                                        "Customer Success Plan", "Maintenance Contract", "Health Check"};
static const char *const pl44_adj[] = {"Premium", "Standard", "Enterprise", "Basic"};
static const char *const pl45_noun[] = {"REST API Plan", "API Gateway",       "Webhook Service",
                                        "SDK License",   "Rate Limit Add-On", "Developer Sandbox"};
static const char *const pl45_adj[] = {"Standard", "Premium", "Enterprise", "Starter"};
static const char *const pl46_noun[] = {"CRM Suite",         "Project Management App", "Accounting Software",
                                        "HR Platform",       "Email Marketing Tool",   "Help Desk Software",
                                        "Inventory Manager", "Business Chat"};
static const char *const pl46_adj[] = {"Cloud", "Enterprise", "Team", "Professional"};
const DictProductLine dict_product_line[] = {
    {"Kitchen & Dining", " kitchen dining cookware kitchenware cooking ", LIST(pl0_noun, 0, 0),
     LIST(pl0_adj, 0, 0), 10, DICT_PRODUCT_GOODS, 20, 250},
    {"Kitchen & Dining", " kitchen dining cookware kitchenware cooking ", LIST(pl1_noun, 0, 0),
     LIST(pl1_adj, 0, 0), 8, DICT_PRODUCT_GOODS, 8, 150},
    {"Kitchen & Dining", " kitchen dining coffee tea ", LIST(pl2_noun, 0, 0), LIST(pl2_adj, 0, 0), 7,
     DICT_PRODUCT_GOODS, 12, 180},
    {"Kitchen & Dining", " kitchen dining tableware dinnerware ", LIST(pl3_noun, 0, 0), LIST(pl3_adj, 0, 0),
     6, DICT_PRODUCT_GOODS, 10, 120},
    {"Home Decor", " decor decoration decorations ", LIST(pl4_noun, 0, 0), LIST(pl4_adj, 0, 0), 8,
     DICT_PRODUCT_GOODS, 12, 300},
    {"Furniture", " furniture furnishings ", LIST(pl5_noun, 0, 0), LIST(pl5_adj, 0, 0), 7, DICT_PRODUCT_GOODS,
     60, 1200},
    {"Bedding & Bath", " bedding bed bath linen linens towels ", LIST(pl6_noun, 0, 0), LIST(pl6_adj, 0, 0), 6,
     DICT_PRODUCT_GOODS, 20, 250},
    {"Clothing", " clothing clothes apparel fashion wear garments ", LIST(pl7_noun, 0, 0),
     LIST(pl7_adj, 0, 0), 10, DICT_PRODUCT_GOODS, 15, 150},
    {"Handbags & Accessories", " accessories handbags handbag bags wallets ", LIST(pl8_noun, 0, 0),
     LIST(pl8_adj, 0, 0), 5, DICT_PRODUCT_GOODS, 12, 180},
    {"Shoes", " shoes shoe footwear sneakers boots ", LIST(pl9_noun, 0, 0), LIST(pl9_adj, 0, 0), 6,
     DICT_PRODUCT_GOODS, 30, 220},
    {"Jewelry & Watches", " jewelry jewellery jewels watches watch ", LIST(pl10_noun, 0, 0),
     LIST(pl10_adj, 0, 0), 4, DICT_PRODUCT_GOODS, 25, 600},
    {"Electronics", " electronics electronic gadgets gadget tech technology devices ", LIST(pl11_noun, 0, 0),
     LIST(pl11_adj, 0, 0), 9, DICT_PRODUCT_GOODS, 20, 500},
    {"Audio", " audio sound headphones speakers hifi ", LIST(pl12_noun, 0, 0), LIST(pl12_adj, 0, 0), 4,
     DICT_PRODUCT_GOODS, 30, 800},
    {"Computers", " computers computer computing laptop laptops pc peripherals ", LIST(pl13_noun, 0, 0),
     LIST(pl13_adj, 0, 0), 4, DICT_PRODUCT_GOODS, 15, 200},
    {"Computers", " computers computer computing laptop laptops pc peripherals ", LIST(pl14_noun, 0, 0),
     LIST(pl14_adj, 0, 0), 4, DICT_PRODUCT_GOODS, 20, 300},
    {"Cell Phones & Accessories", " phone phones mobile cell smartphone smartphones ", LIST(pl15_noun, 0, 0),
     LIST(pl15_adj, 0, 0), 4, DICT_PRODUCT_GOODS, 8, 80},
    {"Smart Home", " smart automation ", LIST(pl16_noun, 0, 0), LIST(pl16_adj, 0, 0), 3, DICT_PRODUCT_GOODS,
     15, 250},
    {"Sports & Fitness", " sports sport fitness exercise gym training workout ", LIST(pl17_noun, 0, 0),
     LIST(pl17_adj, 0, 0), 6, DICT_PRODUCT_GOODS, 8, 300},
    {"Camping & Hiking", " camping hiking outdoor outdoors trekking ", LIST(pl18_noun, 0, 0),
     LIST(pl18_adj, 0, 0), 4, DICT_PRODUCT_GOODS, 15, 400},
    {"Cycling", " cycling bike bikes bicycle bicycles ", LIST(pl19_noun, 0, 0), LIST(pl19_adj, 0, 0), 2,
     DICT_PRODUCT_GOODS, 10, 150},
    {"Beauty & Personal Care", " beauty cosmetics skincare skin care personal ", LIST(pl20_noun, 0, 0),
     LIST(pl20_adj, 0, 0), 7, DICT_PRODUCT_CONSUMABLE, 6, 60},
    {"Health & Wellness", " health wellness vitamins vitamin supplements supplement nutrition ",
     LIST(pl21_noun, 0, 0), LIST(pl21_adj, 0, 0), 5, DICT_PRODUCT_CONSUMABLE, 8, 60},
    {"Toys & Games", " toys toy games game kids children ", LIST(pl22_noun, 0, 0), LIST(pl22_adj, 0, 0), 6,
     DICT_PRODUCT_GOODS, 8, 120},
    {"Books", " books book reading ", LIST(pl23_noun, 0, 0), LIST(pl23_adj, 0, 0), 3, DICT_PRODUCT_GOODS, 8,
     45},
    {"Office & Stationery", " office stationery school writing ", LIST(pl24_noun, 0, 0), LIST(pl24_adj, 0, 0),
     5, DICT_PRODUCT_GOODS, 3, 60},
    {"Pet Supplies", " pet pets dog dogs cat cats animal animals ", LIST(pl25_noun, 0, 0),
     LIST(pl25_adj, 0, 0), 5, DICT_PRODUCT_GOODS, 8, 200},
    {"Garden & Patio", " garden gardening patio lawn yard plants ", LIST(pl26_noun, 0, 0),
     LIST(pl26_adj, 0, 0), 5, DICT_PRODUCT_GOODS, 8, 250},
    {"Tools & Home Improvement", " tools tool hardware improvement diy ", LIST(pl27_noun, 0, 0),
     LIST(pl27_adj, 0, 0), 5, DICT_PRODUCT_GOODS, 8, 250},
    {"Automotive", " automotive car cars auto vehicle vehicles ", LIST(pl28_noun, 0, 0), LIST(pl28_adj, 0, 0),
     4, DICT_PRODUCT_GOODS, 10, 200},
    {"Baby", " baby babies infant infants nursery toddler ", LIST(pl29_noun, 0, 0), LIST(pl29_adj, 0, 0), 4,
     DICT_PRODUCT_GOODS, 10, 300},
    {"Grocery & Gourmet", " grocery groceries food foods gourmet pantry snacks snack ", LIST(pl30_noun, 0, 0),
     LIST(pl30_adj, 0, 0), 6, DICT_PRODUCT_CONSUMABLE, 3, 30},
    {"Beverages", " beverages beverage drinks drink ", LIST(pl31_noun, 0, 0), LIST(pl31_adj, 0, 0), 3,
     DICT_PRODUCT_CONSUMABLE, 2, 20},
    {"Luggage & Travel", " luggage travel suitcases ", LIST(pl32_noun, 0, 0), LIST(pl32_adj, 0, 0), 3,
     DICT_PRODUCT_GOODS, 10, 350},
    {"Arts & Crafts", " art arts crafts craft hobby hobbies ", LIST(pl33_noun, 0, 0), LIST(pl33_adj, 0, 0), 3,
     DICT_PRODUCT_GOODS, 6, 90},
    {"Musical Instruments", " musical instrument instruments ", LIST(pl34_noun, 0, 0), LIST(pl34_adj, 0, 0),
     2, DICT_PRODUCT_GOODS, 8, 1200},
    {"Appliances", " appliances appliance ", LIST(pl35_noun, 0, 0), LIST(pl35_adj, 0, 0), 4,
     DICT_PRODUCT_GOODS, 30, 700},
    {"Lighting", " lighting lights lamps lamp light ", LIST(pl36_noun, 0, 0), LIST(pl36_adj, 0, 0), 3,
     DICT_PRODUCT_GOODS, 15, 300},
    {"Storage & Organization", " storage organization organizers organizer closet household ",
     LIST(pl37_noun, 0, 0), LIST(pl37_adj, 0, 0), 4, DICT_PRODUCT_GOODS, 10, 150},
    {"Cleaning Supplies", " cleaning cleaners ", LIST(pl38_noun, 0, 0), LIST(pl38_adj, 0, 0), 3,
     DICT_PRODUCT_GOODS, 4, 250},
    {"Cloud Infrastructure", " cloud infrastructure hosting compute storage servers server iaas ",
     LIST(pl39_noun, 0, 0), LIST(pl39_adj, 0, 0), 0, DICT_PRODUCT_PLAN, 20, 5000},
    {"Security Services", " security cybersecurity protection firewall identity compliance ",
     LIST(pl40_noun, 0, 0), LIST(pl40_adj, 0, 0), 0, DICT_PRODUCT_PLAN, 50, 5000},
    {"Business Intelligence", " intelligence bi reporting reports dashboards dashboard ",
     LIST(pl41_noun, 0, 0), LIST(pl41_adj, 0, 0), 0, DICT_PRODUCT_PLAN, 30, 3000},
    {"Data Analytics", " analytics data insights warehouse warehousing ", LIST(pl42_noun, 0, 0),
     LIST(pl42_adj, 0, 0), 0, DICT_PRODUCT_PLAN, 50, 5000},
    {"Custom Development", " development custom consulting implementation integration engineering ",
     LIST(pl43_noun, 0, 0), LIST(pl43_adj, 0, 0), 0, DICT_PRODUCT_PLAN, 1000, 50000},
    {"Support Package", " support maintenance help care sla onboarding training ", LIST(pl44_noun, 0, 0),
     LIST(pl44_adj, 0, 0), 0, DICT_PRODUCT_PLAN, 100, 10000},
    {"API Services", " api apis webhooks webhook developer developers sdk ", LIST(pl45_noun, 0, 0),
     LIST(pl45_adj, 0, 0), 0, DICT_PRODUCT_PLAN, 10, 2000},
    {"Software", " software saas apps app subscription subscriptions licenses license applications ",
     LIST(pl46_noun, 0, 0), LIST(pl46_adj, 0, 0), 0, DICT_PRODUCT_PLAN, 10, 1000},
};
const int dict_product_nline = COUNT(dict_product_line);

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

/*
** ISO 4217: the currencies in use (no funds, metals or test codes), their
** codes and English names in parallel.  The first ones, with rough shares
** of international payments, are what a currency column draws; a unique
** one (a table of currencies) takes every code once.
*/
static const char *const currency_code_az[] = {
    "USD", "EUR", "JPY", "GBP", "CNY", "CAD", "AUD", "CHF", "HKD", "SGD", "KRW", "INR", "SEK", "NOK", "DKK",
    "NZD", "BRL", "MXN", "ZAR", "TRY", "PLN", "THB", "IDR", "MYR", "PHP", "CZK", "HUF", "ILS", "AED", "SAR",
    "TWD", "CLP", "COP", "ARS", "EGP", "NGN", "VND", "PKR", "KES", "AFN", "ALL", "AMD", "AOA", "AWG", "AZN",
    "BAM", "BBD", "BDT", "BGN", "BHD", "BIF", "BMD", "BND", "BOB", "BSD", "BTN", "BWP", "BYN", "BZD", "CDF",
    "CRC", "CUP", "CVE", "DJF", "DOP", "DZD", "ERN", "ETB", "FJD", "FKP", "GEL", "GHS", "GIP", "GMD", "GNF",
    "GTQ", "GYD", "HNL", "HTG", "IQD", "IRR", "ISK", "JMD", "JOD", "KGS", "KHR", "KMF", "KPW", "KWD", "KYD",
    "KZT", "LAK", "LBP", "LKR", "LRD", "LSL", "LYD", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU",
    "MUR", "MVR", "MWK", "MZN", "NAD", "NIO", "NPR", "OMR", "PAB", "PEN", "PGK", "PYG", "QAR", "RON", "RSD",
    "RUB", "RWF", "SBD", "SCR", "SDG", "SHP", "SLE", "SOS", "SRD", "SSP", "STN", "SVC", "SYP", "SZL", "TJS",
    "TMT", "TND", "TOP", "TTD", "TZS", "UAH", "UGX", "UYU", "UZS", "VES", "VUV", "WST", "XAF", "XCD", "XCG",
    "XOF", "XPF", "YER", "ZMW", "ZWG",
};
static const char *const currency_name_az[] = {
    "US Dollar",
    "Euro",
    "Japanese Yen",
    "Pound Sterling",
    "Chinese Yuan",
    "Canadian Dollar",
    "Australian Dollar",
    "Swiss Franc",
    "Hong Kong Dollar",
    "Singapore Dollar",
    "South Korean Won",
    "Indian Rupee",
    "Swedish Krona",
    "Norwegian Krone",
    "Danish Krone",
    "New Zealand Dollar",
    "Brazilian Real",
    "Mexican Peso",
    "South African Rand",
    "Turkish Lira",
    "Polish Złoty",
    "Thai Baht",
    "Indonesian Rupiah",
    "Malaysian Ringgit",
    "Philippine Peso",
    "Czech Koruna",
    "Hungarian Forint",
    "Israeli New Shekel",
    "UAE Dirham",
    "Saudi Riyal",
    "New Taiwan Dollar",
    "Chilean Peso",
    "Colombian Peso",
    "Argentine Peso",
    "Egyptian Pound",
    "Nigerian Naira",
    "Vietnamese Đồng",
    "Pakistani Rupee",
    "Kenyan Shilling",
    "Afghan Afghani",
    "Albanian Lek",
    "Armenian Dram",
    "Angolan Kwanza",
    "Aruban Florin",
    "Azerbaijani Manat",
    "Bosnia and Herzegovina Convertible Mark",
    "Barbadian Dollar",
    "Bangladeshi Taka",
    "Bulgarian Lev",
    "Bahraini Dinar",
    "Burundian Franc",
    "Bermudian Dollar",
    "Brunei Dollar",
    "Bolivian Boliviano",
    "Bahamian Dollar",
    "Bhutanese Ngultrum",
    "Botswana Pula",
    "Belarusian Ruble",
    "Belize Dollar",
    "Congolese Franc",
    "Costa Rican Colón",
    "Cuban Peso",
    "Cape Verdean Escudo",
    "Djiboutian Franc",
    "Dominican Peso",
    "Algerian Dinar",
    "Eritrean Nakfa",
    "Ethiopian Birr",
    "Fijian Dollar",
    "Falkland Islands Pound",
    "Georgian Lari",
    "Ghanaian Cedi",
    "Gibraltar Pound",
    "Gambian Dalasi",
    "Guinean Franc",
    "Guatemalan Quetzal",
    "Guyanese Dollar",
    "Honduran Lempira",
    "Haitian Gourde",
    "Iraqi Dinar",
    "Iranian Rial",
    "Icelandic Króna",
    "Jamaican Dollar",
    "Jordanian Dinar",
    "Kyrgyz Som",
    "Cambodian Riel",
    "Comorian Franc",
    "North Korean Won",
    "Kuwaiti Dinar",
    "Cayman Islands Dollar",
    "Kazakhstani Tenge",
    "Lao Kip",
    "Lebanese Pound",
    "Sri Lankan Rupee",
    "Liberian Dollar",
    "Lesotho Loti",
    "Libyan Dinar",
    "Moroccan Dirham",
    "Moldovan Leu",
    "Malagasy Ariary",
    "Macedonian Denar",
    "Myanmar Kyat",
    "Mongolian Tögrög",
    "Macanese Pataca",
    "Mauritanian Ouguiya",
    "Mauritian Rupee",
    "Maldivian Rufiyaa",
    "Malawian Kwacha",
    "Mozambican Metical",
    "Namibian Dollar",
    "Nicaraguan Córdoba",
    "Nepalese Rupee",
    "Omani Rial",
    "Panamanian Balboa",
    "Peruvian Sol",
    "Papua New Guinean Kina",
    "Paraguayan Guaraní",
    "Qatari Riyal",
    "Romanian Leu",
    "Serbian Dinar",
    "Russian Ruble",
    "Rwandan Franc",
    "Solomon Islands Dollar",
    "Seychellois Rupee",
    "Sudanese Pound",
    "Saint Helena Pound",
    "Sierra Leonean Leone",
    "Somali Shilling",
    "Surinamese Dollar",
    "South Sudanese Pound",
    "São Tomé and Príncipe Dobra",
    "Salvadoran Colón",
    "Syrian Pound",
    "Swazi Lilangeni",
    "Tajikistani Somoni",
    "Turkmenistani Manat",
    "Tunisian Dinar",
    "Tongan Paʻanga",
    "Trinidad and Tobago Dollar",
    "Tanzanian Shilling",
    "Ukrainian Hryvnia",
    "Ugandan Shilling",
    "Uruguayan Peso",
    "Uzbekistani Som",
    "Venezuelan Bolívar",
    "Vanuatu Vatu",
    "Samoan Tālā",
    "Central African CFA Franc",
    "East Caribbean Dollar",
    "Caribbean Guilder",
    "West African CFA Franc",
    "CFP Franc",
    "Yemeni Rial",
    "Zambian Kwacha",
    "Zimbabwe Gold",
};
SAME_LEN(currency_code_az, currency_name_az);
static const uint32_t currency_code_w[] = {
    40, 25, 6, 6, 5, 3, 3, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1,
    1,  1,  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
};

const DictList dict_currency_code = {COUNT(currency_code_w), currency_code_az, currency_code_w, 0};
const DictList dict_currency_all = LIST(currency_code_az, 0, 0);
const DictList dict_currency_name = LIST(currency_name_az, 0, 0);

/* ISO 3166-1: every country and territory, English short names, alpha-2
** and alpha-3 codes in parallel, by name. */
static const char *const country_az[] = {
    "Afghanistan",
    "Åland Islands",
    "Albania",
    "Algeria",
    "American Samoa",
    "Andorra",
    "Angola",
    "Anguilla",
    "Antarctica",
    "Antigua and Barbuda",
    "Argentina",
    "Armenia",
    "Aruba",
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
    "Bermuda",
    "Bhutan",
    "Bolivia",
    "Bosnia and Herzegovina",
    "Botswana",
    "Bouvet Island",
    "Brazil",
    "British Indian Ocean Territory",
    "British Virgin Islands",
    "Brunei",
    "Bulgaria",
    "Burkina Faso",
    "Burundi",
    "Cabo Verde",
    "Cambodia",
    "Cameroon",
    "Canada",
    "Caribbean Netherlands",
    "Cayman Islands",
    "Central African Republic",
    "Chad",
    "Chile",
    "China",
    "Christmas Island",
    "Cocos (Keeling) Islands",
    "Colombia",
    "Comoros",
    "Cook Islands",
    "Costa Rica",
    "Côte d'Ivoire",
    "Croatia",
    "Cuba",
    "Curaçao",
    "Cyprus",
    "Czechia",
    "Democratic Republic of the Congo",
    "Denmark",
    "Djibouti",
    "Dominica",
    "Dominican Republic",
    "Ecuador",
    "Egypt",
    "El Salvador",
    "Equatorial Guinea",
    "Eritrea",
    "Estonia",
    "Eswatini",
    "Ethiopia",
    "Falkland Islands",
    "Faroe Islands",
    "Fiji",
    "Finland",
    "France",
    "French Guiana",
    "French Polynesia",
    "French Southern Territories",
    "Gabon",
    "Gambia",
    "Georgia",
    "Germany",
    "Ghana",
    "Gibraltar",
    "Greece",
    "Greenland",
    "Grenada",
    "Guadeloupe",
    "Guam",
    "Guatemala",
    "Guernsey",
    "Guinea",
    "Guinea-Bissau",
    "Guyana",
    "Haiti",
    "Heard Island and McDonald Islands",
    "Honduras",
    "Hong Kong",
    "Hungary",
    "Iceland",
    "India",
    "Indonesia",
    "Iran",
    "Iraq",
    "Ireland",
    "Isle of Man",
    "Israel",
    "Italy",
    "Jamaica",
    "Japan",
    "Jersey",
    "Jordan",
    "Kazakhstan",
    "Kenya",
    "Kiribati",
    "Kuwait",
    "Kyrgyzstan",
    "Laos",
    "Latvia",
    "Lebanon",
    "Lesotho",
    "Liberia",
    "Libya",
    "Liechtenstein",
    "Lithuania",
    "Luxembourg",
    "Macao",
    "Madagascar",
    "Malawi",
    "Malaysia",
    "Maldives",
    "Mali",
    "Malta",
    "Marshall Islands",
    "Martinique",
    "Mauritania",
    "Mauritius",
    "Mayotte",
    "Mexico",
    "Micronesia",
    "Moldova",
    "Monaco",
    "Mongolia",
    "Montenegro",
    "Montserrat",
    "Morocco",
    "Mozambique",
    "Myanmar",
    "Namibia",
    "Nauru",
    "Nepal",
    "Netherlands",
    "New Caledonia",
    "New Zealand",
    "Nicaragua",
    "Niger",
    "Nigeria",
    "Niue",
    "Norfolk Island",
    "North Korea",
    "North Macedonia",
    "Northern Mariana Islands",
    "Norway",
    "Oman",
    "Pakistan",
    "Palau",
    "Palestine",
    "Panama",
    "Papua New Guinea",
    "Paraguay",
    "Peru",
    "Philippines",
    "Pitcairn Islands",
    "Poland",
    "Portugal",
    "Puerto Rico",
    "Qatar",
    "Republic of the Congo",
    "Réunion",
    "Romania",
    "Russia",
    "Rwanda",
    "Saint Barthélemy",
    "Saint Helena",
    "Saint Kitts and Nevis",
    "Saint Lucia",
    "Saint Martin",
    "Saint Pierre and Miquelon",
    "Saint Vincent and the Grenadines",
    "Samoa",
    "San Marino",
    "São Tomé and Príncipe",
    "Saudi Arabia",
    "Senegal",
    "Serbia",
    "Seychelles",
    "Sierra Leone",
    "Singapore",
    "Sint Maarten",
    "Slovakia",
    "Slovenia",
    "Solomon Islands",
    "Somalia",
    "South Africa",
    "South Georgia and the South Sandwich Islands",
    "South Korea",
    "South Sudan",
    "Spain",
    "Sri Lanka",
    "Sudan",
    "Suriname",
    "Svalbard and Jan Mayen",
    "Sweden",
    "Switzerland",
    "Syria",
    "Taiwan",
    "Tajikistan",
    "Tanzania",
    "Thailand",
    "Timor-Leste",
    "Togo",
    "Tokelau",
    "Tonga",
    "Trinidad and Tobago",
    "Tunisia",
    "Türkiye",
    "Turkmenistan",
    "Turks and Caicos Islands",
    "Tuvalu",
    "U.S. Virgin Islands",
    "Uganda",
    "Ukraine",
    "United Arab Emirates",
    "United Kingdom",
    "United States",
    "United States Minor Outlying Islands",
    "Uruguay",
    "Uzbekistan",
    "Vanuatu",
    "Vatican City",
    "Venezuela",
    "Vietnam",
    "Wallis and Futuna",
    "Western Sahara",
    "Yemen",
    "Zambia",
    "Zimbabwe",
};
static const char *const country_code_az[] = {
    "AF", "AX", "AL", "DZ", "AS", "AD", "AO", "AI", "AQ", "AG", "AR", "AM", "AW", "AU", "AT", "AZ", "BS",
    "BH", "BD", "BB", "BY", "BE", "BZ", "BJ", "BM", "BT", "BO", "BA", "BW", "BV", "BR", "IO", "VG", "BN",
    "BG", "BF", "BI", "CV", "KH", "CM", "CA", "BQ", "KY", "CF", "TD", "CL", "CN", "CX", "CC", "CO", "KM",
    "CK", "CR", "CI", "HR", "CU", "CW", "CY", "CZ", "CD", "DK", "DJ", "DM", "DO", "EC", "EG", "SV", "GQ",
    "ER", "EE", "SZ", "ET", "FK", "FO", "FJ", "FI", "FR", "GF", "PF", "TF", "GA", "GM", "GE", "DE", "GH",
    "GI", "GR", "GL", "GD", "GP", "GU", "GT", "GG", "GN", "GW", "GY", "HT", "HM", "HN", "HK", "HU", "IS",
    "IN", "ID", "IR", "IQ", "IE", "IM", "IL", "IT", "JM", "JP", "JE", "JO", "KZ", "KE", "KI", "KW", "KG",
    "LA", "LV", "LB", "LS", "LR", "LY", "LI", "LT", "LU", "MO", "MG", "MW", "MY", "MV", "ML", "MT", "MH",
    "MQ", "MR", "MU", "YT", "MX", "FM", "MD", "MC", "MN", "ME", "MS", "MA", "MZ", "MM", "NA", "NR", "NP",
    "NL", "NC", "NZ", "NI", "NE", "NG", "NU", "NF", "KP", "MK", "MP", "NO", "OM", "PK", "PW", "PS", "PA",
    "PG", "PY", "PE", "PH", "PN", "PL", "PT", "PR", "QA", "CG", "RE", "RO", "RU", "RW", "BL", "SH", "KN",
    "LC", "MF", "PM", "VC", "WS", "SM", "ST", "SA", "SN", "RS", "SC", "SL", "SG", "SX", "SK", "SI", "SB",
    "SO", "ZA", "GS", "KR", "SS", "ES", "LK", "SD", "SR", "SJ", "SE", "CH", "SY", "TW", "TJ", "TZ", "TH",
    "TL", "TG", "TK", "TO", "TT", "TN", "TR", "TM", "TC", "TV", "VI", "UG", "UA", "AE", "GB", "US", "UM",
    "UY", "UZ", "VU", "VA", "VE", "VN", "WF", "EH", "YE", "ZM", "ZW",
};
static const char *const country_code3_az[] = {
    "AFG", "ALA", "ALB", "DZA", "ASM", "AND", "AGO", "AIA", "ATA", "ATG", "ARG", "ARM", "ABW", "AUS", "AUT",
    "AZE", "BHS", "BHR", "BGD", "BRB", "BLR", "BEL", "BLZ", "BEN", "BMU", "BTN", "BOL", "BIH", "BWA", "BVT",
    "BRA", "IOT", "VGB", "BRN", "BGR", "BFA", "BDI", "CPV", "KHM", "CMR", "CAN", "BES", "CYM", "CAF", "TCD",
    "CHL", "CHN", "CXR", "CCK", "COL", "COM", "COK", "CRI", "CIV", "HRV", "CUB", "CUW", "CYP", "CZE", "COD",
    "DNK", "DJI", "DMA", "DOM", "ECU", "EGY", "SLV", "GNQ", "ERI", "EST", "SWZ", "ETH", "FLK", "FRO", "FJI",
    "FIN", "FRA", "GUF", "PYF", "ATF", "GAB", "GMB", "GEO", "DEU", "GHA", "GIB", "GRC", "GRL", "GRD", "GLP",
    "GUM", "GTM", "GGY", "GIN", "GNB", "GUY", "HTI", "HMD", "HND", "HKG", "HUN", "ISL", "IND", "IDN", "IRN",
    "IRQ", "IRL", "IMN", "ISR", "ITA", "JAM", "JPN", "JEY", "JOR", "KAZ", "KEN", "KIR", "KWT", "KGZ", "LAO",
    "LVA", "LBN", "LSO", "LBR", "LBY", "LIE", "LTU", "LUX", "MAC", "MDG", "MWI", "MYS", "MDV", "MLI", "MLT",
    "MHL", "MTQ", "MRT", "MUS", "MYT", "MEX", "FSM", "MDA", "MCO", "MNG", "MNE", "MSR", "MAR", "MOZ", "MMR",
    "NAM", "NRU", "NPL", "NLD", "NCL", "NZL", "NIC", "NER", "NGA", "NIU", "NFK", "PRK", "MKD", "MNP", "NOR",
    "OMN", "PAK", "PLW", "PSE", "PAN", "PNG", "PRY", "PER", "PHL", "PCN", "POL", "PRT", "PRI", "QAT", "COG",
    "REU", "ROU", "RUS", "RWA", "BLM", "SHN", "KNA", "LCA", "MAF", "SPM", "VCT", "WSM", "SMR", "STP", "SAU",
    "SEN", "SRB", "SYC", "SLE", "SGP", "SXM", "SVK", "SVN", "SLB", "SOM", "ZAF", "SGS", "KOR", "SSD", "ESP",
    "LKA", "SDN", "SUR", "SJM", "SWE", "CHE", "SYR", "TWN", "TJK", "TZA", "THA", "TLS", "TGO", "TKL", "TON",
    "TTO", "TUN", "TUR", "TKM", "TCA", "TUV", "VIR", "UGA", "UKR", "ARE", "GBR", "USA", "UMI", "URY", "UZB",
    "VUT", "VAT", "VEN", "VNM", "WLF", "ESH", "YEM", "ZMB", "ZWE",
};
/*
** The ISO 4217 code of the currency each country and territory above uses,
** in parallel (public facts: the entities of the ISO 4217 list, as of
** 2026-01-01: Bulgaria's lev gave way to the euro that day, and Curaçao
** and Sint Maarten use the Caribbean guilder since 2025).  Where ISO 4217
** names two, the country's own or the one its prices are in (Panama's
** balboa, El Salvador's and Ecuador's US dollar); "" where it names none
** (Antarctica, Palestine, South Georgia).
*/
static const char *const country_currency_az[] = {
    "AFN", "EUR", "ALL", "DZD", "USD", "EUR", "AOA", "XCD", "",    "XCD", "ARS", "AMD", "AWG", "AUD", "EUR",
    "AZN", "BSD", "BHD", "BDT", "BBD", "BYN", "EUR", "BZD", "XOF", "BMD", "BTN", "BOB", "BAM", "BWP", "NOK",
    "BRL", "USD", "USD", "BND", "EUR", "XOF", "BIF", "CVE", "KHR", "XAF", "CAD", "USD", "KYD", "XAF", "XAF",
    "CLP", "CNY", "AUD", "AUD", "COP", "KMF", "NZD", "CRC", "XOF", "EUR", "CUP", "XCG", "EUR", "CZK", "CDF",
    "DKK", "DJF", "XCD", "DOP", "USD", "EGP", "USD", "XAF", "ERN", "EUR", "SZL", "ETB", "FKP", "DKK", "FJD",
    "EUR", "EUR", "EUR", "XPF", "EUR", "XAF", "GMD", "GEL", "EUR", "GHS", "GIP", "EUR", "DKK", "XCD", "EUR",
    "USD", "GTQ", "GBP", "GNF", "XOF", "GYD", "HTG", "AUD", "HNL", "HKD", "HUF", "ISK", "INR", "IDR", "IRR",
    "IQD", "EUR", "GBP", "ILS", "EUR", "JMD", "JPY", "GBP", "JOD", "KZT", "KES", "AUD", "KWD", "KGS", "LAK",
    "EUR", "LBP", "LSL", "LRD", "LYD", "CHF", "EUR", "EUR", "MOP", "MGA", "MWK", "MYR", "MVR", "XOF", "EUR",
    "USD", "EUR", "MRU", "MUR", "EUR", "MXN", "USD", "MDL", "EUR", "MNT", "EUR", "XCD", "MAD", "MZN", "MMK",
    "NAD", "AUD", "NPR", "EUR", "XPF", "NZD", "NIO", "XOF", "NGN", "NZD", "AUD", "KPW", "MKD", "USD", "NOK",
    "OMR", "PKR", "USD", "",    "PAB", "PGK", "PYG", "PEN", "PHP", "NZD", "PLN", "EUR", "USD", "QAR", "XAF",
    "EUR", "RON", "RUB", "RWF", "EUR", "SHP", "XCD", "XCD", "EUR", "EUR", "XCD", "WST", "EUR", "STN", "SAR",
    "XOF", "RSD", "SCR", "SLE", "SGD", "XCG", "EUR", "EUR", "SBD", "SOS", "ZAR", "",    "KRW", "SSP", "EUR",
    "LKR", "SDG", "SRD", "NOK", "SEK", "CHF", "SYP", "TWD", "TJS", "TZS", "THB", "USD", "XOF", "NZD", "TOP",
    "TTD", "TND", "TRY", "TMT", "USD", "AUD", "USD", "UGX", "UAH", "AED", "GBP", "USD", "USD", "UYU", "UZS",
    "VUV", "EUR", "VES", "VND", "XPF", "MAD", "YER", "ZMW", "ZWG",
};
SAME_LEN(country_az, country_code_az);
SAME_LEN(country_az, country_code3_az);
SAME_LEN(country_az, country_currency_az);

const DictList dict_country = LIST(country_az, 0, 0);
const DictList dict_country_code = LIST(country_code_az, 0, 0);
const DictList dict_country_code3 = LIST(country_code3_az, 0, 0);
const DictList dict_country_currency = LIST(country_currency_az, 0, 0);

/*
** ISO 639-1: every two-letter language code with the language's English
** name, in parallel.  The first ones, the most spoken languages roughly by
** speakers (public facts), are what a language column draws; a unique one
** (a table of languages) takes every language once.
*/
static const char *const language_az[] = {
    "English",
    "Chinese",
    "Hindi",
    "Spanish",
    "French",
    "Arabic",
    "Bengali",
    "Portuguese",
    "Russian",
    "Urdu",
    "Indonesian",
    "German",
    "Japanese",
    "Swahili",
    "Marathi",
    "Telugu",
    "Turkish",
    "Tamil",
    "Korean",
    "Vietnamese",
    "Italian",
    "Polish",
    "Dutch",
    "Greek",
    "Swedish",
    "Abkhazian",
    "Afar",
    "Afrikaans",
    "Akan",
    "Albanian",
    "Amharic",
    "Aragonese",
    "Armenian",
    "Assamese",
    "Avaric",
    "Avestan",
    "Aymara",
    "Azerbaijani",
    "Bambara",
    "Bashkir",
    "Basque",
    "Belarusian",
    "Bislama",
    "Bosnian",
    "Breton",
    "Bulgarian",
    "Burmese",
    "Catalan",
    "Chamorro",
    "Chechen",
    "Chichewa",
    "Church Slavonic",
    "Chuvash",
    "Cornish",
    "Corsican",
    "Cree",
    "Croatian",
    "Czech",
    "Danish",
    "Divehi",
    "Dzongkha",
    "Esperanto",
    "Estonian",
    "Ewe",
    "Faroese",
    "Fijian",
    "Finnish",
    "Fula",
    "Galician",
    "Ganda",
    "Georgian",
    "Greenlandic",
    "Guarani",
    "Gujarati",
    "Haitian Creole",
    "Hausa",
    "Hebrew",
    "Herero",
    "Hiri Motu",
    "Hungarian",
    "Icelandic",
    "Ido",
    "Igbo",
    "Interlingua",
    "Interlingue",
    "Inuktitut",
    "Inupiaq",
    "Irish",
    "Javanese",
    "Kannada",
    "Kanuri",
    "Kashmiri",
    "Kazakh",
    "Khmer",
    "Kikuyu",
    "Kinyarwanda",
    "Kirundi",
    "Komi",
    "Kongo",
    "Kurdish",
    "Kwanyama",
    "Kyrgyz",
    "Lao",
    "Latin",
    "Latvian",
    "Limburgish",
    "Lingala",
    "Lithuanian",
    "Luba-Katanga",
    "Luxembourgish",
    "Macedonian",
    "Malagasy",
    "Malay",
    "Malayalam",
    "Maltese",
    "Manx",
    "Māori",
    "Marshallese",
    "Mongolian",
    "Nauruan",
    "Navajo",
    "Ndonga",
    "Nepali",
    "North Ndebele",
    "Northern Sami",
    "Norwegian",
    "Norwegian Bokmål",
    "Norwegian Nynorsk",
    "Nuosu",
    "Occitan",
    "Odia",
    "Ojibwe",
    "Oromo",
    "Ossetian",
    "Pali",
    "Pashto",
    "Persian",
    "Punjabi",
    "Quechua",
    "Romanian",
    "Romansh",
    "Samoan",
    "Sango",
    "Sanskrit",
    "Sardinian",
    "Scottish Gaelic",
    "Serbian",
    "Sesotho",
    "Shona",
    "Sindhi",
    "Sinhala",
    "Slovak",
    "Slovenian",
    "Somali",
    "South Ndebele",
    "Sundanese",
    "Swazi",
    "Tagalog",
    "Tahitian",
    "Tajik",
    "Tatar",
    "Thai",
    "Tibetan",
    "Tigrinya",
    "Tongan",
    "Tsonga",
    "Tswana",
    "Turkmen",
    "Twi",
    "Ukrainian",
    "Uyghur",
    "Uzbek",
    "Venda",
    "Volapük",
    "Walloon",
    "Welsh",
    "Western Frisian",
    "Wolof",
    "Xhosa",
    "Yiddish",
    "Yoruba",
    "Zhuang",
    "Zulu",
};
static const char *const language_code_az[] = {
    "en", "zh", "hi", "es", "fr", "ar", "bn", "pt", "ru", "ur", "id", "de", "ja", "sw", "mr", "te", "tr",
    "ta", "ko", "vi", "it", "pl", "nl", "el", "sv", "ab", "aa", "af", "ak", "sq", "am", "an", "hy", "as",
    "av", "ae", "ay", "az", "bm", "ba", "eu", "be", "bi", "bs", "br", "bg", "my", "ca", "ch", "ce", "ny",
    "cu", "cv", "kw", "co", "cr", "hr", "cs", "da", "dv", "dz", "eo", "et", "ee", "fo", "fj", "fi", "ff",
    "gl", "lg", "ka", "kl", "gn", "gu", "ht", "ha", "he", "hz", "ho", "hu", "is", "io", "ig", "ia", "ie",
    "iu", "ik", "ga", "jv", "kn", "kr", "ks", "kk", "km", "ki", "rw", "rn", "kv", "kg", "ku", "kj", "ky",
    "lo", "la", "lv", "li", "ln", "lt", "lu", "lb", "mk", "mg", "ms", "ml", "mt", "gv", "mi", "mh", "mn",
    "na", "nv", "ng", "ne", "nd", "se", "no", "nb", "nn", "ii", "oc", "or", "oj", "om", "os", "pi", "ps",
    "fa", "pa", "qu", "ro", "rm", "sm", "sg", "sa", "sc", "gd", "sr", "st", "sn", "sd", "si", "sk", "sl",
    "so", "nr", "su", "ss", "tl", "ty", "tg", "tt", "th", "bo", "ti", "to", "ts", "tn", "tk", "tw", "uk",
    "ug", "uz", "ve", "vo", "wa", "cy", "fy", "wo", "xh", "yi", "yo", "za", "zu",
};
static const uint32_t language_w[] = {150, 110, 60, 56, 31, 27, 27, 26, 26, 23, 20, 13, 12,
                                      8,   9,   9,  9,  8,  8,  8,  6,  4,  3,  1,  1};
SAME_LEN(language_az, language_code_az);

const DictList dict_language = {COUNT(language_w), language_az, language_w, 0};
const DictList dict_language_all = LIST(language_az, 0, 0);
const DictList dict_language_code = LIST(language_code_az, 0, 0);
