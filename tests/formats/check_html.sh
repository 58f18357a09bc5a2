#!/usr/bin/env bash
# Checks HTML handouts: valid HTML and self-contained.
#
# Usage: tests/formats/check_html.sh [--no-chart] [--] FILE...
#
# 1. The W3C Nu HTML checker (vnu.jar from npm `vnu-jar`, pinned in package-lock.json),
#    run once over all FILEs (a JVM start costs ~2-3 s; each further file costs little).
#    Flags: --html (every FILE is parsed as HTML, whatever its extension: vnu would read
#    *.xhtml as XML), --Werror (warnings fail too: e.g. a missing lang attribute, a section without
#    a heading; a handout is generated, so every warning is ours to fix), and
#    --skip-info-messages (pure "info" notes such as "trailing slash on void elements" do
#    not fail). Language detection is left on: the handout says lang="en", and vnu warns
#    when the text reads otherwise.
# 2. Self-contained, checked with a real HTML tokenizer (Python's html.parser), so user
#    text such as "&lt;script&gt; @import url(http://x)" in the body does not count:
#    - no <script> (also: no raw "<script" anywhere in the bytes), no on* event-handler
#      attributes, no javascript: URLs;
#    - no <link>, <iframe>, <frame>, <object>, <embed>, <base>, <applet>, <source>,
#      <track>, <audio>, <video>, no <meta http-equiv="refresh">;
#    - src/srcset/poster/data/background/action/formaction only as data: URLs;
#    - href/xlink:href never to http:, https:, ftp:, or // (links to sources count too:
#      cite a source as text);
#    - CSS (<style> elements, style="..." and any attribute value): no @import, and
#      url(...) only with data: or a same-document #fragment (SVG gradients, markers);
#    - at least one inline <svg> (the progression chart), unless --no-chart (a withheld
#      plan's handout may have no chart).
#
# Prints one line per problem (`FILE:LINE:COL: ...`) and exits 1 when there is any;
# exit 0 when every file passes; exit 2 on a usage error (no file, missing file) or when
# the tools are missing (java, node_modules: run scripts/setup-test-tools).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PY=/usr/bin/python3
VNU_JAR="$here/node_modules/vnu-jar/build/dist/vnu.jar"

require_chart=1
while (($#)); do
  case "$1" in
    --no-chart)
      require_chart=0
      shift
      ;;
    --)
      shift
      break
      ;;
    -*)
      echo "check_html: unknown option $1" >&2
      exit 2
      ;;
    *) break ;;
  esac
