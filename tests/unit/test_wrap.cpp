#include <catch2/catch.hpp>

#include "backstride/render/wrap.hpp"

using namespace backstride::render;

TEST_CASE("display width skips colour codes and counts wide characters twice") {
  CHECK(display_width("GREEN") == 5);
  CHECK(display_width("\x1b[32mGREEN\x1b[0m") == 5);
  CHECK(display_width("山田 太郎") == 9);
  CHECK(display_width("Zoë") == 3);
  CHECK(display_width("e\xcc\x81") == 1);  // e + combining acute accent
  CHECK(display_width("\xff") == 1);       // an invalid byte still takes a column
}

TEST_CASE("wrap breaks at spaces and ends every line with a newline") {
  CHECK(wrap("one two three", 7) == "one two\nthree\n");
  CHECK(wrap("one two three", 100) == "one two three\n");
  CHECK(wrap("", 10) == "\n");
  CHECK(wrap("", 10, "  Note: ") == "  Note:\n");
  CHECK(wrap("  spaced   out ", 20) == "  spaced   out\n");  // spaces inside a line are kept
  CHECK(wrap("spaced   out", 8) == "spaced\nout\n");         // and dropped at a break
}

TEST_CASE("wrap hangs later lines under the text after the label") {
  CHECK(wrap("pain above usual for two days", 20, "Note: ") ==
        "Note: pain above\n"
        "      usual for two\n"
        "      days\n");
  CHECK(wrap("pain above usual", 13, "  - ", 2) ==
        "  - pain\n"
        "  above usual\n");
  CHECK(wrap("a\nb c", 80, "backstride: ") == "backstride: a\n            b c\n");
  CHECK(wrap("a\n\nb", 80, "  ") == "  a\n\n  b\n");  // no spaces on an empty line
}

TEST_CASE("wrap counts display columns and never splits a word that fits a line") {
  CHECK(wrap("Zoë Zoë Zoë", 7) == "Zoë Zoë\nZoë\n");
  CHECK(wrap("山田 太郎 山田", 10) == "山田 太郎\n山田\n");
  CHECK(wrap("\x1b[1mbold\x1b[0m word", 9) == "\x1b[1mbold\x1b[0m word\n");
  for (std::size_t width : {40U, 60U, 100U}) {
    std::string text =
        "Seek urgent care now: numbness in the saddle area, new weakness in both legs";
    std::string wrapped = wrap(text, width, "backstride: ");
    std::string joined;
    for (std::size_t start = 0, end = 0; (end = wrapped.find('\n', start)) != std::string::npos;
         start = end + 1) {
      std::string line = wrapped.substr(start, end - start);
      CHECK(display_width(line) <= width);
      joined.append(joined.empty() ? "" : " ").append(line.substr(line.find_first_not_of(' ')));
    }
    CHECK(joined == "backstride: " + text);
  }
}

TEST_CASE("wrap cuts only a word wider than the whole width") {
  CHECK(wrap("abcdefghij", 4) == "abcd\nefgh\nij\n");
  CHECK(wrap("山田太郎", 5) == "山田\n太郎\n");
  CHECK(wrap("x abcdefghij", 6, "> ") == "> x\n  abcd\n  efgh\n  ij\n");
}

TEST_CASE("wrap moves a word too long for the hang out to keep it whole") {
  CHECK(wrap("a patients/beginner-chronic.json: no", 39, "backstride: ") ==
        "backstride: a\n"
        "        patients/beginner-chronic.json:\n"
        "            no\n");
  CHECK(wrap("patients/beginner-chronic.json: no", 39, "backstride: ") ==
        "backstride:\n"
        "        patients/beginner-chronic.json:\n"
        "            no\n");
}

TEST_CASE("wrap puts the text under a label wider than the hang") {
  CHECK(wrap("the description here", 30, "  --a-very-long-option NAME  ", 8) ==
        "  --a-very-long-option NAME\n"
        "        the description here\n");
  CHECK(wrap("short", 40, "  --a-very-long-option NAME  ", 8) ==
        "  --a-very-long-option NAME  short\n");
}

TEST_CASE("wrap keeps room for text however deep the hang") {
  std::string wrapped = wrap("one two three four five six seven", 30, std::string(28, '.') + " ");
  CHECK(wrapped.substr(0, 29) == std::string(28, '.') + "\n");
  CHECK(wrapped.find("\n" + std::string(15, ' ') + "one two three\n") != std::string::npos);
}
