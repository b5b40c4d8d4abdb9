#!/usr/bin/env python3
"""Timing of one newsd build: start-up with the default Analyzer, analysis and ingest of BBC.

Usage: scripts/measure_analysis_speed.py PATH/TO/newsd (a release build). Stores go to temporary
directories, removed after each run."""
import os, re, shutil, statistics, subprocess, sys, tempfile, time
newsd = sys.argv[1]
bbc = "/work/shared/corpus/bbc"
files = sorted(os.path.join(r, f) for r, _, fs in os.walk(bbc) for f in fs if f != "README.TXT")
one = files[0]
def wall(cmd, n):
    out = []
    for _ in range(n):
        t = time.perf_counter(); subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd="/tmp"); out.append(time.perf_counter() - t)
    return statistics.median(out) * 1000, min(out) * 1000
print(f"load {open('/proc/loadavg').read().split()[:3]}")
v = wall([newsd, "--version"], 21)
a = wall([newsd, "analyze", one], 21)
print(f"newsd --version: median {v[0]:.1f} ms (min {v[1]:.1f}); newsd analyze ONE-FILE: median {a[0]:.1f} ms (min {a[1]:.1f}); difference (default Analyzer built + one article): {a[0]-v[0]:.1f} ms median, {a[1]-v[1]:.1f} ms min")
rates = []
for _ in range(3):
    p = subprocess.run([newsd, "analyze", "--timing", *files], capture_output=True, text=True, cwd="/tmp")
    rates.append(int(re.search(r"(\d+) articles/s", p.stderr).group(1)))
print(f"analyze --timing BBC: {sorted(rates)} articles/s (median {statistics.median(rates)})")
j = wall([newsd, "analyze", "--json", *files], 3)
print(f"analyze --json BBC, whole process: median {j[0]:.0f} ms (min {j[1]:.0f})")
h = wall([newsd, "analyze", "--json", *sorted(os.path.join(r, f) for r, _, fs in os.walk('/work/shared/corpus/extraction/html') for f in fs)], 3)
print(f"analyze --json extraction/html (91 gzipped pages), whole process: median {h[0]:.0f} ms (min {h[1]:.0f})")
ing = []
for _ in range(3):
    d = tempfile.mkdtemp(prefix="newsd-ingest-")
    t = time.perf_counter(); subprocess.run([newsd, "ingest", "--state-dir", d, bbc], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd="/tmp"); ing.append(time.perf_counter() - t)
    shutil.rmtree(d)
print(f"ingest BBC into a fresh store: {[round(len(files)/x) for x in sorted(ing, reverse=True)]} files/s (median {len(files)/statistics.median(ing):.0f})")
print(f"load {open('/proc/loadavg').read().split()[:3]}")
