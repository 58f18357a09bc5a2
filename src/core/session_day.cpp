#include "backstride/session_day.hpp"

#include <algorithm>

#include "backstride/generate.hpp"
#include "backstride/rules.hpp"

namespace backstride {

std::vector<Finding> todays_findings(const Profile& profile, const HistoryEntry& probe) {
  Profile with_today = profile;
  with_today.history.push_back(probe);
  std::vector<Finding> today;
  for (auto& finding : screen_profile(with_today, probe.date).findings) {
    if (finding.date == probe.date && !finding.lifted) {
      today.push_back(std::move(finding));
    }
  }
  return today;
}

BeforeSessionCheck check_before_session(const Profile& profile, const HistoryEntry& probe) {
  BeforeSessionCheck check;
  check.findings = todays_findings(profile, probe);
  if (!check.findings.empty()) {
    bool emergency = std::ranges::any_of(
        check.findings, [](const Finding& f) { return f.effect == RuleEffect::emergency; });
    check.verdict = BeforeSession::stop;
    check.action = emergency ? Action::emergency : Action::refer;
    return check;
  }
  check.pain_above_usual = probe.pain_before > profile.back_pain.usual_pain + k_before_extra_points;
  check.something_new = !probe.symptoms.empty();
  if (check.pain_above_usual || check.something_new) {
    check.verdict = BeforeSession::walk_only;
  }
  return check;
}

ExitCode exit_code_for(const BeforeSessionCheck& check) {
  if (check.verdict != BeforeSession::stop) {
    return ExitCode::ok;
  }
  return check.action == Action::emergency ? ExitCode::emergency : ExitCode::clearance_needed;
}

bool next_morning_has_come(Date session_day, Date today) {
  return days_between(session_day, today) >= 1;
}

NextMorningTarget next_morning_target(std::span<const HistoryEntry> entries, Date day,
                                      std::string_view session, bool force) {
  NextMorningTarget target;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const HistoryEntry& entry = entries[i];
    if (entry.date != day || (!session.empty() && entry.session != session)) {
      continue;
    }
    if (std::ranges::find(target.sessions, entry.session) == target.sessions.end()) {
      target.sessions.push_back(entry.session);
    }
    target.index = i;
  }
  if (!target.index) {
    target.refusal = NextMorningRefusal::no_session;
  } else if (target.sessions.size() > 1) {
    target.refusal = NextMorningRefusal::several_sessions;
  } else if (entries[*target.index].pain_next_morning && !force) {
    target.refusal = NextMorningRefusal::already_logged;
  }
  return target;
}

namespace {

constexpr int k_program_hops = 4;  // walk-base hands over to back-care: a short chain

// The program with `id`: `requested` itself, else a built-in one (nullptr when unknown).
const Program* program_named(const Program& requested, std::string_view id) {
  return id == requested.id ? &requested : find_builtin_program(id);
}

void add_session_ids(const Program& program, std::vector<std::string>& ids) {
  for (const auto& stage : program.stages) {
    for (std::size_t n = 1; n <= stage.sessions.size(); ++n) {
      ids.push_back(stage.id + "-" + std::to_string(n));
    }
  }
}

}  // namespace

DaySessions sessions_for_day(const Profile& profile, const Program& requested, Date day) {
  Plan plan = build_plan(profile, requested, day, "profile");
  DaySessions result;
  if (const PlannedSession* next = first_session(plan)) {
    result.expected = ExpectedSession{next->id, next->date, next->date == day};
  }
  std::vector<const Program*> programs{&requested};
  const Program* chain = program_named(requested, plan.program_id);
  for (int hops = 0; chain != nullptr && hops < k_program_hops; ++hops) {
    if (std::ranges::find(programs, chain) == programs.end()) {
      programs.push_back(chain);
    }
    chain = program_named(requested, chain->next_program);
  }
  for (const Program* program : programs) {
    add_session_ids(*program, result.known_ids);
  }
  return result;
}

}  // namespace backstride
