#!/usr/bin/env bash
# Shell completion, end to end: the bash script is loaded and its completion function
# called as bash would (COMP_WORDS, COMP_CWORD, ...); the zsh script must parse and load
# under compinit; fish must parse its script and complete through `complete -C`. The
# scripts the build wrote (for installing) must equal what the binary prints now.
# Usage: tests/cli/completion.sh BINARY DIST_DIR
set -uo pipefail
BIN="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
DIST="$(cd "$2" && pwd)"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/lib.sh"

# Every subcommand `backstride --help` lists: completion must offer exactly these.
mapfile -t subcommands < <("$BIN" --help | sed -n '/^Subcommands:/,/^$/p' | awk '/^  [^ ]/ {print $1}')
check "--help lists subcommands" test "${#subcommands[@]}" -ge 10

# ---- bash
source <("$BIN" completion bash)
complete_spec="$(complete -p backstride 2>/dev/null)"
fn="$(sed -nE 's/.* -F ([^ ]+) .*/\1/p' <<<"$complete_spec")"
check "bash: backstride has a completion function" test -n "$fn"

# complete_bash LINE: what bash offers for LINE (the cursor at its end), one per line, sorted.
complete_bash() {
  local line="$1"
  local -a words
  read -ra words <<<"$line"
  [[ $line == *" " ]] && words+=("")
  COMP_WORDS=("${words[@]}")
  COMP_CWORD=$((${#words[@]} - 1))
  COMP_LINE="$line"
  COMP_POINT=${#line}
  COMPREPLY=()
  "$fn" backstride "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
  printf '%s\n' "${COMPREPLY[@]}" | sed '/^$/d' | sort
}
# offers LINE EXPECTED...: bash offers exactly EXPECTED (in any order) for LINE.
offers() {
  local line="$1"
  shift
  diff -u <(printf '%s\n' "$@" | sed '/^$/d' | sort) <(complete_bash "$line")
}
offers_some() {  # offers_some LINE WORD...: every WORD is among the offers
  local line="$1" got
  shift
  got="$(complete_bash "$line")"
  for word in "$@"; do
    grep -qx -- "$word" <<<"$got" || { echo "missing $word in: $got"; return 1; }
  done
}

check "bash: 'backstride pl' gives plan" offers "backstride pl" plan
check "bash: 'backstride ' gives every subcommand" offers "backstride " "${subcommands[@]}"
check "bash: 'backstride --' gives the root options" offers "backstride --" --help --version
check "bash: 'backstride plan --pa' gives --paper" offers "backstride plan --pa" --paper
check "bash: 'backstride plan -f ' gives the formats" \
  offers "backstride plan -f " text json ics csv gcal-csv markdown html pdf fit mp3
check "bash: 'backstride plan x --color ' gives auto always never" \
  offers "backstride plan x --color " auto always never
check "bash: 'backstride next --format j' gives json" offers "backstride next --format j" json
check "bash: 'batch -f pdf,h' completes the list's last item" \
  offers "backstride batch -f pdf,h" pdf,html
check "bash: 'log p --symptom n' gives the symptoms" \
  offers "backstride log p --symptom n" new_leg_pain night_pain numbness
check "bash: 'backstride completion ' gives the shells" offers "backstride completion " bash zsh fish
check "bash: 'backstride schema ' gives the schemas" \
  offers "backstride schema " plan next check rules programs review profile program clinic
check "bash: --program offers the built-in programs" \
  offers_some "backstride plan --program " back-care walk-base c25k-classic
# --format=j arrives as three words, because "=" breaks words in bash.
check "bash: '--format=j' gives json" bash -c '
  source <("$0" completion bash)
  COMP_WORDS=(backstride plan --format = j) COMP_CWORD=4
  _backstride; [[ "${COMPREPLY[*]}" == json ]]' "$BIN"
mkdir -p "$work/cwd/some-dir"
touch "$work/cwd/profile-a.json" "$work/cwd/profile-b.json"
cd "$work/cwd" || exit 1
check "bash: a PROFILE completes as a file name" \
  offers "backstride plan prof" profile-a.json profile-b.json
check "bash: -o FILE completes as a file name" offers "backstride plan p -o profile-b" profile-b.json
check "bash: an option's value is not counted as the PROFILE" \
  offers "backstride plan -o x.json --paper a4 prof" profile-a.json profile-b.json
check "bash: no second PROFILE" offers "backstride plan profile-a.json prof"
check "bash: - (stdin) is a PROFILE too" offers "backstride plan - prof"
check "bash: batch -o completes directories only" offers "backstride batch -o s" some-dir
cd "$here" || exit 1

# ---- zsh
if command -v zsh >/dev/null; then
  "$BIN" completion zsh >"$work/_backstride"
  check "zsh: the script parses (zsh -n)" zsh -n "$work/_backstride"
  check "zsh: the script loads under compinit and defines every command's function" \
    zsh -f -c 'autoload -Uz compinit && compinit -u -d "$1/zcompdump" && source "$2" &&
      [[ $_comps[backstride] == _backstride ]] && (( $+functions[_backstride__plan] )) &&
      (( $+functions[_backstride__completion] ))' zsh "$work" "$work/_backstride"
else
  skip_part "zsh is not installed: its completion is not checked (scripts/setup-test-tools)"
fi

# ---- fish
if command -v fish >/dev/null; then
  "$BIN" completion fish >"$work/backstride.fish"
  check "fish: the script parses (fish --no-execute)" fish --no-execute "$work/backstride.fish"
  # complete_fish LINE: the completions fish offers, without descriptions, sorted.
  complete_fish() {
    fish -c 'source $argv[1]; complete -C $argv[2]' "$work/backstride.fish" "$1" | cut -f1 | sort
  }
  fish_offers() {
    local line="$1"
    shift
    diff -u <(printf '%s\n' "$@" | sed '/^$/d' | sort) <(complete_fish "$line")
  }
  check "fish: 'backstride pl' gives plan" fish_offers "backstride pl" plan
  check "fish: 'backstride ' gives every subcommand" fish_offers "backstride " "${subcommands[@]}"
  check "fish: 'backstride plan --pa' gives --paper" fish_offers "backstride plan --pa" --paper
  check "fish: 'backstride plan -f ' gives the formats" \
    fish_offers "backstride plan -f " text json ics csv gcal-csv markdown html pdf fit mp3
  check "fish: 'batch -f pdf,h' completes the list's last item" \
    fish_offers "backstride batch -f pdf,h" pdf,html
  check "fish: 'backstride completion ' gives the shells" \
    fish_offers "backstride completion " bash zsh fish
  check "fish: 'backstride schema ' gives the schemas" \
    fish_offers "backstride schema " plan next check rules programs review profile program clinic
  cd "$work/cwd" || exit 1
  check "fish: a PROFILE completes as a file name" \
    fish_offers "backstride plan prof" profile-a.json profile-b.json
  check "fish: - (stdin) is a PROFILE too" fish_offers "backstride plan - prof"
  cd "$here" || exit 1
else
  skip_part "fish is not installed: its completion is not checked (scripts/setup-test-tools)"
fi

# ---- the files the build wrote for `cmake --install` are current
check "build wrote the bash script the binary prints" \
  cmp "$DIST/backstride.bash" <("$BIN" completion bash)
check "build wrote the zsh script the binary prints" cmp "$DIST/_backstride" <("$BIN" completion zsh)
check "build wrote the fish script the binary prints" \
  cmp "$DIST/backstride.fish" <("$BIN" completion fish)
check "completion without a shell is a usage error (64)" \
  bash -c '"$0" completion >/dev/null 2>&1; test $? -eq 64' "$BIN"
check "completion of an unknown shell is a usage error (64)" \
  bash -c '"$0" completion tcsh >/dev/null 2>&1; test $? -eq 64' "$BIN"

finish completion
