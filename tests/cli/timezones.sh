#!/usr/bin/env bash
# Issue 13, item 12: a TZ the tz database cannot name is refused (never UTC in silence); a
# local day that did not exist (Pacific/Apia, 2011-12-30) gets no session and keeps the
# rest day real; a local time skipped by a clock change reads the same in every format.
# usage: timezones.sh BACKSTRIDE EXAMPLES_DIR
set -uo pipefail
bin="$(realpath "$1")"
examples="$(realpath "$2")"
unset SOURCE_DATE_EPOCH
export NO_COLOR=1
source "$(dirname "$0")/lib.sh"
py=/usr/bin/python3

# schedule FILE PYTHON_DICT: beginner-chronic's profile with schedule fields replaced.
schedule() { "$py" -c 'import ast, json, sys
p = json.load(open(sys.argv[1])); p["schedule"].pop("unavailable", None)
p["schedule"].update(ast.literal_eval(sys.argv[3])); json.dump(p, open(sys.argv[2], "w"))' \
  "$examples/beginner-chronic.json" "$@"; }
dates() { "$py" -c 'import json, sys
d = json.load(sys.stdin); print(" ".join(s["date"] for w in d["weeks"] for s in w["sessions"]))'; }

# ---- TZ the tz database cannot name ----------------------------------------------------
schedule "$work/no-zone.json" "{}"
"$py" -c 'import json, sys
p = json.load(open(sys.argv[1])); p["schedule"].pop("timezone", None); json.dump(p, open(sys.argv[1], "w"))' "$work/no-zone.json"
for tz in IST-5:30 EST5EDT,M3.2.0,M11.1.0 Nowhere/Atlantis; do
  for format in text ics; do
    TZ=$tz "$bin" plan "$work/no-zone.json" --today 2026-12-01 -f "$format" >"$work/out" 2>"$work/err"
    check "TZ=$tz, a profile without a zone, -f $format: exit 64" test $? = 64
    check "TZ=$tz: the message says why" grep -qF "TZ: \"$tz\" is not a time zone of the tz database" "$work/err"
    check "TZ=$tz: no plan printed" test ! -s "$work/out"
  done
done
TZ=Asia/Kolkata "$bin" plan "$work/no-zone.json" --today 2026-12-01 -f json >"$work/kolkata.json"
check "TZ=Asia/Kolkata: accepted" test $? = 0
check "TZ=Asia/Kolkata: 07:30 local is 02:00 UTC" grep -q '"start_utc": "2026-12-..T02:00:00Z"' "$work/kolkata.json"
TZ=:Asia/Kolkata "$bin" plan "$work/no-zone.json" --today 2026-12-01 -f json | cmp -s - "$work/kolkata.json"
check "TZ=:Asia/Kolkata: the same plan" test $? = 0
TZ=IST-5:30 "$bin" plan "$examples/beginner-chronic.json" --today 2026-12-01 >/dev/null
check "TZ=IST-5:30 with schedule.timezone in the profile: fine" test $? = 0

# ---- --timezone: a city that names one zone -------------------------------------------
TZ=UTC "$bin" plan "$work/no-zone.json" --today 2026-12-01 -f json --timezone "kolkata" |
  cmp -s - "$work/kolkata.json"
check "--timezone kolkata: the plan of Asia/Kolkata" test $? = 0
TZ=UTC "$bin" plan "$work/no-zone.json" --today 2026-12-01 --timezone Kolk >/dev/null 2>"$work/err"
check "--timezone Kolk: exit 64" test $? = 64
check "--timezone Kolk: the zone it may mean" \
  grep -qF '"Kolk" is not a time zone; did you mean Asia/Kolkata?' "$work/err"
mkdir "$work/in" && cp "$examples/beginner-chronic.json" "$work/no-zone.json" "$work/in/"
"$py" -c 'import json, sys
p = json.load(open(sys.argv[1])); p["id"] = "no-zone"; json.dump(p, open(sys.argv[1], "w"))' "$work/in/no-zone.json"
TZ=IST-5:30 "$bin" batch "$work/in" -o "$work/out-dir" -f ics --today 2026-12-01 >/dev/null 2>"$work/err"
check "batch with TZ=IST-5:30: exit 64 for the profile without a zone" test $? = 64
check "batch with TZ=IST-5:30: the profile with a zone is planned" test -s "$work/out-dir/beginner-chronic.ics"
check "batch with TZ=IST-5:30: the one without is not" test ! -e "$work/out-dir/no-zone.ics"

# ---- a day that did not exist: Pacific/Apia skipped Friday 2011-12-30 ---------------------
export TZ=UTC
for days in "['mon', 'wed', 'fri']" "['thu', 'sat']" "['tue', 'fri']"; do
  schedule "$work/apia.json" "{'timezone': 'Pacific/Apia', 'start_date': '2011-12-26', 'days': $days}"
  "$bin" plan "$work/apia.json" --today 2011-12-20 -f json | dates >"$work/apia.dates"
  check "Apia $days: a plan" test -s "$work/apia.dates"
  check "Apia $days: no session on 2011-12-30" bash -c "! grep -q 2011-12-30 '$work/apia.dates'"
  check "Apia $days: a real rest day after every session" "$py" - "$work/apia.dates" <<'PY'
import datetime, sys
days = [datetime.date.fromisoformat(d) for d in open(sys.argv[1]).read().split()]
missing = datetime.date(2011, 12, 30)
for a, b in zip(days, days[1:]):
    real = (b - a).days - (1 if a < missing < b else 0)
    if real < 2:
        sys.exit(f"{a} and {b} are {real} real day(s) apart")
PY
done

# ---- a time skipped by a clock change: 01:30 on 2027-03-28 in London does not exist ------
schedule "$work/dst.json" "{'timezone': 'Europe/London', 'time': '01:30', 'start_date': '2027-03-28', 'days': ['sun', 'tue', 'thu']}"
check "clock change, text: the session reads 02:30" bash -c "'$bin' plan '$work/dst.json' --today 2027-03-20 | grep -q 'Sun 2027-03-28 02:30'"
check "clock change, markdown: 02:30" bash -c "'$bin' plan '$work/dst.json' --today 2027-03-20 -f markdown | grep -q '| 2027-03-28 | 02:30 |'"
check "clock change, csv: 02:30" bash -c "'$bin' plan '$work/dst.json' --today 2027-03-20 -f csv | grep -q ',2027-03-28,02:30,2027-03-28T02:30:00,'"
check "clock change, gcal-csv: 2:30 AM" bash -c "'$bin' plan '$work/dst.json' --today 2027-03-20 -f gcal-csv | grep -q '03/28/2027,2:30 AM'"
check "clock change, json: time 02:30 and 01:30Z" bash -c "'$bin' plan '$work/dst.json' --today 2027-03-20 -f json | grep -A3 '\"date\": \"2027-03-28\"' | tr -d '\n ' | grep -q '\"time\":\"02:30\",\"start_utc\":\"2027-03-28T01:30:00Z\"'"
check "clock change, ics: 01:30Z (02:30 BST)" bash -c "'$bin' plan '$work/dst.json' --today 2027-03-20 -f ics | grep -q 'DTSTART:20270328T013000Z'"
check "clock change: the next week reads 01:30 again" bash -c "'$bin' plan '$work/dst.json' --today 2027-03-20 | grep -q 'Tue 2027-03-30 01:30'"

finish cli_timezones
