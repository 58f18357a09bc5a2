// Hardening: what the bad-input corpus and the fuzzer found, checked at the core.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>

#include "backstride/error.hpp"
#include "backstride/generate.hpp"
#include "backstride/history.hpp"
#include "backstride/profile.hpp"
#include "backstride/program.hpp"
#include "backstride/text_util.hpp"

using namespace backstride;

namespace {

// The beginner example with one piece of text replaced (which must occur).
std::string beginner_with(const std::string& from, const std::string& to) {
  std::ifstream in(std::string(BACKSTRIDE_SOURCE_DIR) + "/examples/beginner-chronic.json",
                   std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  std::string text = buffer.str();
  auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

// The message parse_profile rejects `text` with (a data error).
std::string rejection(const std::string& text) {
  try {
    parse_profile(text, "SRC");
  } catch (const Error& error) {
    CHECK(error.code() == ExitCode::data_error);
    return error.what();
  }
  FAIL("parse_profile accepted it");
  return "";
}

}  // namespace

TEST_CASE("find_control_character finds C0, DEL and C1 but not tab, CR or LF") {
  CHECK_FALSE(find_control_character("line 1\r\nline 2\tend, é ✓").has_value());
  CHECK(find_control_character("a\x1b[31m") == U'\x1b');
  CHECK(find_control_character(std::string("a\0b", 3)) == U'\0');
  CHECK(find_control_character("a\x7f") == U'\x7f');
  CHECK(find_control_character("a\xc2\x9b"
                               "31m") == U'\x9b');
  CHECK_FALSE(find_control_character("\xc2\xa0").has_value());  // no-break space
}

TEST_CASE("find_control_character finds bidi controls; terminal_safe escapes all of them") {
  CHECK(find_control_character("Alex \u202e eoD") == U'\u202e');
  CHECK(find_control_character("a\u2066b") == U'\u2066');
  CHECK_FALSE(find_control_character("a\u2065b\u202fc").has_value());  // neighbours are fine
  CHECK(terminal_safe("a\x1b]8;;x\x07\u202e\xc2\x9b\xff\tb") ==
        "a\\x1B]8;;x\\x07\\u202E\\x9B\\xFF\tb");
  CHECK(terminal_safe(terminal_safe("\x1b")) == "\\x1B");  // applied twice: the same
  CHECK(Error(ExitCode::usage, "x\x1b[2J").what() == std::string("x\\x1B[2J"));
  CHECK(printable("a\u202eb\xc2\x85") == "a?b?");
}

TEST_CASE("text fields with a control character are rejected; line breaks are kept") {
  CHECK(rejection(beginner_with(R"("Alex Doe")", R"("Alex \u001b[2J")")) ==
        "SRC: /name: contains the control character U+001B (allowed: text without control "
        "characters; tabs and line breaks are fine)");
  CHECK_THAT(rejection(beginner_with(R"("Everyday trainers")", R"("shoes\u0085")")),
             Catch::StartsWith("SRC: /shoes/name: contains the control character U+0085"));
  CHECK(parse_profile(beginner_with(R"("Alex Doe")", R"("Alex\r\nDoe\t, ; \\")"), "SRC").name ==
        "Alex\r\nDoe\t, ; \\");
}

TEST_CASE("a history note with a control character is rejected at its line") {
  std::string line = R"({"date": "2026-12-02", "session": "S01-1", "completed": true,)"
                     R"( "pain_before": 2, "pain_during": 3, "pain_after": 2, "note": "a\u0007"})";
  try {
    parse_history_lines("\n" + line, "H");
    FAIL("accepted");
  } catch (const Error& error) {
    CHECK_THAT(error.what(), Catch::StartsWith("H:2: /note: contains the control character"));
  }
}

TEST_CASE("schema messages: whole numbers too large, and odd keys") {
  CHECK(rejection(beginner_with(R"("age": 38)", R"("age": 1e20)")) ==
        "SRC: /age: is out of range (allowed: a whole number from 16 to 100)");
  CHECK(rejection(beginner_with(R"("age": 38)", R"("age": 38.0)")) ==
        "SRC: /age: expected a whole number, found a number with a decimal point or exponent "
        "(allowed: a whole number from 16 to 100)");
  CHECK_THAT(rejection(beginner_with(R"("age": 38,)", R"("age": 38, "": 1,)")),
             Catch::StartsWith("SRC: /: unknown key"));
  CHECK_THAT(rejection(beginner_with(R"("age": 38,)", R"("age": 38, "a\nb": 1,)")),
             Catch::StartsWith("SRC: /a?b: unknown key"));
}

TEST_CASE("a plan that would run past 9999-12-30 is refused, not written with 5-digit years") {
  Profile profile = parse_profile(
      beginner_with(R"("start_date": "2026-12-01")", R"("start_date": "9999-12-20")"), "SRC");
  const Program& program = *find_builtin_program("back-care");
  try {
    build_plan(profile, program, *parse_date("2026-12-01"), "SRC");
    FAIL("planned");
  } catch (const Error& error) {
    CHECK_THAT(error.what(), Catch::StartsWith("SRC: /schedule/start_date: a plan from "
                                               "9999-12-20 would run past 9999-12-30"));
  }
}
