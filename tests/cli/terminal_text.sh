#!/usr/bin/env bash
# Issue 13, items 9 and 10: nothing user-supplied reaches a terminal raw (profile and
# --program text, history_file, file names, values echoed in errors: C0/C1 controls, DEL
# and bidi controls are refused at their JSON pointer, or shown escaped), and every cell
# of a batch's summary.csv is guarded against formula injection.
# usage: terminal_text.sh BACKSTRIDE EXAMPLES_DIR
set -uo pipefail
bin="$(realpath "$1")"
examples="$(realpath "$2")"
data="$(realpath "$(dirname "$0")/../../data")"
export TZ=UTC NO_COLOR=1 SOURCE_DATE_EPOCH=1796083200
source "$(dirname "$0")/lib.sh"
py=/usr/bin/python3

# raw FILE...: no ESC, BEL, C1 control (UTF-8 C2 80-9F), DEL or bidi control in the files.
raw_free() { ! LC_ALL=C grep -qP '[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80[\xaa-\xae]|\xe2\x81[\xa6-\xa9]' "$@"; }
# edit IN OUT PYTHON: OUT is the JSON of IN after running PYTHON on it as `d`.
edit() { "$py" -c 'import json, sys
d = json.load(open(sys.argv[1])); exec(sys.argv[3]); json.dump(d, open(sys.argv[2], "w"))' "$@"; }
refused_at() { # refused_at NAME POINTER COMMAND...: exit 65, the pointer named, stderr clean
  "${@:3}" >"$work/out" 2>"$work/err"
  local code=$?
  check "$1: exit 65" test "$code" = 65
  check "$1: names $2" grep -qF ": $2: contains the control character" "$work/err"
  check "$1: nothing raw on stdout or stderr" raw_free "$work/out" "$work/err"
}

# ---- profile text: bidi controls join C0/C1/DEL ------------------------------------------
for char in '\u202e' '\u2066' '\u009b' '\u001b]8;;x\u0007'; do
  edit "$examples/beginner-chronic.json" "$work/p.json" "d['name'] = 'Alex $char Doe'"
  refused_at "profile name with $char" /name "$bin" plan "$work/p.json"
done
edit "$examples/lapsed-runner.json" "$work/h.json" "d['history_file'] = 'a\u001b[31m.jsonl'"
refused_at "history_file with ESC" /history_file "$bin" plan "$work/h.json"

# ---- --program text fields -----------------------------------------------------------
program="$data/programs/back-care.json"
for field in "d['name']" "d['summary']" "d['source']" "d['finale']" "d['stages'][0]['title']"; do
  pointer=$("$py" -c 'import sys; print("/" + "/".join(p.strip("[]\x27") for p in sys.argv[1][1:].replace("][", "] [").split()))' "$field")
  for char in '\u001b]8;;https://x.example\u0007' '\u202e'; do
    edit "$program" "$work/prog.json" "$field = 'Back $char care'"
    for format in text csv gcal-csv markdown; do
      refused_at "--program $field with ${char:0:6}, -f $format" "$pointer" \
        "$bin" plan "$examples/beginner-chronic.json" --program "$work/prog.json" -f "$format"
    done
  done
done

# ---- file names and echoed values: shown escaped ------------------------------------------
name=$'\e]8;;x\a\e[2J\u202e.json'
"$bin" plan "$work/$name" 2>"$work/err"
check "missing file with ESC/OSC 8/bidi in its name: exit 66" test $? = 66
check "missing file with ESC/OSC 8/bidi in its name: shown escaped" grep -qF '\x1B]8;;x\x07\x1B[2J\u202E.json' "$work/err"
check "missing file with ESC/OSC 8/bidi in its name: nothing raw" raw_free "$work/err"
cp "$examples/beginner-chronic.json" "$work/$name"
"$bin" validate "$work/$name" >"$work/out" 2>"$work/err"
check "validate a file with ESC in its name: nothing raw on stdout" raw_free "$work/out"
"$bin" log "$examples/lapsed-runner.json" --date 2026-11-30 --session $'S\xc2\x9b1' --completed \
  --pain-before 1 --pain-during 1 --pain-after 1 2>"$work/err"
check "--session with a C1 control: exit 64" test $? = 64
check "--session with a C1 control: echoed escaped" grep -qF 'S\x9B1' "$work/err"
check "--session with a C1 control: nothing raw" raw_free "$work/err"
edit "$examples/beginner-chronic.json" "$work/days.json" "d['schedule']['days'] = ['mon', '\u009b31m', 'fri']"
"$bin" plan "$work/days.json" 2>"$work/err"
check "a day with a C1 control: exit 65, nothing raw" test $? = 65 && raw_free "$work/err"
"$bin" plan --today $'2026-12-\e[31m' "$examples/beginner-chronic.json" 2>"$work/err"
check "--today with ESC: exit 64, nothing raw" test $? = 64 && raw_free "$work/err"

# ---- 10. summary.csv guards every cell ---------------------------------------------------
mkdir "$work/in"
for id in -1-1 +1 @x =1; do
  edit "$examples/beginner-chronic.json" "$work/in/p$id.json" "d['id'] = '$id'"
done
"$bin" batch "$work/in" -o "$work/out-dir" -f json --today 2026-12-01 >/dev/null 2>&1
guarded() { "$py" - "$1" <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8")))
bad = [(r, c) for r in rows[1:] for c in r if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
sys.exit(f"unguarded cells: {bad}" if bad else 0)
PY
}
check "summary.csv: ids like -1-1, +1, @x (and their file names) are guarded" guarded "$work/out-dir/summary.csv"
check "summary.csv: id -1-1 planned, its id and file name cells guarded" \
  grep -qF "'-1-1,Alex Doe,planned,0,start" "$work/out-dir/summary.csv"

finish cli_terminal_text
