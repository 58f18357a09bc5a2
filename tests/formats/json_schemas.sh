#!/usr/bin/env bash
# The JSON Schemas against ajv (npm; tests/formats/json_check.mjs, strict mode): the outside
# check of what tests/unit/test_json_schemas.cpp checks with valijson.
#
# Usage: tests/formats/json_schemas.sh BINARY REPO_DIR
# Tools: node and tests/formats/node_modules (scripts/setup-test-tools: npm ci here).
#
#   - `backstride schema NAME` prints data/schema/NAME.schema.json byte for byte, for
#     plan, next, check, rules, programs, profile, program and clinic, and each compiles
#     in ajv's strict mode;
#   - plan -f json and next -f json (--today 2026-12-01) of every example, of the format
#     patients (withheld: emergency and urgent; paused) and of a pending and a finished
#     plan made here, each validate against plan and next; check -f json of the same
#     profiles against check; rules -f json and programs -f json against theirs;
#   - the inputs: examples/*.json and tests/formats/patients/*.json against profile, their
#     history lines against its history_entry, data/programs/*.json against program,
#     tests/formats/clinic/clinic.json against clinic;
#   - one deliberately broken document per schema (a required field missing, an enum
#     value that does not exist, an unknown key) fails.
# Prints ok/FAIL per check and `json schemas: N passed, M failed`; exit 1 on any failure.
set -uo pipefail

