#!/usr/bin/python3
"""Page-layout checks of a printed handout (ours from cairo, or Chromium's print of our HTML).

Usage:
  check_pages.py [--json PLAN.json] [--markdown HANDOUT.md] [--checks LIST]
                 [--min-fill F] [--edge PT] [--min-text-pt PT] [--expect-text S]...
                 FILE.pdf...
  check_pages.py --audience [--markdown HANDOUT.md] FILE...      (FILE: .pdf, .html, or text)

Page checks, on every page of every FILE.pdf (names for --checks, comma-separated):
  fill     every page but the last is at least F full (default 0.5): the bottom of its
           lowest text line, measured from the top of the text area, over the usable
           height. The text area's top is the highest body text in the file; its bottom
           is the page height less that top margin (margins taken as equal), or the
           lowest body text in the file if that is lower. Running headers/footers
           ("page N of M", or a line repeated at the same height on most pages) are not
           body text.
  heading  no section heading is the last thing on a page (nor split over a page
           break). Headings are the Markdown handout's `#` lines (--markdown), matched
           against runs of consecutive PDF lines, ignoring white space and hyphens. The
           last page is exempt. Needs --markdown; without it the check is not run (said
           in the summary). Fails when no heading at all is found in the PDF (vacuous).
  box      no text outside the page box: every word's box lies inside the MediaBox,
           at least PT points (default 4) from each edge. The file is first copied with
           every page box enlarged (qpdf --qdf, fix-qdf) because poppler drops glyphs
           that lie wholly outside the page: text pushed off the page is still seen.
  fonts    pdffonts: at least one font, and every font embedded (emb=yes; Type 3
           fonts are drawn by the file itself and count as embedded).
  weeks    no week split: with --json (plan -f json), each week's session dates appear
           on a page that has its "Week N" heading line, below that heading (and above
           the next "Week" heading on that page). Not run without --json.
  dates    with --json: no session date is broken over two lines ("2026-12-" above "07"
           in a narrow table column).
  size     the body text is not shrunk: the median word height over the file is at
           least PT points (--min-text-pt, default 9; DejaVu Sans 9 pt is about 10.5 pt
           tall), which catches Chromium scaling a too-wide page down to fit.
  text     each --expect-text S occurs in the PDF's text (compared without white space
           and hyphens, so wrapping does not matter): Chromium does not put glyphs that
           overflow the paper into the PDF at all, so a cut-off name shows here, not in box.

Audience check (--audience): FILE is a patient-audience handout. Fails on a rule id
(\\b[A-Z]{2,}(-[A-Z0-9]+)+\\b, e.g. CHK-AFTER), a backtick, a file name
(\\w+\\.(md|json|jsonl|pdf|html|ics|csv)\\b), or "backstride" followed by a command
name (plan|log|next|run|init|check|batch), except from the heading "If you use
backstride yourself" to the next heading. Text comes from the PDF's words (lines joined,
a line-end hyphen kept: poppler's plain text would drop it), the HTML's rendered text
(outside <head>, <style>, <script>; headings are <h1>..<h6>), or the file itself.
Headings in a PDF or plain text: lines equal to a --markdown `#` heading, else short
lines after a blank line that do not end in punctuation.

Output: one line per problem, `FILE: page P: CHECK: ...` (`FILE: line L: audience: ...`
for text), then a summary line. Exit 0 no problems, 1 problems, 2 usage error or a
missing file or tool (poppler-utils, qpdf: scripts/setup-test-tools).
"""

import argparse
import html.parser
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import unicodedata
import xml.etree.ElementTree as ET

PAGE_CHECKS = ("fill", "heading", "box", "fonts", "weeks", "dates", "size", "text")
PAD = 720.0  # points added on every side of each page box in the enlarged copy
XHTML = "{http://www.w3.org/1999/xhtml}"


class UsageError(Exception):
    pass


def run(cmd, **kw):
    try:
        return subprocess.run(cmd, capture_output=True, check=False, **kw)
    except FileNotFoundError as e:
        raise UsageError(f"{cmd[0]} not found; run scripts/setup-test-tools ({e})")


