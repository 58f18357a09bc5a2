#!/usr/bin/python3
"""Runs the README's walkthrough and checks each command prints what the README shows.

Each step is a ```console block after a comment such as
  <!-- walkthrough {"day": "2026-11-30", "input": ["n", ""]} -->
whose command lines start with "$ ". The steps run in order in one fresh folder, on the
day given (SOURCE_DATE_EPOCH), with the input lines on stdin and COLUMNS=80. A line
"..." in the README stands for any number of lines. `run` gets --time-scale 10000 so
that a 25-minute session takes a moment; the README leaves it out.
usage: readme_walkthrough.py BACKSTRIDE README
"""
import datetime
import json
import os
import re
import shlex
import subprocess
import sys
import tempfile

STEP = re.compile(r"<!-- walkthrough (\{.*?\}) -->\s*```console\n(.*?)```", re.S)


def pattern(expected):
    parts = []
    for line in expected:
        parts.append(r"(?:.*\n)*?" if line == "..." else re.escape(line) + r"\n")
    return re.compile("".join(parts))


def run_step(binary, folder, settings, command, expected):
    words = shlex.split(command)
    assert words[0] == "backstride", command
    words[0] = binary
    if words[1] == "run":
        words.append("--time-scale=10000")
    day = datetime.datetime.fromisoformat(settings["day"]).replace(tzinfo=datetime.timezone.utc)
    env = dict(os.environ, SOURCE_DATE_EPOCH=str(int(day.timestamp())), COLUMNS="80", TZ="UTC",
               LC_ALL="C.UTF-8")
    stdin = "".join(line + "\n" for line in settings.get("input", []))
    done = subprocess.run(words, cwd=folder, env=env, input=stdin, capture_output=True,
                          text=True, timeout=120)
    problems = []
    if done.returncode != settings.get("exit", 0):
        problems.append(f"exit {done.returncode}, README expects {settings.get('exit', 0)}")
    if done.stderr:
        problems.append("stderr: " + done.stderr)
    if not pattern(expected).fullmatch(done.stdout):
        problems.append("stdout differs from the README:\n" + done.stdout)
    return problems


def main():
    binary, readme = os.path.realpath(sys.argv[1]), sys.argv[2]
    steps = STEP.findall(open(readme, encoding="utf-8").read())
    if len(steps) < 5:
        sys.exit(f"README: {len(steps)} walkthrough steps found, expected init, plan, run, log, clear")
    failed = 0
    with tempfile.TemporaryDirectory() as folder:
        for settings_text, block in steps:
            settings = json.loads(settings_text)
            lines = block.rstrip("\n").split("\n")
            command, expected = lines[0], lines[1:]
            assert command.startswith("$ "), command
            problems = run_step(binary, folder, settings, command[2:], expected)
            print(("FAIL " if problems else "ok   ") + command)
            for problem in problems:
                print("  " + problem.replace("\n", "\n  "))
            failed += bool(problems)
    print(f"readme_walkthrough: {len(steps) - failed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


main()
