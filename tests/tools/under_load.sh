#!/usr/bin/env bash
# Runs the README's test command (ctest --preset default, build/ as .ci/test builds it) while
# `stress` keeps more processors busy than the machine has, and says which tests failed and
# how loaded the machine was meanwhile (issue 64: a test asserts what the code does, never how
# fast a shared machine happened to be). Not part of CI (.ci/run): under load the suite takes
# several times as long.
#
#   bash tests/tools/under_load.sh [CTEST_ARGS...]      e.g. -R 'tst_documentbounds|tst_prefetch'
#
# STRESS_CPU workers spinning on sqrt() (default 8; Debian's package `stress`, which
# .ci/install-deps installs); the run's log is kept in build/under-load.log.
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v stress >/dev/null || { echo "under_load.sh: needs stress (apt-get install stress)" >&2; exit 2; }
[ -f build/CTestTestfile.cmake ] || { echo "under_load.sh: build first (cmake --preset default && cmake --build --preset default)" >&2; exit 2; }
log=build/under-load.log
loads=build/under-load.loadavg
: >"$loads"

set -m # the load and the sampler each in a process group of its own, ended whole at the end
stress --cpu "${STRESS_CPU:-8}" >/dev/null &
stress_group=$!
(while sleep 15; do cut -d' ' -f1 /proc/loadavg >>"$loads"; done) &
sampler_group=$!
set +m
trap 'kill -- -"$stress_group" -"$sampler_group" 2>/dev/null || true' EXIT

sleep 30 # the load average to climb
echo "under_load.sh: stress --cpu ${STRESS_CPU:-8} on $(nproc) processors; load average $(cut -d' ' -f1-3 /proc/loadavg)"
status=0
ctest --preset default "$@" 2>&1 | tee "$log" || status=$?

samples=$(wc -l <"$loads")
if [ "$samples" -gt 0 ]; then
  echo "under_load.sh: load average during the run: $(awk '{s += $1; if ($1 < lo || NR == 1) lo = $1; if ($1 > hi) hi = $1}
    END {printf "mean %.1f, lowest %.1f, highest %.1f (%d samples)", s / NR, lo, hi, NR}' "$loads")"
fi
grep -E '^[0-9]+% tests passed' "$log" | sed 's/^/under_load.sh: /' || true
if grep -q 'The following tests FAILED' "$log"; then
  echo "under_load.sh: failed under load:"
  sed -n '/The following tests FAILED/,$p' "$log" | grep -E '^\s+[0-9]+ - ' || true
fi
exit "$status"
