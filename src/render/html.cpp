#include "backstride/render/html.hpp"

#include <fmt/format.h>

#include "backstride/render/catalogue.hpp"
#include "backstride/render/chart_layout.hpp"
#include "backstride/render/overloaded.hpp"

namespace backstride::render {
namespace {

constexpr double k_chart_width = 640;
constexpr double k_chart_height = 180;

// Print layout: A4 or Letter pages, weeks kept whole, boxes to tick with a pen.
constexpr std::string_view k_style = R"(
body { font-family: "DejaVu Sans", Verdana, Arial, sans-serif; font-size: 10.5pt;
  line-height: 1.4; color: #111; max-width: 52em; margin: 1.5em auto; padding: 0 1em; }
h1 { font-size: 1.6em; margin: 0; }
.subtitle { color: #444; margin: 0.2em 0 1em; }
h2 { font-size: 1.15em; border-bottom: 1px solid #999; padding-bottom: 0.15em;
  margin: 1.4em 0 0.5em; break-after: avoid; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.2em 1em; }
dl.facts dt { font-weight: bold; }
dl.facts dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: 0.4em 0; }
th, td { border: 1px solid #bbb; padding: 0.25em 0.4em; text-align: left; vertical-align: top; }
p, li, dd, td, h1, h2, figcaption, .subtitle { overflow-wrap: anywhere; }
th.fit, td.fit { white-space: nowrap; }
th { background: #eee; }
table.compact { font-size: 0.85em; }
tr { break-inside: avoid; }
.tick { font-size: 1.2em; line-height: 1; }
ul.checks { list-style: none; padding-left: 0; }
ul.checks li { margin: 0.3em 0; }
.rule { color: #555; font-size: 0.9em; }
.keep { break-inside: avoid; }
.tone-red { border: 2px solid #b0392b; border-radius: 4px; padding: 0 1em 0.6em; }
.tone-info { border: 1px solid #888; border-radius: 4px; padding: 0 1em 0.6em; background: #f6f6f6; }
.page-break { break-before: page; }
.chart-key { font-size: 0.85em; color: #333; }
.chart-key span { margin-right: 1.2em; white-space: nowrap; }
.swatch { display: inline-block; width: 0.8em; height: 0.8em; margin-right: 0.3em; }
.clinic { display: flex; gap: 1em; align-items: center; border-bottom: 1px solid #bbb;
  padding-bottom: 0.4em; margin-bottom: 0.8em; }
.clinic img { max-height: 3em; max-width: 9em; }
.clinic .contact { color: #444; font-size: 0.85em; }
.signature { margin-top: 1.5em; }
figure { margin: 0.6em 0; }
figcaption { font-weight: bold; }
svg { max-width: 100%; height: auto; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }
}
)";

// The printed page's running footer (and the clinic's name and phone at the top of
// every page): CSS page-margin boxes, escaped as CSS strings.
std::string css_string(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n' || c == '<') {
      out += c == '\n' ? " " : "\\3c ";
    } else {
      out += c;
    }
  }
  return out + "\"";
}

std::string base64(std::string_view bytes) {
  static constexpr std::string_view k_alphabet =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  for (std::size_t i = 0; i < bytes.size(); i += 3) {
    auto byte = [&](std::size_t k) -> unsigned {
      return k < bytes.size() ? static_cast<unsigned char>(bytes[k]) : 0U;
    };
    unsigned n = byte(i) << 16U | byte(i + 1) << 8U | byte(i + 2);
    out += k_alphabet[n >> 18 & 63];
    out += k_alphabet[n >> 12 & 63];
    out += i + 1 < bytes.size() ? k_alphabet[n >> 6 & 63] : '=';
    out += i + 2 < bytes.size() ? k_alphabet[n & 63] : '=';
  }
  return out;
}

// At most `limit` characters of `text` (UTF-8 aware), with an ellipsis when cut: a
// page-margin box cannot wrap.
std::string shortened(std::string_view text, std::size_t limit) {
  std::size_t characters = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0U) != 0x80U && characters++ == limit) {
      return std::string(text.substr(0, i)) + "\u2026";
    }
  }
  return std::string(text);
}

std::string page_margin_boxes(const Handout& handout) {
  constexpr std::size_t k_footer_name = 40;
  std::string top =
      handout.clinic
          ? fmt::format("@top-left {{ content: {}; font-size: 8pt; color: #444; }}",
                        css_string(handout.clinic->phone.empty()
                                       ? handout.clinic->name
                                       : handout.clinic->name + " \u00b7 " + handout.clinic->phone))
          : std::string();
  if (handout.clinic && handout.clinic->logo) {  // the logo on every printed page too
    top += fmt::format(
        " @top-right {{ content: \"\"; width: 30mm; background: url(\"data:{};base64,{}\") "
        "right center / contain no-repeat; }}",
        handout.clinic->logo->mime, base64(handout.clinic->logo->bytes));
  }
  return fmt::format(
      "\n@page {{ {} @bottom-center {{ content: {} {} counter(page) {} "
      "counter(pages); font-size: 8pt; color: #555; }} }}\n",
      top,
      css_string(shortened(handout.person, k_footer_name) + " \u2014 " +
                 (handout.clinic ? handout.clinic->name : say("footer_handout"))),
      css_string(say("footer_page")), css_string(say("footer_of")));
}

std::string tone_color(Tone tone) {
  auto rgb = tone_rgb(tone);
  return fmt::format("#{:02x}{:02x}{:02x}", rgb[0], rgb[1], rgb[2]);
}

void write_table(const Table& table, std::ostream& out) {
  out << (table.compact ? "<table class=\"compact\">\n" : "<table>\n") << "<thead><tr>";
  if (table.tick_boxes) {
    out << "<th class=\"fit\">" << html_escape(message("col_done")) << "</th>";
  }
  for (const auto& column : table.columns) {
    out << (column.wraps ? "<th>" : "<th class=\"fit\">") << html_escape(column.title) << "</th>";
  }
  out << "</tr></thead>\n<tbody>\n";
  for (const auto& row : table.rows) {
    out << "<tr>";
    if (table.tick_boxes) {
      out << "<td class=\"tick\">&#x2610;</td>";
    }
    for (std::size_t c = 0; c < row.size(); ++c) {
      bool wraps = c < table.columns.size() && table.columns[c].wraps;
      out << (wraps ? "<td dir=\"auto\">" : "<td class=\"fit\">") << html_escape(row[c]) << "</td>";
    }
    out << "</tr>\n";
  }
  out << "</tbody>\n</table>\n";
}

void write_chart(const BarChart& chart, std::ostream& out) {
  ChartFrame frame = place_chart(chart, k_chart_width, k_chart_height);
  double bottom = frame.plot_top + frame.plot_height;
  double right = frame.plot_left + frame.plot_width;
  out << fmt::format(
      "<figure>\n<figcaption>{} ({})</figcaption>\n"
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {} {}\" width=\"{}\" height=\"{}\" "
      "role=\"img\" font-family=\"DejaVu Sans, sans-serif\" font-size=\"10\">\n<title>{}</title>\n",
      html_escape(chart.title), html_escape(chart.unit), k_chart_width, k_chart_height,
      k_chart_width, k_chart_height, html_escape(chart.title));
  out << fmt::format(
      "<line x1=\"{0}\" y1=\"{1:.1f}\" x2=\"{2:.1f}\" y2=\"{1:.1f}\" stroke=\"#333\"/>\n"
      "<text x=\"{3}\" y=\"{1:.1f}\" text-anchor=\"end\">0</text>\n"
      "<text x=\"{3}\" y=\"{4:.1f}\" text-anchor=\"end\">{5}</text>\n",
      frame.plot_left, bottom, right, frame.plot_left - 4, frame.plot_top + 8, frame.scale_max);
  for (const auto& placed : frame.bars) {
    double height = std::max(placed.height, 2.0);  // pain 0 still shows its colour
    out << fmt::format(
        "<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{:.1f}\" fill=\"{}\"/>\n",
        placed.x, placed.y + placed.height - height, placed.width, height,
        tone_color(placed.bar->tone));
    if (placed.bar->marked) {
      out << fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"middle\">&#x25c6;</text>\n",
                         placed.x + placed.width / 2, placed.y + placed.height - height - 3);
    }
    if (placed.labelled) {
      out << fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"middle\">{}</text>\n",
                         placed.x + placed.width / 2, bottom + 13, html_escape(placed.bar->label));
    }
  }
  for (const auto& placed : frame.markers) {
    out << fmt::format(
        "<line x1=\"{0}\" y1=\"{1:.1f}\" x2=\"{2:.1f}\" y2=\"{1:.1f}\" stroke=\"#555\" "
        "stroke-dasharray=\"4 3\"/>\n<text x=\"{3:.1f}\" y=\"{4:.1f}\" text-anchor=\"end\" "
        "fill=\"#444\">{5} {6}</text>\n",
        frame.plot_left, placed.y, right, right - 2, placed.y - 3,
        html_escape(placed.marker->label), placed.marker->value);
  }
  out << "</svg>\n";
  if (!chart.key.empty()) {
    out << "<div class=\"chart-key\">";
    for (const auto& entry : chart.key) {
      out << (entry.marked ? "<span>"
                           : fmt::format("<span><i class=\"swatch\" style=\"background:{}\"></i>",
                                         tone_color(entry.tone)))
          << html_escape(entry.label) << "</span>";
    }
    out << "</div>\n";
  }
  out << "</figure>\n";
}

void write_block(const Block& block, std::ostream& out) {
  std::visit(Overloaded{
                 [&](const Paragraph& paragraph) {
                   out << (paragraph.strong ? "<p dir=\"auto\"><strong>" : "<p dir=\"auto\">")
                       << html_escape(paragraph.text)
                       << (paragraph.strong ? "</strong></p>\n" : "</p>\n");
                 },
                 [&](const FactList& facts) {
                   out << "<dl class=\"facts\">\n";
                   for (const auto& [label, value] : facts.items) {
                     out << "<dt>" << html_escape(label) << "</dt><dd dir=\"auto\">"
                         << html_escape(value) << "</dd>\n";
                   }
                   out << "</dl>\n";
                 },
                 [&](const BulletList& list) {
                   out << "<ul>\n";
                   for (const auto& item : list.items) {
                     out << "<li dir=\"auto\">" << html_escape(item) << "</li>\n";
                   }
                   out << "</ul>\n";
                 },
                 [&](const CheckList& list) {
                   out << "<ul class=\"checks\">\n";
                   for (const auto& item : list.items) {
                     out << fmt::format("<li><span class=\"tick\">{}</span> {}{}</li>\n",
                                        item.done ? "&#x2611;" : "&#x2610;", html_escape(item.text),
                                        item.rule.empty()
                                            ? std::string()
                                            : fmt::format(" <span class=\"rule\">({})</span>",
                                                          html_escape(item.rule)));
                   }
                   out << "</ul>\n";
                 },
                 [&](const Table& table) { write_table(table, out); },
                 [&](const BarChart& chart) { write_chart(chart, out); },
             },
             block);
}

}  // namespace

