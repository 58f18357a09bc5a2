#include "backstride/render/ics_previous.hpp"

#include <memory>
#include <set>

#include <fmt/format.h>
#include <libical/ical.h>

#include "backstride/error.hpp"

namespace backstride::render {
namespace {

using Component = std::unique_ptr<icalcomponent, decltype(&icalcomponent_free)>;

[[noreturn]] void bad(std::string_view source, std::string_view what) {
  throw Error(ExitCode::data_error,
              fmt::format("{}: not a calendar this plan can replace: {} (allowed: an .ics file "
                          "written by backstride plan -f ics)",
                          source, what));
}

// The first parse error libical recorded anywhere in `component`, or "".
std::string first_parse_error(icalcomponent* component) {
  for (icalproperty* p = icalcomponent_get_first_property(component, ICAL_XLICERROR_PROPERTY); p;
       p = icalcomponent_get_next_property(component, ICAL_XLICERROR_PROPERTY)) {
    const char* message = icalproperty_get_xlicerror(p);
    return message != nullptr ? message : "parse error";
  }
  for (icalcomponent* c = icalcomponent_get_first_component(component, ICAL_ANY_COMPONENT); c;
       c = icalcomponent_get_next_component(component, ICAL_ANY_COMPONENT)) {
    if (std::string found = first_parse_error(c); !found.empty()) {
      return found;
    }
  }
  return {};
}

std::chrono::sys_seconds utc_instant(icaltimetype time) {
  return std::chrono::sys_seconds{std::chrono::seconds{icaltime_as_timet_with_zone(
      time, time.zone != nullptr ? time.zone : icaltimezone_get_utc_timezone())}};
}

std::string text_of(icalcomponent* event, icalproperty_kind kind) {
  icalproperty* p = icalcomponent_get_first_property(event, kind);
  const char* value = p != nullptr ? icalvalue_get_text(icalproperty_get_value(p)) : nullptr;
  return value != nullptr ? value : "";
}

PreviousEvent read_event(icalcomponent* event, std::string_view source, int index) {
  PreviousEvent found;
  const char* uid = icalcomponent_get_uid(event);
  if (uid == nullptr || *uid == '\0') {
    bad(source, fmt::format("event {} has no UID", index));
  }
  found.uid = uid;
  icaltimetype start = icalcomponent_get_dtstart(event);
  if (icaltime_is_null_time(start)) {
    bad(source, fmt::format("event {} has no DTSTART", index));
  }
  found.start = utc_instant(start);
  found.sequence = std::max(0, icalcomponent_get_sequence(event));
  icaldurationtype duration = icalcomponent_get_duration(event);
  found.seconds =
      icaldurationtype_is_null_duration(duration) ? 0 : icaldurationtype_as_int(duration);
  found.summary = text_of(event, ICAL_SUMMARY_PROPERTY);
  found.description = text_of(event, ICAL_DESCRIPTION_PROPERTY);
  found.cancelled = icalcomponent_get_status(event) == ICAL_STATUS_CANCELLED;
  return found;
}

}  // namespace

std::vector<PreviousEvent> parse_previous_ics(std::string_view text, std::string_view source) {
  if (text.find("BEGIN:VCALENDAR") == std::string_view::npos) {
    bad(source, "no BEGIN:VCALENDAR");
  }
  std::string copy(text);
  Component calendar(icalparser_parse_string(copy.c_str()), &icalcomponent_free);
  if (!calendar || icalcomponent_isa(calendar.get()) != ICAL_VCALENDAR_COMPONENT) {
    bad(source, "libical found no single VCALENDAR in it");
  }
  if (!first_parse_error(calendar.get()).empty()) {
    bad(source, "libical could not parse all of it");  // its message may quote the file
  }
  // Only our own calendars: cancelling every event of someone's whole calendar export
  // (given by mistake) would clear their appointments on the next import.
  icalproperty* prodid = icalcomponent_get_first_property(calendar.get(), ICAL_PRODID_PROPERTY);
  const char* maker = prodid != nullptr ? icalproperty_get_prodid(prodid) : nullptr;
  if (maker == nullptr ||
      std::string_view(maker).find("//backstride//") == std::string_view::npos) {
    bad(source, "its PRODID does not name backstride, so its events are not ours to cancel");
  }
  std::vector<PreviousEvent> events;
  std::set<std::string> uids;
  int index = 0;
  for (icalcomponent* c = icalcomponent_get_first_component(calendar.get(), ICAL_VEVENT_COMPONENT);
       c; c = icalcomponent_get_next_component(calendar.get(), ICAL_VEVENT_COMPONENT)) {
    events.push_back(read_event(c, source, ++index));
    if (!uids.insert(events.back().uid).second) {
      bad(source, fmt::format("event {} repeats the UID of an earlier one", index));
    }
  }
  return events;
}

}  // namespace backstride::render
