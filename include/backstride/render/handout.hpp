#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "backstride/clinic.hpp"
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

// One tick-box line and the rule behind it (empty on patient pages).
struct CheckItem {
  std::string text;
  std::string rule;
  bool done = false;
};

// A list of tick boxes (checkpoints and stop rules).
struct CheckList {
  std::vector<CheckItem> items;
};

// A table column: fitted to its content and never wrapped (dates, times, lengths,
// rule ids), or sharing the remaining width and wrapping.
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

// How a chart bar or a section is coloured; `info` is a quiet grey box.
enum class Tone { plain, green, amber, red, info };

// One bar of a bar chart.
struct Bar {
  std::string label;
  int value = 0;
  Tone tone = Tone::plain;
  bool marked = false;  // the colour was set by a symptom, not by the pain score
};

// One entry of a chart's colour key.
struct KeyEntry {
  Tone tone = Tone::plain;
  std::string label;
  bool marked = false;  // the entry explains the marker rather than a colour
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
  std::vector<KeyEntry> key;  // what the colours and the marker mean
};

// Any block of a section.
using Block = std::variant<Paragraph, FactList, BulletList, CheckList, Table, BarChart>;

// A titled part of the handout. `keep_together` asks paged formats not to split it.
struct Section {
  std::string heading;
  std::vector<Block> blocks;
  bool keep_together = false;
  Tone tone = Tone::plain;         // red: a warning box; info: a quiet box
  bool page_break_before = false;  // paged formats start it on a new page
};

// Who a handout is written for: the patient's pages in plain words, the clinician's
// pages with rule ids, the decision trail and sources, or both (patient first).
enum class Audience { patient, clinician, both };

// Choices that shape a handout besides the plan.
struct HandoutOptions {
  Audience audience = Audience::both;
  std::optional<Clinic> clinic;  // shown on every page
};

// The whole handout.
struct Handout {
  std::string title;
  std::string subtitle;
  std::string person;           // for page footers
  std::string language = "en";  // the plan's: the patient pages, page footers, html lang
  std::vector<Section> sections;
  std::size_t clinician_from = 0;  // the first clinician section (always English), or size()
  bool one_page = false;           // paged formats shrink the text to fit one page (withheld plans)
  std::optional<Clinic> clinic;
};

// Builds the handout for a plan. Patient pages: what the sheet is, today's decision,
// the next session and the warning signs on page 1, then the checks, how pain guides
// the plan, progress, the weeks with tick boxes, a box for people who use backstride
// themselves, and a signature line. Clinician pages: the profile, screening, decision
// trail and the rules cited with their basis and sources. A withheld plan gets no
// schedule, only what to do now.
Handout build_handout(const Plan& plan, const HandoutOptions& options = {});

// The audience named by --audience ("patient", "clinician", "both"), or nullopt.
std::optional<Audience> parse_audience(std::string_view name);

// Paper sizes for paged handouts (HTML print CSS, PDF).
enum class Paper { a4, letter };

}  // namespace backstride::render
