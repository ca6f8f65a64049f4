#!/usr/bin/env bash
# Installs what the project needs on a fresh Debian 12 machine; fast when everything is there.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(build-essential cmake emscripten nlohmann-json3-dev catch2 chromium
          clang libclang-rt-14-dev clang-format python3 gzip
          zlib1g-dev libbrotli-dev pkg-config  # bundle's .gz and .br copies
          dpkg-dev  # dpkg-source: the studio's brotli encoder, from Debian's source (below)
          firefox-esr webkit2gtk-driver xvfb xfonts-base  # the widget in Firefox and WebKit (Safari's engine)
          fonts-liberation2 fonts-wqy-microhei  # fonts: Latin and Chinese text in the browsers
          libreoffice-calc-nogui python3-openpyxl  # what editors' spreadsheets do to our CSV
          libxlsxwriter-dev)  # export-xlsx
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Node may come from elsewhere than Debian (machines here ship Node 20 with npm 11); only a
# machine without it gets Debian's.
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# npm dev packages (browser tests and benchmarks), pinned by the committed lock file.
if [ ! -f tests/node_modules/.package-lock.json ] ||
   [ tests/package-lock.json -nt tests/node_modules/.package-lock.json ]; then
  echo "setup: npm ci in tests/"
  (cd tests && npm ci --no-audit --no-fund --loglevel=error)
fi
# The sources of the installed libbrotli's version, for the studio's module (in build/, with an
# apt list of the project's own: the machine's apt configuration is not changed).
scripts/fetch-brotli-source.sh

echo "setup: ok"
