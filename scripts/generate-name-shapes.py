#!/usr/bin/env python3
"""Writes Sources/NewsCore/Resources/name-shapes.tsv: what a person's or a firm's name looks like,
for the name finders (PersonFinder+Shapes, OrganizationFinder): evidence beside the context words
of name-context.tsv, not a list of people or firms.

  G  given names, folded: frequent (3 or more on the source's scale of 1 to 13) in at least one
     country of Europe, the Americas, the Arab world and Persia, Turkey, Israel, India or Japan
     (gender-guesser 0.4.0's nam_dict.txt, by Jörg Michael, 2008; 55 countries). The Chinese,
     Korean and Vietnamese columns are left out: those names are written family name first.
     And the given names that Faker 40.54.0 (MIT) lists for at least two of the locales of FAKER_LOCALES
     (Italy, Spain, Latin America, Portugal, Brazil, the British Isles, the US, New Zealand, France,
     Belgium, Switzerland, Germany, Austria, the Netherlands), where nam_dict.txt of 2008 misses names common
     since (Mattia) and most of Latin America's (Jairo, Yeison, Rigoberto); none that is an English word,
     a place's or a country's name in places.tsv or country-names.tsv (a name the gazetteer takes anyway),
     nor one of EXCLUDED or FAKER_EXCLUDED.
  W  the same, when the name is also an English word in lower case (Debian's wamerican: Mark,
     Bill, Grace) and common (5 or more) in Britain, Ireland or the US: such a name counts only
     inside a sentence, never as its first word; the rarer ones (Go, Jet, Silver) are left out.
  L  legal forms of firms, folded, one word each (cleanco 2.3's terms: GmbH, Ltd, S.p.A.
     becomes spa, ООО): three letters or more, or one of six of two (AG, SA, NV, BV, Oy, AB),
     none an English word, a month or an abbreviation of something else (NOT_FORMS: STG is sterling
     in wire copy); and Co (Kelsey-Hayes Co), which the dictionary holds as a word.
  F  (vi) family names that begin a Vietnamese name (Nguyễn, Trần, Lê): the 16 most common, which
     about nine in ten Vietnamese carry (the list in Wikipedia's "Vietnamese name", kept here by hand),
     and 19 less common ones that begin no province's name (Đinh, Trịnh, Lưu).
  B  (vi) words before a name that make it a street's, a school's or a prize's (đường Lê Lợi).
  X  words that end a thing's name after a given name (Stanley Cup, Victoria Street, Grace Church),
     in the languages of the G list; kept here by hand.
  P  words in lower case right before a given name that make the name a ship's, a storm's, a
     work's, a horse's, a band's, a street's or a school's (the liner Wilhelm Gustloff, the film Vera
     Drake, the band Franz Ferdinand, l'avenue Charles-de-Gaulle); kept here by hand.
  C  (zh) family names of one character: the 100 most common in mainland China (2020 census, as listed
     in Wikipedia's "List of common Chinese surnames"), with the traditional forms of those that
     have one, and 54 less common ones that seldom begin a word (樊, 聂, 甄; not 关, 安, 华, 卫, 牛); kept
     here by hand.
  K  (ko) family names in Hangul: the single-syllable ones that most Koreans carry (Statistics Korea's
     2015 census, as listed in Wikipedia's "List of Korean surnames") and the seven of two syllables
     (남궁, 제갈); kept here by hand.
  V  (zh) verbs of speech right after a name (表示, 指出, 说).
  N  (ja) Japanese family names in kanji: the 500 of gimei 0.2.3's names.yml (MIT), which are the
     most common ones (佐藤, 鈴木, 高橋), then their variant kanji (斉藤, 渡邊, 濱田: KANJI_VARIANTS); a
     department's title after a name asks for one (田中健一部長).
  G  (a second line) Russian given names in Cyrillic, folded (й as и, ё as е): the nominative lemmas
     that pymorphy3-dicts-ru 2.4.417150.4580142 (OpenCorpora's dictionary, CC BY-SA 3.0) tags Name,
     when pymorphy3 2.0.6 reads the word as a name first and has no other likely reading (so not
     Роман "novel", Вера "faith", Лев "lion"), three letters or more.
Names that are months, days, saints' prefixes (Santa, San) or a few words that begin things more
often than people (Christian, Victoria) are left out (EXCLUDED below).

Licences: nam_dict.txt is under the GNU Free Documentation License 1.2 or later, and so is the
G and W part of the file written here (a subset of it, changed in form only); cleanco is MIT.
Run it again after an update of the data:
    apt-get install -y wamerican && pip install gender-guesser==0.4.0 cleanco==2.3 faker==40.54.0 \
        pymorphy3==2.0.6 pymorphy3-dicts-ru==2.4.417150.4580142 gimei==0.2.3
    scripts/generate-name-shapes.py
"""
import glob
import os
import sys

