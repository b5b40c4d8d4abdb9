#!/usr/bin/env bash
# Generates newsd's man pages and shell completions from the built release binary, so that they
# always say what the argument parser and the configuration loader accept:
#   man          newsd(8) by swift-argument-parser's generate-manual tool (it reads
#                `newsd --experimental-dump-help`), with docs/man/newsd.8.in (FILES, ENVIRONMENT,
#                EXIT STATUS, SEE ALSO) added; newsd.yaml(5) by scripts/generate-config-manpage.py
#                from examples/newsd.yaml. Into SCRATCH/man.
#   completions  `newsd --generate-completion-script bash|zsh|fish`, into SCRATCH/completions.
# usage: scripts/generate-docs.sh man|completions [SCRATCH] [SWIFT]
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:?usage: generate-docs.sh man|completions [SCRATCH] [SWIFT]}
scratch=${2:-.build}
swift=${3:-swift}
bin=$scratch/release/newsd
[ -x "$bin" ] || { echo "generate-docs: no $bin; run \`make release\` first" >&2; exit 66; }
version=$("$bin" --version)
date=$(git log -1 --format=%cs 2>/dev/null || date -u +%F)

case $what in
man)
    out=$scratch/man
    mkdir -p "$out"
    # swift-argument-parser's generate-manual plugin builds its tool for the host, then (asked for
    # --help) stops before building the whole package in its own configuration; the tool is then
    # run on the release binary.
    "$swift" package --scratch-path "$scratch" generate-manual --help >"$scratch/generate-manual.log" 2>&1 ||
        { tail -20 "$scratch/generate-manual.log" >&2; exit 70; }
    tool=$(find "$scratch" -path '*/debug/generate-manual-tool' -type f -perm -u+x | head -1)
    [ -n "$tool" ] || { echo "generate-docs: the generate-manual plugin built no generate-manual-tool in $scratch" >&2; exit 70; }
    "$tool" "$bin" --section 8 --date "$date" --output-directory "$out"
    [ -f "$out/newsd.8" ] || { echo "generate-docs: generate-manual wrote no $out/newsd.8" >&2; exit 70; }
    # Our sections replace its closing EXIT STATUS: generate-manual knows only the parser.
    python3 - "$out/newsd.8" docs/man/newsd.8.in <<'PY'
import sys
page, extra = open(sys.argv[1]).read(), open(sys.argv[2]).read()
at = page.find('.Sh "EXIT STATUS"')
page = (page if at < 0 else page[:at]) + extra
open(sys.argv[1], "w").write(page)
PY
    scripts/generate-config-manpage.py --version "$version" --date "$date" > "$out/newsd.yaml.5"
    for page in "$out/newsd.8" "$out/newsd.yaml.5"; do
        warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$page" 2>&1 >/dev/null || true)
        [ -z "$warnings" ] || { echo "generate-docs: $page: $warnings" >&2; exit 65; }
    done
    echo "generate-docs: $out/newsd.8 $out/newsd.yaml.5"
    ;;
completions)
    out=$scratch/completions
    mkdir -p "$out"
    # A completion file is sourced, not run: no #! line (lintian: bash-completion-with-hashbang).
    "$bin" --generate-completion-script bash | sed '1{/^#!/d}' > "$out/newsd.bash"
    "$bin" --generate-completion-script zsh > "$out/_newsd"
    "$bin" --generate-completion-script fish > "$out/newsd.fish"
    echo "generate-docs: $out/newsd.bash $out/_newsd $out/newsd.fish"
    ;;
*)
    echo "generate-docs: unknown part $what; use man or completions" >&2
    exit 64
    ;;
esac
