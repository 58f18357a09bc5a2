#include "backstride/render/csv.hpp"

#include <array>
#include <vector>

#include <fmt/format.h>

#include "backstride/render/catalogue.hpp"
#include "backstride/render/describe.hpp"
#include "backstride/render/wording.hpp"

namespace backstride::render {
namespace {

// The spreadsheet's columns, as catalogue ids of their header names.
constexpr std::array<std::string_view, 14> k_columns = {
    "sheet_col_name",        "sheet_col_week",    "sheet_col_stage", "sheet_col_session",
    "sheet_col_date",        "sheet_col_time",    "sheet_col_start", "sheet_col_planned",
    "sheet_col_jog",         "sheet_col_longest", "sheet_col_zone",  "sheet_col_done",
    "sheet_col_checkpoints", "sheet_col_happened"};
using Row = std::array<std::string, k_columns.size()>;
enum Column : std::size_t {
  c_name,
  c_week,
  c_stage,
  c_session_id,
  c_date,
  c_time,
  c_start,
  c_planned,
  c_jog,
  c_longest,
  c_zone,
  c_done,
  c_checkpoints,
  c_happened
};

// Minutes as a plain number: whole when they are, else with one decimal after a point
// ("7.5"; a locale with a decimal comma may read that one as text).
std::string minutes(int seconds) {
  if (seconds % 60 == 0) {
    return std::to_string(seconds / 60);
  }
  return fmt::format("{:.1f}", seconds / 60.0);
}

std::string hh_mm(int minutes_after_midnight) {
  return fmt::format("{:02}:{:02}", minutes_after_midnight / 60 % 24, minutes_after_midnight % 60);
}

// Date and time in one ISO 8601 cell ("2026-12-02T07:30:00"): the one form LibreOffice
// reads as a date-time with no import options (it reads a lone "07:30" as text then).
std::string starts_at(Date date, int minutes_after_midnight) {
  return fmt::format("{}T{}:00", format_date(date), hh_mm(minutes_after_midnight));
}

std::string stage_of(const std::string& session) {
  auto dash = session.find('-');
  return dash == std::string::npos ? std::string() : session.substr(0, dash);
}

std::string checkpoint_summary(const std::vector<Checkpoint>& list) {
  std::vector<std::string> parts;
  for (const auto& checkpoint : list) {
    parts.push_back(fmt::format("{} ({})", say(checkpoint.text), rule_key(checkpoint.rule)));
  }
  return fmt::format("{}", fmt::join(parts, "; "));
}

// What every plan carries besides its sessions: the plan-wide checkpoints, the
// program's limits, the warning signs (SAFETY-SIGNS) and the safety note.
std::string plan_notes(const Plan& plan) {
  std::string text = checkpoint_summary(plan.checkpoints);
  if (!plan.program_limits.empty()) {
    text.append(text.empty() ? "" : "; ").append(checkpoint_summary(plan.program_limits));
  }
  return text.append(text.empty() ? "" : "\n")
      .append(safety_signs_text(plan.safety_signs))
      .append(safety_note());
}

void write_logged(const Plan& plan, bool guard, std::ostream& out) {
  for (const auto& step : plan.trail) {
    if (step.session.empty()) {
      continue;  // a gap, not a session
    }
    Row row;
    row[c_name] = plan.profile_name;
    row[c_stage] = stage_of(step.session);
    row[c_session_id] = step.session;
    row[c_date] = format_date(step.date);
    row[c_zone] = step.zone ? std::string(zone_title(*step.zone)) : std::string();
    row[c_done] = format_date(step.date);
    row[c_happened] = fmt::format("{} ({})", say(step.effect), rule_key(step.rule));
    write_csv_record(out, row, guard);
  }
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

void write_csv_record(std::ostream& out, std::span<const std::string> cells, bool formula_guard) {
  for (std::size_t i = 0; i < cells.size(); ++i) {
    out << (i == 0 ? "" : ",") << csv_field(cells[i], formula_guard);
  }
  out << "\r\n";
}

void write_plan_csv(const Plan& plan, bool formula_guard, std::ostream& out) {
  out << "\xEF\xBB\xBF";  // UTF-8 BOM: Excel reads the file as UTF-8 only with it
  Row header;
  for (std::size_t i = 0; i < k_columns.size(); ++i) {
    header[i] = message(k_columns[i]);
  }
  write_csv_record(out, header, false);
  write_logged(plan, formula_guard, out);
  if (plan.withheld) {
    Row row;
    row[c_name] = plan.profile_name;
    row[c_date] = format_date(plan.today);
    row[c_time] = hh_mm(plan.start_minutes);
    row[c_start] = starts_at(plan.today, plan.start_minutes);
    row[c_checkpoints] = fmt::format("{} {}\n{}", withheld_headline(plan.decision.action),
                                     withheld_advice(plan.decision.action), plan_notes(plan));
    row[c_happened] = fmt::format("{} ({}): {}", action_title(plan.decision.action),
                                  rule_key(plan.decision.rule), say(plan.decision.reason));
    write_csv_record(out, row, formula_guard);
    return;
  }
  for (const auto& planned_week : plan.weeks) {
    for (const auto& session : planned_week.sessions) {
      Row row;
      row[c_name] = plan.profile_name;
      row[c_week] = std::to_string(planned_week.number);
      row[c_stage] = session.stage_id;
      row[c_session_id] = session.id;
      row[c_date] = format_date(session.date);
      row[c_time] = hh_mm(session.start_minutes);
      row[c_start] = starts_at(session.date, session.start_minutes);
      row[c_planned] = minutes(total_seconds(session.segments));
      row[c_jog] = minutes(seconds_of(session.segments, SegmentKind::jog));
      row[c_longest] = minutes(longest_jog_seconds(session.segments));
      row[c_checkpoints] = checkpoint_summary(session.checkpoints);
      write_csv_record(out, row, formula_guard);
    }
  }
  // Last, one row for the whole plan: no week, session or date (it sorts apart).
  Row notes;
  notes[c_name] = plan.profile_name;
  notes[c_checkpoints] = plan_notes(plan);
  write_csv_record(out, notes, formula_guard);
}

}  // namespace backstride::render
