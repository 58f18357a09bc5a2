#!/usr/bin/env bash
# Independent validation of backstride's FIT workouts (-f fit: one file per session).
#
# Usage: tests/formats/fit.sh BINARY EXAMPLES_DIR
# Tools: node + tests/formats/node_modules (@garmin/fitsdk, fit-file-parser: npm ci here,
# as scripts/setup-test-tools does).
#
# Exports a jogging plan (EXAMPLES_DIR/beginner-chronic.json, back-care) and a walking
# plan (walk-first.json, walk-base) with plan -f fit -o FOLDER and -f json, and checks
# every file with both decoders against the JSON (fit_check.mjs); then byte-identical
# re-export, modes 0700/0600, batch -f fit (OUTDIR/<id>/S01-1.fit ...) checked the same
# way, and corrupted copies (a byte in the steps, in the header, in the file CRC) that
# both decoders must refuse.
set -uo pipefail

if (($# != 2)); then
  echo "usage: $0 BINARY EXAMPLES_DIR" >&2
  exit 2
fi
BIN="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
EX="$(cd "$2" && pwd)"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
TODAY=2026-12-01
export SOURCE_DATE_EPOCH=1796083200 # 2026-12-01T00:00:00Z
export NO_COLOR=1
# shellcheck source=../skip.sh
source "$here/../skip.sh"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

passed=0
failed=0
ok() { echo "ok   $1"; passed=$((passed + 1)); }
fail() {
  echo "FAIL $1"
  if [[ -n "${2:-}" ]]; then sed 's/^/     | /' <<<"$2" | head -"${FORMATS_DETAIL_LINES:-12}"; fi
  failed=$((failed + 1))
}
check() {
  local name="$1" out rc
  shift
  out="$("$@" 2>&1)"
  rc=$?
  if ((rc == 0)); then ok "$name"; else fail "$name" "$out"; fi
}
finish() {
  echo "formats (fit): $passed passed, $failed failed"
  ((failed == 0))
  exit
}

if [[ ! -x "$BIN" ]]; then
  fail "prerequisites: no binary $BIN"
  finish
fi
if ! command -v node >/dev/null ||
  [[ ! -d "$here/node_modules/@garmin/fitsdk" || ! -d "$here/node_modules/fit-file-parser" ]]; then
  skip_test "missing node or tests/formats/node_modules (run scripts/setup-test-tools)"
fi
FIT=(node "$here/fit_check.mjs")

# plan_both NAME PROFILE [ARGS...]: NAME.json and the folder NAME/ (exit codes in NAME.rc).
plan_both() {
  local name="$1" profile="$2"
  shift 2
  "$BIN" plan "$profile" --today "$TODAY" -f json "$@" >"$tmp/$name.json" 2>/dev/null
  "$BIN" plan "$profile" --today "$TODAY" -f fit -o "$tmp/$name" "$@" >"$tmp/$name.out" 2>&1
  echo $? >"$tmp/$name.rc"
}

# ------------------------------------------------------------ jogging and walking plans
plan_both jog "$EX/beginner-chronic.json"
plan_both walk "$EX/walk-first.json"
for name in jog walk; do
  rc="$(cat "$tmp/$name.rc")"
  if [[ $rc == 0 ]]; then ok "$name: plan -f fit exits 0"; else
    fail "$name: plan -f fit exits $rc" "$(cat "$tmp/$name.out")"
  fi
  count="$(find "$tmp/$name" -name '*.fit' | wc -l)"
  if ((count > 0)); then ok "$name: $count files"; else fail "$name: no files"; fi
  check "$name: every file passes @garmin/fitsdk and fit-file-parser, steps as the JSON" \
    "${FIT[@]}" "$tmp/$name.json" "$tmp/$name" --created "$SOURCE_DATE_EPOCH"
done
if grep -q '"kind": "jog"' "$tmp/walk.json"; then fail "walk: the walking plan has jogs"; else
  ok "walk: a walking-only plan (its files export walks)"
fi

# ------------------------------------------------------------ determinism and modes
"$BIN" plan "$EX/beginner-chronic.json" --today "$TODAY" -f fit -o "$tmp/jog2" >/dev/null 2>&1
check "re-export is byte-identical" diff -r "$tmp/jog" "$tmp/jog2"
modes="$(stat -c '%a' "$tmp/jog" "$tmp/jog"/*.fit | sort -u | tr '\n' ' ')"
if [[ $modes == "600 700 " ]]; then ok "folder 0700, files 0600"; else fail "modes: $modes"; fi

# ------------------------------------------------------------ --force into a used folder
cp -r "$tmp/jog" "$tmp/used"
echo "an old plan's session" >"$tmp/used/S99-1.fit"
echo "my own notes" >"$tmp/used/notes.txt"
echo "not a session file" >"$tmp/used/S01-1.fit.bak"
"$BIN" plan "$EX/beginner-chronic.json" --today "$TODAY" -f fit -o "$tmp/used" >/dev/null 2>&1
rc=$?
if [[ $rc == 73 ]]; then ok "a folder that holds files is refused without --force (73)"; else
  fail "used folder without --force: exit $rc"
fi
"$BIN" plan "$EX/beginner-chronic.json" --today "$TODAY" -f fit -o "$tmp/used" --force >/dev/null 2>&1
left="$(cd "$tmp/used" && ls | grep -v '^S[0-9][0-9]-[0-9]*\.fit$' | tr '\n' ' ')"
if [[ ! -e "$tmp/used/S99-1.fit" && $left == "S01-1.fit.bak notes.txt " ]]; then
  ok "--force: a session file the plan no longer has is removed, other files kept"
else
  fail "--force into a used folder: S99-1.fit $([[ -e $tmp/used/S99-1.fit ]] && echo kept || echo removed), others: $left"
fi
rm "$tmp/used/notes.txt" "$tmp/used/S01-1.fit.bak"
check "--force: the folder then holds exactly the plan's files" diff -r "$tmp/jog" "$tmp/used"

# ------------------------------------------------------------ batch
mkdir "$tmp/in"
cp "$EX/beginner-chronic.json" "$EX/walk-first.json" "$tmp/in/"
"$BIN" batch "$tmp/in" -o "$tmp/out" -f fit,json --today "$TODAY" >"$tmp/batch.out" 2>&1
rc=$?
if [[ $rc == 0 ]]; then ok "batch -f fit,json exits 0"; else
  fail "batch exits $rc" "$(cat "$tmp/batch.out")"
fi
for profile in "$tmp"/in/*.json; do
  id="$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1])).id)' "$profile")"
  check "batch: $id/ passes both decoders" \
    "${FIT[@]}" "$tmp/out/$id.json" "$tmp/out/$id" --created "$SOURCE_DATE_EPOCH"
  check "batch: $id/ has the bytes plan -f fit wrote" \
    diff -r "$tmp/out/$id" "$tmp/$([[ $id == "$(basename "$EX/beginner-chronic.json" .json)" ]] && echo jog || echo walk)"
done

# ------------------------------------------------------------ a withheld plan writes nothing
node -e 'const fs=require("fs");const p=JSON.parse(fs.readFileSync(process.argv[1]));
  p.screening.saddle_numbness=true;fs.writeFileSync(process.argv[2],JSON.stringify(p))' \
  "$EX/beginner-chronic.json" "$tmp/emergency.json"
"$BIN" plan "$tmp/emergency.json" --today "$TODAY" -f fit -o "$tmp/none" >"$tmp/none.out" 2>&1
rc=$?
if [[ $rc == 11 && ! -e "$tmp/none" ]] && grep -q "nothing written" "$tmp/none.out"; then
  ok "an emergency plan exits 11, says so and makes no folder"
else
  fail "emergency plan: exit $rc, folder $([[ -e $tmp/none ]] && echo made || echo absent)" \
    "$(cat "$tmp/none.out")"
fi

cp -r "$tmp/jog" "$tmp/paused"
echo "my own notes" >"$tmp/paused/notes.txt"
"$BIN" plan "$tmp/emergency.json" --today "$TODAY" -f fit -o "$tmp/paused" >"$tmp/paused.out" 2>&1
rc=$?
if [[ $rc == 11 && $(ls "$tmp/paused" | wc -l) == "$(($(ls "$tmp/jog" | wc -l) + 1))" ]]; then
  ok "an emergency plan without --force leaves a used folder as it was"
else
  fail "emergency plan into a used folder: exit $rc" "$(cat "$tmp/paused.out")"
fi
"$BIN" plan "$tmp/emergency.json" --today "$TODAY" -f fit -o "$tmp/paused" --force \
  >"$tmp/paused.out" 2>&1
rc=$?
if [[ $rc == 11 && $(ls "$tmp/paused") == notes.txt ]] && grep -q "removed" "$tmp/paused.out"; then
  ok "an emergency plan with --force removes the earlier plan's workouts, says so, exits 11"
else
  fail "emergency plan --force into a used folder: exit $rc, left: $(ls "$tmp/paused" | head -3)" \
    "$(cat "$tmp/paused.out")"
fi

# ------------------------------------------------------------ corrupted bytes fail both
file="$tmp/jog/S01-1.fit"
size="$(stat -c %s "$file")"
corrupt() { # corrupt OFFSET NAME: a copy of $file with the byte at OFFSET inverted
  local offset="$1" out="$tmp/bad-$2.fit"
  node -e 'const fs=require("fs");const b=fs.readFileSync(process.argv[1]);
    b[+process.argv[2]]^=0xff;fs.writeFileSync(process.argv[3],b)' "$file" "$offset" "$out"
  echo "$out"
}
bad=("$(corrupt $((size / 2)) steps)" "$(corrupt 12 header-crc)" "$(corrupt $((size - 1)) file-crc)"
  "$(corrupt $((size - 20)) last-step)")
check "a corrupted byte (steps, header CRC, file CRC, last step) fails both decoders" \
  "${FIT[@]}" --expect-corrupt "${bad[@]}"
check "the self-check refuses a plan the files do not match" \
  bash -c '! "$@"' _ "${FIT[@]}" "$tmp/walk.json" "$tmp/jog"

finish
