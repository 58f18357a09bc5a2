#include "io/batch_look.hpp"

#include <filesystem>
#include <utility>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "commands/common.hpp"
#include "io/beneath.hpp"
#include "io/files.hpp"

namespace backstride::cli {
namespace {

// Notes the top-level "id" string while checking the document is JSON, without
// building it (much cheaper than a DOM for the first pass over every input).
class IdReader : public nlohmann::json_sax<nlohmann::json> {
 public:
  std::string id;
  std::string history_file;

  bool null() override {
    return value();
  }
  bool boolean(bool /*unused*/) override {
    return value();
  }
  bool number_integer(number_integer_t /*unused*/) override {
    return value();
  }
  bool number_unsigned(number_unsigned_t /*unused*/) override {
    return value();
  }
  bool number_float(number_float_t /*unused*/, const string_t& /*unused*/) override {
    return value();
  }
  bool string(string_t& text) override {
    if (std::exchange(m_next_is_id, false)) {
      id = text;  // as a DOM would, the last of duplicate keys wins
    }
    if (std::exchange(m_next_is_history, false)) {
      history_file = text;
    }
    return true;
  }
  bool binary(binary_t& /*unused*/) override {
    return value();
  }
  bool start_object(std::size_t /*unused*/) override {
    return open();
  }
  bool end_object() override {
    return close();
  }
  bool start_array(std::size_t /*unused*/) override {
    return open();
  }
  bool end_array() override {
    return close();
  }
  bool key(string_t& name) override {
    m_next_is_id = m_depth == 1 && name == "id";
    m_next_is_history = m_depth == 1 && name == "history_file";
    return true;
  }
  bool parse_error(std::size_t /*unused*/, const std::string& /*unused*/,
                   const nlohmann::detail::exception& /*unused*/) override {
    return false;
  }

 private:
  bool value() {
    m_next_is_history = false;
    return !std::exchange(m_next_is_id, false);
  }  // an id that is not a string
  bool open() {
    ++m_depth;
    return value();
  }
  bool close() {
    --m_depth;
    return true;
  }

  int m_depth = 0;
  bool m_next_is_id = false;
  bool m_next_is_history = false;
};

// Names the history file `name` of the profile at `path` so that two names of one file
// compare equal: its device and inode when it exists, else its normalised path.
std::string history_identity(const std::string& path, const std::string& name) {
  if (name.empty()) {
    return "";
  }
  auto dir = std::filesystem::path(path).parent_path();
  int fd = open_beneath(dir.empty() ? "." : dir.string(), name, O_PATH);
  struct stat info {};
  bool known = fd >= 0 && ::fstat(fd, &info) == 0;
  if (fd >= 0) {
    ::close(fd);
  }
  if (known) {
    return fmt::format("{}:{}", info.st_dev, info.st_ino);
  }
  std::error_code ec;
  return std::filesystem::weakly_canonical(dir / name, ec).string();
}

// The profile's id, read without the full checks (they run later): for naming
// outputs and finding duplicates before anything is written.
}  // namespace

QuickLook quick_look(const std::string& path, Io& io) {
  try {
    IdReader reader;
    if (nlohmann::json::sax_parse(read_input(path, io, k_max_profile_bytes).text, &reader)) {
      return {reader.id, history_identity(path, reader.history_file)};
    }
  } catch (const std::exception&) {
  }
  return {};
}

}  // namespace backstride::cli
