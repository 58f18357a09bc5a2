#include <catch2/catch.hpp>

#include <fmt/format.h>

#include "backstride/uuid.hpp"

using namespace backstride;

namespace {

std::string hex(const std::array<std::uint8_t, 20>& digest) {
  std::string out;
  for (auto byte : digest) {
    out += fmt::format("{:02x}", byte);
  }
  return out;
}

}  // namespace

TEST_CASE("sha1 matches the FIPS 180 test vectors") {
  CHECK(hex(sha1("")) == "da39a3ee5e6b4b0d3255bfef95601890afd80709");
  CHECK(hex(sha1("abc")) == "a9993e364706816aba3e25717850c26c9cd0d89d");
  CHECK(hex(sha1("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")) ==
        "84983e441c3bd26ebaae4aa1f95129e5e54670f1");
  CHECK(hex(sha1(std::string(1000000, 'a'))) == "34aa973cd4c4daa4f61eeb2bdbad27316534016f");
}

TEST_CASE("uuid_v5 is stable, versioned and distinct per name") {
  auto a = uuid_v5("p-0042/S01-1");
  CHECK(a == uuid_v5("p-0042/S01-1"));
  CHECK(a != uuid_v5("p-0042/S01-2"));
  REQUIRE(a.size() == 36);
  CHECK(a[14] == '5');
  CHECK((a[19] == '8' || a[19] == '9' || a[19] == 'a' || a[19] == 'b'));
  CHECK(a.find("p-0042") == std::string::npos);
}
