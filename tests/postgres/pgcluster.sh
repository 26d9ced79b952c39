#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the `postgres` tests: started as an unprivileged user in a
# temporary directory, listening on loopback only, removed afterwards.
#   pgcluster.sh start STATE_DIR PORT DB...   creates the cluster and the databases named
#   pgcluster.sh stop STATE_DIR         stops it and deletes everything
set -euo pipefail

action="$1"
state="$2"
bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
[ -x "$bindir/initdb" ] || { echo "pgcluster: PostgreSQL server binaries not found (install postgresql)" >&2; exit 1; }

# PostgreSQL refuses to run as root; as root, run it as nobody.
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u nobody -- "$@"
    else
        "$@"
    fi
}

case "$action" in
start)
    port="$3"
    "$0" stop "$state" >/dev/null 2>&1 || true
    mkdir -p "$state"
    chmod 0777 "$state"
    as_owner mkdir -m 0700 "$state/data" "$state/socket"
    as_owner "$bindir/initdb" -D "$state/data" -U doorstep --auth=trust --encoding=UTF8 --no-sync >"$state/initdb.log" 2>&1 \
        || { cat "$state/initdb.log" >&2; exit 1; }
    as_owner "$bindir/pg_ctl" -D "$state/data" -l "$state/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $state/socket -c fsync=on -c max_connections=300" start \
        || { cat "$state/server.log" >&2; exit 1; }
    shift 3
    for db in "$@"; do
        as_owner "$bindir/createdb" -h 127.0.0.1 -p "$port" -U doorstep "$db"
    done
    echo "pgcluster: PostgreSQL on 127.0.0.1:$port, databases: $*"
    ;;
stop)
    if [ -d "$state/data" ]; then
        as_owner "$bindir/pg_ctl" -D "$state/data" -m immediate -w stop || true
    fi
    rm -rf "$state"
    ;;
*)
    echo "usage: $0 start STATE_DIR PORT DB... | stop STATE_DIR" >&2
    exit 64
    ;;
esac
