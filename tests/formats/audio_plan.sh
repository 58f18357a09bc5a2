#!/usr/bin/env bash
# The issue's figure, for the audio module alone: the first 16 stages of the back-care
# program (48 sessions, 25-38 minutes each) rendered to MP3 by the module on one core,
# timed, then every file checked by tests/formats/audio_check.py (two at a time).
# usage: audio_plan.sh AUDIO_SAMPLE        (the test program beside backstride-audio.so)
set -uo pipefail
sample="$(realpath "$1")"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../skip.sh
source "$here/../skip.sh"
missing="$(missing_tools ffmpeg ffprobe soxi taskset)"
[[ -z "$missing" ]] || skip_test "no $missing (scripts/setup-test-tools)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

if ! taskset -c 0 "$sample" --bench back-care 16 "$tmp" >"$tmp/time.txt" 2>&1; then
  echo "FAIL rendering the 48 guides"
  cat "$tmp/time.txt"
  exit 1
fi
echo "rendered on one core: $(cat "$tmp/time.txt")"
count="$(find "$tmp" -name '*.mp3' | wc -l)"
if [[ $count != 48 ]]; then
  echo "FAIL 48 guides, not $count"
  exit 1
fi
# shellcheck disable=SC2016 # expanded by the inner shell
find "$tmp" -name '*.mp3' -print0 | sort -z |
  xargs -0 -P 2 -I{} sh -c 'f="{}"; /usr/bin/python3 "$0" "$f" --expect "${f%.mp3}.json" --words-end' \
    "$here/audio_check.py" >"$tmp/check.txt" 2>&1
if [[ -s "$tmp/check.txt" ]]; then
  echo "FAIL audio_check.py:"
  head -40 "$tmp/check.txt"
  exit 1
fi
echo "ok   48 guides pass audio_check.py"
