#!/usr/bin/env bash
# Self-test of check_pages.py: every check must pass a good layout and catch a layout made
# to break it, and only that check must fire, so none can silently pass everything.
#
# Samples (pages_samples.py, written into a temp dir): PDFs drawn to the point by mkpages.c
# (pango/cairo, compiled here), a small handout printed by headless Chromium (good, and bad
# in six ways), hand-written PDFs (a font not embedded; a line wholly below the page), and
# patient texts for --audience.
#
# Usage: tests/formats/pages_self_test.sh      (tools: scripts/setup-test-tools)
# Prints ok/FAIL per check and `pages-self-test: N passed, M failed`; exit 1 on failure.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PY=/usr/bin/python3
CP=("$PY" "$here/check_pages.py")
# shellcheck source=../skip.sh
source "$here/../skip.sh"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
S="$tmp/s"
mkdir -p "$S"

passed=0
failed=0
ok() { echo "ok   $1"; passed=$((passed + 1)); }
fail() {
  echo "FAIL $1"
  # shellcheck disable=SC2001 # prefix every line
  if [[ -n "${2:-}" ]]; then sed 's/^/     | /' <<<"$2" | head -20; fi
  failed=$((failed + 1))
}
expect_ok() {  # expect_ok NAME CMD...: exit 0
  local name="$1" out rc
  shift
  out="$("$@" 2>&1)"
  rc=$?
  if ((rc == 0)); then ok "$name"; else fail "$name (exit $rc, expected 0)" "$out"; fi
}
expect_usage() {  # expect_usage NAME CMD...: exit 2
  local name="$1" rc
  shift
  "$@" >/dev/null 2>&1
  rc=$?
  if ((rc == 2)); then ok "$name"; else fail "$name (exit $rc, expected 2)"; fi
}
# expect_only NAME CHECK PATTERN... -- CMD...: exit 1; a problem line matches each PATTERN
# (grep -E); every problem line is from CHECK (`FILE: [page P: ]CHECK: ...`).
expect_only() {
  local name="$1" tag="$2" out rc p
  shift 2
  local patterns=()
  while [[ $1 != -- ]]; do patterns+=("$1"); shift; done
  shift
  out="$("$@" 2>&1)"
  rc=$?
  if ((rc != 1)); then fail "$name (exit $rc, expected 1)" "$out"; return; fi
  for p in "${patterns[@]}"; do
    if ! grep -Eq -- "$p" <<<"$out"; then fail "$name (no line /$p/)" "$out"; return; fi
  done
  local others
  others="$(grep -Ev '^check_pages' <<<"$out" | grep -Ev "^[^ ]+: (page [0-9]+: |line [0-9]+: )?$tag: ")"
  if [[ -n "$others" ]]; then fail "$name (other checks fired too)" "$others"; return; fi
  ok "$name"
}

# ------------------------------------------------------------------ prerequisites
missing=()
for tool in pdftotext pdffonts pdfinfo qpdf fix-qdf cc pkg-config; do
  command -v "$tool" >/dev/null || missing+=("$tool")
