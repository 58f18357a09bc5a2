#!/usr/bin/python3
"""Writes a gettext template of the built-in programs' words (name, summary, finale and
stage titles, under msgctxt "program"), for po/CMakeLists.txt's pot target to merge with
the strings xgettext finds in the C++ catalogues. xgettext cannot read JSON.

    program_strings.py OUTPUT.pot PROGRAM.json...
"""
import json
import sys


def quoted(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def main(output, programs):
    seen = {}
    for path in programs:
        with open(path, encoding="utf-8") as f:
            program = json.load(f)
        name = path.rsplit("/", 1)[-1]
        texts = [program["name"], program.get("summary", ""), program.get("finale", "")]
        texts += [stage["title"] for stage in program["stages"]]
        for text in texts:
            if text:
                seen.setdefault(text, []).append(f"data/programs/{name}")
    with open(output, "w", encoding="utf-8") as out:
        out.write('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n')
        for text, where in seen.items():
            out.write(f"\n#: {' '.join(sorted(set(where)))}\n")
            out.write(f"msgctxt \"program\"\nmsgid {quoted(text)}\nmsgstr \"\"\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
