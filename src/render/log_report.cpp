#include "backstride/render/log_report.hpp"
#include "backstride/render/catalogue.hpp"

#include <nlohmann/json.hpp>

#include "backstride/rules.hpp"

namespace backstride::render {

void write_log_json(const LogReport& report, std::ostream& out) {
  using nlohmann::ordered_json;
  ordered_json j{
      {"format", "backstride.log/1"},
      {"change", report.appended ? "appended" : "next_morning_added"},
      {"history_file", report.history_file},
      {"session_chosen_by", !report.appended              ? "logged"
                            : report.session_note.empty() ? "given"
                                                          : "plan"},
      {"entry", ordered_json::parse(format_history_line(report.entry))},
      {"decision",
       {{"action", action_key(report.decision.action)},
        {"rule", rule_key(report.decision.rule)},
        {"reason", say(report.decision.reason)}}},
      {"exit_code", static_cast<int>(report.exit_code)},
      {"next_morning_command", report.next_morning_command.empty()
                                   ? ordered_json(nullptr)
                                   : ordered_json(report.next_morning_command)},
  };
  // A history path need not be UTF-8: such bytes are replaced rather than refused.
  out << j.dump(2, ' ', false, ordered_json::error_handler_t::replace) << "\n";
}

}  // namespace backstride::render
