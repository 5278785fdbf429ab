#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs Microsoft's SARIF multitool (the SARIF SDK's validator, with GitHub code scanning's ingestion rules)
# from the npm registry into build/tools. Used by the tst_sarif_validation test. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/../.."
prefix=build/tools
version=5.7.0
tool="$prefix/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
if [ -x "$tool" ]; then
    exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
    echo "install-sarif-validator: npm is missing (packaging/setup-deps.sh --test installs it)" >&2
    exit 1
fi
mkdir -p "$prefix"
npm install --silent --no-audit --no-fund --prefix "$prefix" "@microsoft/sarif-multitool@$version" >/dev/null
chmod +x "$tool"
echo "install-sarif-validator: $tool"
