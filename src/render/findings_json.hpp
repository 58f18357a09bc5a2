#pragma once

#include <vector>

#include <nlohmann/json.hpp>

#include "backstride/assessment.hpp"

namespace backstride::render {

// The JSON of screening findings, as plan, next and check all write them: each with
// its rule, message, the rule's basis and source, and whether a clearance lifted it.
nlohmann::ordered_json findings_json(const std::vector<Finding>& findings);

// {"status": ..., "findings": [...]}: a screening as plan, next and check write it.
nlohmann::ordered_json screening_json(const Screening& screening);

}  // namespace backstride::render
