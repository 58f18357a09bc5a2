#!/usr/bin/python3
"""Parses an .ics with python3-vobject (Debian's; run with /usr/bin/python3) with
validation on, the strictest structural iCalendar validator available here.

Usage: /usr/bin/python3 ics_vobject.py FILE.ics [FILE.ics ...]
For each file: decodes it as UTF-8 (strict), reads every top-level component with
readComponents(validate=True), requires exactly one VCALENDAR, re-validates it
recursively and serialises it with validate=True. Prints `FILE: ok (N events)` or
`FILE: ERROR <exception>`; exits 1 if any file fails, 2 on a usage error.
"""

import sys

try:
    import vobject
except ImportError as e:  # the pyenv `python3` cannot see Debian's module
    print(f"ics_vobject: cannot import vobject ({e}); run with /usr/bin/python3 after "
          f"scripts/setup-test-tools", file=sys.stderr)
    sys.exit(2)


def check(path):
    with open(path, "rb") as f:
        data = f.read()
    text = data.decode("utf-8")  # strict: bad UTF-8 is an error
    comps = list(vobject.readComponents(text, validate=True))
    if len(comps) != 1:
        raise ValueError(f"expected exactly one top-level component, found {len(comps)}")
    cal = comps[0]
    if cal.name != "VCALENDAR":
        raise ValueError(f"top-level component is {cal.name}, not VCALENDAR")
    cal.validate(True, False)  # raiseException, complainUnrecognized; recurses into children
    cal.serialize(validate=True)
    return len(list(cal.vevent_list)) if hasattr(cal, "vevent_list") else 0


def main(argv):
    if len(argv) < 2 or argv[1] in ("-h", "--help"):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    status = 0
    for path in argv[1:]:
        try:
            n = check(path)
        except Exception as e:  # noqa: BLE001 - any failure is a rejection
            print(f"{path}: ERROR {type(e).__name__}: {e}")
            status = 1
        else:
            print(f"{path}: ok ({n} events)")
    return status


if __name__ == "__main__":
    import signal
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `| head` is not an error
    sys.exit(main(sys.argv))
