#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The whole test suite built with AddressSanitizer and UndefinedBehaviorSanitizer (the asan preset, into
# build/asan): a use after free, an overflow or undefined behaviour anywhere the tests reach fails it. Leak
# detection stays off (CMakePresets.json: libgit2 1.5 and the system PCRE2 leak per repository opened). CI runs
# it after the fuzzers.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/setup-deps.sh --test
cmake --preset asan
cmake --build --preset asan
ctest --preset asan
