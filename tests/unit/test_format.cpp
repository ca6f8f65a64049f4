#include <catch2/catch.hpp>

#include "trade_widget/format.h"

using tw::Lang;

TEST_CASE("numbers keep the source's precision with thousands separators") {
  CHECK(tw::format_number(23537.7, 1, Lang::en) == "23,537.7");
  CHECK(tw::format_number(48000, 0, Lang::en) == "48,000");
  CHECK(tw::format_number(129.5, 1, Lang::zh) == "129.5");
  CHECK(tw::format_number(1234567.891, 2, Lang::en) == "1,234,567.89");
  CHECK(tw::format_number(-0.04, 1, Lang::en) == "0.0");
  CHECK(tw::format_number(-7.5, 1, Lang::en) == "\u22127.5");
}

TEST_CASE("volumes carry the dataset's unit per language") {
  const tw::Text unit{"t", "吨"};
  CHECK(tw::format_volume(24151.3, 1, unit, Lang::en) == "24,151.3 t");
  CHECK(tw::format_volume(24151.3, 1, unit, Lang::zh) == "24,151.3吨");
}

TEST_CASE("changes are signed with a true minus; shares are plain") {
  CHECK(tw::format_change(38.0, 1, Lang::en) == "+38.0%");
  CHECK(tw::format_change(-45.6, 1, Lang::en) == "\u221245.6%");
  CHECK(tw::format_change(0.0, 1, Lang::zh) == "0.0%");
  CHECK(tw::format_share(40, 0, Lang::en) == "40%");
  CHECK(tw::format_share(99.3, 1, Lang::zh) == "99.3%");
}

TEST_CASE("a figure without a value reads as not reported") {
  const tw::Text unit{"t", "吨"};
  tw::Figure missing;
  missing.origin = tw::Origin::reported_missing;
  CHECK(tw::format_figure(missing, tw::Measure::volume, unit, Lang::en) == "not reported");
  CHECK(tw::format_figure(missing, tw::Measure::share, unit, Lang::zh) == "未报告");
  tw::Figure stated;
  stated.origin = tw::Origin::stated;
  stated.value = -0.4;
  stated.decimals = 1;
  CHECK(tw::format_figure(stated, tw::Measure::yoy, unit, Lang::en) == "\u22120.4%");
}

TEST_CASE("a huge number is written in full, never cut short") {
  const std::string s = tw::format_number(1.07e301, 0, Lang::en);
  CHECK(s.size() == 302 + 100);  // 302 digits and 100 separators
  CHECK(s.rfind("10,70", 0) == 0);
}
