#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# installer/test.sh
#
# What CI runs (.ci/run), and what a developer runs before pushing:
#   1. installer/setup.sh ci      packages, configure, build with warnings as errors
#   2. ctest --preset ci          every label: unit, model, integration, ui, bench, fuzz, cli
#   3. installer/setup.sh asan    the AddressSanitizer + UBSan build, when time allows
#   4. ctest --preset asan        unit and model labels under the sanitizers
# Stages 3-4 are skipped, saying so, when stages 1-2 took longer than PORTIER_ASAN_BUDGET
# seconds (default 2400), so that a slow machine still finishes inside CI's 90 minutes.
# Exits non-zero when any stage that ran failed. See docs/ci.md.
#
# Environment: PORTIER_CTEST_JOBS (default 2) tests run in parallel;
#              PORTIER_ASAN_BUDGET (default 2400) seconds, see above.
set -uo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo_root" || exit 1

export QT_QPA_PLATFORM=offscreen
ctest_jobs=${PORTIER_CTEST_JOBS:-2}
asan_budget=${PORTIER_ASAN_BUDGET:-2400}
logs=$(mktemp -d -t portier-test.XXXXXX)

say() { printf '[test] %s\n' "$*"; }

stage_names=()
stage_results=()
stage_seconds=()
failed=0
tests_passed=0
tests_failed=0

# run_stage NAME COMMAND...: runs the command, records its result and duration.
run_stage() {
    local name=$1
    shift
    say "=== $name: $*"
    local start=$SECONDS rc=0
    "$@" || rc=$?
    local took=$((SECONDS - start))
    stage_names+=("$name")
    stage_seconds+=("$took")
    if ((rc == 0)); then
        stage_results+=(ok)
        say "=== $name: ok ($took s)"
    else
        stage_results+=("FAILED (exit $rc)")
        failed=1
        say "=== $name: FAILED with exit code $rc ($took s)"
    fi
    return "$rc"
}

skip_stage() {
    stage_names+=("$1")
    stage_seconds+=(0)
    stage_results+=("skipped: $2")
    say "=== $1: skipped: $2"
}

# run_ctest PRESET: ctest with the preset, its output kept for the summary.
# shellcheck disable=SC2317 # called through run_stage
run_ctest() {
    local preset=$1 log="$logs/ctest-$1.log" rc=0
    ctest --preset "$preset" --output-on-failure --no-tests=error --parallel "$ctest_jobs" 2>&1 |
        tee "$log" || rc=$?
    # "100% tests passed, 0 tests failed out of 12"
    local line
    line=$(grep -E '^[0-9]+% tests passed, [0-9]+ tests? failed out of [0-9]+' "$log" | tail -n 1)
    if [[ -n $line ]]; then
        local failures total
        failures=$(sed -E 's/.* ([0-9]+) tests? failed out of ([0-9]+).*/\1/' <<<"$line")
        total=$(sed -E 's/.* failed out of ([0-9]+).*/\1/' <<<"$line")
        tests_failed=$((tests_failed + failures))
        tests_passed=$((tests_passed + total - failures))
    fi
    return "$rc"
}

total_start=$SECONDS

ci_ok=1
run_stage "build (ci)" installer/setup.sh ci || ci_ok=0
if ((ci_ok)); then
    run_stage "tests (ci, all labels)" run_ctest ci
else
    skip_stage "tests (ci, all labels)" "the ci build failed"
fi

ci_took=$((SECONDS - total_start))
if ((ci_took > asan_budget)); then
    reason="the ci stages took ${ci_took} s, more than the ${asan_budget} s budget"
    skip_stage "build (asan)" "$reason"
    skip_stage "tests (asan, unit+model)" "$reason"
else
    if run_stage "build (asan)" installer/setup.sh asan; then
        run_stage "tests (asan, unit+model)" run_ctest asan
    else
        skip_stage "tests (asan, unit+model)" "the asan build failed"
    fi
fi

say ""
say "summary"
for i in "${!stage_names[@]}"; do
    printf '[test]   %-26s %6s s  %s\n' "${stage_names[$i]}" "${stage_seconds[$i]}" "${stage_results[$i]}"
done
printf '[test]   %-26s %6s s\n' "total" "$((SECONDS - total_start))"
say "ctest logs: $logs"
if ((failed)); then
    say "RESULT: FAILED"
else
    say "RESULT: ok"
fi
printf 'tests: %d passed, %d failed\n' "$tests_passed" "$tests_failed"
exit "$failed"
