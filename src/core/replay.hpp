#pragma once

#include "backstride/assessment.hpp"

namespace backstride {

// The history with each (date, session) pair logged once: a later line for the same
// pair amends the earlier one (for example to add next-morning pain). Date order.
std::vector<HistoryEntry> latest_entries(const std::vector<HistoryEntry>& history);

// Screens the profile, picks the entry point and replays the history in date
// order up to `today` (the core of assess(), which adds the emergency override).
Assessment replay_history(const Profile& profile, const Program& requested, Date today);

}  // namespace backstride
