#!/usr/bin/env python3
"""Scores countries, people, organisations and places against hand-labelled articles in twelve
languages (scripts/tag_samples_multilingual.txt; its header says how they are labelled).

    swift build -c release --product newsd && scripts/eval_tags.py [--binary .build/release/newsd]
        [--samples scripts/tag_samples_multilingual.txt] [--errors]

Each article is written as a text file (title, blank line, body) and read by `newsd analyze
--json`. A found name is right when, folded (NFKC, case, quotes), it equals one of the accepted
forms of a labelled name (accents aside); a second name for an entity already found is neither right nor wrong
(it is counted apart as a duplicate). newsd folds an entity's aliases to one canonical name (AP is the
Associated Press; Росатом is Rosatom), which a label written in the article's language need not hold: a found name
is right too when the gazetteer's data (Sources/NewsCore/Resources/lexicon.tsv, organizations.tsv) lists one of the
label's accepted forms among the aliases of the entry it is the canonical name of (--exact-forms: only the label's
forms, as before the thirty-second session). Micro precision and recall per field, per language and
for the tuning half and the held-out half apart: a record's split field says which, else the
first half of each language's records without one tunes (so records added with a split field
leave the older split stable). --without-added BATCH leaves out the records of a later batch.
Lists every forbidden tag found (a person's name read as a country); the exit status is 1 when
there is one. --errors prints each article's misses (-) and wrong tags (+).
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

FIELDS = ("countries", "people", "organizations", "places")
HERE = os.path.dirname(os.path.abspath(__file__))


def read_samples(path, without_added=()):
    records, cur = [], {}
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("#"):
            continue
        if not line.strip():
            if cur:
                records.append(cur)
                cur = {}
            continue
        key, _, value = line.partition(":")
        cur[key.strip()] = value.strip()
    if cur:
        records.append(cur)
    records = [r for r in records if r.get("added") not in without_added]
    by_lang = collections.defaultdict(list)
    for r in records:
        for k in ("id", "lang", "title", "body"):
            if not r.get(k):
                sys.exit(f"{path}: record {r.get('id', '?')} has no {k}")
        if r.get("split") not in (None, "tune", "held-out"):
            sys.exit(f"{path}: record {r['id']} has split {r['split']!r}; use tune or held-out")
        if not r.get("split"):
            by_lang[r["lang"]].append(r)
    # Records without a split field are split by position within their language (the first half
    # tunes), so that records added later with an explicit split leave the older split as it was.
    for recs in by_lang.values():
        half = (len(recs) + 1) // 2
        for i, r in enumerate(recs):
            r["split"] = "tune" if i < half else "held-out"
    return records


def fold(s):
    """Case, width, quotes and accents: "Bogota" is "Bogotá" (newsd reports some places unaccented)."""
    s = unicodedata.normalize("NFKC", s).casefold()
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    s = s.replace("đ", "d")
    s = re.sub(r"[«»“”„\"'’‘]", "", s)
    return " ".join(s.split()).strip(" .,;:-")


def gold_names(value):
    """'A|B; C' -> [{'a','b'}, {'c'}]"""
    return [{fold(alt) for alt in item.split("|") if alt.strip()} for item in value.split(";") if item.strip()]


RESOURCES = os.path.join(HERE, "..", "Sources", "NewsCore", "Resources")


def canonical_aliases():
    """fold(canonical name) -> the folded aliases of its entries in lexicon.tsv and organizations.tsv (not the
    countries' lines, whose canonical is an ISO code); markers (~ ^ = , and [WORD]) taken off."""
    out = collections.defaultdict(set)
    for name in ("lexicon.tsv", "organizations.tsv"):
        for line in open(os.path.join(RESOURCES, name), encoding="utf-8"):
            f = line.rstrip("\n").split("\t")
            if line.startswith("#") or len(f) != 4 or f[0] in ("N", "D", "X"):
                continue
            for alias in f[3].split("|"):
                alias = re.sub(r"\[[^\]]*\]", "", alias).lstrip("~^=,?")
                if alias.strip():
                    out[fold(f[1])].add(fold(alias))
    return out


ALIASES = {}


def score(pred, gold):
    """(tp, fp, fn, duplicates, wrong, missed) of one field of one article."""
    matched = [False] * len(gold)
    tp = fp = dup = 0
    wrong = []
    for p in pred:
        f = fold(p)
        forms = {f} | ALIASES.get(f, set())
        hit = [k for k, g in enumerate(gold) if forms & g]
        if not hit:
            fp += 1
            wrong.append(p)
        elif all(matched[k] for k in hit):
            dup += 1
        else:
            k = next(k for k in hit if not matched[k])
            matched[k] = True
            tp += 1
    missed = ["|".join(sorted(gold[k])) for k in range(len(gold)) if not matched[k]]
    return tp, fp, len(missed), dup, wrong, missed


def pr(c):
    p = c[0] / (c[0] + c[1]) if c[0] + c[1] else 1.0
    r = c[0] / (c[0] + c[2]) if c[0] + c[2] else 1.0
    return p, r


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", default=".build/release/newsd")
    ap.add_argument("--samples", default=os.path.join(HERE, "tag_samples_multilingual.txt"))
    ap.add_argument("--errors", action="store_true", help="print each article's misses and wrong tags")
    ap.add_argument("--without-added", action="append", default=[], metavar="BATCH",
                    help="leave out the records whose added field is BATCH (e.g. tags6: the 84 of before)")
    ap.add_argument("--split", choices=("tune", "held-out"), help="with --errors, print only this half's errors")
    ap.add_argument("--exact-forms", action="store_true", help="a found name is right only as one of the label's forms")
    args = ap.parse_args()
    if not args.exact_forms:
        ALIASES.update(canonical_aliases())
    records = read_samples(args.samples, tuple(args.without_added))

    with tempfile.TemporaryDirectory(prefix="newsd-tags-") as tmp:
        files = []
        for r in records:
            p = os.path.join(tmp, r["id"] + ".txt")
            with open(p, "w", encoding="utf-8") as o:
                o.write(r["title"] + "\n\n" + r["body"] + "\n")
            files.append(p)
        out = subprocess.run([args.binary, "analyze", "--json", *files], capture_output=True, text=True)
        if out.returncode not in (0, 2):
            sys.exit(f"newsd analyze failed ({out.returncode}): {out.stderr[-2000:]}")
        got = {}
        for line in out.stdout.splitlines():
            a = json.loads(line)
            got[os.path.basename(a["file"])[:-4]] = a

    # counts[(split, lang, field)] = [tp, fp, fn, dup]
    counts = collections.defaultdict(lambda: [0, 0, 0, 0])
    forbidden = []
    for r in records:
        a = got.get(r["id"], {})
        lines = []
        for field in FIELDS:
            pred = a.get(field) or []
            if field == "countries":
                gold = [{fold(c)} for c in r.get(field, "").replace(",", ";").split(";") if c.strip()]
            else:
                gold = gold_names(r.get(field, ""))
            tp, fp, fn, dup, wrong, missed = score(pred, gold)
            for key in ((r["split"], r["lang"], field), (r["split"], "all", field), ("all", r["lang"], field),
                        ("all", "all", field)):
                c = counts[key]
                c[0] += tp; c[1] += fp; c[2] += fn; c[3] += dup
            if wrong or missed:
                lines.append(f"    {field}: " + " ".join([f"-{m}" for m in missed] + [f"+{w}" for w in wrong]))
        for code in (c.strip() for c in r.get("forbid", "").split(";") if c.strip()):
            if code in (a.get("countries") or []):
                forbidden.append((r["id"], code))
        if args.errors and lines and args.split in (None, r["split"]):
            print(f"{r['id']} ({r['split']}): {r['title']}")
            print("\n".join(lines))

    langs = sorted({r["lang"] for r in records})
    for split in ("tune", "held-out", "all"):
        n = sum(1 for r in records if split == "all" or r["split"] == split)
        print(f"\n{split}: {n} articles" + "".join(f"  {f[:12]:>12s} P    R  " for f in FIELDS))
        for lang in langs + ["all"]:
            row = f"  {lang:5s}"
            nl = sum(1 for r in records if (split == "all" or r["split"] == split) and (lang == "all" or r["lang"] == lang))
            row += f" {nl:3d}            "
            for field in FIELDS:
                p, rcl = pr(counts[(split, lang, field)])
                row += f"     {p:5.3f} {rcl:5.3f} "
            print(row)
    dups = {f: counts[("all", "all", f)][3] for f in FIELDS}
    print(f"\nduplicates (a second name for an entity already found): {dups}")
    print(f"forbidden tags: {len(forbidden)}" + ("".join(f"\n  {i}: {c}" for i, c in forbidden)))
    return 1 if forbidden else 0


if __name__ == "__main__":
    sys.exit(main())
