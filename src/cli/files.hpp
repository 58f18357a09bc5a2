#pragma once

#include <string>
#include <string_view>

#include "app.hpp"

namespace backstride::cli {

// Text read from a file or stdin, with the name to use in messages.
struct Input {
  std::string text;
  std::string name;  // the path as given, or "<stdin>"
  std::string dir;   // directory that relative paths inside it resolve against
};

// Reads `path` ("-" = stdin), at most `limit` bytes.
// Throws Error(no_input) if missing or unreadable, Error(data_error) if too large.
Input read_input(const std::string& path, Io& io, std::size_t limit);

// When a written file reaches the disk: before write_file_atomically returns, or
// later, all at once, with sync_filesystem (batch: one sync instead of one per file).
enum class Durability { sync_now, sync_later };

// Writes `content` to `path` atomically (temp file in the same directory, fsync,
// rename), mode 0600. Refuses to replace an existing file unless `force`.
// Throws Error(cant_create) or Error(io_error).
void write_file_atomically(const std::string& path, std::string_view content, bool force,
                           Durability durability = Durability::sync_now);

// Flushes everything written to the filesystem holding `dir` (syncfs).
// Throws Error(io_error).
void sync_filesystem(const std::string& dir);

}  // namespace backstride::cli
