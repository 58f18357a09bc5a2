#include "io/session_folder.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <regex>
#include <set>

#include <sys/stat.h>

#include <fmt/format.h>

#include "backstride/error.hpp"
#include "io/output_target.hpp"

namespace backstride::cli {
namespace {

// True for a name a per-session file of some plan has: "S01-1.fit" (a stage id, a dash,
// the session's number, the extension given).
bool session_file_name(const std::string& name, std::string_view extension) {
  static const std::regex k_session("[A-Z][0-9]{2}-[0-9]{1,3}");
  std::string suffix = std::string(".").append(extension);
  return name.size() > suffix.size() && name.ends_with(suffix) &&
         std::regex_match(name.substr(0, name.size() - suffix.size()), k_session);
}

// Removes the session files (of `extension`) in `dir` that `files` does not have: what an
// earlier plan wrote for sessions this one no longer has.
std::size_t remove_stale_session_files(const std::string& dir,
                                       const std::vector<render::SessionFile>& files,
                                       std::string_view extension) {
  std::size_t removed = 0;
  std::set<std::string> current;
  for (const auto& file : files) {
    current.insert(file.name);
  }
  std::error_code ec;
  for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    std::string name = it->path().filename().string();
    std::error_code kind_ec;
    if (session_file_name(name, extension) && current.count(name) == 0 &&
        it->symlink_status(kind_ec).type() == std::filesystem::file_type::regular) {
      if (std::filesystem::remove(it->path(), kind_ec)) {
        ++removed;
      }
    }
  }
  return removed;
}

}  // namespace

void check_session_folder(const std::string& dir, bool force) {
  struct stat info {};
  if (::stat(dir.c_str(), &info) != 0) {
    if (errno == ENOENT) {
      return;
    }
    throw Error(ExitCode::cant_create,
                fmt::format("{}: cannot use as a folder: {}", dir, std::strerror(errno)));
  }
  if (!S_ISDIR(info.st_mode)) {
    throw Error(ExitCode::cant_create,
                fmt::format("{}: is {} (allowed: a folder, which is created when missing)", dir,
                            file_kind_name(info.st_mode)));
  }
  std::error_code ec;
  std::filesystem::directory_iterator entries(dir, ec);
  if (ec) {
    throw Error(ExitCode::cant_create, fmt::format("{}: cannot list: {}", dir, ec.message()));
  }
  if (!force && entries != std::filesystem::directory_iterator()) {
    throw Error(ExitCode::cant_create,
                fmt::format("{}: already holds files (use --force to write into it, replacing "
                            "this plan's session files; or give a new or empty folder)",
                            dir));
  }
}

std::size_t write_session_folder(const std::string& dir,
                                 const std::vector<render::SessionFile>& files,
                                 std::string_view extension, bool force, Durability durability) {
  std::error_code ec;
  if (files.empty() && (!force || !std::filesystem::is_directory(dir, ec))) {
    return 0;  // nothing to write, and no folder to tidy
  }
  check_session_folder(dir, force);
  make_private_dir(dir);
  for (const auto& file : files) {
    write_file_atomically((std::filesystem::path(dir) / file.name).string(), file.bytes, force,
                          Durability::sync_later);
  }
  std::size_t removed = force ? remove_stale_session_files(dir, files, extension) : 0;
  if (durability == Durability::sync_now) {
    sync_filesystem(dir);
  }
  return removed;
}

}  // namespace backstride::cli
