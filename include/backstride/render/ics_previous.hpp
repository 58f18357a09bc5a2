#pragma once

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

namespace backstride::render {

// One VEVENT of a calendar written before (what a re-export needs to cancel or update it).
struct PreviousEvent {
  std::string uid;
  int sequence = 0;
  std::chrono::sys_seconds start{};  // DTSTART as a UTC instant
  int seconds = 0;                   // DURATION (or DTEND - DTSTART), in seconds
  std::string summary;               // decoded TEXT
  std::string description;           // decoded TEXT
  bool cancelled = false;            // STATUS:CANCELLED
};

// Reads the VEVENTs of an iCalendar text with libical, in file order. `source` names
// the file in messages. Throws Error(data_error) when the text is not a calendar, its
// PRODID does not name backstride, a VEVENT lacks a UID or DTSTART, a UID repeats, or
// libical reports a parse error.
std::vector<PreviousEvent> parse_previous_ics(std::string_view text, std::string_view source);

}  // namespace backstride::render
