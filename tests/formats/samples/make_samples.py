#!/usr/bin/python3
"""Writes the hand-made good and bad samples that self_test.sh feeds to the validators.

Each bad sample differs from the good one by exactly one defect, so a validator that
accepts good.ics and rejects bad_X.ics demonstrably checks X.  The files are committed;
self_test.sh re-runs this script into a temp dir and diffs, so the two cannot drift.

Usage: /usr/bin/python3 make_samples.py [OUTDIR]   (default: this script's directory)
Standard library only.
"""

import json
import os
import sys

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))

# ------------------------------------------------------------------ model
# Two sessions straddling the end of British Summer Time (25 Oct 2026), 07:30 London.
SESSIONS = [
    {
        "id": "S01-1", "date": "2026-10-21", "time": "07:30", "start_utc": "2026-10-21T06:30:00Z",
        "summary": "Week 1, session 1: 6 x (1 min jog; 1 min 30 s walk) - Zoë 東京 🏃 a\\b",
        "title": "6 x (1 min jog, 1 min 30 s walk)", "seconds": 1500,
    },
    {
        "id": "S01-2", "date": "2026-10-26", "time": "07:30", "start_utc": "2026-10-26T07:30:00Z",
        "summary": "Week 1, session 2: 6 x (1 min jog; 1 min 30 s walk)",
        "title": "6 x (1 min jog, 1 min 30 s walk)", "seconds": 1530,
    },
]
DESCRIPTION = ("6 x (1 min jog, 1 min 30 s walk)\nwarm-up 5:00 | 6 x (jog 1:00, walk 1:30) | cool-down 5:00\n"
               "Stop if pain goes above 5; turns sharp, or new leg pain appears.\n"
               "Notes: Crème brûlée, 日本語のメモ, emoji 🏃‍♀️🦵, path C:\\temp\\x; done.")
STAMP = "20261201T000000Z"


def esc(text):
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n"))


def fold(line):
    """Fold at <= 75 octets on code-point boundaries, never right after a lone '\\'."""
    out = []
    cur = b""
    limit = 75
    i = 0
    while i < len(line):
        ch = line[i]
        unit = ch
        if ch == "\\" and i + 1 < len(line):
            unit = line[i:i + 2]
        b = unit.encode("utf-8")
        if len(cur) + len(b) > limit:
            out.append(cur)
            cur = b" "
            limit = 75
        cur += b
        i += len(unit)
    out.append(cur)
    return b"\r\n".join(out) + b"\r\n"


def dur(seconds):
    m, s = divmod(seconds, 60)
    return f"PT{m}M{s}S" if s else f"PT{m}M"


def event_lines(s, uid, seq=0, **over):
    start = s["start_utc"].replace("-", "").replace(":", "")
    props = [
        ("UID", uid),
        ("DTSTAMP", STAMP),
        ("DTSTART", start),
        ("DURATION", dur(s["seconds"])),
        ("SUMMARY", esc(s["summary"])),
        ("DESCRIPTION", esc(DESCRIPTION)),
        ("CATEGORIES", "Exercise,Back care\\, walking"),
        ("SEQUENCE", str(seq)),
    ]
    alarm = [("ACTION", "DISPLAY"), ("TRIGGER", "-PT15M"),
             ("DESCRIPTION", esc("Before you start: pain no more than usual + 1, else walk only"))]
    lines = ["BEGIN:VEVENT"] + [f"{k}:{v}" for k, v in props] + ["BEGIN:VALARM"] + \
        [f"{k}:{v}" for k, v in alarm] + ["END:VALARM", "END:VEVENT"]
    return lines


UIDS = ["0b7e3f0e-6a43-5c2a-9d51-3f1e2a7c9b01", "0b7e3f0e-6a43-5c2a-9d51-3f1e2a7c9b02"]


def calendar_lines(sessions=SESSIONS, uids=UIDS, seq=0):
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//backstride//samples 1.0//EN",
             "CALSCALE:GREGORIAN", "X-WR-CALNAME:backstride: Zoë’s plan"]
    for s, uid in zip(sessions, uids):
        lines += event_lines(s, uid, seq)
    lines.append("END:VCALENDAR")
    return lines


def render(lines):
    return b"".join(fold(line) for line in lines)


