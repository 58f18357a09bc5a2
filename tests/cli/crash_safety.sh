#!/usr/bin/env bash
# Crash safety of everything backstride writes (issue 7): kill -9 at random moments
# during log, a next-morning rewrite and batch, and (with strace) at each step of the
# write path; a full disk (ulimit -f, and a 64 KiB tmpfs when mount is permitted) gives
# exit 74, a one-line error, no partial file, and leaves earlier data intact. (8 x 200
# concurrent log calls: tests/cli/concurrency.sh.)
# usage: crash_safety.sh BACKSTRIDE EXAMPLES_DIR
set -uo pipefail
bin="$(realpath "$1")"
examples="$(realpath "$2")"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
py=/usr/bin/python3
today=2026-12-01
export TZ=UTC NO_COLOR=1 SOURCE_DATE_EPOCH=1796083200
source "$here/lib.sh"
RANDOM=7 # the same random delays on every run
history_name=lapsed-runner.history.jsonl

crash_check() { "$py" "$here/crash_check.py" "$@"; } # see crash_check.py
history_ok() { crash_check history "$@"; }

only_files() { # only_files DIR NAME...: DIR holds exactly these (no temp or hidden file)
  [[ "$(ls -A "$1" | sort)" == "$(printf '%s\n' "${@:2}" | sort)" ]]
}
staged='^[.].+[.][0-9]+-[0-9]+[.]tmp$' # .NAME.PID-N.tmp: a replacement linked, not yet renamed
# settled DIR NAME...: the same, but a replacement killed between its link and its rename may
# have left its staged name (a whole file; the next replacement of NAME removes it).
settled() {
  [[ "$(ls -A "$1" | grep -Ev "$staged" | sort)" == "$(printf '%s\n' "${@:2}" | sort)" ]]
}

one_line_error() { # one_line_error FILE REGEX: FILE is exactly one line, matching REGEX
  if [[ $(wc -l <"$1") == 1 ]] && grep -Eq "$2" "$1"; then return 0; fi
  cat "$1"
  return 1
}

valid() { "$bin" validate "$1" >/dev/null; }

new_profile() { # new_profile DIR: lapsed-runner's profile; its history is DIR/$history_name
  mkdir -p "$1" && cp "$examples/lapsed-runner.json" "$1/p.json"
}

entry=(--date 2026-11-30 --session S05-1 --completed --pain-before 2 --pain-during 2
  --pain-after 2 --today "$today")
log_entry() { # log_entry DIR NOTE [LAUNCHER...]: logs one whole entry; backstride's exit code
  "${@:3}" "$bin" log "$1/p.json" "${entry[@]}" --note "$2" >/dev/null
}

ms_since() { echo $((($(date +%s%N) - $1) / 1000000)); }

seconds() { printf '%d.%03d' $(($1 / 1000)) $(($1 % 1000)); } # seconds MS: for sleep

# kill_later PID MS: kill -9 PID after MS milliseconds; its exit status (137 if killed).
kill_later() {
  sleep "$(seconds "$2")"
  kill -9 "$1" 2>/dev/null
  wait "$1" 2>/dev/null # (and no "Killed" line from bash)
}

# ---- 1. 8 processes x 200 log calls at once: tests/cli/concurrency.sh (beside CPU hogs) ----

# ---- 2. kill -9 during log, while two other processes log --------------------------------
dir="$work/kill-log"
new_profile "$dir"
started=$(date +%s%N)
log_entry "$dir" k0 && echo k0 >"$dir/done" && echo k0 >"$dir/started"
span=$((2 * $(ms_since "$started") + 1)) # kills land anywhere in a log call's life
writer() { # writer N: 40 entries; the notes of those that exited 0 go to $dir/done
  for i in {1..40}; do
    echo "bg$1-$i" >>"$dir/started"
    log_entry "$dir" "bg$1-$i" 2>>"$work/kill-log.err" && echo "bg$1-$i" >>"$dir/done"
  done
}
writer 1 &
w1=$!
writer 2 &
w2=$!
killed=0
for k in {1..60}; do
  echo "k$k" >>"$dir/started"
  "$bin" log "$dir/p.json" "${entry[@]}" --note "k$k" >/dev/null 2>&1 &
  kill_later $! $((RANDOM % span))
  case $? in
    0) echo "k$k" >>"$dir/done" ;;
    137) killed=$((killed + 1)) ;;
  esac
