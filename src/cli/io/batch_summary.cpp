#include <array>
#include <cerrno>
#include <cstdlib>

#include <fcntl.h>
#include <unistd.h>

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <nlohmann/json.hpp>

#include "backstride/error.hpp"
#include "backstride/render/csv.hpp"
#include "backstride/uuid.hpp"
#include "io/batch.hpp"
#include "io/files.hpp"

namespace backstride::cli {
namespace {

constexpr std::size_t k_spool_chunk = 64 * 1024;

// An unnamed file in `dir` (so a batch's names stay in its 0700 folder): gone when closed.
int open_spool(const std::string& dir) {
  int fd = ::open(dir.c_str(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
  if (fd >= 0) {
    return fd;
  }
  std::string name = dir + "/.summary-spool.XXXXXX";
  fd = ::mkostemp(name.data(), O_CLOEXEC);
  if (fd < 0) {
    throw Error(ExitCode::cant_create,
                fmt::format("{}: cannot create the summary's scratch file: {}", dir, errno_text()));
  }
  ::unlink(name.c_str());
  return fd;
}

// A JSON row of summary.json, indented as a whole-document dump would (4 spaces deeper).
std::string json_row(const BatchResult& result) {
  using nlohmann::ordered_json;
  ordered_json row = {{"input", result.input},
                      {"id", result.id},
                      {"name", result.name},
                      {"status", result.status},
                      {"exit_code", result.exit_code},
                      {"decision", result.decision},
                      {"rule", result.rule},
                      {"reason", result.reason},
                      {"stage", result.stage},
                      {"last_logged", result.last_logged},
                      {"next_session", result.next_session},
                      {"next_date", result.next_date},
                      {"outputs", result.outputs},
                      {"kept", result.kept},
                      {"input_hash", result.input_hash}};
  if (!result.error.empty()) {
    row["error"] = result.error;
  }
  std::string out;
  for (char c : row.dump(2, ' ', false, nlohmann::json::error_handler_t::replace)) {
    out += c;
    if (c == '\n') {
      out += "    ";
    }
  }
  return out;
}

// A CSV row of summary.csv; every cell is guarded against formula injection: an id such
// as -1-1 (and so its file names) would otherwise run in a spreadsheet (issue 13).
std::string csv_row(const BatchResult& result) {
  std::string outputs;
  for (const auto& output : result.outputs) {
    outputs += (outputs.empty() ? "" : ";") + output;
  }
  std::string row;
  for (const std::string& cell :
       {result.input, result.id, result.name, result.status, std::to_string(result.exit_code),
        result.decision, result.rule, outputs, result.error, result.reason, result.stage,
        result.last_logged, result.next_session, result.next_date, result.input_hash}) {
    if (!row.empty()) {
      row += ',';
    }
    row += render::csv_field(cell, true);
  }
  return row + "\r\n";
}

}  // namespace

Spool::Spool(const std::string& dir) : m_fd(open_spool(dir)), m_dir(dir) {}

Spool::~Spool() {
  ::close(m_fd);
}

void Spool::append(std::string_view text) {
  m_buffer.append(text);
  if (m_buffer.size() >= k_spool_chunk) {
    flush();
  }
}

void Spool::flush() {
  std::string_view rest = m_buffer;
  while (!rest.empty()) {
    ssize_t written = ::pwrite(m_fd, rest.data(), rest.size(), m_size);
    if (written < 0 && errno == EINTR) {
      continue;
    }
    if (written <= 0) {
      throw Error(ExitCode::io_error, fmt::format("{}: cannot write the summary's scratch file: {}",
                                                  m_dir, errno_text()));
    }
    rest.remove_prefix(static_cast<std::size_t>(written));
    m_size += written;
  }
  m_buffer.clear();
}

void Spool::replay(const std::function<void(std::string_view)>& write) {
  flush();
  std::array<char, k_spool_chunk> chunk{};
  for (off_t at = 0; at < m_size;) {
    ssize_t got = ::pread(m_fd, chunk.data(), chunk.size(), at);
    if (got < 0 && errno == EINTR) {
      continue;
    }
    if (got <= 0) {
      throw Error(ExitCode::io_error, fmt::format("{}: cannot read the summary's scratch file: {}",
                                                  m_dir, errno_text()));
    }
    write(std::string_view(chunk.data(), static_cast<std::size_t>(got)));
    at += got;
  }
}

BatchSummary::BatchSummary(const BatchRequest& request)
    : m_request(request), m_csv(request.output_dir), m_json(request.output_dir) {}

void BatchSummary::add(const BatchResult& result) {
  m_csv.append(csv_row(result));
  m_json.append(m_rows == 0 ? "\n    " : ",\n    ");
  m_json.append(json_row(result));
  ++m_rows;
  (result.kept ? m_kept : m_files) += result.outputs.size();
  ++m_counts[result.status];
  if (result.status == "urgent") {
    m_emergencies.push_back(
        result.name.empty() ? result.input : fmt::format("{} ({})", result.name, result.input));
  }
}

void BatchSummary::write(const std::string& csv_path, const std::string& json_path, bool force) {
  write_file_atomically(
      csv_path,
      [this](const auto& write) {
        write(
            "input,id,name,status,exit_code,decision,rule,outputs,error,reason,stage,"
            "last_logged,next_session,next_date,input_hash\r\n");
        m_csv.replay(write);
      },
      force);
  using nlohmann::ordered_json;
  ordered_json counts = ordered_json::object();
  for (const char* status : {"planned", "clearance_needed", "urgent", "error"}) {
    counts[status] = m_counts[status];
  }
  std::vector<std::string> formats;
  for (render::Format format : m_request.formats) {
    formats.emplace_back(render::format_name(format));
  }
  ordered_json head = {{"format", "backstride.batch/1"},
                       {"today", format_date(m_request.today)},
                       {"program", m_request.program->id},
                       {"formats", formats},
                       {"counts", counts},
                       {"inputs", ordered_json::array()}};
  std::string text = head.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
  write_file_atomically(
      json_path,
      [&](const auto& write) {
        if (m_rows == 0) {
          write(text + "\n");
          return;
        }
        // The rows go where the empty list was: "[]\n}" becomes "[" rows "\n  ]\n}\n".
        write(std::string_view(text).substr(0, text.size() - std::string_view("]\n}").size()));
        m_json.replay(write);
        write("\n  ]\n}\n");
      },
      force);
}

std::string BatchSummary::closing_line() const {
  auto count = [this](const char* status) {
    auto found = m_counts.find(status);
    return found == m_counts.end() ? 0 : found->second;
  };
  std::vector<std::string> parts;
  auto add = [&](int n, std::string_view one, std::string_view many) {
    if (n > 0) {
      parts.push_back(fmt::format("{} {}", n, n == 1 ? one : many));
    }
  };
  add(count("urgent"), "emergency", "emergencies");
  add(count("clearance_needed"), "needs clearance", "need clearance");
  add(count("planned"), "planned", "planned");
  add(count("error"), "error", "errors");
  return fmt::format("{} profile{}: {}", m_rows, m_rows == 1 ? "" : "s",
                     parts.empty() ? "none" : fmt::format("{}", fmt::join(parts, ", ")));
}

}  // namespace backstride::cli
