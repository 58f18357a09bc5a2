#include "io/batch_clashes.hpp"

#include <algorithm>
#include <functional>
#include <numeric>
#include <string_view>
#include <unordered_map>

#include <fmt/format.h>

#include "io/batch.hpp"
#include "io/batch_look.hpp"
#include "io/parallel.hpp"

namespace backstride::cli {
namespace {

// One input's keys, hashed (the exact texts are read again only when two hashes meet).
struct Keys {
  std::size_t id = 0;
  std::size_t history = 0;
  std::size_t gcal_stem = 0;  // for an id "<stem>.gcal": the stem
  bool has_id = false;
  bool has_history = false;
  bool has_gcal_stem = false;
};

constexpr std::string_view k_gcal_suffix = ".gcal";

// With both CSVs in a batch, "<stem>.gcal".csv is "<stem>".gcal.csv: marks every such
// pair of inputs (each as the other's).
void mark_gcal_names(const std::vector<Keys>& keys,
                     const std::function<std::string(std::size_t)>& id_of,
                     std::vector<Clash>& clashes) {
  std::unordered_multimap<std::size_t, std::uint32_t> by_id;
  for (std::uint32_t i = 0; i < keys.size(); ++i) {
    if (keys[i].has_id) {
      by_id.emplace(keys[i].id, i);
    }
  }
  for (std::uint32_t i = 0; i < keys.size(); ++i) {
    if (!keys[i].has_gcal_stem) {
      continue;
    }
    auto [first, last] = by_id.equal_range(keys[i].gcal_stem);
    for (auto it = first; it != last; ++it) {
      if (id_of(it->second).append(k_gcal_suffix) == id_of(i)) {
        clashes[i].gcal_name_of = it->second;
        clashes[it->second].gcal_name_of = i;
      }
    }
  }
}

// For every input whose key (`hash_of`, when `has`) another input shares exactly (as
// `text_of` reads it again), sets `other` to that input: the first of them, or the second
// for the first itself.
void mark_shared(const std::vector<Keys>& keys, std::size_t Keys::*hash_of, bool Keys::*has,
                 const std::function<std::string(std::size_t)>& text_of,
                 std::vector<Clash>& clashes, std::uint32_t Clash::*other) {
  std::vector<std::uint32_t> order;
  for (std::uint32_t i = 0; i < keys.size(); ++i) {
    if (keys[i].*has) {
      order.push_back(i);
    }
  }
  std::ranges::sort(order, [&](std::uint32_t a, std::uint32_t b) {
    return std::pair(keys[a].*hash_of, a) < std::pair(keys[b].*hash_of, b);
  });
  for (std::size_t run = 0; run < order.size();) {
    std::size_t end = run + 1;
    while (end < order.size() && keys[order[end]].*hash_of == keys[order[run]].*hash_of) {
      ++end;
    }
    if (end - run > 1) {
      // Same hash: group by the exact text, each group in input order.
      std::vector<std::pair<std::string, std::uint32_t>> texts;
      for (std::size_t k = run; k < end; ++k) {
        texts.emplace_back(text_of(order[k]), order[k]);
      }
      std::ranges::sort(texts);
      for (std::size_t a = 0; a < texts.size();) {
        std::size_t b = a + 1;
        while (b < texts.size() && texts[b].first == texts[a].first) {
          ++b;
        }
        for (std::size_t k = a; b - a > 1 && k < b; ++k) {
          clashes[texts[k].second].*other =
              texts[k].second == texts[a].second ? texts[a + 1].second : texts[a].second;
        }
        a = b;
      }
    }
    run = end;
  }
}

}  // namespace

std::vector<Clash> find_clashes(const std::vector<std::string>& inputs,
                                const std::vector<render::Format>& formats, unsigned jobs, Io& io) {
  std::vector<Keys> keys(inputs.size());
  std::vector<Clash> clashes(inputs.size());
  parallel_for(inputs.size(), jobs, [&](std::size_t i) {
    QuickLook look = quick_look(inputs[i], io);
    std::hash<std::string> hash;
    bool gcal = look.id.size() > k_gcal_suffix.size() && look.id.ends_with(k_gcal_suffix);
    keys[i] = {hash(look.id),
               hash(look.history),
               gcal ? hash(look.id.substr(0, look.id.size() - k_gcal_suffix.size())) : 0,
               !look.id.empty(),
               !look.history.empty(),
               gcal};
    clashes[i].hidden_id = look.id.starts_with(".");
    clashes[i].summary_id = std::ranges::any_of(formats, [&](render::Format format) {
      auto name = output_name(look.id, format);
      return name == "summary.csv" || name == "summary.json";
    });
  });
  mark_shared(
      keys, &Keys::id, &Keys::has_id, [&](std::size_t i) { return quick_look(inputs[i], io).id; },
      clashes, &Clash::same_id_as);
  if (std::ranges::count(formats, render::Format::csv) > 0 &&
      std::ranges::count(formats, render::Format::gcal_csv) > 0) {
    mark_gcal_names(
        keys, [&](std::size_t i) { return quick_look(inputs[i], io).id; }, clashes);
  }
  mark_shared(
      keys, &Keys::history, &Keys::has_history,
      [&](std::size_t i) { return quick_look(inputs[i], io).history; }, clashes,
      &Clash::same_history_as);
  return clashes;
}

}  // namespace backstride::cli
