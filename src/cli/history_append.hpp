#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace backstride::cli {

// Appends one line to a JSON Lines file under an exclusive lock (flock), in
// append mode, then fsyncs. Creates the file with mode 0600. If a previous
// writer left no final newline, one is added first, so entries never merge.
// Throws Error(cant_create) or Error(io_error).
void append_line_locked(const std::string& path, std::string_view line);

// Replaces the whole file with `rewrite(current content)` under the same lock, by an
// atomic rename, so a crash leaves the old or the new file, never a mix. An Error
// thrown by `rewrite` leaves the file untouched. Throws Error(no_input) when the
// file is missing.
void update_history_locked(const std::string& path,
                           const std::function<std::string(const std::string&)>& rewrite);

}  // namespace backstride::cli
