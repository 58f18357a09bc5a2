#include <filesystem>
#include <memory>

#include <fmt/format.h>

#include "backstride/assessment.hpp"
#include "backstride/cli/completion.hpp"
#include "backstride/cli/init_questions.hpp"
#include "backstride/error.hpp"
#include "backstride/render/text.hpp"
#include "backstride/render/wording.hpp"
#include "backstride/text_util.hpp"
#include "commands/common.hpp"
#include "io/files.hpp"
#include "tty/prompt.hpp"

namespace backstride::cli {
namespace {

using nlohmann::ordered_json;

struct InitOptions {
  std::string output = "me.json";
  bool force = false;
  std::string today;
};

constexpr std::size_t k_init_width = 78;

constexpr const char* k_intro =
    "backstride init asks about warning signs, your health, your back pain and your week, then "
    "writes your profile. Your answers stay on this computer. Press Enter to take the [default]; "
    "Ctrl-C stops without writing anything.";

// The problem the profile has at `pointer` (or below it), if any; problems elsewhere
// are left for the questions that set those fields.
std::optional<std::string> problem_at(const ordered_json& profile, std::string_view pointer) {
  try {
    parse_profile(profile.dump(), "answer");
  } catch (const Error& error) {
    std::string prefix = fmt::format("answer: {}", pointer);
    for (const auto& line : text_lines(error.what())) {
      std::string_view message = line;
      if (message.starts_with(prefix + ": ") || message.starts_with(prefix + "/")) {
        message.remove_prefix(prefix.size());
        return std::string(message.substr(message.find(": ") + 2));
      }
    }
  }
  return std::nullopt;
}

std::vector<Finding> emergency_findings(const ordered_json& profile, Date today) {
  std::vector<Finding> emergencies;
  for (auto& finding : screen_profile(parse_profile(profile.dump(), "answers"), today).findings) {
    if (finding.effect == RuleEffect::emergency) {
      emergencies.push_back(std::move(finding));
    }
  }
  return emergencies;
}

// Asks the questions one by one on `say`, reading answers from the input.
class Interview {
 public:
  Interview(Io& io, std::ostream& say, InitContext context)
      : m_prompter(io, say), m_say(say), m_context(std::move(context)) {}

  // Asks `question` until the answer is valid, then records it in `profile`.
  void ask(const InitQuestion& question, ordered_json& profile) {
    for (;;) {
      std::string fallback = default_answer(question, profile, m_context);
      std::string hint = fallback.empty() ? "" : fmt::format(" [{}]", fallback);
      std::string prompt;
      if (question.choices.empty()) {
        std::string yes_no = question.kind == AnswerKind::yes_no ? " [y/n]" : "";
        prompt = indented(std::string(question.prompt) + yes_no + hint, k_init_width) + ": ";
      } else {
        prompt = indented(question.prompt, k_init_width) + "\n";
        for (std::size_t i = 0; i < question.choices.size(); ++i) {
          prompt += fmt::format("    {}) {}\n", i + 1, question.choices[i].label);
        }
        prompt += fmt::format("  Answer 1-{}{}: ", question.choices.size(), hint);
      }
      std::string answer = m_prompter.ask(prompt, "init", question.prompt, "nothing was written");
      if (answer.empty()) {
        answer = fallback;
      }
      ParsedAnswer parsed = parse_answer(question, answer);
      std::string problem = parsed.problem;
      ordered_json candidate = profile;
      if (problem.empty()) {
        set(candidate, question.pointer, parsed.value);
        // The schema's message is a predicate without the value ("is out of range").
        if (auto schema_problem = problem_at(candidate, question.pointer)) {
          problem = "that answer " + *schema_problem;
        }
      }
      if (problem.empty()) {
        profile = std::move(candidate);
        return;
      }
      m_say << "    Not taken: " << problem << ". Please answer again.\n";
    }
  }

 private:
  static void set(ordered_json& profile, std::string_view pointer,
                  const std::optional<ordered_json>& value) {
    ordered_json::json_pointer where{std::string(pointer)};
    if (value) {
      profile[where] = *value;
    } else {
      profile[where.parent_pointer()].erase(where.back());
    }
  }

