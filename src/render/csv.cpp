#include "backstride/render/csv.hpp"

#include <array>

#include <fmt/format.h>

#include "backstride/render/catalogue.hpp"
#include "backstride/render/describe.hpp"
#include "backstride/render/text.hpp"
#include "backstride/render/wording.hpp"

namespace backstride::render {
namespace {

constexpr std::array<std::string_view, 9> k_columns = {"Subject",     "Start Date", "Start Time",
                                                       "End Date",    "End Time",   "All Day Event",
                                                       "Description", "Location",   "Private"};
constexpr int k_clinician_reminder_minutes = 15;

std::string us_date(Date date) {
  return fmt::format("{:02}/{:02}/{:04}", static_cast<unsigned>(date.month()),
                     static_cast<unsigned>(date.day()), static_cast<int>(date.year()));
}

std::string us_time(int minutes) {
  int hour = minutes / 60 % 24;
  int twelve = hour % 12 == 0 ? 12 : hour % 12;
  return fmt::format("{:02}:{:02} {}", twelve, minutes % 60, hour < 12 ? "AM" : "PM");
}

void write_row(std::ostream& out, const std::array<std::string, 9>& cells, bool guard) {
  for (std::size_t i = 0; i < cells.size(); ++i) {
    out << (i == 0 ? "" : ",") << csv_field(cells[i], guard);
  }
  out << "\r\n";
}

std::array<std::string, 9> row(std::string subject, Date date, int start_minutes, int seconds,
                               std::string description) {
  int end = start_minutes + (seconds + 59) / 60;
  return {std::move(subject),
          us_date(date),
          us_time(start_minutes),
          us_date(add_days(date, end / (24 * 60))),
          us_time(end % (24 * 60)),
          "False",
          std::move(description),
          "",
          "True"};
}

}  // namespace

std::string csv_field(std::string_view text, bool formula_guard) {
  std::string value(text);
  bool risky = !value.empty() && (value[0] == '=' || value[0] == '+' || value[0] == '-' ||
                                  value[0] == '@' || value[0] == '\t' || value[0] == '\r');
  if (formula_guard && risky) {
    value.insert(value.begin(), '\'');
  }
  if (value.find_first_of(",\"\r\n") == std::string::npos) {
    return value;
  }
  std::string quoted = "\"";
  for (char c : value) {
    quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  }
  return quoted + "\"";
}

void write_plan_csv(const Plan& plan, bool formula_guard, std::ostream& out) {
  std::array<std::string, 9> header;
  for (std::size_t i = 0; i < k_columns.size(); ++i) {
    header[i] = k_columns[i];
  }
  write_row(out, header, false);
  if (plan.withheld) {
    bool emergency = plan.decision.action == Action::emergency;
    write_row(out,
              row(say(emergency ? "cal_emergency" : "cal_refer"), plan.today, plan.start_minutes,
                  k_clinician_reminder_minutes * 60,
                  fmt::format("{} ({}): {}\n{}\n{}\n{}{}", action_title(plan.decision.action),
                              rule_key(plan.decision.rule), plan.decision.reason,
                              withheld_headline(plan.decision.action),
                              withheld_advice(plan.decision.action),
                              safety_signs_text(plan.safety_signs), safety_note())),
              formula_guard);
    return;
  }
  for (const auto& week : plan.weeks) {
    for (const auto& session : week.sessions) {
      write_row(out,
                row(session_summary(session), session.date, session.start_minutes,
                    total_seconds(session.segments), session_description(plan, session)),
                formula_guard);
    }
  }
}

}  // namespace backstride::render
