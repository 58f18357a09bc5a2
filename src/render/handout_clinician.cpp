// The clinician's pages of a handout: the profile, screening, decision trail, and the
// rules cited with their basis and sources; and the pain chart both parts draw.
#include <algorithm>

#include <fmt/format.h>

#include "backstride/render/catalogue.hpp"
#include "backstride/render/wording.hpp"
#include "backstride/rules.hpp"
#include "handout_parts.hpp"

namespace backstride::render::parts {
namespace {

// At most this many logged sessions appear in the pain chart (the most recent).
constexpr std::size_t k_pain_bars = 24;
// At most this many steps of the replay appear in the logged-sessions table.
constexpr std::size_t k_trail_rows = 20;

// The rules the clinician pages cite, each once, in the order they first appear.
class Citations {
 public:
  void add(RuleId id) {
    if (std::ranges::find(m_ids, id) == m_ids.end()) {
      m_ids.push_back(id);
    }
  }

  // Each rule with its basis, when it applies and its source.
  [[nodiscard]] Table table() const {
    Table table{
        {{say("col_rule")}, {say("col_basis")}, {say("col_when"), true}, {say("col_source"), true}},
        {},
        false,
        true};
    for (const auto& id : m_ids) {
      const Rule& rule = find_rule(id);
      table.rows.push_back({std::string(rule.key), std::string(rule_basis_key(rule.basis)),
                            std::string(rule.statement), std::string(rule.source)});
    }
    return table;
  }

