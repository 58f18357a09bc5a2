// Scenario rows for sessions waiting for their next-morning score (PAIN-PENDING, issue 16).
#include "scenarios.hpp"

namespace scenarios {
namespace {

using A = Action;

// A completed GREEN-looking session (pain 2 during and after) with no next-morning score.
HistoryEntry waiting(const char* date, const char* session) {
  return entry(date, session, 2, std::nullopt);
}

}  // namespace

void add_pending_rows(std::vector<Scenario>& t) {
  t.push_back({.name = "next morning not logged yet -> PENDING (not AMBER)",
               .history = {waiting("2026-12-01", "S01-1")},
               .today = "2026-12-01",
               .action = A::continue_stage,
               .rule = RuleId::pain_pending,
               .stage = "S01",
               .extra = [](const Assessment& a) {
                 CHECK(a.trail.at(0).zone == Zone::pending);
                 CHECK(a.greens_in_stage == 0);
               }});
  t.push_back({.name = "4 sessions without a next-morning score -> no review",
               .history = {waiting("2026-12-01", "S01-1"), waiting("2026-12-03", "S01-2"),
                           waiting("2026-12-05", "S01-3"), waiting("2026-12-07", "S01-1")},
               .today = "2026-12-08",
               .action = A::continue_stage,
               .rule = RuleId::pain_pending,
               .stage = "S01"});
  t.push_back({.name = "GREEN then PENDING -> progress waits for the morning",
               .history = {green("2026-12-01", "S01-1"), waiting("2026-12-03", "S01-2")},
               .today = "2026-12-04",
               .action = A::continue_stage,
               .rule = RuleId::pain_pending,
               .stage = "S01",
               .extra = [](const Assessment& a) { CHECK(a.greens_in_stage == 1); }});
  t.push_back({.name = "GREEN then the morning logged for the second -> progress",
               .history = {green("2026-12-01", "S01-1"), green("2026-12-03", "S01-2")},
               .today = "2026-12-04",
               .action = A::progress,
               .rule = RuleId::prog_2,
               .stage = "S02"});
  t.push_back({.name = "pain during 4 without a next-morning score -> AMBER",
               .history = {entry("2026-12-01", "S01-1", 4, std::nullopt)},
               .today = "2026-12-02",
               .action = A::repeat,
               .rule = RuleId::pain_amber,
               .stage = "S01"});
  t.push_back({.name = "3 AMBER then PENDING then AMBER -> REVIEW-AMBER (pending breaks no run)",
               .history = {entry("2026-12-01", "S01-1", 4), entry("2026-12-03", "S01-2", 4),
                           entry("2026-12-05", "S01-3", 4), waiting("2026-12-07", "S01-1"),
                           entry("2026-12-08", "S01-2", 4)},
               .today = "2026-12-09",
               .action = A::review,
               .rule = RuleId::review_amber,
               .stage = "S01"});
  t.push_back({.name = "3 AMBER then PENDING -> repeat (the AMBER run waits too)",
               .history = {entry("2026-12-01", "S01-1", 4), entry("2026-12-03", "S01-2", 4),
                           entry("2026-12-05", "S01-3", 4), waiting("2026-12-07", "S01-1")},
               .today = "2026-12-08",
               .action = A::continue_stage,
               .rule = RuleId::pain_pending,
               .stage = "S01"});
}

}  // namespace scenarios
