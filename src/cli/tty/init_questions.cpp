#include "backstride/cli/init_questions.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <filesystem>

#include <fmt/format.h>

namespace backstride::cli {
namespace {

using nlohmann::ordered_json;
using enum AnswerKind;
using enum InitPart;

// clang-format off
// Emergency questions come first so that nobody types a name before hearing "get help now".
const std::vector<InitQuestion> k_questions = {
    {red_flags, "/screening/saddle_numbness", "Numbness between the legs",
     "Numbness or a changed feeling between your legs or around your bottom (the part that would touch a saddle)?", yes_no},
    {red_flags, "/screening/bladder_bowel_change", "Bladder or bowel change",
     "New trouble controlling or feeling your bladder or bowels (leaking, or not being able to go)?", yes_no},
    {red_flags, "/screening/sexual_function_change", "Change in sexual function",
     "A new change in sexual function, such as lost feeling?", yes_no},
    {red_flags, "/screening/leg_weakness_worsening", "Leg or foot getting weaker",
     "Weakness in a leg or foot that is getting worse (tripping, a foot that slaps down)?", yes_no},
    {red_flags, "/back_pain/leg_symptoms", "Where leg symptoms reach",
     "Where do pain, numbness or tingling from your back reach?", choice,
     {{"none", "nowhere: it stays in my back"},
      {"above_knee", "buttock or thigh, not below the knee"},
      {"below_knee_one_side", "below the knee, in one leg"},
      {"both_legs", "into both legs"}}},
    {red_flags, "/screening/major_trauma", "Began with a serious accident",
     "Did this back pain start with a serious accident or fall (a car crash, a fall from a height)?", yes_no},
    {red_flags, "/screening/minor_trauma_with_osteoporosis", "Small fall with thin bones",
     "Did it start with a small fall or strain while you have thin bones (osteoporosis) or take steroid tablets?", yes_no},
    {red_flags, "/screening/chest_pain", "Chest pain",
     "Chest pain together with the back pain?", yes_no},
    {warning_signs, "/screening/fever", "Fever",
     "A fever, or feeling hot and shivery, with the back pain?", yes_no},
    {warning_signs, "/screening/unexplained_weight_loss", "Weight lost without trying",
     "Weight lost without trying?", yes_no},
    {warning_signs, "/screening/cancer_history", "Ever had cancer",
     "Have you ever had cancer?", yes_no},
    {warning_signs, "/screening/night_pain_unrelieved", "Night pain that stays",
     "Pain at night that stays however you lie or move?", yes_no},
    {warning_signs, "/screening/steroid_use_long_term", "Steroid tablets for months",
     "Steroid tablets taken for months or longer?", yes_no},
    {warning_signs, "/screening/immunosuppressed_or_iv_drugs", "Weak immunity or injected drugs",
     "A weakened immune system (illness or medicines), or ever injected drugs?", yes_no},
    {warning_signs, "/screening/thoracic_pain", "Pain in the upper or middle back",
     "Pain mainly in the upper or middle back, between the shoulder blades?", yes_no},
    {warning_signs, "/screening/deformity_or_lump", "New lump or change in shape",
     "A new lump, or a change in the shape of your spine?", yes_no},
    {readiness, "/screening/heart_condition_or_high_bp", "Heart condition or high blood pressure",
     "Has a doctor ever said you have a heart condition or high blood pressure?", yes_no},
    {readiness, "/screening/dizziness_or_fainting", "Fainted or dizzy in 12 months",
     "In the last 12 months, have you fainted or lost your balance because of dizziness?", yes_no},
    {readiness, "/screening/chronic_condition", "Another long-term condition",
     "Another long-term medical condition (such as diabetes, asthma or arthritis)?", yes_no},
    {readiness, "/screening/medically_supervised_only", "Exercise only under supervision",
     "Has a doctor said you should exercise only under medical supervision?", yes_no},
    {readiness, "/screening/pregnant", "Pregnant",
     "Are you pregnant?", yes_no},
    {readiness, "/screening/spondylolisthesis_or_fracture", "Slipped vertebra or fracture",
     "Have you been told you have a slipped vertebra (spondylolisthesis) or a spinal fracture?", yes_no},
    {readiness, "/screening/recent_spinal_surgery", "Recent spine operation",
     "Have you had an operation on your spine recently?", yes_no},
    {about_you, "/name", "Name",
     "Your name, as it should appear on handouts", text},
    {about_you, "/id", "Id for file names",
     "A short id for file names and calendar entries (letters, digits, . _ -)", text},
    {about_you, "/age", "Age",
     "Your age in years", integer},
    {about_you, "/height_cm", "Height in cm",
     "Your height in cm", number, {}, true},
    {about_you, "/weight_kg", "Weight in kg",
     "Your weight in kg", number, {}, true},
    {back, "/back_pain/duration_weeks", "Weeks since it began",
     "How many weeks ago did this episode of back pain begin?", integer},
    {back, "/back_pain/usual_pain", "Usual pain, 0-10",
     "Your usual daily back pain, from 0 (none) to 10 (the worst imaginable)", integer},
    {back, "/back_pain/worst_pain_last_week", "Worst in the last 7 days, 0-10",
     "The worst it has been in the last 7 days, 0-10", integer},
    {back, "/back_pain/improving", "Getting better overall",
     "Is it getting better overall?", yes_no},
    {activity, "/activity/brisk_walk_minutes_pain_free", "Brisk walk before pain, minutes",
     "How many minutes can you walk briskly before the pain grows or you limp?", integer},
    {activity, "/activity/weekly_active_minutes", "Active minutes in a week",
     "Minutes of moderate activity (brisk walking, cycling, swimming) in a usual week", integer},
    {activity, "/activity/running_history", "Running",
     "Have you run before?", choice,
     {{"none", "never regularly"}, {"lapsed", "I used to, and stopped"}, {"current", "I run now"}}},
    {schedule, "/schedule/days", "Exercise days",
     "Which days will you exercise? 2 or 3, with a rest day between (such as Mon, Wed, Sat)", days},
    {schedule, "/schedule/time", "Start time",
     "Usual start time, HH:MM (24-hour)", time},
    {schedule, "/schedule/start_date", "First day of the plan",
     "First day of the plan, YYYY-MM-DD", date},
    {schedule, "/schedule/timezone", "Time zone",
     "Your time zone for calendar entries: a city such as London, or a zone such as Europe/London", zone},
};
// clang-format on

}  // namespace

std::span<const InitQuestion> init_questions() {
  return k_questions;
}

namespace {

// Each part's heading before its first question, and its short heading in the review.
struct PartHeadings {
  std::string_view title;
  std::string_view label;
};

// clang-format off
constexpr std::array<PartHeadings, 7> k_part_headings = {{
    {"Urgent warning signs first. Do you have any of these now?", "Urgent warning signs"},
    {"Other warning signs. Do you have, or have you had, any of these?", "Other warning signs"},
    {"Getting ready for exercise (ideas from the PAR-Q+ questionnaire)", "Getting ready for exercise"},
    {"About you", "About you"},
    {"Your back pain", "Your back pain"},
    {"How active you are", "How active you are"},
    {"Your schedule", "Your schedule"},
}};
// clang-format on
static_assert(k_part_headings.size() == static_cast<std::size_t>(InitPart::schedule) + 1,
              "one row for each InitPart, in its order");

}  // namespace

std::string_view init_part_title(InitPart part) {
  return k_part_headings.at(static_cast<std::size_t>(part)).title;
}

std::string_view init_part_label(InitPart part) {
  return k_part_headings.at(static_cast<std::size_t>(part)).label;
}

std::string default_answer(const InitQuestion& question, const ordered_json& profile,
                           const InitContext& context) {
  std::string_view pointer = question.pointer;
  if (pointer == "/id") {
    return id_from_name(profile.at("name").get<std::string>());
  }
  if (pointer == "/schedule/days") {
    return "mon,wed,sat";
  }
  if (pointer == "/schedule/time") {
    return "07:30";
  }
  if (pointer == "/schedule/timezone") {
    return context.machine_zone;
  }
  if (pointer == "/schedule/start_date") {
    // The first chosen day after today.
    auto days = profile.at("schedule").at("days").get<std::vector<std::string>>();
    for (int ahead = 1; ahead <= 7; ++ahead) {
      Date day = add_days(context.today, ahead);
      if (std::ranges::find(days, weekday_name(weekday_of(day))) != days.end()) {
        return format_date(day);
      }
    }
    return format_date(add_days(context.today, 1));
  }
  return "";
}

ordered_json init_profile_skeleton(const InitContext& context) {
  ordered_json screening = ordered_json::object();
  for (const auto& question : k_questions) {
    if (question.pointer.starts_with("/screening/")) {
      screening[std::string(question.pointer.substr(11))] = false;
    }
  }
  auto stem = std::filesystem::path(context.output_path).stem().string();
  return {
      {"schema_version", 1},
      {"id", "me"},
      {"name", "Your name"},
      {"age", 30},
      {"height_cm", 170},
      {"weight_kg", 70},
      {"activity",
       {{"brisk_walk_minutes_pain_free", 30},
        {"weekly_active_minutes", 90},
        {"running_history", "none"}}},
      {"back_pain",
       {{"duration_weeks", 20},
        {"usual_pain", 2},
        {"worst_pain_last_week", 3},
        {"leg_symptoms", "none"},
        {"improving", true}}},
      {"screening", screening},
      {"schedule",
       {{"start_date", format_date(add_days(context.today, 1))},
        {"days", {"mon", "wed", "sat"}},
        {"time", "07:30"},
        {"timezone", "UTC"}}},
      {"history_file", (stem.empty() || stem == "-" ? "me" : stem) + ".history.jsonl"},
  };
}

std::string id_from_name(std::string_view name) {
  std::string id;
  for (char c : name) {
    auto byte = static_cast<unsigned char>(c);
    if (byte < 0x80 && std::isalnum(byte) != 0) {
      id += static_cast<char>(std::tolower(byte));
    } else if (!id.empty() && id.back() != '-') {
      id += '-';
    }
  }
  id = id.substr(0, 64);
  while (!id.empty() && id.back() == '-') {
    id.pop_back();
  }
  return id.empty() ? "me" : id;
}

}  // namespace backstride::cli
