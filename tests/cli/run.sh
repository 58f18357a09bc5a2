#!/usr/bin/env bash
# End-to-end checks of `backstride run`: a scripted session appends exactly one valid
# entry; high pain turns it into a walk; red-flag symptoms refuse to start; rest days
# and withheld plans log nothing; and in a real terminal (tmux) the live screen runs
# at --time-scale 600, space pauses, q stops early, Ctrl-C logs nothing, and the
# terminal settings are restored every time.
# usage: run.sh BACKSTRIDE EXAMPLES_DIR
set -uo pipefail
bin="$(realpath "$1")"
examples="$2"
py=/usr/bin/python3
today=2026-11-30 # a Monday: the profile's first session day
source "$(dirname "$0")/lib.sh"

# A profile (usual pain 3) whose plan starts today, with an empty pain log.
new_profile() {  # new_profile DIR [PYTHON_EDIT]
  mkdir -p "$1"
  "$py" - "$examples/beginner-chronic.json" "$1/me.json" "${2:-}" <<'EOF'
import json, sys
p = json.load(open(sys.argv[1]))
p["back_pain"]["usual_pain"] = 3
p["schedule"].update({"start_date": "2026-11-30", "days": ["mon", "wed", "sat"]})
p["history_file"] = "me.history.jsonl"
exec(sys.argv[3])
json.dump(p, open(sys.argv[2], "w"), indent=2)
EOF
  : >"$1/me.history.jsonl"
}
lines() { wc -l <"$1" | tr -d ' '; }
entry_is() {  # entry_is HISTORY PYTHON_EXPR: exactly one line, and `e` satisfies it
  "$py" -c 'import json, sys
rows = open(sys.argv[1]).read().splitlines()
assert len(rows) == 1, rows
e = json.loads(rows[0])
sys.exit(0 if eval(sys.argv[2]) else "entry: %r" % e)' "$1" "$2"
}
piped() {  # piped DIR ANSWERS [flags]: runs with answers on stdin; exit code in $code
  local dir="$1" input="$2"
  shift 2
  printf "$input" | "$bin" run "$dir/me.json" --today "$today" --time-scale 6000 "$@" \
    >"$dir/out" 2>"$dir/err"
  code=$?
}

# --- scripted answers ---------------------------------------------------------
new_profile "$work/ok"
piped "$work/ok" '2\n\n3\n2\n\n'
check "scripted session exits 0" test "$code" = 0
check "one complete entry appended" entry_is "$work/ok/me.history.jsonl" \
  'e["date"] == "2026-11-30" and e["session"] == "S01-1" and e["completed"] is True and (e["pain_before"], e["pain_during"], e["pain_after"]) == (2, 3, 2) and e["symptoms"] == [] and e["note"] == "" and "pain_next_morning" not in e'
check "each part is announced at its planned time" grep -qx "\[5:00\] Jog for 1 minute" "$work/ok/out"
check "the stop rule is said with the first cue" grep -q "^\[0:00\] Warm up: brisk walk for 5 minutes. Stop jogging" "$work/ok/out"
check "halfway is said with the change it falls on" grep -qx "\[12:30\] Halfway. Jog for 1 minute" "$work/ok/out"
check "one minute before the end is said" grep -qx "\[24:00\] One minute left" "$work/ok/out"
check "the end is announced" grep -qx "\[25:00\] Done. Tomorrow morning, note how your back feels." "$work/ok/out"
check "the decision waits for the next morning, not AMBER" grep -q "^Decision: .*(PAIN-PENDING)" "$work/ok/out"
check "it ends with the exact command for tomorrow morning" bash -c 'tail -2 "$0" | grep -qxF -- "  backstride log $1 --date $2 --pain-next-morning N"' \
  "$work/ok/out" "$work/ok/me.json" "$today"
check "nothing on stderr" test ! -s "$work/ok/err"
"$bin" log "$work/ok/me.json" --date "$today" --pain-next-morning 3 --today 2026-12-01 >"$work/ok/out"
check "next morning: the run's entry is updated" entry_is "$work/ok/me.history.jsonl" 'e["pain_next_morning"] == 3'
check "next morning: the session now counts as GREEN" grep -q "(PAIN-GREEN)" "$work/ok/out"

