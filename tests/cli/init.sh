#!/usr/bin/env bash
# End-to-end checks of `backstride init`: scripted answers give a profile that validate
# and plan accept; an emergency answer exits 11 and writes nothing; answers that end
# early or an existing file write nothing; bad answers are asked again; and the same
# questionnaire works in a real terminal (tmux), where Ctrl-C leaves nothing behind.
# usage: init.sh BACKSTRIDE
set -uo pipefail
bin="$(realpath "$1")"
py=/usr/bin/python3
today=2026-11-26
source "$(dirname "$0")/lib.sh"

# The 39 answers in question order; "-" stands for pressing Enter (the default).
# Overrides: answers KEY=VALUE..., where KEY is a question number (1-based).
answers() {
  local -a a=(n n n n 1 n n n   n n n n n n n n   n n n n n n n
    "Alex Doe" - 42 172 -   20 3 5 y   30 90 1   - - - Europe/London)
  local pair
  for pair in "$@"; do
    a[$((${pair%%=*} - 1))]="${pair#*=}"
  done
  local answer
  for answer in "${a[@]}"; do
    [[ $answer == - ]] && echo || echo "$answer"
  done
}

only_files() {  # only_files DIR NAME...: DIR holds exactly these files
  local dir="$1"
  shift
  [[ "$(cd "$dir" && ls -A | sort | tr '\n' ' ')" == "$(printf '%s\n' "$@" | sort | tr '\n' ' ')" ]]
}

# --- scripted answers -------------------------------------------------------
mkdir "$work/ok" && cd "$work/ok"
answers >answers.txt
"$bin" init --today "$today" <answers.txt >out.txt 2>err.txt
check "clean answers exit 0" test $? -eq 0
check "profile and an empty pain log written" only_files . answers.txt out.txt err.txt me.json me.history.jsonl
check "profile is 0600" test "$(stat -c %a me.json)" = 600
check "pain log is 0600 and empty" test "$(stat -c %a:%s me.history.jsonl)" = 600:0
check "validate accepts it" "$bin" validate me.json
"$bin" plan me.json --today "$today" >/dev/null
check "plan exits 0 (screening clear)" test $? -eq 0
check "answers landed where they belong" "$py" - <<'EOF'
import json
p = json.load(open("me.json"))
assert p["id"] == "alex-doe" and p["name"] == "Alex Doe" and p["age"] == 42, p
assert p["height_cm"] == 172 and "weight_kg" not in p, p
assert p["schedule"] == {"start_date": "2026-11-28", "days": ["mon", "wed", "sat"],
                         "time": "07:30", "timezone": "Europe/London"}, p["schedule"]
assert p["history_file"] == "me.history.jsonl" and not any(p["screening"].values()), p
EOF
check "summary names the next step" grep -q "^Next: backstride plan me.json" out.txt
check "nothing on stderr" test ! -s err.txt

# --- emergency answers stop at once -------------------------------------------
for case in 1=y 5=4 8=yes; do
  dir="$work/emergency-${case%%=*}"
  mkdir "$dir" && cd "$dir"
  answers "$case" >answers.txt
  "$bin" init --today "$today" <answers.txt >out.txt 2>err.txt
  check "emergency answer $case exits 11" test $? -eq 11
  check "emergency answer $case writes nothing" only_files . answers.txt out.txt err.txt
  check "emergency answer $case names RF-EMERG" grep -q "(RF-EMERG)" out.txt
  check "emergency answer $case asks nothing more" bash -c '! grep -q "About you" out.txt'
done

# --- a warning sign: written, but a clinician must clear it -------------------
mkdir "$work/fever" && cd "$work/fever"
answers 9=y >answers.txt
"$bin" init --today "$today" <answers.txt >out.txt 2>&1
check "warning sign still writes the profile" test $? -eq 0 -a -f me.json
check "summary asks for a clinician" grep -q "RF-URGENT" out.txt
"$bin" check me.json >/dev/null
check "check then exits 10" test $? -eq 10

