// The widget's content as HTML, written by the core through the one markup builder (svg.h): the
// heading, the controls, the charts, the key sentence, the key figures, the table, the sources
// and the notes. The build writes it into the page (make build, trade-widget page and bundle),
// and the live page inserts the same markup from the module, so the first view is complete
// before the module loads and the module takes over without changing it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "trade_widget/dataset.h"
#include "trade_widget/result.h"
#include "trade_widget/view.h"

namespace tw {

/// embed: one phone screen (title, dek, controls, chart, key sentence, a footer line whose parts
/// open in place). full: the whole report (cards, table, sources and notes shown).
enum class Layout { embed, full };

/// Each chart is drawn at these widths, one SVG each; the page's stylesheet shows the one for
/// its container's width (web/layout.css lists the same widths), so that the markup does not
/// depend on the reader's screen and the page never redraws when the module takes over.
const std::vector<int>& page_chart_widths();

struct WidgetRequest {
  ViewRequest view;
  bool no_products = false;  ///< the reader turned every product off
  Layout layout = Layout::embed;
  std::vector<std::string> ignored;  ///< settings of a link that were not understood
};

/// Parses the view request's fields plus "layout" ("embed" | "full"), "noProducts" (bool) and
/// "ignored" (strings); errors name the field.
Result<WidgetRequest> parse_widget_request(std::string_view json_text);

/// The inside of <main id="widget"> for the request; errors name unknown ids.
Result<std::string> widget_html(const Dataset& ds, const WidgetRequest& request);

/// The URL hash of a state, as the page writes it ("#flow=export&view=volumes&lang=en"): the
/// page marks what it was built for, so that a link to another state is not shown the default.
std::string default_state_hash(const Dataset& ds, Lang lang);

}  // namespace tw
