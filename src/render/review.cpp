#include "backstride/render/review.hpp"

#include <array>
#include <filesystem>
#include <map>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "backstride/render/catalogue.hpp"
#include "backstride/render/csv.hpp"
#include "backstride/render/text_table.hpp"
#include "backstride/version.hpp"

namespace backstride::render {
namespace {

using ordered_json = nlohmann::ordered_json;

// ANSI colour of a status in the terminal table: red for the urgent, yellow for the
// ones to look at, green when all is well.
std::string_view status_color(ReviewStatus status) {
  if (status == ReviewStatus::emergency || status == ReviewStatus::urgent ||
      status == ReviewStatus::red) {
    return "1;31";
  }
  if (needs_action(status) || status == ReviewStatus::error || status == ReviewStatus::stalled) {
    return "33";
  }
  return status == ReviewStatus::on_track || status == ReviewStatus::finished ? "32" : "";
}

std::string date_or_empty(const std::optional<Date>& date) {
  return date ? format_date(*date) : std::string();
}

std::string signed_points(int points) {
  return points > 0 ? fmt::format("+{}", points) : fmt::format("{}", points);
}

std::string pain_text(const ReviewRow& row) {
  if (!row.latest_pain) {
    return "";
  }
  return say("review_pain", fmt::arg("latest", *row.latest_pain),
             fmt::arg("highest", row.highest_pain ? fmt::format("{}", *row.highest_pain) : "-"),
             fmt::arg("change", signed_points(*row.pain_change)));
}

std::string last_log_text(const ReviewRow& row) {
  if (row.status == ReviewStatus::error) {
    return "";
  }
  return row.days_since_log ? say_n("review_days_ago", *row.days_since_log)
                            : std::string(message("review_never"));
}

std::string next_text(const ReviewRow& row) {
  return row.next_session.empty()
             ? std::string()
             : fmt::format("{} {}", row.next_session, date_or_empty(row.next_date));
}

// Today's decision as the table shows it: "continue (PAIN-GREEN): reason"; for an error
// its number in the list under the table.
std::string decision_text(const ReviewRow& row, std::size_t error_number) {
  if (row.status == ReviewStatus::error) {
    return say("review_see_error", fmt::arg("n", error_number));
  }
  return fmt::format("{} ({}): {}", row.decision, row.rule, say(row.reason));
}

std::string trend_words(PainTrend trend) {
  return std::string(message(fmt::format("review_trend_{}", pain_trend_key(trend))));
}

std::string patient_text(const ReviewRow& row) {
  if (row.id.empty()) {
    return std::filesystem::path(row.input).filename().string();
  }
  return fmt::format("{} ({})", row.name, row.id);
}

// "12 patients: 2 emergency, 1 paused, ...; 5 need action today".
std::string closing_line(std::span<const ReviewRow> rows) {
  std::map<ReviewStatus, long> counts;
  for (const auto& row : rows) {
    ++counts[row.status];
  }
  long action = count_needing_action(rows);
  std::string line = say_n("review_count", static_cast<long>(rows.size()));
  std::string sep = ": ";
  for (const auto& [status, count] : counts) {
    line.append(sep).append(fmt::format("{} {}", count, review_status_key(status)));
    sep = ", ";
  }
  line.append("; ").append(action > 0 ? say_n("review_need_action", action)
                                      : std::string(message("review_none_need_action")));
  return line;
}

}  // namespace

std::string review_status_words(ReviewStatus status) {
  return std::string(message(fmt::format("review_status_{}", review_status_key(status))));
}

std::string adherence_text(const Adherence& adherence) {
  return fmt::format("{}/{}", adherence.logged, adherence.planned);
}

void write_review_text(std::span<const ReviewRow> rows, Date today, const TextStyle& style,
                       std::ostream& out) {
  out << say("review_title", fmt::arg("date", format_date(today))) << "\n\n";
  TextTable table;
  for (std::string_view id :
       {"review_col_status", "review_col_patient", "review_col_decision", "review_col_stage",
        "review_col_week", "review_col_month", "review_col_last", "review_col_pain",
        "review_col_trend", "review_col_next"}) {
    bool wraps = id == "review_col_patient" || id == "review_col_decision";
    table.columns.push_back({std::string(message(id)), wraps});
  }
  std::vector<std::string> errors;
  for (const auto& row : rows) {
    if (row.status == ReviewStatus::error) {
      errors.push_back(row.error);
    }
    std::string status = review_status_words(row.status);
    std::string_view color = status_color(row.status);
    if (style.color && !color.empty()) {
      status = fmt::format("\x1b[{}m{}\x1b[0m", color, status);
    }
    bool known = row.status != ReviewStatus::error;
    table.rows.push_back({status, patient_text(row), decision_text(row, errors.size()),
                          review_position(row), known ? adherence_text(row.week) : "",
                          known ? adherence_text(row.month) : "", last_log_text(row),
                          pain_text(row), known ? trend_words(row.trend) : "", next_text(row)});
  }
  out << draw_table(table, style.unicode, style.width, "");
  for (std::size_t i = 0; i < errors.size(); ++i) {
    out << wrap(errors[i], style.width, fmt::format("[{}] ", i + 1));
  }
  out << "\n" << wrap(closing_line(rows), style.width);
  out << wrap(std::string(message("review_adherence_note")), style.width);
}

void write_review_csv(std::span<const ReviewRow> rows, bool formula_guard, std::ostream& out) {
  out << "\xEF\xBB\xBF";  // UTF-8 BOM: Excel reads the file as UTF-8 only with it
  std::vector<std::string> header{
      "status",      "id",          "name",           "input",       "decision",     "rule",
      "reason",      "stage",       "position",       "logged_7d",   "planned_7d",   "logged_28d",
      "planned_28d", "last_logged", "days_since_log", "latest_pain", "highest_pain", "pain_change",
      "usual_pain",  "trend",       "next_session",   "next_date",   "error"};
  write_csv_record(out, header, false);
  auto number = [](const std::optional<int>& value) {
    return value ? fmt::format("{}", *value) : std::string();
  };
  for (const auto& row : rows) {
    bool known = row.status != ReviewStatus::error;
    auto count = [&](int value) { return known ? fmt::format("{}", value) : std::string(); };
    // Text cells are guarded; numbers (a negative change too) are left as numbers.
    std::vector<std::pair<std::string, bool>> cells{
        {std::string(review_status_key(row.status)), true},
        {row.id, true},
        {row.name, true},
        {row.input, true},
        {row.decision, true},
        {row.rule, true},
        {say(row.reason), true},
        {row.stage, true},
        {review_position(row), true},
        {count(row.week.logged), false},
        {count(row.week.planned), false},
        {count(row.month.logged), false},
        {count(row.month.planned), false},
        {date_or_empty(row.last_logged), true},
        {number(row.days_since_log), false},
        {number(row.latest_pain), false},
        {number(row.highest_pain), false},
        {number(row.pain_change), false},
        {count(row.usual_pain), false},
        {known ? std::string(pain_trend_key(row.trend)) : "", true},
        {row.next_session, true},
        {date_or_empty(row.next_date), true},
        {row.error, true}};
    for (std::size_t i = 0; i < cells.size(); ++i) {
      out << (i == 0 ? "" : ",") << csv_field(cells[i].first, formula_guard && cells[i].second);
    }
    out << "\r\n";
  }
}

void write_review_json(std::span<const ReviewRow> rows, Date today, std::ostream& out) {
  ordered_json j;
  j["format"] = "backstride.review/1";
  j["generator"] = std::string("backstride ") + k_version;
  j["today"] = format_date(today);
  ordered_json list = ordered_json::array();
  for (const auto& row : rows) {
    ordered_json p;
    p["status"] = review_status_key(row.status);
    p["needs_action"] = needs_action(row.status);
    p["input"] = row.input;
    if (row.status == ReviewStatus::error) {
      p["error"] = row.error;
      list.push_back(std::move(p));
      continue;
    }
    auto optional = [](const auto& value) {
      return value ? ordered_json(*value) : ordered_json(nullptr);
    };
    p["id"] = row.id;
    p["name"] = row.name;
    p["decision"] = {{"action", row.decision}, {"rule", row.rule}, {"reason", say(row.reason)}};
    p["stage"] = {{"id", row.stage}, {"number", row.stage_number}, {"of", row.stage_count}};
    p["adherence"] = {{"days_7", {{"logged", row.week.logged}, {"planned", row.week.planned}}},
                      {"days_28", {{"logged", row.month.logged}, {"planned", row.month.planned}}}};
    p["last_logged"] = row.last_logged ? ordered_json(format_date(*row.last_logged)) : nullptr;
    p["days_since_log"] = optional(row.days_since_log);
    p["pain"] = {{"usual", row.usual_pain},
                 {"latest", optional(row.latest_pain)},
                 {"highest_28_days", optional(row.highest_pain)},
                 {"change", optional(row.pain_change)},
                 {"trend", pain_trend_key(row.trend)},
                 {"recent", row.pain_series}};
    p["next_session"] =
        row.next_session.empty()
            ? ordered_json(nullptr)
            : ordered_json{{"id", row.next_session}, {"date", date_or_empty(row.next_date)}};
    list.push_back(std::move(p));
  }
  j["needs_action"] = count_needing_action(rows);
  j["patients"] = std::move(list);
  out << j.dump(2) << "\n";
}

}  // namespace backstride::render
