#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "backstride/render/plan_renderer.hpp"
#include "io/files.hpp"

// The folder a per-session format (fit) is written to: `plan -f fit -o FOLDER` and each
// profile's OUTDIR/<id>/ in a batch.
namespace backstride::cli {

// Refuses a folder that cannot take a plan's session files: something other than a
// folder, or a folder that already holds files (unless `force`). An absent folder is
// fine (write_session_folder creates it). Throws Error(cant_create).
void check_session_folder(const std::string& dir, bool force);

// Creates `dir` when absent (mode 0700, and its missing parents) and writes each file into
// it atomically (mode 0600). With `force`, into a folder holding files: same-named files
// are replaced, and session files of `extension` ("fit") that this plan does not have
// ("S01-1.fit" from an earlier plan; all of them when `files` is empty, a withheld plan)
// are removed; any other file is left alone. No files and no `force`: nothing is made or
// touched. With Durability::sync_now, synced once at the end. Returns how many files were
// removed. Throws Error(cant_create | io_error).
std::size_t write_session_folder(const std::string& dir,
                                 const std::vector<render::SessionFile>& files,
                                 std::string_view extension, bool force, Durability durability);

}  // namespace backstride::cli
