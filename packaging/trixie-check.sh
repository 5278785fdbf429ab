#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds Keyscout and runs its whole test suite in a Debian 13 (trixie) tree: Qt 6.8 and KF6
# SyntaxHighlighting, which Debian 12 does not have (DESIGN.md "Syntax highlighting"). Run as root.
#   bash packaging/trixie-check.sh [extra ctest arguments, e.g. -R tst_codeview]
# Idempotent: the tree (build/trixie-root) is made once and reused; packages already installed are skipped;
# the source is copied afresh each run (with its timestamps, so the build inside stays incremental).
# Environment: TRIXIE_ROOT (default build/trixie-root), TRIXIE_MIRROR (default http://deb.debian.org/debian),
# JOBS (default: nproc). Exit status: 0 when every test passed and the KF6 highlighter was built, else 1.
# shellcheck disable=SC2016 # the dpkg-query formats (${Status}) are dpkg's, not the shell's
set -euo pipefail
cd "$(dirname "$0")/.."
SRC=$PWD
ROOT=${TRIXIE_ROOT:-$SRC/build/trixie-root}
MIRROR=${TRIXIE_MIRROR:-http://deb.debian.org/debian}
JOBS=${JOBS:-$(nproc)}
LOG_DIR=$SRC/build/trixie-logs
started=$(date +%s)
phase_start=$started

say() { echo "trixie-check: $*"; }
die() { echo "trixie-check: FAIL: $*" >&2; exit 1; }
phase_done() {
    local now
    now=$(date +%s)
    say "$1 took $((now - phase_start)) s"
    phase_start=$now
}

[ "$(id -u)" -eq 0 ] || die "run as root (debootstrap, chroot and mount need it)"
mkdir -p "$LOG_DIR"

# Build and test dependencies inside the tree, as packaging/setup-deps.sh has them for Debian 12. Trixie has
# both libvectorscan-dev and libhyperscan-dev: Vectorscan, as on Debian 12. qt6-svg-plugins draws the SVG icons.
PKGS=(cmake ninja-build g++ pkg-config libsqlite3-dev zlib1g-dev
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite
    qt6-svg-plugins libre2-dev libgit2-dev libvectorscan-dev libkf6syntaxhighlighting-dev libgl-dev
    util-linux ripgrep python3 git desktop-file-utils appstream
    qt6-translations-l10n fonts-noto-cjk strace python3-jsonschema groff-base mandoc man-db zsh bash-completion
    python3-yaml flatpak-builder)

# --- 1. The tree -------------------------------------------------------------------------------------------
# debootstrap writes /var/lib/trixie-check-complete only after it finished, so an interrupted run starts over.
MARKER=$ROOT/var/lib/trixie-check-complete
if [ ! -f "$MARKER" ]; then
    if ! command -v debootstrap >/dev/null 2>&1; then
        say "installing debootstrap on the host"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >/dev/null
    fi
    if [ -e "$ROOT" ]; then
        say "removing the incomplete tree $ROOT"
        # Never follow a leftover mount into the host.
        if mountpoint -q "$ROOT/proc"; then umount -l "$ROOT/proc"; fi
        rm -rf --one-file-system "$ROOT"
    fi
    say "debootstrap --variant=minbase trixie $ROOT $MIRROR"
    if ! debootstrap --variant=minbase trixie "$ROOT" "$MIRROR" >"$LOG_DIR/debootstrap.log" 2>&1; then
        tail -n 30 "$LOG_DIR/debootstrap.log" >&2
        die "debootstrap failed (log: $LOG_DIR/debootstrap.log)"
    fi
    touch "$MARKER"
    phase_done "debootstrap"
else
    say "reusing $ROOT"
fi

# --- 2. Mounts, removed on any exit ------------------------------------------------------------------------
cleanup() {
    if mountpoint -q "$ROOT/proc"; then
        umount "$ROOT/proc" || umount -l "$ROOT/proc" || true
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM
# Tests read /proc (process environments, /proc/self); Qt and setpriv need it too.
mountpoint -q "$ROOT/proc" || mount -t proc proc "$ROOT/proc"
cp -L /etc/resolv.conf "$ROOT/etc/resolv.conf" 2>/dev/null || true

in_root() { chroot "$ROOT" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "$@"; }

# --- 3. Packages --------------------------------------------------------------------------------------------
missing=()
for p in "${PKGS[@]}"; do
    if ! in_root dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
if [ ${#missing[@]} -gt 0 ]; then
    say "installing in the tree: ${missing[*]}"
    if ! { in_root apt-get update -qq &&
           in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
               "${missing[@]}"; } >"$LOG_DIR/apt.log" 2>&1; then
        tail -n 30 "$LOG_DIR/apt.log" >&2
        die "apt-get in the tree failed (log: $LOG_DIR/apt.log)"
    fi
    in_root apt-get clean
    phase_done "apt-get install"
else
    say "all ${#PKGS[@]} packages already installed in the tree"
fi
qt_version=$(in_root dpkg-query -W -f='${Version}' qt6-base-dev)
kf6_version=$(in_root dpkg-query -W -f='${Version}' libkf6syntaxhighlighting-dev)
gxx_version=$(in_root g++ -dumpfullversion)

# --- 4. Source: a snapshot of the work tree (tracked and untracked-but-not-ignored files) -------------------
# A copy rather than a bind mount: the build sees one consistent state even while someone edits the tree,
# and nothing inside can write to it. tar keeps modification times, so unchanged files are not rebuilt.
rm -rf "$ROOT/src"
mkdir -p "$ROOT/src"
git -C "$SRC" ls-files -z --cached --others --exclude-standard |
    (cd "$SRC" && tar --null --ignore-failed-read -T - -cf - 2>/dev/null) | tar -xf - -C "$ROOT/src"
phase_done "source copy"

# --- 5. Configure, build, test -----------------------------------------------------------------------------
if ! in_root cmake -S /src -B /build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKEYSCOUT_WERROR=ON \
        >"$LOG_DIR/configure.log" 2>&1; then
    cat "$LOG_DIR/configure.log" >&2
    die "configure failed"
fi
highlighter_line=$(grep -m1 "Keyscout: syntax highlighting:" "$LOG_DIR/configure.log" || true)
say "configure: ${highlighter_line:-no highlighter line}"
case "$highlighter_line" in
*KSyntaxHighlighting*) ;;
*) die "configure did not pick KSyntaxHighlighting (KF6) (log: $LOG_DIR/configure.log)" ;;
esac

if ! in_root cmake --build /build -j "$JOBS" >"$LOG_DIR/build.log" 2>&1; then
    grep -E "error|warning" "$LOG_DIR/build.log" | head -n 60 >&2 || true
    tail -n 20 "$LOG_DIR/build.log" >&2
    die "build failed (log: $LOG_DIR/build.log)"
fi
phase_done "configure and build"
# The configure line says what CMake found; check that it reached the binaries too: the application links
# KSyntaxHighlighting, and the context-view test has its KF6 cases compiled in (KEYSCOUT_HAVE_KF6).
in_root ldd /build/app/keyscout | grep -q "libKF6SyntaxHighlighting" ||
    die "/build/app/keyscout does not link libKF6SyntaxHighlighting"
kf6_cases=$(in_root env QT_QPA_PLATFORM=offscreen /build/tests/tst_codeview -functions | grep -c "^kf6" || true)
[ "$kf6_cases" -gt 0 ] || die "tst_codeview has no KF6 test cases (KEYSCOUT_HAVE_KF6 not set for it)"
say "keyscout links libKF6SyntaxHighlighting; tst_codeview has $kf6_cases KF6 test functions"

test_status=0
# tst_sarif_validation needs the SARIF SDK from npm, which is not installed here: it skips itself (exit 77).
# One test at a time, as CI runs them (ctest --preset dev).
in_root ctest --test-dir /build --output-on-failure "$@" 2>&1 | tee "$LOG_DIR/ctest.log" || test_status=$?
phase_done "tests"

summary=$(grep -E "^[0-9]+% tests passed" "$LOG_DIR/ctest.log" || echo "no test summary")
skipped=$(sed -n '/The following tests did not run:/,/^$/s/^[[:space:]]*[0-9]* - \(.*\)$/\1/p' "$LOG_DIR/ctest.log" |
    paste -sd, - | sed 's/,/, /g')
[ -z "$skipped" ] || summary="$summary (not run: $skipped)"
elapsed=$(($(date +%s) - started))
disk=$(du -sh --one-file-system "$ROOT" 2>/dev/null | cut -f1)
say "Debian 13 (trixie): Qt $qt_version, KF6 SyntaxHighlighting $kf6_version, g++ $gxx_version"
if [ "$test_status" -ne 0 ]; then
    say "FAILED: $summary; $elapsed s; tree $disk (logs: $LOG_DIR)"
    exit 1
fi
say "PASSED: $summary; highlighter: KSyntaxHighlighting (KF6); $elapsed s; tree $disk"
