#!/usr/bin/env bash
# Self-test of the independent format validators in tests/formats: each must accept the
# good samples and reject every bad sample aimed at it (for the right reason, where a
# message is given), so a validator cannot silently pass everything.
#
# The handout checkers (check_html.sh, check_pdf.sh, md_to_html.mjs) are proved the same
# way on samples written into a temp dir (HTML and Markdown by hand, PDFs by a small
# Python writer with exact xref offsets and by a tiny pango/cairo program compiled here).
#
# Usage: tests/formats/self_test.sh        (tools: scripts/setup-test-tools)
# Prints ok/FAIL (or skip, for a sample this machine cannot make) per check and
# `formats-self-test: N passed, M failed` (`, K skipped` when K > 0); exit 1 on failure.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
S="$here/samples"
PY=/usr/bin/python3
# shellcheck source=../skip.sh
source "$here/../skip.sh"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

passed=0
failed=0
skipped=0
ok() { echo "ok   $1"; passed=$((passed + 1)); }
# skip: a check that could not be exercised (said out loud, never counted as a pass).
skip() { echo "skip $1"; skipped=$((skipped + 1)); }
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
command -v java >/dev/null || missing+=(java)
[[ -f "$here/node_modules/vnu-jar/build/dist/vnu.jar" && -d "$here/node_modules/commonmark" ]] || missing+=("node_modules/vnu-jar + commonmark (npm ci)")
for tool in qpdf pdffonts pdftotext; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if ((${#missing[@]})); then
  skip_test "missing ${missing[*]}; run scripts/setup-test-tools"
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
  [bad_cancelled_with_valarm]='cancelled VEVENT has a VALARM'
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
  [bad_cancelled_with_valarm]='cancelled event has 1 VALARM'
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

# ------------------------------------------------------------------ sheet_check
SHEET=(node "$here/sheet_check.mjs")
expect_ok "sheet_check accepts sheet_good.csv (vs good.json)" "${SHEET[@]}" "$S/sheet_good.csv" "$S/good.json" \
  --expect-text "'=Zoë 東京"
expect_ok "sheet_check accepts sheet_good_withheld.csv (withheld)" "${SHEET[@]}" "$S/sheet_good_withheld.csv" --withheld
declare -A sheet_bad=(
  [sheet_bad_no_bom]='no UTF-8 BOM'
  [sheet_bad_lf]='LF without CR'
  [sheet_bad_header]='header is'
  [sheet_bad_us_date]='not a real YYYY-MM-DD'
  [sheet_bad_time]='not HH:MM'
  [sheet_bad_starts_at]='Starts at'
  [sheet_bad_minutes]='not a number'
  [sheet_bad_zone]='Zone'
  [sheet_bad_formula]='starts with "="'
  [sheet_bad_no_plan_row]='the last row is not the plan row'
)
for f in "$S"/sheet_bad_*.csv; do
  b="$(basename "$f" .csv)"
  [[ $b == sheet_bad_order ]] && continue
  if [[ -z "${sheet_bad[$b]+x}" ]]; then
    fail "sheet_check: no expectation for sample $b.csv (add it to self_test.sh)"
    continue
  fi
  expect_reject "sheet_check rejects $b.csv" "${sheet_bad[$b]}" "${SHEET[@]}" "$f" "$S/good.json"
done
expect_reject "sheet_check: planned rows out of order vs JSON" '!= session' "${SHEET[@]}" "$S/sheet_bad_order.csv" "$S/good.json"
expect_reject "sheet_check: withheld plan with planned rows" 'withheld plan has 2 planned rows' "${SHEET[@]}" "$S/sheet_good.csv" --withheld


# ================================================================== handout checkers
# Samples are written into $tmp/handouts here (not into samples/): HTML and Markdown by
# hand, PDFs by a Python writer with exact xref offsets and by a pango/cairo program.
H="$tmp/handouts"
mkdir -p "$H"
CHECK_HTML=("$here/check_html.sh")
CHECK_PDF=("$here/check_pdf.sh")
MD=(node "$here/md_to_html.mjs")

expect_usage "check_html: no argument -> exit 2" "${CHECK_HTML[@]}"
expect_usage "check_html: missing file -> exit 2" "${CHECK_HTML[@]}" "$tmp/nope.html"
expect_usage "check_html: unknown option -> exit 2" "${CHECK_HTML[@]}" --bogus "$tmp/nope.html"
expect_usage "check_pdf: no argument -> exit 2" "${CHECK_PDF[@]}"
expect_usage "check_pdf: missing file -> exit 2" "${CHECK_PDF[@]}" "$tmp/nope.pdf"
expect_usage "check_pdf: --text without a value -> exit 2" "${CHECK_PDF[@]}" --text
expect_usage "md_to_html: no argument -> exit 2" "${MD[@]}"
expect_usage "md_to_html: missing file -> exit 2" "${MD[@]}" "$tmp/nope.md"

# ------------------------------------------------------------------ check_html.sh
# html_good.html: a minimal valid, self-contained handout: inline SVG chart filled with a
# url(#gradient), a data: URL in CSS, escaped user text that mentions <script>, @import
# and url(http://...). Each html_bad_NAME.html breaks one rule.
"$PY" - "$H" <<'EOF'
import sys

out = sys.argv[1]
GOOD = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Walk/jog plan for Zoë</title>
<style>
@page { size: A4; margin: 15mm }
body { font-family: "DejaVu Sans", sans-serif }
h1 { background: url("data:image/gif;base64,R0lGODlhAQABAAAAACw=") no-repeat }
</style>
</head>
<body>
<main>
<h1>Walk/jog plan for Zoë &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;</h1>
<p>Clinician notes: @import url(http://example.com/x.css) is only text here.</p>
<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100" role="img" aria-label="Weekly jog minutes">
<defs><linearGradient id="g"><stop offset="0" stop-color="#36c"/><stop offset="1" stop-color="#9cf"/></linearGradient></defs>
<rect x="10" y="40" width="30" height="60" fill="url(#g)"/>
</svg>
<h2 id="sessions">Sessions</h2>
<ul><li><label><input type="checkbox"> Week 1, session 1</label></li></ul>
<p><a href="#sessions">Back to the sessions</a></p>
</main>
</body>
</html>
"""
BAD = {  # name -> (text in GOOD, replacement)
    "invalid": ('<h2 id="sessions">Sessions</h2>', '<h2 id="sessions">Sessions<div></h2>'),
    "warning": ('<html lang="en">', "<html>"),
    "stylesheet": ("</style>", '</style>\n<link rel="stylesheet" href="https://cdn.example.com/handout.css">'),
    "script": ("</main>", "</main>\n<script>window.print()</script>"),
    "import": ("@page", '@import url("print.css");\n@page'),
    "css_url": ("<main>", '<main style="background: url(https://example.com/bg.png)">'),
    "img_src": ("<h2 id", '<img alt="logo" src="logo.png">\n<h2 id'),
    "onclick": ("<main>", '<main>\n<button type="button" onclick="print()">Print</button>'),
    "external_link": ('<a href="#sessions">', '<a href="https://www.nhs.uk/">'),
    "no_svg": (GOOD[GOOD.index("<svg"):GOOD.index("</svg>") + 7], ""),
}


def write(name, text):
    with open(f"{out}/{name}.html", "w", encoding="utf-8") as f:
        f.write(text)


write("html_good", GOOD)
for name, (old, new) in BAD.items():
    assert GOOD.count(old) == 1, name
    write(f"html_bad_{name}", GOOD.replace(old, new))
EOF
expect_ok "check_html accepts html_good.html (valid, inline SVG, data: and url(#g), escaped text)" \
  "${CHECK_HTML[@]}" "$H/html_good.html"
# One run over every sample (the JVM starts once): exit 1, and each bad file is named
# for its own problem; the good one is not named at all.
html_out="$("${CHECK_HTML[@]}" "$H/html_good.html" "$H"/html_bad_*.html 2>&1)"
html_rc=$?
if ((html_rc == 1)); then
  ok "check_html: one run over good + bad samples exits 1"
else
  fail "check_html: one run over good + bad samples (exit $html_rc, expected 1)" "$html_out"
fi
if grep -q "^$H/html_good.html:" <<<"$html_out"; then
  fail "check_html: a problem reported for html_good.html in the combined run" "$(grep "^$H/html_good.html:" <<<"$html_out")"
else
  ok "check_html: no problem reported for html_good.html in the combined run"
fi
declare -A html_bad=(
  [invalid]='vnu error: '
  [warning]='vnu warning: .*lang'
  [stylesheet]='not self-contained: a <link> element'
  [script]='not self-contained: raw "<script"'
  [import]='not self-contained: @import in <style>'
  [css_url]='not self-contained: url\(https://example.com/bg.png'
  [img_src]='not self-contained: src="logo.png" on <img>'
  [onclick]='not self-contained: event-handler attribute onclick'
  [external_link]='not self-contained: href="https://www.nhs.uk/" on <a> \(external link\)'
  [no_svg]='no inline <svg>'
)
for b in "${!html_bad[@]}"; do
  f="$H/html_bad_$b.html"
  if grep -Eq -- "^$f:[0-9]+:[0-9]+: .*${html_bad[$b]}" <<<"$html_out"; then
    ok "check_html rejects html_bad_$b.html"
  else
    fail "check_html rejects html_bad_$b.html (no line /${html_bad[$b]}/ for it)" "$(grep -F "$f" <<<"$html_out")"
  fi
done

expect_ok "check_html --no-chart accepts html_bad_no_svg.html (a withheld plan's handout may have no chart)" \
  "${CHECK_HTML[@]}" --no-chart "$H/html_good.html" "$H/html_bad_no_svg.html"

# ------------------------------------------------------------------ check_pdf.sh
# Hand-written PDFs (exact xref offsets): pdf_helvetica.pdf is structurally valid but uses
# base-14 Helvetica without embedding it (the classic non-embedded font);
# pdf_bad_xref.pdf has every xref offset 7 bytes off (qpdf warns and reconstructs);
# pdf_truncated.pdf is the first half of pdf_helvetica.pdf.
"$PY" - "$H" <<'EOF'
import sys

out = sys.argv[1]


def pdf(text, xref_shift=0):
    content = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    ]
    data = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(data))
        data += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(data)
    data += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        data += b"%010d 00000 n \n" % (offset + xref_shift)
    data += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(data)


good = pdf("Walk/jog plan: stop if pain during exceeds 5")
for name, data in {"pdf_helvetica": good, "pdf_bad_xref": pdf("Walk/jog plan", xref_shift=7),
                   "pdf_truncated": good[: len(good) // 2]}.items():
    with open(f"{out}/{name}.pdf", "wb") as f:
        f.write(data)
EOF
expect_ok "qpdf --check accepts the hand-written pdf_helvetica.pdf (so its rejection is the font's)" \
  qpdf --check "$H/pdf_helvetica.pdf"
expect_reject "check_pdf rejects a font that is not embedded (base-14 Helvetica)" \
  "^$H/pdf_helvetica.pdf: font Helvetica is not embedded" "${CHECK_PDF[@]}" "$H/pdf_helvetica.pdf"
expect_reject "check_pdf rejects qpdf warnings (xref offsets off, file reconstructed)" \
  'pdf_bad_xref.pdf: qpdf --check exit 3 \(warnings\)' "${CHECK_PDF[@]}" "$H/pdf_bad_xref.pdf"
expect_reject "check_pdf reports poppler's stderr (pdftotext on a damaged xref)" \
  'pdf_bad_xref.pdf: pdftotext stderr: ' "${CHECK_PDF[@]}" "$H/pdf_bad_xref.pdf"
expect_reject "check_pdf rejects a truncated PDF" \
  'pdf_truncated.pdf: qpdf --check exit 2 \(errors\)' "${CHECK_PDF[@]}" "$H/pdf_truncated.pdf"

# A good PDF needs a real embedding writer: a tiny pango/cairo program (the stack the
# handouts use), DejaVu Sans, text wrapped at 200 pt.
if ! pkg-config --exists pangocairo cairo-pdf 2>/dev/null; then
  skip "check_pdf on a good PDF: pangocairo/cairo-pdf not found (libpango1.0-dev, libcairo2-dev)"
else
  cat >"$tmp/mkpdf.c" <<'EOF'
#include <cairo-pdf.h>
#include <pango/pangocairo.h>
#include <stdio.h>

/* mkpdf OUT.pdf TEXT: one A4 page, TEXT in DejaVu Sans 11 wrapped at 200 pt. */
int main(int argc, char **argv) {
  if (argc != 3) {
    fprintf(stderr, "usage: mkpdf OUT.pdf TEXT\n");
    return 2;
  }
  cairo_surface_t *surface = cairo_pdf_surface_create(argv[1], 595.0, 842.0);
  cairo_t *cr = cairo_create(surface);
  PangoLayout *layout = pango_cairo_create_layout(cr);
  PangoFontDescription *font = pango_font_description_from_string("DejaVu Sans 11");
  pango_layout_set_font_description(layout, font);
  pango_layout_set_width(layout, 200 * PANGO_SCALE);
  pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text(layout, argv[2], -1);
  cairo_move_to(cr, 50, 50);
  pango_cairo_show_layout(cr, layout);
  cairo_show_page(cr);
  pango_font_description_free(font);
  g_object_unref(layout);
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  int rc = cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS ? 0 : 1;
  cairo_surface_destroy(surface);
  return rc;
}
EOF
  # shellcheck disable=SC2046
  if ! cc -O1 -Wall -Werror -o "$tmp/mkpdf" "$tmp/mkpdf.c" $(pkg-config --cflags --libs pangocairo cairo-pdf) 2>"$tmp/mkpdf.err"; then
    fail "mkpdf.c (pango/cairo PDF writer) compiles" "$(cat "$tmp/mkpdf.err")"
  elif ! "$tmp/mkpdf" "$H/pdf_good.pdf" "Walk/jog plan for Zoë Łukasz, Ωμέγα, Привет — pain during ≤ 4 ✓. Stop if pain during exceeds five out of ten, then walk home and rest for 48 hours." 2>"$tmp/mkpdf.err"; then
    fail "mkpdf writes pdf_good.pdf" "$(cat "$tmp/mkpdf.err")"
  else
    WRAPPED='pain during exceeds five out of ten, then walk home'
    expect_ok "check_pdf accepts pdf_good.pdf (pango/cairo, embedded DejaVu Sans) and finds its needles" \
      "${CHECK_PDF[@]}" --text "Zoë Łukasz, Ωμέγα, Привет" --text "$WRAPPED" --text "≤ 4 ✓" "$H/pdf_good.pdf"
    if pdftotext "$H/pdf_good.pdf" - 2>/dev/null | grep -qF -- "$WRAPPED"; then
      fail "the needle \"$WRAPPED\" should span a line break in pdftotext output (test no longer proves the whitespace folding)"
    else
      ok "the needle \"$WRAPPED\" spans a line break in pdftotext output (found only after folding whitespace)"
    fi
    expect_reject "check_pdf rejects a missing needle" "pdf_good.pdf: text not found .*'Zoë Smith'" \
      "${CHECK_PDF[@]}" --text "Zoë Smith" "$H/pdf_good.pdf"
    head -c "$(($(wc -c <"$H/pdf_good.pdf") / 2))" "$H/pdf_good.pdf" >"$H/pdf_good_truncated.pdf"
    expect_reject "check_pdf rejects a truncated pango/cairo PDF" \
      'pdf_good_truncated.pdf: qpdf --check exit 2' "${CHECK_PDF[@]}" "$H/pdf_good_truncated.pdf"
    pdf_out="$("${CHECK_PDF[@]}" "$H/pdf_good.pdf" "$H/pdf_helvetica.pdf" 2>&1)"
    pdf_rc=$?
    if ((pdf_rc == 1)) && grep -q "^$H/pdf_helvetica.pdf: " <<<"$pdf_out" && ! grep -q "^$H/pdf_good.pdf: " <<<"$pdf_out"; then
      ok "check_pdf on good + bad at once: exit 1, only the bad file named"
    else
      fail "check_pdf on good + bad at once (exit $pdf_rc, expected 1 naming only pdf_helvetica.pdf)" "$pdf_out"
    fi
  fi
fi

# ------------------------------------------------------------------ md_to_html.mjs
# md_good.md escapes the user text the way a handout must; md_bad.md pastes it raw.
cat >"$H/md_good.md" <<'EOF'
# Walk/jog plan for &lt;script&gt;alert(1)&lt;/script&gt; &amp; "Zoë"

Clinician: Anne-Marie \*Bold\* \_Under\_ \[link\](http://x) \`code\` \\ \#1
EOF
cat >"$H/md_bad.md" <<'EOF'
# Walk/jog plan for <script>alert(1)</script> & "Zoë"

Clinician: Anne-Marie *Bold* _Under_ [link](http://x) `code` \ #1
EOF
MD_NAME='<script>alert(1)</script> & "Zoë"'
MD_NAME_HTML='&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Zoë&quot;'
# shellcheck disable=SC2016 # backquotes are Markdown here
MD_CLIN='Anne-Marie *Bold* _Under_ [link](http://x) `code` \ #1'
# md_renders_escaped FILE: the rendered HTML has the escaped name and no <script tag.
# shellcheck disable=SC2317 # called through expect_ok/expect_reject
md_renders_escaped() {
  local html
  html="$("${MD[@]}" "$1")" || return 2
  if grep -qi '<script' <<<"$html"; then
    echo "rendered HTML has a <script tag: $(grep -i '<script' <<<"$html")"
    return 1
  fi
  grep -qF -- "$MD_NAME_HTML" <<<"$html" || { echo "escaped name not in: $html"; return 1; }
}
expect_ok "md_to_html: an escaped name renders as $MD_NAME_HTML" md_renders_escaped "$H/md_good.md"
expect_reject "md_to_html: a raw name renders as a real <script> tag (no sanitising)" \
  'has a <script tag' md_renders_escaped "$H/md_bad.md"
expect_ok "md_to_html --expect-text/--no-raw-html accept md_good.md" \
  "${MD[@]}" "$H/md_good.md" --no-raw-html --expect-text "$MD_NAME" --expect-text "$MD_CLIN"
expect_reject "md_to_html --no-raw-html rejects md_bad.md" 'md_bad.md:1: raw HTML "<script>"' \
  "${MD[@]}" "$H/md_bad.md" --no-raw-html
expect_reject "md_to_html --expect-text: emphasis, link and code spans lose the characters" \
  'text "Anne-Marie .* is not literal text' "${MD[@]}" "$H/md_bad.md" --expect-text "$MD_CLIN"

if ((skipped)); then
  echo "formats-self-test: $passed passed, $failed failed, $skipped skipped"
else
  echo "formats-self-test: $passed passed, $failed failed"
fi
((failed == 0))
