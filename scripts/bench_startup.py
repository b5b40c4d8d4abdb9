#!/usr/bin/env python3
"""Start-up with a large store (not a test; minutes): the time from exec to READY=1, and the
daemon's memory at READY, split into anonymous and file-backed pages (/proc/PID/smaps_rollup),
median of --runs starts. The store is written once by `NewsdBench store` (the BBC articles as
numbered copies through the real commit: journal, hash chain, full-text index, analysis, story
linker) up to --real articles, 10,000 a day; then the script appends copies of those records, shifted in seq,
story and time, up to --articles (1,000,000 through the commit takes an hour on this machine;
the copies take minutes). The copies' hash chain does not verify: the store is for timing
start-up, not for `newsd verify`. It is kept in --dir for later runs.

  swift build -c release && NEWSD_BENCH=1 swift build -c release --product NewsdBench
  scripts/bench_startup.py --articles 1000000 --runs 5 [--binary OTHER/newsd ...]

Several --binary options are started alternately (before/after in the same minutes).

With --postgres, the same store is copied once (`newsd copy`, with the first --binary) into a
database of a throwaway PostgreSQL 15 cluster (scripts/postgres-test-cluster.sh, as root), and the
daemons start on that (`store: postgres://...`); the cluster is stopped and removed at the end.
A copy runs at a few thousand records a second: use --articles 100000 or so (the linker's restore
reads the latest 50,000 either way).
"""
import argparse, os, shutil, sqlite3, statistics, subprocess, sys, tempfile, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from newsd_harness import Daemon

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CLUSTER = os.path.join(ROOT, "scripts", "postgres-test-cluster.sh")


def smaps(pid):
    """(Rss, Anonymous, file-backed) in KiB from /proc/PID/smaps_rollup."""
    fields = {}
    with open("/proc/%d/smaps_rollup" % pid) as fh:
        for line in fh:
            parts = line.split()
            if len(parts) >= 2 and parts[0].endswith(":"):
                fields[parts[0][:-1]] = int(parts[1])
    rss, anon = fields.get("Rss", 0), fields.get("Anonymous", 0)
    return rss, anon, rss - anon


def mappings(pid):
    """Resident KiB by mapping name (a file, [heap], [stack], or "anonymous"), largest first."""
    by_name, name = {}, None
    with open("/proc/%d/smaps" % pid) as fh:
        for line in fh:
            parts = line.split()
            if "-" in parts[0] and not parts[0].endswith(":"):
                name = parts[5] if len(parts) >= 6 else "anonymous"
            elif parts[0] == "Rss:":
                by_name[name] = by_name.get(name, 0) + int(parts[1])
    return sorted(by_name.items(), key=lambda kv: -kv[1])


def print_mappings(pid, limit=16):
    rows = mappings(pid)
    for name, kib in rows[:limit]:
        print("    %8.1f MiB  %s" % (kib / 1024, name))
    rest = sum(kib for _, kib in rows[limit:])
    print("    %8.1f MiB  the other %d mappings" % (rest / 1024, max(0, len(rows) - limit)))


