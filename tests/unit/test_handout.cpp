#include <catch2/catch.hpp>

#include <regex>
#include <set>
#include <sstream>

#include "backstride/generate.hpp"
#include "backstride/render/catalogue.hpp"
#include "backstride/render/describe.hpp"
#include "backstride/render/handout.hpp"
#include "backstride/render/html.hpp"
#include "backstride/render/markdown.hpp"
#include "backstride/render/pdf.hpp"
#include "backstride/render/wording.hpp"
#include "scenarios.hpp"

using namespace backstride;
using namespace backstride::render;
using scenarios::base_profile;
using scenarios::day;

namespace {

const Date k_today = day("2026-12-01");

Plan plan_for(const Profile& profile) {
  return build_plan(profile, scenarios::program("back-care"), k_today, "test.json");
}

const Section* find_section(const Handout& handout, std::string_view prefix) {
  for (const auto& section : handout.sections) {
    if (section.heading.starts_with(prefix)) {
      return &section;
    }
  }
  return nullptr;
}

template <class T>
std::vector<const T*> blocks_of(const Handout& handout) {
  std::vector<const T*> found;
  for (const auto& section : handout.sections) {
    for (const auto& block : section.blocks) {
      if (const T* typed = std::get_if<T>(&block)) {
        found.push_back(typed);
      }
    }
  }
  return found;
}

std::set<std::string> cited_rules(const Handout& handout) {
  const Section* rules = find_section(handout, "Rules cited");
  REQUIRE(rules != nullptr);
  std::set<std::string> ids;
  for (const auto& row : std::get<Table>(rules->blocks.at(0)).rows) {
    ids.insert(row.at(0));
  }
  return ids;
}

Profile emergency_profile() {
  Profile profile = base_profile();
  profile.screening[static_cast<std::size_t>(Question::saddle_numbness)] = true;
  return profile;
}

std::string pdf_bytes(const Handout& handout, long long created, Paper paper = Paper::a4) {
  std::ostringstream out;
  write_handout_pdf(
      handout, {.paper = paper, .created = std::chrono::sys_seconds{std::chrono::seconds{created}}},
      out);
  return out.str();
}

}  // namespace

TEST_CASE("a handout has every week and session of the plan, each with a tick box") {
  Plan plan = plan_for(base_profile());
  Handout handout = build_handout(plan);
  std::size_t weeks = 0;
  std::size_t rows = 0;
  for (const auto& section : handout.sections) {
    if (section.heading.starts_with("Week ")) {
      ++weeks;
      CHECK(section.keep_together);
    }
  }
  for (const Table* table : blocks_of<Table>(handout)) {
    if (table->tick_boxes) {
      rows += table->rows.size();
    }
  }
  CHECK(weeks == plan.weeks.size());
  CHECK(rows == static_cast<std::size_t>(totals_of(plan).sessions));
  CHECK_FALSE(handout.one_page);
  CHECK(find_section(handout, "How your pain guides the plan") != nullptr);
  CHECK(find_section(handout, "Before, during and after each session") != nullptr);
}

TEST_CASE("a handout cites the decision's rule and every checkpoint's rule") {
  Plan plan = plan_for(base_profile());
  auto ids = cited_rules(build_handout(plan));
  CHECK(ids.contains(std::string(rule_key(plan.decision.rule))));
  for (const auto& checkpoint : plan.checkpoints) {
    CHECK(ids.contains(std::string(rule_key(checkpoint.rule))));
  }
  for (const auto& id : ids) {
    CHECK(rule_id_from_key(id).has_value());
  }
}

