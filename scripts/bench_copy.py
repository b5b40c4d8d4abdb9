#!/usr/bin/env python3
"""`newsd copy` of SQLite stores of growing size into PostgreSQL (not a test; by hand).

For each size N, an SQLite store of N articles is made once with `newsd ingest` (the BBC corpus,
cycled, each copy made unique), then copied into a fresh database of a throwaway PostgreSQL 15
cluster (scripts/postgres-test-cluster.sh, as root) --runs times. Printed per size: the median
wall time, records/s, CPU ms per record of newsd (user + system), and its peak RSS (from
/usr/bin/time): memory that does not grow with N shows the copy is bounded by its batch.
The load average is printed beside each run; PostgreSQL's own CPU time is not counted.

  swift build -c release --product newsd
  scripts/bench_copy.py --binary .build/release/newsd --sizes 2000 20000 --runs 3
"""
import argparse, os, shutil, statistics, subprocess, sys, tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench_ingest import corpus_texts  # noqa: E402
from bench_postgres import psql  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CLUSTER = os.path.join(ROOT, "scripts", "postgres-test-cluster.sh")


def make_store(binary, texts, n):
    root = tempfile.mkdtemp(prefix="newsd-benchcopy-")
    files = os.path.join(root, "files")
    os.makedirs(files)
    for i in range(n):
        with open(os.path.join(files, "a%06d.txt" % i), "w") as fh:
            fh.write(texts[i % len(texts)])
            fh.write("\n(copy %d)\n" % i)
    subprocess.run([binary, "ingest", "--state-dir", os.path.join(root, "var"), files], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.rmtree(files)
    return root, os.path.join(root, "var", "newsd.db")


def one_copy(binary, db, server_url, name):
    psql(server_url, "CREATE DATABASE %s" % name)
    url = server_url.replace("/postgres?", "/%s?" % name)
    try:
        out = subprocess.run(["/usr/bin/time", "-f", "TIME %e %U %S %M", binary, "copy", "--from", db, "--to", url],
                             check=True, capture_output=True, text=True)
        wall, user, system, rss = out.stderr.strip().splitlines()[-1].split()[1:]
        verify = subprocess.run([binary, "verify", "--store", url], capture_output=True, text=True)
        assert verify.returncode == 0, verify.stderr
        return float(wall), float(user) + float(system), int(rss)
    finally:
        psql(server_url, "DROP DATABASE IF EXISTS %s WITH (FORCE)" % name)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "newsd"))
    ap.add_argument("--sizes", type=int, nargs="+", default=[2000, 20000])
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    texts, what = corpus_texts()
    cluster = tempfile.mkdtemp(prefix="newsd-benchcopy-pg-")
    env = subprocess.run([CLUSTER, "start", cluster], check=True, capture_output=True, text=True).stdout
    server_url = env.split("NEWSD_TEST_POSTGRES_URL='")[1].split("'")[0]
    print("articles: %s; binary %s" % (what, args.binary))
    try:
        for n in args.sizes:
            root, db = make_store(args.binary, texts, n)
            try:
                runs = []
                for r in range(args.runs):
                    load = open("/proc/loadavg").read().split()[0]
                    wall, cpu, rss = one_copy(args.binary, db, server_url, "newsd_benchcopy_%d_%d" % (n, r))
                    runs.append((wall, cpu, rss))
                    print("  %6d articles run %d: %.2f s, %.0f records/s, CPU %.2f ms/record, peak RSS %d KB, load %s"
                          % (n, r + 1, wall, n / wall, cpu * 1000 / n, rss, load))
                wall = statistics.median(x[0] for x in runs)
                print("%6d articles: median %.2f s (%.0f records/s), CPU %.2f ms/record, peak RSS median %d KB"
                      % (n, wall, n / wall, statistics.median(x[1] for x in runs) * 1000 / n,
                         statistics.median(x[2] for x in runs)))
            finally:
                shutil.rmtree(root)
    finally:
        subprocess.run([CLUSTER, "stop", cluster], capture_output=True)
        shutil.rmtree(cluster, ignore_errors=True)


if __name__ == "__main__":
    main()
