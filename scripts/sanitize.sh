#!/usr/bin/env bash
# Runs the whole test suite under a sanitizer, the spawned daemons included (run by hand; not
# part of CI: each build takes minutes on 2 cores).
#   scripts/sanitize.sh address|thread
# Builds into .build-address/ or .build-thread/; sanitizer reports (of the test process and of
# every newsd it starts) are collected under that folder's reports/. Exits non-zero when a test
# fails or any report was written.
set -euo pipefail
cd "$(dirname "$0")/.."
kind="${1:-}"
case "$kind" in
    address) export ASAN_OPTIONS="log_path=$PWD/.build-address/reports/asan:detect_leaks=0" ;;
    thread) export TSAN_OPTIONS="log_path=$PWD/.build-thread/reports/tsan" ;;
    *) echo "usage: scripts/sanitize.sh address|thread" >&2; exit 64 ;;
esac
scratch=".build-$kind"
rm -rf "$scratch/reports"
mkdir -p "$scratch/reports"
swift build --build-tests --scratch-path "$scratch" -Xswiftc "-sanitize=$kind"
status=0
swift test --skip-build --scratch-path "$scratch" -Xswiftc "-sanitize=$kind" || status=$?
reports=$(find "$scratch/reports" -type f | wc -l)
if [ "$reports" -gt 0 ]; then
    echo "sanitize.sh: $reports $kind sanitizer report(s) in $scratch/reports:" >&2
    grep -h "SUMMARY" "$scratch"/reports/* | sort | uniq -c >&2 || true
    exit 1
fi
echo "sanitize.sh: no $kind sanitizer reports (tests exit status $status)"
exit "$status"