def squash(text):
    """Comparison key: NFKC, no white space, hyphens, soft hyphens or format characters
    (poppler wraps right-to-left runs in U+202B ... U+202C)."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    return re.sub(r"[\s\-\u00ad\u2010\u2011]+", "", text)


RTL_RUN = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]+")


def squash_forms(text):
    """squash(text), and the same with every right-to-left run reversed: poppler's
    -bbox-layout gives Arabic and Hebrew letters in visual (left-to-right) order."""
    key = squash(text)
    return {key, RTL_RUN.sub(lambda m: m.group(0)[::-1], key)}


# ------------------------------------------------------------------ reading a PDF

class Line:
    __slots__ = ("text", "words", "x0", "y0", "x1", "y1", "running")

    def __init__(self, words):
        self.words = words  # [(text, x0, y0, x1, y1)]
        self.text = " ".join(w[0] for w in words)
        self.x0 = min(w[1] for w in words)
        self.y0 = min(w[2] for w in words)
        self.x1 = max(w[3] for w in words)
        self.y1 = max(w[4] for w in words)
        self.running = False


class Page:
    def __init__(self, number, width, height):
        self.number = number
        self.width = width
        self.height = height
        self.lines = []

    @property
    def body(self):
        return [line for line in self.lines if not line.running]


def enlarged_copy(pdf, tmp):
    """A copy of PDF with every page box grown by PAD on each side (QDF + fix-qdf)."""
    qdf = os.path.join(tmp, "q.pdf")
    out = os.path.join(tmp, "enlarged.pdf")
    r = run(["qpdf", "--qdf", "--object-streams=disable", pdf, qdf])
    if r.returncode not in (0, 3) or not os.path.exists(qdf):
        raise UsageError(f"{pdf}: qpdf --qdf failed: {r.stderr.decode(errors='replace').strip()}")
    data = open(qdf, "rb").read()
    number = rb"(-?[0-9]*\.?[0-9]+)"
    box = re.compile(rb"/(MediaBox|CropBox|TrimBox|BleedBox|ArtBox)\s*\[\s*" + number + rb"\s+"
                     + number + rb"\s+" + number + rb"\s+" + number + rb"\s*\]")

    def grow(m):
        x0, y0, x1, y1 = (float(m.group(i)) for i in range(2, 6))
        x0, x1 = min(x0, x1), max(x0, x1)
        y0, y1 = min(y0, y1), max(y0, y1)
        return b"/%s [ %.4f %.4f %.4f %.4f ]" % (m.group(1), x0 - PAD, y0 - PAD, x1 + PAD, y1 + PAD)

    data, count = box.subn(grow, data)
    if count == 0:
        raise UsageError(f"{pdf}: no /MediaBox found in the QDF copy")
    open(qdf, "wb").write(data)
    with open(out, "wb") as f:
        r = subprocess.run(["fix-qdf", qdf], stdout=f, stderr=subprocess.PIPE, check=False)
    if r.returncode != 0:
        raise UsageError(f"{pdf}: fix-qdf failed: {r.stderr.decode(errors='replace').strip()}")
    return out


def read_pages(pdf, tmp, enlarge=True):
    """Pages with lines of words, in the original page's coordinates (points, y down)."""
    source = enlarged_copy(pdf, tmp) if enlarge else pdf
    pad = PAD if enlarge else 0.0
    r = run(["pdftotext", "-bbox-layout", source, "-"])
    if r.returncode != 0:
        raise UsageError(f"{pdf}: pdftotext -bbox-layout failed: {r.stderr.decode(errors='replace').strip()}")
    try:
        root = ET.fromstring(r.stdout)
    except ET.ParseError as e:
        raise UsageError(f"{pdf}: cannot parse pdftotext -bbox-layout output: {e}")
    pages = []
    for number, page in enumerate(root.iter(XHTML + "page"), 1):
        p = Page(number, float(page.get("width")) - 2 * pad, float(page.get("height")) - 2 * pad)
        for line in page.iter(XHTML + "line"):
            words = [((w.text or ""), float(w.get("xMin")) - pad, float(w.get("yMin")) - pad,
                      float(w.get("xMax")) - pad, float(w.get("yMax")) - pad)
                     for w in line.iter(XHTML + "word")]
            words = [w for w in words if w[0].strip()]
            if words:
                p.lines.append(Line(words))
        p.lines.sort(key=lambda ln: (round(ln.y0, 1), ln.x0))
        pages.append(p)
    mark_running(pages)
    return pages


