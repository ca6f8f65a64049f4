// What must hold for any input, checked by both fuzz targets. A broken invariant prints what
// broke and aborts, which libFuzzer reports as a crash with the input that caused it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "trade_widget/dataset.h"
#include "trade_widget/query.h"
#include "trade_widget/result.h"

namespace tw::fuzz {

/// Aborts with a message when cond is false.
void require(bool cond, const std::string& what);

/// Diagnostics reach the page as JSON: each has a message and serialises (valid UTF-8).
void check_diagnostics(const std::vector<Diagnostic>& diagnostics);

/// A loaded dataset is whole: every index points inside its list, every figure is finite.
void check_dataset(const Dataset& ds);

/// A figure shown to readers: present means a finite value, and its text shows that value.
void check_figure(const Dataset& ds, const Figure& f, Measure measure);

/// What the page asks of a loaded dataset (as the wasm bindings do): the description and the
/// default view in both languages, serialised.
void check_page_calls(const Dataset& ds);

/// Loads bytes: the loader answers with a dataset or with errors (never a crash, a hang or a
/// throw), and either answer is usable by the page.
void check_load(std::string_view bytes);

}  // namespace tw::fuzz
