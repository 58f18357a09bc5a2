#!/usr/bin/env bash
# End-to-end tests of `backstride batch`: a clinic-sized folder with bad inputs mixed
# in, summaries, file modes, no overwriting, duplicate ids, parallel = serial output,
# kill -9 leaving no partial files, and the progress line on a terminal.
# Whether each format is valid is tests/formats' job: here every output is checked to be
# whole, and a sample (the examples and one input of each status) goes through the
# validators (vnu, qpdf, pdffonts, pdftotext; skipped when they are not installed).
# Usage: tests/cli/batch.sh BINARY EXAMPLES_DIR
set -uo pipefail
BIN="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
EX="$(cd "$2" && pwd)"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
formats="$here/../formats"
source "$here/lib.sh"
PY=/usr/bin/python3
export SOURCE_DATE_EPOCH=1796083200 NO_COLOR=1 TZ=UTC
batch() { "$BIN" batch --today 2026-12-01 "$@"; }
column_count() { # column_count CSV STATUS: rows of summary.csv with that status
  $PY -c 'import csv,sys; print(sum(1 for r in csv.DictReader(open(sys.argv[1])) if r["status"]==sys.argv[2]))' "$@"
}

mkdir -p "$work/in/gen" "$work/in/bad" "$work/in/examples"
cp "$EX"/*.json "$EX"/*.jsonl "$work/in/examples/"
"$here/../../bench/gen-profiles" 200 "$work/in/gen" --seed 5 --with-history >/dev/null
printf '{"schema_version": 1,' >"$work/in/bad/truncated.json"
printf '{"schema_version": 1, "id": "../escape"}' >"$work/in/bad/bad-id.json"
printf '\xef\xbb\xbf{}' >"$work/in/bad/bom.json"

# ---- the clinic run: 203 good profiles, 3 bad ones
out="$work/out"
batch "$work/in/examples" "$work/in/gen" "$work/in/bad" -o "$out" -f pdf,html,ics,markdown \
  >"$work/stdout" 2>"$work/stderr"
check "batch with 3 bad inputs exits 65" test $? -eq 65
check "stdout counts the outcomes" \
  grep -Eq '^batch: 206 profiles: [0-9]+ emergenc(y|ies), [0-9]+ needs? clearance, [0-9]+ planned, 3 errors; ' "$work/stdout"
check "stdout names each emergency, as many as summary.csv has" \
  test "$(grep -c '^  emergency, seek care now: ' "$work/stdout")" = "$(column_count "$out/summary.csv" urgent)"
check "stderr names exactly the 3 bad inputs" \
  bash -c "[[ \$(grep -c '^backstride: .*/bad/' '$work/stderr') == 3 && \$(wc -l <'$work/stderr') == 3 ]]"
