/*
** ja_jp.c — the ja_JP locale: Japanese names, places and formats.
**
** Sources (facts only; the lists and their selection were written for syda):
**   - family names: the commonly published ranking of Japanese surnames
**     (there is no official surname statistic); weights are approximate
**     numbers of bearers in thousands, rounded;
**   - given names: names common among people born from the 1940s to today
**     as reported in yearly newborn-name rankings; weights are rough
**     estimates, female and male scaled to equal totals; romaji in modified
**     Hepburn without long-vowel marks (Satō -> sato), as on passports;
**   - cities, wards and populations: Statistics Bureau of Japan, 2020 Census
**     (in thousands, rounded); prefecture codes are JIS X 0401; postal code
**     prefixes (Japan Post) and telephone area codes (MIC numbering plan) of
**     each city's centre; coordinates rounded to 2 decimals;
**   - street names are common town names (町名) found in many cities, with
**     chōme numbers; e-mail domain, company form and honorific shares are
**     rough estimates written for syda.
**
** zPhone here holds the area code, a hyphen and, for the one-digit Tokyo,
** Osaka and Kashiwa/Tokorozawa codes, the first digit of the local number, so
** that "0{a}###-####" yields 03-5123-4567 and 045-123-4567 alike.
*/

#include <stdint.h>

#include "dict.h"

#define COUNT(a) ((int)(sizeof(a) / sizeof(a[0])))
#define LIST(az, w, a) \
  { COUNT(az), az, w, a }
#define SAME_LEN(a, b) _Static_assert(COUNT(a) == COUNT(b), #a " and " #b " differ in length")

