#!/usr/bin/env python3
"""Scores newsd's story linker on labelled "same story" sets (not a test; run by hand).

    swift build -c release --product newsd && scripts/eval_stories.py [--orders 5] [--seed 1]
        [--one-by-one | --daemon] [--reuters] [--verbose] [--json]

The sets:
  - Tests/Fixtures/stories/: hand-written articles, labels.tsv (file, story_label, kind, note;
    kind is original, rewrite, reprint, followup or singleton; a reprint's note may say
    "reprint of FILE", else it is a reprint of its story's original);
  - with --reuters, scripts/story_labels_reuters.tsv (newid, story_label, note): those NEWIDs of
    ../shared/corpus/reuters/reut2-*.sgm are written to a temporary folder as front-matter text
    files (DATE as published, DATELINE put back at the head of the body).

For each of --orders random arrival orders (seeded by --seed), the files are ingested into a
fresh state directory with `newsd ingest` (one call; or with --one-by-one one call per file,
so each call restores the linker from the store as a restarted daemon does; or with --daemon one
`newsd run` fed the files one at a time through its inbox), and each article's story is read back: from
`newsd list --json` (which follows story merges), and from the SQLite store (journal, analysis,
and story_merges when the table exists: a story's effective id follows story_merges.into_story
until there is no row), which also places byte-identical files that newsd stored as journal
duplicates and cross-checks the two readings.

Prints pairwise precision, recall and F1 of "same story" (a pair is positive when both files
carry the same story_label), the pair counts, recall by kind of pair (reprint: a reprint and
what it reprints, or two reprints of one article; followup: a follow-up with any other article
of its story; rewrite: the rest), whether all orders gave the identical partition (and which
files moved if not), and with --verbose the false-positive and false-negative pairs and how
each labelled story was split. --json prints the figures as one JSON object instead.

Exit status: 0 when scored, 64 bad usage, 65 bad labels, 66 a set or corpus file missing,
69 no newsd binary, 70 newsd failed or printed something unreadable.
"""
import argparse
import collections
import datetime
import html
import itertools
import json
import os
import random
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = os.path.join(ROOT, "Tests", "Fixtures", "stories")
REUTERS_LABELS = os.path.join(ROOT, "scripts", "story_labels_reuters.tsv")
REUTERS_CORPUS = os.path.join(ROOT, "..", "shared", "corpus", "reuters")
KINDS = ("original", "rewrite", "reprint", "followup", "singleton")
PAIR_KINDS = ("rewrite", "reprint", "followup", "reuters")

EX_USAGE, EX_DATAERR, EX_NOINPUT, EX_UNAVAILABLE, EX_SOFTWARE = 64, 65, 66, 69, 70


class Failure(Exception):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code


class Progress:
    """One rewritten line on a terminal; silent otherwise (and with --json)."""

    def __init__(self, enabled):
        self.enabled = enabled and sys.stderr.isatty()
        self.shown = False

    def show(self, text):
        if self.enabled:
            print("\r\033[K" + text, end="", file=sys.stderr, flush=True)
            self.shown = True

    def done(self):
        if self.shown:
            print("\r\033[K", end="", file=sys.stderr, flush=True)
            self.shown = False


# MARK: labelled sets

class Item:
    """One labelled file: where it is, its story label, its kind, what it reprints, its set."""

    def __init__(self, path, name, label, kind, note, dataset):
        self.path, self.name, self.label, self.kind, self.note, self.dataset = path, name, label, kind, note, dataset
        self.reprint_of = None


