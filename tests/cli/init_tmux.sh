#!/usr/bin/env bash
# `backstride init` in a real terminal (tmux, 100x50: the prompts wrap at 99 columns;
# terminal_width.sh tries 40 and 60): `back` and `<` return to the
# question asked before (and say so at the first one); the review lists every answer by
# part, a number changes that answer and `<` goes back to the last question; only Enter
# at the review writes the profile. Then `init --edit` of that profile, after a clearance
# was added and its mode changed: every answer is the default, one is changed, the review
# shows what it was, and the file changes in that line only, keeping its mode, its
# clearance and its pain log. Each step waits for its prompt at the cursor (no fixed
# sleeps), so a slow machine only makes it slower.
# usage: init_tmux.sh BACKSTRIDE
set -uo pipefail
bin="$(realpath "$1")"
py=/usr/bin/python3
today=2026-12-01 # a Tuesday
source "$(dirname "$0")/lib.sh"
command -v tmux >/dev/null || skip_test "tmux is not installed (scripts/setup-test-tools)"
export TMUX_TMPDIR="$work"
limit=${INIT_TMUX_WAIT:-90} # seconds one prompt may take to appear

# start DIR ARGS...: runs backstride ARGS in a fresh 100x50 terminal in DIR; when it
# ends, DIR/status holds "exit=N".
start() {
  local dir="$1"
  shift
  cat >"$work/in-tty.sh" <<EOF
#!/usr/bin/env bash
unset COLUMNS # the terminal's own width
export LC_ALL=C TZ=UTC
'$bin' "\$@"
echo "exit=\$?" >status
sleep 600
EOF
  chmod +x "$work/in-tty.sh"
  echo "set -g history-limit 50000" >"$work/tmux.conf"
  tmux -f "$work/tmux.conf" kill-session -t bs-init 2>/dev/null
  tmux -f "$work/tmux.conf" new-session -d -s bs-init -x 100 -y 50 -c "$dir" "$work/in-tty.sh" "$@"
  last_row=-1
  broken=0
}
stop() { tmux kill-session -t bs-init 2>/dev/null; }
screen() { tmux capture-pane -p -J -t bs-init -S - -E -; }

