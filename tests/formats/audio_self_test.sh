#!/usr/bin/env bash
# Self-test of tests/formats/audio_check.py on MP3s made here by ffmpeg's own LAME encoder
# (nothing of backstride): a good one passes; a wrong length, a shifted, extra or missing
# tone, a truncated file and a file that is no MP3 each fail for their reason. A buzz with a
# strong 880 Hz harmonic (220 Hz sawtooth) is not taken for a tone.
# usage: audio_self_test.sh        (tools: ffmpeg, ffprobe, soxi with libsox-fmt-mp3)
set -uo pipefail
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

# make NAME SECONDS TONE_START...: an MP3 with 250 ms 880 Hz tones and a 2 s buzz at 2 s.
make() {
  local name="$1" seconds="$2" expr="0" start
  shift 2
  for start in "$@"; do
    expr="$expr+between(t,$start,$start+0.25)"
  done
  ffmpeg -v error -nostdin -y -f lavfi \
    -i "aevalsrc='0.35*sin(2*PI*880*t)*($expr)+0.3*(2*mod(220*t,1)-1)*between(t,2,4)':s=24000:d=$seconds" \
    -ac 1 -c:a libmp3lame -b:a 32k "$tmp/$name.mp3"
}
# expect NAME WANT(pass|fail) PATTERN ARGS...: the checker's verdict and, for a failure,
# a line matching PATTERN.
expect() {
  local name="$1" want="$2" pattern="$3" out rc
  shift 3
  out="$("${check[@]}" "$tmp/$name.mp3" "$@" 2>&1)"
  rc=$?
  if [[ $want == pass && $rc == 0 ]] || [[ $want == fail && $rc == 1 ]] && grep -q -- "$pattern" <<<"$out"; then
    echo "ok   $name: $want"
    passed=$((passed + 1))
  else
    echo "FAIL $name: wanted $want (exit $rc)"
    # shellcheck disable=SC2001 # prefix every line
    sed 's/^/     | /' <<<"$out" | head -10
    failed=$((failed + 1))
  fi
}

make good 60 0.05 20 45
make long 63 0.05 20 45
make shifted 60 0.05 20.5 45
make extra 60 0.05 20 30 45
make missing 60 0.05 20
expect good pass "" --seconds 60 --tones 0,20,45
expect good pass "" --segments 20,25,15
expect long fail "lasts 63" --seconds 60 --tones 0,20,45
expect shifted fail "no tone within 0.3 s of 20 s" --seconds 60 --tones 0,20,45
expect extra fail "a tone at 30.00 s that no change asks for" --seconds 60 --tones 0,20,45
expect missing fail "no tone within 0.3 s of 45 s" --seconds 60 --tones 0,20,45
expect good fail "the last words end at" --seconds 60 --tones 0,20,45 --words-end
head -c 120000 "$tmp/good.mp3" >"$tmp/truncated.mp3"
expect truncated fail "lasts" --seconds 60 --tones 0,20,45
head -c 240000 /dev/urandom >"$tmp/noise.mp3"
expect noise fail "cannot read it\|not one mp3\|decoding" --seconds 60 --tones 0,20,45
echo "audio-self-test: $passed passed, $failed failed"
((failed == 0))
