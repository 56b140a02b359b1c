#!/usr/bin/env bash
# Installs exactly the Debian/Ubuntu packages ClinicDesk needs to build, run and test.
# Idempotent: when every package is already present it does nothing (no apt-get update either).
set -euo pipefail

PACKAGES=(
  # toolchain
  ca-certificates build-essential g++ cmake ninja-build ccache pkg-config
  # Qt 6 (Core, Gui, Widgets, Sql, Network, Test) and its SQLite and PostgreSQL drivers
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql
  # Qt Charts for the reports (its CMake package needs Qt OpenGL's, which Debian does not pull in)
  qt6-charts-dev libqt6opengl6-dev
  # Qt Linguist tools (the CMake package and lrelease) for the built-in translations
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  # a font for the app's widgets (also offscreen, in the widget tests)
  fonts-dejavu-core
  # libraries
  nlohmann-json3-dev libspdlog-dev libgtest-dev libsqlite3-dev
  # tests: a throw-away PostgreSQL cluster, openssl for a test certificate, python3 for the
  # translation check (resources/translations/update.py, which runs lupdate)
  postgresql openssl python3
  # the server's COPY path to PostgreSQL (libpq, through pkg-config)
  libpq-dev
  # tests: the text of generated PDFs (pdftotext, pdfinfo)
  poppler-utils
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