# --- bad answers are asked again ----------------------------------------------
mkdir "$work/retry" && cd "$work/retry"
answers >good.txt
# Question 26 (age): "abc", then 15, then 42; question 36 (days): consecutive days first;
# question 39 (zone): an unknown zone first.
sed -e '26s/.*/abc\n15\n42/' -e '36s/.*/mon,tue\nmon,thu/' -e '39s/.*/Mars\/Base\nAsia\/Tokyo/' good.txt >answers.txt
"$bin" init --today "$today" -o retry.json <answers.txt >out.txt 2>err.txt
check "retried answers exit 0" test $? -eq 0
check "four answers were refused" test "$(grep -c 'Not taken' out.txt)" -eq 4
check "the schema's range is quoted" grep -q "Not taken: that answer is out of range (allowed: a whole number from 16 to 100)" out.txt
check "consecutive days are refused" grep -q "mon and tue are consecutive" out.txt
check "the retried answers were kept" "$py" -c '
import json; p = json.load(open("retry.json"))
assert p["age"] == 42 and p["schedule"]["days"] == ["mon", "thu"], p
assert p["schedule"]["timezone"] == "Asia/Tokyo" and p["history_file"] == "retry.history.jsonl"'

# --- answers that end early ---------------------------------------------------
mkdir "$work/short" && cd "$work/short"
answers | head -n 30 >answers.txt
"$bin" init --today "$today" <answers.txt >out.txt 2>err.txt
check "answers ending early exit 66" test $? -eq 66
check "answers ending early write nothing" only_files . answers.txt out.txt err.txt
check "the message says nothing was written" grep -q "nothing was written" err.txt

# --- existing files -----------------------------------------------------------
mkdir "$work/exists" && cd "$work/exists"
answers >answers.txt
echo '{"keep": true}' >me.json
echo '{"old": "entry"}' >me.history.jsonl
"$bin" init --today "$today" <answers.txt >out.txt 2>err.txt
check "an existing profile exits 73" test $? -eq 73
check "before asking anything" test ! -s out.txt
check "and is left alone" grep -q keep me.json
"$bin" init --today "$today" --force <answers.txt >out.txt 2>err.txt
check "--force replaces it" test $? -eq 0 -a "$(stat -c %a me.json)" = 600
check "but keeps the existing pain log" grep -q old me.history.jsonl

# --- the profile on stdout, questions on stderr -------------------------------
mkdir "$work/stdout" && cd "$work/stdout"
answers >answers.txt
"$bin" init --today "$today" -o - <answers.txt >profile.json 2>questions.txt
check "-o - exits 0" test $? -eq 0
check "stdout is only the profile" "$py" -c 'import json; p = json.load(open("profile.json")); assert p["history_file"] == "alex-doe.history.jsonl"'
check "questions went to stderr" grep -q "Your age in years" questions.txt
check "no file was created" only_files . answers.txt profile.json questions.txt

# --- a real terminal ----------------------------------------------------------
if command -v tmux >/dev/null; then
  mkdir "$work/tty" && cd "$work/tty"
  tty_start "$work/tty" init --today "$today"
  tty_wait_for "Do you have any of these now?"
  mapfile -t typed < <(answers)
  tty_type "${typed[@]}"
  tty_wait_done "$work/tty"
  screen="$(tty_screen)"
  tty_stop
  check "terminal: init exits 0" grep -qx "exit=0" status
  check "terminal: screen shows the summary" grep -q "Wrote me.json" <<<"$screen"
  check "terminal: validate accepts the profile" "$bin" validate me.json

  mkdir "$work/tty-ctrl-c" && cd "$work/tty-ctrl-c"
  tty_start "$work/tty-ctrl-c" init --today "$today"
  tty_wait_for "Do you have any of these now?"
  tty_type "${typed[@]:0:27}"
  tty_wait_for "Your height in cm"
  tmux send-keys -t bs-tty C-c
  tty_wait_done "$work/tty-ctrl-c"
  tty_stop
  check "terminal: Ctrl-C exits 130" grep -qx "exit=130" status
  check "terminal: Ctrl-C writes nothing" only_files . status tty-before tty-after
else
  skip_part "tmux is not installed: the real-terminal cases are not run (scripts/setup-test-tools)"
fi

finish init
