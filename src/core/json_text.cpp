#include "json_schema.hpp"

#include <set>
#include <vector>

#include <fmt/format.h>

#include "backstride/error.hpp"
#include "backstride/text_util.hpp"

namespace backstride {
namespace {

using nlohmann::json;

constexpr std::size_t k_max_depth = 64;

// The parser's message without the text it quotes from the file ("; last read: '...'",
// "parsing '1e400'"): an error names the place, never the contents (issue 13).
std::string without_file_text(std::string detail) {
  if (auto at = detail.find("; last read: '"); at != std::string::npos) {
    auto expected = detail.rfind("'; expected ");
    detail = detail.substr(0, at) +
             (expected != std::string::npos && expected > at ? detail.substr(expected + 1) : "");
  }
  if (auto at = detail.find(" parsing '"); at != std::string::npos) {
    detail = detail.substr(0, at);
  }
  return detail;
}

}  // namespace

json parse_json_text(std::string_view text, std::string_view source) {
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    throw_data_error(source, "",
                     "the file is empty (allowed: a JSON object; see `backstride schema`)");
  }
  // Where the parser is, so a duplicate key can be reported at its JSON pointer.
  struct Frame {
    bool is_object = true;
    std::string key;
    std::size_t index = 0;
    bool has_element = false;
    std::set<std::string> keys;
  };
  std::vector<Frame> frames;
  auto element_starts = [&frames]() {
    if (!frames.empty() && !frames.back().is_object) {
      Frame& array = frames.back();
      array.index = array.has_element ? array.index + 1 : 0;
      array.has_element = true;
    }
  };
  auto pointer = [&frames]() {
    std::string path;
    for (const auto& frame : frames) {
      // (Appended in two steps: "/" + a temporary trips GCC 12's -Wrestrict, bug 105329.)
      path += '/';
      path += frame.is_object ? pointer_token(frame.key) : std::to_string(frame.index);
    }
    return path;
  };
  auto on_event = [&](int depth, json::parse_event_t event, json& parsed) {
    if (static_cast<std::size_t>(depth) > k_max_depth) {
      throw_data_error(source, printable(pointer()),
                       fmt::format("JSON is nested more than {} levels deep (allowed: at most {})",
                                   k_max_depth, k_max_depth));
    }
    switch (event) {
      case json::parse_event_t::object_start:
      case json::parse_event_t::array_start:
        element_starts();
        frames.push_back({event == json::parse_event_t::object_start, "", 0, false, {}});
        break;
      case json::parse_event_t::object_end:
      case json::parse_event_t::array_end:
        frames.pop_back();
        break;
      case json::parse_event_t::key:
        frames.back().key = parsed.get<std::string>();
        if (!frames.back().keys.insert(frames.back().key).second) {
          throw_data_error(source, printable(pointer()),
                           "duplicate key (allowed: each key once in an object)");
        }
        break;
      case json::parse_event_t::value:
        element_starts();
        break;
    }
    return true;
  };
  try {
    return json::parse(text.begin(), text.end(), on_event);
  } catch (const json::exception& e) {
    // nlohmann's text: "[json.exception.parse_error.101] parse error at line 1, column 5: ..."
    std::string what = e.what();
    auto tag_end = what.find("] ");
    std::string detail = tag_end == std::string::npos ? what : what.substr(tag_end + 2);
    if (detail.starts_with("parse error at ")) {
      detail = detail.substr(15);
    }
    throw Error(ExitCode::data_error,
                located(source, "", "invalid JSON: " + printable(without_file_text(detail), 200)));
  }
}

std::string pointer_token(std::string_view key) {
  std::string out;
  for (char c : key) {
    if (c == '~') {
      out += "~0";
    } else if (c == '/') {
      out += "~1";
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace backstride