PAGE_NO = re.compile(r"\b(page|p\.)\s*\d+\s*(of|/)\s*\d+\b|^\s*\d+\s*/\s*\d+\s*$", re.I)


def mark_running(pages):
    """Running headers and footers: a line in the top or bottom 12 % of its page that says
    'page N of M', or that has the same text at the same height on most pages."""
    def edge(p, line):
        return line.y1 < 0.12 * p.height or line.y0 > 0.88 * p.height

    seen = {}
    for p in pages:
        for line in p.lines:
            if edge(p, line):
                if PAGE_NO.search(line.text):
                    line.running = True
                seen.setdefault((line.text, round(line.y0 / 3)), set()).add(p.number)
    if len(pages) >= 2:
        for p in pages:
            for line in p.lines:
                where = seen.get((line.text, round(line.y0 / 3)), ())
                if edge(p, line) and len(where) >= max(2, (len(pages) + 1) // 2):
                    line.running = True


def word_texts(page):
    """(text, line, broken) for every word, plus a word ending in '-' joined to the word
    that starts at the same x just below it (a date wrapped in a narrow column:
    '2026-12-' over '07'); broken is True for such joins."""
    words = [(w, line) for line in page.lines for w in line.words]
    out = [(w[0], line, False) for w, line in words]
    for w, line in words:
        if not w[0].endswith("-"):
            continue
        height = w[4] - w[2]
        for w2, line2 in words:
            if abs(w2[1] - w[1]) < 3 and 0 < w2[2] - w[2] < 2.5 * height:
                out.append((w[0] + w2[0], line, True))
                break
    return out


# ------------------------------------------------------------------ the page checks

def markdown_headings(path):
    headings = []
    with open(path, encoding="utf-8") as f:
        fence = False
        for raw in f:
            if raw.lstrip().startswith(("```", "~~~")):
                fence = not fence
            if fence:
                continue
            m = re.match(r"^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$", raw.rstrip("\n"))
            if m and m.group(1):
                text = re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", m.group(1))
                text = re.sub(r"[*_`]", "", text)
                headings.append(text)
    return headings


def starts_part(page, part_headings):
    """True when the page opens with one of the headings that start a new part of the
    document on a fresh page (the clinician's pages): the page before it ends a part."""
    if not page.body or not part_headings:
        return False
    first = min(page.body, key=lambda line: line.y0)
    return any(first.text.strip().startswith(h) for h in part_headings)


def check_fill(pages, min_fill, problem, part_headings=()):
    body_pages = [p for p in pages if p.body]
    if len(pages) < 2 or not body_pages:
        return
    top = min(line.y0 for p in body_pages for line in p.body)
    lowest_anywhere = max(line.y1 for p in body_pages for line in p.body)
    for index, p in enumerate(pages[:-1]):
        if starts_part(pages[index + 1], part_headings):
            continue  # the last page of a part, like the last page of the document
        bottom = max(p.height - top, lowest_anywhere)
        usable = bottom - top
        if not p.body:
            problem(p.number, "fill", "page has no body text (0% full)")
            continue
        lowest = max(line.y1 for line in p.body)
        fill = (lowest - top) / usable if usable > 0 else 1.0
        if fill < min_fill:
            problem(p.number, "fill",
                    f"only {fill:.0%} full (lowest text line ends at {lowest:.0f} pt; text area "
                    f"{top:.0f}-{bottom:.0f} pt; needs {min_fill:.0%})")


def check_headings(pages, headings, problem):
    """Returns (found, total) headings."""
    keys = {}
    for h in headings:
        for k in squash_forms(h):
            if k:
                keys.setdefault(k, h)
    found = set()
    for p in pages:
        body = p.body
        for i in range(len(body)):
            joined = ""
            for j in range(i, min(i + 8, len(body))):
                joined += squash(body[j].text)
                if joined in keys:
                    found.add(keys[joined])
    for idx, p in enumerate(pages[:-1]):
        body = p.body
        nxt = pages[idx + 1].body
        reported = False
        for k in range(1, min(8, len(body)) + 1):
            tail = "".join(squash(line.text) for line in body[-k:])
            if tail in keys:
                problem(p.number, "heading", f"heading \"{keys[tail]}\" is the last text on the page "
                                             f"(its section starts on page {p.number + 1})")
                reported = True
                break
        if reported:
            continue
        # A heading broken over the page break: tail of this page + head of the next.
        for k in range(1, min(6, len(body)) + 1):
            tail = "".join(squash(line.text) for line in body[-k:])
            for m in range(1, min(6, len(nxt)) + 1):
                whole = tail + "".join(squash(line.text) for line in nxt[:m])
                if whole in keys:
                    problem(p.number, "heading", f"heading \"{keys[whole]}\" is split over pages "
                                                 f"{p.number} and {p.number + 1}")
                    reported = True
                    break
            if reported:
                break
    total = len(set(keys.values()))
    if keys and not found:
        problem(None, "heading", f"none of the {total} Markdown headings was found as PDF "
                                 f"lines (first: \"{headings[0]}\"): the check would be vacuous")
    return len(found), total


def check_box(pages, edge, problem):
    for p in pages:
        bad = []
        for line in p.lines:
            for text, x0, y0, x1, y1 in line.words:
                where = []
                if x0 < edge:
                    where.append(f"left {x0:.1f}")
                if y0 < edge:
                    where.append(f"top {y0:.1f}")
                if x1 > p.width - edge:
                    where.append(f"right {x1:.1f} > {p.width - edge:.1f}")
                if y1 > p.height - edge:
                    where.append(f"bottom {y1:.1f} > {p.height - edge:.1f}")
                if where:
                    off = x1 <= 0 or y1 <= 0 or x0 >= p.width or y0 >= p.height
                    bad.append((text, ", ".join(where), off))
        if bad:
            text, where, off = bad[0]
            shown = text if len(text) <= 40 else text[:37] + "..."
            more = f" (and {len(bad) - 1} more word(s))" if len(bad) > 1 else ""
            kind = "wholly off the page" if off else f"within {edge:g} pt of the edge or past it"
            problem(p.number, "box", f"text \"{shown}\" {kind} ({where}; page "
                                     f"{p.width:.0f} x {p.height:.0f} pt){more}")


def check_fonts(pdf, problem):
    r = run(["pdffonts", pdf])
    if r.returncode != 0:
        problem(None, "fonts", f"pdffonts exit {r.returncode}: {r.stderr.decode(errors='replace').strip()}")
        return
    rows = r.stdout.decode(errors="replace").splitlines()[2:]
    if not rows:
        problem(None, "fonts", "no fonts at all (is there any text?)")
    for row in rows:
        tokens = row.split()
        if len(tokens) < 6:
            continue
        emb = tokens[-5]
        if emb != "yes" and "Type 3" not in row:
            problem(None, "fonts", f"font {tokens[0]} is not embedded ({' '.join(row.split())})")


def check_weeks(pages, plan, problem):
    """Returns the session dates found broken over two lines: [(page, date, id)]."""
    weeks = plan.get("weeks") or []
    texts = {p.number: word_texts(p) for p in pages}
    broken = []
    for week in weeks:
        n = week.get("week")
        dates = [(s.get("date"), s.get("id", "?")) for s in week.get("sessions", []) if s.get("date")]
        if not dates:
            continue
        head_re = re.compile(rf"^Week\s+{n}(?!\d)")
        heads = [(p, line) for p in pages for line in p.body if head_re.match(line.text)]
        if not heads:
            problem(None, "weeks", f"week {n}: no line starting \"Week {n}\" (its heading) in the PDF")
            continue
        for date, sid in dates:
            # a week heading's own dates ("Week 2: 2026-12-07 to 2026-12-13") do not count
            hits = [(p, line, br) for p in pages for text, line, br in texts[p.number]
                    if date in text and not re.match(r"^Week\s+\d", line.text)]
            if not hits:
                problem(None, "weeks", f"week {n}: session {sid} date {date} is not in the PDF "
                                       f"(outside week headings)")
                continue
            split_hits = [p.number for p, _, br in hits if br]
            if split_hits:
                broken.append((split_hits[0], date, sid))
            ok = False
            for p, head in heads:
                nxt = [line.y0 for line in p.body
                       if line.y0 > head.y1 - 0.5 and re.match(r"^Week\s+\d", line.text)]
                limit = min(nxt) if nxt else float("inf")
                if any(hp is p and head.y1 - 0.5 < line.y0 < limit for hp, line, _ in hits):
                    ok = True
                    break
            if not ok:
                head_pages = ", ".join(str(p.number) for p, _ in heads)
                where = ", ".join(sorted({str(p.number) for p, _, _ in hits}, key=int))
                problem(heads[0][0].number, "weeks",
                        f"week {n} is split: its heading is on page {head_pages} but session "
                        f"{sid} ({date}) is on page {where}")
    return broken


def check_dates(broken, problem):
    for page, date, sid in broken:
        problem(page, "dates", f"session {sid} date {date} is broken over two lines")


def check_text(pages, needles, problem):
    text = squash("".join(line.text for p in pages for line in p.lines))
    for needle in needles:
        if not any(form in text for form in squash_forms(needle)):
            problem(None, "text", f"text \"{needle}\" is not in the PDF (compared without white "
                                  f"space and hyphens): cut off or lost?")


def check_size(pages, min_pt, problem):
    heights = [w[4] - w[2] for p in pages for line in p.body for w in line.words]
    if not heights:
        return
    median = statistics.median(heights)
    if median < min_pt:
        problem(None, "size", f"body text is shrunk: median word height {median:.1f} pt < {min_pt:g} pt "
                              f"(a page wider than the paper, scaled down to fit?)")


def page_checks(args):
    problems = 0
    pages_seen = 0
    plan = None
    if args.json:
        import json
        try:
            with open(args.json, encoding="utf-8") as f:
                plan = json.load(f)
        except (OSError, ValueError) as e:
            raise UsageError(f"{args.json}: cannot read the plan JSON: {e}")
    headings = markdown_headings(args.markdown) if args.markdown else None
    wanted = set(args.checks)
    notes = []
    if "heading" in wanted and headings is None:
        notes.append("heading not run (no --markdown)")
    if "weeks" in wanted and plan is None:
        notes.append("weeks and dates not run (no --json)")
    for pdf in args.files:
        file_problems = []

        def problem(page, check, text, pdf=pdf):
            where = f"page {page}: " if page else ""
            file_problems.append(f"{pdf}: {where}{check}: {text}")

        with tempfile.TemporaryDirectory() as tmp:
            pages = read_pages(pdf, tmp)
        pages_seen += len(pages)
        if not pages:
            problem(None, "pages", "no pages")
        if "fill" in wanted:
            check_fill(pages, args.min_fill, problem, args.part_heading)
        if "heading" in wanted and headings is not None:
            found, total = check_headings(pages, headings, problem)
            notes.append(f"{os.path.basename(pdf)}: {found}/{total} headings found")
        if "box" in wanted:
            check_box(pages, args.edge, problem)
        if "fonts" in wanted:
            check_fonts(pdf, problem)
        if plan is not None and ("weeks" in wanted or "dates" in wanted):
            broken = check_weeks(pages, plan, problem if "weeks" in wanted else lambda *a: None)
            if "dates" in wanted:
                check_dates(broken, problem)
        if "text" in wanted:
            check_text(pages, args.expect_text, problem)
        if "size" in wanted:
            check_size(pages, args.min_text_pt, problem)
        for line in file_problems:
            print(line)
        problems += len(file_problems)
    extra = f" ({'; '.join(notes)})" if notes else ""
    print(f"check_pages: {len(args.files)} file(s), {pages_seen} page(s), {problems} problem(s); "
          f"checks {','.join(c for c in PAGE_CHECKS if c in wanted)}{extra}")
    return 1 if problems else 0


# ------------------------------------------------------------------ the audience check

RULE_ID = re.compile(r"\b[A-Z]{2,}(?:-[A-Z0-9]+)+\b")
FILE_NAME = re.compile(r"\w+\.(?:md|json|jsonl|pdf|html|ics|csv)\b")
COMMAND = re.compile(r"\bbackstride\s+(?:plan|log|next|run|init|check|batch)\b", re.I)
EXEMPT = re.compile(r"^\s*If you use backstride yourself", re.I)


class TextPicker(html.parser.HTMLParser):
    """Rendered text of an HTML page as (line number, text, is_heading) blocks."""
    BLOCK = {"p", "div", "li", "tr", "td", "th", "br", "h1", "h2", "h3", "h4", "h5", "h6",
             "section", "header", "footer", "main", "article", "aside", "ul", "ol", "table",
             "caption", "dt", "dd", "figcaption", "blockquote", "pre", "label"}
    HIDDEN = {"head", "style", "script", "template", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks = []
        self.hidden = 0
        self.heading = 0
        self.buf = []
        self.line = 1

    def flush(self):
        text = re.sub(r"\s+", " ", "".join(self.buf)).strip()
        if text:
            self.blocks.append((self.line, text, self.heading > 0))
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag in self.HIDDEN:
            self.hidden += 1
            return
        if tag in self.BLOCK:
            self.flush()
            self.line = self.getpos()[0]
        if re.fullmatch(r"h[1-6]", tag):
            self.heading += 1

    def handle_endtag(self, tag):
        if tag in self.HIDDEN:
            self.hidden = max(0, self.hidden - 1)
            return
        if tag in self.BLOCK:
            self.flush()
            self.line = self.getpos()[0]
        if re.fullmatch(r"h[1-6]", tag):
            self.heading = max(0, self.heading - 1)

    def handle_data(self, data):
        if not self.hidden:
            if not self.buf:
                self.line = self.getpos()[0]
            self.buf.append(data)


def audience_blocks(path, headings):
    """[(where, text, is_heading)] for a PDF, an HTML page or a text file."""
    keys = set().union(*(squash_forms(h) for h in headings or []))
    if path.lower().endswith(".pdf"):
        blocks = []
        with tempfile.TemporaryDirectory() as tmp:
            pages = read_pages(path, tmp, enlarge=False)
        for p in pages:
            prev_y1 = None
            for line in p.body:
                gap = prev_y1 is None or line.y0 - prev_y1 > 0.6 * (line.y1 - line.y0)
                prev_y1 = line.y1
                blocks.append((f"page {p.number}", line.text, is_heading(line.text, keys, gap)))
        return blocks
    with open(path, encoding="utf-8", errors="replace") as f:
        text = f.read()
    if path.lower().endswith((".html", ".htm")):
        picker = TextPicker()
        picker.feed(text)
        picker.close()
        picker.flush()
        return [(f"line {n}", t, h) for n, t, h in picker.blocks]
    blocks = []
    lines = text.replace("\f", "\n\n").split("\n")
    for i, line in enumerate(lines):
        gap = i == 0 or not lines[i - 1].strip()
        if line.strip():
            blocks.append((f"line {i + 1}", line, is_heading(line, keys, gap)))
    return blocks


def is_heading(text, keys, after_gap):
    if keys:
        return bool(squash_forms(text) & keys) or bool(EXEMPT.match(text))
    t = text.strip()
    return (after_gap and len(t) <= 70 and not re.search(r"[.,;:!?]$", t)
            and bool(re.match(r"[A-Z0-9]", t)) and not t.startswith(("•", "-", "*", "☐", "[")))


def audience_check(args):
    headings = markdown_headings(args.markdown) if args.markdown else None
    problems = 0
    for path in args.files:
        blocks = audience_blocks(path, headings)
        exempt = False
        # One stream of the non-exempt text, so a rule id or "backstride plan" broken over
        # a line end is still seen; a line ending in a hyphen joins the next line's start
        # (CHK-|AFTER). starts[] maps stream offsets back to each block's position.
        stream, starts = "", []
        for where, text, heading in blocks:
            if heading:
                exempt = bool(EXEMPT.match(text))
            if exempt:
                if stream and not stream.endswith("\n"):
                    stream += "\n"
                continue
            if stream and not stream.endswith(("-", "\n")):
                stream += "\n"
            starts.append((len(stream), where))
            stream += text.strip()
        joined = stream

        def where_of(offset):
            result = starts[0][1] if starts else "line 1"
            for pos, w in starts:
                if pos > offset:
                    break
                result = w
            return result

        found = []
        for pattern, what in ((RULE_ID, "rule id"), (re.compile("`"), "backtick"),
                              (FILE_NAME, "file name"), (COMMAND, "command")):
            for m in pattern.finditer(joined):
                ctx = joined[max(0, m.start() - 30):m.end() + 30].replace("\n", " ")
                found.append((where_of(m.start()), what, m.group(0), ctx))
        for where, what, hit, ctx in found:
            print(f"{path}: {where}: audience: {what} \"{hit}\" in patient text: ...{ctx.strip()}...")
        problems += len(found)
    print(f"check_pages --audience: {len(args.files)} file(s), {problems} problem(s)")
    return 1 if problems else 0


def main(argv):
    ap = argparse.ArgumentParser(add_help=True, description=__doc__.split("\n")[0])
    ap.add_argument("files", nargs="*", metavar="FILE")
    ap.add_argument("--json", metavar="PLAN.json")
    ap.add_argument("--markdown", metavar="HANDOUT.md")
    ap.add_argument("--checks", default=",".join(PAGE_CHECKS))
    ap.add_argument("--min-fill", type=float, default=0.5)
    ap.add_argument("--part-heading", action="append", default=[], metavar="HEADING",
                    help="a heading that starts a new part on a fresh page (fill: the page "
                         "before it may be short, as the last page may)")
    ap.add_argument("--edge", type=float, default=4.0)
    ap.add_argument("--min-text-pt", type=float, default=9.0)
    ap.add_argument("--expect-text", action="append", default=[], metavar="S")
    ap.add_argument("--audience", action="store_true")

    try:
        args = ap.parse_args(argv)
    except SystemExit as e:
        return 0 if e.code == 0 else 2
    if not args.files:
        print("check_pages: no FILE given (see --help)", file=sys.stderr)
        return 2
    args.checks = [c.strip() for c in args.checks.split(",") if c.strip()]
    unknown = [c for c in args.checks if c not in PAGE_CHECKS]
    if unknown:
        print(f"check_pages: unknown check(s) {', '.join(unknown)} (known: {', '.join(PAGE_CHECKS)})",
              file=sys.stderr)
        return 2
    for path in args.files + [p for p in (args.json, args.markdown) if p]:
        if not os.path.isfile(path):
            print(f"check_pages: {path}: no such file", file=sys.stderr)
            return 2
    tools = ["pdftotext"] + ([] if args.audience else ["pdffonts", "qpdf", "fix-qdf"])
    missing = [t for t in tools if shutil.which(t) is None]
    if missing and (not args.audience or any(f.lower().endswith(".pdf") for f in args.files)):
        print(f"check_pages: missing {', '.join(missing)}; run scripts/setup-test-tools "
              f"(poppler-utils, qpdf)", file=sys.stderr)
        return 2
    try:
        return audience_check(args) if args.audience else page_checks(args)
    except UsageError as e:
        print(f"check_pages: {e}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
