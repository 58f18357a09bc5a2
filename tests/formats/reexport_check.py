#!/usr/bin/python3
"""Re-export stability: compares two event dumps written by
`node ics_roundtrip.mjs ICS JSON --dump FILE` (each event: uid, sequence, session_id).

Usage: /usr/bin/python3 reexport_check.py OLD_DUMP.json NEW_DUMP.json
For every session id present in both exports: the UID must be the same and the new
SEQUENCE strictly higher. A UID may not move to a different session id. At least one
session id must be shared (else the check is vacuous). Exit 0 = ok, 1 = problems.
Standard library only.
"""

import json
import sys


def load(path):
    with open(path, encoding="utf-8") as f:
        events = json.load(f)
    by_session, by_uid, problems = {}, {}, []
    for ev in events:
        sid = ev.get("session_id")
        if sid is None:
            problems.append(f"{path}: event {ev.get('uid')} was not matched to a session")
            continue
        if sid in by_session:
            problems.append(f"{path}: session id {sid} appears twice")
        by_session[sid] = ev
        by_uid[ev.get("uid")] = sid
    return by_session, by_uid, problems


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    old, old_uids, p1 = load(argv[1])
    new, new_uids, p2 = load(argv[2])
    problems = p1 + p2
    shared = [sid for sid in old if sid in new]
    if not shared:
        problems.append("no session id is in both exports: nothing to compare")
    for sid in shared:
        o, n = old[sid], new[sid]
        if o["uid"] != n["uid"]:
            problems.append(f"session {sid}: UID changed {o['uid']} -> {n['uid']}")
        if not (isinstance(o.get("sequence"), int) and isinstance(n.get("sequence"), int)
                and n["sequence"] > o["sequence"]):
            problems.append(f"session {sid}: SEQUENCE {o.get('sequence')} -> {n.get('sequence')} "
                            f"(must rise)")
    for uid, sid in new_uids.items():
        if uid in old_uids and old_uids[uid] != sid:
            problems.append(f"UID {uid} moved from session {old_uids[uid]} to {sid}")
    for p in problems:
        print(p)
    if problems:
        return 1
    print(f"ok ({len(shared)} shared sessions keep their UID, SEQUENCE raised)")
    return 0


if __name__ == "__main__":
    import signal
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `| head` is not an error
    sys.exit(main(sys.argv))
