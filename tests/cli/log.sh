#!/usr/bin/env bash
# End-to-end checks of `backstride log`: appends one valid line, creates a fresh history
# file 0600, rejects bad entries without writing anything, and never loses or corrupts
# an entry when several processes log at once.
# usage: log.sh BACKSTRIDE EXAMPLES_DIR
set -uo pipefail
bin="$1"
examples="$2"
py=/usr/bin/python3
today=2026-12-01
source "$(dirname "$0")/lib.sh"

lines() { wc -l <"$1" | tr -d ' '; }

# Every non-blank line of a history file is one JSON object with the documented keys.
json_lines_ok() {  # json_lines_ok FILE EXPECTED_LINES
  "$py" - "$1" "$2" <<'EOF'
import json, sys
path, expected = sys.argv[1], int(sys.argv[2])
keys = ["date", "session", "completed", "pain_before", "pain_during", "pain_after"]
with open(path, "rb") as f:
    data = f.read()
if not data.endswith(b"\n"):
    sys.exit("file does not end with a newline")
rows = data.decode("utf-8").split("\n")[:-1]
if len(rows) != expected:
    sys.exit(f"{len(rows)} lines, expected {expected}")
for n, row in enumerate(rows, 1):
    try:
        obj = json.loads(row)
    except ValueError as e:
        sys.exit(f"line {n} is not JSON: {e}: {row!r}")
    if not isinstance(obj, dict) or any(k not in obj for k in keys):
        sys.exit(f"line {n} lacks a documented key: {row!r}")
EOF
}

log_ok() {  # log_ok PROFILE DATE SESSION [extra flags]
  local profile="$1" date="$2" session="$3"
  shift 3
  "$bin" log "$profile" --date "$date" --session "$session" --completed --pain-before 2 \
    --pain-during 2 --pain-after 2 --pain-next-morning 2 --today "$today" "$@" >/dev/null
}

# ---- appending one valid entry ---------------------------------------------------------
cp "$examples/lapsed-runner.json" "$examples/lapsed-runner.history.jsonl" "$work/"
profile="$work/lapsed-runner.json"
history="$work/lapsed-runner.history.jsonl"
before=$(lines "$history")
"$bin" log "$profile" --date 2026-11-26 --session S06-2 --completed --pain-before 2 \
  --pain-during 3 --pain-after 2 --pain-next-morning 2 --symptom limp --note "hill at the end" \
  --today "$today" >"$work/out" 2>"$work/err"
check "log of a valid entry exits 0" test $? = 0
check "log adds exactly one line" test "$(lines "$history")" = $((before + 1))
check "earlier lines are untouched" cmp -s <(head -n "$before" "$history") "$examples/lapsed-runner.history.jsonl"
last_is() {  # last_is FILE PYTHON_EXPR (over the last line's object `e`)
  "$py" -c 'import json, sys
e = json.loads(open(sys.argv[1]).read().splitlines()[-1])
sys.exit(0 if eval(sys.argv[2]) else "last line: %r" % e)' "$1" "$2"
}
check "the new line carries the entry" last_is "$history" \
  'e["date"] == "2026-11-26" and e["session"] == "S06-2" and e["completed"] is True and (e["pain_before"], e["pain_during"], e["pain_after"], e["pain_next_morning"]) == (2, 3, 2, 2)'
check "the new line carries the symptom and note" last_is "$history" \
  'e["symptoms"] == ["limp"] and e["note"] == "hill at the end"'
check "every line is JSON" json_lines_ok "$history" $((before + 1))
"$bin" validate "$profile" >/dev/null 2>&1
check "the profile still validates after log" test $? = 0
check "log names the rule of the new decision" grep -Eq '\((PAIN|PROG|GAP|PAUSE|RF|SCR|CLR|WALK)-[A-Z0-9-]+\)' "$work/out"
check "log writes nothing to stderr on success" test ! -s "$work/err"

"$bin" log "$profile" --date 2026-11-28 --session S07-1 --stopped-early --pain-before 2 \
  --pain-during 4 --pain-after 3 --today "$today" >/dev/null 2>&1
check "--stopped-early without a next-morning score is accepted" test $? = 0
check "stopped-early line says completed false" last_is "$history" 'e["completed"] is False and e["date"] == "2026-11-28"' 
check "still valid JSON lines" json_lines_ok "$history" $((before + 2))

# ---- a fresh history file ----------------------------------------------------------------
mkdir "$work/fresh"
"$py" - "$examples/lapsed-runner.json" "$work/fresh/me.json" <<'EOF'
import json, sys
profile = json.load(open(sys.argv[1]))
profile["history_file"] = "me.history.jsonl"
json.dump(profile, open(sys.argv[2], "w"), indent=2)
EOF
(umask 022 && log_ok "$work/fresh/me.json" 2026-11-30 S05-1)
check "log creates a missing history file" test -f "$work/fresh/me.history.jsonl"
check "the new history file is mode 0600 (even with umask 022)" test "$(stat -c %a "$work/fresh/me.history.jsonl")" = 600
check "the new history file has one line" test "$(lines "$work/fresh/me.history.jsonl")" = 1
check "the new history file is JSON lines" json_lines_ok "$work/fresh/me.history.jsonl" 1
"$bin" validate "$work/fresh/me.json" >/dev/null 2>&1
check "the profile with its new history validates" test $? = 0

