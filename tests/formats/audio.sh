#!/usr/bin/env bash
# The audio module's guides of real sessions, checked by tests/formats/audio_check.py
# (ffprobe, soxi, ffmpeg, the tones found against the segment boundaries, the last words at
# the end): a 25-minute session of the back-care program's first stage and a 35-minute
# one; cues closer than their words; the same session twice gives the same bytes; another
# voice; a voice espeak-ng lacks, espeak-ng without its data, and no module or a foreign one
# give clear errors.
# usage: audio.sh AUDIO_SAMPLE          (the test program beside backstride-audio.so)
set -uo pipefail
sample="$(realpath "$1")"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../skip.sh
source "$here/../skip.sh"
missing="$(missing_tools ffmpeg ffprobe soxi)"
[[ -z "$missing" ]] || skip_test "no $missing (scripts/setup-test-tools)"
check=("/usr/bin/python3" "$here/audio_check.py")
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0
ok() { echo "ok   $1"; passed=$((passed + 1)); }
fail() {
  echo "FAIL $1"
  # shellcheck disable=SC2001 # prefix every line
  [[ -z "${2:-}" ]] || sed 's/^/     | /' <<<"$2" | head -20
  failed=$((failed + 1))
}
# expect_ok NAME CMD...: CMD must succeed; on failure its output and the last stderr shown.
expect_ok() {
  local name="$1" out
  shift
  if out="$("$@" 2>&1)"; then ok "$name"; else fail "$name" "$out$(cat "$tmp/err" 2>/dev/null)"; fi
}

# S01: warm-up, 6 x (jog 1:00, walk 1:30), cool-down: 25 minutes.
s01=(warmup:300)
for _ in 1 2 3 4 5 6; do s01+=(jog:60 walk:90); done
s01+=(cooldown:300)
# 35 minutes: warm-up, 5 x (jog 3:00, walk 2:00), cool-down.
s35=(warmup:300)
for _ in 1 2 3 4 5; do s35+=(jog:180 walk:120); done
s35+=(cooldown:300)

if "$sample" "$tmp/s01.mp3" "${s01[@]}" >"$tmp/s01.json" 2>"$tmp/err"; then
  ok "a 25-minute session renders"
  expect_ok "the 25-minute guide passes audio_check.py" \
    "${check[@]}" "$tmp/s01.mp3" --expect "$tmp/s01.json" --words-end --report
  expect_ok "it is 1500 s" grep -q '"seconds": 1500' "$tmp/s01.json"
  # A player that seeks (sox here) finds its place through the Xing seek table: at 5:00 the
  # jog's tone, 20 s later silence (without the table sox lands on silence at 5:00 too).
  rms_at() { sox "$tmp/s01.mp3" -n trim "$1" 0.25 stat 2>&1 | awk '/^RMS +amplitude/ { print $3 }'; }
  expect_ok "seeking to 5:00 lands on the jog's tone ($(rms_at 300) RMS)" \
    awk -v r="$(rms_at 300)" 'BEGIN { exit !(r > 0.05) }'
  expect_ok "seeking to 5:20 lands in silence ($(rms_at 320) RMS)" \
    awk -v r="$(rms_at 320)" 'BEGIN { exit !(r < 0.01) }'
  size="$(stat -c %s "$tmp/s01.mp3")"
  # 62500 frames: 8 kbit/s where silent (24 bytes), 32 kbit/s where there is sound (96).
  expect_ok "the 25-minute guide is 1.5-2.5 MB ($size bytes)" \
    test "$size" -gt 1500000 -a "$size" -lt 2500000
else
  fail "a 25-minute session renders" "$(cat "$tmp/err")"
fi
if "$sample" "$tmp/s35.mp3" "${s35[@]}" >"$tmp/s35.json" 2>"$tmp/err"; then
  ok "a 35-minute session renders"
  expect_ok "the 35-minute guide passes audio_check.py" \
    "${check[@]}" "$tmp/s35.mp3" --expect "$tmp/s35.json" --words-end
else
  fail "a 35-minute session renders" "$(cat "$tmp/err")"
fi
# Cues closer than their words: each clip is cut where the next one starts, every tone kept.
if "$sample" "$tmp/cut.mp3" warmup:3 jog:3 walk:60 cooldown:60 >"$tmp/cut.json" 2>"$tmp/err"; then
  expect_ok "cues 3 s apart: every tone, at its time" \
    "${check[@]}" "$tmp/cut.mp3" --expect "$tmp/cut.json" --words-end
else
  fail "cues 3 s apart render" "$(cat "$tmp/err")"
fi
"$sample" "$tmp/again.mp3" "${s01[@]}" >/dev/null 2>&1
expect_ok "the same session in another process: the same bytes" cmp "$tmp/s01.mp3" "$tmp/again.mp3"
"$sample" "$tmp/us.mp3" --voice en-us "${s01[@]}" >/dev/null 2>"$tmp/err"
expect_ok "--voice en-us passes audio_check.py" "${check[@]}" "$tmp/us.mp3" --expect "$tmp/s01.json"
expect_ok "--voice en-us is another voice" bash -c "! cmp -s '$tmp/s01.mp3' '$tmp/us.mp3'"

"$sample" "$tmp/bad.mp3" --voice no-such-voice warmup:60 >/dev/null 2>"$tmp/err"
expect_ok "a missing voice: exit 64" test $? = 64
expect_ok "a missing voice: the error says how to list voices" \
  grep -- '--voice no-such-voice: espeak-ng has no such voice.*espeak-ng --voices' "$tmp/err"

# espeak-ng reads its data from $ESPEAK_DATA_PATH when that is a folder: an empty one is
# espeak-ng without espeak-ng-data.
mkdir "$tmp/no-data"
ESPEAK_DATA_PATH="$tmp/no-data" "$sample" "$tmp/none.mp3" warmup:60 >/dev/null 2>"$tmp/err"
expect_ok "no espeak-ng data: exit 70" test $? = 70
expect_ok "no espeak-ng data: the error names the package" \
  grep 'install the Debian package espeak-ng-data' "$tmp/err"

# The loader the program uses (cli::audio_module_writer): without the module beside it, or
# with a shared object that is not it, a clear error and exit 70.
mkdir "$tmp/alone"
cp "$sample" "$tmp/alone/audio_sample"
"$tmp/alone/audio_sample" "$tmp/alone.mp3" warmup:60 >/dev/null 2>"$tmp/err"
expect_ok "without the module: exit 70" test $? = 70
expect_ok "without the module: the error says the audio module is missing" \
  grep -- '-f mp3: the audio module is missing (looked for .*backstride-audio.so' "$tmp/err"
cp "$(ldd "$sample" | grep -o '/[^ ]*libgcc_s[^ ]*' | head -1)" "$tmp/alone/backstride-audio.so"
"$tmp/alone/audio_sample" "$tmp/alone.mp3" warmup:60 >/dev/null 2>"$tmp/err"
expect_ok "a foreign module: exit 70" test $? = 70
expect_ok "a foreign module: named as not backstride's" \
  grep 'is not the audio module of backstride' "$tmp/err"

echo "formats_audio: $passed passed, $failed failed"
((failed == 0))
