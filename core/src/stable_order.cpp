#include "stable_order.h"

#include <algorithm>

namespace tw::detail {

void stable_sort_positions(std::vector<int>& positions, PositionLess less, const void* context) {
  std::stable_sort(positions.begin(), positions.end(),
                   [less, context](int a, int b) { return less(context, a, b); });
}

}  // namespace tw::detail
