#pragma once

#include <chrono>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "backstride/plan.hpp"
#include "backstride/render/ics_previous.hpp"

namespace backstride::render {

// What shapes a calendar besides the plan: the calendar it replaces, and extra events.
struct IcsOptions {
  std::vector<PreviousEvent> previous;  // the replaced calendar's events (parse_previous_ics)
  bool morning_check = false;           // add a next-morning "log your pain" event per session
  std::string log_profile;              // the profile path the morning check's command names
};

// Writes the plan as an RFC 5545 calendar: one VEVENT per session with a UTC
// start, DURATION, a stable UID per (profile id, session id), SEQUENCE raised by
// each logged session, and a VALARM carrying the pre-session check. A withheld
// plan gets no sessions: one reminder to see a clinician at the next full hour after
// `stamp`. `stamp` is the DTSTAMP of every event. Each event of `options.previous`
// missing from the new calendar is written again with STATUS:CANCELLED, SEQUENCE one
// higher and no alarm; a kept one never gets a lower SEQUENCE than before, and a
// higher one when its time, length, title or description changed.
void write_plan_ics(const Plan& plan, std::chrono::sys_seconds stamp, std::ostream& out,
                    const IcsOptions& options = {});

// When the one event of a plan without sessions (withheld, or its program finished) goes
// into a calendar (ics and gcal-csv): the next full hour strictly after `generated`
// (07:41 -> 08:00, 08:00 -> 09:00), so that it lies ahead and its alarm can fire.
std::chrono::sys_seconds reminder_time(std::chrono::sys_seconds generated);

// The title of a withheld plan's reminder: seek care now, rest and see a clinician (a
// pause), or see one before you start.
std::string withheld_reminder_title(Action action);

// Folds one content line (without CRLF) at 75 octets, never inside a UTF-8
// sequence or between a backslash and the character it escapes; adds CRLFs.
std::string fold_ics_line(std::string_view line);

// Escapes TEXT for iCalendar: backslash, semicolon, comma and newline.
std::string escape_ics_text(std::string_view text);

}  // namespace backstride::render
