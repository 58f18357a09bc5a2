// The clinic review as one self-contained HTML page: inline CSS (screen and print), an
// inline SVG sparkline of pain per patient, no scripts and no external resources.
#include <fmt/format.h>

#include "backstride/render/catalogue.hpp"
#include "backstride/render/html.hpp"
#include "backstride/render/review.hpp"
#include "backstride/version.hpp"

namespace backstride::render {
namespace {

constexpr std::string_view k_css = R"(
body { font-family: "DejaVu Sans", Arial, sans-serif; color: #222; margin: 1.5em; }
h1 { font-size: 1.4em; margin: 0.6em 0; }
table { border-collapse: collapse; width: 100%; font-size: 0.9em; }
th, td { border-bottom: 1px solid #ccc; padding: 0.35em 0.5em; text-align: left;
  vertical-align: top; }
th { background: #f0f0f0; }
td.num { text-align: right; white-space: nowrap; }
.status { font-weight: bold; white-space: nowrap; border-left: 0.45em solid #999; }
.s-emergency, .s-urgent, .s-red { border-left-color: #b00020; color: #b00020; }
.s-paused, .s-review { border-left-color: #c77700; color: #8a5300; }
.s-error, .s-stalled { border-left-color: #c77700; }
.s-pending, .s-not_started { border-left-color: #888; }
.s-on_track, .s-finished { border-left-color: #2e7d32; color: #2e7d32; }
.rule { color: #555; font-size: 0.85em; }
.id { color: #555; font-size: 0.85em; }
svg { display: block; }
.clinic { display: flex; gap: 1em; align-items: center; border-bottom: 1px solid #bbb;
  padding-bottom: 0.5em; }
.clinic img { max-height: 3em; max-width: 9em; }
.clinic .contact { color: #444; font-size: 0.85em; }
.summary, .note { font-size: 0.85em; color: #444; }
@media print { body { margin: 0; font-size: 9pt; } tr { break-inside: avoid; }
  th { background: none; } thead { display: table-header-group; } }
)";

// Pain during of the last sessions as a small line over 0-10 (higher pain drawn higher),
// the last point marked.
std::string sparkline(const std::vector<int>& pains) {
  if (pains.empty()) {
    return "";
  }
  constexpr int k_width = 96;
  constexpr int k_height = 24;
  auto x = [&](std::size_t i) {
    return pains.size() == 1 ? k_width / 2.0
                             : 3.0 + static_cast<double>(i) * (k_width - 6.0) /
                                         static_cast<double>(pains.size() - 1);
  };
  auto y = [&](int pain) { return 2.0 + (10 - pain) * (k_height - 4.0) / 10.0; };
  std::string points;
  for (std::size_t i = 0; i < pains.size(); ++i) {
    points.append(fmt::format("{}{:.1f},{:.1f}", i == 0 ? "" : " ", x(i), y(pains[i])));
  }
  std::string label = say_n("review_sparkline", static_cast<long>(pains.size()));
  return fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{0}\" height=\"{1}\" "
      "viewBox=\"0 0 {0} {1}\" role=\"img\" aria-label=\"{2}\"><title>{2}</title>"
      "<line x1=\"0\" y1=\"{3:.1f}\" x2=\"{0}\" y2=\"{3:.1f}\" stroke=\"#ddd\"/>"
      "<polyline points=\"{4}\" fill=\"none\" stroke=\"#1f4e79\" stroke-width=\"1.5\"/>"
      "<circle cx=\"{5:.1f}\" cy=\"{6:.1f}\" r=\"2.5\" fill=\"#1f4e79\"/></svg>",
      k_width, k_height, html_escape(label), y(5), points, x(pains.size() - 1), y(pains.back()));
}

std::string optional_number(const std::optional<int>& value) {
  return value ? fmt::format("{}", *value) : std::string("&#x2013;");
}

void write_row(const ReviewRow& row, std::ostream& out) {
  std::string key(review_status_key(row.status));
  out << fmt::format("<tr><td class=\"status s-{}\">{}</td>", key,
                     html_escape(review_status_words(row.status)));
  if (row.status == ReviewStatus::error) {
    out << fmt::format("<td dir=\"auto\">{}</td><td colspan=\"7\">{}</td></tr>\n",
                       html_escape(row.input), html_escape(row.error));
    return;
  }
  out << fmt::format("<td><span dir=\"auto\">{}</span><br><span class=\"id\">{}</span></td>",
                     html_escape(row.name), html_escape(row.id));
  out << fmt::format("<td>{}<br><span class=\"rule\">{} &#xb7; {}</span></td>",
                     html_escape(say(row.reason)), html_escape(row.decision),
                     html_escape(row.rule));
  out << fmt::format("<td class=\"num\">{}</td>", html_escape(review_position(row)));
  out << fmt::format("<td class=\"num\">{}<br>{}</td>", adherence_text(row.week),
                     adherence_text(row.month));
  out << fmt::format("<td class=\"num\">{}</td>",
                     row.last_logged ? format_date(*row.last_logged) : "&#x2013;");
  out << fmt::format("<td class=\"num\">{} / {} / {}</td>", optional_number(row.latest_pain),
                     optional_number(row.highest_pain), row.usual_pain);
  out << fmt::format(
      "<td>{}<br>{}</td>", sparkline(row.pain_series),
      html_escape(message(fmt::format("review_trend_{}", pain_trend_key(row.trend)))));
  out << fmt::format("<td class=\"num\">{}<br>{}</td></tr>\n", html_escape(row.next_session),
                     row.next_date ? format_date(*row.next_date) : "");
}

}  // namespace

void write_review_html(std::span<const ReviewRow> rows, Date today,
                       const std::optional<Clinic>& clinic, Paper paper, std::ostream& out) {
  std::string title = say("review_title", fmt::arg("date", format_date(today)));
  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << fmt::format("<meta name=\"generator\" content=\"backstride {}\">\n", k_version)
      << "<title>" << html_escape(title) << "</title>\n<style>"
      << fmt::format("@page {{ size: {} landscape; margin: 12mm; }}",
                     paper == Paper::a4 ? "A4" : "letter")
      << k_css << "</style>\n</head>\n<body>\n";
  if (clinic) {
    write_clinic(*clinic, out);
  }
  long action = count_needing_action(rows);
  out << "<h1>" << html_escape(title) << "</h1>\n<p class=\"summary\">"
      << html_escape(say_n("review_count", static_cast<long>(rows.size()))) << "; "
      << html_escape(action > 0 ? say_n("review_need_action", action)
                                : std::string(message("review_none_need_action")))
      << "</p>\n<table>\n<thead><tr>";
  for (std::string_view id : {"review_col_status", "review_col_patient", "review_col_decision",
                              "review_col_stage", "review_col_adherence", "review_col_last",
                              "review_col_pain_html", "review_col_trend", "review_col_next"}) {
    out << "<th scope=\"col\">" << html_escape(message(id)) << "</th>";
  }
  out << "</tr></thead>\n<tbody>\n";
  for (const auto& row : rows) {
    write_row(row, out);
  }
  out << "</tbody>\n</table>\n<p class=\"note\">" << html_escape(message("review_adherence_note"))
      << "</p>\n<p class=\"note\">"
      << html_escape(say("review_generated", fmt::arg("date", format_date(today))))
      << "</p>\n</body>\n</html>\n";
}

}  // namespace backstride::render
