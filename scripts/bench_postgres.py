#!/usr/bin/env python3
"""Ingest into PostgreSQL with 1, 2 and 3 writers against SQLite with one (not a test; by hand).

The same burst of N ~3 KB articles is split over W daemons (`newsd run`, each its own inbox,
state directory and server_name, all with `--store postgres://...`), renamed into their inboxes at
once; files/s is N over the time from the renames to the last daemon's empty queue. Beside it:
CPU ms per file of the daemons (user + system, all threads) and of PostgreSQL (its processes'
CPU time is not counted: see the load average), and the load average before the run.
A throwaway PostgreSQL 15 cluster is made with scripts/postgres-test-cluster.sh (as root).

  swift build -c release --product newsd
  scripts/bench_postgres.py --binary .build/release/newsd --files 3000 --runs 3

Then, how the chain-head lock scales: three writers with `batch_max_files` set to each of
--group-sizes, files/s and PostgreSQL transactions/s (pg_stat_database's xact_commit over the
run: every transaction of newsd's, reads included); and drop -> alert latency on PostgreSQL, one
file at a time with the example subscriptions and one that matches everything (--latency-files).
"""
import argparse, os, shutil, statistics, subprocess, sys, tempfile, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from newsd_harness import Daemon, counters  # noqa: E402
from bench_ingest import corpus_texts  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CLUSTER = os.path.join(ROOT, "scripts", "postgres-test-cluster.sh")


def psql(url, sql):
    subprocess.run(["psql", url.replace("postgres://", "postgresql://"), "-XAtqc", sql], check=True, capture_output=True)


def xact_commits(admin, db):
    out = subprocess.run(["psql", admin.replace("postgres://", "postgresql://"), "-XAtqc",
                          "SELECT xact_commit FROM pg_stat_database WHERE datname = '%s'" % db],
                         check=True, capture_output=True, text=True).stdout.strip()
    return int(out or 0)


