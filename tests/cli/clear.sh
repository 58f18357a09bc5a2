#!/usr/bin/env bash
# `backstride clear`: the clearance is written into the profile where it lives (through
# a link), keeping the file's mode and its keys' order; a profile on stdin is refused;
# a bad profile or a bad option leaves the file byte for byte as it was.
# usage: clear.sh BACKSTRIDE EXAMPLES_DIR
set -uo pipefail
bin="$(realpath "$1")"
examples="$(realpath "$2")"
export TZ=UTC NO_COLOR=1 SOURCE_DATE_EPOCH=1796083200
source "$(dirname "$0")/lib.sh"
keys() { /usr/bin/python3 -c 'import json, sys; print(" ".join(json.load(open(sys.argv[1]))))' "$1"; }

mkdir -p "$work/real" "$work/links"
cp "$examples/lapsed-runner.history.jsonl" "$work/real/"
/usr/bin/python3 -c 'import json, sys
p = json.load(open(sys.argv[1])); del p["clearance"]; json.dump(p, open(sys.argv[2], "w"), indent=2)' \
  "$examples/lapsed-runner.json" "$work/real/lapsed-runner.json"
chmod 0640 "$work/real/lapsed-runner.json"
ln -s ../real/lapsed-runner.json "$work/links/me.json"
before_keys="$(keys "$work/real/lapsed-runner.json")"
"$bin" clear "$work/links/me.json" --by "Dr Sam Lee" --today 2026-12-01 >"$work/out" 2>&1
check "clear through a link: exit 0" test $? = 0
check "the link is still a link" test -L "$work/links/me.json"
check "the target holds the clearance" grep -q '"by": "Dr Sam Lee"' "$work/real/lapsed-runner.json"
check "the mode is kept (0640)" test "$(stat -c %a "$work/real/lapsed-runner.json")" = 640
check "the keys keep their order, clearance after screening" \
  test "$(keys "$work/real/lapsed-runner.json")" = "${before_keys/screening/screening clearance}"
check "no stray file beside the profile" test "$(ls -A "$work/real" | wc -l)" = 2
"$bin" validate "$work/real/lapsed-runner.json" >/dev/null
check "the written profile validates" test $? = 0

cp "$work/real/lapsed-runner.json" "$work/saved.json"
"$bin" clear "$work/real/lapsed-runner.json" --by "Dr B" --date 2026-12-09 --today 2026-12-01 2>"$work/err"
check "a date after today: exit 64" test $? = 64
check "a date after today: the file is unchanged" cmp "$work/real/lapsed-runner.json" "$work/saved.json"
"$bin" clear - --by "Dr B" --today 2026-12-01 <"$work/saved.json" >/dev/null 2>"$work/err"
check "a profile on stdin: exit 64" test $? = 64
check "a profile on stdin: says why" grep -q 'PROFILE must be a file' "$work/err"
"$bin" clear "$work/missing.json" --by "Dr B" --today 2026-12-01 2>"$work/err"
check "a missing profile: exit 66" test $? = 66

finish cli_clear
