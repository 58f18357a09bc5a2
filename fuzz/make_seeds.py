#!/usr/bin/python3
"""Writes the fuzz seed corpus from the profiles the repository already has.

usage: make_seeds.py SOURCE_DIR OUTPUT_DIR

Each seed is what fuzz/pipeline.cpp reads: one selector byte, the profile text, and
after a NUL byte the history file's text. Seeds come from examples/*.json (with the
history file each names, and every examples/*.jsonl after the first profile) and from
the profile inputs of tests/golden/* (profile files, stdin, and their history files).
The selector byte varies from seed to seed (today, program, zone, variant); every
eighth seed also renders the PDF. The output is deterministic; OUTPUT_DIR is replaced.
"""
import json
import os
import shutil
import sys


def history_for(profile_path, profile_bytes):
    """The text of the history file a profile names, when it sits beside it."""
    try:
        name = json.loads(profile_bytes.decode("utf-8-sig")).get("history_file")
    except (ValueError, AttributeError, UnicodeDecodeError):
        return None
    if not isinstance(name, str):
        return None
    path = os.path.join(os.path.dirname(profile_path), name)
    if os.path.isfile(path):
        with open(path, "rb") as f:
            return f.read()
    return None


def profile_inputs(source):
    """(label, profile path) pairs in a stable order."""
    found = []
    examples = os.path.join(source, "examples")
    for name in sorted(os.listdir(examples)):
        if name.endswith(".json"):
            found.append((f"example-{name[:-5]}", os.path.join(examples, name)))
    golden = os.path.join(source, "tests", "golden")
    for case in sorted(os.listdir(golden)):
        case_dir = os.path.join(golden, case)
        if not os.path.isdir(case_dir):
            continue
        for name in sorted(os.listdir(case_dir)):
            path = os.path.join(case_dir, name)
            if os.path.isfile(path) and (name.endswith(".json") or name == "stdin"):
                found.append((f"golden-{case}-{name.replace('.', '_')}", path))
    return found


def main():
    source, output = sys.argv[1], sys.argv[2]
    shutil.rmtree(output, ignore_errors=True)
    os.makedirs(output)
    seeds = []
    for label, path in profile_inputs(source):
        with open(path, "rb") as f:
            profile = f.read()
        history = history_for(path, profile)
        seeds.append((label, profile, history))
    # Every example history also follows the first example profile.
    examples = os.path.join(source, "examples")
    first = next(s for s in seeds if s[0].startswith("example-"))
    for name in sorted(os.listdir(examples)):
        if name.endswith(".jsonl"):
            with open(os.path.join(examples, name), "rb") as f:
                seeds.append((f"{first[0]}+{name[:-6]}", first[1], f.read()))
    for index, (label, profile, history) in enumerate(seeds):
        selector = (index * 2 * 37) & 0xFE | (1 if index % 8 == 0 else 0)
        data = bytes([selector]) + profile
        if history is not None:
            data += b"\0" + history
        with open(os.path.join(output, f"{index:03d}-{label}"), "wb") as f:
            f.write(data)
    print(f"make_seeds: {len(seeds)} seeds in {output}")


if __name__ == "__main__":
    main()
