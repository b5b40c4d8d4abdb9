#!/usr/bin/env python3
"""Scores `countries` and `main_countries` against the Reuters-21578 PLACES labels.

    swift build -c release --product newsd && scripts/eval_countries.py [--binary .build/release/newsd]
        [--corpus ../shared/corpus/reuters] [--show-errors 20]

Each <REUTERS> story with at least one PLACES label is written as a text file (title, blank
line, dateline and body) to a scratch folder and read by `newsd analyze --json`. The wire
service labels the one to three countries a story is about, so `main_countries` is the field
meant to match them; `countries` (every country mentioned) is scored too. Micro precision,
recall and F1 over (story, country) pairs, for the development files (reut2-000 to -007) and
the held-out files (reut2-008 to -010) apart: tune on the first, report both.
"""
import argparse
import collections
import html
import os
import re
import subprocess
import sys
import tempfile

# Reuters PLACES codes that are not an English country name the table below can guess.
PLACES = {
    "usa": "US", "uk": "GB", "ussr": "RU", "west-germany": "DE", "east-germany": "DE", "czechoslovakia": "CZ",
    "yugoslavia": "RS", "kampuchea": "KH", "zaire": "CD", "burma": "MM", "western-samoa": "WS",
    "yemen-arab-republic": "YE", "yemen-demo-republic": "YE", "netherlands-antilles": "CW", "swaziland": "SZ",
    "ivory-coast": "CI", "uae": "AE", "trinidad-tobago": "TT", "vatican": "VA", "macao": "MO", "congo": "CG",
    "south-korea": "KR", "north-korea": "KP", "hong-kong": "HK", "taiwan": "TW", "iran": "IR", "syria": "SY",
    "laos": "LA", "vietnam": "VN", "tanzania": "TZ", "bolivia": "BO", "venezuela": "VE", "brunei": "BN",
    "british-virgin-islands": "VG", "us-virgin-islands": "VI", "antigua": "AG", "cape-verde": "CV",
    "gambia": "GM", "bahamas": "BS", "netherlands": "NL", "philippines": "PH", "russia": "RU",
    "central-african-republic": "CF", "dominican-republic": "DO", "saudi-arabia": "SA", "south-africa": "ZA",
    "new-zealand": "NZ", "sri-lanka": "LK", "papua-new-guinea": "PG", "sierra-leone": "SL", "guinea-bissau": "GW",
    "equatorial-guinea": "GQ", "el-salvador": "SV", "costa-rica": "CR", "burkina-faso": "BF",
    "american-samoa": "AS", "cayman-islands": "KY", "french-guiana": "GF", "new-caledonia": "NC", "macau": "MO", "turkey": "TR",
}


def iso_table():
    """English country names (lower case, hyphenated) -> ISO 3166-1 alpha-2."""
    table = {}
    try:
        from babel import Locale
        for code, name in Locale("en").territories.items():
            if len(code) == 2 and code.isalpha():
                table[re.sub(r"[^a-z]+", "-", name.lower()).strip("-")] = code
    except ImportError:
        # Without CLDR's names most of the wire service's country labels have no code, and the
        # figures are of fewer stories (8,190 instead of 10,128): not comparable with the others.
        print("eval_countries.py: babel is missing (CLDR's English country names map the labels to codes); "
              "run it with a Python that has it: python3 -m venv /tmp/venv && /tmp/venv/bin/pip install babel", file=sys.stderr)
        sys.exit(69)  # EX_UNAVAILABLE
    table.update(PLACES)
    return table


