# Shared helpers for the end-to-end shell tests; source it after setting -uo pipefail.
# Gives: $work (a scratch directory removed on exit), check NAME COMMAND..., and
# finish NAME, which prints "NAME: N passed, M failed" and exits non-zero on failure.
work="$(mktemp -d)"
trap 'chmod -R u+w "$work"; rm -rf "$work"' EXIT
passed=0
failed=0

check() {  # check NAME COMMAND...
  local name="$1"
  shift
  if "$@"; then
    passed=$((passed + 1))
    echo "ok   $name"
  else
    failed=$((failed + 1))
    echo "FAIL $name"
  fi
}

finish() {  # finish SUITE_NAME
  echo "$1: $passed passed, $failed failed"
  [[ $failed -eq 0 && $passed -gt 0 ]]
}
