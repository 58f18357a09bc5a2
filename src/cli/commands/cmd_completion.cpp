#include <memory>

#include "backstride/cli/completion.hpp"
#include "commands/common.hpp"

namespace backstride::cli {

void add_completion_command(CLI::App& app, Io& io, std::vector<Command>& commands) {
  auto shell = std::make_shared<std::string>();
  auto* cmd = app.add_subcommand(
      "completion", "Print a script that completes commands and options in bash, zsh or fish");
  cmd->add_option("SHELL", *shell, "The shell: bash, zsh or fish")
      ->required()
      ->check(CLI::IsMember({"bash", "zsh", "fish"}));
  cmd->footer(
      "The script is made from this backstride's own commands and options, so it always\n"
      "matches it. Installed (Debian package, cmake --install), it loads by itself.\n"
      "To load it yourself:\n"
      "  bash: source <(backstride completion bash)            (add the line to ~/.bashrc)\n"
      "  zsh:  source <(backstride completion zsh)             (after compinit, in ~/.zshrc)\n"
      "  fish: backstride completion fish > ~/.config/fish/completions/backstride.fish");
  // The script describes the whole tree, so it is made when the command runs, after every
  // command has been added.
  commands.push_back({cmd, [shell, &app, &io] {
                        std::string script = *shell == "bash"  ? bash_completion(app)
                                             : *shell == "zsh" ? zsh_completion(app)
                                                               : fish_completion(app);
                        emit("", script, false, io);
                        return 0;
                      }});
}

}  // namespace backstride::cli
