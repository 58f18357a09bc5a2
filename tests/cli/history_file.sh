#!/usr/bin/env bash
# Issue 13, items 3 and 4: a history_file stays beneath its profile's folder and is a
# regular file; errors never quote its contents; two profiles of a batch cannot share
# one; the next-morning rewrite keeps a symlinked history's target, and its owner,
# group and mode (the ownership cases need root, to make files of other users).
# usage: history_file.sh BACKSTRIDE EXAMPLES_DIR
set -uo pipefail
bin="$(realpath "$1")"
examples="$(realpath "$2")"
export TZ=UTC NO_COLOR=1 SOURCE_DATE_EPOCH=1796083200
source "$(dirname "$0")/lib.sh"
py=/usr/bin/python3
today=2026-12-01
secret='root:$6$SECRETHASH:19000:0:99999:7:::' # a stand-in for /etc/shadow, in a temp dir

profile_with() { # profile_with FILE HISTORY_FILE: lapsed-runner's profile naming HISTORY_FILE
  "$py" -c 'import json, sys
p = json.load(open(sys.argv[1])); p["history_file"] = sys.argv[2]
json.dump(p, open(sys.argv[3], "w"))' "$examples/lapsed-runner.json" "$2" "$1"
}
log_one() { # log_one PROFILE NOTE: logs a whole entry for 2026-11-30
  "$bin" log "$1" --date 2026-11-30 --session S05-1 --completed --pain-before 1 \
    --pain-during 1 --pain-after 1 --note "$2" --today "$today" >/dev/null
}
next_morning() { "$bin" log "$1" --date 2026-11-30 --pain-next-morning 2 --today "$today" >/dev/null; }
no_secret() { ! grep -qF 'SECRETHASH' "$@"; }

# ---- 3. beneath the profile's folder, regular files only, no contents in errors --------
mkdir -p "$work/other" "$work/alex/sub"
echo "$secret" >"$work/other/shadow"
cp "$examples/lapsed-runner.history.jsonl" "$work/other/sam.history.jsonl"
cp "$work/other/sam.history.jsonl" "$work/sam-before"
ln -s ../other/shadow "$work/alex/link-out"
for name in "$work/other/shadow" ../other/shadow ../other/sam.history.jsonl link-out sub/../../other/shadow; do
  profile_with "$work/alex/p.json" "$name"
  for cmd in plan next check validate; do
    "$bin" "$cmd" "$work/alex/p.json" >"$work/out" 2>"$work/err"
    code=$?
    check "history_file $name: $cmd exits 65" test "$code" = 65
    check "history_file $name: $cmd says it is outside the folder" grep -q "/history_file: .*is outside the profile's folder" "$work/err"
    check "history_file $name: $cmd quotes nothing of it" no_secret "$work/err" "$work/out"
  done
  log_one "$work/alex/p.json" escape 2>"$work/err"
  check "history_file $name: log exits 65" test $? = 65
done
check "no log was appended to another patient's history" cmp -s "$work/other/sam.history.jsonl" "$work/sam-before"
check "the stand-in for /etc/shadow is unchanged" test "$(cat "$work/other/shadow")" = "$secret"

# Beneath is fine: a subfolder, and a link that stays inside.
cp "$examples/lapsed-runner.history.jsonl" "$work/alex/sub/h.jsonl"
ln -sf sub/h.jsonl "$work/alex/inside"
for name in sub/h.jsonl inside ./sub/h.jsonl; do
  profile_with "$work/alex/p.json" "$name"
  "$bin" validate "$work/alex/p.json" >/dev/null 2>"$work/err"
  check "history_file $name (beneath): accepted" test $? = 0
done

# A history that is not JSON: line and column, never its text.
mkdir "$work/bad"
profile_with "$work/bad/p.json" h.jsonl
printf '{"note": "%s\n' "$secret" >"$work/bad/h.jsonl" # unclosed: the parser stops inside it
for cmd in plan validate; do
  "$bin" "$cmd" "$work/bad/p.json" >/dev/null 2>"$work/err"
  check "non-JSON history: $cmd exits 65" test $? = 65
  check "non-JSON history: $cmd names the line and column" grep -q "h.jsonl:1: invalid JSON: line 1, column" "$work/err"
  check "non-JSON history: $cmd quotes nothing of it" no_secret "$work/err"
