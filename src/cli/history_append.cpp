#include "history_append.hpp"

#include <cerrno>
#include <cstring>
#include <utility>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include "backstride/error.hpp"
#include "files.hpp"

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

off_t size_of(int fd, const std::string& path) {
  struct stat info {};
  if (::fstat(fd, &info) != 0) {
    fail(ExitCode::io_error, path, "cannot stat");
  }
  return info.st_size;
}

bool ends_with_newline(int fd, off_t size, const std::string& path) {
  char last = '\n';
  if (size > 0 && ::pread(fd, &last, 1, size - 1) != 1) {
    fail(ExitCode::io_error, path, "cannot read");
  }
  return last == '\n';
}

// Opens and locks the file now at `path`. A rewrite (update_history_locked) renames a
// new file into place while others wait for the lock, so after locking, check that
// the descriptor still names the file at `path`, and start again when it does not.
FileDescriptor lock_current(const std::string& path, int flags) {
  for (;;) {
    FileDescriptor fd(::open(path.c_str(), flags | O_CLOEXEC, 0600));
    if (fd.get() < 0) {
      fail(errno == ENOENT ? ExitCode::no_input : ExitCode::cant_create, path, "cannot open");
    }
    while (::flock(fd.get(), LOCK_EX) != 0) {
      if (errno != EINTR) {
        fail(ExitCode::io_error, path, "cannot lock");
      }
    }
    struct stat locked {};
    struct stat named {};
    if (::fstat(fd.get(), &locked) != 0) {
      fail(ExitCode::io_error, path, "cannot stat");
    }
    if (::stat(path.c_str(), &named) == 0 && named.st_ino == locked.st_ino &&
        named.st_dev == locked.st_dev) {
      return fd;
    }
  }
}

std::string read_all(int fd, const std::string& path) {
  std::string content;
  char buffer[65536];
  for (off_t offset = 0;;) {
    ssize_t got = ::pread(fd, buffer, sizeof buffer, offset);
    if (got < 0 && errno == EINTR) {
      continue;
    }
    if (got < 0) {
      fail(ExitCode::io_error, path, "cannot read");
    }
    if (got == 0) {
      return content;
    }
    content.append(buffer, static_cast<std::size_t>(got));
    offset += got;
  }
}

}  // namespace

void append_line_locked(const std::string& path, std::string_view line) {
  FileDescriptor fd = lock_current(path, O_RDWR | O_APPEND | O_CREAT);
  off_t original_size = size_of(fd.get(), path);
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

void update_history_locked(const std::string& path,
                           const std::function<std::string(const std::string&)>& rewrite) {
  FileDescriptor fd = lock_current(path, O_RDWR);
  std::string updated = rewrite(read_all(fd.get(), path));
  // Renamed into place while the old file is still locked: waiting writers notice.
  write_file_atomically(path, updated, true);
}

}  // namespace backstride::cli
