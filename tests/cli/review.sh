#!/usr/bin/env bash
# End-to-end checks of `backstride review` over the golden patients: nothing written
# without -o, the file 0600 and never replaced without --force, the format from the -o
# extension, colour only when asked (NO_COLOR honoured), a folder without profiles refused,
# and the exit code (10 with patients to act on, 0 without).
# usage: review.sh BACKSTRIDE PATIENTS_DIR
set -uo pipefail
bin="$1"
patients="$2"
source "$(dirname "$0")/lib.sh"
export TZ=UTC
unset NO_COLOR
review() { "$bin" review "$@" --today 2026-12-01; }

cd "$work" || exit 1
review "$patients" >stdout.txt 2>stderr.txt
check "exit 10 when patients need action" test $? -eq 10
check "nothing written without -o" test "$(ls)" = "$(printf 'stderr.txt\nstdout.txt')"
check "stderr is quiet" test ! -s stderr.txt
check "a bad profile is a row, not a stop" grep -q "p14-bad-profile.json: /age" stdout.txt
review "$patients" -o today.csv
check "-o writes (exit 10 still)" test $? -eq 10
check "the file is 0600" test "$(stat -c %a today.csv)" = 600
check "the format follows the extension (csv)" grep -q '^.\?.\?.\?status,id,name,' today.csv
review "$patients" -o today.csv 2>err.txt
check "an existing file is refused (73)" test $? -eq 73
check "... and says --force" grep -q -- "--force" err.txt
review "$patients" -o today.csv --force -f json
check "--force replaces it" grep -q '"backstride.review/1"' today.csv
review "$patients" --color always >color.txt
check "--color always colours the statuses" grep -q $'\e\\[1;31mEMERGENCY' color.txt
NO_COLOR=1 review "$patients" --color auto >plain.txt
check "NO_COLOR: no colour" bash -c "! grep -q $'\\e' plain.txt"
calm="$work/calm"
mkdir "$calm"
cp "$patients"/p09-on-track.* "$patients"/p12-not-started.json "$calm"/
review "$calm" >/dev/null
check "exit 0 when nobody needs action" test $? -eq 0
mkdir empty
review empty 2>err.txt >/dev/null
check "a folder without profiles: 66" test $? -eq 66
review "$patients" -f pdf >/dev/null 2>&1
check "-f pdf is refused (64)" test $? -eq 64
review - 2>err.txt >/dev/null
check "standard input is refused (64)" test $? -eq 64
check "... naming review" grep -q "review: profiles come from files" err.txt

finish review
