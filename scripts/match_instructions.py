#!/usr/bin/env python3
"""Matching's steady cost: instructions (and, with --cache-sim, simulated cache misses) of the
pipeline's matching alone, per article, at a small and a large number of subscriptions, counted
by valgrind's callgrind. Wall and CPU times swing by 30% on a shared machine; these do not.

  scripts/match_instructions.py --bench /tmp/NewsdBench-base --bench .build/release/NewsdBench \\
      --generator .build/release/NewsdBench [--counts 100,100000] [--modes specific,broad] [--cache-sim]

Every build matches the very same subscriptions: `--generator` (a NewsdBench with
`--print-queries`) writes --seed's queries to a subscriptions file once per mode, and each
build reads the first N of them (`--queries FILE --counts N`). Each build is copied without its
DWARF (valgrind cannot read the Swift binaries' debug info) and run under callgrind with
collection on only inside `SubscriptionIndex.matchingIndices(tokens:...)` (what the pipeline
calls per article), one pass over --corpus (`--pipeline-only --passes 1`). A run at 100,000
takes 1-3 minutes (the analysis and the index build run uncounted, but under valgrind).

Prints per build, mode and count: instructions an article, with --cache-sim also data reads
missing the first level (D1mr) and last level (DLmr) an article; then the ratio of the largest
count to the smallest.
"""
import argparse, os, re, subprocess, sys, tempfile

TOGGLE = "*SubscriptionIndexV15matchingIndices6tokens10titleCount7article8analysis*"


def queries_file(generator, corpus, mode, seed, count, workdir):
    path = os.path.join(workdir, "queries-%s-%d-%d.yaml" % (mode, seed, count))
    if not os.path.exists(path):
        args = [generator, corpus, "--seed", str(seed), "--print-queries", str(count)] + (["--broad"] if mode == "broad" else [])
        out = subprocess.run(args, capture_output=True, text=True, check=True).stdout
        lines = [l for l in out.splitlines() if l.startswith("query: ")]
        if len(lines) != count:
            sys.exit("%s printed %d queries, not %d" % (generator, len(lines), count))
        with open(path, "w") as f:
            f.write("\n".join(lines) + "\n")
    return path


def stripped(binary, workdir):
    out = os.path.join(workdir, os.path.basename(os.path.dirname(os.path.abspath(binary))) + "-" + os.path.basename(binary) + "-%d-sd" % abs(hash(os.path.abspath(binary))))
    subprocess.run(["strip", "--strip-debug", "-o", out, binary], check=True)
    return out


def measure(binary, corpus, queries, count, cache_sim, workdir, keep):
    mode = os.path.basename(queries).split("-")[1]
    cg = os.path.join(workdir, "cg-%s-%s-%d-%d.out" % (os.path.basename(binary), mode, count, os.getpid()))
    args = ["valgrind", "--tool=callgrind", "--callgrind-out-file=" + cg, "--toggle-collect=" + TOGGLE]
    if cache_sim:
        # This VM's caches as the simulation's (valgrind would take the host's 32 MiB L3 as one
        # direct-mapped last level, which holds every index): 32 KiB first level, 1 MiB second.
        args += ["--cache-sim=yes", "--D1=32768,8,64", "--I1=32768,8,64", "--LL=1048576,16,64"]
    args += [binary, corpus, "--pipeline-only", "--passes", "1", "--counts", str(count), "--queries", queries]
    run = subprocess.run(args, capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit("callgrind failed:\n" + run.stderr[-3000:])
    articles = int(re.search(r"articles: (\d+)", run.stdout)[1])
    matches = re.search(r"\| ([\d.]+) matches", run.stdout)
    events = totals = None
    with open(cg) as f:
        for line in f:
            if line.startswith("events:"):
                events = line.split()[1:]
            elif line.startswith("totals:") or line.startswith("summary:"):
                totals = [int(x) for x in line.split()[1:]]
    if keep:
        print("kept " + cg, file=sys.stderr)
    else:
        os.remove(cg)
    figures = {e: v / articles for e, v in zip(events, totals)}
    figures["matches"] = float(matches[1]) if matches else float("nan")
    return figures


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bench", action="append", required=True, help="a NewsdBench build (repeat to compare)")
    ap.add_argument("--generator", help="the NewsdBench that prints the queries (default: the last --bench)")
    ap.add_argument("--corpus", default="/work/shared/corpus/bbc", help="the articles matched (a third of the BBC corpus is enough)")
    ap.add_argument("--query-corpus", default="/work/shared/corpus/bbc", help="the corpus the queries' words are drawn from")
    ap.add_argument("--counts", default="100,100000")
    ap.add_argument("--modes", default="specific,broad")
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument("--cache-sim", action="store_true", help="also simulated D1 and last-level data read misses")
    ap.add_argument("--keep", action="store_true", help="keep callgrind's output files (for callgrind_annotate)")
    ap.add_argument("--workdir", default=os.path.join(tempfile.gettempdir(), "match-instructions"))
    a = ap.parse_args()
    os.makedirs(a.workdir, exist_ok=True)
    counts = [int(c) for c in a.counts.split(",")]
    generator = a.generator or a.bench[-1]
    load = open("/proc/loadavg").read().split()[:3]
    print("D1: 32 KiB 8-way, LL: 1 MiB 16-way (the L2 of one core here)" if a.cache_sim else "")
    print("instructions (Ir) per article in matchingIndices(tokens:...), callgrind; seed %d; load %s" % (a.seed, " ".join(load)))
    cols = ["Ir"] + (["D1mr", "DLmr", "DLmw"] if a.cache_sim else [])
    for mode in a.modes.split(","):
        queries = queries_file(generator, a.query_corpus, mode, a.seed, max(counts), a.workdir)
        for bench in a.bench:
            binary = stripped(bench, a.workdir)
            rows = {}
            for n in counts:
                rows[n] = measure(binary, a.corpus, queries, n, a.cache_sim, a.workdir, a.keep)
                f = rows[n]
                print("%-9s %-40s %8d subs: " % (mode, bench, n) + "  ".join("%s %.0f" % (c, f.get(c, float("nan"))) for c in cols)
                      + "  matches %.1f" % f["matches"], flush=True)
            lo, hi = rows[min(counts)], rows[max(counts)]
            print("%-9s %-40s ratio %d/%d: " % (mode, bench, max(counts), min(counts))
                  + "  ".join("%s %.2fx" % (c, hi[c] / lo[c]) for c in cols if lo.get(c)), flush=True)
            os.remove(binary)


if __name__ == "__main__":
    main()
