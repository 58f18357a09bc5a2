#!/usr/bin/env bash
# Headless Chromium (Debian's `chromium`, from scripts/setup-test-tools) for the handout
# tests: print an HTML file to PDF the way a person's "Print > Save as PDF" would, or
# take a screenshot of it.
#
# Usage: tests/formats/chromium.sh pdf IN.html OUT.pdf
#        tests/formats/chromium.sh screenshot IN.html OUT.png [WIDTHxHEIGHT]   (default 1000x1400)
#        tests/formats/chromium.sh version
#
# Exit: 0 done; 1 Chromium failed, timed out (CHROMIUM_TIMEOUT seconds, default 60) or
# wrote nothing; 2 usage error or no chromium (run scripts/setup-test-tools).
#
# Runs as root here, so --no-sandbox. The network is closed: without
# --disable-background-networking / --disable-component-update / --disable-sync Chromium
# waits on its background fetches, so every call has a timeout. Each call gets its own
# throw-away profile (--user-data-dir). The page's own @page rule sets the paper size;
# --no-pdf-header-footer drops Chromium's date/title/URL/page-number margins (this
# Chromium silently ignores the older --print-to-pdf-no-header). Chromium's stderr
# (D-Bus and GPU chatter, always present) goes to OUT.log beside the output.
set -uo pipefail

usage() {
  sed -n 's/^# \{0,1\}//; 6,8p' "${BASH_SOURCE[0]}" >&2
  exit 2
}
(($# >= 1)) || usage
mode="$1"
shift

chromium_bin="${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}"
if [[ -z "$chromium_bin" || ! -x "$chromium_bin" ]]; then
  echo "chromium.sh: no chromium found; run scripts/setup-test-tools (Debian package chromium)" >&2
  exit 2
fi

run_chromium() {  # run_chromium LOG ARGS...
  local log="$1" profile rc
  shift
  profile="$(mktemp -d)"
  timeout --kill-after=5 "${CHROMIUM_TIMEOUT:-60}" "$chromium_bin" \
    --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" "$@" >"$log" 2>&1 </dev/null
  rc=$?
  rm -rf "$profile"
  if ((rc == 124 || rc == 137)); then
    echo "chromium.sh: chromium timed out after ${CHROMIUM_TIMEOUT:-60} s (see $log)" >&2
  elif ((rc != 0)); then
    echo "chromium.sh: chromium exit $rc (see $log)" >&2
  fi
  return "$rc"
}

file_url() {  # absolute file:// URL of an existing file (spaces and % escaped)
  local abs
  abs="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
  abs="${abs//%/%25}"
  abs="${abs// /%20}"
  printf 'file://%s' "$abs"
}

case "$mode" in
  version)
    (($# == 0)) || usage
    "$chromium_bin" --version 2>/dev/null
    ;;
  pdf)
    (($# == 2)) || usage
    [[ -f "$1" ]] || { echo "chromium.sh: $1: no such file" >&2; exit 2; }
    rm -f "$2"
    run_chromium "$2.log" --print-to-pdf="$2" --no-pdf-header-footer "$(file_url "$1")" || exit 1
    [[ -s "$2" ]] || { echo "chromium.sh: chromium wrote no $2 (see $2.log)" >&2; exit 1; }
    ;;
  screenshot)
    (($# == 2 || $# == 3)) || usage
    [[ -f "$1" ]] || { echo "chromium.sh: $1: no such file" >&2; exit 2; }
    size="${3:-1000x1400}"
    [[ $size =~ ^([0-9]+)x([0-9]+)$ ]] || usage
    rm -f "$2"
    run_chromium "$2.log" --screenshot="$2" --hide-scrollbars \
      --window-size="${BASH_REMATCH[1]},${BASH_REMATCH[2]}" "$(file_url "$1")" || exit 1
    [[ -s "$2" ]] || { echo "chromium.sh: chromium wrote no $2 (see $2.log)" >&2; exit 1; }
    ;;
  *) usage ;;
esac