new_profile "$work/walk"
piped "$work/walk" '5\n\n4\n4\n\n'
check "pain above usual + 1: exit 0" test "$code" = 0
check "pain above usual + 1: walk only, with the rule" grep -q "Walk only today (CHK-BEFORE): your pain is 5" "$work/walk/out"
check "pain above usual + 1: no jogging announced" bash -c '! grep -q "Jog" "$0"' "$work/walk/out"
check "pain above usual + 1: logged as not completed" entry_is "$work/walk/me.history.jsonl" \
  'e["completed"] is False and e["note"] == "walked only (CHK-BEFORE)"'

new_profile "$work/new-symptom"
piped "$work/new-symptom" '2\ntingling\n2\n2\nlimp\n'
check "a new symptom: walk only" grep -q "Walk only today (CHK-BEFORE): something new" "$work/new-symptom/out"
check "a new symptom: symptoms before and after are logged" entry_is "$work/new-symptom/me.history.jsonl" \
  'e["symptoms"] == ["tingling", "limp"] and e["completed"] is False'

for flag in "saddle_numbness 11" "chest_pain 11" "fever 10"; do
  set -- $flag
  new_profile "$work/flag-$1"
  piped "$work/flag-$1" "2\n$1\n"
  check "$1 before the session: exit $2" test "$code" = "$2"
  check "$1 before the session: nothing logged" test ! -s "$work/flag-$1/me.history.jsonl"
  check "$1 before the session: does not start" bash -c 'grep -q "Do not start today" "$0" && ! grep -q "Warm up" "$0"' "$work/flag-$1/out"
done

new_profile "$work/retry"
piped "$work/retry" '11\nabc\n2\nfevr\n\nnone\n3\n2\n\n'
check "bad answers asked again: exit 0" test "$code" = 0
check "bad answers asked again: three refused" test "$(grep -c "Not taken" "$work/retry/out")" = 3
check "a mistyped symptom: the closest name is offered" grep -q '"fevr" is not one of them (did you mean fever?)' "$work/retry/out"
check "after a refusal, Enter alone is not taken for none" grep -q 'Type none if nothing is new' "$work/retry/out"
check "bad answers asked again: one entry" entry_is "$work/retry/me.history.jsonl" 'e["pain_before"] == 2'

new_profile "$work/short"
piped "$work/short" '2\n\n3\n'
check "answers ending early: exit 66" test "$code" = 66
check "answers ending early: nothing logged" test ! -s "$work/short/me.history.jsonl"

new_profile "$work/rest"
printf '2\n\n3\n2\n\n' | "$bin" run "$work/rest/me.json" --today 2026-12-01 >"$work/rest/out" 2>&1
check "a rest day: exit 0" test $? = 0
check "a rest day: says so and names the next session" grep -q "No session today: a rest day (REST-DAY)" "$work/rest/out"
check "a rest day: nothing logged" test ! -s "$work/rest/me.history.jsonl"

new_profile "$work/withheld" 'p["screening"]["heart_condition_or_high_bp"] = True'
piped "$work/withheld" '2\n\n3\n2\n\n'
check "a withheld plan: exit 10" test "$code" = 10
check "a withheld plan: nothing logged" test ! -s "$work/withheld/me.history.jsonl"

new_profile "$work/term"
"$bin" run "$work/term/me.json" --today "$today" >"$work/term/out" 2>&1 < <(sleep 5) &
sleep 0.5
kill -TERM $!
wait $!
check "SIGTERM while answering: nothing logged" test ! -s "$work/term/me.history.jsonl"
new_profile "$work/term2"
"$bin" run "$work/term2/me.json" --today "$today" >"$work/term2/out" 2>&1 < <(printf '2\n\n'; exec sleep 30 2>/dev/null) &
for ((i = 0; i < 600; i++)); do grep -q "Warm up" "$work/term2/out" && break; sleep 0.05; done # the timer runs
kill -TERM $!
wait $!
check "SIGTERM during the timer: exit 130" test $? = 130
check "SIGTERM during the timer: says nothing was logged" grep -q "nothing was logged" "$work/term2/out"
check "SIGTERM during the timer: nothing logged" test ! -s "$work/term2/me.history.jsonl"

