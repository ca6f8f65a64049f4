#include "digest.h"

#include <cstdio>

namespace tw::bench {

namespace {

void number(std::string& out, double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.17g", v);
  out += buf;
}

void optional_number(std::string& out, const std::optional<double>& v) {
  if (v) {
    number(out, *v);
  } else {
    out += "null";
  }
}

void sum(std::string& out, const RollupSum& s) {
  number(out, s.volume);
  out += ',' + std::to_string(s.stated) + ',' + std::to_string(s.missing);
}

void groups(std::string& out, const std::vector<RollupGroup>& gs) {
  out += '[';
  for (std::size_t i = 0; i < gs.size(); ++i) {
    const RollupGroup& g = gs[i];
    if (i) out += ',';
    out += '[' + std::to_string(g.flow) + ',' + std::to_string(g.item) + ',';
    sum(out, g.current);
    out += ',';
    sum(out, g.prior);
    out += ',';
    optional_number(out, g.yoy);
    out += ']';
  }
  out += ']';
}

}  // namespace

std::string digest(const Rollup& r) {
  std::string out = "{\"by_product\":";
  groups(out, r.by_product);
  out += ",\"by_partner\":";
  groups(out, r.by_partner);
  out += ",\"top\":[";
  for (std::size_t i = 0; i < r.top_partners.size(); ++i) {
    const TopPartners& t = r.top_partners[i];
    if (i) out += ',';
    out += '[' + std::to_string(t.flow) + ',';
    number(out, t.total.volume);
    out += ',' + std::to_string(t.total.missing) + ",[";
    for (std::size_t k = 0; k < t.partners.size(); ++k) {
      if (k) out += ',';
      out += std::to_string(t.partners[k]);
    }
    out += "],";
    number(out, t.volume);
    out += ',';
    optional_number(out, t.share);
    out += ']';
  }
  out += "]}";
  return out;
}

}  // namespace tw::bench
