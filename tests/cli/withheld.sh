#!/usr/bin/env bash
# End-to-end checks that red flags withhold the plan: every RF-EMERG trigger gets exit 11
# and no sessions from every command that plans (with or without a clearance); an
# RF-URGENT profile gets exit 10 and no sessions until a clearance lifts it.
# usage: withheld.sh BACKSTRIDE EXAMPLES_DIR
set -uo pipefail
bin="$1"
examples="$2"
py=/usr/bin/python3
today=2026-12-01
source "$(dirname "$0")/lib.sh"

# make_profile OUT BASE PYTHON_STATEMENTS: copies BASE with edits to the dict `p`.
make_profile() {
  "$py" - "$2" "$1" "$3" <<'EOF'
import json, sys
p = json.load(open(sys.argv[1]))
exec(sys.argv[3])
json.dump(p, open(sys.argv[2], "w"), indent=2)
EOF
}

# json_is FILE PYTHON_EXPR: evaluates the expression over the parsed document `j`.
json_is() {
  "$py" -c 'import json, sys
j = json.load(open(sys.argv[1]))
sys.exit(0 if eval(sys.argv[2]) else "not true for: %s" % json.dumps(j)[:400])' "$1" "$2"
}

# Text output without planned sessions: no "Week N" table, no "[ ] Tue 2026-12-01 ..." rows,
# no "Next"/"Today" session line.
no_planned_text() {
  ! grep -Eq '^Week [0-9]+|^\s*\[ \] (Mon|Tue|Wed|Thu|Fri|Sat|Sun) [0-9]{4}-|^\s*Next\s' "$1"
}
no_next_text() {
  ! grep -Eq '^\s*(Today|Next)\s+(Mon|Tue|Wed|Thu|Fri|Sat|Sun) [0-9]{4}-' "$1"
}

# A plan document with no sessions: empty weeks and no segments anywhere.
no_sessions='j["weeks"] == [] and "segments" not in json.dumps(j)'
clearance='p["clearance"] = {"by": "Dr Test (GP)", "date": "2026-11-20", "allow_running": True, "notes": ""}'

# expect_withheld NAME PROFILE CODE ACTION: plan (text, json, -o), next (text, json), check.
expect_withheld() {
  local name="$1" profile="$2" code="$3" action="$4" rc
  "$bin" plan "$profile" --today "$today" >"$work/out.txt" 2>"$work/err"
  rc=$?
  check "$name: plan exits $code" test "$rc" = "$code"
  check "$name: plan text has no week table or planned session" no_planned_text "$work/out.txt"
  check "$name: plan text cites the rule" grep -q "($rule)" "$work/out.txt"
  "$bin" plan "$profile" --today "$today" -f json >"$work/out.json" 2>"$work/err"
  rc=$?
  check "$name: plan -f json exits $code" test "$rc" = "$code"
  check "$name: plan json has no sessions" json_is "$work/out.json" "$no_sessions"
  check "$name: plan json decision is $action ($rule)" json_is "$work/out.json" \
    "j['decision']['action'] == '$action' and j['decision']['rule'] == '$rule' and j['withheld'] is True and j['exit_code'] == $code"
  for program in c25k-classic walk-base; do
    "$bin" plan "$profile" --today "$today" -f json --program "$program" >"$work/out.json" 2>"$work/err"
    rc=$?
    check "$name: plan --program $program exits $code" test "$rc" = "$code"
    check "$name: plan --program $program has no sessions" json_is "$work/out.json" "$no_sessions"
  done
  # (run from the profile's directory: a relative history_file resolves against it)
  (cd "$(dirname "$profile")" && "$bin" plan - --today "$today" -f json) <"$profile" >"$work/out.json" 2>"$work/err"
  rc=$?
  check "$name: plan from stdin exits $code" test "$rc" = "$code"
  rm -f "$work/plan-out.json"
  "$bin" plan "$profile" --today "$today" -o "$work/plan-out.json" 2>"$work/err"
  rc=$?
  check "$name: plan -o exits $code" test "$rc" = "$code"
  if [[ -e "$work/plan-out.json" ]]; then
    check "$name: plan -o file has no sessions" json_is "$work/plan-out.json" "$no_sessions"
  fi
  "$bin" next "$profile" --today "$today" >"$work/out.txt" 2>"$work/err"
  rc=$?
  check "$name: next exits $code" test "$rc" = "$code"
  check "$name: next text offers no session" no_next_text "$work/out.txt"
  "$bin" next "$profile" --today "$today" -f json >"$work/out.json" 2>"$work/err"
  rc=$?
  check "$name: next -f json exits $code" test "$rc" = "$code"
  check "$name: next json has no session" json_is "$work/out.json" \
    "j['session_today'] is None and j['next_session'] is None and j['decision']['action'] == '$action' and j['decision']['rule'] == '$rule'"
}

base="$examples/beginner-chronic.json"

