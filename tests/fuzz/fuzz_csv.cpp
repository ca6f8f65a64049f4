// libFuzzer target: any bytes as the CSV of import_csv, with the walk-through's meta file. The
// import must answer with a dataset or with errors (never crash, hang or throw); a dataset it
// gives is whole, and the text it would write loads to the same dataset.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_checks.h"
#include "trade_widget/csv_import.h"
#include "trade_widget/file.h"
#include "trade_widget/load.h"

namespace {

const std::string& meta() {
  static const std::string text = [] {
    auto bytes = tw::read_file(std::string(TW_SOURCE_DIR) + "/docs/examples/customs.meta.json");
    return bytes.ok() ? bytes.value() : std::string();
  }();
  return text;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  tw::fuzz::require(!meta().empty(), "docs/examples/customs.meta.json is missing");
  const std::string_view csv(reinterpret_cast<const char*>(data), size);
  const auto imported = tw::import_csv(csv, meta());
  tw::fuzz::check_diagnostics(imported.warnings());
  if (!imported.ok()) {
    tw::fuzz::require(!imported.errors().empty(), "a failed import without an error");
    tw::fuzz::check_diagnostics(imported.errors());
    return 0;
  }
  tw::fuzz::check_dataset(imported.value().dataset);
  const auto again = tw::load_dataset(imported.value().json);
  tw::fuzz::require(again.ok(), "the written dataset does not load");
  return 0;
}
