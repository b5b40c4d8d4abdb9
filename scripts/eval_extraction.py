#!/usr/bin/env python3
"""Evaluates newsd's HTML article extraction on ../shared/corpus/extraction (not a test).

Scores exactly as the benchmark's own evaluate.py (scrapinghub/article-extraction-benchmark):
articleBody split into \\w+ tokens, compared as counted 4-token shingles; each page's TP/FP/FN
normalised to sum 1; precision is the mean of the per-page precisions (pages with TP+FP > 0),
recall the mean of the per-page recalls (pages with TP+FN > 0), F1 the harmonic mean of those
two means. A page with nothing expected and nothing found scores 1. Also prints the HTML decode
time per page (`newsd analyze --timing` over all pages in one process, less the analysis and the
start-up; median of --runs) and the worst pages.

  swift build -c release --product newsd && scripts/eval_extraction.py --binary .build/release/newsd
"""
import argparse, json, os, re, statistics, subprocess, time
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOKEN = re.compile(r"\w+", re.UNICODE | re.MULTILINE | re.IGNORECASE | re.DOTALL)


def shingles(text, n=4):
    tokens = TOKEN.findall(text or "")
    return Counter(tuple(tokens[i:i + n]) for i in range(0, max(1, len(tokens) - n + 1)) if tokens[i:i + n])


def match(truth, pred):
    """Normalised (tp, fp, fn) of one page, as string_shingle_matching in the benchmark."""
    t, p = shingles(truth), shingles(pred)
    tp = fp = fn = 0.0
    for key in set(t) | set(p):
        tc, pc = t.get(key, 0), p.get(key, 0)
        tp += min(tc, pc)
        fp += max(0, pc - tc)
        fn += max(0, tc - pc)
    s = tp + fp + fn
    return (tp / s, fp / s, fn / s) if s else (0.0, 0.0, 0.0)


def precision_score(tp, fp, fn):
    if fp == fn == 0:
        return 1.0
    if tp == fp == 0:
        return 0.0
    return tp / (tp + fp)


def recall_score(tp, fp, fn):
    if fp == fn == 0:
        return 1.0
    if tp == fn == 0:
        return 0.0
    return tp / (tp + fn)


def metrics(rows):
    precision = statistics.mean(precision_score(*r) for r in rows if r[0] + r[1] > 0)
    recall = statistics.mean(recall_score(*r) for r in rows if r[0] + r[2] > 0)
    return precision, recall, 2 * precision * recall / (precision + recall)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "newsd"))
    ap.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpus", "extraction"))
    ap.add_argument("--worst", type=int, default=8)
    ap.add_argument("--runs", type=int, default=1, help="timed runs (the median is printed)")
    args = ap.parse_args()
    truth = json.load(open(os.path.join(args.corpus, "ground-truth.json")))
    html = os.path.join(args.corpus, "html")
    files = sorted(os.path.join(html, f) for f in os.listdir(html))
    # Decode time: the wall time of one `analyze` over all pages, less the analysis itself (which
    # --timing reports) and less the start-up (an `analyze` of one small text file).
    probe = os.path.join(os.environ.get("TMPDIR", "/tmp"), "eval-extraction-probe.txt")
    with open(probe, "w") as f:
        f.write("Probe\n\nA short text to time the start-up.\n")
    times = []
    for _ in range(max(1, args.runs)):
        t0 = time.monotonic()
        subprocess.run([args.binary, "analyze", probe], capture_output=True)
        startup = time.monotonic() - t0
        t0 = time.monotonic()
        run = subprocess.run([args.binary, "analyze", "--json", "--timing"] + files, capture_output=True, text=True)
        wall = time.monotonic() - t0
        analysed = re.search(r"analysed \d+ articles in ([0-9.]+) s", run.stderr)
        times.append(wall - startup - (float(analysed.group(1)) if analysed else 0.0))
    os.unlink(probe)
    seconds = statistics.median(times)
    got = {}
    for line in run.stdout.splitlines():
        o = json.loads(line)
        key = os.path.basename(o["file"]).split(".")[0]
        got[key] = o.get("body", "")
    rows, worst = [], []
    for key, value in truth.items():
        tp, fp, fn = match(value["articleBody"], got.get(key, ""))
        rows.append((tp, fp, fn))
        p, r = precision_score(tp, fp, fn), recall_score(tp, fp, fn)
        worst.append((2 * p * r / (p + r) if p + r else 0, p, r, key))
    precision, recall, f1 = metrics(rows)
    errors = "\n".join(l for l in run.stderr.splitlines() if not l.startswith("analysed "))
    print("pages: %d (%d extracted), %s" % (len(truth), len(got), errors.strip()[:300] or "no errors"))
    print("precision %.3f  recall %.3f  F1 %.3f" % (precision, recall, f1))
    print("decode: %.2f ms per page (median of %d runs: %.3f s for %d pages: reading and decoding, analysis and start-up"
          " left out; load %s)" % (seconds * 1000 / len(files), len(times), seconds, len(files),
                                   " ".join("%.2f" % x for x in os.getloadavg())))
    print("worst pages (F1, P, R):")
    for f, p, r, key in sorted(worst)[:args.worst]:
        print("  %.2f %.2f %.2f %s" % (f, p, r, key))


if __name__ == "__main__":
    main()
