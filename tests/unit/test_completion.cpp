#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "backstride/cli/commands.hpp"
#include "backstride/cli/completion.hpp"
#include "backstride/cli/manpage.hpp"

using namespace backstride::cli;

namespace {

// The real command tree, as `backstride` builds it.
struct Model {
  std::istringstream in;
  std::ostringstream out;
  std::ostringstream err;
  Io io{in,
        out,
        err,
        false,
        [](const char*) { return std::optional<std::string>(); },
        [] { return 0LL; }};
  CLI::App app;
  std::vector<Command> commands;

  Model() {
    configure_app(app, io, commands);
  }

  // The option of command `path` spelled `name`.
  const CLI::Option& option(const std::string& path, const std::string& name) {
    for (const auto& node : command_tree(app)) {
      if (node.path != path) {
        continue;
      }
      for (const auto* candidate : node.options) {
        auto spellings = option_spellings(*candidate);
        if (std::find(spellings.begin(), spellings.end(), name) != spellings.end()) {
          return *candidate;
        }
      }
      for (const auto* positional : node.positionals) {
        if (positional->get_name() == name) {
          return *positional;
        }
      }
    }
    FAIL("no option " << name << " in " << path);
    throw std::logic_error("unreachable");
  }
};

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

using Words = std::vector<std::string>;

}  // namespace

TEST_CASE("the command tree holds every visible subcommand and leaves hidden ones out") {
  Model model;
  model.app.add_subcommand("secret", "Not for users")->group("");
  auto nodes = command_tree(model.app);
  std::vector<std::string> paths;
  for (const auto& node : nodes) {
    paths.push_back(node.path);
  }
  CHECK(paths == Words{"", "init", "plan", "next", "check", "log", "clear", "run", "batch",
                       "review", "validate", "schema", "programs", "rules", "completion"});
  CHECK(nodes.front().children.size() == nodes.size() - 1);
}

TEST_CASE("value hints come from IsMember checks and type names") {
  Model model;
  CHECK(value_hint(model.option("plan", "--color")).words == Words{"auto", "always", "never"});
  CHECK(value_hint(model.option("plan", "--paper")).words == Words{"a4", "letter"});
  CHECK(value_hint(model.option("plan", "-f")).words ==
        Words{"text", "json", "ics", "csv", "gcal-csv", "markdown", "html", "pdf", "fit", "mp3"});
  CHECK(value_hint(model.option("rules", "--format")).words == Words{"text", "json"});
  CHECK(value_hint(model.option("completion", "SHELL")).words == Words{"bash", "zsh", "fish"});
  CHECK(value_hint(model.option("plan", "-o")).files);
  CHECK(value_hint(model.option("plan", "PROFILE")).files);
  CHECK(value_hint(model.option("batch", "-o")).directories);
  CHECK(value_hint(model.option("batch", "-f")).delimiter == ',');
  auto program = value_hint(model.option("plan", "--program"));
  CHECK(program.files);
  CHECK(std::find(program.words.begin(), program.words.end(), "back-care") != program.words.end());
  auto today = value_hint(model.option("plan", "--today"));
  CHECK((today.words.empty() && !today.files && !today.directories));
  CHECK_FALSE(takes_value(model.option("plan", "--force")));
  CHECK(repeatable(model.option("log", "--symptom")));
}