def read_tsv(path, columns):
    if not os.path.isfile(path):
        raise Failure(EX_NOINPUT, "%s: no such file" % path)
    rows = []
    with open(path, encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            if len(fields) < columns or not all(f.strip() for f in fields[:columns]):
                raise Failure(EX_DATAERR, "%s:%d: expected %d tab-separated fields, got %r" % (path, number, columns, line))
            rows.append((number, [f.strip() for f in fields]))
    return rows


def load_fixtures(folder):
    labels = os.path.join(folder, "labels.tsv")
    items, seen = [], set()
    for number, f in read_tsv(labels, 3):
        name, label, kind = f[0], f[1], f[2]
        note = f[3] if len(f) > 3 else ""
        where = "%s:%d" % (labels, number)
        if kind not in KINDS:
            raise Failure(EX_DATAERR, "%s: kind %r is not one of %s" % (where, kind, ", ".join(KINDS)))
        if name in seen:
            raise Failure(EX_DATAERR, "%s: %s is labelled twice" % (where, name))
        seen.add(name)
        path = os.path.join(folder, name)
        if not os.path.isfile(path):
            raise Failure(EX_NOINPUT, "%s: %s does not exist" % (where, path))
        items.append(Item(os.path.abspath(path), name, label, kind, note, "fixtures"))
    unlabelled = sorted(set(os.listdir(folder)) - seen - {"labels.tsv"})
    if unlabelled:
        raise Failure(EX_DATAERR, "%s: files without a label: %s" % (labels, ", ".join(unlabelled)))
    by_label = collections.defaultdict(list)
    for it in items:
        by_label[it.label].append(it)
    names = {it.name for it in items}
    for label, members in by_label.items():
        originals = [m for m in members if m.kind == "original"]
        singles = [m for m in members if m.kind == "singleton"]
        if singles and len(members) > 1:
            raise Failure(EX_DATAERR, "%s: story %s has a singleton and other articles" % (labels, label))
        if not singles and len(originals) != 1:
            raise Failure(EX_DATAERR, "%s: story %s needs exactly one original, has %d" % (labels, label, len(originals)))
        for m in members:
            if m.kind != "reprint":
                continue
            found = re.search(r"reprint of ([\w.-]*\w)", m.note)
            m.reprint_of = found.group(1) if found else originals[0].name
            if m.reprint_of not in names or next(i for i in items if i.name == m.reprint_of).label != label:
                raise Failure(EX_DATAERR, "%s: %s is a reprint of %s, which is not in story %s" % (labels, m.name, m.reprint_of, label))
    return items


REUTERS_DOC = re.compile(r'<REUTERS[^>]*\bNEWID="(\d+)"[^>]*>(.*?)</REUTERS>', re.S)


def reuters_field(doc, tag):
    m = re.search(r"<%s>(.*?)</%s>" % (tag, tag), doc, re.S)
    return html.unescape(m.group(1)) if m else ""


def reuters_date(raw):
    """26-FEB-1987 15:01:01.79 -> 1987-02-26T15:01:01Z (None when it does not parse)."""
    try:
        return datetime.datetime.strptime(raw.strip().split(".")[0], "%d-%b-%Y %H:%M:%S").strftime("%Y-%m-%dT%H:%M:%SZ")
    except ValueError:
        return None


def load_reuters(labels_path, corpus, out_dir):
    rows = read_tsv(labels_path, 2)
    wanted = {}
    for number, f in rows:
        if not f[0].isdigit():
            raise Failure(EX_DATAERR, "%s:%d: NEWID %r is not a number" % (labels_path, number, f[0]))
        if f[0] in wanted:
            raise Failure(EX_DATAERR, "%s:%d: NEWID %s is labelled twice" % (labels_path, number, f[0]))
        wanted[f[0]] = (f[1], f[2] if len(f) > 2 else "")
    found = {}
    sgm = sorted(n for n in os.listdir(corpus) if re.match(r"reut2-\d+\.sgm$", n))
    if not sgm:
        raise Failure(EX_NOINPUT, "%s: no reut2-*.sgm files" % corpus)
    for name in sgm:
        with open(os.path.join(corpus, name), encoding="latin-1") as fh:
            text = fh.read()
        for m in REUTERS_DOC.finditer(text):
            if m.group(1) in wanted:
                found[m.group(1)] = m.group(2)
    missing = sorted(set(wanted) - set(found), key=int)
    if missing:
        raise Failure(EX_NOINPUT, "%s: NEWIDs not in %s: %s" % (labels_path, corpus, ", ".join(missing)))
    items = []
    for newid, (label, note) in wanted.items():
        doc = found[newid]
        title = " ".join(reuters_field(doc, "TITLE").split())
        dateline = " ".join(reuters_field(doc, "DATELINE").split())
        body = reuters_field(doc, "BODY")
        body = re.sub(r"\s*Reuter\s*\x03?\s*$", "", body.replace("\x03", "")).strip()
        if not body:
            # Some stories are only a TEXT block without BODY.
            body = re.sub(r"<[^>]+>", "", reuters_field(doc, "TEXT")).strip()
        if dateline:
            body = dateline + " " + body
        published = reuters_date(reuters_field(doc, "DATE"))
        name = "reuters-%s.txt" % newid
        path = os.path.join(out_dir, name)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write("---\n")
            if title:
                fh.write("title: %s\n" % title)
            if published:
                fh.write("published: %s\n" % published)
            fh.write("source: Reuters\n---\n%s\n" % body)
        items.append(Item(path, name, "reuters:" + label, "reuters", note, "reuters"))
    return items


def pair_kind(a, b):
    """What a labelled positive pair is: reprint, followup, rewrite (or reuters)."""
    if a.kind == "reuters" or b.kind == "reuters":
        return "reuters"
    if (a.reprint_of == b.name or b.reprint_of == a.name
            or (a.reprint_of is not None and a.reprint_of == b.reprint_of)):
        return "reprint"
    if "followup" in (a.kind, b.kind):
        return "followup"
    return "rewrite"


# MARK: newsd

def find_newsd(given):
    candidates = [given] if given else [os.path.join(ROOT, ".build", "release", "newsd"),
                                        os.path.join(ROOT, ".build", "debug", "newsd")]
    for c in candidates:
        if os.path.isfile(c) and os.access(c, os.X_OK):
            return os.path.abspath(c)
    raise Failure(EX_UNAVAILABLE, "no newsd binary at %s; build one (swift build -c release --product newsd) or pass --newsd PATH"
                  % " or ".join(candidates))


def run_newsd(newsd, args, ok=(0,)):
    try:
        run = subprocess.run([newsd] + args, capture_output=True, text=True)
    except OSError as error:
        raise Failure(EX_UNAVAILABLE, "cannot run %s: %s" % (newsd, error))
    if run.returncode not in ok:
        raise Failure(EX_SOFTWARE, "newsd %s exited with %d: %s" % (args[0], run.returncode, run.stderr.strip()[-2000:]))
    return run


def ingest(newsd, state, paths, config, one_by_one, progress, label):
    """Ingests `paths` in this order; returns newsd's complaints about single files."""
    extra = ["--config", config] if config else []
    complaints = []
    batches = [[p] for p in paths] if one_by_one else [paths]
    for i, batch in enumerate(batches):
        progress.show("%s: ingesting %d/%d" % (label, i * len(batch), len(paths)))
        # 2: some files failed, the rest stored; they are reported as such below.
        run = run_newsd(newsd, ["ingest", "--state-dir", state] + extra + batch, ok=(0, 2))
        complaints += [l for l in run.stderr.splitlines() if l.startswith("newsd: ")]
    return complaints


def feed_daemon(newsd, root, paths, config, progress, label):
    """Starts `newsd run` on an inbox of its own and renames the files into it one at a time,
    each after the previous one was committed (its STATUS counters moved on)."""
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    sys.dont_write_bytecode = True
    from newsd_harness import Daemon, counters
    staging = os.path.join(root, "staging")
    os.makedirs(os.path.join(root, "inbox"))
    os.makedirs(staging)
    try:
        daemon = Daemon(newsd, root, config=config)
    except (OSError, TimeoutError) as error:
        raise Failure(EX_SOFTWARE, "newsd run did not start: %s (see %s)" % (error, os.path.join(root, "daemon.log")))
    try:
        for i, path in enumerate(paths):
            progress.show("%s: feeding the daemon %d/%d" % (label, i, len(paths)))
            name = os.path.basename(path)
            shutil.copyfile(path, os.path.join(staging, name))
            os.rename(os.path.join(staging, name), os.path.join(root, "inbox", name))
            try:
                daemon.wait(lambda m: (counters(m) is not None and sum(counters(m)[:3]) >= i + 1), 60)
            except TimeoutError:
                raise Failure(EX_SOFTWARE, "newsd run did not take %s within 60 s (see %s)" % (name, os.path.join(root, "daemon.log")))
    finally:
        daemon.stop()
    return []


def read_cli(newsd, state, config):
    """file -> (seq, story) from `newsd list --json`, which resolves merged stories."""
    extra = ["--config", config] if config else []
    run = run_newsd(newsd, ["list", "--json", "--limit", "100000", "--state-dir", state] + extra)
    out = {}
    for number, line in enumerate(run.stdout.splitlines(), 1):
        if not line.strip():
            continue
        try:
            o = json.loads(line)
        except ValueError:
            raise Failure(EX_SOFTWARE, "newsd list --json: line %d is not JSON: %r" % (number, line[:200]))
        if "file" not in o:
            raise Failure(EX_SOFTWARE, "newsd list --json prints no file name; use --read db")
        if o.get("item", 0) == 0 or o["file"] not in out:
            out[o["file"]] = (o.get("seq"), o.get("story"))
    return out


def read_db(state):
    """file -> (seq, story) from the store: stored articles with their analysis' story, followed
    through story_merges; journal duplicates (byte-identical files) placed with what they repeat."""
    path = os.path.join(state, "newsd.db")
    if not os.path.isfile(path):
        return None, "no store at %s" % path
    db = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
    try:
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not {"journal", "analysis"} <= tables:
            return None, "the store has no journal or analysis table"
        story = dict(db.execute("SELECT seq, story FROM analysis"))
        merges = dict(db.execute("SELECT story, into_story FROM story_merges")) if "story_merges" in tables else {}

        def effective(s):
            steps = 0
            while s in merges and steps < 100000:
                s, steps = merges[s], steps + 1
            return s

        out = {}
        rows = db.execute("SELECT seq, kind, file, item, duplicate_of FROM journal ORDER BY seq").fetchall()
        for seq, kind, file, item, duplicate_of in rows:
            if item and file in out:
                continue
            if kind == "article":
                out[file] = (seq, effective(story[seq]) if seq in story else None)
            elif kind == "duplicate" and duplicate_of is not None:
                out[file] = (seq, effective(story[duplicate_of]) if duplicate_of in story else None)
        return out, None
    except sqlite3.Error as error:
        return None, "cannot read %s: %s" % (path, error)
    finally:
        db.close()


def place(paths, cli, db):
    """path -> story (None: not stored), and readings that disagree."""
    def lookup(reading, path):
        if reading is None:
            return None
        if path in reading:
            return reading[path]
        base = [v for k, v in reading.items() if os.path.basename(k) == os.path.basename(path)]
        return base[0] if len(base) == 1 else None

    stories, disagreements = {}, []
    for p in paths:
        c, d = lookup(cli, p), lookup(db, p)
        if c is not None and d is not None and c[1] != d[1]:
            disagreements.append((os.path.basename(p), c[1], d[1]))
        chosen = c if c is not None and c[1] is not None else d
        stories[p] = chosen[1] if chosen is not None else None
    return stories, disagreements


# MARK: scoring

def partition(items, stories):
    """The predicted partition as a set of frozensets of names; files not stored are alone."""
    groups = collections.defaultdict(set)
    for it in items:
        s = stories[it.path]
        groups[("story", s) if s is not None else ("missing", it.name)].add(it.name)
    return frozenset(frozenset(g) for g in groups.values())


def score(items, stories):
    same_pred = {}
    for a, b in itertools.combinations(items, 2):
        sa, sb = stories[a.path], stories[b.path]
        same_pred[(a.name, b.name)] = sa is not None and sa == sb
    tp, fp, fn = set(), set(), set()
    for a, b in itertools.combinations(items, 2):
        key = (a.name, b.name)
        truth = a.label == b.label
        if truth and same_pred[key]:
            tp.add(key)
        elif truth:
            fn.add(key)
        elif same_pred[key]:
            fp.add(key)
    return tp, fp, fn


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


class Parser(argparse.ArgumentParser):
    def error(self, message):
        self.print_usage(sys.stderr)
        self.exit(EX_USAGE, "%s: error: %s\n" % (self.prog, message))


def main():
    ap = Parser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--newsd", help="the newsd binary (default: .build/release/newsd, then .build/debug/newsd)")
    ap.add_argument("--config", help="a newsd configuration file passed to every newsd call")
    ap.add_argument("--fixtures", default=FIXTURES, help="the hand-written set (default: %(default)s)")
    ap.add_argument("--reuters", action="store_true", help="also score the Reuters-21578 labels")
    ap.add_argument("--reuters-labels", default=REUTERS_LABELS, help="(default: %(default)s)")
    ap.add_argument("--reuters-corpus", default=REUTERS_CORPUS, help="(default: %(default)s)")
    ap.add_argument("--orders", type=int, default=5, help="random arrival orders (default: %(default)s)")
    ap.add_argument("--seed", type=int, default=1, help="seed of the orders (default: %(default)s)")
    feed = ap.add_mutually_exclusive_group()
    feed.add_argument("--one-by-one", action="store_true",
                      help="one `newsd ingest` per file (slow; each call restores the linker from the store)")
    feed.add_argument("--daemon", action="store_true",
                      help="one running `newsd run`, fed the files one at a time through its inbox")
    ap.add_argument("--read", choices=("both", "cli", "db"), default="both",
                    help="where stories are read back: newsd list --json, the SQLite store, or both (default)")
    ap.add_argument("--verbose", "-v", action="store_true", help="list false pairs, moved files and split stories")
    ap.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    ap.add_argument("--keep", action="store_true", help="keep the temporary state directories")
    args = ap.parse_args()
    if args.orders < 1:
        ap.error("--orders must be 1 or more")
    progress = Progress(not args.json)
    work = tempfile.mkdtemp(prefix="newsd-stories-")
    try:
        return evaluate(args, progress, work)
    except Failure as failure:
        progress.done()
        print("eval_stories: %s" % failure, file=sys.stderr)
        return failure.code
    finally:
        progress.done()
        if args.keep:
            print("kept %s" % work, file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)


def evaluate(args, progress, work):
    newsd = find_newsd(args.newsd)
    items = load_fixtures(args.fixtures)
    if args.reuters:
        if not os.path.isdir(args.reuters_corpus):
            raise Failure(EX_NOINPUT, "--reuters: no corpus at %s" % args.reuters_corpus)
        folder = os.path.join(work, "reuters")
        os.makedirs(folder)
        items += load_reuters(args.reuters_labels, args.reuters_corpus, folder)
    names = collections.Counter(it.name for it in items)
    if max(names.values()) > 1:
        raise Failure(EX_DATAERR, "file names used twice: %s" % ", ".join(n for n, c in names.items() if c > 1))
    by_name = {it.name: it for it in items}
    datasets = sorted({it.dataset for it in items})

    positives = {}
    for a, b in itertools.combinations(items, 2):
        if a.label == b.label:
            positives[(a.name, b.name)] = pair_kind(a, b)
    kind_totals = collections.Counter(positives.values())

    rng = random.Random(args.seed)
    runs = []
    for n in range(args.orders):
        order = [it.path for it in items]
        rng.shuffle(order)
        state = os.path.join(work, "order-%d" % (n + 1))
        label = "order %d/%d" % (n + 1, args.orders)
        started = time.monotonic()
        if args.daemon:
            complaints = feed_daemon(newsd, state, order, args.config, progress, label)
            state = os.path.join(state, "var")
        else:
            complaints = ingest(newsd, state, order, args.config, args.one_by_one, progress, label)
        seconds = time.monotonic() - started
        progress.show("%s: reading back" % label)
        cli = read_cli(newsd, state, args.config) if args.read in ("both", "cli") else None
        db, why = read_db(state) if args.read in ("both", "db") else (None, None)
        if args.read == "db" and db is None:
            raise Failure(EX_SOFTWARE, why)
        stories, disagreements = place([it.path for it in items], cli, db)
        tp, fp, fn = score(items, stories)
        runs.append({"order": [os.path.basename(p) for p in order], "stories": stories, "tp": tp, "fp": fp, "fn": fn,
                     "partition": partition(items, stories), "complaints": complaints, "seconds": seconds,
                     "disagreements": disagreements, "db_note": why,
                     "missing": sorted(it.name for it in items if stories[it.path] is None)})
    progress.done()

    # Figures over all orders (micro-averaged: each order counts every pair once).
    TP = sum(len(r["tp"]) for r in runs)
    FP = sum(len(r["fp"]) for r in runs)
    FN = sum(len(r["fn"]) for r in runs)
    precision, recall, f1 = prf(TP, FP, FN)
    per_order = []
    for n, r in enumerate(runs):
        p, rc, f = prf(len(r["tp"]), len(r["fp"]), len(r["fn"]))
        per_order.append({"order": n + 1, "precision": round(p, 4), "recall": round(rc, 4), "f1": round(f, 4),
                          "tp": len(r["tp"]), "fp": len(r["fp"]), "fn": len(r["fn"]),
                          "stories": len(r["partition"]), "seconds": round(r["seconds"], 2)})
    found_by_kind = collections.Counter(positives[k] for r in runs for k in r["tp"])
    recall_by_kind = {k: {"pairs": kind_totals[k], "recall": round(found_by_kind[k] / (kind_totals[k] * len(runs)), 4)}
                      for k in PAIR_KINDS if kind_totals[k]}
    per_set = {}
    for ds in datasets:
        inside = lambda key: by_name[key[0]].dataset == ds and by_name[key[1]].dataset == ds
        t = sum(1 for r in runs for k in r["tp"] if inside(k))
        fpos = sum(1 for r in runs for k in r["fp"] if inside(k))
        fneg = sum(1 for r in runs for k in r["fn"] if inside(k))
        p, rc, f = prf(t, fpos, fneg)
        members = [it for it in items if it.dataset == ds]
        per_set[ds] = {"articles": len(members), "stories": len({it.label for it in members}),
                       "precision": round(p, 4), "recall": round(rc, 4), "f1": round(f, 4)}

    # Order stability: the same partition every time, else the files whose story-mates changed.
    stable = all(r["partition"] == runs[0]["partition"] for r in runs)
    moved = []
    if not stable:
        def mates(r):
            return {name: group for group in r["partition"] for name in group}
        first = mates(runs[0])
        moved = sorted({name for r in runs[1:] for name, group in mates(r).items() if group != first[name]})

    def pair_rows(counted):
        rows = []
        for (a, b), count in counted.most_common():
            rows.append({"a": a, "b": b, "label_a": by_name[a].label, "label_b": by_name[b].label,
                         "kind": positives.get((a, b)), "orders": count})
        rows.sort(key=lambda x: (-x["orders"], x["label_a"], x["a"], x["b"]))
        return rows

    false_pos = pair_rows(collections.Counter(k for r in runs for k in r["fp"]))
    false_neg = pair_rows(collections.Counter(k for r in runs for k in r["fn"]))
    complaints = sorted({c for r in runs for c in r["complaints"]})
    missing = sorted({m for r in runs for m in r["missing"]})
    disagreements = sorted({d for r in runs for d in r["disagreements"]})

    # How each labelled story came out in the first order.
    splits = {}
    first = runs[0]
    for label in sorted({it.label for it in items}):
        members = [it for it in items if it.label == label]
        if len(members) < 2:
            continue
        groups = collections.defaultdict(list)
        for it in members:
            groups[first["stories"][it.path]].append(it.name)
        if len(groups) > 1:
            splits[label] = sorted(groups.values(), key=lambda g: (-len(g), g))

    feed_mode = "daemon" if args.daemon else "one-by-one" if args.one_by_one else "batch"
    result = {
        "newsd": newsd, "orders": args.orders, "seed": args.seed, "feed": feed_mode,
        "articles": len(items), "stories": len({it.label for it in items}),
        "positive_pairs": len(positives), "pairs_by_kind": dict(kind_totals),
        "precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
        "tp": TP, "fp": FP, "fn": FN, "recall_by_kind": recall_by_kind, "per_order": per_order, "sets": per_set,
        "stable": stable, "moved_files": moved, "false_positives": false_pos, "false_negatives": false_neg,
        "split_stories_first_order": splits, "not_stored": missing, "newsd_complaints": complaints,
        "cli_db_disagreements": [{"file": f, "cli": c, "db": d} for f, c, d in disagreements],
    }
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
        return 0

    print("newsd: %s" % newsd)
    print("set: %d articles, %d labelled stories, %d positive pairs (%s); %d orders (seed %d), %s"
          % (len(items), result["stories"], len(positives),
             ", ".join("%s %d" % (k, kind_totals[k]) for k in PAIR_KINDS if kind_totals[k]),
             args.orders, args.seed, {"daemon": "one newsd run fed one file at a time", "one-by-one": "one newsd ingest per file",
                                     "batch": "one newsd ingest per order"}[feed_mode]))
    print("pairwise same story, over all orders: precision %.3f  recall %.3f  F1 %.3f  (TP %d, FP %d, FN %d)"
          % (precision, recall, f1, TP, FP, FN))
    print("recall by kind: " + ", ".join("%s %.3f (%d pairs)" % (k, v["recall"], v["pairs"]) for k, v in recall_by_kind.items()))
    if len(per_set) > 1:
        for ds, v in per_set.items():
            print("  %-9s %3d articles: precision %.3f  recall %.3f  F1 %.3f" % (ds, v["articles"], v["precision"], v["recall"], v["f1"]))
    for o in per_order:
        print("  order %d: precision %.3f  recall %.3f  F1 %.3f  (TP %d, FP %d, FN %d; %d predicted stories; %.1f s)"
              % (o["order"], o["precision"], o["recall"], o["f1"], o["tp"], o["fp"], o["fn"], o["stories"], o["seconds"]))
    if stable:
        print("order stability: all %d orders gave the identical partition" % args.orders)
    else:
        print("order stability: partitions DIFFER across orders; %d files changed story-mates: %s"
              % (len(moved), ", ".join(moved)))
    if missing:
        print("not stored (each counted alone): %s" % ", ".join(missing))
    for c in complaints:
        print("  %s" % c)
    if disagreements:
        print("WARNING: newsd list and the store disagree on %d files' stories (first: %s cli %s, db %s)"
              % ((len(disagreements),) + disagreements[0]))
    if first["db_note"] and args.read == "both":
        print("note: store not read: %s" % first["db_note"])
    if args.verbose:
        print("false positives (pairs linked but labelled apart; orders out of %d):" % args.orders)
        for x in false_pos:
            print("  %d  %s [%s]  ~  %s [%s]" % (x["orders"], x["a"], x["label_a"], x["b"], x["label_b"]))
        print("false negatives (pairs of one story left apart; orders out of %d):" % args.orders)
        for x in false_neg:
            print("  %d  %-9s %s  ~  %s  [%s]" % (x["orders"], x["kind"], x["a"], x["b"], x["label_a"]))
        print("stories split in order 1:")
        for label, groups in splits.items():
            print("  %s: %s" % (label, " | ".join(" ".join(g) for g in groups)))
        if not stable:
            for n, r in enumerate(runs):
                print("order %d: %s" % (n + 1, " ".join(r["order"])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
