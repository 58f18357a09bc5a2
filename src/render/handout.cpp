#include "backstride/render/handout.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "backstride/render/describe.hpp"
#include "backstride/render/text.hpp"
#include "backstride/render/wording.hpp"
#include "backstride/rules.hpp"

namespace backstride::render {
namespace {

// At most this many logged sessions appear in the pain chart (the most recent).
constexpr std::size_t k_pain_bars = 24;
// At most this many steps of the replay appear in the logged-sessions table.
constexpr std::size_t k_trail_rows = 20;

// The rules a handout cites, each once, in the order they first appear.
class Citations {
 public:
  void add(const std::string& id) {
    if (!id.empty() && std::find(ids_.begin(), ids_.end(), id) == ids_.end()) {
      ids_.push_back(id);
    }
  }

  // Each rule with its source; with `statements`, also when it applies.
  [[nodiscard]] Table table(bool statements) const {
    Table table{{{"Rule"}, {"Basis"}, {"Source", true}}, {}, false, true};
    if (statements) {
      table.columns.insert(table.columns.begin() + 1, Column{"When it applies", true});
    }
    for (const auto& id : ids_) {
      const Rule& rule = find_rule(id);
      table.rows.push_back(
          {id, std::string(rule_basis_key(rule.basis)), std::string(rule.source)});
      if (statements) {
        table.rows.back().insert(table.rows.back().begin() + 1, std::string(rule.statement));
      }
    }
    return table;
  }