done
log_one "$work/bad/p.json" x 2>"$work/err"
check "non-JSON history: log quotes nothing of it" no_secret "$work/err"
mkdir "$work/bad-in"
cp "$work/bad/p.json" "$work/bad/h.jsonl" "$work/bad-in/"
"$bin" batch "$work/bad-in" -o "$work/bad-out" -f json --today "$today" >/dev/null 2>"$work/err"
check "non-JSON history in a batch: exit 65" test $? = 65
check "non-JSON history in a batch: summary and stderr quote nothing of it" \
  no_secret "$work/err" "$work/bad-out/summary.csv" "$work/bad-out/summary.json"

# Valid JSON whose values break the rules: the error names the place, never the value.
mkdir -p "$work/values/in"
for field in /date /session /symptoms/0 /pain_during /note; do
  dir="$work/values/h${field//\//_}"
  mkdir -p "$dir"
  profile_with "$dir/p.json" h.jsonl
  "$py" -c 'import json, sys
entry = {"date": "2026-11-30", "session": "S05-1", "completed": True, "pain_before": 1,
         "pain_during": 1, "pain_after": 1, "symptoms": ["limp"], "note": "ok"}
parts = sys.argv[1].strip("/").split("/")
target = entry
for part in parts[:-1]:
    target = target[part]
key = int(parts[-1]) if parts[-1].isdigit() else parts[-1]
target[key] = sys.argv[2] + ("\u0007" if key == "note" else "")
open(sys.argv[3], "w").write(json.dumps(entry) + "\n")' "$field" "$secret" "$dir/h.jsonl"
  "$bin" validate "$dir/p.json" >/dev/null 2>"$work/err"
  check "history $field: validate exits 65" test $? = 65
  check "history $field: the error names the line and pointer" grep -qF "h.jsonl:1: $field:" "$work/err"
  check "history $field: the error quotes nothing of the value" no_secret "$work/err"
done
for field in /id /schedule/time /schedule/timezone /schedule/days/0 /schedule/start_date \
  /clearance/date; do
  "$py" -c 'import json, sys
p = json.load(open(sys.argv[1]))
p.setdefault("clearance", {"by": "Dr A", "date": "2026-11-01"})
parts = sys.argv[2].strip("/").split("/")
target = p
for part in parts[:-1]:
    target = target[part]
key = int(parts[-1]) if parts[-1].isdigit() else parts[-1]
target[key] = sys.argv[3]
json.dump(p, open(sys.argv[4], "w"))' "$examples/lapsed-runner.json" "$field" "$secret" \
    "$work/values/in/p${field//\//_}.json"
done
cp "$examples/lapsed-runner.history.jsonl" "$work/values/in/"
for file in "$work"/values/in/p*.json; do
  "$bin" validate "$file" --today "$today" >/dev/null 2>"$work/err"
  check "profile ${file##*/}: validate exits 65" test $? = 65
  check "profile ${file##*/}: the error quotes nothing of the value" no_secret "$work/err"
done
"$bin" batch "$work/values/in" -o "$work/values/out" -f json --today "$today" >/dev/null 2>"$work/err"
check "bad values in a batch: summary and stderr quote nothing of them" \
  no_secret "$work/err" "$work/values/out/summary.csv" "$work/values/out/summary.json"

# Two profiles of one batch naming the same history file (by two names): both errors.
mkdir -p "$work/two/in/x"
profile_with "$work/two/in/a.json" shared.history.jsonl
"$py" -c 'import json, sys
p = json.load(open(sys.argv[1])); p["id"] = "other-person"; json.dump(p, open(sys.argv[1], "w"))' "$work/two/in/a.json"
profile_with "$work/two/in/b.json" x/../shared.history.jsonl
cp "$examples/lapsed-runner.history.jsonl" "$work/two/in/shared.history.jsonl"
cp "$examples/beginner-chronic.json" "$work/two/in/c.json"
"$bin" batch "$work/two/in" -o "$work/two/out" -f json --today "$today" >/dev/null 2>"$work/err"
check "batch, one history for two profiles: exit 65" test $? = 65
check "batch, one history for two profiles: both are errors" \
  test "$(grep -c '/history_file: names the same file' "$work/err")" = 2
