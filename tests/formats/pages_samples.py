#!/usr/bin/python3
"""Writes the samples that tests/formats/pages_self_test.sh feeds to check_pages.py.

Usage: pages_samples.py OUTDIR

Writes into OUTDIR:
  sample.md, sample.json        the headings and week dates every page sample shares
  NAME.script                   drawing scripts for mkpages (a tiny pango/cairo program
                                compiled by the self-test): "page W H", "text X Y PT TEXT"
  chromium_good.html, chromium_bad.html   small handouts for headless Chromium to print
  chromium_bad.expect           the patient line of chromium_bad.html (a 280-letter word)
  audience_*.txt, audience_*.html         texts for the audience check
  helvetica.pdf                 one page in base-14 Helvetica, not embedded (fonts)
  offpage.pdf                   the same with a second line wholly below the page (box)
"""

import os
import sys

A4 = (595, 842)
TOP, BOTTOM, STEP, SIZE = 50, 780, 16, 10

HEADINGS = ["Walk/jog plan for Test Person", "Summary", "Week 1: 2026-11-30 to 2026-12-06",
            "Week 2: 2026-12-07 to 2026-12-13", "Notes and sources for this plan"]
WEEKS = [(1, [("S01-1", "Wed", "2026-12-02"), ("S01-2", "Sat", "2026-12-05")]),
         (2, [("S01-3", "Mon", "2026-12-07"), ("S02-1", "Wed", "2026-12-09"),
              ("S02-2", "Sat", "2026-12-12")])]
FILLER = "Keep a rest day between sessions and log your pain after each one."


def session(sid, day, date):
    return f"{day} {date} 07:30 {sid} 25:00 warm-up 5:00, 6 x (jog 1:00, walk 1:30)"


class Doc:
    """Pages of (x, y, size, text) drawn top-down with a running footer."""

    def __init__(self, size=A4, step=STEP, font=SIZE):
        self.size, self.step, self.font = size, step, font
        self.pages = [[]]
        self.y = TOP

    def line(self, text, size=None, x=50, gap=0):
        self.y += gap
        self.pages[-1].append((x, self.y, size or self.font, text))
        self.y += self.step if size is None else size * 1.6

    def heading(self, text):
        self.line(text, size=self.font * 1.4, gap=6)

    def fill_to(self, y):
        while self.y < y:
            self.line(FILLER)

    def new_page(self):
        self.pages.append([])
        self.y = TOP

    def script(self):
        out = []
        for number, items in enumerate(self.pages, 1):
            out.append(f"page {self.size[0]} {self.size[1]}")
            for x, y, size, text in items:
                out.append(f"text {x:g} {y:g} {size:g} {text}")
            out.append(f"text 250 {self.size[1] - 30} 8 Test Person - page {number} of {len(self.pages)}")
        return "\n".join(out) + "\n"


def front(d, fill_to=BOTTOM):
    d.line(HEADINGS[0], size=d.font * 2)
    d.heading(HEADINGS[1])
    d.fill_to(fill_to)


def weeks(d, split_week2=False, break_date=False, bottom=BOTTOM):
    d.new_page()
    for n, sessions in WEEKS:
        d.heading(HEADINGS[1 + n])
        for i, (sid, day, date) in enumerate(sessions):
            if split_week2 and n == 2 and i == 2:
                d.fill_to(bottom)
                d.new_page()
            if break_date and sid == "S02-1":
                # the date wraps in a narrow column: "2026-12-" over "09", same x
                d.line(f"{day}", gap=0)
                d.y -= d.step
                d.pages[-1].append((80, d.y, d.font, date[:8]))
                d.pages[-1].append((140, d.y, d.font, f"07:30 {sid} 25:00"))
                d.y += d.step
                d.pages[-1].append((80, d.y, d.font, date[8:]))
                d.y += d.step
            else:
                d.line(session(sid, day, date))
    d.fill_to(bottom)


def notes(d, stranded=False, split_heading=False):
    if stranded:
        d.heading(HEADINGS[4])
        d.new_page()
    elif split_heading:
        d.line("Notes and sources", size=d.font * 1.4, gap=6)
        d.new_page()
        d.line("for this plan", size=d.font * 1.4)
    else:
        d.new_page()
        d.heading(HEADINGS[4])
    for _ in range(3):
        d.line(FILLER)


