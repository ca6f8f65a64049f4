#include "data/load_complete_partners.h"

#include <algorithm>
#include <set>
#include <tuple>

namespace tw::detail {

using nlohmann::json;

namespace {

void read_one(MetaReader& reader, const json& c, const std::string& path, Meta& meta) {
  reader.warn_unknown_fields(c, path, {"flow", "product", "period", "partners", "source", "ref"});
  CompletePartners out;
  reader.read_string(c, "flow", path, out.flow_id, true);
  reader.read_string(c, "product", path, out.product_id, true);
  reader.read_string(c, "period", path, out.period_id, true);
  const auto partners = c.find("partners");
  if (partners == c.end() || !partners->is_array() || partners->empty()) {
    reader.error(path + ".partners",
                 "expected a non-empty array of partner ids (the only partners the source "
                 "names), got " +
                     (partners == c.end() ? std::string("nothing") : describe(*partners)));
  } else {
    std::set<std::string> seen;
    for (std::size_t i = 0; i < partners->size(); ++i) {
      const json& id = (*partners)[i];
      const std::string where = path + ".partners[" + std::to_string(i) + "]";
      if (!id.is_string() || id.get_ref<const std::string&>().empty()) {
        reader.error(where, "expected a partner id, got " + describe(id));
      } else if (!seen.insert(id.get<std::string>()).second) {
        reader.error(where, "partner " + describe(id) + " is listed twice");
      } else {
        out.partner_ids.push_back(id.get<std::string>());
      }
    }
  }
  // The statement is the source's: it always names where it comes from.
  reader.read_source(c, path, meta, out.source);
  reader.read_string(c, "ref", path, out.ref, false);
  meta.complete_partners.push_back(std::move(out));
}

}  // namespace

void read_complete_partners(MetaReader& reader, const json& meta_json, Meta& meta) {
  reader.read_objects(
      meta_json, "complete_partners", "meta.complete_partners",
      [&](const json& entry, const std::string& path) { read_one(reader, entry, path, meta); });
}

void resolve_complete_partners(Dataset& ds, DiagnosticSink& sink) {
  std::set<std::tuple<int, int, int>> cells;
  for (std::size_t i = 0; i < ds.meta.complete_partners.size(); ++i) {
    CompletePartners& c = ds.meta.complete_partners[i];
    const std::string path = "meta.complete_partners[" + std::to_string(i) + "]";
    c.flow = Dataset::position(ds.flows, c.flow_id);
    if (c.flow == kNone && !c.flow_id.empty())
      sink.error(path + ".flow", "\"" + c.flow_id + "\" is not a flow defined in dimensions.flow");
    c.product = Dataset::position(ds.products, c.product_id);
    if (c.product == kNone && !c.product_id.empty()) {
      sink.error(path + ".product",
                 "\"" + c.product_id + "\" is not a product defined in dimensions.product");
    }
    c.period = ds.period_position(c.period_id);
    if (c.period == kNone && !c.period_id.empty()) {
      sink.error(path + ".period",
                 "\"" + c.period_id + "\" is not a period defined in dimensions.period");
    }
    for (std::size_t k = 0; k < c.partner_ids.size(); ++k) {
      const std::string where = path + ".partners[" + std::to_string(k) + "]";
      const int p = Dataset::position(ds.partners, c.partner_ids[k]);
      if (p == kNone) {
        sink.error(where,
                   "\"" + c.partner_ids[k] + "\" is not a partner defined in dimensions.partner");
      } else if (ds.partners[static_cast<std::size_t>(p)].aggregate) {
        sink.error(where, "\"" + c.partner_ids[k] +
                              "\" is an aggregate partner (a total); list the partners that make "
                              "it up");
      } else {
        c.partners.push_back(p);
      }
    }
    if (c.flow != kNone && c.product != kNone && c.period != kNone &&
        !cells.insert({c.flow, c.product, c.period}).second) {
      sink.error(path, "a second statement for " + c.flow_id + " " + c.product_id + " " +
                           c.period_id + " (one per flow, product and period)");
    }
  }
}

void check_complete_partners(const Dataset& ds, DiagnosticSink& sink) {
  for (std::size_t i = 0; i < ds.observations.size(); ++i) {
    const Observation& o = ds.observations[i];
    if (o.measure == Measure::yoy || !o.has_value() || ds.partners[o.partner].aggregate) continue;
    const CompletePartners* c = ds.complete_partners_of(o.flow, o.product, o.period);
    if (c == nullptr ||
        std::find(c->partners.begin(), c->partners.end(), o.partner) != c->partners.end())
      continue;
    std::string listed;
    for (const std::string& id : c->partner_ids) listed += (listed.empty() ? "" : ", ") + id;
    const auto at = static_cast<std::size_t>(c - ds.meta.complete_partners.data());
    sink.error("observations[" + std::to_string(i) + "]",
               "partner \"" + ds.partners[o.partner].id + "\" has a figure for " +
                   ds.flows[o.flow].id + " " + ds.products[o.product].id + " " +
                   ds.periods[o.period].id + ", but meta.complete_partners[" + std::to_string(at) +
                   "] names the only partners: " + listed);
  }
}

}  // namespace tw::detail
