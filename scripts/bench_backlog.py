#!/usr/bin/env python3
"""Backlog benchmark (not a test; takes minutes): N files already waiting when newsd starts.
Reports RSS while they drain (it must stay flat: the inbox is streamed, not loaded), the drain
rate, and the start-up time to READY=1 with N articles stored (median of 5).

  swift build -c release && scripts/bench_backlog.py --files 1000000
"""
import argparse, glob, os, re, shutil, statistics, subprocess, sys, tempfile, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from newsd_harness import Daemon
from bench_startup import print_mappings

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def handled(message):
    """Files the daemon has dealt with, from its STATUS= ("N ingested, N duplicates, N failed"); -1 for another message."""
    counts = [int(x) for x in re.findall(r"(\d+) (?:ingested|duplicates|failed)", message)]
    return sum(counts) if counts else -1


def rss_kib(pid, field="VmRSS"):
    with open("/proc/%d/status" % pid) as fh:
        for line in fh:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "newsd"))
    ap.add_argument("--files", type=int, default=1000000)
    ap.add_argument("--sample", type=float, default=10.0, help="seconds between RSS samples")
    ap.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpus", "bbc"),
                    help="folder of BBC .txt articles (a worktree elsewhere: /work/shared/corpus/bbc)")
    ap.add_argument("--keep", action="store_true", help="keep the folder (its store) for bench_startup.py --dir")
    ap.add_argument("--env", action="append", default=[], help="NAME=VALUE for the daemon (e.g. MALLOC_ARENA_MAX=2)")
    args = ap.parse_args()
    texts = [open(f, encoding="utf-8", errors="replace").read()
             for f in sorted(glob.glob(os.path.join(args.corpus, "*", "*.txt")))]
    if not texts:
        sys.exit("no articles under %s: give the BBC corpus with --corpus" % args.corpus)
    root = tempfile.mkdtemp(prefix="newsd-backlog-", dir="/tmp")
    inbox = os.path.join(root, "inbox")
    os.makedirs(inbox)
    t0 = time.monotonic()
    for i in range(args.files):
        with open(os.path.join(inbox, "b%07d.txt" % i), "w") as fh:
            fh.write(texts[i % len(texts)])
            fh.write("\n(copy %d)\n" % i)
    print("wrote %d files in %.0f s" % (args.files, time.monotonic() - t0), flush=True)
    extra = dict(e.split("=", 1) for e in args.env)
    print("binary %s %s, load average %s" % (args.binary, " ".join(args.env), open("/proc/loadavg").read().strip()), flush=True)
    d = Daemon(args.binary, root, extra_env=extra)
    start = time.monotonic()
    samples = []
    waiting = args.files
    drained_at = None
    while waiting > 0:
        # A sample every --sample seconds, or at once when the daemon's STATUS= says every file is
        # handled: the drain's end is then known to the message, not to the next sample (which
        # made the last 10%'s rate up to a fifth too low at 2,000 files/s and 10-s samples).
        try:
            if drained_at is None:
                _, t_end = d.wait(lambda m: handled(m) >= args.files, args.sample)
                drained_at = t_end - start
            else:
                time.sleep(0.05)  # the last renames out of the inbox, after the last commit's STATUS=
        except TimeoutError:
            pass
        waiting = sum(1 for e in os.scandir(inbox) if not e.name.startswith("."))  # not the inbox lock
        samples.append((time.monotonic() - start, waiting, rss_kib(d.proc.pid), d.cpu_seconds(), rss_kib(d.proc.pid, "RssAnon")))
        print("  t=%4.0fs waiting %8d RSS %6.1f MiB (anonymous %6.1f)  CPU %7.1f s  load %s" % (
            samples[-1][0], waiting, samples[-1][2] / 1024, samples[-1][4] / 1024, samples[-1][3],
            open("/proc/loadavg").read().split()[0]), flush=True)
    elapsed = drained_at if drained_at is not None else time.monotonic() - start
    hwm = rss_kib(d.proc.pid, "VmHWM")
    cpu_total = d.cpu_seconds()
    rollup = {}
    with open("/proc/%d/smaps_rollup" % d.proc.pid) as fh:
        for line in fh:
            parts = line.split()
            if len(parts) >= 2 and parts[0].endswith(":"):
                rollup[parts[0][:-1]] = int(parts[1])
    print("resident memory at the end by mapping:")
    print_mappings(d.proc.pid)
    d.stop()
    startups = []
    for _ in range(5):
        t = time.monotonic()
        d = Daemon(args.binary, root, extra_env=extra)
        startups.append((time.monotonic() - t) * 1000)
        d.stop()
    print()
    print("| measure | value |")
    print("| --- | --- |")
    print("| files waiting at start | %d |" % args.files)
    print("| RSS while draining: first sample / largest / peak (VmHWM) | %.1f / %.1f / %.1f MiB |"
          % (samples[0][2] / 1024, max(s[2] for s in samples) / 1024, hwm / 1024))
    print("| anonymous RSS while draining: first sample / largest | %.1f / %.1f MiB |"
          % (samples[0][4] / 1024, max(s[4] for s in samples) / 1024))
    print("| drained in | %.0f s (%.0f files/s) |" % (elapsed, args.files / elapsed))
    print("| start-up to READY=1 with %d articles stored, median of 5 | %.1f ms |" % (args.files, statistics.median(startups)))

    # Flat with size: the rate over the first 10% of the backlog against the last 10%, by
    # interpolating the time each mark was crossed between samples.
    def crossed(mark):
        previous = (0.0, args.files)
        for t, w, _, _, _ in samples:
            if w <= mark:
                t0, w0 = previous
                return t0 + (t - t0) * ((w0 - mark) / (w0 - w) if w0 != w else 1)
            previous = (t, w)
        return elapsed
    tenth = args.files / 10
    first = tenth / max(crossed(args.files - tenth), 1e-9)
    last_start = crossed(tenth)
    last = tenth / max(elapsed - last_start, 1e-9)
    print("| rate over the first 10%% / the last 10%% of the backlog | %.0f / %.0f files/s (%.0f%%) |" % (first, last, 100 * last / first))

    # CPU per file over the same stretches (steadier than files/s on a shared machine): the
    # daemon's CPU time at the samples nearest the marks.
    def cpu_at(mark):
        for _, w, _, c, _ in samples:
            if w <= mark:
                return c, w
        return cpu_total, 0
    c1, w1 = cpu_at(args.files - tenth)
    c9, w9 = cpu_at(tenth)
    first_cpu = c1 * 1000 / max(args.files - w1, 1)
    last_cpu = (cpu_total - c9) * 1000 / max(w9, 1)
    print("| CPU per file over the first / the last 10%% (nearest samples), whole run | %.3f / %.3f ms, %.3f ms |"
          % (first_cpu, last_cpu, cpu_total * 1000 / args.files))
    print("| memory at the end: RSS / anonymous / file-backed | %.1f / %.1f / %.1f MiB |"
          % (rollup.get("Rss", 0) / 1024, rollup.get("Anonymous", 0) / 1024, (rollup.get("Rss", 0) - rollup.get("Anonymous", 0)) / 1024))
    print("| load average at the end | %s |" % open("/proc/loadavg").read().strip())
    if args.keep:
        print("kept %s" % root)
    else:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
