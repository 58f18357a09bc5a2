// The decisions around a session day (core/session_day.cpp): the check before a
// session (CHK-BEFORE and the red flags today's answers raise), the exit codes they
// imply, and which logged entry gets next-morning pain.
#include <catch2/catch.hpp>

#include <vector>

#include "backstride/session_day.hpp"
#include "scenarios.hpp"

using namespace backstride;
using namespace scenarios;

namespace {

// Today's answers before a session: pain before, the symptoms reported, dated today.
HistoryEntry probe(int before, std::vector<Symptom> symptoms = {}) {
  HistoryEntry e;
  e.date = day("2026-12-01");
  e.session = "S01-1";
  e.completed = false;
  e.pain_before = e.pain_during = e.pain_after = before;
  e.symptoms = std::move(symptoms);
  return e;
}

}  // namespace

TEST_CASE("before a session: pain up to usual + 1 and nothing new is a go") {
  const Profile& p = base_profile();  // usual pain 3
  for (int before : {0, 3, 3 + k_before_extra_points}) {
    INFO("pain before " << before);
    BeforeSessionCheck check = check_before_session(p, probe(before));
    CHECK(check.verdict == BeforeSession::go);
    CHECK_FALSE(check.pain_above_usual);
    CHECK(check.findings.empty());
    CHECK(exit_code_for(check) == ExitCode::ok);
  }
}

TEST_CASE("before a session: pain above usual + 1 means walk only today (CHK-BEFORE)") {
  Profile p = base_profile();
  BeforeSessionCheck check = check_before_session(p, probe(3 + k_before_extra_points + 1));
  CHECK(check.verdict == BeforeSession::walk_only);
  CHECK(check.pain_above_usual);
  CHECK_FALSE(check.something_new);
  CHECK(exit_code_for(check) == ExitCode::ok);
  p.back_pain.usual_pain = 5;  // the limit follows the person's usual pain
  CHECK(check_before_session(p, probe(6)).verdict == BeforeSession::go);
  CHECK(check_before_session(p, probe(7)).verdict == BeforeSession::walk_only);
}

TEST_CASE("before a session: anything new (not a warning sign) means walk only today") {
  BeforeSessionCheck check = check_before_session(base_profile(), probe(3, {Symptom::limp}));
  CHECK(check.verdict == BeforeSession::walk_only);
  CHECK(check.something_new);
  CHECK_FALSE(check.pain_above_usual);
  CHECK(check.findings.empty());
}

TEST_CASE("before a session: a red flag today stops it, emergency first") {
  BeforeSessionCheck emergency =
      check_before_session(base_profile(), probe(2, {Symptom::chest_pain, Symptom::fever}));
  CHECK(emergency.verdict == BeforeSession::stop);
  CHECK(emergency.action == Action::emergency);
  CHECK(exit_code_for(emergency) == ExitCode::emergency);
  REQUIRE(emergency.findings.size() == 2);
  CHECK(emergency.findings[0].rule == RuleId::rf_emerg);  // rule-table order
  CHECK(emergency.findings[1].rule == RuleId::rf_urgent);

  BeforeSessionCheck dizzy = check_before_session(base_profile(), probe(2, {Symptom::dizziness}));
  CHECK(dizzy.verdict == BeforeSession::stop);
  CHECK(dizzy.action == Action::refer);
  CHECK(exit_code_for(dizzy) == ExitCode::clearance_needed);
  REQUIRE(dizzy.findings.size() == 1);
  CHECK(dizzy.findings[0].rule == RuleId::scr_inplan);
}

TEST_CASE("today's findings: only today's, and not those a clearance dated today lifts") {
  Profile p = base_profile();
  p.history = {with_symptom(green("2026-11-20", "S01-1"), Symptom::fever)};  // an old finding
  CHECK(todays_findings(p, probe(3)).empty());
  CHECK(todays_findings(p, probe(3, {Symptom::fever})).size() == 1);
  p.clearance = Clearance{"Dr Test (GP)", day("2026-12-01"), std::nullopt, true, ""};
  CHECK(todays_findings(p, probe(3, {Symptom::fever})).empty());  // cleared today: lifted
  auto emergency = todays_findings(p, probe(3, {Symptom::saddle_numbness}));
  REQUIRE(emergency.size() == 1);  // a clearance never lifts an emergency
  CHECK(emergency[0].rule == RuleId::rf_emerg);
}

TEST_CASE("screening exit codes: 0 clear, 10 see a clinician first, 11 emergency") {
  Screening s;
  CHECK(exit_code_for(s) == ExitCode::ok);
  s.status = ScreeningStatus::clearance_needed;
  CHECK(exit_code_for(s) == ExitCode::clearance_needed);
  s.status = ScreeningStatus::urgent;
  CHECK(exit_code_for(s) == ExitCode::emergency);
  CHECK(static_cast<int>(ExitCode::clearance_needed) == 10);
  CHECK(static_cast<int>(ExitCode::emergency) == 11);
}

TEST_CASE("next-morning pain: only once the morning after has come") {
  CHECK_FALSE(next_morning_has_come(day("2026-12-01"), day("2026-12-01")));
  CHECK(next_morning_has_come(day("2026-12-01"), day("2026-12-02")));
  CHECK(next_morning_has_come(day("2026-11-20"), day("2026-12-02")));
}

TEST_CASE("next-morning pain goes to the last entry logged for the day") {
  // The same session logged twice (an amendment) and another day around it.
  std::vector<HistoryEntry> log = {
      green("2026-11-29", "S01-1"), entry("2026-12-01", "S01-2", 2, {}),
      green("2026-11-30", "S01-9"), entry("2026-12-01", "S01-2", 3, {})};
  NextMorningTarget target = next_morning_target(log, day("2026-12-01"), "", false);
  CHECK(target.refusal == NextMorningRefusal::none);
  REQUIRE(target.index.has_value());
  CHECK(*target.index == 3);
  CHECK(target.sessions == std::vector<std::string>{"S01-2"});
  CHECK(next_morning_target(log, day("2026-12-01"), "S01-2", false).index == 3);
}

TEST_CASE("next-morning pain: refused for no session, several sessions, or a score already") {
  std::vector<HistoryEntry> log = {entry("2026-12-01", "S01-1", 2, {}),
                                   entry("2026-12-01", "S01-2", 2, {}),
                                   entry("2026-11-29", "S00-1", 2, 3)};
  CHECK(next_morning_target(log, day("2026-11-30"), "", false).refusal ==
        NextMorningRefusal::no_session);
  CHECK(next_morning_target(log, day("2026-12-01"), "S09-9", false).refusal ==
        NextMorningRefusal::no_session);
  NextMorningTarget several = next_morning_target(log, day("2026-12-01"), "", false);
  CHECK(several.refusal == NextMorningRefusal::several_sessions);
  CHECK(several.sessions == std::vector<std::string>{"S01-1", "S01-2"});
  NextMorningTarget named = next_morning_target(log, day("2026-12-01"), "S01-1", false);
  CHECK(named.refusal == NextMorningRefusal::none);
  CHECK(named.index == 0);
  NextMorningTarget logged = next_morning_target(log, day("2026-11-29"), "", false);
  CHECK(logged.refusal == NextMorningRefusal::already_logged);
  CHECK(logged.index == 2);
  NextMorningTarget forced = next_morning_target(log, day("2026-11-29"), "", true);
  CHECK(forced.refusal == NextMorningRefusal::none);
  CHECK(forced.index == 2);
}
