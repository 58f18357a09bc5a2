#include "backstride/render/ics.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <vector>

#include <fmt/format.h>

#include "backstride/date.hpp"
#include "backstride/render/catalogue.hpp"
#include "backstride/render/describe.hpp"
#include "backstride/render/text.hpp"
#include "backstride/render/wording.hpp"
#include "backstride/text_util.hpp"
#include "backstride/timezone.hpp"
#include "backstride/uuid.hpp"
#include "backstride/version.hpp"

namespace backstride::render {
namespace {

constexpr std::size_t k_fold_octets = 75;
constexpr int k_reminder_minutes = 30;
constexpr int k_clinician_reminder_seconds = 15 * 60;
constexpr int k_morning_minutes = 8 * 60;  // the next-morning check: 08:00 local
constexpr int k_morning_seconds = 5 * 60;

std::string utc_stamp(std::chrono::sys_seconds instant) {
  auto day = std::chrono::floor<std::chrono::days>(instant);
  std::chrono::hh_mm_ss time{instant - day};
  Date date{day};
  return fmt::format("{:04}{:02}{:02}T{:02}{:02}{:02}Z", static_cast<int>(date.year()),
                     static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()),
                     time.hours().count(), time.minutes().count(), time.seconds().count());
}

std::string ics_duration(int seconds) {
  std::string text = "PT";
  if (seconds >= 3600) {
    text += fmt::format("{}H", seconds / 3600);
  }
  if (seconds % 3600 >= 60) {
    text += fmt::format("{}M", seconds % 3600 / 60);
  }
  if (seconds % 60 != 0 || seconds == 0) {
    text += fmt::format("{}S", seconds % 60);
  }
  return text;
}

// Writes "NAME:value" as folded content lines.
class Writer {
 public:
  explicit Writer(std::ostream& out) : m_out(out) {}
  void raw(std::string_view name, std::string_view value) {
    m_out << fold_ics_line(fmt::format("{}:{}", name, value));
  }
  void text(std::string_view name, std::string_view value) {
    raw(name, escape_ics_text(value));
  }

 private:
  std::ostream& m_out;
};

struct Event {
  std::string uid;
  std::chrono::sys_seconds start;
  int seconds = 0;
  std::string summary;
  std::string description;
  std::string alarm;
  std::string trigger = fmt::format("-PT{}M", k_reminder_minutes);
};

// The one event of a finished program (a calendar needs at least one component), at
// the next full hour after `stamp`, its alarm at that time.
Event finished_reminder(const Plan& plan, std::chrono::sys_seconds stamp) {
  return {uuid_v5(plan.profile_id + "/finished"),
          reminder_time(stamp),
          k_clinician_reminder_seconds,
          say("cal_finished"),
          fmt::format("{} ({}): {}\n{}{}", action_title(plan.decision.action),
                      rule_key(plan.decision.rule), say(plan.decision.reason),
                      safety_signs_text(plan.safety_signs), safety_note()),
          plan.finale.empty() ? say("cal_finished_alarm") : std::string(program_words(plan.finale)),
          "PT0S"};
}

// The single reminder a withheld plan carries instead of a schedule: at the next full
// hour after the calendar was made, its alarm at that time, so it fires.
Event clinician_reminder(const Plan& plan, std::chrono::sys_seconds stamp) {
  Action action = plan.decision.action;
  std::string description =
      fmt::format("{} ({}): {}\n{}\n{}\n{}{}", action_title(action), rule_key(plan.decision.rule),
                  say(plan.decision.reason), withheld_headline(action), withheld_advice(action),
                  safety_signs_text(plan.safety_signs), safety_note());
  return {uuid_v5(plan.profile_id + "/see-a-clinician"),
          reminder_time(stamp),
          k_clinician_reminder_seconds,
          withheld_reminder_title(action),
          description,
          std::string(withheld_headline(action)),
          "PT0S"};
}

std::string alarm_text(const PlannedSession& session) {
  for (const auto& checkpoint : session.checkpoints) {
    if (checkpoint.when == "before") {
      return fmt::format("{} ({})", say(checkpoint.text), rule_key(checkpoint.rule));
    }
  }
  return session_summary(session);
}

// The short next-morning check after a session: log the pain score.
Event morning_check(const Plan& plan, const PlannedSession& session, const IcsOptions& options) {
  std::string command = fmt::format("backstride log {} --date {} --pain-next-morning N",
                                    options.log_profile.empty() ? "me.json" : options.log_profile,
                                    format_date(session.date));
  return {uuid_v5(plan.profile_id + "/" + session.id + "/morning"),
          local_to_utc(add_days(session.date, 1), k_morning_minutes, plan.timezone),
          k_morning_seconds,
          say("cal_morning"),
          say("cal_morning_text", fmt::arg("session", session_summary(session)),
              fmt::arg("date", format_date(session.date)), fmt::arg("command", command)),
          say("cal_morning_alarm"),
          "PT0S"};
}

// Every event of the new calendar, in the order written.
std::vector<Event> events_of(const Plan& plan, std::chrono::sys_seconds stamp,
                             const IcsOptions& options) {
  std::vector<Event> events;
  if (plan.withheld) {
    events.push_back(clinician_reminder(plan, stamp));
  } else if (totals_of(plan).sessions == 0) {
    events.push_back(finished_reminder(plan, stamp));
  }
  for (const auto& week : plan.weeks) {
    for (const auto& session : week.sessions) {
      events.push_back({uuid_v5(plan.profile_id + "/" + session.id), session.start_utc,
                        total_seconds(session.segments), session_summary(session),
                        session_description(plan, session), alarm_text(session)});
      if (options.morning_check) {
        events.push_back(morning_check(plan, session, options));
      }
    }
  }
  return events;
}

// SEQUENCE of an event the old calendar had: never lower than before, one higher when
// what a client shows changed (or it comes back after a cancellation).
int sequence_after(const Event& event, const PreviousEvent& old, int base) {
  bool changed = old.cancelled || old.start != event.start || old.seconds != event.seconds ||
                 old.summary != event.summary ||
                 escape_ics_text(old.description) != escape_ics_text(event.description);
  return std::max(base, old.sequence + (changed ? 1 : 0));
}

void write_event(Writer& w, const Event& event, int sequence, std::chrono::sys_seconds stamp) {
  w.raw("BEGIN", "VEVENT");
  w.raw("UID", event.uid);
  w.raw("DTSTAMP", utc_stamp(stamp));
  w.raw("SEQUENCE", std::to_string(sequence));
  w.raw("DTSTART", utc_stamp(event.start));
  w.raw("DURATION", ics_duration(event.seconds));
  w.text("SUMMARY", event.summary);
  w.text("DESCRIPTION", event.description);
  w.raw("CATEGORIES", message("cal_categories"));
  w.raw("BEGIN", "VALARM");
  w.raw("ACTION", "DISPLAY");
  w.raw("TRIGGER", event.trigger);
  w.text("DESCRIPTION", event.alarm);
  w.raw("END", "VALARM");
  w.raw("END", "VEVENT");
}

// An event of the old calendar the new plan no longer has: sent again as cancelled,
// without its alarm, so that a client that imported it drops or strikes it.
void write_cancelled(Writer& w, const PreviousEvent& old, std::chrono::sys_seconds stamp) {
  w.raw("BEGIN", "VEVENT");
  w.raw("UID", old.uid);
  w.raw("DTSTAMP", utc_stamp(stamp));
  w.raw("SEQUENCE", std::to_string(old.cancelled ? old.sequence : old.sequence + 1));
  w.raw("STATUS", "CANCELLED");
  w.raw("DTSTART", utc_stamp(old.start));
  w.raw("DURATION", ics_duration(old.seconds > 0 ? old.seconds : k_clinician_reminder_seconds));
  std::string summary = old.summary.empty() ? say("cal_cancelled_untitled") : old.summary;
  std::string prefix = say("cal_cancelled", fmt::arg("title", ""));
  w.text("SUMMARY", old.cancelled && summary.starts_with(prefix)
                        ? summary
                        : say("cal_cancelled", fmt::arg("title", summary)));
  w.text("DESCRIPTION", say("cal_cancelled_text"));
  w.raw("CATEGORIES", message("cal_categories"));
  w.raw("END", "VEVENT");
}

}  // namespace

