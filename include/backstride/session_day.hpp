#pragma once
// The decisions around one session day: the check before it (CHK-BEFORE, and the red
// flags today's answers raise) and adding next-morning pain to it afterwards. Pure:
// the CLI asks the questions and reads and writes the history file.

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "backstride/assessment.hpp"
#include "backstride/history.hpp"
#include "backstride/profile.hpp"
#include "backstride/program.hpp"

namespace backstride {

// What the check before a session says about today.
enum class BeforeSession {
  go,         // the session as planned
  walk_only,  // CHK-BEFORE: pain above usual + 1 or something new: walk only today
  stop,       // today's answers raise a finding (a red flag, SCR-INPLAN): do not start
};

// The check before a session, and why.
struct BeforeSessionCheck {
  BeforeSession verdict = BeforeSession::go;
  bool pain_above_usual = false;  // pain before > usual + k_before_extra_points (NRS)
  bool something_new = false;     // a symptom was reported before the session
  std::vector<Finding> findings;  // stop: what today's answers raise, in rule-table order
  Action action = Action::start;  // stop: Action::emergency or Action::refer
};

// Findings that today's answers (`probe`: pain before and symptoms, dated today) raise
// on their own, not lifted by the profile's clearance (red flags, SCR-INPLAN).
std::vector<Finding> todays_findings(const Profile& profile, const HistoryEntry& probe);

// Checks today's answers before a session: stop when they raise a finding, else walk
// only when pain before is above usual + 1 (NRS 0-10) or anything new was reported.
BeforeSessionCheck check_before_session(const Profile& profile, const HistoryEntry& probe);

// The exit code of a session refused before it starts: 11 emergency, 10 see a
// clinician; 0 when the check did not stop it.
ExitCode exit_code_for(const BeforeSessionCheck& check);

// True when the morning after `session_day` has come by `today` (next-morning pain
// may be logged then, not before).
bool next_morning_has_come(Date session_day, Date today);

// Why next-morning pain cannot be added to a logged day.
enum class NextMorningRefusal {
  none,              // `index` names the entry to update
  no_session,        // nothing logged that day (for that session, when one is named)
  several_sessions,  // several sessions that day and none named: name one
  already_logged,    // the entry has next-morning pain already and there is no force
};

// Which entry gets the next-morning score, or why none may.
struct NextMorningTarget {
  NextMorningRefusal refusal = NextMorningRefusal::none;
  std::optional<std::size_t> index;   // into the entries given: the last one for the day
  std::vector<std::string> sessions;  // the day's sessions, in the order first logged
};

// Picks the entry that gets next-morning pain: the last one logged on `day` (for
// `session` when it is not empty). Refuses when there is none, when the day has several
// sessions and none is named, or when it has next-morning pain already and not `force`.
// `index` is also set with already_logged, naming the entry that has it.
NextMorningTarget next_morning_target(std::span<const HistoryEntry> entries, Date day,
                                      std::string_view session, bool force);

// The session a log entry dated `day` most likely records.
struct ExpectedSession {
  std::string id;       // "S01-2"
  Date date;            // the day the plan puts it on
  bool on_day = false;  // the plan puts it on `day` itself (else it is the next one after)
};

// The sessions a log entry dated `day` may name, and the one it most likely names.
struct DaySessions {
  std::optional<ExpectedSession> expected;  // nullopt: the plan is withheld or finished
  std::vector<std::string> known_ids;       // every session of the person's programs
};

// What the plan as of `day` expects on that day: its session that day, else its next
// one; and the ids of every session of the program followed (the requested one, the
// entry program such as walk-base, and the programs they hand over to).
DaySessions sessions_for_day(const Profile& profile, const Program& requested, Date day);

}  // namespace backstride
