#!/usr/bin/env bash
# Every example profile plans, in text and JSON, with identical bytes on a second run.
# usage: examples.sh BACKSTRIDE EXAMPLES_DIR
set -euo pipefail
bin="$1"
examples="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=0
count=0
for profile in "$examples"/*.json; do
  name="$(basename "$profile" .json)"
  count=$((count + 1))
  for format in text json; do
    set +e
    "$bin" plan "$profile" --today 2026-12-01 -f "$format" >"$work/$name.$format.1" 2>"$work/err"
    code=$?
    "$bin" plan "$profile" --today 2026-12-01 -f "$format" >"$work/$name.$format.2" 2>>"$work/err"
    set -e
    if [[ $code -ne 0 && $code -ne 10 ]]; then
      echo "FAIL $name ($format): exit $code: $(cat "$work/err")"
      failures=$((failures + 1))
      continue
    fi
    if ! cmp -s "$work/$name.$format.1" "$work/$name.$format.2"; then
      echo "FAIL $name ($format): output differs between two runs"
      failures=$((failures + 1))
    fi
  done
  if ! /usr/bin/python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["format"]=="backstride.plan/1", d["format"]' \
      "$work/$name.json.1"; then
    echo "FAIL $name: JSON output does not parse as backstride.plan/1"
    failures=$((failures + 1))
  fi
  if ! "$bin" validate "$profile" >/dev/null; then
    echo "FAIL $name: validate rejected the example"
    failures=$((failures + 1))
  fi
  echo "ok   $name"
done
echo "examples: $((count - failures)) passed, $failures failed"
[[ $count -gt 0 && $failures -eq 0 ]]
