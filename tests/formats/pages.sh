#!/usr/bin/env bash
# Page layout of the printed handouts, for the six golden patients in patients/.
#
# Usage: tests/formats/pages.sh BINARY
# Tools: scripts/setup-test-tools (poppler-utils, qpdf, chromium).
#
# Each patient is planned (--today 2026-12-01) to PDF on A4 and Letter and to HTML on A4
# and Letter; headless Chromium prints both HTML files to PDF (what "Print > Save as PDF"
# gives a clinician). check_pages.py then checks all four PDFs with the plan's JSON (week
# dates) and Markdown (headings): fill, heading, box, fonts, weeks, dates, size, text (the
# patient's whole name). One ok/FAIL line per file and check, the problems under a FAIL,
# and `pages: N passed, M failed` at the end. PAGES_KEEP=DIR copies every file made to DIR.
set -uo pipefail

if (($# != 1)); then
  echo "usage: $0 BINARY" >&2
  exit 2
fi
BIN="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source-path=SCRIPTDIR source=../cli/lib.sh
source "$here/../cli/lib.sh"
PY=/usr/bin/python3
PATIENTS="$here/patients"
export SOURCE_DATE_EPOCH=1796083200 NO_COLOR=1 TZ=UTC
TODAY=2026-12-01
CHECKS=(fill heading box fonts weeks dates size text)

# patient -> the exit code its plan must give (DESIGN.md: 10 no jog plan, 11 urgent)
declare -A want=([planned]=0 [walking-only]=0 [cleared-older]=0 [paused]=10 [urgent]=10 [emergency]=11)
order=(planned walking-only cleared-older paused urgent emergency)

mapfile -t missing < <(missing_tools pdftotext pdffonts pdfinfo qpdf fix-qdf)
((${#missing[@]} == 0)) || skip_test "missing ${missing[*]} (run scripts/setup-test-tools)"
have_chromium=1
if ! command -v chromium >/dev/null 2>&1; then
  have_chromium=0
  skip_part "chromium is not installed: Chromium's prints of the HTML are not checked (Debian chromium: run scripts/setup-test-tools)"
fi

# page_checks LABEL PDF PATIENT: check_pages.py once, then one line per check.
page_checks() {
  local label="$1" pdf="$2" n="$3" out rc name tag
  out="$work/$(basename "$2").checks"
  name="$($PY -c 'import json,sys; print(json.load(open(sys.argv[1]))["name"])' "$PATIENTS/$n.json")"
  $PY "$here/check_pages.py" --json "$work/$n.json" --markdown "$work/$n.md" \
    --part-heading "For your clinician" \
    --expect-text "$name" "$pdf" >"$out" 2>&1
  rc=$?
  if ((rc == 2)); then
    check "$label: check_pages.py runs (exit 2)" false
    sed 's/^/     | /' "$out" | head -10
    return
  fi
  for tag in "${CHECKS[@]}"; do
    if grep -Eq "^[^ ]+: (page [0-9]+: )?$tag: " "$out"; then
      check "$label: $tag" false
      grep -E "^[^ ]+: (page [0-9]+: )?$tag: " "$out" | sed "s|^$work/||; s/^/     | /" | head -12
    else
      check "$label: $tag" true
    fi
  done
}

# paper_is PDF a4|letter: every page of PDF has that size (within 1 pt).
paper_is() {
  local w h
  if [[ $2 == a4 ]]; then w=595.3 h=841.9; else w=612 h=792; fi
  pdfinfo -f 1 -l 9999 "$1" 2>/dev/null | awk -v w="$w" -v h="$h" '
    /^Page +[0-9]+ size:/ { n++; dw = $4 - w; dh = $6 - h
      if (dw < -1 || dw > 1 || dh < -1 || dh > 1) bad++ }
    END { exit !(n > 0 && bad == 0) }'
}

start=$SECONDS
for n in "${order[@]}"; do
  profile="$PATIENTS/$n.json"
  e="${want[$n]}"
  "$BIN" plan "$profile" --today "$TODAY" -f json -o "$work/$n.json" 2>"$work/$n.err"
  check "$n: plan -f json exits $e" test $? -eq "$e"
  "$BIN" plan "$profile" --today "$TODAY" -f markdown -o "$work/$n.md" 2>>"$work/$n.err"
  check "$n: plan -f markdown exits $e" test $? -eq "$e"
  for paper in a4 letter; do
    for ext in pdf html; do
      "$BIN" plan "$profile" --today "$TODAY" --paper "$paper" -o "$work/$n.$paper.$ext" 2>>"$work/$n.err"
      check "$n: plan --paper $paper -o $n.$paper.$ext exits $e" test $? -eq "$e"
    done
    check "$n.$paper.pdf: pages are $paper" paper_is "$work/$n.$paper.pdf" "$paper"
    page_checks "$n.$paper.pdf" "$work/$n.$paper.pdf" "$n"
    if ((have_chromium)); then
      if "$here/chromium.sh" pdf "$work/$n.$paper.html" "$work/$n.$paper.html.pdf" 2>"$work/chromium.err"; then
        check "$n.$paper.html: Chromium prints it to PDF" true
        check "$n.$paper.html.pdf: pages are $paper (from the page's @page)" \
          paper_is "$work/$n.$paper.html.pdf" "$paper"
        page_checks "$n.$paper.html.pdf" "$work/$n.$paper.html.pdf" "$n"
      else
        check "$n.$paper.html: Chromium prints it to PDF" false
        sed 's/^/     | /' "$work/chromium.err" | head -5
      fi
    else
      check "$n.$paper.html: printed by Chromium (not installed: run scripts/setup-test-tools)" false
    fi
  done
done

# Patient-audience sheets: plain words only (no rule id, backtick, file name or command
# outside the "If you use backstride yourself" box), in the PDF and in Chromium's print.
for n in "${order[@]}"; do
  e="${want[$n]}"
  "$BIN" plan "$PATIENTS/$n.json" --today "$TODAY" --audience patient -o "$work/$n.patient.pdf"
  check "$n: --audience patient exits $e" test $? -eq "$e"
  "$BIN" plan "$PATIENTS/$n.json" --today "$TODAY" --audience patient -o "$work/$n.patient.html"
  check "$n.patient.pdf: plain words only" \
    "$PY" "$here/check_pages.py" --audience --markdown "$work/$n.md" "$work/$n.patient.pdf"
  check "$n.patient.html: plain words only" \
    "$PY" "$here/check_pages.py" --audience "$work/$n.patient.html"
  if [[ $n == urgent || $n == emergency ]]; then
    check "$n.patient.pdf: a withheld sheet for the patient is one page" \
      bash -c "pdfinfo '$work/$n.patient.pdf' | grep -q '^Pages: *1$'"
  fi
done

# The clinic's identity on every page (PDF and Chromium's print), its logo embedded.
CLINIC="$here/clinic/clinic.json"
"$BIN" plan "$PATIENTS/planned.json" --today "$TODAY" --clinic "$CLINIC" -o "$work/clinic.pdf"
check "--clinic: plan -o clinic.pdf exits 0" test $? -eq 0
"$BIN" plan "$PATIENTS/planned.json" --today "$TODAY" --clinic "$CLINIC" -o "$work/clinic.html"
check "--clinic: plan -o clinic.html exits 0" test $? -eq 0
check "--clinic: the HTML embeds the logo and fetches nothing" \
  bash -c "grep -q 'src=\"data:image/svg+xml;base64,' '$work/clinic.html' &&
           ! grep -Eq '(src|href)=\"https?:' '$work/clinic.html'"
check "--clinic: the HTML passes vnu and is self-contained" bash "$here/check_html.sh" "$work/clinic.html"
every_page_has() {  # every_page_has PDF TEXT
  local pages i
  pages=$(pdfinfo "$1" | awk '/^Pages:/ {print $2}')
  for ((i = 1; i <= pages; i++)); do
    pdftotext -f "$i" -l "$i" "$1" - | tr -s ' \n' '  ' | grep -qF "$2" || return 1
  done
}
check "--clinic: every PDF page names the clinic" every_page_has "$work/clinic.pdf" "Riverside Physiotherapy"
check "--clinic: the PDF has a signature line" \
  bash -c "pdftotext '$work/clinic.pdf' - | grep -q 'Signature: ___'"
if ((have_chromium)); then
  if "$here/chromium.sh" pdf "$work/clinic.html" "$work/clinic.html.pdf" 2>/dev/null; then
    check "--clinic: every page of Chromium's print names the clinic" \
      every_page_has "$work/clinic.html.pdf" "Riverside Physiotherapy"
  else
    check "--clinic: Chromium prints the clinic's handout" false
  fi
fi

if [[ -n "${PAGES_KEEP:-}" ]]; then
  mkdir -p "$PAGES_KEEP" && cp "$work"/* "$PAGES_KEEP"/ && echo "pages: files kept in $PAGES_KEEP"
fi
echo "pages: took $((SECONDS - start)) s"
finish pages
