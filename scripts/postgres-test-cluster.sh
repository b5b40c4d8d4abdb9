#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for newsd's tests: made in a temp folder as an unprivileged
# user (PostgreSQL refuses to run as root), listening only on a unix socket in that folder.
#
#   scripts/postgres-test-cluster.sh run -- COMMAND...   start, run COMMAND with
#       NEWSD_TEST_POSTGRES_URL and NEWSD_TEST_POSTGRES_BIN exported, stop (whatever COMMAND does)
#   scripts/postgres-test-cluster.sh start DIR            start one in DIR; prints `export NEWSD_TEST_POSTGRES_URL=...`
#   scripts/postgres-test-cluster.sh stop DIR             stop it (the folder stays; rm -rf it)
#   scripts/postgres-test-cluster.sh crash DIR            kill it as a crash would (pg_ctl stop -m immediate)
#   scripts/postgres-test-cluster.sh restart DIR          start it again after a stop or a crash
#
# The superuser is `newsd` with trust authentication on the socket (the folder is the server
# user's, mode 0700 but for the socket's folder). fsync is off: the tests survive the death of
# postgres (`pg_ctl stop -m immediate`), which keeps what reached the kernel, not a power cut.
set -euo pipefail

PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
RUN_AS=${NEWSD_TEST_POSTGRES_USER:-nobody}

die() { echo "postgres-test-cluster.sh: $*" >&2; exit 1; }

[ -x "$PGBIN/initdb" ] || die "no PostgreSQL 15 in $PGBIN; install it: apt-get install -y postgresql-15 (or set PGBIN)"

as_server() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u "$RUN_AS" -- "$@"
    else
        "$@"
    fi
}

# Starts the server of DIR; the server holds none of this script's output open (a caller reading
# the script's output to its end would wait for the server to exit).
launch() {
    local dir=$1
    as_server "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
        -o "-c listen_addresses='' -k $dir -c fsync=off -c full_page_writes=off -c max_connections=200" start \
        </dev/null >/dev/null 2>>"$dir/pg_ctl.log" \
        || { cat "$dir/server.log" >&2; die "the server did not start (log above, $dir/server.log)"; }
}

start() {
    local dir=$1
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then chown "$RUN_AS" "$dir"; fi
    chmod 0755 "$dir"  # root (the tests) must reach the socket in it
    as_server "$PGBIN/initdb" -D "$dir/data" -U newsd --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; die "initdb failed in $dir/data"; }
    launch "$dir"
    echo "export NEWSD_TEST_POSTGRES_URL='postgres://newsd@/postgres?host=$dir'"
    echo "export NEWSD_TEST_POSTGRES_BIN='$PGBIN'"
    echo "export NEWSD_TEST_POSTGRES_DATA='$dir/data'"
}

stop() {
    local dir=$1
    [ -d "$dir/data" ] || return 0
    as_server "$PGBIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
}

case "${1:-}" in
    start) [ $# -eq 2 ] || die "usage: $0 start DIR"; start "$2" ;;
    stop) [ $# -eq 2 ] || die "usage: $0 stop DIR"; stop "$2" ;;
    crash) [ $# -eq 2 ] || die "usage: $0 crash DIR"; as_server "$PGBIN/pg_ctl" -D "$2/data" -m immediate -w stop >/dev/null ;;
    restart) [ $# -eq 2 ] || die "usage: $0 restart DIR"; launch "$2" ;;
    run)
        shift
        [ "${1:-}" = "--" ] && shift
        [ $# -gt 0 ] || die "usage: $0 run -- COMMAND..."
        dir=$(mktemp -d /tmp/newsd-pg.XXXXXX)
        trap 'stop "$dir"; rm -rf "$dir"' EXIT
        eval "$(start "$dir")"
        echo "postgres-test-cluster.sh: PostgreSQL 15 on $NEWSD_TEST_POSTGRES_URL" >&2
        "$@"
        ;;
    *) die "usage: $0 run -- COMMAND... | start DIR | stop DIR | crash DIR | restart DIR" ;;
esac
