#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Validates Keyscout reports against core/report/schema/keyscout-report-v1.schema.json (JSON Schema 2020-12).

Usage: validate-report-schema.py SCHEMA REPORT...
A REPORT ending in .jsonl is read as JSON Lines: every line must be a `$defs/jsonLinesRecord`. Any other
REPORT is a whole `--format json` report. Exit 0 when all are valid, 1 when one is not, 2 when python3-jsonschema
is missing (tst_reports fails then: the check must run, never be skipped).
"""
import json
import sys

try:
    import jsonschema
except ImportError:
    print("validate-report-schema: python3-jsonschema is missing (packaging/setup-deps.sh --test installs it)",
          file=sys.stderr)
    sys.exit(2)


def errors_of(validator, instance, label):
    out = []
    for error in sorted(validator.iter_errors(instance), key=lambda e: list(e.absolute_path)):
        where = "/".join(str(p) for p in error.absolute_path) or "(root)"
        out.append(f"{label}: {where}: {error.message}")
    return out


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    whole = jsonschema.Draft202012Validator(schema)
    # One JSON Lines record: the same $defs under a root of its own. No $id, so "#/$defs/…" resolves in this
    # document (Debian 12's jsonschema 4.10 would otherwise try to fetch the $id's URL).
    line_schema = {"$schema": schema["$schema"], "$defs": schema["$defs"], "$ref": "#/$defs/jsonLinesRecord"}
    lines = jsonschema.Draft202012Validator(line_schema)
    problems = []
    checked = 0
    for path in argv[2:]:
        with open(path, encoding="utf-8") as f:
            if path.endswith(".jsonl"):
                for number, text in enumerate(f, start=1):
                    problems += errors_of(lines, json.loads(text), f"{path}:{number}")
                    checked += 1
            else:
                problems += errors_of(whole, json.load(f), path)
                checked += 1
    for p in problems:
        print(p)
    if problems:
        print(f"FAIL: {len(problems)} schema error(s)")
        return 1
    print(f"PASS: {checked} report(s) or line(s) valid")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
