#!/usr/bin/env python3
"""End-to-end ingest benchmark for newsd (not a test; run by hand).

Measures, against the built binary:
  - burst: files/s for a burst of N ~3 KB articles renamed into a running daemon's inbox
    (median of --runs runs, fresh store each time), and peak RSS (VmHWM);
  - latency: rename into the inbox -> the file leaves it after its durable commit, one file at a
    time (p50, p99); with --alerts its alert is delivered in the same turn (drop-to-alert);
  - the store's bytes per article.
Articles come from ../shared/corpus/bbc when present (made unique per copy), or from --corpus (or
$NEWSD_BENCH_CORPUS, which bench_compare.py --corpus sets), synthetic otherwise: a worktree outside
/work has no ../shared, so give --corpus /work/shared/corpus/bbc there.

  swift build -c release && scripts/bench_ingest.py --binary .build/release/newsd
"""
import argparse, glob, json, os, re, shutil, statistics, subprocess, sys, tempfile, time

from newsd_harness import Daemon

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


CORPUS = os.environ.get("NEWSD_BENCH_CORPUS", os.path.join(ROOT, "..", "shared", "corpus", "bbc"))


def corpus_texts():
    files = sorted(glob.glob(os.path.join(CORPUS, "*", "*.txt")))
    texts = []
    for f in files:
        with open(f, "rb") as fh:
            texts.append(fh.read().decode("utf-8", "replace"))
    if texts:
        return texts, "BBC corpus (%d articles, cycled)" % len(texts)
    words = ("talks ministers defence maritime security coast guard islands agreement trade "
             "sanctions election summit navy exercise pact tariff vote").split()
    out = []
    for i in range(1000):
        body = " ".join(words[(i * 7 + j) % len(words)] for j in range(450))
        out.append("Synthetic article %d\n\n%s.\n" % (i, body))
    return out, "synthetic articles"


def ingested(message):
    m = re.search(r"(\d+) ingested", message)
    return int(m.group(1)) if m else -1


def stage(root, texts, n, offset=0):
    staging = os.path.join(root, "staging")
    os.makedirs(staging, exist_ok=True)
    names = []
    for i in range(n):
        name = "a%06d.txt" % (i + offset)
        with open(os.path.join(staging, name), "w") as fh:
            fh.write(texts[(i + offset) % len(texts)])
            fh.write("\n(copy %d)\n" % (i + offset))
        names.append(name)
    return staging, names


def alert_latencies(renamed, since):
    """Per file: rename (wall clock) -> its alert's timestamp in the journal, in ms."""
    out = subprocess.run(["journalctl", "-o", "json", "--no-pager", "--since", "@%d" % int(since - 1),
                          "NEWSD_ALERT=everything"], capture_output=True, text=True).stdout
    samples = []
    for line in out.splitlines():
        e = json.loads(line)
        name = e.get("NEWSD_FILE")
        if name in renamed:
            sent = int(e.get("_SOURCE_REALTIME_TIMESTAMP") or e["__REALTIME_TIMESTAMP"]) / 1e6
            samples.append((sent - renamed.pop(name)) * 1000)
    samples.sort()
    return samples


