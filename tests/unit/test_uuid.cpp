#include <catch2/catch.hpp>

#include <string>

#include "backstride/uuid.hpp"

using namespace backstride;

TEST_CASE("uuid_v5 gives the UIDs calendars already hold (RFC 4122 name-based, SHA-1)") {
  // As the golden ICS files have them (plan-ics-emergency), and as Python's uuid.uuid5
  // gives for backstride's namespace 6f1c2b9e-4d53-4a8b-9c07-3e51d27a6014.
  CHECK(uuid_v5("beginner-chronic/see-a-clinician") == "a5397156-6461-56dd-9ddc-b6f164447854");
  CHECK(uuid_v5("beginner-chronic/finished") == "50e1f865-e8b6-5c8c-9a7e-6fa9dc5416b1");
  CHECK(uuid_v5("p-0042/S01-1") == "6e79bf34-66e4-510f-9b68-ba4fdd2037bd");
  CHECK(uuid_v5(std::string(100, 'x')) == "1376782b-1d1f-5574-95da-ea06a76e8128");  // 2 blocks
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
