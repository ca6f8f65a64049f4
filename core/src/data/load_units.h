// meta.units.others and a product's "unit": volume units besides the dataset's own, each with its
// declared conversion to the dataset's unit (used only to compare and add across units).
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "data/load_meta.h"
#include "trade_widget/dataset.h"

namespace tw::detail {

/// Reads meta.units ({"volume": Text, "others": [{"id", "label": Text, "per_volume_unit": n}]}).
void read_units(MetaReader& reader, const nlohmann::json& units, Meta& meta);

/// A product's optional "unit": the position of that id among the dataset's units (0 when the
/// product has none: the dataset's own unit). Unknown ids are errors naming the path.
int read_product_unit(MetaReader& reader, const nlohmann::json& item, const std::string& path,
                      const Meta& meta);

}  // namespace tw::detail
