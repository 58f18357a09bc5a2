#include <catch2/catch.hpp>

#include <sstream>
#include <string>

#include "backstride/render/csv.hpp"
#include "backstride/render/ics.hpp"
#include "backstride/text_util.hpp"
#include "backstride/timezone.hpp"

using namespace backstride;

namespace {

// Undoes RFC 5545 folding: drops every CRLF followed by one space.
std::string unfold(const std::string& folded) {
  std::string out;
  for (std::size_t i = 0; i < folded.size(); ++i) {
    if (folded.compare(i, 3, "\r\n ") == 0) {
      i += 2;
    } else if (folded.compare(i, 2, "\r\n") == 0) {
      ++i;
    } else {
      out += folded[i];
    }
  }
  return out;
}

bool valid_utf8(const std::string& text) {
  for (std::size_t i = 0; i < text.size();) {
    std::size_t length = utf8_sequence_length(text, i);
    if (length == 0) {
      return false;
    }
    i += length;
  }
  return true;
}

Date day(const char* text) {
  return *parse_date(text);
}

}  // namespace

TEST_CASE("ICS folding keeps every physical line within 75 octets and whole characters") {
  std::string value;
  for (int i = 0; i < 40; ++i) {
    value += "Zoë 日本 🏃 a\\,b ";
  }
  std::string line = "DESCRIPTION:" + render::escape_ics_text(value);
  std::string folded = render::fold_ics_line(line);
  REQUIRE(folded.ends_with("\r\n"));
  std::size_t start = 0;
  while (start < folded.size()) {
    std::size_t end = folded.find("\r\n", start);
    std::string physical = folded.substr(start, end - start);
    CHECK(physical.size() <= 75);
    CHECK(valid_utf8(physical));
    CHECK_FALSE(physical.ends_with("\\"));
    start = end + 2;
  }
  CHECK(unfold(folded) == line);
}

TEST_CASE("ICS folding leaves short lines alone and folds a 200-character summary") {
  CHECK(render::fold_ics_line("VERSION:2.0") == "VERSION:2.0\r\n");
  std::string summary = "SUMMARY:" + std::string(200, 'x');
  std::string folded = render::fold_ics_line(summary);
  CHECK(folded.find("\r\n ") == 75);
  CHECK(unfold(folded) == summary);
}

TEST_CASE("ICS TEXT escaping: backslash first, never colons, no raw newlines") {
  CHECK(render::escape_ics_text("a\\b;c,d\ne:f") == "a\\\\b\\;c\\,d\\ne:f");
  CHECK(render::escape_ics_text("bare\rCR") == "bareCR");
  CHECK(render::escape_ics_text("del\x7f nul") == "del nul");
}

TEST_CASE("CSV fields: RFC 4180 quoting and the formula guard") {
  CHECK(render::csv_field("plain", true) == "plain");
  CHECK(render::csv_field("a,b", true) == "\"a,b\"");
  CHECK(render::csv_field("say \"hi\"", true) == "\"say \"\"hi\"\"\"");
  CHECK(render::csv_field("two\nlines", true) == "\"two\nlines\"");
  CHECK(render::csv_field("=SUM(A1)", true) == "'=SUM(A1)");
  CHECK(render::csv_field("+1", true) == "'+1");
  CHECK(render::csv_field("-1", true) == "'-1");
  CHECK(render::csv_field("@cmd", true) == "'@cmd");
  CHECK(render::csv_field("\tx", true) == "'\tx");
  CHECK(render::csv_field("=SUM(A1)", false) == "=SUM(A1)");
}

TEST_CASE("local times convert to UTC across daylight-saving changes") {
  CHECK(format_utc_iso(local_to_utc(day("2026-10-24"), 450, "Europe/London")) ==
        "2026-10-24T06:30:00Z");
  CHECK(format_utc_iso(local_to_utc(day("2026-10-26"), 450, "Europe/London")) ==
        "2026-10-26T07:30:00Z");
  CHECK(format_utc_iso(local_to_utc(day("2026-10-31"), 450, "America/New_York")) ==
        "2026-10-31T11:30:00Z");
  CHECK(format_utc_iso(local_to_utc(day("2026-11-02"), 450, "America/New_York")) ==
        "2026-11-02T12:30:00Z");
  // 01:30 does not exist in London on 2026-03-29: it moves forward by the gap.
  CHECK(format_utc_iso(local_to_utc(day("2026-03-29"), 90, "Europe/London")) ==
        "2026-03-29T01:30:00Z");
  // 01:30 happens twice on 2026-10-25: the earlier one is taken.
  CHECK(format_utc_iso(local_to_utc(day("2026-10-25"), 90, "Europe/London")) ==
        "2026-10-25T00:30:00Z");
  auto [date, minutes] =
      utc_to_local(local_to_utc(day("2026-07-01"), 450, "Asia/Kolkata"), "Asia/Kolkata");
  CHECK(format_date(date) == "2026-07-01");
  CHECK(minutes == 450);
  CHECK(is_known_zone("Europe/London"));
  CHECK_FALSE(is_known_zone("Mars/Base"));
}
