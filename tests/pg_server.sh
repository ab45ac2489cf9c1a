#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests, on loopback, on a free port, in a temp dir.
#   tests/pg_server.sh start [DIR]   -> prints the postgresql:// URL on stdout (last line)
#   tests/pg_server.sh stop DIR
# Runs initdb/pg_ctl from /usr/lib/postgresql/*/bin (Debian's `postgresql`); as root it
# runs them as the `postgres` user (or `nobody`), since PostgreSQL refuses to run as root.
set -euo pipefail
cmd="${1:?usage: pg_server.sh start [DIR] | stop DIR}"
bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
if [ -z "$bindir" ] && command -v pg_ctl >/dev/null; then bindir="$(dirname "$(command -v pg_ctl)")"; fi
[ -n "$bindir" ] || { echo "PostgreSQL server binaries not found: run .ci/install_system.sh" >&2; exit 3; }

as_owner() {
  if [ "$(id -u)" = "0" ]; then
    local user=postgres; id -u "$user" >/dev/null 2>&1 || user=nobody
    runuser -u "$user" -- "$@"
  else
    "$@"
  fi
}

case "$cmd" in
  start)
    dir="${2:-$(mktemp -d /tmp/asksafe-pg.XXXXXX)}"
    mkdir -p "$dir"
    if [ "$(id -u)" = "0" ]; then
      user=postgres; id -u "$user" >/dev/null 2>&1 || user=nobody
      chown "$user" "$dir"; chmod 700 "$dir"
    fi
    port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
    as_owner "$bindir/initdb" -D "$dir/data" -U asksafe --auth=trust -E UTF8 --no-instructions >"$dir/initdb.log" 2>&1
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=50" start >/dev/null
    echo "$port" >"$dir/port"
    echo "postgresql://asksafe@127.0.0.1:$port/postgres"
    ;;
  stop)
    dir="${2:?usage: pg_server.sh stop DIR}"
    [ -d "$dir/data" ] && as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  *) echo "usage: pg_server.sh start [DIR] | stop DIR" >&2; exit 2 ;;
esac
