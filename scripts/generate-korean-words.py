#!/usr/bin/env python3
"""Writes Sources/NewsCore/Resources/korean-words.tsv: Korean words that begin with a common family
name's syllable, so that PersonFinder can tell a bare name with its particle (김도영은, 이강인의) from a
word (김장철을, 박물관은, 정리하는). The words come from Debian's hunspell-ko (hunspell-dict-ko 0.7.92,
spellcheck-ko contributors, MPL-1.1 or GPL-2+ or LGPL-2.1+), whose dictionary holds common nouns and
verbs, few people.

  F  the family names' syllables the rule takes: the first FAMILIES of name-shapes.tsv's K line (the
     most common, in the census's order; about nine Koreans in ten carry one of them)
  W  words of three syllables (박물관, 김장철, 이사회), and verbs' stems of three (이어지다 gives 이어지)
  P  words of two syllables (정부, 최근, 이번): with a particle's or a suffix's syllable after them they
     make a word of three (정부에, 최근엔, 고용률)
  T  words of four syllables whose last is a particle's (경상남도: 경상남 + 도)
  S  syllables that make a word of two into one of three (SUFFIXES, kept here by hand): particles (정부에),
     verbs' endings (정리하, 조사한), and suffixes of nouns that seldom end a given name (고용률, 전기차,
     공급망, 배출권, 정치인들); not 서, 선, 자, 수, 지, 진, 인 (이민서, 김혜선, 박영자, 김철수, 이은지)
each beginning with an F syllable, sorted. Usage: scripts/generate-korean-words.py [ko.dic]
(default /usr/share/hunspell/ko.dic; `apt-get install hunspell-ko`).
"""
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "Sources/NewsCore/Resources/korean-words.tsv"
SHAPES = ROOT / "Sources/NewsCore/Resources/name-shapes.tsv"
FAMILIES = 50
# The syllables of the particles that PersonFinder takes after a bare name (one syllable each).
PARTICLES = set("이가은는을를의와과도만")
SUFFIXES = (
    "에의도와과로만은는이가을를께하한할했해된될되돼됐적들님측쪽"
    "률율차망권강산법금세비료층물품량액값점별급계론안업력소관장청"
)
# Bounds: a larger list would only mean a wrong source.
MAX_WORDS = 40_000


def main():
    dic = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/hunspell/ko.dic")
    kline = next(l for l in SHAPES.read_text(encoding="utf-8").splitlines() if l.startswith("K\t"))
    family = [s for s in kline.split("\t", 1)[1].split("|") if len(s) == 1][:FAMILIES]
    fset = set(family)
    hangul = re.compile(r"^[\uac00-\ud7a3]+$")
    words = set()
    for i, line in enumerate(dic.read_text(encoding="utf-8").splitlines()):
        if i == 0:
            continue  # the entry count
        w = unicodedata.normalize("NFC", line.split("/", 1)[0].strip())
        if hangul.match(w) and w[0] in fset:
            words.add(w)
    w3 = {w for w in words if len(w) == 3}
    w3 |= {w[:3] for w in words if len(w) == 4 and w.endswith("다")}
    p2 = {w for w in words if len(w) == 2}
    t4 = {w for w in words if len(w) == 4 and w[3] in PARTICLES}
    total = len(w3) + len(p2) + len(t4)
    if total > MAX_WORDS:
        sys.exit(f"{total} words: more than {MAX_WORDS}; is {dic} the right dictionary?")
    with OUT.open("w", encoding="utf-8") as f:
        f.write("# Korean words that begin with a common family name's syllable; written by scripts/generate-korean-words.py\n")
        f.write("# from Debian's hunspell-ko 0.7.92 (spellcheck-ko contributors; MPL-1.1 or GPL-2+ or LGPL-2.1+); do not edit.\n")
        f.write("# Lines: KIND<TAB>WORD|WORD|... (F family syllables, W three syllables, P two, T four ending in a particle, S syllables after a word of two).\n")
        for kind, ws in (("F", family), ("W", sorted(w3)), ("P", sorted(p2)), ("T", sorted(t4)), ("S", list(SUFFIXES))):
            f.write(kind + "\t" + "|".join(ws) + "\n")
    print(f"{OUT.relative_to(ROOT)}: {len(family)} syllables, {len(w3)} W, {len(p2)} P, {len(t4)} T")


if __name__ == "__main__":
    main()
