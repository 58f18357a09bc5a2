# Build options and the INTERFACE targets that carry flags (no global flags).

option(BACKSTRIDE_WARNINGS_AS_ERRORS "Treat compiler warnings as errors" ON)
option(BACKSTRIDE_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)

add_library(backstride_warnings INTERFACE)
target_compile_options(backstride_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
  -Wunused -Woverloaded-virtual -Wconversion -Wsign-conversion
  -Wdouble-promotion -Wformat=2 -Wimplicit-fallthrough -Wmisleading-indentation
  -Wduplicated-cond -Wduplicated-branches -Wlogical-op -Wuseless-cast -Wextra-semi)
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
    -Wno-maybe-uninitialized)
  target_link_options(backstride_options INTERFACE -fsanitize=address,undefined)
endif()
