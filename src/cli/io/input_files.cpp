#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <istream>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include "backstride/error.hpp"
#include "io/files.hpp"
#include "io/output_target.hpp"

// Reading inputs: regular files (never a FIFO, socket or device) or standard input.
namespace backstride::cli {
namespace {

// Reads at most limit + 1 bytes so an oversized input is detected without reading it all;
// in chunks, so a small file costs its size, not the limit (16 MiB zeroed for a history).
// (Files are read the same way, from their descriptor: read_descriptor.)
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

// Standard input that is closed, or a directory, is refused before reading.
void check_stdin(const Io& io) {
  if (io.in_closed) {
    throw Error(ExitCode::no_input,
                "<stdin>: is closed (allowed: a profile piped or redirected in)");
  }
  struct stat info {};
  if (io.in_fd >= 0 && ::fstat(io.in_fd, &info) == 0 && S_ISDIR(info.st_mode)) {
    throw Error(ExitCode::no_input, "<stdin>: is a directory, not a file");
  }
}

}  // namespace

std::string read_descriptor(int fd, std::size_t limit, const std::string& path) {
  std::string text;
  std::array<char, 64 * 1024> buffer{};
  while (text.size() <= limit) {
    ssize_t got = ::read(fd, buffer.data(), std::min(buffer.size(), limit + 1 - text.size()));
    if (got < 0 && errno == EINTR) {
      continue;
    }
    if (got < 0) {
      int saved = errno;
      ::close(fd);
      errno = saved;
      throw Error(ExitCode::io_error, fmt::format("{}: read failed: {}", path, errno_text()));
    }
    if (got == 0) {
      break;
    }
    text.append(buffer.data(), static_cast<std::size_t>(got));
  }
  ::close(fd);
  return text;
}

Input read_input(const std::string& path, Io& io, std::size_t limit) {
  Input input;
  if (path == "-") {
    input.name = "<stdin>";
    input.dir = std::string(1, '.');  // (not = ".": GCC 12 -Wrestrict false positive, bug 105651)
    check_stdin(io);
    input.text = read_limited(io.in, limit);
  } else {
    input.name = path;
    auto parent = std::filesystem::path(path).parent_path();
    input.dir = parent.empty() ? "." : parent.string();
    int fd = open_regular_input(::open(path.c_str(), k_input_flags), path);
    input.text = read_descriptor(fd, limit, path);
  }
  if (input.text.size() > limit) {
    throw Error(ExitCode::data_error,
                fmt::format("{}: file is larger than {} bytes (allowed: at most {} bytes)",
                            input.name, limit, limit));
  }
  return input;
}

int open_regular_input(int fd, const std::string& name) {
  if (fd < 0) {
    throw Error(ExitCode::no_input, fmt::format("{}: cannot read: {}", name, errno_text()));
  }
  struct stat info {};
  if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
    int saved = errno;
    ::close(fd);
    if (S_ISDIR(info.st_mode)) {
      throw Error(ExitCode::no_input, fmt::format("{}: is a directory, not a file", name));
    }
    errno = saved;
    throw Error(ExitCode::no_input,
                info.st_mode == 0
                    ? fmt::format("{}: cannot read: {}", name, errno_text())
                    : fmt::format("{}: is {}, not a regular file (allowed: a regular file, or - "
                                  "for stdin)",
                                  name, file_kind_name(info.st_mode)));
  }
  // Opened without blocking (a FIFO would wait for a writer); reads may block again.
  ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
  return fd;
}
}  // namespace backstride::cli
