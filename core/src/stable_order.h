// Stable sorting through one instantiation of std::stable_sort for the whole core. Why: each
// std::stable_sort with its own comparator (a lambda is a type of its own) brings its own copy
// of libc++'s merge sort into the page module, about 3 KB of code each (`make module-breakdown`).
// Here every caller sorts positions (int) through a function pointer; the order is the one
// std::stable_sort gives (equal items keep their order), which readers see in rankings.
#pragma once

#include <numeric>
#include <utility>
#include <vector>

namespace tw::detail {

using PositionLess = bool (*)(const void* context, int a, int b);

/// Sorts `positions` stably by less(context, a, b).
void stable_sort_positions(std::vector<int>& positions, PositionLess less, const void* context);

/// Sorts `positions` stably by less(a, b), any callable.
template <class Less>
void stable_sort_positions(std::vector<int>& positions, const Less& less) {
  stable_sort_positions(
      positions,
      [](const void* context, int a, int b) { return (*static_cast<const Less*>(context))(a, b); },
      &less);
}

/// Sorts `items` stably by less(item, item): through their positions, then one move each.
template <class T, class Less>
void stable_sort_items(std::vector<T>& items, const Less& less) {
  std::vector<int> positions(items.size());
  std::iota(positions.begin(), positions.end(), 0);
  stable_sort_positions(positions, [&items, &less](int a, int b) {
    return less(items[static_cast<std::size_t>(a)], items[static_cast<std::size_t>(b)]);
  });
  std::vector<T> sorted;
  sorted.reserve(items.size());
  for (const int p : positions) sorted.push_back(std::move(items[static_cast<std::size_t>(p)]));
  items = std::move(sorted);
}

}  // namespace tw::detail
