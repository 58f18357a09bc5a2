#pragma once

#include <string>
#include <string_view>
#include <vector>

// The languages backstride writes: English, the language of the source, and one more for
// each translation compiled into the program (po/<language>.po, embedded as a .mo file).
namespace backstride {

// Every language there is a catalogue for, "en" first, then the translations by name.
std::vector<std::string> available_languages();

// True when `language` is one of available_languages().
bool is_available_language(std::string_view language);

// The compiled gettext catalogue (.mo bytes) of a translation; empty for "en" and for a
// language without one.
std::string_view catalogue_bytes(std::string_view language);

}  // namespace backstride