 private:
  std::vector<std::string> ids_;
};

std::string clearance_text(const Plan& plan) {
  if (!plan.clearance) {
    return "none recorded";
  }
  const Clearance& clearance = *plan.clearance;
  std::string text = fmt::format("{}, {}", format_date(clearance.date),
                                 clearance.allow_running ? "running allowed" : "walking only");
  if (clearance.max_pain_during) {
    text += fmt::format("; pain during exercise capped at {}", *clearance.max_pain_during);
  }
  if (!clearance.notes.empty()) {
    text += ". Notes: " + clearance.notes;
  }
  return text;
}

Section summary_section(const Plan& plan, Citations& cited) {
  FactList facts;
  facts.items.emplace_back("Patient", plan.profile_name);
  facts.items.emplace_back("Profile", plan.profile_id);
  facts.items.emplace_back("Clinician", plan.clearance ? plan.clearance->by : "none recorded");
  facts.items.emplace_back("Clearance", clearance_text(plan));
  facts.items.emplace_back("Screening", std::string(screening_status_title(plan.screening.status)));
  facts.items.emplace_back("Today's decision",
                           fmt::format("{} ({}): {}", action_title(plan.decision.action),
                                       plan.decision.rule, plan.decision.reason));
  cited.add(plan.decision.rule);
  if (!plan.withheld) {
    facts.items.emplace_back("Program", plan.program_name);
    facts.items.emplace_back("Sessions",
                             fmt::format("{} at {} ({})", session_days_text(plan),
                                         format_time_of_day(plan.start_minutes), plan.timezone));
  }
  facts.items.emplace_back("Plan made for", format_date(plan.today));
  Section section{"Summary", {std::move(facts)}};
  if (!plan.notes.empty()) {
    section.blocks.emplace_back(BulletList{plan.notes});
  }
  return section;
}

// Findings grouped by rule (and by the log entry that raised them), one line each.
std::optional<Section> screening_section(const Plan& plan, Citations& cited) {
  if (plan.screening.findings.empty()) {
    return std::nullopt;
  }
  std::vector<std::string> keys;
  std::vector<std::vector<std::string>> messages;
  for (const auto& finding : plan.screening.findings) {
    std::string when = finding.date ? fmt::format(", logged {}", format_date(*finding.date)) : "";
    std::string lifted = finding.lifted ? ": lifted by the clearance" : "";
    std::string key = fmt::format("({}{}){}", finding.rule, when, lifted);
    auto found = std::find(keys.begin(), keys.end(), key);
    if (found == keys.end()) {
      keys.push_back(key);
      messages.emplace_back();
      found = keys.end() - 1;
    }
    messages[static_cast<std::size_t>(found - keys.begin())].push_back(finding.message);
    cited.add(finding.rule);
  }
  BulletList list;
  for (std::size_t i = 0; i < keys.size(); ++i) {
    list.items.push_back(fmt::format("{} {}", fmt::join(messages[i], "; "), keys[i]));
  }
  return Section{"What screening found", {std::move(list)}};
}

Section how_it_works(const Plan& plan, Citations& cited) {
  const PainLimits& limits = plan.limits;
  bool jogging = totals_of(plan).jog_seconds > 0;
  std::string amber_pain =
      limits.red_above > limits.green_max + 1
          ? fmt::format("pain during or after {} to {}, ", limits.green_max + 1, limits.red_above)
      : limits.red_above == limits.green_max + 1
          ? fmt::format("pain during or after {}, ", limits.red_above)
          : "";
  BulletList zones{{
      fmt::format("GREEN: pain during and after at most {}, and back to your usual {} by the next "
                  "morning. Two GREEN sessions at a stage (on different days) move you on to the "
                  "next stage (PAIN-GREEN, PROG-2, PROG-ONE-A-DAY).",
                  limits.green_max, limits.usual),
      fmt::format("AMBER: {}pain the next morning above your usual, or a session stopped early. "
                  "Repeat the stage until it is GREEN. If it stays AMBER for 4 sessions in a row "
                  "or for 14 days, check in with your clinician (PAIN-AMBER, REVIEW-AMBER).",
                  amber_pain),
      fmt::format("RED: pain during or after above {}, sharp pain, a limp, or new or spreading "
                  "leg pain, numbness or tingling. Stop, rest for 48 hours (gentle walking is "
                  "fine), then go back one stage. Two RED sessions in a row pause the plan until "
                  "a clinician has seen you (PAIN-RED, PAUSE-2RED).",
                  limits.red_above),
  }};
  for (const char* id : {"PAIN-GREEN", "PROG-2", "PROG-ONE-A-DAY", "PAIN-AMBER", "REVIEW-AMBER",
                         "PAIN-RED", "PAUSE-2RED", "REST-DAY", "GAP-14", "GAP-28"}) {
    cited.add(id);
  }
  Section section{
      "How this plan works",
      {Paragraph{fmt::format(
           "The plan builds up {} in small stages. After each session, rate your pain from 0 "
           "(none) to 10 (the worst imaginable) before, during and after, and the next morning. "
           "The pain decides what comes next:",
           jogging ? "walking and easy jogging" : "brisk walking")},
       std::move(zones),
       Paragraph{fmt::format(
           "{} After more than 14 days without a session the plan goes back one stage, after "
           "more than 28 days two (GAP-14, GAP-28). Log each session with `backstride log` and "
           "make a new handout: the dates below assume every session goes well.",
           jogging ? "Keep a rest day between sessions (REST-DAY)."
                   : "Walking on days in a row is fine; jogging, later, keeps a rest day between "
                     "sessions (REST-DAY).")}}};
  for (const auto& limit : plan.program_limits) {
    section.blocks.emplace_back(Paragraph{fmt::format("{} ({})", limit.text, limit.rule)});
    cited.add(limit.rule);
  }
  return section;
}

// The warning signs, on the first page of every handout.
Section safety_signs_section(const Plan& plan, Citations& cited) {
  const SafetySigns& signs = plan.safety_signs;
  cited.add(signs.rule);
  return Section{fmt::format("Warning signs: stop and get help ({})", signs.rule),
                 {Paragraph{signs.emergency_heading, true}, BulletList{signs.emergency},
                  Paragraph{signs.soon_heading, true}, BulletList{signs.soon}},
                 true,
                 Tone::red};
}

// What the sheet is, in its title.
std::string handout_title(const Plan& plan) {
  switch (plan.decision.action) {
    case Action::emergency:
      return fmt::format("Stop: get emergency care now ({})", plan.profile_name);
    case Action::refer:
      return fmt::format("Before you start: see a clinician ({})", plan.profile_name);
    case Action::pause:
      return fmt::format("Paused: see a clinician ({})", plan.profile_name);
    default:
      return fmt::format("{} plan for {}", totals_of(plan).jog_seconds > 0 ? "Walk/jog" : "Walking",
                         plan.profile_name);
  }
}

Section checkpoints_section(const Plan& plan, Citations& cited) {
  CheckList list;
  for (const auto& checkpoint : plan.checkpoints) {
    list.items.push_back({checkpoint.text, checkpoint.rule, checkpoint.done});
    cited.add(checkpoint.rule);
  }
  return Section{"Checkpoints and stop rules", {std::move(list)}, true};
}

// Weekly jog minutes; for a walking-only plan, weekly walking minutes.
BarChart progress_chart(const Plan& plan) {
  bool jogging = totals_of(plan).jog_seconds > 0;
  BarChart chart{
      jogging ? "Planned jogging per week" : "Planned walking per week", "min", 0, {}, {}};
  for (const auto& week : plan.weeks) {
    Totals totals = totals_of(week);
    int minutes = ((jogging ? totals.jog_seconds : totals.seconds) + 30) / 60;
    chart.bars.push_back({fmt::format("W{}", week.number), minutes, Tone::plain});
    chart.max_value = std::max(chart.max_value, minutes);
  }
  return chart;
}

Tone tone_of(Zone zone) {
  return zone == Zone::green ? Tone::green : zone == Zone::amber ? Tone::amber : Tone::red;
}

std::optional<BarChart> pain_chart(const Plan& plan) {
  BarChart chart{"Logged pain during sessions", "pain 0-10", 10, {}, {}};
  for (const auto& step : plan.trail) {
    if (step.zone && step.pain_during) {
      chart.bars.push_back(
          {format_date(step.date).substr(5), *step.pain_during, tone_of(*step.zone)});
    }
  }
  if (chart.bars.empty()) {
    return std::nullopt;
  }
  if (chart.bars.size() > k_pain_bars) {
    chart.bars.erase(chart.bars.begin(),
                     chart.bars.end() - static_cast<std::ptrdiff_t>(k_pain_bars));
    chart.title += fmt::format(" (last {})", k_pain_bars);
  }
  chart.markers = {{plan.limits.green_max, "GREEN limit"}, {plan.limits.red_above, "RED above"}};
  return chart;
}

std::optional<Section> trail_section(const Plan& plan, Citations& cited) {
  if (plan.trail.empty()) {
    return std::nullopt;
  }
  Table table{{{"Date"}, {"Session"}, {"Result"}, {"Rule"}, {"What it changed", true}}, {}, false};
  std::size_t first = plan.trail.size() > k_trail_rows ? plan.trail.size() - k_trail_rows : 0;
  for (std::size_t i = first; i < plan.trail.size(); ++i) {
    const TrailStep& step = plan.trail[i];
    table.rows.push_back({format_date(step.date), step.session.empty() ? "-" : step.session,
                          step.zone ? std::string(zone_title(*step.zone)) : "-", step.rule,
                          step.effect});
    cited.add(step.rule);
  }
  Section section{"Logged sessions", {}};
  if (first > 0) {
    section.blocks.emplace_back(Paragraph{
        fmt::format("The last {} of {} steps of the log; `backstride plan -f json` lists them all.",
                    k_trail_rows, plan.trail.size())});
  }
  section.blocks.emplace_back(std::move(table));
  return section;
}

Section week_section(const PlanWeek& week, Citations& cited) {
  Totals totals = totals_of(week);
  Section section{fmt::format("Week {}: {} to {}", week.number, format_date(week.first_day),
                              format_date(add_days(week.first_day, 6))),
                  {Paragraph{fmt::format("{} sessions, jogging {} of {} in all.", totals.sessions,
                                         format_duration(totals.jog_seconds),
                                         format_duration(totals.seconds))}},
                  true};
  Table table{
      {{"Day"}, {"Date"}, {"Time"}, {"Session"}, {"Length"}, {"Intervals", true}}, {}, true};
  for (const auto& session : week.sessions) {
    table.rows.push_back({std::string(weekday_title(weekday_of(session.date))),
                          format_date(session.date), format_time_of_day(session.start_minutes),
                          session.id, format_duration(total_seconds(session.segments)),
                          describe_segments(session.segments)});
  }
  section.blocks.emplace_back(std::move(table));
  for (const auto& checkpoint : week.checkpoints) {
    if (checkpoint.when == "weekly") {
      continue;  // in the checklist at the top
    }
    section.blocks.emplace_back(
        Paragraph{fmt::format("{} ({})", checkpoint.text, checkpoint.rule)});
    cited.add(checkpoint.rule);
  }
  return section;
}

Section closing_section(const Plan& plan) {
  Totals totals = totals_of(plan);
  Section section{
      "After the last week",
      {Paragraph{fmt::format("{} sessions over {} weeks: jogging {} of {} in all.", totals.sessions,
                             plan.weeks.size(), format_duration(totals.jog_seconds),
                             format_duration(totals.seconds))}}};
  if (!plan.next_program.empty()) {
    section.blocks.emplace_back(Paragraph{fmt::format(
        "Then: {} follows once the last stage stays GREEN (WALK-GRADUATE).", plan.next_program)});
  } else if (!plan.finale.empty()) {
    section.blocks.emplace_back(Paragraph{plan.finale});
  }
  return section;
}

void add(std::vector<Section>& sections, std::optional<Section> section) {
  if (section) {
    sections.push_back(std::move(*section));
  }
}

}  // namespace

Handout build_handout(const Plan& plan) {
  Handout handout;
  handout.person = plan.profile_name;
  handout.title = handout_title(plan);
  handout.subtitle =
      plan.withheld
          ? fmt::format("backstride handout, {}: no exercise plan was given",
                        format_date(plan.today))
          : fmt::format("backstride handout, {}: {}", format_date(plan.today), plan.program_name);
  handout.one_page = plan.withheld;
  Citations cited;
  auto& sections = handout.sections;
  sections.push_back(summary_section(plan, cited));
  if (plan.withheld) {
    sections.push_back(Section{
        std::string(withheld_headline(plan.decision.action)),
        {Paragraph{std::string(withheld_advice(plan.decision.action))}, Paragraph{k_safety_note}},
        true,
        Tone::red});
  }
  sections.push_back(safety_signs_section(plan, cited));
  add(sections, screening_section(plan, cited));
  if (!plan.withheld) {
    sections.push_back(how_it_works(plan, cited));
    sections.push_back(checkpoints_section(plan, cited));
    Section progress{"Progress", {progress_chart(plan)}, true};
    if (auto pain = pain_chart(plan)) {
      progress.blocks.emplace_back(std::move(*pain));
    }
    sections.push_back(std::move(progress));
  }
  add(sections, trail_section(plan, cited));
  if (!plan.withheld) {
    for (const auto& week : plan.weeks) {
      sections.push_back(week_section(week, cited));
    }
    sections.push_back(closing_section(plan));
  }
  // A withheld handout stays on one page: its findings already say when each rule applies.
  sections.push_back(Section{"Rules cited", {cited.table(!plan.withheld)}});
  if (!plan.withheld) {
    sections.push_back(Section{"Please note", {Paragraph{k_safety_note}}, true, Tone::red});
  }
  return handout;
}

}  // namespace backstride::render