/* Given names, female and male scaled to equal totals, most frequent first. */
static const char *const first_az[] = {
    "浩",     "誠",   "恵子", "裕子",   "智子",   "幸子",   "大輔",   "拓也",   "和子",   "洋子", "久美子",
    "隆",     "直樹", "健太", "翔太",   "真由美", "恵",     "博",     "京子",   "美智子", "陽子", "明美",
    "由美子", "直美", "香織", "純子",   "明",     "達也",   "典子",   "美穂",   "優子",   "美咲", "聡",
    "健一",   "和也", "茂",   "清",     "修",     "哲也",   "大樹",   "節子",   "恵美",   "明子", "実",
    "健",     "翔",   "拓海", "祐介",   "大介",   "麻衣",   "彩香",   "沙織",   "美香",   "由佳", "美紀",
    "結衣",   "愛",   "豊",   "和夫",   "剛",     "淳",     "秀樹",   "亮",     "蓮",     "裕太", "舞",
    "真理子", "理恵", "遥",   "陽菜",   "葵",     "さくら", "紀子",   "良子",   "由美",   "弘子", "悦子",
    "勇",     "武",   "弘",   "学",     "浩二",   "隆之",   "翼",     "陸",     "陽翔",   "智也", "雄太",
    "浩之",   "亮太", "進",   "正",     "一郎",   "正男",   "雄一",   "悠斗",   "大翔",   "正樹", "博之",
    "崇",     "徹",   "真一", "浩一",   "千尋",   "愛子",   "亜希子", "瞳",     "信子",   "順子", "和美",
    "稔",     "洋平", "湊",   "悠真",   "颯太",   "海斗",   "隼人",   "康介",   "慎也",   "賢治", "健二",
    "和樹",   "直人", "純一", "俊介",   "悠太",   "勝",     "悟",     "奈々",   "綾",     "美月", "七海",
    "芽依",   "凛",   "彩",   "陽葵",   "加奈子", "友美",   "文子",   "真紀",   "詩織",   "由紀", "英子",
    "美代子", "光子", "久子", "樹",     "駿",     "優斗",   "悠人",   "雅人",   "太郎",   "一輝", "英樹",
    "涼太",   "拓真", "大和", "功",     "洋",     "義男",   "智",     "陽介",   "萌",     "楓",   "莉子",
    "紬",     "結菜", "美優", "真央",   "静香",   "早紀",   "彩乃",   "春香",   "美和",   "彩花", "里奈",
    "茜",     "亜美", "麻美", "沙也加", "千代子", "美奈子", "蒼",     "航",     "光",     "竜也", "匠",
    "誠一",   "幸雄", "正人", "秀明",   "陽向",   "朝陽",   "圭",     "涼",     "蒼空",   "克也", "慎太郎",
    "杏",     "咲",   "花子", "澪",     "琴音",   "花",     "美結",   "菜々子", "千晴",   "優花", "栞",
    "桃子",   "玲奈", "友香", "理沙",   "絵美",   "結月",   "美桜",   "杏奈",   "結愛",   "朱莉", "紗希",
    "恵理",   "絵里", "幸恵", "真由",   "律",     "新",     "次郎",   "伊織",   "心春",   "一花", "灯",
    "乃愛",   "若菜", "凪",
};
static const uint32_t first_w[] = {
    20921, 20921, 20647, 20647, 20647, 19270, 18828, 18828, 17894, 17894, 17894, 16736, 16736, 16736, 16736,
    16518, 16518, 15690, 15141, 15141, 15141, 15141, 15141, 15141, 15141, 15141, 14644, 14644, 13765, 13765,
    13765, 13765, 13598, 13598, 13598, 12552, 12552, 12552, 12552, 12552, 12388, 12388, 12388, 11506, 11506,
    11506, 11506, 11506, 11506, 11012, 11012, 11012, 11012, 11012, 11012, 11012, 11012, 10460, 10460, 10460,
    10460, 10460, 10460, 10460, 10460, 9635,  9635,  9635,  9635,  9635,  9635,  9635,  9635,  9635,  9635,
    9635,  9635,  9414,  9414,  9414,  9414,  9414,  9414,  9414,  9414,  9414,  9414,  9414,  9414,  9414,
    8368,  8368,  8368,  8368,  8368,  8368,  8368,  8368,  8368,  8368,  8368,  8368,  8368,  8259,  8259,
    8259,  8259,  8259,  8259,  8259,  7322,  7322,  7322,  7322,  7322,  7322,  7322,  7322,  7322,  7322,
    7322,  7322,  7322,  7322,  7322,  7322,  7322,  7322,  6882,  6882,  6882,  6882,  6882,  6882,  6882,
    6882,  6882,  6882,  6882,  6882,  6882,  6882,  6882,  6882,  6882,  6882,  6276,  6276,  6276,  6276,
    6276,  6276,  6276,  6276,  6276,  6276,  6276,  6276,  6276,  6276,  6276,  6276,  5506,  5506,  5506,
    5506,  5506,  5506,  5506,  5506,  5506,  5506,  5506,  5506,  5506,  5506,  5506,  5506,  5506,  5506,
    5506,  5506,  5230,  5230,  5230,  5230,  5230,  5230,  5230,  5230,  5230,  4184,  4184,  4184,  4184,
    4184,  4184,  4184,  4129,  4129,  4129,  4129,  4129,  4129,  4129,  4129,  4129,  4129,  4129,  4129,
    4129,  4129,  4129,  4129,  4129,  4129,  4129,  4129,  4129,  4129,  4129,  4129,  4129,  4129,  3138,
    3138,  3138,  3138,  2753,  2753,  2753,  2753,  2753,  2065,
};
SAME_LEN(first_az, first_w);
static const char *const first_ascii[] = {
    "hiroshi", "makoto",   "keiko",    "yuko",    "tomoko",  "sachiko",  "daisuke", "takuya",   "kazuko",
    "yoko",    "kumiko",   "takashi",  "naoki",   "kenta",   "shota",    "mayumi",  "megumi",   "hiroshi",
    "kyoko",   "michiko",  "yoko",     "akemi",   "yumiko",  "naomi",    "kaori",   "junko",    "akira",
    "tatsuya", "noriko",   "miho",     "yuko",    "misaki",  "satoshi",  "kenichi", "kazuya",   "shigeru",
    "kiyoshi", "osamu",    "tetsuya",  "daiki",   "setsuko", "emi",      "akiko",   "minoru",   "ken",
    "sho",     "takumi",   "yusuke",   "daisuke", "mai",     "ayaka",    "saori",   "mika",     "yuka",
    "miki",    "yui",      "ai",       "yutaka",  "kazuo",   "tsuyoshi", "jun",     "hideki",   "ryo",
    "ren",     "yuta",     "mai",      "mariko",  "rie",     "haruka",   "hina",    "aoi",      "sakura",
    "noriko",  "yoshiko",  "yumi",     "hiroko",  "etsuko",  "isamu",    "takeshi", "hiroshi",  "manabu",
    "koji",    "takayuki", "tsubasa",  "riku",    "haruto",  "tomoya",   "yuta",    "hiroyuki", "ryota",
    "susumu",  "tadashi",  "ichiro",   "masao",   "yuichi",  "yuto",     "hiroto",  "masaki",   "hiroyuki",
    "takashi", "toru",     "shinichi", "koichi",  "chihiro", "aiko",     "akiko",   "hitomi",   "nobuko",
    "junko",   "kazumi",   "minoru",   "yohei",   "minato",  "yuma",     "sota",    "kaito",    "hayato",
    "kosuke",  "shinya",   "kenji",    "kenji",   "kazuki",  "naoto",    "junichi", "shunsuke", "yuta",
    "masaru",  "satoru",   "nana",     "aya",     "mizuki",  "nanami",   "mei",     "rin",      "aya",
    "himari",  "kanako",   "tomomi",   "fumiko",  "maki",    "shiori",   "yuki",    "eiko",     "miyoko",
    "mitsuko", "hisako",   "itsuki",   "shun",    "yuto",    "yuto",     "masato",  "taro",     "kazuki",
    "hideki",  "ryota",    "takuma",   "yamato",  "isao",    "hiroshi",  "yoshio",  "satoshi",  "yosuke",
    "moe",     "kaede",    "riko",     "tsumugi", "yuina",   "miyu",     "mao",     "shizuka",  "saki",
    "ayano",   "haruka",   "miwa",     "ayaka",   "rina",    "akane",    "ami",     "asami",    "sayaka",
    "chiyoko", "minako",   "aoi",      "wataru",  "hikaru",  "tatsuya",  "takumi",  "seiichi",  "yukio",
    "masato",  "hideaki",  "hinata",   "asahi",   "kei",     "ryo",      "sora",    "katsuya",  "shintaro",
    "an",      "saki",     "hanako",   "mio",     "kotone",  "hana",     "miyu",    "nanako",   "chiharu",
    "yuka",    "shiori",   "momoko",   "rena",    "yuka",    "risa",     "emi",     "yuzuki",   "mio",
    "anna",    "yua",      "akari",    "saki",    "eri",     "eri",      "yukie",   "mayu",     "ritsu",
    "arata",   "jiro",     "iori",     "koharu",  "ichika",  "akari",    "noa",     "wakana",   "nagi",
};
SAME_LEN(first_az, first_ascii);

