#include "dataset_file.h"

#include <cstdio>

#include "trade_widget/file.h"
#include "trade_widget/load.h"

namespace tw::cli {

std::optional<Dataset> load_dataset_file(const std::string& path, bool print_warnings) {
  const auto bytes = read_file(path);
  if (!bytes.ok()) {
    std::fprintf(stderr, "%s\n", bytes.errors()[0].to_string().c_str());
    return std::nullopt;
  }
  auto loaded = load_dataset(bytes.value());
  if (print_warnings) {
    for (const auto& w : loaded.warnings()) {
      std::fprintf(stderr, "warning: %s\n", w.to_string(path).c_str());
    }
  }
  if (!loaded.ok()) {
    for (const auto& e : loaded.errors()) std::fprintf(stderr, "%s\n", e.to_string(path).c_str());
    return std::nullopt;
  }
  return std::move(loaded.value());
}

namespace {
std::string counted(std::size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}
}  // namespace

std::string dataset_counts(const Dataset& ds) {
  return counted(ds.observations.size(), "observation", "observations") + ", " +
         counted(ds.flows.size(), "flow", "flows") + ", " +
         counted(ds.products.size(), "product", "products") + ", " +
         counted(ds.partners.size(), "partner", "partners") + ", " +
         counted(ds.periods.size(), "period", "periods");
}

}  // namespace tw::cli
