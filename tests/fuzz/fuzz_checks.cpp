#include "fuzz_checks.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>

#include "trade_widget/format.h"
#include "trade_widget/json_writer.h"
#include "trade_widget/load.h"
#include "trade_widget/view.h"

namespace tw::fuzz {

void require(bool cond, const std::string& what) {
  if (cond) return;
  std::fprintf(stderr, "invariant broken: %s\n", what.c_str());
  std::abort();
}

namespace {

/// A reply as the bindings write it must parse as JSON (the writer turns bytes that are not
/// UTF-8 into U+FFFD), or the page would show "could not load the dataset" instead of the
/// real message.
std::string parse_or_abort(std::string text, const char* what) {
  require(nlohmann::json::accept(text),
          std::string(what) + " is not valid JSON: " + text.substr(0, 200));
  return text;
}

template <class T>
bool inside(std::int32_t index, const std::vector<T>& list) {
  return index >= 0 && static_cast<std::size_t>(index) < list.size();
}

/// The digits of |value| at the given precision, from a buffer large enough for any double.
std::string reference_digits(double value, int decimals) {
  char buf[512];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, std::fabs(value));
  return buf;
}

std::string without_grouping(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c != ',') out += c;
  }
  const std::string minus = "\u2212";
  if (out.rfind(minus, 0) == 0) out.erase(0, minus.size());
  return out;
}

}  // namespace

void check_diagnostics(const std::vector<Diagnostic>& diagnostics) {
  for (const Diagnostic& d : diagnostics) {
    require(!d.message.empty(), "a diagnostic without a message at " + d.path);
    require(d.line >= 0 && d.column >= 0, "negative line or column: " + d.to_string());
    // Messages reach terminals and the page as one line: no raw control character.
    for (const std::string* part : {&d.path, &d.message}) {
      for (const char c : *part) {
        require(static_cast<unsigned char>(c) >= 0x20 && c != 0x7F,
                "a raw control character in a diagnostic: " + d.to_string());
      }
    }
  }
  JsonWriter out;
  write_diagnostics(out, diagnostics);
  parse_or_abort(out.take(), "a diagnostic");
}

void check_dataset(const Dataset& ds) {
  require(!ds.flows.empty() && !ds.products.empty() && !ds.partners.empty() && !ds.periods.empty(),
          "a loaded dataset with an empty dimension");
  require(inside(ds.meta.default_flow, ds.flows), "default flow out of range");
  require(inside(ds.meta.default_period, ds.periods), "default period out of range");
  for (const Period& p : ds.periods) {
    require(p.start >= 0 && p.end >= p.start, "period " + p.id + " has a bad range");
  }
  for (const Source& s : ds.meta.sources) {
    require(s.url.empty() || s.url.rfind("http://", 0) == 0 || s.url.rfind("https://", 0) == 0,
            "a source link that is not http(s): " + s.url);
  }
  for (std::size_t i = 0; i < ds.observations.size(); ++i) {
    const Observation& o = ds.observations[i];
    const std::string at = "observations[" + std::to_string(i) + "]";
    require(o.flow < ds.flows.size() && o.product < ds.products.size() &&
                o.partner < ds.partners.size() && o.period < ds.periods.size(),
            at + " points outside a dimension");
    require(!o.has_value() || std::isfinite(o.value), at + " has a non-finite value");
    require(!o.has_value() || o.source != kNone, at + " has a figure without a source");
    require(o.source == kNone || inside(o.source, ds.meta.sources), at + " bad source index");
    require(o.note == kNone || inside(o.note, ds.meta.notes), at + " bad note index");
    require(o.ref == kNone || inside(o.ref, ds.refs), at + " bad ref index");
    const Observation* found = ds.find(o.flow, o.product, o.partner, o.period, o.measure);
    require(found == &o, at + " is not found under its own key");
  }
}

void check_figure(const Dataset& ds, const Figure& f, Measure measure) {
  if (f.observation != kNone) {
    require(inside(f.observation, ds.observations), "figure from a bad observation index");
  }
  for (std::int32_t i : f.inputs) {
    require(inside(i, ds.observations), "derived figure from a bad observation index");
  }
  const std::string text = format_figure(ds, f, measure, Lang::en);
  if (!f.present()) {
    require(text == "not reported", "a missing figure shows as " + text);
    return;
  }
  require(std::isfinite(f.value), "a present figure is not finite: " + text);
  const std::string number = format_number(f.value, f.decimals, Lang::en);
  require(without_grouping(number) == reference_digits(f.value, f.decimals),
          "figure " + reference_digits(f.value, f.decimals) + " shows as " + number);
}

void check_page_calls(const Dataset& ds) {
  for (Lang lang : {Lang::en, Lang::zh}) {
    JsonWriter description;
    write_description(description, ds, lang);
    parse_or_abort(description.take(), "the dataset's description");
    ViewRequest request;
    request.lang = lang;
    const auto view = make_view(ds, request);
    require(view.ok(), "the default view fails");
    JsonWriter reply;
    write_view(reply, view.value());
    parse_or_abort(reply.take(), "the default view");
  }
}

void check_load(std::string_view bytes) {
  const auto loaded = load_dataset(bytes);
  check_diagnostics(loaded.warnings());
  if (!loaded.ok()) {
    require(!loaded.errors().empty(), "a failed load without an error");
    check_diagnostics(loaded.errors());
    return;
  }
  require(loaded.errors().empty(), "a loaded dataset that also has errors");
  check_dataset(loaded.value());
  check_page_calls(loaded.value());
}

}  // namespace tw::fuzz
