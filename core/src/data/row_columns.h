// The cells of an observation row, in the order the format defines (docs/dataset.md).
#pragma once

namespace tw::detail {

constexpr int kRowCells = 9;
inline constexpr const char* kColumnNames[kRowCells] = {
    "flow", "product", "partner", "period", "measure", "value", "source", "ref", "note"};

}  // namespace tw::detail
