#!/usr/bin/env bash
# Self-test of the independent format validators in tests/formats: each must accept the
# good samples and reject every bad sample aimed at it (for the right reason, where a
# message is given), so a validator cannot silently pass everything.
#
# Usage: tests/formats/self_test.sh        (tools: scripts/setup-test-tools)
# Prints ok/FAIL per check and `formats-self-test: N passed, M failed`; exit 1 on failure.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
S="$here/samples"
PY=/usr/bin/python3
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

passed=0
failed=0
ok() { echo "ok   $1"; passed=$((passed + 1)); }
fail() {
  echo "FAIL $1"
  # shellcheck disable=SC2001 # prefix every line
  if [[ -n "${2:-}" ]]; then sed 's/^/     | /' <<<"$2" | head -20; fi
  failed=$((failed + 1))
}

# expect_ok NAME CMD...: CMD must exit 0.
expect_ok() {
  local name="$1" out rc
  shift
  out="$("$@" 2>&1)"
  rc=$?
  if ((rc == 0)); then ok "$name"; else fail "$name (exit $rc, expected 0)" "$out"; fi
}

# expect_reject NAME PATTERN CMD...: CMD must exit 1 (not 2 = usage error, not a crash)
# and, when PATTERN is not empty, print a line matching it (grep -E).
expect_reject() {
  local name="$1" pattern="$2" out rc
  shift 2
  out="$("$@" 2>&1)"
  rc=$?
  if ((rc != 1)); then
    fail "$name (exit $rc, expected 1)" "$out"
  elif [[ -n "$pattern" ]] && ! grep -Eq -- "$pattern" <<<"$out"; then
    fail "$name (rejected, but not for /$pattern/)" "$out"
  else
    ok "$name"
  fi
}

