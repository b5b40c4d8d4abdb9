#!/usr/bin/env python3
"""Scores the topic model (rules plus the learned short-text model) on the BBC corpus.

    swift build -c release && scripts/eval_topics.py [--binary .build/release/newsd] [--corpus ../shared/corpus/bbc]

Each folder is a label (business -> economy-business-finance, entertainment -> arts-culture,
politics -> politics, sport -> sport, tech -> science-technology). An article counts as right
when the best-scoring of the top-level topics is its label.

Held out: scripts/train_topic_model.py trains only on articles with `heldout(name)` false; the
figures that count are the held-out ones (`--split heldout`, the default). `--short` cuts every
article to its title and first sentence (the proxy for RSS items). Prints accuracy, the share with
no topic at all, the per-class confusion, and (with --runs > 0) the speed of the analysis alone.
"""
import argparse
import collections
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile

LABELS = {"business": "economy-business-finance", "entertainment": "arts-culture", "politics": "politics",
          "sport": "sport", "tech": "science-technology"}


def heldout(name):
    """One article in five, by its number: never seen by the training script."""
    return (int(name.split(".")[0]) // 2) % 5 == 0


def first_sentence(body):
    body = " ".join(body.split())
    m = re.search(r"(?<=[a-z0-9%\)\"'])[.!?](?=\s+[A-Z\"'])", body)
    return body[: m.end()] if m else body


def bbc(corpus, split):
    out = []
    for folder, label in LABELS.items():
        d = os.path.join(corpus, folder)
        for name in sorted(os.listdir(d)):
            h = heldout(name)
            if split == "all" or (split == "heldout") == h:
                out.append((os.path.join(d, name), label))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", default=".build/release/newsd")
    ap.add_argument("--corpus", default=os.path.join(os.path.dirname(__file__), "../../shared/corpus/bbc"))
    ap.add_argument("--split", choices=["heldout", "train", "all"], default="heldout")
    ap.add_argument("--short", action="store_true", help="title + first sentence only")
    ap.add_argument("--runs", type=int, default=0, help="timing runs")
    ap.add_argument("--show-errors", type=int, default=0)
    args = ap.parse_args()

    items = bbc(args.corpus, args.split)
    tmp = None
    if args.short:
        tmp = tempfile.TemporaryDirectory(prefix="newsd-short-")
        cut = []
        for f, label in items:
            title, _, body = open(f, encoding="latin-1").read().partition("\n")
            p = os.path.join(tmp.name, os.path.basename(os.path.dirname(f)) + "-" + os.path.basename(f))
            with open(p, "w") as o:
                o.write(title.strip() + "\n\n" + first_sentence(body) + "\n")
            cut.append((p, label))
        items = cut
    files = [f for f, _ in items]
    out = subprocess.run([args.binary, "analyze", "--json", "--explain", *files], capture_output=True, text=True)
    if out.returncode not in (0, 2):
        sys.exit(f"newsd analyze failed: {out.stderr[-2000:]}")
    predicted = {}
    unfired = 0
    for line in out.stdout.splitlines():
        a = json.loads(line)
        predicted[a["file"]] = a["topic_ranking"][0]["id"] if a["topic_ranking"][0]["score"] > 0 else "(none)"
        unfired += not a["topics"]

    confusion = collections.defaultdict(collections.Counter)
    right = empty = 0
    errors = []
    for f, t in items:
        p = predicted.get(f, "(failed)")
        confusion[t][p] += 1
        empty += p == "(none)"
        if p == t:
            right += 1
        else:
            errors.append((f, t, p))
    n = len(items)
    print(f"{args.split}{' short' if args.short else ''}: accuracy {right}/{n} = {right / n:.3f}; no topic scored {empty}/{n} = {empty / n:.3f}, none fired {unfired}/{n} = {unfired / n:.3f}")
    for t in LABELS.values():
        total = sum(confusion[t].values())
        misses = ", ".join(f"{p} {k}" for p, k in confusion[t].most_common() if p != t)
        print(f"  {t:26s} {confusion[t][t]:4d}/{total:<4d} {confusion[t][t] / total:.3f}   {misses}")
    for f, t, p in errors[: args.show_errors]:
        print(f"  miss: {f}: {t} -> {p}")

    rates = []
    for _ in range(args.runs):
        r = subprocess.run([args.binary, "analyze", "--timing", *files], capture_output=True, text=True)
        line = [l for l in r.stderr.splitlines() if l.startswith("analysed")][-1]
        rates.append(int(line.split(": ")[1].split()[0]))
    if rates:
        print(f"analysis alone: median {statistics.median(rates)} articles/s on one core over {args.runs} runs {rates}")


if __name__ == "__main__":
    main()
