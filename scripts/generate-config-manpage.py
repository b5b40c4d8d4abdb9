#!/usr/bin/env python3
"""Writes newsd.yaml(5) from examples/newsd.yaml, the annotated file of every key and its default.

Each key's text is the comment block above it; a key shown commented out (`# topics_file: ...`)
has no default value to show. The list of keys is read from ConfigurationLoader.keys in
Sources/NewsRuntime/ConfigurationLoader.swift: a key that the example does not document is an
error, so the page cannot fall behind the loader.

usage: scripts/generate-config-manpage.py [--version V] [--date YYYY-MM-DD] > newsd.yaml.5
"""
import argparse
import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent


def loader_keys():
    source = (ROOT / "Sources/NewsRuntime/ConfigurationLoader.swift").read_text()
    match = re.search(r"static let keys = \[(.*?)\]", source, re.S)
    if not match:
        sys.exit("generate-config-manpage: no `static let keys = [...]` in ConfigurationLoader.swift")
    return re.findall(r'"([a-z_]+)"', match.group(1))


def roff(text):
    text = text.replace("\\", "\\e").replace("-", "\\-")
    text = re.sub(r"`([^`]+)`", r"\\fB\1\\fR", text)
    return "\\&" + text if text[:1] in (".", "'") else text


def parse(lines, keys):
    """(header paragraphs, [(key, value or None, doc lines, example lines)])."""
    header, i = [], 0
    while i < len(lines) and lines[i].startswith("#"):
        header.append(lines[i][1:].strip())
        i += 1
    entries, doc = [], []
    key_line = re.compile(r"^(# )?([a-z_]+):\s*(.*)$")
    while i < len(lines):
        line = lines[i]
        m = key_line.match(line)
        if m and m.group(2) in keys:
            commented, key, value = m.group(1), m.group(2), m.group(3)
            example = []
            while i + 1 < len(lines) and re.match(r"^#  ", lines[i + 1]):
                i += 1
                example.append(lines[i][2:])
            entries.append((key, None if commented else value, doc, example))
            doc = []
        elif line.startswith("#"):
            doc.append(line[1:].strip())
        elif not line.strip():
            pass
        else:
            sys.exit(f"generate-config-manpage: examples/newsd.yaml:{i + 1}: unknown key in {line!r}")
        i += 1
    return header, entries


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--version", default="")
    parser.add_argument("--date", default="")
    args = parser.parse_args()
    date = args.date or subprocess.run(
        ["git", "-C", str(ROOT), "log", "-1", "--format=%cs"], capture_output=True, text=True).stdout.strip()
    keys = loader_keys()
    header, entries = parse((ROOT / "examples/newsd.yaml").read_text().splitlines(), keys)
    missing = [k for k in keys if k not in {e[0] for e in entries}]
    if missing:
        sys.exit(f"generate-config-manpage: examples/newsd.yaml does not document {', '.join(missing)}")

    out = [
        f'.TH NEWSD.YAML 5 "{date}" "newsd {args.version}" "File Formats Manual"',
        ".SH NAME",
        "newsd.yaml \\- configuration of the newsd news inbox daemon",
        ".SH SYNOPSIS",
        ".B /etc/newsd/newsd.yaml",
        ".SH DESCRIPTION",
        "A YAML mapping of the keys below; every key is optional. The daemon under systemd reads",
        ".IR $CONFIGURATION_DIRECTORY/newsd.yaml ;",
        "a command run by hand reads the file named by",
        ".BR \\-\\-config ,",
        "else",
        ".I ./newsd.yaml",
        "when it exists, else",
        ".IR /etc/newsd/newsd.yaml ,",
        "and with that installed file keeps the store in",
        ".I /var/lib/newsd",
        "and the inbox in",
        ".IR /var/spool/newsd/inbox .",
        ".PP",
    ]
    out += [roff(h) if h else ".PP" for h in header]
    out.append(".SH KEYS")
    for key, value, doc, example in entries:
        out.append(".TP")
        out.append(f".B {key}" + (f" \\fR(default: \\fI{roff(value)}\\fR)" if value is not None else ""))
        paragraph = [roff(d) for d in doc if d]
        out += paragraph or ["(no description)"]
        if example:
            out += [".IP", "Example:", ".EX"] + [roff(e) for e in example] + [".EE"]
    out += [
        ".SH FILES",
        ".TP",
        ".I /etc/newsd/newsd.yaml",
        "this file (a conffile of the Debian package, every key commented out)",
        ".TP",
        ".I /etc/newsd/subscriptions.yaml",
        "alert subscriptions, named by",
        ".BR subscriptions_file ;",
        "check with",
        ".BR \"newsd rules check\" .",
        ".TP",
        ".I /usr/share/doc/newsd/examples/",
        "the annotated examples of this file, of subscriptions and of topics",
        ".SH SEE ALSO",
        ".BR newsd (8),",
        ".BR systemd.exec (5)",
    ]
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
