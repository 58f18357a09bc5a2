// Message lookup: the English tables in the code, and the translations read by Boost.Locale
// from the embedded .mo files, one std::locale per language, built once.
#include <algorithm>
#include <array>
#include <functional>
#include <locale>
#include <memory>

#include <fmt/args.h>
#include <fmt/ranges.h>
#include <boost/locale/gnu_gettext.hpp>
#include <boost/locale/message.hpp>

#include "backstride/error.hpp"
#include "backstride/languages.hpp"
#include "backstride/render/catalogue.hpp"
#include "catalogue_table.hpp"

namespace backstride::render {
namespace {

using Facet = boost::locale::message_format<char>;

// msgctxt of the programs' words (po/program_strings.py).
constexpr const char* k_program_context = "program";

// One translation: its locale holds the catalogue; the facet is looked up once.
struct Translation {
  std::string language;
  std::locale locale;
  const Facet* facet = nullptr;
};

// Boost.Locale asks for "<path>/<language>/LC_MESSAGES/backstride.mo"; the bytes come
// from the program itself, so it runs from anywhere.
std::vector<char> embedded_catalogue(const std::string& file_name, const std::string&) {
  std::string_view name = file_name;
  name.remove_prefix(name.find('/') + 1);
  std::string_view bytes = catalogue_bytes(name.substr(0, name.find('/')));
  return {bytes.begin(), bytes.end()};
}

std::unique_ptr<Translation> load_translation(const std::string& language) {
  boost::locale::gnu_gettext::messages_info info;
  info.language = language;
  info.encoding = "UTF-8";
  info.paths = {"embedded"};
  info.domains = {boost::locale::gnu_gettext::messages_info::domain("backstride")};
  info.callback = embedded_catalogue;
  auto translation = std::make_unique<Translation>();
  translation->language = language;
  translation->locale = std::locale(std::locale::classic(),
                                    boost::locale::gnu_gettext::create_messages_facet<char>(info));
  translation->facet = &std::use_facet<Facet>(translation->locale);
  return translation;
}

// Every translation, loaded on first use (thread-safe: a function-local static).
const std::vector<std::unique_ptr<Translation>>& translations() {
  static const auto all = [] {
    std::vector<std::unique_ptr<Translation>> loaded;
    for (const auto& language : available_languages()) {
      if (!catalogue_bytes(language).empty()) {
        loaded.push_back(load_translation(language));
      }
    }
    return loaded;
  }();
  return all;
}

thread_local const Translation* t_current = nullptr;  // nullptr: English

// A rule-engine sentence's template in the current language: its msgid has no msgctxt.
std::string_view engine_template(const std::string& english) {
  if (t_current != nullptr) {
    if (const char* translated = t_current->facet->get(0, nullptr, english.c_str())) {
      return translated;
    }
  }
  return english;
}

const Message& english(std::string_view id) {
  for (auto table : {handout_messages(), checkpoint_messages(), review_messages()}) {
    auto it = std::ranges::find(table, id, &Message::id);
    if (it != table.end()) {
      return *it;
    }
  }
  throw Error(ExitCode::software, fmt::format("message {} is not in the catalogue", id));
}

}  // namespace

LanguageScope::LanguageScope(std::string_view language) : previous_(t_current) {
  const Translation* wanted = nullptr;
  if (language != "en") {
    const auto& all = translations();
    auto it = std::ranges::find(all, language, &Translation::language);
    if (it == all.end()) {
      throw Error(ExitCode::usage,
                  fmt::format("there is no catalogue for the language \"{}\" (allowed: {})",
                              language, fmt::join(available_languages(), ", ")));
    }
    wanted = it->get();
  }
  t_current = wanted;
}

LanguageScope::~LanguageScope() {
  t_current = static_cast<const Translation*>(previous_);
}

std::string_view current_language() {
  if (t_current != nullptr) {
    return t_current->language;
  }
  return "en";
}

std::string_view message(std::string_view id, long count) {
  const Message& found = english(id);
  bool plural = !found.other.empty();
  if (t_current != nullptr) {
    // The tables' strings are literals, so their data() ends in a NUL, as gettext needs.
    const char* text = plural ? t_current->facet->get(0, found.id.data(), found.one.data(),
                                                      static_cast<int>(count))
                              : t_current->facet->get(0, found.id.data(), found.one.data());
    if (text != nullptr) {
      return text;
    }
  }
  return plural && count != 1 ? found.other : found.one;
}

std::string_view program_words(std::string_view text) {
  if (t_current != nullptr) {
    std::string key(text);
    if (const char* translated = t_current->facet->get(0, k_program_context, key.c_str())) {
      return translated;
    }
  }
  return text;
}

std::string say(const Words& words) {
  if (words.id.empty() && words.english.empty()) {
    return {};
  }
  std::vector<std::pair<std::string, std::string>> said_nested;  // kept alive for the store
  said_nested.reserve(words.nested.size());
  for (const auto& part : words.nested) {
    said_nested.emplace_back(part.name, say(part.words));
  }
  fmt::dynamic_format_arg_store<fmt::format_context> args;
  for (const auto& list : {std::cref(words.args), std::cref(said_nested)}) {
    for (const auto& [name, value] : list.get()) {
      args.push_back(fmt::arg(name.c_str(), value));
    }
  }
  return fmt::vformat(words.id.empty() ? engine_template(words.english) : message(words.id), args);
}

std::vector<std::string> say_each(const std::vector<Words>& list) {
  std::vector<std::string> said;
  said.reserve(list.size());
  for (const auto& words : list) {
    said.push_back(say(words));
  }
  return said;
}

}  // namespace backstride::render