std::string escape_ics_text(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case ';':
        out += "\\;";
        break;
      case ',':
        out += "\\,";
        break;
      case '\n':
        out += "\\n";
        break;
      default:
        // Other control characters (a bare CR included) have no place in TEXT.
        if ((static_cast<unsigned char>(c) >= 0x20 && c != '\x7f') || c == '\t') {
          out += c;
        }
    }
  }
  return out;
}

std::string fold_ics_line(std::string_view line) {
  std::string out;
  if (line.size() <= k_fold_octets) {  // most lines: nothing to fold
    out.reserve(line.size() + 2);
    return out.append(line).append("\r\n");
  }
  out.reserve(line.size() + line.size() / (k_fold_octets - 4) * 3 + 2);
  std::size_t used = 0;
  for (std::size_t at = 0; at < line.size();) {
    std::size_t length = std::max<std::size_t>(1, utf8_sequence_length(line, at));
    if (line[at] == '\\' && at + 1 < line.size()) {
      length += std::max<std::size_t>(1, utf8_sequence_length(line, at + 1));
    }
    if (used + length > k_fold_octets) {
      out += "\r\n ";
      used = 1;
    }
    out.append(line.substr(at, length));
    used += length;
    at += length;
  }
  out += "\r\n";
  return out;
}

std::chrono::sys_seconds reminder_time(std::chrono::sys_seconds generated) {
  return std::chrono::floor<std::chrono::hours>(generated) + std::chrono::hours{1};
}

std::string withheld_reminder_title(Action action) {
  return say(action == Action::emergency ? "cal_emergency"
             : action == Action::pause   ? "cal_pause"
                                         : "cal_refer");
}

void write_plan_ics(const Plan& plan, std::chrono::sys_seconds stamp, std::ostream& out,
                    const IcsOptions& options) {
  Writer w(out);
  w.raw("BEGIN", "VCALENDAR");
  w.raw("VERSION", "2.0");
  w.raw("PRODID", fmt::format("-//backstride//backstride {}//EN", k_version));
  w.raw("CALSCALE", "GREGORIAN");
  std::string_view name = message(
      totals_of(plan).jog_seconds > 0 || plan.withheld ? "cal_name_jogging" : "cal_name_walking");
  w.text("NAME", name);
  w.text("X-WR-CALNAME", name);
  std::map<std::string_view, const PreviousEvent*> previous;
  for (const auto& old : options.previous) {
    previous.emplace(old.uid, &old);
  }
  std::set<std::string> written;
  for (const auto& event : events_of(plan, stamp, options)) {
    auto old = previous.find(event.uid);
    write_event(w, event,
                old == previous.end() ? plan.history_entries
                                      : sequence_after(event, *old->second, plan.history_entries),
                stamp);
    written.insert(event.uid);
  }
  for (const auto& old : options.previous) {
    if (!written.contains(old.uid)) {
      write_cancelled(w, old, stamp);
    }
  }
  w.raw("END", "VCALENDAR");
}

}  // namespace backstride::render
