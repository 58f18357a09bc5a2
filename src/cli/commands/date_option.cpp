#include "commands/date_option.hpp"

#include <regex>
#include <tuple>
#include <vector>

#include <fmt/format.h>

#include "backstride/error.hpp"

namespace backstride::cli {
namespace {

// "; did you mean ...?" for a slashed or dotted date (12/02/2026, 2.12.2026): its
// readings day first and month first that are real days not after `today`, each named
// by how it is read when there are two; "" when there is none.
std::string did_you_mean(const std::string& text, Date today) {
  static const std::regex k_slashed(R"(^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$)");
  std::smatch parts;
  if (!std::regex_match(text, parts, k_slashed)) {
    return "";
  }
  std::vector<std::pair<std::string, const char*>> found;  // (ISO day, how it was read)
  for (auto [day, month, how] : {std::tuple{parts[1].str(), parts[2].str(), "day first"},
                                 std::tuple{parts[2].str(), parts[1].str(), "month first"}}) {
    auto iso = fmt::format("{}-{:0>2}-{:0>2}", parts[3].str(), month, day);
    auto date = parse_date(iso);
    if (date && days_between(today, *date) <= 0 && (found.empty() || found[0].first != iso)) {
      found.emplace_back(iso, how);
    }
  }
  if (found.size() == 2) {
    return fmt::format("; did you mean {} ({}) or {} ({})?", found[0].first, found[0].second,
                       found[1].first, found[1].second);
  }
  return found.empty() ? "" : fmt::format("; did you mean {}?", found[0].first);
}

}  // namespace

Date parse_day_option(const std::string& option, const std::string& text, Date today) {
  std::optional<Date> date = text == "today"       ? std::optional(today)
                             : text == "yesterday" ? std::optional(add_days(today, -1))
                                                   : parse_date(text);
  if (!date) {
    static const std::regex k_iso_shape(R"(^\d{4}-\d{2}-\d{2}$)");
    throw Error(ExitCode::usage,
                fmt::format("{}: \"{}\" is not {}{} (allowed: YYYY-MM-DD, today or yesterday)",
                            option, text,
                            std::regex_match(text, k_iso_shape) ? "a real calendar date"
                                                                : "a date backstride reads",
                            did_you_mean(text, today)));
  }
  if (days_between(today, *date) > 0) {
    throw Error(ExitCode::usage,
                fmt::format("{}: {} is after today ({}) (allowed: today or earlier)", option,
                            format_date(*date), format_date(today)));
  }
  return *date;
}

}  // namespace backstride::cli
