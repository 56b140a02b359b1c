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
    cmake --build --preset dev --target clinicdesk-admin clinicdesk
    # The embedded default: the per-user SQLite database, with an invented demo clinic the first time.
    ./build/dev/src/admin/clinicdesk-admin demo
    echo "Database: $(./build/dev/src/admin/clinicdesk-admin path)"
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
