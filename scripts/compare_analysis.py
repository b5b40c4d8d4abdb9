#!/usr/bin/env python3
"""Runs `newsd analyze --json` with two builds over the same files and diffs the output.

Usage: scripts/compare_analysis.py BASE_NEWSD NEW_NEWSD [DIR ...]

DIR defaults to /work/shared/corpus/bbc (its 1,114 articles). Besides the directories, the script
writes a set of small files that probe the decoder's format choice (a name that says one format
and content that says another, byte-order marks, UTF-16, gzip, mail headers, markup that is
neither HTML nor a feed) to a temporary directory and runs both builds over those too.
Both run with SWIFT_DETERMINISTIC_HASHING=1 (see run()). Standard output, standard error and
the exit status must be byte-identical; the script prints
the first differing lines and exits 1 otherwise. Nothing is written outside the temporary
directory, and no store is opened.
"""
import difflib
import gzip
import os
import subprocess
import sys
import tempfile

ARTICLE = ("Japan and the Philippines agreed on Tuesday to hold joint coast guard drills in the South "
           "China Sea, officials in Tokyo and Manila said, after Chinese vessels fired water cannon.")

# name -> bytes: each pairs a file name with content that the decoder must weigh against it.
PROBES = {
    "plain.txt": f"Coast guards to drill together\n\n{ARTICLE}\n".encode(),
    "heading.txt": f"# Coast guards to drill together\n\n{ARTICLE}\n".encode(),
    "plain.md": f"Coast guards to drill together\n\n{ARTICLE}\n".encode(),
    "object.json": ('{"title": "Coast guards", "text": "%s"}' % ARTICLE).encode(),
    "object.txt": ('{"title": "Coast guards", "text": "%s"}' % ARTICLE).encode(),
    "array.txt": ('[ {"title": "Coast guards", "text": "%s"} ]' % ARTICLE).encode(),
    "link.txt": f"[Coast guards](http://example.com) to drill\n\n{ARTICLE}\n".encode(),
    "lines.jsonl": ('{"title": "One", "text": "%s"}\n{"title": "Two", "text": "%s"}\n' % (ARTICLE, ARTICLE)).encode(),
    "markup.json": b"<note>not json</note>",
    "markup.txt": b"<note><to>nobody</to></note>",
    "page.html": f"<!DOCTYPE html><html><head><title>Coast guards</title></head><body><article><h1>Coast guards"
                 f"</h1><p>{ARTICLE}</p><p>{ARTICLE}</p></article></body></html>".encode(),
    "page.txt": f"<html><body><p>{ARTICLE}</p><p>{ARTICLE}</p></body></html>".encode(),
    "page.eml": f"<div><p>{ARTICLE}</p><p>{ARTICLE}</p></div>".encode(),
    "noroot.html": f"Coast guards\n\n{ARTICLE}\n".encode(),
    "feed.xml": f"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>C</title><item><title>Coast guards"
                f"</title><description>{ARTICLE}</description></item></channel></rss>".encode(),
    "feed.html": f"<rss version=\"2.0\"><channel><item><title>Coast guards</title><description>{ARTICLE}"
                 f"</description></item></channel></rss>".encode(),
    "other.xml": b"<?xml version=\"1.0\"?><catalog><book>x</book></catalog>",
    "xhtml.xml": f"<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>{ARTICLE}</p>"
                 f"<p>{ARTICLE}</p></body></html>".encode(),
    "feed.rss": f"Coast guards\n\n{ARTICLE}\n".encode(),
    "atom.txt": f"<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>C</title><entry><title>Coast guards</title>"
                f"<summary>{ARTICLE}</summary></entry></feed>".encode(),
    "mail.txt": f"From: Desk <desk@example.com>\nSubject: Coast guards\nDate: Tue, 1 Dec 2026 08:00:00 +0000\n\n"
                f"{ARTICLE}\n".encode(),
    "mail.html": f"From: Desk <desk@example.com>\nSubject: Coast guards\n\n{ARTICLE}\n".encode(),
    "mail.json": f"From: Desk <desk@example.com>\nSubject: Coast guards\n\n{ARTICLE}\n".encode(),
    "notmail.eml": f"Coast guards\n\n{ARTICLE}\n".encode(),
    "bom.txt": b"\xef\xbb\xbf" + f"Coast guards\n\n{ARTICLE}\n".encode(),
    "bom.html": b"\xef\xbb\xbf" + f"<html><body><p>{ARTICLE}</p></body></html>".encode(),
    "utf16.json": ('{"title": "Coast guards", "text": "%s"}' % ARTICLE).encode("utf-16"),
    "utf16.txt": f"Coast guards\n\n{ARTICLE}\n".encode("utf-16"),
    "latin1.txt": f"Coast guards at S\xe3o Tom\xe9\n\n{ARTICLE}\n".encode("latin-1"),
    "binary.txt": b"\x7fELF\x02\x01\x01" + bytes(range(256)),
    "empty.txt": b"",
    "space.txt": b"   \n\n  ",
    "page.html.gz": gzip.compress(f"<html><body><p>{ARTICLE}</p><p>{ARTICLE}</p></body></html>".encode()),
    "text.gz": gzip.compress(f"Coast guards\n\n{ARTICLE}\n".encode()),
    "double.txt.gz": gzip.compress(gzip.compress(b"x")),
    "broken.gz": b"\x1f\x8b\x08\x00garbage",
}


