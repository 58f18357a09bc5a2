#pragma once

#include <functional>
#include <vector>

#include <CLI/CLI.hpp>

#include "backstride/cli/app.hpp"

namespace backstride::cli {

// A subcommand and what to run once the command line has parsed.
struct Command {
  CLI::App* app = nullptr;
  std::function<int()> run;
};

// Builds the whole command line of backstride on `app`: its name, description, footer,
// --version and every subcommand (`commands` receives what each one runs).
void configure_app(CLI::App& app, Io& io, std::vector<Command>& commands);

}  // namespace backstride::cli
