#!/usr/bin/python3
"""Checks that text written for a screen of WIDTH columns fits it without splitting words.

usage: fits_width.py WIDTH NARROW WIDE

NARROW is the output for WIDTH columns, WIDE the same command's output for a very wide
screen. Fails (exit 1, saying where) when a line of NARROW is wider than WIDTH display
columns, or when NARROW does not hold exactly the words of WIDE: a word split by the
wrap shows as two pieces that are not words of WIDE. Table borders and chart bars, whose
length follows the width, are left out, and so is a "\\" ending a line (a shell command
continued); so is the order of words (a table's cells wrap
column by column). A word may be cut only where it cannot fit: it is wider than a line
(WIDTH - 1 columns: backstride leaves the last column free), and each of its pieces but
the last ends a line that reaches the edge.
"""
import collections
import re
import sys
import unicodedata

ANSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]")
DRAWN = re.compile(r"^[\u2500-\u257f\u2580-\u259f#]+$")  # box-drawing and block characters


def display_width(text):
    width = 0
    for char in ANSI.sub("", text):
        if unicodedata.combining(char):
            continue
        width += 2 if unicodedata.east_asian_width(char) in "WF" else 1
    return width


def words(text, width):
    """Each word with whether it ends a line that reaches the edge (width - 2 or more)."""
    found = []
    for line in ANSI.sub("", text).split("\n"):
        tokens = [t for t in line.split() if not DRAWN.match(t)]
        if tokens and tokens[-1] == "\\":
            tokens.pop()  # a shell command continued on the next line (log's next-morning line)
        full = display_width(line) >= width - 2
        found += [(token, full and k == len(tokens) - 1) for k, token in enumerate(tokens)]
    return found


def main():
    width = int(sys.argv[1])
    narrow = open(sys.argv[2], encoding="utf-8").read()
    wide = open(sys.argv[3], encoding="utf-8").read()
    problems = []
    for number, line in enumerate(narrow.split("\n"), 1):
        if display_width(line) > width:
            problems.append(f"line {number} is {display_width(line)} columns wide: {line!r}")
    wide_words = collections.Counter(w for w, _ in words(wide, 10**6))
    long_words = [w for w in wide_words if display_width(w) > width - 1]
    pieces = words(narrow, width)
    joined = []
    i = 0
    while i < len(pieces):
        word, at_edge = pieces[i]
        i += 1
        # Pieces of a word too long for a line: rejoined while they spell one.
        while at_edge and i < len(pieces) and word not in wide_words and any(
                w.startswith(word + pieces[i][0]) for w in long_words):
            word += pieces[i][0]
            at_edge = pieces[i][1]
            i += 1
        joined.append(word)
    narrow_words = collections.Counter(joined)
    for word, count in sorted((narrow_words - wide_words).items()):
        problems.append(f"{word!r} ({count}x) is not a word of the wide output: a split word?")
    for word, count in sorted((wide_words - narrow_words).items()):
        problems.append(f"{word!r} ({count}x) of the wide output is missing")
    for problem in problems[:10]:
        print(f"{sys.argv[2]}: {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
