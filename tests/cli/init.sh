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

# The 39 answers in question order, then an empty line that saves at the review; "-"
# stands for pressing Enter (the default).
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
  echo
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

# --- the review: the end of input there writes nothing; back; a changed answer ----
mkdir "$work/review" && cd "$work/review"
answers | head -n 39 >answers.txt
"$bin" init --today "$today" <answers.txt >out.txt 2>err.txt
check "answers ending at the review exit 66" test $? -eq 66
check "and write nothing" only_files . answers.txt out.txt err.txt
check "the review was shown" grep -q "Press Enter to save, or type a number to change that answer" out.txt
# Question 3 answered "back" first (then 2 again), 24 "<" (then 23 again); at the review,
# 99 is refused, 31 is changed to 6 and "<" goes back to question 39.
answers 36="Monday and Thursday" 39=london | sed -e '3s/^/back\nn\n/' -e '24s/^/<\nn\n/' \
  -e '40s/^/99\n31\n6\n<\n\n/' >answers.txt
"$bin" init --today "$today" -o back.json <answers.txt >out.txt 2>err.txt
check "back and the review exit 0" test $? -eq 0
check "back asked question 2 again" test "$(grep -c "bladder or bowels" out.txt)" -eq 2
check "the city was taken as its zone" grep -q "Taken as Europe/London." out.txt
check "a number that is no answer is refused" \
  grep -q "Not taken: type a number from 1 to 39, or just press Enter to save." out.txt
check "the review was shown three times" test "$(grep -c "^Check your answers" out.txt)" -eq 3
check "the changed answer was saved" "$py" -c '
import json; p = json.load(open("back.json"))
assert p["back_pain"]["worst_pain_last_week"] == 6 and p["age"] == 42, p
assert p["schedule"]["days"] == ["mon", "thu"] and p["schedule"]["timezone"] == "Europe/London", p'
printf 'back\n' | "$bin" init --today "$today" -o first.json >out.txt 2>&1
check "back at the first question says there is none" grep -q "There is no question before this one." out.txt

# --- init --edit --------------------------------------------------------------
mkdir "$work/edit" && cd "$work/edit"
answers >answers.txt
"$bin" init --today "$today" <answers.txt >/dev/null 2>&1
"$bin" clear me.json --by "Dr Sam Lee" --today "$today" >/dev/null
echo '{"old": "entry"}' >me.history.jsonl
chmod 0640 me.json
cp me.json before.json
yes "" | head -n 40 >keep.txt
"$bin" init --today "$today" --edit me.json <keep.txt >out.txt 2>err.txt
check "edit keeping every answer exits 0" test $? -eq 0
check "and says nothing changed" grep -q "^No answer changed: me.json is as it was.$" out.txt
check "and leaves the file as it was" cmp -s me.json before.json
sed -e '12s/^$/y/' keep.txt >night.txt
"$bin" init --today "$today" --edit me.json <night.txt >out.txt 2>err.txt
check "edit changing one answer exits 0" test $? -eq 0
check "the review shows what it was" grep -qE "^  12  Night pain that stays +yes  \(was: no\)$" out.txt
check "only that line changed" test "$(diff before.json me.json | grep -c '^[<>]')" -eq 2
check "the mode, the clearance and the pain log are kept" \
  test "$(stat -c %a me.json)" = 640 -a "$(grep -c '"clearance"' me.json)" = 1 -a \
  "$(cat me.history.jsonl)" = '{"old": "entry"}'
cp me.json before.json
sed -e '8s/^$/y/' keep.txt >chest.txt
"$bin" init --today "$today" --edit me.json <chest.txt >out.txt 2>err.txt
check "edit answering an urgent sign exits 11" test $? -eq 11
check "and leaves the file as it was" cmp -s me.json before.json
"$py" -c 'import json; p = json.load(open("me.json")); p["screening"]["chest_pain"] = True
json.dump(p, open("me.json", "w"), indent=2)'
sed -e '8s/^$/n/' keep.txt >unchest.txt
"$bin" init --today "$today" --edit me.json <unchest.txt >out.txt 2>err.txt
check "an old urgent answer can be put right by edit" test $? -eq 0
check "and is saved as no" "$py" -c 'import json; assert not json.load(open("me.json"))["screening"]["chest_pain"]'
"$bin" init --edit me.json -o other.json </dev/null >out.txt 2>err.txt
check "edit with -o is refused (64)" test $? -eq 64
"$bin" init --edit - </dev/null >out.txt 2>err.txt
check "edit of stdin is refused (64)" test $? -eq 64
echo '{"schema_version": 1}' >bad.json
"$bin" init --edit bad.json <keep.txt >out.txt 2>err.txt
check "edit of a bad profile exits 65 before asking" test $? -eq 65 -a ! -s out.txt
"$bin" init --edit missing.json <keep.txt >out.txt 2>err.txt
check "edit of a missing profile exits 66" test $? -eq 66

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
