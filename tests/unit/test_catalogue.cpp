// The wording catalogue: per-call languages, plural forms, the rule engine's sentences.
#include <catch2/catch.hpp>

#include <string>
#include <thread>

#include "backstride/error.hpp"
#include "backstride/languages.hpp"
#include "backstride/render/catalogue.hpp"

using namespace backstride;
using namespace backstride::render;

TEST_CASE("the languages are English and each embedded translation") {
  CHECK(available_languages() == std::vector<std::string>{"en", "es"});
  CHECK(is_available_language("es"));
  CHECK_FALSE(is_available_language("fr"));
  CHECK(catalogue_bytes("en").empty());
  CHECK_FALSE(catalogue_bytes("es").empty());
}

TEST_CASE("a LanguageScope changes the words on this thread and restores them") {
  CHECK(current_language() == "en");
  CHECK(say("title_jogging") == "Your walk/jog plan");
  {
    LanguageScope spanish("es");
    CHECK(current_language() == "es");
    CHECK(say("title_jogging") == "Su plan de caminar y trotar");
    {
      LanguageScope english("en");
      CHECK(say("title_jogging") == "Your walk/jog plan");
    }
    CHECK(say("title_jogging") == "Su plan de caminar y trotar");
  }
  CHECK(current_language() == "en");
  CHECK_THROWS_AS(LanguageScope("fr"), Error);
}

TEST_CASE("plural forms come from the catalogue") {
  LanguageScope spanish("es");
  CHECK(say_n("cue_minutes", 1) == "1 minuto");
  CHECK(say_n("cue_minutes", 2) == "2 minutos");
  CHECK(say_n("cue_minutes", 0) == "0 minutos");
}

TEST_CASE("core sentences: catalogue ids, rule-engine templates and nested sentences") {
  Words limit{"chk_next_morning", {{"usual", "3"}}};
  Words fever = rule_words("fever");
  Words urgent = rule_words("{reason}: stop the plan and see a clinician", {}, {{"reason", fever}});
  CHECK(say(limit) == "Next morning: note how your back feels; it should be back to 3 or less.");
  CHECK(say(urgent) == "fever: stop the plan and see a clinician");
  CHECK(say(Words()).empty());
  LanguageScope spanish("es");
  CHECK(say(limit).find("3 o menos") != std::string::npos);
  CHECK(say(fever) == "fiebre");
  CHECK(say(urgent).starts_with("fiebre: "));
  // A template the catalogue lacks (a clinic's own program, say) stays as written.
  CHECK(say(rule_words("not in any catalogue {x}", {{"x", "1"}})) == "not in any catalogue 1");
  CHECK(program_words("Done.") == "Done.");
}

TEST_CASE("two threads speak their own languages at once") {
  std::string english;
  std::string spanish;
  std::thread a([&] {
    LanguageScope scope("en");
    for (int i = 0; i < 200; ++i) {
      english = say("title_walking");
    }
  });
  std::thread b([&] {
    LanguageScope scope("es");
    for (int i = 0; i < 200; ++i) {
      spanish = say("title_walking");
    }
  });
  a.join();
  b.join();
  CHECK(english == "Your walking plan");
  CHECK(spanish != english);
  CHECK_FALSE(spanish.empty());
}
