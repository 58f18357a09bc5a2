#include "backstride/render/markdown.hpp"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "backstride/render/catalogue.hpp"
#include "backstride/render/overloaded.hpp"

namespace backstride::render {
namespace {

constexpr int k_bar_width = 30;
// Characters that could start markup anywhere in a line.
constexpr std::string_view k_inline_markup = "\\`*_[]<>&|~!#";

std::string_view tick(bool done) {
  return done ? "[x]" : "[ ]";
}

std::string table_row(const std::vector<std::string>& cells) {
  std::string row = "|";
  for (const auto& cell : cells) {
    row += " " + cell + " |";
  }
  return row + "\n";
}

void write_table(const Table& table, std::ostream& out) {
  std::vector<std::string> header;
  std::vector<std::string> rule;
  if (table.tick_boxes) {
    header.emplace_back(message("col_done"));
    rule.emplace_back("---");
  }
  for (const auto& column : table.columns) {
    header.push_back(markdown_escape(column.title));
    rule.emplace_back("---");
  }
  out << "\n" << table_row(header) << table_row(rule);
  for (const auto& row : table.rows) {
    std::vector<std::string> cells;
    if (table.tick_boxes) {
      cells.emplace_back("\u2610");
    }
    for (const auto& cell : row) {
      cells.push_back(markdown_escape(cell));
    }
    out << table_row(cells);
  }
}

// A chart as a table of values with a bar of block characters.
void write_chart(const BarChart& chart, std::ostream& out) {
  out << fmt::format("\n**{}** ({})\n", markdown_escape(chart.title), markdown_escape(chart.unit));
  std::vector<std::string> markers;
  for (const auto& marker : chart.markers) {
    markers.push_back(fmt::format("{} {}", markdown_escape(marker.label), marker.value));
  }
  if (!markers.empty()) {
    out << fmt::format("\n{}\n", fmt::join(markers, "; "));
  }
  out << "\n"
      << table_row({"", markdown_escape(chart.unit), ""}) << table_row({"---", "---:", "---"});
  int most = std::max(chart.max_value, 1);
  for (const auto& bar : chart.bars) {
    std::string blocks;
    for (int i = 0; i < (bar.value * k_bar_width + most - 1) / most; ++i) {
      blocks += "\u2588";
    }
    out << table_row({markdown_escape(bar.label), std::to_string(bar.value),
                      blocks + (bar.marked ? " \u25c6" : "")});
  }
  std::vector<std::string> key;
  for (const auto& entry : chart.key) {
    key.push_back(markdown_escape(entry.label));
  }
  if (!key.empty()) {
    out << fmt::format("\n{}\n", fmt::join(key, "; "));
  }
}

void write_block(const Block& block, std::ostream& out) {
  std::visit(
      Overloaded{
          [&](const Paragraph& paragraph) {
            std::string_view strong = paragraph.strong ? "**" : "";
            out << "\n" << strong << markdown_escape(paragraph.text) << strong << "\n";
          },
          [&](const FactList& facts) {
            out << "\n";
            for (const auto& [label, value] : facts.items) {
              out << fmt::format("- **{}:** {}\n", markdown_escape(label), markdown_escape(value));
            }
          },
          [&](const BulletList& list) {
            out << "\n";
            for (const auto& item : list.items) {
              out << "- " << markdown_escape(item) << "\n";
            }
          },
          [&](const CheckList& list) {
            out << "\n";
            for (const auto& item : list.items) {
              out << fmt::format(
                  "- {} {}{}\n", tick(item.done), markdown_escape(item.text),
                  item.rule.empty() ? std::string() : " (" + markdown_escape(item.rule) + ")");
            }
          },
          [&](const Table& table) { write_table(table, out); },
          [&](const BarChart& chart) { write_chart(chart, out); },
      },
      block);
}

}  // namespace

std::string markdown_escape(std::string_view raw) {
  // One line: CR, LF and tabs become spaces first, so no block can start mid-text.
  std::string text(raw);
  std::replace_if(
      text.begin(), text.end(), [](char c) { return c == '\r' || c == '\n' || c == '\t'; }, ' ');
  // Leading blanks could make an indented code block; leading digits then "." or ")" a list.
  std::size_t start = text.find_first_not_of(' ');
  text.erase(0, start == std::string::npos ? text.size() : start);
  std::size_t digits = 0;
  while (digits < text.size() && std::isdigit(static_cast<unsigned char>(text[digits])) != 0) {
    ++digits;
  }
  std::string escaped;
  escaped.reserve(text.size() + 8);
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    std::string_view rest = std::string_view(text).substr(i);
    bool starts_block = i == 0 && (c == '-' || c == '+' || c == '=' || c == '>');
    bool ends_number = i == digits && digits > 0 && (c == '.' || c == ')');
    // GitHub turns bare URLs, www. names and e-mail addresses into links.
    bool autolink = rest.starts_with("://") || (c == '.' && escaped.ends_with("www")) || c == '@';
    if (k_inline_markup.find(c) != std::string_view::npos || starts_block || ends_number ||
        autolink) {
      escaped += '\\';
    }
    escaped += c;
  }
  return escaped;
}

void write_handout_markdown(const Handout& handout, std::ostream& out) {
  if (handout.clinic) {
    std::vector<std::string> lines{"**" + markdown_escape(handout.clinic->name) + "**"};
    for (const auto& line : handout.clinic->address) {
      lines.push_back(markdown_escape(line));
    }
    if (!handout.clinic->phone.empty()) {
      lines.push_back(markdown_escape(handout.clinic->phone));
    }
    out << fmt::format("{}", fmt::join(lines, " \u00b7 ")) << "\n\n";
  }
  out << "# " << markdown_escape(handout.title) << "\n\n"
      << "*" << markdown_escape(handout.subtitle) << "*\n";
  for (const auto& section : handout.sections) {
    out << "\n## " << markdown_escape(section.heading) << "\n";
    for (const auto& block : section.blocks) {
      write_block(block, out);
    }
  }
}

}  // namespace backstride::render