def build(**kw):
    d = Doc(font=kw.pop("font", SIZE), step=kw.pop("step", STEP))
    front(d, kw.pop("front_to", BOTTOM))
    stranded, split_heading = kw.pop("stranded", False), kw.pop("split_heading", False)
    bottom = BOTTOM - 40 if stranded or split_heading else BOTTOM
    weeks(d, kw.pop("split_week2", False), kw.pop("break_date", False), bottom)
    notes(d, stranded, split_heading)
    extra = kw.pop("extra", [])
    d.pages[kw.pop("extra_page", 0)].extend(extra)
    assert not kw, kw
    return d.script()


SCRIPTS = {
    "good": build(),
    # page 1 about a third full
    "bad_fill": build(front_to=TOP + 0.3 * (A4[1] - 2 * TOP)),
    # "Notes and sources for this plan" is the last line of page 3
    "bad_heading": build(stranded=True),
    # the same heading broken over the page break
    "bad_heading_split": build(split_heading=True),
    # a word running past the right edge
    "bad_box_edge": build(extra=[(540, 300, SIZE, "overflowing-word-past-the-edge")]),
    # a line half past the bottom edge (cairo itself drops what lies wholly outside)
    "bad_box_bottom": build(extra=[(50, 836, SIZE, "Line cut by the bottom edge")]),
    # week 2's third session on the next page
    "bad_weeks": build(split_week2=True),
    # one date broken over two lines
    "bad_dates": build(break_date=True),
    # everything at 6 pt (a page scaled down to fit)
    "bad_size": build(font=6, step=10),
}

SAMPLE_MD = "".join(f"{'#' if i == 0 else '##'} {h}\n\ntext\n\n" for i, h in enumerate(HEADINGS))
SAMPLE_JSON = ('{"format": "backstride.plan/1", "weeks": ['
               + ", ".join('{"week": %d, "sessions": [%s]}' % (
                   n, ", ".join('{"id": "%s", "date": "%s"}' % (sid, date) for sid, _, date in s))
                   for n, s in WEEKS) + "]}\n")

CSS = """@page { size: A4; margin: 15mm; }
body { font-family: "DejaVu Sans", sans-serif; font-size: 10pt; line-height: 1.4; margin: 0; }
h2 { font-size: 13pt; margin: 1em 0 0.4em; }
table { border-collapse: collapse; }
td { border: 1px solid #999; padding: 2pt 4pt; }
"""


def html(body):
    return (f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f"<title>Walk/jog plan for Test Person</title>\n<style>\n{CSS}</style>\n</head>\n"
            f"<body>\n{body}</body>\n</html>\n")


def paras(n):
    return "".join(f"<p>{FILLER} {FILLER}</p>\n" for _ in range(n))


def table(sessions, style=""):
    rows = "".join(f"<tr><td>{day}</td><td{style}>{date}</td><td>07:30</td><td>{sid}</td></tr>\n"
                   for sid, day, date in sessions)
    return f"<table>\n{rows}</table>\n"


CHROMIUM_GOOD = html(
    f"<h1>{HEADINGS[0]}</h1>\n<h2>{HEADINGS[1]}</h2>\n{paras(13)}"
    f'<section style="break-before: page">\n<h2>{HEADINGS[2]}</h2>\n{table(WEEKS[0][1])}'
    f"<h2>{HEADINGS[3]}</h2>\n{table(WEEKS[1][1])}{paras(8)}</section>\n"
    f'<section style="break-before: page">\n<h2>{HEADINGS[4]}</h2>\n{paras(2)}</section>\n')

