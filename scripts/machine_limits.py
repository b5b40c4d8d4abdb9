#!/usr/bin/env python3
"""This machine's limits for each stage of newsd's ingest, beside newsd's own figures (not a test).

    swift build -c release && scripts/machine_limits.py [--binary .build/release/newsd] [--files 10000]

Each floor is what the stage costs with nothing of newsd in it, measured here and now:
  - fsync: 4 KiB appended and fdatasync'ed in a loop on the file system of the temporary folder
    (a group commit needs two: SQLite's WAL and the head anchor), fsyncs/s;
  - read + hash: N BBC-sized files read and SHA-256'd (Python's hashlib, OpenSSL), files/s;
  - rename: the same N files renamed into another folder of the same file system, files/s;
  - SQLite + FTS5: N articles inserted into a table and an FTS5 index over title and body, in
    transactions of 256 in WAL mode with synchronous=FULL (Python's sqlite3), rows/s;
  - analysis: `newsd analyze --timing` on BBC under `taskset`, articles/s on one core, times the
    cores (the analysis runs on every core);
and newsd end to end: `scripts/bench_ingest.py` (burst of N files, four subscriptions), files/s
and CPU ms per file. Every figure is the median of --runs runs; the load average is printed.
Prints a Markdown table (for docs/benchmarks.md) on stdout, progress on stderr.
"""
import argparse, glob, hashlib, os, re, shutil, sqlite3, statistics, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BBC = os.path.join(ROOT, "..", "shared", "corpus", "bbc")


def progress(msg):
    print(msg, file=sys.stderr, flush=True)


def texts():
    files = sorted(glob.glob(os.path.join(BBC, "*", "*.txt")))
    if not files:
        return ["Synthetic article %d\n\n" % i + "talks ministers defence maritime security " * 60 for i in range(1000)]
    return [open(f, "rb").read().decode("utf-8", "replace") for f in files]


def median_of(runs, f):
    return statistics.median(f() for _ in range(runs))


def fsync_rate(folder, seconds=2.0):
    path = os.path.join(folder, "fsync.bin")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    block = b"x" * 4096
    n, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        os.write(fd, block)
        os.fdatasync(fd)
        n += 1
    elapsed = time.perf_counter() - start
    os.close(fd)
    os.unlink(path)
    return n / elapsed


def stage_files(folder, corpus, n):
    os.makedirs(folder, exist_ok=True)
    for i in range(n):
        with open(os.path.join(folder, "a%06d.txt" % i), "w") as fh:
            fh.write(corpus[i % len(corpus)])
            fh.write("\n(copy %d)\n" % i)


def read_hash_rate(folder, n):
    os.system("sync")
    start = time.perf_counter()
    for i in range(n):
        with open(os.path.join(folder, "a%06d.txt" % i), "rb") as fh:
            hashlib.sha256(fh.read()).digest()
    return n / (time.perf_counter() - start)


def rename_rate(src, dst, n):
    os.makedirs(dst, exist_ok=True)
    start = time.perf_counter()
    for i in range(n):
        name = "a%06d.txt" % i
        os.rename(os.path.join(src, name), os.path.join(dst, name))
    rate = n / (time.perf_counter() - start)
    for i in range(n):
        name = "a%06d.txt" % i
        os.rename(os.path.join(dst, name), os.path.join(src, name))
    return rate


def sqlite_fts_rate(folder, corpus, n):
    path = os.path.join(folder, "floor.db")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.unlink(path + suffix)
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("CREATE TABLE articles(seq INTEGER PRIMARY KEY, title TEXT, body TEXT)")
    db.execute("CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content='', tokenize='unicode61 remove_diacritics 2')")
    start = time.perf_counter()
    for batch in range(0, n, 256):
        db.execute("BEGIN IMMEDIATE")
        for i in range(batch, min(n, batch + 256)):
            text = corpus[i % len(corpus)]
            title, _, body = text.partition("\n")
            db.execute("INSERT INTO articles(seq, title, body) VALUES (?,?,?)", (i + 1, title, body))
            db.execute("INSERT INTO articles_fts(rowid, title, body) VALUES (?,?,?)", (i + 1, title, body))
        db.execute("COMMIT")
    rate = n / (time.perf_counter() - start)
    db.close()
    return rate