def one_run(binary, texts, n, writers, store_url, extra=""):
    roots, daemons = [], []
    try:
        for w in range(writers):
            root = tempfile.mkdtemp(prefix="newsd-benchpg-")
            os.makedirs(os.path.join(root, "inbox"))
            config = os.path.join(root, "newsd.yaml")
            with open(config, "w") as fh:
                if store_url:
                    fh.write("store: %s\nserver_name: bench-%d\n" % (store_url, w))
                fh.write(extra)
            roots.append(root)
            daemons.append(Daemon(binary, root, config=config))
        staged = []
        for w, root in enumerate(roots):
            staging = os.path.join(root, "staging")
            os.makedirs(staging)
            for i in range(w, n, writers):
                name = "a%06d.txt" % i
                with open(os.path.join(staging, name), "w") as fh:
                    fh.write(texts[i % len(texts)] + "\n(copy %d)\n" % i)
                staged.append((os.path.join(staging, name), os.path.join(root, "inbox", name)))
        cpu0 = sum(d.cpu_seconds() for d in daemons)
        start = time.monotonic()
        for src, dst in staged:
            os.rename(src, dst)
        ends = []
        for d, root in zip(daemons, roots):
            want = len([1 for _, dst in staged if dst.startswith(root)])
            _, end = d.wait(lambda m: (c := counters(m)) is not None and c[0] + c[1] >= want and c[3] == 0, 600)
            ends.append(end)
        seconds = max(ends) - start
        cpu = sum(d.cpu_seconds() for d in daemons) - cpu0
        return n / seconds, cpu * 1000 / n
    finally:
        for d in daemons:
            d.stop()
        for r in roots:
            shutil.rmtree(r, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "newsd"))
    ap.add_argument("--files", type=int, default=3000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--writers", default="1,2,3")
    ap.add_argument("--group-sizes", default="16,64,256", help="batch_max_files values for the lock-scaling rows ('' for none)")
    ap.add_argument("--latency-files", type=int, default=200)
    args = ap.parse_args()
    texts, source = corpus_texts()
    cluster = tempfile.mkdtemp(prefix="newsd-benchpg-cluster-")
    subprocess.run([CLUSTER, "start", cluster], check=True, capture_output=True)
    admin = "postgres://newsd@/postgres?host=%s" % cluster
    try:
        print("%d files (%s), median of %d runs; load average before: %s" % (
            args.files, source, args.runs, " ".join(open("/proc/loadavg").read().split()[:3])))
        rows = [("SQLite", 1, None)] + [("PostgreSQL", int(w), admin) for w in args.writers.split(",")]
        for kind, writers, url in rows:
            rates, cpus = [], []
            for r in range(args.runs):
                store = None
                if url:
                    db = "bench_%d_%d" % (writers, r)
                    psql(admin, "DROP DATABASE IF EXISTS %s" % db)
                    psql(admin, "CREATE DATABASE %s" % db)
                    store = url.replace("/postgres?", "/%s?" % db)
                rate, cpu = one_run(args.binary, texts, args.files, writers, store)
                rates.append(rate)
                cpus.append(cpu)
            print("%-10s %d writer%s: %7.0f files/s (runs %s), newsd CPU %.2f ms/file, load %s" % (
                kind, writers, "" if writers == 1 else "s", statistics.median(rates),
                ", ".join("%.0f" % x for x in rates), statistics.median(cpus),
                open("/proc/loadavg").read().split()[0]))
        for group in [int(g) for g in args.group_sizes.split(",") if g]:
            rates, xacts = [], []
            for r in range(args.runs):
                db = "bench_group_%d_%d" % (group, r)
                psql(admin, "DROP DATABASE IF EXISTS %s" % db)
                psql(admin, "CREATE DATABASE %s" % db)
                before = xact_commits(admin, db)
                start = time.monotonic()
                rate, _ = one_run(args.binary, texts, args.files, 3, admin.replace("/postgres?", "/%s?" % db),
                                  extra="batch_max_files: %d\n" % group)
                seconds = args.files / rate
                rates.append(rate)
                xacts.append((xact_commits(admin, db) - before) / max(seconds, time.monotonic() - start))
            print("chain-head lock, 3 writers, batch_max_files %4d: %7.0f files/s (runs %s), %6.0f transactions/s, load %s" % (
                group, statistics.median(rates), ", ".join("%.0f" % x for x in rates), statistics.median(xacts),
                open("/proc/loadavg").read().split()[0]))
        if args.latency_files > 0:
            from bench_ingest import latency
            psql(admin, "DROP DATABASE IF EXISTS bench_latency")
            psql(admin, "CREATE DATABASE bench_latency")
            tmp = tempfile.mkdtemp(prefix="newsd-benchpg-subs-")
            subs = os.path.join(tmp, "subscriptions.yaml")
            with open(os.path.join(ROOT, "examples", "subscriptions.yaml")) as fh, open(subs, "w") as out:
                out.write(fh.read())
                out.write("  - id: everything\n    query: 'NOT zzqxjv'\n    priority: info\n    window: 0s\n")
            config = os.path.join(tmp, "newsd.yaml")
            with open(config, "w") as fh:
                fh.write("store: %s\nsubscriptions_file: %s\n" % (admin.replace("/postgres?", "/bench_latency?"), subs))
            p50, p99 = latency(args.binary, texts, args.latency_files, config, alerts=True)
            print("PostgreSQL, 1 writer: rename -> committed and moved, one file at a time: p50 %.1f ms, p99 %.1f ms, load %s" % (
                p50, p99, open("/proc/loadavg").read().split()[0]))
            shutil.rmtree(tmp, ignore_errors=True)
    finally:
        subprocess.run([CLUSTER, "stop", cluster], capture_output=True)
        shutil.rmtree(cluster, ignore_errors=True)


if __name__ == "__main__":
    main()
