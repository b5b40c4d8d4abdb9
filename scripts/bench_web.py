#!/usr/bin/env python3
"""Load on `newsd web` (not a test; run by hand): wrk on loopback against the article list and
search with a large store, and the daemon's ingest rate with and without that load.

  1. a store of --articles articles (BBC corpus, made unique per copy) by `newsd ingest`
     (kept in --work between runs);
  2. `newsd web` on a free port; for each endpoint, wrk (--threads, --connections, --seconds)
     --runs times: requests/s and p99 latency, medians;
  3. `newsd run` on the same store takes a burst of --burst files, alone and while wrk loads
     /api/articles, alternately, --runs times each: files/s, medians.
The daemon and the web server (with wrk, standing for the clients) run in cgroups of their own with
the CPU weights of their units (newsd.service 100, newsd-web.service 10), as systemd would run them.

  swift build -c release --product newsd && scripts/bench_web.py --binary .build/release/newsd
Needs wrk (apt-get install wrk).
"""
import argparse, os, re, shutil, statistics, subprocess, sys, time, urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench_ingest import corpus_texts, ingested  # noqa: E402
from newsd_harness import Daemon, free_port  # noqa: E402

ENDPOINTS = [
    "/api/articles?limit=50",
    # Common in the BBC corpus: the first 50 candidates match.
    "/api/search?q=country%3AGB+AND+topic%3Apolitics&limit=50",
    "/search?q=country%3AGB+AND+topic%3Apolitics",
    # Rare in it (no match among 100,000): the store's filters decide it alone.
    "/api/search?q=country%3AJP+AND+topic%3Adefense&limit=50",
    "/articles/1000",
]


RUN = "%x" % int(time.time() * 1000)  # makes this run's copies unlike any stored before


def write_files(folder, texts, n, offset):
    os.makedirs(folder, exist_ok=True)
    names = []
    for i in range(offset, offset + n):
        name = "w%07d.txt" % i
        with open(os.path.join(folder, name), "w") as fh:
            fh.write(texts[i % len(texts)])
            fh.write("\n(copy %d of run %s)\n" % (i, RUN))
        names.append(name)
    return names


NICE = []
GROUPS = {}


def cgroup(name, shares):
    """A cgroup-v1 CPU group with `shares` (systemd maps CPUWeight=W to W * 1024 / 100), or None."""
    path = "/sys/fs/cgroup/cpu/newsd-bench-%s" % name
    try:
        os.makedirs(path, exist_ok=True)
        with open(os.path.join(path, "cpu.shares"), "w") as fh:
            fh.write(str(shares))
        GROUPS[name] = path
        return path
    except OSError:
        return None


def join(name, pid):
    if name in GROUPS:
        with open(os.path.join(GROUPS[name], "cgroup.procs"), "w") as fh:
            fh.write(str(pid))


