#!/usr/bin/env python3
"""Compare newsd builds (not a test; takes minutes): the 10,000-file burst with the four example
subscriptions, and drop -> alert one file at a time with 10,004 subscriptions, each build in turn
for --rounds rounds (alternating, so the machine's swings hit all alike), then the medians with
the load average each run saw.

  scripts/bench_compare.py --binary /tmp/newsd-before --binary .build/release/newsd --rounds 3

Each figure is `scripts/bench_ingest.py`'s: files/s and CPU time per file for the burst; p50 and
p99 from the rename into the inbox to the alert in journald (journald must run), and to the commit.
"""
import argparse, os, re, statistics, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, "scripts", "bench_ingest.py")


def run(args):
    out = subprocess.run([sys.executable, BENCH] + args, capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit("bench_ingest.py %s failed:\n%s" % (" ".join(args), out.stderr[-2000:]))
    return out.stdout


def burst(binary, files, subscriptions=True):
    text = run(["--binary", binary, "--files", str(files), "--runs", "1", "--latency-files", "0"]
               + (["--subscriptions"] if subscriptions else []))
    m = re.search(r"= (\d+) files/s, ([\d.]+) ms CPU/file, peak RSS ([\d.]+) MiB.*load average ([\d.]+)", text)
    if not m:
        sys.exit("no burst figures in:\n" + text)
    return {"files/s": float(m[1]), "ms CPU/file": float(m[2]), "peak RSS MiB": float(m[3]), "load": float(m[4])}


def latency(binary, files, extra):
    text = run(["--binary", binary, "--files", "100", "--runs", "1", "--latency-files", str(files), "--alerts",
                "--extra-subscriptions", str(extra)])
    alert = re.search(r"one file at a time: \d+ alerts, p50 ([\d.]+) ms, p99 ([\d.]+) ms", text)
    commit = re.search(r"rename -> committed, one file at a time.*?\| ([\d.]+) ms / ([\d.]+) ms", text)
    if not alert or not commit:
        sys.exit("no latency figures in (is journald running?):\n" + text)
    return {"alert p50 ms": float(alert[1]), "alert p99 ms": float(alert[2]),
            "commit p50 ms": float(commit[1]), "commit p99 ms": float(commit[2]),
            "load": float(open("/proc/loadavg").read().split()[0])}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--binary", action="append", required=True, help="a newsd build (give two or more)")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--files", type=int, default=10000, help="files in the burst")
    ap.add_argument("--latency-files", type=int, default=200, help="files dropped one at a time (0: no latency runs)")
    ap.add_argument("--extra-subscriptions", type=int, default=10000)
    ap.add_argument("--bare", action="store_true",
                    help="also a burst of each build with no subscriptions loaded, in the same rounds (what the four cost)")
    ap.add_argument("--corpus", help="folder of BBC .txt articles, for bench_ingest.py (a worktree outside /work: "
                    "/work/shared/corpus/bbc; without the corpus the articles are synthetic)")
    args = ap.parse_args()
    if args.corpus:
        os.environ["NEWSD_BENCH_CORPUS"] = args.corpus
    # A build without subscriptions is "BINARY (no subscriptions)" in the table.
    bare = " (no subscriptions)"
    runs = [x for b in args.binary for x in ([b, b + bare] if args.bare else [b])]
    results = {b: {"burst": [], "latency": []} for b in runs}
    for r in range(1, args.rounds + 1):
        for b in runs:
            s = burst(b.removesuffix(bare), args.files, subscriptions=not b.endswith(bare))
            results[b]["burst"].append(s)
            print("round %d %s: burst %.0f files/s, %.3f ms CPU/file, load %.1f" % (r, b, s["files/s"], s["ms CPU/file"], s["load"]),
                  file=sys.stderr, flush=True)
            if args.latency_files and not b.endswith(bare):
                l = latency(b, args.latency_files, args.extra_subscriptions)
                results[b]["latency"].append(l)
                print("round %d %s: drop -> alert p50 %.1f p99 %.1f ms, load %.1f" % (r, b, l["alert p50 ms"], l["alert p99 ms"], l["load"]),
                      file=sys.stderr, flush=True)
    keys = [("burst", k) for k in ("files/s", "ms CPU/file", "peak RSS MiB")]
    if args.latency_files:
        keys += [("latency", k) for k in ("alert p50 ms", "alert p99 ms", "commit p50 ms", "commit p99 ms")]
    print("| measure (median of %d alternating rounds; each run's figure) | %s |" % (args.rounds, " | ".join(runs)))
    print("| --- |" + " --- |" * len(runs))
    for kind, k in keys:
        cells = []
        for b in runs:
            values = [x[k] for x in results[b][kind]]
            if not values:
                cells.append("")
                continue
            f = "%.3f" if "CPU" in k else "%.0f" if k == "files/s" else "%.1f"
            cells.append("%s (%s)" % (f % statistics.median(values), " / ".join(f % v for v in values)))
        print("| %s | %s |" % (k, " | ".join(cells)))
    for kind in ("burst", "latency"):
        loads = [x["load"] for b in runs for x in results[b][kind]]
        if loads:
            print("| load average during the %s runs | %.1f-%.1f |%s" % (kind, min(loads), max(loads), " |" * (len(runs) - 1)))


if __name__ == "__main__":
    main()
