#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets everything up and starts Keyscout: installs the build dependencies (packaging/setup-deps.sh), builds
# the release preset, and opens the desktop window on the demo workstation. Arguments are passed to keyscout
# instead of --demo: ./run.sh ~/projects  or  ./run.sh scan ~ --format json
set -euo pipefail
cd "$(dirname "$0")"
bash packaging/setup-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release
app=build/release/app/keyscout
if [ $# -gt 0 ]; then
    exec "$app" "$@"
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "run.sh: no display found; scanning the demo workstation on the command line instead." >&2
    echo "run.sh: (with a display, this opens the window: $app --demo)" >&2
    "$app" scan --demo || true
    exit 0
fi
exec "$app" --demo
