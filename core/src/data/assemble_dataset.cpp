#include "data/assemble_dataset.h"

#include <cstdio>
#include <map>
#include <string>

namespace tw::detail {

namespace {
constexpr double kShareTolerance = 0.05;  // sources round shares: 99.96 + 0.05 is not "over 100"
}  // namespace

void check_share_totals(const Dataset& ds, DiagnosticSink& sink) {
  // An ordered map gives the same messages in the same order natively and in wasm.
  std::map<std::uint64_t, double> totals;
  for (const Observation& o : ds.observations) {
    if (o.measure != Measure::share || !o.has_value() || ds.partners[o.partner].aggregate) continue;
    // Only what the shares are at least can be over 100%: "less than 10%" may be far less, and
    // "about" gives no bound to hold against the others.
    const bool floor = o.qualifier == Qualifier::exact || o.qualifier == Qualifier::more_than ||
                       o.qualifier == Qualifier::at_least;
    if (!floor) continue;
    totals[ObservationIndex::key(o.flow, o.product, 0, o.period, Measure::share)] += o.value;
  }
  for (const auto& [key, total] : totals) {
    if (total <= 100.0 + kShareTolerance) continue;
    const auto flow = static_cast<std::size_t>(key >> 56);
    const auto product = static_cast<std::size_t>((key >> 32) & 0xffff);
    const auto period = static_cast<std::size_t>(key & 0xffff);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", total);
    sink.error("observations", "partner shares of " + ds.flows[flow].id + " x " +
                                   ds.products[product].id + " x " + ds.periods[period].id +
                                   " add up to " + buf + "% (more than 100%)");
  }
}

void make_printable(std::vector<Diagnostic>& diagnostics) {
  for (Diagnostic& d : diagnostics) {
    d.path = escape_control_characters(d.path);
    d.message = escape_control_characters(d.message);
  }
}

}  // namespace tw::detail