def generated_subscriptions(n):
    """N subscriptions of two or three conditions over words of the corpus and common countries
    (deterministic): specific, as monitoring subscriptions are; few match any one article."""
    if n <= 0:
        return ""
    texts, _ = corpus_texts()
    words = sorted({w for t in texts[:300] for w in re.findall(r"[a-z]{5,}", t)})
    countries = ["US", "GB", "FR", "DE", "CN", "JP", "VN", "PH", "KR", "TW", "IN", "RU", "UA", "BR", "ZA", "AU"]
    out = []
    for i in range(n):
        a, b, c = words[(i * 7919) % len(words)], words[(i * 104729 + 13) % len(words)], countries[i % len(countries)]
        q = ["%s AND %s AND country:%s" % (a, b, c), '"%s %s"' % (a, b), "country:%s AND country:%s AND %s"
             % (c, countries[(i // 16 + 3) % len(countries)], a), "%s NEAR/5 %s" % (a, b)][i % 4]
        out.append("  - id: gen%d\n    query: '%s'\n" % (i, q))
    return "".join(out)


def burst(binary, texts, n, config=None, alerts=False):
    root = tempfile.mkdtemp(prefix="newsd-bench-", dir="/tmp")
    try:
        os.makedirs(os.path.join(root, "inbox"))
        staging, names = stage(root, texts, n)
        size = sum(os.path.getsize(os.path.join(staging, x)) for x in names) / n
        d = Daemon(binary, root, config)
        cpu0 = d.cpu_seconds()
        renamed = {}
        wall0 = time.time()
        t0 = time.monotonic()
        for name in names:
            os.rename(os.path.join(staging, name), os.path.join(root, "inbox", name))
            if alerts:
                renamed[name] = time.time()
        _, t1 = d.wait(lambda m: ingested(m) >= n, 600)
        cpu = d.cpu_seconds() - cpu0
        if alerts:
            time.sleep(2)  # the last batch's alerts follow its commit; articles of one story in one batch alert once
            lat = alert_latencies(renamed, wall0)
            print("    drop -> alert in journald over the burst: %d alerts, p50 %.1f ms, p99 %.1f ms, max %.1f ms"
                  % (len(lat), lat[len(lat) // 2], lat[min(len(lat) - 1, int(len(lat) * 0.99))], lat[-1]), flush=True)
        rss = d.peak_rss_kib()
        d.stop()
        stats = json.loads(subprocess.check_output(
            [binary, "stats", "--json", "--state-dir", os.path.join(root, "var")]))
        return n / (t1 - t0), rss, stats["bytes_per_article"], size, cpu / n * 1000
    finally:
        shutil.rmtree(root, ignore_errors=True)


def drop_singly(d, root, staging, names, alerts):
    """Drops `names` into the daemon's inbox one at a time; returns rename -> moved out (ms) per
    file, and each file's rename time (wall clock) by name."""
    samples = []
    renamed = {}
    for i, name in enumerate(names):
        target = os.path.join(root, "inbox", name)
        t0 = time.monotonic()
        renamed[name] = time.time()
        os.rename(os.path.join(staging, name), target)
        # The file leaves the inbox once its commit is durable (and, with --alerts, its alerts
        # go to journald in the same turn of the loop). Polled, not read from STATUS=, which
        # is rate-limited.
        while os.path.exists(target):
            if time.monotonic() - t0 > 30:
                raise SystemExit("file %s not taken in 30 s" % name)
            time.sleep(0.0001)
        t1 = time.monotonic()
        d.wait(lambda m: ingested(m) >= i + 1, 30)
        samples.append((t1 - t0) * 1000)
        if alerts:
            time.sleep(0.02)  # one file at a time: its alert goes out before the next is dropped
    return samples, renamed


def latency(binary, texts, n, config=None, alerts=False):
    if n <= 0:
        return None, None
    root = tempfile.mkdtemp(prefix="newsd-bench-", dir="/tmp")
    try:
        os.makedirs(os.path.join(root, "inbox"))
        staging, names = stage(root, texts, n, offset=50000)
        d = Daemon(binary, root, config)
        wall0 = time.time()
        samples, renamed = drop_singly(d, root, staging, names, alerts)
        if alerts:
            time.sleep(1)  # the last file's alert (a benchmark, not a test)
            lat = alert_latencies(renamed, wall0)
            if lat:
                print("  drop -> alert in journald, one file at a time: %d alerts, p50 %.1f ms, p99 %.1f ms, max %.1f ms"
                      % (len(lat), lat[len(lat) // 2], lat[min(len(lat) - 1, int(len(lat) * 0.99))], lat[-1]), flush=True)
        d.stop()
        samples.sort()
        if not samples:
            return None, None
        # The rare slow commit (a checkpoint on the commit path would show here, not at p99).
        print("  rename -> committed, one file at a time: p99.9 %.1f ms, max %.1f ms (%d files)"
              % (samples[min(len(samples) - 1, int(len(samples) * 0.999))], samples[-1], len(samples)), flush=True)
        return samples[len(samples) // 2], samples[min(len(samples) - 1, int(len(samples) * 0.99))]
    finally:
        shutil.rmtree(root, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "newsd"))
    ap.add_argument("--files", type=int, default=10000)
    ap.add_argument("--corpus", help="folder of BBC .txt articles (default: ../shared/corpus/bbc beside the checkout; "
                    "a worktree elsewhere: /work/shared/corpus/bbc); without it, synthetic articles")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--latency-files", type=int, default=200)
    ap.add_argument("--config", help="a newsd YAML file for the daemon (e.g. to try batch_max_wait)")
    ap.add_argument("--subscriptions", action="store_true",
                    help="run with examples/subscriptions.yaml loaded (four subscriptions that match few articles)")
    ap.add_argument("--alerts", action="store_true",
                    help="run with examples/subscriptions.yaml plus a subscription every article matches, so each "
                         "file raises an alert (STATUS is published after the alerts of a batch are delivered: the "
                         "latency is then drop-to-alert)")
    ap.add_argument("--extra-subscriptions", type=int, default=0, metavar="N",
                    help="with --subscriptions or --alerts: N more generated subscriptions (two or three conditions "
                         "each, over the corpus's words and common countries), as a monitoring desk's file would hold")
    args = ap.parse_args()
    if args.extra_subscriptions and not (args.alerts or args.subscriptions):
        args.subscriptions = True
    if args.alerts:
        tmp = tempfile.mkdtemp(prefix="newsd-bench-subs-", dir="/tmp")
        subs = os.path.join(tmp, "subscriptions.yaml")
        with open(os.path.join(ROOT, "examples", "subscriptions.yaml")) as fh, open(subs, "w") as out:
            out.write(fh.read())
            out.write("  - id: everything\n    query: 'NOT zzqxjv'\n    priority: info\n    window: 0s\n")
            out.write(generated_subscriptions(args.extra_subscriptions))
        args.config = os.path.join(tmp, "newsd.yaml")
        with open(args.config, "w") as fh:
            fh.write("subscriptions_file: %s\n" % subs)
    if args.subscriptions and not args.alerts:
        tmp = tempfile.mkdtemp(prefix="newsd-bench-subs-", dir="/tmp")
        args.config = os.path.join(tmp, "newsd.yaml")
        subs = os.path.join(tmp, "subscriptions.yaml")
        with open(os.path.join(ROOT, "examples", "subscriptions.yaml")) as fh, open(subs, "w") as out:
            out.write(fh.read())
            out.write(generated_subscriptions(args.extra_subscriptions))
        with open(args.config, "w") as fh:
            fh.write("subscriptions_file: %s\n" % subs)
    global CORPUS
    if args.corpus:
        CORPUS = args.corpus
        os.environ["NEWSD_BENCH_CORPUS"] = args.corpus
        if not glob.glob(os.path.join(CORPUS, "*", "*.txt")):
            sys.exit("no articles under %s: give the BBC corpus's folder with --corpus" % CORPUS)
    texts, source = corpus_texts()
    print("newsd ingest benchmark: %s, %d cores, %s%s" % (source, os.cpu_count(), args.binary,
          ", config " + args.config if args.config else ""))
    rates, rsss, cpus = [], [], []
    for r in range(args.runs):
        rate, rss, per_article, size, cpu_ms = burst(args.binary, texts, args.files, args.config, args.alerts)
        rates.append(rate)
        rsss.append(rss)
        cpus.append(cpu_ms)
        print("  burst run %d: %d files of %.0f B avg in %.2f s = %.0f files/s, %.3f ms CPU/file, peak RSS %.1f MiB, "
              "store %d B/article, load average %.2f"
              % (r + 1, args.files, size, args.files / rate, rate, cpu_ms, rss / 1024, per_article, os.getloadavg()[0]),
              flush=True)
    p50, p99 = latency(args.binary, texts, args.latency_files, args.config, args.alerts)
    print()
    print("| measure | value |")
    print("| --- | --- |")
    print("| burst of %d files, median of %d runs | %.0f files/s |" % (args.files, args.runs, statistics.median(rates)))
    print("| CPU time per file during the burst (median) | %.3f ms |" % statistics.median(cpus))
    print("| peak RSS during the burst (median) | %.1f MiB |" % (statistics.median(rsss) / 1024))
    print("| store size per article (incl. FTS index) | %d bytes |" % per_article)
    if p50 is not None:
        print("| rename -> committed, one file at a time, p50 / p99 (%d files) | %.1f ms / %.1f ms |"
              % (args.latency_files, p50, p99))


if __name__ == "__main__":
    main()
