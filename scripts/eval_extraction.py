#!/usr/bin/env python3
"""Evaluates newsd's HTML article extraction on ../shared/corpus/extraction (not a test).

Scores as the public article-extraction benchmark does: articleBody is split into \\w+ tokens,
compared as 4-token shingles (counted), each page's TP/FP/FN normalised to sum 1, then summed;
precision = TP/(TP+FP), recall = TP/(TP+FN), F1 their harmonic mean. Also prints pages/s of
`newsd analyze` (one process over all pages) and the worst pages.

  swift build -c release && scripts/eval_extraction.py --binary .build/release/newsd
"""
import argparse, json, os, re, subprocess, sys, time
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOKEN = re.compile(r"\w+", re.UNICODE | re.MULTILINE | re.IGNORECASE | re.DOTALL)


def shingles(text, n=4):
    tokens = TOKEN.findall(text or "")
    return Counter(" ".join(tokens[i:i + n]) for i in range(0, max(1, len(tokens) - n + 1)) if tokens[i:i + n])


def match(truth, pred):
    t, p = shingles(truth), shingles(pred)
    tp = fp = fn = 0.0
    for key in set(t) | set(p):
        tc, pc = t.get(key, 0), p.get(key, 0)
        tp += min(tc, pc)
        fp += max(0, pc - tc)
        fn += max(0, tc - pc)
    s = tp + fp + fn
    return (tp / s, fp / s, fn / s) if s else (0.0, 0.0, 0.0)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "newsd"))
    ap.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpus", "extraction"))
    ap.add_argument("--worst", type=int, default=8)
    args = ap.parse_args()
    truth = json.load(open(os.path.join(args.corpus, "ground-truth.json")))
    html = os.path.join(args.corpus, "html")
    files = sorted(os.path.join(html, f) for f in os.listdir(html))
    t0 = time.monotonic()
    run = subprocess.run([args.binary, "analyze", "--json"] + files, capture_output=True, text=True)
    seconds = time.monotonic() - t0
    got = {}
    for line in run.stdout.splitlines():
        o = json.loads(line)
        key = os.path.basename(o["file"]).split(".")[0]
        got[key] = o.get("body", "")
    TP = FP = FN = 0.0
    rows = []
    for key, value in truth.items():
        tp, fp, fn = match(value["articleBody"], got.get(key, ""))
        TP, FP, FN = TP + tp, FP + fp, FN + fn
        p = tp / (tp + fp) if tp + fp else 0
        r = tp / (tp + fn) if tp + fn else 0
        rows.append((2 * p * r / (p + r) if p + r else 0, p, r, key))
    precision, recall = TP / (TP + FP), TP / (TP + FN)
    f1 = 2 * precision * recall / (precision + recall)
    print("pages: %d (%d extracted), %s" % (len(truth), len(got), run.stderr.strip()[:300] or "no errors"))
    print("precision %.3f  recall %.3f  F1 %.3f" % (precision, recall, f1))
    print("speed: %.0f pages/s (%.2f s for %d pages, one process, including start-up)" % (len(files) / seconds, seconds, len(files)))
    print("worst pages (F1, P, R):")
    for f, p, r, key in sorted(rows)[:args.worst]:
        print("  %.2f %.2f %.2f %s" % (f, p, r, key))


if __name__ == "__main__":
    main()
