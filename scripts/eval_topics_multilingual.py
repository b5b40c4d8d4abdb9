#!/usr/bin/env python3
"""Per-language topic results on hand-written items (scripts/topic_samples_multilingual.tsv).

    scripts/eval_topics_multilingual.py [--binary .build/release/newsd]

An item counts as right when its expected topic, or a topic under it, fired; "first" when the
best fired topic is it or under it. Prints per language: language identified, right, first; then
the same for the tuning items and the held-out ones apart (an item's fifth field; none: tune).
--misses prints the tuning items' misses (work from those; the held-out ones stand for unseen text).
"""
import argparse
import collections
import json
import os
import subprocess
import tempfile

ap = argparse.ArgumentParser()
ap.add_argument("--binary", default=".build/release/newsd")
ap.add_argument("--misses", action="store_true", help="print the tuning items' misses")
args = ap.parse_args()
here = os.path.dirname(os.path.abspath(__file__))
rows = [l.rstrip("\n").split("\t") for l in open(os.path.join(here, "topic_samples_multilingual.tsv"), encoding="utf-8")
        if l.strip() and not l.startswith("#")]
splits = [r[4] if len(r) > 4 else "tune" for r in rows]
rows = [r[:4] for r in rows]
shown = subprocess.run([args.binary, "topics", "show"], capture_output=True, text=True).stdout
parents = {}
current = None
for line in shown.splitlines():
    if line.startswith("  - id: "):
        current = line.split(": ", 1)[1].strip()
    elif line.startswith("    parent: ") and current:
        parents[current] = line.split(": ", 1)[1].strip()


def under(topic, expected):
    while topic:
        if topic == expected:
            return True
        topic = parents.get(topic)
    return False


with tempfile.TemporaryDirectory(prefix="newsd-ml-") as tmp:
    files = []
    for k, (lang, topic, title, body) in enumerate(rows):
        p = os.path.join(tmp, f"{k:03d}-{lang}.txt")
        with open(p, "w", encoding="utf-8") as o:
            o.write(title + "\n\n" + body + "\n")
        files.append(p)
    out = subprocess.run([args.binary, "analyze", "--json", *files], capture_output=True, text=True)
    got = {json.loads(l)["file"]: json.loads(l) for l in out.stdout.splitlines()}
stats = collections.defaultdict(lambda: [0, 0, 0, 0])
halves = collections.defaultdict(lambda: [0, 0, 0, 0])
for f, (lang, topic, title, _), split in zip(files, rows, splits):
    a = got.get(f, {})
    fired = [t["id"] for t in a.get("topics", [])]
    for s in (stats[lang], halves[split]):
        s[0] += 1
        s[1] += a.get("language") == lang
        s[2] += any(under(t, topic) for t in fired)
        s[3] += bool(fired) and any(under(fired[0], topic) or under(topic, fired[0]) for _ in [0])
    if args.misses and split == "tune" and not any(under(t, topic) for t in fired):
        print(f"  miss {lang} ({topic}): {title} -> {fired}")
total = [sum(s[i] for s in stats.values()) for i in range(4)]
for lang, s in sorted(stats.items()):
    print(f"{lang}: language {s[1]}/{s[0]}, topic fired {s[2]}/{s[0]}, first {s[3]}/{s[0]}")
for split, s in sorted(halves.items(), reverse=True):
    print(f"{split}: language {s[1]}/{s[0]}, topic fired {s[2]}/{s[0]} = {s[2] / s[0]:.2f}, first {s[3]}/{s[0]} = {s[3] / s[0]:.2f}")
print(f"all: language {total[1]}/{total[0]}, topic fired {total[2]}/{total[0]} = {total[2] / total[0]:.2f}, first {total[3]}/{total[0]}")
