#!/usr/bin/env bash
# Installs exactly the Debian/Ubuntu packages ClinicDesk needs to build, run and test.
# Idempotent: when every package is already present it does nothing (no apt-get update either).
set -euo pipefail

PACKAGES=(
  ca-certificates git build-essential g++ cmake ninja-build ccache pkg-config
  qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-websockets-dev
  libqt6sql6-sqlite libqt6sql6-psql qt6-httpserver-dev qt6-charts-dev qt6-svg-dev
  qt6-tools-dev qt6-l10n-tools
  nlohmann-json3-dev libspdlog-dev libgtest-dev libgmock-dev libbenchmark-dev
  libsqlite3-dev sqlite3
  postgresql openssl xvfb xauth fonts-dejavu-core poppler-utils
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages already present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "install-deps: need root (or sudo) to install: ${missing[*]}" >&2; exit 1
  fi
fi

echo "install-deps: installing ${#missing[@]} packages: ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
