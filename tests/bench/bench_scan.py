#!/usr/bin/env python3
"""Filesystem-scan benchmark: Keyscout against ripgrep on the same synthetic home directory.

    bench_scan.py --keyscout PATH [--tree DIR] [--files N] [--megabytes M] [--runs 3] [--keep] [--scaling]

Without --tree, a tree is generated with gen_home.py (next to this file) into a temporary directory.
After one warm-up run of each tool (page cache), the tools are run alternately --runs times each:

    reference: rg -a --hidden --no-ignore -c 'hf_[A-Za-z0-9]{34}' TREE
    keyscout:  KEYSCOUT scan TREE --format json --output OUT.json --no-default-excludes

For each tool: median wall time, CPU time, peak RSS of that child (os.wait4 rusage, not cumulative),
MB/s and files/s over the tree's totals (the children are started through a tiny launcher so that
the RSS is the child's own; about 8 MB is the floor of that figure). Reported against the targets (keyscout/rg time <= 1.5,
keyscout peak RSS < 200 MB) but never asserted: timings depend on the machine. Correctness is asserted:
every planted Hugging Face user token (SHA-256 list in the tree's .bench-manifest.json) must be in
keyscout's JSON report under rule_id "huggingface.user_token".

--scaling also runs keyscout on trees of 1/4, 1/2 and 1x the requested size (10k/20k/40k files by default)
and prints the peak RSS of each, to show that memory stays flat as the tree grows.

The last line of output is `BENCH_JSON {...}` with every figure, for CI logs.
Exit status: 0 when the runs completed (whatever the timings), 1 when a run failed (rg exit 2, keyscout
exit >= 2, crash, timeout, unreadable report) or keyscout found fewer planted HF tokens than planted.
MB = 10^6 bytes. Linux/macOS (needs os.wait4). Python 3.11 standard library only.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
GEN = HERE / "gen_home.py"
MANIFEST_NAME = ".bench-manifest.json"
HF_RULE = "huggingface.user_token"
RG_PATTERN = "hf_[A-Za-z0-9]{34}"
MB = 1_000_000
TARGET_RATIO = 1.5
TARGET_RSS_MB = 200.0


class BenchError(Exception):
    pass


# ----------------------------------------------------------------------------------------------------
# Running one child and measuring it
# ----------------------------------------------------------------------------------------------------

class Run:
    def __init__(self, tool, wall, cpu, rss_bytes, exit_code, timed_out, stdout_path, stderr_path):
        self.tool = tool
        self.wall = wall
        self.cpu = cpu
        self.rss = rss_bytes
        self.exit_code = exit_code
        self.timed_out = timed_out
        self.stdout_path = stdout_path
        self.stderr_path = stderr_path

    def stderr_tail(self, n=1500) -> str:
        try:
            data = Path(self.stderr_path).read_bytes()
        except OSError:
            return ""
        return data[-n:].decode("utf-8", "replace").strip()


# The measured child is started by a tiny launcher (python -I -S), not by this process: on Linux a child's
# ru_maxrss includes the RSS high-water mark of the process it was forked/vforked from (recorded at exec), so
# spawning directly from the harness would report max(harness RSS, child RSS). The launcher's own footprint
# (~8 MB) is the floor of the reported figure. The launcher also takes the wall time around spawn..wait4, so
# interpreter start-up is not counted.
LAUNCHER = r"""
import os, sys, time
res, cmd = sys.argv[1], sys.argv[2:]
t0 = time.perf_counter()
try:
    pid = os.posix_spawn(cmd[0], cmd, os.environ)
except OSError as e:
    open(res, "w").write("spawn-error %s" % e)
    sys.exit(127)
