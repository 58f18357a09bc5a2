#!/usr/bin/env bash
# Independent checks of the clinician handouts (plan -f markdown | html | pdf).
#
# Usage: tests/formats/handouts.sh BINARY EXAMPLES_DIR
# Tools: scripts/setup-test-tools (vnu-jar + java, commonmark, poppler-utils, qpdf).
#
# For every example: HTML through the W3C Nu checker and the self-containment checks
# (check_html.sh), PDF through qpdf/pdffonts/pdftotext (check_pdf.sh) with the first
# session's date and intervals and the stop rule as needles, Markdown through
# commonmark (md_to_html.mjs: no raw HTML). Then: identical PDF bytes for identical
# input, --paper letter, a hostile name in all three formats, and one-page withheld
# handouts (exit 10 and 11) without a schedule.
set -uo pipefail

if (($# != 2)); then
  echo "usage: $0 BINARY EXAMPLES_DIR" >&2
  exit 2
fi
BIN="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
EX="$(cd "$2" && pwd)"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/../cli/lib.sh"
PY=/usr/bin/python3
mapfile -t missing < <(missing_tools java node qpdf pdffonts pdftotext)
[[ -f "$here/node_modules/vnu-jar/build/dist/vnu.jar" ]] || missing+=("node_modules/vnu-jar (npm ci)")
[[ -d "$here/node_modules/commonmark" ]] || missing+=("node_modules/commonmark (npm ci)")
((${#missing[@]} == 0)) || skip_test "missing ${missing[*]} (run scripts/setup-test-tools)"
export SOURCE_DATE_EPOCH=1796083200 NO_COLOR=1 TZ=UTC
TODAY=2026-12-01

plan() { "$BIN" plan "$@" --today "$TODAY"; }

# Every example, every handout format.
needles=()
for profile in "$EX"/*.json; do
  name="$(basename "$profile" .json)"
  for ext in html pdf md; do
    plan "$profile" -o "$work/$name.$ext" >/dev/null
    check "$name: plan -o $name.$ext exits 0" test $? -eq 0
  done
  first="$(plan "$profile" | grep -m1 -E '^  \[ \] [A-Z][a-z]{2} [0-9]{4}-')"
  date="$(awk '{print $5}' <<<"$first")"
  intervals="$(sed -E 's/^.*[0-9]+:[0-9]{2}  //' <<<"$first")"
  check "$name: pdf has the first session ($date: $intervals) and the stop rule" \
    bash "$here/check_pdf.sh" --text "$date" --text "$intervals" \
    --text "$(plan "$profile" | grep -m1 -oE 'Stop[a-z, ]+ if pain goes above [0-9]+' || echo MISSING)" \
    "$work/$name.pdf"
  check "$name: markdown has no raw HTML (commonmark)" \
    node "$here/md_to_html.mjs" "$work/$name.md" --no-raw-html --expect-text "$date"
done
# A Spanish handout (--lang es): the same checks, in Spanish words.
for ext in html pdf md; do
  plan "$EX/beginner-chronic.json" --lang es -o "$work/spanish.$ext" >/dev/null
  check "spanish: plan --lang es -o spanish.$ext exits 0" test $? -eq 0
done
check "spanish: pdf has the first session and the stop rule in Spanish" \
  bash "$here/check_pdf.sh" --text "mié 2026-12-02 a las 07:30" \
  --text "Deje de trotar y vuelva a casa caminando" --text "Señales de alarma" \
  "$work/spanish.pdf"
check "spanish: markdown has no raw HTML (commonmark)" \
  node "$here/md_to_html.mjs" "$work/spanish.md" --no-raw-html --expect-text "Señales de alarma"
check "every example's HTML passes vnu and is self-contained" \
  bash "$here/check_html.sh" "$work"/*.html

# Same input, same bytes; another creation time, other bytes.
plan "$EX/lapsed-runner.json" -f pdf >"$work/again.pdf"
check "identical input gives identical PDF bytes" cmp -s "$work/lapsed-runner.pdf" "$work/again.pdf"
SOURCE_DATE_EPOCH=1796083260 plan "$EX/lapsed-runner.json" -f pdf >"$work/later.pdf"
check "SOURCE_DATE_EPOCH is the PDF's creation date" \
  bash -c "! cmp -s '$work/lapsed-runner.pdf' '$work/later.pdf'"

plan "$EX/beginner-chronic.json" -o "$work/letter.pdf" --paper letter
check "--paper letter gives Letter pages" \
  bash -c "pdfinfo '$work/letter.pdf' | grep -q 'Page size: *612 x 792 pts (letter)'"
plan "$EX/beginner-chronic.json" -o "$work/letter.html" --paper letter
check "--paper letter sets the HTML print size" grep -q 'size: letter' "$work/letter.html"

# A hostile name: escaped in HTML and Markdown, exact in the PDF.
hostile='<script>alert(1)</script> & "Zoë"'
$PY - "$EX/beginner-chronic.json" "$work/hostile.json" "$hostile" <<'PYEOF'
import json, sys
profile = json.load(open(sys.argv[1]))
profile["name"] = sys.argv[3]
profile["id"] = "hostile"
json.dump(profile, open(sys.argv[2], "w"), ensure_ascii=False)
PYEOF
for ext in html md pdf; do
  plan "$work/hostile.json" -o "$work/hostile.$ext" >/dev/null
done
check "hostile name: HTML valid and self-contained" bash "$here/check_html.sh" "$work/hostile.html"
check "hostile name: HTML escapes it" \
  grep -qF '&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Zoë&quot;' "$work/hostile.html"
check "hostile name: Markdown shows it as text (commonmark)" \
  node "$here/md_to_html.mjs" "$work/hostile.md" --no-raw-html --expect-text "$hostile"
check "hostile name: PDF text has it exactly" \
  bash "$here/check_pdf.sh" --text "$hostile" "$work/hostile.pdf"

# A name in Japanese script: drawn with a CJK fallback font (fonts-wqy-microhei), not boxes.
$PY - "$EX/beginner-chronic.json" "$work/cjk.json" <<'PYEOF'
import json, sys
profile = json.load(open(sys.argv[1]))
profile["name"] = "山田 太郎 (やまだ)"
json.dump(profile, open(sys.argv[2], "w"), ensure_ascii=False)
PYEOF
plan "$work/cjk.json" -o "$work/cjk.pdf"
check "a CJK name comes out of the PDF as text" bash "$here/check_pdf.sh" --text "山田 太郎 (やまだ)" "$work/cjk.pdf"

# Withheld plans: one page, what to do now, never a schedule.
$PY - "$EX/beginner-chronic.json" "$work" <<'PYEOF'
import json, sys
base = json.load(open(sys.argv[1]))
for name, answers in {"urgent": ["saddle_numbness"], "refer": ["fever", "thoracic_pain"],
                      "every-flag": list(base["screening"])}.items():
    profile = json.loads(json.dumps(base))
    profile["id"] = name
    for answer in answers:
        profile["screening"][answer] = True
    json.dump(profile, open(f"{sys.argv[2]}/{name}.json", "w"))
PYEOF
for name in urgent refer every-flag; do
  want=$([[ $name == refer ]] && echo 10 || echo 11)
  for ext in pdf html md; do
    plan "$work/$name.json" -o "$work/withheld-$name.$ext" >/dev/null
    check "$name: $ext exits $want" test $? -eq "$want"
  done
  # The patient's sheet is one page; with the clinician's pages (the default) page 1
  # still says what to do now and carries the warning signs.
  plan "$work/$name.json" --audience patient -o "$work/patient-$name.pdf" >/dev/null
  check "$name: the patient's PDF is one page" \
    bash -c "pdfinfo '$work/patient-$name.pdf' | grep -q '^Pages: *1$'"
  check "$name: PDF page 1 has the decision and the warning signs" \
    bash -c "pdftotext -l 1 '$work/withheld-$name.pdf' - | tr -s ' \n' '  ' |
             grep -q 'Stop and get emergency care now (call your emergency number'"
  check "$name: PDF passes the checks and says why" \
    bash "$here/check_pdf.sh" --text "What to do now" --text "For your clinician" \
    "$work/withheld-$name.pdf"
  for ext in pdf html md; do
    text="$work/withheld-$name.$ext"
    [[ $ext == pdf ]] && { pdftotext "$text" "$work/w.txt"; text="$work/w.txt"; }
    check "$name: $ext has no schedule" bash -c "! grep -q 'Week 1' '$text'"
  done
done
check "withheld HTML passes vnu (no chart)" \
  bash "$here/check_html.sh" --no-chart "$work"/withheld-*.html

# The clinic review page (backstride review -f html): the golden patients, every status,
# with the clinic's identity; valid, self-contained, one sparkline per patient with a log.
review_dir="$here/../golden/review-html"
"$BIN" review "$review_dir/patients" --today "$TODAY" --clinic "$review_dir/clinic.json" \
  -o "$work/review.html"
check "review: exit 10 when patients need action" test $? -eq 10
check "review HTML passes vnu and is self-contained" bash "$here/check_html.sh" "$work/review.html"
check "review HTML shows the clinic and every status" bash -c "grep -q 'Riverside Physiotherapy' \
  '$work/review.html' && grep -q 's-not_started' '$work/review.html' && grep -q 's-emergency' \
  '$work/review.html'"

finish handouts
