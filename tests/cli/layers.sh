#!/usr/bin/env bash
# Issue 15: the layers are targets you can see. The program maps no PDF stack (cairo,
# pango, glib, harfbuzz, fontconfig, librsvg) until a PDF is asked for, and then loads
# the module beside it; a program whose module is missing says so for -f pdf only. The
# same for the audio stack (espeak-ng, LAME: backstride-audio.so), never mapped here.
# src/core includes nothing of render/ or cli/, src/render nothing of cli/ or the PDF
# code, and no file under src/ is over 400 lines.
# usage: layers.sh BACKSTRIDE SOURCE_DIR
set -uo pipefail
bin="$(realpath "$1")"
src="$(realpath "$2")"
source "$(dirname "$0")/lib.sh"
export TZ=UTC NO_COLOR=1 SOURCE_DATE_EPOCH=1796083200
profile="$src/examples/beginner-chronic.json"
pdf_stack='libcairo|libpango|libglib|libgobject|libharfbuzz|libfontconfig|librsvg|libfreetype'

ldd "$bin" >"$work/ldd.txt"
check "ldd lists no PDF library" bash -c "! grep -Eq '$pdf_stack' '$work/ldd.txt'"
maps_after() { # maps_after ARGS...: the libraries the program has mapped when it ends
  # LD_DEBUG=files names every object the dynamic loader opens, dlopen's too.
  LD_DEBUG=files "$bin" "$@" 2>&1 >/dev/null | grep -o 'file=[^ ]*' | sort -u
}
maps_after plan "$profile" --today 2026-12-01 -f json >"$work/json-maps.txt"
check "plan -f json opens no PDF library" bash -c "! grep -Eq '$pdf_stack|backstride-pdf' '$work/json-maps.txt'"
maps_after plan "$profile" --today 2026-12-01 -f pdf -o "$work/a.pdf" >"$work/pdf-maps.txt"
check "plan -f pdf loads the module" grep -q 'backstride-pdf.so' "$work/pdf-maps.txt"
check "plan -f pdf wrote a PDF" bash -c "head -c 5 '$work/a.pdf' | grep -q '%PDF-'"
# The audio guide's stack (espeak-ng, LAME) likewise lives only in backstride-audio.so.
audio_stack='libespeak-ng|libmp3lame|libsonic|libpcaudio|backstride-audio'
check "ldd lists no audio library" bash -c "! grep -Eq '$audio_stack' '$work/ldd.txt'"
check "plan -f json opens no audio library" bash -c "! grep -Eq '$audio_stack' '$work/json-maps.txt'"
check "plan -f pdf opens no audio library" bash -c "! grep -Eq '$audio_stack' '$work/pdf-maps.txt'"
maps_after --version >"$work/version-maps.txt"
check "--version opens no module" bash -c "! grep -Eq '$pdf_stack|$audio_stack|backstride-pdf' '$work/version-maps.txt'"

# The program alone, without its module.
mkdir "$work/alone"
cp "$bin" "$work/alone/backstride"
"$work/alone/backstride" plan "$profile" --today 2026-12-01 -f json >"$work/alone.json" 2>"$work/err"
check "without the module: -f json works" test $? = 0
"$work/alone/backstride" plan "$profile" --today 2026-12-01 -o "$work/alone.pdf" 2>"$work/err"
check "without the module: -f pdf exits 70" test $? = 70
check "without the module: the error says the PDF module is missing" \
  grep -q 'the PDF module is missing (looked for .*backstride-pdf.so' "$work/err"
check "without the module: nothing written" test ! -e "$work/alone.pdf"
# A module that is not ours (any shared object under that name) is refused, not called.
cp "$(ldd "$bin" | grep -o '/[^ ]*libgcc_s[^ ]*' | head -1)" "$work/alone/backstride-pdf.so"
"$work/alone/backstride" plan "$profile" --today 2026-12-01 -o "$work/alone.pdf" 2>"$work/err"
check "a foreign module: exit 70" test $? = 70
check "a foreign module: named as not backstride's" grep -q 'is not the PDF module of backstride' "$work/err"

# Includes follow the layers.
cd "$src" || exit 1
check "src/core includes nothing of render, pdf or cli" \
  bash -c '! grep -rEn "#include \"(backstride/(render|cli)/|render/|cli/|pdf/)" src/core include/backstride/*.hpp'
check "render includes nothing of cli or the PDF code" \
  bash -c '! grep -rEn "#include (\"backstride/cli/|<pango|<cairo|<librsvg)" src/render include/backstride/render'
check "only src/pdf includes cairo or pango" \
  bash -c '! grep -rlEn "#include <(pango|cairo|librsvg)" src include | grep -v "^src/pdf/"'
check "only src/audio includes espeak-ng or lame" \
  bash -c '! grep -rlEn "#include <(espeak-ng|lame)/" src include | grep -v "^src/audio/"'
check "CLI11 only in commands, docgen and the cli headers" \
  bash -c '! grep -rlE "#include <CLI/" src include | grep -vE "^src/cli/(commands|docgen)/|^include/backstride/cli/"'
long="$(find src -name '*.[ch]pp' -exec wc -l {} + | awk '$2 != "total" && $1 > 400')"
check "no file under src/ over 400 lines${long:+: $long}" test -z "$long"

finish cli_layers
