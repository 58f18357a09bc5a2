#include <memory>
#include <sstream>

#include "backstride/clinic.hpp"
#include "backstride/profile.hpp"
#include "backstride/render/json.hpp"
#include "backstride/render/text.hpp"
#include "commands/common.hpp"

namespace backstride::cli {

void add_schema_command(CLI::App& app, Io& io, std::vector<Command>& commands) {
  auto which = std::make_shared<std::string>("profile");
  auto* cmd = app.add_subcommand("schema", "Print a JSON Schema (draft 7): profile or clinic");
  cmd->add_option("NAME", *which, "profile (the default) or clinic")
      ->check(CLI::IsMember({"profile", "clinic"}))
      ->capture_default_str();
  commands.push_back({cmd, [which, &io] {
                        io.out << (*which == "clinic" ? clinic_schema_text()
                                                      : profile_schema_text());
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
