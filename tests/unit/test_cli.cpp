#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <unistd.h>

#include "backstride/cli/app.hpp"
#include "backstride/render/wrap.hpp"
#include "cli_runner.hpp"

using namespace backstride;
using cli_runner::run_cli;

namespace {

// The display width of the widest line of `text`.
std::size_t widest_line(const std::string& text) {
  std::size_t widest = 0;
  std::size_t start = 0;
  for (std::size_t end = text.find('\n'); end != std::string::npos;
       start = end + 1, end = text.find('\n', start)) {
    widest = std::max(widest, render::display_width(text.substr(start, end - start)));
  }
  return widest;
}

const std::string k_profile =
    std::string(BACKSTRIDE_SOURCE_DIR) + "/examples/beginner-chronic.json";

}  // namespace

TEST_CASE("text output is coloured only on a terminal without NO_COLOR") {
  auto plain = run_cli({"plan", k_profile});
  CHECK(plain.code == 0);
  CHECK(plain.out.find("\x1b[") == std::string::npos);

  auto terminal = run_cli({"plan", k_profile}, true);
  CHECK(terminal.out.find("\x1b[") != std::string::npos);

  auto no_color = run_cli({"plan", k_profile}, true, {{"NO_COLOR", "1"}});
  CHECK(no_color.out.find("\x1b[") == std::string::npos);

  auto forced = run_cli({"plan", k_profile, "--color", "always"});
  CHECK(forced.out.find("\x1b[") != std::string::npos);

  auto never = run_cli({"plan", k_profile, "--color", "never"}, true);
  CHECK(never.out.find("\x1b[") == std::string::npos);
}

TEST_CASE("the clock is used only when neither --today nor SOURCE_DATE_EPOCH is given") {
  auto from_clock = run_cli({"plan", k_profile, "-f", "json"});
  CHECK(from_clock.out.find("\"today\": \"2026-12-01\"") != std::string::npos);
  auto from_epoch = run_cli({"plan", k_profile, "-f", "json"}, false,
                            {{"SOURCE_DATE_EPOCH", "1798761600"}});  // 2027-01-01
  CHECK(from_epoch.out.find("\"today\": \"2027-01-01\"") != std::string::npos);
  auto bad_epoch = run_cli({"plan", k_profile}, false, {{"SOURCE_DATE_EPOCH", "soon"}});
  CHECK(bad_epoch.code == 64);
}

TEST_CASE("usage errors exit 64 with one line and a hint") {
  auto no_command = run_cli({});
  CHECK(no_command.code == 64);
  auto unknown = run_cli({"plan", k_profile, "--frobnicate"});
  CHECK(unknown.code == 64);
  CHECK(unknown.err.rfind("backstride: ", 0) == 0);
  auto help = run_cli({"--help"});
  CHECK(help.code == 0);
  CHECK(help.out.find("plan") != std::string::npos);
  auto version = run_cli({"--version"});
  CHECK(version.out.rfind("backstride ", 0) == 0);
}

TEST_CASE("identical input gives identical bytes") {
  auto first = run_cli({"plan", k_profile, "-f", "json", "--today", "2026-12-01"});
  auto second = run_cli({"plan", k_profile, "-f", "json", "--today", "2026-12-01"});
  CHECK(first.out == second.out);
  CHECK(first.out.size() > 1000);
}

TEST_CASE("plan refuses to write a PDF to a terminal and infers handout formats from -o") {
  auto terminal = run_cli({"plan", k_profile, "-f", "pdf"}, true);
  CHECK(terminal.code == 64);
  CHECK(terminal.out.empty());
  CHECK(terminal.err.find("terminal") != std::string::npos);

  auto piped = run_cli({"plan", k_profile, "-f", "pdf"});
  CHECK(piped.code == 0);
  CHECK(piped.out.starts_with("%PDF-"));

  auto markdown = run_cli({"plan", k_profile, "-f", "markdown"});
  CHECK(markdown.out.starts_with("# Your walk/jog plan\n"));

  auto unknown = run_cli({"plan", k_profile, "-o", "plan.docx"});
  CHECK(unknown.code == 64);
  CHECK(unknown.err.find(".md, .html, .pdf") != std::string::npos);
}

TEST_CASE("text output fits the terminal and draws boxes only in a UTF-8 locale") {
  auto narrow = run_cli({"plan", k_profile, "--color", "never"}, true,
                        {{"COLUMNS", "60"}, {"LC_ALL", "C.UTF-8"}});
  REQUIRE(narrow.code == 0);
  CHECK(widest_line(narrow.out) <= 59);
  CHECK(narrow.out.find("┌") != std::string::npos);
  CHECK(narrow.out.find("█") != std::string::npos);

  auto ascii = run_cli({"plan", k_profile}, false, {{"LANG", "en_GB.ISO-8859-1"}});
  CHECK(ascii.out.find("┌") == std::string::npos);
  CHECK(ascii.out.find("+-----") != std::string::npos);
  CHECK(std::all_of(ascii.out.begin(), ascii.out.end(),
                    [](char c) { return static_cast<unsigned char>(c) < 0x80; }));
}

TEST_CASE("a pipe honours COLUMNS and files written with -o keep 79 columns") {
  auto piped = run_cli({"plan", k_profile}, false, {{"COLUMNS", "60"}});
  CHECK(widest_line(piped.out) <= 59);
  auto standard = run_cli({"plan", k_profile});
  CHECK(widest_line(standard.out) <= 79);
  CHECK(widest_line(standard.out) > 59);
  auto path = std::filesystem::temp_directory_path() /
              ("backstride-test-width-" + std::to_string(::getpid()) + ".txt");
  auto written = run_cli({"plan", k_profile, "-o", path.string()}, false, {{"COLUMNS", "60"}});
  REQUIRE(written.code == 0);
  std::ifstream file(path);
  std::string text((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
  std::filesystem::remove(path);
  CHECK(text == standard.out);
}

TEST_CASE("errors wrap to stderr's width with later lines under the message") {
  auto error = run_cli(
      {"plan", "/nonexistent/a/rather/long/path/to/a/profile.json", "--today", "2026-12-01"}, false,
      {{"COLUMNS", "40"}});
  CHECK(error.code == 66);
  CHECK(error.err.rfind("backstride: ", 0) == 0);
  CHECK(widest_line(error.err) <= 39);
  CHECK(error.err.find("\n            ") != std::string::npos);
}

TEST_CASE("help at 40 columns rewraps prose but keeps its separate lines apart") {
  auto help = run_cli({"check", "--help"}, false, {{"COLUMNS", "40"}});
  REQUIRE(help.code == 0);
  CHECK(widest_line(help.out) <= 39);
  CHECK(help.out.find("\nUsage: backstride check [OPTIONS]\n") != std::string::npos);
  CHECK(help.out.find("\nExample: backstride check me.json\n") != std::string::npos);
  CHECK(help.out.find("\n  --today DATE  Act as if today were\n                YYYY-MM-DD") !=
        std::string::npos);
  auto wide = run_cli({"check", "--help"}, false, {{"COLUMNS", "1000"}});
  CHECK(wide.out.find("\nA \"clearance\" block in the profile (who, when) lifts 'see a clinician "
                      "first'\n") != std::string::npos);  // as written: it fits
}
