#include <catch2/catch.hpp>

#include <chrono>
#include <string>
#include <vector>

#include "backstride/cli/day_list.hpp"
#include "backstride/cli/zone_list.hpp"
#include "backstride/timezone.hpp"

using namespace backstride;
using namespace backstride::cli;

namespace {

std::vector<unsigned> days_of(std::string_view text) {
  DayList read = read_day_list(text);
  INFO(read.problem);
  REQUIRE(read.problem.empty());
  std::vector<unsigned> days;
  for (auto day : read.days) {
    days.push_back(day.c_encoding());
  }
  return days;
}

std::string problem_of(std::string_view text) {
  return read_day_list(text).problem;
}

// A few names as the tz database has them: zones, and links to them.
const std::vector<ZoneName> k_zones = {
    {"Europe/London", "Europe/London"},
    {"GB", "Europe/London"},
    {"America/New_York", "America/New_York"},
    {"America/Toronto", "America/Toronto"},
    {"US/Eastern", "America/New_York"},
    {"Canada/Eastern", "America/Toronto"},
    {"America/Argentina/Buenos_Aires", "America/Argentina/Buenos_Aires"},
    {"America/Buenos_Aires", "America/Argentina/Buenos_Aires"},
    {"America/Port-au-Prince", "America/Port-au-Prince"},
    {"America/North_Dakota/New_Salem", "America/North_Dakota/New_Salem"},
    {"Asia/Kolkata", "Asia/Kolkata"},
    {"Asia/Calcutta", "Asia/Kolkata"},
};

}  // namespace

TEST_CASE("day lists are read in the forms people write them") {
  const std::vector<unsigned> mon_wed_fri = {1, 3, 5};
  REQUIRE(days_of("Monday, Wednesday, Friday") == mon_wed_fri);
  REQUIRE(days_of("mon wed fri") == mon_wed_fri);
  REQUIRE(days_of("Mon/Wed/Fri") == mon_wed_fri);
  REQUIRE(days_of("mo,we,fr") == mon_wed_fri);
  REQUIRE(days_of("MONDAY;wed. & Fri") == mon_wed_fri);
  REQUIRE(days_of("Mondays and Weds and Fridays") == mon_wed_fri);
  REQUIRE(days_of("tues thurs") == std::vector<unsigned>{2, 4});
  // In the order written (as the profile keeps them), each day once.
  REQUIRE(days_of("sun, sat and sun") == std::vector<unsigned>{0, 6});
}

TEST_CASE("a word that is no day is named with the day it may have meant") {
  REQUIRE(problem_of("mon, Fridy") == "\"Fridy\" is not a day; did you mean fri?");
  REQUIRE(problem_of("t and fri") == "\"t\" could be tue or thu");
  REQUIRE(problem_of("mon-fri") ==
          "\"mon-fri\" is not a day: name each day (such as mon, wed, fri)");
  REQUIRE(problem_of("mon xyzzy") ==
          "\"xyzzy\" is not a day (allowed: names such as Monday, mon or mo)");
  REQUIRE(problem_of(" , and ") == "type the days, such as mon, wed, sat");
}

TEST_CASE("a city names its zone when it names exactly one") {
  using Zones = std::vector<std::string>;
  REQUIRE(zones_named("London", k_zones) == Zones{"Europe/London"});
  REQUIRE(zones_named("europe/london", k_zones) == Zones{"Europe/London"});
  REQUIRE(zones_named("new york", k_zones) == Zones{"America/New_York"});
  REQUIRE(zones_named("Port au Prince", k_zones) == Zones{"America/Port-au-Prince"});
  // A link and its zone are one zone; a link alone gives its target.
  REQUIRE(zones_named("Buenos Aires", k_zones) == Zones{"America/Argentina/Buenos_Aires"});
  REQUIRE(zones_named("calcutta", k_zones) == Zones{"Asia/Kolkata"});
  REQUIRE(zones_named("Eastern", k_zones) == Zones{"America/New_York", "America/Toronto"});
  REQUIRE(zones_named("York", k_zones).empty());
  REQUIRE(zones_named("", k_zones).empty());
  REQUIRE(zones_starting("new", k_zones) ==
          Zones{"America/New_York", "America/North_Dakota/New_Salem"});
  REQUIRE(zones_starting("ne", k_zones).empty());
}

TEST_CASE("choose_zone takes one zone and lists the choices of several") {
  REQUIRE(choose_zone("London", k_zones).zone == "Europe/London");
  REQUIRE(choose_zone("UTC", {}).zone == "UTC");  // a tz name needs no list
  REQUIRE(choose_zone("eastern", k_zones).problem ==
          "\"eastern\" could be America/New_York or America/Toronto");
  REQUIRE(choose_zone("New", k_zones).problem ==
          "\"New\" is not a time zone; did you mean America/New_York or "
          "America/North_Dakota/New_Salem?");
  REQUIRE(choose_zone("Mars/Base", k_zones).problem ==
          "\"Mars/Base\" is not a time zone (allowed: an IANA name such as Europe/London or "
          "UTC, or a city such as London)");
}
