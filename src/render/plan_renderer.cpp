#include "backstride/render/plan_renderer.hpp"

#include <array>
#include <sstream>
#include <vector>

#include <fmt/format.h>

#include "backstride/error.hpp"
#include "backstride/render/catalogue.hpp"
#include "backstride/render/csv.hpp"
#include "backstride/render/fit.hpp"
#include "backstride/render/guide.hpp"
#include "backstride/render/html.hpp"
#include "backstride/render/ics.hpp"
#include "backstride/render/json.hpp"
#include "backstride/render/markdown.hpp"
#include "backstride/render/pdf.hpp"
#include "backstride/render/text.hpp"

namespace backstride::render {
namespace {

struct FormatInfo {
  Format format;
  std::string_view name;
  std::string_view extension;
  bool per_session = false;  // one file per session into a folder
};

// In the order of Format (info() indexes by it). A plain .csv is the spreadsheet;
// Google's import is "<name>.gcal.csv" (batch writes it so, and -o infers it).
constexpr std::array<FormatInfo, 10> k_formats{{
    {Format::text, "text", "txt"},
    {Format::json, "json", "json"},
    {Format::ics, "ics", "ics"},
    {Format::csv, "csv", "csv"},
    {Format::gcal_csv, "gcal-csv", "gcal.csv"},
    {Format::markdown, "markdown", "md"},
    {Format::html, "html", "html"},
    {Format::pdf, "pdf", "pdf"},
    {Format::fit, "fit", "fit", true},
    {Format::mp3, "mp3", "mp3", true},
}};

const FormatInfo& info(Format format) {
  return k_formats.at(static_cast<std::size_t>(format));
}

// One session's file in a per-session format: a watch workout or a spoken audio guide,
// both from the session's one cue schedule (render/guide.hpp).
std::string session_bytes(Format format, const Plan& plan, const PlannedSession& session,
                          const RenderOptions& options) {
  switch (format) {
    case Format::fit:
      return encode_fit(fit_workout(session, plan.profile_id, options.generated));
    case Format::mp3:
      if (!options.audio) {
        throw Error(ExitCode::software, "-f mp3: no audio writer was given (a bug)");
      }
      {
        AudioOptions audio = options.audio_options;
        if (audio.voice.empty()) {
          audio.voice = plan.language;  // espeak-ng has a voice named for each language
        }
        return options.audio(session_cues(session.segments, spoken_stop_rule(session.checkpoints)),
                             total_seconds(session.segments), audio);
      }
    default:
      throw Error(ExitCode::software,
                  fmt::format("-f {}: not a per-session format", format_name(format)));
  }
}

}  // namespace

std::string_view format_name(Format format) {
  return info(format).name;
}

std::string_view format_extension(Format format) {
  return info(format).extension;
}

bool per_session(Format format) {
  return info(format).per_session;
}

std::string format_names() {
  std::vector<std::string_view> names;
  for (const auto& known : k_formats) {
    names.push_back(known.name);
  }
  return fmt::format("{}", fmt::join(names, ", "));
}

std::vector<std::string> format_name_list() {
  std::vector<std::string> names;
  for (const auto& known : k_formats) {
    names.emplace_back(known.name);
  }
  return names;
}

Format parse_format_name(std::string_view name) {
  for (const auto& known : k_formats) {
    if (known.name == name) {
      return known.format;
    }
  }
  throw Error(ExitCode::usage,
              fmt::format("-f: unknown format \"{}\" (allowed: {})", name, format_names()));
}

std::optional<Format> format_from_extension(std::string_view extension) {
  if (extension == ".markdown") {
    return Format::markdown;
  }
  if (extension == ".htm") {
    return Format::html;
  }
  for (const auto& known : k_formats) {
    if (!known.per_session && extension.size() > 1 && extension.substr(1) == known.extension) {
      return known.format;
    }
  }
  return std::nullopt;
}

std::string format_extensions() {
  std::vector<std::string_view> extensions;
  for (const auto& known : k_formats) {
    if (!known.per_session) {
      extensions.push_back(known.extension);
    }
  }
  return fmt::format(".{}", fmt::join(extensions, ", ."));
}

const Handout& PlanRenderer::handout() {
  if (!handout_) {
    handout_ = build_handout(plan_, options_.handout);
  }
  return *handout_;
}

std::string PlanRenderer::render(Format format) {
  LanguageScope language(plan_.language);
  std::ostringstream out;
  switch (format) {
    case Format::json:
      write_plan_json(plan_, out);
      break;
    case Format::ics:
      write_plan_ics(plan_, options_.generated, out, options_.ics);
      break;
    case Format::csv:
      write_plan_csv(plan_, options_.formula_guard, out);
      break;
    case Format::gcal_csv:
      write_plan_gcal_csv(plan_, options_.generated, options_.formula_guard, out);
      break;
    case Format::markdown:
      write_handout_markdown(handout(), out);
      break;
    case Format::html:
      write_handout_html(handout(), options_.paper, out);
      break;
    case Format::pdf:
      if (!options_.pdf) {
        throw Error(ExitCode::software, "-f pdf: PDF output is not part of this program");
      }
      options_.pdf(handout(), {.paper = options_.paper, .created = options_.generated}, out);
      break;
    case Format::text:
      write_plan_text(plan_, options_.text, out);
      break;
    case Format::fit:
    case Format::mp3:
      throw Error(ExitCode::software, fmt::format("-f {}: one file per session (render_sessions)",
                                                  format_name(format)));
  }
  return std::move(out).str();
}

std::vector<std::string> session_file_names(const Plan& plan, Format format) {
  std::vector<std::string> names;
  for (const auto& week : plan.weeks) {
    for (const auto& session : week.sessions) {
      names.push_back(fmt::format("{}.{}", session.id, format_extension(format)));
    }
  }
  return names;
}

std::vector<SessionFile> PlanRenderer::render_sessions(Format format) {
  if (!per_session(format)) {
    throw Error(ExitCode::software,
                fmt::format("-f {}: not a per-session format", format_name(format)));
  }
  LanguageScope language(plan_.language);
  std::vector<std::string> names = session_file_names(plan_, format);
  std::vector<SessionFile> files;
  for (const auto& week : plan_.weeks) {
    for (const auto& session : week.sessions) {
      files.push_back(
          {std::move(names.at(files.size())), session_bytes(format, plan_, session, options_)});
    }
  }
  return files;
}

}  // namespace backstride::render
