/* mkpages OUT.pdf < SCRIPT: draws text where a script says, with pango/cairo (the stack the
 * PDF handouts use) and DejaVu Sans, embedded. For tests/formats/pages_self_test.sh:
 * page layouts that break one rule each, placed to the point.
 *
 * SCRIPT lines:  page WIDTH HEIGHT       start a page (points)
 *                text X Y SIZE TEXT...   TEXT in DejaVu Sans SIZE pt, top-left at (X, Y),
 *                                        y down from the top, no wrapping, may leave the page
 */
#include <cairo-pdf.h>
#include <pango/pangocairo.h>
#include <stdio.h>
#include <string.h>

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: mkpages OUT.pdf < SCRIPT\n");
    return 2;
  }
  cairo_surface_t *surface = NULL;
  cairo_t *cr = NULL;
  char line[4096];
  int pages = 0;
  while (fgets(line, sizeof line, stdin)) {
    line[strcspn(line, "\n")] = '\0';
    double w, h, x, y, size;
    int used = 0;
    if (sscanf(line, "page %lf %lf", &w, &h) == 2) {
      if (!surface) {
        surface = cairo_pdf_surface_create(argv[1], w, h);
        cr = cairo_create(surface);
      } else {
        cairo_show_page(cr);
        cairo_pdf_surface_set_size(surface, w, h);
      }
      pages++;
    } else if (sscanf(line, "text %lf %lf %lf %n", &x, &y, &size, &used) == 3 && used > 0 && cr) {
      PangoLayout *layout = pango_cairo_create_layout(cr);
      PangoFontDescription *font = pango_font_description_from_string("DejaVu Sans");
      pango_font_description_set_absolute_size(font, size * PANGO_SCALE);
      pango_layout_set_font_description(layout, font);
      pango_layout_set_text(layout, line + used, -1);
      cairo_move_to(cr, x, y);
      pango_cairo_show_layout(cr, layout);
      pango_font_description_free(font);
      g_object_unref(layout);
    } else if (line[0] != '\0' && line[0] != '#') {
      fprintf(stderr, "mkpages: bad line: %s\n", line);
      return 2;
    }
  }
  if (!pages) {
    fprintf(stderr, "mkpages: no page\n");
    return 2;
  }
  cairo_show_page(cr);
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  int rc = cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS ? 0 : 1;
  cairo_surface_destroy(surface);
  return rc;
}
