#include <catch2/catch.hpp>

#include "backstride/history.hpp"

using namespace backstride;

TEST_CASE("symptoms are read as people type them") {
  CHECK(symptom_from_words("Sharp pain") == Symptom::sharp_pain);
  CHECK(symptom_from_words("  sharp--PAIN ") == Symptom::sharp_pain);
  CHECK(symptom_from_words("new_leg_pain") == Symptom::new_leg_pain);
  CHECK(symptom_from_words("1") == Symptom::new_leg_pain);
  CHECK(symptom_from_words("12") == Symptom::fever);
  CHECK_FALSE(symptom_from_words("13"));
  CHECK_FALSE(symptom_from_words("0"));
  CHECK_FALSE(symptom_from_words("sharppain"));
  CHECK(symptom_spelling("Leg  Weakness") == "leg_weakness");
}

TEST_CASE("an answer names symptoms or none; other words are asked about again") {
  auto both = read_symptom_answer("Sharp pain and limp; sharp-pain");
  CHECK(both.symptoms == std::vector{Symptom::sharp_pain, Symptom::limp});
  CHECK(both.unknown.empty());
  for (const char* none : {"", "none", "No", "  nothing ", ","}) {
    auto read = read_symptom_answer(none);
    CHECK(read.symptoms.empty());
    CHECK(read.unknown.empty());
  }
  auto typo = read_symptom_answer("fevr, 9");
  CHECK(typo.symptoms == std::vector{Symptom::limp});
  CHECK(typo.unknown == std::vector<std::string>{"fevr"});
}