# --- a real terminal ----------------------------------------------------------
if command -v tmux >/dev/null; then
  new_profile "$work/tty"
  tty_start "$work/tty" run me.json --today "$today" --time-scale 600
  tty_wait_for "Your back pain right now"
  tty_type 2 ""
  tty_wait_for "Press Enter to start"
  tty_type ""
  tty_wait_for "Part " && mid="$(tty_screen)"  # whichever part: at 600x each lasts 0.1-0.5 s
  tty_wait_for "Worst pain during the session" 20
  tty_type 3 2
  tty_wait_for "Anything new during or after?"
  menu="$(tty_screen)"
  tty_type "Sharp-Pain, 9"  # a name as people write it, and a number from the menu
  tty_wait_done "$work/tty"
  after="$(tty_screen)"
  tty_stop
  check "terminal: run --time-scale 600 exits 0" grep -qx "exit=0" "$work/tty/status"
  check "terminal: exactly one valid entry, with the symptoms as typed" entry_is "$work/tty/me.history.jsonl" \
    'e["completed"] is True and (e["pain_before"], e["pain_during"], e["pain_after"]) == (2, 3, 2) and e["symptoms"] == ["sharp_pain", "limp"]'
  check "terminal: the symptom menu is numbered" \
    bash -c 'grep -q " 9 limp  10 sharp pain" <<<"$0" && grep -q "Names or numbers" <<<"$0"' "$menu"
  check "terminal: sharp pain makes the session RED" grep -q "(PAIN-RED)" <<<"$after"
  check "terminal: the live screen shows the part and an ASCII bar" \
    bash -c 'grep -Eq "Part [0-9]+ of 14: " <<<"$0" && grep -Eq "\[[#-]{40}\]" <<<"$0"' "${mid:-}"
  check "terminal: settings restored" cmp -s "$work/tty/tty-before" "$work/tty/tty-after"

  new_profile "$work/tty-q"
  TTY_LOCALE=C.UTF-8 tty_start "$work/tty-q" run me.json --today "$today" --time-scale 20
  tty_wait_for "Your back pain right now"
  tty_type 2 "" ""
  tty_wait_for "Part 1 of"
  before_pause="$(tty_screen)"  # warm-up lasts 15 s at 20x
  tmux send-keys -t bs-tty " "
  tty_wait_for "████   ███  █   █  ████ █████ ████"  # PAUSED, in a UTF-8 locale
  first="$(tty_screen)"
  check "terminal: the part, what is next, and block letters (UTF-8)" \
    bash -c 'grep -q "Part 1 of 14: warm-up 5:00" <<<"$0" && grep -q "Next: jog 1:00" <<<"$0" && grep -q "█   █  ███  ████  █   █" <<<"$0"' "$before_pause"
  sleep 0.6
  check "terminal: space pauses the clock" test "$first" = "$(tty_screen)"
  check "terminal: a UTF-8 locale gets block characters" grep -qF "[░░░░░░░░░░" <<<"$first"
  tmux send-keys -t bs-tty " "
  sleep 0.3
  tmux send-keys -t bs-tty q
  tty_wait_for "Worst pain during the session"
  tty_type 2 2 ""
  tty_wait_done "$work/tty-q"
  tty_stop
  check "terminal: q stops early and logs it" entry_is "$work/tty-q/me.history.jsonl" \
    'e["completed"] is False and e["note"].startswith("stopped after ")'
  check "terminal: settings restored after q" cmp -s "$work/tty-q/tty-before" "$work/tty-q/tty-after"

  new_profile "$work/tty-c"
  tty_start "$work/tty-c" run me.json --today "$today" --time-scale 20
  tty_wait_for "Your back pain right now"
  tty_type 2 "" ""
  tty_wait_for "Part 1 of"
  tmux send-keys -t bs-tty C-c
  tty_wait_done "$work/tty-c"
  tty_stop
  check "terminal: Ctrl-C exits 130" grep -qx "exit=130" "$work/tty-c/status"
  check "terminal: Ctrl-C logs nothing" test ! -s "$work/tty-c/me.history.jsonl"
  check "terminal: settings restored after Ctrl-C" cmp -s "$work/tty-c/tty-before" "$work/tty-c/tty-after"

  # Issue 13, item 11: Ctrl-\ (SIGQUIT) and Ctrl-Z / fg leave the terminal as it was.
  cursor_shown() { test "$(tmux display -p -t bs-tty '#{cursor_flag}')" = "$1"; }
  # has_mode MODE: the pane's terminal has MODE on (stty -a lists it without a leading "-").
  has_mode() { stty -F "$(tmux display -p -t bs-tty '#{pane_tty}')" -a | tr ' ;' '\n\n' | grep -qx "$1"; }
  new_profile "$work/tty-quit"
  tty_start "$work/tty-quit" run me.json --today "$today" --time-scale 20
  tty_wait_for "Your back pain right now"
  tty_type 2 "" ""
  tty_wait_for "Part 1 of"
  tmux send-keys -t bs-tty 'C-\'
  tty_wait_done "$work/tty-quit"
  check "terminal: Ctrl-\\ exits 130 and logs nothing" \
    bash -c 'grep -qx "exit=130" "$0/status" && test ! -s "$0/me.history.jsonl"' "$work/tty-quit"
  check "terminal: settings restored after Ctrl-\\" cmp -s "$work/tty-quit/tty-before" "$work/tty-quit/tty-after"
  check "terminal: the cursor is shown again after Ctrl-\\" cursor_shown 1
  tty_stop

  # Ctrl-Z needs job control (a stopped job in an orphaned process group is never
  # stopped): this pane's shell runs backstride as a job (set -m), and on the test's
  # word ("go") brings it back with fg.
  new_profile "$work/tty-z"
  printf '%s\n' 'set -m' 'stty -g >tty-before' \
    "'$bin' run me.json --today $today --time-scale 20" 'code=$?' \
    'if [ $code = 148 ]; then touch stopped; until [ -e go ]; do sleep 0.05; done; fg >/dev/null; code=$?; fi' \
    'echo "exit=$code" >status' 'stty -g >tty-after' 'sleep 60' >"$work/tty-z/job.sh"
  tmux kill-session -t bs-tty 2>/dev/null
  tmux new-session -d -s bs-tty -x 100 -y 40 -c "$work/tty-z" bash job.sh
  tty_wait_for "Your back pain right now"
  tty_type 2 "" ""
  tty_wait_for "Part 1 of"
  tmux send-keys -t bs-tty C-z
  for ((i = 0; i < 400; i++)); do [[ -e $work/tty-z/stopped ]] && break; sleep 0.05; done
  check "terminal: Ctrl-Z stops the timer" test -e "$work/tty-z/stopped"
  check "terminal: while stopped, echo is back" has_mode echo
  check "terminal: while stopped, line editing is back" has_mode icanon
  check "terminal: while stopped, the cursor is shown" cursor_shown 1
  touch "$work/tty-z/go"
  for ((i = 0; i < 400; i++)); do cursor_shown 0 && break; sleep 0.05; done # fg: hidden again
  check "terminal: after fg, the cursor is hidden again" cursor_shown 0
  key_mode() { ! has_mode echo && ! has_mode icanon; }
  check "terminal: after fg, single-key mode again (no echo, no line editing)" key_mode
  tty_wait_for "Part 1 of"
  tmux send-keys -t bs-tty q
  tty_wait_for "Worst pain during the session"
  tty_type 2 2 ""
  tty_wait_done "$work/tty-z"
  tty_stop
  check "terminal: after Ctrl-Z and fg, q stops and logs once" entry_is "$work/tty-z/me.history.jsonl" \
    'e["completed"] is False'
  check "terminal: settings restored after Ctrl-Z and fg" cmp -s "$work/tty-z/tty-before" "$work/tty-z/tty-after"
else
  skip_part "tmux is not installed: the real-terminal cases are not run (scripts/setup-test-tools)"
fi

finish cli_run