# ------------------------------------------------------------------ prerequisites
missing=()
[[ -x $PY ]] && $PY -c 'import vobject' 2>/dev/null || missing+=("python3-vobject for $PY")
command -v node >/dev/null || missing+=(node)
[[ -d "$here/node_modules/ical.js" && -d "$here/node_modules/csv-parse" ]] || missing+=("node_modules (npm ci)")
pkg-config --exists libical 2>/dev/null || missing+=(libical-dev)
command -v cc >/dev/null || missing+=(cc)
if ((${#missing[@]})); then
  fail "prerequisites: missing ${missing[*]}; run scripts/setup-test-tools"
  echo "formats-self-test: $passed passed, $failed failed"
  exit 1
fi
ok "prerequisites"

# ------------------------------------------------------------------ samples are current
mkdir -p "$tmp/samples"
if $PY "$S/make_samples.py" "$tmp/samples" && diff -r -q -x make_samples.py -x __pycache__ "$S" "$tmp/samples" >"$tmp/diff" 2>&1; then
  ok "samples/ matches make_samples.py"
else
  fail "samples/ differs from make_samples.py output (rerun it)" "$(cat "$tmp/diff")"
fi

# ------------------------------------------------------------------ libical checker builds
# shellcheck disable=SC2046
if cc -O1 -Wall -Werror -o "$tmp/libical_check" "$here/libical_check.c" $(pkg-config --cflags --libs libical) 2>"$tmp/cc.err"; then
  ok "libical_check.c compiles (-Wall -Werror)"
else
  fail "libical_check.c compiles" "$(cat "$tmp/cc.err")"
fi
LIBICAL="$tmp/libical_check"

LINT=("$PY" "$here/ics_lint.py")
VOBJ=("$PY" "$here/ics_vobject.py")
RT=(node "$here/ics_roundtrip.mjs")
CSV=(node "$here/csv_check.mjs")

# ------------------------------------------------------------------ usage errors are not passes
expect_usage() {
  local name="$1" rc
  shift
  "$@" >/dev/null 2>&1
  rc=$?
  if ((rc == 2)); then ok "$name"; else fail "$name (exit $rc, expected 2)"; fi
}
expect_usage "ics_lint: no argument -> exit 2" "${LINT[@]}"
expect_usage "ics_lint: missing file -> exit 2" "${LINT[@]}" "$tmp/nope.ics"
expect_usage "ics_vobject: no argument -> exit 2" "${VOBJ[@]}"
expect_usage "libical_check: no argument -> exit 2" "$LIBICAL"
expect_usage "ics_roundtrip: no argument -> exit 2" "${RT[@]}"
expect_usage "csv_check: no argument -> exit 2" "${CSV[@]}"
expect_usage "reexport_check: no argument -> exit 2" "$PY" "$here/reexport_check.py"

# ------------------------------------------------------------------ ics_lint
for f in good.ics good_withheld.ics reexport_new.ics; do
  expect_ok "ics_lint accepts $f" "${LINT[@]}" "$S/$f"
done
# bad sample -> the problem the lint must report for it
declare -A lint_bad=(
  [bad_bom]='UTF-8 BOM'
  [bad_lf]='bare LF'
  [bad_bare_cr]='bare CR'
  [bad_no_final_crlf]='does not end with CRLF'
  [bad_long_line]='octets \(max 75'
  [bad_fold_splits_utf8]='not valid UTF-8 on its own'
  [bad_blank_line]='blank line'
  [bad_leading_space]='starts with whitespace'
  [bad_trailing_content]='content after END:VCALENDAR'
  [bad_escaped_colon]="'\\\\:' is not a legal"
  [bad_control_char]='control character U\+007F'
  [bad_invalid_escape]='invalid escape'
  [bad_unescaped_comma]="unescaped ','"
  [bad_unescaped_semicolon]="unescaped ';'"
  [bad_raw_newline]='malformed content line'
  [bad_no_version]='0 VERSION'
  [bad_no_prodid]='0 PRODID'
  [bad_method]='METHOD:PUBLISH present'
  [bad_noend]='never closed'
  [bad_calprop_after_event]='after a subcomponent'
  [bad_no_uid]='0 UID'
  [bad_duplicate_uid]='duplicate UID'
  [bad_no_dtstamp]='0 DTSTAMP'
  [bad_dtstamp_not_utc]='DTSTAMP .* is not UTC'
  [bad_dtstart_floating]='DTSTART .* is not UTC'
  [bad_dtstart_tzid]='DTSTART has a TZID'
  [bad_dtstart_date]='DTSTART has VALUE=DATE'
  [bad_no_duration]='0 DURATION'
  [bad_dtend_instead_of_duration]='has DTEND'
  [bad_dtend_and_duration]='has DTEND'
  [bad_duration_syntax]='not valid RFC 5545 duration'
  [bad_no_summary]='0 SUMMARY'
  [bad_no_description]='0 DESCRIPTION'
  [bad_no_categories]='no CATEGORIES'
  [bad_no_sequence]='0 SEQUENCE'
  [bad_no_valarm]='0 VALARM'
  [bad_valarm_no_action]='0 ACTION'
  [bad_valarm_no_trigger]='0 TRIGGER'
  [bad_valarm_no_description]='0 DESCRIPTION \(expected exactly 1 for ACTION:DISPLAY'
  [bad_valarm_duration_no_repeat]='DURATION and REPEAT'
  [bad_valarm_first]='comes after its VALARM'
)
for f in "$S"/bad_*.ics; do
  b="$(basename "$f" .ics)"
  if [[ -z "${lint_bad[$b]+x}" ]]; then
    fail "ics_lint: no expectation for sample $b.ics (add it to self_test.sh)"
    continue
  fi
  expect_reject "ics_lint rejects $b.ics" "^$f:[0-9]+: .*${lint_bad[$b]}" "${LINT[@]}" "$f"
done
for b in "${!lint_bad[@]}"; do
  [[ -f "$S/$b.ics" ]] || fail "ics_lint: sample $b.ics is missing"
done

# ------------------------------------------------------------------ vobject (validate=True)
for f in good.ics good_withheld.ics; do
  expect_ok "vobject accepts $f" "${VOBJ[@]}" "$S/$f"
done
for b in bad_bom bad_noend bad_raw_newline bad_duration_syntax bad_dtend_and_duration bad_no_uid \
  bad_no_dtstamp bad_no_prodid bad_fold_splits_utf8 bad_trailing_content bad_leading_space; do
  expect_reject "vobject rejects $b.ics" 'ERROR' "${VOBJ[@]}" "$S/$b.ics"
done

# ------------------------------------------------------------------ libical
for f in good.ics good_withheld.ics; do
  expect_ok "libical accepts $f" "$LIBICAL" "$S/$f"
done
for b in bad_noend bad_raw_newline bad_duration_syntax bad_dtend_and_duration bad_no_version \
  bad_no_prodid bad_method bad_trailing_content; do
  expect_reject "libical rejects $b.ics" 'ERROR' "$LIBICAL" "$S/$b.ics"
done

# ------------------------------------------------------------------ ical.js round trip
expect_ok "ical.js round trip: good.ics == good.json (DST 07:30 Europe/London, texts, descriptions)" \
  "${RT[@]}" "$S/good.ics" "$S/good.json" --dst 07:30 Europe/London --dtstamp 20261201T000000Z \
  --expect-text 'Zoë 東京 🏃 a\b' --expect-text 'C:\temp\x; done' --expect-text $'cool-down 5:00\nStop if' \
  --no-personal Zoë --descriptions
expect_ok "ical.js: good_withheld.ics in withheld mode" "${RT[@]}" "$S/good_withheld.ics" --withheld
expect_reject "round trip: start mismatch" 'DTSTART .* != start_utc' "${RT[@]}" "$S/good.ics" "$S/rt_bad_start.json"
expect_reject "round trip: duration mismatch" 'DURATION 1500 s != totals.seconds 1560' "${RT[@]}" "$S/good.ics" "$S/rt_bad_duration.json"
expect_reject "round trip: summary mismatch" 'SUMMARY .* != summary' "${RT[@]}" "$S/good.ics" "$S/rt_bad_summary.json"
expect_reject "round trip: event count" '2 events but 1 sessions' "${RT[@]}" "$S/good.ics" "$S/rt_bad_count.json"
expect_reject "round trip: \\: escape decodes with a backslash" 'SUMMARY "Week 1\\\\: session 1" != summary' \
  "${RT[@]}" "$S/bad_escaped_colon.ics" "$S/rt_colon.json"
expect_reject "round trip: DST shift detected" 'starts at 06:30 in Europe/London, expected 07:30' \
  "${RT[@]}" "$S/rt_bad_dst.ics" --dst 07:30 Europe/London
expect_reject "round trip: DST check refuses a plan that crosses no DST change" 'vacuous' \
  "${RT[@]}" "$S/rt_bad_dst_vacuous.ics" --dst 07:30 Europe/London
expect_ok "round trip: --local accepts the same plan (no DST change required)" \
  "${RT[@]}" "$S/rt_bad_dst_vacuous.ics" --local 07:30 Europe/London
expect_reject "round trip: --local still catches a shifted event" 'expected 07:30' \
  "${RT[@]}" "$S/rt_bad_dst.ics" --local 07:30 Europe/London
expect_reject "round trip: personal data in UID" 'contains personal data' "${RT[@]}" "$S/rt_bad_uid_personal.ics" --no-personal smith
expect_reject "round trip: withheld plan with sessions" 'withheld plan has 2 events' "${RT[@]}" "$S/rt_bad_withheld.ics" --withheld
expect_reject "round trip: --expect-text missing" 'does not survive' "${RT[@]}" "$S/good.ics" --expect-text 'Zoë Smith'
expect_reject "round trip: --dtstamp mismatch" 'DTSTAMP 20261201T000000Z != expected' "${RT[@]}" "$S/good.ics" --dtstamp 20261202T000000Z
expect_reject "round trip: --descriptions catches a missing interval" 'lacks the interval "jog 2:00"' \
  "${RT[@]}" "$S/good.ics" "$S/rt_bad_interval.json" --descriptions
expect_reject "round trip: --descriptions catches a missing checkpoint" 'lacks' \
  "${RT[@]}" "$S/good.ics" "$S/rt_bad_checkpoint.json" --descriptions
declare -A rt_bad=(
  [bad_bom]='BOM'
  [bad_noend]='ParserError'
  [bad_raw_newline]='ParserError'
  [bad_duration_syntax]='.'
  [bad_fold_splits_utf8]='UTF-8'
  [bad_dtstamp_not_utc]='DTSTAMP is not UTC'
  [bad_dtstart_floating]='DTSTART is not UTC'
  [bad_dtstart_tzid]='DTSTART is not UTC'
  [bad_dtstart_date]='DTSTART is a DATE'
  [bad_dtend_instead_of_duration]='has DTEND'
  [bad_duplicate_uid]='duplicate UID'
  [bad_no_sequence]='SEQUENCE missing'
  [bad_no_valarm]='0 VALARM'
  [bad_valarm_no_trigger]='VALARM without TRIGGER'
  [bad_valarm_no_description]='DISPLAY VALARM without DESCRIPTION'
  [bad_escaped_colon]='illegal escape'
  [bad_invalid_escape]='illegal escape'
)
for b in "${!rt_bad[@]}"; do
  expect_reject "ical.js checks reject $b.ics" "${rt_bad[$b]}" "${RT[@]}" "$S/$b.ics"
done

# ------------------------------------------------------------------ re-export stability
"${RT[@]}" "$S/good.ics" "$S/good.json" --dump "$tmp/old.json" >/dev/null
"${RT[@]}" "$S/reexport_new.ics" "$S/good.json" --dump "$tmp/new.json" >/dev/null
"${RT[@]}" "$S/reexport_bad_uid.ics" "$S/good.json" --dump "$tmp/bad_uid.json" >/dev/null
"${RT[@]}" "$S/reexport_bad_seq.ics" "$S/good.json" --dump "$tmp/bad_seq.json" >/dev/null
expect_ok "reexport_check accepts same UIDs + higher SEQUENCE" "$PY" "$here/reexport_check.py" "$tmp/old.json" "$tmp/new.json"
expect_reject "reexport_check rejects a changed UID" 'UID changed' "$PY" "$here/reexport_check.py" "$tmp/old.json" "$tmp/bad_uid.json"
expect_reject "reexport_check rejects an unchanged SEQUENCE" 'must rise' "$PY" "$here/reexport_check.py" "$tmp/old.json" "$tmp/bad_seq.json"

# ------------------------------------------------------------------ csv_check
expect_ok "csv_check accepts good.csv (vs good.json)" "${CSV[@]}" "$S/good.csv" "$S/good.json" \
  --expect-text $'Then "jog" 1:00, walk 1:30' --expect-text "'=not a formula"
expect_ok "csv_check accepts good_withheld.csv (withheld)" "${CSV[@]}" "$S/good_withheld.csv" --withheld
declare -A csv_bad=(
  [bad_csv_lf]='LF without CR'
  [bad_csv_bom]='BOM'
  [bad_csv_no_final_crlf]='last record does not end with CRLF'
  [bad_csv_header]='header is'
  [bad_csv_columns]='CSV_RECORD_INCONSISTENT_FIELDS_LENGTH'
  [bad_csv_quote]='QUOTE'
  [bad_csv_bare_quote]='INVALID_OPENING_QUOTE'
  [bad_csv_formula_eq]='starts with "="'
  [bad_csv_formula_plus]='starts with "\+"'
  [bad_csv_formula_minus]='starts with "-"'
  [bad_csv_formula_at]='starts with "@"'
  [bad_csv_formula_tab]='starts with "\\t"'
  [bad_csv_formula_cr]='starts with "\\r"'
  [bad_csv_date]='not a real MM/DD/YYYY'
  [bad_csv_date_invalid]='not a real MM/DD/YYYY'
  [bad_csv_time]='not h:mm AM/PM'
  [bad_csv_end_before_start]='ends before it starts'
)
for f in "$S"/bad_*.csv; do
  b="$(basename "$f" .csv)"
  if [[ -z "${csv_bad[$b]+x}" ]]; then
    fail "csv_check: no expectation for sample $b.csv (add it to self_test.sh)"
    continue
  fi
  expect_reject "csv_check rejects $b.csv" "${csv_bad[$b]}" "${CSV[@]}" "$f"
done
expect_reject "csv_check: rows out of order vs JSON" 'Subject .* != summary' "${CSV[@]}" "$S/rt_bad_csv_order.csv" "$S/good.json"
expect_reject "csv_check: subject differs from JSON summary" 'Subject .* != summary' "${CSV[@]}" "$S/rt_bad_csv_subject.csv" "$S/good.json"
expect_reject "csv_check: end time vs totals.seconds" 'totals.seconds' "${CSV[@]}" "$S/rt_bad_csv_duration.csv" "$S/good.json"
expect_reject "csv_check: row count vs JSON" '2 rows but 1 sessions' "${CSV[@]}" "$S/good.csv" "$S/rt_bad_count.json"
expect_reject "csv_check: withheld plan with sessions" 'withheld plan has 2 rows' "${CSV[@]}" "$S/rt_bad_withheld.csv" --withheld
expect_reject "csv_check: --expect-text missing" 'not found' "${CSV[@]}" "$S/good.csv" --expect-text 'Zoë Smith'
expect_ok "csv_check --no-formula-guard accepts a formula cell" "${CSV[@]}" "$S/bad_csv_formula_eq.csv" --no-formula-guard

echo "formats-self-test: $passed passed, $failed failed"
((failed == 0))