LONG = "Wolfeschlegelsteinhausenbergerdorff" * 8
NARROW = ' style="width: 2.5em"'
CHROMIUM_BAD = html(
    # page 1: a third full; a 280-character word makes Chromium scale the whole page down
    f"<h1>{HEADINGS[0]}</h1>\n<p>Patient: Test {LONG}</p>\n<h2>{HEADINGS[1]}</h2>\n{paras(2)}"
    # page 2: full, ending with the Week 1 heading; its sessions on page 3
    f'<section style="break-before: page">\n{paras(26)}<h2>{HEADINGS[2]}</h2>\n</section>\n'
    f'<section style="break-before: page">\n{table(WEEKS[0][1])}'
    # week 2 split: two sessions on page 3, one on page 4; a date in a narrow cell wraps
    f"<h2>{HEADINGS[3]}</h2>\n{table(WEEKS[1][1][:2], NARROW)}</section>\n"
    f'<section style="break-before: page">\n{table(WEEKS[1][1][2:])}'
    f"<h2>{HEADINGS[4]}</h2>\n{paras(2)}</section>\n")

# Audience samples: each "HIT" line must be reported; the box is exempt.
AUDIENCE_TEXT = """Walk/jog plan for Test Person

How this plan works
Rate your pain after each session (CHK-AFTER) and write it down.
Keep the sheet called plan.pdf on the fridge.
Type `next` to see what comes next.
Then run backstride log to record it.

If you use backstride yourself
Run backstride plan me.json -o plan.pdf, then `backstride next me.json` (CHK-AFTER).

Warning signs
Stop and get help now (SAFETY-SIGNS).
"""
AUDIENCE_CLEAN = """Walk/jog plan for Test Person

How this plan works
Rate your pain after each session and write it down. Keep this sheet on the fridge.
Ask your physiotherapist (GP or physio) at any time; a 5K in 12 weeks is the goal.

If you use backstride yourself
Run backstride plan me.json -o plan.pdf and `backstride next me.json` (CHK-AFTER).
"""
AUDIENCE_HTML = html(
    "<h1>Walk/jog plan for Test Person</h1>\n"
    "<h2>How this plan works</h2>\n<p>Rate your pain (PAIN-RED) after each session.</p>\n"
    "<aside>\n<h2>If you use backstride yourself</h2>\n"
    "<p>Run <code>backstride plan me.json</code> (CHK-AFTER).</p>\n</aside>\n"
    "<h2>Warning signs</h2>\n<p>See the file notes.md or run backstride next.</p>\n")


def helvetica_pdf(content=b"BT /F1 12 Tf 72 720 Td (Walk/jog plan for Test Person) Tj ET"):
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    ]
    data = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(data))
        data += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(data)
    data += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        data += b"%010d 00000 n \n" % offset
    data += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(data)


def main():
    if len(sys.argv) != 2 or not os.path.isdir(sys.argv[1]):
        print("usage: pages_samples.py OUTDIR", file=sys.stderr)
        return 2
    out = sys.argv[1]
    files = {"sample.md": SAMPLE_MD, "sample.json": SAMPLE_JSON,
             "chromium_good.html": CHROMIUM_GOOD, "chromium_bad.html": CHROMIUM_BAD,
             "audience_hits.txt": AUDIENCE_TEXT, "audience_clean.txt": AUDIENCE_CLEAN,
             "audience_hits.html": AUDIENCE_HTML,
             # the whole patient line of chromium_bad.html, for --expect-text
             "chromium_bad.expect": f"Patient: Test {LONG}",
             # a PDF whose rule id breaks at its hyphen over a line end: CHK- / AFTER
             "audience_hyphen.script": "page 595 842\n"
                                       "text 50 50 14 How this plan works\n"
                                       "text 50 80 10 Log your pain after each session (CHK-\n"
                                       "text 50 96 10 AFTER) and rest a day in between.\n"}
    files.update({f"{name}.script": text for name, text in SCRIPTS.items()})
    for name, text in files.items():
        with open(os.path.join(out, name), "w", encoding="utf-8") as f:
            f.write(text)
    with open(os.path.join(out, "helvetica.pdf"), "wb") as f:
        f.write(helvetica_pdf())
    # text wholly below the page (y < 0): poppler's pdftotext alone never reports it
    with open(os.path.join(out, "offpage.pdf"), "wb") as f:
        f.write(helvetica_pdf(b"BT /F1 12 Tf 72 720 Td (Walk/jog plan for Test Person) Tj ET\n"
                              b"BT /F1 12 Tf 72 -40 Td (Hidden line below the page) Tj ET"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
