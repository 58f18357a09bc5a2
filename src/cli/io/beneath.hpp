#pragma once

#include <string>

#include <sys/types.h>

namespace backstride::cli {

// Opens `relative` beneath the directory `dir` in one step (Linux openat2 with
// RESOLVE_BENEATH): an absolute path, a ".." above `dir` or a link that leads out of it
// fails with EXDEV; links that stay beneath are followed. Returns the descriptor, or -1
// with errno set (older kernels: the same checks on the path and the file opened).
int open_beneath(const std::string& dir, const std::string& relative, int flags, mode_t mode = 0);

// The path of the file an open descriptor refers to now (readlink of /proc/self/fd/N),
// or empty when it cannot be told.
std::string path_of_descriptor(int fd);

}  // namespace backstride::cli
