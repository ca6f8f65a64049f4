// The embed's texts around its charts. With both flows side by side in the strip, each flow's
// lead sentence goes with the first chart of that flow it describes (its caption); the key
// sentence under the strip keeps the combined direction, "(implied)", and how the sum is made
// with the caveat that the story's own statement is not merged with it becomes a note of the
// page, marked on the key sentence: one phone screen (issue #10). The full layout keeps the
// whole narrative.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "trade_widget/dataset.h"
#include "trade_widget/view.h"

namespace tw::detail {

struct EmbedTexts {
  std::vector<ChartRequest> charts;   ///< as drawn: a chart of several flows, one per flow
  std::vector<std::string> captions;  ///< one per chart ("": none)
  std::string key_sentence;           ///< the text under the charts, up to the caveat's mark
  std::optional<ViewNote> caveat;     ///< the combined note after the view's notes, marked there
  std::string key_more;               ///< the rest of the text under the charts
};

/// The charts the embed draws for the view and the sentences that go with them.
EmbedTexts embed_texts(const Dataset& ds, const View& view, Lang lang);

}  // namespace tw::detail
