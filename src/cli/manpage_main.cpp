// backstride-manpage [EXAMPLES_DIR]: prints backstride(1) made from the command line
// definitions. Run at build time; not installed. The page is dated from
// SOURCE_DATE_EPOCH when it is set, and undated otherwise, so builds repeat.
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "backstride/version.hpp"
#include "common.hpp"
#include "manpage.hpp"

namespace {

std::string page_date() {
  const char* epoch = std::getenv("SOURCE_DATE_EPOCH");
  if (epoch == nullptr || *epoch == '\0') {
    return "";
  }
  auto seconds = std::chrono::seconds{std::stoll(epoch)};
  std::chrono::year_month_day day{
      std::chrono::floor<std::chrono::days>(std::chrono::sys_seconds{seconds})};
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(day.year()),
                     static_cast<unsigned>(day.month()), static_cast<unsigned>(day.day()));
}

}  // namespace

int main(int argc, char** argv) {
  using namespace backstride::cli;
  try {
    Io io{std::cin,
          std::cout,
          std::cerr,
          false,
          [](const char*) -> std::optional<std::string> { return std::nullopt; },
          [] { return 0LL; }};
    CLI::App app;
    std::vector<Command> commands;
    configure_app(app, io, commands);
    ManPageInfo info{backstride::k_version, page_date(), argc > 1 ? argv[1] : ""};
    std::cout << man_page(app, info);
    std::cout.flush();
    return std::cout ? 0 : 74;
  } catch (const std::exception& error) {
    std::cerr << "backstride-manpage: " << error.what() << "\n";
    return 70;
  }
}
