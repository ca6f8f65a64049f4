// Key figures and a short narrative for a selection, generated from the data in English and
// Chinese. Says so when a figure is not reported; marks derived figures as implied.
#pragma once

#include <string>
#include <vector>

#include "trade_widget/dataset.h"
#include "trade_widget/query.h"

namespace tw {

/// The headline figures of one flow x product for one period (partner: the aggregate one).
struct KeyFigure {
  int flow = 0;
  int product = 0;
  int period = 0;
  Figure volume;
  Figure yoy;
  Figure prior;  ///< volume of the same months a year earlier
  int top_partner = kNone;
  Figure top_share;
};

struct Summary {
  int period = 0;
  std::vector<KeyFigure> figures;  ///< flows x products that have any figure, in dataset order
  std::string narrative;           ///< one sentence per key figure
};

/// Key figures of one flow x product x period.
KeyFigure key_figure(const Dataset& ds, int flow, int product, int period);

/// One sentence, e.g. "Exports of rare earth oxides rose 38.0% year on year to 24,151.3 t; the
/// United States accounted for 40%." / "稀土氧化物出口24,151.3吨，同比增长38.0%，其中美国占40%。"
std::string sentence(const Dataset& ds, const KeyFigure& kf, Lang lang);

/// Key figures and narrative for the chosen flows and products in one period.
Summary summarize(const Dataset& ds, const std::vector<int>& flows,
                  const std::vector<int>& products, int period, Lang lang);

}  // namespace tw
