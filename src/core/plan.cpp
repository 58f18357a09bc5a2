#include "backstride/plan.hpp"

namespace backstride {
namespace {

void add_session(Totals& totals, const PlannedSession& session) {
  totals.sessions += 1;
  totals.seconds += total_seconds(session.segments);
  totals.jog_seconds += seconds_of(session.segments, SegmentKind::jog);
}

}  // namespace

Totals totals_of(const PlanWeek& week) {
  Totals totals;
  for (const auto& session : week.sessions) {
    add_session(totals, session);
  }
  totals.walk_seconds = totals.seconds - totals.jog_seconds;
  return totals;
}

Totals totals_of(const Plan& plan) {
  Totals totals;
  for (const auto& week : plan.weeks) {
    for (const auto& session : week.sessions) {
      add_session(totals, session);
    }
  }
  totals.walk_seconds = totals.seconds - totals.jog_seconds;
  return totals;
}

const PlannedSession* first_session(const Plan& plan) {
  for (const auto& week : plan.weeks) {
    if (!week.sessions.empty()) {
      return &week.sessions.front();
    }
  }
  return nullptr;
}

}  // namespace backstride