void write_clinic(const Clinic& clinic, std::ostream& out) {
  out << "<div class=\"clinic\">";
  if (clinic.logo) {
    out << fmt::format("<img src=\"data:{};base64,{}\" alt=\"{}\">", clinic.logo->mime,
                       base64(clinic.logo->bytes), html_escape(clinic.name));
  }
  std::vector<std::string> lines = clinic.address;
  if (!clinic.phone.empty()) {
    lines.push_back(clinic.phone);
  }
  std::vector<std::string> escaped;
  for (const auto& line : lines) {
    escaped.push_back(html_escape(line));
  }
  out << "<div><strong dir=\"auto\">" << html_escape(clinic.name)
      << "</strong><div class=\"contact\" dir=\"auto\">"
      << fmt::format("{}", fmt::join(escaped, " &#xb7; ")) << "</div></div></div>\n";
}

std::string html_escape(std::string_view text) {
  std::string escaped;
  escaped.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        escaped += "&amp;";
        break;
      case '<':
        escaped += "&lt;";
        break;
      case '>':
        escaped += "&gt;";
        break;
      case '"':
        escaped += "&quot;";
        break;
      case '\'':
        escaped += "&#39;";
        break;
      default:
        // Control characters are not allowed in HTML text: show U+FFFD instead.
        if ((static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t' && c != '\r') ||
            c == 0x7f) {
          escaped += "\uFFFD";
        } else {
          escaped += c;
        }
    }
  }
  return escaped;
}

