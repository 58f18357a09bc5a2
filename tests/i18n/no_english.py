#!/usr/bin/python3
"""No output written in another language carries a sentence of the English catalogue.

    no_english.py --source-dir DIR --cases tests/golden --english-case CASE CASE...

Reads the expected outputs of the golden CASEs (stdout and every file: text, Markdown,
HTML, iCalendar, CSV, JSON; PDFs through pdftotext) and fails on any fragment of an
English catalogue message or rule-engine sentence (rule_words()) found in them. A fragment is the text between placeholders, of
four words or more, so labels and numbers do not count. To prove the check can fail,
--english-case names an English golden that must show many of those fragments.
"""
import argparse
import html
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from check_catalogues import engine_strings, read_tables  # noqa: E402

MIN_WORDS = 4
MIN_HITS_IN_ENGLISH = 20


def fragments(messages):
    """The English fragments to look for: every message's text split at its placeholders."""
    found = set()
    for english, plural in messages.values():
        for text in (english, plural or ""):
            for piece in re.split(r"\{[^{}]*\}", text):
                piece = " ".join(piece.split()).strip(" .,:;()")
                if len(piece.split()) >= MIN_WORDS:
                    found.add(piece)
    return found


def readable_text(path):
    """A file's words with the format's escapes and line folds undone, spaces collapsed."""
    data = path.read_bytes()
    if data.startswith(b"%PDF"):
        data = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                              capture_output=True).stdout
    elif path.suffix in (".fit", ".mp3"):
        return ""
    text = data.decode("utf-8", errors="replace")
    text = text.replace("\r\n ", "").replace("\r\n\t", "")  # iCalendar line folding
    text = text.replace("\\n", " ").replace("\\,", ",").replace("\\;", ";")
    text = html.unescape(text).replace('""', '"')
    return " ".join(text.split())


def case_files(case_dir):
    """Every expected output of a golden case."""
    expected = case_dir / "expected"
    return [expected / "stdout"] + sorted(p for p in (expected / "files").rglob("*") if p.is_file())


def hits(case_dir, wanted):
    """(file, fragment) pairs of English fragments found in a case's outputs."""
    found = []
    for path in case_files(case_dir):
        if path.exists():
            text = readable_text(path)
            found += [(path, piece) for piece in sorted(wanted) if piece in text]
    return found


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--source-dir", type=Path, required=True)
    parser.add_argument("--cases", type=Path, required=True)
    parser.add_argument("--english-case", required=True)
    parser.add_argument("case", nargs="+")
    args = parser.parse_args()
    messages, _ = read_tables(args.source_dir)
    messages.update({text: (text, None) for text in engine_strings(args.source_dir)})
    wanted = fragments(messages)
    failed = 0
    for case in args.case:
        for path, piece in hits(args.cases / case, wanted):
            print(f"FAIL {path.relative_to(args.cases)}: English \"{piece}\"")
            failed += 1
    english = len(hits(args.cases / args.english_case, wanted))
    if english < MIN_HITS_IN_ENGLISH:
        print(f"FAIL {args.english_case}: only {english} English fragments found in an English "
              f"handout (at least {MIN_HITS_IN_ENGLISH} expected): the check cannot see them")
        failed += 1
    print(f"no_english: {len(args.case)} cases, {len(wanted)} fragments, {failed} failures "
          f"({english} found in {args.english_case})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
