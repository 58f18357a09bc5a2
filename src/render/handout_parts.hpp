#pragma once

#include <optional>
#include <string>
#include <vector>

#include "backstride/render/handout.hpp"

// The two halves of a handout (handout.cpp builds them into one document).
namespace backstride::render::parts {

// The patient's pages, in plain words: no rule ids, commands or file names except in
// the one "if you use backstride yourself" box.
std::vector<Section> patient_sections(const Plan& plan, const HandoutOptions& options);

// The clinician's pages: profile, screening, decision trail, rules cited with their
// basis and sources.
std::vector<Section> clinician_sections(const Plan& plan);

// The logged pain, every logged session (a pause included), coloured by its zone, a
// marker where a symptom rather than the pain set it; nullopt when nothing is logged.
std::optional<BarChart> pain_chart(const Plan& plan);

// True when the plan has jogging in it (false for walking-only and withheld plans).
bool has_jogging(const Plan& plan);

}  // namespace backstride::render::parts
