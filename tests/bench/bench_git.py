#!/usr/bin/env python3
"""Git history benchmark: Keyscout's history scanner against `git log -p --all | rg` on the same repository.

    bench_git.py --scanner PATH [--repo DIR] [--commits 5000] [--runs 5] [--threads N] [--keep]

Without --repo, a repository is generated with gen_git_repo.py (next to this file) into a temporary
directory: thousands of commits, with Hugging Face tokens planted in reverted commits, on side branches, in
the stash, in an amended-away commit, in a commit reset away (dangling), in a commit message and in a remote
URL (see gen_git_repo.py). After one warm-up run of each tool, the tools take turns --runs times each:

    reference: sh -c "git log -p --all | rg -c 'hf_[A-Za-z0-9]{34}'"      (in the repository)
    keyscout:  bench_git_scan REPO                                          (tests/bench/bench_git_scan.cpp)

For each: median, min and max wall time, CPU time and peak RSS (os.wait4 through the same launcher as
bench_scan.py; for the pipeline, the largest of git's and rg's). It then counts what each found: keyscout's
distinct Hugging Face secrets (SHA-256) against the manifest, and the distinct planted tokens in the output
of `git log -p --all | rg -o` (run once more, untimed), by category.

Targets (reported, never asserted: timings depend on the machine): keyscout at least 3x faster, finding
strictly more. The run fails (exit 1) only when a tool fails, or keyscout misses a planted token.
The last line, `BENCH_JSON {...}`, holds every figure. Python 3.11 standard library, git and rg.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True  # no __pycache__ next to the sources for the two imports below
import gen_git_repo  # noqa: E402
from bench_scan import BenchError, describe_failure, measure  # noqa: E402

RG_PATTERN = "hf_[A-Za-z0-9]{34}"
TARGET_SPEEDUP = 3.0


def summarize(runs: list) -> dict:
    walls = [r.wall for r in runs]
    return {"median_s": statistics.median(walls), "min_s": min(walls), "max_s": max(walls),
            "cpu_s": statistics.median(r.cpu for r in runs), "peak_rss_mb": max(r.rss for r in runs) / 1e6}


def reference_command(rg: str) -> list:
    return ["/bin/sh", "-c", f"git log -p --all | {rg} -c '{RG_PATTERN}'"]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scanner", required=True, help="the bench_git_scan executable")
    parser.add_argument("--repo", type=Path, help="an existing output folder of gen_git_repo.py")
    parser.add_argument("--commits", type=int, default=5000)
    parser.add_argument("--files", type=int, default=150)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--threads", type=int, default=0, help="GitScanOptions::threads (0: one per core)")
    parser.add_argument("--rg", default="rg")
    parser.add_argument("--timeout", type=float, default=1800)
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args(argv)

    rg = shutil.which(args.rg)
    scanner = Path(args.scanner).resolve()
    if rg is None or not scanner.exists() or shutil.which("git") is None:
        print("needs git, rg and the bench_git_scan executable", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="keyscout-bench-git-"))
    try:
        if args.repo:
            out = args.repo.resolve()
        else:
            out = work / "generated"
            print(f"generating {args.commits} commits ...", flush=True)
            gen_git_repo.generate(out, args.commits, args.files, args.seed)
        repo = out / "repo"
        manifest = json.loads((out / "manifest.json").read_text())
        planted = {t["sha256"]: t["category"] for t in manifest["tokens"]}

        ks_cmd = [str(scanner), "--threads", str(args.threads), str(repo)]
        ref_cmd = reference_command(rg)
        ks_runs, ref_runs = [], []
        ks_report = None
        cwd = os.getcwd()
        os.chdir(repo)  # the reference pipeline runs in the repository
        try:
            for i in range(args.runs + 1):
                order = (("ref", ref_cmd), ("ks", ks_cmd)) if i % 2 == 0 else (("ks", ks_cmd), ("ref", ref_cmd))
                for tool, cmd in order:
                    run = measure(tool, cmd, work, f"{tool}-{i}", args.timeout)
                    if run.timed_out or run.exit_code not in (0, 1) or (tool == "ks" and run.exit_code != 0):
                        raise BenchError(describe_failure(run))
                    if tool == "ks":
                        ks_report = json.loads(Path(run.stdout_path).read_text())
                    if i > 0:  # run 0 is the warm-up
                        (ks_runs if tool == "ks" else ref_runs).append(run)
            ref_lines = int(Path(ref_runs[-1].stdout_path).read_text().strip() or 0)
            listed = subprocess.run(["/bin/sh", "-c", f"git log -p --all | {rg} -o -N '{RG_PATTERN}'"],
                                    stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, check=False).stdout.decode()
        finally:
            os.chdir(cwd)

        ref_found = {hashlib.sha256(t.encode()).hexdigest() for t in set(listed.split())} & planted.keys()
        ks_found = set(ks_report["hf_secret_sha256"]) & planted.keys()
        categories = sorted(set(planted.values()))
        by_category = {c: {"planted": sum(1 for v in planted.values() if v == c),
                           "keyscout": sum(1 for s in ks_found if planted[s] == c),
                           "git_log_rg": sum(1 for s in ref_found if planted[s] == c)} for c in categories}
        ks, ref = summarize(ks_runs), summarize(ref_runs)
        speedup = ref["median_s"] / ks["median_s"] if ks["median_s"] > 0 else float("inf")
        missed = sorted(planted[s] for s in planted.keys() - ks_found)
        strictly_more = ks_found > ref_found

        print(f"\nrepository: {repo} ({ks_report['commits']} commits, {ks_report['objects']} objects, "
              f"{ks_report['blobs_scanned']} blobs, {ks_report['bytes_scanned'] / 1e6:.1f} MB of blobs)")
        print(f"{'tool':<26}{'median s':>10}{'min s':>9}{'max s':>9}{'cpu s':>9}{'peak RSS MB':>13}")
        for name, row in (("git log -p --all | rg", ref), ("keyscout git scan", ks)):
            print(f"{name:<26}{row['median_s']:>10.3f}{row['min_s']:>9.3f}{row['max_s']:>9.3f}"
                  f"{row['cpu_s']:>9.3f}{row['peak_rss_mb']:>13.1f}")
        print(f"\nspeed-up (git log | rg time / keyscout time): {speedup:.2f}x "
              f"(target >= {TARGET_SPEEDUP:.0f}x: {'met' if speedup >= TARGET_SPEEDUP else 'NOT met'})")
        print(f"rg matching lines: {ref_lines}; keyscout findings: {ks_report['findings']}, "
              f"distinct secrets: {ks_report['unique_secrets']}")
        print(f"{'planted HF tokens':<18}{'planted':>9}{'keyscout':>10}{'git log|rg':>12}")
        for c in categories:
            row = by_category[c]
            print(f"{c:<18}{row['planted']:>9}{row['keyscout']:>10}{row['git_log_rg']:>12}")
        print(f"{'total':<18}{len(planted):>9}{len(ks_found):>10}{len(ref_found):>12}")
        print(f"keyscout finds strictly more: {'yes' if strictly_more else 'NO'}")
        if missed:
            print(f"keyscout MISSED planted tokens: {missed}")
        result = {"commits": ks_report["commits"], "objects": ks_report["objects"],
                  "blobs_scanned": ks_report["blobs_scanned"], "bytes_scanned": ks_report["bytes_scanned"],
                  "keyscout": ks, "git_log_rg": ref, "speedup": speedup, "target_speedup": TARGET_SPEEDUP,
                  "target_met": speedup >= TARGET_SPEEDUP, "rg_lines": ref_lines,
                  "keyscout_findings": ks_report["findings"], "keyscout_secrets": ks_report["unique_secrets"],
                  "planted": len(planted), "found_keyscout": len(ks_found), "found_git_log_rg": len(ref_found),
                  "strictly_more": strictly_more, "by_category": by_category, "missed": missed,
                  "threads": args.threads}
        print("BENCH_JSON " + json.dumps(result, sort_keys=True))
        return 1 if missed else 0
    except BenchError as e:
        print(f"benchmark failed: {e}", file=sys.stderr)
        return 1
    finally:
        if args.keep:
            print(f"kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
