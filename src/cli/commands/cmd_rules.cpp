#include <memory>
#include <sstream>

#include "backstride/render/rules.hpp"
#include "commands/common.hpp"

namespace backstride::cli {

void add_rules_command(CLI::App& app, Io& io, std::vector<Command>& commands) {
  auto format = std::make_shared<std::string>("text");
  auto* cmd = app.add_subcommand(
      "rules", "List every rule backstride applies: id, when, what it does, its basis and source");
  cmd->add_option("-f,--format", *format, "text or json")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  cmd->footer(
      "Basis: published (a guideline or trial applied as written), adapted (a published\n"
      "model changed for back pain; the source says what changed) or design (our own\n"
      "threshold or convention). Sources name publications by author and year.");
  commands.push_back({cmd, [format, &io] {
                        std::ostringstream out;
                        if (*format == "json") {
                          render::write_rules_json(out);
                        } else {
                          render::write_rules_text(stdout_width(io), out);
                        }
                        emit("", out.str(), false, io);
                        return 0;
                      }});
}

}  // namespace backstride::cli
