#!/usr/bin/env bash
# A real calendar client (Debian's khal) imports a plan, then the re-export that replaces
# it, and must show no active (non-cancelled) session the new plan dropped:
#   1. paused: two RED sessions pause the plan; `plan -o plan.ics --force` replaces the
#      file; after importing it khal lists no active jog session, only the reminder to
#      rest and see a clinician (in the future) and the old sessions as CANCELLED.
#   2. re-plan after a RED: 48 h rest and one stage back moves every session;
#      `--cancel-from old.ics -o new.ics`; khal's active events are exactly the new plan's
#      sessions (none left at an old time), and any session dropped is CANCELLED.
# khal runs on a config and vdir in a temp dir (HOME, XDG_CONFIG_HOME, XDG_DATA_HOME).
# usage: khal.sh BACKSTRIDE EXAMPLES_DIR
set -uo pipefail
bin="$(realpath "$1")"
ex="$(realpath "$2")"
source "$(dirname "$0")/../cli/lib.sh"
PY=/usr/bin/python3
if [[ -n "$(missing_tools khal)" ]]; then
  skip_test "khal is not installed (scripts/setup-test-tools)"
fi
export NO_COLOR=1 TZ=UTC
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/config" XDG_DATA_HOME="$work/home/data"
mkdir -p "$XDG_CONFIG_HOME/khal" "$XDG_DATA_HOME"
epoch_of() { date -u -d "$1" +%s; }

# new_calendar NAME: a fresh khal config with one calendar (a vdir folder).
new_calendar() {
  rm -rf "$XDG_DATA_HOME/khal" "$XDG_DATA_HOME/$1"
  mkdir -p "$XDG_DATA_HOME/$1"
  cat >"$XDG_CONFIG_HOME/khal/config" <<EOF
[calendars]
[[$1]]
path = $XDG_DATA_HOME/$1
type = calendar
[locale]
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
local_timezone = UTC
default_timezone = UTC
EOF
}
# listing FILE: every event khal knows in 2026-2027, "STATUS|start|title|uid" a line.
listing() {
  khal list --format '{cancelled}|{start}|{title}|{uid}' 2026-01-01 2027-12-31 |
    grep '|' >"$1"
}
import() { khal import --batch -a "$1" "$2" >"$work/import.out" 2>&1; }
# red PROFILE DATE: logs a RED session (pain during 7) on DATE.
red() {
  SOURCE_DATE_EPOCH="$(epoch_of "$2")" "$bin" log "$1" --date "$2" --completed --pain-before 2 \
    --pain-during 7 --pain-after 6 >/dev/null 2>&1
}
first_dates() { # first_dates JSON N: the first N session dates of a JSON plan
  "$PY" -c 'import json,sys; d=json.load(open(sys.argv[1])); s=[x["date"] for w in d["weeks"] for x in w["sessions"]]; print(" ".join(s[:int(sys.argv[2])]))' "$1" "$2"
}

setup_person() { # setup_person DIR: lapsed-runner and its history, copied into DIR
  mkdir -p "$1"
  cp "$ex/lapsed-runner.json" "$ex/lapsed-runner.history.jsonl" "$1/"
}

# ---- 1. paused by two REDs; the file is replaced with --force.
p="$work/paused"
setup_person "$p"
new_calendar paused
export SOURCE_DATE_EPOCH="$(epoch_of 2026-12-01T06:00:00Z)"
"$bin" plan "$p/lapsed-runner.json" --today 2026-12-01 -o "$p/plan.ics" >/dev/null 2>"$p/err"
check "paused: first export written" test -s "$p/plan.ics"
"$bin" plan "$p/lapsed-runner.json" --today 2026-12-01 -f json >"$p/plan.json" 2>/dev/null
check "paused: khal imports the plan" import paused "$p/plan.ics"
listing "$p/before"
check "paused: khal lists the jog sessions before the pause" grep -qi '^|.*jog' "$p/before"
read -r d1 d2 <<<"$(first_dates "$p/plan.json" 2)"
red "$p/lapsed-runner.json" "$d1"
red "$p/lapsed-runner.json" "$d2"
export SOURCE_DATE_EPOCH="$(epoch_of "${d2}T19:41:00Z")"
"$bin" plan "$p/lapsed-runner.json" --today "$d2" -o "$p/plan.ics" --force >/dev/null 2>"$p/err"
check "paused: re-export exits 10 (pause)" test $? = 10
check "paused: khal imports the paused re-export" import paused "$p/plan.ics"
listing "$p/after"
check "paused: no active jog session in khal" bash -c "! grep -i '^|.*jog' '$p/after'"
check "paused: the old sessions are listed as CANCELLED" grep -qi '^CANCELLED.*jog' "$p/after"
check "paused: one active event, the reminder to rest and see a clinician" \
  bash -c "[[ \$(grep -c '^|' '$p/after') == 1 ]] && grep -q '^|.*Rest and see a clinician' '$p/after'"
