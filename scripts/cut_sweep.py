#!/usr/bin/env python3
"""Runs `newsd analyze` over the hand-labelled samples cut short at word boundaries (and, for scripts without spaces, at
characters), with and without a full stop at the cut: a name's finder that reads past a text's end crashes there
(thirty-ninth session: "una Comisión de investigación" at the end of a text was an index out of range in
OrganizationFinder.find). A robustness check, not a benchmark; the unit tests hold the cases it found.

    scripts/cut_sweep.py --binary .build/debug/newsd [--samples scripts/tag_samples_multilingual.txt] [--cuts 6]

Exit status 0 when every cut text was analysed, 70 (EX_SOFTWARE) when newsd crashed (the text it crashed on is printed),
66 (EX_NOINPUT) when the samples file is missing.
"""
import argparse
import os
import random
import re
import subprocess
import sys
import tempfile


def records(path):
    for block in open(path, encoding="utf-8").read().split("\n\n"):
        fields = {}
        for line in block.splitlines():
            if ":" in line and not line.startswith("#"):
                key, value = line.split(":", 1)
                fields[key.strip()] = value.strip()
        if "body" in fields:
            yield fields


def cuts(body, count, rng):
    """The body cut at up to `count` word boundaries (each with and without a full stop), or at characters when it has no
    spaces."""
    spaces = [m.start() for m in re.finditer(r"\s", body)]
    if spaces:
        for i in sorted(rng.sample(spaces, min(count, len(spaces)))):
            head = body[:i].rstrip(" ,.;:")
            yield head
            yield head + "."
    else:
        for i in sorted(rng.sample(range(1, len(body)), min(count + 2, max(len(body) - 1, 0)))):
            yield body[:i]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--binary", default=".build/debug/newsd")
    parser.add_argument("--samples", default="scripts/tag_samples_multilingual.txt")
    parser.add_argument("--cuts", type=int, default=6, help="cut points per article (default 6)")
    parser.add_argument("--seed", type=int, default=41)
    args = parser.parse_args()
    if not os.path.exists(args.samples):
        print(f"cut_sweep: {args.samples}: no such file; pass --samples", file=sys.stderr)
        return 66
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="newsd-cuts-") as folder:
        texts = []
        for r in records(args.samples):
            for text in cuts(r["body"], args.cuts, rng):
                path = os.path.join(folder, f"{len(texts):06d}.txt")
                with open(path, "w", encoding="utf-8") as f:
                    f.write(r.get("title", "") + "\n\n" + text + "\n")
                texts.append(path)
        print(f"cut_sweep: {len(texts)} texts; analysing them in one run of {args.binary}", file=sys.stderr)
        run = subprocess.run([args.binary, "analyze", "--json", folder], capture_output=True, text=True)
        analysed = run.stdout.count("\n")
        if run.returncode in (0, 65):
            print(f"cut_sweep: {analysed} articles analysed, no crash", file=sys.stderr)
            return 0
        # One file after another from where the run stopped, to name the text it crashed on.
        for path in texts[max(analysed - 2, 0):]:
            one = subprocess.run([args.binary, "analyze", "--json", path], capture_output=True, text=True)
            if one.returncode not in (0, 65):
                print(f"cut_sweep: newsd crashed (exit {one.returncode}) on this text:\n{open(path, encoding='utf-8').read()}",
                      file=sys.stderr)
                return 70
        print(f"cut_sweep: newsd exited {run.returncode} after {analysed} articles: {run.stderr[-400:]}", file=sys.stderr)
        return 70


if __name__ == "__main__":
    sys.exit(main())
