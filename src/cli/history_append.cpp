#include "history_append.hpp"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include "backstride/error.hpp"

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
  FileDescriptor(const FileDescriptor&) = delete;
  FileDescriptor& operator=(const FileDescriptor&) = delete;
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

}  // namespace

void append_line_locked(const std::string& path, std::string_view line) {
  FileDescriptor fd(::open(path.c_str(), O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0600));
  if (fd.get() < 0) {
    fail(ExitCode::cant_create, path, "cannot open for appending");
  }
  while (::flock(fd.get(), LOCK_EX) != 0) {
    if (errno != EINTR) {
      fail(ExitCode::io_error, path, "cannot lock");
    }
  }
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

}  // namespace backstride::cli
