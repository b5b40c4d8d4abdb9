#!/usr/bin/env python3
"""Times `newsd prune` and `newsd export` over a store of N articles (BBC corpus, made unique),
with the peak RSS of export, and `newsd ingest` / `newsd verify` of the same files for a
before/after comparison of two binaries.

    scripts/bench_retention.py --newsd .build/release/newsd [--before-newsd OTHER] [--articles 10000] [--runs 3]
"""
import argparse, os, pathlib, re, shutil, statistics, subprocess, tempfile, time

def corpus_files(root):
    return sorted(p for p in pathlib.Path(root).rglob("*.txt") if p.name != "README.TXT")

def make_inbox(folder, n, corpus):
    files = corpus_files(corpus)
    folder.mkdir(parents=True)
    for i in range(n):
        text = files[i % len(files)].read_text(encoding="utf-8", errors="replace")
        title, _, body = text.partition("\n")
        (folder / f"a{i:06d}.txt").write_text(f"{title} ({i})\n{body}\n\nCopy {i}.\n", encoding="utf-8")

def run(cmd, **kw):
    start = time.monotonic()
    p = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if p.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)}: {p.returncode}\n{p.stderr[-2000:]}")
    return time.monotonic() - start, p

def max_rss_kib(cmd):
    p = subprocess.run(["/usr/bin/time", "-v"] + cmd, capture_output=True, text=True, stdin=subprocess.DEVNULL)
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.stderr)
    return int(m.group(1)) if m else -1

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--newsd", required=True)
    ap.add_argument("--before-newsd")
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--corpus", default="/work/shared/corpus/bbc")
    a = ap.parse_args()
    work = pathlib.Path(tempfile.mkdtemp(prefix="newsd-bench-retention-"))
    try:
        inbox = work / "files"
        make_inbox(inbox, a.articles, a.corpus)
        print(f"load average {os.getloadavg()}")
        for label, binary in [("before", a.before_newsd), ("after", a.newsd)]:
            if not binary:
                continue
            ingest, verify = [], []
            for r in range(a.runs):
                state = work / f"{label}-{r}"
                t, _ = run([binary, "ingest", str(inbox), "--state-dir", str(state)])
                ingest.append(t)
                t, _ = run([binary, "verify", "--state-dir", str(state)])
                verify.append(t)
                if r > 0:
                    shutil.rmtree(state)
            print(f"{label}: ingest {a.articles} files median {statistics.median(ingest):.2f} s "
                  f"({a.articles / statistics.median(ingest):.0f} files/s), verify {statistics.median(verify):.2f} s")
        base = work / "after-0"
        exports, prunes = [], []
        for r in range(a.runs):
            out = work / "export.jsonl"
            with open(out, "w") as f:
                start = time.monotonic()
                subprocess.run([a.newsd, "export", "--state-dir", str(base)], stdout=f, stderr=subprocess.DEVNULL, check=True)
                exports.append(time.monotonic() - start)
        rss = max_rss_kib([a.newsd, "export", "--state-dir", str(base), "--since", "2000-01-01"])
        lines = sum(1 for _ in open(work / "export.jsonl"))
        idle = max_rss_kib([a.newsd, "export", "--state-dir", str(base), "--since", "2100-01-01"])
        print(f"export {lines} articles (jsonl) median {statistics.median(exports):.2f} s, peak RSS {rss // 1024} MiB "
              f"({idle // 1024} MiB exporting none)")
        for r in range(a.runs):
            copy = work / f"prune-{r}"
            shutil.copytree(base, copy)
            t, p = run([a.newsd, "prune", "--before", "0d", "--state-dir", str(copy)])
            prunes.append(t)
            if r == 0:
                print(p.stdout.strip())
            _, v = run([a.newsd, "verify", "--state-dir", str(copy)])
        print(f"prune {a.articles} articles median {statistics.median(prunes):.2f} s (batches of 500)")
        print(f"load average {os.getloadavg()}")
    finally:
        shutil.rmtree(work, ignore_errors=True)

if __name__ == "__main__":
    main()