check "batch, one history for two profiles: only the third was planned" \
  test "$(ls "$work/two/out" | grep -v '^summary' | tr '\n' ' ')" = "beginner-chronic.json "

# ---- 4. the next-morning rewrite keeps the file -------------------------------------------
mkdir -p "$work/ln/logs"
profile_with "$work/ln/p.json" me.history.jsonl
cp "$examples/lapsed-runner.history.jsonl" "$work/ln/logs/real.jsonl"
ln -s logs/real.jsonl "$work/ln/me.history.jsonl"
log_one "$work/ln/p.json" before-rewrite
next_morning "$work/ln/p.json"
check "symlinked history: the rewrite exits 0" test $? = 0
check "symlinked history: still a link" test -L "$work/ln/me.history.jsonl"
check "symlinked history: the target was rewritten" grep -q '"pain_next_morning":2' "$work/ln/logs/real.jsonl"
log_one "$work/ln/p.json" after-rewrite
check "symlinked history: a later log lands in the target" grep -q after-rewrite "$work/ln/logs/real.jsonl"
check "symlinked history: no stray file beside the link" test "$(ls -A "$work/ln" | tr '\n' ' ')" = "logs me.history.jsonl p.json "

mkdir "$work/mode"
profile_with "$work/mode/p.json" me.history.jsonl
cp "$examples/lapsed-runner.history.jsonl" "$work/mode/me.history.jsonl"
chmod 640 "$work/mode/me.history.jsonl"
log_one "$work/mode/p.json" m
next_morning "$work/mode/p.json"
check "rewrite keeps mode 0640" test "$(stat -c %a "$work/mode/me.history.jsonl")" = 640

if [[ $EUID -eq 0 ]] && command -v setpriv >/dev/null; then
  # A shared 0660 log of user 4001, group 4000; user 4002 of group 4000 logs the next morning.
  mkdir "$work/shared" && chmod 755 "$work" && chmod 775 "$work/shared" && chgrp 4000 "$work/shared"
  profile_with "$work/shared/p.json" me.history.jsonl
  chmod 644 "$work/shared/p.json"
  cp "$examples/lapsed-runner.history.jsonl" "$work/shared/me.history.jsonl"
  as() { setpriv --reuid "$1" --regid 4000 --clear-groups "${@:2}"; }
  chown 4001:4000 "$work/shared/me.history.jsonl" && chmod 660 "$work/shared/me.history.jsonl"
  as 4001 "$bin" log "$work/shared/p.json" --date 2026-11-30 --session S05-1 --completed \
    --pain-before 1 --pain-during 1 --pain-after 1 --today "$today" >/dev/null
  as 4002 "$bin" log "$work/shared/p.json" --date 2026-11-30 --pain-next-morning 2 --today "$today" >/dev/null 2>"$work/err"
  check "another user's rewrite of a shared log: exit 0" test $? = 0
  check "another user's rewrite of a shared log: owner, group and mode kept" \
    test "$(stat -c %u:%g:%a "$work/shared/me.history.jsonl")" = 4001:4000:660
  as 4001 "$bin" next "$work/shared/p.json" --today "$today" >/dev/null 2>"$work/err"
  check "another user's rewrite of a shared log: the owner can still read it" test $? = 0
  check "another user's rewrite of a shared log: the value is there" grep -q '"pain_next_morning":2' "$work/shared/me.history.jsonl"
  chown 4001:4000 "$work/mode/me.history.jsonl"
  "$bin" log "$work/mode/p.json" --date 2026-11-30 --pain-next-morning 3 --force --today "$today" >/dev/null
  check "root's rewrite keeps the owner and group" test "$(stat -c %u:%g:%a "$work/mode/me.history.jsonl")" = 4001:4000:640
else
  skip_part "not root, or no setpriv: the cases with files of other users are not run"
fi

finish cli_history_file
