#include <algorithm>

#include <fmt/format.h>

#include "backstride/assessment.hpp"
#include "json_enums.hpp"

namespace backstride {

std::string_view screening_status_key(ScreeningStatus status) {
  return json_name<ScreeningStatus::urgent>(status);
}

ExitCode exit_code_for(const Screening& screening) {
  switch (screening.status) {
    case ScreeningStatus::clear:
      return ExitCode::ok;
    case ScreeningStatus::clearance_needed:
      return ExitCode::clearance_needed;
    case ScreeningStatus::urgent:
      return ExitCode::emergency;
  }
  return ExitCode::emergency;
}

const Profile& profile_as_of(const Profile& profile, Date today, std::optional<Profile>& storage) {
  if (!profile.clearance || days_between(profile.clearance->date, today) >= 0) {
    return profile;
  }
  storage = profile;
  storage->clearance.reset();
  return *storage;
}

namespace {

Screening screen_valid_profile(const Profile& profile) {
  Screening screening;
  PainLimits limits = pain_limits_for(profile);
  for (const auto& rule : rule_table()) {
    bool screens = rule.effect == RuleEffect::emergency || rule.effect == RuleEffect::refer ||
                   rule.effect == RuleEffect::walk_only;
    if (!screens) {
      continue;
    }
    bool liftable = rule.effect != RuleEffect::emergency;
    if (rule.on_profile != nullptr) {
      for (auto& message : rule.on_profile(profile)) {
        screening.findings.push_back({rule.id, std::move(message), rule.effect,
                                      liftable && profile.clearance.has_value(), std::nullopt});
      }
    }
    if (rule.on_entry == nullptr) {
      continue;
    }
    for (const auto& entry : profile.history) {
      for (auto& message : rule.on_entry(entry, limits)) {
        bool cleared_after =
            profile.clearance && days_between(entry.date, profile.clearance->date) >= 0;
        screening.findings.push_back(
            {rule.id,
             rule_words("{date}: {finding}", {{"date", format_date(entry.date)}},
                        {{"finding", std::move(message)}}),
             rule.effect, liftable && cleared_after, entry.date});
      }
    }
  }
  auto any = [&](RuleEffect effect, bool unlifted_only) {
    return std::ranges::any_of(screening.findings, [&](const Finding& f) {
      return f.effect == effect && (!unlifted_only || !f.lifted);
    });
  };
  if (any(RuleEffect::emergency, false)) {
    screening.status = ScreeningStatus::urgent;
  } else if (any(RuleEffect::refer, true) || any(RuleEffect::walk_only, true)) {
    screening.status = ScreeningStatus::clearance_needed;
  }
  return screening;
}

}  // namespace

Screening screen_profile(const Profile& profile, Date today) {
  std::optional<Profile> storage;
  const Profile& valid = profile_as_of(profile, today, storage);
  Screening screening = screen_valid_profile(valid);
  if (&valid != &profile) {
    const Clearance& future = *profile.clearance;
    screening.findings.insert(
        screening.findings.begin(),
        Finding{RuleId::clr_future,
                rule_words("the clearance by {by} is dated {date}, after today: it lifts "
                           "nothing yet",
                           {{"by", future.by}, {"date", format_date(future.date)}}),
                RuleEffect::none, false, std::nullopt});
  }
  return screening;
}

}  // namespace backstride
