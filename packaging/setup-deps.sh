#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what Keyscout needs to build, test and run. Idempotent: packages already present are skipped.
# Debian 12 / Ubuntu 22.04+ (apt). Other distributions: see README.md "Other distributions".
set -euo pipefail

BUILD_PKGS=(build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite qt6-svg-dev
    qt6-httpserver-dev libre2-dev libgit2-dev libvectorscan-dev libgl-dev libsqlite3-dev zlib1g-dev
    qt6-translations-l10n python3)
# (python3 generates the manual page and the shell completions from the built program's help.)
# Test and benchmark tools: ripgrep is the benchmark's reference; xvfb/xauth run the GUI for screenshots;
# python3-jsonschema checks the JSON report against its schema (tst_reports); groff, mandoc, man, zsh and bash
# (alone and with bash-completion) check the manual page and drive the completions (tst_cli_docs); python3-yaml
# and flatpak-builder read the Flatpak manifest (tst_flatpak_manifest).
TEST_PKGS=(ripgrep xvfb xauth python3 python3-jsonschema desktop-file-utils appstream fonts-noto-cjk
    groff-base mandoc man-db zsh bash-completion python3-yaml flatpak-builder strace)
# Fuzzing (tests/fuzz, the fuzz preset): clang 14 and its runtime libraries (libFuzzer, the sanitizers).
FUZZ_PKGS=(clang-14 libclang-rt-14-dev python3)

want=("${BUILD_PKGS[@]}")
if [ "${1:-}" = "--test" ] || [ "${1:-}" = "--all" ]; then
    want+=("${TEST_PKGS[@]}")
    # npm fetches the SARIF validator; Debian's nodejs/npm only when no npm is installed already.
    if ! command -v npm >/dev/null 2>&1; then
        want+=(nodejs npm)
    fi
fi
if [ "${1:-}" = "--fuzz" ] || [ "${1:-}" = "--all" ]; then
    want+=("${FUZZ_PKGS[@]}")
fi

missing=()
for p in "${want[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "setup-deps: all ${#want[@]} packages already installed"
    exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "setup-deps: apt-get not found; install these by hand (see README.md): ${missing[*]}" >&2
    exit 2
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "setup-deps: installing ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
