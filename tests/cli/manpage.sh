#!/usr/bin/env bash
# The man page the build wrote: groff finds nothing to warn about, man renders it, it
# names every subcommand --help lists and every exit code, the .gz holds the same page,
# and it is the same bytes on every run (dated only by SOURCE_DATE_EPOCH).
# Usage: tests/cli/manpage.sh BACKSTRIDE DIST_DIR (the page comes from the hidden `backstride manpage`)
set -uo pipefail
BIN="$1"
DIST="$(cd "$2" && pwd)"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/lib.sh"
page="$DIST/backstride.1"
mapfile -t subcommands < <("$BIN" --help | sed -n '/^Subcommands:/,/^$/p' | awk '/^  [^ ]/ {print $1}')

mapfile -t missing < <(missing_tools groff man)
((${#missing[@]} == 0)) || skip_test "not installed: ${missing[*]} (scripts/setup-test-tools)"
check "the build wrote backstride.1" test -s "$page"
no_warnings() {  # no_warnings GROFF_ARGS...: groff prints nothing at all
  local out
  out="$(groff -man -ww -z "$@" "$page" 2>&1)"
  [[ -z $out ]] || { echo "$out"; return 1; }
}
check "groff -man -ww -z: no warnings" no_warnings
check "groff -man -ww -z -Tutf8: no warnings" no_warnings -Tutf8
MANWIDTH=80 man -l "$page" >"$work/page.txt" 2>"$work/man.err"
check "man -l renders it" test $? -eq 0 -a -s "$work/page.txt"
check "man -l prints no warnings" test ! -s "$work/man.err"
for section in NAME SYNOPSIS DESCRIPTION OPTIONS COMMANDS "EXIT STATUS" ENVIRONMENT FILES \
  EXAMPLES "SEE ALSO"; do
  check "section $section" grep -qx "$section" "$work/page.txt"
done
for command in "${subcommands[@]}"; do
  check "COMMANDS has backstride $command" grep -qx "   backstride $command" "$work/page.txt"
done
for code in 0 10 11 64 65 66 70 73 74; do
  check "EXIT STATUS lists $code" grep -qE "^       $code +[A-Z]" "$work/page.txt"
done
for variable in SOURCE_DATE_EPOCH NO_COLOR TZ; do
  check "ENVIRONMENT lists $variable" grep -qE "^       $variable( |$)" "$work/page.txt"
done
check "schema names every schema it prints" \
  grep -q "One of: plan, next, check, rules, programs, review, profile, program, clinic" "$page"
check "options keep their spelling: --no-formula-guard" grep -q -- "--no-formula-guard" \
  "$work/page.txt"
check "only ASCII in the roff source" bash -c '! LC_ALL=C grep -q "[^ -~]" "$0"' "$page"
check "backstride.1.gz is the same page" cmp "$page" <(gzip -dc "$DIST/backstride.1.gz")
check "the generator repeats itself byte for byte" \
  cmp <(env -u SOURCE_DATE_EPOCH "$BIN" manpage share/doc/backstride/examples) "$page"
check "SOURCE_DATE_EPOCH dates the page" \
  bash -c 'SOURCE_DATE_EPOCH=1796083200 "$0" manpage | grep -q "^\.TH BACKSTRIDE 1 \"2026-12-01\""' "$BIN"
check "the manpage command is hidden from --help" bash -c '! "$0" --help | grep -q manpage' "$BIN"

finish manpage
