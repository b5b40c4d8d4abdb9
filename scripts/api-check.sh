#!/usr/bin/env bash
# Holds `newsd web` to its OpenAPI document (Sources/NewsWeb/Resources/openapi.yaml) with schemathesis:
# a store is filled from Tests/Fixtures/stories with `newsd ingest` (and alerts by `newsd replay`
# into an exec sink, nothing into the journal), the server runs on a free loopback port, and
# schemathesis sends a bounded number of generated requests to every operation but /events (a
# stream that never ends): no 5xx, every status, content type and body as documented, 405 for
# undeclared methods. Not positive_data_acceptance: a query (q=) or a time (since=) can match its
# schema (a string) and still not parse; such a request is answered 400 with where, as documented.
#
# usage: scripts/api-check.sh [MAX_EXAMPLES]   (default 50 an operation; NEWSD=path/to/newsd)
# Needs schemathesis (pip install schemathesis; .ci/run installs the version it was checked with).
set -euo pipefail
cd "$(dirname "$0")/.."
examples="${1:-50}"
newsd="${NEWSD:-.build/debug/newsd}"
[ -x "$newsd" ] || { echo "api-check: $newsd is not built; run swift build first (or set NEWSD)" >&2; exit 66; }
st="$(command -v st || echo "$(python3 -c 'import sysconfig; print(sysconfig.get_path("scripts"))')/st")"
[ -x "$st" ] || { echo "api-check: schemathesis is missing; pip install schemathesis" >&2; exit 69; }

work="$(mktemp -d /tmp/newsd-api-check-XXXXXX)"
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

cat > "$work/subscriptions.yaml" <<'YAML'
subscriptions:
  - id: japan
    query: 'country:JP'
    sinks: [quiet]
  - id: rail
    query: 'country:DE'
    sinks: [quiet]
YAML
cat > "$work/newsd.yaml" <<YAML
state_dir: $work/var
subscriptions_file: $work/subscriptions.yaml
sinks:
  - id: quiet
    type: exec
    command: [/bin/true]
YAML
"$newsd" ingest --config "$work/newsd.yaml" Tests/Fixtures/stories >/dev/null
"$newsd" replay --config "$work/newsd.yaml" --since 1d >/dev/null

port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
"$newsd" web --config "$work/newsd.yaml" --listen "127.0.0.1:$port" 2>"$work/web.log" &
server=$!
for _ in $(seq 100); do
    curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break
    kill -0 "$server" 2>/dev/null || { cat "$work/web.log" >&2; echo "api-check: newsd web exited" >&2; exit 70; }
    sleep 0.1
done

start=$(date +%s)
# From the work folder: schemathesis keeps a cache (.schemathesis/) in the folder it runs in.
cd "$work"
"$st" run "http://127.0.0.1:$port/openapi.json" \
    --url "http://127.0.0.1:$port" \
    --checks all \
    --exclude-checks positive_data_acceptance \
    --exclude-path /events \
    --max-examples "$examples" \
    --seed 16 \
    --request-timeout 10 \
    --generation-database none \
    --no-color
echo "api-check: schemathesis took $(( $(date +%s) - start )) s"