def run(newsd, files):
    # Swift seeds its hashing per process, so the order of equal-weight evidence can differ from
    # run to run of the same build; fixed seeding makes two runs comparable.
    env = dict(os.environ, SWIFT_DETERMINISTIC_HASHING="1")
    p = subprocess.run([newsd, "analyze", "--json", *files], capture_output=True, cwd="/", env=env)
    return p.stdout, p.stderr, p.returncode


def compare(label, base, new, files, quiet=False):
    a, b = run(base, files), run(new, files)
    same = True
    for name, x, y in (("stdout", a[0], b[0]), ("stderr", a[1], b[1])):
        if x != y:
            same = False
            diff = difflib.unified_diff(x.decode(errors="replace").splitlines(),
                                        y.decode(errors="replace").splitlines(), "base", "new", lineterm="", n=0)
            print(f"{label}: {name} differs:", *[l[:300] for l in list(diff)[:20]], sep="\n  ")
    if a[2] != b[2]:
        same = False
        print(f"{label}: exit status {a[2]} (base) vs {b[2]} (new)")
    if same and not quiet:
        lines = a[0].count(b"\n")
        print(f"{label}: identical ({len(files)} files, {lines} articles, {len(a[0]):,} bytes of JSON, "
              f"{a[1].count(b'newsd:')} refused, exit {a[2]})")
    return same


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    base, new, dirs = sys.argv[1], sys.argv[2], sys.argv[3:] or ["/work/shared/corpus/bbc"]
    ok = True
    for d in dirs:
        files = sorted(os.path.join(r, f) for r, _, fs in os.walk(d) for f in fs
                       if f.upper() not in ("README.TXT", "LICENSE"))
        if not files:
            sys.exit(f"{d}: no files; name a directory of articles")
        ok &= compare(d, base, new, files)
    with tempfile.TemporaryDirectory(prefix="newsd-compare-") as tmp:
        paths = []
        for name, data in PROBES.items():
            path = os.path.join(tmp, name)
            with open(path, "wb") as f:
                f.write(data)
            paths.append(path)
        # One run per probe too, so one refused file cannot hide what the others print.
        ok &= compare("format probes", base, new, paths)
        singles = [compare(f"probe {os.path.basename(p)}", base, new, [p], quiet=True) for p in paths]
        print(f"format probes one by one: {sum(singles)} of {len(singles)} identical")
        ok &= all(singles)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
