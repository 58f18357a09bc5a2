#include "backstride/render/ics.hpp"

#include <fmt/format.h>

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
};

void write_event(Writer& w, const Event& event, const Plan& plan, std::chrono::sys_seconds stamp) {
  w.raw("BEGIN", "VEVENT");
  w.raw("UID", event.uid);
  w.raw("DTSTAMP", utc_stamp(stamp));
  w.raw("SEQUENCE", std::to_string(plan.history_entries));
  w.raw("DTSTART", utc_stamp(event.start));
  w.raw("DURATION", ics_duration(event.seconds));
  w.text("SUMMARY", event.summary);
  w.text("DESCRIPTION", event.description);
  w.raw("CATEGORIES", message("cal_categories"));
  w.raw("BEGIN", "VALARM");
  w.raw("ACTION", "DISPLAY");
  w.raw("TRIGGER", fmt::format("-PT{}M", k_reminder_minutes));
  w.text("DESCRIPTION", event.alarm);
  w.raw("END", "VALARM");
  w.raw("END", "VEVENT");
}

// The one event of a finished program (a calendar needs at least one component).
Event finished_reminder(const Plan& plan) {
  return {uuid_v5(plan.profile_id + "/finished"),
          local_to_utc(plan.today, plan.start_minutes, plan.timezone),
          k_clinician_reminder_seconds,
          say("cal_finished"),
          fmt::format("{} ({}): {}\n{}{}", action_title(plan.decision.action),
                      rule_key(plan.decision.rule), plan.decision.reason,
                      safety_signs_text(plan.safety_signs), safety_note()),
          plan.finale.empty() ? say("cal_finished_alarm") : plan.finale};
}

// The single reminder a withheld plan carries instead of a schedule.
Event clinician_reminder(const Plan& plan) {
  bool emergency = plan.decision.action == Action::emergency;
  std::string summary = say(emergency ? "cal_emergency" : "cal_refer");
  std::string description = fmt::format(
      "{} ({}): {}\n{}\n{}\n{}{}", action_title(plan.decision.action), rule_key(plan.decision.rule),
      plan.decision.reason, withheld_headline(plan.decision.action),
      withheld_advice(plan.decision.action), safety_signs_text(plan.safety_signs), safety_note());
  return {uuid_v5(plan.profile_id + "/see-a-clinician"),
          local_to_utc(plan.today, plan.start_minutes, plan.timezone),
          k_clinician_reminder_seconds,
          summary,
          description,
          std::string(withheld_headline(plan.decision.action))};
}

std::string alarm_text(const PlannedSession& session) {
  for (const auto& checkpoint : session.checkpoints) {
    if (checkpoint.when == "before") {
      return fmt::format("{} ({})", checkpoint.text, rule_key(checkpoint.rule));
    }
  }
  return session_summary(session);
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

void write_plan_ics(const Plan& plan, std::chrono::sys_seconds stamp, std::ostream& out) {
  Writer w(out);
  w.raw("BEGIN", "VCALENDAR");
  w.raw("VERSION", "2.0");
  w.raw("PRODID", fmt::format("-//backstride//backstride {}//EN", k_version));
  w.raw("CALSCALE", "GREGORIAN");
  std::string_view name = message(
      totals_of(plan).jog_seconds > 0 || plan.withheld ? "cal_name_jogging" : "cal_name_walking");
  w.text("NAME", name);
  w.text("X-WR-CALNAME", name);
  if (plan.withheld) {
    write_event(w, clinician_reminder(plan), plan, stamp);
  } else if (totals_of(plan).sessions == 0) {
    write_event(w, finished_reminder(plan), plan, stamp);
  }
  for (const auto& week : plan.weeks) {
    for (const auto& session : week.sessions) {
      write_event(w,
                  {uuid_v5(plan.profile_id + "/" + session.id), session.start_utc,
                   total_seconds(session.segments), session_summary(session),
                   session_description(plan, session), alarm_text(session)},
                  plan, stamp);
    }
  }
  w.raw("END", "VCALENDAR");
}

}  // namespace backstride::render