/* The sex each given name is mostly given to, in the order of first_az:
** 'f', 'm', or 'u' for names given to both; a row's gender and honorific
** follow its person's name. */
static const char first_sex[] =
    "mmffffmmfffmmmmffmffffffffmmffffmmmmmmmmfffmmmmmmffffffffmmmmmmmmfffffuffffffmmmmmmmmmmmmmmmmmmm"
    "mmmmmmmuffffffmmmmmmmmmmmmmmmmmmffffffffffffffffffmmmmmmmmmmmmmmmmffffffffffffffffffffmmummmmmmm"
    "mmmmmmffffffffffffffffffffffffffmmmufffffu";
_Static_assert(sizeof(first_sex) - 1 == COUNT(first_az), "first_sex and first_az differ in length");

/* Family names, most frequent first. */
static const char *const last_az[] = {
    "佐藤",   "鈴木",   "高橋",   "田中", "伊藤", "渡辺", "山本", "中村", "小林",   "加藤",   "吉田", "山田",
    "佐々木", "山口",   "松本",   "井上", "木村", "林",   "斎藤", "清水", "山崎",   "阿部",   "森",   "池田",
    "橋本",   "石川",   "山下",   "中島", "石井", "小川", "前田", "岡田", "長谷川", "藤田",   "後藤", "近藤",
    "村上",   "遠藤",   "青木",   "坂本", "斉藤", "福田", "太田", "西村", "藤井",   "金子",   "岡本", "藤原",
    "中野",   "三浦",   "原田",   "中川", "松田", "竹内", "小野", "田村", "中山",   "和田",   "石田", "森田",
    "上田",   "原",     "内田",   "柴田", "酒井", "宮崎", "横山", "高木", "安藤",   "宮本",   "大野", "小島",
    "谷口",   "今井",   "工藤",   "高田", "増田", "丸山", "杉山", "村田", "大塚",   "新井",   "小山", "平野",
    "藤本",   "河野",   "上野",   "野口", "武田", "松井", "千葉", "岩崎", "菅原",   "木下",   "久保", "佐野",
    "野村",   "松尾",   "市川",   "菊地", "杉本", "古川", "大西", "島田", "水野",   "桜井",   "高野", "渡部",
    "吉川",   "山内",   "西田",   "飯田", "菊池", "西川", "小松", "北村", "安田",   "五十嵐", "川口", "平田",
    "関",     "中田",   "久保田", "服部", "東",   "岩田", "土屋", "川崎", "福島",   "本田",   "辻",   "樋口",
    "秋山",   "田口",   "永井",   "山中", "中西", "吉村", "川上", "石原", "大橋",   "松岡",   "馬場", "浅野",
    "荒木",   "大久保", "野田",   "小沢", "田辺", "川村", "星野", "黒田", "堀",     "尾崎",   "望月", "永田",
    "熊谷",   "内藤",   "松村",   "西山", "大谷", "平井", "大島", "岩本", "片山",   "本間",   "早川", "横田",
    "岡崎",   "荒井",   "大石",   "鎌田", "成田", "宮田", "小田", "石橋", "篠原",   "須藤",   "河合", "大川",
    "高山",   "小池",   "関口",   "宮下", "大森", "吉野", "松下", "桑原", "今村",   "上原",   "北川", "中井",
    "杉田",   "小西",   "広瀬",   "松浦", "菅野", "内山", "藤川", "森本", "浜田",   "松永",   "小倉", "岩井",
    "富田",   "二宮",   "岡",     "西",   "福井", "山岸", "金田",
};
static const uint32_t last_w[] = {
    1870, 1790, 1410, 1340, 1080, 1070, 1070, 1050, 1020, 890, 840, 810, 680, 640, 630, 610, 570, 540,
    540,  530,  480,  460,  460,  440,  440,  430,  420,  410, 400, 400, 390, 390, 380, 370, 370, 360,
    350,  340,  340,  330,  330,  320,  320,  310,  310,  300, 300, 300, 290, 290, 290, 280, 280, 280,
    280,  270,  270,  260,  260,  260,  250,  250,  250,  250, 250, 240, 240, 240, 230, 230, 230, 220,
    220,  220,  220,  210,  210,  210,  210,  210,  200,  200, 200, 200, 200, 190, 190, 190, 190, 190,
    190,  180,  180,  180,  180,  180,  180,  180,  170,  170, 170, 170, 170, 170, 160, 160, 160, 160,
    160,  160,  160,  150,  150,  150,  150,  150,  150,  150, 150, 140, 140, 140, 140, 140, 140, 140,
    140,  140,  130,  130,  130,  130,  130,  130,  130,  130, 130, 130, 130, 120, 120, 120, 120, 120,
    120,  120,  120,  120,  110,  110,  110,  110,  110,  110, 110, 110, 110, 110, 110, 110, 110, 100,
    100,  100,  100,  100,  100,  100,  100,  100,  100,  100, 100, 100, 90,  90,  90,  90,  90,  90,
    90,   90,   90,   90,   90,   90,   90,   90,   90,   85,  85,  85,  85,  85,  85,  80,  80,  80,
    80,   80,   80,   75,   75,   75,   75,   70,   70,   70,  70,  60,  60,
};
SAME_LEN(last_az, last_w);
static const char *const last_ascii[] = {
    "sato",      "suzuki",    "takahashi",  "tanaka",    "ito",       "watanabe",  "yamamoto",  "nakamura",
    "kobayashi", "kato",      "yoshida",    "yamada",    "sasaki",    "yamaguchi", "matsumoto", "inoue",
    "kimura",    "hayashi",   "saito",      "shimizu",   "yamazaki",  "abe",       "mori",      "ikeda",
    "hashimoto", "ishikawa",  "yamashita",  "nakajima",  "ishii",     "ogawa",     "maeda",     "okada",
    "hasegawa",  "fujita",    "goto",       "kondo",     "murakami",  "endo",      "aoki",      "sakamoto",
    "saito",     "fukuda",    "ota",        "nishimura", "fujii",     "kaneko",    "okamoto",   "fujiwara",
    "nakano",    "miura",     "harada",     "nakagawa",  "matsuda",   "takeuchi",  "ono",       "tamura",
    "nakayama",  "wada",      "ishida",     "morita",    "ueda",      "hara",      "uchida",    "shibata",
    "sakai",     "miyazaki",  "yokoyama",   "takagi",    "ando",      "miyamoto",  "ono",       "kojima",
    "taniguchi", "imai",      "kudo",       "takada",    "masuda",    "maruyama",  "sugiyama",  "murata",
    "otsuka",    "arai",      "koyama",     "hirano",    "fujimoto",  "kono",      "ueno",      "noguchi",
    "takeda",    "matsui",    "chiba",      "iwasaki",   "sugawara",  "kinoshita", "kubo",      "sano",
    "nomura",    "matsuo",    "ichikawa",   "kikuchi",   "sugimoto",  "furukawa",  "onishi",    "shimada",
    "mizuno",    "sakurai",   "takano",     "watanabe",  "yoshikawa", "yamauchi",  "nishida",   "iida",
    "kikuchi",   "nishikawa", "komatsu",    "kitamura",  "yasuda",    "igarashi",  "kawaguchi", "hirata",
    "seki",      "nakata",    "kubota",     "hattori",   "higashi",   "iwata",     "tsuchiya",  "kawasaki",
    "fukushima", "honda",     "tsuji",      "higuchi",   "akiyama",   "taguchi",   "nagai",     "yamanaka",
    "nakanishi", "yoshimura", "kawakami",   "ishihara",  "ohashi",    "matsuoka",  "baba",      "asano",
    "araki",     "okubo",     "noda",       "ozawa",     "tanabe",    "kawamura",  "hoshino",   "kuroda",
    "hori",      "ozaki",     "mochizuki",  "nagata",    "kumagai",   "naito",     "matsumura", "nishiyama",
    "otani",     "hirai",     "oshima",     "iwamoto",   "katayama",  "honma",     "hayakawa",  "yokota",
    "okazaki",   "arai",      "oishi",      "kamata",    "narita",    "miyata",    "oda",       "ishibashi",
    "shinohara", "sudo",      "kawai",      "okawa",     "takayama",  "koike",     "sekiguchi", "miyashita",
    "omori",     "yoshino",   "matsushita", "kuwabara",  "imamura",   "uehara",    "kitagawa",  "nakai",
    "sugita",    "konishi",   "hirose",     "matsuura",  "kanno",     "uchiyama",  "fujikawa",  "morimoto",
    "hamada",    "matsunaga", "ogura",      "iwai",      "tomita",    "ninomiya",  "oka",       "nishi",
    "fukui",     "yamagishi", "kaneda",
};
SAME_LEN(last_az, last_ascii);

