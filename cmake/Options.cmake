# Build options and the INTERFACE targets that carry flags (no global flags).

# Warnings are errors for developers (a git checkout) and CI ($CI set); anyone building a
# release tarball gets the warnings but a working build, whatever their compiler warns about.
if(EXISTS "${PROJECT_SOURCE_DIR}/.git" OR DEFINED ENV{CI})
  set(backstride_werror_default ON)
else()
  set(backstride_werror_default OFF)
endif()
option(BACKSTRIDE_WARNINGS_AS_ERRORS "Treat compiler warnings as errors" ${backstride_werror_default})
option(BACKSTRIDE_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(BACKSTRIDE_FUZZ "Build the libFuzzer target fuzz/backstride-fuzz (clang only)" OFF)
set(backstride_gcc $<CXX_COMPILER_ID:GNU>)

add_library(backstride_warnings INTERFACE)
target_compile_options(backstride_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
  -Wunused -Woverloaded-virtual -Wconversion -Wsign-conversion
  -Wdouble-promotion -Wformat=2 -Wimplicit-fallthrough -Wmisleading-indentation
  # GCC only (clang, used for fuzzing, has no such warnings and would reject the flags).
  "$<${backstride_gcc}:-Wduplicated-cond;-Wduplicated-branches;-Wlogical-op;-Wuseless-cast>"
  -Wextra-semi)
if(BACKSTRIDE_WARNINGS_AS_ERRORS)
  target_compile_options(backstride_warnings INTERFACE -Werror)
endif()

add_library(backstride_options INTERFACE)
target_compile_features(backstride_options INTERFACE cxx_std_20)
if(CMAKE_BUILD_TYPE STREQUAL "Debug")
  target_compile_definitions(backstride_options INTERFACE _GLIBCXX_ASSERTIONS)
endif()
if(BACKSTRIDE_SANITIZE)
  # GCC 12 reports false "maybe-uninitialized" warnings inside <regex> and <functional>
  # when sanitizers and optimisation are combined; they are not in our code.
  target_compile_options(backstride_options INTERFACE
    -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
    $<${backstride_gcc}:-Wno-maybe-uninitialized>)
  target_link_options(backstride_options INTERFACE -fsanitize=address,undefined)
endif()
if(BACKSTRIDE_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "BACKSTRIDE_FUZZ needs clang (libFuzzer): configure with "
                        "-DCMAKE_CXX_COMPILER=clang++ (scripts/setup-fuzz installs it)")
  endif()
  # Coverage feedback for libFuzzer in all our code; only fuzz/ links libFuzzer itself.
  target_compile_options(backstride_options INTERFACE -fsanitize=fuzzer-no-link)
  target_link_options(backstride_options INTERFACE -fsanitize=fuzzer-no-link)
endif()