_, st, ru = os.wait4(pid, 0)
wall = time.perf_counter() - t0
open(res, "w").write("%d %d %r %r %r" % (os.waitstatus_to_exitcode(st), ru.ru_maxrss, ru.ru_utime, ru.ru_stime, wall))
"""


def measure(tool: str, cmd: list, workdir: Path, tag: str, timeout: float) -> Run:
    """Run cmd (stdout/stderr to files) under the launcher; return its wall time and its own rusage."""
    out_path = workdir / f"{tag}.stdout"
    err_path = workdir / f"{tag}.stderr"
    res_path = workdir / f"{tag}.rusage"
    if res_path.exists():
        res_path.unlink()
    timed_out = threading.Event()
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        try:
            proc = subprocess.Popen([sys.executable, "-I", "-S", "-c", LAUNCHER, str(res_path), *cmd],
                                    stdin=subprocess.DEVNULL, stdout=out, stderr=err, start_new_session=True)
        except OSError as e:
            raise BenchError(f"cannot start the launcher for {cmd[0]}: {e}") from e

        def kill():
            timed_out.set()
            try:
                os.killpg(proc.pid, signal.SIGKILL)   # launcher and the measured child
            except ProcessLookupError:
                pass

        timer = threading.Timer(timeout, kill)
        timer.daemon = True
        timer.start()
        try:
            proc.wait()
        except BaseException:
            kill()
            proc.wait()
            raise
        finally:
            timer.cancel()
    try:
        fields = res_path.read_text().split(" ", 4)
    except OSError:
        fields = []
    if timed_out.is_set() or len(fields) != 5 or fields[0] == "spawn-error":
        if fields and fields[0] == "spawn-error":
            raise BenchError(f"cannot start {cmd[0]}: {' '.join(fields[1:])}")
        return Run(tool, float("nan"), 0.0, 0, proc.returncode, timed_out.is_set(), out_path, err_path)
    code, maxrss, utime, stime, wall = int(fields[0]), int(fields[1]), float(fields[2]), float(fields[3]), float(fields[4])
    rss = maxrss if sys.platform == "darwin" else maxrss * 1024
    return Run(tool, wall, utime + stime, rss, code, False, out_path, err_path)


def describe_failure(run: Run) -> str:
    if run.timed_out:
        why = "timed out (killed)"
    elif run.exit_code < 0:
        why = f"killed by signal {-run.exit_code}"
    else:
        why = f"exit code {run.exit_code}"
    tail = run.stderr_tail()
    return f"{run.tool} failed: {why}" + (f"\n--- stderr (tail) ---\n{tail}" if tail else "")


# ----------------------------------------------------------------------------------------------------
# Tools
# ----------------------------------------------------------------------------------------------------

def run_rg(rg: str, tree: Path, workdir: Path, tag: str, timeout: float) -> tuple[Run, int]:
    run = measure("ripgrep", [rg, "-a", "--hidden", "--no-ignore", "-c", RG_PATTERN, str(tree)], workdir, tag, timeout)
    if run.timed_out or run.exit_code not in (0, 1):  # 1 = no match, fine
        raise BenchError(describe_failure(run))
    lines = 0
    with open(run.stdout_path, "rb") as fh:
        for line in fh:
            _, _, count = line.rstrip(b"\n").rpartition(b":")
            if count.isdigit():
                lines += int(count)
    return run, lines


def run_keyscout(ks: str, extra: list, tree: Path, workdir: Path, tag: str, timeout: float) -> tuple[Run, dict]:
    out_json = workdir / "keyscout-out.json"
    if out_json.exists():
        out_json.unlink()
    cmd = [ks, "scan", str(tree), "--format", "json", "--output", str(out_json), "--no-default-excludes", *extra]
    run = measure("keyscout", cmd, workdir, tag, timeout)
    if run.timed_out or run.exit_code not in (0, 1):  # 1 = findings, 0 = none, 2 = error
        raise BenchError(describe_failure(run))
    try:
        report = json.loads(out_json.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise BenchError(f"keyscout exited {run.exit_code} but its report {out_json} is unreadable: {e}") from e
    if not isinstance(report, dict) or not isinstance(report.get("secrets"), list):
        raise BenchError(f"keyscout report {out_json} has no 'secrets' array")
    if report.get("schema_version") != 1:
        print(f"warning: keyscout report schema_version is {report.get('schema_version')!r}, expected 1", file=sys.stderr)
    return run, report


def report_hashes(report: dict, rule_id: str | None = None) -> set:
    out = set()
    for s in report.get("secrets", []):
        if not isinstance(s, dict):
            continue
        if rule_id is not None and s.get("rule_id") != rule_id:
            continue
        h = s.get("secret_sha256")
        if isinstance(h, str):
            out.add(h.lower())
    return out


# ----------------------------------------------------------------------------------------------------
# Tree helpers
# ----------------------------------------------------------------------------------------------------

def tree_totals(tree: Path) -> tuple[int, int]:
    """Regular files and their bytes, as rg --hidden --no-ignore sees them (symlinks not followed)."""
    files = size = 0
    for root, dirs, names in os.walk(tree):
        for n in names:
            try:
                st = os.lstat(os.path.join(root, n))
            except OSError:
                continue
            if (st.st_mode & 0o170000) == 0o100000:
                files += 1
                size += st.st_size
    return files, size


def generate(out: Path, files: int, megabytes: float, seed: int, tokens: int) -> float:
    cmd = [sys.executable, str(GEN), str(out), "--files", str(files), "--megabytes", str(megabytes),
           "--seed", str(seed), "--tokens", str(tokens)]
    t0 = time.perf_counter()
    p = subprocess.run(cmd, capture_output=True, text=True)
    dt = time.perf_counter() - t0
    if p.returncode != 0:
        raise BenchError(f"gen_home.py failed ({p.returncode}):\n{p.stderr.strip()}")
    print(p.stdout.strip())
    return dt


def load_manifest(tree: Path) -> dict | None:
    try:
        return json.loads((tree / MANIFEST_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


# ----------------------------------------------------------------------------------------------------
# Reporting
# ----------------------------------------------------------------------------------------------------

def summarize(runs: list, files: int, size: int) -> dict:
    walls = [r.wall for r in runs]
    med = statistics.median(walls)
    return {
        "runs": len(runs),
        "wall_s": [round(w, 4) for w in walls],
        "median_s": round(med, 4),
        "min_s": round(min(walls), 4),
        "max_s": round(max(walls), 4),
        "cpu_median_s": round(statistics.median(r.cpu for r in runs), 4),
        "mb_per_s": round(size / MB / med, 1) if med > 0 else None,
        "files_per_s": round(files / med, 1) if med > 0 else None,
        "peak_rss_mb": round(max(r.rss for r in runs) / MB, 1),
        "exit_codes": sorted({r.exit_code for r in runs}),
    }


def print_table(rows: list):
    hdr = f"{'tool':<10} {'median s':>9} {'min s':>8} {'max s':>8} {'cpu s':>8} {'MB/s':>8} {'files/s':>9} {'peak RSS MB':>12} {'exit':>5}"
    print(hdr)
    print("-" * len(hdr))
    for name, s in rows:
        print(f"{name:<10} {s['median_s']:>9.3f} {s['min_s']:>8.3f} {s['max_s']:>8.3f} {s['cpu_median_s']:>8.2f} "
              f"{s['mb_per_s'] or 0:>8.1f} {s['files_per_s'] or 0:>9.0f} {s['peak_rss_mb']:>12.1f} "
              f"{','.join(map(str, s['exit_codes'])):>5}")


def check_tokens(manifest: dict | None, reports: list, rg_lines: int | None) -> dict:
    """Compare keyscout's HF findings (every timed run) with the planted set; print the result."""
    res = {"checked": manifest is not None, "rg_lines": rg_lines}
    if manifest is None:
        print("HF user tokens: no manifest in the tree, correctness not checked")
        hf_found = [len(report_hashes(r, HF_RULE)) for r in reports]
        res.update(found_distinct=max(hf_found) if hf_found else 0, ok=True)
        return res
    planted = {h.lower() for h in manifest.get("hf_token_sha256", [])}
    decoys = set(manifest.get("decoys", {}).get("huggingface", {}).get("values_sha256", []))
    decoys |= set(manifest.get("decoys", {}).get("aws", {}).get("values_sha256", []))
    per_run = [report_hashes(r, HF_RULE) for r in reports]
    found_counts = [len(f & planted) for f in per_run]
    worst = min(range(len(per_run)), key=lambda i: found_counts[i])
    found = per_run[worst]
    missing = planted - found
    unexpected = found - planted
    all_found = report_hashes(reports[worst])
    expected_rg = manifest.get("rg_hf_expected_lines")
    res.update(planted=len(planted), found=found_counts[worst], found_per_run=found_counts,
               missing=len(missing), unexpected_hf=len(unexpected - decoys),
               decoys_reported=len(all_found & decoys), rg_expected_lines=expected_rg,
               ok=not missing)
    status = "OK" if not missing else "MISSING TOKENS"
    print(f"HF user tokens: keyscout found {found_counts[worst]}/{len(planted)} planted (distinct, worst of "
          f"{len(per_run)} runs) [{status}]")
    if rg_lines is not None:
        extra = f", expected {expected_rg} = {manifest.get('hf_token_locations')} planted locations + " \
                f"{manifest.get('hf_decoy_lines')} placeholder decoys" if expected_rg is not None else ""
        note = "" if rg_lines >= len(planted) else "  [WARNING: fewer than planted - broken tree?]"
        print(f"  rg matching lines: {rg_lines}{extra}{note}")
    if missing:
        where: dict = {}
        for p in manifest.get("plants", []):
            if p.get("sha256") in missing:
                where.setdefault(p["sha256"], []).append(f"{p['path']} ({p.get('carrier')})")
        for h in sorted(missing)[:20]:
            print(f"  missed {h[:16]}... planted in {'; '.join(where.get(h, ['?']))}")
        if len(missing) > 20:
            print(f"  ... and {len(missing) - 20} more")
    if unexpected - decoys:
        print(f"  note: {len(unexpected - decoys)} HF findings are not planted tokens (false positives?)")
    others = {}
    for prov, info in sorted(manifest.get("other_tokens", {}).items()):
        want = {h.lower() for h in info.get("sha256", [])}
        others[prov] = {"planted": len(want), "found": len(all_found & want)}
    if others:
        print("  other planted tokens found (any rule, informational): " +
              ", ".join(f"{p} {v['found']}/{v['planted']}" for p, v in others.items()))
    print(f"  placeholder decoys reported (should be 0): {len(all_found & decoys)}")
    res["other_tokens"] = others
    return res


