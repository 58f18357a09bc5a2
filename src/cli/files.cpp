#include "files.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <istream>
#include <iterator>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include "backstride/error.hpp"

namespace backstride::cli {
namespace {

std::string errno_text() {
  return std::strerror(errno);
}

// Reads at most limit + 1 bytes so an oversized input is detected without reading it all.
std::string read_limited(std::istream& stream, std::size_t limit) {
  std::string text;
  text.resize(limit + 1);
  stream.read(text.data(), static_cast<std::streamsize>(text.size()));
  text.resize(static_cast<std::size_t>(stream.gcount()));
  return text;
}

void write_all(int fd, std::string_view content, const std::string& path) {
  while (!content.empty()) {
    ssize_t written = ::write(fd, content.data(), content.size());
    if (written < 0) {
      if (errno == EINTR) {
        continue;
      }
      throw Error(ExitCode::io_error, fmt::format("{}: cannot write: {}", path, errno_text()));
    }
    content.remove_prefix(static_cast<std::size_t>(written));
  }
}

void sync_directory(const std::string& dir) {
  int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd >= 0) {
    ::fsync(fd);
    ::close(fd);
  }
}

}  // namespace

Input read_input(const std::string& path, Io& io, std::size_t limit) {
  Input input;
  if (path == "-") {
    input.name = "<stdin>";
    input.dir = ".";
    input.text = read_limited(io.in, limit);
  } else {
    input.name = path;
    auto parent = std::filesystem::path(path).parent_path();
    input.dir = parent.empty() ? "." : parent.string();
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
      throw Error(ExitCode::no_input, fmt::format("{}: is a directory, not a file", path));
    }
    std::ifstream stream(path, std::ios::binary);
    if (!stream) {
      throw Error(ExitCode::no_input, fmt::format("{}: cannot read: {}", path, errno_text()));
    }
    input.text = read_limited(stream, limit);
    if (stream.bad()) {
      throw Error(ExitCode::io_error, fmt::format("{}: read failed: {}", path, errno_text()));
    }
  }
  if (input.text.size() > limit) {
    throw Error(ExitCode::data_error,
                fmt::format("{}: file is larger than {} bytes (allowed: at most {} bytes)",
                            input.name, limit, limit));
  }
  return input;
}

void write_file_atomically(const std::string& path, std::string_view content, bool force) {
  if (!force && std::filesystem::exists(std::filesystem::symlink_status(path))) {
    throw Error(ExitCode::cant_create,
                fmt::format("{}: already exists (use --force to replace it)", path));
  }
  auto parent = std::filesystem::path(path).parent_path();
  std::string dir = parent.empty() ? "." : parent.string();
  std::string temp = (std::filesystem::path(dir) /
                      fmt::format(".{}.XXXXXX", std::filesystem::path(path).filename().string()))
                         .string();
  int fd = ::mkstemp(temp.data());
  if (fd < 0) {
    throw Error(ExitCode::cant_create, fmt::format("{}: cannot create: {}", path, errno_text()));
  }
  try {
    ::fchmod(fd, 0600);
    write_all(fd, content, path);
    if (::fsync(fd) != 0) {
      throw Error(ExitCode::io_error, fmt::format("{}: cannot sync: {}", path, errno_text()));
    }
    ::close(fd);
    fd = -1;
    // Without --force, link() fails if the file appeared meanwhile: never overwrite.
    int result = force ? ::rename(temp.c_str(), path.c_str()) : ::link(temp.c_str(), path.c_str());
    if (result != 0) {
      auto code = errno == EEXIST ? ExitCode::cant_create : ExitCode::io_error;
      throw Error(code, fmt::format("{}: cannot create: {}", path, errno_text()));
    }
    if (!force) {
      ::unlink(temp.c_str());
    }
    sync_directory(dir);
  } catch (...) {
    if (fd >= 0) {
      ::close(fd);
    }
    ::unlink(temp.c_str());
    throw;
  }
}

}  // namespace backstride::cli
