#!/usr/bin/env python3
"""Ingest with a slow webhook (not a test; run by hand).

A burst of N files renamed into a running `newsd run`, with a subscription every article matches
(window 0s, so each raises an alert), its alerts going to the journal sink (pointed at a socket of
this script's, so nothing reaches the host's journal) and, in the second case, also to a webhook
delivered by `newsd deliver` to a receiver that answers each request after --delay seconds.
Prints files/s for both: the webhook must not slow ingestion.

  swift build -c release && scripts/bench_webhook.py --binary .build/release/newsd
"""
import argparse, http.server, os, shutil, socket, statistics, subprocess, sys, tempfile, threading, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from newsd_harness import Daemon
from bench_ingest import corpus_texts, ingested, stage

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def slow_server(delay):
    hits = {"n": 0}

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self):
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            time.sleep(delay)
            hits["n"] += 1
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *a):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, hits


def run(binary, texts, n, webhook_port, deliver_process=True):
    root = tempfile.mkdtemp(prefix="newsd-bench-hook-", dir="/tmp")
    journal = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    journal.bind(os.path.join(root, "journal.sock"))
    journal.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 8 << 20)
    drained = {"n": 0}

    def drain():
        while True:
            try:
                journal.recv(65536)
                drained["n"] += 1
            except OSError:
                return
    threading.Thread(target=drain, daemon=True).start()
    deliver = None
    try:
        os.makedirs(os.path.join(root, "inbox"))
        sinks = ["journal"] + (["hook"] if webhook_port else [])
        with open(os.path.join(root, "subs.yaml"), "w") as fh:
            fh.write("subscriptions:\n  - id: everything\n    query: 'NOT zzqxjv'\n    priority: info\n    window: 0s\n"
                     "    sinks: [%s]\n" % ", ".join(sinks))
        config = os.path.join(root, "newsd.yaml")
        with open(config, "w") as fh:
            fh.write("subscriptions_file: %s/subs.yaml\nsinks:\n  - {id: journal, type: journal, socket: %s/journal.sock}\n"
                     % (root, root))
            if webhook_port:
                fh.write("  - {id: hook, type: webhook, url: 'http://127.0.0.1:%d/hook', timeout: 30s}\n" % webhook_port)
        staging, names = stage(root, texts, n)
        d = Daemon(binary, root, config)
        if webhook_port and deliver_process:
            log = open(os.path.join(root, "deliver.log"), "ab")
            deliver = subprocess.Popen([binary, "deliver", "--config", config, "--state-dir", os.path.join(root, "var")],
                                       stdout=log, stderr=log)
        t0 = time.monotonic()
        for name in names:
            os.rename(os.path.join(staging, name), os.path.join(root, "inbox", name))
        _, t1 = d.wait(lambda m: ingested(m) >= n, 600)
        d.stop()
        return n / (t1 - t0), drained["n"]
    finally:
        if deliver:
            deliver.terminate()
            deliver.wait(60)
        journal.close()
        shutil.rmtree(root, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "newsd"))
    ap.add_argument("--files", type=int, default=2000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--delay", type=float, default=2.0)
    args = ap.parse_args()
    texts, source = corpus_texts()
    server, hits = slow_server(args.delay)
    print("newsd ingest with a webhook answering after %.1f s: %s, %d files, %s" % (args.delay, source, args.files, args.binary))
    port = server.server_address[1]
    # The middle case names the webhook but runs no `newsd deliver`: the cost of its outbox rows alone.
    for label, port, deliver in (("journal only", None, False), ("+ webhook, not delivered", port, False),
                                 ("+ slow webhook delivered", port, True)):
        rates = []
        for _ in range(args.runs):
            rate, journaled = run(args.binary, texts, args.files, port, deliver)
            rates.append(rate)
            print("  %-24s %7.0f files/s (%d journal entries)" % (label, rate, journaled), flush=True)
        print("  %-24s median %7.0f files/s" % (label, statistics.median(rates)), flush=True)
    print("  webhook requests answered: %d" % hits["n"])


if __name__ == "__main__":
    main()
