# Skipping a test, or a part of one, that needs an optional tool this machine lacks
# (chromium, vnu + java, node modules, qpdf, zsh, fish, tmux, strace, root, ...).
# Source it; it gives:
#   skip_test REASON    nothing of the test can run: prints "SKIP: REASON" and exits 77,
#                       which tests/CMakeLists.txt maps to "skipped" (SKIP_RETURN_CODE)
#   skip_part REASON    one part cannot run: prints "SKIP: REASON" and remembers it;
#                       `finish` (tests/cli/lib.sh) then exits 77 when nothing failed
#   missing_tools CMD.. prints the commands that are not on PATH, one a line
# With BACKSTRIDE_NO_SKIP=1 (CI sets it: scripts/setup-test-tools installs every tool
# there) a skip is a failure instead: skip_test exits 1 and skip_part counts a failure.
skip_code=77
skipped_parts=()

skip_test() {  # skip_test REASON
  if [[ ${BACKSTRIDE_NO_SKIP:-} == 1 ]]; then
    echo "FAIL (BACKSTRIDE_NO_SKIP=1, so no test may be skipped): $1"
    exit 1
  fi
  echo "SKIP: $1"
  exit "$skip_code"
}

skip_part() {  # skip_part REASON
  if [[ ${BACKSTRIDE_NO_SKIP:-} == 1 ]]; then
    echo "FAIL (BACKSTRIDE_NO_SKIP=1, so no part may be skipped): $1"
    failed=$((${failed:-0} + 1))
    return
  fi
  echo "SKIP: $1"
  skipped_parts+=("$1")
}

missing_tools() {  # missing_tools CMD...
  local tool
  for tool in "$@"; do
    command -v "$tool" >/dev/null 2>&1 || echo "$tool"
  done
}
