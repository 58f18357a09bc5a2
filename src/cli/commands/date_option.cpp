#include "commands/date_option.hpp"

#include <regex>
#include <tuple>
#include <vector>

#include <fmt/format.h>

#include "backstride/error.hpp"

namespace backstride::cli {
namespace {

// The ISO days a slashed or dotted date (12/02/2026, 2.12.2026) may mean, named by how
// it is read: day first, then month first, each only if it is a real day not after
// `today`; one when both read the same.
std::vector<std::string> readings(const std::string& text, Date today) {
  static const std::regex k_slashed(R"(^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$)");
  std::smatch parts;
  if (!std::regex_match(text, parts, k_slashed)) {
    return {};
  }
  std::vector<std::string> found;
  std::vector<std::string> isos;
  for (auto [day, month, how] : {std::tuple{parts[1].str(), parts[2].str(), "day first"},
                                 std::tuple{parts[2].str(), parts[1].str(), "month first"}}) {
    auto iso = fmt::format("{}-{:0>2}-{:0>2}", parts[3].str(), month, day);
    auto date = parse_date(iso);
    if (date && days_between(today, *date) <= 0 && std::ranges::find(isos, iso) == isos.end()) {
      isos.push_back(iso);
      found.push_back(fmt::format("{} ({})", iso, how));
    }
  }
  if (found.size() == 1) {
    found[0] = isos[0];
  }
  return found;
}

}  // namespace

Date parse_day_option(const std::string& option, const std::string& text, Date today) {
  std::optional<Date> date = text == "today"       ? std::optional(today)
                             : text == "yesterday" ? std::optional(add_days(today, -1))
                                                   : parse_date(text);
  if (!date) {
    auto meant = readings(text, today);
    std::string hint = meant.empty() ? ""
                       : meant.size() == 1
                           ? fmt::format("; did you mean {}?", meant[0])
                           : fmt::format("; did you mean {} or {}?", meant[0], meant[1]);
    static const std::regex k_iso_shape(R"(^\d{4}-\d{2}-\d{2}$)");
    throw Error(ExitCode::usage,
                fmt::format("{}: \"{}\" is not {}{} (allowed: YYYY-MM-DD, today or yesterday)",
                            option, text,
                            std::regex_match(text, k_iso_shape) ? "a real calendar date"
                                                                : "a date backstride reads",
                            hint));
  }
  if (days_between(today, *date) > 0) {
    throw Error(ExitCode::usage,
                fmt::format("{}: {} is after today ({}) (allowed: today or earlier)", option,
                            format_date(*date), format_date(today)));
  }
  return *date;
}

}  // namespace backstride::cli
