#!/usr/bin/env python3
"""`newsd export` and `newsd import` on SQLite and PostgreSQL (not a test; by hand).

An SQLite store of N articles is made once with `newsd ingest` (the BBC corpus, cycled, each copy
made unique, as scripts/bench_copy.py does) and exported once to a JSON lines file; that file is
imported once into a PostgreSQL database (a throwaway PostgreSQL 15 cluster,
scripts/postgres-test-cluster.sh, as root) to have the same articles there. Then, --runs times,
alternately in the same minutes: export from SQLite, export from PostgreSQL, import into a fresh
SQLite store, import into a fresh database. Printed per run and as medians: articles/s and CPU ms
per article of newsd (user + system, from /usr/bin/time), with the load average before the run.
PostgreSQL's own CPU time is not counted.

  swift build -c release --product newsd
  scripts/bench_archive.py --binary .build/release/newsd --articles 3000 --runs 3 [--corpus DIR]
"""
import argparse, glob, os, shutil, statistics, subprocess, sys, tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench_copy import CLUSTER, ROOT, make_store  # noqa: E402
from bench_ingest import corpus_texts  # noqa: E402
from bench_postgres import psql  # noqa: E402


def timed(argv, stdout=subprocess.DEVNULL):
    out = subprocess.run(["/usr/bin/time", "-f", "TIME %e %U %S"] + argv, stdout=stdout, stderr=subprocess.PIPE, text=True)
    assert out.returncode == 0, out.stderr
    wall, user, system = out.stderr.strip().splitlines()[-1].split()[1:]
    return float(wall), float(user) + float(system)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "newsd"))
    ap.add_argument("--articles", type=int, default=3000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--corpus", help="a folder of the BBC corpus (default: ../shared/corpus/bbc beside the checkout)")
    args = ap.parse_args()
    if args.corpus:
        files = sorted(glob.glob(os.path.join(args.corpus, "*", "*.txt")))
        texts = [open(f, "rb").read().decode("utf-8", "replace") for f in files]
        what = "%s (%d articles, cycled)" % (args.corpus, len(texts))
    else:
        texts, what = corpus_texts()
    n = args.articles
    cluster = tempfile.mkdtemp(prefix="newsd-bencharchive-pg-")
    env = subprocess.run([CLUSTER, "start", cluster], check=True, capture_output=True, text=True).stdout
    server_url = env.split("NEWSD_TEST_POSTGRES_URL='")[1].split("'")[0]
    url = lambda name: server_url.replace("/postgres?", "/%s?" % name)  # noqa: E731
    root, db = make_store(args.binary, texts, n)
    print("articles: %d of %s; binary %s" % (n, what, args.binary))
    try:
        lines = os.path.join(root, "export.jsonl")
        with open(lines, "w") as fh:
            timed([args.binary, "export", "--state-dir", os.path.dirname(db)], stdout=fh)
        psql(server_url, "CREATE DATABASE newsd_bencharchive_src")
        timed([args.binary, "import", lines, "--store", url("newsd_bencharchive_src")])
        results = {k: [] for k in ("export sqlite", "export postgres", "import sqlite", "import postgres")}
        for r in range(args.runs):
            for kind in results:
                load = open("/proc/loadavg").read().split()[0]
                if kind == "export sqlite":
                    wall, cpu = timed([args.binary, "export", "--state-dir", os.path.dirname(db)])
                elif kind == "export postgres":
                    wall, cpu = timed([args.binary, "export", "--store", url("newsd_bencharchive_src")])
                elif kind == "import sqlite":
                    target = os.path.join(root, "import-%d" % r)
                    wall, cpu = timed([args.binary, "import", lines, "--state-dir", target])
                    shutil.rmtree(target)
                else:
                    name = "newsd_bencharchive_%d" % r
                    psql(server_url, "CREATE DATABASE %s" % name)
                    wall, cpu = timed([args.binary, "import", lines, "--store", url(name)])
                    psql(server_url, "DROP DATABASE %s WITH (FORCE)" % name)
                results[kind].append((wall, cpu, load))
                print("  run %d %-16s %.2f s, %.0f articles/s, CPU %.3f ms/article, load %s"
                      % (r + 1, kind, wall, n / wall, cpu * 1000 / n, load), flush=True)
        for kind, runs in results.items():
            wall = statistics.median(x[0] for x in runs)
            print("%-16s median %.2f s (%.0f articles/s), CPU %.3f ms/article, load %s"
                  % (kind, wall, n / wall, statistics.median(x[1] for x in runs) * 1000 / n, "-".join(x[2] for x in runs)))
    finally:
        shutil.rmtree(root)
        subprocess.run([CLUSTER, "stop", cluster], capture_output=True)
        shutil.rmtree(cluster, ignore_errors=True)


if __name__ == "__main__":
    main()
