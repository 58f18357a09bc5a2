#include "render_plan.hpp"

#include <array>
#include <sstream>

#include "backstride/render/csv.hpp"
#include "backstride/render/html.hpp"
#include "backstride/render/ics.hpp"
#include "backstride/render/json.hpp"
#include "backstride/render/markdown.hpp"
#include "backstride/render/pdf.hpp"
#include "backstride/render/text.hpp"

namespace backstride::cli {
namespace {

struct FormatInfo {
  Format format;
  std::string_view name;
  std::string_view extension;
};

constexpr std::array<FormatInfo, 7> k_formats{{
    {Format::text, "text", "txt"},
    {Format::json, "json", "json"},
    {Format::ics, "ics", "ics"},
    {Format::csv, "csv", "csv"},
    {Format::markdown, "markdown", "md"},
    {Format::html, "html", "html"},
    {Format::pdf, "pdf", "pdf"},
}};

const FormatInfo& info(Format format) {
  return k_formats.at(static_cast<std::size_t>(format));
}

}  // namespace

std::string_view format_name(Format format) {
  return info(format).name;
}

std::string_view format_extension(Format format) {
  return info(format).extension;
}

std::optional<Format> format_from_name(std::string_view name) {
  for (const auto& known : k_formats) {
    if (known.name == name) {
      return known.format;
    }
  }
  return std::nullopt;
}

std::string render_plan(const Plan& plan, Format format, const RenderOptions& options) {
  std::ostringstream out;
  switch (format) {
    case Format::json:
      render::write_plan_json(plan, out);
      break;
    case Format::ics:
      render::write_plan_ics(plan, options.generated, out);
      break;
    case Format::csv:
      render::write_plan_csv(plan, options.formula_guard, out);
      break;
    case Format::markdown:
      render::write_handout_markdown(render::build_handout(plan), out);
      break;
    case Format::html:
      render::write_handout_html(render::build_handout(plan), options.paper, out);
      break;
    case Format::pdf:
      render::write_handout_pdf(render::build_handout(plan),
                                {.paper = options.paper, .created = options.generated}, out);
      break;
    case Format::text:
      render::write_plan_text(plan, {.color = options.color}, out);
      break;
  }
  return std::move(out).str();
}

}  // namespace backstride::cli