def inflate(path, real, total):
    """Appends copies of records 1..real (seq, story, duplicate_of and times shifted by whole
    blocks) until the store holds `total` articles."""
    db = sqlite3.connect(path)
    (first_ms, last_ms), = db.execute("SELECT min(at_ms), max(at_ms) FROM journal").fetchall()
    span = last_ms - first_ms + 1
    block = 1
    while real * block < total:
        off, dt = real * block, span * block
        count = min(real, total - off)
        db.execute("BEGIN")
        db.execute("""INSERT INTO journal(seq, kind, at_ms, file, file_sha256, file_identity, item, duplicate_of,
            error_code, error_reason, record_hash, chain, version, content_hash, origin_at_ms, origin_hash)
            SELECT seq + ?1, kind, at_ms + ?2, 'c' || file, file_sha256 || '-' || ?3, NULL, item, duplicate_of + ?1,
            error_code, error_reason, record_hash, chain, version, content_hash, origin_at_ms, origin_hash
            FROM journal WHERE seq <= ?4""", (off, dt, block, count))
        db.execute("""INSERT INTO articles(seq, title, body, url, published, source, language, format)
            SELECT seq + ?1, title, body, url, published, source, language, format FROM articles WHERE seq <= ?2""", (off, count))
        db.execute("""INSERT INTO articles_fts(rowid, title, body) SELECT seq + ?1, title, body FROM articles WHERE seq <= ?2""", (off, count))
        db.execute("""INSERT INTO analysis(seq, language, countries, places, people, organizations, topics, fingerprint,
            keys, duplicate_of, story, at_ms, lead_keys, story_evidence, main_countries)
            SELECT seq + ?1, language, countries, places, people, organizations, topics, fingerprint,
            keys, duplicate_of + ?1, story + ?1, at_ms + ?2, lead_keys, story_evidence, main_countries
            FROM analysis WHERE seq <= ?3""", (off, dt, count))
        db.execute("""INSERT INTO story_merges(story, into_story, by_seq, at_ms)
            SELECT story + ?1, into_story + ?1, by_seq + ?1, at_ms + ?2 FROM story_merges WHERE story <= ?3""", (off, dt, count))
        (seq, chain), = db.execute("SELECT seq, chain FROM journal ORDER BY seq DESC LIMIT 1").fetchall()
        db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('head_seq', ?), ('head_chain', ?)", (str(seq), chain.hex()))
        db.execute("UPDATE meta SET value = ? WHERE key = 'alerts_matched_seq'", (str(seq),))
        db.commit()
        block += 1
        print("  copied up to %d articles" % (off + count), flush=True)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--binary", action="append", help="newsd to start (repeatable; default the release build)")
    ap.add_argument("--bench", default=os.path.join(ROOT, ".build", "release", "NewsdBench"))
    ap.add_argument("--articles", type=int, default=1000000)
    ap.add_argument("--dir", default="/tmp/newsd-startup-store", help="where the store is kept between runs")
    ap.add_argument("--real", type=int, default=200000, help="articles written through the commit; the rest are copies")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpus", "bbc"),
                    help="folder of BBC .txt articles (a worktree elsewhere: /work/shared/corpus/bbc)")
    ap.add_argument("--settle", type=float, default=0.0,
                    help="seconds after READY before memory is read (0: at READY)")
    ap.add_argument("--postgres", action="store_true",
                    help="start on a PostgreSQL copy of the store (a throwaway cluster; see above)")
    ap.add_argument("--mappings", action="store_true",
                    help="print each start's resident memory by mapping (/proc/PID/smaps), largest first")
    args = ap.parse_args()
    binaries = args.binary or [os.path.join(ROOT, ".build", "release", "newsd")]
    store_dir = os.path.join(args.dir, "%d" % args.articles)
    store = os.path.join(store_dir, "var", "newsd.db")
    if not os.path.exists(store):
        os.makedirs(os.path.join(store_dir, "var"), exist_ok=True)
        corpus = args.corpus
        t = time.monotonic()
        real = min(args.real, args.articles)
        # NewsdBench commits in groups of 2,048: the store holds the whole groups written.
        subprocess.run([args.bench, "store", store, "--articles", str(real), "--days", "%g" % (real / 10000.0), corpus], check=True)
        inflate(store, sqlite3.connect(store).execute("SELECT max(seq) FROM journal").fetchone()[0], args.articles)
        print("wrote the store of %d articles in %.0f s" % (args.articles, time.monotonic() - t), flush=True)
    os.makedirs(os.path.join(store_dir, "inbox"), exist_ok=True)
    size = os.path.getsize(store) / 2**20
    config, cluster = None, None
    if args.postgres:
        cluster = tempfile.mkdtemp(prefix="newsd-benchstartup-pg-")
        out = subprocess.run([CLUSTER, "start", cluster], check=True, capture_output=True, text=True).stdout
        url = out.split("NEWSD_TEST_POSTGRES_URL='")[1].split("'")[0]
        t = time.monotonic()
        subprocess.run([binaries[0], "copy", "--from", store, "--to", url], check=True, stdout=subprocess.DEVNULL)
        print("copied the store into PostgreSQL in %.0f s" % (time.monotonic() - t), flush=True)
        config = os.path.join(cluster, "newsd.yaml")
        with open(config, "w") as fh:
            fh.write("store: %s\n" % url)
    try:
        run_all(args, binaries, store_dir, size, config)
    finally:
        if cluster:
            subprocess.run([CLUSTER, "stop", cluster], check=False, capture_output=True)
            shutil.rmtree(cluster, ignore_errors=True)


def run_all(args, binaries, store_dir, size, config):
    results = {b: [] for b in binaries}
    for _ in range(args.runs):
        for b in binaries:  # alternately, so each sees the same load
            # The store's pages as a daemon restarted on a busy machine would find them: in the
            # page cache (the first start after writing reads them from disk).
            t = time.monotonic()
            d = Daemon(b, store_dir, config=config)
            ready = (time.monotonic() - t) * 1000
            cpu = d.cpu_seconds() * 1000  # CPU to READY (all threads): steadier than the wall time under load
            if args.settle:
                time.sleep(args.settle)  # a fixed point after READY to read memory at, not synchronisation
            rss, anon, filed = smaps(d.proc.pid)
            if args.mappings:
                print_mappings(d.proc.pid)
            d.stop()
            results[b].append((ready, rss, anon, filed, cpu))
            print("  %s: READY %.0f ms (CPU %.0f ms), RSS %.1f MiB (anon %.1f, file %.1f)  load %s"
                  % (b, ready, cpu, rss / 1024, anon / 1024, filed / 1024, open("/proc/loadavg").read().split()[0]), flush=True)
    print()
    print("store: %d articles, %.0f MiB%s; load average %s" % (args.articles, size, " (SQLite), copied into PostgreSQL" if config else "",
                                                                open("/proc/loadavg").read().strip()))
    print("| binary | READY, median of %d (min-max) | CPU to READY, median | RSS at READY: total / anonymous / file-backed, median |" % args.runs)
    print("| --- | --- | --- | --- |")
    for b, rows in results.items():
        readies = [r[0] for r in rows]
        print("| %s | %.0f ms (%.0f-%.0f) | %.0f ms | %.1f / %.1f / %.1f MiB |"
              % (b, statistics.median(readies), min(readies), max(readies), statistics.median(r[4] for r in rows),
                 statistics.median(r[1] for r in rows) / 1024, statistics.median(r[2] for r in rows) / 1024,
                 statistics.median(r[3] for r in rows) / 1024))


if __name__ == "__main__":
    main()
