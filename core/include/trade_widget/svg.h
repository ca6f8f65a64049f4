// SVG text from a scene. Every text and attribute value from data goes through one small
// markup builder that escapes it; output is byte-identical on every platform.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "trade_widget/scene.h"

namespace tw {

/// Escapes for XML text and attribute values: & < > " ' become entities; characters XML does
/// not allow (C0 controls other than tab, newline, carriage return; U+FFFE, U+FFFF) and
/// invalid UTF-8 become U+FFFD.
std::string escape_xml(std::string_view text);

/// A coordinate with at most one decimal, written without the C library (no locale):
/// 12.25 -> "12.3", 3.0 -> "3", -0.04 -> "0".
std::string coordinate(double value);

/// The one place markup is written. Element and attribute names come from code; every value
/// and every text passes through escape_xml here.
class Markup {
 public:
  enum class Syntax { xml, html };
  /// xml (SVG): an empty element is written "<tag/>". html: "<tag></tag>", and a void element
  /// (input, br, img, meta, link, hr, wbr) "<tag>", as an HTML parser reads them.
  explicit Markup(Syntax syntax = Syntax::xml) : html_(syntax == Syntax::html) {}
  /// Starts an element ("<tag"); attributes may follow until content or close().
  Markup& open(const char* tag);
  Markup& attr(const char* name, std::string_view value);
  Markup& attr(const char* name, double value);  ///< written with coordinate()
  Markup& text(std::string_view content);
  /// Ends the innermost open element ("/>" when it has no content).
  Markup& close();
  /// A line break between elements, so golden files diff line by line.
  Markup& newline();
  /// Markup that this builder wrote before (an SVG from to_svg), inserted as it is: never text
  /// from data.
  Markup& raw(std::string_view built_markup);
  const std::string& str() const { return out_; }

 private:
  struct Element {
    const char* tag;
    bool has_content;
  };
  /// Ends a pending start tag with ">" and records that the current element has content.
  void mark_content();
  std::string out_;
  std::vector<Element> stack_;
  bool start_tag_open_ = false;
  bool html_ = false;
};

struct SvgOptions {
  /// Embeds chart_theme_css() in a <style> element, for an SVG file opened on its own. The page
  /// links the same rules as a stylesheet instead.
  bool embed_style = false;
};

/// The scene as an SVG document: role="img", <title>, <desc>, one element per mark.
std::string to_svg(const Scene& scene, const SvgOptions& options = {});

/// The default colours and fonts of the CSS classes charts use, as custom properties with
/// fallbacks: the text of core/src/chart/chart-theme.css, its one source.
const char* chart_theme_css();

}  // namespace tw
