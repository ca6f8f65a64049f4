// libFuzzer target: any bytes into the loader. The loader must answer with a dataset or with
// errors (never crash, hang or throw), and what it answers must be usable by the page.
// Seeds: the bad-input catalogue, the bundled datasets and the JSON conformance suite; run.sh
// passes tests/fuzz/json.dict.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  tw::fuzz::check_load(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