 private:
  std::vector<RuleId> m_ids;
};

std::string clearance_text(const Plan& plan) {
  if (!plan.clearance) {
    return say("none_recorded");
  }
  const Clearance& clearance = *plan.clearance;
  std::string text = fmt::format("{}, {}, {}", clearance.by, format_date(clearance.date),
                                 say(clearance.allow_running ? "running_allowed" : "walking_only"));
  if (clearance.max_pain_during) {
    text += say("capped_at", fmt::arg("cap", *clearance.max_pain_during));
  }
  if (!clearance.notes.empty()) {
    text += say("clearance_notes", fmt::arg("notes", clearance.notes));
  }
  return text;
}

Section summary_section(const Plan& plan, Citations& cited) {
  FactList facts;
  facts.items.emplace_back(say("fact_patient"), plan.profile_name);
  facts.items.emplace_back(say("fact_profile"), plan.profile_id);
  facts.items.emplace_back(say("fact_clearance"), clearance_text(plan));
  facts.items.emplace_back(say("fact_screening"),
                           std::string(screening_status_title(plan.screening.status)));
  facts.items.emplace_back(say("fact_decision"),
                           fmt::format("{} ({}): {}", action_title(plan.decision.action),
                                       rule_key(plan.decision.rule), say(plan.decision.reason)));
  cited.add(plan.decision.rule);
  if (!plan.withheld) {
    facts.items.emplace_back(
        say("fact_program"),
        fmt::format("{} ({})", program_words(plan.program_name), plan.program_id));
    facts.items.emplace_back(
        say("fact_limits"),
        say("limits_text", fmt::arg("green", plan.limits.green_max),
            fmt::arg("red", plan.limits.red_above), fmt::arg("usual", plan.limits.usual),
            fmt::arg("cap", plan.limits.capped ? " (CLR-CAP)" : "")));
    if (plan.limits.capped) {
      cited.add(RuleId::clr_cap);
    }
  }
  Section section{say("heading_clinician"), {std::move(facts)}};
  BulletList notes;
  for (const auto& limit : plan.program_limits) {
    notes.items.push_back(fmt::format("{} ({})", say(limit.text), rule_key(limit.rule)));
    cited.add(limit.rule);
  }
  for (const auto& note : say_each(plan.notes)) {
    notes.items.push_back(note);
  }
  if (!notes.items.empty()) {
    section.blocks.emplace_back(std::move(notes));
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
    std::string when =
        finding.date ? say("logged_on", fmt::arg("date", format_date(*finding.date))) : "";
    std::string key =
        fmt::format("({}{}){}", rule_key(finding.rule), when, finding.lifted ? say("lifted") : "");
    auto found = std::ranges::find(keys, key);
    if (found == keys.end()) {
      keys.push_back(key);
      messages.emplace_back();
      found = keys.end() - 1;
    }
    messages[static_cast<std::size_t>(found - keys.begin())].push_back(say(finding.message));
    cited.add(finding.rule);
  }
  BulletList list;
  for (std::size_t i = 0; i < keys.size(); ++i) {
    list.items.push_back(fmt::format("{} {}", fmt::join(messages[i], "; "), keys[i]));
  }
  return Section{say("heading_findings"), {std::move(list)}};
}

std::optional<Section> trail_section(const Plan& plan, Citations& cited) {
  if (plan.trail.empty()) {
    return std::nullopt;
  }
  Table table{{{say("col_date")},
               {say("col_session")},
               {say("col_result")},
               {say("col_rule")},
               {say("col_changed"), true}},
              {},
              false};
  std::size_t first = plan.trail.size() > k_trail_rows ? plan.trail.size() - k_trail_rows : 0;
  for (std::size_t i = first; i < plan.trail.size(); ++i) {
    const TrailStep& step = plan.trail[i];
    table.rows.push_back({format_date(step.date), step.session.empty() ? "-" : step.session,
                          step.zone ? std::string(zone_title(*step.zone)) : "-",
                          std::string(rule_key(step.rule)), say(step.effect)});
    cited.add(step.rule);
  }
  Section section{say("heading_trail"), {}};
  if (first > 0) {
    section.blocks.emplace_back(Paragraph{
        say("trail_cut", fmt::arg("shown", k_trail_rows), fmt::arg("all", plan.trail.size()))});
  }
  section.blocks.emplace_back(std::move(table));
  return section;
}

int severity(Zone zone) {
  return zone == Zone::amber ? 1 : zone == Zone::red ? 2 : 0;
}

Tone tone_of(Zone zone) {
  switch (zone) {
    case Zone::green:
      return Tone::green;
    case Zone::pending:
      return Tone::info;
    case Zone::amber:
      return Tone::amber;
    case Zone::red:
      break;
  }
  return Tone::red;
}

}  // namespace

std::optional<BarChart> pain_chart(const Plan& plan) {
  BarChart chart{say("chart_pain"), say("unit_pain"), 10, {}, {}, {}};
  bool any_marked = false;
  bool any_pending = false;
  for (const auto& step : plan.trail) {
    if (!step.zone || !step.pain_during) {
      continue;  // a gap, or a session dated after today
    }
    int pain = std::max(*step.pain_during, step.pain_after.value_or(0));
    bool marked = severity(*step.zone) > severity(pain_zone(pain, plan.limits));
    any_marked = any_marked || marked;
    any_pending = any_pending || *step.zone == Zone::pending;
    chart.bars.push_back({format_date(step.date).substr(5), pain, tone_of(*step.zone), marked});
  }
  if (chart.bars.empty()) {
    return std::nullopt;
  }
  if (chart.bars.size() > k_pain_bars) {
    chart.bars.erase(chart.bars.begin(),
                     chart.bars.end() - static_cast<std::ptrdiff_t>(k_pain_bars));
    chart.title = say("chart_pain_last", fmt::arg("n", k_pain_bars));
  }
  if (plan.limits.green_max == plan.limits.red_above) {  // a cap: one line, one label
    chart.markers = {{plan.limits.green_max, say("marker_capped")}};
  } else {
    chart.markers = {{plan.limits.green_max, say("marker_green")},
                     {plan.limits.red_above, say("marker_red")}};
  }
  chart.key = {{Tone::green, say("key_green")},
               {Tone::amber, say("key_amber")},
               {Tone::red, say("key_red")}};
  if (any_pending) {
    chart.key.push_back({Tone::info, say("key_pending")});
  }
  if (any_marked) {
    chart.key.push_back({Tone::plain, say("key_marked"), true});
  }
  return chart;
}

std::vector<Section> clinician_sections(const Plan& plan) {
  Citations cited;
  std::vector<Section> sections;
  sections.push_back(summary_section(plan, cited));
  if (auto findings = screening_section(plan, cited)) {
    sections.push_back(std::move(*findings));
  }
  if (auto trail = trail_section(plan, cited)) {
    sections.push_back(std::move(*trail));
  }
  cited.add(plan.safety_signs.rule);
  for (const auto& checkpoint : plan.checkpoints) {
    cited.add(checkpoint.rule);
  }
  if (!plan.withheld) {
    for (RuleId id :
         {RuleId::pain_green, RuleId::pain_pending, RuleId::prog_2, RuleId::prog_one_a_day,
          RuleId::pain_amber, RuleId::review_amber, RuleId::pain_red, RuleId::pause_2red,
          RuleId::rest_day, RuleId::gap_14, RuleId::gap_28}) {
      cited.add(id);
    }
  }
  sections.push_back(Section{say("heading_rules"), {cited.table()}});
  return sections;
}

}  // namespace backstride::render::parts
