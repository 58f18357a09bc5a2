#!/usr/bin/env bash
# Bad inputs too big to commit, made here: a 50 MB profile and history, JSON nested
# 100 000 deep, 10 000 history entries (accepted) and 10 001 (rejected), a full history
# that `log` must not grow, and `log` notes no history file may hold. Each rejected
# input must give its exit code and a one-line message, and write nothing: no output
# file, no change to any file in the directory.
# usage: bad_inputs.sh BACKSTRIDE EXAMPLES_DIR
set -uo pipefail
bin="$(realpath "$1")"
examples="$(realpath "$2")"
py=/usr/bin/python3
source "$(dirname "$0")/lib.sh"

# A directory's files and their checksums, to prove nothing was written.
state() { (cd "$1" && find . -type f -print0 | sort -z | xargs -0 -r sha1sum); }

# rejected NAME CODE PATTERN COMMAND...: run COMMAND in $dir; it must exit CODE, print
# one stderr line matching PATTERN (grep -E), and leave $dir exactly as it was.
rejected() {
  local name="$1" code="$2" pattern="$3"
  shift 3
  local before after status
  before="$(state "$dir")"
  (cd "$dir" && "$@" >"$work/out" 2>"$work/err")
  status=$?
  after="$(state "$dir")"
  check "$name: exit $code" test "$status" -eq "$code"
  check "$name: one line on stderr" test "$(wc -l <"$work/err")" -eq 1
  check "$name: the message" grep -Eq "^backstride: $pattern" "$work/err"
  check "$name: nothing written" test "$before" == "$after"
  grep -Eq "^backstride: $pattern" "$work/err" || cat "$work/err"
}

# A profile (beginner-chronic) with its history in FILE, or none.
profile() {
  $py - "$examples/beginner-chronic.json" "${1:-}" <<'EOF'
import json, sys
doc = json.load(open(sys.argv[1]))
if sys.argv[2]:
    doc["history_file"] = sys.argv[2]
print(json.dumps(doc, indent=2))
EOF
}

# history COUNT [INLINE]: COUNT entries, every other day from 1990 (as JSON Lines, or
# as a JSON list with INLINE).
history() {
  $py - "$1" "${2:-}" <<'EOF'
import datetime, json, sys
day = datetime.date(1990, 1, 1)
entries = [{"date": (day + datetime.timedelta(days=2 * i)).isoformat(), "session": "S01-1",
            "completed": True, "pain_before": 1, "pain_during": 1, "pain_after": 1}
           for i in range(int(sys.argv[1]))]
if sys.argv[2]:
    print(json.dumps(entries))
else:
    print("\n".join(json.dumps(e) for e in entries))
EOF
}

dir="$work/big" && mkdir "$dir"
# --- 50 MB: a valid profile padded with spaces, and a history file of 50 MB
{ profile; head -c 52428800 /dev/zero | tr '\0' ' '; } >"$dir/profile.json"
too_big='profile.json: file is larger than 1048576 bytes \(allowed: at most 1048576 bytes\)$'
rejected "50 MB profile: validate" 65 "$too_big" "$bin" validate profile.json
rejected "50 MB profile: plan -o" 65 "$too_big" "$bin" plan profile.json --today 2026-12-01 -o plan.json
rejected "50 MB profile: plan -f pdf -o" 65 "$too_big" \
  "$bin" plan profile.json --today 2026-12-01 -f pdf -o x.pdf
rejected "50 MB profile on stdin" 65 '<stdin>: file is larger than 1048576 bytes' \
  sh -c "'$bin' plan - --today 2026-12-01 -o plan.json <profile.json"
rm "$dir/profile.json"
profile big.history.jsonl >"$dir/profile.json"
{ history 1; head -c 52428800 /dev/zero | tr '\0' '\n'; } >"$dir/big.history.jsonl"
rejected "50 MB history: plan -o" 65 'profile.json: /history_file: big.history.jsonl: .*16777216' \
  "$bin" plan profile.json --today 2026-12-01 -o plan.json
rejected "50 MB history: log" 65 'profile.json: /history_file: big.history.jsonl: .*16777216' \
  "$bin" log profile.json --date 2026-12-01 --session S01-1 --completed --pain-before 1 \
  --pain-during 1 --pain-after 1 --today 2026-12-01
rm -r "$dir" && mkdir "$dir"

# --- nested 100 000 deep: as the profile, inside it, as a history line, in a batch
$py -c 'print("[" * 100000 + "]" * 100000)' >"$dir/profile.json"
deep='profile.json: (/0)+/?\.\.\.: JSON is nested more than 64 levels deep \(allowed: at most 64\)$'
rejected "100 000 deep: validate" 65 "$deep" "$bin" validate profile.json
rejected "100 000 deep: plan -f pdf -o" 65 "$deep" \
  "$bin" plan profile.json --today 2026-12-01 -f pdf -o x.pdf
