#!/usr/bin/env python3
"""Writes Sources/NewsCore/Resources/organizations-ja.tsv: Japanese firms and bodies whose names are
written in katakana alone (パナソニック, キーエンス, ビックカメラ), which no suffix marks (OrganizationFinder+
JapaneseContext reads a whole run of katakana that is one of them as an organisation).

Source: the organisations (名詞,固有名詞,組織, Noun.org.csv) of IPADIC, the dictionary of the MeCab
morphological analyser, as Debian ships it: package mecab-ipadic 2.7.0-20070801+main-3, whose CSV
sources are in /usr/share/mecab/dic/ipadic (EUC-JP). Licence: BSD-3-Clause with the ICOT terms
(Copyright 2000-2003 Nara Institute of Science and Technology; use, reproduction and distribution
permitted with the notice, kept below in the file's header).

  O  names of three katakana or more (ー counts), no middle dot, that no other list of IPADIC holds
     (a common noun, a place's, a person's, a brand's: アース, アクセス, キリン, コロナ are left out), at most
     MAX_NAMES;
  K  names of three kanji or more (々 counts) of Noun.org.csv that no other list of IPADIC holds (関西電力, 任天堂,
     良品計画; not 日本製鉄, which Noun.csv has), less a plant's, a hall's, a station's or a temple's (FACILITY_ENDS: 美浜原発, 延暦寺),
     at most MAX_KANJI: OrganizationFinder+JapaneseKanji takes a whole
     run of kanji that is one of them;
  W  IPADIC's common nouns in katakana of three or more (Noun.csv, Noun.verbal.csv, Noun.adjv.csv: エンジニア,
     ロボット, シェア), at most MAX_WORDS: a word for a kind of firm before one of them is no firm's name
     ("メーカーのエンジニアが").
Run it again after an update of the data:
    apt-get install -y mecab-ipadic=2.7.0-20070801+main-3
    scripts/generate-japanese-organizations.py [IPADIC_DIR]
"""
import glob
import os
import re
import sys
from name_data import resources

IPADIC = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/mecab/dic/ipadic"
MAX_NAMES = 4000
MAX_KANJI = 10000
KANJI = re.compile(r"[\u4e00-\u9fff\u3005]{3,}")
# Words that end the name of a place, a plant, a hall or a temple that IPADIC counts among its organisations (美浜原発, 島根原子力
# 発電所, 関西国際空港, 東京文化会館, 東京競馬場, 延暦寺): no organisation in news.
FACILITY_ENDS = ("原発", "発電所", "空港", "会館", "競馬場", "劇場", "公園", "球場", "駅", "寺", "神社", "大社")
MAX_WORDS = 12000
COMMON = ("Noun.csv", "Noun.verbal.csv", "Noun.adjv.csv")
KATAKANA = re.compile(r"[\u30a1-\u30fa\u30fc]{3,}")
# Words for a kind of firm or shop, which OrganizationFinder.japaneseKindsInKatakana names too, and words that
# IPADIC lists as a firm only though they are words as often (friendly, new family).
NOT_NAMES = {"スーパー", "メーカー", "チェーン", "コンビニ", "ホテル", "ゼネコン", "グループ", "ファンド", "アパレル", "ブランド",
             "フレンドリー", "ニューファミリー", "ピーコック"}

NOTICE = """# IPADIC: Copyright 2000, 2001, 2002, 2003 Nara Institute of Science and Technology. All Rights Reserved.
# Use, reproduction, and distribution of this software is permitted. Any copy of this software, whether in its
# original form or modified, must include both the above copyright notice and the following paragraphs.
# Nara Institute of Science and Technology (NAIST), the copyright holders, disclaims all warranties with regard to
# this software, including all implied warranties of merchantability and fitness, in no event shall NAIST be liable
# for any special, indirect or consequential damages or any damages whatsoever resulting from loss of use, data or
# profits, whether in an action of contract, negligence or other tortuous action, arising out of or in connection
# with the use or performance of this software.
# A large portion of the dictionary entries originate from ICOT Free Software; the program is provided without any
# warranty whatsoever (ICOT Free Software, Section 3, "NO WARRANTY"; the whole terms are in Debian's
# /usr/share/doc/mecab-ipadic/copyright).
"""


def surfaces(path):
    with open(path, encoding="euc-jp", errors="replace") as f:
        for line in f:
            yield line.split(",", 1)[0]


def main():
    files = glob.glob(os.path.join(IPADIC, "*.csv"))
    org_file = os.path.join(IPADIC, "Noun.org.csv")
    if org_file not in files:
        sys.exit(f"{IPADIC}: no Noun.org.csv (apt-get install mecab-ipadic)")
    other = set()
    for f in files:
        if f != org_file:
            other.update(surfaces(f))
    names = sorted({s for s in surfaces(org_file) if KATAKANA.fullmatch(s) and s not in other and s not in NOT_NAMES})
    kanji = sorted({s for s in surfaces(org_file) if KANJI.fullmatch(s) and s not in other and not s.endswith(FACILITY_ENDS)})
    common = set()
    for f in COMMON:
        common.update(w for w in surfaces(os.path.join(IPADIC, f)) if KATAKANA.fullmatch(w))
    common = sorted(common)
    if len(names) > MAX_NAMES or len(common) > MAX_WORDS or len(kanji) > MAX_KANJI:
        sys.exit(f"{len(names)} names, {len(common)} words, {len(kanji)} in kanji: more than {MAX_NAMES}, {MAX_WORDS}, "
                 f"{MAX_KANJI}")
    out = os.path.join(resources, "organizations-ja.tsv")
    with open(out, "w", encoding="utf-8") as f:
        f.write("# Generated by scripts/generate-japanese-organizations.py from IPADIC's organisations (Debian mecab-ipadic\n"
                "# 2.7.0-20070801+main-3): O, names in katakana alone of Noun.org.csv that no other IPADIC list holds; K, the\n"
                "# same in kanji alone, three or more; W, common nouns in katakana (Noun, Noun.verbal, Noun.adjv); do not edit.\n")
        f.write(NOTICE)
        for n in names:
            f.write("O\t" + n + "\n")
        for n in kanji:
            f.write("K\t" + n + "\n")
        for w in common:
            f.write("W\t" + w + "\n")
    print(f"{out}: {len(names)} names, {len(kanji)} in kanji, {len(common)} words")


main()
