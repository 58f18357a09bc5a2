#pragma once

#include <functional>
#include <memory>
#include <string_view>
#include <vector>

#include <pango/pangocairo.h>

#include "backstride/render/handout.hpp"

// The PDF handout is laid out as a list of items of known height; the pager then
// places them on pages. Items only draw when the pager calls them.
namespace backstride::render::pdf {

// Draws an item with its top-left corner at (x, y).
using Draw = std::function<void(cairo_t*, double x, double y)>;

// One unsplittable piece of the page: a heading, a paragraph, a table row, a chart.
struct Item {
  double height = 0;
  Draw draw;
  bool keep_with_next = false;         // a heading stays with what follows it
  std::shared_ptr<const Item> header;  // table header to repeat at the top of a new page
};

// Text styles of the handout.
enum class Style { title, subtitle, heading, body, strong, small };

// Builds pango layouts on the document's cairo context.
class Typesetter {
 public:
  // Text `width` points wide, font sizes multiplied by `scale`. Its layouts share one
  // pango context made for `cr` (a context per layout costs a font setup each time).
  Typesetter(cairo_t* cr, double width, double scale = 1);

  // A laid-out text of the given style, wrapped to `width` (0 = no wrapping).
  [[nodiscard]] std::shared_ptr<PangoLayout> layout(std::string_view text, Style style,
                                                    double width) const;
  // The same typesetter for a column `by` points narrower.
  [[nodiscard]] Typesetter narrowed(double by) const;
  // The full content width, in points.
  [[nodiscard]] double width() const {
    return width_;
  }

 private:
  Typesetter(std::shared_ptr<PangoContext> context, double width, double scale)
      : context_(std::move(context)), width_(width), scale_(scale) {}

  std::shared_ptr<PangoContext> context_;
  double width_;
  double scale_;
};

// Height of a layout in points.
double height_of(PangoLayout* layout);

// Width of a layout in points.
double width_of(PangoLayout* layout);

// Draws a layout at (x, y) in the given grey (0 black, 1 white).
void draw_layout(cairo_t* cr, PangoLayout* layout, double x, double y, double grey = 0);

// Height reserved at the top of every page for the clinic's header, in points.
inline constexpr double k_clinic_header_height = 46;

// Draws the clinic's header (logo, name, address and phone, clinician) at (x, y).
void draw_clinic_header(cairo_t* cr, const Clinic& clinic, const Typesetter& type, double x,
                        double y);

// The items of one section of the handout.
std::vector<Item> section_items(const Section& section, const Typesetter& type);

}  // namespace backstride::render::pdf
