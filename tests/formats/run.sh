#!/usr/bin/env bash
# Independent validation of backstride's ICS and CSV exports.
#
# Usage: tests/formats/run.sh BINARY EXAMPLES_DIR
#   BINARY        the built backstride (e.g. build/src/backstride)
#   EXAMPLES_DIR  directory of profiles (*.json; e.g. examples/)
# Tools: scripts/setup-test-tools (python3-vobject, libical-dev, node + npm ci here).
#
# For every EXAMPLES_DIR/*.json it exports -f json, -f ics, -f csv and -f gcal-csv with
# --today 2026-12-01 and SOURCE_DATE_EPOCH=1796083200 and runs every validator:
#   ics_lint.py (bytes/structure), ics_vobject.py (vobject validate=True),
#   libical_check (libical + restriction check; compiled here into a temp dir),
#   ics_roundtrip.mjs (ical.js decode vs the JSON plan), csv_check.mjs (Google's CSV,
#   csv-parse strict vs the JSON plan), sheet_check.mjs (the spreadsheet, likewise).
# Then special cases built in a temp dir from EXAMPLES_DIR/beginner-chronic.json:
#   Unicode/escaping name + clearance notes, a 200-character name, control
#   characters in name and notes, DST ends in
#   Europe/London and America/New_York, RF-EMERG / RF-URGENT withheld plans, a
#   walking-only SCR-AGE45 plan (exit 10), an unknown
#   zone, the formula guard, and re-export stability after `backstride log`
#   (EXAMPLES_DIR/lapsed-runner.json + its history), --morning-check, and a paused
#   re-export that cancels the old calendar's events (--cancel-from and --force).
# Prints ok/FAIL (or skip, for a check the product gives no way to exercise) per check
# and `formats: N passed, M failed` (`, K skipped` when K > 0); exit 1 on any failure.
set -uo pipefail

