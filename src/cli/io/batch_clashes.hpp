#pragma once

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "backstride/cli/app.hpp"
#include "backstride/render/plan_renderer.hpp"

namespace backstride::cli {

// What the first pass over a batch's inputs found that stops an input before planning.
// A few bytes per input: a batch of 10 000 profiles keeps no ids or paths of its own.
struct Clash {
  static constexpr std::uint32_t k_none = std::numeric_limits<std::uint32_t>::max();
  std::uint32_t same_id_as = k_none;       // another input with the same id
  std::uint32_t same_history_as = k_none;  // another input naming the same history file
  bool hidden_id = false;                  // the id starts with "." (hidden outputs)
  bool summary_id = false;                 // an output would be summary.csv or summary.json
  std::uint32_t gcal_name_of = k_none;     // "<id>.gcal" (its .csv) vs "<id>" (its .gcal.csv)
};

// Reads every input only as far as its id and history file (on `jobs` threads) and says
// which clash with another input or with the summary. Unreadable inputs clash with none.
std::vector<Clash> find_clashes(const std::vector<std::string>& inputs,
                                const std::vector<render::Format>& formats, unsigned jobs, Io& io);

}  // namespace backstride::cli
