#include "backstride/languages.hpp"

#include <algorithm>

#include "backstride/embedded.hpp"

namespace backstride {
namespace {

constexpr std::string_view k_source_language = "en";
constexpr std::string_view k_catalogue_suffix = ".mo";

}  // namespace

std::vector<std::string> available_languages() {
  std::vector<std::string> languages{std::string(k_source_language)};
  for (const auto& file : embedded::files()) {
    if (file.group == "catalogue" && file.name.ends_with(k_catalogue_suffix)) {
      languages.emplace_back(file.name.substr(0, file.name.size() - k_catalogue_suffix.size()));
    }
  }
  std::sort(languages.begin() + 1, languages.end());
  return languages;
}

bool is_available_language(std::string_view language) {
  return language == k_source_language || !catalogue_bytes(language).empty();
}

std::string_view catalogue_bytes(std::string_view language) {
  for (const auto& file : embedded::files()) {
    if (file.group == "catalogue" && file.name.starts_with(language) &&
        file.name.substr(language.size()) == k_catalogue_suffix) {
      return file.content;
    }
  }
  return {};
}

}  // namespace backstride
