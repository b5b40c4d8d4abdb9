"""What the gazetteer generators (generate-country-names.py, generate-organizations.py) share: the
repository's Resources folder, names folded as newsd compares them, and the English dictionary
(Debian's wamerican) that says which names are also ordinary words."""
import os
import re
import unicodedata

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
resources = os.path.join(root, "Sources/NewsCore/Resources")


def fold(s):
    return "".join(ch for ch in unicodedata.normalize("NFKD", s.lower()) if not unicodedata.combining(ch))


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