def analysis_rate(binary):
    files = sorted(glob.glob(os.path.join(BBC, "*", "*.txt")))
    if not files:
        return None, None
    out = subprocess.run(["taskset", "-c", "1", binary, "analyze", "--timing", *files], capture_output=True, text=True).stderr
    rate = re.search(r"(\d+) articles/s", out)
    cpu = re.search(r"([\d.]+) us CPU/article", out)
    return (int(rate.group(1)) if rate else None), (float(cpu.group(1)) if cpu else None)


def newsd_burst(binary, n):
    out = subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "bench_ingest.py"), "--binary", binary,
                          "--subscriptions", "--files", str(n), "--runs", "1", "--latency-files", "1"],
                         capture_output=True, text=True).stdout
    m = re.search(r"= (\d+) files/s, ([\d.]+) ms CPU/file", out)
    return (int(m.group(1)), float(m.group(2))) if m else (None, None)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "newsd"))
    ap.add_argument("--files", type=int, default=10000)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    cores = os.cpu_count() or 1
    corpus = texts()
    root = tempfile.mkdtemp(prefix="newsd-limits-", dir=os.environ.get("TMPDIR", "/var/tmp"))
    try:
        load_before = open("/proc/loadavg").read().split()[:3]
        progress("fsync rate ...")
        fsync = median_of(args.runs, lambda: fsync_rate(root))
        progress("staging %d files ..." % args.files)
        stage_files(os.path.join(root, "in"), corpus, args.files)
        progress("read + hash ...")
        read = median_of(args.runs, lambda: read_hash_rate(os.path.join(root, "in"), args.files))
        progress("rename ...")
        rename = median_of(args.runs, lambda: rename_rate(os.path.join(root, "in"), os.path.join(root, "out"), args.files))
        progress("SQLite + FTS5 ...")
        fts = median_of(args.runs, lambda: sqlite_fts_rate(root, corpus, args.files))
        progress("analysis ...")
        analyses = [analysis_rate(args.binary) for _ in range(args.runs)]
        per_core = statistics.median(a[0] for a in analyses if a[0]) if any(a[0] for a in analyses) else None
        cpu_us = statistics.median(a[1] for a in analyses if a[1]) if any(a[1] for a in analyses) else None
        progress("newsd burst ...")
        bursts = [newsd_burst(args.binary, args.files) for _ in range(args.runs)]
        rates = [b[0] for b in bursts if b[0]]
        cpus = [b[1] for b in bursts if b[1]]
        burst = statistics.median(rates) if rates else None
        burst_cpu = statistics.median(cpus) if cpus else None
        load_after = open("/proc/loadavg").read().split()[:3]
    finally:
        shutil.rmtree(root, ignore_errors=True)

    def f(x, unit=""):
        return "n/a" if x is None else "{:,.0f}{}".format(x, unit)

    print("Machine: %d cores; load average %s before, %s after; median of %d runs; %d files." % (
        cores, " ".join(load_before), " ".join(load_after), args.runs, args.files))
    print()
    print("| stage | this machine's floor | as files/s | newsd | share of the floor |")
    print("| --- | --- | --- | --- | --- |")
    # A burst commits in groups of a few hundred: two fsyncs a group are far from binding.
    print("| fsync (4 KiB + fdatasync) | %s fsyncs/s | %s (groups of 256, 2 fsyncs each) | | |" % (f(fsync), f(fsync * 128)))
    print("| read + SHA-256 of each file | %s files/s | %s | | |" % (f(read), f(read)))
    print("| rename into another folder | %s files/s | %s | | |" % (f(rename), f(rename)))
    print("| SQLite insert + FTS5, WAL, 256 a transaction | %s rows/s | %s | | |" % (f(fts), f(fts)))
    both = per_core * cores if per_core else None
    print("| analysis (`newsd analyze`, %d cores) | %s articles/s a core, %s us CPU each | %s | | |" % (
        cores, f(per_core), "n/a" if cpu_us is None else "%.0f" % cpu_us, f(both)))
    stages = [x for x in (read, rename, fts, both) if x]
    # The stages share the cores: the floor for the whole is the harmonic sum of the CPU-bound ones.
    serial = 1 / sum(1 / x for x in stages) if stages else None
    share = "%.0f%%" % (100 * burst / serial) if burst and serial else "n/a"
    print("| all stages one after the other | | %s | %s files/s, %s ms CPU/file | %s |" % (
        f(serial), f(burst), "n/a" if burst_cpu is None else "%.3f" % burst_cpu, share))


if __name__ == "__main__":
    main()