# ---- invalid entries: rejected, nothing written ---------------------------------------------
snapshot="$work/snapshot"
cp "$history" "$snapshot"
reject() {  # reject NAME EXPECTED_CODE PROFILE FLAGS...
  local name="$1" code="$2" target="$3"
  shift 3
  "$bin" log "$target" "$@" --today "$today" >"$work/out" 2>"$work/err"
  local got=$?
  check "$name: exit $code" test "$got" = "$code"
  check "$name: one-line error on stderr" test "$(grep -c . "$work/err")" -ge 1
  check "$name: nothing on stdout" test ! -s "$work/out"
  check "$name: history unchanged" cmp -s "$history" "$snapshot"
}
common=(--session S07-1 --pain-before 2 --pain-after 2)
reject "pain 11" 64 "$profile" --date 2026-11-30 --completed --pain-during 11 "${common[@]}"
reject "pain -1" 64 "$profile" --date 2026-11-30 --completed --pain-during -1 "${common[@]}"
reject "next-morning pain 11" 64 "$profile" --date 2026-11-30 --completed --pain-during 2 --pain-next-morning 11 "${common[@]}"
reject "--date 2026-02-30" 64 "$profile" --date 2026-02-30 --completed --pain-during 2 "${common[@]}"
reject "--date not a date" 64 "$profile" --date soon --completed --pain-during 2 "${common[@]}"
reject "--date after --today" 64 "$profile" --date 2026-12-02 --completed --pain-during 2 "${common[@]}"
reject "both --completed and --stopped-early" 64 "$profile" --date 2026-11-30 --completed --stopped-early --pain-during 2 "${common[@]}"
reject "neither --completed nor --stopped-early" 64 "$profile" --date 2026-11-30 --pain-during 2 "${common[@]}"
reject "unknown --symptom" 64 "$profile" --date 2026-11-30 --completed --pain-during 2 --symptom headache "${common[@]}"
reject "missing --pain-during" 64 "$profile" --date 2026-11-30 --completed "${common[@]}"

cp "$examples/beginner-chronic.json" "$work/no-history.json"
listing="$(ls -A "$work")"
"$bin" log "$work/no-history.json" --date 2026-11-30 --completed --pain-during 2 "${common[@]}" \
  --today "$today" >"$work/out" 2>"$work/err"
check "profile without history_file: exit 65" test $? = 65
check "profile without history_file: error names /history_file" grep -q "/history_file" "$work/err"
check "profile without history_file: no file created" test "$(ls -A "$work")" = "$listing"

# A history file that is already invalid is not appended to.
mkdir -p "$work/b" && cp "$examples/lapsed-runner.json" "$work/b/p.json"
printf '{"date": "2026-11-17", "session": "S05-1"}\n' >"$work/b/lapsed-runner.history.jsonl"
cp "$work/b/lapsed-runner.history.jsonl" "$work/b/snap"
log_ok "$work/b/p.json" 2026-11-30 S05-1 2>"$work/err"
check "broken history file: exit 65" test $? = 65
check "broken history file: error names the line" grep -q "lapsed-runner.history.jsonl:1" "$work/err"
check "broken history file: not appended to" cmp -s "$work/b/lapsed-runner.history.jsonl" "$work/b/snap"

# ---- next-morning pain added to a logged day ------------------------------------------------
mkdir "$work/nm" && cp "$examples/lapsed-runner.json" "$work/nm/p.json"
nm="$work/nm/lapsed-runner.history.jsonl"
cp "$examples/lapsed-runner.history.jsonl" "$nm"
"$bin" log "$work/nm/p.json" --date 2026-11-29 --session S06-2 --completed --pain-before 2 \
  --pain-during 3 --pain-after 2 --today 2026-11-29 >/dev/null
cp "$nm" "$work/nm/before"
count=$(lines "$nm")
next_morning() {  # next_morning DATE N [flags]: exit code in $code, stderr in $work/err
  "$bin" log "$work/nm/p.json" --date "$1" --pain-next-morning "$2" "${@:3}" --today "$today" \
    >"$work/out" 2>"$work/err"
  code=$?
}
next_morning 2026-11-29 3
check "next-morning pain: exit 0" test "$code" = 0
check "next-morning pain: same number of lines" test "$(lines "$nm")" = "$count"
check "next-morning pain: earlier lines byte for byte" cmp -s <(head -n $((count - 1)) "$nm") <(head -n $((count - 1)) "$work/nm/before")
check "next-morning pain: set on that day's entry" last_is "$nm" \
  'e["date"] == "2026-11-29" and e["pain_next_morning"] == 3 and e["pain_during"] == 3'
check "next-morning pain: the file keeps its mode (issue 13: not made 0600)" \
  test "$(stat -c %a "$nm")" = "$(stat -c %a "$work/nm/before")"
