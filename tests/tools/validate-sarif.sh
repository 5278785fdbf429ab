#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Scans the demo workstation with `keyscout scan --format sarif` and validates the report against the SARIF
# 2.1.0 schema and the SARIF SDK's rules, including GitHub code scanning's ingestion rules (Gh, Ghas).
# Usage: validate-sarif.sh KEYSCOUT_BINARY TOOL. Exit 77 (skipped) when the validator is not installed.
set -euo pipefail
keyscout=$1
tool=$2
if [ ! -x "$tool" ]; then
    echo "SKIP: SARIF validator not installed (tests/tools/install-sarif-validator.sh)"
    exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"
status=0
"$keyscout" scan --demo --format sarif --output "$work/demo.sarif" -q || status=$?
if [ "$status" != 1 ]; then
    echo "FAIL: keyscout scan --demo exited $status, expected 1 (findings)"
    exit 1
fi
# A folder scan gives relative URIs under %SRCROOT%; scanning two roots gives absolute file:// URIs.
"$keyscout" scan "$XDG_DATA_HOME/keyscout/demo-workstation" "$work/data" --format sarif --output "$work/two.sarif" -q || true
failed=0
for report in "$work/demo.sarif" "$work/two.sarif"; do
    out=$("$tool" validate --rule-kind "Sarif;Gh;Ghas" --output "$work/result-$(basename "$report")" "$report" 2>&1 || true)
    echo "$out" | grep -E ": (error|warning) " || true
    if echo "$out" | grep -qE ": error "; then
        failed=1
    fi
    if ! echo "$out" | grep -q "Analysis completed successfully"; then
        echo "$out"
        failed=1
    fi
done
if [ "$failed" != 0 ]; then
    echo "FAIL: SARIF validation reported errors"
    exit 1
fi
echo "PASS: both SARIF reports are valid (schema, SARIF rules, GitHub ingestion rules)"