# ----------------------------------------------------------------------------------------------------
# Main benchmark
# ----------------------------------------------------------------------------------------------------

def bench_tree(args, tree: Path, workdir: Path, label: str) -> dict:
    files, size = tree_totals(tree)
    manifest = load_manifest(tree)
    print(f"\n== {label}: {tree}  ({files} files, {size / MB:.1f} MB)")
    ks_extra = args.keyscout_arg or []

    # warm-up (page cache) - also catches a broken binary before the timed runs
    print("warm-up: ripgrep, keyscout ...", flush=True)
    _, rg_lines = run_rg(args.rg, tree, workdir, f"{label}-rg-warmup", args.timeout)
    run_keyscout(args.keyscout, ks_extra, tree, workdir, f"{label}-ks-warmup", args.timeout)

    rg_runs, ks_runs, reports = [], [], []
    for i in range(args.runs):
        order = ("rg", "ks") if i % 2 == 0 else ("ks", "rg")  # alternate who goes first
        for which in order:
            if which == "rg":
                run, rg_lines = run_rg(args.rg, tree, workdir, f"{label}-rg-{i}", args.timeout)
                rg_runs.append(run)
            else:
                run, report = run_keyscout(args.keyscout, ks_extra, tree, workdir, f"{label}-ks-{i}", args.timeout)
                ks_runs.append(run)
                reports.append(report)
        print(f"run {i + 1}/{args.runs}: rg {rg_runs[-1].wall:.3f} s, keyscout {ks_runs[-1].wall:.3f} s "
              f"(exit {ks_runs[-1].exit_code}, {ks_runs[-1].rss / MB:.1f} MB)", flush=True)

    rg_s = summarize(rg_runs, files, size)
    ks_s = summarize(ks_runs, files, size)
    print()
    print_table([("ripgrep", rg_s), ("keyscout", ks_s)])
    ratio = ks_s["median_s"] / rg_s["median_s"] if rg_s["median_s"] > 0 else None
    print()
    if ratio is not None:
        print(f"time ratio keyscout/rg: {ratio:.2f}  (target <= {TARGET_RATIO}: "
              f"{'met' if ratio <= TARGET_RATIO else 'NOT met'})")
    print(f"keyscout peak RSS: {ks_s['peak_rss_mb']:.1f} MB  (target < {TARGET_RSS_MB:.0f} MB: "
          f"{'met' if ks_s['peak_rss_mb'] < TARGET_RSS_MB else 'NOT met'})")
    if 0 in ks_s["exit_codes"]:
        print("note: keyscout exited 0 (no findings) in at least one run")
    tokens = check_tokens(manifest, reports, rg_lines)
    skipped = reports[-1].get("skipped") if reports else None
    n_skipped = len(skipped) if isinstance(skipped, list) else None
    if n_skipped:
        print(f"  keyscout skipped {n_skipped} entries (with --no-default-excludes it should read what rg reads); first:")
        for s in skipped[:5]:
            print(f"    {json.dumps(s)[:200]}")
    return {
        "tree": {"path": str(tree), "files": files, "bytes": size, "mb": round(size / MB, 1)},
        "rg": rg_s, "keyscout": ks_s,
        "ratio_time": round(ratio, 3) if ratio is not None else None,
        "meets": {"ratio": ratio is not None and ratio <= TARGET_RATIO, "rss": ks_s["peak_rss_mb"] < TARGET_RSS_MB},
        "hf": tokens,
        "keyscout_summary": reports[-1].get("summary") if reports else None,
        "keyscout_skipped": n_skipped,
    }


