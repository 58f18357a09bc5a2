#!/usr/bin/env bash
# Issue 13, items 1 and 2: what -o does with a device, FIFO, descriptor alias, directory or
# socket, and that every input is a regular file (or -) and never a hang. Devices are made
# inside a private mount namespace (unshare -m) on a tmpfs this script mounts: never the
# machine's own /dev.
# usage: file_kinds.sh BACKSTRIDE EXAMPLES_DIR
set -uo pipefail
bin="$(realpath "$1")"
examples="$(realpath "$2")"
profile="$examples/beginner-chronic.json"
export TZ=UTC NO_COLOR=1 SOURCE_DATE_EPOCH=1796083200
source "$(dirname "$0")/lib.sh"
cap=30 # seconds: only a guard against a hang, never reached by a passing run

plan_to() { "$bin" plan "$profile" -f json "$@"; } # plan_to -o TARGET [--force]
is_fifo() { [[ -p $1 ]]; }
make_socket() { /usr/bin/python3 -c 'import socket, sys
socket.socket(socket.AF_UNIX).bind(sys.argv[1])' "$1"; }

# ---- 1. outputs ------------------------------------------------------------------------
for force in "" --force; do
  mkfifo "$work/out.fifo"
  timeout "$cap" cat "$work/out.fifo" >"$work/from-fifo" &
  reader=$!
  timeout "$cap" "$bin" plan "$profile" -f json -o "$work/out.fifo" $force 2>"$work/err"
  code=$?
  kill "$reader" 2>/dev/null
  wait "$reader" 2>/dev/null
  check "-o FIFO ${force:-(no --force)}: exit 0" test "$code" = 0
  check "-o FIFO ${force:-(no --force)}: still a FIFO" is_fifo "$work/out.fifo"
  check "-o FIFO ${force:-(no --force)}: the plan went through it" grep -q backstride.plan/1 "$work/from-fifo"
  rm -f "$work/out.fifo" "$work/from-fifo"
done

mkdir "$work/a-dir"
for force in "" --force; do
  plan_to -o "$work/a-dir" $force 2>"$work/err"
  check "-o DIRECTORY ${force:-(no --force)}: exit 73" test $? = 73
  check "-o DIRECTORY ${force:-(no --force)}: says it is a directory" grep -q "a-dir: is a directory" "$work/err"
  check "-o DIRECTORY ${force:-(no --force)}: still an empty directory" test -d "$work/a-dir" -a -z "$(ls -A "$work/a-dir")"
done

make_socket "$work/a.sock"
plan_to -o "$work/a.sock" --force 2>"$work/err"
check "-o SOCKET --force: exit 73" test $? = 73
check "-o SOCKET --force: still a socket" test -S "$work/a.sock"
check "-o SOCKET --force: says what it is" grep -q "a.sock: is a socket" "$work/err"

# Devices and links to them, in a private mount namespace on a tmpfs of our own.
cat >"$work/devices.sh" <<'INNER'
set -u
bin="$1" profile="$2" scratch="$3"
mount -t tmpfs -o size=1m,mode=0700 tmpfs "$scratch" || exit 99
mknod "$scratch/null" c 1 3 || exit 99
ln -s null "$scratch/to-null"
ln -s /proc/self/fd/1 "$scratch/stdout" # what /dev/stdout is
say() { echo "$1=$2"; }
"$bin" plan "$profile" -f json -o "$scratch/null" --force >/dev/null 2>&1
say null-exit $?
say null-kind "$(stat -c %F "$scratch/null")"
"$bin" plan "$profile" -f json -o "$scratch/to-null" --force >/dev/null 2>&1
say to-null-exit $?
say to-null-kind "$(stat -c %F "$scratch/to-null")"
"$bin" plan "$profile" -f json -o "$scratch/stdout" --force >"$scratch/captured" 2>/dev/null
say stdout-file-exit $?
say stdout-file-kind "$(stat -c %F "$scratch/stdout")"
say stdout-file-got "$(grep -c backstride.plan/1 "$scratch/captured")"
say stdout-pipe-got "$("$bin" plan "$profile" -f json -o "$scratch/stdout" --force 2>/dev/null | grep -c backstride.plan/1)"
say stdout-pipe-kind "$(stat -c %F "$scratch/stdout")"
"$bin" plan "$profile" -f json -o /dev/fd/1 --force 2>/dev/null | grep -q backstride.plan/1
say dev-fd-1 $?
INNER
mkdir "$work/dev"
if unshare -m --propagation private true 2>/dev/null; then
  unshare -m --propagation private bash "$work/devices.sh" "$bin" "$profile" "$work/dev" >"$work/dev.out"
  dev() { grep -qx "$1" "$work/dev.out" || { echo "expected $1 in:" && cat "$work/dev.out"; false; }; }
  check "-o CHAR_DEVICE --force: exit 0" dev "null-exit=0"
  check "-o CHAR_DEVICE --force: still a character device" dev "null-kind=character special file"
  check "-o LINK_TO_DEVICE --force: exit 0, the link kept" dev "to-null-exit=0" && dev "to-null-kind=symbolic link"
  check "-o /dev/stdout-like link --force, stdout a file: exit 0" dev "stdout-file-exit=0"
  check "-o /dev/stdout-like link --force, stdout a file: the plan is in the file" dev "stdout-file-got=1"
  check "-o /dev/stdout-like link --force, stdout a file: the link kept" dev "stdout-file-kind=symbolic link"
  check "-o /dev/stdout-like link --force, stdout a pipe: the plan came through" dev "stdout-pipe-got=1"
  check "-o /dev/stdout-like link --force, stdout a pipe: the link kept" dev "stdout-pipe-kind=symbolic link"
  check "-o /dev/fd/1 --force: the plan came through" dev "dev-fd-1=0"
else
  skip_part "unshare -m is not permitted here (needs root): the device cases are not run"
fi

# ---- 2. inputs are regular files, or - -------------------------------------------------
mkfifo "$work/p.fifo"
for cmd in plan next check validate; do
  timeout "$cap" "$bin" "$cmd" "$work/p.fifo" 2>"$work/err" >/dev/null
  code=$?
  check "$cmd FIFO: exit 66 at once (no hang)" test "$code" = 66
  check "$cmd FIFO: says it is a FIFO" grep -q "p.fifo: is a FIFO" "$work/err"
done
mkdir "$work/h"
cp "$examples/lapsed-runner.json" "$work/h/p.json"
mkfifo "$work/h/lapsed-runner.history.jsonl"
for cmd in plan next check validate; do
  timeout "$cap" "$bin" "$cmd" "$work/h/p.json" >/dev/null 2>"$work/err"
  code=$?
  check "$cmd with a FIFO history: exit 66 at once (no hang)" test "$code" = 66
  check "$cmd with a FIFO history: says so at /history_file" grep -q "/history_file: .*is a FIFO" "$work/err"
done
timeout "$cap" "$bin" log "$work/h/p.json" --date 2026-11-30 --session S05-1 --completed \
  --pain-before 1 --pain-during 1 --pain-after 1 >/dev/null 2>"$work/err"
check "log to a FIFO history: exit 66 at once (no hang)" test $? = 66
make_socket "$work/p.sock"
"$bin" validate "$work/p.sock" 2>"$work/err"
check "validate SOCKET: exit 66" test $? = 66

mkdir "$work/batch-in"
cp "$examples/beginner-chronic.json" "$work/batch-in/a.json"
mkfifo "$work/batch-in/b.json"
timeout "$cap" "$bin" batch "$work/batch-in" -o "$work/batch-out" -f json >/dev/null 2>"$work/err"
check "batch with a FIFO input: exit 66 after the others (no stall)" test $? = 66
check "batch with a FIFO input: the other input is planned" test -s "$work/batch-out/beginner-chronic.json"
check "batch with a FIFO input: summary.csv lists it as an error" grep -q "b.json.*error.*66" "$work/batch-out/summary.csv"

"$bin" validate - <&- 2>"$work/err"
check "closed stdin: exit 66" test $? = 66
check "closed stdin: says stdin is closed" grep -q "<stdin>: is closed" "$work/err"
"$bin" validate - <"$work/a-dir" 2>"$work/err"
check "a directory on stdin: exit 66" test $? = 66
check "a directory on stdin: says so" grep -q "<stdin>: is a directory" "$work/err"
"$bin" validate - <"$profile" >/dev/null
check "a file on stdin: still fine" test $? = 0
cat "$profile" | "$bin" validate - >/dev/null
check "a pipe on stdin: still fine" test $? = 0

finish cli_file_kinds
