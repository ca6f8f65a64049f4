#include "data/load_diagnostics.h"

#include <algorithm>

namespace tw::detail {

void DiagnosticSink::error_at(std::size_t offset, std::string path, std::string message) {
  // Errors come mostly in text order: count lines on from the previous error rather than from
  // the start, so 100 errors at the end of a 10 MB file cost one pass over it, not 100.
  if (offset < counted_to_) {
    counted_to_ = 0;
    counted_ = TextPosition{1, 1};
  }
  counted_ = position_after(text_, counted_to_, counted_, offset);
  counted_to_ = std::min(offset, text_.size());
  errors_.push_back(
      Diagnostic{std::move(path), std::move(message), counted_.line, counted_.column});
}

}  // namespace tw::detail
