#include <array>
#include <string>
#include <utility>

#include <fmt/format.h>

#include "backstride/error.hpp"
#include "docgen/manpage_sections.hpp"

namespace backstride::cli {
namespace {

// Exit codes and their meaning (DESIGN.md, README.md).
constexpr std::array<std::pair<ExitCode, std::string_view>, 9> k_exit_codes{{
    {ExitCode::ok,
     "Success: a plan was produced, the screening is clear, or the entry was logged."},
    {ExitCode::clearance_needed,
     "A clinician must clear the person first: no jog session was produced (a walking-only "
     "plan may be)."},
    {ExitCode::emergency, "Urgent red flag: seek medical care now. No plan was produced."},
    {ExitCode::usage, "Bad command line."},
    {ExitCode::data_error, "Invalid profile, history or program content."},
    {ExitCode::no_input, "An input is missing or cannot be read."},
    {ExitCode::software, "Internal error. This is always a bug: please report it."},
    {ExitCode::cant_create,
     "An output cannot be created, for example because it exists and --force was not given."},
    {ExitCode::io_error, "Input/output error while reading or writing."},
}};

// Environment variables backstride reads, and what for.
constexpr std::array<std::pair<std::string_view, std::string_view>, 3> k_environment{{
    {"SOURCE_DATE_EPOCH",
     "Seconds since 1970-01-01 UTC. When set, its date is today (unless --today is given) "
     "and its time is the timestamp written into calendars and PDF files, so the same input "
     "gives the same bytes."},
    {"NO_COLOR", "When set and not empty, text output has no colour (unless --color always)."},
    {"TZ",
     "The time zone of session times when neither --timezone nor the profile's "
     "schedule.timezone names one; without it, /etc/localtime is used."},
}};

// Command lines for EXAMPLES, each after what it does.
constexpr std::array<std::pair<std::string_view, std::string_view>, 7> k_examples{{
    {"Print the plan for a profile as it would be on 1 December 2026:",
     "plan me.json --today 2026-12-01"},
    {"Write a calendar to import, and a printable handout on Letter paper:",
     "plan me.json -o plan.ics\nplan me.json -o handout.pdf --paper letter"},
    {"Log a session, then ask what to do next:",
     "log me.json --date 2026-12-02 --session S01-1 --completed \\\n"
     "    --pain-before 2 --pain-during 3 --pain-after 2\nnext me.json"},
    {"Write one watch workout (FIT) per session into workouts/, to copy to GARMIN/NewFiles:",
     "plan me.json -f fit -o workouts"},
    {"Write a PDF and HTML handout for every profile in a folder:",
     "batch patients/ -o handouts/ -f pdf,html"},
    {"Check a folder of profiles:", "validate patients/*.json"},
    {"Turn on completion in the running bash:", "source <(backstride completion bash)"},
}};

}  // namespace

std::string roff_escape(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    auto c = static_cast<unsigned char>(text[i]);
    bool line_start = i == 0 || text[i - 1] == '\n';
    if (c == '\\') {
      out += "\\e";
    } else if (c == '-') {
      bool word_start =
          i == 0 || std::string_view(" \n([{`'\"/|=,-").find(text[i - 1]) != std::string_view::npos;
      out += word_start ? "\\-" : "-";
    } else if (c == '\'') {
      out += "\\(aq";
    } else if (c == '`') {
      out += "\\(ga";
    } else if (c == '.' && line_start) {
      out += "\\&.";
    } else if (c < 0x80) {
      out += static_cast<char>(c);
    } else {
      // UTF-8: the code point as a groff \[uXXXX] escape; a broken sequence becomes "?".
      int length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
      unsigned code = c & (0x7FU >> static_cast<unsigned>(length));
      bool valid = length > 0 && i + static_cast<std::size_t>(length) <= text.size();
      for (int k = 1; valid && k < length; ++k) {
        auto next = static_cast<unsigned char>(text[i + static_cast<std::size_t>(k)]);
        valid = (next & 0xC0U) == 0x80U;
        code = (code << 6U) | (next & 0x3FU);
      }
      out += valid ? fmt::format("\\[u{:04X}]", code) : "?";
      i += valid ? static_cast<std::size_t>(length - 1) : 0;
    }
  }
  return out;
}

