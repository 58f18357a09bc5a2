// The patient's pages of a handout: plain words, no rule ids, commands or file names
// outside the one "if you use backstride yourself" box.
#include <fmt/format.h>

#include "backstride/render/catalogue.hpp"
#include "backstride/render/describe.hpp"
#include "backstride/render/wording.hpp"
#include "handout_parts.hpp"

namespace backstride::render::parts {
namespace {

std::string session_text(const PlannedSession& session) {
  return say("next_session", fmt::arg("day", day_words(weekday_of(session.date))),
             fmt::arg("date", format_date(session.date)),
             fmt::arg("time", format_time_of_day(session.start_minutes)),
             fmt::arg("length", readable_duration(total_seconds(session.segments))),
             fmt::arg("what", describe_for_reader(session.segments)));
}

Section today_section(const Plan& plan) {
  FactList facts;
  facts.items.emplace_back(say("fact_for"), plan.profile_name);
  facts.items.emplace_back(say("fact_today"), decision_sentence(plan));
  if (const PlannedSession* next = first_session(plan); next && !plan.withheld) {
    facts.items.emplace_back(say("fact_next"), session_text(*next));
    facts.items.emplace_back(say("fact_days"),
                             say("days_at", fmt::arg("days", session_days_text(plan)),
                                 fmt::arg("time", format_time_of_day(plan.start_minutes))));
  }
  if (plan.clearance) {
    facts.items.emplace_back(say("fact_cleared"),
                             say("cleared_by", fmt::arg("by", plan.clearance->by),
                                 fmt::arg("date", format_date(plan.clearance->date))));
  }
  if (plan.limits.capped && !plan.withheld) {
    facts.items.emplace_back(say("fact_limit"),
                             say("limit_set", fmt::arg("cap", plan.limits.green_max)));
  }
  return Section{say("heading_today"), {std::move(facts)}, true};
}

Section what_to_do_now(const Plan& plan) {
  std::string_view advice = plan.decision.action == Action::emergency ? "advice_emergency"
                            : plan.decision.action == Action::pause   ? "advice_pause"
                                                                      : "advice_refer";
  return Section{say("heading_now"), {Paragraph{say(advice)}}, true, Tone::red};
}

Section warning_signs(const Plan& plan) {
  const SafetySigns& signs = plan.safety_signs;
  return Section{
      say("heading_signs"),
      {Paragraph{say(signs.emergency_heading), true}, BulletList{say_each(signs.emergency)},
       Paragraph{say(signs.soon_heading), true}, BulletList{say_each(signs.soon)}},
      true,
      Tone::red};
}

Section checks_section(const Plan& plan) {
  CheckList list;
  for (const auto& checkpoint : plan.checkpoints) {
    list.items.push_back({say(checkpoint.text), "", checkpoint.done});
  }
  return Section{say("heading_checks"), {std::move(list)}, true};
}

Section pain_guide(const Plan& plan) {
  const PainLimits& limits = plan.limits;
  std::string amber_pain = limits.red_above > limits.green_max
                               ? say("amber_pain", fmt::arg("low", limits.green_max + 1),
                                     fmt::arg("high", limits.red_above))
                               : "";
  BulletList zones{{
      say("zone_green", fmt::arg("green", limits.green_max), fmt::arg("usual", limits.usual)),
      say("zone_amber", fmt::arg("pain", amber_pain)),
      say("zone_red", fmt::arg("red", limits.red_above)),
  }};
  Section section{say("heading_pain"),
                  {Paragraph{say(has_jogging(plan) ? "pain_intro_jogging" : "pain_intro_walking")},
                   std::move(zones),
                   Paragraph{say(has_jogging(plan) ? "rest_and_gaps" : "rest_and_gaps_walking")}}};
  for (const auto& limit : plan.program_limits) {
    section.blocks.emplace_back(Paragraph{say(limit.text)});
  }
  return section;
}

// Weekly jog minutes; for a walking-only plan, weekly walking minutes.
BarChart progress_chart(const Plan& plan) {
  bool jogging = has_jogging(plan);
  BarChart chart{
      say(jogging ? "chart_jogging" : "chart_walking"), say("unit_minutes"), 0, {}, {}, {}};
  for (const auto& week : plan.weeks) {
    Totals totals = totals_of(week);
    int minutes = ((jogging ? totals.jog_seconds : totals.seconds) + 30) / 60;
    chart.bars.push_back({say("week_label", fmt::arg("n", week.number)), minutes, Tone::plain});
    chart.max_value = std::max(chart.max_value, minutes);
  }
  return chart;
}

Section week_section(const PlanWeek& week, bool jogging) {
  Totals totals = totals_of(week);
  Section section{
      say("heading_week", fmt::arg("n", week.number), fmt::arg("from", format_date(week.first_day)),
          fmt::arg("to", format_date(add_days(week.first_day, 6)))),
      {Paragraph{say_n(jogging ? "week_summary" : "week_summary_walking", totals.sessions,
                       fmt::arg("jog", readable_duration(totals.jog_seconds)),
                       fmt::arg("total", readable_duration(totals.seconds)))}},
      true};
  Table table{{{say("col_day")},
               {say("col_date")},
               {say("col_time")},
               {say("col_session")},
               {say("col_length")},
               {say("col_what"), true}},
              {},
              true};
  for (const auto& session : week.sessions) {
    table.rows.push_back({std::string(day_words(weekday_of(session.date))),
                          format_date(session.date), format_time_of_day(session.start_minutes),
                          session.id, readable_duration(total_seconds(session.segments)),
                          describe_for_reader(session.segments)});
  }
  section.blocks.emplace_back(std::move(table));
  for (const auto& checkpoint : week.checkpoints) {
    if (checkpoint.when != "weekly") {  // the weekly gate is in the checklist
      section.blocks.emplace_back(Paragraph{say(checkpoint.text)});
    }
  }
  return section;
}

Section closing_section(const Plan& plan) {
  Totals totals = totals_of(plan);
  Section section{say("heading_after"),
                  {Paragraph{say_n(has_jogging(plan) ? "plan_summary" : "plan_summary_walking",
                                   totals.sessions, fmt::arg("weeks", plan.weeks.size()),
                                   fmt::arg("jog", readable_duration(totals.jog_seconds)),
                                   fmt::arg("total", readable_duration(totals.seconds)))}}};
  if (!plan.next_program.empty()) {
    section.blocks.emplace_back(Paragraph{say("then_jogging")});
  } else if (!plan.finale.empty()) {
    section.blocks.emplace_back(Paragraph{std::string(program_words(plan.finale))});
  }
  return section;
}

// The one place commands appear on the patient's pages.
Section self_use_box() {
  return Section{say("heading_self_use"),
                 {Paragraph{say("self_use_intro")},
                  BulletList{{say("self_use_log"), say("self_use_morning"), say("self_use_plan")}}},
                 true,
                 Tone::info};
}

Section signature_section(const Clinic& clinic) {
  std::string who =
      clinic.clinician.empty()
          ? clinic.name
          : fmt::format("{}{}, {}", clinic.clinician,
                        clinic.clinician_role.empty() ? "" : ", " + clinic.clinician_role,
                        clinic.name);
  return Section{
      say("heading_signature"), {Paragraph{who}, Paragraph{say("signature_line")}}, true};
}

}  // namespace

bool has_jogging(const Plan& plan) {
  return totals_of(plan).jog_seconds > 0;
}

std::vector<Section> patient_sections(const Plan& plan, const HandoutOptions& options) {
  std::vector<Section> sections;
  sections.push_back(today_section(plan));
  if (plan.withheld) {
    sections.push_back(what_to_do_now(plan));
  }
  sections.push_back(warning_signs(plan));
  if (!plan.withheld) {
    sections.push_back(checks_section(plan));
    sections.push_back(pain_guide(plan));
    Section progress{say("heading_progress"), {progress_chart(plan)}, true};
    if (auto pain = pain_chart(plan)) {
      progress.blocks.emplace_back(std::move(*pain));
    }
    sections.push_back(std::move(progress));
    for (const auto& week : plan.weeks) {
      sections.push_back(week_section(week, has_jogging(plan)));
    }
    sections.push_back(closing_section(plan));
    sections.push_back(self_use_box());
  }
  if (options.clinic && options.clinic->signature) {
    sections.push_back(signature_section(*options.clinic));
  }
  sections.push_back(
      Section{say("heading_note"), {Paragraph{say("safety_note")}}, true, Tone::red});
  return sections;
}

}  // namespace backstride::render::parts
