#pragma once

#include <string>
#include <string_view>

#include <sys/types.h>

namespace backstride::cli {

// "a directory", "a FIFO", "a socket", ... for messages about a file of this st_mode.
std::string_view file_kind_name(mode_t mode);

// Writes `content` in place when the -o target `path` is a character device, a FIFO, or
// an alias of an open descriptor (/dev/stdout, /proc/self/fd/N): such a target is
// written to and never replaced, with or without --force. Returns false when `path` is
// absent, a regular file or a dangling link (the caller writes it atomically).
// Throws Error(cant_create) for a directory or another kind of file, Error(io_error).
bool write_to_stream_target(const std::string& path, std::string_view content);

}  // namespace backstride::cli