/* Street names. */
static const char *const street_az[] = {
    "本町",   "中央",     "栄町",   "元町",   "新町",   "旭町",   "緑町",   "錦町",     "寿町",   "幸町",
    "大手町", "東町",     "西町",   "南町",   "北町",   "末広町", "昭和町", "若葉",     "桜町",   "松原",
    "青葉台", "緑が丘",   "桜ケ丘", "泉町",   "宮本町", "天神町", "八幡町", "住吉町",   "日吉町", "港町",
    "浜町",   "本郷",     "中町",   "上町",   "仲町",   "曙町",   "朝日町", "高砂町",   "春日町", "弥生町",
    "大和町", "富士見町", "平和町", "宝町",   "花園町", "白山",   "柳町",   "桜木町",   "常盤町", "御幸町",
    "東本町", "西本町",   "南本町", "北本町", "新田",   "中島",   "松が丘", "希望が丘", "光が丘", "山手町",
    "紅葉町", "稲荷町",   "駅前",   "駅南",   "城東",   "城南",   "城西",   "城北",     "若松町", "東雲",
    "清水町", "藤が丘",   "梅ケ丘", "栄",     "新栄",   "大宮町", "緑ケ丘", "旭が丘",   "千代田", "霞ケ丘",
    "青葉町", "本通",     "新栄町", "中通",
};

