#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "backstride/render/json.hpp"
#include "backstride/render/text.hpp"
#include "backstride/render/wrap.hpp"
#include "backstride/schemas.hpp"
#include "commands/common.hpp"
#include "commands/suggest.hpp"

namespace backstride::cli {
namespace {

// The names `backstride schema` takes, in the order the help lists them.
std::vector<std::string> schema_names() {
  std::vector<std::string> names;
  for (const auto& schema : json_schemas()) {
    names.emplace_back(schema.name);
  }
  return names;
}

// "  plan      what plan -f json prints ...": one schema a line (wrapped to `width`,
// under its summary), for --help and bare `backstride schema`.
std::string schema_list(std::size_t width) {
  std::string list;
  for (const auto& schema : json_schemas()) {
    list.append(render::wrap(schema.summary, width, fmt::format("  {:<9} ", schema.name)));
  }
  return list;
}

// --help fits itself to the terminal: the footer's lines are wrapped there, not here.
constexpr std::size_t k_wide = 1000;

}  // namespace

void add_schema_command(CLI::App& app, Io& io, std::vector<Command>& commands) {
  auto which = std::make_shared<std::string>();
  auto* cmd = app.add_subcommand("schema", "Print the JSON Schema of a JSON output or input");
  cmd->add_option(
         "NAME", *which,
         std::string("Which schema: ").append(or_list(schema_names(), json_schemas().size())))
      ->check(CLI::Validator(
          [](std::string& name) -> std::string {
            if (json_schema_text(name)) {
              return "";
            }
            std::string hint;
            for (const auto& near : closest(name, schema_names())) {
              hint.append(hint.empty() ? "; did you mean `" : " or `").append(near).append("`");
            }
            if (!hint.empty()) {
              hint.append("?");
            }
            return fmt::format("unknown schema \"{}\"{} (allowed: {})", name, hint,
                               fmt::join(schema_names(), ", "));
          },
          fmt::format("{{{}}}", fmt::join(schema_names(), ","))));  // completion reads the set
  cmd->footer(std::string("Schemas:\n").append(schema_list(k_wide)) +
              "Output schemas describe every field a command prints with -f json, for scripts\n"
              "that check what they read (any draft-7 validator: ajv, jsonschema); input schemas\n"
              "are what backstride checks files against.\n"
              "Example: backstride schema plan > plan.schema.json\n"
              "Without NAME: lists the schemas.");
  commands.push_back(
      {cmd, [which, &io] {
         if (which->empty()) {
           io.out << render::wrap("JSON Schemas (draft 7); backstride schema NAME prints one:",
                                  stdout_width(io))
                  << schema_list(stdout_width(io));
         } else {
           io.out << *json_schema_text(*which);
         }
         return 0;
       }});
}

void add_programs_command(CLI::App& app, Io& io, std::vector<Command>& commands) {
  auto format = std::make_shared<std::string>("text");
  auto* cmd = app.add_subcommand("programs", "List the built-in programs and their stages");
  cmd->add_option("-f,--format", *format, "text or json")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  commands.push_back({cmd, [format, &io] {
                        std::ostringstream out;
                        if (*format == "json") {
                          render::write_programs_json(builtin_programs(), out);
                        } else {
                          render::write_programs_text(builtin_programs(), stdout_width(io), out);
                        }
                        emit("", out.str(), false, io);
                        return 0;
                      }});
}

}  // namespace backstride::cli
