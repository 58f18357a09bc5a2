#include <array>

#include <fmt/format.h>

#include "backstride/render/catalogue.hpp"
#include "backstride/render/csv.hpp"
#include "backstride/render/describe.hpp"
#include "backstride/render/ics.hpp"
#include "backstride/render/text.hpp"
#include "backstride/render/wording.hpp"
#include "backstride/timezone.hpp"

namespace backstride::render {
namespace {

// Google Calendar's import columns (Google Calendar Help, "Create or edit a .csv file").
constexpr std::array<std::string_view, 9> k_columns = {"Subject",     "Start Date", "Start Time",
                                                       "End Date",    "End Time",   "All Day Event",
                                                       "Description", "Location",   "Private"};
using Row = std::array<std::string, k_columns.size()>;
constexpr int k_clinician_reminder_minutes = 15;

// Google's date format: MM/DD/YYYY.
std::string us_date(Date date) {
  return fmt::format("{:02}/{:02}/{:04}", static_cast<unsigned>(date.month()),
                     static_cast<unsigned>(date.day()), static_cast<int>(date.year()));
}

// Google's time format: h:mm AM/PM ("10:00 AM", "1:00 PM", as in Google's example).
std::string us_time(int minutes) {
  int hour = minutes / 60 % 24;
  int twelve = hour % 12 == 0 ? 12 : hour % 12;
  return fmt::format("{}:{:02} {}", twelve, minutes % 60, hour < 12 ? "AM" : "PM");
}

// The description leads with the person's name on its own line, so that a clinician who
// imports several people's plans into one calendar sees whose session it is.
std::string with_name_first(const Plan& plan, std::string_view description) {
  return std::string(plan.profile_name).append("\n").append(description);
}

Row row(std::string subject, Date date, int start_minutes, int seconds, std::string description) {
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

void write_plan_gcal_csv(const Plan& plan, std::chrono::sys_seconds generated, bool formula_guard,
                         std::ostream& out) {
  Row header;
  for (std::size_t i = 0; i < k_columns.size(); ++i) {
    header[i] = k_columns[i];
  }
  write_csv_record(out, header, false);
  if (plan.withheld) {
    auto [date, minutes] = utc_to_local(reminder_time(generated), plan.timezone);
    write_csv_record(
        out,
        row(withheld_reminder_title(plan.decision.action), date, minutes,
            k_clinician_reminder_minutes * 60,
            with_name_first(
                plan, fmt::format("{} ({}): {}\n{}\n{}\n{}{}", action_title(plan.decision.action),
                                  rule_key(plan.decision.rule), say(plan.decision.reason),
                                  withheld_headline(plan.decision.action),
                                  withheld_advice(plan.decision.action),
                                  safety_signs_text(plan.safety_signs), safety_note()))),
        formula_guard);
    return;
  }
  for (const auto& week : plan.weeks) {
    for (const auto& session : week.sessions) {
      write_csv_record(out,
                       row(session_summary(session), session.date, session.start_minutes,
                           total_seconds(session.segments),
                           with_name_first(plan, session_details(plan, session))),
                       formula_guard);
    }
  }
}

}  // namespace backstride::render
