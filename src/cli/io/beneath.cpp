#include "io/beneath.hpp"

#include <array>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <filesystem>

#include <fcntl.h>
#include <linux/openat2.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <fmt/format.h>

namespace backstride::cli {
namespace {

// Closes the descriptor, keeping errno as it was.
void close_quietly(int fd) {
  int saved = errno;
  ::close(fd);
  errno = saved;
}

// The same promise without openat2: no absolute path, no "..", and the file opened must
// lie beneath `dir` once every link is resolved.
int open_beneath_by_checking(int dir_fd, const std::string& dir, const std::string& relative,
                             int flags, mode_t mode) {
  std::filesystem::path path(relative);
  for (const auto& part : path) {
    if (part == "..") {
      errno = EXDEV;
      return -1;
    }
  }
  if (path.is_absolute()) {
    errno = EXDEV;
    return -1;
  }
  int fd = ::openat(dir_fd, relative.c_str(), flags, mode);
  if (fd < 0) {
    return -1;
  }
  std::array<char, PATH_MAX> real_dir{};
  std::string real_file = path_of_descriptor(fd);
  if (::realpath(dir.c_str(), real_dir.data()) == nullptr || real_file.empty() ||
      !real_file.starts_with(std::string(real_dir.data()) + "/")) {
    ::close(fd);
    errno = EXDEV;
    return -1;
  }
  return fd;
}

}  // namespace

int open_beneath(const std::string& dir, const std::string& relative, int flags, mode_t mode) {
  int dir_fd = ::open(dir.empty() ? "." : dir.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC);
  if (dir_fd < 0) {
    return -1;
  }
  open_how how{};
  how.flags = static_cast<unsigned long long>(flags) | O_CLOEXEC;
  how.mode = (flags & O_CREAT) != 0 ? mode : 0;
  how.resolve = RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS;
  auto fd = static_cast<int>(::syscall(SYS_openat2, dir_fd, relative.c_str(), &how, sizeof how));
  if (fd < 0 && (errno == ENOSYS || errno == EPERM)) {  // EPERM: a seccomp filter
    fd = open_beneath_by_checking(dir_fd, dir, relative, flags | O_CLOEXEC, mode);
  }
  close_quietly(dir_fd);
  return fd;
}

std::string path_of_descriptor(int fd) {
  std::array<char, PATH_MAX> target{};
  std::string link = fmt::format("/proc/self/fd/{}", fd);
  ssize_t length = ::readlink(link.c_str(), target.data(), target.size() - 1);
  if (length <= 0 || target[0] != '/') {
    return "";
  }
  return {target.data(), static_cast<std::size_t>(length)};
}

}  // namespace backstride::cli