def wrk(url, threads, connections, seconds):
    process = subprocess.Popen(NICE + ["wrk", "-t%d" % threads, "-c%d" % connections, "-d%ds" % seconds, "--latency", url],
                               stdout=subprocess.PIPE, text=True)
    join("web", process.pid)
    out, _ = process.communicate()
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)\b", out)
    scale = {"us": 0.001, "ms": 1, "s": 1000}[p99.group(2)]
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return rps, float(p99.group(1)) * scale, int(non2xx.group(1)) if non2xx else 0


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--binary", default=".build/release/newsd")
    p.add_argument("--articles", type=int, default=100_000)
    p.add_argument("--burst", type=int, default=5_000)
    p.add_argument("--seconds", type=int, default=10)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--connections", type=int, default=8)
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--work", default="/tmp/newsd-bench-web")
    p.add_argument("--load-path", default=ENDPOINTS[0], help="what wrk loads while the daemon ingests")
    p.add_argument("--skip-wrk", action="store_true", help="only the ingest bursts")
    p.add_argument("--cpu-weights", default="100,10",
                   help="as systemd's CPUWeight= of newsd.service and newsd-web.service: each runs in a cgroup "
                        "(v1 cpu.shares) of its own, wrk with the web; '' runs all in the caller's")
    p.add_argument("--nice", type=int, default=0,
                   help="niceness of newsd web and wrk (newsd-web.service has Nice=10; little effect between sessions)")
    a = p.parse_args()
    binary = os.path.abspath(a.binary)
    texts, label = corpus_texts()
    state = os.path.join(a.work, "var")
    print("corpus: %s; load average %s" % (label, os.getloadavg()), flush=True)

    stored = 0
    if os.path.exists(os.path.join(state, "newsd.db")):
        out = subprocess.run([binary, "stats", "--json", "--state-dir", state], capture_output=True, text=True)
        stored = int(re.search(r'"articles"\s*:\s*(\d+)', out.stdout).group(1)) if out.returncode == 0 else 0
    if stored < a.articles:
        folder = os.path.join(a.work, "fill")
        shutil.rmtree(folder, ignore_errors=True)
        write_files(folder, texts, a.articles - stored, stored)
        t0 = time.monotonic()
        subprocess.run([binary, "ingest", "--state-dir", state, folder], check=True, stdout=subprocess.DEVNULL)
        print("store: %d articles ingested in %.0f s" % (a.articles - stored, time.monotonic() - t0), flush=True)
        shutil.rmtree(folder, ignore_errors=True)

    port = free_port()
    NICE[:] = ["nice", "-n", str(a.nice)] if a.nice else []
    if a.cpu_weights:
        ingest_weight, web_weight = (int(x) for x in a.cpu_weights.split(","))
        if not (cgroup("ingest", ingest_weight * 1024 // 100) and cgroup("web", web_weight * 1024 // 100)):
            sys.exit("bench_web: cannot make cgroups under /sys/fs/cgroup/cpu (root and cgroup v1 needed); pass --cpu-weights ''")
    web = subprocess.Popen(NICE + [binary, "web", "--state-dir", state, "--listen", "127.0.0.1:%d" % port],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    join("web", web.pid)
    base = "http://127.0.0.1:%d" % port
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(base + "/healthz", timeout=1)
                break
            except OSError:
                time.sleep(0.05)
        print("wrk -t%d -c%d -d%ds, median of %d runs, CPU weights (ingest, web with wrk) %s, nice %d (load average before: %.2f)"
              % (a.threads, a.connections, a.seconds, a.runs, a.cpu_weights or "none", a.nice, os.getloadavg()[0]), flush=True)
        for path in [] if a.skip_wrk else ENDPOINTS:
            runs = [wrk(base + path, a.threads, a.connections, a.seconds) for _ in range(a.runs)]
            print("  %-58s %8.0f req/s  p99 %7.1f ms  (non-2xx: %d; runs: %s)"
                  % (path, statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs),
                     sum(r[2] for r in runs), ", ".join("%.0f" % r[0] for r in runs)), flush=True)

        root = os.path.join(a.work, "daemon")
        os.makedirs(os.path.join(root, "inbox"), exist_ok=True)
        if os.path.lexists(os.path.join(root, "var")):
            os.unlink(os.path.join(root, "var"))
        os.symlink(state, os.path.join(root, "var"))
        d = Daemon(binary, root)
        join("ingest", d.proc.pid)
        rates = {"alone": [], "under load": []}
        cpu = {"alone": [], "under load": []}
        offset = 10_000_000
        total = 0  # files the daemon has ingested since it started (its STATUS counts them)
        try:
            for run in range(a.runs):
                for mode in ("alone", "under load"):
                    staging = os.path.join(a.work, "staging")
                    shutil.rmtree(staging, ignore_errors=True)
                    names = write_files(staging, texts, a.burst, offset)
                    offset += a.burst
                    load = None
                    if mode == "under load":
                        load = subprocess.Popen(NICE + ["wrk", "-t%d" % a.threads, "-c%d" % a.connections, "-d600s",
                                                 base + a.load_path], stdout=subprocess.DEVNULL)
                        join("web", load.pid)
                        time.sleep(1)
                    cpu0 = d.cpu_seconds()
                    t0 = time.monotonic()
                    for name in names:
                        os.rename(os.path.join(staging, name), os.path.join(root, "inbox", name))
                    total += a.burst
                    _, t1 = d.wait(lambda m: ingested(m) >= total, 600)
                    if load:
                        load.terminate()
                        load.wait()
                    rates[mode].append(a.burst / (t1 - t0))
                    cpu[mode].append((d.cpu_seconds() - cpu0) / a.burst * 1000)
                    print("  run %d %-10s %6.0f files/s  %.3f ms CPU/file  (load average %.2f)"
                          % (run + 1, mode, rates[mode][-1], cpu[mode][-1], os.getloadavg()[0]), flush=True)
        finally:
            d.stop()
        alone, loaded = statistics.median(rates["alone"]), statistics.median(rates["under load"])
        print("ingest of %d-file bursts: %.0f files/s alone, %.0f files/s while wrk -t%d -c%d loads %s (%+.0f%%); "
              "daemon CPU %.3f vs %.3f ms/file; load average %.2f"
              % (a.burst, alone, loaded, a.threads, a.connections, a.load_path, (loaded / alone - 1) * 100,
                 statistics.median(cpu["alone"]), statistics.median(cpu["under load"]), os.getloadavg()[0]), flush=True)
    finally:
        web.terminate()
        web.wait(15)
        for path in GROUPS.values():
            try:
                os.rmdir(path)
            except OSError:
                pass


if __name__ == "__main__":
    main()