next_hour="$(date -u -d "@$(((SOURCE_DATE_EPOCH / 3600 + 1) * 3600))" '+%Y-%m-%d %H:%M')"
check "paused: the reminder is at the next full hour ($next_hour)" grep -q "^|$next_hour|Rest" "$p/after"
check "paused: as many events as before, plus the reminder" \
  test "$(wc -l <"$p/after")" = "$(($(wc -l <"$p/before") + 1))"

# ---- 2. re-plan after one RED: regressed, written to a new file with --cancel-from.
r="$work/replan"
setup_person "$r"
new_calendar replan
export SOURCE_DATE_EPOCH="$(epoch_of 2026-12-01T06:00:00Z)"
"$bin" plan "$r/lapsed-runner.json" --today 2026-12-01 -o "$r/old.ics" >/dev/null 2>&1
"$bin" plan "$r/lapsed-runner.json" --today 2026-12-01 -f json >"$r/old.json" 2>/dev/null
check "replan: khal imports the plan" import replan "$r/old.ics"
read -r d1 <<<"$(first_dates "$r/old.json" 1)"
red "$r/lapsed-runner.json" "$d1"
export SOURCE_DATE_EPOCH="$(epoch_of "${d1}T19:00:00Z")"
"$bin" plan "$r/lapsed-runner.json" --today "$d1" -o "$r/new.ics" --cancel-from "$r/old.ics" \
  >/dev/null 2>"$r/err"
check "replan: re-export after a RED exits 0" test $? = 0
"$bin" plan "$r/lapsed-runner.json" --today "$d1" -f json >"$r/new.json" 2>/dev/null
check "replan: khal imports the re-export" import replan "$r/new.ics"
listing "$r/after"
"$PY" - "$r/new.json" "$r/after" "$r/old.json" >"$r/compare" 2>&1 <<'EOF'
import json, sys, uuid
new = json.load(open(sys.argv[1]))
old = json.load(open(sys.argv[3]))
rows = [line.rstrip("\n").split("|") for line in open(sys.argv[2])]
active = sorted(r[1] for r in rows if not r[0].strip())
want = sorted(s["start_utc"].replace("T", " ")[:16] for w in new["weeks"] for s in w["sessions"])
problems = []
if active != want:
    problems.append(f"active starts in khal {active[:4]}... != new plan {want[:4]}... "
                    f"({len(active)} vs {len(want)})")
old_ids = {s["id"] for w in old["weeks"] for s in w["sessions"]}
new_ids = {s["id"] for w in new["weeks"] for s in w["sessions"]}
dropped = old_ids - new_ids
cancelled = [r for r in rows if r[0].strip() == "CANCELLED"]
if len(cancelled) != len(dropped):
    problems.append(f"{len(cancelled)} cancelled events, {len(dropped)} sessions dropped")
old_starts = sorted(s["start_utc"].replace("T", " ")[:16] for w in old["weeks"] for s in w["sessions"])
if old_starts == want:
    problems.append("the re-plan moved no session: the check is vacuous")
print("\n".join(problems) or f"{len(active)} active = the new plan, {len(cancelled)} cancelled")
sys.exit(1 if problems else 0)
EOF
check "replan: khal's active events are the new plan's, the dropped ones CANCELLED" test $? = 0
cat "$r/compare"
finish khal