/* Street types. */
static const char *const street_type_az[] = {
    "1丁目", "2丁目", "3丁目", "4丁目", "5丁目", "6丁目", "7丁目", "8丁目",
};
static const uint32_t street_type_w[] = {
    30, 28, 24, 18, 12, 8, 5, 3,
};
SAME_LEN(street_type_az, street_type_w);

/* city, region, region code, postal pattern, phone prefix, lat, lon, population (thousands) */
static const DictCity city[] = {
    {"千代田区", "東京都", "13", "100-0###", "3-3", 35.69, 139.75, 67},
    {"中央区", "東京都", "13", "104-0###", "3-3", 35.67, 139.77, 170},
    {"港区", "東京都", "13", "106-0###", "3-5", 35.66, 139.75, 260},
    {"新宿区", "東京都", "13", "160-0###", "3-5", 35.69, 139.70, 349},
    {"渋谷区", "東京都", "13", "150-0###", "3-6", 35.66, 139.70, 243},
    {"世田谷区", "東京都", "13", "154-0###", "3-3", 35.65, 139.65, 943},
    {"練馬区", "東京都", "13", "176-0###", "3-3", 35.74, 139.65, 752},
    {"大田区", "東京都", "13", "144-0###", "3-3", 35.56, 139.72, 748},
    {"江戸川区", "東京都", "13", "132-0###", "3-3", 35.71, 139.87, 697},
    {"足立区", "東京都", "13", "120-0###", "3-3", 35.78, 139.80, 695},
    {"杉並区", "東京都", "13", "166-0###", "3-5", 35.70, 139.64, 591},
    {"板橋区", "東京都", "13", "173-0###", "3-5", 35.75, 139.71, 584},
    {"品川区", "東京都", "13", "140-0###", "3-6", 35.61, 139.73, 422},
    {"目黒区", "東京都", "13", "152-0###", "3-6", 35.64, 139.70, 288},
    {"豊島区", "東京都", "13", "170-0###", "3-5", 35.73, 139.72, 301},
    {"八王子市", "東京都", "13", "192-0###", "42-", 35.67, 139.32, 579},
    {"町田市", "東京都", "13", "194-0###", "42-", 35.55, 139.45, 431},
    {"横浜市", "神奈川県", "14", "231-0###", "45-", 35.44, 139.64, 3777},
    {"川崎市", "神奈川県", "14", "210-0###", "44-", 35.53, 139.70, 1538},
    {"相模原市", "神奈川県", "14", "252-0###", "42-", 35.57, 139.37, 725},
    {"横須賀市", "神奈川県", "14", "238-0###", "46-", 35.28, 139.67, 388},
    {"大阪市", "大阪府", "27", "530-0###", "6-6", 34.69, 135.50, 2752},
    {"堺市", "大阪府", "27", "590-0###", "72-", 34.57, 135.48, 826},
    {"東大阪市", "大阪府", "27", "577-0###", "6-6", 34.68, 135.60, 493},
    {"豊中市", "大阪府", "27", "560-0###", "6-6", 34.78, 135.47, 401},
    {"吹田市", "大阪府", "27", "564-0###", "6-6", 34.76, 135.52, 385},
    {"枚方市", "大阪府", "27", "573-0###", "72-", 34.81, 135.65, 397},
    {"高槻市", "大阪府", "27", "569-0###", "72-", 34.85, 135.62, 348},
    {"名古屋市", "愛知県", "23", "460-0###", "52-", 35.18, 136.91, 2332},
    {"札幌市", "北海道", "01", "060-0###", "11-", 43.06, 141.35, 1973},
    {"福岡市", "福岡県", "40", "810-0###", "92-", 33.59, 130.40, 1612},
    {"北九州市", "福岡県", "40", "802-0###", "93-", 33.88, 130.88, 939},
    {"神戸市", "兵庫県", "28", "650-0###", "78-", 34.69, 135.20, 1525},
    {"姫路市", "兵庫県", "28", "670-0###", "79-", 34.82, 134.69, 530},
    {"尼崎市", "兵庫県", "28", "660-0###", "6-6", 34.73, 135.41, 460},
    {"京都市", "京都府", "26", "604-8###", "75-", 35.01, 135.77, 1464},
    {"さいたま市", "埼玉県", "11", "330-0###", "48-", 35.86, 139.65, 1324},
    {"川口市", "埼玉県", "11", "332-0###", "48-", 35.81, 139.72, 594},
    {"越谷市", "埼玉県", "11", "343-0###", "48-", 35.89, 139.79, 341},
    {"川越市", "埼玉県", "11", "350-0###", "49-", 35.93, 139.49, 353},
    {"所沢市", "埼玉県", "11", "359-0###", "4-2", 35.80, 139.47, 342},
    {"広島市", "広島県", "34", "730-0###", "82-", 34.39, 132.46, 1201},
    {"仙台市", "宮城県", "04", "980-0###", "22-", 38.27, 140.87, 1097},
    {"千葉市", "千葉県", "12", "260-0###", "43-", 35.61, 140.12, 975},
    {"船橋市", "千葉県", "12", "273-0###", "47-", 35.69, 139.98, 643},
    {"松戸市", "千葉県", "12", "271-0###", "47-", 35.79, 139.90, 498},
    {"市川市", "千葉県", "12", "272-0###", "47-", 35.72, 139.93, 496},
    {"柏市", "千葉県", "12", "277-0###", "4-7", 35.87, 139.98, 426},
    {"新潟市", "新潟県", "15", "951-8###", "25-", 37.92, 139.04, 789},
    {"浜松市", "静岡県", "22", "430-0###", "53-", 34.71, 137.73, 791},
    {"静岡市", "静岡県", "22", "420-0###", "54-", 34.98, 138.38, 693},
    {"熊本市", "熊本県", "43", "860-0###", "96-", 32.80, 130.71, 739},
    {"岡山市", "岡山県", "33", "700-0###", "86-", 34.66, 133.92, 725},
    {"倉敷市", "岡山県", "33", "710-0###", "86-", 34.59, 133.77, 475},
    {"鹿児島市", "鹿児島県", "46", "890-0###", "99-", 31.60, 130.56, 593},
    {"松山市", "愛媛県", "38", "790-0###", "89-", 33.84, 132.77, 511},
    {"宇都宮市", "栃木県", "09", "320-0###", "28-", 36.56, 139.88, 519},
    {"金沢市", "石川県", "17", "920-0###", "76-", 36.56, 136.66, 463},
    {"大分市", "大分県", "44", "870-0###", "97-", 33.24, 131.61, 475},
    {"長崎市", "長崎県", "42", "850-0###", "95-", 32.75, 129.87, 409},
    {"富山市", "富山県", "16", "930-0###", "76-", 36.70, 137.21, 414},
    {"高松市", "香川県", "37", "760-0###", "87-", 34.34, 134.05, 418},
    {"岐阜市", "岐阜県", "21", "500-8###", "58-", 35.42, 136.76, 403},
    {"長野市", "長野県", "20", "380-0###", "26-", 36.65, 138.19, 372},
    {"和歌山市", "和歌山県", "30", "640-8###", "73-", 34.23, 135.17, 356},
    {"那覇市", "沖縄県", "47", "900-0###", "98-", 26.21, 127.68, 317},
    {"前橋市", "群馬県", "10", "371-0###", "27-", 36.39, 139.06, 332},
    {"高崎市", "群馬県", "10", "370-0###", "27-", 36.32, 139.00, 372},
    {"水戸市", "茨城県", "08", "310-0###", "29-", 36.37, 140.47, 270},
    {"郡山市", "福島県", "07", "963-8###", "24-", 37.40, 140.36, 327},
    {"福島市", "福島県", "07", "960-8###", "24-", 37.76, 140.47, 282},
    {"秋田市", "秋田県", "05", "010-0###", "18-", 39.72, 140.10, 308},
    {"盛岡市", "岩手県", "03", "020-0###", "19-", 39.70, 141.15, 289},
    {"青森市", "青森県", "02", "030-0###", "17-", 40.82, 140.74, 275},
    {"山形市", "山形県", "06", "990-0###", "23-", 38.26, 140.34, 247},
    {"高知市", "高知県", "39", "780-0###", "88-", 33.56, 133.53, 326},
    {"徳島市", "徳島県", "36", "770-0###", "88-", 34.07, 134.55, 252},
    {"下関市", "山口県", "35", "750-0###", "83-", 33.96, 130.94, 256},
    {"甲府市", "山梨県", "19", "400-0###", "55-", 35.66, 138.57, 189},
    {"大津市", "滋賀県", "25", "520-0###", "77-", 35.02, 135.85, 345},
    {"四日市市", "三重県", "24", "510-0###", "59-", 34.97, 136.62, 311},
    {"津市", "三重県", "24", "514-0###", "59-", 34.72, 136.51, 274},
};

