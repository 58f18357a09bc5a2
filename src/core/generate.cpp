#include "backstride/generate.hpp"

#include <algorithm>
#include <optional>
#include <span>

#include <fmt/format.h>

#include "backstride/error.hpp"

namespace backstride {
namespace {

// Plans never reach further than this many days ahead.
constexpr int k_horizon_days = 3 * 366;

// The last day a session may fall on: dates are written with four-digit years, and a
// session's UTC start may be a day later than its local date.
constexpr Date k_last_session_day{std::chrono::year{9999}, std::chrono::December,
                                  std::chrono::day{30}};

}  // namespace

bool unavailable_on(const Schedule& schedule, Date day) {
  return std::ranges::any_of(schedule.unavailable, [day](const DateRange& range) {
    return days_between(range.from, day) >= 0 && days_between(day, range.to) >= 0;
  });
}

bool is_session_day(const Schedule& schedule, std::span<const std::chrono::weekday> days,
                    Date day) {
  return std::ranges::find(days, weekday_of(day)) != days.end() && !unavailable_on(schedule, day);
}

Plan generate_plan(const Profile& profile, const Program& program, const GenerateOptions& options) {
  Plan plan;
  plan.profile_id = profile.id;
  plan.profile_name = profile.name;
  plan.language = profile.language;
  plan.program_id = program.id;
  plan.program_name = program.name;
  plan.program_source = program.source;
  plan.next_program = program.next_program;
  plan.finale = program.finale;
  plan.today = options.today;
  plan.first_day = days_between(options.today, profile.schedule.start_date) > 0
                       ? profile.schedule.start_date
                       : options.today;
  if (options.not_before && days_between(plan.first_day, *options.not_before) > 0) {
    plan.first_day = *options.not_before;
  }

  // Walking plans may use walk_days, consecutive days included; jogging keeps a rest
  // day between sessions (REST-DAY).
  bool walking = !program.jogging;
  plan.session_days = walking && !profile.schedule.walk_days.empty() ? profile.schedule.walk_days
                                                                     : profile.schedule.days;
  plan.start_minutes = profile.schedule.time_minutes;
  Date day = plan.first_day;
  std::optional<Date> previous = options.last_session;
  auto next_day = [&]() {
    while (true) {
      if (days_between(plan.first_day, day) >= k_horizon_days) {
        throw_data_error(options.source, "/schedule/unavailable",
                         "the unavailable dates leave no room for the plan within three years");
      }
      if (days_between(day, k_last_session_day) < 0) {
        bool from_start = plan.first_day == profile.schedule.start_date;
        throw_data_error(options.source, from_start ? "/schedule/start_date" : "",
                         fmt::format("a plan from {} would run past 9999-12-30 (allowed: a start "
                                     "that leaves room for the plan before then)",
                                     format_date(plan.first_day)));
      }
      bool rested = walking || !previous || days_between(*previous, day) >= k_rest_day_spacing;
      if (rested && is_session_day(profile.schedule, plan.session_days, day)) {
        previous = day;
        day = add_days(day, 1);
        return *previous;
      }
      day = add_days(day, 1);
    }
  };

  // Weeks are calendar weeks, Monday to Sunday, starting with the week of the first
  // session (a plan made on a Sunday for Monday does not open with an empty week).
  std::optional<Date> first_monday;
  for (std::size_t s = options.first_stage; s < program.stages.size(); ++s) {
    const Stage& stage = program.stages[s];
    std::size_t first = s == options.first_stage ? options.first_session : 0;
    for (std::size_t n = std::min(first, stage.sessions.size() - 1); n < stage.sessions.size();
         ++n) {
      Date date = next_day();
      if (!first_monday) {
        first_monday = add_days(date, -static_cast<int>((weekday_of(date).c_encoding() + 6) % 7));
      }
      auto week_index = static_cast<std::size_t>(days_between(*first_monday, date) / 7);
      while (plan.weeks.size() <= week_index) {
        auto number = static_cast<int>(plan.weeks.size()) + 1;
        plan.weeks.push_back({number, add_days(*first_monday, 7 * (number - 1)), {}, {}});
      }
      plan.weeks[week_index].sessions.push_back(PlannedSession{
          .id = fmt::format("{}-{}", stage.id, n + 1),
          .date = date,
          .start_minutes = profile.schedule.time_minutes,
          .stage_id = stage.id,
          .stage_title = stage.title,
          .stage_number = static_cast<int>(s) + 1,
          .segments = stage.sessions[n],
          .checkpoints = {},
      });
    }
  }
  return plan;
}

}  // namespace backstride
