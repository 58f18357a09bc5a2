#include <nlohmann/json.hpp>

#include "backstride/render/csv.hpp"
#include "io/batch.hpp"

namespace backstride::cli {

std::string batch_summary_csv(const std::vector<BatchResult>& results) {
  std::string csv = "input,id,name,status,exit_code,decision,rule,outputs,error\r\n";
  for (const auto& result : results) {
    std::string outputs;
    for (const auto& output : result.outputs) {
      outputs += (outputs.empty() ? "" : ";") + output;
    }
    // Every cell is guarded against formula injection: an id such as -1-1 (and so its
    // file names) would otherwise run in a spreadsheet (issue 13).
    std::string row;
    for (const std::string& cell :
         {result.input, result.id, result.name, result.status, std::to_string(result.exit_code),
          result.decision, result.rule, outputs, result.error}) {
      if (!row.empty()) {
        row += ',';
      }
      row += render::csv_field(cell, true);
    }
    csv += row + "\r\n";
  }
  return csv;
}

std::string batch_summary_json(const BatchRequest& request,
                               const std::vector<BatchResult>& results) {
  using nlohmann::ordered_json;
  constexpr auto replace = nlohmann::json::error_handler_t::replace;
  ordered_json counts = {{"planned", 0}, {"clearance_needed", 0}, {"urgent", 0}, {"error", 0}};
  for (const auto& result : results) {
    counts[result.status] = counts[result.status].get<int>() + 1;
  }
  std::vector<std::string> formats;
  for (render::Format format : request.formats) {
    formats.emplace_back(render::format_name(format));
  }
  ordered_json head = {{"format", "backstride.batch/1"},
                       {"today", format_date(request.today)},
                       {"program", request.program->id},
                       {"formats", formats},
                       {"counts", counts},
                       {"inputs", ordered_json::array()}};
  std::string out = head.dump(2, ' ', false, replace);
  if (results.empty()) {
    return out + "\n";
  }
  // One row at a time, indented as a whole-document dump would (4 spaces deeper):
  // a document of every row at once was most of batch's memory for 10 000 inputs.
  out.resize(out.size() - std::string_view("]\n}").size());
  for (std::size_t i = 0; i < results.size(); ++i) {
    const auto& result = results[i];
    ordered_json row = {{"input", result.input},         {"id", result.id},
                        {"name", result.name},           {"status", result.status},
                        {"exit_code", result.exit_code}, {"decision", result.decision},
                        {"rule", result.rule},           {"outputs", result.outputs}};
    if (!result.error.empty()) {
      row["error"] = result.error;
    }
    out += i == 0 ? "\n    " : ",\n    ";
    for (char c : row.dump(2, ' ', false, replace)) {
      out += c;
      if (c == '\n') {
        out += "    ";
      }
    }
  }
  return out + "\n  ]\n}\n";
}

}  // namespace backstride::cli