if (($# != 2)); then
  echo "usage: $0 BINARY EXAMPLES_DIR" >&2
  exit 2
fi
BIN="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
EX="$(cd "$2" && pwd)"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PY=/usr/bin/python3
TODAY=2026-12-01
export SOURCE_DATE_EPOCH=1796083200 # 2026-12-01T00:00:00Z
STAMP=20261201T000000Z
export NO_COLOR=1
# shellcheck source=../skip.sh
source "$here/../skip.sh"
tmp="$(mktemp -d)"
if [[ -n "${FORMATS_KEEP_TMP:-}" ]]; then
  echo "(keeping $tmp)"
else
  trap 'rm -rf "$tmp"' EXIT
fi

passed=0
failed=0
skipped=0
ok() { echo "ok   $1"; passed=$((passed + 1)); }
# skip: a check that could not be exercised (said out loud, never counted as a pass).
skip() { echo "skip $1"; skipped=$((skipped + 1)); }
fail() {
  echo "FAIL $1"
  # shellcheck disable=SC2001 # prefix every line
  if [[ -n "${2:-}" ]]; then sed 's/^/     | /' <<<"$2" | head -"${FORMATS_DETAIL_LINES:-12}"; fi
  failed=$((failed + 1))
}
# check NAME CMD...: ok when CMD exits 0, else FAIL with its output.
check() {
  local name="$1" out rc
  shift
  out="$("$@" 2>&1)"
  rc=$?
  if ((rc == 0)); then ok "$name"; else fail "$name" "$out"; fi
}
finish() {
  if ((skipped)); then
    echo "formats: $passed passed, $failed failed, $skipped skipped"
  else
    echo "formats: $passed passed, $failed failed"
  fi
  ((failed == 0))
  exit
}

# ------------------------------------------------------------------ prerequisites
if [[ ! -x "$BIN" ]]; then
  fail "prerequisites: no binary $BIN"
  finish
fi
missing=()
[[ -x $PY ]] && $PY -c 'import vobject' 2>/dev/null || missing+=("python3-vobject for $PY")
command -v node >/dev/null || missing+=(node)
[[ -d "$here/node_modules/ical.js" && -d "$here/node_modules/csv-parse" ]] || missing+=("tests/formats/node_modules")
pkg-config --exists libical 2>/dev/null || missing+=(libical-dev)
if ((${#missing[@]})); then
  skip_test "missing ${missing[*]} (run scripts/setup-test-tools)"
fi
# shellcheck disable=SC2046
if ! cc -O1 -Wall -o "$tmp/libical_check" "$here/libical_check.c" $(pkg-config --cflags --libs libical) 2>"$tmp/cc.err"; then
  fail "build libical_check" "$(cat "$tmp/cc.err")"
  finish
fi
LINT=("$PY" "$here/ics_lint.py")
VOBJ=("$PY" "$here/ics_vobject.py")
LIBICAL=("$tmp/libical_check")
RT=(node "$here/ics_roundtrip.mjs")
CSV=(node "$here/csv_check.mjs")
SHEET=(node "$here/sheet_check.mjs")
SHEET_CHECK="$here/sheet_check.mjs"

# export PROFILE FORMAT OUT [ARGS...]: runs `plan`, stdout to OUT, stderr to OUT.err,
# exit code to OUT.rc.
export_plan() {
  local profile="$1" fmt="$2" out="$3"
  shift 3
  "$BIN" plan "$profile" -f "$fmt" "$@" >"$out" 2>"$out.err"
  echo $? >"$out.rc"
}
rc_of() { cat "$1.rc"; }

# json_get FILE PYEXPR: evaluates PYEXPR with `d` = the parsed JSON file.
json_get() { "$PY" -c 'import json,sys; d=json.load(open(sys.argv[1],encoding="utf-8")); print(eval(sys.argv[2]))' "$1" "$2"; }

# edit_profile SRC DST PYCODE: copies a profile, running PYCODE on `p` (the parsed dict);
# `env` is os.environ, to pass arbitrary text without quoting trouble.
edit_profile() {
  "$PY" - "$1" "$2" "$3" <<'EOF'
import json, os, sys
src, dst, code = sys.argv[1:4]
with open(src, encoding="utf-8") as f:
    p = json.load(f)
exec(code, {"p": p, "env": os.environ})
with open(dst, "w", encoding="utf-8") as f:
    json.dump(p, f, ensure_ascii=False, indent=2)
    f.write("\n")
EOF
}

# Name tokens that must not appear in any UID (personal data). Tokens made only of hex
# digits ("Bea", "Cafe") are left out: a hex UUID can contain them by chance.
name_tokens() {
  "$PY" - "$1" <<'EOF'
import json, re, sys
p = json.load(open(sys.argv[1], encoding="utf-8"))
for t in re.split(r"[\s,;()\\/]+", p.get("name", "")):
    if len(t) >= 3 and not re.fullmatch(r"[0-9A-Fa-f-]+", t):
        print(t)
EOF
}

# validate_all TAG DIR PROFILE EXPECTED_RCS [RT_EXTRA...] : the full battery on
# DIR/plan.{json,ics,csv,gcal-csv}
# EXPECTED_RCS: space-separated allowed exit codes of `plan`.
validate_all() {
  local tag="$1" dir="$2" profile="$3" rcs="$4"
  shift 4
  local rt_extra=("$@")
  local jrc irc crc grc
  jrc="$(rc_of "$dir/plan.json")"
  irc="$(rc_of "$dir/plan.ics")"
  crc="$(rc_of "$dir/plan.csv")"
  grc="$(rc_of "$dir/plan.gcal-csv")"
  if [[ " $rcs " == *" $irc "* && "$irc" == "$jrc" && "$crc" == "$jrc" && "$grc" == "$jrc" ]]; then
    ok "$tag: exit codes json=$jrc ics=$irc csv=$crc gcal-csv=$grc (allowed: $rcs)"
  else
    fail "$tag: exit codes json=$jrc ics=$irc csv=$crc gcal-csv=$grc (allowed: $rcs, all equal)" \
      "$(cat "$dir/plan.ics.err" "$dir/plan.csv.err" "$dir/plan.gcal-csv.err" 2>/dev/null)"
  fi
  local withheld
  withheld="$(json_get "$dir/plan.json" 'd.get("withheld")' 2>/dev/null)"
  check "$tag: ics_lint" "${LINT[@]}" "$dir/plan.ics"
  check "$tag: vobject validate" "${VOBJ[@]}" "$dir/plan.ics"
  check "$tag: libical" "${LIBICAL[@]}" "$dir/plan.ics"
  local personal=()
  while IFS= read -r t; do personal+=(--no-personal "$t"); done < <(name_tokens "$profile")
  if [[ "$withheld" == "True" ]]; then
    check "$tag: ical.js withheld plan (<= 1 clinician event)" "${RT[@]}" "$dir/plan.ics" --withheld --dtstamp "$STAMP" "${personal[@]}" "${rt_extra[@]}"
    check "$tag: csv_check withheld plan (<= 1 clinician row)" "${CSV[@]}" "$dir/plan.gcal-csv" --withheld
    check "$tag: sheet_check withheld plan (logged rows + 1 reminder row)" "${SHEET[@]}" "$dir/plan.csv" --withheld
  else
    check "$tag: ical.js round trip vs JSON (start, duration, summary, UTC, alarms, UIDs)" \
      "${RT[@]}" "$dir/plan.ics" "$dir/plan.json" --dtstamp "$STAMP" "${personal[@]}" "${rt_extra[@]}"
    check "$tag: DESCRIPTION lists title, intervals and checkpoints" \
      "${RT[@]}" "$dir/plan.ics" "$dir/plan.json" --descriptions
    check "$tag: csv_check vs JSON (RFC 4180, header, formats, guard, subjects)" \
      "${CSV[@]}" "$dir/plan.gcal-csv" "$dir/plan.json"
    check "$tag: sheet_check vs JSON (BOM, RFC 4180, header, ISO dates, guard, sessions)" \
      "${SHEET[@]}" "$dir/plan.csv" "$dir/plan.json"
  fi
}

# no_jog_summary ICS: fails when an ical.js-decoded SUMMARY mentions jogging.
# shellcheck disable=SC2317 # called through check()
no_jog_summary() {
  node "$here/ics_roundtrip.mjs" "$1" --dump "$1.dump" >/dev/null 2>&1
  "$PY" - "$1.dump" <<'EOF'
import json, re, sys
try:
    events = json.load(open(sys.argv[1], encoding="utf-8"))
except (OSError, ValueError) as e:
    sys.exit(f"could not decode the ICS: {e}")
bad = [e["summary"] for e in events if re.search(r"\bjog", e.get("summary") or "", re.I)]
if bad:
    sys.exit("SUMMARY mentions jogging: " + "; ".join(bad[:3]))
print(f"{len(events)} events, none mentions jogging")
EOF
}

# ================================================================== examples
shopt -s nullglob
profiles=("$EX"/*.json)
if ((${#profiles[@]} == 0)); then
  fail "no profiles in $EX"
fi
all_uids="$tmp/all_uids"
: >"$all_uids"
for profile in "${profiles[@]}"; do
  name="$(basename "$profile" .json)"
  d="$tmp/ex/$name"
  mkdir -p "$d"
  for fmt in json ics csv gcal-csv; do export_plan "$profile" "$fmt" "$d/plan.$fmt" --today "$TODAY"; done
  validate_all "$name" "$d" "$profile" "0 10 11"

  zone="$(json_get "$d/plan.json" 'd.get("timezone","")' 2>/dev/null)"
  ptime="$(json_get "$profile" 'd["schedule"]["time"]' 2>/dev/null)"
  pzone="$(json_get "$profile" 'd["schedule"].get("timezone","")' 2>/dev/null)"
  if [[ -n "$zone" && ( -z "$pzone" || "$zone" == "$pzone" ) ]]; then
    ok "$name: JSON plan timezone is \"$zone\"${pzone:+ (= schedule.timezone)}"
  else
    fail "$name: JSON plan timezone \"$zone\" (schedule.timezone \"$pzone\")"
  fi
  if [[ -n "$zone" && -s "$d/plan.ics" && "$(json_get "$d/plan.json" 'd.get("withheld")')" != True ]]; then
    check "$name: every event starts at $ptime local in $zone" "${RT[@]}" "$d/plan.ics" --local "$ptime" "$zone"
  fi

  # Reproducible and -o gives the same bytes.
  export_plan "$profile" ics "$d/again.ics" --today "$TODAY"
  if cmp -s "$d/plan.ics" "$d/again.ics"; then ok "$name: ICS is byte-identical across runs"; else fail "$name: ICS differs between two runs" "$(diff "$d/plan.ics" "$d/again.ics" | head)"; fi
  "$BIN" plan "$profile" -f ics --today "$TODAY" -o "$d/out.ics" >/dev/null 2>"$d/out.err"
  if cmp -s "$d/plan.ics" "$d/out.ics"; then ok "$name: -o FILE.ics writes the same bytes as stdout"; else fail "$name: -o FILE.ics differs from stdout" "$(cat "$d/out.err"; cmp "$d/plan.ics" "$d/out.ics" 2>&1)"; fi
  "$BIN" plan "$profile" -f csv --today "$TODAY" -o "$d/out.csv" >/dev/null 2>"$d/out.err"
  if cmp -s "$d/plan.csv" "$d/out.csv"; then ok "$name: -o FILE.csv writes the same bytes as stdout"; else fail "$name: -o FILE.csv differs from stdout" "$(cat "$d/out.err"; cmp "$d/plan.csv" "$d/out.csv" 2>&1)"; fi
  "$BIN" plan "$profile" --today "$TODAY" -o "$d/inferred.csv" >/dev/null 2>"$d/out.err"
  if cmp -s "$d/plan.csv" "$d/inferred.csv"; then ok "$name: -o FILE.csv (no -f) is the spreadsheet"; else fail "$name: -o FILE.csv without -f is not the spreadsheet" "$(cat "$d/out.err")"; fi
  "$BIN" plan "$profile" --today "$TODAY" -o "$d/out.gcal.csv" >/dev/null 2>"$d/out.err"
  if cmp -s "$d/plan.gcal-csv" "$d/out.gcal.csv"; then ok "$name: -o FILE.gcal.csv (no -f) is Google's CSV, as on stdout"; else fail "$name: -o FILE.gcal.csv differs from -f gcal-csv" "$(cat "$d/out.err"; cmp "$d/plan.gcal-csv" "$d/out.gcal.csv" 2>&1)"; fi
  sed -n 's/^UID:\(.*\)\r$/\1/p' "$d/plan.ics" | sed "s|\$| $name|" >>"$all_uids"
done
dups="$(awk '{print $1}' "$all_uids" | sort | uniq -d)"
if [[ -z "$dups" ]]; then ok "UIDs are unique across all example profiles ($(wc -l <"$all_uids") UIDs)"; else fail "UIDs shared between profiles" "$dups"; fi

# ================================================================== special cases
BASE="$EX/beginner-chronic.json"
if [[ ! -f "$BASE" ]]; then
  fail "special cases need $BASE"
  finish
fi
sp="$tmp/special"
mkdir -p "$sp"

# gen_special TAG PROFILE [PLAN ARGS...]: exports json/ics/csv/gcal-csv into $sp/TAG/.
gen_special() {
  local tag="$1" profile="$2"
  shift 2
  mkdir -p "$sp/$tag"
  for fmt in json ics csv gcal-csv; do export_plan "$profile" "$fmt" "$sp/$tag/plan.$fmt" "$@"; done
}

# ---- 1. Unicode and escaping: name and clearance notes.
export UNAME='Zoë Ångström-李小龍 🏃‍♀️, Jr; C:\runs'
export UNOTES=$'Crème brûlée ok; 日本語のメモ, emoji 🦵🏽 and a back\\slash\nsecond line: keep it easy, pain ≤ 4'
export UBY='Dr. Ōno, 東京 clinic; physio'
edit_profile "$BASE" "$sp/unicode.json" "
p['id'] = 'unicode-case'
p['name'] = env['UNAME']
p['clearance'] = {'by': env['UBY'], 'date': '2026-11-20', 'allow_running': True, 'max_pain_during': 4,
                  'notes': env['UNOTES']}
"
gen_special unicode "$sp/unicode.json" --today "$TODAY"
if [[ "$(rc_of "$sp/unicode/plan.json")" == 65 ]]; then
  fail "unicode: profile rejected by backstride (exit 65)" "$(cat "$sp/unicode/plan.json.err")"
else
  validate_all "unicode" "$sp/unicode" "$sp/unicode.json" "0"
  check "unicode: name survives the ICS round trip exactly (ical.js decode)" "${RT[@]}" "$sp/unicode/plan.ics" --expect-text "$UNAME"
  check "unicode: clearance notes survive the ICS round trip exactly (incl. newline)" "${RT[@]}" "$sp/unicode/plan.ics" --expect-text "$UNOTES"
  check "unicode: name survives in Google's CSV" "${CSV[@]}" "$sp/unicode/plan.gcal-csv" --expect-text "$UNAME"
  check "unicode: clearance notes survive in Google's CSV" "${CSV[@]}" "$sp/unicode/plan.gcal-csv" --expect-text "$UNOTES"
  check "unicode: name survives in the spreadsheet" "${SHEET[@]}" "$sp/unicode/plan.csv" --expect-text "$UNAME"
fi

# ---- 1b. A Spanish plan: accented words in every SUMMARY and DESCRIPTION, and the
# sheet's translated headers, through the same validators.
edit_profile "$BASE" "$sp/spanish.json" "p['id'] = 'spanish-case'; p['language'] = 'es'"
gen_special spanish "$sp/spanish.json" --today "$TODAY"
for v in LINT VOBJ LIBICAL; do
  declare -n tool="$v"
  check "spanish: ${tool[*]##*/}" "${tool[@]}" "$sp/spanish/plan.ics"
done
unset -n tool
check "spanish: ical.js round trip vs JSON" "${RT[@]}" "$sp/spanish/plan.ics" "$sp/spanish/plan.json" \
  --dtstamp "$STAMP"
check "spanish: DESCRIPTION lists title, intervals (in Spanish) and checkpoints" \
  "${RT[@]}" "$sp/spanish/plan.ics" "$sp/spanish/plan.json" --descriptions \
  --labels "warmup=calentamiento,jog=trote,walk=caminata,cooldown=vuelta a la calma"
check "spanish: csv_check vs JSON" "${CSV[@]}" "$sp/spanish/plan.gcal-csv" "$sp/spanish/plan.json"
check "spanish: sheet_check vs JSON, with the Spanish header" "${SHEET[@]}" "$sp/spanish/plan.csv" \
  "$sp/spanish/plan.json" --header "Nombre,Semana,Etapa,Sesión,Fecha,Hora,Empieza a las,Minutos \
planificados,Minutos de trote,Trote más largo (minutos),Zona,Fecha de realización,Puntos de \
control,Qué pasó"
check "spanish: calendar events are in Spanish (ical.js decode)" "${RT[@]}" "$sp/spanish/plan.ics" --expect-text "Caminar/trotar"

# ---- 2. A 200-character name (long SUMMARY/DESCRIPTION folding), multi-byte and
# escape-heavy so that folds land next to escapes and inside UTF-8 runs.
LNAME="$("$PY" -c 'print(("Zoë 東京 🏃 ,;\\ " * 40)[:199] + "Z", end="")')"
export LNAME
edit_profile "$BASE" "$sp/longname.json" "
p['id'] = 'long-name'
p['name'] = env['LNAME']
p['clearance'] = {'by': env['LNAME'], 'date': '2026-11-20', 'allow_running': True, 'notes': env['LNAME'] * 5}
"
gen_special longname "$sp/longname.json" --today "$TODAY"
if [[ "$(rc_of "$sp/longname/plan.json")" == 65 ]]; then
  fail "longname: 200-character name rejected (exit 65)" "$(cat "$sp/longname/plan.json.err")"
else
  validate_all "longname" "$sp/longname" "$sp/longname.json" "0"
  check "longname: 200-character name survives the ICS round trip" "${RT[@]}" "$sp/longname/plan.ics" --expect-text "$LNAME"
fi

# ---- 2b. Control characters in user text (DEL, ESC, NUL, a bare CR, TAB): RFC 5545
# TEXT may carry none of them raw except HTAB (the lint flags any other).
edit_profile "$BASE" "$sp/controls.json" "
p['id'] = 'controls'
p['name'] = 'Ctl\x7fName\x1b'
p['clearance'] = {'by': 'Dr\x7f X', 'date': '2026-11-20', 'allow_running': True,
                  'notes': 'del\x7f esc\x1b nul\x00 cr\r tab\t crlf\r\nend'}
"
gen_special controls "$sp/controls.json" --today "$TODAY"
if [[ "$(rc_of "$sp/controls/plan.json")" == 65 ]]; then
  ok "controls: profile with control characters rejected as invalid (exit 65)"
else
  validate_all "controls" "$sp/controls" "$sp/controls.json" "0"
fi

# ---- 3. Daylight saving ends inside the plan: 07:30 local must stay 07:30.
edit_profile "$BASE" "$sp/dst-london.json" "
p['id'] = 'dst-london'
p['schedule']['start_date'] = '2026-10-12'; p['schedule']['time'] = '07:30'
p['schedule']['timezone'] = 'Europe/London'; p['schedule'].pop('unavailable', None)
"
gen_special dst-london "$sp/dst-london.json" --today 2026-10-05
validate_all "dst-london" "$sp/dst-london" "$sp/dst-london.json" "0"
check "dst-london: every event at 07:30 Europe/London across the end of BST (ical.js + Intl)" \
  "${RT[@]}" "$sp/dst-london/plan.ics" --dst 07:30 Europe/London
tz="$(json_get "$sp/dst-london/plan.json" 'd.get("timezone")' 2>&1)"
if [[ "$tz" == Europe/London ]]; then ok "dst-london: JSON timezone is Europe/London"; else fail "dst-london: JSON timezone is \"$tz\""; fi

edit_profile "$BASE" "$sp/dst-newyork.json" "
p['id'] = 'dst-newyork'
p['schedule']['start_date'] = '2026-10-19'; p['schedule']['time'] = '07:30'
p['schedule'].pop('timezone', None); p['schedule'].pop('unavailable', None)
"
gen_special dst-newyork "$sp/dst-newyork.json" --today 2026-10-12 --timezone America/New_York
validate_all "dst-newyork" "$sp/dst-newyork" "$sp/dst-newyork.json" "0"
check "dst-newyork: every event at 07:30 America/New_York across the end of EDT (--timezone)" \
  "${RT[@]}" "$sp/dst-newyork/plan.ics" --dst 07:30 America/New_York
tz="$(json_get "$sp/dst-newyork/plan.json" 'd.get("timezone")' 2>&1)"
if [[ "$tz" == America/New_York ]]; then ok "dst-newyork: JSON timezone is America/New_York"; else fail "dst-newyork: JSON timezone is \"$tz\""; fi

# ---- 4. Unknown zone: a clear error, nothing on stdout.
export_plan "$BASE" ics "$sp/badzone.ics" --today "$TODAY" --timezone Mars/Olympus_Mons
rc="$(rc_of "$sp/badzone.ics")"
if [[ ( "$rc" == 64 || "$rc" == 65 ) && ! -s "$sp/badzone.ics" && -s "$sp/badzone.ics.err" ]]; then
  ok "unknown zone: exit $rc, error on stderr, nothing on stdout"
else
  fail "unknown zone: exit $rc (expected 64/65 with an error and no output)" "$(cat "$sp/badzone.ics.err"; head -c 200 "$sp/badzone.ics")"
fi

# ---- 5. Withheld plans: RF-EMERG (exit 11) and RF-URGENT (exit 10).
edit_profile "$BASE" "$sp/emerg.json" "p['id']='emerg'; p['screening']['saddle_numbness'] = True"
gen_special emerg "$sp/emerg.json" --today "$TODAY"
validate_all "RF-EMERG" "$sp/emerg" "$sp/emerg.json" "11"
edit_profile "$BASE" "$sp/urgent.json" "p['id']='urgent'; p['screening']['fever'] = True"
gen_special urgent "$sp/urgent.json" --today "$TODAY"
validate_all "RF-URGENT" "$sp/urgent" "$sp/urgent.json" "10"
for tag in emerg urgent; do
  w="$(json_get "$sp/$tag/plan.json" 'd.get("withheld")' 2>&1)"
  if [[ "$w" == True ]]; then ok "$tag: JSON says withheld"; else fail "$tag: JSON withheld is $w (the withheld checks above ran as a normal plan)"; fi
  check "$tag: no decoded SUMMARY mentions jogging" no_jog_summary "$sp/$tag/plan.ics"
done

# SCR-AGE45 (exit 10) is not withheld: it gives a walking-only plan. No running session
# may appear: every session has 0 jog seconds and no SUMMARY mentions jogging.
edit_profile "$BASE" "$sp/age45.json" "p['id']='age45'; p['age'] = 52"
gen_special age45 "$sp/age45.json" --today "$TODAY"
validate_all "SCR-AGE45 walking-only" "$sp/age45" "$sp/age45.json" "10"
jog="$(json_get "$sp/age45/plan.json" 'sum(s["totals"].get("jog_seconds", 0) for w in d["weeks"] for s in w["sessions"])' 2>&1)"
if [[ "$jog" == 0 ]]; then ok "SCR-AGE45 walking-only: no jog time in any JSON session"; else fail "SCR-AGE45 walking-only: $jog jog seconds in the JSON sessions"; fi
check "SCR-AGE45 walking-only: no decoded SUMMARY mentions jogging" no_jog_summary "$sp/age45/plan.ics"

# ---- 6. Formula guard: user text that starts with a spreadsheet trigger.
edit_profile "$BASE" "$sp/formula.json" "
p['id'] = 'formula'
p['name'] = '=HYPERLINK(\"http://example.invalid\",\"x\")'
p['clearance'] = {'by': '@admin', 'date': '2026-11-20', 'allow_running': True, 'notes': '-2+3 =cmd|\"/c calc\"!A1'}
p['shoes'] = {'name': '+shoes', 'km': 1, 'bought': '2026-06-01'}
"
gen_special formula "$sp/formula.json" --today "$TODAY"
validate_all "formula" "$sp/formula" "$sp/formula.json" "0"
# The name leads a cell in both CSVs (the spreadsheet's Name, Google's Description), so
# the guard is exercised end to end: without it a cell starts with "=", with it none does.
for pair in "csv:$SHEET_CHECK" "gcal-csv:$here/csv_check.mjs"; do
  fmt="${pair%%:*}" checker="${pair#*:}"
  export_plan "$sp/formula.json" "$fmt" "$sp/formula/noguard.$fmt" --today "$TODAY" --no-formula-guard
  check "formula: -f $fmt --no-formula-guard output is still strict RFC 4180 and matches JSON" \
    node "$checker" "$sp/formula/noguard.$fmt" "$sp/formula/plan.json" --no-formula-guard
  if [[ "$(rc_of "$sp/formula/noguard.$fmt")" != 0 ]]; then
    fail "formula: -f $fmt --no-formula-guard is not accepted" "$(cat "$sp/formula/noguard.$fmt.err")"
  elif node "$checker" "$sp/formula/noguard.$fmt" >"$sp/formula/noguard.$fmt.check"
    grep -q 'formula injection' "$sp/formula/noguard.$fmt.check"; then
    ok "formula: -f $fmt without the guard a cell starts with a trigger; with it, none does"
  else
    fail "formula: -f $fmt without the guard no cell starts with a trigger (the guard is not exercised)" \
      "$(diff "$sp/formula/plan.$fmt" "$sp/formula/noguard.$fmt" | head)"
  fi
done

# ---- 7. Re-export after `backstride log`: same slots keep their UID, SEQUENCE rises.
LR="$EX/lapsed-runner.json"
if [[ -f "$LR" ]]; then
  r="$sp/reexport"
  mkdir -p "$r"
  cp "$LR" "$r/"
  hist="$(json_get "$LR" 'd.get("history_file","")')"
  [[ -n "$hist" && -f "$EX/$hist" ]] && cp "$EX/$hist" "$r/"
  prof="$r/$(basename "$LR")"
  export_plan "$prof" json "$r/1.json" --today "$TODAY"
  export_plan "$prof" ics "$r/1.ics" --today "$TODAY"
  sid="$(json_get "$r/1.json" '[s for w in d["weeks"] for s in w["sessions"]][0]["id"]' 2>/dev/null)"
  sdate="$(json_get "$r/1.json" '[s for w in d["weeks"] for s in w["sessions"]][0]["date"]' 2>/dev/null)"
  if [[ -z "$sid" ]]; then
    fail "reexport: no session in the first export" "$(head -c 300 "$r/1.json.err")"
  else
    if "$BIN" log "$prof" --date "$sdate" --session "$sid" --completed --pain-before 2 --pain-during 2 \
      --pain-after 2 --pain-next-morning 2 --today "$sdate" >"$r/log.out" 2>&1; then
      ok "reexport: logged $sid on $sdate"
    else
      fail "reexport: backstride log failed" "$(cat "$r/log.out")"
    fi
    export_plan "$prof" json "$r/2.json" --today "$sdate"
    export_plan "$prof" ics "$r/2.ics" --today "$sdate"
    node "$here/ics_roundtrip.mjs" "$r/1.ics" "$r/1.json" --dump "$r/1.dump" >"$r/1.rt" 2>&1
    node "$here/ics_roundtrip.mjs" "$r/2.ics" "$r/2.json" --dump "$r/2.dump" >"$r/2.rt" 2>&1
    check "reexport: second export passes ics_lint" "${LINT[@]}" "$r/2.ics"
    if [[ -s "$r/1.dump" && -s "$r/2.dump" ]]; then
      check "reexport: same session ids keep their UID and SEQUENCE rises" "$PY" "$here/reexport_check.py" "$r/1.dump" "$r/2.dump"
    else
      fail "reexport: could not decode the exports" "$(cat "$r/1.rt" "$r/2.rt")"
    fi
  fi
else
  fail "reexport: $LR is missing"
fi

# ---- 8. --morning-check, and re-exports that cancel: a paused plan (two REDs) written
# with --cancel-from the old calendar, and --force over it. Every validator must take the
# cancelled events (STATUS:CANCELLED, no VALARM) and the morning checks.
if [[ -f "$LR" ]]; then
  c="$sp/cancel"
  mkdir -p "$c"
  cp "$LR" "$c/"
  hist="$(json_get "$LR" 'd.get("history_file","")')"
  [[ -n "$hist" && -f "$EX/$hist" ]] && cp "$EX/$hist" "$c/"
  prof="$c/$(basename "$LR")"
  export_plan "$prof" json "$c/old.json" --today "$TODAY"
  export_plan "$prof" ics "$c/old.ics" --today "$TODAY" --morning-check
  check "morning-check: lint" "${LINT[@]}" "$c/old.ics"
  check "morning-check: vobject validate" "${VOBJ[@]}" "$c/old.ics"
  check "morning-check: libical" "${LIBICAL[@]}" "$c/old.ics"
  check "morning-check: ical.js: one check the morning after each session, sessions vs JSON" \
    "${RT[@]}" "$c/old.ics" "$c/old.json" --morning "How is your back? Log it" --dtstamp "$STAMP"
  first="$(json_get "$c/old.json" '[s for w in d["weeks"] for s in w["sessions"]][0]["date"]' 2>/dev/null)"
  for day in "$first" "$(date -u -d "$first + 2 days" +%F)"; do
    "$BIN" log "$prof" --date "$day" --completed --pain-before 2 --pain-during 7 --pain-after 6 \
      --today "$day" >/dev/null 2>&1
  done
  export_plan "$prof" ics "$c/paused.ics" --today "$(date -u -d "$first + 2 days" +%F)" --cancel-from "$c/old.ics"
  if [[ "$(rc_of "$c/paused.ics")" == 10 ]] && grep -q '^STATUS:CANCELLED' "$c/paused.ics"; then
    ok "cancel: a paused re-export (exit 10) cancels the old events"
  else
    fail "cancel: paused re-export: exit $(rc_of "$c/paused.ics"), $(grep -c '^STATUS:CANCELLED' "$c/paused.ics") cancelled" "$(cat "$c/paused.ics.err")"
  fi
  check "cancel: lint (cancelled events carry no VALARM)" "${LINT[@]}" "$c/paused.ics"
  check "cancel: vobject validate" "${VOBJ[@]}" "$c/paused.ics"
  check "cancel: libical" "${LIBICAL[@]}" "$c/paused.ics"
  check "cancel: ical.js: one active event, a clinician reminder; cancelled ones without alarms" \
    "${RT[@]}" "$c/paused.ics" --withheld --dtstamp "$STAMP"
  old_events="$(grep -c '^BEGIN:VEVENT' "$c/old.ics")"
  cancelled="$(grep -c '^STATUS:CANCELLED' "$c/paused.ics")"
  if [[ "$cancelled" == "$old_events" ]]; then ok "cancel: all $old_events old events cancelled"; else fail "cancel: $cancelled of $old_events old events cancelled"; fi
  cp "$c/old.ics" "$c/forced.ics"
  "$BIN" plan "$prof" --today "$(date -u -d "$first + 2 days" +%F)" -o "$c/forced.ics" --force >/dev/null 2>&1
  if cmp -s "$c/forced.ics" "$c/paused.ics"; then ok "cancel: -o FILE --force over the old file = --cancel-from"; else fail "cancel: --force differs from --cancel-from" "$(diff "$c/forced.ics" "$c/paused.ics" | head)"; fi
fi

finish
