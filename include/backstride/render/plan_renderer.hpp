#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "backstride/plan.hpp"
#include "backstride/render/handout.hpp"
#include "backstride/render/ics.hpp"
#include "backstride/render/pdf.hpp"
#include "backstride/render/text.hpp"

namespace backstride::render {

// Every output format of a plan. Per-session formats (fit) are written as one file per
// session into a folder (per_session(), PlanRenderer::render_sessions()).
enum class Format { text, json, ics, csv, gcal_csv, markdown, html, pdf, fit };

// The format's name as -f takes it ("markdown", ...).
std::string_view format_name(Format format);

// The file extension written for a format, without the dot ("md", "pdf", ...); for a
// per-session format, the extension of each session's file ("fit").
std::string_view format_extension(Format format);

// The format named by -f. Throws Error(usage) naming the formats allowed.
Format parse_format_name(std::string_view name);

// True for formats written as one file per session into a folder (fit), not one stream.
bool per_session(Format format);

// The format a file extension (".md", ".htm", ...) implies, or nullopt (never a
// per-session format: -o names their folder).
std::optional<Format> format_from_extension(std::string_view extension);

// Every format name, for help and messages: "text, json, ...".
std::string format_names();

// Every format name, in table order (for completion).
std::vector<std::string> format_name_list();

// Every extension -o infers a format from, for messages: ".txt, .json, ...".
// (Per-session formats are left out.)
std::string format_extensions();

// Choices that shape a rendered plan besides the plan itself.
struct RenderOptions {
  TextStyle text;                        // text: colour, box characters, width
  bool formula_guard = true;             // csv, gcal-csv: neutralise formula-like cells
  Paper paper = Paper::a4;               // html, pdf
  std::chrono::sys_seconds generated{};  // ics DTSTAMP, pdf creation date, fit time_created
  HandoutOptions handout;                // markdown, html, pdf: audience and clinic
  PdfWriter pdf;                         // pdf: empty means PDF cannot be written here
  IcsOptions ics;                        // ics: the calendar replaced, morning checks
};

// True for formats that depend on when they were made (ics DTSTAMP, the withheld
// reminder's time in ics and gcal-csv, pdf creation date, fit time_created).
inline bool needs_timestamp(Format format) {
  return format == Format::ics || format == Format::gcal_csv || format == Format::pdf ||
         format == Format::fit;
}

// One file of a per-session format: its name in the plan's folder and its bytes.
struct SessionFile {
  std::string name;  // "S01-1.fit": the session id and the format's extension
  std::string bytes;
};

// The names of a plan's files in a per-session format, in plan order ("S01-1.fit", ...).
std::vector<std::string> session_file_names(const Plan& plan, Format format);

// Renders one plan in any number of formats; the handout formats share one handout.
class PlanRenderer {
 public:
  PlanRenderer(const Plan& plan, const RenderOptions& options) : plan_(plan), options_(options) {}

  // The plan in one format. Throws Error(software) for a per-session format.
  std::string render(Format format);

  // The plan in a per-session format: one file per planned session, in plan order (none
  // for a withheld plan). Throws Error(software) for any other format.
  std::vector<SessionFile> render_sessions(Format format);

 private:
  const Handout& handout();

  const Plan& plan_;
  RenderOptions options_;
  std::optional<Handout> handout_;
};

}  // namespace backstride::render
