#include <catch2/catch.hpp>

#include "backstride/date.hpp"

using namespace backstride;

TEST_CASE("parse_date accepts real days only") {
  CHECK(parse_date("2026-12-01").has_value());
  CHECK(parse_date("2028-02-29").has_value());
  CHECK_FALSE(parse_date("2026-02-29").has_value());
  CHECK_FALSE(parse_date("2026-13-01").has_value());
  CHECK_FALSE(parse_date("2026-00-10").has_value());
  CHECK_FALSE(parse_date("2026-1-01").has_value());
  CHECK_FALSE(parse_date("2026-01-01 ").has_value());
  CHECK_FALSE(parse_date("20a6-01-01").has_value());
}

TEST_CASE("dates format, add and subtract") {
  auto day = *parse_date("2026-12-30");
  CHECK(format_date(add_days(day, 3)) == "2027-01-02");
  CHECK(days_between(day, *parse_date("2027-01-02")) == 3);
  CHECK(days_between(*parse_date("2027-01-02"), day) == -3);
  CHECK(weekday_name(weekday_of(*parse_date("2026-12-01"))) == "tue");
}

TEST_CASE("weekday and time of day parsing") {
  CHECK(parse_weekday("sun") == std::chrono::Sunday);
  CHECK_FALSE(parse_weekday("Sun").has_value());
  CHECK(parse_time_of_day("07:30") == 450);
  CHECK(parse_time_of_day("23:59") == 1439);
  CHECK_FALSE(parse_time_of_day("24:00").has_value());
  CHECK_FALSE(parse_time_of_day("7:30").has_value());
  CHECK(format_time_of_day(450) == "07:30");
  CHECK(format_duration(90) == "1:30");
  CHECK(format_duration(3725) == "1:02:05");
}
