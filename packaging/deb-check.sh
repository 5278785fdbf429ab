#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package (cpack -G DEB), installs it on this machine with apt (which pulls its
# dependencies), and checks that it runs: `keyscout --version`, `keyscout --help`, and a scan of a generated
# file without a display. Used by .ci/run on a fresh Debian 12 machine after ./test.sh, whose dev build it
# packages (optimised, stripped by cpack; the tests are not installed) so CI builds once; `--preset release`
# packages a release build instead. Needs root (or sudo).
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-dev}
[ "$preset" = "--preset" ] && preset=${2:?--preset needs dev or release}
bash packaging/setup-deps.sh
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
(cd "build/$preset" && cpack -G DEB >/dev/null)
deb=$(ls -t "build/$preset"/keyscout_*.deb | head -n 1)
echo "deb-check: built $deb ($(du -h "$deb" | cut -f1))"
dpkg-deb --info "$deb" | sed -n '/Depends/p'
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "./$deb" >/dev/null
version=$(/usr/bin/keyscout --version)
[ "$version" = "keyscout $(sed -n 's/^project(Keyscout VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)" ] ||
    { echo "deb-check: unexpected version: $version" >&2; exit 1; }
/usr/bin/keyscout --help | grep -q "keyscout scan" || { echo "deb-check: --help is wrong" >&2; exit 1; }
for f in /usr/share/applications/org.keyscout.Keyscout.desktop /usr/share/metainfo/org.keyscout.Keyscout.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/org.keyscout.Keyscout.svg /usr/share/man/man1/keyscout.1 \
         /usr/share/bash-completion/completions/keyscout /usr/share/zsh/vendor-completions/_keyscout; do
    [ -f "$f" ] || { echo "deb-check: $f not installed" >&2; exit 1; }
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
token="hf_$(head -c 200 /dev/urandom | tr -dc 'A-Za-z0-9' | head -c 34)"
printf 'HF_TOKEN=%s\n' "$token" > "$tmp/.env"
set +e
out=$(/usr/bin/keyscout scan --quiet --format json "$tmp")
status=$?
set -e
[ "$status" -eq 1 ] && echo "$out" | grep -q '"huggingface.user_token"' ||
    { echo "deb-check: the installed keyscout did not find the planted token (exit $status)" >&2; exit 1; }
echo "$out" | grep -q "$token" && { echo "deb-check: the report holds the raw token" >&2; exit 1; }
echo "deb-check: PASSED: $version installed from $deb and scanning"
