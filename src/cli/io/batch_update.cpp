#include "io/batch_update.hpp"

#include <filesystem>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "backstride/error.hpp"
#include "backstride/languages.hpp"
#include "backstride/uuid.hpp"
#include "backstride/version.hpp"
#include "io/files.hpp"

namespace backstride::cli {
namespace {

// Largest summary.json --update reads (10 000 inputs make about 3 MiB).
constexpr std::size_t k_max_summary_bytes = 64 * 1024 * 1024;

}  // namespace

std::string batch_settings(const BatchRequest& request) {
  std::string text = fmt::format("backstride {}\ntoday {}\ntimezone {}\n", k_version,
                                 format_date(request.today), request.timezone);
  for (render::Format format : request.formats) {
    text += fmt::format("format {}\n", render::format_name(format));
  }
  const Program& program = *request.program;
  text += fmt::format("program {} {} {}\n", program.id, program.name, program.max_increase);
  for (const auto& stage : program.stages) {
    text += fmt::format("stage {} {} {}\n", stage.id, stage.title, stage.sessions.size());
  }
  const render::RenderOptions& render = request.render;
  text += fmt::format("paper {}\naudience {}\n", static_cast<int>(render.paper),
                      static_cast<int>(render.handout.audience));
  if (render.audio) {
    text += fmt::format("voice {}\n", render.audio_options.voice);
  }
  if (!request.language.empty()) {
    text += fmt::format("lang {}\n", request.language);
  }
  for (const auto& language : available_languages()) {  // a changed translation re-renders
    text += fmt::format("catalogue {} {}\n", language, uuid_v5(catalogue_bytes(language)));
  }
  if (render.ics.morning_check) {
    text += "morning-check\n";
  }
  if (const auto& clinic = render.handout.clinic) {
    text += fmt::format("clinic {}\n{}\n{}\n{} {}\n{}\n", clinic->name,
                        fmt::join(clinic->address, "\n"), clinic->phone, clinic->clinician,
                        clinic->clinician_role, clinic->signature);
    if (clinic->logo) {
      text += clinic->logo->mime + "\n" + clinic->logo->bytes + "\n";
    }
  }
  return text + fmt::format("machine zone {}\n",
                            request.machine_zone_error ? "unknown" : request.machine_zone);
}

std::map<std::string, std::string> previous_hashes(const std::string& path, Io& io) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) {
    return {};
  }
  std::string text = read_input(path, io, k_max_summary_bytes).text;
  auto summary = nlohmann::json::parse(text, nullptr, false);
  if (summary.is_discarded() || !summary.is_object() ||
      summary.value("format", "") != "backstride.batch/1" || !summary.contains("inputs") ||
      !summary.at("inputs").is_array()) {
    throw Error(ExitCode::data_error,
                fmt::format("{}: is not a batch summary (allowed: the summary.json a batch "
                            "wrote; or run without --update)",
                            path));
  }
  std::map<std::string, std::string> hashes;
  for (const auto& row : summary.at("inputs")) {
    if (row.is_object() && row.value("input_hash", "") != "" &&
        row.value("status", "") != "error") {
      hashes[row.value("input", "")] = row.value("input_hash", "");
    }
  }
  return hashes;
}

}  // namespace backstride::cli