# ---- every RF-EMERG trigger, alone, without and with a clearance ---------------------------
for trigger in saddle_numbness bladder_bowel_change sexual_function_change leg_weakness_worsening \
  major_trauma minor_trauma_with_osteoporosis chest_pain both_legs; do
  if [[ $trigger == both_legs ]]; then
    edit='p["back_pain"]["leg_symptoms"] = "both_legs"'
  else
    edit="p['screening']['$trigger'] = True"
  fi
  make_profile "$work/$trigger.json" "$base" "$edit"
  "$bin" validate "$work/$trigger.json" >/dev/null 2>&1
  check "$trigger: the profile is valid" test $? = 0
  rule=RF-EMERG
  expect_withheld "$trigger" "$work/$trigger.json" 11 emergency
  "$bin" check "$work/$trigger.json" >/dev/null 2>&1
  check "$trigger: check exits 11" test $? = 11
  "$bin" check "$work/$trigger.json" -f json >"$work/out.json" 2>&1
  check "$trigger: check -f json says urgent" json_is "$work/out.json" \
    "j['screening']['status'] == 'urgent' and any(f['rule'] == 'RF-EMERG' and not f['lifted'] for f in j['screening']['findings'])"

  make_profile "$work/$trigger-cleared.json" "$work/$trigger.json" "$clearance"
  expect_withheld "$trigger + clearance" "$work/$trigger-cleared.json" 11 emergency
  "$bin" check "$work/$trigger-cleared.json" >/dev/null 2>&1
  check "$trigger + clearance: check exits 11" test $? = 11
  make_profile "$work/$trigger-walk.json" "$work/$trigger.json" \
    'p["clearance"] = {"by": "Dr Test", "date": "2026-11-20", "max_pain_during": 2, "allow_running": False}'
  expect_withheld "$trigger + walking-only clearance" "$work/$trigger-walk.json" 11 emergency
done

# ---- an emergency answer with a history that would otherwise progress -----------------------
mkdir "$work/hist"
make_profile "$work/hist/p.json" "$examples/lapsed-runner.json" 'p["screening"]["major_trauma"] = True'
cp "$examples/lapsed-runner.history.jsonl" "$work/hist/"
rule=RF-EMERG
expect_withheld "major_trauma with a pain history" "$work/hist/p.json" 11 emergency

# ---- a red flag logged in the history ---------------------------------------------------
mkdir "$work/logged"
cp "$examples/lapsed-runner.json" "$work/logged/p.json"
cp "$examples/lapsed-runner.history.jsonl" "$work/logged/"
"$bin" log "$work/logged/p.json" --date 2026-11-26 --session S06-2 --completed --pain-before 2 \
  --pain-during 2 --pain-after 2 --symptom saddle_numbness --today "$today" >/dev/null 2>&1
check "logging saddle numbness writes the entry and exits 11" test $? = 11
rule=RF-EMERG
expect_withheld "saddle numbness logged" "$work/logged/p.json" 11 emergency

# ---- RF-URGENT: exit 10 and no sessions until cleared ------------------------------------
for trigger in fever cancer_history; do
  make_profile "$work/$trigger.json" "$base" "p['screening']['$trigger'] = True"
  rule=RF-URGENT
  expect_withheld "$trigger" "$work/$trigger.json" 10 refer
  "$bin" check "$work/$trigger.json" >/dev/null 2>&1
  check "$trigger: check exits 10" test $? = 10

  make_profile "$work/$trigger-cleared.json" "$work/$trigger.json" "$clearance"
  "$bin" check "$work/$trigger-cleared.json" >/dev/null 2>&1
  check "$trigger + clearance: check exits 0" test $? = 0
  "$bin" plan "$work/$trigger-cleared.json" --today "$today" -f json >"$work/out.json" 2>"$work/err"
  check "$trigger + clearance: plan exits 0" test $? = 0
  check "$trigger + clearance: plan has jog sessions" json_is "$work/out.json" \
    'j["withheld"] is False and len(j["weeks"]) > 0 and "\"jog\"" in json.dumps(j["weeks"])'
  check "$trigger + clearance: finding shown as lifted" json_is "$work/out.json" \
    "any(f['rule'] == 'RF-URGENT' and f['lifted'] for f in j['screening']['findings'])"
  "$bin" next "$work/$trigger-cleared.json" --today "$today" -f json >"$work/out.json" 2>"$work/err"
  check "$trigger + clearance: next exits 0" test $? = 0
  check "$trigger + clearance: next gives a session" json_is "$work/out.json" 'j["next_session"] is not None'
  "$bin" plan "$work/$trigger-cleared.json" --today "$today" >"$work/out.txt" 2>"$work/err"
  check "$trigger + clearance: plan text exits 0" test $? = 0
  check "$trigger + clearance: plan text lists S01-1" grep -q "S01-1" "$work/out.txt"
done

finish cli_withheld
