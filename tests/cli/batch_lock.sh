#!/usr/bin/env bash
# Issue 13, items 7 and 8: one batch at a time per output folder (a second one fails at once
# with 73 and writes nothing); and on the path without O_TMPFILE, a write killed with
# kill -9 leaves a temporary name that the next write of that file sweeps away.
# Deterministic: the first batch is stopped (SIGSTOP) while it holds the folder, and the
# kill is injected by strace at a chosen system call.
# usage: batch_lock.sh BACKSTRIDE EXAMPLES_DIR
set -uo pipefail
bin="$(realpath "$1")"
examples="$(realpath "$2")"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
today=2026-12-01
export TZ=UTC NO_COLOR=1 SOURCE_DATE_EPOCH=1796083200
source "$here/lib.sh"

# ---- 7. a folder held by another process (flock(1), as a batch holds it) -------------------
mkdir -p "$work/in" "$work/out"
cp "$examples/beginner-chronic.json" "$examples/walk-first.json" "$work/in/"
exec {held}<"$work/out"
flock -x "$held"
"$bin" batch "$work/in" -o "$work/out" -f json --today "$today" --force >/dev/null 2>"$work/err"
check "folder locked by another process: exit 73" test $? = 73
check "folder locked by another process: says why" grep -q "another batch is writing to this folder" "$work/err"
check "folder locked by another process: nothing written" test -z "$(ls -A "$work/out")"
exec {held}<&-

# ---- 7. two real batches: the first stopped while it holds the folder ----------------------
"$here/../../bench/gen-profiles" 40 "$work/many" --seed 5 >/dev/null
"$bin" batch "$work/many" -o "$work/out2" -f pdf,html --jobs 1 --today "$today" >/dev/null 2>&1 &
first=$!
for ((i = 0; i < 6000; i++)); do # until its first output is there (it holds the lock by then)
  [[ -n "$(ls "$work/out2" 2>/dev/null)" ]] || ! kill -0 $first 2>/dev/null && break
  sleep 0.01
done
if kill -STOP $first 2>/dev/null; then
  ls -A "$work/out2" | sort >"$work/before"
  "$bin" batch "$work/in" -o "$work/out2" -f json --today "$today" --force >/dev/null 2>"$work/err"
  check "second batch into the same folder: exit 73" test $? = 73
  check "second batch into the same folder: says why" grep -q "another batch is writing" "$work/err"
  check "second batch into the same folder: wrote nothing" cmp -s "$work/before" <(ls -A "$work/out2" | sort)
  kill -CONT $first
  wait $first
  check "the first batch finishes: exit 0" test $? = 0
  check "the first batch's summary lists its 40 inputs, and only those" \
    test "$(tail -n +2 "$work/out2/summary.csv" | grep -c "$work/many/")" = 40 -a "$(tail -n +2 "$work/out2/summary.csv" | wc -l)" = 40
else
  wait $first
  echo "(the first batch ended before it could be stopped: the two-batch case is skipped)"
fi

# ---- 8. no stray temporary file on the path without O_TMPFILE ------------------------------
if strace -f -qq -o /dev/null true 2>/dev/null; then
  mkdir "$work/fb"
  # LeakSanitizer cannot run under ptrace: a sanitizer build checks leaks elsewhere.
  cmd=(env "ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
    "$bin" plan "$examples/beginner-chronic.json" --today "$today" -f json -o "$work/fb/b.json" --force)
  # The number of the openat that asks for an unnamed file: refused by injection below.
  n=$(strace -f -qq -e trace=openat -o "$work/trace" "${cmd[@]}" && grep -n O_TMPFILE "$work/trace" | head -n 1 | cut -d: -f1)
  rm -f "$work/fb/b.json"
  fallback() { # fallback STRACE_ARGS...: the command with O_TMPFILE refused (EOPNOTSUPP)
    strace -f -qq -o /dev/null -e trace=openat,fsync -e inject=openat:error=EOPNOTSUPP:when="$n" "$@" "${cmd[@]}"
  }
  fallback
  check "without O_TMPFILE: the file is written" grep -q backstride.plan/1 "$work/fb/b.json"
  check "without O_TMPFILE: no temporary file left" test "$(ls -A "$work/fb")" = b.json
  (fallback -e inject=fsync:signal=KILL:when=1) 2>/dev/null # killed before the rename
  check "without O_TMPFILE, kill -9 before the rename: a temporary file is left (the case)" \
    test "$(ls -A "$work/fb" | wc -l)" = 2
  fallback
  check "without O_TMPFILE, after kill -9: the next write sweeps the temporary file" \
    test "$(ls -A "$work/fb")" = b.json
  "${cmd[@]}"
  check "with O_TMPFILE: no temporary file either" test "$(ls -A "$work/fb")" = b.json
else
  skip_part "strace cannot trace here (not installed, or ptrace not permitted): the case without O_TMPFILE is not run"
fi

finish cli_batch_lock
