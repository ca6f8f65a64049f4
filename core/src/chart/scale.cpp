#include "trade_widget/scale.h"

#include <algorithm>
#include <cmath>

namespace tw {

double nice_step(double span, int max_count) {
  max_count = std::max(1, max_count);
  if (!(span > 0) || !std::isfinite(span)) return 1;
  const double raw = span / max_count;
  double power = std::pow(10.0, std::floor(std::log10(raw)));
  for (;;) {
    for (double m : {1.0, 2.0, 5.0}) {
      // The tolerance keeps 0.3 / 3 = 0.09999... from choosing 0.2 over 0.1.
      if (m * power >= raw * (1 - 1e-9)) return m * power;
    }
    power *= 10;
  }
}

Ticks nice_ticks(double lo, double hi, int max_count) {
  if (hi < lo) std::swap(lo, hi);
  if (hi == lo) hi = lo + (lo == 0 ? 1 : std::fabs(lo) * 0.1);
  Ticks t;
  t.step = nice_step(hi - lo, max_count);
  // Enough intervals after rounding the ends outwards, or a coarser step.
  for (;;) {
    const double first = std::floor(lo / t.step + 1e-9);
    const double last = std::ceil(hi / t.step - 1e-9);
    if (last - first <= std::max(1, max_count) || max_count <= 1) {
      t.values.clear();
      for (double i = first; i <= last; ++i) {
        const double v = i * t.step;
        t.values.push_back(v == 0 ? 0.0 : v);  // no "-0"
      }
      break;
    }
    t.step = nice_step(t.step * 1.5 * max_count, max_count);
  }
  t.decimals = t.step >= 1 ? 0 : static_cast<int>(std::ceil(-std::log10(t.step) - 1e-9));
  return t;
}

LinearScale::LinearScale(double d0, double d1, double r0, double r1)
    : d0_(d0), d1_(d1), r0_(r0), r1_(r1) {}

double LinearScale::operator()(double value) const {
  if (d1_ == d0_) return r0_;
  return r0_ + (value - d0_) / (d1_ - d0_) * (r1_ - r0_);
}

}  // namespace tw
