#include <catch2/catch.hpp>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "backstride/error.hpp"
#include "backstride/render/fit.hpp"
#include "backstride/render/plan_renderer.hpp"

using namespace backstride;
using namespace backstride::render;

namespace {

std::uint32_t le(const std::string& bytes, std::size_t at, std::size_t size) {
  std::uint32_t value = 0;
  for (std::size_t i = 0; i < size; ++i) {
    value |= static_cast<std::uint32_t>(static_cast<std::uint8_t>(bytes.at(at + i))) << (8 * i);
  }
  return value;
}

// A data message read back: its global number and each field's raw bytes.
struct Read {
  std::uint16_t global = 0;
  std::map<int, std::string> fields;
  [[nodiscard]] std::uint32_t num(int field) const {
    return le(fields.at(field), 0, fields.at(field).size());
  }
  [[nodiscard]] std::string text(int field) const {
    const std::string& raw = fields.at(field);
    return raw.substr(0, raw.find('\0'));
  }
};

// A minimal reader of what encode_fit writes (normal headers, little-endian, no
// developer fields), written from the protocol description like the encoder.
std::vector<Read> read_fit(const std::string& file) {
  struct Definition {
    std::uint16_t global = 0;
    std::vector<std::pair<int, std::size_t>> fields;
  };
  std::map<int, Definition> definitions;
  std::vector<Read> messages;
  std::size_t at = 14;
  std::size_t end = 14 + le(file, 4, 4);
  while (at < end) {
    auto header = static_cast<std::uint8_t>(file.at(at++));
    int local = header & 0x0F;
    if ((header & 0x40) != 0) {
      Definition definition;
      REQUIRE(file.at(at + 1) == 0);  // little-endian
      definition.global = static_cast<std::uint16_t>(le(file, at + 2, 2));
      auto count = static_cast<std::uint8_t>(file.at(at + 4));
      at += 5;
      for (std::size_t i = 0; i < count; ++i, at += 3) {
        definition.fields.emplace_back(static_cast<std::uint8_t>(file.at(at)),
                                       static_cast<std::uint8_t>(file.at(at + 1)));
      }
      definitions[local] = definition;
      continue;
    }
    const Definition& definition = definitions.at(local);
    Read message{definition.global, {}};
    for (const auto& [number, size] : definition.fields) {
      message.fields[number] = file.substr(at, size);
      at += size;
    }
    messages.push_back(message);
  }
  REQUIRE(at == end);
  return messages;
}

PlannedSession jog_session() {
  PlannedSession session;
  session.id = "S01-1";
  session.segments.push_back({SegmentKind::warmup, 300});
  for (int i = 0; i < 6; ++i) {
    session.segments.push_back({SegmentKind::jog, 60});
    session.segments.push_back({SegmentKind::walk, 90});
  }
  session.segments.push_back({SegmentKind::cooldown, 300});
  session.checkpoints.push_back(
      {RuleId::chk_stop, "during", {"chk_during_jog", {{"limit", "3"}}}, false});
  return session;
}

PlannedSession walk_session() {
  PlannedSession session;
  session.id = "W01-1";
  session.segments = {
      {SegmentKind::warmup, 180}, {SegmentKind::walk, 1200}, {SegmentKind::cooldown, 180}};
  return session;
}

const std::chrono::sys_seconds k_created{std::chrono::seconds{1764547200}};  // 2025-12-01

}  // namespace

TEST_CASE("fit_crc is the FIT CRC-16 (check value of 123456789)") {
  CHECK(fit_crc("123456789") == 0xBB3D);
  CHECK(fit_crc("") == 0);
  CHECK(fit_crc("56789", fit_crc("1234")) == 0xBB3D);  // continues a running CRC
}

TEST_CASE("encode_fit writes a 14-byte header with its CRC and ends with the file CRC") {
  std::string file = encode_fit(fit_workout(jog_session(), "p-1", k_created));
  REQUIRE(file.size() > 16);
  CHECK(file[0] == 14);
  CHECK(file[1] == 0x10);                     // protocol 1.0
  CHECK(le(file, 2, 2) == 2140);              // profile 21.40
  CHECK(le(file, 4, 4) == file.size() - 16);  // records between header and CRC
  CHECK(file.substr(8, 4) == ".FIT");
  CHECK(le(file, 12, 2) == fit_crc(file.substr(0, 12)));
  CHECK(le(file, file.size() - 2, 2) == fit_crc(file.substr(0, file.size() - 2)));
  CHECK(fit_crc(file) == 0);  // a file followed by its CRC checks to zero
}

