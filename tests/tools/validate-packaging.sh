#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Validates the desktop file and the AppStream metainfo with the freedesktop tools (desktop-file-utils,
# appstream; packaging/setup-deps.sh --test installs them). Exit 77 (skipped) when a tool is missing.
set -euo pipefail
source_dir=$1
for tool in desktop-file-validate appstreamcli; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "validate-packaging: $tool not installed; skipped" >&2
        exit 77
    fi
done
desktop="$source_dir/packaging/org.keyscout.Keyscout.desktop"
metainfo="$source_dir/packaging/org.keyscout.Keyscout.metainfo.xml"
# desktop-file-validate prints hints and still exits 0; anything it calls an error or a warning fails here.
out=$(desktop-file-validate "$desktop" 2>&1) || { echo "$out"; exit 1; }
if echo "$out" | grep -Eq "error|warning"; then
    echo "$out"
    exit 1
fi
echo "$out"
# No network here: the screenshot and URL checks that need one are left out. AppStream 1.0 (Debian 13) fails
# on a missing homepage URL; the project has no public home yet, so that one warning alone is tolerated (and
# said) until <url type="homepage"> can name it. Any other warning or error fails.
set +e
out=$(appstreamcli validate --no-net --explain "$metainfo" 2>&1)
status=$?
set -e
echo "$out"
if [ "$status" -ne 0 ]; then
    others=$(echo "$out" | grep -E '^[EW]: ' | grep -v 'url-homepage-missing' || true)
    if [ -n "$others" ] || ! echo "$out" | grep -q 'url-homepage-missing'; then
        exit 1
    fi
    echo "validate-packaging: tolerated: no homepage URL yet (set one in the metainfo when there is one)"
fi
echo "validate-packaging: $desktop and $metainfo are valid"
