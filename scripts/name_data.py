"""What the gazetteer generators (generate-country-names.py, generate-organizations.py) share: the
repository's Resources folder, names folded as newsd compares them, and the English dictionary
(Debian's wamerican) that says which names are also ordinary words."""
import os
import re
import unicodedata

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
resources = os.path.join(root, "Sources/NewsCore/Resources")


# Letters that are no base letter with a mark, folded as newsd's TextFolding folds them (đ, ø, ł, ß, æ, œ, þ, ı): a
# name a generator checks ("barcelona", left out) must not pass as another spelling the daemon reads the same (Barcełona).
EXTRA_FOLDS = str.maketrans({"đ": "d", "ø": "o", "ł": "l", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th", "ı": "i"})


def fold(s):
    return "".join(ch for ch in unicodedata.normalize("NFKD", s.lower().translate(EXTRA_FOLDS)) if not unicodedata.combining(ch))


def words(s):
    return re.findall(r"\w+", fold(s))


def english_words():
    """Folded English words written in lower case in /usr/share/dict/words."""
    out = set()
    with open("/usr/share/dict/words", encoding="utf-8") as f:
        for w in f:
            w = w.strip()
            if w and w[0].islower() and "'" not in w:
                out.add(fold(w))
    return out
