#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets up and runs the whole test suite: installs build and test dependencies, builds the dev preset
# (warnings are errors) and runs every test with CTest. Extra arguments go to ctest (-R tst_matcher).
set -euo pipefail
cd "$(dirname "$0")"
bash packaging/setup-deps.sh --test
cmake --preset dev >/dev/null
cmake --build --preset dev
bash tests/tools/install-sarif-validator.sh || echo "test.sh: SARIF validator not installed; tst_sarif_validation will be skipped" >&2
ctest --preset dev "$@"
