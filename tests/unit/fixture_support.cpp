#include "fixture_support.h"

#include <dirent.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>

#include "trade_widget/chart.h"
#include "trade_widget/view.h"

namespace tw::test {

using nlohmann::json;

std::vector<std::string> fixture_names() {
  std::vector<std::string> names;
  DIR* dir = opendir(source_path("tests/fixtures/datasets").c_str());
  if (dir == nullptr) return names;
  while (const dirent* entry = readdir(dir)) {
    const std::string file = entry->d_name;
    if (file.size() > 5 && file.compare(file.size() - 5, 5, ".json") == 0) {
      names.push_back(file.substr(0, file.size() - 5));
    }
  }
  closedir(dir);
  std::sort(names.begin(), names.end());
  return names;
}

Dataset load_fixture(const std::string& name) {
  auto loaded = load_dataset(read_fixture("tests/fixtures/datasets/" + name + ".json"));
  INFO(name << ": " << (loaded.ok() ? "" : loaded.errors().front().to_string()));
  REQUIRE(loaded.ok());
  return std::move(loaded.value());
}

std::string fixture_with(const std::string& name, const std::string& from, const std::string& to) {
  std::string text = read_fixture("tests/fixtures/datasets/" + name + ".json");
  const std::size_t at = text.find(from);
  INFO(name << " holds " << from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

std::vector<std::string> messages(const std::vector<Diagnostic>& list) {
  std::vector<std::string> out;
  for (const Diagnostic& d : list) out.push_back(d.path + ": " + d.message);
  return out;
}

std::vector<std::string> load_errors(const std::string& text) {
  const auto r = load_dataset(text);
  REQUIRE(!r.ok());
  return messages(r.errors());
}

std::set<std::int32_t> reachable_observations(const Dataset& ds) {
  std::vector<std::vector<std::string>> flow_choices;
  std::vector<std::string> every_flow;
  for (const Item& f : ds.flows) {
    flow_choices.push_back({f.id});
    every_flow.push_back(f.id);
  }
  if (every_flow.size() > 1) flow_choices.push_back(every_flow);
  std::set<std::int32_t> reached;
  for (const auto& flows : flow_choices) {
    ViewRequest base;
    base.flows = flows;
    const auto first = make_view(ds, base);
    REQUIRE(first.ok());
    std::vector<std::string> partners = {""};
    for (const ViewOption& p : first.value().partners) partners.push_back(p.id);
    for (const std::string& partner : partners) {
      ViewRequest with_partner = base;
      with_partner.partner = partner;
      const auto periods = make_view(ds, with_partner);
      REQUIRE(periods.ok());
      for (const ViewOption& period : periods.value().periods) {
        ViewRequest request = with_partner;
        request.period = period.id;
        const auto view = make_view(ds, request);
        REQUIRE(view.ok());
        for (const ViewKind kind : view.value().views) {
          request.kind = kind;
          const auto rows = view_observations(ds, request);
          REQUIRE(rows.ok());
          reached.insert(rows.value().begin(), rows.value().end());
        }
      }
    }
  }
  return reached;
}

json view_of(const Dataset& ds, const ViewRequest& request) {
  const auto v = make_view(ds, request);
  REQUIRE(v.ok());
  JsonWriter out;
  write_view(out, v.value());
  const json reply = json::parse(out.str(), nullptr, false);
  REQUIRE(reply.is_object());
  return reply;
}

json view_of(const Dataset& ds, const std::string& request) {
  const auto parsed = parse_view_request(request);
  REQUIRE(parsed.ok());
  return view_of(ds, parsed.value());
}

const json* card(const json& view, const std::string& flow, const std::string& product) {
  for (const json& c : view["cards"]) {
    if (c["flow"] == flow && c["product"] == product) return &c;
  }
  return nullptr;
}

Scene scene_of(const Dataset& ds, const std::string& request) {
  const auto parsed = parse_chart_request(request);
  REQUIRE(parsed.ok());
  const auto s = chart_scene(ds, parsed.value());
  REQUIRE(s.ok());
  return s.value();
}

ChartRequest chart_request(const std::string& chart, const std::string& flow,
                           std::vector<std::string> products, const std::string& period,
                           Lang lang) {
  ChartRequest r;
  r.chart = chart;
  r.flows = {flow};
  r.products = std::move(products);
  r.period = period;
  r.lang = lang;
  r.width = 800;
  return r;
}

std::string svg_of(const Dataset& ds, const ChartRequest& request) {
  const auto svg = render_chart_svg(ds, request);
  REQUIRE(svg.ok());
  return svg.value();
}

std::vector<const Mark*> with_role(const Scene& s, const std::string& role) {
  std::vector<const Mark*> out;
  for (const Mark& m : s.marks) {
    if (m.role == role) out.push_back(&m);
  }
  return out;
}

std::vector<std::string> texts_with_role(const Scene& s, const std::string& role) {
  std::vector<std::string> out;
  for (const Mark* m : with_role(s, role)) out.push_back(m->text);
  return out;
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

namespace {
/// True when the segment a-b comes within the box (sampled finely: the charts' segments are
/// short, and a sample every 0.25 px cannot miss a text box).
bool segment_touches(const Box& b, Point a, Point c) {
  const double length = std::hypot(c.x - a.x, c.y - a.y);
  const int steps = std::max(1, static_cast<int>(length * 4));
  for (int i = 0; i <= steps; ++i) {
    const double t = static_cast<double>(i) / steps;
    const double x = a.x + t * (c.x - a.x);
    const double y = a.y + t * (c.y - a.y);
    if (x > b.x0 && x < b.x1 && y > b.y0 && y < b.y1) return true;
  }
  return false;
}

}  // namespace

/// Data marks (lines, points, spans) that a text box covers.
int data_marks_under(const Scene& s, const Box& box) {
  int n = 0;
  for (const Mark& m : s.marks) {
    if (m.kind == MarkKind::polyline) {
      for (std::size_t i = 1; i < m.points.size(); ++i) {
        n += segment_touches(box, m.points[i - 1], m.points[i]) ? 1 : 0;
      }
    } else if (m.role == "span") {
      n += segment_touches(box, {m.x, m.y}, {m.x2, m.y2}) ? 1 : 0;
    } else if (m.role == "point") {
      n += overlaps(box, bounds(m)) ? 1 : 0;
    }
  }
  return n;
}

/// The value at a y coordinate, read off the chart's own tick labels (two ticks, linear).
double value_at(const Scene& s, double y) {
  std::vector<std::pair<double, double>> ticks;  // (y, value) of the value axis' labels
  for (const Mark* m : with_role(s, "tick")) {
    std::string digits;
    for (char c : m->text) {
      if ((c >= '0' && c <= '9') || c == '.') digits += c;
    }
    if (digits.empty() || m->anchor != Anchor::end) continue;           // month names are centred
    ticks.emplace_back(m->y - 0.35 * m->font_size, std::stod(digits));  // baseline to tick line
  }
  REQUIRE(ticks.size() >= 2);
  const auto& [y0, v0] = ticks.front();
  const auto& [y1, v1] = ticks.back();
  return v0 + (y - y0) / (y1 - y0) * (v1 - v0);
}

}  // namespace tw::test
