#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a test binary as an ordinary user. Root reads every file, so permission cases only mean something for
# an ordinary user; as root, this drops to 'nobody'. The build folder may sit under a home that 'nobody'
# cannot enter (CI clones anywhere), so the binary — self-contained apart from system libraries — is copied
# to a fresh world-readable folder first.
set -eu
binary=$1
shift
if [ "$(id -u)" != 0 ]; then
    exec "$binary" "$@"
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chmod 755 "$work"
cp "$binary" "$work/"
cd "$work"
HOME=/tmp setpriv --reuid=65534 --regid=65534 --clear-groups "$work/$(basename "$binary")" "$@"