$py - "$examples/beginner-chronic.json" >"$dir/profile.json" <<'EOF'
import json, sys
text = json.dumps(json.load(open(sys.argv[1])))
print(text[:-1] + ', "clearance": ' + '{"a": ' * 100000 + '1' + '}' * 100000 + '}')
EOF
rejected "100 000 deep inside the profile" 65 'profile.json: /clearance(/a)+/?\.\.\.: JSON is nested' \
  "$bin" plan profile.json --today 2026-12-01 -o plan.ics
profile deep.jsonl >"$dir/profile.json"
{ history 2; $py -c 'print("{\"note\": " + "[" * 100000 + "]" * 100000 + "}")'; } >"$dir/deep.jsonl"
rejected "100 000 deep history line" 65 'deep.jsonl:3: /note(/0)+/?\.\.\.: JSON is nested' \
  "$bin" plan profile.json --today 2026-12-01 -o plan.csv
rm "$dir"/* && mkdir "$dir/in" && $py -c 'print("[" * 100000 + "]" * 100000)' >"$dir/in/deep.json"
(cd "$dir" && "$bin" batch in -o out -f json --today 2026-12-01 >/dev/null 2>"$work/err")
check "100 000 deep in a batch: exit 65" test $? -eq 65
check "100 000 deep in a batch: only the summaries" \
  test "$(ls "$dir/out" | tr '\n' ' ')" == "summary.csv summary.json "
rm -r "$dir" && mkdir "$dir"

# --- the history limit: 10 000 entries accepted, 10 001 rejected
profile h.jsonl >"$dir/profile.json"
history 10000 >"$dir/h.jsonl"
(cd "$dir" && "$bin" plan profile.json --today 2026-12-01 -o plan.json 2>"$work/err")
check "10 000 history entries: accepted" test $? -eq 0 -a -s "$dir/plan.json"
rm "$dir/plan.json"
rejected "10 000 entries: log refuses the 10 001st" 65 \
  'h.jsonl: the history already holds 10000 entries: nothing was logged' \
  "$bin" log profile.json --date 2026-12-01 --session S01-1 --completed --pain-before 1 \
  --pain-during 1 --pain-after 1 --today 2026-12-01
history 10001 >"$dir/h.jsonl"
rejected "10 001 history entries" 65 \
  'h.jsonl:10001: more than 10000 history entries \(allowed: at most 10000\)$' \
  "$bin" plan profile.json --today 2026-12-01 -o plan.json
profile >"$dir/p.json"
$py - "$dir/p.json" "$dir/inline.json" 10000 <<'EOF'
import datetime, json, sys
doc = json.load(open(sys.argv[1]))
day = datetime.date(1990, 1, 1)
doc["history"] = [{"date": (day + datetime.timedelta(days=2 * i)).isoformat(),
                   "session": "S01-1", "completed": True, "pain_before": 1,
                   "pain_during": 1, "pain_after": 1} for i in range(int(sys.argv[3]))]
compact = {"separators": (",", ":")}  # 10 000 entries fit in the 1 MiB a profile may have
json.dump(doc, open(sys.argv[2], "w"), **compact)
doc["history"].append(dict(doc["history"][-1], date="2026-11-30"))
json.dump(doc, open(sys.argv[2].replace(".json", "-10001.json"), "w"), **compact)
doc["history"] = doc["history"][:5000]
doc["history_file"] = "h5001.jsonl"
json.dump(doc, open(sys.argv[2].replace(".json", "-5000.json"), "w"), **compact)
EOF
rm "$dir/p.json"
history 5001 >"$dir/h5001.jsonl"
(cd "$dir" && "$bin" plan inline.json --today 2026-12-01 -o plan.json 2>"$work/err")
check "10 000 inline entries: accepted" test $? -eq 0 -a -s "$dir/plan.json"
rm "$dir/plan.json"
rejected "10 001 inline entries" 65 \
  'inline-10001.json: /history: has 10001 items, at most 10000 are allowed' \
  "$bin" plan inline-10001.json --today 2026-12-01 -f pdf -o x.pdf
rejected "5 000 inline + 5 001 in the file" 65 \
  'h5001.jsonl: 5001 entries here and 5000 in the profile make 10001 history entries' \
  "$bin" plan inline-5000.json --today 2026-12-01 -o plan.json
rm -r "$dir" && mkdir "$dir"

# --- log: a note no history file may hold (not UTF-8; a terminal control sequence)
profile h.jsonl >"$dir/profile.json"
history 2 >"$dir/h.jsonl"
log_note() {
  "$bin" log profile.json --date 2026-12-01 --session S01-1 --completed --pain-before 1 \
    --pain-during 1 --pain-after 1 --today 2026-12-01 --note "$1"
}
rejected "log --note in Latin-1" 64 '--note: is not valid UTF-8 text' log_note $'caf\xe9'
rejected "log --note with an escape sequence" 65 \
  'command line:1: /note: contains the control character U\+001B' log_note $'\e[2J gone'

finish cli_bad_inputs