from name_data import english_words, resources
from name_data import fold as fold_marks
from name_data import words as marked_words

# Letters that newsd folds beside the marks (TextFolding.swift): the file holds words as newsd compares them.
LETTERS = str.maketrans({"đ": "d", "ø": "o", "ł": "l", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i"})


def fold(s):
    return fold_marks(s).translate(LETTERS)


def words(s):
    return [w.translate(LETTERS) for w in marked_words(s)]

import gender_guesser
from cleanco.termdata import terms_by_country, terms_by_type

COLUMNS = ("GB IE US IT MT PT ES FR BE LU NL FRI DE AT CH IS DK NO SE FI EE LV LT PL CZ SK HU RO BG BA HR XK "
           "MK ME RS SI AL GR RU BY MD UA AM AZ GE KZ TR AR IL CN IN JP KR VN OTHER").split()
FAMILY_FIRST = {"CN", "KR", "VN"}
MIN_FREQUENCY = 3
ENGLISH_SPEAKING = {"GB", "IE", "US"}
# A given name that is an English word counts only when it is this common in those countries (Mark,
# Bill, Grace: 5 or more of 13), not as a rare name (Go, Jet, Silver).
MIN_ENGLISH_WORD_FREQUENCY = 5

MONTHS_DAYS = set(words(
    "january february march april may june july august september october november december "
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre "
    "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre "
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre "
    "janeiro fevereiro marco abril maio junho julho agosto setembro outubro novembro dezembro "
    "januar februar marz april mai juni juli august september oktober november dezember "
    "monday tuesday wednesday thursday friday saturday sunday lunes martes domingo sabado "
    "lundi mardi mercredi jeudi vendredi samedi dimanche sonntag montag"))
# Words that start a place's, a church's, a party's or an event's name more often than a person's.
# (Not Marco, a given name far more often than Portuguese "março", which is written in lower case.)
EXCLUDED = (MONTHS_DAYS - {"marco"}) | set(words(
    "santa santo san sao saint sainte st notre dame christian christiane victoria jesus "
    "trinidad rosario asuncion concepcion dolores mercedes salvador angeles paz cruz luz sol pilar "
    "nova nuevo nueva new royal grand golden premier"))


# Faker's locales whose given names join G (a name in two of them at least), and the few of them that are a word,
# a brand or a group's name more often than a given name in news (Che, Hermes, Isis, Luna, Linde, Raf) or a
# Vietnamese middle name (Thi).
FAKER_LOCALES = ("it_IT es_AR es_CL es_CO es_ES es_MX pt_BR pt_PT en_GB en_IE en_US en_NZ fr_FR fr_BE fr_CH "
                 "de_DE de_AT de_CH nl_NL nl_BE").split()
FAKER_EXCLUDED = set(words("america che hermes isis thi luna sem raf linde cas"))


# Two-letter forms are words or acronyms of other things as often (EU, PC, ET, DA); these few are not.
TWO_LETTER_FORMS = {"ag", "sa", "nv", "bv", "oy", "ab"}
# Three letters that abbreviate other things in news (Cpt, TMI) or are words of other languages (ans, dat).
NOT_FORMS = MONTHS_DAYS | {"cpt", "tmi", "ans", "dat", "teo", "ses", "xk", "xt", "3ao", "ent", "cio", "sem", "sep", "sia", "ong",
                           "pse", "psu", "etat", "doo", "koop", "sab", "cic", "epe", "fcp", "iks", "sgr", "saa", "ead", "sal", "stg"}


THINGS_BEFORE = words(
    "ship liner vessel tanker ferry freighter yacht submarine carrier frigate destroyer cruiser "
    "hurricane storm typhoon cyclone film movie album novel book play musical song single show series "
    "sitcom opera horse colt filly band group duo trio "
    # Streets, schools, hospitals, airports and ships named after a person, in the languages of the G
    # list (l'avenue Charles-de-Gaulle, el buque Juan Sebastián de Elcano, улица Льва Толстого).
    "avenue rue boulevard quai lycee college ecole hopital aeroport gare stade navire paquebot "
    "calle avenida paseo colegio escuela instituto hospital estadio aeropuerto buque barco fragata crucero "
    "rua praca escola hospital aeroporto navio viale piazza corso scuola liceo ospedale stadio nave "
    "улица улице улицы проспект проспекте площадь площади школа школе больница больнице стадион аэропорт "
    "судно судна корабль корабля ледокол теплоход "
    # Refineries and power plants named after a person (a refinaria Alberto Pasqualini, la refinería
    # Antonio Dovalí Jaime, la raffineria Giuseppe ...).
    "refinaria refineria raffinerie raffineria usina "
    # (Forty-third session) More kinds of ship that news names after a person (o graneleiro Maria Aragão, la goélette
    # « Maria Teriitehau », el pesquero, il peschereccio, le chalutier, the trawler).
    "graneleiro cargueiro petroleiro goelette chalutier cargo remorqueur petrolero pesquero carguero granelero "
    "peschereccio petroliera rimorchiatore trawler tug")
CHINESE_FAMILY = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟"
                  "姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严欧莫孔向常汤康易乔赖文"
                  "張劉陳楊黃趙吳許韓馮鄧蕭葉蘇呂盧鍾譚陸範賈鄒龔錢嚴歐湯賴莊庄"
                  "樊殷施洪翟颜倪俞鲁葛伍聂柳邢岳祝涂祁耿牟詹苗凌靳童甄裴屈鲍霍翁隋柴冉辜饶刁瞿戚滕邬臧褚廉娄奚郎冀姬栾窦卓岑")
KOREAN_FAMILY = ("김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 전 홍 유 고 문 양 손 배 백 허 남 심 노 하 곽 성 차 주 우 "
                 "구 민 류 나 진 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 라 왕 금 옥 "
                 "육 인 맹 제 모 탁 국 어 은 편 용 예 경 봉 사 부 가 복 태 목 형 피 두 감 음 빈 동 온 호 범 좌 시 갈 계 승 "
                 "남궁 황보 제갈 선우 독고 사공 서문").split()
CHINESE_SPEECH = "表示 指出 说 說 称 稱 认为 認為 强调 強調 透露 介绍 介紹 告诉 告訴 宣布 回应 回應 坦言 直言 解释 解釋 补充 補充".split()
VIETNAMESE_FAMILY = ("Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý "
                     # Less common ones that begin no province's or country's name (not Hà, Cao, Lâm, Thái, Mai, Đồng).
                     "Đinh Đoàn Lương Trịnh Trương Lưu Đào Tạ Tăng Quách Triệu Kiều Đàm Mạc Khuất Vương Phùng Lại Nghiêm").split()
VIETNAMESE_BEFORE = ("đường phố quận phường xã huyện tỉnh cầu trường sân chợ bến lăng đền chùa viên giải cúp tàu "
                     "nhà khu hẻm ngõ").split()
THINGS = words(
    "street road avenue lane square park bridge hall church cathedral chapel abbey hospital clinic school "
    "college stadium arena airport station harbour harbor lake river mountain valley island beach bay "
    "tower palace castle museum gallery theatre theater centre center hotel cup trophy prize award awards medal "
    "festival memorial fund trust plaza boulevard act line report doctrine syndrome disease building "
    "athletic rovers wanderers albion villa argyle rangers celtic town county united city orient hotspur thistle "
    "academical stanley plan canyon gorge falls forest desert glacier dam canal tunnel highway motorway rally "
    "parade motor equipment manufacturing environmental systems electronics software pharmaceuticals "
    "chemical chemicals foods strasse platz kirche brucke bahnhof flughafen stadion preis pokal via viale piazza "
    "premio coppa calle avenida rua praca premio copa rue pont gare stade aeroport prix coupe")


def japanese_family_names():
    """The family names (kanji) of gimei's names.yml, in its order, read without a YAML parser."""
    import gimei
    path = os.path.join(os.path.dirname(gimei.__file__), "data", "names.yml")
    names, inside = [], False
    for line in open(path, encoding="utf-8"):
        if not line.startswith(" "):
            inside = line.startswith("last_name:")
        elif inside and line.strip().startswith("- ["):
            names.append(line.split("'")[1])
    # And their usual variant kanji, which families keep in their names (斉藤 and 齋藤 of 斎藤, 渡邊 of 渡辺, 濱田 of 浜田),
    # after the names themselves.
    variants = []
    for name in names:
        for k, c in enumerate(name):
            for v in KANJI_VARIANTS.get(c, ""):
                other = name[:k] + v + name[k + 1:]
                if other not in names and other not in variants:
                    variants.append(other)
    return names + variants


# Variant kanji of family names' characters (old and simplified forms that Japanese families write).
KANJI_VARIANTS = {"斎": "斉齋齊", "辺": "邊邉", "浜": "濱", "高": "髙", "崎": "﨑嵜", "沢": "澤", "島": "嶋", "桜": "櫻",
                  "広": "廣", "国": "國", "関": "關", "竜": "龍", "恵": "惠", "実": "實"}


def given_names():
    path = os.path.join(os.path.dirname(gender_guesser.__file__), "data", "nam_dict.txt")
    best = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("=") or len(line) < 31:
                continue
            # A '+' in column 30 marks a second spelling of a name with umlauts (the file's header).
            if line[29] == "+":
                continue
            name = line[3:29].strip()
            if "+" in name or " " in name or "-" in name:
                continue
            freqs = [(c, int(ch, 16)) for c, ch in zip(COLUMNS, line[30:30 + len(COLUMNS)]) if ch.strip()]
            top = max((v for c, v in freqs if c not in FAMILY_FIRST), default=0)
            english = max((v for c, v in freqs if c in ENGLISH_SPEAKING), default=0)
            folded = fold(name)
            if top >= MIN_FREQUENCY and len(folded) >= 2 and folded.isalpha():
                old = best.get(folded, (0, 0))
                best[folded] = (max(old[0], top), max(old[1], english))
    return {n: v for n, v in best.items() if n not in EXCLUDED}


def gazetteer_names():
    """Folded names of the places and countries that newsd's gazetteer holds (generate-country-names.py's files)."""
    out = set()
    for name, column in (("places.tsv", 0), ("country-names.tsv", 1)):
        with open(os.path.join(resources, name), encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or "\t" not in line:
                    continue
                # (Not a country's name that counts only alone, "~Maurizio": the gazetteer does not take it anyway.)
                out.update(fold(n) for n in line.rstrip("\n").split("\t")[column].split("|") if not n.startswith("~"))
    return out


def faker_given_names(known, english):
    """Given names from Faker's person providers (G, see the module's doc) that `known` does not hold."""
    import importlib
    places = gazetteer_names()
    locales = {}
    for locale in FAKER_LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attribute in ("first_names", "first_names_male", "first_names_female"):
            names = provider.__dict__.get(attribute)
            if names is None or isinstance(names, property):
                continue
            for name in names:
                folded = fold(name)
                if len(folded) >= 3 and folded.isalpha() and folded not in known:
                    locales.setdefault(folded, set()).add(locale)
    return {n for n, ls in locales.items()
            if len(ls) >= 2 and n not in english and n not in places and n not in EXCLUDED and n not in FAKER_EXCLUDED}


def russian_given_names():
    """Cyrillic given names (G, second line): see the module's doc."""
    import pymorphy3
    morph = pymorphy3.MorphAnalyzer()
    lemmas = set()
    for word, tag, normal_form, _, _ in morph.dictionary.iter_known_words():
        if word == normal_form and {"Name", "sing", "nomn"} <= tag.grammemes:
            lemmas.add(word)
    names = set()
    for w in lemmas:
        parses = [p for p in morph.parse(w) if p.score > 0.1]
        if len(w) >= 3 and parses and "Name" in parses[0].tag.grammemes \
                and all(p.tag.grammemes & {"Name", "Surn", "Patr"} for p in parses):
            names.add(fold(w))
    return sorted(names - EXCLUDED)


def legal_forms(english):
    out = set()
    for forms in list(terms_by_type.values()) + list(terms_by_country.values()):
        for form in forms:
            ws = words(form)
            if len(ws) != 1:
                # "s.p.a.", "s.a.", "g.m.b.h.": one word, its letters run together.
                if all(len(w) == 1 for w in ws) and len(ws) >= 2:
                    ws = ["".join(ws)]
                else:
                    continue
            w = ws[0]
            if (len(w) >= 3 or w in TWO_LETTER_FORMS) and w not in english and w not in NOT_FORMS and not w.isdigit():
                out.add(w)
    return out | {"co"}


def main():
    english = english_words()
    given = given_names()
    plain = sorted({n for n in given if n not in english} | faker_given_names(set(given), english))
    worded = sorted(n for n, (_, en) in given.items() if n in english and en >= MIN_ENGLISH_WORD_FREQUENCY)
    forms = sorted(legal_forms(english))
    russian = russian_given_names()
    out = os.path.join(resources, "name-shapes.tsv")
    with open(out, "w", encoding="utf-8") as f:
        f.write("# What a person's or a firm's name looks like; written by scripts/generate-name-shapes.py from\n")
        f.write("# gender-guesser 0.4.0's nam_dict.txt (Jörg Michael, GNU FDL 1.2 or later, as is this subset)\n")
        f.write("# cleanco 2.3 (MIT), pymorphy3-dicts-ru 2.4.417150.4580142 (OpenCorpora, CC BY-SA 3.0; the second G\n")
        f.write("# line) and gimei 0.2.3 (MIT; N); do not edit. Lines: KIND<TAB>WORD|WORD|... (the script says each kind).\n")
        f.write("G\t" + "|".join(plain) + "\n")
        f.write("W\t" + "|".join(worded) + "\n")
        f.write("L\t" + "|".join(forms) + "\n")
        f.write("F\t" + "|".join(sorted(fold(w) for w in VIETNAMESE_FAMILY)) + "\n")
        f.write("B\t" + "|".join(sorted(fold(w) for w in VIETNAMESE_BEFORE)) + "\n")
        f.write("X\t" + "|".join(sorted(set(THINGS))) + "\n")
        f.write("P\t" + "|".join(sorted(set(THINGS_BEFORE))) + "\n")
        f.write("C\t" + "|".join(sorted(set(CHINESE_FAMILY))) + "\n")
        f.write("V\t" + "|".join(CHINESE_SPEECH) + "\n")
        f.write("K\t" + "|".join(KOREAN_FAMILY) + "\n")
        f.write("G\t" + "|".join(russian) + "\n")
        f.write("N\t" + "|".join(japanese_family_names()) + "\n")
    print(f"{out}: {len(plain)} given names, {len(worded)} that are also English words, {len(forms)} legal forms",
          file=sys.stderr)


if __name__ == "__main__":
    main()
