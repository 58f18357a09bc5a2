#!/usr/bin/env bash
# Runs tests/cli/concurrency.sh RUNS times in a row (default 10) with a CPU hog of its own
# beside it (a bounded busy loop, killed at the end) on top of the test's own hog; prints
# each run's time and result, and exits non-zero if any run failed (issue 13, item 6).
# usage: stress_log.sh BACKSTRIDE EXAMPLES_DIR [RUNS]
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
runs="${3:-10}"
bash -c 'end=$((SECONDS + 3600)); while ((SECONDS < end)); do :; done' & # at most 1 h
hog=$!
trap 'kill "$hog" 2>/dev/null' EXIT
failed=0
for ((run = 1; run <= runs; run++)); do
  started=$SECONDS
  out="$(HOGS=1 "$here/concurrency.sh" "$1" "$2" 2>&1)"
  code=$?
  echo "run $run: exit $code in $((SECONDS - started)) s; $(echo "$out" | grep -E '^\(8 x 200|^cli_concurrency')" | tr '\n' ' '
  echo
  if [[ $code -ne 0 ]]; then
    failed=$((failed + 1))
    echo "$out" | grep -E '^FAIL' -A3
  fi
done
echo "stress_log: $((runs - failed)) of $runs runs passed (2 CPU hogs beside each: the test's and this script's)"
[[ $failed -eq 0 ]]
