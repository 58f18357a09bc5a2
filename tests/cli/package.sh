#!/usr/bin/env bash
# Packaging, end to end: `cmake --install` into a scratch root puts the binary, man page,
# completions and examples where Debian looks for them; `cpack` builds a .deb (in a
# scratch directory) whose Depends name the shared libraries and the fonts and tz data;
# the unpacked package's own binary plans an example profile and its man page renders.
# Usage: tests/cli/package.sh BUILD_DIR SOURCE_DIR
set -uo pipefail
BUILD="$(cd "$1" && pwd)"
SRC="$(cd "$2" && pwd)"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/lib.sh"
export SOURCE_DATE_EPOCH=1796083200 NO_COLOR=1 TZ=UTC
mapfile -t missing < <(missing_tools cmake cpack dpkg-deb dpkg-shlibdeps man groff)
((${#missing[@]} == 0)) || skip_test "not installed: ${missing[*]} (scripts/setup-deps, scripts/setup-test-tools)"
version="$(sed -nE 's/^project\(backstride VERSION ([0-9.]+).*/\1/p' "$SRC/CMakeLists.txt")"

# Files every install must have, relative to the prefix.
installed_files=(
  bin/backstride
  share/man/man1/backstride.1.gz
  share/bash-completion/completions/backstride
  share/zsh/vendor-completions/_backstride
  share/fish/vendor_completions.d/backstride.fish
  share/doc/backstride/README.md
  share/doc/backstride/examples/beginner-chronic.json
)
# renders MAN_PAGE: man formats it without a word on stderr, with every command in it.
renders() {
  MANWIDTH=80 man -l "$1" >"$work/man.txt" 2>"$work/man.err" && [[ ! -s $work/man.err ]] &&
    grep -qx "   backstride plan" "$work/man.txt" && grep -qx "   backstride completion" "$work/man.txt"
}
# plans ROOT: ROOT's backstride plans an installed example exactly as the build tree's does.
plans() {
  local bin="$1/usr/bin/backstride" profile="$1/usr/share/doc/backstride/examples/beginner-chronic.json"
  "$bin" plan "$profile" --today 2026-12-01 -f json >"$work/installed.json" &&
    "$BUILD/src/backstride" plan "$SRC/examples/beginner-chronic.json" --today 2026-12-01 -f json \
      >"$work/built.json" &&
    cmp "$work/installed.json" "$work/built.json"
}
# makes_pdf ROOT: a PDF handout, which needs the fonts the package depends on.
makes_pdf() {
  "$1/usr/bin/backstride" plan "$1/usr/share/doc/backstride/examples/lapsed-runner.json" \
    --today 2026-12-01 -o "$work/handout.pdf" && head -c 5 "$work/handout.pdf" | grep -q '%PDF-'
}

# ---- cmake --install
DESTDIR="$work/install" cmake --install "$BUILD" --prefix /usr >"$work/install.log" 2>&1
check "cmake --install succeeds" test $? -eq 0
for file in "${installed_files[@]}"; do
  check "installed /usr/$file" test -s "$work/install/usr/$file"
done
check "the binary is executable" test -x "$work/install/usr/bin/backstride"
check "the installed binary says its version" \
  bash -c '[[ $("$0" --version) == "backstride $1" ]]' "$work/install/usr/bin/backstride" "$version"
check "the installed man page renders with every command" \
  renders "$work/install/usr/share/man/man1/backstride.1.gz"
check "the installed bash completion completes 'backstride pl'" bash -c '
  source "$0"; COMP_WORDS=(backstride pl) COMP_CWORD=1; _backstride
  [[ "${COMPREPLY[*]}" == plan ]]' "$work/install/usr/share/bash-completion/completions/backstride"

# ---- cpack: a .deb, built outside the source tree
cpack --config "$BUILD/CPackConfig.cmake" -B "$work/cpack" >"$work/cpack.log" 2>&1
check "cpack succeeds" test $? -eq 0 || cat "$work/cpack.log"
deb="$(find "$work/cpack" -maxdepth 1 -name "backstride_${version}_*.deb" | head -n 1)"
check "cpack wrote backstride_${version}_<arch>.deb" test -s "$deb"
field() { dpkg-deb -f "$deb" "$1"; }
check "Package: backstride" test "$(field Package)" = backstride
check "Version: $version" test "$(field Version)" = "$version"
check "Architecture: this machine's" test "$(field Architecture)" = "$(dpkg --print-architecture)"
check "Section and Maintainer are set" test -n "$(field Section)" -a -n "$(field Maintainer)"
check "Description has a summary and a long text" test "$(field Description | wc -l)" -gt 3
# The package names in Depends, one a line, without their versions.
field Depends | tr ',' '\n' | sed -E 's/^ +//; s/ .*//' >"$work/depends"
# libespeak-ng1 and libmp3lame0: the audio module's (libespeak-ng1 brings espeak-ng-data).
for dependency in libcairo2 libpango-1.0-0 libpangocairo-1.0-0 libc6 libstdc++6 \
  libespeak-ng1 libmp3lame0 fonts-dejavu-core tzdata; do
  check "Depends names $dependency" grep -qxF "$dependency" "$work/depends"
done
check "the package holds every installed file" bash -c '
  listing="$(dpkg-deb -c "$0")"; shift
  for file; do grep -q " \./usr/$file\$" <<<"$listing" || { echo "missing $file"; exit 1; }; done' \
  "$deb" "${installed_files[@]}"
check "the package holds the PDF and audio modules" bash -c '
  listing="$(dpkg-deb -c "$0")"
  grep -q "/backstride/backstride-pdf\.so$" <<<"$listing" &&
    grep -q "/backstride/backstride-audio\.so$" <<<"$listing"' "$deb"
check "the package's binary is stripped" \
  bash -c 'dpkg-deb --fsys-tarfile "$0" | tar -xO ./usr/bin/backstride >"$1/bin" &&
    ! objdump -h "$1/bin" | grep -q "\.debug_info"' "$deb" "$work"

# ---- the unpacked package works on its own
dpkg-deb -x "$deb" "$work/root"
check "dpkg-deb -x unpacks it" test -x "$work/root/usr/bin/backstride"
check "the packaged binary says its version" \
  bash -c '[[ $("$0" --version) == "backstride $1" ]]' "$work/root/usr/bin/backstride" "$version"
check "the packaged binary plans an installed example, as the build does" plans "$work/root"
check "the packaged binary writes a PDF handout" makes_pdf "$work/root"
check "the packaged man page renders with every command" \
  renders "$work/root/usr/share/man/man1/backstride.1.gz"
check "nothing was left in the source tree" \
  bash -c 'cd "$0" && [[ -z $(find . -maxdepth 2 \( -name "_CPack_Packages" -o -name "*.deb" \) \
    -not -path "./build*" -print -quit) ]]' "$SRC"

finish package
