#!/usr/bin/env bash
# LibreOffice opens `backstride plan -f csv` as a spreadsheet: for LANG=en_GB.UTF-8 and
# en_US.UTF-8, headless soffice converts the CSV to .xlsx and .ods twice, once with no
# filter options and once with only the UTF-8 character set named
# (--infilter=CSV:44,34,76; LibreOffice 7.4 reads a CSV as Windows-1252 unless told, BOM
# or not), and lo_cells.py reads the cells back (openpyxl for xlsx, content.xml for ods):
#   - with no options: Date and Date done are real date cells, Starts at a real date-time
#     (a lone HH:MM is text to LibreOffice without options; see README);
#   - with UTF-8 named: the same plus Time as a real time cell, and the Chinese name intact;
#   - in both: no formula cell, for a profile whose name is =HYPERLINK(...), +1, -1, @SUM
#     or starts with a tab; and, as a check of the check, formula cells when the same file
#     is made with --no-formula-guard.
# Private LibreOffice profile and temp dirs only; each soffice run has a timeout.
# Usage: libreoffice.sh BACKSTRIDE_BINARY EXAMPLES_DIR
# Exit 0 = all passed, 1 = a check failed, 77 = skipped (a tool is missing).
set -uo pipefail
BIN="${1:?usage: libreoffice.sh BACKSTRIDE_BINARY EXAMPLES_DIR}"
EXAMPLES="${2:?usage: libreoffice.sh BACKSTRIDE_BINARY EXAMPLES_DIR}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PY=/usr/bin/python3
TODAY=2026-12-08
CN_NAME='李小龍'

missing=()
command -v soffice >/dev/null || missing+=(libreoffice-calc-nogui)
$PY -c 'import openpyxl' 2>/dev/null || missing+=(python3-openpyxl)
for lang in en_GB.utf8 en_US.utf8; do
  locale -a 2>/dev/null | grep -qx "$lang" || missing+=("locale $lang")
done
if ((${#missing[@]})); then
  echo "SKIP: missing ${missing[*]} (run scripts/setup-test-tools)"
  exit 77
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
failures=0
ok() { echo "ok - $1"; }
fail() {
  echo "FAIL - $1"
  [[ -n "${2:-}" ]] && sed 's/^/    /' <<<"$2"
  failures=$((failures + 1))
}

# Profiles: the lapsed runner (with its history: logged rows with zones and dates done)
# renamed to a Chinese name, and one per hostile name.
make_profile() { # make_profile OUT NAME
  $PY - "$EXAMPLES/lapsed-runner.json" "$1" "$2" <<'PYEOF'
import json, os, shutil, sys
src, out, name = sys.argv[1:4]
profile = json.load(open(src, encoding="utf-8"))
profile["name"] = name
if "history_file" in profile:
    shutil.copy(os.path.join(os.path.dirname(src), profile["history_file"]),
                os.path.join(os.path.dirname(out), profile["history_file"]))
json.dump(profile, open(out, "w", encoding="utf-8"), ensure_ascii=False)
PYEOF
}
mkdir -p "$tmp/in"
make_profile "$tmp/in/cn.json" "$CN_NAME"
hostile=('=HYPERLINK("http://example.invalid/","open me")' '+1' '-1' '@SUM(A1:A9)' $'\tcmd')
for i in "${!hostile[@]}"; do
  make_profile "$tmp/in/hostile$i.json" "${hostile[$i]}"
done
csvs=()
for profile in "$tmp"/in/*.json; do
  name="$(basename "$profile" .json)"
  if ! "$BIN" plan "$profile" -f csv --today "$TODAY" -o "$tmp/in/$name.csv" 2>"$tmp/err"; then
    fail "plan $name -f csv" "$(cat "$tmp/err")"
  fi
  csvs+=("$tmp/in/$name.csv")
done
"$BIN" plan "$tmp/in/hostile0.json" -f csv --today "$TODAY" --no-formula-guard \
  -o "$tmp/in/unguarded.csv" 2>"$tmp/err" || fail "plan --no-formula-guard" "$(cat "$tmp/err")"
csvs+=("$tmp/in/unguarded.csv")

start=$SECONDS
for lang in en_GB.UTF-8 en_US.UTF-8; do
  for mode in plain utf8; do
    filter=()
    [[ $mode == utf8 ]] && filter=(--infilter=CSV:44,34,76)
    for ext in xlsx ods; do
      out="$tmp/out/$lang-$mode-$ext"
      mkdir -p "$out"
      if ! LANG=$lang LC_ALL=$lang HOME="$tmp/home" timeout 180 soffice --headless \
        "-env:UserInstallation=file://$tmp/lo" "${filter[@]}" --convert-to "$ext" \
        --outdir "$out" "${csvs[@]}" >"$tmp/lo.log" 2>&1; then
        fail "$lang $mode: soffice --convert-to $ext" "$(cat "$tmp/lo.log")"
        continue
      fi
      tag="$lang, $mode, $ext"
      args=(--dates)
      [[ $mode == utf8 ]] && args+=(--times)
      check_cn=("$PY" "$here/lo_cells.py" "$out/cn.$ext" "${args[@]}")
      [[ $mode == utf8 ]] && check_cn+=(--name "$CN_NAME")
      if result="$("${check_cn[@]}" 2>&1)"; then ok "$tag: $result"; else fail "$tag: Chinese-name plan" "$result"; fi
      for i in "${!hostile[@]}"; do
        if result="$("$PY" "$here/lo_cells.py" "$out/hostile$i.$ext" 2>&1)"; then
          ok "$tag: name $(printf %q "${hostile[$i]}") is no formula"
        else
          fail "$tag: name $(printf %q "${hostile[$i]}")" "$result"
        fi
      done
      if result="$("$PY" "$here/lo_cells.py" "$out/unguarded.$ext" --formulas 2>&1)"; then
        ok "$tag: without the guard the name is a formula (the check sees formulas)"
      else
        fail "$tag: --no-formula-guard output has no formula cell" "$result"
      fi
    done
  done
done
echo "# LibreOffice: 8 conversions of ${#csvs[@]} files in $((SECONDS - start)) s"
if ((failures)); then
  echo "$failures check(s) failed"
  exit 1
fi
echo "all LibreOffice checks passed"
