// The fuzz target: arbitrary bytes through the whole pipeline, as `backstride plan`
// runs it, and every renderer. Built as a libFuzzer target (BACKSTRIDE_FUZZ=ON, clang)
// and into backstride-fuzz-replay, which the tests run on the seeds and regressions.
//
// Input: byte 0 selects the options (see Selector); the rest is the profile text, and
// after the first NUL byte (never valid inside JSON text) the history file's text.
// backstride::Error is an expected outcome of bad input (except an internal error, exit
// 70); anything else escapes and is reported as a crash, and so is a broken invariant
// (JSON that does not parse, a control character in an output, a five-digit year, ...).
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "backstride/assessment.hpp"
#include "backstride/error.hpp"
#include "backstride/generate.hpp"
#include "backstride/history.hpp"
#include "backstride/profile.hpp"
#include "backstride/program.hpp"
#include "backstride/render/json.hpp"
#include "backstride/render/plan_renderer.hpp"
#include "backstride/text_util.hpp"

namespace backstride::fuzz {
namespace {

using namespace std::chrono_literals;

// Days a plan may be asked for: before, around and long after the examples' dates.
constexpr std::array<Date, 4> k_todays = {Date{2026y / 12 / 1}, Date{2027y / 3 / 28},
                                          Date{2026y / 1 / 1}, Date{2031y / 10 / 26}};

// Zones with DST gaps, a half-hour DST shift and UTC+14, besides the profile's own.
constexpr std::array<std::string_view, 3> k_zones = {"America/New_York", "Australia/Lord_Howe",
                                                     "Pacific/Kiritimati"};

// What byte 0 of an input chooses.
struct Selector {
  bool pdf = false;         // bit 0: also render the PDF handout (slow)
  std::size_t today = 0;    // bits 1-2: index into k_todays
  std::size_t program = 0;  // bits 3-4: built-in program (modulo their number)
  std::size_t zone = 0;     // bits 5-6: 0 = the profile's zone (else UTC), else k_zones
  bool variant = false;     // bit 7: colour text, no CSV formula guard, Letter paper

  explicit Selector(std::uint8_t bits)
      : pdf((bits & 1U) != 0),
        today((bits >> 1U) & 3U),
        program((bits >> 3U) & 3U),
        zone((bits >> 5U) & 3U),
        variant((bits & 0x80U) != 0) {}
};

[[noreturn]] void broken(const char* invariant) {
  std::fprintf(stderr, "backstride fuzz: invariant broken: %s\n", invariant);
  std::abort();
}

// A logged entry must survive the trip through its own JSON line unchanged.
void check_history_round_trip(const HistoryEntry& entry) {
  auto again = parse_history_lines(format_history_line(entry), "round-trip");
  if (again.size() != 1 || format_history_line(again.front()) != format_history_line(entry)) {
    broken("a history entry does not survive format_history_line + parse_history_lines");
  }
}

// Outputs are UTF-8 text without control characters (tab, CR and LF aside), so
// printing one cannot rewrite a terminal; the coloured text output is exempt.
void check_text_output(std::string_view rendered) {
  for (std::size_t i = 0; i < rendered.size();) {
    std::size_t length = utf8_sequence_length(rendered, i);
    if (length == 0) {
      broken("an output is not UTF-8");
    }
    i += length;
  }
  if (find_control_character(rendered)) {
    broken("an output holds a control character");
  }
}

// Every date written has a four-digit year, in local time and in UTC.
void check_dates(const Plan& plan) {
  auto four_digits = [](Date date) { return format_date(date).size() == 10; };
  for (const auto& week : plan.weeks) {
    for (const auto& session : week.sessions) {
      auto utc = Date{std::chrono::floor<std::chrono::days>(session.start_utc)};
      if (!four_digits(session.date) || !four_digits(utc) || !four_digits(week.first_day)) {
        broken("a plan date has no four-digit year");
      }
    }
  }
}

void run_pipeline(Selector selector, std::string_view profile_text, std::string_view history_text) {
  Profile profile = parse_profile(profile_text, "profile.json");
  if (!history_text.empty()) {
    auto entries = parse_history_lines(history_text, "history.jsonl");
    profile.history.insert(profile.history.end(), entries.begin(), entries.end());
  }
  for (const auto& entry : profile.history) {
    check_history_round_trip(entry);
  }
  auto programs = builtin_programs();
  const Program& program = programs[selector.program % programs.size()];
  Date today = k_todays.at(selector.today);
  std::string zone = selector.zone == 0 ? profile.schedule.timezone.value_or("UTC")
                                        : std::string(k_zones.at(selector.zone - 1));

  Screening screening = screen_profile(profile, today);
  Assessment assessment = assess(profile, program, today);
  Plan plan = build_plan(profile, program, today, "profile.json", zone);
  if (plan.exit_code != exit_code_for(assessment) || plan.screening.status != screening.status) {
    broken("build_plan disagrees with screen_profile or assess");
  }
  check_dates(plan);

  render::PlanRenderer renderer(
      plan, {.text = {.color = selector.variant,
                      .unicode = selector.variant,
                      .width = selector.variant ? 40U : 79U},
             .formula_guard = !selector.variant,
             .paper = selector.variant ? render::Paper::letter : render::Paper::a4,
             .generated = std::chrono::sys_seconds{1796083200s},
             .handout = {.audience =
                             selector.variant ? render::Audience::patient : render::Audience::both,
                         .clinic = std::nullopt},
             .pdf = render::write_handout_pdf,
             .ics = {.previous = {}, .morning_check = selector.variant, .log_profile = "me.json"},
             .audio = nullptr,
             .audio_options = {}});
  for (auto format :
       {render::Format::text, render::Format::json, render::Format::ics, render::Format::csv,
        render::Format::gcal_csv, render::Format::markdown, render::Format::html}) {
    std::string rendered = renderer.render(format);
    if (format == render::Format::json && !nlohmann::json::accept(rendered)) {
      broken("the JSON plan does not parse as JSON");
    }
    if (format != render::Format::text || !selector.variant) {
      check_text_output(rendered);
    }
  }
  if (selector.pdf) {
    renderer.render(render::Format::pdf);
  }
  std::ostringstream next;
  render::write_next_json(plan, first_session(plan), next);
}

}  // namespace
}  // namespace backstride::fuzz

// libFuzzer's entry point: runs one input; returns 0 (inputs are never rejected).
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) {
    return 0;
  }
  std::string_view rest(reinterpret_cast<const char*>(data + 1), size - 1);
  auto nul = rest.find('\0');
  std::string_view profile = rest.substr(0, nul);
  std::string_view history = nul == std::string_view::npos ? "" : rest.substr(nul + 1);
  // BACKSTRIDE_FUZZ_VERBOSE=1: say how each input ended (for backstride-fuzz-replay).
  static const bool verbose = std::getenv("BACKSTRIDE_FUZZ_VERBOSE") != nullptr;
  try {
    backstride::fuzz::run_pipeline(backstride::fuzz::Selector(data[0]), profile, history);
  } catch (const backstride::Error& error) {
    // Bad input, reported as the CLI would: an expected outcome. Exit code 70 is not:
    // DESIGN.md calls an internal error always a bug.
    if (error.code() == backstride::ExitCode::software) {
      std::fprintf(stderr, "backstride fuzz: internal error: %s\n", error.what());
      std::abort();
    }
    if (verbose) {
      std::fprintf(stderr, "  exit %d: %s\n", static_cast<int>(error.code()), error.what());
    }
    return 0;
  }
  if (verbose) {
    std::fprintf(stderr, "  planned\n");
  }
  return 0;
}
