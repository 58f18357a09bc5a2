#pragma once

#include <optional>
#include <ostream>
#include <span>
#include <string>

#include "backstride/clinic.hpp"
#include "backstride/date.hpp"
#include "backstride/render/handout.hpp"
#include "backstride/render/text.hpp"
#include "backstride/review.hpp"

// The outputs of `backstride review`: one row per patient, already sorted.
namespace backstride::render {

// A status as clinicians read it ("On track", "RED this week", ...).
std::string review_status_words(ReviewStatus status);

// "4/6": sessions logged of those planned.
std::string adherence_text(const Adherence& adherence);

// Writes the rows as a terminal table fitting style.width (colour by status when
// style.color), then one line counting the statuses.
void write_review_text(std::span<const ReviewRow> rows, Date today, const TextStyle& style,
                       std::ostream& out);

// Writes the rows as CSV (RFC 4180, UTF-8 with a BOM, a header row; formula-like cells
// guarded when `formula_guard`).
void write_review_csv(std::span<const ReviewRow> rows, bool formula_guard, std::ostream& out);

// Writes the rows as one JSON document, "backstride.review/1" (data/schema/review.schema.json).
void write_review_json(std::span<const ReviewRow> rows, Date today, std::ostream& out);

// Writes one self-contained HTML page (inline CSS and SVG sparklines, no scripts, print
// layout for `paper`), headed by the clinic when there is one.
void write_review_html(std::span<const ReviewRow> rows, Date today,
                       const std::optional<Clinic>& clinic, Paper paper, std::ostream& out);

}  // namespace backstride::render
