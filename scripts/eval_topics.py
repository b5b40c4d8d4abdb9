#!/usr/bin/env python3
"""Scores the default topic taxonomy on the BBC corpus, with no training.

    swift build -c release && scripts/eval_topics.py [--binary .build/release/newsd] [--corpus ../shared/corpus/bbc]

Each folder is a label (business -> economy-business-finance, entertainment -> arts-culture,
politics -> politics, sport -> sport, tech -> science-technology). An article counts as right
when the best-scoring of the 17 top-level topics is its label. Prints the accuracy, the
per-class confusion, and the speed of the analysis alone (`newsd analyze --timing`).
"""
import argparse
import collections
import json
import os
import statistics
import subprocess
import sys

LABELS = {"business": "economy-business-finance", "entertainment": "arts-culture", "politics": "politics",
          "sport": "sport", "tech": "science-technology"}

ap = argparse.ArgumentParser()
ap.add_argument("--binary", default=".build/release/newsd")
ap.add_argument("--corpus", default=os.path.join(os.path.dirname(__file__), "../../shared/corpus/bbc"))
ap.add_argument("--runs", type=int, default=3, help="timing runs")
ap.add_argument("--show-errors", type=int, default=0)
args = ap.parse_args()

files, truth = [], []
for folder, label in LABELS.items():
    d = os.path.join(args.corpus, folder)
    for name in sorted(os.listdir(d)):
        files.append(os.path.join(d, name))
        truth.append(label)

out = subprocess.run([args.binary, "analyze", "--json", "--explain", *files], capture_output=True, text=True)
if out.returncode not in (0, 2):
    sys.exit(f"newsd analyze failed: {out.stderr[-2000:]}")
predicted = {}
for line in out.stdout.splitlines():
    a = json.loads(line)
    predicted[a["file"]] = a["topic_ranking"][0]["id"] if a["topic_ranking"][0]["score"] > 0 else "(none)"

confusion = collections.defaultdict(collections.Counter)
right = 0
errors = []
for f, t in zip(files, truth):
    p = predicted.get(f, "(failed)")
    confusion[t][p] += 1
    if p == t:
        right += 1
    else:
        errors.append((f, t, p))
print(f"accuracy: {right}/{len(files)} = {right / len(files):.3f}")
print("per class (label: right/total, then what the misses became):")
for t in LABELS.values():
    total = sum(confusion[t].values())
    misses = ", ".join(f"{p} {n}" for p, n in confusion[t].most_common() if p != t)
    print(f"  {t:26s} {confusion[t][t]:4d}/{total:<4d} {confusion[t][t] / total:.3f}   {misses}")
for f, t, p in errors[: args.show_errors]:
    print(f"  miss: {f}: {t} -> {p}")

rates = []
for _ in range(args.runs):
    r = subprocess.run([args.binary, "analyze", "--timing", *files], capture_output=True, text=True)
    line = [l for l in r.stderr.splitlines() if l.startswith("analysed")][-1]
    rates.append(int(line.split(": ")[1].split()[0]))
print(f"analysis alone: median {statistics.median(rates)} articles/s on one core over {args.runs} runs {rates}")