TEST_CASE("A jog session is warm-up then a repeat step of jog and walk then cool-down") {
  FitWorkout workout = fit_workout(jog_session(), "p-1", k_created);
  CHECK(workout.name == "S01-1 walk/jog 25 min");
  auto messages = read_fit(encode_fit(workout));
  REQUIRE(messages.size() == 7);
  CHECK(messages[0].global == 0);
  CHECK(messages[0].num(0) == 5);    // file type workout
  CHECK(messages[0].num(1) == 255);  // manufacturer development
  CHECK(messages[0].num(4) == 1764547200 - 631065600);
  CHECK(messages[0].num(3) != 0);
  CHECK(messages[1].global == 26);
  CHECK(messages[1].num(4) == 1);  // running
  CHECK(messages[1].num(6) == 5);  // num_valid_steps
  CHECK(messages[1].text(8) == "S01-1 walk/jog 25 min");
  struct Expected {
    std::string name;
    std::uint32_t duration_type, value, intensity;
  };
  std::vector<Expected> expected{{"Warm up", 0, 300000, 2},
                                 {"Jog", 0, 60000, 0},
                                 {"Walk", 0, 90000, 4},
                                 {"", 6, 1, 0},
                                 {"Cool down", 0, 300000, 3}};
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const Read& step = messages[2 + i];
    INFO("step " << i);
    CHECK(step.global == 27);
    CHECK(step.num(254) == i);
    CHECK(step.num(1) == expected[i].duration_type);
    CHECK(step.num(2) == expected[i].value);
    if (expected[i].duration_type == 6) {
      CHECK(step.num(4) == 6);  // six times in all
      CHECK(step.fields.count(0) == 0);
    } else {
      CHECK(step.text(0) == expected[i].name);
      CHECK(step.num(3) == 2);  // target open
      CHECK(step.num(7) == expected[i].intensity);
    }
  }
  CHECK(messages[2].text(8).starts_with("Stop jogging and walk home if pain goes above 3,"));
  CHECK(messages[3].fields.count(8) == 0);
}

TEST_CASE("A walking session exports its walk as the active step") {
  FitWorkout workout = fit_workout(walk_session(), "p-1", k_created);
  CHECK(workout.name == "W01-1 brisk walk 26 min");
  REQUIRE(workout.steps.size() == 3);
  CHECK(workout.steps[1].name == "Walk");
  CHECK(workout.steps[1].intensity == FitIntensity::active);
  CHECK(workout.steps[1].value == 1200000);
  CHECK(!workout.steps[0].notes.empty());  // the general stop rule
  auto messages = read_fit(encode_fit(workout));
  REQUIRE(messages.size() == 5);
  CHECK(messages[1].num(6) == 3);
}

TEST_CASE("encode_fit is deterministic and each session file has its own serial") {
  std::string a = encode_fit(fit_workout(jog_session(), "p-1", k_created));
  CHECK(a == encode_fit(fit_workout(jog_session(), "p-1", k_created)));
  CHECK(a != encode_fit(fit_workout(jog_session(), "p-2", k_created)));
  CHECK(fit_workout(jog_session(), "p-1", k_created).serial !=
        fit_workout(walk_session(), "p-1", k_created).serial);
  auto later = k_created + std::chrono::seconds{1};
  CHECK(a != encode_fit(fit_workout(jog_session(), "p-1", later)));
}

TEST_CASE("truncate_utf8 cuts at a character boundary") {
  CHECK(truncate_utf8("abc", 5) == "abc");
  CHECK(truncate_utf8("abcdef", 3) == "abc");
  CHECK(truncate_utf8("a\xC3\xA9z", 2) == "a");  // never half of the é
  CHECK(truncate_utf8("a\xC3\xA9z", 3) == "a\xC3\xA9");
  CHECK(truncate_utf8("\xE2\x82\xAC\xE2\x82\xAC", 5) == "\xE2\x82\xAC");
  PlannedSession session = jog_session();
  std::string prefix = "Before week 1: done, cleared by ";  // 32 bytes, then 221 + 2
  session.checkpoints[0].text = {
      "chk_clearance_done", {{"by", std::string(221, 'x') + "\xC3\xA9"}, {"date", "2026-01-01"}}};
  session.checkpoints[0].when = "during";
  CHECK(fit_workout(session, "p", k_created).steps[0].notes == prefix + std::string(221, 'x'));
}

TEST_CASE("fit is a per-session format that -o never infers") {
  CHECK(parse_format_name("fit") == Format::fit);
  CHECK(per_session(Format::fit));
  CHECK_FALSE(per_session(Format::pdf));
  CHECK_FALSE(format_from_extension(".fit").has_value());
  CHECK(format_extensions().find("fit") == std::string::npos);
  Plan plan;
  PlanRenderer renderer(plan, {});
  CHECK_THROWS_AS(renderer.render(Format::fit), Error);
  CHECK_THROWS_AS(renderer.render_sessions(Format::json), Error);
  CHECK(renderer.render_sessions(Format::fit).empty());  // a plan without sessions
  plan.weeks.push_back({1, {}, {jog_session(), walk_session()}, {}});
  auto files = PlanRenderer(plan, {}).render_sessions(Format::fit);
  REQUIRE(files.size() == 2);
  CHECK(files[0].name == "S01-1.fit");
  CHECK(files[1].name == "W01-1.fit");
  CHECK(session_file_names(plan, Format::fit) ==
        std::vector<std::string>{"S01-1.fit", "W01-1.fit"});
}
