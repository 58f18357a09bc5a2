#!/usr/bin/python3
"""Byte-level and structural lint for an iCalendar (.ics) file written by backstride.

Checks the things that real parsers tolerate but real clients choke on (see
shared/formats-notes.md section 1.1), plus the backstride export contract:

  bytes   no BOM; CRLF after every line including the last; no bare CR or LF;
          every physical line <= 75 octets; every physical line is valid UTF-8 on
          its own (so no fold splits a multi-byte sequence); no blank lines; no
          control characters other than HTAB; no leading whitespace before the
          first line.
  syntax  every unfolded line is NAME[;PARAM=...]:VALUE; no `\\:`; only the
          escapes \\\\ \\; \\, \\n \\N in TEXT values; `;` (and `,` in single-valued
          TEXT) escaped; BEGIN/END balanced; one VCALENDAR, nothing after it.
  VCALENDAR  VERSION:2.0 and PRODID exactly once; no METHOD.
  VEVENT  exactly one each of UID, DTSTAMP (UTC), DTSTART (UTC, no TZID),
          DURATION (valid syntax), SUMMARY, DESCRIPTION, SEQUENCE (integer),
          at least one CATEGORIES; no DTEND; exactly one VALARM, placed after
          all of the event's own properties (none when STATUS:CANCELLED: a
          cancelled session must not remind anyone); STATUS, when present, is
          CANCELLED or CONFIRMED; UIDs unique in the file.
  VALARM  ACTION, TRIGGER (valid), DESCRIPTION for ACTION:DISPLAY; DURATION and
          REPEAT together or not at all.

Usage: /usr/bin/python3 ics_lint.py FILE.ics [FILE.ics ...]
Prints one `FILE:LINE: problem` per problem (LINE = physical line, 1-based) and
exits 1 when any file has a problem, 2 on a usage or I/O error. Standard library only.
"""

import re
import sys

MAX_OCTETS = 75

# TEXT-valued properties whose escapes we check.  CATEGORIES is a comma-separated
# list of TEXT, so its separating commas are legal; the others are single-valued.
SINGLE_TEXT = {"SUMMARY", "DESCRIPTION", "LOCATION", "COMMENT", "CONTACT",
               "NAME", "X-WR-CALNAME", "X-WR-CALDESC"}
LIST_TEXT = {"CATEGORIES", "RESOURCES"}

NAME_RE = re.compile(r"[A-Za-z0-9-]+")
PARAM_VALUE_RE = re.compile(r'"[^"\x00-\x08\x0a-\x1f\x7f]*"|[^";:,\x00-\x08\x0a-\x1f\x7f]*')
UTC_DATETIME_RE = re.compile(r"^\d{8}T\d{6}Z$")
DUR_RE = re.compile(r"^[+-]?P(?:\d+W|(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+S)?)?)$")
CONTROL_RE = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")


def valid_duration(value):
    return bool(DUR_RE.match(value)) and value.lstrip("+-") != "P"


