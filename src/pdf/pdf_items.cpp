#include <algorithm>
#include <numeric>

#include <fmt/format.h>

#include "backstride/render/chart_layout.hpp"
#include "backstride/render/overloaded.hpp"
#include "pdf_items.hpp"

namespace backstride::render::pdf {
namespace {

constexpr double k_pad = 3;      // inside table cells
constexpr double k_gap = 5;      // after a paragraph or list
constexpr double k_tick = 8;     // side of a tick box
constexpr double k_indent = 14;  // text after a bullet or a tick box
constexpr double k_chart_height = 140;
constexpr double k_inset = 8;  // inside a warning box

const char* font_of(Style style) {
  switch (style) {
    case Style::title:
      return "DejaVu Sans Bold 17";
    case Style::subtitle:
      return "DejaVu Sans 10";
    case Style::heading:
      return "DejaVu Sans Bold 12";
    case Style::strong:
      return "DejaVu Sans Bold 9";
    case Style::small:
      return "DejaVu Sans 7.5";
    case Style::body:
      break;
  }
  return "DejaVu Sans 9";
}

using LayoutPtr = std::shared_ptr<PangoLayout>;

void draw_tick_box(cairo_t* cr, double x, double y, bool done) {
  cairo_set_source_rgb(cr, 0.2, 0.2, 0.2);
  cairo_set_line_width(cr, 0.8);
  cairo_rectangle(cr, x, y, k_tick, k_tick);
  if (done) {
    cairo_move_to(cr, x + 1.5, y + k_tick / 2);
    cairo_line_to(cr, x + k_tick / 2 - 0.5, y + k_tick - 1.5);
    cairo_line_to(cr, x + k_tick - 1, y + 1);
  }
  cairo_stroke(cr);
}

Item text_item(LayoutPtr layout, double indent, double gap) {
  return {height_of(layout.get()) + gap,
          [layout, indent](cairo_t* cr, double x, double y) {
            draw_layout(cr, layout.get(), x + indent, y);
          },
          false, nullptr};
}

Item marked_item(LayoutPtr layout, const Typesetter& type, std::optional<bool> tick) {
  LayoutPtr bullet = type.layout("\u2022", Style::body, 0);
  Item item = text_item(std::move(layout), k_indent, 2);
  Draw text = item.draw;
  item.draw = [text, bullet, tick](cairo_t* cr, double x, double y) {
    if (tick) {
      draw_tick_box(cr, x, y + 2.5, *tick);
    } else {
      draw_layout(cr, bullet.get(), x + 3, y);
    }
    text(cr, x, y);
  };
  return item;
}

// Column widths: fitted columns take what their widest cell needs; wrapping columns
// share the rest. When that leaves too little, every column gets an equal share.
std::vector<double> column_widths(const Table& table, const Typesetter& type, double width) {
  std::vector<double> widths;
  double fitted = 0;
  int wrapping = 0;
  Style style = table.compact ? Style::small : Style::body;
  for (std::size_t c = 0; c < table.columns.size(); ++c) {
    if (table.columns[c].wraps) {
      widths.push_back(0);
      ++wrapping;
      continue;
    }
    double most = width_of(type.layout(table.columns[c].title, Style::strong, 0).get());
    for (const auto& row : table.rows) {
      most = std::max(most, width_of(type.layout(row.at(c), style, 0).get()));
    }
    widths.push_back(most + 2 * k_pad + 1);
    fitted += widths.back();
  }
  double rest = width - fitted;
  if (wrapping > 0 && rest < 90.0 * wrapping) {
    std::fill(widths.begin(), widths.end(), width / static_cast<double>(widths.size()));
    return widths;
  }
  for (auto& column : widths) {
    if (column == 0) {
      column = rest / wrapping;
    }
  }
  return widths;
}

Item row_item(const std::vector<std::string>& cells, const std::vector<double>& widths,
              const Typesetter& type, Style style, double tick_width, bool shaded) {
  std::vector<LayoutPtr> layouts;
  double height = 0;
  for (std::size_t c = 0; c < cells.size(); ++c) {
    layouts.push_back(type.layout(cells[c], style, widths[c] - 2 * k_pad));
    height = std::max(height, height_of(layouts.back().get()));
  }
  height += 2 * k_pad;
  return {height,
          [layouts, widths, height, tick_width, shaded](cairo_t* cr, double x, double y) {
            double total = tick_width + std::accumulate(widths.begin(), widths.end(), 0.0);
            if (shaded) {
              cairo_set_source_rgb(cr, 0.92, 0.92, 0.92);
              cairo_rectangle(cr, x, y, total, height);
              cairo_fill(cr);
            }
            cairo_set_source_rgb(cr, 0.6, 0.6, 0.6);
            cairo_set_line_width(cr, 0.5);
            cairo_rectangle(cr, x, y, total, height);
            cairo_stroke(cr);
            if (tick_width > 0 && !shaded) {
              draw_tick_box(cr, x + (tick_width - k_tick) / 2, y + k_pad + 1.5, false);
            }
            double column_x = x + tick_width;
            for (std::size_t c = 0; c < layouts.size(); ++c) {
              draw_layout(cr, layouts[c].get(), column_x + k_pad, y + k_pad);
              column_x += widths[c];
            }
          },
          false, nullptr};
}

void add_table(const Table& table, const Typesetter& type, std::vector<Item>& items) {
  double tick_width = table.tick_boxes ? k_tick + 2 * k_pad + 2 : 0;
  auto widths = column_widths(table, type, type.width() - tick_width);
  std::vector<std::string> titles;
  for (const auto& column : table.columns) {
    titles.push_back(column.title);
  }
  auto header =
      std::make_shared<const Item>(row_item(titles, widths, type, Style::strong, tick_width, true));
  items.push_back(*header);
  Style style = table.compact ? Style::small : Style::body;
  items.back().keep_with_next = true;
  for (const auto& row : table.rows) {
    items.push_back(row_item(row, widths, type, style, tick_width, false));
    items.back().header = header;
  }
  items.back().height += k_gap;
}

Item chart_item(const BarChart& chart, const Typesetter& type) {
  LayoutPtr title =
      type.layout(fmt::format("{} ({})", chart.title, chart.unit), Style::strong, type.width());
  double title_height = height_of(title.get()) + 2;
  double width = type.width();
  auto shared_chart = std::make_shared<BarChart>(chart);  // the frame points into it
  auto frame = std::make_shared<ChartFrame>(place_chart(*shared_chart, width, k_chart_height));
  auto labels = std::make_shared<std::vector<LayoutPtr>>();
  for (const auto& placed : frame->bars) {
    labels->push_back(placed.labelled ? type.layout(placed.bar->label, Style::small, 0) : nullptr);
  }
  auto scale = std::make_shared<std::vector<LayoutPtr>>(
      std::vector<LayoutPtr>{type.layout("0", Style::small, 0),
                             type.layout(std::to_string(frame->scale_max), Style::small, 0)});
  auto marks = std::make_shared<std::vector<LayoutPtr>>();
  for (const auto& placed : frame->markers) {
    marks->push_back(type.layout(fmt::format("{} {}", placed.marker->label, placed.marker->value),
                                 Style::small, 0));
  }
  auto diamond = std::make_shared<LayoutPtr>(type.layout("\u25c6", Style::small, 0));
  std::vector<std::string> key_parts;
  for (const auto& entry : chart.key) {
    key_parts.push_back(entry.label);
  }
  LayoutPtr key = key_parts.empty() ? nullptr
                                    : type.layout(fmt::format("{}", fmt::join(key_parts, "   ")),
                                                  Style::small, width);
  double key_height = key ? height_of(key.get()) + 2 : 0;
  return {title_height + k_chart_height + key_height + k_gap,
          [=](cairo_t* cr, double x, double y) {
            draw_layout(cr, title.get(), x, y);
            if (key) {
              draw_layout(cr, key.get(), x, y + title_height + k_chart_height, 0.25);
            }
            double top = y + title_height;
            double bottom = top + frame->plot_top + frame->plot_height;
            double left = x + frame->plot_left;
            cairo_set_source_rgb(cr, 0.2, 0.2, 0.2);
            cairo_set_line_width(cr, 0.8);
            cairo_move_to(cr, left, bottom);
            cairo_line_to(cr, left + frame->plot_width, bottom);
            cairo_stroke(cr);
            draw_layout(cr, (*scale)[0].get(), left - 4 - width_of((*scale)[0].get()), bottom - 8);
            draw_layout(cr, (*scale)[1].get(), left - 4 - width_of((*scale)[1].get()),
                        top + frame->plot_top - 4);
            for (std::size_t i = 0; i < frame->bars.size(); ++i) {
              const PlacedBar& bar = frame->bars[i];
              auto rgb = tone_rgb(bar.bar->tone);
              cairo_set_source_rgb(cr, rgb[0] / 255.0, rgb[1] / 255.0, rgb[2] / 255.0);
              // A session with pain 0 still shows its colour as a thin bar.
              double bar_height = std::max(bar.height, 2.0);
              cairo_rectangle(cr, x + bar.x, top + bar.y + bar.height - bar_height, bar.width,
                              bar_height);
              cairo_fill(cr);
              if (bar.bar->marked) {
                draw_layout(cr, (*diamond).get(),
                            x + bar.x + (bar.width - width_of((*diamond).get())) / 2,
                            top + bar.y + bar.height - bar_height - 10);
              }
              if (PangoLayout* label = (*labels)[i].get()) {
                draw_layout(cr, label, x + bar.x + (bar.width - width_of(label)) / 2, bottom + 3);
              }
            }
            for (std::size_t i = 0; i < frame->markers.size(); ++i) {
              double marker_y = top + frame->markers[i].y;
              cairo_set_source_rgb(cr, 0.35, 0.35, 0.35);
              const double dash[] = {4, 3};
              cairo_set_dash(cr, dash, 2, 0);
              cairo_move_to(cr, left, marker_y);
              cairo_line_to(cr, left + frame->plot_width, marker_y);
              cairo_stroke(cr);
              cairo_set_dash(cr, nullptr, 0, 0);
              // The label sits inside the plot, right-aligned above its line.
              PangoLayout* mark = (*marks)[i].get();
              draw_layout(cr, mark, left + frame->plot_width - width_of(mark) - 2,
                          marker_y - height_of(mark) - 1, 0.3);
            }
            (void)shared_chart;  // keeps the bars the frame points to alive while drawing
          },
          false, nullptr};
}

void add_block(const Block& block, const Typesetter& type, std::vector<Item>& items) {
  double width = type.width();
  std::visit(
      Overloaded{
          [&](const Paragraph& paragraph) {
            items.push_back(text_item(
                type.layout(paragraph.text, paragraph.strong ? Style::strong : Style::body, width),
                0, k_gap));
          },
          [&](const FactList& facts) {
            double label_width = 0;
            for (const auto& fact : facts.items) {
              label_width =
                  std::max(label_width, width_of(type.layout(fact.first, Style::strong, 0).get()));
            }
            label_width += 10;
            for (const auto& [label, value] : facts.items) {
              LayoutPtr label_layout = type.layout(label, Style::strong, 0);
              Item item =
                  text_item(type.layout(value, Style::body, width - label_width), label_width, 2);
              Draw value_draw = item.draw;
              item.draw = [label_layout, value_draw](cairo_t* cr, double x, double y) {
                draw_layout(cr, label_layout.get(), x, y);
                value_draw(cr, x, y);
              };
              items.push_back(std::move(item));
            }
            items.back().height += k_gap;
          },
          [&](const BulletList& list) {
            for (const auto& text : list.items) {
              items.push_back(marked_item(type.layout(text, Style::body, width - k_indent), type,
                                          std::nullopt));
            }
            items.back().height += k_gap;
          },
          [&](const CheckList& list) {
            for (const auto& check : list.items) {
              items.push_back(marked_item(
                  type.layout(check.rule.empty() ? check.text
                                                 : fmt::format("{} ({})", check.text, check.rule),
                              Style::body, width - k_indent),
                  type, check.done));
            }
            items.back().height += k_gap;
          },
          [&](const Table& table) { add_table(table, type, items); },
          [&](const BarChart& chart) { items.push_back(chart_item(chart, type)); },
      },
      block);
}

// Puts a section's items (laid out k_inset narrower) in one framed item: a warning
// box (red) or a quiet one (info).
Item boxed(std::vector<Item> items, double width, Tone tone) {
  double height = 2 * k_inset;
  for (const auto& item : items) {
    height += item.height;
  }
  auto shared = std::make_shared<std::vector<Item>>(std::move(items));
  return {height + k_gap,
          [shared, height, width, tone](cairo_t* cr, double x, double y) {
            double inner_y = y + k_inset;
            for (const auto& item : *shared) {
              item.draw(cr, x + k_inset, inner_y);
              inner_y += item.height;
            }
            auto rgb = tone_rgb(tone);
            cairo_set_source_rgb(cr, rgb[0] / 255.0, rgb[1] / 255.0, rgb[2] / 255.0);
            cairo_set_line_width(cr, tone == Tone::red ? 1.5 : 0.8);
            cairo_rectangle(cr, x, y, width, height);
            cairo_stroke(cr);
          },
          false, nullptr};
}

}  // namespace

Typesetter::Typesetter(cairo_t* cr, double width, double scale)
    : context_(pango_cairo_create_context(cr), g_object_unref), width_(width), scale_(scale) {}

std::shared_ptr<PangoLayout> Typesetter::layout(std::string_view text, Style style,
                                                double width) const {
  PangoLayout* layout = pango_layout_new(context_.get());
  PangoFontDescription* font = pango_font_description_from_string(font_of(style));
  pango_font_description_set_size(font,
                                  static_cast<int>(pango_font_description_get_size(font) * scale_));
  pango_layout_set_font_description(layout, font);
  pango_font_description_free(font);
  if (width > 0) {
    pango_layout_set_width(layout, static_cast<int>(width * PANGO_SCALE));
    pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
  }
  pango_layout_set_text(layout, text.data(), static_cast<int>(text.size()));
  return {layout, g_object_unref};
}

double height_of(PangoLayout* layout) {
  int width = 0;
  int height = 0;
  pango_layout_get_size(layout, &width, &height);
  return static_cast<double>(height) / PANGO_SCALE;
}

double width_of(PangoLayout* layout) {
  int width = 0;
  int height = 0;
  pango_layout_get_size(layout, &width, &height);
  return static_cast<double>(width) / PANGO_SCALE;
}

void draw_layout(cairo_t* cr, PangoLayout* layout, double x, double y, double grey) {
  cairo_set_source_rgb(cr, grey, grey, grey);
  cairo_move_to(cr, x, y);
  pango_cairo_show_layout(cr, layout);
}

Typesetter Typesetter::narrowed(double by) const {
  return {context_, width_ - by, scale_};
}

std::vector<Item> section_items(const Section& section, const Typesetter& outer) {
  bool box = section.tone == Tone::red || section.tone == Tone::info;
  Typesetter type = box ? outer.narrowed(2 * k_inset) : outer;
  std::vector<Item> items;
  Item heading = text_item(type.layout(section.heading, Style::heading, type.width()), 0, 4);
  heading.height += 8;
  Draw text = heading.draw;
  heading.draw = [text](cairo_t* cr, double x, double y) { text(cr, x, y + 8); };
  heading.keep_with_next = true;
  items.push_back(std::move(heading));
  for (const auto& block : section.blocks) {
    add_block(block, type, items);
  }
  if (box) {
    return {boxed(std::move(items), outer.width(), section.tone)};
  }
  return items;
}

}  // namespace backstride::render::pdf
