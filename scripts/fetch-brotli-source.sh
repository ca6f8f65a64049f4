#!/usr/bin/env bash
# Puts the sources of Debian's brotli into build/third_party/brotli: the studio's module compiles
# its encoder (wasm-bindings/CMakeLists.txt) so that the studio's .br copies are byte for byte
# the CLI's, which come from the installed libbrotli (core/cli/compressed_copies.cpp). So the
# version fetched is the source version of the installed libbrotli-dev, never another.
# The machine's apt configuration is left as it is: apt reads a deb-src list of the project's own,
# with its package lists and cache under build/third_party/apt (no root needed, nothing in /etc,
# nothing in /var/lib/apt). apt checks what it fetches against the archive's signed index
# (Debian's archive keyring); dpkg-source checks the files against the .dsc and applies Debian's
# patches (none touches the encoder in 1.0.9-2).
# Fast when the sources are there.
set -euo pipefail
cd "$(dirname "$0")/.."

version=$(dpkg-query -W -f='${source:Version}' libbrotli-dev 2>/dev/null || true)
if [ -z "$version" ]; then
  echo "fetch-brotli-source: libbrotli-dev is not installed: run \`make setup\`" >&2
  exit 1
fi
third=build/third_party
dest=$third/brotli
if [ -f "$dest/.debian-version" ] && [ "$(cat "$dest/.debian-version")" = "$version" ]; then
  exit 0
fi
command -v dpkg-source >/dev/null || { echo "fetch-brotli-source: dpkg-source (dpkg-dev) is missing: run \`make setup\`" >&2; exit 1; }

echo "fetch-brotli-source: Debian's brotli $version (the installed libbrotli's source)"
apt_dir=$PWD/$third/apt
mkdir -p "$apt_dir/lists/partial" "$apt_dir/cache/archives/partial" "$apt_dir/download"
codename=$(. /etc/os-release && echo "$VERSION_CODENAME")
# The suites libbrotli can come from: the release and its security updates.
cat > "$apt_dir/sources.list" <<LIST
deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian $codename main
deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian $codename-updates main
deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian-security $codename-security main
LIST
apt_options=(-q -o "Dir::Etc::SourceList=$apt_dir/sources.list" -o Dir::Etc::SourceParts=/nonexistent
             -o "Dir::State::Lists=$apt_dir/lists" -o "Dir::Cache=$apt_dir/cache")
# As root, apt would hand the download to its _apt user, who may not enter this folder.
[ "$(id -u)" -eq 0 ] && apt_options+=(-o APT::Sandbox::User=root)
apt-get "${apt_options[@]}" update >/dev/null
rm -rf "$apt_dir/download"/*
(cd "$apt_dir/download" && apt-get "${apt_options[@]}" source --download-only "brotli=$version" >/dev/null)
dsc=$(ls "$apt_dir/download"/brotli_*.dsc)
got=$(sed -n 's/^Version: //p' "$dsc")
if [ "$got" != "$version" ]; then
  echo "fetch-brotli-source: got brotli $got from the archive, the installed libbrotli is $version" >&2
  exit 1
fi
rm -rf "$dest"
# The .dsc's own signature is the uploader's (a key of debian-keyring, not installed here); what
# vouches for the files is the signed index apt checked them against.
if ! dpkg-source --no-copy -x "$dsc" "$dest" >"$apt_dir/dpkg-source.log" 2>&1; then
  cat "$apt_dir/dpkg-source.log" >&2
  exit 1
fi
echo "$version" > "$dest/.debian-version"
echo "fetch-brotli-source: $dest"