TEST_CASE("the pain chart appears only when sessions were logged") {
  Handout plain = build_handout(plan_for(base_profile()));
  auto charts = blocks_of<BarChart>(plain);
  REQUIRE(charts.size() == 1);
  CHECK(charts[0]->title == "Planned jogging each week");

  Profile logged = base_profile();
  logged.history = {scenarios::entry("2026-11-24", "S01-1", 2),
                    scenarios::red("2026-11-26", "S01-2")};
  Handout logged_handout = build_handout(plan_for(logged));
  auto with_pain = blocks_of<BarChart>(logged_handout);
  REQUIRE(with_pain.size() == 2);
  REQUIRE(with_pain[1]->bars.size() == 2);
  CHECK(with_pain[1]->bars[0].tone == Tone::green);
  CHECK(with_pain[1]->bars[1].value == 7);
  CHECK(with_pain[1]->bars[1].tone == Tone::red);
}

TEST_CASE("a withheld plan's handout has no schedule, says what to do, and fits one page") {
  Plan plan = plan_for(emergency_profile());
  REQUIRE(plan.withheld);
  Handout handout = build_handout(plan);
  CHECK(handout.title == "Stop: get emergency care now");
  CHECK_FALSE(handout.one_page);  // both audiences: the clinician's pages follow
  CHECK(build_handout(plan, {.audience = Audience::patient, .clinic = std::nullopt}).one_page);
  CHECK(find_section(handout, "Week ") == nullptr);
  CHECK(blocks_of<BarChart>(handout).empty());
  for (const Table* table : blocks_of<Table>(handout)) {
    CHECK_FALSE(table->tick_boxes);
  }
  const Section* headline = find_section(handout, "What to do now");
  REQUIRE(headline != nullptr);
  CHECK(headline->tone == Tone::red);
  CHECK(cited_rules(handout).contains("RF-EMERG"));

  Profile every_flag = base_profile();
  every_flag.screening.fill(true);
  std::string pdf = pdf_bytes(
      build_handout(plan_for(every_flag), {.audience = Audience::patient, .clinic = std::nullopt}),
      0);
  CHECK(pdf.find("/Type /Page\n") == pdf.rfind("/Type /Page\n"));  // one page object
}

TEST_CASE("user text is escaped in HTML and Markdown") {
  const std::string name = "<script>alert(1)</script> & \"Zo\u00eb\"";
  CHECK(html_escape(name) == "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Zo\u00eb&quot;");
  CHECK(html_escape("it's") == "it&#39;s");
  CHECK(markdown_escape(name) == "\\<script\\>alert(1)\\</script\\> \\& \"Zo\u00eb\"");
  CHECK(markdown_escape("*a* _b_ [c](d) `e` | f") == "\\*a\\* \\_b\\_ \\[c\\](d) \\`e\\` \\| f");
  CHECK(markdown_escape("1. first") == "1\\. first");
  CHECK(markdown_escape("- item") == "\\- item");
  CHECK(markdown_escape("    # code\nline") == "\\# code line");
  CHECK(markdown_escape("\n    code") == "code");
  CHECK(markdown_escape("\n1. x") == "1\\. x");
  CHECK(markdown_escape("\r\n---") == "\\---");
  CHECK(markdown_escape("see https://e.example or www.e.example, a@b.co") ==
        "see https\\://e.example or www\\.e.example, a\\@b.co");
  CHECK(html_escape("a\x01"
                    "b\x7f") ==
        "a\uFFFD"
        "b\uFFFD");

  Profile profile = base_profile();
  profile.name = name;
  Handout handout = build_handout(plan_for(profile));
  std::ostringstream html;
  write_handout_html(handout, Paper::a4, html);
  CHECK(html.str().find("<script") == std::string::npos);
  CHECK(html.str().find("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Zo\u00eb&quot;") !=
        std::string::npos);
  std::ostringstream markdown;
  write_handout_markdown(handout, markdown);
  CHECK(markdown.str().find(markdown_escape(name)) != std::string::npos);
  CHECK(markdown.str().find(" <script") == std::string::npos);
}