done
pkg-config --exists pangocairo cairo-pdf 2>/dev/null || missing+=("pangocairo/cairo-pdf (libpango1.0-dev libcairo2-dev)")
command -v chromium >/dev/null || missing+=(chromium)
if ((${#missing[@]})); then
  skip_test "missing ${missing[*]}; run scripts/setup-test-tools"
fi
ok "prerequisites"

if "$PY" "$here/pages_samples.py" "$S"; then ok "pages_samples.py writes the samples"; else fail "pages_samples.py"; fi
# shellcheck disable=SC2046
if cc -O1 -Wall -Werror -o "$tmp/mkpages" "$here/mkpages.c" $(pkg-config --cflags --libs pangocairo cairo-pdf) 2>"$tmp/cc.err"; then
  ok "mkpages.c compiles (-Wall -Werror)"
else
  fail "mkpages.c compiles" "$(cat "$tmp/cc.err")"
fi
for script in "$S"/*.script; do
  "$tmp/mkpages" "${script%.script}.pdf" <"$script" 2>"$tmp/mk.err" || fail "mkpages draws $(basename "$script")" "$(cat "$tmp/mk.err")"
done

# ------------------------------------------------------------------ usage errors
expect_usage "no argument -> exit 2" "${CP[@]}"
expect_usage "missing PDF -> exit 2" "${CP[@]}" "$tmp/nope.pdf"
expect_usage "missing --json file -> exit 2" "${CP[@]}" --json "$tmp/nope.json" "$S/good.pdf"
expect_usage "unknown check -> exit 2" "${CP[@]}" --checks fill,bogus "$S/good.pdf"
expect_usage "not a PDF -> exit 2" "${CP[@]}" "$S/sample.md"

# ------------------------------------------------------------------ page checks (pango/cairo)
ARGS=(--json "$S/sample.json" --markdown "$S/sample.md" --expect-text "Test Person")
expect_ok "good.pdf passes every check (short last page, headings with their text, weeks whole)" \
  "${CP[@]}" "${ARGS[@]}" "$S/good.pdf"
if "${CP[@]}" "${ARGS[@]}" "$S/good.pdf" | grep -q '(good.pdf: 5/5 headings found)'; then
  ok "good.pdf: all 5 Markdown headings are found as PDF lines (the heading check is not vacuous)"
else
  fail "good.pdf: all 5 Markdown headings found" "$("${CP[@]}" "${ARGS[@]}" "$S/good.pdf")"
fi
expect_only "fill: page 1 a third full" fill "^$S/bad_fill.pdf: page 1: fill: only 3[0-9]% full" -- \
  "${CP[@]}" "${ARGS[@]}" "$S/bad_fill.pdf"
expect_only "heading: a heading as the last line of page 2" heading \
  "^$S/bad_heading.pdf: page 2: heading: heading \"Notes and sources for this plan\" is the last text" -- \
  "${CP[@]}" "${ARGS[@]}" "$S/bad_heading.pdf"
expect_only "heading: a heading split over pages 2 and 3" heading \
  "^$S/bad_heading_split.pdf: page 2: heading: .* is split over pages 2 and 3" -- \
  "${CP[@]}" "${ARGS[@]}" "$S/bad_heading_split.pdf"
printf '# Nothing like this is in the PDF\n\n## Nor this\n' >"$S/other.md"
expect_only "heading: Markdown headings none of which is in the PDF (vacuous)" heading \
  "good.pdf: heading: none of the 2 Markdown headings was found" -- \
  "${CP[@]}" --markdown "$S/other.md" "$S/good.pdf"
expect_only "box: a word past the right edge" box \
  "^$S/bad_box_edge.pdf: page 1: box: text \"overflowing-word-past-the-edge\" .*right 698" -- \
  "${CP[@]}" "${ARGS[@]}" "$S/bad_box_edge.pdf"
expect_only "box: a line cut by the bottom edge" box "^$S/bad_box_bottom.pdf: page 1: box: text \"Line\" .*bottom" -- \
  "${CP[@]}" "${ARGS[@]}" "$S/bad_box_bottom.pdf"
if pdftotext "$S/offpage.pdf" - | grep -q Hidden; then
  fail "offpage.pdf: pdftotext alone should not see the line below the page (the test no longer proves the enlarged copy)"
else
  ok "offpage.pdf: pdftotext alone does not see the line below the page"
fi
expect_only "box: a line wholly below the page (seen through the enlarged copy)" box \
  "^$S/offpage.pdf: page 1: box: text \"Hidden\" wholly off the page" -- \
  "${CP[@]}" --checks box "$S/offpage.pdf"
expect_only "fonts: base-14 Helvetica, not embedded" fonts "^$S/helvetica.pdf: fonts: font Helvetica is not embedded" -- \
  "${CP[@]}" --checks fonts "$S/helvetica.pdf"
expect_only "weeks: week 2's third session on the next page" weeks \
  "^$S/bad_weeks.pdf: page 2: weeks: week 2 is split: .* session S02-2 \(2026-12-12\) is on page 3" -- \
  "${CP[@]}" "${ARGS[@]}" "$S/bad_weeks.pdf"
sed 's/2026-12-12/2026-12-13/' "$S/sample.json" >"$S/moved.json"
expect_only "weeks: a session date the PDF does not have" weeks "weeks: week 2: session S02-2 date 2026-12-13 is not in the PDF" -- \
  "${CP[@]}" --json "$S/moved.json" "$S/good.pdf"
expect_only "dates: a date broken over two lines" dates "^$S/bad_dates.pdf: page 2: dates: session S02-1 date 2026-12-09 is broken" -- \
  "${CP[@]}" "${ARGS[@]}" "$S/bad_dates.pdf"
expect_only "size: every line at 6 pt" size "^$S/bad_size.pdf: size: body text is shrunk: median word height 7" -- \
  "${CP[@]}" "${ARGS[@]}" "$S/bad_size.pdf"
expect_only "text: a name that is not there" text "good.pdf: text: text \"Test Personne\" is not in the PDF" -- \
  "${CP[@]}" --expect-text "Test Person" --expect-text "Test Personne" "$S/good.pdf"

# ------------------------------------------------------------------ page checks (Chromium)
for h in chromium_good chromium_bad; do
  if "$here/chromium.sh" pdf "$S/$h.html" "$S/$h.pdf" 2>"$tmp/cr.err"; then
    ok "Chromium prints $h.html"
  else
    fail "Chromium prints $h.html" "$(cat "$tmp/cr.err")"
  fi
done
expect_ok "Chromium's print of a good handout passes every check" \
  "${CP[@]}" "${ARGS[@]}" "$S/chromium_good.pdf"
bad_out="$("${CP[@]}" "${ARGS[@]}" --expect-text "$(cat "$S/chromium_bad.expect")" "$S/chromium_bad.pdf" 2>&1)"
bad_rc=$?
if ((bad_rc == 1)); then ok "Chromium's print of a bad handout: exit 1"; else fail "Chromium bad handout (exit $bad_rc, expected 1)" "$bad_out"; fi
declare -A chromium_bad=(
  ["page 1 a seventh full"]='page 1: fill: only 1[0-9]% full'
  ["Week 1 heading stranded at the foot of page 2"]='page 2: heading: heading "Week 1: 2026-11-30 to 2026-12-06" is the last text'
  ["week 1 split from its heading"]='page 2: weeks: week 1 is split: .* S01-1 \(2026-12-02\) is on page 3'
  ["week 2 split over pages 3 and 4"]='page 3: weeks: week 2 is split: .* S02-2 \(2026-12-12\) is on page 4'
  ["a date wrapped in a narrow cell"]='page 3: dates: session S02-1 date 2026-12-09 is broken over two lines'
  ["a 280-letter word scales the page down"]='size: body text is shrunk'
  ["the same word is cut off at the paper's edge"]='text: text "Patient: Test Wolfe.* is not in the PDF'
)
for what in "${!chromium_bad[@]}"; do
  if grep -Eq "^$S/chromium_bad.pdf: ${chromium_bad[$what]}" <<<"$bad_out"; then
    ok "Chromium bad handout: $what"
  else
    fail "Chromium bad handout: $what (no line /${chromium_bad[$what]}/)" "$bad_out"
  fi
done

# ------------------------------------------------------------------ audience check
expect_ok "audience: a clean patient text (its 'If you use backstride yourself' box has it all)" \
  "${CP[@]}" --audience "$S/audience_clean.txt"
hits_out="$("${CP[@]}" --audience "$S/audience_hits.txt" 2>&1)"
hits_rc=$?
if ((hits_rc == 1)); then
  ok "audience: text with hits exits 1"
else
  fail "audience: text with hits (exit $hits_rc, expected 1)" "$hits_out"
fi
declare -A audience_hits=(
  ["rule id"]='line 4: audience: rule id "CHK-AFTER"'
  ["file name"]='line 5: audience: file name "plan.pdf"'
  ["backtick"]='line 6: audience: backtick'
  ["command"]='line 7: audience: command "backstride log"'
  ["rule id after the box (the box ends at the next heading)"]='line 13: audience: rule id "SAFETY-SIGNS"'
)
for what in "${!audience_hits[@]}"; do
  if grep -Eq "^$S/audience_hits.txt: ${audience_hits[$what]}" <<<"$hits_out"; then
    ok "audience: text: $what"
  else
    fail "audience: text: $what (no line /${audience_hits[$what]}/)" "$hits_out"
  fi
done
if [[ $(grep -c ': audience: ' <<<"$hits_out") -eq 6 ]] && ! grep -q 'line 10:' <<<"$hits_out"; then
  ok "audience: text: exactly the 6 hits, none from the 'If you use backstride yourself' box"
else
  fail "audience: text: exactly 6 hits, none on line 10 (the box)" "$hits_out"
fi
expect_only "audience: HTML (headings from <h2>, the box in an <aside>)" audience \
  'audience_hits.html: line [0-9]+: audience: rule id "PAIN-RED"' \
  'audience_hits.html: line [0-9]+: audience: file name "notes.md"' \
  'audience_hits.html: line [0-9]+: audience: command "backstride next"' -- \
  "${CP[@]}" --audience "$S/audience_hits.html"
if [[ $("${CP[@]}" --audience "$S/audience_hits.html" | grep -c ': audience: ') -eq 3 ]]; then
  ok "audience: HTML: exactly 3 hits (nothing from the box, <title> or <style>)"
else
  fail "audience: HTML: exactly 3 hits" "$("${CP[@]}" --audience "$S/audience_hits.html")"
fi
expect_only "audience: PDF: a rule id broken at its hyphen over a line end (CHK- / AFTER)" audience \
  'audience_hyphen.pdf: page 1: audience: rule id "CHK-AFTER"' -- \
  "${CP[@]}" --audience "$S/audience_hyphen.pdf"

echo "pages-self-test: $passed passed, $failed failed"
((failed == 0))
