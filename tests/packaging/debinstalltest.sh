#!/usr/bin/env bash
# Builds the Debian packages of this build tree with CPack, unpacks them into a scratch root
# (dpkg -x, no root needed), checks what a clinic's computer gets, and starts the packaged
# clinicdesk-server from there against SQLite until it answers /health.
#   debinstalltest.sh BUILD_DIR
set -euo pipefail
# Note: no `grep -q` after a pipe: it exits at the first match, the writer before it gets SIGPIPE,
# and pipefail turns that into a failure whenever the writer had more to write (a race).
build=$(cd "$1" && pwd)
work=$(mktemp -d)
server_pid=""
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

# gzip: the debug binaries of a test build compress slowly with the default xz.
(cd "$build" && cpack --config CPackConfig.cmake -G DEB -B "$work/out" -D CPACK_DEBIAN_COMPRESSION_TYPE=gzip >"$work/cpack.log" 2>&1) \
    || { cat "$work/cpack.log"; exit 1; }
app_deb=$(ls "$work"/out/clinicdesk_*.deb)
server_deb=$(ls "$work"/out/clinicdesk-server_*.deb)
echo "built $(basename "$app_deb") and $(basename "$server_deb")"

fail() { echo "FAIL: $*" >&2; exit 1; }
root="$work/root"
for deb in "$app_deb" "$server_deb"; do dpkg -x "$deb" "$root"; done

# What the packages hold.
for f in usr/bin/clinicdesk usr/bin/clinicdesk-admin usr/bin/clinicdesk-sync usr/bin/clinicdesk-server \
         usr/share/applications/clinicdesk.desktop usr/share/icons/hicolor/scalable/apps/clinicdesk.svg \
         usr/share/metainfo/org.clinicdesk.ClinicDesk.metainfo.xml usr/share/doc/clinicdesk/user-guide.md \
         etc/clinicdesk/server.conf lib/systemd/system/clinicdesk-server.service usr/share/doc/clinicdesk-server/operations.md; do
    [ -e "$root/$f" ] || fail "missing /$f"
done
dpkg-deb --field "$app_deb" Package Depends | grep "libqt6widgets6" >/dev/null || fail "the app package does not depend on Qt Widgets"
dpkg-deb --field "$server_deb" Depends | grep "adduser" >/dev/null || fail "the server package does not depend on adduser"
dpkg-deb --field "$server_deb" Depends | grep "libpq5" >/dev/null || fail "the server package does not depend on libpq5 (COPY)"
dpkg-deb --ctrl-tarfile "$server_deb" | tar -t | grep "postinst" >/dev/null || fail "no postinst creating the system user"
dpkg-deb --ctrl-tarfile "$server_deb" | tar -xO ./conffiles | grep -x "/etc/clinicdesk/server.conf" >/dev/null || fail "server.conf is not a conffile"
unit="$root/lib/systemd/system/clinicdesk-server.service"
for hardening in NoNewPrivileges=yes ProtectSystem=strict ProtectHome=yes PrivateTmp=yes "User=clinicdesk"; do
    grep -q "^$hardening" "$unit" || fail "the unit lacks $hardening"
done
grep -q "^Exec=clinicdesk" "$root/usr/share/applications/clinicdesk.desktop" || fail "bad .desktop entry"
if command -v desktop-file-validate >/dev/null; then desktop-file-validate "$root/usr/share/applications/clinicdesk.desktop"; fi
if command -v appstreamcli >/dev/null; then appstreamcli validate --no-net "$root/usr/share/metainfo/org.clinicdesk.ClinicDesk.metainfo.xml" || true; fi

# The packaged server, from the scratch root, on SQLite.
"$root/usr/bin/clinicdesk-server" --version
"$root/usr/bin/clinicdesk" --version | grep "ClinicDesk" >/dev/null || fail "the packaged app does not start (--version)"
"$root/usr/bin/clinicdesk-admin" --version >/dev/null || fail "the packaged admin tool does not start"
"$root/usr/bin/clinicdesk-server" --db "sqlite:$work/server.db" --check-config
"$root/usr/bin/clinicdesk-server" --db "sqlite:$work/server.db" --listen 127.0.0.1 --port 0 >"$work/server.log" 2>&1 &
server_pid=$!
port=""
for _ in $(seq 100); do
    port=$(grep -o 'listening on [^ ]*:[0-9]*' "$work/server.log" | head -1 | sed 's/.*://') || true
    [ -n "$port" ] && break
    sleep 0.1
done
[ -n "$port" ] || { cat "$work/server.log"; fail "the packaged server did not start"; }
exec 3<>"/dev/tcp/127.0.0.1/$port"
printf 'GET /health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n' >&3
answer=$(cat <&3)
exec 3<&-
echo "$answer" | head -1 | grep "200" >/dev/null || { echo "$answer"; fail "/health did not answer 200"; }
echo "ok: the packaged server answered /health on port $port"
