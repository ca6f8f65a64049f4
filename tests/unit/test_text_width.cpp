#include <catch2/catch.hpp>

#include "trade_widget/text_width.h"

using tw::shorten_text;
using tw::text_width;
using tw::wrap_text;

TEST_CASE("text widths follow the character classes: digits, Latin, CJK full width") {
  CHECK(text_width("0", 10) == Approx(text_width("9", 10)));
  CHECK(text_width("24,151.3", 12) == Approx(text_width("99,999.9", 12)));
  CHECK(text_width("W", 12) > 3 * text_width("i", 12));
  // A CJK character is one em (plus the safety margin), twice a digit's width or more.
  CHECK(text_width("吨", 10) == Approx(10.6));
  CHECK(text_width("稀土", 10) > 1.5 * text_width("00", 10));
  CHECK(text_width("Oxides", 13, true) > text_width("Oxides", 13));
  CHECK(text_width("Oxides", 26) == Approx(2 * text_width("Oxides", 13)));
  CHECK(text_width("", 12) == 0);
}

TEST_CASE("invalid UTF-8 is measured as replacement characters and never read past the end") {
  CHECK(text_width("\xff", 10) == Approx(text_width("\xef\xbf\xbd", 10)));
  CHECK(text_width("\xe5\x90", 10) > 0);  // a truncated three-byte sequence
  std::size_t pos = 0;
  CHECK(tw::detail::next_code_point("\xe5\x90", pos) == 0xFFFD);
  CHECK(pos == 1);
  pos = 0;
  CHECK(tw::detail::next_code_point("\xc0\xaf", pos) == 0xFFFD);  // overlong '/'
  pos = 0;
  CHECK(tw::detail::next_code_point("\xe5\x90\xa8", pos) == U'吨');
  CHECK(pos == 3);
}

TEST_CASE("wrapped lines fit the width and keep every word") {
  const std::string text =
      "Antaike puts January–September 2025 exports of rare earth separation products at 48,000 t";
  const auto lines = wrap_text(text, 200, 12);
  REQUIRE(lines.size() > 1);
  std::string joined;
  for (const auto& l : lines) {
    CHECK(text_width(l, 12) <= 200);
    joined += (joined.empty() ? "" : " ") + l;
  }
  CHECK(joined == text);
}

TEST_CASE("Chinese wraps between characters, not before closing punctuation or inside 2025年") {
  const std::string text =
      "安泰科统计的2025年1–9月稀土分离产品出口量为48,000吨（同比增长10.9%），中国海关数据不同。";
  const auto lines = wrap_text(text, 120, 12);
  REQUIRE(lines.size() > 2);
  std::string joined;
  for (const auto& l : lines) {
    CHECK(text_width(l, 12) <= 120);
    CHECK(l.rfind("，", 0) != 0);
    CHECK(l.rfind("）", 0) != 0);
    CHECK(l.rfind("。", 0) != 0);
    CHECK(l.rfind("年", 0) != 0);
    CHECK(l.rfind("吨", 0) != 0);
    joined += l;
  }
  CHECK(joined == text);
}

TEST_CASE("too many lines end in an ellipsis; a word longer than a line is broken") {
  const auto two = wrap_text("one two three four five six seven eight nine ten", 60, 12, false, 2);
  REQUIRE(two.size() == 2);
  CHECK(two[1].size() >= 3);
  CHECK(two[1].substr(two[1].size() - 3) == "\u2026");
  CHECK(text_width(two[1], 12) <= 60);
  const auto broken = wrap_text("Supercalifragilisticexpialidocious", 50, 12);
  REQUIRE(broken.size() > 1);
  for (const auto& l : broken) CHECK(text_width(l, 12) <= 50);
  CHECK(wrap_text("", 50, 12).empty());
}

TEST_CASE("shortened text fits and says so with an ellipsis") {
  CHECK(shorten_text("World", 200, 12) == "World");
  const std::string s = shorten_text("Rare earths (customs total)", 80, 13);
  CHECK(text_width(s, 13) <= 80);
  CHECK(s.rfind("Rare", 0) == 0);
  CHECK(s.substr(s.size() - 3) == "\u2026");
}
