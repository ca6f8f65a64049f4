#include <catch2/catch.hpp>

#include "test_support.h"
#include "trade_widget/dataset.h"

TEST_CASE("the observation index finds every key it stored and rejects duplicates") {
  tw::ObservationIndex index;
  for (int i = 0; i < 5000; ++i) {
    const auto key =
        tw::ObservationIndex::key(i % 2, (i / 2) % 20, (i / 40) % 200, 0, tw::Measure::volume);
    REQUIRE(index.insert(key, i) == tw::kNone);
  }
  CHECK(index.find(tw::ObservationIndex::key(1, 0, 0, 0, tw::Measure::volume)) == 1);
  CHECK(index.find(tw::ObservationIndex::key(0, 1, 0, 0, tw::Measure::volume)) == 2);
  CHECK(index.find(tw::ObservationIndex::key(1, 0, 0, 0, tw::Measure::share)) == tw::kNone);
  CHECK(index.insert(tw::ObservationIndex::key(1, 0, 0, 0, tw::Measure::volume), 99) == 1);
}

TEST_CASE("periods know the same months a year earlier") {
  const tw::Dataset& ds = tw::test::bundled();
  const int nine_months_2025 = ds.period_position("2025-01/2025-09");
  const int nine_months_2024 = ds.period_position("2024-01/2024-09");
  REQUIRE(nine_months_2025 != tw::kNone);
  CHECK(ds.period_a_year_before(nine_months_2025) == nine_months_2024);
  CHECK(ds.period_a_year_before(ds.period_position("2025-01/2025-02")) ==
        ds.period_position("2024-01/2024-02"));
  CHECK(ds.period_a_year_before(nine_months_2024) == tw::kNone);
  CHECK(ds.periods[static_cast<std::size_t>(nine_months_2025)].months() == 9);
}

TEST_CASE("the aggregate partner is the world") {
  const tw::Dataset& ds = tw::test::bundled();
  REQUIRE(ds.world_partner() != tw::kNone);
  CHECK(ds.partners[static_cast<std::size_t>(ds.world_partner())].id == "world");
}