def write(name, data):
    path = os.path.join(OUT, name)
    mode = "wb" if isinstance(data, bytes) else "w"
    with open(path, mode, **({} if mode == "wb" else {"encoding": "utf-8", "newline": ""})) as f:
        f.write(data)


def replace_line(lines, old_prefix, new, occurrence=0):
    out = list(lines)
    hits = [i for i, line in enumerate(out) if line.startswith(old_prefix)]
    i = hits[occurrence]
    if new is None:
        del out[i]
    elif isinstance(new, list):
        out[i:i + 1] = new
    else:
        out[i] = new
    return out


STOP_RULE = {"rule": "CHK-STOP", "when": "during",
             "text": "Stop if pain goes above 5; turns sharp, or new leg pain appears."}


SEGMENTS = [{"kind": "warmup", "seconds": 300}] + [{"kind": "jog", "seconds": 60},
            {"kind": "walk", "seconds": 90}] * 6 + [{"kind": "cooldown", "seconds": 300}]


def plan_json(sessions=SESSIONS, timezone="Europe/London", checkpoints=(STOP_RULE,), segments=SEGMENTS):
    return json.dumps({
        "format": "backstride.plan/1", "timezone": timezone,
        "weeks": [{"week": 1, "sessions": [{
            "id": s["id"], "date": s["date"], "time": s["time"], "start_utc": s["start_utc"],
            "summary": s["summary"], "title": s["title"],
            "totals": {"seconds": s["seconds"]}, "checkpoints": list(checkpoints),
            "segments": list(segments),
        } for s in sessions]}],
    }, ensure_ascii=False, indent=1) + "\n"


