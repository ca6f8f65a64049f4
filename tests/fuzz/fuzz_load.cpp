// libFuzzer target: any bytes into the loader. The loader must answer with a dataset or with
// errors (never crash, hang or throw), and what it answers must be usable by the page.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_checks.h"
#include "trade_widget/load.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const auto loaded = tw::load_dataset(bytes);
  tw::fuzz::check_diagnostics(loaded.warnings());
  if (!loaded.ok()) {
    tw::fuzz::require(!loaded.errors().empty(), "a failed load without an error");
    tw::fuzz::check_diagnostics(loaded.errors());
    return 0;
  }
  tw::fuzz::require(loaded.errors().empty(), "a loaded dataset that also has errors");
  tw::fuzz::check_dataset(loaded.value());
  tw::fuzz::check_page_calls(loaded.value());
  return 0;
}
