#include "io/history_append.hpp"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <utility>
#include <vector>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include "backstride/error.hpp"
#include "commands/common.hpp"
#include "io/beneath.hpp"
#include "io/files.hpp"

namespace backstride::cli {
namespace {

// Closes the descriptor (and so releases its lock) on every path out.
class FileDescriptor {
 public:
  explicit FileDescriptor(int fd) : m_fd(fd) {}
  ~FileDescriptor() {
    if (m_fd >= 0) {
      ::close(m_fd);
    }
  }
  FileDescriptor(FileDescriptor&& other) noexcept : m_fd(std::exchange(other.m_fd, -1)) {}
  FileDescriptor(const FileDescriptor&) = delete;
  FileDescriptor& operator=(const FileDescriptor&) = delete;
  FileDescriptor& operator=(FileDescriptor&&) = delete;
  [[nodiscard]] int get() const {
    return m_fd;
  }

 private:
  int m_fd;
};

[[noreturn]] void fail(ExitCode code, const std::string& path, std::string_view what) {
  throw Error(code, fmt::format("{}: {}: {}", path, what, std::strerror(errno)));
}

bool ends_with_newline(int fd, off_t size, const std::string& path) {
  char last = '\n';
  if (size > 0 && ::pread(fd, &last, 1, size - 1) != 1) {
    fail(ExitCode::io_error, path, "cannot read");
  }
  return last == '\n';
}

// Opens and locks the file now at `file`. A rewrite (update_history_locked) renames a
// new file into place while others wait for the lock, so after locking, check that
// the descriptor still names the file there, and start again when it does not.
FileDescriptor lock_current(const HistoryFile& file, int flags) {
  for (;;) {
    FileDescriptor fd(open_history(file, flags, 0600));
    while (::flock(fd.get(), LOCK_EX) != 0) {
      if (errno != EINTR) {
        fail(ExitCode::io_error, file.path, "cannot lock");
      }
    }
    struct stat locked {};
    struct stat named {};
    if (::fstat(fd.get(), &locked) != 0) {
      fail(ExitCode::io_error, file.path, "cannot stat");
    }
    FileDescriptor now(open_beneath(file.dir, file.name, O_PATH));
    if (now.get() >= 0 && ::fstat(now.get(), &named) == 0 && named.st_ino == locked.st_ino &&
        named.st_dev == locked.st_dev) {
      return fd;
    }
  }
}

// The whole file, or its first k_max_history_bytes + 1 bytes when it is larger.
std::string read_all(int fd, const std::string& path) {
  std::string content;
  std::array<char, 65536> buffer{};
  for (off_t offset = 0; content.size() <= k_max_history_bytes;) {
    ssize_t got = ::pread(fd, buffer.data(), buffer.size(), offset);
    if (got < 0 && errno == EINTR) {
      continue;
    }
    if (got < 0) {
      fail(ExitCode::io_error, path, "cannot read");
    }
    if (got == 0) {
      return content;
    }
    content.append(buffer.data(), static_cast<std::size_t>(got));
    offset += got;
  }
  return content;
}

void write_at(int fd, std::string_view data, off_t offset, const std::string& path) {
  while (!data.empty()) {
    ssize_t written = ::pwrite(fd, data.data(), data.size(), offset);
    if (written < 0 && errno == EINTR) {
      continue;
    }
    if (written < 0) {
      fail(ExitCode::io_error, path, "cannot write");
    }
    data.remove_prefix(static_cast<std::size_t>(written));
    offset += written;
  }
}

// Rewrites the locked file in place: only from the first byte that changes.
void rewrite_in_place(int fd, const std::string& old, const std::string& updated,
                      const std::string& path) {
  auto [changed, ignored] = std::ranges::mismatch(old, updated);
  auto from = static_cast<std::size_t>(changed - old.begin());
  write_at(fd, std::string_view(updated).substr(from), static_cast<off_t>(from), path);
  if (::ftruncate(fd, static_cast<off_t>(updated.size())) != 0 || ::fsync(fd) != 0) {
    fail(ExitCode::io_error, path, "cannot write");
  }
}

// True when a file this process creates can be given `owner`'s user and group.
bool can_give_identity(const struct stat& owner) {
  if (::geteuid() == 0) {
    return true;
  }
  if (::geteuid() != owner.st_uid) {
    return false;
  }
  if (::getegid() == owner.st_gid) {
    return true;
  }
  std::vector<gid_t> groups(static_cast<std::size_t>(std::max(::getgroups(0, nullptr), 0)));
  int count = ::getgroups(static_cast<int>(groups.size()), groups.data());
  return count >= 0 && std::ranges::find(groups, owner.st_gid) != groups.end();
}

}  // namespace

int open_history(const HistoryFile& file, int flags, mode_t mode) {
  int fd = open_beneath(file.dir, file.name, flags | O_NONBLOCK | O_NOCTTY, mode);
  if (fd < 0 && errno == EXDEV) {
    throw Error(ExitCode::data_error,
                fmt::format("{}: is outside the profile's folder (allowed: a file in the "
                            "profile's folder or below it, such as me.history.jsonl)",
                            file.path));
  }
  if (fd < 0 && (flags & O_CREAT) != 0 && errno != ENOENT) {
    fail(ExitCode::cant_create, file.path, "cannot open");
  }
  return open_regular_input(fd, file.path);
}

void append_line_locked(const HistoryFile& file, std::string_view line,
                        const std::function<void(const std::string&)>& check) {
  FileDescriptor fd = lock_current(file, O_RDWR | O_APPEND | O_CREAT);
  const std::string& path = file.path;
  std::string current = read_all(fd.get(), path);
  check(current);
  auto original_size = static_cast<off_t>(current.size());
  std::string record = ends_with_newline(fd.get(), original_size, path) ? "" : "\n";
  record.append(line);
  record.push_back('\n');
  std::string_view rest = record;
  while (!rest.empty()) {
    ssize_t written = ::write(fd.get(), rest.data(), rest.size());
    if (written < 0) {
      if (errno == EINTR) {
        continue;
      }
      int saved = errno;
      // Take back a partial line so earlier entries stay readable.
      [[maybe_unused]] int ignored = ::ftruncate(fd.get(), original_size);
      errno = saved;
      fail(ExitCode::io_error, path, "cannot write");
    }
    rest.remove_prefix(static_cast<std::size_t>(written));
  }
  if (::fsync(fd.get()) != 0) {
    fail(ExitCode::io_error, path, "cannot sync");
  }
}

void update_history_locked(const HistoryFile& file,
                           const std::function<std::string(const std::string&)>& rewrite) {
  FileDescriptor fd = lock_current(file, O_RDWR);
  std::string old = read_all(fd.get(), file.path);
  std::string updated = rewrite(old);
  struct stat identity {};
  std::string target = path_of_descriptor(fd.get());  // a link's target, not the link
  if (::fstat(fd.get(), &identity) != 0 || target.empty()) {
    fail(ExitCode::io_error, file.path, "cannot stat");
  }
  if (!can_give_identity(identity)) {
    rewrite_in_place(fd.get(), old, updated, file.path);
    return;
  }
  // Renamed into place while the old file is still locked: waiting writers notice.
  write_file_atomically(target, updated, true, Durability::sync_now,
                        FileIdentity{identity.st_uid, identity.st_gid, identity.st_mode & 07777});
}

}  // namespace backstride::cli