def stories(path):
    text = open(path, encoding="latin-1").read()
    for m in re.finditer(r"<REUTERS[^>]*NEWID=\"(\d+)\"[^>]*>(.*?)</REUTERS>", text, re.S):
        newid, body = m.group(1), m.group(2)
        places = re.findall(r"<D>([^<]+)</D>", (re.search(r"<PLACES>(.*?)</PLACES>", body, re.S) or [None, ""])[1])
        title = re.search(r"<TITLE>(.*?)</TITLE>", body, re.S)
        dateline = re.search(r"<DATELINE>(.*?)</DATELINE>", body, re.S)
        main = re.search(r"<BODY>(.*?)</BODY>", body, re.S)
        title, dateline, main = (html.unescape(x.group(1)) if x else "" for x in (title, dateline, main))
        if not title and not main:
            # TYPE="UNPROC" and "BRIEF" stories: the text stands in <TEXT> with no title or body tags.
            text = re.search(r"<TEXT[^>]*>(.*?)</TEXT>", body, re.S)
            lines = html.unescape(re.sub(r"<[^>]+>", "", text.group(1) if text else "")).strip().split("\n", 1)
            title, main = lines[0], lines[1] if len(lines) > 1 else ""
        yield newid, places, title, dateline, main


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", default=".build/release/newsd")
    ap.add_argument("--corpus", default=os.path.join(os.path.dirname(__file__), "../../shared/corpus/reuters"))
    ap.add_argument("--scratch", default=os.path.join(tempfile.gettempdir(), "newsd-eval-countries"))
    ap.add_argument("--show-errors", type=int, default=0, help="print this many wrong development stories")
    args = ap.parse_args()

    table = iso_table()
    unknown = collections.Counter()
    truth = {}
    split = {}
    os.makedirs(args.scratch, exist_ok=True)
    for name in sorted(os.listdir(args.corpus)):
        m = re.match(r"reut2-(\d+)\.sgm$", name)
        if not m:
            continue
        part = "dev" if int(m.group(1)) <= 7 else "held-out"
        for newid, places, title, dateline, body in stories(os.path.join(args.corpus, name)):
            codes = []
            for p in places:
                code = table.get(p)
                if code is None:
                    unknown[p] += 1
                elif code not in codes:
                    codes.append(code)
            if not codes:
                continue
            body = re.sub(r"\s*Reuter\s*\x03?\s*$", "", body.replace("\x03", ""))
            path = os.path.join(args.scratch, f"{newid}.txt")
            with open(path, "w") as f:
                f.write(f"{title.strip()}\n\n{dateline.strip()} {body.strip()}\n")
            truth[path] = codes
            split[path] = part
    if unknown:
        print(f"PLACES codes without an ISO code (left out): {dict(unknown)}", file=sys.stderr)

    got = {}
    paths = sorted(truth)
    failed = 0
    for i in range(0, len(paths), 2000):
        chunk = paths[i:i + 2000]
        out = subprocess.run([args.binary, "analyze", "--json", *chunk], capture_output=True, text=True)
        if out.returncode not in (0, 2):
            sys.exit(f"newsd analyze failed ({out.returncode}): {out.stderr[-2000:]}")
        failed += out.stderr.count("\n")
        import json
        for line in out.stdout.splitlines():
            a = json.loads(line)
            got[a["file"]] = a

    print(f"{len(paths)} stories, {failed} refused by newsd (counted as finding nothing)")
    for field in ("main_countries", "countries"):
        for part in ("dev", "held-out"):
            tp = fp = fn = 0
            n = 0
            for path in paths:
                if split[path] != part:
                    continue
                n += 1
                pred = set(got.get(path, {}).get(field) or [])
                gold = set(truth[path])
                tp += len(pred & gold)
                fp += len(pred - gold)
                fn += len(gold - pred)
            p = tp / (tp + fp) if tp + fp else 0
            r = tp / (tp + fn) if tp + fn else 0
            f1 = 2 * p * r / (p + r) if p + r else 0
            print(f"{field:15s} {part:9s} stories {n:5d}  P {p:.3f}  R {r:.3f}  F1 {f1:.3f}   (tp {tp}, fp {fp}, fn {fn})")

    if args.show_errors:
        shown = 0
        fps, fns = collections.Counter(), collections.Counter()
        for path in paths:
            if split[path] != "dev":
                continue
            pred = got.get(path, {}).get("main_countries") or []
            gold = truth[path]
            for c in set(pred) - set(gold):
                fps[c] += 1
            for c in set(gold) - set(pred):
                fns[c] += 1
            if set(pred) != set(gold) and shown < args.show_errors:
                shown += 1
                print(f"{path}: gold {gold} main {pred} all {got.get(path, {}).get('countries')}")
        print("false positives by country:", fps.most_common(25))
        print("misses by country:", fns.most_common(25))


if __name__ == "__main__":
    main()
