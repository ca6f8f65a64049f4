#include "data/load_units.h"

#include <cmath>
#include <set>

#include "data/json_cursor.h"
#include "data/json_text.h"

namespace tw::detail {

using nlohmann::json;

namespace {

/// Digits a figure of this unit gains when written in the dataset's unit: log10 of the factor,
/// rounded up (1 t = 1000 kg: 3; 1 t = 2204.62 lb: 4), so that no converted figure loses a digit.
int extra_decimals(double per_volume_unit) {
  return static_cast<int>(std::ceil(std::log10(per_volume_unit) - 1e-9));
}

void read_other_unit(MetaReader& reader, const json& u, const std::string& path, Meta& meta,
                     std::set<std::string>& seen) {
  if (!u.is_object()) {
    reader.error(path, "expected an object, got " + describe(u));
    return;
  }
  reader.warn_unknown_fields(u, path, {"id", "label", "per_volume_unit"});
  VolumeUnit unit;
  reader.read_string(u, "id", path, unit.id, true);
  if (!unit.id.empty() && !seen.insert(unit.id).second)
    reader.error(path + ".id", "duplicate unit id " + quote_text(unit.id));
  reader.read_text(u, "label", path, unit.label, true);
  const auto factor = u.find("per_volume_unit");
  const std::string how = "how many " + (unit.label.en.empty() ? unit.id : unit.label.en) +
                          " make one " + meta.volume_unit.en + " (1 t = 1000 kg is 1000)";
  if (factor == u.end() || factor->is_null()) {
    reader.error(path + ".per_volume_unit",
                 "expected a number: " + how + ", but the field is missing");
  } else if (!factor->is_number() || !std::isfinite(factor->get<double>()) ||
             factor->get<double>() < 1 || factor->get<double>() > 1e15) {
    // The dataset's unit is the largest: a sum across units is written in it, and a factor
    // below 1 would need digits before the point to be dropped (5.15 t as 5,150 kg claims 1 kg).
    reader.error(path + ".per_volume_unit",
                 "expected a number from 1 to 1e15 (" + how +
                     "; meta.units.volume must be the largest unit), got " + describe(*factor));
  } else {
    unit.per_volume_unit = factor->get<double>();
    unit.per_volume_unit_text = json_text(*factor);  // not dump(): json_text.h
    unit.extra_decimals = extra_decimals(unit.per_volume_unit);
  }
  meta.other_units.push_back(std::move(unit));
}

}  // namespace

void read_units(MetaReader& reader, const json& units, Meta& meta) {
  reader.read_text(units, "volume", "meta.units", meta.volume_unit, true);
  reader.warn_unknown_fields(units, "meta.units", {"volume", "others"});
  const auto others = units.find("others");
  if (others == units.end() || others->is_null()) return;
  if (!others->is_array()) {
    reader.error("meta.units.others", "expected an array of units, got " + describe(*others));
    return;
  }
  std::set<std::string> seen;
  for (std::size_t i = 0; i < others->size(); ++i) {
    read_other_unit(reader, (*others)[i], "meta.units.others[" + std::to_string(i) + "]", meta,
                    seen);
  }
}

int read_product_unit(MetaReader& reader, const json& item, const std::string& path,
                      const Meta& meta) {
  std::string id;
  if (!reader.read_string(item, "unit", path, id, false) || id.empty()) return 0;
  for (std::size_t u = 0; u < meta.other_units.size(); ++u) {
    if (meta.other_units[u].id == id) return static_cast<int>(u) + 1;
  }
  reader.error(path + ".unit", quote_text(id) +
                                   " is not a unit id in meta.units.others (a product without "
                                   "\"unit\" is in meta.units.volume)");
  return 0;
}

}  // namespace tw::detail
