// Key figures and a short narrative for a selection, generated from the data in English and
// Chinese. Says so when a figure is not reported; marks derived figures as implied.
#pragma once

#include <string>
#include <vector>

#include "trade_widget/dataset.h"
#include "trade_widget/query.h"

namespace tw {

/// A partner's figures beside a product's headline: what the sources say about one partner.
struct PartnerFigure {
  int partner = kNone;
  Figure volume;
  Figure share;
  Figure yoy;
};

/// The headline figures of one flow x product for one period: of the aggregate partner (world),
/// or of one chosen partner (`partner` set, `share` its share of the flow).
struct KeyFigure {
  int flow = 0;
  int product = 0;
  int period = 0;
  Figure volume;
  Figure yoy;
  Figure prior;  ///< volume of the same months a year earlier
  int top_partner = kNone;
  Figure top_share;
  /// The figures establish the top partner: its share is above 50%, or every partner's share is
  /// known. Otherwise it is only the largest of those reported.
  bool top_established = false;
  int reported_partners = 0;  ///< partners with a known share (stated or implied)
  /// A partner share is a bound or "about", so "the largest" is an order of bounds.
  bool ranked_on_bounds = false;
  /// The source names the only partners (meta.complete_partners), or nullptr.
  const CompletePartners* only = nullptr;
  int partner = kNone;  ///< kNone: the aggregate partner; else the chosen partner
  Figure share;         ///< the chosen partner's share of the flow (stated or implied)
  /// World figures: the partners whose change on a year earlier a source gives (e.g. magnet
  /// exports to the United States), so the headline can say it without opening the table.
  std::vector<PartnerFigure> partner_changes;
};

struct Summary {
  int period = 0;
  std::vector<KeyFigure> figures;  ///< flows x products that have any figure, in dataset order
  std::string narrative;           ///< one sentence per key figure
};

/// Key figures of one flow x product x period.
KeyFigure key_figure(const Dataset& ds, int flow, int product, int period);

/// Key figures of one partner (not the aggregate one) for a flow x product x period: its volume,
/// share and change on a year earlier, each stated or implied.
KeyFigure partner_key_figure(const Dataset& ds, int flow, int product, int partner, int period);

/// One sentence, e.g. "Exports of rare earth oxides rose 38.0% year on year to 24,151.3 t; the
/// United States accounted for 40%." / "稀土氧化物出口24,151.3吨，同比增长38.0%，其中美国占40%。"
std::string sentence(const Dataset& ds, const KeyFigure& kf, Lang lang);

/// The partner whose figures stand for the whole when a reader asks for none: kNone (the
/// aggregate partner's totals) when the dataset has an aggregate partner, else the first partner
/// (a dataset of one partner not marked aggregate: its figures are that partner's, not totals).
int default_partner(const Dataset& ds);

/// Key figures and narrative for the chosen flows and products in one period; `partner` kNone
/// for the aggregate partner's figures, else one partner's.
Summary summarize(const Dataset& ds, const std::vector<int>& flows,
                  const std::vector<int>& products, int period, Lang lang, int partner = kNone);

/// Two or more flows added up: an aggregate product whose world volume every flow states for the
/// period and for the same months a year earlier (e.g. customs imports + exports).
struct CombinedDirection {
  int product = kNone;  ///< kNone: no product has the totals
  int period = 0;
  int prior_period = kNone;
  Figure now;     ///< derived: the sum of the flows' stated totals
  Figure prior;   ///< derived: the same a year earlier
  Figure change;  ///< derived: % change of the sums
};

CombinedDirection combined_direction(const Dataset& ds, const std::vector<int>& flows,
                                     const std::vector<int>& products, int period);

/// "Imports and exports of rare earths together fell 12.5% year on year to ... (implied: the sum
/// of each flow's stated total)." ("" without a combined direction); without basis the
/// parenthesis is "(implied)" alone, for a page that gives the basis in a note.
std::string combined_statement(const Dataset& ds, const std::vector<int>& flows,
                               const CombinedDirection& c, Lang lang, bool basis);
/// How the combined figures are made: "the sum of each flow's stated total".
std::string combined_basis(Lang lang);
/// When the dataset has key points: that the story's own statement on the trade counts on
/// another basis and is not merged with the sum ("" otherwise, or without a combined direction).
std::string combined_caveat(const Dataset& ds, const CombinedDirection& c, Lang lang);
/// What the statement without its basis leaves to a note: "Imports and exports together
/// (implied): the sum of each flow's stated total." and the caveat, if any.
std::string combined_note(const Dataset& ds, const std::vector<int>& flows,
                          const CombinedDirection& c, Lang lang);
/// The statement with its basis, then the caveat: the sentence the full narrative gives.
std::string combined_sentence(const Dataset& ds, const std::vector<int>& flows,
                              const CombinedDirection& c, Lang lang);

}  // namespace tw
