#!/usr/bin/env bash
# Issue 13, items 5 and 6: `log` reads, validates and checks the limits of the history
# under the same lock it appends under, with a CPU hog (HOGS of them; bounded, killed at
# the end) competing for the machine: 8 x 200 log calls at once; 6 at once at 9 999
# entries; 6 at once with room for one more line under 16 MiB. Nothing here depends on
# timing: every check is on exit codes and file contents.
# usage: concurrency.sh BACKSTRIDE EXAMPLES_DIR   (HOGS=0 runs it without the hogs;
#        CALLS=N makes each of the 8 writers log N times, 200 by default: the sanitizer
#        build, about 10 times slower a call, runs it with 40)
set -uo pipefail
bin="$(realpath "$1")"
examples="$(realpath "$2")"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
py=/usr/bin/python3
today=2026-12-01
export TZ=UTC NO_COLOR=1 SOURCE_DATE_EPOCH=1796083200
source "$here/lib.sh"
history_name=lapsed-runner.history.jsonl
calls=${CALLS:-200}

hogs=()
for ((h = 0; h < ${HOGS:-1}; h++)); do
  bash -c 'end=$((SECONDS + 600)); while ((SECONDS < end)); do :; done' & # at most 10 min
  hogs+=($!)
done
stop_hogs() { for pid in "${hogs[@]}"; do kill "$pid" 2>/dev/null; done; }
trap 'stop_hogs; chmod -R u+w "$work"; rm -rf "$work"' EXIT

new_profile() { mkdir -p "$1" && cp "$examples/lapsed-runner.json" "$1/p.json"; }
entry=(--date 2026-11-30 --session S05-1 --completed --pain-before 2 --pain-during 2
  --pain-after 2 --today "$today")
log_entry() { "$bin" log "$1/p.json" "${entry[@]}" --note "$2" >/dev/null; } # log_entry DIR NOTE
ms_since() { echo $((($(date +%s%N) - $1) / 1000000)); }
lines() { wc -l <"$1"; }
# history N BYTES FILE: N valid entries, padded with notes to exactly BYTES bytes.
history() {
  "$py" - "$@" <<'PY'
import json, sys
n, size, path = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
def line(i, pad):
    return json.dumps({"date": "2026-11-17", "session": "S05-1", "completed": True,
                       "pain_before": 2, "pain_during": 2, "pain_after": 2,
                       "pain_next_morning": 2, "symptoms": [], "note": f"h{i}" + "x" * pad}) + "\n"
base = sum(len(line(i, 0)) for i in range(n))
pad, extra = divmod(size - base, n) if size else (0, 0)
assert size == 0 or 0 <= pad <= 1990, "cannot pad to that size"
with open(path, "w") as out:
    for i in range(n):
        out.write(line(i, pad + (1 if i < extra else 0)))
PY
}
# at_once DIR COUNT PREFIX: COUNT log calls started together; their exit codes in DIR/codes.
at_once() {
  local pids=() k
  for ((k = 1; k <= $2; k++)); do
    (log_entry "$1" "$3$k" 2>>"$1/errors"; echo $? >>"$1/codes") &
    pids+=($!)
  done
  wait "${pids[@]}"
}
count_of() { grep -cx "$2" "$1/codes"; } # count_of DIR CODE

# ---- 6. 8 processes x CALLS (200) log calls at once, beside the hogs ----------------------------
dir="$work/many"
new_profile "$dir"
started=$(date +%s%N)
pids=()
for w in {1..8}; do
  (
    umask 022 # the history file is 0600 all the same
    bad=0
    for ((i = 1; i <= calls; i++)); do log_entry "$dir" "w$w-$i" 2>>"$work/many.err" || bad=$((bad + 1)); done
    exit "$bad"
  ) &
  pids+=($!)
done
failures=0
for pid in "${pids[@]}"; do wait "$pid" || failures=$((failures + 1)); done
echo "(8 x $calls log calls beside ${#hogs[@]} CPU hogs took $(ms_since "$started") ms)"
check "8 x $calls: every log call exited 0" test "$failures" = 0
check "8 x $calls: no error reported" test ! -s "$work/many.err" || head -3 "$work/many.err"
for w in {1..8}; do for ((i = 1; i <= calls; i++)); do echo "w$w-$i"; done; done >"$dir/all"
check "8 x $calls: exactly $((8 * calls)) valid lines, each entry once" \
  "$py" "$here/crash_check.py" history "$dir/$history_name" $((8 * calls)) "$dir/all"
check "8 x $calls: backstride validate accepts the profile" "$bin" validate "$dir/p.json"
check "8 x $calls: history file mode 0600" test "$(stat -c %a "$dir/$history_name")" = 600

# ---- 5. the 10 000-entry limit, 6 log calls at once at 9 999 -----------------------------
dir="$work/entries"
new_profile "$dir"
history 9999 0 "$dir/$history_name"
at_once "$dir" 6 e
check "9 999 entries + 6 at once: exactly one exits 0" test "$(count_of "$dir" 0)" = 1
check "9 999 entries + 6 at once: five exit 65" test "$(count_of "$dir" 65)" = 5
check "9 999 entries + 6 at once: 10 000 lines, no more" test "$(lines "$dir/$history_name")" = 10000
check "9 999 entries + 6 at once: the refusals say why" \
  test "$(grep -c 'already holds 10000 entries: nothing was logged' "$dir/errors")" = 5
check "9 999 entries + 6 at once: plan still reads the profile" \
  "$bin" plan "$dir/p.json" --today "$today" -o "$dir/plan.json"

# ---- 5. the 16 MiB limit: room for one more line, 6 log calls at once --------------------
limit=16777216
dir="$work/bytes"
new_profile "$dir/probe"
log_entry "$dir/probe" e1
line=$(stat -c %s "$dir/probe/$history_name") # one logged line, note "eN"
new_profile "$dir"
history 9000 $((limit - line - line / 2)) "$dir/$history_name"
at_once "$dir" 6 e
check "16 MiB - 1.5 lines + 6 at once: exactly one exits 0" test "$(count_of "$dir" 0)" = 1
check "16 MiB - 1.5 lines + 6 at once: five exit 65" test "$(count_of "$dir" 65)" = 5
check "16 MiB - 1.5 lines + 6 at once: the file stays within 16 MiB" \
  test "$(stat -c %s "$dir/$history_name")" -le "$limit"
check "16 MiB - 1.5 lines + 6 at once: the refusals say why" \
  test "$(grep -c "would grow to [0-9]* bytes: nothing was logged (allowed: at most $limit bytes)" "$dir/errors")" = 5
check "16 MiB - 1.5 lines + 6 at once: plan still reads the profile" \
  "$bin" plan "$dir/p.json" --today "$today" -o "$dir/plan.json"
finish cli_concurrency