def scaling(args, workdir: Path, main_tree: Path | None, main_generated: bool) -> list:
    print("\n== scaling: keyscout peak RSS on 1x / 2x / 4x trees")
    ks_extra = args.keyscout_arg or []
    out = []
    for factor, div in ((1, 4), (2, 2), (4, 1)):
        files = max(200, args.files // div)
        mbs = args.megabytes / div
        if div == 1 and main_generated and main_tree is not None:
            tree = main_tree
        else:
            tree = workdir / f"scale-{factor}x"
            if tree.exists():
                shutil.rmtree(tree)
            generate(tree, files, mbs, args.seed, args.tokens)
        nfiles, size = tree_totals(tree)
        run_keyscout(args.keyscout, ks_extra, tree, workdir, f"scale{factor}-warmup", args.timeout)
        runs, reports = [], []
        for i in range(args.runs):
            run, report = run_keyscout(args.keyscout, ks_extra, tree, workdir, f"scale{factor}-{i}", args.timeout)
            runs.append(run)
            reports.append(report)
        s = summarize(runs, nfiles, size)
        manifest = load_manifest(tree)
        planted = {h.lower() for h in manifest.get("hf_token_sha256", [])} if manifest else set()
        found = min(len(report_hashes(r, HF_RULE) & planted) for r in reports) if planted else None
        out.append({"factor": factor, "files": nfiles, "bytes": size, "median_s": s["median_s"],
                    "mb_per_s": s["mb_per_s"], "peak_rss_mb": s["peak_rss_mb"],
                    "hf_planted": len(planted), "hf_found": found})
        if tree != main_tree and not args.keep:
            shutil.rmtree(tree, ignore_errors=True)
    hdr = f"{'size':<6} {'files':>8} {'MB':>8} {'median s':>9} {'MB/s':>8} {'peak RSS MB':>12} {'HF found':>10}"
    print(hdr)
    print("-" * len(hdr))
    for r in out:
        hf = f"{r['hf_found']}/{r['hf_planted']}" if r["hf_found"] is not None else "-"
        print(f"{str(r['factor']) + 'x':<6} {r['files']:>8} {r['bytes'] / MB:>8.1f} {r['median_s']:>9.3f} "
              f"{r['mb_per_s'] or 0:>8.1f} {r['peak_rss_mb']:>12.1f} {hf:>10}")
    if out and out[0]["peak_rss_mb"] > 0:
        print(f"peak RSS 4x/1x: {out[-1]['peak_rss_mb'] / out[0]['peak_rss_mb']:.2f} (flat memory means close to 1)")
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 epilog="See tests/bench/README.md.")
    ap.add_argument("--keyscout", required=True, help="path to the keyscout binary")
    ap.add_argument("--tree", type=Path, help="existing tree to scan (default: generate one with gen_home.py)")
    ap.add_argument("--files", type=int, default=40000, help="files in the generated tree (default 40000)")
    ap.add_argument("--megabytes", type=float, default=300, help="size of the generated tree in MB (default 300)")
    ap.add_argument("--seed", type=int, default=1, help="gen_home.py seed (default 1)")
    ap.add_argument("--tokens", type=int, default=200, help="HF tokens to plant (default 200)")
    ap.add_argument("--runs", type=int, default=3, help="timed runs per tool after the warm-up (default 3)")
    ap.add_argument("--scaling", action="store_true",
                    help="also run keyscout on 1x/2x/4x trees (files/4, files/2, files) and print peak RSS")
    ap.add_argument("--keep", action="store_true", help="keep the generated trees and outputs")
    ap.add_argument("--rg", default=shutil.which("rg") or "/usr/bin/rg", help="ripgrep binary (default: rg on PATH)")
    ap.add_argument("--workdir", type=Path, help="where to put trees and outputs (default: a new temp dir)")
    ap.add_argument("--timeout", type=float, default=1800, help="seconds before a single run is killed (default 1800)")
    ap.add_argument("--keyscout-arg", action="append", metavar="ARG",
                    help="extra argument appended to the keyscout command line (repeatable)")
    args = ap.parse_args(argv)
    if args.runs < 1:
        ap.error("--runs must be >= 1")

    ks = shutil.which(args.keyscout) if os.sep not in args.keyscout else args.keyscout
    if not ks or not os.path.isfile(ks) or not os.access(ks, os.X_OK):
        print(f"error: keyscout binary {args.keyscout!r} not found or not executable", file=sys.stderr)
        return 1
    args.keyscout = os.path.abspath(ks)
    rg = shutil.which(args.rg)
    if not rg:
        print(f"error: ripgrep {args.rg!r} not found", file=sys.stderr)
        return 1
    args.rg = os.path.abspath(rg)
    if args.tree is not None and not args.tree.is_dir():
        print(f"error: --tree {args.tree} is not a directory", file=sys.stderr)
        return 1

    made_workdir = args.workdir is None
    workdir = Path(tempfile.mkdtemp(prefix="keyscout-bench-")) if made_workdir else args.workdir.resolve()
    workdir.mkdir(parents=True, exist_ok=True)
    result: dict = {"keyscout_path": args.keyscout, "rg_path": args.rg, "runs": args.runs, "ok": False,
                    "targets": {"ratio_max": TARGET_RATIO, "rss_max_mb": TARGET_RSS_MB}}
    ok = False
    tree = None
    try:
        print("Keyscout filesystem-scan benchmark (figures are reported, not asserted)")
        print(f"keyscout: {args.keyscout}\nripgrep:  {args.rg}\nworkdir:  {workdir}\ncpus:     {os.cpu_count()}")
        generated = args.tree is None
        if generated:
            tree = workdir / "home"
            if tree.exists():
                shutil.rmtree(tree)
            print(f"generating {args.files} files / {args.megabytes:g} MB (seed {args.seed}, {args.tokens} HF tokens) ...",
                  flush=True)
            gen_s = generate(tree, args.files, args.megabytes, args.seed, args.tokens)
            print(f"generated in {gen_s:.1f} s")
            result["generation_s"] = round(gen_s, 2)
        else:
            tree = args.tree.resolve()
        main_res = bench_tree(args, tree, workdir, "main")
        result.update(main_res)
        ok = bool(main_res["hf"].get("ok", True))
        if args.scaling:
            sc = scaling(args, workdir, tree, generated)
            result["scaling"] = sc
            if any(r["hf_found"] is not None and r["hf_found"] < r["hf_planted"] for r in sc):
                print("scaling: keyscout missed planted HF tokens on at least one tree")
                ok = False
    except BenchError as e:
        print(f"\nFAILED: {e}")
        result["error"] = str(e)
        ok = False
    except KeyboardInterrupt:
        print("\ninterrupted")
        result["error"] = "interrupted"
        ok = False
    finally:
        if args.keep:
            print(f"\nkept: {workdir}")
        elif made_workdir:
            shutil.rmtree(workdir, ignore_errors=True)
        else:  # user-given workdir: remove only what we created
            created = [workdir / "keyscout-out.json", *workdir.glob("*.stdout"), *workdir.glob("*.stderr"),
                       *workdir.glob("*.rusage")]
            if args.tree is None:
                created.append(workdir / "home")
            for p in created:
                if p.is_dir():
                    shutil.rmtree(p, ignore_errors=True)
                elif p.exists():
                    p.unlink()
    result["ok"] = ok
    checked = bool(result.get("hf", {}).get("checked"))
    why = "runs completed and every planted HF token found" if checked else "runs completed; tokens not checked"
    print(f"\nresult: {'PASS' if ok else 'FAIL'} ({why if ok else 'a run failed or planted HF tokens were missed'})")
    print("BENCH_JSON " + json.dumps(result, separators=(",", ":")))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
