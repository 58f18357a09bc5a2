#!/usr/bin/env bash
# Issue 13, item 13: warnings are errors only for developers (a git checkout) and CI ($CI
# set); a user's build of a source tree without .git gets warnings, never a failed build.
# Configures copies of the source tree (no build): a few seconds each.
# usage: build_options.sh SOURCE_DIR
set -uo pipefail
src="$(realpath "$1")"
source "$(dirname "$0")/lib.sh"

mkdir "$work/tree"
tar -C "$src" --exclude=./.git --exclude='./build*' -cf - . | tar -C "$work/tree" -xf -
werror() { grep -o '^BACKSTRIDE_WARNINGS_AS_ERRORS:BOOL=.*' "$1/CMakeCache.txt" | cut -d= -f2; }
configure() { # configure BUILD_DIR [ENV...]: configures $work/tree into BUILD_DIR
  env -u CI "${@:2}" cmake -S "$work/tree" -B "$1" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
}

configure "$work/user"
check "a source tree without .git, CI unset: warnings are not errors" test "$(werror "$work/user")" = OFF
configure "$work/ci" CI=true
check "CI set: warnings are errors" test "$(werror "$work/ci")" = ON
mkdir "$work/tree/.git"
configure "$work/dev"
check "a git checkout: warnings are errors" test "$(werror "$work/dev")" = ON
rm -r "$work/tree/.git" && env -u CI cmake -S "$work/tree" -B "$work/chosen" -DBUILD_TESTING=OFF \
  -DBACKSTRIDE_WARNINGS_AS_ERRORS=ON >/dev/null
check "an explicit -DBACKSTRIDE_WARNINGS_AS_ERRORS=ON is kept" test "$(werror "$work/chosen")" = ON

finish cli_build_options
