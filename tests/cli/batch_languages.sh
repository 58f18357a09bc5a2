#!/usr/bin/env bash
# A batch over English and Spanish profiles writes each patient's outputs in their own
# language, the same bytes at --jobs 1 and --jobs 2 (the language is chosen per call, not
# per process), and --lang overrides every profile's.
#   batch_languages.sh BACKSTRIDE EXAMPLES_DIR SOURCE_DIR
set -uo pipefail
source "$(dirname "$0")/lib.sh"
bin="$1"
examples="$2"
source_dir="$3"
export SOURCE_DATE_EPOCH=1796083200

mkdir -p "$work/in"
for i in 1 2 3 4 5 6; do  # alternate en and es, so neighbours in a job queue differ
  lang=$([[ $((i % 2)) -eq 0 ]] && echo es || echo en)
  sed -e "s/\"id\": \"beginner-chronic\"/\"id\": \"p$i-$lang\"/" \
    -e "s/\"language\": \"en\"/\"language\": \"$lang\"/" \
    "$examples/beginner-chronic.json" >"$work/in/p$i.json"
done
# Patient pages only: the clinician pages are English in every language (rules and their
# sources are written in English).
formats=markdown,html,ics,csv,gcal-csv,json,text
run_batch() {  # run_batch OUTDIR JOBS [ARGS...]
  local out="$1" jobs="$2"
  shift 2
  "$bin" batch "$work/in" -o "$out" -f "$formats" --jobs "$jobs" --today 2026-12-01 \
    --audience patient "$@" \
    >"$out.log" 2>&1
}
check "batch --jobs 1 succeeds" run_batch "$work/one" 1
check "batch --jobs 2 succeeds" run_batch "$work/two" 2
check "--jobs 1 and --jobs 2 write the same bytes" diff -r "$work/one" "$work/two"

in_language() {  # in_language DIR ID WORDS: the patient's handout says WORDS
  grep -qF "$3" "$1/$2.md" && grep -qF "$3" "$1/$2.html"
}
for i in 1 3 5; do
  check "p$i (en) is in English" in_language "$work/two" "p$i-en" "Warning signs: stop and get help"
  check "p$i (en) has no Spanish" bash -c "! grep -qF 'Señales de alarma' '$work/two/p$i-en.md'"
done
for i in 2 4 6; do
  check "p$i (es) is in Spanish" in_language "$work/two" "p$i-es" "Señales de alarma"
  check "p$i (es) calendar is in Spanish" grep -qF "SUMMARY:Caminar/trotar" "$work/two/p$i-es.ics"
done

# The Spanish files carry no sentence of the English catalogue: lay them out as golden
# cases for no_english.py (stdout empty, the files under expected/files).
for id in p2-es p4-es p6-es; do
  mkdir -p "$work/cases/$id/expected/files"
  : >"$work/cases/$id/expected/stdout"
  cp "$work/two/$id".* "$work/cases/$id/expected/files/"
done
mkdir -p "$work/cases/english/expected/files"
: >"$work/cases/english/expected/stdout"
cp "$work/two/p1-en".* "$work/cases/english/expected/files/"
check "no English sentence in the Spanish outputs" /usr/bin/python3 \
  "$source_dir/tests/i18n/no_english.py" --source-dir "$source_dir" --cases "$work/cases" \
  --english-case english p2-es p4-es p6-es

check "--lang es makes every patient Spanish" run_batch "$work/all-es" 2 --lang es
check "--lang es: an English profile's handout is Spanish" \
  grep -qF "Señales de alarma" "$work/all-es/p1-en.md"
finish batch_languages