  LinePrompter m_prompter;
  std::ostream& m_say;
  InitContext m_context;
};

int refuse_emergency(const std::vector<Finding>& findings, std::ostream& say) {
  say << "\n" << render::withheld_headline(Action::emergency) << "\n";
  for (const auto& finding : findings) {
    say << fmt::format("  - {} ({})\n", finding.message, rule_key(finding.rule));
  }
  say << render::wrap_text(render::withheld_advice(Action::emergency), k_init_width)
      << "Nothing was written.\n\n"
      << render::wrap_text(render::safety_note(), k_init_width);
  return static_cast<int>(ExitCode::emergency);
}

void summarise(const Profile& profile, const InitOptions& options, Date today, std::ostream& say) {
  Screening screening = screen_profile(profile, today);
  std::string file = options.output == "-" ? "your profile" : options.output;
  say << "\n"
      << (options.output == "-" ? "Printed your profile."
                                : fmt::format("Wrote {} (readable only by you).", file))
      << "\nScreening: " << render::screening_status_title(screening.status) << "\n";
  for (const auto& finding : screening.findings) {
    say << fmt::format("  - {} ({})\n", finding.message, rule_key(finding.rule));
  }
  if (screening.status == ScreeningStatus::clear) {
    say << fmt::format("Next: backstride plan {}\n", terminal_safe(file));
  } else {
    say << render::wrap_text(
        fmt::format("Next: show `backstride check {}` to your doctor or physiotherapist. Their "
                    "okay goes in the profile's \"clearance\" block (see `backstride schema`); "
                    "until then the plan is withheld or kept to walking.",
                    file),
        k_init_width);
  }
  say << "\n" << render::wrap_text(render::safety_note(), k_init_width);
}

// Creates the empty history file next to the profile so that plan, log and run work
// at once; an existing history is kept as it is.
void create_history_file(const std::string& profile_path, const std::string& name,
                         std::ostream& say) {
  auto path = (std::filesystem::path(profile_path).parent_path() / name).string();
  std::error_code ignored;
  if (std::filesystem::symlink_status(path, ignored).type() !=
      std::filesystem::file_type::not_found) {
    say << fmt::format("Kept the existing pain log {}.\n", terminal_safe(path));
    return;
  }
  write_file_atomically(path, "", false);
}

int run_init(const InitOptions& options, Io& io) {
  bool to_stdout = options.output == "-";
  std::error_code ignored;
  if (!to_stdout && !options.force &&
      std::filesystem::symlink_status(options.output, ignored).type() !=
          std::filesystem::file_type::not_found) {
    throw Error(
        ExitCode::cant_create,
        fmt::format("{}: already exists (allowed: --force to replace it, or another -o FILE)",
                    options.output));
  }
  InitContext context{resolve_today(options.today, io), machine_timezone(io), options.output};
  std::ostream& say = to_stdout ? io.err : io.out;
  say << render::wrap_text(k_intro, k_init_width);
  ordered_json profile = init_profile_skeleton(context);
  Interview interview(io, say, context);
  std::optional<InitPart> part;
  for (const auto& question : init_questions()) {
    if (question.part != part) {
      part = question.part;
      say << "\n" << init_part_title(question.part) << "\n";
    }
    interview.ask(question, profile);
    if (question.part == InitPart::red_flags) {
      if (auto findings = emergency_findings(profile, context.today); !findings.empty()) {
        return refuse_emergency(findings, say);
      }
    }
  }
  if (to_stdout) {
    profile["history_file"] = profile.at("id").get<std::string>() + ".history.jsonl";
  }
  std::string content = profile.dump(2) + "\n";
  Profile parsed = parse_profile(content, options.output);
  emit(options.output, content, options.force, io);
  if (!to_stdout) {
    create_history_file(options.output, profile.at("history_file").get<std::string>(), say);
  }
  summarise(parsed, options, context.today, say);
  return 0;
}

}  // namespace

void add_init_command(CLI::App& app, Io& io, std::vector<Command>& commands) {
  auto o = std::make_shared<InitOptions>();
  auto* cmd = app.add_subcommand("init", "Answer a questionnaire and write a new profile");
  cmd->add_option("-o,--output", o->output, "Profile file to write, or - for stdout")
      ->type_name(k_type_file)
      ->capture_default_str();
  cmd->add_flag("--force", o->force, "Replace an existing profile file");
  add_today_option(*cmd, o->today);
  cmd->footer(
      "Warning signs come first: an answer that needs emergency care stops at once (exit 11)\n"
      "and writes nothing. Answers may also come line by line from a pipe or file:\n"
      "  backstride init -o me.json < answers.txt\n"
      "Exit codes: 0 written, 11 seek care now, 66 the answers ended early, 73 file exists.");
  commands.push_back({cmd, [o, &io] { return run_init(*o, io); }});
}

}  // namespace backstride::cli
