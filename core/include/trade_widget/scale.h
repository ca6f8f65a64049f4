// Scales: data values to pixels, and "nice" tick values (1, 2 or 5 times a power of ten).
#pragma once

#include <vector>

namespace tw {

/// Tick values covering a domain, and the digits after the point their labels need.
struct Ticks {
  double step = 1;
  int decimals = 0;
  std::vector<double> values;  ///< ascending, from a multiple of step <= lo to one >= hi
  double lo() const { return values.front(); }
  double hi() const { return values.back(); }
};

/// The smallest step of 1, 2 or 5 x 10^n that splits span into at most max_count intervals.
double nice_step(double span, int max_count);

/// Ticks for [lo, hi] with at most max_count intervals (max_count below 1 counts as 1); the
/// domain is extended outwards to whole steps. A zero-width domain is widened upwards.
Ticks nice_ticks(double lo, double hi, int max_count);

/// A linear map from a domain to a pixel range.
class LinearScale {
 public:
  LinearScale() = default;
  LinearScale(double d0, double d1, double r0, double r1);
  double operator()(double value) const;
  double d0() const { return d0_; }
  double d1() const { return d1_; }
  double r0() const { return r0_; }
  double r1() const { return r1_; }

 private:
  double d0_ = 0, d1_ = 1, r0_ = 0, r1_ = 1;
};

}  // namespace tw
