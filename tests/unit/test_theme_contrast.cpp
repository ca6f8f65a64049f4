// Chart marks keep at least 3:1 contrast (WCAG 2.2, 1.4.11 non-text contrast) against the
// background and against the marks next to them, in the light and the dark theme, as the theme
// files write them: core/src/chart/chart-theme.css (the charts' one theme) and web/theme.css (the
// page's properties, which the charts follow).
#include <catch2/catch.hpp>
#include <cmath>
#include <map>
#include <string>
#include <vector>

#include "test_support.h"

namespace {

using Declarations = std::map<std::string, std::string>;  // property -> value as written

std::string trim(const std::string& s) {
  const auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

std::string squeeze(const std::string& s) {  // runs of white space -> one space
  std::string out;
  for (char c : trim(s)) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (space && !out.empty() && out.back() == ' ') continue;
    out += space ? ' ' : c;
  }
  return out;
}

/// selector -> declarations, every selector of a list on its own; comments dropped.
std::map<std::string, Declarations> parse_css(std::string css) {
  for (auto start = css.find("/*"); start != std::string::npos; start = css.find("/*")) {
    css.erase(start, css.find("*/", start) + 2 - start);
  }
  std::map<std::string, Declarations> rules;
  std::size_t pos = 0;
  while (true) {
    const auto open = css.find('{', pos);
    const auto close = css.find('}', open);
    if (open == std::string::npos || close == std::string::npos) break;
    Declarations decls;
    const std::string body = css.substr(open + 1, close - open - 1);
    std::size_t d = 0;
    while (d < body.size()) {
      auto end = body.find(';', d);
      if (end == std::string::npos) end = body.size();
      const std::string decl = body.substr(d, end - d);
      const auto colon = decl.find(':');
      if (colon != std::string::npos)
        decls[trim(decl.substr(0, colon))] = squeeze(decl.substr(colon + 1));
      d = end + 1;
    }
    std::string selectors = css.substr(pos, open - pos);
    std::size_t s = 0;
    while (s <= selectors.size()) {
      auto comma = selectors.find(',', s);
      if (comma == std::string::npos) comma = selectors.size();
      for (const auto& [k, v] : decls) rules[squeeze(selectors.substr(s, comma - s))][k] = v;
      s = comma + 1;
    }
    pos = close + 1;
  }
  return rules;
}

/// A theme: the custom properties set (on :root or a theme class), and the fallbacks that the
/// chart rules write in var(--p, fallback).
struct Theme {
  std::string name;
  Declarations properties;

  /// The colour a value stands for: "#rrggbb", or var(--p[, fallback]) resolved in this theme.
  std::string resolve(const std::string& value, int depth = 0) const {
    const std::string v = trim(value);
    if (depth > 10) return "";
    if (v.rfind("var(", 0) != 0) return v;
    const auto comma = v.find(',');
    const std::string property = trim(v.substr(4, std::min(comma, v.rfind(')')) - 4));
    const auto set = properties.find(property);
    if (set != properties.end()) return resolve(set->second, depth + 1);
    if (comma == std::string::npos) return "";
    return resolve(v.substr(comma + 1, v.rfind(')') - comma - 1), depth + 1);
  }
};

double luminance(const std::string& hex) {
  REQUIRE(hex.size() == 7);
  REQUIRE(hex[0] == '#');
  double l = 0;
  const double weights[] = {0.2126, 0.7152, 0.0722};
  for (int i = 0; i < 3; ++i) {
    const double c = std::stoi(hex.substr(1 + 2 * i, 2), nullptr, 16) / 255.0;
    l += weights[i] * (c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4));
  }
  return l;
}

