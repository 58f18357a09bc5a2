#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <set>
#include <string>

#include <sys/stat.h>
#include <unistd.h>

#include "cli_runner.hpp"

using cli_runner::run_cli;

namespace {

const std::string k_profile =
    std::string(BACKSTRIDE_SOURCE_DIR) + "/examples/beginner-chronic.json";

// A fresh, absent path in the temp directory, removed (with what is in it) at the end.
struct TempPath {
  std::filesystem::path path = std::filesystem::temp_directory_path() /
                               ("backstride-test-fit-" + std::to_string(::getpid()));
  TempPath() {
    std::filesystem::remove_all(path);
  }
  ~TempPath() {
    std::filesystem::remove_all(path);
  }
  TempPath(const TempPath&) = delete;
  TempPath& operator=(const TempPath&) = delete;
};

std::set<std::string> names_in(const std::filesystem::path& dir) {
  std::set<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    names.insert(entry.path().filename().string());
  }
  return names;
}

unsigned mode_of(const std::filesystem::path& path) {
  struct stat info {};
  REQUIRE(::stat(path.c_str(), &info) == 0);
  return info.st_mode & 07777U;
}

}  // namespace

TEST_CASE("plan -f fit writes one file per session into a new 0700 folder") {
  TempPath temp;
  auto result = run_cli({"plan", k_profile, "--today", "2026-12-01", "-f", "fit", "-o",
                         (temp.path / "a" / "b").string()});
  REQUIRE(result.code == 0);
  auto names = names_in(temp.path / "a" / "b");
  CHECK(names.size() == 54);
  CHECK(names.count("S01-1.fit") == 1);
  CHECK(names.count("S18-3.fit") == 1);
  CHECK(mode_of(temp.path / "a") == 0700);
  CHECK(mode_of(temp.path / "a" / "b") == 0700);
  CHECK(mode_of(temp.path / "a" / "b" / "S01-1.fit") == 0600);
  CHECK(result.out.find("54 fit files written to") == 0);
}

TEST_CASE("plan -f fit refuses stdout and a folder that holds files without --force") {
  TempPath temp;
  CHECK(run_cli({"plan", k_profile, "-f", "fit"}).code == 64);
  CHECK(run_cli({"plan", k_profile, "-f", "fit", "-o", "-"}).code == 64);
  CHECK(run_cli({"plan", k_profile, "-o", "plan.fit"}).code == 64);
  std::filesystem::create_directories(temp.path);
  std::ofstream(temp.path / "S99-1.fit") << "an earlier plan's session";
  std::ofstream(temp.path / "notes.txt") << "mine";
  auto refused = run_cli({"plan", k_profile, "-f", "fit", "-o", temp.path.string()});
  CHECK(refused.code == 73);
  CHECK(names_in(temp.path) == std::set<std::string>{"S99-1.fit", "notes.txt"});
  auto forced = run_cli({"plan", k_profile, "-f", "fit", "-o", temp.path.string(), "--force"});
  REQUIRE(forced.code == 0);
  auto names = names_in(temp.path);
  CHECK(names.count("S99-1.fit") == 0);  // a session this plan no longer has
  CHECK(names.count("notes.txt") == 1);  // not a session file: left alone
  CHECK(names.size() == 55);
}

TEST_CASE("plan -f fit on a withheld plan writes nothing and says so") {
  TempPath temp;
  std::filesystem::create_directories(temp.path);
  std::ifstream in(k_profile);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto at = text.find("\"saddle_numbness\": false");
  REQUIRE(at != std::string::npos);
  text.replace(at, 24, "\"saddle_numbness\": true");
  auto profile = temp.path / "emergency.json";
  std::ofstream(profile) << text;
  auto result = run_cli({"plan", profile.string(), "-f", "fit", "-o", (temp.path / "w").string()});
  CHECK(result.code == 11);
  CHECK(result.err.find("nothing written") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(temp.path / "w"));
  // With --force, the workouts of an earlier plan go; other files stay.
  auto folder = (temp.path / "w").string();
  REQUIRE(run_cli({"plan", k_profile, "-f", "fit", "-o", folder}).code == 0);
  std::ofstream(temp.path / "w" / "notes.txt") << "mine";
  auto kept = run_cli({"plan", profile.string(), "-f", "fit", "-o", folder});
  CHECK(kept.code == 11);
  CHECK(names_in(temp.path / "w").size() == 55);
  auto tidied = run_cli({"plan", profile.string(), "-f", "fit", "-o", folder, "--force"}, false,
                        {{"COLUMNS", "1000"}});
  CHECK(tidied.code == 11);
  CHECK(tidied.err.find("54 session files of an earlier plan removed") != std::string::npos);
  CHECK(names_in(temp.path / "w") == std::set<std::string>{"notes.txt"});
}
