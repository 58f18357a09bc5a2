# Shared helpers for the end-to-end shell tests; source it after setting -uo pipefail.
# Gives: $work (a scratch directory removed on exit), check NAME COMMAND..., and
# finish NAME, which prints "NAME: N passed, M failed" and exits non-zero on failure, or
# 77 (skipped) when nothing failed but a part was skipped; skip_test, skip_part and
# missing_tools from tests/skip.sh.
# shellcheck source=../skip.sh
source "$(dirname "${BASH_SOURCE[0]}")/../skip.sh"
# One line per message: the checks grep for whole sentences, which backstride would
# otherwise wrap at 79 columns on a pipe (terminal_width.sh sets COLUMNS itself).
export COLUMNS=1000
work="$(mktemp -d)"
trap 'chmod -R u+w "$work"; rm -rf "$work"' EXIT
passed=0
failed=0

check() {  # check NAME COMMAND...
  local name="$1"
  shift
  if "$@"; then
    passed=$((passed + 1))
    echo "ok   $name"
  else
    failed=$((failed + 1))
    echo "FAIL $name"
  fi
}

finish() {  # finish SUITE_NAME
  echo "$1: $passed passed, $failed failed${skipped_parts[0]+, ${#skipped_parts[@]} parts skipped}"
  [[ $failed -eq 0 && $passed -gt 0 ]] || exit 1
  if ((${#skipped_parts[@]})); then
    printf 'SKIP: %s\n' "${skipped_parts[@]}"
    exit "$skip_code"
  fi
}

# Terminal tests (tmux). tty_start DIR ARGS...: runs backstride ARGS in a fresh 100x40
# terminal in DIR; when it ends, DIR/status holds "exit=N" and DIR/tty-before and
# DIR/tty-after the terminal settings (stty -g) around it. The shell survives Ctrl-C
# (a trap, not an ignored signal, so backstride gets the default action).
# Needs $bin; sessions live under $work and end with the test.
tty_start() {
  local dir="$1"
  shift
  export TMUX_TMPDIR="$work"
  cat >"$work/in-tty.sh" <<EOF
#!/usr/bin/env bash
trap ':' INT
unset COLUMNS # the terminal's own width
export LC_ALL="${TTY_LOCALE:-C}"
stty -g >tty-before
'$bin' "\$@"
echo "exit=\$?" >status
stty -g >tty-after
sleep 60
EOF
  chmod +x "$work/in-tty.sh"
  tmux kill-session -t bs-tty 2>/dev/null
  tmux new-session -d -s bs-tty -x 100 -y 40 -c "$dir" "$work/in-tty.sh" "$@"
}
tty_type() {  # tty_type LINE...: types each line and presses Enter
  local line
  for line in "$@"; do
    tmux send-keys -t bs-tty -l "$line"
    tmux send-keys -t bs-tty Enter
  done
}
tty_screen() { tmux capture-pane -p -t bs-tty -S -300; }
tty_wait_for() {  # tty_wait_for TEXT [SECONDS]: until the screen shows TEXT
  local i
  for ((i = 0; i < ${2:-10} * 20; i++)); do
    tty_screen | grep -qF -- "$1" && return 0
    sleep 0.05
  done
  echo "timed out waiting for: $1" >&2
  tty_screen >&2
  return 1
}
tty_wait_done() {  # tty_wait_done DIR: until DIR/status exists (20 s at most)
  local i
  for ((i = 0; i < 400; i++)); do
    [[ -f "$1/status" ]] && return 0
    sleep 0.05
  done
  return 1
}
tty_stop() { tmux kill-session -t bs-tty 2>/dev/null; }
trap 'tmux kill-server 2>/dev/null; chmod -R u+w "$work"; rm -rf "$work"' EXIT
