#!/usr/bin/python3
"""Checks the bad-input golden cases (tests/golden/bad-*) as a set.

usage: check_bad_cases.py GOLDEN_DIR [MINIMUM]

Each bad-* case must expect a failing exit code (64-74), error lines on stderr in the
form "backstride: ..." (one, or one per schema problem of a profile: each names the
file first; a usage error may add CLI11's "Run with --help" line), each wrapped to 79
columns with its later lines indented, and no output file (a batch writes its
summaries, and the outputs of its good inputs, one error per bad input). run_golden.py
checks that the binary does exactly that; this checks the cases say so, and that there
are at least MINIMUM of them (default 80).
"""
import os
import sys


def problems_of(case_dir):
    expected = os.path.join(case_dir, "expected")
    with open(os.path.join(expected, "exit_code"), encoding="utf-8") as f:
        code = int(f.read())
    with open(os.path.join(expected, "stderr"), encoding="utf-8", errors="replace") as f:
        lines = f.read().splitlines()
    problems = []
    if not 64 <= code <= 74:
        problems.append(f"exit code {code} (expected 64-74)")
    if code == 64 and lines[-1:] == ["Run with --help for more information."]:
        lines = lines[:-1]
    too_long = [line for line in lines if len(line) > 79]
    if too_long:
        problems.append(f"a line of {len(too_long[0])} characters on stderr (expected at most 79)")
    # An error's wrapped lines, joined: one message per "backstride: " line.
    messages = []
    for line in lines:
        if line.startswith(" ") and messages:
            messages[-1] += " " + line.strip()
        else:
            messages.append(line)
    lines = messages
    if len(lines) < 1 or not all(line.startswith("backstride: ") for line in lines):
        problems.append("an error on stderr does not start with 'backstride: '")
    with open(os.path.join(case_dir, "args"), encoding="utf-8") as f:
        batch = f.readline().strip() == "batch"
    file_lines = len(lines) > 1 and all(
        line.startswith("backstride: ") and line.split(": ")[1] == lines[0].split(": ")[1]
        and code == 65 for line in lines)
    if len(lines) != 1 and not batch and not file_lines:
        problems.append(f"{len(lines)} errors on stderr (expected one, or one per problem "
                        "of one file)")
    # A batch writes its summaries and the other inputs' outputs (pinned by the case).
    for root, _, files in os.walk(os.path.join(expected, "files")):
        for name in files:
            if not batch:
                problems.append(f"writes {os.path.relpath(os.path.join(root, name), expected)}")
    return problems


def main():
    golden = sys.argv[1]
    minimum = int(sys.argv[2]) if len(sys.argv) > 2 else 80
    cases = sorted(n for n in os.listdir(golden)
                   if n.startswith("bad-") and os.path.isdir(os.path.join(golden, n)))
    failed = 0
    for name in cases:
        for problem in problems_of(os.path.join(golden, name)):
            print(f"FAIL {name}: {problem}")
            failed += 1
    print(f"bad-input cases: {len(cases)} (at least {minimum} wanted), {failed} problems")
    return 0 if failed == 0 and len(cases) >= minimum else 1


if __name__ == "__main__":
    sys.exit(main())
