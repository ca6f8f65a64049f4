#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>

#include "trade_widget/scale.h"

namespace {
bool is_nice(double step) {
  const double power = std::pow(10.0, std::floor(std::log10(step) + 1e-9));
  const double m = step / power;
  return std::fabs(m - 1) < 1e-9 || std::fabs(m - 2) < 1e-9 || std::fabs(m - 5) < 1e-9;
}
}  // namespace

TEST_CASE("nice steps are 1, 2 or 5 times a power of ten") {
  CHECK(tw::nice_step(48355.7, 5) == 10000);
  CHECK(tw::nice_step(100, 10) == 10);
  CHECK(tw::nice_step(100, 4) == 50);
  CHECK(tw::nice_step(1, 5) == Approx(0.2));
  CHECK(tw::nice_step(0.3, 3) == Approx(0.1));
  for (double span : {0.07, 1.0, 3.3, 57.8, 95.8, 1234.5, 62585.2}) {
    for (int count = 1; count <= 10; ++count) {
      const double step = tw::nice_step(span, count);
      CHECK(is_nice(step));
      CHECK(span / step <= count + 1e-9);
    }
  }
}

TEST_CASE("ticks cover the domain in whole steps, within the count") {
  const tw::Ticks t = tw::nice_ticks(0, 48355.7, 6);
  CHECK(t.step == 10000);
  CHECK(t.decimals == 0);
  CHECK(t.values == std::vector<double>{0, 10000, 20000, 30000, 40000, 50000});
  const tw::Ticks d = tw::nice_ticks(-57.8, 38, 6);
  CHECK(d.lo() <= -57.8);
  CHECK(d.hi() >= 38);
  CHECK(d.values.size() - 1 <= 6);
  CHECK(std::find(d.values.begin(), d.values.end(), 0.0) != d.values.end());
  for (int count = 1; count <= 10; ++count) {
    const tw::Ticks c = tw::nice_ticks(-45.6, 12.6, count);
    CHECK(c.lo() <= -45.6);
    CHECK(c.hi() >= 12.6);
    CHECK(is_nice(c.step));
  }
  const tw::Ticks small = tw::nice_ticks(0, 0.7, 4);
  CHECK(small.decimals == 1);
  const tw::Ticks flat = tw::nice_ticks(0, 0, 5);
  CHECK(flat.hi() > flat.lo());
  CHECK(std::signbit(tw::nice_ticks(-1, 0, 2).values.back()) == false);  // no "-0"
}

TEST_CASE("a linear scale maps the domain onto the range, reversed ranges included") {
  const tw::LinearScale x(0, 50000, 100, 600);
  CHECK(x(0) == 100);
  CHECK(x(50000) == 600);
  CHECK(x(24151.3) == Approx(100 + 24151.3 / 100));
  const tw::LinearScale y(0, 10000, 300, 50);  // SVG y grows downwards
  CHECK(y(0) == 300);
  CHECK(y(10000) == 50);
  CHECK(y(5000) == 175);
  CHECK(tw::LinearScale(3, 3, 10, 20)(3) == 10);
}
