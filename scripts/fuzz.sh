#!/usr/bin/env bash
# Fuzzes every decoder (text, Markdown, JSON, HTML, feeds, e-mail, gzip), the analysis, the
# query parser and the YAML loaders (configuration, subscriptions, topics) with libFuzzer.
#   scripts/fuzz.sh [SECONDS] [all|query|config]   (default 300 all; corpus and crashes under .build-fuzz/)
# `query` or `config` fuzzes that target alone, with its own corpus. Prints libFuzzer's summary;
# a crash or a slow input leaves crash-*/timeout-* files and exits non-zero.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-300}"
target="${2:-all}"
export NEWSD_FUZZ=1
swift build --scratch-path .build-fuzz -c debug --product NewsdFuzz \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
bin=".build-fuzz/debug/NewsdFuzz"
corpus=".build-fuzz/corpus"
[ "$target" = all ] || corpus=".build-fuzz/corpus-$target"
mkdir -p "$corpus" .build-fuzz/crashes
# Seeds: one small file per format, each behind its selector byte (none for a single target).
seed() {
    if [ "$target" = all ]; then printf "\\x$1" > "$corpus/seed-$2"; else : > "$corpus/seed-$2"; fi
    cat >> "$corpus/seed-$2"
}
printf '<html lang="en"><head><title>T</title><meta property="og:title" content="X"></head><body><article><p>Hello, world, a paragraph of text.</p></article></body></html>' | seed 00 html
printf '<?xml version="1.0"?><rss version="2.0"><channel><title>C</title><item><title>I</title><description>&lt;p&gt;D&lt;/p&gt;</description></item></channel></rss>' | seed 01 rss
printf 'From: "A" <a@b>\nSubject: =?UTF-8?Q?S=C3=A9?=\nDate: Tue, 24 Nov 2026 10:00:00 +0000\nContent-Type: multipart/alternative; boundary=B\n\n--B\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\nHi=\n there\n--B--\n' | seed 02 mail
printf '[{"title":"T","body":"B","published":"2026-11-24T10:00:00Z"}]' | seed 03 json
printf -- '---\ntitle: T\n---\n# Head\n\nBody [link](http://x) **b**\n' | seed 05 md
printf 'Headline\n\nBody text.\n' | gzip -c | seed 06 gz
printf 'country:JP AND (topic:defense>=0.5 OR "coast guard" NEAR/5 senkaku*) -title:sport' | seed 0a query
printf 'inbox: in\nmin_file_age: 250ms\nmax_file_size: 1MiB\nmax_feed_items: 10\nignore_suffixes: [".x"]\nsubscriptions:\n  - id: a\n    query: '"'"'(a OR "b c") NOT d'"'"'\n    window: 2h\ntopics:\n  - id: t\n    parent: politics\n    terms: {vote: 2, "general election": 3}\n    required: [ballot]\n' | seed 0d config
printf 'HANOI (Kyodo) — Prime Minister Fumio Kishida met Pham Minh Chinh in the South China Sea. Kishida said.' | seed 0b analysis
export NEWSD_FUZZ_TARGET="$target"
"$bin" "$corpus" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix=.build-fuzz/crashes/ -print_final_stats=1 2>&1 | tail -25
