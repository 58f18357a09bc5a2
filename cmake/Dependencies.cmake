# Every dependency comes from a Debian package (see scripts/setup-deps); nothing is downloaded.

find_package(CLI11 2.1 REQUIRED)
find_package(nlohmann_json 3.10 REQUIRED)
find_package(fmt 9 REQUIRED)
find_package(valijson REQUIRED)
find_package(date REQUIRED)
find_package(Threads REQUIRED)
# Boost.Locale: gettext catalogues (.mo) read per std::locale, so each call picks its own
# language (a batch writes an English and a Spanish handout side by side).
find_package(Boost 1.74 REQUIRED COMPONENTS locale)
find_package(PkgConfig REQUIRED)
# cairo + pango: PDF handouts with real text layout and embedded, subset fonts.
pkg_check_modules(PANGOCAIRO REQUIRED IMPORTED_TARGET pangocairo cairo-pdf)
# util-linux libuuid: name-based (SHA-1, version 5) UUIDs for ICS UIDs (the core).
pkg_check_modules(UUID REQUIRED IMPORTED_TARGET uuid)
# librsvg: an SVG clinic logo drawn into the PDF handout (never fetching anything).
pkg_check_modules(RSVG REQUIRED IMPORTED_TARGET librsvg-2.0)
# libical: reads the calendar a re-export replaces, so its dropped events can be cancelled.
pkg_check_modules(LIBICAL REQUIRED IMPORTED_TARGET libical)
# libespeak-ng: the audio guide's speech, in-process (the audio module only).
pkg_check_modules(ESPEAK_NG REQUIRED IMPORTED_TARGET espeak-ng)
# libmp3lame: the audio guide's MP3 frames (the audio module only; Debian ships no .pc file).
find_library(MP3LAME_LIBRARY NAMES mp3lame REQUIRED)
find_path(MP3LAME_INCLUDE_DIR lame/lame.h REQUIRED)
