#!/usr/bin/env bash
# The issue's figure and check, through the program as a user runs it: a whole back-care
# plan (18 stages, 54 sessions of 25-38 minutes) written with `plan -f fit` and
# `plan -f mp3` on one core, timed against the target (48 of each in under 10 s), then
# every audio guide checked by tests/formats/audio_check.py against the session's segments
# in `plan -f json` (duration within 1 s, a tone at each change within 0.3 s, the last
# words at the end), two at a time.
# usage: audio_plan.sh BIN EXAMPLES
set -uo pipefail
bin="$(realpath "$1")"
examples="$(realpath "$2")"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../skip.sh
source "$here/../skip.sh"
missing="$(missing_tools ffmpeg ffprobe soxi taskset)"
[[ -z "$missing" ]] || skip_test "no $missing (scripts/setup-test-tools)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
export SOURCE_DATE_EPOCH=1796083200
plan=("$bin" plan "$examples/beginner-chronic.json" --today 2026-12-01)

"${plan[@]}" -f json -o "$tmp/plan.json" || exit 1
started=$EPOCHREALTIME
for format in fit mp3; do
  if ! taskset -c 0 "${plan[@]}" -f "$format" -o "$tmp/$format" >"$tmp/out" 2>&1; then
    echo "FAIL plan -f $format"
    cat "$tmp/out"
    exit 1
  fi
done
count="$(find "$tmp/mp3" -name '*.mp3' | wc -l)"
fits="$(find "$tmp/fit" -name '*.fit' | wc -l)"
if [[ $count != 54 || $fits != 54 ]]; then
  echo "FAIL 54 guides and 54 workouts, not $count and $fits"
  exit 1
fi
figure="$(awk -v a="$started" -v b="$EPOCHREALTIME" -v n="$count" \
  'BEGIN { printf "in %.2f s (%.2f s per 48; target < 10 s)", b - a, (b - a) * 48 / n }')"
echo "ok   $count FIT and $count MP3 files on one core $figure"
# One line per session: FILE SEGMENTS (seconds, comma-separated).
/usr/bin/python3 - "$tmp/plan.json" "$tmp/mp3" >"$tmp/sessions" <<'PY' || exit 1
import json, sys
plan = json.load(open(sys.argv[1]))
for week in plan["weeks"]:
    for session in week["sessions"]:
        seconds = ",".join(str(s["seconds"]) for s in session["segments"])
        print(f"{sys.argv[2]}/{session['id']}.mp3 {seconds}")
PY
# shellcheck disable=SC2016 # expanded by the inner shell
xargs -P 2 -L 1 sh -c '/usr/bin/python3 "$0" "$1" --segments "$2" --words-end' \
  "$here/audio_check.py" <"$tmp/sessions" >"$tmp/check.txt" 2>&1
if [[ -s "$tmp/check.txt" ]]; then
  echo "FAIL audio_check.py:"
  head -40 "$tmp/check.txt"
  exit 1
fi
echo "ok   $count guides pass audio_check.py against plan -f json"

# A batch of every example with both per-session formats: each profile's folder holds a
# workout and a guide per session, the same bytes at --jobs 1 and --jobs 2 (speech is
# shared by the threads).
for jobs in 1 2; do
  if ! "$bin" batch "$examples" -o "$tmp/batch$jobs" -f fit,mp3 --jobs "$jobs" \
    --today 2026-12-01 >"$tmp/out" 2>&1; then
    echo "FAIL batch -f fit,mp3 --jobs $jobs"
    cat "$tmp/out"
    exit 1
  fi
done
unpaired="$(cd "$tmp/batch1" && for f in */*.fit; do [[ -f ${f%.fit}.mp3 ]] || echo "$f"; done)"
guides="$(find "$tmp/batch1" -name '*.mp3' | wc -l)"
if [[ -n $unpaired || $guides -lt 54 ]]; then
  echo "FAIL batch: a guide beside each workout ($guides guides; unpaired: $unpaired)"
  exit 1
fi
if ! diff -r "$tmp/batch1" "$tmp/batch2" >/dev/null; then
  echo "FAIL batch -f fit,mp3: --jobs 1 and --jobs 2 differ"
  exit 1
fi
echo "ok   batch -f fit,mp3: $guides guides beside their workouts, the same at --jobs 1 and 2"