class Lint:
    def __init__(self, path):
        self.path = path
        self.problems = []

    def err(self, line, msg):
        self.problems.append((line, msg))

    # ---------------------------------------------------------------- bytes
    def physical_lines(self, data):
        """Split on CRLF, reporting bare CR / LF.  Returns [(lineno, bytes)]."""
        if data.startswith(b"\xef\xbb\xbf"):
            self.err(1, "file starts with a UTF-8 BOM")
            data = data[3:]
        if not data:
            self.err(1, "file is empty")
            return []
        if not data.endswith(b"\r\n"):
            self.err(data.count(b"\n") + 1, "file does not end with CRLF")
        lines = []
        lineno = 1
        start = 0
        i = 0
        n = len(data)
        while i < n:
            c = data[i]
            if c == 0x0D:
                if i + 1 < n and data[i + 1] == 0x0A:
                    lines.append((lineno, data[start:i]))
                    lineno += 1
                    i += 2
                    start = i
                    continue
                self.err(lineno, "bare CR (not followed by LF)")
            elif c == 0x0A:
                self.err(lineno, "bare LF (line not ended by CRLF)")
                lines.append((lineno, data[start:i]))
                lineno += 1
                start = i + 1
            i += 1
        if start < n:
            lines.append((lineno, data[start:]))
        return lines

    def check_physical(self, lines):
        for lineno, raw in lines:
            if len(raw) > MAX_OCTETS:
                self.err(lineno, f"line is {len(raw)} octets (max {MAX_OCTETS} without CRLF)")
            if raw == b"":
                self.err(lineno, "blank line")
            try:
                raw.decode("utf-8")
            except UnicodeDecodeError as e:
                self.err(lineno, f"not valid UTF-8 on its own (a fold splits a multi-byte "
                                 f"character, or bad bytes) at octet {e.start}")
            if b"\r" in raw.replace(b"\r\n", b""):
                pass  # already reported as bare CR
        if lines and lines[0][1][:1] in (b" ", b"\t"):
            self.err(lines[0][0], "file starts with whitespace / a continuation line")

    def unfold(self, lines):
        """Returns [(first physical lineno, text)] of logical lines."""
        logical = []
        for lineno, raw in lines:
            text = raw.decode("utf-8", errors="replace").replace("\r", "")
            if raw[:1] in (b" ", b"\t"):
                if logical:
                    first, prev, prev_raw = logical[-1]
                    logical[-1] = (first, prev + text[1:], prev_raw + raw[1:])
                continue
            logical.append((lineno, text, raw))
        out = []
        for first, text, raw in logical:
            # Re-decode the joined bytes: a fold that split a character decodes fine
            # once joined, and was already reported per physical line above.
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                pass
            out.append((first, text))
        return out

    # ---------------------------------------------------------------- syntax
    def parse_line(self, lineno, text):
        m = NAME_RE.match(text)
        if not m:
            self.err(lineno, f"malformed content line (no property name): {text[:40]!r}")
            return None
        name = m.group(0).upper()
        pos = m.end()
        params = {}
        while pos < len(text) and text[pos] == ";":
            pm = NAME_RE.match(text, pos + 1)
            if not pm or pm.end() >= len(text) or text[pm.end()] != "=":
                self.err(lineno, f"malformed parameter in {name}")
                return None
            pname = pm.group(0).upper()
            pos = pm.end() + 1
            values = []
            while True:
                vm = PARAM_VALUE_RE.match(text, pos)
                values.append(vm.group(0))
                pos = vm.end()
                if pos < len(text) and text[pos] == ",":
                    pos += 1
                    continue
                break
            params[pname] = values
        if pos >= len(text) or text[pos] != ":":
            self.err(lineno, f"malformed content line (no ':' after name/parameters): {text[:40]!r}")
            return None
        value = text[pos + 1:]
        ctl = CONTROL_RE.search(value)
        if ctl:
            self.err(lineno, f"{name}: control character U+{ord(ctl.group(0)):04X} in value "
                             f"(RFC 5545 TEXT allows no control character but HTAB)")
        return name, params, value

    def check_text_value(self, lineno, name, value):
        if "\\:" in value:
            self.err(lineno, f"{name}: '\\:' is not a legal TEXT escape (':' must not be escaped)")
        i = 0
        while i < len(value):
            ch = value[i]
            if ch == "\\":
                nxt = value[i + 1] if i + 1 < len(value) else ""
                if nxt not in ("\\", ";", ",", "n", "N"):
                    if nxt != ":":  # reported above
                        self.err(lineno, f"{name}: invalid escape '\\{nxt}'")
                i += 2
                continue
            if ch == ";":
                self.err(lineno, f"{name}: unescaped ';' in TEXT")
            elif ch == "," and name in SINGLE_TEXT:
                self.err(lineno, f"{name}: unescaped ',' in single-valued TEXT")
            i += 1

    # ---------------------------------------------------------------- structure
    def check_structure(self, logical):
        stack = []  # [ {name, line, props: [(name, lineno, params, value)], children: [...]} ]
        roots = []
        after_end = False
        for lineno, text in logical:
            parsed = self.parse_line(lineno, text)
            if parsed is None:
                continue
            name, params, value = parsed
            if name in SINGLE_TEXT or name in LIST_TEXT:
                self.check_text_value(lineno, name, value)
            elif "\\:" in value:
                self.err(lineno, f"{name}: '\\:' is not a legal escape")
            if after_end:
                self.err(lineno, "content after END:VCALENDAR")
                after_end = False
            if name == "BEGIN":
                comp = {"name": value.upper(), "line": lineno, "props": [], "children": []}
                if stack:
                    stack[-1]["children"].append(comp)
                else:
                    roots.append(comp)
                stack.append(comp)
            elif name == "END":
                if not stack:
                    self.err(lineno, f"END:{value} without BEGIN")
                    continue
                if stack[-1]["name"] != value.upper():
                    self.err(lineno, f"END:{value} closes BEGIN:{stack[-1]['name']} "
                                     f"(line {stack[-1]['line']})")
                comp = stack.pop()
                if not stack and comp["name"] == "VCALENDAR":
                    after_end = True
            else:
                if not stack:
                    self.err(lineno, f"property {name} outside any component")
                    continue
                comp = stack[-1]
                if comp["children"]:
                    first_child = comp["children"][0]
                    if comp["name"] == "VEVENT":
                        self.err(lineno, f"VEVENT property {name} comes after its "
                                         f"{first_child['name']} (line {first_child['line']}); "
                                         f"put VALARM after the event's properties")
                    else:
                        self.err(lineno, f"{comp['name']} property {name} comes after a "
                                         f"subcomponent (line {first_child['line']})")
                comp["props"].append((name, lineno, params, value))
        for comp in stack:
            self.err(comp["line"], f"BEGIN:{comp['name']} is never closed")
        if len(roots) != 1 or roots[0]["name"] != "VCALENDAR":
            self.err(1, f"expected exactly one top-level VCALENDAR, found "
                        f"{[r['name'] for r in roots]}")
        uids = {}
        for root in roots:
            if root["name"] == "VCALENDAR":
                self.check_vcalendar(root, uids)
        self.events = sum(1 for r in roots for c in r["children"] if c["name"] == "VEVENT")

    @staticmethod
    def props(comp, name):
        return [p for p in comp["props"] if p[0] == name]

    def need_one(self, comp, name, what=None):
        found = self.props(comp, name)
        if len(found) != 1:
            self.err(comp["line"], f"{comp['name']} has {len(found)} {name} "
                                   f"(expected exactly 1{what or ''})")
        return found[0] if found else None

    def check_vcalendar(self, cal, uids):
        version = self.need_one(cal, "VERSION")
        if version and version[3] != "2.0":
            self.err(version[1], f"VERSION is {version[3]!r}, expected 2.0")
        prodid = self.need_one(cal, "PRODID")
        if prodid and not prodid[3].strip():
            self.err(prodid[1], "PRODID is empty")
        for p in self.props(cal, "METHOD"):
            self.err(p[1], f"METHOD:{p[3]} present (a plain export must not have METHOD)")
        for child in cal["children"]:
            if child["name"] == "VEVENT":
                self.check_vevent(child, uids)

    def check_vevent(self, ev, uids):
        uid = self.need_one(ev, "UID")
        if uid:
            if not uid[3].strip():
                self.err(uid[1], "empty UID")
            elif uid[3] in uids:
                self.err(uid[1], f"duplicate UID {uid[3]} (first at line {uids[uid[3]]})")
            else:
                uids[uid[3]] = uid[1]
        for pname in ("DTSTAMP", "DTSTART"):
            p = self.need_one(ev, pname)
            if p:
                if "TZID" in p[2]:
                    self.err(p[1], f"{pname} has a TZID parameter (must be UTC, ...Z, no TZID)")
                if "VALUE" in p[2] and p[2]["VALUE"] != ["DATE-TIME"]:
                    self.err(p[1], f"{pname} has VALUE={','.join(p[2]['VALUE'])} (expected a UTC DATE-TIME)")
                if not UTC_DATETIME_RE.match(p[3]):
                    self.err(p[1], f"{pname} {p[3]!r} is not UTC YYYYMMDDTHHMMSSZ")
        dur = self.need_one(ev, "DURATION")
        if dur and not valid_duration(dur[3]):
            self.err(dur[1], f"DURATION {dur[3]!r} is not valid RFC 5545 duration syntax")
        if dur and dur[3].startswith("-"):
            self.err(dur[1], f"negative DURATION {dur[3]!r}")
        for p in self.props(ev, "DTEND"):
            self.err(p[1], "VEVENT has DTEND (the contract uses DURATION only)")
        for pname in ("SUMMARY", "DESCRIPTION"):
            p = self.need_one(ev, pname)
            if p and not p[3].strip():
                self.err(p[1], f"empty {pname}")
        if not self.props(ev, "CATEGORIES"):
            self.err(ev["line"], "VEVENT has no CATEGORIES")
        seq = self.need_one(ev, "SEQUENCE")
        if seq and not re.fullmatch(r"\d+", seq[3]):
            self.err(seq[1], f"SEQUENCE {seq[3]!r} is not a non-negative integer")
        alarms = [c for c in ev["children"] if c["name"] == "VALARM"]
        status = self.props(ev, "STATUS")
        cancelled = bool(status) and status[0][3].upper() == "CANCELLED"
        for p in status:
            if p[3].upper() not in ("CANCELLED", "CONFIRMED"):
                self.err(p[1], f"STATUS {p[3]!r} (expected CANCELLED or CONFIRMED)")
        if len(status) > 1:
            self.err(status[1][1], "VEVENT has more than one STATUS")
        if cancelled and alarms:
            self.err(ev["line"], "cancelled VEVENT has a VALARM (it would still remind)")
        elif not cancelled and len(alarms) != 1:
            self.err(ev["line"], f"VEVENT has {len(alarms)} VALARM (expected exactly 1)")
        for c in ev["children"]:
            if c["name"] != "VALARM":
                self.err(c["line"], f"unexpected {c['name']} inside VEVENT")
        for alarm in alarms:
            self.check_valarm(alarm)

    def check_valarm(self, al):
        action = self.need_one(al, "ACTION")
        trig = self.need_one(al, "TRIGGER")
        if trig:
            vt = trig[2].get("VALUE", ["DURATION"])
            if vt == ["DATE-TIME"]:
                if not UTC_DATETIME_RE.match(trig[3]):
                    self.err(trig[1], f"absolute TRIGGER {trig[3]!r} is not UTC")
            elif not valid_duration(trig[3]):
                self.err(trig[1], f"TRIGGER {trig[3]!r} is not a valid duration")
        if action and action[3].upper() == "DISPLAY":
            d = self.need_one(al, "DESCRIPTION", " for ACTION:DISPLAY")
            if d and not d[3].strip():
                self.err(d[1], "empty VALARM DESCRIPTION")
        has_dur = bool(self.props(al, "DURATION"))
        has_rep = bool(self.props(al, "REPEAT"))
        if has_dur != has_rep:
            self.err(al["line"], "VALARM has only one of DURATION and REPEAT (both or neither)")

    def run(self):
        try:
            with open(self.path, "rb") as f:
                data = f.read()
        except OSError as e:
            print(f"{self.path}: cannot read: {e}", file=sys.stderr)
            return None
        self.events = 0
        lines = self.physical_lines(data)
        self.check_physical(lines)
        self.check_structure(self.unfold(lines))
        return self.problems


def main(argv):
    if len(argv) < 2 or argv[1] in ("-h", "--help"):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    status = 0
    for path in argv[1:]:
        lint = Lint(path)
        problems = lint.run()
        if problems is None:
            return 2
        for line, msg in sorted(problems, key=lambda p: p[0]):
            print(f"{path}:{line}: {msg}")
        if problems:
            status = 1
        else:
            print(f"{path}: ok ({lint.events} events)")
    return status


if __name__ == "__main__":
    import signal
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `| head` is not an error
    sys.exit(main(sys.argv))
