// meta's lists of statements (notes, key points, callouts, complete partners, derived notes):
// what an editor is told when a list is not a list, an entry is not an object, or a statement
// names a source the dataset does not have.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "fixture_support.h"
#include "trade_widget/load.h"

using tw::test::fixture_with;
using tw::test::load_errors;

namespace {
using Messages = std::vector<std::string>;

// complete-partners.json with meta's LIST (its notes or a list it leaves out) written as TEXT.
std::string dataset_with(const std::string& list, const std::string& text) {
  if (list == "notes" || list == "complete_partners") {
    const std::string from = list == "notes" ? "\"notes\": []," : "\"complete_partners\": [";
    const std::string to =
        "\"" + list + "\": " + text + (list == "notes" ? "," : ", \"unused\": [");
    return fixture_with("complete-partners", from, to);
  }
  return fixture_with("complete-partners", "\"notes\": [],",
                      "\"notes\": [], \"" + list + "\": " + text + ",");
}

Messages errors_with(const std::string& list, const std::string& text) {
  return load_errors(dataset_with(list, text));
}

const char* const kLists[] = {"notes", "key_points", "annotations", "complete_partners",
                              "derived_notes"};
}  // namespace

TEST_CASE("a list of meta that is not an array is named with what it holds") {
  for (const std::string list : kLists) {
    INFO(list);
    CHECK(errors_with(list, "{\"a\": 1}") ==
          Messages{"meta." + list + ": expected an array, got an object"});
    CHECK(errors_with(list, "7") == Messages{"meta." + list + ": expected an array, got 7"});
    CHECK(tw::load_dataset(dataset_with(list, "null")).ok());
  }
}

TEST_CASE("an entry of a meta list that is not an object is named by its index") {
  for (const std::string list : kLists) {
    INFO(list);
    const Messages got = errors_with(list, "[\"x\", 3]");
    REQUIRE(got.size() >= 2);
    CHECK(got[0] == "meta." + list + "[0]: expected an object, got \"x\"");
    CHECK(got[1] == "meta." + list + "[1]: expected an object, got 3");
  }
}

TEST_CASE("a key point, a callout and a list of complete partners name a source of meta.sources") {
  const std::string text = R"("text": {"en": "A", "zh": "甲"}, "source": "nope")";
  CHECK(errors_with("key_points", "[{" + text + "}]") ==
        Messages{"meta.key_points[0].source: \"nope\" is not a source id in meta.sources"});
  CHECK(errors_with("annotations", "[{" + text + R"(, "period": "2025"}])") ==
        Messages{"meta.annotations[0].source: \"nope\" is not a source id in meta.sources"});
  CHECK(
      errors_with(
          "complete_partners",
          R"([{"flow": "export", "product": "gallium", "period": "2025", "partners": ["jp"], "source": "nope"}])") ==
      Messages{"meta.complete_partners[0].source: \"nope\" is not a source id in meta.sources"});
  CHECK(
      tw::load_dataset(
          dataset_with("key_points", R"([{"text": {"en": "A", "zh": "甲"}, "source": "fixture"}])"))
          .ok());
}