void write_handout_html(const Handout& handout, Paper paper, std::ostream& out) {
  out << "<!DOCTYPE html>\n"
      << fmt::format("<html lang=\"{}\">\n", html_escape(handout.language))
      << "<head>\n<meta charset=\"utf-8\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<meta name=\"generator\" content=\"backstride\">\n"
      << "<title>" << html_escape(handout.title) << "</title>\n<style>\n"
      << fmt::format("@page {{ size: {}; margin: 15mm 14mm; }}",
                     paper == Paper::a4 ? "A4" : "letter")
      << k_style << page_margin_boxes(handout) << "</style>\n</head>\n<body>\n<header>\n";
  if (handout.clinic) {
    write_clinic(*handout.clinic, out);
  }
  out << "<h1 dir=\"auto\">" << html_escape(handout.title) << "</h1>\n<p class=\"subtitle\" "
      << "dir=\"auto\">" << html_escape(handout.subtitle) << "</p>\n</header>\n<main>\n";
  for (std::size_t i = 0; i < handout.sections.size(); ++i) {
    const Section& section = handout.sections[i];
    std::vector<std::string_view> names;
    if (section.keep_together) {
      names.emplace_back("keep");
    }
    if (section.tone == Tone::red) {
      names.emplace_back("tone-red");
    } else if (section.tone == Tone::info) {
      names.emplace_back("tone-info");
    }
    if (section.page_break_before) {
      names.emplace_back("page-break");
    }
    std::string classes = fmt::format("{}", fmt::join(names, " "));
    // The clinician pages are English in every language.
    bool english_inside = i >= handout.clinician_from && handout.language != "en";
    std::string lang = english_inside ? " lang=\"en\"" : "";
    out << (classes.empty() ? fmt::format("<section{}>\n", lang)
                            : fmt::format("<section class=\"{}\"{}>\n", classes, lang))
        << "<h2>" << html_escape(section.heading) << "</h2>\n";
    for (const auto& block : section.blocks) {
      write_block(block, out);
    }
    out << "</section>\n";
  }
  out << "</main>\n</body>\n</html>\n";
}

}  // namespace backstride::render
