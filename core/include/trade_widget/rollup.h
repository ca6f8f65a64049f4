// Totals over a range of months, fast enough to recompute on every toggle with a million
// observations: volumes summed by flow x product and by flow x partner, the year-on-year change
// of each sum, and the share of the largest partners in each flow. Every figure here is derived.
#pragma once

#include <cstdint>
#include <limits>
#include <optional>
#include <vector>

#include "trade_widget/dataset.h"
#include "trade_widget/result.h"

namespace tw {

/// A range of months (month indexes as in Period: year * 12 + month - 1), both inclusive.
struct RollupRequest {
  int start = 0;
  int end = 0;
  int top = 10;  ///< how many partners the concentration figure takes
};

/// The request for exactly the months of one of the dataset's periods.
RollupRequest rollup_request(const Period& period, int top = 10);

/// A sum of stated volumes, with what it left out.
struct RollupSum {
  /// Sum of the stated volumes, in `unit`: the products' unit when they share one; across units
  /// the dataset's unit (0), each volume converted by its unit's declared factor.
  double volume = 0;
  /// Within one unit the most digits after the point among the added volumes; across units the
  /// precision of the coarsest of them once converted (5.15 t + 3,500 kg: 2, as 8.65 t).
  int decimals = 0;
  int unit = kNone;  ///< position in the dataset's units (Dataset::unit), kNone: nothing added
  /// The same sum in the dataset's unit: what comparisons (changes, ranks, shares) use.
  double in_volume_unit = 0;
  int coarsest = std::numeric_limits<int>::max();  ///< digits of the coarsest input, converted
  bool mixed = false;                              ///< volumes of more than one unit were added
  std::uint32_t stated = 0;                        ///< volumes added
  std::uint32_t missing = 0;  ///< rows in the range whose volume no source gives (null)
  /// Added volumes that a source gives only as a bound or "about": the sum is not exact.
  std::uint32_t qualified = 0;
  bool present() const { return stated > 0; }
  /// No row of the range is null: the sum is not a lower bound.
  bool complete() const { return missing == 0; }
};

/// One flow x product (or flow x partner) over the range and the same months a year earlier.
struct RollupGroup {
  int flow = 0;
  int item = 0;  ///< product position in by_product, partner position in by_partner
  RollupSum current;
  RollupSum prior;
  /// Change of the sums in % (derived). Only when both sums are present and complete and the
  /// prior one is above zero: a change between sums with different gaps measures the gaps. Nor
  /// when either sum holds a qualified volume: a change of bounds is no figure.
  std::optional<double> yoy;
};

/// The largest partners of one flow and their share of it.
struct TopPartners {
  int flow = 0;
  RollupSum total;            ///< every non-aggregate partner and product of the flow
  std::vector<int> partners;  ///< partner positions, largest volume first (ties: dataset order)
  double volume = 0;          ///< their summed volume, in the dataset's unit
  /// Their share of the total in % (derived), when the total is above zero. total.missing says
  /// how many rows of the flow have no figure.
  std::optional<double> share;
};

struct Rollup {
  RollupRequest request;
  /// flows x products, flow-major (flow * products + product). Sums over non-aggregate partners;
  /// an aggregate product is summed on its own, never added to other products.
  std::vector<RollupGroup> by_product;
  /// flows x partners, flow-major (flow * partners + partner). Sums over non-aggregate products;
  /// an aggregate partner ("world") is summed on its own, never added to other partners.
  std::vector<RollupGroup> by_partner;
  std::vector<TopPartners> top_partners;  ///< one per flow (non-aggregate partners only)
};

/// Sums the volume rows whose period lies inside the range (and inside the range a year
/// earlier). When periods in a range overlap (months and the half-year or Jan-Sep total holding
/// them), each flow x product x partner series takes its stated figures first, longest period
/// first, then fills the months left with shorter periods, so a stated total wins over a sum of
/// its parts and nothing is counted twice. Errors: end before start, top below 1.
Result<Rollup> rollup(const Dataset& ds, const RollupRequest& request);

}  // namespace tw
