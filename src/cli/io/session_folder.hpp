#pragma once

#include <string>
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
// are replaced, and session files of the same extension that this plan no longer has
// ("S01-1.fit", from an earlier plan) are removed; any other file is left alone. With
// Durability::sync_now, synced once at the end. Throws Error(cant_create | io_error).
void write_session_folder(const std::string& dir, const std::vector<render::SessionFile>& files,
                          bool force, Durability durability);

}  // namespace backstride::cli
