#include <algorithm>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "backstride/assessment.hpp"
#include "backstride/cli/completion.hpp"
#include "backstride/error.hpp"
#include "backstride/generate.hpp"
#include "backstride/render/catalogue.hpp"
#include "backstride/render/describe.hpp"
#include "backstride/render/text.hpp"
#include "backstride/render/wording.hpp"
#include "backstride/session_day.hpp"
#include "commands/common.hpp"
#include "commands/suggest.hpp"
#include "io/history_append.hpp"
#include "tty/prompt.hpp"
#include "tty/run_loop.hpp"
#include "tty/terminal.hpp"

namespace backstride::cli {
namespace {

struct RunOptions {
  std::string profile;
  std::string today;
  std::string program = "back-care";
  std::string color = "auto";
  bool speak = false;
  double time_scale = 1;
};

constexpr int k_interrupted_exit = 130;  // the shell's code for a process stopped by Ctrl-C

// The symptoms as a numbered menu, a few to a line of `width` columns.
std::string symptom_menu(std::size_t width) {
  std::string menu;
  std::string line = "  ";
  auto all = all_symptoms();
  for (std::size_t i = 0; i < all.size(); ++i) {
    std::string item = fmt::format("  {:>2} {}", i + 1, symptom_key(all[i]));
    std::ranges::replace(item, '_', ' ');
    if (line.size() + item.size() > width && line.size() > 2) {
      menu += line + "\n";
      line = "  ";
    }
    line += item;
  }
  return menu + line + "\n";
}

// Asks the questions before and after the session, again until the answer is valid.
class RunQuestions {
 public:
  RunQuestions(LinePrompter prompter, std::size_t width) : m_prompter(prompter), m_width(width) {}

  int pain(std::string_view question) {
    for (;;) {
      std::string answer = ask(fmt::format("{}, 0-10:", question), question);
      if (answer.size() <= 2 && !answer.empty() && std::ranges::all_of(answer, ::isdigit) &&
          std::stoi(answer) <= 10) {
        return std::stoi(answer);
      }
      say("Not taken: type a whole number from 0 to 10.");
    }
  }

  std::vector<Symptom> symptoms(std::string_view question) {
    std::string prompt = render::wrap(question, m_width, "  ") + symptom_menu(m_width) +
                         "Names or numbers (several with commas), or Enter for none:";
    for (bool refused = false;; refused = true) {
      std::string answer = ask(prompt, question);
      SymptomAnswer read = read_symptom_answer(answer);
      // After a refusal, "none" must be said: a tired Enter must not drop a warning sign.
      if (read.unknown.empty() && !(refused && answer.empty())) {
        return read.symptoms;
      }
      if (read.unknown.empty()) {
        say("Type none if nothing is new, or the names again.");
        continue;
      }
      auto near = closest(symptom_spelling(read.unknown.front()), symptom_names());
      std::string refusal = fmt::format(
          "Not taken: \"{}\" is not one of them{}. Type the names or numbers again, or none.",
          read.unknown.front(),
          near.empty() ? "" : fmt::format(" (did you mean {}?)", fmt::join(near, " or ")));
      say(refusal);
      prompt = "Anything new?";
    }
  }

 private:
  // Asks `prompt` (its last line wrapped two spaces in, the answer typed after it).
  std::string ask(const std::string& prompt, std::string_view question) {
    std::size_t last = prompt.rfind('\n') + 1;  // 0 when it is one line
    std::string text = prompt.substr(0, last) + question_prompt(prompt.substr(last), m_width, " ");
    return m_prompter.ask(text, "run", question, "nothing was logged");
  }

  // A refusal, four spaces in on every line.
  void say(std::string_view text) {
    m_prompter.say() << render::wrap(text, m_width, "    ");
  }