done
wait "$w1" "$w2"
echo "($killed of 60 log calls killed within $span ms, $(wc -l <"$dir/$history_name") lines written)"
check "kill -9 during log: every line whole, every exit-0 entry there" \
  history_ok "$dir/$history_name" - "$dir/done" "$dir/started"
check "kill -9 during log: the others reported no error" test ! -s "$work/kill-log.err"
check "kill -9 during log: validate accepts the profile" valid "$dir/p.json"
check "kill -9 during log: no temp or hidden file" only_files "$dir" p.json "$history_name" started "done"

# ---- 2b. kill -9 during the next-morning rewrite: the old file or the new one ------------
old_or_new() { crash_check old-or-new "$@"; }
next_morning() { # next_morning DIR VALUE [LAUNCHER...]: sets 2026-11-29's next-morning pain
  "${@:3}" "$bin" log "$1/p.json" --date 2026-11-29 --pain-next-morning "$2" --force \
    --today "$today" >/dev/null
}
dir="$work/kill-rewrite"
new_profile "$dir"
for i in 1 2 3; do log_entry "$dir" "before-$i"; done
"$bin" log "$dir/p.json" --date 2026-11-29 --session S05-2 --completed --pain-before 1 \
  --pain-during 2 --pain-after 1 --today "$today" >/dev/null
log_entry "$dir" "after"
bad=0
for k in {1..40}; do
  cp "$dir/$history_name" "$work/old"
  "$bin" log "$dir/p.json" --date 2026-11-29 --pain-next-morning $((k % 5)) --force \
    --today "$today" >/dev/null 2>&1 &
  kill_later $! $((RANDOM % span))
  old_or_new "$work/old" "$dir/$history_name" $((k % 5)) || bad=$((bad + 1))
  settled "$dir" p.json "$history_name" || { ls -A "$dir" && bad=$((bad + 1)); }
done
check "40 x kill -9 during a rewrite: always the old or the new file, no temp file" test "$bad" = 0
next_morning "$dir" 1
check "40 x kill -9 during a rewrite: nothing left after the next rewrite" only_files "$dir" p.json "$history_name"

# strace kills the process as it enters a chosen system call: each step of the write path.
if strace -f -qq -o /dev/null true 2>/dev/null; then
  at() { # at CALL:N COMMAND...: runs COMMAND, killed on entering its Nth CALL
    (strace -f -qq -o /dev/null -e trace="${1%:*}" -e inject="${1%:*}:signal=KILL:when=${1#*:}" \
      "${@:2}"; true) 2>/dev/null # (no "Killed" line from bash either)
  }
  for call in flock:1 write:1 fsync:1 linkat:1 rename:1 fsync:2; do
    cp "$dir/$history_name" "$work/old"
    next_morning "$dir" 7 at "$call"
    check "rewrite killed at $call: the old or the new file" old_or_new "$work/old" "$dir/$history_name" 7
    check "rewrite killed at $call: no temp file (a staged one at most)" settled "$dir" p.json "$history_name"
    [[ $call == rename:1 ]] && echo "(killed before rename: $(ls -A "$dir" | grep -E "$staged") left)"
    next_morning "$dir" 8
    check "rewrite killed at $call: the next rewrite works" old_or_new "$work/old" "$dir/$history_name" 8
    check "rewrite killed at $call: no temp or hidden file after it" only_files "$dir" p.json "$history_name"
  done
  for call in flock:1 write:1 fsync:1; do
    log_entry "$dir" "strace-$call" at "$call"
    check "log killed at $call: every line whole" history_ok "$dir/$history_name"
    log_entry "$dir" "after-$call"
    check "log killed at $call: the next log appends" test "$(tail -n 1 "$dir/$history_name" | grep -c "after-$call")" = 1
  done
else
  skip_part "strace cannot trace here (not installed, or ptrace not permitted): the kills at each system call are not run"
fi

