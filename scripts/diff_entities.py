#!/usr/bin/env python3
"""Lists the people and organisations that one build of newsd finds and another does not.

    scripts/diff_entities.py BASE_NEWSD NEW_NEWSD [--field people --field organizations] PATH ...

Each PATH is a file or a directory (read recursively); both builds read every file with
`newsd analyze --json`, in chunks. Prints, per file, the names only the base found (-) and only
the new build found (+), then the counts. For reading by hand: which of the added and removed
names are right is for a person to say.
"""
import argparse
import json
import os
import subprocess
import sys


def files(paths):
    for p in paths:
        if os.path.isdir(p):
            for root, _, names in os.walk(p):
                for n in sorted(names):
                    if not n.startswith(".") and n.lower() not in ("readme.txt",):
                        yield os.path.join(root, n)
        else:
            yield p


def analyze(binary, paths):
    out = {}
    for i in range(0, len(paths), 1000):
        run = subprocess.run([binary, "analyze", "--json", *paths[i:i + 1000]], capture_output=True, text=True)
        if run.returncode not in (0, 2):
            sys.exit(f"{binary} analyze failed ({run.returncode}): {run.stderr[-2000:]}")
        for line in run.stdout.splitlines():
            a = json.loads(line)
            out[a["file"]] = a
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("base")
    ap.add_argument("new")
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--field", action="append", choices=("people", "organizations", "places", "countries"))
    args = ap.parse_args()
    fields = args.field or ["people", "organizations"]
    paths = sorted(set(files(args.paths)))
    base, new = analyze(args.base, paths), analyze(args.new, paths)
    counts = {f: [0, 0] for f in fields}
    for path in paths:
        a, b = base.get(path, {}), new.get(path, {})
        lines = []
        for f in fields:
            old, now = a.get(f) or [], b.get(f) or []
            for name in old:
                if name not in now:
                    lines.append(f"  - {f}: {name}")
                    counts[f][0] += 1
            for name in now:
                if name not in old:
                    lines.append(f"  + {f}: {name}")
                    counts[f][1] += 1
        if lines:
            print(path)
            print("\n".join(lines))
    for f, (removed, added) in counts.items():
        print(f"{f}: {removed} removed, {added} added ({len(paths)} files)")


if __name__ == "__main__":
    main()