double contrast(const std::string& a, const std::string& b) {
  const double la = luminance(a), lb = luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

struct Checker {
  const std::map<std::string, Declarations>& chart;
  const Theme& theme;
  std::vector<std::string> failures;

  /// The colour of `what` ("fill" or "stroke") that the rule for `selector` gives, in the theme.
  std::string colour(const std::string& selector, const std::string& what) {
    const auto rule = chart.find(selector);
    REQUIRE(rule != chart.end());
    auto decl = rule->second.find(what);
    // A mark without an outline shows its edge in its fill.
    if (decl == rule->second.end() && what == "stroke") decl = rule->second.find("fill");
    REQUIRE(decl != rule->second.end());
    const std::string c = theme.resolve(decl->second);
    INFO(theme.name << ": " << selector << " " << what << " = " << decl->second);
    REQUIRE(c.size() == 7);
    return c;
  }

  void at_least_3(const std::string& what, const std::string& a, const std::string& b) {
    const double ratio = contrast(a, b);
    if (ratio < 3.0) {
      failures.push_back(theme.name + ": " + what + " " + a + " vs " + b + " is " +
                         std::to_string(ratio).substr(0, 4) + ":1");
    }
  }
};

std::string part(int k) { return ".tw-chart .tw-part-" + std::to_string(k); }
std::string series(int k) { return ".tw-chart .tw-series-" + std::to_string(k); }

void check_theme(const std::map<std::string, Declarations>& chart, const Theme& theme) {
  Checker c{chart, theme, {}};
  const std::string background = theme.resolve("var(--tw-background, #ffffff)");
  REQUIRE(background.size() == 7);
  // Every kind of mark against the background: the fill of filled marks, the line of lines,
  // and the edge of the outlined remainder ("others").
  const std::vector<std::pair<std::string, std::string>> marks = {
      {".tw-chart .tw-bar", "fill"},     {".tw-chart .tw-bar.tw-aggregate", "fill"},
      {".tw-chart .tw-rise", "fill"},    {".tw-chart .tw-fall", "fill"},
      {".tw-chart .tw-neutral", "fill"}, {".tw-chart .tw-others", "stroke"},
      {".tw-chart .tw-bound", "stroke"}};
  for (const auto& [selector, what] : marks) {
    c.at_least_3(selector + " on the background", c.colour(selector, what), background);
  }
  // Partner shares: a stacked bar of parts 1, 2, ... 8, 1, ... (chart_shares.cpp cycles the
  // eight) and the remainder last, next to any part.
  for (int k = 1; k <= 8; ++k) {
    const std::string fill = c.colour(part(k), "fill");
    c.at_least_3(part(k) + " on the background", fill, background);
    c.at_least_3(part(k) + " next to " + part(k % 8 + 1), fill, c.colour(part(k % 8 + 1), "fill"));
    c.at_least_3(part(k) + " next to the remainder", fill,
                 c.colour(".tw-chart .tw-others", "fill"));
  }
  // Monthly lines: one series per year, drawn over each other; consecutive years differ.
  for (int k = 1; k <= 4; ++k) {
    const std::string stroke = c.colour(series(k), "stroke");
    c.at_least_3(series(k) + " on the background", stroke, background);
    if (k < 4)
      c.at_least_3(series(k) + " next to " + series(k + 1), stroke,
                   c.colour(series(k + 1), "stroke"));
  }
  INFO(theme.name);
  for (const auto& f : c.failures) UNSCOPED_INFO(f);
  CHECK(c.failures.empty());
}

}  // namespace

TEST_CASE("chart marks keep 3:1 contrast against the background and their neighbours") {
  const std::string chart_css = tw::test::read_fixture("core/src/chart/chart-theme.css");
  const std::string page_css = tw::test::read_fixture("web/theme.css");
  REQUIRE_FALSE(chart_css.empty());
  REQUIRE_FALSE(page_css.empty());
  const auto chart = parse_css(chart_css);
  const auto page = parse_css(page_css);
  REQUIRE(chart.count(".tw-theme-dark"));
  REQUIRE(page.count(":root"));
  REQUIRE(page.count(":root[data-theme=\"dark\"]"));

  // The charts' own themes: the fallbacks, and the class a host adds for dark.
  check_theme(chart, Theme{"chart-theme.css light", {}});
  check_theme(chart, Theme{"chart-theme.css .tw-theme-dark", chart.at(".tw-theme-dark")});
  // The page: :root, and :root[data-theme="dark"] on top of it.
  Declarations page_dark = page.at(":root");
  for (const auto& [k, v] : page.at(":root[data-theme=\"dark\"]")) page_dark[k] = v;
  check_theme(chart, Theme{"web/theme.css light", page.at(":root")});
  check_theme(chart, Theme{"web/theme.css dark", page_dark});
}

TEST_CASE("the page's dark theme gives the chart marks the colours of the charts' dark theme") {
  const auto chart = parse_css(tw::test::read_fixture("core/src/chart/chart-theme.css"));
  const auto page = parse_css(tw::test::read_fixture("web/theme.css"));
  const Declarations& dark = chart.at(".tw-theme-dark");
  const Declarations& page_dark = page.at(":root[data-theme=\"dark\"]");
  int compared = 0;
  for (const auto& [property, value] : dark) {
    const bool mark = property.rfind("--tw-part-", 0) == 0 ||
                      property.rfind("--tw-series-", 0) == 0 || property == "--tw-bar" ||
                      property == "--tw-rise" || property == "--tw-fall" ||
                      property == "--tw-aggregate" || property == "--tw-others-edge";
    if (!mark) continue;
    INFO(property);
    REQUIRE(page_dark.count(property));
    CHECK(page_dark.at(property) == value);
    ++compared;
  }
  CHECK(compared == 17);
}
