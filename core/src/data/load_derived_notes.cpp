#include "data/load_derived_notes.h"

#include <algorithm>
#include <set>
#include <tuple>

namespace tw::detail {

using nlohmann::json;

namespace {

void read_note_ids(MetaReader& reader, const json& e, const std::string& path, const Meta& meta,
                   DerivedNotes& out) {
  const auto note = e.find("note");
  std::vector<const json*> ids;
  if (note != e.end() && note->is_string()) {
    ids.push_back(&*note);
  } else if (note != e.end() && note->is_array() && !note->empty()) {
    for (const json& id : *note) ids.push_back(&id);
  } else {
    reader.error(path + ".note", "expected a note id or a non-empty list of them, got " +
                                     (note == e.end() ? std::string("nothing") : describe(*note)));
    return;
  }
  for (std::size_t i = 0; i < ids.size(); ++i) {
    const std::string where =
        note->is_array() ? path + ".note[" + std::to_string(i) + "]" : path + ".note";
    if (!ids[i]->is_string()) {
      reader.error(where, "expected a note id, got " + describe(*ids[i]));
      continue;
    }
    const std::string& id = ids[i]->get_ref<const std::string&>();
    std::int32_t found = kNone;
    for (std::size_t n = 0; n < meta.notes.size(); ++n) {
      if (meta.notes[n].id == id) found = static_cast<std::int32_t>(n);
    }
    if (found == kNone) {
      reader.error(where, "\"" + id + "\" is not a note id in meta.notes");
    } else if (std::find(out.notes.begin(), out.notes.end(), found) != out.notes.end()) {
      reader.error(where, "note \"" + id + "\" is listed twice");
    } else {
      out.notes.push_back(found);
      out.note_ids.push_back(id);
    }
  }
}

void read_one(MetaReader& reader, const json& e, const std::string& path, Meta& meta) {
  reader.warn_unknown_fields(e, path, {"flow", "product", "partner", "period", "measure", "note"});
  DerivedNotes out;
  reader.read_string(e, "flow", path, out.flow_id, true);
  reader.read_string(e, "product", path, out.product_id, true);
  reader.read_string(e, "partner", path, out.partner_id, true);
  reader.read_string(e, "period", path, out.period_id, true);
  std::string measure;
  if (reader.read_string(e, "measure", path, measure, true)) {
    if (measure == "volume") {
      out.measure = Measure::volume;
    } else if (measure == "yoy") {
      out.measure = Measure::yoy;
    } else if (measure == "share") {
      out.measure = Measure::share;
    } else {
      reader.error(path + ".measure",
                   "expected \"volume\", \"yoy\" or \"share\", got " + describe(e["measure"]));
    }
  }
  read_note_ids(reader, e, path, meta, out);
  meta.derived_notes.push_back(std::move(out));
}

}  // namespace

void read_derived_notes(MetaReader& reader, const json& meta_json, Meta& meta) {
  reader.read_objects(
      meta_json, "derived_notes", "meta.derived_notes",
      [&](const json& entry, const std::string& path) { read_one(reader, entry, path, meta); });
}

void resolve_derived_notes(Dataset& ds, DiagnosticSink& sink) {
  std::set<std::tuple<int, int, int, int, int>> keys;
  for (std::size_t i = 0; i < ds.meta.derived_notes.size(); ++i) {
    DerivedNotes& d = ds.meta.derived_notes[i];
    const std::string path = "meta.derived_notes[" + std::to_string(i) + "]";
    const auto resolve = [&](const std::vector<Item>& items, const std::string& id,
                             const char* field, int& out) {
      out = Dataset::position(items, id);
      if (out == kNone && !id.empty()) {
        sink.error(path + "." + field,
                   "\"" + id + "\" is not a " + field + " defined in dimensions." + field);
      }
    };
    resolve(ds.flows, d.flow_id, "flow", d.flow);
    resolve(ds.products, d.product_id, "product", d.product);
    resolve(ds.partners, d.partner_id, "partner", d.partner);
    d.period = ds.period_position(d.period_id);
    if (d.period == kNone && !d.period_id.empty()) {
      sink.error(path + ".period",
                 "\"" + d.period_id + "\" is not a period defined in dimensions.period");
    }
    if (d.flow != kNone && d.product != kNone && d.partner != kNone && d.period != kNone &&
        !keys.insert({d.flow, d.product, d.partner, d.period, static_cast<int>(d.measure)})
             .second) {
      sink.error(path, "a second entry for the same figure (write its notes as one list)");
    }
  }
}

void check_derived_notes(const Dataset& ds, DiagnosticSink& sink) {
  for (std::size_t i = 0; i < ds.meta.derived_notes.size(); ++i) {
    const DerivedNotes& d = ds.meta.derived_notes[i];
    const Observation* row = ds.find(d.flow, d.product, d.partner, d.period, d.measure);
    if (row == nullptr) continue;
    const auto at = static_cast<std::size_t>(row - ds.observations.data());
    // A row states the figure (or states that no source gives it): its note goes on the row,
    // which a figure computed in a null row's place keeps anyway.
    sink.error("meta.derived_notes[" + std::to_string(i) + "]",
               "observations[" + std::to_string(at) + "] has this key (" + d.flow_id + " " +
                   d.product_id + " " + d.partner_id + " " + d.period_id + " " +
                   measure_id(d.measure) + "): put the note on that row");
  }
}

}  // namespace tw::detail
