// Questions asked of a dataset: selected observations, derived figures, partner shares, totals
// and time series. Derived figures are computed here at query time and marked as derived.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "trade_widget/dataset.h"
#include "trade_widget/result.h"

namespace tw {

/// Where a figure comes from.
enum class Origin : std::uint8_t {
  stated,            ///< a source states it (an observation)
  derived,           ///< computed from stated figures ("implied")
  reported_missing,  ///< the dataset has a row for it, and no source gives the value (null)
  absent,            ///< the dataset has no row for it
};

/// A number with its precision and provenance.
struct Figure {
  double value = std::numeric_limits<double>::quiet_NaN();
  int decimals = 0;
  Origin origin = Origin::absent;
  std::int32_t observation = kNone;  ///< the stated observation, when stated or reported_missing
  std::vector<std::int32_t> inputs;  ///< observations a derived figure is computed from
  /// A derived figure shown in place of a stated gap (a null row, e.g. a year-on-year change no
  /// source gives): that row, whose notes still apply to what is shown in its place.
  std::int32_t gap = kNone;
  /// A derived figure with notes of its own (meta.derived_notes): index of that entry, or kNone.
  std::int32_t derived_notes = kNone;
  /// As the source words it, or as far as a derived figure's inputs allow ("more than 80%").
  Qualifier qualifier = Qualifier::exact;
  /// A volume's unit as a position in the dataset's units, when it is not its product's: a sum
  /// across units is written in the dataset's unit (0). kNone: the unit of its product.
  int unit = kNone;
  bool present() const { return origin == Origin::stated || origin == Origin::derived; }
  bool exact() const { return qualifier == Qualifier::exact; }
};

/// The notes that apply to a figure as shown: its row's notes, or those of the gap it fills, and
/// for a derived figure those that meta.derived_notes attaches to it.
std::vector<std::int32_t> figure_notes(const Dataset& ds, const Figure& f);

/// An input of a derived figure and which way the result moves when the input grows: +1 for a
/// numerator or an addend, -1 for a divisor or a subtrahend.
struct QualifiedInput {
  const Figure* figure = nullptr;
  int direction = 1;
};

/// The qualifier of a figure derived from the inputs, whose value is `result`: exact when every
/// input is exact; "about" when any is "about"; a bound when every bound pushes the result the
/// same way ("more than 80" + 20 is "more than 100"). Bounds that push it opposite ways leave no
/// bound at all: false, and the derived figure must not be shown.
bool derived_qualifier(const std::vector<QualifiedInput>& inputs, double result, Qualifier& out);

/// One cell of the cube (measure aside).
struct Cell {
  int flow = 0;
  int product = 0;
  int partner = 0;
  int period = 0;
};

/// Ids chosen by a reader; an empty list means "all".
struct Selection {
  std::vector<std::string> flows;
  std::vector<std::string> products;
  std::vector<std::string> partners;
  std::vector<std::string> periods;
  std::vector<std::string> measures;
};

/// A selection with ids turned into positions (all positions where the list was empty).
struct ResolvedSelection {
  std::vector<int> flows;
  std::vector<int> products;
  std::vector<int> partners;
  std::vector<int> periods;
  std::vector<Measure> measures;
};

/// Unknown ids are errors naming the list and the id.
Result<ResolvedSelection> resolve_selection(const Dataset& ds, const Selection& selection);

/// Positions of the observations matching the selection, in dataset order.
std::vector<std::int32_t> select_observations(const Dataset& ds, const ResolvedSelection& sel);

/// The stated figure for a cell and measure (or why there is none).
Figure stated(const Dataset& ds, const Cell& cell, Measure measure);

/// Year-on-year change (%): stated, or computed from this period's volume and the volume of the
/// same months a year earlier.
Figure year_on_year(const Dataset& ds, const Cell& cell);

/// Volume of the same months a year earlier: stated, or implied by volume / (1 + change).
Figure prior_volume(const Dataset& ds, const Cell& cell);

/// A partner's share of the flow (%): stated, or its volume over the aggregate partner's volume;
/// without that, when the source names the only partners (meta.complete_partners), its volume
/// over the sum of theirs.
Figure partner_share(const Dataset& ds, const Cell& cell);

struct PartnerShare {
  int partner = 0;
  Figure share;
  Figure volume;
};

struct PartnerBreakdown {
  std::vector<PartnerShare> partners;  ///< non-aggregate partners with a share, largest first
  /// 100 minus the known shares (derived), when any is known and the partners are not declared
  /// the only ones.
  Figure others;
  int top_partner = kNone;
  Figure top_share;  ///< concentration: the largest partner's share
  /// The known shares add up to 100%, or the source names the partners as the only ones
  /// (meta.complete_partners); and none is a bound.
  bool complete = false;
  /// The source's statement that these are the only partners, or nullptr.
  const CompletePartners* only = nullptr;
  /// Some share is a bound or "about": an order among the partners is an order of bounds.
  bool ranked_on_bounds = false;
  std::optional<double> hhi;  ///< Herfindahl-Hirschman index (0-10,000), when complete
};

PartnerBreakdown partner_breakdown(const Dataset& ds, int flow, int product, int period);

/// Sum of the volumes of several products for one flow, partner and period. Aggregate products
/// are never added to others; a product without a figure makes the total incomplete (absent).
/// Products in one unit are summed in it (with the most digits among them); products in
/// different units are summed in the dataset's unit (Figure::unit 0), each converted by its
/// unit's declared factor, with the precision of the coarsest input (5.15 t + 3,500 kg is
/// 8.65 t, never 8.650 t, which would claim 1 kg precision for the 5.15 t).
struct Total {
  Figure value;
  std::vector<int> included;  ///< products whose volumes were added
  std::vector<int> missing;   ///< products in the selection without a volume
  /// Products whose volumes are bounds pushing the sum opposite ways: no total can be given.
  std::vector<int> unbounded;
};

Total product_total(const Dataset& ds, int flow, int partner, int period,
                    const std::vector<int>& products);

struct SeriesPoint {
  int period = 0;
  Figure value;
};

/// The shortest non-overlapping periods that have rows for this flow x product x partner x
/// measure, in time order; gaps stay gaps (never interpolated).
std::vector<SeriesPoint> time_series(const Dataset& ds, int flow, int product, int partner,
                                     Measure measure = Measure::volume);

}  // namespace tw