# answer EXPECT TEXT: waits until the program waits for an answer after a prompt that
# ends in EXPECT (below the line answered before), then types TEXT and Enter. A prompt
# ends in ": " with the cursor after it. Its last four lines are compared joined by
# spaces, without their indents, so that EXPECT may span a line break (the prompts wrap
# at the terminal's width); trailing spaces are not compared (tmux keeps them on some
# lines only).
broken=0 # set at the first prompt that did not come: the later steps fail at once
answer() {
  local expect="${1%% }" text="$2" i x y history row near="" top
  ((broken)) && return 1
  for ((i = 0; i < limit * 20; i++)); do
    read -r x y history < <(tmux display -p -t bs-init '#{cursor_x} #{cursor_y} #{history_size}')
    row=$((history + y))
    if ((row > last_row && x > 1)); then
      top=$((y > 3 ? y - 3 : 0))
      near="$(tmux capture-pane -p -J -t bs-init -S "$top" -E "$y" | sed 's/^ *//; s/ *$//' | tr '\n' ' ')"
      near="${near%"${near##*[! ]}"}"
      if [[ $near == *"$expect" && $near == *: ]]; then
        last_row=$row
        tmux send-keys -t bs-init -l "$text"
        tmux send-keys -t bs-init Enter
        return 0
      fi
    fi
    sleep 0.05
  done
  echo "timed out waiting for the prompt: $expect (the last lines read: $near)" >&2
  screen | tail -n 30 >&2
  broken=1
  return 1
}
steps() { # steps EXPECT TEXT [EXPECT TEXT]...: answer each pair; fails at the first miss
  while (($# >= 2)); do
    answer "$1" "$2" || return 1
    shift 2
  done
}
wait_done() { # wait_done DIR: until DIR/status exists
  local i
  ((broken)) && return 1
  for ((i = 0; i < limit * 20; i++)); do
    [[ -f "$1/status" ]] && return 0
    sleep 0.05
  done
  echo "timed out waiting for the end" >&2
  screen | tail -n 30 >&2
  return 1
}
count() { grep -cF -- "$1" <<<"$2"; } # count TEXT SCREEN: lines of SCREEN holding TEXT

yn='[y/n]: '
# --- a new profile: back, a refused day, a city for the zone, the review ----------
mkdir "$work/new" && cd "$work/new"
start "$work/new" init -o "$work/new/me.json" --today "$today"
steps \
  "saddle)? [y/n]: " back \
  "saddle)? [y/n]: " n \
  "able to go)? [y/n]: " n \
  "lost feeling? [y/n]: " "<" \
  "able to go)? [y/n] [n]: " y-no-typo \
  "able to go)? [y/n] [n]: " "" \
  "lost feeling? [y/n]: " n \
  "down)? [y/n]: " n \
  "Answer 1-4: " 1 \
  "from a height)? [y/n]: " n \
  "steroid tablets? [y/n]: " n \
  "Chest pain together with the back pain? [y/n]: " n
check "new: the red flags answered, with back and <" test $? = 0
for q in fever weight cancer night steroid immune upper lump heart fainted long-term supervision pregnant slipped operation; do
  answer "$yn" n || break
done
check "new: the other yes/no questions answered" test $? = 0
steps \
  "handouts: " "Alex Doe" \
  "[alex-doe]: " back \
  "handouts [Alex Doe]: " "" \
  "[alex-doe]: " "" \
  "age in years: " 42 \
  "Your height in cm (press Enter to skip): " 172 \
  "Your weight in kg (press Enter to skip): " "" \
  "begin?: " 20 \
  "worst imaginable): " 3 \
  "last 7 days, 0-10: " 5 \
  "better overall? [y/n]: " y \
  "limp?: " 30 \
  "week: " 90 \
  "Answer 1-3: " 1 \
  "[mon,wed,sat]: " "Monday, Wednesday and Fridy" \
  "[mon,wed,sat]: " "Mon/Wed/Fri" \
  "24-hour) [07:30]: " "" \
  "YYYY-MM-DD [2026-12-02]: " "" \
  "Europe/London [UTC]: " London \
  "change that answer: " "<" \
  "Europe/London [Europe/London]: " "" \
  "change that answer: " 26 \
  "age in years [42]: " 44
check "new: the rest answered, with back, a retry, and the review" test $? = 0
answer "change that answer: " ""
review_ok=$?
wait_done "$work/new"
new_screen="$(screen)"
stop
check "new: the review was answered" test $review_ok = 0
check "new: init exits 0" grep -qx "exit=0" status
printf '%s\n' "$new_screen" >"$work/new-screen.txt"
[[ -n ${INIT_TMUX_KEEP:-} ]] && cp "$work/new-screen.txt" "$INIT_TMUX_KEEP/new-screen.txt"
check "new: back at the first question says there is none" \
  grep -q "There is no question before this one." <<<"$new_screen"
check "new: a mistyped answer after back is refused, then the default kept" \
  grep -q "Not taken: type y or n. Please answer again." <<<"$new_screen"
check "new: the mistyped day is named with a suggestion" \
  grep -qF 'Not taken: "Fridy" is not a day; did you mean fri? Please answer again.' <<<"$new_screen"
check "new: the city is taken as its zone" grep -q "^    Taken as Europe/London.$" <<<"$new_screen"
# The last review: from its heading to its prompt.
review="$(tac <<<"$new_screen" | awk '/change that answer/ { p = 1 } p { print } p && /^Check your answers/ { exit }' | tac)"
printf '%s\n' "$review" >"$work/review.txt"
check "new: the review was shown three times" test "$(count "Check your answers." "$new_screen")" = 3
check "new: the review has the seven parts" test "$(grep -cxE "Urgent warning signs|Other \
warning signs|Getting ready for exercise|About you|Your back pain|How active you are|Your \
schedule" <<<"$review")" = 7
check "new: the review numbers the 39 answers" test "$(grep -cE "^ +[0-9]+  [A-Z]" <<<"$review")" = 39
check "new: the zone, last" grep -qE "^  39  Time zone +Europe/London$" <<<"$review"
check "new: the days in words" grep -qE "^  36  Exercise days +Mon, Wed, Fri$" <<<"$review"
check "new: a choice by its label" \
  grep -qE "^   5  Where leg symptoms reach +nowhere: it stays in my back$" <<<"$review"
check "new: the changed age" grep -qE "^  26  Age +44$" <<<"$review"
check "new: no review line is wider than the screen (99 columns)" bash -c '! grep -q "^.\{100\}" <<<"$1"' _ "$review"
check "new: the profile holds the answers" "$py" - "$work/new/me.json" <<'EOF'
import json, sys
p = json.load(open(sys.argv[1]))
assert p["name"] == "Alex Doe" and p["id"] == "alex-doe" and p["age"] == 44, p
assert p["height_cm"] == 172 and "weight_kg" not in p, p
assert not any(p["screening"].values()), p["screening"]
assert p["schedule"] == {"start_date": "2026-12-02", "days": ["mon", "wed", "fri"],
                         "time": "07:30", "timezone": "Europe/London"}, p["schedule"]
EOF
check "new: the profile and its empty pain log, nothing else" \
  test "$(cd "$work/new" && ls -A | tr '\n' ' ')" = "me.history.jsonl me.json status "

# --- --edit: a clearance and a logged session kept, one answer changed ----------
cd "$work/new"
"$bin" clear me.json --by "Dr Sam Lee (physio)" --max-pain 4 --today "$today" >/dev/null
check "edit: a clearance was added" grep -q '"clearance"' me.json
echo '{"date":"2026-12-02","session":"W01-1","completed":true,"pain_before":2,"pain_during":3,"pain_after":3,"symptoms":[],"note":""}' >me.history.jsonl
chmod 0640 me.json
cp me.json before.json
cp me.history.jsonl log-before.jsonl
rm status
start "$work/new" init --edit me.json --today "$today"
steps "saddle)? [y/n] [n]: " "" "able to go)? [y/n] [n]: " "" "feeling? [y/n] [n]: " "" \
  "down)? [y/n] [n]: " "" "Answer 1-4 [1]: " "" "height)? [y/n] [n]: " "" \
  "tablets? [y/n] [n]: " "" "back pain? [y/n] [n]: " ""
check "edit: the red flags kept" test $? = 0
for q in fever weight cancer night steroid immune upper lump heart fainted long-term supervision pregnant slipped operation; do
  answer "[n]: " "" || break
done
check "edit: the other yes/no answers kept" test $? = 0
steps \
  "handouts [Alex Doe]: " "" \
  "[alex-doe]: " "" \
  "age in years [44]: " "" \
  "(none to leave it out) [172]: " "" \
  "Your weight in kg (press Enter to skip): " "" \
  "begin? [20]: " "" \
  "imaginable) [3]: " "" \
  "last 7 days, 0-10 [5]: " 6 \
  "better overall? [y/n] [y]: " back \
  "last 7 days, 0-10 [6]: " "" \
  "better overall? [y/n] [y]: " "" \
  "[30]: " "" \
  "[90]: " "" \
  "Answer 1-3 [1]: " "" \
  "[mon,wed,fri]: " "" \
  "24-hour) [07:30]: " "" \
  "YYYY-MM-DD [2026-12-02]: " "" \
  "[Europe/London]: " "" \
  "change that answer: " ""
check "edit: every answer walked with its default, one changed" test $? = 0
wait_done "$work/new"
edit_screen="$(screen)"
stop
printf '%s\n' "$edit_screen" >"$work/edit-screen.txt"
[[ -n ${INIT_TMUX_KEEP:-} ]] && cp "$work/edit-screen.txt" "$INIT_TMUX_KEEP/edit-screen.txt"
check "edit: init exits 0" grep -qx "exit=0" status
check "edit: the review shows what the changed answer was" \
  grep -qE "^  31  Worst in the last 7 days, 0-10 +6  \(was: 5\)$" <<<"$edit_screen"
check "edit: only that answer is marked" test "$(count "(was: " "$edit_screen")" = 1
check "edit: it says the changes were saved" grep -q "^Saved your changes to me.json.$" <<<"$edit_screen"
check "edit: the file changed in that line only" \
  bash -c '[[ $(diff before.json me.json | grep -c "^[<>]") == 2 ]] && diff before.json me.json | grep -q "^> *\"worst_pain_last_week\": 6,$"'
check "edit: the clearance is kept" "$py" -c '
import json; p = json.load(open("me.json"))
assert p["clearance"]["by"] == "Dr Sam Lee (physio)" and p["clearance"]["max_pain_during"] == 4, p'
check "edit: the mode is kept (0640)" test "$(stat -c %a me.json)" = 640
check "edit: the pain log is untouched" cmp -s me.history.jsonl log-before.jsonl
check "edit: no new file" \
  test "$(ls -A | tr '\n' ' ')" = "before.json log-before.jsonl me.history.jsonl me.json status "
check "edit: the profile validates" bash -c '"$1" validate me.json >/dev/null' _ "$bin"

finish init_tmux
