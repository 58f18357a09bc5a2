#include "commands/suggest.hpp"

#include <algorithm>
#include <numeric>

#include <fmt/format.h>

namespace backstride::cli {
namespace {

// The subcommands a person may type (hidden ones and option groups left out).
std::vector<const CLI::App*> visible_subcommands(const CLI::App& app) {
  std::vector<const CLI::App*> found;
  for (const auto* sub : app.get_subcommands({})) {
    if (!sub->get_name().empty() && !sub->get_group().empty()) {
      found.push_back(sub);
    }
  }
  return found;
}

// Every spelling of every option of `app` ("--today", "-f"), its option groups' included.
std::vector<std::string> option_names(const CLI::App& app) {
  std::vector<std::string> names;
  for (const auto* option : app.get_options({})) {
    for (const auto& name : option->get_lnames()) {
      names.push_back("--" + name);
    }
    for (const auto& name : option->get_snames()) {
      names.push_back("-" + name);
    }
  }
  for (const auto* group : app.get_subcommands({})) {
    if (group->get_name().empty()) {
      auto more = option_names(*group);
      names.insert(names.end(), more.begin(), more.end());
    }
  }
  return names;
}

std::string did_you_mean(const std::vector<std::string>& near) {
  return near.size() == 1 ? fmt::format("did you mean `{}`?", near[0])
                          : fmt::format("did you mean `{}` or `{}`?", near[0], near[1]);
}

}  // namespace

std::size_t edit_distance(std::string_view a, std::string_view b) {
  // Optimal string alignment distance: Levenshtein plus swaps of neighbours.
  std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) {
    d[i][0] = i;
  }
  std::iota(d[0].begin(), d[0].end(), std::size_t{0});
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.size()][b.size()];
}

std::vector<std::string> closest(std::string_view typed,
                                 const std::vector<std::string>& candidates) {
  std::size_t limit = std::max<std::size_t>(2, typed.size() / 3);
  std::vector<std::pair<std::size_t, std::string>> near;
  for (const auto& candidate : candidates) {
    std::size_t distance = edit_distance(typed, candidate);
    if (distance <= limit &&
        std::ranges::none_of(near, [&](const auto& n) { return n.second == candidate; })) {
      near.emplace_back(distance, candidate);
    }
  }
  std::ranges::sort(near);
  std::vector<std::string> best;
  for (const auto& [distance, name] : near) {
    if (best.size() < 2 && distance == near.front().first) {
      best.push_back(name);
    }
  }
  return best;
}

std::optional<std::string> explain_mistyped(const CLI::App& app,
                                            const std::vector<std::string>& args) {
  const CLI::App* command = nullptr;
  for (const auto& arg : args) {
    if (arg == "--") {
      break;
    }
    const CLI::App& scope = command ? *command : app;
    if (arg.starts_with("-") && arg.size() > 1) {
      std::string name = arg.substr(0, arg.find('='));
      auto known = option_names(scope);
      if (std::ranges::find(known, name) == known.end() && name.starts_with("--")) {
        auto near = closest(name, known);
        std::string where = command ? command->get_name() + ": " : "";
        return near.empty() ? std::nullopt
                            : std::optional(fmt::format("{}unknown option {}; {}", where, name,
                                                        did_you_mean(near)));
      }
      continue;
    }
    if (command == nullptr) {
      auto subcommands = visible_subcommands(app);
      auto found = std::ranges::find_if(
          subcommands, [&](const CLI::App* sub) { return sub->get_name() == arg; });
      if (found != subcommands.end()) {
        command = *found;
        continue;
      }
      std::vector<std::string> names;
      for (const auto* sub : subcommands) {
        names.push_back(sub->get_name());
      }
      auto near = closest(arg, names);
      return fmt::format(
          "unknown command \"{}\"; {}", arg,
          near.empty() ? "the commands are listed by `backstride help`" : did_you_mean(near));
    }
  }
  return std::nullopt;
}

std::string or_list(const std::vector<std::string>& items, std::size_t most) {
  std::size_t shown = std::min(items.size(), most);
  std::string text;
  for (std::size_t i = 0; i < shown; ++i) {
    bool last = i + 1 == shown && shown == items.size();
    text.append(i == 0 ? "" : last ? " or " : ", ").append(items[i]);
  }
  if (items.size() > shown) {
    text += fmt::format(" or {} more", items.size() - shown);
  }
  return text;
}

}  // namespace backstride::cli
