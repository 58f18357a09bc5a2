#include "io/files.hpp"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <istream>
#include <iterator>
#include <regex>

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include "backstride/error.hpp"
#include "io/output_target.hpp"

namespace backstride::cli {
std::string errno_text() {
  return std::strerror(errno);
}

namespace {

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

// A full disk or a failing device is an I/O error (74); anything else means the output
// cannot be created there (73).
ExitCode create_failure(int error) {
  return error == ENOSPC || error == EDQUOT || error == EIO ? ExitCode::io_error
                                                            : ExitCode::cant_create;
}

[[noreturn]] void throw_create_error(const std::string& path) {
  auto code = errno == EEXIST ? ExitCode::cant_create : ExitCode::io_error;
  throw Error(code, fmt::format("{}: cannot create: {}", path, errno_text()));
}

// The hidden name a replacement is linked under before it is renamed over `path`.
std::string staging_name(const std::filesystem::path& path, long pid, int attempt) {
  return (path.parent_path() / fmt::format(".{}.{}-{}.tmp", path.filename().string(), pid, attempt))
      .string();
}

// Removes the staging names for `path` whose process is gone: kill -9 between the link
// and the rename leaves one behind. Best effort; a live process's name is kept.
void remove_stale_staging(const std::filesystem::path& path) {
  static const std::regex k_pid_attempt("([0-9]{1,9})-[0-9]{1,3}");
  std::string prefix = fmt::format(".{}.", path.filename().string());
  auto dir = path.parent_path().empty() ? std::filesystem::path(".") : path.parent_path();
  std::error_code ec;
  for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    std::string name = it->path().filename().string();
    std::smatch match;
    if (name.size() <= prefix.size() + 4 || !name.starts_with(prefix) || !name.ends_with(".tmp")) {
      continue;
    }
    std::string middle = name.substr(prefix.size(), name.size() - prefix.size() - 4);
    if (std::regex_match(middle, match, k_pid_attempt) &&
        ::kill(static_cast<pid_t>(std::stol(match[1])), 0) != 0 && errno == ESRCH) {
      ::unlink(it->path().c_str());
    }
  }
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
  auto link_as = [&](const std::string& name) {
    return ::linkat(AT_FDCWD, self.c_str(), AT_FDCWD, name.c_str(), AT_SYMLINK_FOLLOW) == 0;
  };
  if (link_as(path)) {
    return;
  }
  if (!force || errno != EEXIST) {
    throw_create_error(path);
  }
  // Replacing a file: link under a hidden name, then rename over the old file.
  remove_stale_staging(path);
  for (int attempt = 0;; ++attempt) {
    std::string staged = staging_name(path, ::getpid(), attempt);
    if (link_as(staged)) {
      if (::rename(staged.c_str(), path.c_str()) != 0) {
        int saved = errno;
        ::unlink(staged.c_str());
        errno = saved;
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

void write_file_atomically(const std::string& path, std::string_view content, bool force,
                           Durability durability, std::optional<FileIdentity> identity) {
  write_file_atomically(
      path, [content](const auto& write) { write(content); }, force, durability, identity);
}

void write_file_atomically(const std::string& path, const ContentWriter& content, bool force,
                           Durability durability, std::optional<FileIdentity> identity) {
  // Only a regular file (or a link) is ever replaced: never a directory, device or FIFO.
  struct stat target {};
  if (::stat(path.c_str(), &target) == 0 && !S_ISREG(target.st_mode)) {
    throw Error(ExitCode::cant_create, fmt::format("{}: is {} (allowed: a regular file)", path,
                                                   file_kind_name(target.st_mode)));
  }
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
    // Named as a staged replacement is (.NAME.PID-N.tmp), so that what kill -9 leaves here
    // is swept by the next write of this file, as on the other path.
    remove_stale_staging(path);
    for (int attempt = 0; fd < 0 && attempt <= 100; ++attempt) {
      temp = staging_name(path, ::getpid(), attempt);
      fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
      if (fd < 0 && errno != EEXIST) {
        break;
      }
    }
  }
  if (fd < 0) {
    throw Error(create_failure(errno), fmt::format("{}: cannot create: {}", path, errno_text()));
  }
  try {
    ::fchmod(fd, 0600);
    if (identity &&
        (::fchown(fd, identity->uid, identity->gid) != 0 || ::fchmod(fd, identity->mode) != 0)) {
      throw Error(ExitCode::cant_create,
                  fmt::format("{}: cannot keep its owner and mode: {}", path, errno_text()));
    }
    content([&](std::string_view piece) { write_all(fd, piece, path); });
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

void replace_file_in_place(const std::string& path, std::string_view content) {
  std::error_code error;
  std::string target = std::filesystem::canonical(path, error).string();
  struct stat status {};
  if (error || ::stat(target.c_str(), &status) != 0) {
    throw Error(ExitCode::no_input,
                fmt::format("{}: cannot read: {}", path, error ? error.message() : errno_text()));
  }
  write_file_atomically(target, content, true, Durability::sync_now,
                        FileIdentity{status.st_uid, status.st_gid, status.st_mode & 07777});
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

void make_private_dir(const std::string& dir) {
  std::filesystem::path path;
  for (const auto& part : std::filesystem::path(dir)) {
    path /= part;
    if (::mkdir(path.c_str(), 0700) != 0 && errno != EEXIST) {
      throw Error(create_failure(errno), fmt::format("{}: cannot create directory: {}",
                                                     path.string(), std::strerror(errno)));
    }
  }
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) {
    throw Error(ExitCode::cant_create, fmt::format("{}: exists and is not a directory", dir));
  }
}

}  // namespace backstride::cli
