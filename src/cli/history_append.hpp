#pragma once

#include <string>
#include <string_view>

namespace backstride::cli {

// Appends one line to a JSON Lines file under an exclusive lock (flock), in
// append mode, then fsyncs. Creates the file with mode 0600. If a previous
// writer left no final newline, one is added first, so entries never merge.
// Throws Error(cant_create) or Error(io_error).
void append_line_locked(const std::string& path, std::string_view line);

}  // namespace backstride::cli
