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
Run it again after an update of the data:
    apt-get install -y wamerican && pip install pytickersymbols==1.17.10 cleanco==2.3
    scripts/generate-organizations.py
"""
import os
import re
import sys
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


def main():
    known = lexicon_names()
    places = place_names()
    stocks = PyTickerSymbols()
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
        aliases = rows.setdefault(short, [])
        for form in (short, full):
            form = form.strip()
            if not form or any(fold(form) == fold(a.lstrip("~")) for a in aliases):
                continue
            ws = words(form)
            if len(ws) == 1:
                form = "~" + form
            aliases.append(form)
    # One-word names that are people's surnames as often as firms' count only alone.
    for short, aliases in rows.items():
        rows[short] = [("~" + a if fold(a) in NOT_ALONE and not a.startswith("~") else a) for a in aliases]
    with open(os.path.join(resources, "organizations.tsv"), "w", encoding="utf-8") as f:
        f.write("# Generated by scripts/generate-organizations.py from pytickersymbols (index constituents) and\n")
        f.write("# cleanco (legal forms); do not edit: the hand-kept organisations are in lexicon.tsv.\n")
        f.write("# As lexicon.tsv: O<TAB>CANONICAL<TAB>-<TAB>ALIAS|ALIAS (~: only capitalised, alone).\n")
        for short in sorted(rows, key=fold):
            f.write(f"O\t{short}\t-\t{'|'.join(rows[short])}\n")
    print(f"organizations.tsv: {len(rows)} organisations", file=sys.stderr)


main()
