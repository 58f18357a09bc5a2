#include "backstride/render/pdf.hpp"

#include <algorithm>

#include <cairo-pdf.h>

#include <date/date.h>
#include <fmt/format.h>

#include "backstride/error.hpp"
#include "backstride/render/catalogue.hpp"
#include "pdf_items.hpp"

namespace backstride::render {
namespace {

using pdf::Item;
using pdf::Style;
using pdf::Typesetter;

constexpr double k_margin = 50;
constexpr double k_footer = 30;  // the footer's baseline area above the bottom edge
constexpr double k_mm = 72.0 / 25.4;

struct PageSize {
  double width;
  double height;
};

PageSize page_size(Paper paper) {
  return paper == Paper::a4 ? PageSize{210 * k_mm, 297 * k_mm} : PageSize{612, 792};
}

// Places items on pages, top to bottom, and remembers what each page draws.
class Pager {
 public:
  Pager(double top, double bottom) : top_(top), bottom_(bottom), y_(top) {
    pages_.emplace_back();
  }

  // Starts a new page unless the current one is still empty.
  void break_page() {
    if (y_ > top_) {
      pages_.emplace_back();
      y_ = top_;
    }
  }

  // Keeps a section on one page when it fits on one, unless that would leave this
  // page less than half full (then the section starts here and runs on).
  void keep(double height, bool never_split) {
    bool half_full = y_ - top_ >= (bottom_ - top_) / 2;
    if (y_ + height > bottom_ && height <= bottom_ - top_ && (half_full || never_split)) {
      break_page();
    }
  }

  void place(const std::vector<Item>& items) {
    for (std::size_t i = 0; i < items.size(); ++i) {
      const Item& item = items[i];
      // A chain of keep-with-next items (heading, table header) moves with the item after it.
      double needed = item.height;
      for (std::size_t j = i; items[j].keep_with_next && j + 1 < items.size(); ++j) {
        needed += items[j + 1].height;
      }
      if (y_ + needed > bottom_ && y_ > top_) {
        break_page();
        if (item.header) {
          put(*item.header);
        }
      }
      put(item);
    }
  }

  [[nodiscard]] const std::vector<std::vector<std::pair<double, pdf::Draw>>>& pages() const {
    return pages_;
  }

 private:
  void put(const Item& item) {
    pages_.back().emplace_back(y_, item.draw);
    y_ += item.height;
  }

  double top_;
  double bottom_;
  double y_;
  std::vector<std::vector<std::pair<double, pdf::Draw>>> pages_;
};

cairo_status_t write_to_stream(void* closure, const unsigned char* data, unsigned int length) {
  auto* out = static_cast<std::ostream*>(closure);
  out->write(reinterpret_cast<const char*>(data), length);
  return *out ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

void check(cairo_status_t status) {
  if (status != CAIRO_STATUS_SUCCESS) {
    throw Error(ExitCode::software,
                fmt::format("PDF: cairo failed: {}", cairo_status_to_string(status)));
  }
}

// Text is laid out with unhinted metrics so pages do not depend on the screen.
void set_font_options(cairo_t* cr) {
  cairo_font_options_t* options = cairo_font_options_create();
  cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
  cairo_set_font_options(cr, options);
  cairo_font_options_destroy(options);
}

std::vector<Item> title_items(const Handout& handout, const Typesetter& type) {
  auto title = type.layout(handout.title, Style::title, type.width());
  auto subtitle = type.layout(handout.subtitle, Style::subtitle, type.width());
  return {{pdf::height_of(title.get()) + 4,
           [title](cairo_t* cr, double x, double y) { pdf::draw_layout(cr, title.get(), x, y); },
           true, nullptr},
          {pdf::height_of(subtitle.get()) + 6,
           [subtitle](cairo_t* cr, double x, double y) {
             pdf::draw_layout(cr, subtitle.get(), x, y, 0.3);
           },
           false, nullptr}};
}

// "Name - Clinic - page 2 of 5", centred, on one line.
void draw_footer(cairo_t* cr, const Handout& handout, const Typesetter& type, std::size_t page,
                 std::size_t pages, double y) {
  auto footer =
      type.layout(say("footer", fmt::arg("person", handout.person),
                      fmt::arg("by", handout.clinic ? handout.clinic->name : say("footer_handout")),
                      fmt::arg("page", page), fmt::arg("pages", pages)),
                  Style::small, type.width());
  pango_layout_set_ellipsize(footer.get(), PANGO_ELLIPSIZE_MIDDLE);
  pango_layout_set_alignment(footer.get(), PANGO_ALIGN_CENTER);
  pdf::draw_layout(cr, footer.get(), k_margin, y, 0.35);
}

// Lays out the whole handout on pages, below the clinic's header when there is one.
Pager paginate(const Handout& handout, const Typesetter& type, PageSize size) {
  double top = k_margin + (handout.clinic ? pdf::k_clinic_header_height : 0);
  Pager pager(top, size.height - k_margin - k_footer / 2);
  pager.place(title_items(handout, type));
  for (const auto& section : handout.sections) {
    if (section.page_break_before) {
      pager.break_page();
    }
    auto items = pdf::section_items(section, type);
    if (section.keep_together) {
      double height = 0;
      for (const auto& item : items) {
        height += item.height;
      }
      // A week (its table has tick boxes) is never split.
      bool never_split = std::ranges::any_of(section.blocks, [](const Block& block) {
        const auto* table = std::get_if<Table>(&block);
        return table != nullptr && table->tick_boxes;
      });
      pager.keep(height, never_split);
    }
    pager.place(items);
  }
  return pager;
}

}  // namespace

void write_handout_pdf(const Handout& handout, const PdfOptions& options, std::ostream& out) {
  LanguageScope language(handout.language);  // this module has its own catalogue lookup
  PageSize size = page_size(options.paper);
  cairo_surface_t* surface =
      cairo_pdf_surface_create_for_stream(write_to_stream, &out, size.width, size.height);
  cairo_pdf_surface_restrict_to_version(surface, CAIRO_PDF_VERSION_1_5);
  std::string created = date::format("%Y-%m-%dT%H:%M:%SZ", options.created);
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, handout.title.c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "backstride");
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, created.c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, created.c_str());
  cairo_t* cr = cairo_create(surface);
  set_font_options(cr);
  {
    // A one-page handout shrinks its text (down to 70 %) until it fits.
    double scale = 1;
    Pager pager = paginate(handout, Typesetter(cr, size.width - 2 * k_margin), size);
    while (handout.one_page && pager.pages().size() > 1 && scale > 0.75) {
      scale -= 0.1;
      pager = paginate(handout, Typesetter(cr, size.width - 2 * k_margin, scale), size);
    }
    Typesetter type(cr, size.width - 2 * k_margin);
    const auto& pages = pager.pages();
    for (std::size_t page = 0; page < pages.size(); ++page) {
      for (const auto& [y, draw] : pages[page]) {
        draw(cr, k_margin, y);
      }
      if (handout.clinic) {
        pdf::draw_clinic_header(cr, *handout.clinic, type, k_margin, k_margin);
      }
      draw_footer(cr, handout, type, page + 1, pages.size(), size.height - k_margin);
      cairo_show_page(cr);
    }
  }
  cairo_status_t status = cairo_status(cr);
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  if (status == CAIRO_STATUS_SUCCESS) {
    status = cairo_surface_status(surface);
  }
  cairo_surface_destroy(surface);
  check(status);
}

}  // namespace backstride::render
