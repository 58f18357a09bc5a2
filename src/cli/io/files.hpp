#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include <fcntl.h>
#include <sys/types.h>

#include "backstride/cli/app.hpp"

namespace backstride::cli {

// The current errno as words ("No such file or directory").
std::string errno_text();

// Text read from a file or stdin, with the name to use in messages.
struct Input {
  std::string text;
  std::string name;  // the path as given, or "<stdin>"
  std::string dir;   // directory that relative paths inside it resolve against
};

// Reads `path` ("-" = stdin), at most `limit` bytes.
// Throws Error(no_input) if missing or unreadable, Error(data_error) if too large.
Input read_input(const std::string& path, Io& io, std::size_t limit);

// Flags for opening an input: never blocks on a FIFO, never becomes a controlling tty.
inline constexpr int k_input_flags = O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC;

// Takes the result of open() for `name` and returns it if it is a regular file; else
// closes it and throws Error(no_input) (a directory, FIFO, socket or device).
int open_regular_input(int fd, const std::string& name);

// Reads all of the open file `fd` (at most limit + 1 bytes), then closes it.
// Throws Error(io_error).
std::string read_descriptor(int fd, std::size_t limit, const std::string& name);

// When a written file reaches the disk: before write_file_atomically returns, or
// later, all at once, with sync_filesystem (batch: one sync instead of one per file).
enum class Durability { sync_now, sync_later };

// The owner, group and permission bits a replacement keeps (the next-morning rewrite).
struct FileIdentity {
  uid_t uid;
  gid_t gid;
  mode_t mode;
};

// Writes `content` to `path` atomically (temp file in the same directory, fsync,
// rename), mode 0600 (or `identity`). Refuses to replace an existing file unless
// `force`, and never replaces anything but a regular file (or a link).
// Throws Error(cant_create) or Error(io_error).
void write_file_atomically(const std::string& path, std::string_view content, bool force,
                           Durability durability = Durability::sync_now,
                           std::optional<FileIdentity> identity = std::nullopt);

// Replaces the file at `path` (where a link points, when it is one) with `content`,
// atomically, keeping the file's owner, group and mode. Throws Error(no_input) when it
// cannot be found, else as write_file_atomically.
void replace_file_in_place(const std::string& path, std::string_view content);

// Hands each piece of a file's content, in order, to `write` (a file too large to hold).
using ContentWriter = std::function<void(const std::function<void(std::string_view)>& write)>;

// write_file_atomically for content given in pieces by `content`.
void write_file_atomically(const std::string& path, const ContentWriter& content, bool force,
                           Durability durability = Durability::sync_now,
                           std::optional<FileIdentity> identity = std::nullopt);

// Creates `dir` and its missing parents, each with mode 0700 (what exists is kept).
// Throws Error(io_error) for a full disk or failing device, else Error(cant_create),
// also when `dir` exists and is not a directory.
void make_private_dir(const std::string& dir);

// Flushes everything written to the filesystem holding `dir` (syncfs).
// Throws Error(io_error).
void sync_filesystem(const std::string& dir);

}  // namespace backstride::cli
