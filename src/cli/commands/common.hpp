#pragma once

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <CLI/CLI.hpp>

#include "backstride/cli/app.hpp"
#include "backstride/cli/commands.hpp"
#include "backstride/date.hpp"
#include "backstride/profile.hpp"
#include "backstride/program.hpp"
#include "backstride/render/plan_renderer.hpp"
#include "io/history_append.hpp"

namespace backstride::cli {

// Largest profile file read (DESIGN.md: profile <= 1 MiB).
inline constexpr std::size_t k_max_profile_bytes = 1024 * 1024;

// Largest history file read or written (DESIGN.md: history <= 16 MiB).
inline constexpr std::size_t k_max_history_bytes = 16 * 1024 * 1024;

// A profile loaded from disk (or stdin) with its history file merged in.
struct LoadedProfile {
  Profile profile;
  std::string source;              // how messages name it
  std::string history_path;        // resolved history_file path; empty when there is none
  std::string history_dir;         // the profile's folder: history_file resolves beneath it
  std::size_t inline_entries = 0;  // profile.history's entries from the profile itself
  std::string history_text;        // the history file's text merged into profile.history
  std::string profile_text;        // the profile file's bytes, as read
};

// What load_profile does with the history_file.
enum class HistoryLoad {
  required,    // read it; a missing file is an error
  if_present,  // read it when it exists (before the first `log`)
  later        // not now: `log` reads it under the append lock (merge_history)
};

// Reads, parses and validates a profile and (as `history` says) its history_file,
// resolved beneath the profile's folder. Throws Error(no_input | data_error | io_error).
LoadedProfile load_profile(const std::string& path, Io& io,
                           HistoryLoad history = HistoryLoad::required);

// Parses and checks the history file's text `text` and puts its entries after the
// profile's own (replacing any read before). When `text` only adds whole lines to the
// text merged before (byte for byte), only those lines are parsed: `log` re-checks the
// history under its lock at the cost of what was appended since. Throws Error(data_error).
void merge_history(LoadedProfile& loaded, const std::string& text);

// The history file of a loaded profile, as history_append.hpp opens it.
HistoryFile history_file_of(const LoadedProfile& loaded);

// The history file `log` and `run` append to. Throws Error(data_error) when the
// profile names none.
HistoryFile history_for_logging(const LoadedProfile& loaded);

// Throws Error(data_error) when a history of `bytes` bytes would pass k_max_history_bytes.
void check_history_size(const std::string& path, std::size_t bytes);

// Appends `entry` to the history under its lock, after reading and validating the
// history there (merged into `loaded`) and checking that one more entry keeps it within
// k_max_history_entries and k_max_history_bytes. Throws Error(data_error), or the
// append's errors; nothing is written then.
void append_entry_locked(LoadedProfile& loaded, const HistoryEntry& entry);

// How `log` and `run` report what they wrote.
struct LogOutput {
  bool json = false;         // one JSON object (backstride.log/1) instead of text lines
  bool appended = true;      // false: next-morning pain was added to a logged entry
  std::string session_note;  // how the session was chosen when none was given
};

// After an entry was appended (or its next-morning pain added): says so, then prints the
// decision the history now leads to and, while the entry lacks next-morning pain, the
// command that adds it; returns 0, or 10/11 when the person must stop.
int report_logged_entry(LoadedProfile& loaded, const HistoryEntry& entry, const Program& program,
                        Date today, Io& io, const LogOutput& output = {});

// Prints an error's message on stderr, "backstride: " before each of its lines, each
// wrapped to stderr's width with its later lines under the message (no word split).
void print_error(Io& io, std::string_view message);

// "Wed 2026-12-02 at 07:30: S01-1 (25:00), warm-up 5:00 | ..." for one session.
std::string session_line(const PlannedSession& session);

// A built-in program id, or a path to a program JSON file.
// Throws Error(usage) for an unknown id, or the file's read/parse errors.
Program resolve_program(const std::string& spec, Io& io);

// `--today` if given (YYYY-MM-DD), else the date of SOURCE_DATE_EPOCH (UTC) when
// set, else the local date now. Throws Error(usage) for a malformed value.
Date resolve_today(const std::string& option, Io& io);

// The time zone for session times: --timezone if given, else the profile's
// schedule.timezone, else the machine's zone (TZ, then /etc/localtime), else UTC.
// Throws Error(usage) for an unknown --timezone.
std::string resolve_timezone(const std::string& option, const Profile& profile, Io& io);

// The machine's time zone: TZ when set, else /etc/localtime, else UTC. Throws
// Error(usage) for a TZ the tz database cannot name (a POSIX rule such as IST-5:30).
std::string machine_timezone(Io& io);

// The generation timestamp (ICS DTSTAMP): SOURCE_DATE_EPOCH when set, else now.
std::chrono::sys_seconds generation_time(Io& io);

// The format from -f, else inferred from the -o extension, else text.
// Throws Error(usage) for an unknown format or extension.
render::Format resolve_format(const std::string& format_option, const std::string& output_path);

// The paper size named by --paper ("a4" or "letter").
render::Paper resolve_paper(const std::string& paper);

// Adds --paper a4|letter to a command.
void add_paper_option(CLI::App& cmd, std::string& paper);

// Adds --audience patient|clinician|both and --clinic FILE to a command.
void add_handout_options(CLI::App& cmd, std::string& audience, std::string& clinic);

// Adds --voice NAME (the espeak-ng voice of -f mp3 audio guides) to a command.
void add_voice_option(CLI::App& cmd, std::string& voice);

// Adds --lang: the language of what the plan writes, instead of the profile's.
void add_lang_option(CLI::App& cmd, std::string& lang);

// The profile's language replaced by --lang's, when one was given.
void apply_lang(Profile& profile, const std::string& lang);

// The audio writer and its options when `formats` include mp3 (the audio module loaded and
// the voice tried now, so neither fails after something is written), else none. Throws
// Error(usage) for --voice without mp3 or a voice espeak-ng lacks.
std::pair<render::AudioWriter, render::AudioOptions> resolve_audio(
    const std::vector<render::Format>& formats, const std::string& voice);

// The handout options from --audience and --clinic: reads and checks the clinic file
// and its logo (beside it). Throws Error(no_input) or Error(data_error).
render::HandoutOptions resolve_handout_options(const std::string& audience,
                                               const std::string& clinic_path, Io& io);

// Writes `content` to stdout (when path is empty or "-") or atomically to a file.
void emit(const std::string& output_path, const std::string& content, bool force, Io& io);

// True when text output should be coloured: --color always, or auto on a terminal
// (stdout, no -o FILE) without NO_COLOR.
bool use_color(const std::string& color_option, const std::string& output_path, Io& io);

// Columns of text written with -o FILE: the same on every machine.
inline constexpr std::size_t k_file_width = 79;

// The columns text on stdout may fill (Io::width; 79 before run() sets it).
std::size_t stdout_width(const Io& io);

// The columns text on stderr may fill (Io::err_width; 79 before run() sets it).
std::size_t stderr_width(const Io& io);

// How text output decorates itself: colour as use_color says, box characters in a
// UTF-8 locale, stdout's width (COLUMNS, else the terminal's; 79 on a pipe) or 79 for
// -o FILE, so files are stable.
render::TextStyle text_style(const std::string& color_option, const std::string& output_path,
                             Io& io);

// Adds --color auto|always|never to a command.
void add_color_option(CLI::App& cmd, std::string& color);

// Adds --today with its help text to a command.
void add_today_option(CLI::App& cmd, std::string& today);

// Registers each subcommand on `app`.
void add_plan_command(CLI::App& app, Io& io, std::vector<Command>& commands);
void add_validate_command(CLI::App& app, Io& io, std::vector<Command>& commands);
void add_schema_command(CLI::App& app, Io& io, std::vector<Command>& commands);
void add_programs_command(CLI::App& app, Io& io, std::vector<Command>& commands);
void add_check_command(CLI::App& app, Io& io, std::vector<Command>& commands);
void add_next_command(CLI::App& app, Io& io, std::vector<Command>& commands);
void add_rules_command(CLI::App& app, Io& io, std::vector<Command>& commands);
void add_log_command(CLI::App& app, Io& io, std::vector<Command>& commands);
void add_clear_command(CLI::App& app, Io& io, std::vector<Command>& commands);
void add_batch_command(CLI::App& app, Io& io, std::vector<Command>& commands);
void add_review_command(CLI::App& app, Io& io, std::vector<Command>& commands);
void add_init_command(CLI::App& app, Io& io, std::vector<Command>& commands);
void add_run_command(CLI::App& app, Io& io, std::vector<Command>& commands);
// `app` must be the root: the completion scripts describe its whole tree.
void add_completion_command(CLI::App& app, Io& io, std::vector<Command>& commands);
// `app` must be the root: the page describes its whole tree.
void add_manpage_command(CLI::App& app, Io& io, std::vector<Command>& commands);

}  // namespace backstride::cli