void write_filled(std::string_view text, std::ostream& out) {
  bool blank = false;
  while (!text.empty()) {
    auto end = text.find('\n');
    auto line = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
    if (line.empty()) {
      blank = true;
      continue;
    }
    out << (blank ? ".PP\n" : "") << roff_escape(line) << "\n";
    blank = false;
  }
}

std::string sentence(std::string_view text) {
  std::string out(text);
  if (!out.empty() && out.back() != '.' && out.back() != '!' && out.back() != '?') {
    out += '.';
  }
  return out;
}

std::string upper(std::string_view text) {
  std::string out(text);
  for (auto& c : out) {
    c = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
  }
  return out;
}

void write_description_notes(const std::string& name, std::ostream& out) {
  out << ".PP\n";
  write_filled(fmt::format("{0} works offline: nothing leaves the machine. It writes only the "
                           "files you name, never over an existing one without --force, and "
                           "makes them readable by you alone (mode 0600). The same input gives "
                           "the same output. Every decision names its rule; {0} rules lists "
                           "them all with their sources.",
                           name),
               out);
}

void write_fixed_sections(const std::string& name, const ManPageInfo& info, std::ostream& out) {
  out << ".SH \"EXIT STATUS\"\n";
  for (const auto& [code, meaning] : k_exit_codes) {
    out << ".TP\n.B " << static_cast<int>(code) << "\n" << roff_escape(meaning) << "\n";
  }
  out << ".PP\n";
  write_filled(fmt::format("{} batch exits 0 when every input was processed (withheld plans "
                           "are outcomes, not errors), else with the gravest error met, after "
                           "finishing all the other inputs.",
                           name),
               out);
  out << ".SH ENVIRONMENT\n";
  for (const auto& [variable, meaning] : k_environment) {
    out << ".TP\n.B " << variable << "\n" << roff_escape(meaning) << "\n";
  }
  out << ".SH FILES\n.TP\n"
      << "\\fIPROFILE\\fR\n";
  write_filled(fmt::format("A person's profile, in JSON (at most 1 MiB; \"-\" reads standard "
                           "input). {} schema profile prints its JSON Schema.",
                           name),
               out);
  out << ".TP\n\\fIhistory file\\fR\n";
  write_filled(
      "The pain log named by the profile's history_file, relative to the profile: one "
      "JSON object per line. log appends to it under a lock.",
      out);
  if (!info.examples_dir.empty()) {
    out << ".TP\n\\fIPREFIX\\fR/" << roff_escape(info.examples_dir) << "\n";
    write_filled(
        "Example profiles to copy and edit. PREFIX is /usr when backstride comes from "
        "its Debian package.",
        out);
  }
  out << ".SH EXAMPLES\n";
  for (const auto& [what, lines] : k_examples) {
    std::string text(lines);
    out << ".PP\n" << roff_escape(what) << "\n.PP\n.RS 4\n.nf\n";
    std::string_view rest = text;
    while (!rest.empty()) {
      auto end = rest.find('\n');
      auto line = std::string(rest.substr(0, end));
      bool full = line.rfind("source ", 0) == 0 || line.rfind("    ", 0) == 0;
      out << roff_escape(full ? line : name + " " + line) << "\n";
      rest = end == std::string_view::npos ? std::string_view{} : rest.substr(end + 1);
    }
    out << ".fi\n.RE\n";
  }
  out << ".SH \"SEE ALSO\"\n";
  write_filled(fmt::format("{0} COMMAND --help; {0} schema (the JSON Schemas of the files it reads "
                           "and the JSON it prints); {0} rules "
                           "(every rule and its source); {0} programs (the built-in programs).",
                           name),
               out);
}

}  // namespace backstride::cli
