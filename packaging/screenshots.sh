#!/usr/bin/env bash
# Renders every main screen of ClinicDesk into docs/images/*.png for docs/user-guide.md: builds
# the app's screens and the screenshot program, makes a fresh invented demo clinic, and runs the
# screens on a virtual X display (Xvfb), as they draw on a desk. On demand; not part of the tests.
#   bash packaging/screenshots.sh [OUT_DIR]      (default docs/images)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
out="$(realpath -m "${1:-$root/docs/images}")"
cd "$root"

bash "$here/install-deps.sh"
if ! command -v xvfb-run >/dev/null; then
  if [ "$(id -u)" = 0 ]; then apt-get install -y --no-install-recommends xvfb xauth; else sudo apt-get install -y --no-install-recommends xvfb xauth; fi
fi
export CCACHE_DIR="${CCACHE_DIR:-$root/.ccache}"
cmake --preset dev >/dev/null
cmake --build --preset dev --target clinicdesk-admin clinicdesk-screenshots

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
./build/dev/src/admin/clinicdesk-admin demo --db "$work/demo.db" >/dev/null
unset QT_QPA_PLATFORM
xvfb-run -a -s "-screen 0 1600x1200x24" ./build/dev/tests/ui/clinicdesk-screenshots --db "$work/demo.db" --out "$out" 2>/dev/null
echo "Screens written to $out"