TEST_CASE("HTML is self-contained and prints on the chosen paper") {
  Handout handout = build_handout(plan_for(base_profile()));
  std::ostringstream a4;
  write_handout_html(handout, Paper::a4, a4);
  std::ostringstream letter;
  write_handout_html(handout, Paper::letter, letter);
  CHECK(a4.str().find("size: A4") != std::string::npos);
  CHECK(letter.str().find("size: letter") != std::string::npos);
  CHECK(a4.str().find("<svg") != std::string::npos);
  CHECK(a4.str().find("http://www.w3.org/2000/svg") != std::string::npos);
  CHECK(a4.str().find("https:") == std::string::npos);
  CHECK(a4.str().find("<link") == std::string::npos);
}

TEST_CASE("PDF bytes depend only on the handout, the paper and the creation time") {
  Handout handout = build_handout(plan_for(base_profile()));
  std::string first = pdf_bytes(handout, 1796083200);
  CHECK(first.starts_with("%PDF-1.5"));
  CHECK(first.find("%%EOF") != std::string::npos);
  CHECK(pdf_bytes(handout, 1796083200) == first);
  CHECK(pdf_bytes(handout, 1796083201) != first);
  CHECK(first.find("/MediaBox [ 0 0 595.275591 841.889764 ]") != std::string::npos);
  CHECK(pdf_bytes(handout, 1796083200, Paper::letter).find("/MediaBox [ 0 0 612 792 ]") !=
        std::string::npos);
  CHECK(first.find("/FontFile") != std::string::npos);  // fonts embedded
}

TEST_CASE("walking plans speak as walking plans, and leg pain below the knee gets its stop rule") {
  auto checkpoint = [](const Plan& plan, std::string_view when) {
    for (const auto& c : plan.checkpoints) {
      if (c.when == when) {
        return say(c.text);
      }
    }
    return std::string();
  };
  Profile walker = base_profile();
  walker.activity.brisk_walk_minutes_pain_free = 10;  // ENTRY-WALK30: walk-base first
  Plan walking = plan_for(walker);
  REQUIRE(walking.program_id == "walk-base");
  CHECK(build_handout(walking).title == "Your walking plan");
  CHECK(checkpoint(walking, "before").find("take a shorter, easier walk today") !=
        std::string::npos);
  CHECK(checkpoint(walking, "before").find("walk only today") == std::string::npos);
  CHECK(walking.program_limits.empty());

  Plan jogging = plan_for(base_profile());
  CHECK(build_handout(jogging).title == "Your walk/jog plan");
  CHECK(checkpoint(jogging, "before").find("walk only today") != std::string::npos);
  CHECK(checkpoint(jogging, "during").find("new leg pain, numbness or tingling") !=
        std::string::npos);
  CHECK(checkpoint(jogging, "during").find("chest pain, dizziness or unusual breathlessness") !=
        std::string::npos);

  Profile sciatica = base_profile();
  sciatica.back_pain.leg_symptoms = LegSymptoms::below_knee_one_side;
  std::string stop = checkpoint(plan_for(sciatica), "during");
  CHECK(stop.find("new leg pain") == std::string::npos);  // they have leg pain already
  CHECK(stop.find("spreads further down the leg") != std::string::npos);
  CHECK(stop.find("numbness or weakness") != std::string::npos);
}

TEST_CASE("patient pages carry no rule ids, commands or file names outside the one box") {
  static const std::regex rule_id(R"(\b[A-Z]{2,}(-[A-Z0-9]+)+\b)");
  static const std::regex file_name(R"(\w+\.(md|json|jsonl|pdf|html|ics|csv)\b)");
  Profile logged = base_profile();
  logged.history = {
      scenarios::entry("2026-11-24", "S01-1", 2),
      scenarios::with_symptom(scenarios::green("2026-11-26", "S01-2"), Symptom::sharp_pain)};
  for (const Profile& profile : {base_profile(), logged, emergency_profile()}) {
    Handout handout =
        build_handout(plan_for(profile), {.audience = Audience::patient, .clinic = std::nullopt});
    std::ostringstream markdown;
    write_handout_markdown(handout, markdown);
    std::string text = markdown.str();
    auto box = text.find("## If you use backstride yourself");
    if (box != std::string::npos) {
      text.erase(box, text.find("\n## ", box + 1) - box);
    }
    INFO(text);
    CHECK_FALSE(std::regex_search(text, rule_id));
    CHECK_FALSE(std::regex_search(text, file_name));
    CHECK(text.find('`') == std::string::npos);
    CHECK(text.find("backstride log") == std::string::npos);
    CHECK(find_section(handout, "For your clinician") == nullptr);
    CHECK(find_section(handout, "Warning signs") != nullptr);
  }
  Handout both = build_handout(plan_for(logged));
  const Section* clinician = find_section(both, "For your clinician");
  REQUIRE(clinician != nullptr);
  CHECK(clinician->page_break_before);
  CHECK(find_section(both, "Rules cited") != nullptr);
  Handout only = build_handout(plan_for(logged), {.audience = Audience::clinician, .clinic = {}});
  CHECK(find_section(only, "Warning signs") == nullptr);
  CHECK(only.title == "Clinician summary for Alex Doe");
}