check "summary.csv has one row per input" test "$(($(wc -l <"$out/summary.csv") - 1))" -eq 206
check "summary.csv: exactly 3 errors" test "$(column_count "$out/summary.csv" error)" -eq 3
check "summary.json agrees, and names every bad input" $PY - "$out/summary.json" <<'PYEOF'
import json, sys
s = json.load(open(sys.argv[1]))
assert s["format"] == "backstride.batch/1", s["format"]
assert sum(s["counts"].values()) == len(s["inputs"]) == 206, s["counts"]
bad = [i for i in s["inputs"] if i["status"] == "error"]
assert sorted(i["input"].rsplit("/", 2)[-2] for i in bad) == ["bad"] * 3, bad
assert all(i["outputs"] == [] and i["exit_code"] == 65 and i["error"] for i in bad), bad
good = [i for i in s["inputs"] if i["status"] != "error"]
assert all(len(i["outputs"]) == 4 for i in good), good[:1]
assert {i["status"] for i in good} <= {"planned", "clearance_needed", "urgent"}
PYEOF
check "4 files per good input + 2 summaries" test "$(ls "$out" | wc -l)" -eq $((203 * 4 + 2))
check "output directory is 0700" test "$(stat -c %a "$out")" = 700
check "every file is 0600" bash -c "[[ -z \$(find '$out' -type f ! -perm 600) ]]"
check "no hidden or temporary files" bash -c "[[ -z \$(ls -A '$out' | grep '^\.') ]]"
whole() { # whole DIR: every PDF and HTML in DIR ends as a finished one does
  local f
  for f in "$1"/*.pdf; do
    { [[ $(head -c 5 "$f") == %PDF- ]] && tail -c 32 "$f" | grep -q '%%EOF'; } || { echo "not whole: $f"; return 1; }
  done
  for f in "$1"/*.html; do
    tail -c 16 "$f" | grep -q '</html>' || { echo "not whole: $f"; return 1; }
  done
}
check "every PDF and HTML is whole" whole "$out"
# The sample: the three examples, and the first generated input of each status.
mapfile -t sample < <($PY -c '
import json, sys
s = json.load(open(sys.argv[1] + "/summary.json"))
good = [i for i in s["inputs"] if i["status"] != "error"]
ids = [i["id"] for i in good if "/examples/" in i["input"]]
gen = [i for i in good if "/gen/" in i["input"]]
ids += [next(i["id"] for i in gen if i["status"] == st) for st in sorted({i["status"] for i in gen})]
print("\n".join(ids))' "$out")
check "the sample: 3 examples and a generated planned, clearance_needed and urgent input" \
  test "${#sample[@]}" -eq 6
sample_html=() sample_pdf=()
for id in "${sample[@]}"; do sample_html+=("$out/$id.html") sample_pdf+=("$out/$id.pdf"); done
mapfile -t missing < <(missing_tools java node)
[[ -f "$formats/node_modules/vnu-jar/build/dist/vnu.jar" ]] || missing+=(vnu.jar)
if ((${#missing[@]})); then
  skip_part "missing ${missing[*]}: the sample's HTML is not validated (scripts/setup-test-tools)"
else
  check "the sample's HTML passes vnu and is self-contained" \
    bash "$formats/check_html.sh" --no-chart "${sample_html[@]}"
fi
mapfile -t missing < <(missing_tools qpdf pdffonts pdftotext)
if ((${#missing[@]})); then
  skip_part "missing ${missing[*]}: the sample's PDF is not validated (scripts/setup-test-tools)"
else
  check "the sample's PDF passes qpdf, pdffonts, pdftotext" \
    bash "$formats/check_pdf.sh" "${sample_pdf[@]}"
fi
check "every planned handout has its chart" $PY - "$out" <<'PYEOF'
import json, sys
s = json.load(open(f"{sys.argv[1]}/summary.json"))
planned = [i["id"] for i in s["inputs"] if i["status"] == "planned"]
assert planned and all("<svg" in open(f"{sys.argv[1]}/{i}.html").read() for i in planned)
PYEOF

# ---- nothing is overwritten without --force
cp "$out/summary.csv" "$work/summary.before"
batch "$work/in/examples" -o "$out" -f markdown 2>"$work/err"
check "a second run into the same directory exits 73" test $? -eq 73
check "... and says to use --force" grep -q 'already exists (use --force' "$work/err"
check "... and leaves the summary alone" cmp -s "$out/summary.csv" "$work/summary.before"
batch "$work/in/examples" -o "$out" -f markdown --force >/dev/null
check "--force replaces the outputs" test $? -eq 0
check "... and the summary" test "$(($(wc -l <"$out/summary.csv") - 1))" -eq 3
check "... still 0600" test "$(stat -c %a "$out/summary.csv")" = 600

out2="$work/out2"
mkdir -m 700 "$out2" && echo "keep me" >"$out2/walk-first.md"
batch "$work/in/examples" -o "$out2" -f markdown >/dev/null 2>"$work/err"
check "an existing output: exit 73" test $? -eq 73
check "... the other inputs are written" test -f "$out2/beginner-chronic.md" -a -f "$out2/lapsed-runner.md"
check "... the existing file is untouched" grep -qx 'keep me' "$out2/walk-first.md"
check "... and reported" $PY -c '
import json,sys; s=json.load(open(sys.argv[1]))
r=[i for i in s["inputs"] if i["id"]=="walk-first"][0]
assert r["status"]=="error" and r["exit_code"]==73 and "already exists" in r["error"], r' "$out2/summary.json"

# ---- duplicate ids, a missing file, an id that would overwrite the summary
mkdir -p "$work/dup"
cp "$EX/beginner-chronic.json" "$work/dup/a.json"
cp "$EX/beginner-chronic.json" "$work/dup/b.json"
$PY -c 'import json,sys; p=json.load(open(sys.argv[1])); p["id"]="summary"; json.dump(p,open(sys.argv[2],"w"))' \
  "$EX/beginner-chronic.json" "$work/dup/c.json"
batch "$work/dup" "$work/missing.json" -o "$work/out4" -f json >/dev/null 2>"$work/err"
check "missing input, duplicates, a summary clash: exit is the highest code (73)" test $? -eq 73
check "both duplicates are reported" test "$(grep -c 'is also the id of' "$work/err")" -eq 2
check "... and neither is written" test ! -e "$work/out4/beginner-chronic.json"
check "an id of \"summary\" cannot overwrite summary.json" grep -q 'would overwrite the batch summary' "$work/err"
check "the missing file is reported" grep -q 'missing.json: cannot read' "$work/err"

# ---- --update: only what changed since the last summary is written again
mkdir -p "$work/upd/in"
cp "$EX"/*.json "$EX"/*.jsonl "$work/upd/in/"
batch "$work/upd/in" -o "$work/upd/out" -f json,ics >/dev/null
touch -d 2020-01-01 "$work/upd/out"/*.json "$work/upd/out"/*.ics
printf '{"date": "2026-11-30", "session": "S05-1", "completed": true, "pain_before": 1, "pain_during": 1, "pain_after": 1, "pain_next_morning": 1}\n' \
  >>"$work/upd/in/lapsed-runner.history.jsonl"
rm "$work/upd/out/walk-first.ics"
batch "$work/upd/in" -o "$work/upd/out" -f json,ics --update >"$work/stdout" 2>"$work/err"
check "--update: exit 0" test $? -eq 0
old_files() { find "$work/upd/out" -name "$1" ! -newermt 2021-01-01 | wc -l; }
check "--update: the changed history's outputs are written again" test "$(old_files 'lapsed-runner.*')" = 0
check "--update: a missing output is written again" test -s "$work/upd/out/walk-first.ics"
check "--update: the unchanged profile's outputs are kept" test "$(old_files 'beginner-chronic.*')" = 2
check "--update: stdout says how many were kept" grep -q '; 4 files written to .*, 2 kept as they were' "$work/stdout"
check "--update: summary.json marks the kept rows" $PY -c '
import json, sys
rows = {r["id"]: r for r in json.load(open(sys.argv[1]))["inputs"]}
assert rows["beginner-chronic"]["kept"] and not rows["lapsed-runner"]["kept"], rows
assert rows["lapsed-runner"]["last_logged"] == "2026-11-30", rows["lapsed-runner"]' "$work/upd/out/summary.json"
"$BIN" batch "$work/upd/in" -o "$work/upd/out" -f json,ics --today 2026-12-02 --update >"$work/stdout"
check "--update on another day writes everything again" grep -q '; 6 files written to .*, 0 kept' "$work/stdout"
batch "$work/upd/in" -o "$work/upd/out" -f json --update --force >/dev/null 2>&1
check "--update and --force together: exit 64" test $? -eq 64

# ---- one file named three ways (its folder, its path, a path through ..) is one input
mkdir -p "$work/once/sub"
cp "$EX/walk-first.json" "$work/once/w.json"
batch "$work/once" "$work/once/w.json" "$work/once/sub/../w.json" -o "$work/out-once" -f json \
  >"$work/stdout" 2>"$work/err"
check "a file named three ways: planned once, exit 0" test $? -eq 0
check "a file named three ways: one row, where it first appears" \
  bash -c "[[ \$(wc -l <'$work/out-once/summary.csv') == 2 ]] && grep -q '^$work/once/w.json,' '$work/out-once/summary.csv'"

# ---- inputs that must not stop or endanger the batch
mkdir -p "$work/mixed"
cp "$EX/beginner-chronic.json" "$work/mixed/a.json"
ln -s "$work/nowhere.json" "$work/mixed/b-broken.json"
ln -s "$work/nowhere.txt" "$work/mixed/z-broken.txt"
$PY -c 'import json,sys; p=json.load(open(sys.argv[1])); p["id"]=".hidden"; json.dump(p,open(sys.argv[2],"w"))' \
  "$EX/beginner-chronic.json" "$work/mixed/c.json"
batch "$work/mixed" -o "$work/out5" -f markdown >/dev/null 2>"$work/err"
check "a broken symlink fails alone (66), the others still run" test $? -eq 66
check "... a.json was written" test -f "$work/out5/beginner-chronic.md"
check "... the broken *.json link is reported" grep -q 'b-broken.json: cannot read' "$work/err"
check "an id starting with . is refused (no hidden outputs)" grep -q '"\.hidden" starts with' "$work/err"
cp -r "$work/mixed" "$work/mixed.before"
batch "$work/mixed" -o "$work/mixed" -f json --force >/dev/null 2>"$work/err"
check "the output directory may not hold inputs (64)" test $? -eq 64
check "... and no profile was replaced" diff -r --no-dereference "$work/mixed" "$work/mixed.before"
batch - -o "$work/out6" </dev/null >/dev/null 2>&1
check "batch - is a usage error" test $? -eq 64
mkdir -p "$work/empty"
batch "$work/empty" -o "$work/out7" >/dev/null 2>"$work/err"
check "an empty input directory exits 66" test $? -eq 66

# ---- parallel and serial runs write the same bytes
batch "$work/in/gen" -o "$work/j1" -f pdf,html,ics --jobs 1 >/dev/null
batch "$work/in/gen" -o "$work/j2" -f pdf,html,ics --jobs 2 >/dev/null
check "--jobs 1 and --jobs 2 give identical files" diff -r "$work/j1" "$work/j2"

# ---- kill -9 in the middle: only complete files remain
same_as_j1() { # same_as_j1 DIR: every PDF and HTML in DIR has the bytes of the finished run's
  local f ok=0
  for f in "$1"/*.pdf "$1"/*.html; do
    [[ -e $f ]] || continue
    cmp -s "$f" "$work/j1/$(basename "$f")" || { echo "partial: $f"; ok=1; }
  done
  return $ok
}
for attempt in 1 2 3; do
  rm -rf "$work/killed"
  "$BIN" batch --today 2026-12-01 "$work/in/gen" -o "$work/killed" -f pdf,html --jobs 2 \
    >/dev/null 2>&1 &
  pid=$!
  sleep "0.$((attempt * 3))"
  kill -9 "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  echo "(kill -9 after 0.$((attempt * 3)) s: $(ls "$work/killed" 2>/dev/null | wc -l) files written)"
  check "kill -9 ($attempt): no temporary or hidden files" \
    bash -c "[[ -z \$(ls -A '$work/killed' 2>/dev/null | grep '^\.') ]]"
  check "kill -9 ($attempt): every PDF and HTML left is whole (a finished run's bytes)" \
    same_as_j1 "$work/killed"
done

# ---- a progress line on a terminal, none otherwise
script -qec "'$BIN' batch --today 2026-12-01 '$work/in/examples' -o '$work/tty' -f markdown" \
  /dev/null >"$work/tty.log"
check "on a terminal, stderr shows progress" grep -q $'\rbatch: 3/3 profiles' "$work/tty.log"
batch "$work/in/examples" -o "$work/notty" -f markdown 2>"$work/err" >/dev/null
check "not on a terminal: no progress line" test ! -s "$work/err"

finish batch
