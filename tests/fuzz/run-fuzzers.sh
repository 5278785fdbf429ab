#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs clang 14 and libFuzzer where missing (packaging/setup-deps.sh --fuzz), builds the fuzz preset (clang, libFuzzer, address + undefined sanitizers), makes the seed corpora, replays the
# committed reproducers (tests/fuzz/regressions/<target>/), then runs every target for a bounded time, one
# after another, and prints per target: executions, executions per second, CPU seconds, coverage and inputs
# that found new coverage. Fails when any target crashes, leaks, runs out of memory or times out; the
# reproducer's path is in the output (replay it: build/fuzz/tests/fuzz/fuzz_<target> <file>).
#
#   tests/fuzz/run-fuzzers.sh [TARGET...]        all targets when none is named (names without fuzz_)
#
# KEYSCOUT_FUZZ_SECONDS   time per target (default 20)
# KEYSCOUT_FUZZ_ARGS      extra libFuzzer options (e.g. "-max_len=65536")
# KEYSCOUT_FUZZ_SEED      libFuzzer's random seed (default 1; 0 picks a new one each run). A fixed seed and a fresh
#                         corpus make a run repeatable: CI (a clean clone) mutates the same inputs in the same
#                         order every time, so its verdict depends on the code, not on luck, and a longer run
#                         here with the same seed covers what CI will try. Explore with 0 and more time.
# The corpus each target grows is kept in build/fuzz/fuzz-work/corpus/<target> and used by the next run.
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds="${KEYSCOUT_FUZZ_SECONDS:-20}"
seed="${KEYSCOUT_FUZZ_SEED:-1}"
build=build/fuzz
work="$build/fuzz-work"

bash packaging/setup-deps.sh --fuzz
launcher=()
if command -v ccache >/dev/null 2>&1; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
fi
cmake --preset fuzz "${launcher[@]}" >/dev/null
cmake --build "$build" --target fuzzers

rm -rf "$work/seeds"
python3 tests/fuzz/make-seeds.py "$work/seeds" >/dev/null

if [ $# -gt 0 ]; then
    targets=("$@")
else
    targets=()
    for exe in "$build"/tests/fuzz/fuzz_*; do
        [ -f "$exe" ] && [ -x "$exe" ] && targets+=("${exe##*/fuzz_}")
    done
fi

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
# Qt seeds its hash tables at random per process; iteration order reaches coverage, so fix it for repeatability.
export QT_HASH_SEED=0

stat() { # stat NAME LOG: a libFuzzer final statistic
    sed -n "s/^stat::$1: *//p" "$2" | tail -1
}

failed=()
summary=()
total_cpu=0
for target in "${targets[@]}"; do
    exe="$build/tests/fuzz/fuzz_$target"
    if [ ! -x "$exe" ]; then
        echo "run-fuzzers: no target fuzz_$target" >&2
        exit 2
    fi
    corpus="$work/corpus/$target"
    artifacts="$work/artifacts/$target"
    log="$work/logs/$target.log"
    mkdir -p "$corpus" "$artifacts" "$(dirname "$log")"
    options=(-rss_limit_mb=2048 -timeout=10 -print_final_stats=1 "-seed=$seed" "-artifact_prefix=$artifacts/")
    if [ -f "$work/seeds/$target.dict" ]; then
        options+=("-dict=$work/seeds/$target.dict")
    fi
    # shellcheck disable=SC2206 # word splitting of the extra options is wanted
    options+=(${KEYSCOUT_FUZZ_ARGS:-})

    # Reproducers of bugs found before: each must run clean now.
    regressions="tests/fuzz/regressions/$target"
    if [ -d "$regressions" ] && [ -n "$(ls -A "$regressions")" ]; then
        if ! "$exe" "${options[@]}" "$regressions"/* >"$log.regressions" 2>&1; then
            echo "run-fuzzers: $target: a committed reproducer fails again:" >&2
            tail -40 "$log.regressions" >&2
            failed+=("$target (regression)")
            continue
        fi
    fi

    seeds=()
    [ -d "$work/seeds/$target" ] && seeds=("$work/seeds/$target")
    TIMEFORMAT='%U %S'
    rc=0
    { time nice -n 10 "$exe" "${options[@]}" "-max_total_time=$seconds" "$corpus" "${seeds[@]}" \
        >"$log" 2>&1 || rc=$?; } 2>"$log.cpu"
    read -r user system <"$log.cpu"
    cpu=$(awk -v u="$user" -v s="$system" 'BEGIN { printf "%.1f", u + s }')
    total_cpu=$(awk -v t="$total_cpu" -v c="$cpu" 'BEGIN { printf "%.1f", t + c }')
    runs=$(stat number_of_executed_units "$log")
    speed=$(stat average_exec_per_sec "$log")
    added=$(stat new_units_added "$log")
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
    line=$(printf '%-15s %10s runs %7s/s %7s s CPU  cov %6s  new inputs %5s' "$target" "${runs:-?}" \
        "${speed:-?}" "$cpu" "${cov:-?}" "${added:-?}")
    if [ "$rc" -ne 0 ]; then
        line="$line  FAILED"
        failed+=("$target")
        echo "run-fuzzers: $target failed (exit $rc); the end of its log ($log):" >&2
        grep -E 'ERROR|SUMMARY|fuzz invariant|runtime error|Test unit written' "$log" | head -20 >&2 || true
        tail -60 "$log" >&2
    fi
    echo "$line"
    summary+=("$line")
done

echo
echo "run-fuzzers: ${#targets[@]} targets, ${seconds} s each, seed $seed, $total_cpu CPU seconds in all"
printf '%s\n' "${summary[@]}"
if [ ${#failed[@]} -gt 0 ]; then
    echo "run-fuzzers: FAILED: ${failed[*]} (reproducers in $work/artifacts/<target>/)" >&2
    exit 1
fi
