#!/usr/bin/env bash
# End-to-end checks of files the CLI reads and writes: modes, --force, stdin, errors.
# usage: files.sh BACKSTRIDE EXAMPLES_DIR
set -uo pipefail
bin="$1"
profile="$2/beginner-chronic.json"
source "$(dirname "$0")/lib.sh"

"$bin" plan "$profile" --today 2026-12-01 -o "$work/plan.json"
check "-o writes the file" test -s "$work/plan.json"
check "-o file is mode 0600" test "$(stat -c %a "$work/plan.json")" = 600
check "-o infers JSON from the extension" grep -q '"format": "backstride.plan/1"' "$work/plan.json"
check "no temp files left behind" test "$(ls -A "$work" | wc -l)" = 1

echo "keep me" >"$work/existing.json"
"$bin" plan "$profile" --today 2026-12-01 -o "$work/existing.json" 2>"$work/err"
check "refuses to overwrite: exit 73" test $? = 73
check "refused file is unchanged" test "$(cat "$work/existing.json")" = "keep me"
check "refusal names the file and --force" grep -q "existing.json: already exists (use --force" "$work/err"

"$bin" plan "$profile" --today 2026-12-01 -o "$work/existing.json" --force
check "--force replaces" grep -q backstride.plan/1 "$work/existing.json"

"$bin" plan - --today 2026-12-01 -f json <"$profile" >"$work/stdin.json"
"$bin" plan "$profile" --today 2026-12-01 -f json >"$work/file.json"
check "stdin (-) gives the same plan as the file" cmp -s "$work/stdin.json" "$work/file.json"

mkdir "$work/locked" && chmod 500 "$work/locked"
if [[ $EUID -ne 0 ]]; then
  "$bin" plan "$profile" --today 2026-12-01 -o "$work/locked/plan.json" 2>/dev/null
  check "unwritable directory: exit 73" test $? = 73
fi
"$bin" plan "$profile" --today 2026-12-01 -o "$work/missing-dir/plan.json" 2>"$work/err"
check "missing output directory: exit 73" test $? = 73

SOURCE_DATE_EPOCH=1796083200 "$bin" plan "$profile" -f json >"$work/epoch.json"
check "SOURCE_DATE_EPOCH sets today" grep -q '"today": "2026-12-01"' "$work/epoch.json"

"$bin" plan "$work/nope.json" 2>"$work/err"
check "missing profile: exit 66" test $? = 66

finish cli_files
