#pragma once

#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "backstride/plan.hpp"

// The clinician handout as a document model: the wording is decided once here and
// rendered by each handout format (Markdown, HTML, PDF). All text is plain: each
// renderer escapes it for its own format.
namespace backstride::render {

// A paragraph of plain text.
struct Paragraph {
  std::string text;
  bool strong = false;
};

// Labelled values ("Patient: Sam Rivera").
struct FactList {
  std::vector<std::pair<std::string, std::string>> items;
};

// A bulleted list.
struct BulletList {
  std::vector<std::string> items;
};

// One tick-box line and the rule behind it.
struct CheckItem {
  std::string text;
  std::string rule;
  bool done = false;
};

// A list of tick boxes (checkpoints and stop rules).
struct CheckList {
  std::vector<CheckItem> items;
};

// A table column: fitted to its content, or sharing the remaining width and wrapping.
struct Column {
  std::string title;
  bool wraps = false;
};

// A table; with `tick_boxes`, each row starts with an empty box to tick by hand.
struct Table {
  std::vector<Column> columns;
  std::vector<std::vector<std::string>> rows;
  bool tick_boxes = false;
  bool compact = false;  // small print (the rules cited)
};

// How a chart bar or a section is coloured.
enum class Tone { plain, green, amber, red };

// One bar of a bar chart.
struct Bar {
  std::string label;
  int value = 0;
  Tone tone = Tone::plain;
};

// A horizontal reference line across a chart (a pain limit).
struct Marker {
  int value = 0;
  std::string label;
};

// A bar chart (weekly jog minutes; logged pain).
struct BarChart {
  std::string title;
  std::string unit;  // "min", "pain 0-10"
  int max_value = 0;
  std::vector<Bar> bars;
  std::vector<Marker> markers;
};

// Any block of a section.
using Block = std::variant<Paragraph, FactList, BulletList, CheckList, Table, BarChart>;

// A titled part of the handout. `keep_together` asks paged formats not to split it.
struct Section {
  std::string heading;
  std::vector<Block> blocks;
  bool keep_together = false;
  Tone tone = Tone::plain;  // red: a warning box (withheld plans, the safety note)
};

// The whole handout.
struct Handout {
  std::string title;
  std::string subtitle;
  std::string person;  // for page footers
  std::vector<Section> sections;
  bool one_page = false;  // paged formats shrink the text to fit one page (withheld plans)
};

// Builds the handout for a plan: who, clearance, screening, today's decision, how
// the plan works, checkpoints, charts, the schedule with tick boxes, the rules
// cited, and the safety note. A withheld plan gets no schedule, only what to do now.
Handout build_handout(const Plan& plan);

// Paper sizes for paged handouts (HTML print CSS, PDF).
enum class Paper { a4, letter };

}  // namespace backstride::render
