#!/usr/bin/python3
"""Checks for tests/cli/crash_safety.sh; each exits non-zero with the problem on failure.

  history FILE [LINES|-] [MUST|-] [ALLOWED|-]
      FILE ends with a newline, every line is a JSON entry with the documented keys, no
      note twice; LINES lines; every note listed in the file MUST is there; every note is
      one listed in the file ALLOWED.
  old-or-new OLD NEW VALUE
      NEW is the history OLD, or OLD with 2026-11-29's pain_next_morning set to VALUE.
  outputs DIR REF
      DIR holds no hidden (temporary) file, and each file in it is the file of the same
      name in REF byte for byte and ends as its format ends (%%EOF, </html>,
      END:VCALENDAR CRLF; summary.json parses).
  capped SUMMARY_CSV REF KIB STDERR
      A batch capped at KIB KiB per file (ulimit -f) failed with 74 for exactly the inputs
      with a file over the cap in REF, and STDERR says so, one line each.
  agrees SUMMARY_CSV DIR ERROR
      The inputs that failed are exactly those without a PDF in DIR, each with exit code
      74 and an error ending in ERROR.
  sized-history FILE BYTES
      Appends valid entries (copies of FILE's first, with padded notes) until FILE is
      exactly BYTES long.
"""
import csv
import json
import os
import sys

KEYS = {"date", "session", "completed", "pain_before", "pain_during", "pain_after"}
ENDINGS = {".pdf": b"%%EOF", ".html": b"</html>", ".ics": b"END:VCALENDAR\r\n"}


def history(path, lines="-", must="-", allowed="-"):
    data = open(path, "rb").read()
    if data and not data.endswith(b"\n"):
        sys.exit(f"{path}: partial last line {data[-80:]!r}")
    notes = []
    for n, row in enumerate(data.decode("utf-8").split("\n")[:-1], 1):
        try:
            entry = json.loads(row)
        except ValueError:
            sys.exit(f"{path}:{n}: not JSON: {row!r}")
        if not isinstance(entry, dict) or not KEYS <= entry.keys():
            sys.exit(f"{path}:{n}: lacks a documented key: {row!r}")
        notes.append(entry.get("note", ""))
    if len(notes) != len(set(notes)):
        sys.exit(f"{path}: an entry is there twice")
    if lines != "-" and len(notes) != int(lines):
        sys.exit(f"{path}: {len(notes)} lines, expected {lines}")
    if must != "-" and (lost := set(open(must).read().split()) - set(notes)):
        sys.exit(f"{path}: {len(lost)} entries of processes that exited 0 are missing")
    if allowed != "-" and (odd := set(notes) - set(open(allowed).read().split())):
        sys.exit(f"{path}: unexpected entries {sorted(odd)[:3]}")


def old_or_new(old_path, new_path, value):
    old = [json.loads(line) for line in open(old_path)]
    new = [json.loads(line) for line in open(new_path)]
    if new == old:
        return
    for entry in old:
        if entry["date"] == "2026-11-29":
            entry["pain_next_morning"] = int(value)
    if new != old:
        sys.exit(f"{new_path}: neither the old file nor the new one")


def outputs(out, ref):
    problems = []
    for name in sorted(os.listdir(out)):
        if name.startswith("."):
            problems.append(f"{name}: a hidden (temporary) file")
            continue
        data = open(os.path.join(out, name), "rb").read()
        ending = ENDINGS.get(os.path.splitext(name)[1])
        if ending and not (data.endswith(ending) or data.endswith(ending + b"\n")):
            problems.append(f"{name}: does not end with {ending!r}")
        if name == "summary.json":
            json.loads(data)
        reference = os.path.join(ref, name)
        if not os.path.exists(reference) or open(reference, "rb").read() != data:
            problems.append(f"{name}: not the whole file ({len(data)} bytes)")
    if problems:
        sys.exit("\n".join(problems[:10]))


def capped(summary, ref, kib, stderr):
    rows = list(csv.DictReader(open(summary, newline="")))
    cap = int(kib) * 1024
    big = {name.rsplit(".", 1)[0] for name in os.listdir(ref)
           if not name.startswith("summary.") and os.path.getsize(os.path.join(ref, name)) > cap}
    big &= {row["id"] for row in rows}
    failed = {row["id"] for row in rows if row["status"] == "error"}
    if not 0 < len(big) < len(rows):
        sys.exit(f"the cap should catch some inputs, not {len(big)} of {len(rows)}")
    if failed != big:
        sys.exit(f"failed inputs differ from those over the cap: {sorted(failed ^ big)[:5]}")
    for row in rows:
        if row["id"] in big and (row["exit_code"] != "74" or "File too large" not in row["error"]):
            sys.exit(f"summary row: {row}")
    errors = open(stderr).read().splitlines()
    if len(errors) != len(big) or not all(e.endswith(": File too large") for e in errors):
        sys.exit(f"stderr: {len(errors)} lines for {len(big)} inputs: {errors[:3]}")


def agrees(summary, out, error):
    rows = list(csv.DictReader(open(summary, newline="")))
    for row in rows:
        written = os.path.exists(os.path.join(out, row["id"] + ".pdf"))
        failed = row["status"] == "error"
        if written == failed or failed and (row["exit_code"] != "74" or not row["error"].endswith(error)):
            sys.exit(f"summary row does not match {out}: {row}")


def sized_history(path, size):
    size = int(size)
    first = json.loads(open(path).readline())

    def line(pad):
        return json.dumps(dict(first, note="p" * pad), separators=(",", ":")) + "\n"

    with open(path, "a") as f:
        while size - f.tell() > 1800:
            f.write(line(1500))
        f.write(line(size - f.tell() - len(line(0))))
    if os.path.getsize(path) != size:
        sys.exit(f"{path}: could not make it {size} bytes")


COMMANDS = {"history": history, "old-or-new": old_or_new, "outputs": outputs,
            "capped": capped, "agrees": agrees, "sized-history": sized_history}

if __name__ == "__main__":
    COMMANDS[sys.argv[1]](*sys.argv[2:])