TEST_CASE("completion scripts pick up a command added later, with its options and values") {
  Model model;
  std::string output;
  auto* later = model.app.add_subcommand("later", "Ask the screening questions");
  later->add_option("-o,--output", output, "Profile to write")->type_name(k_type_file);
  later->add_option("--units", output, "Units")->check(CLI::IsMember({"metric", "imperial"}));

  auto bash = bash_completion(model.app);
  CHECK(contains(bash, "':later') printf '%s\\n' 'later' ;;"));
  CHECK(contains(bash, "'later:-o' | 'later:--output'"));
  CHECK(contains(bash, "compgen -W 'metric imperial'"));
  CHECK(contains(bash, "complete -F _backstride backstride\n"));

  auto zsh = zsh_completion(model.app);
  CHECK(contains(zsh, "#compdef backstride\n"));
  CHECK(contains(zsh, "'later:Ask the screening questions'"));
  CHECK(contains(zsh, "'(-o --output)--output=[Profile to write]:FILE:_files'"));
  CHECK(contains(zsh, "'--units=[Units]:TEXT:(metric imperial)'"));

  auto fish = fish_completion(model.app);
  CHECK(contains(fish, "-a 'later' -d 'Ask the screening questions'"));
  CHECK(contains(fish, "-s 'o' -l 'output' -r -F -d 'Profile to write'"));
  CHECK(contains(fish, "-l 'units' -r -a 'metric imperial' -f -d 'Units'"));
}

TEST_CASE("quoting survives quotes in descriptions") {
  Model model;
  auto bash = bash_completion(model.app);
  CHECK(shell_quote("it's") == "'it'\\''s'");
  auto zsh = zsh_completion(model.app);
  CHECK(contains(
      zsh, "'log:Record a session'\\''s pain scores, or add next-morning pain to a logged day'"));
  auto fish = fish_completion(model.app);
  CHECK(contains(fish,
                 "'Record a session\\'s pain scores, or add next-morning pain to a logged day'"));
}

TEST_CASE("roff escaping") {
  CHECK(roff_escape(".hidden") == "\\&.hidden");
  CHECK(roff_escape("a\n.b") == "a\n\\&.b");
  CHECK(roff_escape("'quoted'") == "\\(aqquoted\\(aq");
  CHECK(roff_escape("C:\\path") == "C:\\epath");
  CHECK(roff_escape("--force and walk-base, -o") == "\\-\\-force and walk-base, \\-o");
  CHECK(roff_escape("pain \xe2\x89\xa4 3") == "pain \\[u2264] 3");
  CHECK(roff_escape("broken \xe2\x89") == "broken ??");
}

TEST_CASE("the man page covers every command, is dated only when asked, and repeats") {
  Model model;
  auto page = man_page(model.app, {"9.8.7", "", "share/doc/backstride/examples"});
  CHECK(page == man_page(model.app, {"9.8.7", "", "share/doc/backstride/examples"}));
  CHECK(contains(page, ".TH BACKSTRIDE 1 \"\" \"backstride 9.8.7\" \"User Commands\"\n"));
  for (const auto& node : command_tree(model.app)) {
    if (!node.path.empty()) {
      CHECK(contains(page, ".SS \\fBbackstride " + node.path + "\\fR\n"));
    }
  }
  for (const auto* section : {".SH NAME\nbackstride \\- a couch", ".SH SYNOPSIS", ".SH DESCRIPTION",
                              ".SH OPTIONS", ".SH COMMANDS", ".SH \"EXIT STATUS\"",
                              ".SH ENVIRONMENT", ".SH FILES", ".SH EXAMPLES", ".SH \"SEE ALSO\""}) {
    CHECK(contains(page, section));
  }
  for (const auto* code : {"0", "10", "11", "64", "65", "66", "70", "73", "74"}) {
    CHECK(contains(page, std::string(".TP\n.B ") + code + "\n"));
  }
  CHECK(contains(page, "\\fB\\-f\\fR, \\fB\\-\\-format\\fR \\fIFORMAT\\fR\n"));
  CHECK(contains(page, "[\\fB\\-\\-stopped\\-early\\fR]"));
  CHECK(contains(page, "One of: auto, always, never. Default: auto."));
  CHECK(std::none_of(page.begin(), page.end(), [](char c) { return (c & 0x80) != 0; }));
  auto dated = man_page(model.app, {"9.8.7", "2026-12-01", ""});
  CHECK(contains(dated, ".TH BACKSTRIDE 1 \"2026-12-01\""));
  // The root footer, inherited by subcommands without their own, is not repeated.
  CHECK_FALSE(contains(page, "Getting started"));
}
