#pragma once

#include <string>
#include <vector>

#include "backstride/plan.hpp"
#include "backstride/program.hpp"

namespace backstride::render {

// Describes a session's segments compactly, folding repeats:
// "warm-up 5:00 | 6 x (jog 1:00, walk 1:30) | cool-down 5:00".
std::string describe_segments(const std::vector<Segment>& segments);

// Describes a session's segments for a reader, folding repeats: "5 min warm-up walk,
// then 6 × (1 min jog, 1 min 30 s walk), then 5 min cool-down walk".
std::string describe_for_reader(const std::vector<Segment>& segments);

// The plain name of a segment kind ("warm-up", "walk", "jog", "cool-down").
std::string_view segment_kind_label(SegmentKind kind);

// A short title a person reads: "Walk/jog 25 min: 6 × 1 min jog", "Brisk walk 20 min".
std::string session_summary(const PlannedSession& session);

// The plan's session days, Monday first: "Tue, Thu, Sun".
std::string session_days_text(const Plan& plan);

// Several plain lines for calendars and spreadsheets: who it is for ("For: NAME"), then
// session_details().
std::string session_description(const Plan& plan, const PlannedSession& session);

// The lines of session_description() after whom it is for: the clearance, the stage,
// intervals, checkpoints with their rules, the program's limits, the warning signs and
// the safety note.
std::string session_details(const Plan& plan, const PlannedSession& session);

// The warning signs as plain lines: each group's heading, then "- sign" lines.
std::string safety_signs_text(const SafetySigns& signs);

}  // namespace backstride::render
