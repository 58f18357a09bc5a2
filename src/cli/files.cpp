#include "files.hpp"

#include <algorithm>
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
// Reads up to limit + 1 bytes (one more than allowed, so the caller can tell), in
// chunks: a profile is a few KiB, and zeroing a 1 MiB buffer per file dominated batch.
std::string read_limited(std::istream& stream, std::size_t limit) {
  constexpr std::size_t k_chunk = 64 * 1024;
  std::string text;
  while (text.size() <= limit && stream) {
    std::size_t before = text.size();
    text.resize(before + std::min(k_chunk, limit + 1 - before));
    stream.read(text.data() + before, static_cast<std::streamsize>(text.size() - before));
    text.resize(before + static_cast<std::size_t>(stream.gcount()));
  }
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

[[noreturn]] void throw_create_error(const std::string& path) {
  auto code = errno == EEXIST ? ExitCode::cant_create : ExitCode::io_error;
  throw Error(code, fmt::format("{}: cannot create: {}", path, errno_text()));
}

// Gives the written file its name. Without `force`, link() fails if the file appeared
// meanwhile: never overwrite. `temp` is empty for an unnamed (O_TMPFILE) file.
void publish(int fd, const std::string& temp, const std::string& path, bool force) {
  if (!temp.empty()) {
    int result = force ? ::rename(temp.c_str(), path.c_str()) : ::link(temp.c_str(), path.c_str());
    if (result != 0) {
      throw_create_error(path);
    }
    if (!force) {
      ::unlink(temp.c_str());
    }
    return;
  }
  std::string self = fmt::format("/proc/self/fd/{}", fd);
  if (!force) {
    if (::linkat(AT_FDCWD, self.c_str(), AT_FDCWD, path.c_str(), AT_SYMLINK_FOLLOW) != 0) {
      throw_create_error(path);
    }
    return;
  }
  // --force: link under a fresh hidden name, then rename over the old file.
  auto name = std::filesystem::path(path);
  for (int attempt = 0;; ++attempt) {
    std::string staged = (name.parent_path() /
                          fmt::format(".{}.{}-{}", name.filename().string(), ::getpid(), attempt))
                             .string();
    if (::linkat(AT_FDCWD, self.c_str(), AT_FDCWD, staged.c_str(), AT_SYMLINK_FOLLOW) == 0) {
      if (::rename(staged.c_str(), path.c_str()) != 0) {
        ::unlink(staged.c_str());
        throw_create_error(path);
      }
      return;
    }
    if (errno != EEXIST || attempt > 100) {
      throw_create_error(path);
    }
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

void write_file_atomically(const std::string& path, std::string_view content, bool force,
                           Durability durability) {
  if (!force && std::filesystem::exists(std::filesystem::symlink_status(path))) {
    throw Error(ExitCode::cant_create,
                fmt::format("{}: already exists (use --force to replace it)", path));
  }
  auto parent = std::filesystem::path(path).parent_path();
  std::string dir = parent.empty() ? "." : parent.string();
  // An unnamed file (O_TMPFILE) vanishes if the process dies before it is linked, so
  // even kill -9 leaves no partial output. Filesystems without it get a named temp file.
  static const bool have_proc = ::access("/proc/self/fd", F_OK) == 0;  // linkat needs it
  int fd = have_proc ? ::open(dir.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600) : -1;
  std::string temp;
  if (fd < 0) {
    temp = (std::filesystem::path(dir) /
            fmt::format(".{}.XXXXXX", std::filesystem::path(path).filename().string()))
               .string();
    fd = ::mkstemp(temp.data());
  }
  if (fd < 0) {
    throw Error(ExitCode::cant_create, fmt::format("{}: cannot create: {}", path, errno_text()));
  }
  try {
    ::fchmod(fd, 0600);
    write_all(fd, content, path);
    if (durability == Durability::sync_now && ::fsync(fd) != 0) {
      throw Error(ExitCode::io_error, fmt::format("{}: cannot sync: {}", path, errno_text()));
    }
    publish(fd, temp, path, force);
    ::close(fd);
    fd = -1;
    if (durability == Durability::sync_now) {
      sync_directory(dir);
    }
  } catch (...) {
    if (fd >= 0) {
      ::close(fd);
    }
    if (!temp.empty()) {
      ::unlink(temp.c_str());
    }
    throw;
  }
}

void sync_filesystem(const std::string& dir) {
  int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  bool synced = fd >= 0 && ::syncfs(fd) == 0;
  if (fd >= 0) {
    ::close(fd);
  }
  if (!synced) {
    throw Error(ExitCode::io_error, fmt::format("{}: cannot sync: {}", dir, errno_text()));
  }
}

}  // namespace backstride::cli
