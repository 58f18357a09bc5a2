#!/usr/bin/python3
"""Every output that carries a plan shows the warning signs (SAFETY-SIGNS), and a plan
on a program without progression limits says so (PROG-NO-LIMITS), in every format.

usage: safety_signs.py BACKSTRIDE EXAMPLES_DIR
Runs the real binary on a planned, a walking-only and a withheld profile and looks
for the warning-signs block in text, JSON, ICS, CSV, Markdown, HTML, PDF, `next`
(text and JSON) and `run`'s first screen.
"""
import csv
import html
import io
import json
import os
import re
import subprocess
import sys
import tempfile

TODAY = "2026-12-01"
# Phrases of both groups, as a reader sees them (whitespace folded).
SIGN_PHRASES = [
    "Stop and get emergency care now",
    "weakness, numbness or tingling in both legs",
    "chest pain",
    "fainting",
    "see a doctor or physiotherapist soon",
    "pain spreading further down a leg",
    "breathlessness that is unusual for you",
]
NO_LIMITS_PHRASE = "does not keep back-care's limits on how fast jogging grows"

passed = 0
failed = 0


def check(ok, what):
    global passed, failed
    if ok:
        passed += 1
        print(f"ok   {what}")
    else:
        failed += 1
        print(f"FAIL {what}")


def folded(text):
    return re.sub(r"\s+", " ", text)


def ics_text(raw):
    # (the text was read with universal newlines: CRLF is already LF)
    unfolded = raw.replace("\n ", "").replace("\n\t", "")
    return unfolded.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")


def csv_text(raw):
    rows = list(csv.reader(io.StringIO(raw)))
    return "\n".join(cell for row in rows for cell in row)


def html_text(raw):
    return html.unescape(re.sub(r"<[^>]+>", " ", raw))


def pdf_text(path):
    return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True,
                          check=True).stdout


def has_all(text, phrases):
    text = folded(text)
    return [p for p in phrases if p not in text]


def run(binary, *args, stdin=""):
    env = dict(os.environ, NO_COLOR="1", TZ="UTC")
    return subprocess.run([binary, *args], capture_output=True, text=True, input=stdin, env=env)


def outputs(binary, profile, workdir, name, extra=()):
    """Every format's reader-visible text for one profile: {format: text}."""
    texts = {}
    for fmt in ["text", "json", "ics", "csv", "markdown", "html"]:
        result = run(binary, "plan", profile, "-f", fmt, "--today", TODAY, *extra)
        raw = result.stdout
        if fmt == "json":
            raw = json.dumps(json.loads(raw), ensure_ascii=False)
        texts[fmt] = {"ics": ics_text, "csv": csv_text, "html": html_text}.get(fmt, str)(raw)
    pdf = os.path.join(workdir, f"{name}.pdf")
    run(binary, "plan", profile, "-o", pdf, "--today", TODAY, *extra)
    texts["pdf"] = pdf_text(pdf) if os.path.exists(pdf) else ""
    texts["next text"] = run(binary, "next", profile, "--today", TODAY, *extra).stdout
    texts["next json"] = run(binary, "next", profile, "-f", "json", "--today", TODAY,
                             *extra).stdout
    return texts


def make_profile(source, path, edit):
    """Copies SOURCE to PATH with EDIT applied; the history file stays only if EDIT sets it."""
    profile = json.load(open(source))
    profile.pop("history_file", None)
    edit(profile)
    json.dump(profile, open(path, "w"), indent=2)
    return path


def main():
    binary, examples = sys.argv[1], sys.argv[2]
    work = tempfile.mkdtemp(prefix="backstride-signs-")
    beginner = os.path.join(examples, "beginner-chronic.json")
    fever = make_profile(beginner, os.path.join(work, "fever.json"),
                         lambda p: p["screening"].update(fever=True))
    cases = {
        "planned": (beginner, 0),
        "walking-only": (os.path.join(examples, "walk-first.json"), None),
        "withheld": (fever, 10),
    }
    for case, (profile, code) in cases.items():
        if code is not None:
            check(run(binary, "plan", profile, "--today", TODAY).returncode == code,
                  f"{case}: plan exits {code}")
        for fmt, text in outputs(binary, profile, work, case).items():
            missing = has_all(text, SIGN_PHRASES)
            check(not missing, f"{case}: {fmt} has the warning signs"
                  + (f" (missing: {missing})" if missing else ""))
    # run's first screen: shown before the first question (stdin ends at once, so run stops).
    logged = make_profile(beginner, os.path.join(work, "logged.json"),
                          lambda p: p.update(history_file="logged.history.jsonl"))
    open(os.path.join(work, "logged.history.jsonl"), "w").close()
    screen = run(binary, "run", logged, "--today", "2026-12-02").stdout
    missing = has_all(screen, SIGN_PHRASES)
    check(not missing, "planned: run's first screen has the warning signs"
          + (f" (missing: {missing})" if missing else ""))
    # The reference schedule says it keeps no back-care limits, in every format.
    for fmt, text in outputs(binary, beginner, work, "classic",
                             ("--program", "c25k-classic")).items():
        if fmt.startswith("next"):
            continue
        check(NO_LIMITS_PHRASE in folded(text), f"c25k-classic: {fmt} says it keeps no limits")
    for fmt, text in outputs(binary, beginner, work, "back-care").items():
        if fmt.startswith("next"):
            continue
        check(NO_LIMITS_PHRASE not in folded(text), f"back-care: {fmt} has no no-limits notice")
    print(f"safety-signs: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
