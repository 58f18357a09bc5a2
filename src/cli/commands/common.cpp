#include "commands/common.hpp"
#include "tty/terminal.hpp"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <filesystem>

#include <date/tz.h>
#include <fmt/format.h>

#include "backstride/cli/zone_list.hpp"
#include "backstride/clinic.hpp"
#include "backstride/error.hpp"
#include "backstride/languages.hpp"
#include "backstride/render/wrap.hpp"
#include "backstride/text_util.hpp"
#include "backstride/timezone.hpp"
#include "io/audio_module.hpp"
#include "io/files.hpp"
#include "io/output_target.hpp"

namespace backstride::cli {
namespace {

constexpr std::size_t k_max_program_bytes = 1024 * 1024;

Date date_of_epoch_seconds(long long seconds) {
  auto days = std::chrono::floor<std::chrono::days>(
      std::chrono::sys_seconds{std::chrono::seconds{seconds}});
  return Date{days};
}

Date local_date(long long seconds) {
  std::time_t time = static_cast<std::time_t>(seconds);
  std::tm local{};
  localtime_r(&time, &local);
  return Date{std::chrono::year{local.tm_year + 1900},
              std::chrono::month{static_cast<unsigned>(local.tm_mon + 1)},
              std::chrono::day{static_cast<unsigned>(local.tm_mday)}};
}

// The last second with a four-digit year: 9999-12-31T23:59:59Z.
constexpr long long k_max_epoch = 253402300799;

long long parse_epoch(const std::string& text) {
  try {
    std::size_t used = 0;
    long long seconds = std::stoll(text, &used);
    if (used == text.size() && seconds >= 0 && seconds <= k_max_epoch) {
      return seconds;
    }
  } catch (const std::exception&) {
  }
  throw Error(ExitCode::usage,
              fmt::format("SOURCE_DATE_EPOCH: \"{}\" is not a number of seconds (allowed: 0 to "
                          "{}, 1970 to 9999)",
                          text, k_max_epoch));
}

}  // namespace

Program resolve_program(const std::string& spec, Io& io) {
  if (const Program* builtin = find_builtin_program(spec)) {
    return *builtin;
  }
  if (spec.find('/') == std::string::npos && !spec.ends_with(".json") && spec != "-") {
    std::vector<std::string> ids;
    for (const auto& program : builtin_programs()) {
      ids.push_back(program.id);
    }
    throw Error(ExitCode::usage,
                fmt::format("--program: unknown program \"{}\" (allowed: {}, or a path to a "
                            "program .json file)",
                            spec, fmt::join(ids, ", ")));
  }
  Input input = read_input(spec, io, k_max_program_bytes);
  Program program = parse_program(input.text, input.name);
  if (!program.next_program.empty() && !find_builtin_program(program.next_program)) {
    throw Error(ExitCode::data_error,
                located(input.name, "/next_program",
                        fmt::format("\"{}\" is not a built-in program (allowed: see backstride "
                                    "programs)",
                                    program.next_program)));
  }
  return program;
}

std::chrono::sys_seconds generation_time(Io& io) {
  long long seconds = io.now();
  if (auto epoch = io.getenv("SOURCE_DATE_EPOCH")) {
    seconds = parse_epoch(*epoch);
  }
  return std::chrono::sys_seconds{std::chrono::seconds{seconds}};
}

Date resolve_today(const std::string& option, Io& io) {
  if (!option.empty()) {
    auto date = parse_date(option);
    if (!date) {
      throw Error(
          ExitCode::usage,
          fmt::format("--today: \"{}\" is not a real calendar date (allowed: YYYY-MM-DD)", option));
    }
    return *date;
  }
  if (auto epoch = io.getenv("SOURCE_DATE_EPOCH")) {
    return date_of_epoch_seconds(parse_epoch(*epoch));
  }
  return local_date(io.now());
}

void print_error(Io& io, std::string_view message) {
  for (std::string_view line : text_lines(message)) {
    io.err << render::wrap(line, stderr_width(io), "backstride: ");
  }
}

std::string resolve_timezone(const std::string& option, const Profile& profile, Io& io) {
  if (!option.empty()) {
    if (is_known_zone(option)) {
      return option;
    }
    // A city that names one zone ("London"); else what it could be.
    ZoneChoice chosen = choose_zone(option, system_zone_names());
    if (!chosen.problem.empty()) {
      throw Error(ExitCode::usage, fmt::format("--timezone: {}", chosen.problem));
    }
    return chosen.zone;
  }
  if (profile.schedule.timezone) {
    return *profile.schedule.timezone;
  }
  return machine_timezone(io);
}

std::string machine_timezone(Io& io) {
  if (auto tz = io.getenv("TZ")) {
    std::string name = tz->starts_with(':') ? tz->substr(1) : *tz;
    if (auto at = name.find("/zoneinfo/"); name.starts_with('/') && at != std::string::npos) {
      name = name.substr(at + 10);  // TZ=/usr/share/zoneinfo/Europe/London
    }
    if (name.empty()) {
      return "UTC";  // as the C library reads an empty TZ
    }
    if (is_known_zone(name)) {
      return name;
    }
    // A POSIX rule such as IST-5:30 has no daylight-saving history: refused, never UTC.
    throw Error(ExitCode::usage,
                fmt::format("TZ: \"{}\" is not a time zone of the tz database (allowed: an "
                            "IANA name such as Asia/Kolkata, or schedule.timezone in the "
                            "profile)",
                            *tz));
  }
  try {
    return std::string(date::current_zone()->name());
  } catch (const std::exception&) {
    return "UTC";
  }
}

render::Format resolve_format(const std::string& format_option, const std::string& output_path) {
  if (format_option.empty() && !output_path.empty() && output_path != "-") {
    auto extension = std::filesystem::path(output_path).extension().string();
    if (output_path.ends_with(".gcal.csv")) {
      extension = ".gcal.csv";  // Google's CSV; a plain .csv is the spreadsheet
    }
    auto inferred = render::format_from_extension(extension);
    for (const auto& name : render::format_name_list()) {
      render::Format format = render::parse_format_name(name);
      if (!inferred && render::per_session(format) &&
          extension == std::string(".").append(render::format_extension(format))) {
        throw Error(ExitCode::usage,
                    fmt::format("-o {}: -f {} writes one file per session into a folder (give "
                                "-f {} -o FOLDER)",
                                output_path, name, name));
      }
    }
    if (!inferred) {
      throw Error(ExitCode::usage,
                  fmt::format("-o {}: cannot tell the format from the extension \"{}\" (allowed: "
                              "{}; or give -f)",
                              output_path, extension, render::format_extensions()));
    }
    return *inferred;
  }
  return format_option.empty() ? render::Format::text : render::parse_format_name(format_option);
}

render::Paper resolve_paper(const std::string& paper) {
  return paper == "letter" ? render::Paper::letter : render::Paper::a4;
}

void add_paper_option(CLI::App& cmd, std::string& paper) {
  cmd.add_option("--paper", paper, "Page size of html and pdf handouts: a4 or letter")
      ->check(CLI::IsMember({"a4", "letter"}))
      ->capture_default_str();
}

void add_voice_option(CLI::App& cmd, std::string& voice) {
  cmd.add_option("--voice", voice,
                 "mp3: the espeak-ng voice of the audio guides (default: the plan's language, "
                 "en or es; `espeak-ng --voices` lists them, e.g. en-gb, en-us, es-419)")
      ->type_name("VOICE");
}

void add_lang_option(CLI::App& cmd, std::string& lang) {
  std::vector<std::string> languages = available_languages();
  cmd.add_option("--lang", lang,
                 fmt::format("Language of the handouts, calendar, sheet, audio and text, instead "
                             "of the profile's \"language\" ({}; errors and help stay in English)",
                             fmt::join(languages, ", ")))
      ->check(CLI::IsMember(languages))
      ->type_name("LANG");
}

void apply_lang(Profile& profile, const std::string& lang) {
  if (!lang.empty()) {
    profile.language = lang;
  }
}

std::pair<render::AudioWriter, render::AudioOptions> resolve_audio(
    const std::vector<render::Format>& formats, const std::string& voice) {
  if (std::ranges::find(formats, render::Format::mp3) == formats.end()) {
    if (!voice.empty()) {
      throw Error(ExitCode::usage, "--voice: only for audio guides (allowed: with -f mp3)");
    }
    return {};
  }
  render::AudioOptions options{voice};
  render::AudioWriter writer = audio_module_writer();
  // One word spoken now, so a voice espeak-ng lacks stops a batch before its first patient
  // (without --voice, each language's own voice).
  for (const auto& each : voice.empty() ? available_languages() : std::vector{voice}) {
    writer({{0, render::CueKind::change, false, false, 0, "ok"}}, 1, render::AudioOptions{each});
  }
  return {std::move(writer), options};
}

void add_handout_options(CLI::App& cmd, std::string& audience, std::string& clinic) {
  cmd.add_option("--audience", audience,
                 "Handout pages for the patient (plain words), the clinician (rules, trail, "
                 "sources) or both")
      ->check(CLI::IsMember({"patient", "clinician", "both"}))
      ->capture_default_str();
  cmd.add_option("--clinic", clinic,
                 "Clinic file (JSON, see `backstride schema clinic`): name, address, clinician "
                 "and logo on every handout page")
      ->type_name("FILE");
}

render::HandoutOptions resolve_handout_options(const std::string& audience,
                                               const std::string& clinic_path, Io& io) {
  render::HandoutOptions options;
  options.audience = render::parse_audience(audience).value_or(render::Audience::both);
  if (clinic_path.empty()) {
    return options;
  }
  constexpr std::size_t k_max_clinic_bytes = 64 * 1024;
  Input input = read_input(clinic_path, io, k_max_clinic_bytes);
  Clinic clinic = parse_clinic(input.text, input.name);
  if (!clinic.logo_file.empty()) {
    bool here = input.dir.empty() || input.dir == ".";
    auto logo_path =
        here ? clinic.logo_file : (std::filesystem::path(input.dir) / clinic.logo_file).string();
    Input logo = read_input(logo_path, io, k_max_logo_bytes + 1);
    clinic.logo = check_logo(std::move(logo.text), logo.name);
  }
  options.clinic = std::move(clinic);
  return options;
}

bool use_color(const std::string& color_option, const std::string& output_path, Io& io) {
  if (color_option != "auto") {
    return color_option == "always";
  }
  auto no_color = io.getenv("NO_COLOR");
  bool to_stdout = output_path.empty() || output_path == "-";
  return to_stdout && io.out_is_terminal && !(no_color && !no_color->empty());
}

render::TextStyle text_style(const std::string& color_option, const std::string& output_path,
                             Io& io) {
  bool to_stdout = output_path.empty() || output_path == "-";
  return {use_color(color_option, output_path, io), locale_is_utf8(io),
          to_stdout ? stdout_width(io) : k_file_width};
}

std::size_t stdout_width(const Io& io) {
  return io.width == 0 ? k_file_width : io.width;
}

std::size_t stderr_width(const Io& io) {
  return io.err_width == 0 ? k_file_width : io.err_width;
}

void add_color_option(CLI::App& cmd, std::string& color) {
  cmd.add_option("--color", color,
                 "Colour in text output: auto, always or never (NO_COLOR honoured)")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
}

void add_today_option(CLI::App& cmd, std::string& today) {
  cmd.add_option("--today", today,
                 "Act as if today were YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else the clock)")
      ->type_name("DATE");
}

void emit(const std::string& output_path, const std::string& content, bool force, Io& io) {
  if (output_path.empty() || output_path == "-") {
    io.out << content;
    io.out.flush();
    if (!io.out) {
      throw Error(ExitCode::io_error, "<stdout>: write failed");
    }
    return;
  }
  if (write_to_stream_target(output_path, content)) {
    return;
  }
  write_file_atomically(output_path, content, force);
}

}  // namespace backstride::cli