if (($# != 2)); then
  echo "usage: $0 BINARY REPO_DIR" >&2
  exit 2
fi
BIN="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
REPO="$(cd "$2" && pwd)"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PY=/usr/bin/python3
export SOURCE_DATE_EPOCH=1796083200 TZ=UTC NO_COLOR=1
# shellcheck source=../skip.sh
source "$here/../skip.sh"
command -v node >/dev/null && [[ -d "$here/node_modules/ajv" ]] ||
  skip_test "missing node or tests/formats/node_modules/ajv (run scripts/setup-test-tools)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

passed=0
failed=0
check() { # check NAME CMD...: ok when CMD exits 0, else FAIL with its output
  local name="$1" out
  shift
  if out="$("$@" 2>&1)"; then
    echo "ok   $name"
    passed=$((passed + 1))
  else
    echo "FAIL $name"
    sed 's/^/     | /' <<<"$out" | head -12
    failed=$((failed + 1))
  fi
}
ajv() { node "$here/json_check.mjs" "$@"; }

# ------------------------------------------------------------ schema NAME = the data file
for name in plan next check rules programs review profile program clinic; do
  "$BIN" schema "$name" >"$tmp/$name.schema.json"
  check "schema $name prints data/schema/$name.schema.json" \
    cmp "$tmp/$name.schema.json" "$REPO/data/schema/$name.schema.json"
done

# ------------------------------------------------------------ outputs: plan and next
profiles=("$REPO"/examples/*.json "$REPO"/tests/formats/patients/*.json)
# A pending plan: one GREEN session whose next-morning score is not logged yet.
"$PY" - "$REPO/examples/beginner-chronic.json" "$tmp/pending.json" <<'EOF'
import json, sys
p = json.load(open(sys.argv[1], encoding="utf-8"))
p["id"] = "pending"
p["history"] = [{"date": "2026-11-30", "session": "S01-1", "completed": True, "pain_before": 3,
                 "pain_during": 2, "pain_after": 2, "symptoms": [], "note": ""}]
json.dump(p, open(sys.argv[2], "w", encoding="utf-8"))
EOF
# A finished plan: every stage of c25k-classic twice GREEN, every other day, up to
# 2026-11-29 (no gap before --today).
"$BIN" programs -f json >"$tmp/programs.json"
"$PY" - "$REPO/examples/lapsed-runner.json" "$tmp/programs.json" "$tmp/finished.json" <<'EOF'
import datetime, json, sys
p = json.load(open(sys.argv[1], encoding="utf-8"))
programs = json.load(open(sys.argv[2], encoding="utf-8"))["programs"]
stages = next(x for x in programs if x["id"] == "c25k-classic")["stages"]
usual = p["back_pain"]["usual_pain"]
day = datetime.date(2026, 11, 29) - datetime.timedelta(days=2 * (2 * len(stages) - 1))
p["id"] = "finished"
p.pop("history_file", None)
p["schedule"]["start_date"] = day.isoformat()
p["history"] = []
for stage in stages:
    for n in (1, 2):
        p["history"].append({"date": day.isoformat(), "session": f"{stage['id']}-{n}",
                             "completed": True, "pain_before": usual, "pain_during": 1,
                             "pain_after": 1, "pain_next_morning": usual, "symptoms": [],
                             "note": ""})
        day += datetime.timedelta(days=2)
json.dump(p, open(sys.argv[3], "w", encoding="utf-8"))
EOF
profiles+=("$tmp/pending.json" "$tmp/finished.json")
for profile in "${profiles[@]}"; do
  base="$(basename "$profile" .json)"
  extra=()
  [[ $base == finished ]] && extra=(--program c25k-classic)
  "$BIN" plan "$profile" --today 2026-12-01 -f json "${extra[@]}" >"$tmp/$base.plan.json" 2>/dev/null
  "$BIN" next "$profile" --today 2026-12-01 -f json "${extra[@]}" >"$tmp/$base.next.json" 2>/dev/null
  "$BIN" check "$profile" --today 2026-12-01 -f json >"$tmp/$base.check.json" 2>/dev/null
done
"$BIN" rules -f json >"$tmp/rules.json"
# The special plans are what their names say (else this check proves less than it claims).
check "the outputs include withheld, paused, pending and finished plans" "$PY" - "$tmp" <<'EOF'
import json, sys
d = lambda name: json.load(open(f"{sys.argv[1]}/{name}", encoding="utf-8"))
problems = []
if not d("emergency.plan.json")["withheld"]: problems.append("emergency is not withheld")
if d("paused.next.json")["decision"]["action"] != "pause": problems.append("paused is not paused")
if not any(s["zone"] == "pending" for s in d("pending.next.json")["trail"]): problems.append("no pending zone")
f = d("finished.next.json")
if f["next_session"] is not None or d("finished.plan.json")["withheld"]: problems.append("finished is not finished")
sys.exit("; ".join(problems) or None)
EOF
check "plan -f json of every example and special plan validates (ajv)" \
  ajv "$REPO/data/schema/plan.schema.json" "$tmp"/*.plan.json
check "next -f json of every example and special plan validates (ajv)" \
  ajv "$REPO/data/schema/next.schema.json" "$tmp"/*.next.json
check "check -f json of every example and special plan validates (ajv)" \
  ajv "$REPO/data/schema/check.schema.json" "$tmp"/*.check.json
check "rules -f json validates (ajv)" ajv "$REPO/data/schema/rules.schema.json" "$tmp/rules.json"
check "programs -f json validates (ajv)" \
  ajv "$REPO/data/schema/programs.schema.json" "$tmp/programs.json"
"$BIN" review "$REPO/tests/golden/review-json/patients" --today 2026-12-01 -f json >"$tmp/review.json"
check "review -f json validates (ajv)" ajv "$REPO/data/schema/review.schema.json" "$tmp/review.json"

# ------------------------------------------------------------ inputs
check "example and patient profiles validate against profile (ajv)" \
  ajv "$REPO/data/schema/profile.schema.json" "$REPO"/examples/*.json "$REPO"/tests/formats/patients/*.json
check "history lines validate against profile#/definitions/history_entry (ajv)" \
  ajv "$REPO/data/schema/profile.schema.json" --ref '#/definitions/history_entry' --lines \
  "$REPO"/examples/*.jsonl "$REPO"/tests/formats/patients/*.jsonl
check "built-in programs validate against program (ajv)" \
  ajv "$REPO/data/schema/program.schema.json" "$REPO"/data/programs/*.json
check "the test clinic validates against clinic (ajv)" \
  ajv "$REPO/data/schema/clinic.schema.json" "$here/clinic/clinic.json"

# ------------------------------------------------------------ broken documents fail
# break SRC DST PYCODE: DST is SRC with PYCODE run on `d`.
break_doc() {
  "$PY" -c 'import json,sys; d=json.load(open(sys.argv[1],encoding="utf-8")); exec(sys.argv[3]); json.dump(d,open(sys.argv[2],"w",encoding="utf-8"))' "$@"
}
p="$tmp/beginner-chronic.plan.json"
n="$tmp/lapsed-runner.next.json"
break_doc "$p" "$tmp/bad-plan-no-format.json" 'del d["format"]'
break_doc "$p" "$tmp/bad-plan-action.json" 'd["decision"]["action"] = "sprint"'
break_doc "$p" "$tmp/bad-plan-session.json" 'del d["weeks"][0]["sessions"][0]["totals"]'
break_doc "$p" "$tmp/bad-plan-withheld.json" 'd["withheld"] = True'
break_doc "$n" "$tmp/bad-next-old-shape.json" 'd["next_session"] = {"id": "S07-1", "seconds": 1590, "intervals": "jog"}'
break_doc "$n" "$tmp/bad-next-zone.json" 'd["trail"][0]["zone"] = "purple"'
break_doc "$tmp/urgent.check.json" "$tmp/bad-check.json" 'd["screening"]["status"] = "fine"'
break_doc "$tmp/rules.json" "$tmp/bad-rules.json" 'd["rules"][0]["basis"] = "folklore"'
break_doc "$tmp/programs.json" "$tmp/bad-programs.json" 'del d["programs"][0]["stages"]'
break_doc "$REPO/examples/beginner-chronic.json" "$tmp/bad-profile.json" 'del d["screening"]["fever"]'
break_doc "$REPO/data/programs/back-care.json" "$tmp/bad-program.json" 'd["stages"][0]["speed"] = 9'
break_doc "$here/clinic/clinic.json" "$tmp/bad-clinic.json" 'd["format"] = "backstride.clinic/9"'
check "broken plans fail (ajv)" ajv "$REPO/data/schema/plan.schema.json" --expect-invalid "$tmp"/bad-plan-*.json
check "broken next documents fail (ajv)" ajv "$REPO/data/schema/next.schema.json" --expect-invalid "$tmp"/bad-next-*.json
check "a broken check fails (ajv)" ajv "$REPO/data/schema/check.schema.json" --expect-invalid "$tmp/bad-check.json"
check "a broken rules fails (ajv)" ajv "$REPO/data/schema/rules.schema.json" --expect-invalid "$tmp/bad-rules.json"
break_doc "$tmp/review.json" "$tmp/bad-review.json" 'd["patients"][0]["status"] = "fine"'
check "a broken review fails (ajv)" ajv "$REPO/data/schema/review.schema.json" --expect-invalid "$tmp/bad-review.json"
check "a broken programs fails (ajv)" ajv "$REPO/data/schema/programs.schema.json" --expect-invalid "$tmp/bad-programs.json"
check "a broken profile fails (ajv)" ajv "$REPO/data/schema/profile.schema.json" --expect-invalid "$tmp/bad-profile.json"
check "a broken program fails (ajv)" ajv "$REPO/data/schema/program.schema.json" --expect-invalid "$tmp/bad-program.json"
check "a broken clinic fails (ajv)" ajv "$REPO/data/schema/clinic.schema.json" --expect-invalid "$tmp/bad-clinic.json"
# valijson (inside backstride) refuses the same broken profile.
check "the broken profile fails backstride validate (valijson)" \
  bash -c '! "$0" validate "$1" >/dev/null 2>&1' "$BIN" "$tmp/bad-profile.json"

echo "json schemas: $passed passed, $failed failed"
((failed == 0))