  LinePrompter m_prompter;
  std::size_t m_width;
};

// Says why the session may not start today, and returns its exit code (10 or 11).
int refuse_to_start(const BeforeSessionCheck& check, Io& io) {
  std::size_t width = stdout_width(io);
  io.out << "\n" << render::wrap(render::withheld_headline(check.action), width);
  for (const auto& finding : check.findings) {
    io.out << render::wrap(
        fmt::format("{} ({})", render::say(finding.message), rule_key(finding.rule)), width,
        "  - ");
  }
  io.out << render::wrap(render::withheld_advice(check.action), width)
         << render::wrap("Do not start today's session. Nothing was logged.", width);
  return static_cast<int>(exit_code_for(check));
}

// Why today's session is a walk (CHK-BEFORE), in plain words.
std::string walk_only_reason(const BeforeSessionCheck& check, int pain_before, int usual) {
  std::string why = check.pain_above_usual
                        ? fmt::format("your pain is {}, above your usual {} + {}", pain_before,
                                      usual, k_before_extra_points)
                        : "something new appeared";
  return fmt::format(
      "Walk only today (CHK-BEFORE): {}. The session is timed as a walk and logged "
      "as not completed, so the stage is repeated.",
      why);
}

// The session's own stop rule, as its checkpoints word it, with its rule id.
std::string stop_rule_text(const PlannedSession& session) {
  return fmt::format("{} ({})", render::spoken_stop_rule(session.checkpoints),
                     rule_key(RuleId::chk_stop));
}

int run_session(const RunOptions& options, Io& io) {
  Date today = resolve_today(options.today, io);
  LoadedProfile loaded = load_profile(options.profile, io, HistoryLoad::if_present);
  history_for_logging(loaded);  // refused before the session, not after it
  Program program = resolve_program(options.program, io);
  Plan plan = build_plan(loaded.profile, program, today, loaded.source,
                         resolve_timezone("", loaded.profile, io));
  std::size_t width = stdout_width(io);
  render::TextStyle style{false, false, width};
  if (plan.withheld) {
    io.out << render::wrap(fmt::format("{} ({})", render::withheld_headline(plan.decision.action),
                                       rule_key(plan.decision.rule)),
                           width)
           << render::wrap(render::withheld_advice(plan.decision.action), width);
    render::write_safety_signs(plan.safety_signs, style, io.out);
    return static_cast<int>(plan.exit_code);
  }
  const PlannedSession* session = first_session(plan);
  if (session == nullptr || session->date != today) {
    io.out << (session == nullptr
                   ? render::wrap("No sessions left in this program. " + plan.finale, width)
                   : render::wrap("No session today: a rest day (REST-DAY).", width) +
                         render::wrap(session_line(*session), width, "Next: "));
    return 0;
  }
  io.out << render::wrap(fmt::format("{} for {}", session->id, plan.profile_name), width,
                         "backstride run: ")
         << render::wrap(render::describe_segments(session->segments), width, "  ");
  render::write_safety_signs(plan.safety_signs, style, io.out);
  io.out << "\n";
  RunQuestions questions(LinePrompter(io, io.out, width), width);
  HistoryEntry entry{today, session->id, false, 0, 0, 0, std::nullopt, {}, ""};
  entry.pain_before = questions.pain("Your back pain right now");
  entry.symptoms = questions.symptoms("Anything new since your last session?");
  entry.pain_during = entry.pain_after = entry.pain_before;
  BeforeSessionCheck check = check_before_session(loaded.profile, entry);
  if (check.verdict == BeforeSession::stop) {
    return refuse_to_start(check, io);
  }
  bool walk = check.verdict == BeforeSession::walk_only;
  std::vector<Segment> segments = walk ? walk_only(session->segments) : session->segments;
  if (walk) {
    int usual = loaded.profile.back_pain.usual_pain;
    io.out << "\n" << render::wrap(walk_only_reason(check, entry.pain_before, usual), width);
  }
  if (io.in_is_terminal) {
    std::string start = render::wrap("Press Enter to start (space pauses, q stops):", width);
    start.back() = ' ';  // Enter is pressed on the same line
    LinePrompter(io, io.out, width).ask("\n" + start, "run", "start", "nothing was logged");
  }
  ScreenText text{
      fmt::format("{} for {}{}", session->id, plan.profile_name, walk ? " (walk only)" : ""),
      stop_rule_text(*session)};
  LiveOptions live{
      options.time_scale, options.speak, io.out_is_terminal,
      ScreenStyle{locale_is_utf8(io), use_color(options.color, "", io), static_cast<int>(width)}};
  std::vector<render::Cue> cues =
      render::session_cues(segments, render::spoken_stop_rule(session->checkpoints));
  TimerOutcome outcome = run_live_timer(segments, cues, text, live, io);
  if (outcome.interrupted) {
    io.out << "\nStopped: nothing was logged.\n";
    return k_interrupted_exit;
  }
  io.out << (outcome.finished
                 ? "\nSession done.\n"
                 : fmt::format("\nStopped after {} of {}.\n", format_duration(outcome.elapsed),
                               format_duration(timer_state(segments, 0).total)));
  entry.pain_during = questions.pain("Worst pain during the session");
  entry.pain_after = questions.pain("Pain now, straight after");
  for (Symptom symptom : questions.symptoms("Anything new during or after?")) {
    if (std::ranges::find(entry.symptoms, symptom) == entry.symptoms.end()) {
      entry.symptoms.push_back(symptom);
    }
  }
  entry.completed = outcome.finished && !walk;
  entry.note = walk ? "walked only (CHK-BEFORE)"
               : outcome.finished
                   ? ""
                   : fmt::format("stopped after {}", format_duration(outcome.elapsed));
  HistoryEntry checked = parse_history_lines(format_history_line(entry), "run").front();
  append_entry_locked(loaded, checked);
  return report_logged_entry(loaded, checked, program, today, io);
}

}  // namespace

void add_run_command(CLI::App& app, Io& io, std::vector<Command>& commands) {
  auto o = std::make_shared<RunOptions>();
  auto* cmd = app.add_subcommand("run", "Time today's session live, then log its pain scores");
  cmd->add_option("PROFILE", o->profile, "Profile JSON file (its history_file receives the entry)")
      ->required();
  add_today_option(*cmd, o->today);
  cmd->add_flag("--speak", o->speak, "Also say each change aloud (needs espeak-ng)");
  cmd->add_option("--time-scale", o->time_scale,
                  "Run the clock this many times faster (for trying it out and tests)")
      ->check(CLI::Range(1.0, 10000.0))
      ->capture_default_str();
  cmd->add_option("--program", o->program, "Built-in program id or program JSON file")
      ->type_name(k_type_program)
      ->capture_default_str();
  add_color_option(*cmd, o->color);
  cmd->footer(
      "It asks today's pain first: above your usual + 1, or anything new, and the session\n"
      "becomes a walk (CHK-BEFORE). Keys: space pauses, q stops (logged as stopped early),\n"
      "Ctrl-C quits without logging. At the end it asks pain during and after and appends\n"
      "one entry to the history file; add next-morning pain the next day with\n"
      "  backstride log me.json --date YYYY-MM-DD --pain-next-morning N\n"
      "Exit codes: 0 logged or a rest day, 10/11 stop and see a clinician, 130 Ctrl-C.");
  commands.push_back({cmd, [o, &io] { return run_session(*o, io); }});
}

}  // namespace backstride::cli
