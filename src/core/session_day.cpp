#include "backstride/session_day.hpp"

#include <algorithm>

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

}  // namespace backstride
