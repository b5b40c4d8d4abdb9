#!/usr/bin/env python3
"""Where drop -> alert time goes, file by file (a benchmark, not a test; run by hand).

Runs a newsd daemon as `bench_ingest.py --alerts --extra-subscriptions N --latency-files M`
does (the four example subscriptions, one every article matches, N generated ones; files dropped
one at a time) while `perf trace` records the system calls of the dropping script and of newsd
on one clock. Each drop (the script's `rename` into the inbox) opens an episode that lasts until
the next drop; within it, newsd's calls mark the stages:

  wake     the drop -> the engine's wait (poll) returns
  read     -> the file is opened (the engine's own turn: events, the batch's gathering)
  analyse  -> the store's first write (read, decode, analysis, matching, the previous move)
  write    -> the commit's first fdatasync starts (SQLite's statements and WAL writes)
  fsync    the commit's fdatasync of the WAL
  anchor   -> the commit thread's other syncs before the alert end (the store's head anchor,
              when the commit writes it itself)
  handoff  -> the alerts' own transaction's first WAL write (the engine's handoff, the alert
              service's turn on the cooperative pool, the matched article read back)
  record   the alerts' transaction's WAL writes (no sync of its own)
  deliver  -> the alert's sendmsg (the delivery service woken, the outbox read, the sink)
  alert    -> the alert's sendmsg (handoff + record + deliver) to journald (the engine's handoff, the alert service's turn
              on the cooperative pool, the outbox's read and write)
  total    the drop -> the alert's sendmsg

and prints p50 / p95 / p99 / max of each with the load average, then the 5 slowest episodes
stage by stage. `perf trace` adds its own cost (a process reading the events), so the totals
are somewhat above an untraced run's: compare stages, not the totals with bench_ingest.py.

  scripts/latency_trace.py --binary .build/release/newsd --corpus /work/shared/corpus/bbc \\
      [--files 200] [--extra-subscriptions 10000] [--rounds 1] [--no-trace]
"""
import argparse, os, re, shutil, statistics, subprocess, sys, tempfile, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench_ingest  # noqa: E402
from newsd_harness import Daemon  # noqa: E402

LINE = re.compile(r"^\s*([\d.]+) \(\s*([\d.]+) ms\): (\S+)/(\d+)\s+(?:\.\.\. \[continued\]: )?(\w+)\((.*?)\)\)?\s+= (-?\d+)")
STARTED = re.compile(r"^\s*([\d.]+) \(\s+\): \S+/(\d+) \w+\((.*)\)\s+\.\.\.")
SYSCALLS = "poll,ppoll,epoll_wait,openat,pwrite64,fdatasync,fsync,sendmsg,rename,renameat,renameat2"
STAGES = ["wake", "read", "analyse", "write", "fsync", "anchor", "handoff", "record", "deliver", "alert", "total"]


def config(extra, root):
    subs = os.path.join(root, "subscriptions.yaml")
    with open(os.path.join(bench_ingest.ROOT, "examples", "subscriptions.yaml")) as fh, open(subs, "w") as out:
        out.write(fh.read())
        out.write("  - id: everything\n    query: 'NOT zzqxjv'\n    priority: info\n    window: 0s\n")
        out.write(bench_ingest.generated_subscriptions(extra))
    path = os.path.join(root, "newsd.yaml")
    with open(path, "w") as fh:
        fh.write("subscriptions_file: %s\n" % subs)
    return path


def pct(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(len(xs) * p))]


