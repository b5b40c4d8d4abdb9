#!/usr/bin/env python3
"""journald stopped while alerts are due (not a test: it stops the machine's journald; run by hand).

Starts newsd with a subscription every article matches, kills the standalone journald (its
socket goes away), drops N articles, checks that the alerts wait in the store, starts journald
again and checks that every alert arrives in the journal exactly once.

  swift build -c release && scripts/journald_outage.py [--files 50]
"""
import argparse, json, os, shutil, subprocess, sys, tempfile, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from newsd_harness import Daemon

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JOURNALD = "/lib/systemd/systemd-journald"
SOCKET = "/run/systemd/journal/socket"


def journald_pids():
    out = subprocess.run(["pgrep", "-x", "systemd-journal"], capture_output=True, text=True).stdout
    return [int(p) for p in out.split()]


def start_journald():
    os.makedirs("/run/systemd/journal", exist_ok=True)
    subprocess.Popen([JOURNALD], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    for _ in range(100):
        if os.path.exists(SOCKET):
            return
        time.sleep(0.05)
    sys.exit("journald did not come back")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "newsd"))
    ap.add_argument("--files", type=int, default=50)
    args = ap.parse_args()
    if os.path.exists("/run/systemd/system"):
        sys.exit("systemd is PID 1 here: this script kills journald, run it only where journald is standalone")
    root = tempfile.mkdtemp(prefix="newsd-outage-", dir="/tmp")
    tag = "outage%d" % os.getpid()
    d = None
    try:
        os.makedirs(os.path.join(root, "inbox"))
        with open(os.path.join(root, "subs.yaml"), "w") as fh:
            fh.write("subscriptions:\n  - id: %s\n    query: 'NOT zzqxjv'\n    window: 0s\n" % tag)
        with open(os.path.join(root, "newsd.yaml"), "w") as fh:
            fh.write("subscriptions_file: %s\n" % os.path.join(root, "subs.yaml"))
        if not journald_pids():
            start_journald()
        d = Daemon(args.binary, root, os.path.join(root, "newsd.yaml"))
        since = time.time()
        for pid in journald_pids():
            os.kill(pid, 9)
        time.sleep(0.2)
        if os.path.exists(SOCKET):
            os.unlink(SOCKET)  # a dead journald leaves its socket file; nothing listens on it now
        for i in range(args.files):
            with open(os.path.join(root, "inbox", "a%03d.txt" % i), "w") as fh:
                fh.write("Outage article %d\n\nA distinct article number %d about %s.\n" % (i, i, " ".join(["word%d" % (i * 7 + k) for k in range(40)])))
        d.wait(lambda m: "%d ingested" % args.files in m, 60)
        time.sleep(1)
        pending = subprocess.check_output([args.binary, "alerts", "--from-store", "--json", "--state-dir", os.path.join(root, "var")], text=True)
        waiting = sum(1 for line in pending.splitlines() if json.loads(line).get("delivered") is False)
        print("journald down: %d articles ingested, %d alerts recorded, %d waiting for journald" % (args.files, len(pending.splitlines()), waiting))
        recorded = len(pending.splitlines())  # a near-duplicate pair may share one alert
        start_journald()
        d.wait(lambda m: "%d alerts" % recorded in m, 60)
        d.stop()
        time.sleep(0.5)
        out = subprocess.run(["journalctl", "-o", "json", "--no-pager", "--since", "@%d" % int(since - 1), "NEWSD_ALERT=%s" % tag],
                             capture_output=True, text=True).stdout
        files = [json.loads(l)["NEWSD_FILE"] for l in out.splitlines()]
        ok = recorded > 0 and waiting == recorded and len(files) == recorded and len(set(files)) == recorded
        print("journald back: %d alert entries in the journal for %d recorded alerts, %d distinct: %s"
              % (len(files), recorded, len(set(files)), "ok" if ok else "FAILED"))
        sys.exit(0 if ok else 1)
    finally:
        if d is not None and d.proc.poll() is None:
            d.proc.kill()
        if not journald_pids():
            start_journald()  # never leave the machine without its journal
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
