#!/usr/bin/env python3
"""Where a burst's CPU goes, stage by stage (not a test; takes a minute).

    scripts/burst_profile.py --binary .build/release/newsd [--files 10000] [--frequency 1999] [--thread newsd-store]

Runs `scripts/bench_ingest.py` (a burst of --files BBC articles, the four example subscriptions)
with the daemon under `perf record -g` (frame pointers; a wrapper script stands in for the binary,
so the daemon is perf's child), then gives each sample to the first stage its call chain names and
prints Markdown tables: the stages (share of the samples, microseconds of CPU a file), what the
samples were executing (newsd's code, Swift's runtime, retain/release, malloc, the kernel, futex),
and the threads. SQLite and glibc have no frame pointers: a chain through them ends there, and the
samples whose chain names no stage are listed by thread. perf's own cost is in the figures (about
a tenth); compare shares, or two builds in the same minutes. Needs perf (perf_event_paranoid <= 2).
"""
import argparse, collections, os, re, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# The first rule that matches a sample's whole call chain (leaf first) names its stage.
STAGES = [
    ("start-up: the loader, the warm-up thread's tables", r"_dl_|AnalyzerLoader|warmUp|DaemonV3runyyYaKFyyYbcfU_ "),
    ("journald (logs, alerts)", r"sd_journal|JournalLogHandler|JournalAlertSink"),
    ("renames out of the inbox, with each file's log line", r"SpoolMover|moveOut|dispose"),
    ("story linking (StoryLinker, StoryFeatures)", r"s8NewsCore11StoryLinkerC|s8NewsCore13StoryFeaturesV"),
    ("the tag columns' JSON (saveAnalysis)", r"saveAnalysis"),
    ("journal record hashes (SHA-256 chain)", r"JournalRecordV6hashes|JournalRecordV5chain"),
    ("event date (EventDate)", r"EventDate.*commit_2at"),
    ("SQLite statements, FTS5, WAL I/O, fsync", r"libsqlite3|pread64|pwrite64|fdatasync|fsync|NewsStoreSQLite"),
    ("language identification (CLD2)", r"libcld2"),
    ("analysis without CLD2", r"analyzeKeepingTokens|Analyzer"),
    ("matching", r"PipelineMatcher|SubscriptionIndex|MatchState"),
    ("decoding and format sniffing", r"ArticleDecoder|Decoder|sniff|TextDecoding"),
    ("SHA-256 of each file", r"sha256|ContentHash"),
    ("reading files (open, fstat, read)", r"SpoolFileSystem|FileIntake.*read"),
    ("inotify, gathering a batch, the state machine", r"Inotify|Watcher|processBatch|IngestEngine|IngestStateMachine"),
]

# What the sample was executing: its leaf.
KINDS = [
    ("malloc/free", r"^(malloc|free|cfree|_int_malloc|_int_free|unlink_chunk|malloc_consolidate|realloc|_int_realloc|calloc|sysmalloc)"),
    ("retain/release", r"^(swift_retain|swift_release|swift_bridgeObject|swift_isUniquelyReferenced|swift::RefCounts|swift_unknownObject)"),
    ("swift_allocObject and deallocation", r"^(swift_allocObject|swift_deallocObject|swift_slowAlloc|swift_slowDealloc|.*ContiguousArrayStorageCfD)"),
    ("memcpy, memmove, memcmp, memset", r"^__mem"),
]


def parse(text):
    """perf script's samples: (thread name and id, [(symbol, object)] leaf first)."""
    samples, cur = [], None
    for line in text.splitlines():
        if not line.strip():
            if cur:
                samples.append(cur)
            cur = None
        elif not line[0].isspace():
            head = line.split()
            cur = ("%s %s" % (head[0], head[1]), [])
        elif cur is not None:
            parts = line.strip().split(None, 1)
            if len(parts) == 2:
                m = re.match(r"(.*?)(\+0x[0-9a-f]+)? \((.*)\)$", parts[1])
                cur[1].append((m.group(1), m.group(3)) if m else (parts[1], ""))
    if cur:
        samples.append(cur)
    return samples


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "newsd"))
    ap.add_argument("--files", type=int, default=10000)
    ap.add_argument("--frequency", type=int, default=1999)
    ap.add_argument("--thread", help="only the samples of threads whose name starts with this (e.g. newsd-store): "
                    "shares are of that thread's samples, microseconds of the whole burst's files")
    ap.add_argument("--corpus", default=os.environ.get("NEWSD_BENCH_CORPUS", os.path.join(ROOT, "..", "shared", "corpus", "bbc")))
    args = ap.parse_args()
    binary = os.path.abspath(args.binary)
    with tempfile.TemporaryDirectory(prefix="newsd-profile-") as tmp:
        data = os.path.join(tmp, "perf.data")
        wrapper = os.path.join(tmp, "newsd")
        with open(wrapper, "w") as fh:
            fh.write('#!/bin/sh\nif [ "$1" = run ]; then exec perf record -q -g -F %d -o %s -- %s "$@"; fi\nexec %s "$@"\n'
                     % (args.frequency, data, binary, binary))
        os.chmod(wrapper, 0o755)
        subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "bench_ingest.py"), "--binary", wrapper, "--files", str(args.files),
                        "--runs", "1", "--latency-files", "0", "--subscriptions", "--corpus", args.corpus],
                       check=True, stdout=sys.stderr)
        text = subprocess.run(["perf", "script", "-i", data], capture_output=True, text=True, check=True).stdout
    samples = parse(text)
    if args.thread:
        samples = [x for x in samples if x[0].startswith(args.thread)]
        if not samples:
            sys.exit("no samples of a thread named %s*" % args.thread)
    stages, kinds, threads = collections.Counter(), collections.Counter(), collections.Counter()
    for tid, frames in samples:
        chain = " ".join(s for s, _ in frames) + " " + " ".join(o for _, o in frames)
        stage = next((name for name, rx in STAGES if re.search(rx, chain)), "no frames to tell (thread %s)" % tid)
        stages[stage] += 1
        threads[tid] += 1
        leaf, where = frames[0] if frames else ("", "")
        if "kernel" in where:
            kind = "kernel: futex, scheduling" if re.search(r"futex|schedule", " ".join(s for s, _ in frames[:6])) else "kernel: other"
        else:
            kind = next((name for name, rx in KINDS if re.search(rx, leaf)), None) or (
                "Swift runtime and standard library" if "libswiftCore" in where else
                "SQLite" if "libsqlite" in where else "CLD2" if "libcld2" in where else "newsd and the rest")
        kinds[kind] += 1
    total = len(samples)
    us = lambda n: n / args.frequency / args.files * 1e6
    print("%d samples at %d Hz: %.2f s of CPU, %.0f us a file (with perf's own cost)\n" % (total, args.frequency, total / args.frequency, us(total)))
    print("| stage | share | us a file |\n| --- | --- | --- |")
    for name, n in stages.most_common():
        print("| %s | %.1f%% | %.0f |" % (name, 100 * n / total, us(n)))
    print("\n| executing | share |\n| --- | --- |")
    for name, n in kinds.most_common():
        print("| %s | %.1f%% |" % (name, 100 * n / total))
    print("\n| thread | share |\n| --- | --- |")
    for tid, n in threads.most_common(8):
        print("| %s | %.1f%% |" % (tid, 100 * n / total))


if __name__ == "__main__":
    main()