# ---- 3. kill -9 during batch: only complete files, and a re-run finishes ---------------
"$here/../../bench/gen-profiles" 300 "$work/in" --seed 3 >/dev/null
out="$work/batch"
# killed_batch NAME files:N|ms:N [--force]: a batch into $out, killed once N more files are
# there (plus up to 20 ms), or after N ms; the files left are checked against the finished
# run below.
killed_batch() {
  local before pid ms=$((RANDOM % 20))
  before=$(ls "$out" 2>/dev/null | wc -l)
  "$bin" batch --today "$today" "$work/in" -f pdf,html,ics --jobs 2 -o "$out" "${@:3}" \
    >/dev/null 2>&1 &
  pid=$!
  if [[ $2 == files:* ]]; then
    until (($(ls "$out" 2>/dev/null | wc -l) >= before + ${2#*:})) || ! kill -0 $pid 2>/dev/null; do
      sleep 0.01
    done
  else
    ms=${2#*:}
  fi
  kill_later $pid "$ms"
  check "batch killed ($1): no temp file (a staged one at most)" \
    bash -c "! ls -A '$out' | grep -Ev '$staged' | grep -q '^[.]'"
  check "batch killed ($1): no summary before the end" test ! -e "$out/summary.csv"
  echo "(batch $* killed: $(ls "$out" | wc -l) files)"
  cp -a "$out" "$work/$1"
}
killed_batch first files:$((1 + RANDOM % 300))
rm -rf "$out"
killed_batch second files:$((300 + RANDOM % 300))
killed_batch forced ms:$((500 + RANDOM % 1000)) --force # replaces files: staged, then renamed
started=$(date +%s%N)
"$bin" batch --today "$today" "$work/in" -f pdf,html,ics --jobs 2 -o "$out" --force >/dev/null
check "batch --force after the kills: exit 0" test $? = 0
echo "(batch of 300 profiles, pdf,html,ics: $(ms_since "$started") ms)"
check "batch --force after the kills: 900 files, 2 summaries, 300 inputs planned" \
  test "$(ls -A "$out" | wc -l):$("$py" -c 'import csv, sys
print(sum(r["status"] != "error" for r in csv.DictReader(open(sys.argv[1]))))' "$out/summary.csv")" = 902:300
complete() { crash_check outputs "$1" "$out"; }
check "batch --force after the kills: every file ends as its format ends" complete "$out"
for run in first second forced; do
  check "batch killed ($run): every file left was complete" complete "$work/$run"
  if compgen -G "$work/$run/*.pdf" >/dev/null; then
    check "batch killed ($run): qpdf --check passes on its last PDF" \
      qpdf --check "$(ls "$work/$run"/*.pdf | tail -n 1)" >/dev/null
  fi
done

# ---- 4. a full disk: exit 74, a one-line error, no partial file, earlier data intact ----
sized_history() { # sized_history DIR BYTES: a valid history in DIR, exactly BYTES long
  log_entry "$1" first && crash_check sized-history "$1/$history_name" "$2"
}
answers() { # the 39 answers of a clean `init`, then Enter at the review (see init.sh)
  printf '%s\n' n n n n 1 n n n n n n n n n n n n n n n n n n "Alex Doe" "" 42 172 "" \
    20 3 5 y 30 90 1 "" "" "" Europe/London ""
}
limited() { (ulimit -f "$1" && exec "${@:2}"); } # limited KIB COMMAND...: files capped at KIB
# refused NAME CODE DIR ERROR: the command exited 74, left DIR empty and said why in one line.
refused() {
  check "$1: exit 74" test "$2" = 74
  check "$1: no file left" only_files "$3"
  check "$1: one-line error" one_line_error "$work/err" "^backstride: $3/[^:]+: [a-z ]+: $4$"
}
# log_refused NAME DIR ERROR [LAUNCHER...]: log exits 74, the history unchanged.
log_refused() {
  cp "$2/$history_name" "$work/before"
  log_entry "$2" "lost" "${@:4}" 2>"$work/err"
  check "$1: log exits 74" test $? = 74
  check "$1: earlier lines intact, no partial line" cmp "$2/$history_name" "$work/before"
  check "$1: one-line error" one_line_error "$work/err" "^backstride: $2/$history_name: [a-z ]+: $3$"
}

# File size limit (ulimit -f): write() fails with EFBIG, if SIGXFSZ does not kill first.
mkdir "$work/big" "$work/big/plan" "$work/big/init"
limited 8 "$bin" plan "$examples/lapsed-runner.json" --today "$today" -f pdf \
  -o "$work/big/plan/plan.pdf" >/dev/null 2>"$work/err"
refused "ulimit -f: plan -f pdf -o FILE" $? "$work/big/plan" "File too large"
answers | limited 1 "$bin" init --today "$today" -o "$work/big/init/me.json" >/dev/null 2>"$work/err"
refused "ulimit -f: init -o FILE" $? "$work/big/init" "File too large"
new_profile "$work/big/log"
sized_history "$work/big/log" $((2048 - 60)) # the next line fits only in part
log_refused "ulimit -f" "$work/big/log" "File too large" limited 2
# batch: a cap that half of the PDFs exceed; those inputs fail with 74, the rest are written.
kib=$("$py" -c 'import os, statistics, sys
print(int(statistics.median(os.path.getsize(f"{sys.argv[1]}/{n}") for n in os.listdir(sys.argv[1]) if n.endswith(".pdf")) // 1024))' "$out")
mkdir "$work/in20" && cp "$work"/in/p000{01..20}.json "$work/in20/"
limited "$kib" "$bin" batch --today "$today" "$work/in20" -f pdf,html,ics --jobs 2 \
  -o "$work/big/batch" >/dev/null 2>"$work/err"
check "ulimit -f: batch exits 74" test $? = 74
mv "$work/big/batch"/summary.* "$work/big/"
check "ulimit -f: batch leaves only complete files" complete "$work/big/batch"
check "ulimit -f: summary.csv and stderr say 74 for exactly the inputs with a file over the cap" \
  crash_check capped "$work/big/summary.csv" "$out" "$kib" "$work/err"

# A full filesystem: a 64 KiB tmpfs (needs mount: root, or CAP_SYS_ADMIN).
mnt="$work/tmpfs"
mkdir "$mnt"
if mount -t tmpfs -o size=64k,mode=0700 tmpfs "$mnt" 2>/dev/null; then
  trap 'umount "$mnt"; chmod -R u+w "$work"; rm -rf "$work"' EXIT
  mkdir "$mnt/plan" "$mnt/init"
  new_profile "$mnt/log"
  sized_history "$mnt/log" $((8192 - 60))
  cat /dev/zero >"$mnt/filler" 2>/dev/null # the disk is full now
  "$bin" plan "$examples/lapsed-runner.json" --today "$today" -f pdf -o "$mnt/plan/plan.pdf" \
    >/dev/null 2>"$work/err"
  refused "full disk: plan -f pdf -o FILE" $? "$mnt/plan" "No space left on device"
  answers | "$bin" init --today "$today" -o "$mnt/init/me.json" >/dev/null 2>"$work/err"
  refused "full disk: init -o FILE" $? "$mnt/init" "No space left on device"
  log_refused "full disk" "$mnt/log" "No space left on device"
  rm "$mnt/filler"
  "$bin" batch --today "$today" "$work/in20" -f pdf --jobs 2 -o "$mnt/batch" >/dev/null 2>"$work/err"
  check "full disk: batch exits 74" test $? = 74
  check "full disk: batch reports No space left on device" grep -q ': No space left on device$' "$work/err"
  if [[ -f $mnt/batch/summary.csv ]]; then # if there was room left for it
    mv "$mnt/batch"/summary.* "$work/"
    check "full disk: summary.csv says 74 for exactly the inputs not written" \
      crash_check agrees "$work/summary.csv" "$mnt/batch" "No space left on device"
  else
    check "full disk: stderr says the summary could not be written" grep -q "summary.csv: " "$work/err"
  fi
  check "full disk: batch leaves only complete files" complete "$mnt/batch"
  echo "(full disk: batch wrote $(ls "$mnt/batch" | wc -l) of 20 PDFs; $(wc -l <"$work/err") error lines)"
  umount "$mnt"
  trap 'chmod -R u+w "$work"; rm -rf "$work"' EXIT
else
  skip_part "mount -t tmpfs is not permitted here (needs root): the cases on a full filesystem are not run"
fi

finish cli_crash_safety
