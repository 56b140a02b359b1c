#!/usr/bin/env bash
# The README's two Quick start commands:
#   bash packaging/quickstart.sh run    install what is missing, build, start ClinicDesk on demo data
#   bash packaging/quickstart.sh test   install what is missing, build, run the whole test suite
# Works on a fresh Debian 12 / Ubuntu machine (as root, or as a user with sudo).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
cd "$root"

bash "$here/install-deps.sh"

export CCACHE_DIR="${CCACHE_DIR:-$root/.ccache}"
# No screen (a server, CI, a container): Qt draws offscreen.
headless=0
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  headless=1
  export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
fi
if [ -z "${XDG_RUNTIME_DIR:-}" ] || [ ! -w "${XDG_RUNTIME_DIR:-/nonexistent}" ]; then
  XDG_RUNTIME_DIR="$(mktemp -d)"
  export XDG_RUNTIME_DIR
  chmod 700 "$XDG_RUNTIME_DIR"
fi

case "${1:-}" in
  run)
    cmake --preset dev
    cmake --build --preset dev --target clinicdesk-admin clinicdesk clinicdesk-server clinicdesk-sync
    # The embedded default: the per-user SQLite database, with an invented demo clinic the first time.
    ./build/dev/src/admin/clinicdesk-admin demo
    db="$(./build/dev/src/admin/clinicdesk-admin path)"
    echo "Database: $db"
    # A local sync server on SQLite beside it, so the status bar and the sync log show real sync.
    # If it cannot start (the port is taken), ClinicDesk works on its own all the same.
    server_db="$(dirname "$db")/demo-server.db"
    server_port="${CLINICDESK_DEMO_PORT:-8471}"
    server=./build/dev/src/server/clinicdesk-server
    if [ ! -s "$server_db.clinic" ]; then
      # Kept only when the server printed a clinic id, so a failed first attempt is retried next time.
      clinic="$("$server" --db "sqlite:$server_db" admin create-clinic "Demo clinic" 2>/dev/null | head -n1 || true)"
      case "$clinic" in ''|*[!0-9]*) ;; *) echo "$clinic" >"$server_db.clinic" ;; esac
    fi
    clinic="$(cat "$server_db.clinic" 2>/dev/null || true)"
    "$server" --db "sqlite:$server_db" --port "$server_port" >"$(dirname "$db")/demo-server.log" 2>&1 &
    server_pid=$!
    trap 'kill "$server_pid" 2>/dev/null || true' EXIT
    up=0
    for _ in $(seq 1 50); do
      # Ours, not something else on that port: the server says so in its log once it listens.
      if grep -q "listening on" "$(dirname "$db")/demo-server.log" 2>/dev/null && kill -0 "$server_pid" 2>/dev/null; then up=1; break; fi
      kill -0 "$server_pid" 2>/dev/null || break
      sleep 0.1
    done
    if [ "$up" = 1 ]; then
      echo "Local sync server: http://127.0.0.1:$server_port (SQLite $server_db)"
      if [ ! -f "$db.sync" ]; then
        code=""
        if [ -n "$clinic" ]; then
          code="$("$server" --db "sqlite:$server_db" admin create-enrollment "$clinic" 2>/dev/null | head -n1 || true)"
        fi
        if [ -z "$code" ] || ! ./build/dev/src/sync/clinicdesk-sync --db "$db" --server "http://127.0.0.1:$server_port" \
            --enroll "$code" --name "Demo desk"; then
          echo "The demo desk could not join the local server; it works on its own."
        fi
      fi
    else
      echo "The local sync server did not start (see $(dirname "$db")/demo-server.log); ClinicDesk works on its own."
    fi
    if [ "$headless" = 1 ]; then
      # Nowhere to show a window: sign in, open the main window offscreen, report, exit.
      echo "No display found: checking the app offscreen (run it on a desktop to use it)."
      ./build/dev/src/app/clinicdesk --smoke --user admin --password admin-demo-1
    else
      echo "Sign in as admin / admin-demo-1 (or reception / admin-demo-1)."
      ./build/dev/src/app/clinicdesk
    fi
    ;;
  test)
    cmake --workflow --preset dev
    ;;
  *)
    echo "usage: $0 run|test" >&2
    exit 2
    ;;
esac
