#!/usr/bin/python3
"""Reads back a spreadsheet that LibreOffice made from `backstride plan -f csv` and
checks its cells (run with Debian's /usr/bin/python3: openpyxl is python3-openpyxl).

Usage: lo_cells.py FILE.xlsx|FILE.ods [--dates] [--times] [--name NAME] [--formulas]

Checks, by the header row's column names:
  --dates      every non-empty Date and Date done cell is a real date cell, every
               Starts at cell a real date-time (with its time), not text;
  --times      every non-empty Time cell is a real time cell;
  --name NAME  every non-empty Name cell is exactly NAME (an intact non-ASCII name);
  always       no cell is a formula, unless --formulas: then at least one must be
               (the check proved on a file made without the formula guard).
Prints one line per problem and exits 1; prints a summary and exits 0 when all hold.
"""
import datetime
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

NS = {
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
}
MAX_REPEAT = 64  # trailing empty cells/rows come as one huge repeat: never expand those


def q(prefix, name):
    return f"{{{NS[prefix]}}}{name}"


def ods_rows(path):
    """Rows of the first sheet: lists of (kind, text, is_formula)."""
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("content.xml"))
    sheet = root.find(".//table:table", NS)
    rows = []
    for row in sheet.iter(q("table", "table-row")):
        cells = []
        for cell in row:
            if cell.tag not in (q("table", "table-cell"), q("table", "covered-table-cell")):
                continue
            text = "\n".join("".join(p.itertext()) for p in cell.findall("text:p", NS))
            kind = cell.get(q("office", "value-type"), "")
            # The values, not their display (en_US shows 18:15 as "06:15:00 PM").
            if kind == "date":  # "2026-12-02T07:30:00"
                text = cell.get(q("office", "date-value"), text)
            elif kind == "time":  # "PT18H15M00S" -> "18:15"
                value = re.match(r"PT(\d+)H(\d+)M", cell.get(q("office", "time-value"), ""))
                text = f"{int(value[1]):02}:{int(value[2]):02}" if value else text
            formula = cell.get(q("table", "formula")) is not None
            repeat = int(cell.get(q("table", "number-columns-repeated"), "1"))
            cells.extend([(kind, text, formula)] * min(repeat, MAX_REPEAT))
        repeat = int(row.get(q("table", "number-rows-repeated"), "1"))
        rows.extend([cells] * min(repeat, MAX_REPEAT))
    return rows


def xlsx_rows(path):
    import openpyxl  # python3-openpyxl

    sheet = openpyxl.load_workbook(path).worksheets[0]
    rows = []
    for row in sheet.iter_rows():
        cells = []
        for cell in row:
            value = cell.value
            if cell.data_type == "f" or (isinstance(value, str) and value.startswith("=")):
                cells.append(("formula", str(value), True))
            elif isinstance(value, datetime.time):
                cells.append(("time", value.strftime("%H:%M"), False))
            elif isinstance(value, (datetime.datetime, datetime.date)):
                cells.append(("date", value.isoformat(), False))
            elif value is None:
                cells.append(("", "", False))
            elif isinstance(value, (int, float)):
                cells.append(("float", str(value), False))
            else:
                cells.append(("string", str(value), False))
        rows.append(cells)
    return rows


def main(argv):
    if len(argv) < 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    path, args = argv[1], argv[2:]
    dates = "--dates" in args
    times = "--times" in args
    formulas = "--formulas" in args
    name = args[args.index("--name") + 1] if "--name" in args else None
    rows = ods_rows(path) if path.endswith(".ods") else xlsx_rows(path)
    rows = [r for r in rows if any(text for _, text, _ in r)]
    if not rows:
        print(f"{path}: no rows")
        return 1
    header = [text for _, text, _ in rows[0]]
    bom_shown = ""
    # Read as Windows-1252 (no options), the BOM shows as "ï»¿" before the first name.
    for bom in ("\ufeff", "\u00ef\u00bb\u00bf"):
        if header and header[0].startswith(bom):
            header[0] = header[0][len(bom):]
            bom_shown = ", BOM shown in A1" if bom != "\ufeff" else ""
    problems = []
    col = {title: i for i, title in enumerate(header)}
    for needed in ("Name", "Date", "Time", "Starts at", "Date done"):
        if needed not in col:
            problems.append(f"no column {needed!r} in header {header!r}")
    if problems:
        print("\n".join(f"{path}: {p}" for p in problems))
        return 1

    def cell(row, title):
        i = col[title]
        return row[i] if i < len(row) else ("", "", False)

    counts = {"date": 0, "time": 0, "formula": 0}
    for n, row in enumerate(rows[1:], start=2):
        if any(f for _, _, f in row):
            counts["formula"] += 1
            if not formulas:
                problems.append(f"row {n}: a formula cell: {[t for _, t, f in row if f]!r}")
        wanted = [("Date", "date"), ("Date done", "date"), ("Starts at", "date")] if dates else []
        wanted += [("Time", "time")] if times else []
        if wanted:
            for title, kind in wanted:
                got, text, _ = cell(row, title)
                if text and got != kind:
                    problems.append(f"row {n} {title}: {text!r} is a {got or 'empty'} cell, not a {kind}")
                elif title == "Starts at" and text[11:16] != cell(row, "Time")[1][:5]:
                    problems.append(f"row {n} Starts at: {text!r} does not carry the time "
                                    f"{cell(row, 'Time')[1]!r}")
                elif text:
                    counts[kind] += 1
        if name is not None:
            _, text, _ = cell(row, "Name")
            if text and text != name:
                problems.append(f"row {n} Name: {text!r}, expected {name!r}")
    if formulas and counts["formula"] == 0:
        problems.append("no formula cell (expected some: made without the guard)")
    if (dates and counts["date"] == 0) or (times and counts["time"] == 0):
        problems.append(f"no date or no time cell at all ({counts})")
    for p in problems[:20]:
        print(f"{path}: {p}")
    if problems:
        return 1
    print(f"{path}: ok ({len(rows) - 1} rows, {counts['date']} date cells, "
          f"{counts['time']} time cells, {counts['formula']} formula rows{bom_shown})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
