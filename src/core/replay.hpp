#pragma once

#include "backstride/assessment.hpp"

namespace backstride {

// Screens the profile, picks the entry point and replays the history in date
// order up to `today` (the core of assess(), which adds the emergency override).
Assessment replay_history(const Profile& profile, const Program& requested, Date today);

}  // namespace backstride
