// A structure-aware mutator for fuzz/pipeline.cpp (libFuzzer build only). Byte-level
// mutations mostly break the JSON, so few inputs get past parsing; half of the time
// this one instead parses the profile (or one history line), changes one value, key
// or list in it, and writes it back as valid JSON, so the screening, the replay, the
// plan and the renderers see many more kinds of valid-looking input.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

// libFuzzer's own byte-level mutation.
extern "C" std::size_t LLVMFuzzerMutate(std::uint8_t* data, std::size_t size, std::size_t max_size);

namespace {

using nlohmann::json;
using Random = std::minstd_rand;

constexpr std::size_t k_max_walk_depth = 64;

// Values at the edges of what the schema and the core accept, and just beyond.
json interesting_value(Random& random) {
  static const std::vector<json> k_values = {0,
                                             -1,
                                             1,
                                             2,
                                             3,
                                             5,
                                             6,
                                             10,
                                             11,
                                             12,
                                             16,
                                             45,
                                             46,
                                             100,
                                             101,
                                             350,
                                             5200,
                                             2147483648LL,
                                             -2147483649LL,
                                             1e308,
                                             16.5,
                                             0.1,
                                             true,
                                             false,
                                             nullptr,
                                             "",
                                             std::string(2001, 'x'),
                                             "a\u001b[2J",
                                             "line 1\r\nline 2",
                                             "\"=1+1",
                                             ",;\\",
                                             "\u00e9\u4e2d\U0001F600",
                                             "2026-02-28",
                                             "2026-02-29",
                                             "2028-02-29",
                                             "2026-03-29",
                                             "2026-10-25",
                                             "2026-12-01",
                                             "0000-01-01",
                                             "9999-12-20",
                                             "9999-12-31",
                                             "00:00",
                                             "23:59",
                                             "02:30",
                                             "S01-1",
                                             "S09-3",
                                             "W01-1",
                                             "mon",
                                             "sun",
                                             "none",
                                             "lapsed",
                                             "both_legs",
                                             "limp",
                                             "chest_pain",
                                             "UTC",
                                             "America/New_York",
                                             json::array(),
                                             json::object()};
  return k_values.at(random() % k_values.size());
}

void collect(json& node, std::size_t depth, std::vector<json*>& nodes) {
  nodes.push_back(&node);
  if (depth == k_max_walk_depth || !node.is_structured()) {
    return;
  }
  for (auto& child : node) {
    collect(child, depth + 1, nodes);
  }
}

// Changes one node of `document` in place.
void mutate_json(json& document, Random& random) {
  std::vector<json*> nodes;
  collect(document, 0, nodes);
  json& node = *nodes.at(random() % nodes.size());
  switch (random() % 5) {
    case 0:
      node = interesting_value(random);
      break;
    case 1:  // drop a key or an element
      if (node.is_object() && !node.empty()) {
        auto it = node.begin();
        std::advance(it, static_cast<long>(random() % node.size()));
        node.erase(it);
      } else if (node.is_array() && !node.empty()) {
        node.erase(random() % node.size());
      }
      break;
    case 2:  // repeat an element, or copy a value under a new name
      if (node.is_array() && !node.empty()) {
        node.push_back(node.at(random() % node.size()));
      } else if (node.is_object() && !node.empty()) {
        auto it = node.begin();
        std::advance(it, static_cast<long>(random() % node.size()));
        node[it.key() + "_"] = it.value();
      }
      break;
    case 3:  // nudge a number
      if (node.is_number_integer()) {
        node = node.get<long long>() + static_cast<long long>(random() % 5) - 2;
      } else if (node.is_number_float()) {
        node = node.get<double>() * 10;
      }
      break;
    default:  // swap with another node's value
      node = *nodes.at(random() % nodes.size());
      break;
  }
}

// Mutates one JSON text (a profile, or one history line when `one_line`); empty when it
// does not parse.
std::string mutated(std::string_view text, bool one_line, Random& random) {
  // Deeper documents are left to the byte-level mutator (dump() recurses).
  bool too_deep = false;
  auto depth_guard = [&too_deep](int depth, json::parse_event_t, json&) {
    too_deep = too_deep || static_cast<std::size_t>(depth) > k_max_walk_depth;
    return !too_deep;
  };
  json document = json::parse(text, depth_guard, false);
  if (document.is_discarded() || too_deep) {
    return "";
  }
  mutate_json(document, random);
  return document.dump(one_line ? -1 : 1, ' ', false, json::error_handler_t::replace);
}

// Mutates the profile, or one line of the history after the NUL byte.
std::string mutate_input(std::string_view input, Random& random) {
  std::string_view body = input.substr(1);
  auto nul = body.find('\0');
  std::string_view profile = body.substr(0, nul);
  std::string history(nul == std::string_view::npos ? "" : body.substr(nul + 1));
  std::string selector(1, input.front());
  if (random() % 8 == 0) {
    selector[0] = static_cast<char>(random() % 256);
  }
  if (history.empty() || random() % 3 != 0) {
    std::string changed = mutated(profile, false, random);
    if (changed.empty()) {
      return "";
    }
    return selector + changed + (nul == std::string_view::npos ? "" : '\0' + history);
  }
  std::vector<std::string> lines;
  for (std::size_t at = 0; at <= history.size();) {
    auto end = std::min(history.find('\n', at), history.size());
    lines.push_back(history.substr(at, end - at));
    at = end + 1;
  }
  std::string& line = lines.at(random() % lines.size());
  std::string changed = mutated(line, true, random);
  if (changed.empty()) {
    return "";
  }
  line = changed;
  std::string joined;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    joined += (i == 0 ? "" : "\n") + lines[i];
  }
  return selector + std::string(profile) + '\0' + joined;
}

}  // namespace

// libFuzzer's hook: a JSON-aware mutation half of the time, else a byte-level one.
extern "C" std::size_t LLVMFuzzerCustomMutator(std::uint8_t* data, std::size_t size,
                                               std::size_t max_size, unsigned int seed) {
  Random random(seed);
  if (size >= 2 && random() % 2 == 0) {
    std::string changed = mutate_input({reinterpret_cast<const char*>(data), size}, random);
    if (!changed.empty() && changed.size() <= max_size) {
      std::memcpy(data, changed.data(), changed.size());
      return changed.size();
    }
  }
  return LLVMFuzzerMutate(data, size, max_size);
}
