// The clinic's header on every page of a PDF handout: logo, name, contact lines.
#include <cstring>

#include <fmt/format.h>
#include <librsvg/rsvg.h>

#include "pdf_items.hpp"

namespace backstride::render::pdf {
namespace {

constexpr double k_logo_height = 34;
constexpr double k_logo_max_width = 110;

struct PngReader {
  const std::string* bytes;
  std::size_t at = 0;
};

cairo_status_t read_png(void* closure, unsigned char* data, unsigned int length) {
  auto* reader = static_cast<PngReader*>(closure);
  if (reader->at + length > reader->bytes->size()) {
    return CAIRO_STATUS_READ_ERROR;
  }
  std::memcpy(data, reader->bytes->data() + reader->at, length);
  reader->at += length;
  return CAIRO_STATUS_SUCCESS;
}

// Draws the logo scaled into a box k_logo_height tall; returns the width it took.
double draw_logo(cairo_t* cr, const Logo& logo, double x, double y) {
  if (logo.mime == "image/png") {
    PngReader reader{&logo.bytes};
    cairo_surface_t* image = cairo_image_surface_create_from_png_stream(read_png, &reader);
    double width = 0;
    if (cairo_surface_status(image) == CAIRO_STATUS_SUCCESS) {
      double w = cairo_image_surface_get_width(image);
      double h = cairo_image_surface_get_height(image);
      double scale = std::min(k_logo_height / h, k_logo_max_width / w);
      cairo_save(cr);
      cairo_translate(cr, x, y);
      cairo_scale(cr, scale, scale);
      cairo_set_source_surface(cr, image, 0, 0);
      cairo_paint(cr);
      cairo_restore(cr);
      width = w * scale;
    }
    cairo_surface_destroy(image);
    return width;
  }
  GError* error = nullptr;
  RsvgHandle* svg = rsvg_handle_new_from_data(reinterpret_cast<const guint8*>(logo.bytes.data()),
                                              logo.bytes.size(), &error);
  if (svg == nullptr) {
    g_clear_error(&error);
    return 0;
  }
  double w = 0;
  double h = 0;
  if (!rsvg_handle_get_intrinsic_size_in_pixels(svg, &w, &h) || w <= 0 || h <= 0) {
    w = h = k_logo_height;
  }
  double scale = std::min(k_logo_height / h, k_logo_max_width / w);
  RsvgRectangle viewport{x, y, w * scale, h * scale};
  rsvg_handle_render_document(svg, cr, &viewport, &error);
  g_clear_error(&error);
  g_object_unref(svg);
  return w * scale;
}

}  // namespace

void draw_clinic_header(cairo_t* cr, const Clinic& clinic, const Typesetter& type, double x,
                        double y) {
  double text_x = x;
  if (clinic.logo) {
    text_x += draw_logo(cr, *clinic.logo, x, y) + 10;
  }
  double width = type.width() - (text_x - x);
  auto name = type.layout(clinic.name, Style::strong, width);
  draw_layout(cr, name.get(), text_x, y);
  std::vector<std::string> lines = clinic.address;
  if (!clinic.phone.empty()) {
    lines.push_back(clinic.phone);
  }
  auto contact = type.layout(fmt::format("{}", fmt::join(lines, " \u00b7 ")), Style::small, width);
  pango_layout_set_ellipsize(contact.get(), PANGO_ELLIPSIZE_END);
  pango_layout_set_height(contact.get(), -2);  // at most two lines
  draw_layout(cr, contact.get(), text_x, y + height_of(name.get()) + 1, 0.3);
  cairo_set_source_rgb(cr, 0.7, 0.7, 0.7);
  cairo_set_line_width(cr, 0.5);
  cairo_move_to(cr, x, y + k_clinic_header_height - 6);
  cairo_line_to(cr, x + type.width(), y + k_clinic_header_height - 6);
  cairo_stroke(cr);
}

}  // namespace backstride::render::pdf