check "next-morning pain: says what it did" grep -q "Added next-morning pain 3 to S06-2 on 2026-11-29" "$work/out"
cp "$nm" "$work/nm/after"
next_morning 2026-11-29 1
check "next-morning pain already there: exit 73" test "$code" = 73
check "next-morning pain already there: suggests --force" grep -q -- "--force" "$work/err"
check "next-morning pain already there: file unchanged" cmp -s "$nm" "$work/nm/after"
next_morning 2026-11-29 1 --force
check "--force replaces next-morning pain" last_is "$nm" 'e["pain_next_morning"] == 1'
next_morning 2026-11-28 2
check "a day with no session: exit 65" test "$code" = 65
next_morning 2026-12-01 2
check "next-morning pain for today: exit 64" test "$code" = 64
"$bin" log "$work/nm/p.json" --date 2026-11-30 --session S06-3 --stopped-early --pain-before 2 \
  --pain-during 3 --pain-after 2 --today "$today" >/dev/null
"$bin" log "$work/nm/p.json" --date 2026-11-30 --session S06-2 --completed --pain-before 2 \
  --pain-during 3 --pain-after 2 --today "$today" >/dev/null
cp "$nm" "$work/nm/two"
"$bin" log "$work/nm/p.json" --date 2026-11-30 --pain-next-morning 2 --today 2026-12-02 >/dev/null 2>"$work/err"
check "two sessions on a day: exit 64" test $? = 64
check "two sessions on a day: file unchanged" cmp -s "$nm" "$work/nm/two"
"$bin" log "$work/nm/p.json" --date 2026-11-30 --session S06-3 --pain-next-morning 2 --today 2026-12-02 >/dev/null
check "--session picks one of them" "$py" -c '
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])][-2:]
assert rows[0]["session"] == "S06-3" and rows[0]["pain_next_morning"] == 2, rows
assert "pain_next_morning" not in rows[1], rows' "$nm"
check "a partial entry is still refused" bash -c '"$0" log "$1" --date 2026-11-30 --pain-next-morning 2 --pain-during 3 --today 2026-12-02 2>/dev/null; test $? = 64' "$bin" "$work/nm/p.json"

# ---- concurrent logging ---------------------------------------------------------------------
concurrent() {  # concurrent WRITERS PER_WRITER
  local writers="$1" each="$2" dir="$work/c$1"
  mkdir "$dir"
  cp "$examples/lapsed-runner.json" "$dir/p.json"
  : >"$dir/lapsed-runner.history.jsonl"
  chmod 600 "$dir/lapsed-runner.history.jsonl"
  # One logged day whose next-morning pain is rewritten over and over while the
  # others append: a rewrite must never lose an append.
  "$bin" log "$dir/p.json" --date 2026-11-29 --session S05-1 --completed --pain-before 2 \
    --pain-during 2 --pain-after 2 --note "the rewritten day" --today "$today" >/dev/null
  local pids=() w
  (
    bad=0
    for ((i = 1; i <= each; i++)); do
      "$bin" log "$dir/p.json" --date 2026-11-29 --pain-next-morning $((i % 3)) --force \
        --today "$today" >/dev/null 2>>"$dir/errors" || bad=$((bad + 1))
    done
    exit "$bad"
  ) &
  pids+=($!)
  for ((w = 1; w <= writers; w++)); do
    (
      bad=0
      for ((i = 1; i <= each; i++)); do
        "$bin" log "$dir/p.json" --date 2026-11-30 --session "S0$w-1" --completed \
          --pain-before 2 --pain-during 2 --pain-after 2 --pain-next-morning 2 \
          --note "writer $w entry $i" --today "$today" >/dev/null 2>>"$dir/errors" || bad=$((bad + 1))
      done
      exit "$bad"
    ) &
    pids+=($!)
  done
  local failures=0 pid
  for pid in "${pids[@]}"; do
    wait "$pid" || failures=$((failures + 1))
  done
  local total=$((writers * each + 1))
  check "$writers writers + a rewriter: every log call exited 0" test "$failures" = 0
  check "$writers writers: no errors reported" test ! -s "$dir/errors"
  check "$writers writers: exactly $total lines" test "$(lines "$dir/lapsed-runner.history.jsonl")" = "$total"
  check "$writers writers: every line is a JSON entry" json_lines_ok "$dir/lapsed-runner.history.jsonl" "$total"
  check "$writers writers: every entry is there exactly once" "$py" - "$dir/lapsed-runner.history.jsonl" "$writers" "$each" <<'EOF'
import json, sys
path, writers, each = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
notes = [json.loads(line)["note"] for line in open(path)]
want = sorted([f"writer {w} entry {i}" for w in range(1, writers + 1) for i in range(1, each + 1)]
             + ["the rewritten day"])
sys.exit(0 if sorted(notes) == want else "entries lost or duplicated")
EOF
  "$bin" validate "$dir/p.json" >/dev/null 2>&1
  check "$writers writers: backstride validate passes" test $? = 0
  check "$writers writers: file still mode 0600" test "$(stat -c %a "$dir/lapsed-runner.history.jsonl")" = 600
}
concurrent 2 50
concurrent 4 25

finish cli_log