def main():
    good = calendar_lines()
    good_bytes = render(good)
    write("good.ics", good_bytes)
    write("good.json", plan_json())

    # ---- byte-level defects (lint) --------------------------------------------------
    write("bad_bom.ics", b"\xef\xbb\xbf" + good_bytes)
    write("bad_lf.ics", good_bytes.replace(b"\r\n", b"\n"))
    write("bad_bare_cr.ics", good_bytes.replace(b"SUMMARY:Week 1", b"SUMMARY:Week\r 1", 1))
    write("bad_no_final_crlf.ics", good_bytes[:-2])
    write("bad_long_line.ics", b"".join(
        (line.encode() + b"\r\n") if line.startswith("DESCRIPTION:6 x") else fold(line) for line in good))
    # A fold that splits the 3-byte 東 (E6 9D B1) after its first byte.
    summary_line = next(line for line in good if line.startswith("SUMMARY:"))
    folded = fold(summary_line)
    assert "東".encode() in folded
    raw = summary_line.encode()
    cut = raw.index("東".encode()) + 1
    split = raw[:cut] + b"\r\n " + raw[cut:] + b"\r\n"
    write("bad_fold_splits_utf8.ics", good_bytes.replace(folded, split, 1))
    write("bad_blank_line.ics", good_bytes.replace(b"END:VEVENT\r\n", b"END:VEVENT\r\n\r\n", 1))
    write("bad_leading_space.ics", b" " + good_bytes)
    write("bad_trailing_content.ics", good_bytes + b"BEGIN:VEVENT\r\nEND:VEVENT\r\n")

    # ---- escaping --------------------------------------------------------------------
    write("bad_escaped_colon.ics", render(replace_line(good, "SUMMARY:", "SUMMARY:Week 1\\: session 1")))
    write("bad_control_char.ics", render(replace_line(good, "SUMMARY:", "SUMMARY:Week 1 \x7f session 1")))
    write("bad_invalid_escape.ics", render(replace_line(good, "SUMMARY:", "SUMMARY:Week 1 \\q session")))
    write("bad_unescaped_comma.ics", render(replace_line(good, "SUMMARY:", "SUMMARY:Week 1, session 1")))
    write("bad_unescaped_semicolon.ics", render(replace_line(good, "SUMMARY:", "SUMMARY:Week 1; session 1")))
    # A raw newline inside a value: the second half becomes a line with no ':'.
    write("bad_raw_newline.ics", render(replace_line(good, "SUMMARY:", ["SUMMARY:Week 1", "then jog 60 s"])))

    # ---- calendar structure -----------------------------------------------------------
    write("bad_no_version.ics", render(replace_line(good, "VERSION:", None)))
    write("bad_no_prodid.ics", render(replace_line(good, "PRODID:", None)))
    write("bad_method.ics", render(replace_line(good, "PRODID:", ["PRODID:-//backstride//samples 1.0//EN", "METHOD:PUBLISH"])))
    write("bad_noend.ics", render(replace_line(good, "END:VCALENDAR", None)))
    write("bad_calprop_after_event.ics", render(good[:-1] + ["X-WR-CALDESC:late", "END:VCALENDAR"]))

    # ---- event properties -------------------------------------------------------------
    write("bad_no_uid.ics", render(replace_line(good, "UID:", None)))
    write("bad_duplicate_uid.ics", render(replace_line(good, "UID:", f"UID:{UIDS[0]}", 1)))
    write("bad_no_dtstamp.ics", render(replace_line(good, "DTSTAMP:", None)))
    write("bad_dtstamp_not_utc.ics", render(replace_line(good, "DTSTAMP:", "DTSTAMP:20261201T000000")))
    write("bad_dtstart_floating.ics", render(replace_line(good, "DTSTART:", "DTSTART:20261021T073000")))
    write("bad_dtstart_tzid.ics", render(replace_line(good, "DTSTART:", "DTSTART;TZID=Europe/London:20261021T073000")))
    write("bad_dtstart_date.ics", render(replace_line(good, "DTSTART:", "DTSTART;VALUE=DATE:20261021")))
    write("bad_no_duration.ics", render(replace_line(good, "DURATION:", None)))
    write("bad_dtend_instead_of_duration.ics", render(replace_line(good, "DURATION:", "DTEND:20261021T065500Z")))
    write("bad_dtend_and_duration.ics", render(replace_line(good, "DURATION:", ["DURATION:PT25M", "DTEND:20261021T065500Z"])))
    write("bad_duration_syntax.ics", render(replace_line(good, "DURATION:", "DURATION:25 minutes")))
    write("bad_no_summary.ics", render(replace_line(good, "SUMMARY:", None)))
    write("bad_no_description.ics", render(replace_line(good, "DESCRIPTION:6 x", None)))
    write("bad_no_categories.ics", render(replace_line(good, "CATEGORIES:", None)))
    write("bad_no_sequence.ics", render(replace_line(good, "SEQUENCE:", None)))

    # ---- alarms -------------------------------------------------------------------------
    alarm_start = good.index("BEGIN:VALARM")
    alarm_end = good.index("END:VALARM")
    no_alarm = good[:alarm_start] + good[alarm_end + 1:]
    write("bad_no_valarm.ics", render(no_alarm))
    # A cancelled event (what a re-export writes for a dropped session) that still reminds.
    write("bad_cancelled_with_valarm.ics",
          render(replace_line(good, "SEQUENCE:", ["SEQUENCE:1", "STATUS:CANCELLED"])))
    write("bad_valarm_no_action.ics", render(replace_line(good, "ACTION:", None)))
    write("bad_valarm_no_trigger.ics", render(replace_line(good, "TRIGGER:", None)))
    write("bad_valarm_no_description.ics", render(replace_line(good, "DESCRIPTION:Before", None)))
    write("bad_valarm_duration_no_repeat.ics", render(replace_line(good, "TRIGGER:", ["TRIGGER:-PT15M", "DURATION:PT5M"])))
    # VALARM moved before the event's own properties.
    ev_start = good.index("BEGIN:VEVENT")
    alarm = good[alarm_start:alarm_end + 1]
    first_alarm_first = (good[:ev_start + 1] + alarm + good[ev_start + 1:alarm_start] + good[alarm_end + 1:])
    write("bad_valarm_first.ics", render(first_alarm_first))

    # ---- semantic mismatches for the round trip (valid iCalendar, wrong content) ------
    write("rt_bad_start.json", plan_json([dict(SESSIONS[0], start_utc="2026-10-21T07:30:00Z"), SESSIONS[1]]))
    write("rt_bad_duration.json", plan_json([dict(SESSIONS[0], seconds=1560), SESSIONS[1]]))
    write("rt_bad_summary.json", plan_json([dict(SESSIONS[0], summary=SESSIONS[0]["summary"] + " "), SESSIONS[1]]))
    write("rt_bad_count.json", plan_json(SESSIONS[:1]))
    write("rt_bad_interval.json", plan_json(segments=SEGMENTS[:-1] + [{"kind": "jog", "seconds": 120}]))
    write("rt_bad_checkpoint.json", plan_json(checkpoints=[STOP_RULE, {
        "rule": "CHK-AFTER", "when": "after", "text": "Afterwards: log your pain."}]))
    # Escaped colon: valid for every parser, but decodes to a literal backslash.
    s_colon = dict(SESSIONS[0], summary="Week 1: session 1")
    write("rt_colon.json", plan_json([s_colon, SESSIONS[1]]))
    # DST: both events at 06:30Z, i.e. 07:30 BST and then 06:30 GMT (an hour early).
    write("rt_bad_dst.ics", render(calendar_lines([SESSIONS[0], dict(SESSIONS[1], start_utc="2026-10-26T06:30:00Z")])))
    # DST: no change crossed at all (vacuous check).
    write("rt_bad_dst_vacuous.ics", render(calendar_lines([SESSIONS[0], dict(SESSIONS[0], start_utc="2026-10-22T06:30:00Z")])))
    # UID carrying a personal name.
    write("rt_bad_uid_personal.ics", render(replace_line(good, "UID:", "UID:zoe-smith-S01-1@backstride")))

    # ---- withheld plans -----------------------------------------------------------------
    clin = [{"id": "CLINICIAN", "start_utc": "2026-12-02T08:30:00Z",
             "summary": "See a clinician before you start: no sessions until you are cleared", "seconds": 900}]
    write("good_withheld.ics", render(calendar_lines(clin, UIDS[:1])))
    write("rt_bad_withheld.ics", good_bytes)

    # ---- re-export ------------------------------------------------------------------------
    # Second export: same slots keep their UIDs with a higher SEQUENCE.
    write("reexport_new.ics", render(calendar_lines(seq=1)))
    write("reexport_bad_uid.ics", render(calendar_lines(uids=[UIDS[0], "ffffffff-0000-5000-8000-000000000000"], seq=1)))
    write("reexport_bad_seq.ics", render(calendar_lines(seq=0)))

    # ---- CSV --------------------------------------------------------------------------------
    header = "Subject,Start Date,Start Time,End Date,End Time,All Day Event,Description,Location,Private"

    def q(cell):
        return '"' + cell.replace('"', '""') + '"' if any(c in cell for c in ',"\r\n') else cell

    def csv_row(subject, date, start, end_date, end, desc='Warm-up: walk 5:00\nThen "jog" 1:00, walk 1:30',
                loc="'=not a formula", allday="False", private="True"):
        return ",".join(q(c) for c in [subject, date, start, end_date, end, allday, desc, loc, private])

    r1 = csv_row(SESSIONS[0]["summary"], "10/21/2026", "07:30 AM", "10/21/2026", "07:55 AM")
    r2 = csv_row(SESSIONS[1]["summary"], "10/26/2026", "07:30 AM", "10/26/2026", "07:55 AM")
    good_csv = "\r\n".join([header, r1, r2]) + "\r\n"
    write("good.csv", good_csv)
    write("bad_csv_lf.csv", good_csv.replace("\r\n", "\n"))
    write("bad_csv_bom.csv", "\ufeff" + good_csv)
    write("bad_csv_no_final_crlf.csv", good_csv[:-2])
    write("bad_csv_header.csv", good_csv.replace("Start Date", "Start date", 1))
    write("bad_csv_columns.csv", good_csv.replace(",True\r\n", ",True,extra\r\n", 1))
    write("bad_csv_quote.csv", good_csv.replace('Then ""jog""', 'Then ""jog"', 1))
    write("bad_csv_bare_quote.csv", good_csv.replace("'=not a formula", 'a "quoted" word', 1))
    for tag, lead in [("eq", "="), ("plus", "+"), ("minus", "-"), ("at", "@"), ("tab", "\t"), ("cr", "\r")]:
        cell = lead + "HYPERLINK(\"http://x\")"
        write(f"bad_csv_formula_{tag}.csv", "\r\n".join([header, csv_row(SESSIONS[0]["summary"], "10/21/2026",
              "07:30 AM", "10/21/2026", "07:55 AM", loc=cell), r2]) + "\r\n")
    write("bad_csv_date.csv", good_csv.replace("10/21/2026", "2026-10-21", 1))
    write("bad_csv_date_invalid.csv", good_csv.replace("10/21/2026", "02/30/2026", 1))
    write("bad_csv_time.csv", good_csv.replace("07:55 AM", "19:55", 1))
    write("bad_csv_end_before_start.csv", good_csv.replace("07:55 AM", "06:55 AM", 1))
    write("rt_bad_csv_order.csv", "\r\n".join([header, r2, r1]) + "\r\n")
    write("rt_bad_csv_subject.csv", good_csv.replace("Zoë", "Zoe", 1))
    write("rt_bad_csv_duration.csv", good_csv.replace("07:55 AM", "08:05 AM", 1))
    clin_row = csv_row(clin[0]["summary"], "12/02/2026", "08:30 AM", "12/02/2026", "08:45 AM", desc="", loc="")
    write("good_withheld.csv", "\r\n".join([header, clin_row]) + "\r\n")
    write("rt_bad_withheld.csv", good_csv)

    # ---- the spreadsheet (plan -f csv; sheet_check.mjs) -----------------------------------
    sheet_header = ("Name,Week,Stage,Session,Date,Time,Starts at,Planned minutes,Jog minutes,"
                    "Longest jog (minutes),Zone,Date done,Checkpoints,What happened")

    def sheet_row(*cells):
        return ",".join(q(c) for c in cells)

    logged = sheet_row("'=Zoë 東京", "", "S01", "S01-1", "2026-10-19", "", "", "", "", "", "GREEN",
                       "2026-10-19", "", "Counts once (PAIN-GREEN)")
    p1 = sheet_row("'=Zoë 東京", "1", "S01", "S01-1", "2026-10-21", "07:30", "2026-10-21T07:30:00",
                   "25", "6", "1", "", "", "Pain today at most usual + 1 (CHK-BEFORE); log it", "")
    p2 = sheet_row("'=Zoë 東京", "1", "S01", "S01-2", "2026-10-26", "07:30", "2026-10-26T07:30:00",
                   "25.5", "6", "1", "", "", "", "")
    notes = sheet_row("'=Zoë 東京", "", "", "", "", "", "", "", "", "", "", "",
                      "Before week 1: see a physio (CHK-CLEARANCE)\nWarning signs (SAFETY-SIGNS). Stop", "")
    good_sheet = "\ufeff" + "\r\n".join([sheet_header, logged, p1, p2, notes]) + "\r\n"
    write("sheet_good.csv", good_sheet)
    write("sheet_bad_no_bom.csv", good_sheet[1:])
    write("sheet_bad_lf.csv", good_sheet.replace("\r\n", "\n"))
    write("sheet_bad_header.csv", good_sheet.replace("Date done", "Done", 1))
    write("sheet_bad_us_date.csv", good_sheet.replace(",2026-10-21,", ",10/21/2026,", 1))
    write("sheet_bad_time.csv", good_sheet.replace(",07:30,", ",7:30 AM,", 1))
    write("sheet_bad_starts_at.csv", good_sheet.replace("2026-10-21T07:30:00", "2026-10-21 07:30", 1))
    write("sheet_bad_minutes.csv", good_sheet.replace(",25.5,", ",25 min,", 1))
    write("sheet_bad_zone.csv", good_sheet.replace(",GREEN,", ",green,", 1))
    write("sheet_bad_formula.csv", good_sheet.replace("'=Zoë", "=Zoë", 1))
    write("sheet_bad_order.csv", "\ufeff" + "\r\n".join([sheet_header, logged, p2, p1, notes]) + "\r\n")
    write("sheet_bad_no_plan_row.csv", "\ufeff" + "\r\n".join([sheet_header, logged, p1, p2]) + "\r\n")
    reminder = sheet_row("'=Zoë 東京", "", "", "", "2026-12-02", "08:30", "2026-12-02T08:30:00", "", "",
                         "", "", "", "See a clinician first.\nWarning signs (SAFETY-SIGNS). Stop",
                         "See a clinician first (RF-URGENT): fever")
    write("sheet_good_withheld.csv", "\ufeff" + "\r\n".join([sheet_header, logged, reminder]) + "\r\n")


if __name__ == "__main__":
    main()
