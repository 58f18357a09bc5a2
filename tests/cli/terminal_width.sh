#!/usr/bin/env bash
# Issue 16, item 7: every command fits the terminal. At 40, 60 and 100 columns each
# command's text (and each error) has no line wider than the screen and no word split:
#   - on a pipe with COLUMNS=W, compared with the same command at COLUMNS=1000
#     (fits_width.py: widths, and the same words, none cut unless wider than a line);
#   - in a real W-column terminal (tmux, COLUMNS unset: the terminal's own size), where
#     the screen, wrapped lines joined, must be what the pipe got;
#   - `run`: scripted on a pipe, and its live screen in a 40-column terminal.
# Each command runs in a fresh copy of the examples (log, clear and batch write files).
# usage: terminal_width.sh BACKSTRIDE EXAMPLES_DIR
set -uo pipefail
bin="$(realpath "$1")"
examples="$(realpath "$2")"
here="$(realpath "$(dirname "$0")")"
source "$here/lib.sh"
py=/usr/bin/python3
export TZ=UTC NO_COLOR=1 LC_ALL=C.UTF-8 SOURCE_DATE_EPOCH=1796083200 # 2026-12-01
today=2026-12-01

# ---- the profiles ------------------------------------------------------------------
mkdir "$work/base"
cp "$examples"/* "$work/base/"
edit() { # edit IN OUT PYTHON: OUT is the profile IN after running PYTHON on it as `p`
  "$py" -c 'import json, sys
p = json.load(open(sys.argv[1])); exec(sys.argv[3]); json.dump(p, open(sys.argv[2], "w"), indent=2)' "$@"
}
cd "$work/base" || exit 1
edit beginner-chronic.json heart.json 'p["id"] = "heart"
p["screening"]["heart_condition_or_high_bp"] = True'
edit beginner-chronic.json saddle.json 'p["id"] = "saddle"
p["screening"]["saddle_numbness"] = True'
edit beginner-chronic.json future.json 'p["id"] = "future"
p["screening"]["cancer_history"] = True
p["clearance"] = {"by": "Dr Sam Lee (GP)", "date": "2026-12-02"}'
edit beginner-chronic.json bad-age.json 'p["id"] = "bad-age"
p["age"] = 12.5'
printf '{"id": "x",}\n' >comma.json
# A profile whose plan starts today, for run (usual pain 3).
edit beginner-chronic.json me.json 'p["back_pain"]["usual_pain"] = 3
p["schedule"].update({"start_date": "2026-12-01", "days": ["tue", "thu", "sat"]})
p["history_file"] = "me.history.jsonl"'
: >me.history.jsonl
mkdir patients
cp beginner-chronic.json saddle.json bad-age.json patients/
cd "$work" || exit 1

# ---- the commands ------------------------------------------------------------------
commands=(
  "plan beginner-chronic.json"
  "plan lapsed-runner.json"
  "plan walk-first.json"
  "plan heart.json"
  "plan saddle.json"
  "next lapsed-runner.json"
  "next heart.json"
  "next future.json"
  "check saddle.json"
  "check future.json"
  "log lapsed-runner.json --session S07-1 --completed --pain-before 2 --pain-during 3 --pain-after 2"
  "log lapsed-runner.json --session S07-1 --completed --pain-before 2 --pain-during 3 --pain-after 2 --symptom leg_weakness"
  "log lapsed-runner.json --date 2026-11-24 --pain-next-morning 2 --force"
  "clear heart.json --by Dr~Sam~Lee~(GP) --max-pain 4"
  "batch patients -o out -f text"
  "review patients"
  "rules"
  "programs"
  "schema"
  "schema --help"
  "validate beginner-chronic.json future.json bad-age.json"
  "--help"
  "help check"
  "plan --help"
  "log --help"
  "run --help"
  "plan bad-age.json"
  "plan comma.json"
  "plan missing.json"
  "plan beginner-chronic.json --today 2026-02-30"
  "plan beginner-chronic.json --todya 2026-12-01"
  "lgo beginner-chronic.json"
  "log lapsed-runner.json --date 02/11/2026 --session S07-1 --completed --pain-before 2 --pain-during 3 --pain-after 2"
)
with_today() { # with_today ARGS...: --today added where the command takes it
  case "$1" in
    plan | next | check | log | clear | batch | review | validate | run | init) [[ " $* " == *" --help "* || " $* " == *" --today "* || " $* " == *" --todya "* ]] || set -- "$@" --today "$today" ;;
  esac
  printf '%s\n' "$@"
}
# run_piped COLUMNS OUT ARGS...: in a fresh copy of the profiles, both streams to OUT
# (a ~ in an argument stands for a space); the input is the file $STDIN_FILE, if set.
run_piped() {
  local columns="$1" out="$2" dir
  shift 2
  dir="$(mktemp -d "$work/run.XXXXXX")"
  cp -r "$work/base/." "$dir/"
  mapfile -t args < <(with_today "$@")
  (cd "$dir" && COLUMNS="$columns" "$bin" "${args[@]//\~/ }" <"${STDIN_FILE:-$work/no-input}" >"$out" 2>&1)
}
fits() { "$py" "$here/fits_width.py" "$@"; }

# ---- init, its answers from a file -------------------------------------------------
# A new profile: a mistyped day refused, a city for the zone, an answer changed at the
# review. Then --edit of a profile: every answer kept, one changed at the review.
{
  printf 'n\nn\nn\nn\n1\nn\nn\nn\n'                      # the urgent warning signs
  for ((i = 0; i < 15; i++)); do printf 'n\n'; done        # the other yes/no questions
  printf 'Alex Doe\n\n42\n172\n\n20\n3\n5\ny\n30\n90\n1\n' # about you, the pain, activity
  printf 'Monday, Wednesday and Fridy\nMon/Wed/Fri\n\n\nLondon\n26\n44\n\n'
} >"$work/init-answers"
{
  for ((i = 0; i < 39; i++)); do printf '\n'; done
  printf '31\n6\n\n'
} >"$work/edit-answers"
: >"$work/no-input" # what the other commands read
init_commands=("init -o new.json" "init --edit beginner-chronic.json")
init_inputs=("$work/init-answers" "$work/edit-answers")
first_init=${#commands[@]}
commands+=("${init_commands[@]}")
stdin_for() { # stdin_for I: the answers file of command I, if it reads one
  (($1 >= first_init)) && printf '%s' "${init_inputs[$1 - first_init]}"
}

# ---- on a pipe, with COLUMNS -------------------------------------------------------------
for i in "${!commands[@]}"; do
  read -ra words <<<"${commands[i]}"
  export STDIN_FILE="$(stdin_for "$i")"
  run_piped 1000 "$work/wide-$i" "${words[@]}"
  for width in 40 60 100; do
    run_piped "$width" "$work/narrow-$width-$i" "${words[@]}"
    check "$width columns, on a pipe: backstride ${commands[i]}" \
      fits "$width" "$work/narrow-$width-$i" "$work/wide-$i"
  done
done
unset STDIN_FILE
check "init on a pipe: the profile was written and the edit saved (exit 0)" \
  grep -q "Saved your changes to beginner-chronic.json." "$work/wide-$((first_init + 1))"

# ---- in a terminal: its own width ----------------------------------------------------
if [[ -n "$(missing_tools tmux)" ]]; then
  skip_part "tmux is not installed: the terminal checks"
  finish cli_terminal_width
fi
export TMUX_TMPDIR="$work"
printf 'set -g history-limit 20000\n' >"$work/tmux.conf"
# One session lives through the test, so the server does not exit (and restart, racing
# the next session) each time a command's session ends.
tmux -f "$work/tmux.conf" new-session -d -s bs-keep "sleep 600"
cat >"$work/in-tty.sh" <<EOF
#!/usr/bin/env bash
unset COLUMNS LINES # the terminal's own size
if [[ -n \${STDIN_FILE:-} ]]; then exec <"\$STDIN_FILE"; fi # init's answers
'$bin' "\$@"
echo "exit=\$?" >status
sleep 60
EOF
chmod +x "$work/in-tty.sh"
tty_run() { # tty_run COLUMNS OUT ARGS...: runs in a COLUMNS-wide terminal; OUT: its screen
  local columns="$1" out="$2" dir i
  shift 2
  dir="$(mktemp -d "$work/tty.XXXXXX")"
  cp -r "$work/base/." "$dir/"
  mapfile -t args < <(with_today "$@")
  tmux -f "$work/tmux.conf" new-session -d -s bs-width -e "STDIN_FILE=${STDIN_FILE:-}" \
    -x "$columns" -y 50 -c "$dir" "$work/in-tty.sh" "${args[@]//\~/ }"
  for ((i = 0; i < 1200; i++)); do # 60 s at most
    [[ -f "$dir/status" ]] && break
    sleep 0.05
  done
  [[ -f "$dir/status" ]] || echo "timed out: backstride $*" >&2
  # -J joins the lines the terminal wrapped: a line too long shows as one line. Batch's
  # progress line is shown on a terminal only.
  tmux capture-pane -p -J -S - -t bs-width | sed 's/ *$//' | grep -Ev '^batch: [0-9]+/[0-9]+ profiles$' |
    sed -e :a -e '/^\n*$/{$d;N;ba' -e '}' >"$out"
  tmux kill-session -t bs-width 2>/dev/null
}
same_as_pipe() { # same_as_pipe TTY PIPE: the screen shows what the pipe got
  diff -u <(sed 's/ *$//' "$2" | sed -e :a -e '/^\n*$/{$d;N;ba' -e '}') "$1"
}
for i in "${!commands[@]}"; do
  read -ra words <<<"${commands[i]}"
  STDIN_FILE="$(stdin_for "$i")"
  for width in 40 60 100; do
    screen="$work/screen-$width-$i"
    tty_run "$width" "$screen" "${words[@]}"
    check "$width columns, in a terminal: backstride ${commands[i]}: fits" \
      fits "$width" "$screen" "$work/wide-$i"
    check "$width columns, in a terminal: backstride ${commands[i]}: as on a pipe with COLUMNS" \
      same_as_pipe "$screen" "$work/narrow-$width-$i"
  done
done

# ---- run ---------------------------------------------------------------------------
answers='2\n\n3\n2\n\n'
for width in 40 60 100; do
  for columns in 1000 "$width"; do
    dir="$work/run-$width-$columns"
    mkdir "$dir" && cp -r "$work/base/." "$dir/"
    (cd "$dir" && printf "$answers" | COLUMNS="$columns" "$bin" run me.json --time-scale 6000 >out 2>&1)
  done
  check "$width columns, on a pipe: backstride run (answers scripted)" \
    fits "$width" "$work/run-$width-$width/out" "$work/run-$width-1000/out"
done
mkdir "$work/live" && cp -r "$work/base/." "$work/live/"
tmux -f "$work/tmux.conf" new-session -d -s bs-width -x 40 -y 50 -c "$work/live" \
  "$work/in-tty.sh" run me.json --time-scale 600
screen() { tmux capture-pane -p -J -S - -t bs-width; }
wait_for() { # wait_for TEXT: until the screen shows it (60 s at most)
  local i
  for ((i = 0; i < 1200; i++)); do
    screen | grep -qF -- "$1" && return 0
    sleep 0.05
  done
  echo "timed out waiting for: $1" >&2
  screen >&2
  return 1
}
type_lines() {
  local line
  for line in "$@"; do
    tmux send-keys -t bs-width -l "$line"
    tmux send-keys -t bs-width Enter
  done
}
wait_for "Your back pain right now" && type_lines 2 ""
wait_for "Press Enter to start" && screen >"$work/live-questions" && type_lines ""
wait_for "Part " && screen >"$work/live-screen"
wait_for "Worst pain during the session" && type_lines 3 2 ""
for ((i = 0; i < 1200; i++)); do
  [[ -f "$work/live/status" ]] && break
  sleep 0.05
done
screen >"$work/live-end"
tmux kill-session -t bs-width 2>/dev/null
widest() { "$py" -c 'import sys; sys.path.insert(0, sys.argv[2]); import fits_width
print(max(fits_width.display_width(l) for l in open(sys.argv[1], encoding="utf-8").read().split("\n")))' "$1" "$here"; }
check "40 columns, in a terminal: run ends with exit 0" grep -qx "exit=0" "$work/live/status"
for part in questions screen end; do
  check "40 columns, in a terminal: run's $part fits" test "$(widest "$work/live-$part")" -le 40
done
check "40 columns, in a terminal: the live screen shows the part, a bar and what is next" \
  bash -c 'grep -Eq "Part [0-9]+ of 14:" "$0" && grep -Eq "\[[█░]{10,}\] +[0-9]+%" "$0" && grep -q "Next: " "$0"' \
  "$work/live-screen"
if [[ -n "${KEEP_SCREENS:-}" ]]; then # KEEP_SCREENS=DIR: the captures, to look at
  mkdir -p "$KEEP_SCREENS" && cp "$work"/live-* "$work"/screen-* "$KEEP_SCREENS/"
fi

finish cli_terminal_width
