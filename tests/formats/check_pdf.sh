#!/usr/bin/env bash
# Checks PDF handouts with tools that share no code with backstride (qpdf, poppler).
#
# Usage: tests/formats/check_pdf.sh [--text NEEDLE]... [--] FILE...
#
# For every FILE:
#   - `qpdf --check` exits 0 (2 = errors, 3 = warnings: both fail; its WARNING lines are
#     printed);
#   - `pdffonts` succeeds and lists at least one font, and every font is embedded
#     (emb=yes) and has a ToUnicode map (uni=yes), so the text can be copied and
#     searched;
#   - `pdftotext` succeeds and neither it nor pdffonts prints anything on stderr
#     (poppler's "Syntax Warning", "Syntax Error", "Internal Error", ...);
#   - each --text NEEDLE occurs in pdftotext's output (reading order, not -layout).
#     Text wraps, so both sides are compared after Unicode NFKC normalisation (the "ﬁ"
#     ligature reads as "fi") and with every run of whitespace, line breaks and page
#     breaks included, turned into one space.
#
# Prints one line per problem (`FILE: ...`) and exits 1 when there is any; exit 0 when
# every file passes; exit 2 on a usage error (no file, a missing file) or missing tools
# (run scripts/setup-test-tools).
set -euo pipefail

PY=/usr/bin/python3
usage() {
  echo "usage: $0 [--text NEEDLE]... [--] FILE..." >&2
  exit 2
}

needles=()
files=()
while (($#)); do
  case "$1" in
    --text)
      (($# >= 2)) || usage
      needles+=("$2")
      shift 2
      ;;
    --text=*)
      needles+=("${1#--text=}")
      shift
      ;;
    --)
      shift
      files+=("$@")
      break
      ;;
    -*) usage ;;
    *)
      files+=("$1")
      shift
      ;;
  esac
done
((${#files[@]})) || usage
for f in "${files[@]}"; do
  if [[ ! -f "$f" || ! -r "$f" ]]; then
    echo "check_pdf: $f: no such readable file" >&2
    exit 2
  fi
done
for tool in qpdf pdffonts pdftotext; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "check_pdf: $tool not found (run scripts/setup-test-tools: poppler-utils, qpdf)" >&2
    exit 2
  fi
done
if ((${#needles[@]})) && [[ ! -x $PY ]]; then
  echo "check_pdf: --text needs $PY" >&2
  exit 2
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
problems=0
problem() {
  echo "$1: $2"
  problems=1
}
# stderr_problems FILE TOOL ERRFILE: one problem per line the tool printed on stderr.
stderr_problems() {
  local line
  while IFS= read -r line; do
    [[ -n "$line" ]] && problem "$1" "$2 stderr: $line"
  done <"$3"
}

for f in "${files[@]}"; do
  # ---- qpdf --check: structure, xref, streams.
  rc=0
  qpdf --check "$f" >"$tmp/qpdf.out" 2>"$tmp/qpdf.err" || rc=$?
  if ((rc != 0)); then
    problem "$f" "qpdf --check exit $rc ($( ((rc == 3)) && echo warnings || echo errors))"
    while IFS= read -r line; do
      [[ -n "$line" ]] && problem "$f" "qpdf: $line"
    done < <(grep -hv '^qpdf: operation succeeded with warnings' "$tmp/qpdf.err" "$tmp/qpdf.out" |
      grep -E 'WARNING|[Ee]rror|qpdf:' || true)
  fi

  # ---- pdffonts: every font embedded, with a ToUnicode map.
  rc=0
  pdffonts "$f" >"$tmp/fonts.out" 2>"$tmp/fonts.err" || rc=$?
  if ((rc != 0)); then
    problem "$f" "pdffonts exit $rc"
  else
    # Columns: name type encoding emb sub uni object-number generation; the type and the
    # encoding may contain spaces ("Type 1", "CID TrueType") and the name may be empty,
    # so read the fixed columns from the right.
    nfonts="$(awk 'NR > 2 && NF >= 6' "$tmp/fonts.out" | wc -l)"
    if ((nfonts == 0)); then
      problem "$f" "pdffonts lists no font (text drawn as paths, or no text at all)"
    fi
    while IFS= read -r line; do
      [[ -n "$line" ]] && problem "$f" "$line"
    done < <(awk 'NR > 2 && NF >= 6 {
        emb = $(NF - 4); uni = $(NF - 2); name = $1
        if (emb != "yes") printf "font %s is not embedded (pdffonts emb=%s)\n", name, emb
        if (uni != "yes") printf "font %s has no ToUnicode map (pdffonts uni=%s)\n", name, uni
      }' "$tmp/fonts.out")
  fi
  stderr_problems "$f" pdffonts "$tmp/fonts.err"

  # ---- pdftotext: clean extraction, and the needles.
  rc=0
  pdftotext -enc UTF-8 "$f" "$tmp/text.txt" 2>"$tmp/text.err" || rc=$?
  if ((rc != 0)); then
    problem "$f" "pdftotext exit $rc"
  fi
  stderr_problems "$f" pdftotext "$tmp/text.err"
  if ((rc == 0 && ${#needles[@]})); then
    while IFS= read -r line; do
      [[ -n "$line" ]] && problem "$f" "$line"
    done < <("$PY" - "$tmp/text.txt" "${needles[@]}" <<'EOF'
import sys
import unicodedata


def norm(s):
    return " ".join(unicodedata.normalize("NFKC", s).split())


with open(sys.argv[1], encoding="utf-8", errors="replace") as f:
    text = norm(f.read())
for needle in sys.argv[2:]:
    if norm(needle) not in text:
        print(f"text not found (pdftotext, whitespace collapsed): {needle!r}")
EOF
    )
  fi
done

exit "$problems"