def episodes(trace, script_pid):
    """Stage durations (ms) per drop, from perf trace's lines (start ms, duration ms). The
    engine's thread is the one that opens the file; the WAL is the file descriptor the store
    writes pages to at an offset; the alert is a sendmsg of more than 150 bytes (STATUS lines are
    shorter)."""
    events = []
    started = {}  # a call cut by another thread's line: its arguments, by thread
    with open(trace) as fh:
        for line in fh:
            m = STARTED.match(line)
            if m:
                started[m[2]] = m[3]
                continue
            m = LINE.match(line)
            if m:
                args = started.pop(m[4], "") if "[continued]" in line else m[6]
                fd = re.match(r"(?:fd|ufds): (\w+)", args)
                events.append((float(m[1]), float(m[2]), int(m[4]), m[5], fd[1] if fd else "", int(m[7]), args))
    events.sort()
    drops = [i for i, e in enumerate(events) if e[2] == script_pid and e[3].startswith("rename")]
    wal = max(({e[4] for e in events if e[3] == "pwrite64" and "pos:" in e[6]} or {""}),
              key=lambda fd: sum(1 for e in events if e[3] == "pwrite64" and e[4] == fd))
    out = []
    for k, i in enumerate(drops):
        t0 = events[i][0] + events[i][1]
        end = events[drops[k + 1]][0] if k + 1 < len(drops) else float("inf")
        mine = [e for e in events if e[2] != script_pid and t0 - 1000 < e[0] < end]
        opened = next((e for e in mine if e[3] == "openat" and e[0] >= t0 and "NONBLOCK" in e[6]), None)
        if not opened:
            continue
        engine = opened[2]
        woke = min((e[0] + e[1] for e in mine if e[2] == engine and e[3] in ("poll", "ppoll") and e[0] + e[1] >= t0), default=None)
        written = next((e[0] for e in mine if e[3] == "pwrite64" and e[4] == wal and e[0] >= opened[0]), None)
        sync = next((e for e in mine if e[3] in ("fdatasync", "fsync") and e[4] == wal and written and e[0] >= written), None)
        sent = next((e[0] for e in mine if e[3] == "sendmsg" and e[5] > 150 and e[0] >= t0), None)
        if None in (woke, written, sync, sent):
            continue
        synced = sync[0] + sync[1]
        # Other syncs (the store's head anchor) between the WAL's and the alert.
        # (On the commit's thread only: an anchor written by a thread of its own overlaps the alert.)
        other = [e for e in mine if e[3] in ("fdatasync", "fsync") and e[4] != wal and e[2] == sync[2] and synced <= e[0] < sent]
        done = max([synced] + [e[0] + e[1] for e in other])
        # The alerts' own transaction (no sync of its own): page writes between the commit and the send.
        # (The alert service may write through a connection of its own: any store page counts.)
        recorded = [e[0] + e[1] for e in mine if e[3] == "pwrite64" and "pos:" in e[6] and e[2] != engine and done <= e[0] < sent]
        out.append({"wake": woke - t0, "read": opened[0] - woke, "analyse": written - opened[0],
                    "write": sync[0] - written, "fsync": sync[1], "anchor": done - synced,
                    "handoff": (min(recorded) if recorded else sent) - done,
                    "record": (max(recorded) - min(recorded)) if recorded else 0.0,
                    "deliver": sent - (max(recorded) if recorded else done),
                    "alert": sent - done, "total": sent - t0, "syncs": 1 + len(other),
                    # Syncs by other jobs while the file was on its way (the deferred full-text
                    # index's transaction on the WAL, the checkpointer's on the database): ms.
                    "others": sum(e[1] for e in mine if e[3] in ("fdatasync", "fsync") and e is not sync
                                  and e not in other and e[0] < sent and e[0] + e[1] > t0)})
    return out


def run(binary, files, extra, trace_on, texts):
    root = tempfile.mkdtemp(prefix="newsd-trace-", dir="/tmp")
    try:
        os.makedirs(os.path.join(root, "inbox"))
        cfg = config(extra, root)
        staging, names = bench_ingest.stage(root, texts, files, offset=50000)
        d = Daemon(binary, root, cfg)
        trace = os.path.join(root, "trace.txt")
        perf = None
        if trace_on:
            perf = subprocess.Popen(["perf", "trace", "-T", "-o", trace, "-p", "%d,%d" % (os.getpid(), d.proc.pid),
                                     "-e", SYSCALLS], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(2)
        wall0 = time.time()
        load = os.getloadavg()[0]
        _, renamed = bench_ingest.drop_singly(d, root, staging, names, True)
        time.sleep(1)
        lat = bench_ingest.alert_latencies(renamed, wall0)
        if perf:
            perf.terminate()
            perf.wait(10)
        d.stop()
        eps = episodes(trace, os.getpid()) if perf else []
        if perf and os.environ.get("KEEP_TRACE"):
            shutil.copy(trace, os.environ["KEEP_TRACE"])
        return lat, eps, load
    finally:
        shutil.rmtree(root, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--binary", required=True)
    ap.add_argument("--corpus", default="/work/shared/corpus/bbc")
    ap.add_argument("--files", type=int, default=200)
    ap.add_argument("--extra-subscriptions", type=int, default=10000)
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--slowest", type=int, default=5, help="episodes listed stage by stage")
    ap.add_argument("--no-trace", action="store_true", help="only drop -> alert from the journal, no perf trace")
    a = ap.parse_args()
    bench_ingest.CORPUS = a.corpus
    texts, _ = bench_ingest.corpus_texts()
    for r in range(a.rounds):
        lat, eps, load = run(a.binary, a.files, a.extra_subscriptions, not a.no_trace, texts)
        if not lat:
            print("round %d: no alert found in the journal (is journald running?)" % (r + 1), flush=True)
            continue
        print("round %d, %s, load %.2f: drop -> alert in journald (%d alerts) p50 %.1f, p95 %.1f, p99 %.1f, max %.1f ms"
              % (r + 1, a.binary, load, len(lat), pct(lat, .5), pct(lat, .95), pct(lat, .99), lat[-1]), flush=True)
        if not eps:
            continue
        print("  traced episodes: %d; ms p50 / p95 / p99 / max" % len(eps))
        for s in STAGES:
            xs = [e[s] for e in eps]
            print("  %-8s %6.2f %6.2f %6.2f %6.2f" % (s, pct(xs, .5), pct(xs, .95), pct(xs, .99), max(xs)))
        print("  slowest: " + "  ".join(s for s in STAGES + ["syncs", "others"]))
        for e in sorted(eps, key=lambda e: -e["total"])[:a.slowest]:
            print("          " + "  ".join("%.2f" % e[s] if s != "syncs" else "%d" % e[s] for s in STAGES + ["syncs", "others"]))
        hit = [e for e in eps if e["others"] > 0]
        print("  episodes overlapping another job's sync: %d of %d; their total p50 %.1f ms, the others' %.1f ms"
              % (len(hit), len(eps), pct([e["total"] for e in hit], .5) if hit else 0,
                 pct([e["total"] for e in eps if e["others"] == 0], .5)))
        sys.stdout.flush()


if __name__ == "__main__":
    main()
