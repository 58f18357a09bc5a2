#include "io/output_target.hpp"

#include <array>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <filesystem>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include "backstride/error.hpp"

namespace backstride::cli {
namespace {

// True when `dir` is a /proc/PID/fd directory, whose entries alias open descriptors.
bool is_descriptor_directory(const std::filesystem::path& dir) {
  std::array<char, PATH_MAX> resolved{};
  if (::realpath(dir.empty() ? "." : dir.c_str(), resolved.data()) == nullptr) {
    return false;
  }
  std::string_view real(resolved.data());
  return real.starts_with("/proc/") && (real.ends_with("/fd") || real.ends_with("/fd/"));
}

// True when `path`, or a link on the way to its target, is a /proc/PID/fd/N alias.
bool names_descriptor(const std::string& path) {
  std::filesystem::path current(path);
  for (int hop = 0; hop < 40; ++hop) {
    if (is_descriptor_directory(current.parent_path())) {
      return true;
    }
    struct stat info {};
    if (::lstat(current.c_str(), &info) != 0 || !S_ISLNK(info.st_mode)) {
      return false;
    }
    std::array<char, PATH_MAX> target{};
    ssize_t length = ::readlink(current.c_str(), target.data(), target.size() - 1);
    if (length <= 0) {
      return false;
    }
    std::filesystem::path next(std::string(target.data(), static_cast<std::size_t>(length)));
    current = next.is_absolute() ? next : current.parent_path() / next;
  }
  return false;
}

[[noreturn]] void refuse(const std::string& path, mode_t mode) {
  throw Error(ExitCode::cant_create,
              fmt::format("{}: is {} (allowed: a regular file, a character device or a FIFO)", path,
                          file_kind_name(mode)));
}

void write_all_to(int fd, std::string_view content, const std::string& path) {
  while (!content.empty()) {
    ssize_t written = ::write(fd, content.data(), content.size());
    if (written < 0 && errno == EINTR) {
      continue;
    }
    if (written < 0) {
      int saved = errno;
      ::close(fd);
      throw Error(ExitCode::io_error,
                  fmt::format("{}: cannot write: {}", path, std::strerror(saved)));
    }
    content.remove_prefix(static_cast<std::size_t>(written));
  }
}

}  // namespace

std::string_view file_kind_name(mode_t mode) {
  return S_ISDIR(mode)    ? "a directory"
         : S_ISFIFO(mode) ? "a FIFO"
         : S_ISSOCK(mode) ? "a socket"
         : S_ISCHR(mode)  ? "a character device"
         : S_ISBLK(mode)  ? "a block device"
         : S_ISLNK(mode)  ? "a symbolic link"
         : S_ISREG(mode)  ? "a regular file"
                          : "not a regular file";
}

bool write_to_stream_target(const std::string& path, std::string_view content) {
  bool alias = names_descriptor(path);
  struct stat info {};
  if (!alias && ::stat(path.c_str(), &info) != 0) {
    return false;  // absent, or a dangling link: created (or replaced) atomically
  }
  if (!alias && S_ISREG(info.st_mode)) {
    return false;
  }
  if (!alias && !S_ISCHR(info.st_mode) && !S_ISFIFO(info.st_mode)) {
    refuse(path, info.st_mode);
  }
  // No O_CREAT and no O_TRUNC: the target is written to as it is; a descriptor alias of
  // a regular file (stdout redirected to a file) is appended to, as the shell would.
  int flags = O_WRONLY | O_NOCTTY | O_CLOEXEC | (alias ? O_APPEND : 0);
  int fd = ::open(path.c_str(), flags);
  if (fd < 0) {
    throw Error(errno == EISDIR ? ExitCode::cant_create : ExitCode::io_error,
                fmt::format("{}: cannot open: {}", path, std::strerror(errno)));
  }
  if (::fstat(fd, &info) != 0 || S_ISDIR(info.st_mode) ||
      (!alias && !S_ISCHR(info.st_mode) && !S_ISFIFO(info.st_mode))) {
    ::close(fd);
    refuse(path, info.st_mode);
  }
  write_all_to(fd, content, path);
  ::close(fd);
  return true;
}

}  // namespace backstride::cli