done
if (($# == 0)); then
  echo "usage: $0 [--no-chart] [--] FILE..." >&2
  exit 2
fi
for f in "$@"; do
  if [[ ! -f "$f" || ! -r "$f" ]]; then
    echo "check_html: $f: no such readable file" >&2
    exit 2
  fi
done
if ! command -v java >/dev/null 2>&1 || [[ ! -f "$VNU_JAR" ]] || ! command -v node >/dev/null 2>&1; then
  echo "check_html: needs java and $VNU_JAR (run scripts/setup-test-tools)" >&2
  exit 2
fi

problems=0
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# ---- 1. Nu HTML checker, once over all files. Its JSON report is mapped back to the
# paths as given (vnu reports file: URLs). --exit-zero-always: the report decides.
vnu_rc=0
java -jar "$VNU_JAR" --html --Werror --skip-info-messages --exit-zero-always --format json --stdout \
  -- "$@" >"$tmp/vnu.json" 2>"$tmp/vnu.err" || vnu_rc=$?
if ((vnu_rc != 0)) || [[ ! -s "$tmp/vnu.json" ]]; then
  echo "check_html: vnu failed (exit $vnu_rc; needs Java 17+):" >&2
  head -5 "$tmp/vnu.err" >&2
  exit 2
fi
if ! node --input-type=module - "$tmp/vnu.json" "$@" >"$tmp/vnu.txt" <<'EOF'; then
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
const [report, ...files] = process.argv.slice(2);
// vnu names files by file: URL (percent-encoding some characters, not others): compare
// decoded absolute paths.
const byPath = new Map(files.map((f) => [resolve(f), f]));
const shown = (url) => {
  if (!url) return '(vnu)';
  let path = url.replace(/^file:\/*/, '/');
  try { path = decodeURIComponent(path); } catch { /* keep it encoded */ }
  return byPath.get(path) ?? url;
};
const { messages } = JSON.parse(readFileSync(report, 'utf8'));
for (const m of messages) {
  // type: error | info (subType warning = a warning; plain info is skipped by vnu here)
  // | non-document-error (I/O, could not read the file).
  const kind = m.type === 'info' ? (m.subType === 'warning' ? 'warning' : 'info') : m.type;
  const line = m.firstLine ?? m.lastLine ?? 0;
  const col = m.firstColumn ?? m.lastColumn ?? 0;
  console.log(`${shown(m.url)}:${line}:${col}: vnu ${kind}: ${m.message.replace(/\s+/g, ' ')}`);
}
EOF
  echo "check_html: could not read vnu's report" >&2
  exit 2
fi
if [[ -s "$tmp/vnu.txt" ]]; then
  cat "$tmp/vnu.txt"
  problems=1
fi

# ---- 2. Self-contained: no scripts, no external resources, an inline SVG.
if ! "$PY" - "$require_chart" "$@" <<'EOF'; then
import re
import sys
from html.parser import HTMLParser

# <script> is found by the raw scan below (any "<script" in the bytes).
BANNED_TAGS = {
    "link": "a <link> element (external resource; inline the CSS in <style>)",
    "iframe": "an <iframe>", "frame": "a <frame>", "object": "an <object>",
    "embed": "an <embed>", "base": "a <base>", "applet": "an <applet>",
    "source": "a <source> (external media)", "track": "a <track> (external media)",
    "audio": "an <audio> element", "video": "a <video> element",
}
RESOURCE_ATTRS = {"src", "srcset", "poster", "data", "background", "action", "formaction", "ping"}
LINK_ATTRS = {"href", "xlink:href"}
EXTERNAL = re.compile(r"^\s*(https?:|ftp:|//)", re.I)
JS_URL = re.compile(r"^\s*javascript:", re.I)
CSS_URL = re.compile(r"""url\(\s*(['"]?)\s*([^'")\s]*)""", re.I)


class Checker(HTMLParser):
    def __init__(self, path):
        super().__init__(convert_charrefs=True)
        self.path = path
        self.problems = []
        self.svg = False
        self.in_style = 0

    def problem(self, what):
        line, col = self.getpos()
        self.problems.append(f"{self.path}:{line}:{col + 1}: not self-contained: {what}")

    def check_css(self, css, where):
        if re.search(r"@import", css, re.I):
            self.problem(f"@import in {where}")
        for m in CSS_URL.finditer(css):
            target = m.group(2)
            if not (target.lower().startswith("data:") or target.startswith("#")):
                self.problem(f"url({m.group(1)}{target}...) in {where} (only data: or #fragment)")

    def handle_starttag(self, tag, attrs):
        if tag == "svg":
            self.svg = True
        if tag == "style":
            self.in_style += 1
        if tag in BANNED_TAGS:
            self.problem(BANNED_TAGS[tag])
        if tag == "meta" and any(k == "http-equiv" and (v or "").lower() == "refresh" for k, v in attrs):
            self.problem('<meta http-equiv="refresh">')
        for name, value in attrs:
            value = value or ""
            if re.fullmatch(r"on[a-z]+", name) and name != "offset":
                self.problem(f'event-handler attribute {name}="..." on <{tag}> (no scripts allowed)')
            if JS_URL.match(value):
                self.problem(f'javascript: URL in {name}="..." on <{tag}>')
            if name in RESOURCE_ATTRS and value.strip() and not value.strip().lower().startswith("data:"):
                self.problem(f'{name}="{value[:60]}" on <{tag}> (only data: URLs)')
            if name in LINK_ATTRS and EXTERNAL.match(value):
                self.problem(f'{name}="{value[:60]}" on <{tag}> (external link)')
            if "url(" in value.lower() or name == "style":
                self.check_css(value, f'{name}="..." on <{tag}>')

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag == "style":
            self.in_style -= 1

    def handle_endtag(self, tag):
        if tag == "style" and self.in_style:
            self.in_style -= 1

    def handle_data(self, data):
        if self.in_style:
            self.check_css(data, "<style>")


failed = False
require_chart = sys.argv[1] == "1"
for path in sys.argv[2:]:
    with open(path, "rb") as f:
        raw = f.read()
    text = raw.decode("utf-8", errors="replace")
    checker = Checker(path)
    # A raw "<script" can never be legitimate: escaped user text reads "&lt;script".
    for m in re.finditer(r"<script", text, re.I):
        line = text.count("\n", 0, m.start()) + 1
        col = m.start() - (text.rfind("\n", 0, m.start()) + 1) + 1
        checker.problems.append(f"{path}:{line}:{col}: not self-contained: raw \"<script\" in the file")
    checker.feed(text)
    checker.close()
    if require_chart and not checker.svg:
        checker.problems.append(f"{path}:1:1: no inline <svg> (the handout's chart)")
    # The tokenizer and the raw scan may both see the same <script>: report each once.
    for p in dict.fromkeys(checker.problems):
        print(p)
        failed = True
sys.exit(1 if failed else 0)
EOF
  problems=1
fi

exit "$problems"