namespace {

// The pain chart of a plan's handout (patient pages).
BarChart parts_pain_chart(const Plan& plan) {
  Handout handout = build_handout(plan, {.audience = Audience::patient, .clinic = std::nullopt});
  auto charts = blocks_of<BarChart>(handout);
  REQUIRE(charts.size() == 2);
  return *charts[1];
}

}  // namespace

TEST_CASE("the pain chart is truthful: symptoms marked, pain 0 drawn, a key for the colours") {
  Profile logged = base_profile();
  logged.history = {
      scenarios::green("2026-11-24", "S01-1"),
      scenarios::with_symptom(scenarios::entry("2026-11-26", "S01-2", 0), Symptom::sharp_pain)};
  auto chart = parts_pain_chart(plan_for(logged));
  REQUIRE(chart.bars.size() == 2);
  CHECK_FALSE(chart.bars[0].marked);
  CHECK(chart.bars[1].tone == Tone::red);
  CHECK(chart.bars[1].value == 0);
  CHECK(chart.bars[1].marked);  // RED by a symptom, not by the pain score
  CHECK(chart.key.size() == 4);
}

TEST_CASE("readable durations and plural forms") {
  CHECK(readable_duration(45) == "45 s");
  CHECK(readable_duration(25 * 60) == "25 min");
  CHECK(readable_duration(90) == "1 min 30 s");
  CHECK(readable_duration(72 * 60) == "1 h 12 min");
  CHECK(readable_duration(71 * 60 + 40) == "1 h 12 min");
  CHECK(readable_duration(0) == "0 min");
  CHECK(say_n("week_summary", 1, fmt::arg("jog", "6 min"), fmt::arg("total", "25 min")) ==
        "1 session: 6 min of jogging in 25 min.");
  CHECK(say_n("week_summary", 2, fmt::arg("jog", "12 min"), fmt::arg("total", "50 min")) ==
        "2 sessions: 12 min of jogging in 50 min.");
}

TEST_CASE("every status, zone and action has its words in the catalogue") {
  for (auto status :
       {ScreeningStatus::clear, ScreeningStatus::clearance_needed, ScreeningStatus::urgent}) {
    CHECK_FALSE(screening_status_title(status).empty());
  }
  for (auto zone : {Zone::green, Zone::amber, Zone::red}) {
    CHECK_FALSE(zone_title(zone).empty());
  }
  for (auto action :
       {Action::start, Action::continue_stage, Action::progress, Action::repeat, Action::regress,
        Action::rest, Action::review, Action::pause, Action::refer, Action::emergency}) {
    CHECK_FALSE(action_title(action).empty());
    CHECK_FALSE(withheld_headline(action).empty());
    CHECK_FALSE(withheld_advice(action).empty());
  }
  for (auto kind :
       {SegmentKind::warmup, SegmentKind::walk, SegmentKind::jog, SegmentKind::cooldown}) {
    CHECK_FALSE(describe_for_reader({{kind, 60}}).empty());
  }
  CHECK_THROWS_AS(message("no_such_message"), Error);
}
