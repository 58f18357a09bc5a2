#!/usr/bin/python3
"""Writes the clinic's patients of the review golden cases (tests/golden/review-*/patients/):
one profile per review status, for `backstride review patients --today 2026-12-01`.

usage: make_review_patients.py OUT_DIR [--calm]
--calm writes only the patients who need no action (the exit-0 case).
Profiles are examples/beginner-chronic.json with edits; histories are JSON Lines beside them.
"""
import copy
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = json.load(open(os.path.join(HERE, "../../examples/beginner-chronic.json")))


def entry(date, pain, morning=2, session="S01-1"):
    e = {"date": date, "session": session, "completed": True, "pain_before": 2,
         "pain_during": pain, "pain_after": pain}
    if morning is not None:
        e["pain_next_morning"] = morning
    e.update({"symptoms": [], "note": ""})
    return e


def in_order(entries):
    """Names GREEN sessions as the replay expects them: S01-1, S01-2, S02-1, ..."""
    for i, e in enumerate(entries):
        e["session"] = "S{:02d}-{}".format(i // 2 + 1, i % 2 + 1)
    return entries


def every_other_day(first, count, pain=2):
    """`count` GREEN sessions two days apart from `first` (YYYY-MM-DD)."""
    import datetime
    day = datetime.date.fromisoformat(first)
    out = []
    for _ in range(count):
        out.append(entry(day.isoformat(), pain))
        day += datetime.timedelta(days=2)
    return in_order(out)


# id -> (name, profile edits, history entries or None for no history file)
PATIENTS = {
    "p01-emergency": ("Ada Emergency", {"screening.saddle_numbness": True}, None),
    "p02-urgent": ("Ben Urgent", {"screening.fever": True}, None),
    "p03-paused": ("Cara Paused", {}, [entry("2026-11-18", 2), entry("2026-11-21", 2),
                                        entry("2026-11-25", 7), entry("2026-11-28", 7)]),
    "p04-red": ("Dev Red", {}, [entry("2026-11-18", 2), entry("2026-11-21", 2),
                                entry("2026-11-28", 7, morning=3)]),
    "p05-review": ("Eli Amber", {}, [entry("2026-11-21", 4), entry("2026-11-23", 5),
                                     entry("2026-11-25", 4), entry("2026-11-28", 4)]),
    "p06-stalled": ("Fay Stalled", {}, [entry("2026-10-26", 2), entry("2026-10-28", 2)]),
    "p07-stalled-never": ("Gus Never", {"schedule.start_date": "2026-11-02"}, None),
    "p08-pending": ("Hana Pending", {}, in_order([entry("2026-11-25", 2), entry("2026-11-28", 2),
                                         entry("2026-11-30", 2, morning=None)])),
    "p09-on-track": ("Ivo Track", {}, in_order([entry("2026-11-18", 3), entry("2026-11-21", 3),
                                       entry("2026-11-23", 2), entry("2026-11-25", 2),
                                       entry("2026-11-28", 1), entry("2026-11-30", 1)])),
    "p10-rising": ("Jo Rising", {}, in_order([entry("2026-11-18", 1), entry("2026-11-21", 1),
                                     entry("2026-11-23", 1), entry("2026-11-25", 3),
                                     entry("2026-11-28", 3), entry("2026-11-30", 3)])),
    "p11-finished": ("Kim Finished", {"schedule.start_date": "2026-08-01"},
                     every_other_day("2026-09-20", 36)),
    "p12-not-started": ("Lu New", {"schedule.start_date": "2026-11-26"}, None),
    "p13-missing-log": ("Mo Missing", {"history_file": "p13-missing-log.history.jsonl"}, "missing"),
}
CALM = {"p09-on-track", "p11-finished", "p12-not-started"}


def main():
    out = sys.argv[1]
    calm = "--calm" in sys.argv[2:]
    os.makedirs(out, exist_ok=True)
    for pid, (name, edits, history) in PATIENTS.items():
        if calm and pid not in CALM:
            continue
        p = copy.deepcopy(BASE)
        p["id"], p["name"] = pid, name
        p["schedule"]["start_date"] = "2026-10-01"
        p["schedule"]["timezone"] = "UTC"
        for path, value in edits.items():
            node = p
            *parents, leaf = path.split(".")
            for key in parents:
                node = node[key]
            node[leaf] = value
        if isinstance(history, list):
            p["history_file"] = pid + ".history.jsonl"
            with open(os.path.join(out, p["history_file"]), "w") as f:
                f.writelines(json.dumps(e) + "\n" for e in history)
        with open(os.path.join(out, pid + ".json"), "w") as f:
            json.dump(p, f, indent=2)
            f.write("\n")
    if not calm:  # a profile that is not valid: age is a word
        bad = copy.deepcopy(BASE)
        bad["id"], bad["name"], bad["age"] = "p14-bad-profile", "Nia Bad", "forty"
        with open(os.path.join(out, "p14-bad-profile.json"), "w") as f:
            json.dump(bad, f, indent=2)
            f.write("\n")


main()
