#include "io/session_folder.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>

#include <sys/stat.h>

#include <fmt/format.h>

#include "backstride/error.hpp"
#include "io/output_target.hpp"

namespace backstride::cli {
namespace {

// Creates `dir` and its missing parents, each with mode 0700.
void make_folder(const std::string& dir) {
  std::filesystem::path path;
  for (const auto& part : std::filesystem::path(dir)) {
    path /= part;
    if (::mkdir(path.c_str(), 0700) != 0 && errno != EEXIST) {
      throw Error(
          errno == ENOSPC || errno == EIO ? ExitCode::io_error : ExitCode::cant_create,
          fmt::format("{}: cannot create directory: {}", path.string(), std::strerror(errno)));
    }
  }
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

void write_session_folder(const std::string& dir, const std::vector<render::SessionFile>& files,
                          bool force, Durability durability) {
  check_session_folder(dir, force);
  make_folder(dir);
  check_session_folder(dir, true);  // what was made (or was there) is a folder
  for (const auto& file : files) {
    write_file_atomically((std::filesystem::path(dir) / file.name).string(), file.bytes, force,
                          Durability::sync_later);
  }
  if (durability == Durability::sync_now) {
    sync_filesystem(dir);
  }
}

}  // namespace backstride::cli
