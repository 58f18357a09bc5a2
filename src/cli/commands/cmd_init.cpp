#include <filesystem>
#include <memory>

#include <fmt/format.h>

#include "backstride/assessment.hpp"
#include "backstride/cli/completion.hpp"
#include "backstride/cli/init_questions.hpp"
#include "backstride/cli/zone_list.hpp"
#include "backstride/error.hpp"
#include "backstride/render/catalogue.hpp"
#include "backstride/render/text.hpp"
#include "backstride/render/wording.hpp"
#include "backstride/render/wrap.hpp"
#include "commands/common.hpp"
#include "io/files.hpp"
#include "tty/init_interview.hpp"

namespace backstride::cli {
namespace {

using nlohmann::ordered_json;

struct InitOptions {
  std::string output = "me.json";
  bool force = false;
  std::string today;
  std::string edit;  // --edit PROFILE: its answers are the defaults, saved back into it
  bool output_given = false;
};

constexpr const char* k_intro =
    "backstride init asks about warning signs, your health, your back pain and your week, then "
    "writes your profile. Your answers stay on this computer. Press Enter to take the [default]; "
    "type back (or <) to return to the previous question. At the end you see all your answers "
    "and can change any of them before anything is saved. Ctrl-C stops without writing "
    "anything.";

constexpr const char* k_edit_intro =
    "backstride init --edit goes through the answers in {} again: each one is the [default], "
    "so press Enter to keep it or type a new one; type back (or <) to return to the previous "
    "question. At the end you see all your answers and can change any of them before the "
    "changes are saved. Ctrl-C stops and leaves the file as it was.";

// The screening's findings, one per line.
void list_findings(const std::vector<Finding>& findings, std::size_t width, std::ostream& say) {
  for (const auto& finding : findings) {
    say << render::wrap(
        fmt::format("{} ({})", render::say(finding.message), rule_key(finding.rule)), width,
        "  - ");
  }
}

int refuse_emergency(const std::vector<Finding>& findings, std::size_t width, std::ostream& say) {
  say << "\n" << render::wrap(render::withheld_headline(Action::emergency), width);
  list_findings(findings, width, say);
  say << render::wrap(render::withheld_advice(Action::emergency), width)
      << "Nothing was written.\n\n"
      << render::wrap(render::safety_note(), width);
  return static_cast<int>(ExitCode::emergency);
}

// Says what was done (`done`), what the screening found and what to do next.
void summarise(const Profile& profile, const std::string& file, std::string_view done, Date today,
               std::size_t width, std::ostream& say) {
  Screening screening = screen_profile(profile, today);
  say << "\n"
      << render::wrap(done, width)
      << render::wrap(render::screening_status_title(screening.status), width, "Screening: ");
  list_findings(screening.findings, width, say);
  if (screening.status == ScreeningStatus::clear) {
    say << render::wrap(fmt::format("backstride plan {}", terminal_safe(file)), width, "Next: ");
  } else {
    say << render::wrap(
        fmt::format("Next: show `backstride check {0}` to your doctor or physiotherapist. When "
                    "they say you may start, record it with `backstride clear {0} --by NAME`; "
                    "until then the plan is withheld or kept to walking.",
                    terminal_safe(file)),
        width);
  }
  say << "\n" << render::wrap(render::safety_note(), width);
}

// Creates the empty history file next to the profile so that plan, log and run work
// at once; an existing history is kept as it is.
void create_history_file(const std::string& profile_path, const std::string& name,
                         std::size_t width, std::ostream& say) {
  auto path = (std::filesystem::path(profile_path).parent_path() / name).string();
  std::error_code ignored;
  if (std::filesystem::symlink_status(path, ignored).type() !=
      std::filesystem::file_type::not_found) {
    say << render::wrap(fmt::format("Kept the existing pain log {}.", terminal_safe(path)), width);
    return;
  }
  write_file_atomically(path, "", false);
}

// `init --edit PROFILE`: the profile's answers as defaults, saved back into it (keeping
// its mode and every key the questions do not ask about); its pain log is left alone.
int run_edit(const InitOptions& options, Io& io) {
  if (options.output_given || options.force) {
    throw Error(ExitCode::usage,
                fmt::format("init: --edit saves into {} itself; {} does not go with it (copy the "
                            "file first to keep the old answers)",
                            options.edit, options.force ? "--force" : "-o"));
  }
  if (options.edit == "-") {
    throw Error(ExitCode::usage,
                "init: --edit needs a file, not - (the changed answers are saved back into it)");
  }
  Input input = read_input(options.edit, io, k_max_profile_bytes);
  parse_profile(input.text, input.name);  // a bad profile is refused before any question
  ordered_json before = ordered_json::parse(input.text);
  InitContext context{resolve_today(options.today, io), machine_timezone(io), options.edit,
                      system_zone_names()};
  std::string file = terminal_safe(options.edit);
  std::size_t width = stdout_width(io);
  io.out << render::wrap(fmt::format(k_edit_intro, file), width);
  Interview interview(io, io.out, context, width);
  InterviewEnd end = interview.run(
      before, true,
      fmt::format("Check your answers; a changed one shows what it was. Nothing is saved to {} "
                  "until you press Enter.",
                  file));
  if (!end.emergencies.empty()) {
    return refuse_emergency(end.emergencies, width, io.out);
  }
  std::string content = end.profile.dump(2) + "\n";
  Profile parsed = parse_profile(content, options.edit);
  if (end.profile == before) {
    summarise(parsed, options.edit, fmt::format("No answer changed: {} is as it was.", file),
              context.today, width, io.out);
    return 0;
  }
  replace_file_in_place(options.edit, content);
  summarise(parsed, options.edit, fmt::format("Saved your changes to {}.", file), context.today,
            width, io.out);
  return 0;
}

int run_init(const InitOptions& options, Io& io) {
  if (!options.edit.empty()) {
    return run_edit(options, io);
  }
  bool to_stdout = options.output == "-";
  std::error_code ignored;
  if (!to_stdout && !options.force &&
      std::filesystem::symlink_status(options.output, ignored).type() !=
          std::filesystem::file_type::not_found) {
    throw Error(
        ExitCode::cant_create,
        fmt::format("{}: already exists (allowed: --force to replace it, --edit {} to change "
                    "its answers, or another -o FILE)",
                    options.output, options.output));
  }
  InitContext context{resolve_today(options.today, io), machine_timezone(io), options.output,
                      system_zone_names()};
  // With -o - the profile goes to stdout and the questions to stderr.
  std::ostream& say = to_stdout ? io.err : io.out;
  std::size_t width = to_stdout ? stderr_width(io) : stdout_width(io);
  say << render::wrap(k_intro, width);
  std::string file = terminal_safe(options.output);
  Interview interview(io, say, context, width);
  InterviewEnd end = interview.run(
      init_profile_skeleton(context), false,
      to_stdout
          ? "Check your answers. Nothing is printed until you press Enter."
          : fmt::format("Check your answers. Nothing is saved to {} until you press Enter.", file));
  if (!end.emergencies.empty()) {
    return refuse_emergency(end.emergencies, width, say);
  }
  ordered_json& profile = end.profile;
  if (to_stdout) {
    profile["history_file"] = profile.at("id").get<std::string>() + ".history.jsonl";
  }
  std::string content = profile.dump(2) + "\n";
  Profile parsed = parse_profile(content, options.output);
  emit(options.output, content, options.force, io);
  if (!to_stdout) {
    create_history_file(options.output, profile.at("history_file").get<std::string>(), width, say);
  }
  summarise(
      parsed, to_stdout ? "your profile" : options.output,
      to_stdout ? "Printed your profile." : fmt::format("Wrote {} (readable only by you).", file),
      context.today, width, say);
  return 0;
}

}  // namespace

void add_init_command(CLI::App& app, Io& io, std::vector<Command>& commands) {
  auto o = std::make_shared<InitOptions>();
  auto* cmd = app.add_subcommand(
      "init", "Answer a questionnaire and write a new profile, or change one (--edit)");
  auto* output = cmd->add_option("-o,--output", o->output, "Profile file to write, or - for stdout")
                     ->type_name(k_type_file)
                     ->capture_default_str();
  cmd->add_flag("--force", o->force, "Replace an existing profile file");
  cmd->add_option("--edit", o->edit,
                  "Go through an existing profile's answers again, each one the default, and "
                  "save the changes back into it")
      ->type_name(k_type_file);
  add_today_option(*cmd, o->today);
  cmd->footer(
      "Warning signs come first: an answer that needs emergency care stops at once (exit 11)\n"
      "and writes nothing. Type back (or <) to return to the previous question. After the\n"
      "last one, all the answers are shown by part, numbered: type a number to change that\n"
      "answer, or press Enter to save. Ctrl-C or the end of the answers writes nothing.\n"
      "Answers may also come line by line from a pipe or file (an empty last line saves):\n"
      "  backstride init -o me.json < answers.txt\n"
      "--edit PROFILE asks the same questions with the profile's answers as defaults and\n"
      "saves the changes into that file (atomically, keeping its mode, its pain log and\n"
      "every key the questions do not ask about, such as a clearance). It writes nowhere\n"
      "else: -o and --force do not go with it (copy the file first to keep the old one).\n"
      "Exit codes: 0 written, 11 seek care now, 64 bad option, 65 invalid profile to edit,\n"
      "66 the answers ended early, 73 file exists.");
  commands.push_back({cmd, [o, output, &io] {
                        o->output_given = output->count() > 0;
                        return run_init(*o, io);
                      }});
}

}  // namespace backstride::cli