/* Free-mail domains, rough shares. */
static const char *const email_az[] = {
    "gmail.com",   "yahoo.co.jp",    "docomo.ne.jp",  "icloud.com",    "ezweb.ne.jp",
    "au.com",      "softbank.ne.jp", "i.softbank.jp", "outlook.jp",    "hotmail.co.jp",
    "outlook.com", "nifty.com",      "ybb.ne.jp",     "biglobe.ne.jp", "ocn.ne.jp",
};
static const uint32_t email_w[] = {
    30, 22, 10, 10, 5, 3, 5, 3, 2, 2, 2, 1, 1, 1, 1,
};
SAME_LEN(email_az, email_w);

/* Company suffixes, the usual one first. */
static const char *const suffix_az[] = {
    "株式会社",
    "有限会社",
    "合同会社",
    "合資会社",
};
static const uint32_t suffix_w[] = {
    75,
    12,
    12,
    1,
};
SAME_LEN(suffix_az, suffix_w);

/* Honorifics. */
static const char *const honorific_az[] = {
    "様",
    "さん",
    "殿",
    "先生",
};
static const uint32_t honorific_w[] = {
    70,
    20,
    4,
    6,
};
SAME_LEN(honorific_az, honorific_w);
static const char honorific_sex[] = "uuuu"; /* as first_sex */
_Static_assert(sizeof(honorific_sex) - 1 == COUNT(honorific_az), "honorific_sex and honorific_az differ");

const DictLocale dict_locale_ja_JP = {
    .zName = "ja_JP",
    .zCountry = "日本",
    .zCountryCode = "JP",
    .zCurrency = "JPY",
    .familyFirst = 1,
    .first = LIST(first_az, first_w, first_ascii),
    .last = LIST(last_az, last_w, last_ascii),
    .street = LIST(street_az, 0, 0),
    .streetType = LIST(street_type_az, street_type_w, 0),
    .zStreetFormat = "{s}{t}{n}番{m}号",
    .zLine2Format = "{n}号室",
    .zPhoneFormat = "0{a}%##-####",
    .nCity = COUNT(city),
    .aCity = city,
    .emailDomain = LIST(email_az, email_w, 0),
    .companySuffix = LIST(suffix_az, suffix_w, 0),
    .honorific = LIST(honorific_az, honorific_w, 0),
    .zFirstSex = first_sex,
    .zHonorificSex = honorific_sex,
    .zTld = "co.jp",
    .nHouseMax = 30,
};
