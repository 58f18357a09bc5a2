#pragma once

#include <chrono>
#include <ostream>
#include <string>
#include <string_view>

#include "backstride/plan.hpp"

namespace backstride::render {

// Writes the plan as an RFC 5545 calendar: one VEVENT per session with a UTC
// start, DURATION, a stable UID per (profile id, session id), SEQUENCE raised by
// each logged session, and a VALARM carrying the pre-session check. A withheld
// plan gets no sessions: at most one reminder to see a clinician (none for an
// emergency). `stamp` is the DTSTAMP of every event.
void write_plan_ics(const Plan& plan, std::chrono::sys_seconds stamp, std::ostream& out);

// Folds one content line (without CRLF) at 75 octets, never inside a UTF-8
// sequence or between a backslash and the character it escapes; adds CRLFs.
std::string fold_ics_line(std::string_view line);

// Escapes TEXT for iCalendar: backslash, semicolon, comma and newline.
std::string escape_ics_text(std::string_view text);

}  // namespace backstride::render
