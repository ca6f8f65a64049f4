#include "view/embed_sentences.h"

#include <algorithm>

#include "trade_widget/chart.h"

namespace tw::detail {

namespace {

/// The embed draws a chart of several flows as one chart per flow in its strip (one screen tall).
std::vector<ChartRequest> drawn_apart(const Dataset& ds, const View& view) {
  std::vector<ChartRequest> out;
  for (const ChartRequest& request : view.charts) {
    if (request.flows.size() < 2) {
      out.push_back(request);
      continue;
    }
    for (const std::string& flow : flows_drawn_apart(ds, request)) {
      out.push_back(request);
      out.back().flows = {flow};
    }
  }
  return out;
}

/// The lead sentence of each flow shown: its first card's (the flow's total where the dataset has
/// one), in the order of the cards. The other cards' sentences are in the full narrative.
std::vector<const ViewCard*> lead_cards(const View& view) {
  std::vector<const ViewCard*> out;
  for (const ViewCard& card : view.cards) {
    const auto seen = std::find_if(
        out.begin(), out.end(), [&card](const ViewCard* lead) { return lead->flow == card.flow; });
    if (seen == out.end()) out.push_back(&card);
  }
  return out;
}

/// A chart the lead sentence describes: of that flow alone, and of the card's product or of every
/// product chosen (never a sentence about the total under a chart of one product's partners).
bool describes(const ChartRequest& chart, const ViewCard& lead) {
  return chart.flows.size() == 1 && chart.flows.front() == lead.flow &&
         (chart.product.empty() || chart.product == lead.product);
}

void append(std::string& text, const std::string& more, Lang lang) {
  if (more.empty()) return;
  if (!text.empty() && lang == Lang::en) text += " ";
  text += more;
}

}  // namespace

EmbedTexts embed_texts(const Dataset& ds, const View& view, Lang lang) {
  EmbedTexts out;
  out.charts = drawn_apart(ds, view);
  out.captions.assign(out.charts.size(), "");
  const std::vector<const ViewCard*> leads = lead_cards(view);
  if (leads.empty()) {
    out.key_sentence = view.narrative;
    return out;
  }
  // A flow's sentence goes with its first chart only when the key sentence keeps the combined
  // direction (it never goes blank) and the strip shows the flows apart.
  const bool apart = view.combined && out.charts.size() > 1 && leads.size() > 1;
  std::string flows_text;
  for (const ViewCard* lead : leads) {
    auto chart = out.charts.end();
    if (apart) {
      chart = std::find_if(out.charts.begin(), out.charts.end(),
                           [lead](const ChartRequest& c) { return describes(c, *lead); });
    }
    if (chart != out.charts.end()) {
      out.captions[static_cast<std::size_t>(chart - out.charts.begin())] = lead->sentence;
    } else {
      append(flows_text, lead->sentence, lang);
    }
  }
  if (view.combined) {
    // Both flows of one product: the combined direction first, as the full narrative has it.
    out.key_sentence = view.combined->statement;
    if (!view.combined->note.empty()) {
      int last = 0;
      for (const ViewNote& n : view.notes) last = std::max(last, n.number);
      out.caveat = ViewNote{last + 1, "combined", view.combined->note};
    }
  }
  if (out.caveat) {
    out.key_more = flows_text;
  } else {
    append(out.key_sentence, flows_text, lang);
  }
  return out;
}

}  // namespace tw::detail
