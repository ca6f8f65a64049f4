#include "trade_widget/write_json.h"

#include <cstdio>

#include "trade_widget/csv.h"
#include "trade_widget/json_writer.h"
#include "trade_widget/load.h"

namespace tw {

namespace {

std::string text_json(const Text& t) {
  return "{\"en\": " + json_string(t.en) + ", \"zh\": " + json_string(t.zh) + "}";
}

/// A Name: a plain string when both languages agree, null when unknown.
std::string name_json(const Text& t) {
  if (t.en.empty() && t.zh.empty()) return "null";
  if (t.en == t.zh) return json_string(t.en);
  return text_json(t);
}

std::string string_or_null(const std::string& s) { return s.empty() ? "null" : json_string(s); }

std::string month_text(int month_index) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d", month_index / 12, month_index % 12 + 1);
  return buf;
}

void write_items(std::string& out, const char* name, const std::vector<Item>& items, bool last,
                 const Meta* units = nullptr) {
  out += "    \"" + std::string(name) + "\": [\n";
  for (std::size_t i = 0; i < items.size(); ++i) {
    const Item& item = items[i];
    out += "      {\"id\": " + json_string(item.id) + ", \"label\": " + text_json(item.label);
    // A phrase the loader derived from the label is not written: the file stays as it was.
    if (item.phrase_given) out += ", \"phrase\": " + text_json(item.phrase);
    if (item.aggregate) out += ", \"aggregate\": true";
    if (!item.code.empty()) out += ", \"code\": " + json_string(item.code);
    if (units != nullptr && item.unit > 0)
      out += ", \"unit\": " + json_string(units->other_units[item.unit - 1].id);
    out += i + 1 < items.size() ? "},\n" : "}\n";
  }
  out += last ? "    ]\n" : "    ],\n";
}

template <class T>
const std::string& id_at(const std::vector<T>& list, int index) {
  static const std::string empty;
  return index >= 0 && static_cast<std::size_t>(index) < list.size()
             ? list[static_cast<std::size_t>(index)].id
             : empty;
}

}  // namespace

std::string json_string(std::string_view text) {
  // The writer of the page's replies escapes the same way (one place for JSON strings).
  std::string out;
  out.reserve(text.size() + 2);
  append_json_string(out, text);
  return out;
}

std::string write_dataset_json(const Dataset& ds) {
  const Meta& m = ds.meta;
  std::string out;
  out.reserve(256 + ds.observations.size() * 96);
  out += "{\n  \"format\": \"" + std::string(kFormatId) + "\",\n  \"meta\": {\n";
  out += "    \"title\": " + text_json(m.title) + ",\n";
  if (!m.subtitle.en.empty()) out += "    \"subtitle\": " + text_json(m.subtitle) + ",\n";
  out += "    \"coverage\": " + text_json(m.coverage) + ",\n";
  out += "    \"units\": {\"volume\": " + text_json(m.volume_unit);
  // Optional: written only when the file declares other units, so other files stay as they were.
  if (!m.other_units.empty()) {
    out += ", \"others\": [";
    for (std::size_t i = 0; i < m.other_units.size(); ++i) {
      const VolumeUnit& u = m.other_units[i];
      out += std::string(i > 0 ? ", " : "") + "{\"id\": " + json_string(u.id) +
             ", \"label\": " + text_json(u.label) +
             ", \"per_volume_unit\": " + u.per_volume_unit_text + "}";
    }
    out += "]";
  }
  out += "},\n";
  out += "    \"default\": {\"flow\": " + json_string(id_at(ds.flows, m.default_flow)) +
         ", \"period\": " + json_string(id_at(ds.periods, m.default_period)) + "},\n";
  out += "    \"sources\": [\n";
  for (std::size_t i = 0; i < m.sources.size(); ++i) {
    const Source& s = m.sources[i];
    out += "      {\"id\": " + json_string(s.id) + ", \"publisher\": " + name_json(s.publisher) +
           ", \"author\": " + name_json(s.author) + ", \"title\": " + name_json(s.title) +
           ", \"date\": " + string_or_null(s.date) + ", \"url\": " + string_or_null(s.url);
    out += i + 1 < m.sources.size() ? "},\n" : "}\n";
  }
  out += "    ],\n    \"notes\": [\n";
  for (std::size_t i = 0; i < m.notes.size(); ++i) {
    const Note& n = m.notes[i];
    out += "      {\"id\": " + json_string(n.id) +
           ", \"text\": {\n        \"en\": " + json_string(n.text.en) +
           ",\n        \"zh\": " + json_string(n.text.zh) + "\n      }}";
    out += i + 1 < m.notes.size() ? ",\n" : "\n";
  }
  out += "    ]";
  // Optional: written only when the file has key points, so files without them stay as they were.
  if (!m.key_points.empty()) {
    out += ",\n    \"key_points\": [\n";
    for (std::size_t i = 0; i < m.key_points.size(); ++i) {
      const KeyPoint& k = m.key_points[i];
      out += "      {\"text\": {\n        \"en\": " + json_string(k.text.en) +
             ",\n        \"zh\": " + json_string(k.text.zh) +
             "\n      }, \"source\": " + json_string(id_at(m.sources, k.source)) +
             ", \"ref\": " + string_or_null(k.ref) + "}";
      out += i + 1 < m.key_points.size() ? ",\n" : "\n";
    }
    out += "    ]";
  }
  // Optional too: callouts tied to a period (and a flow and product when about one figure).
  if (!m.annotations.empty()) {
    out += ",\n    \"annotations\": [\n";
    for (std::size_t i = 0; i < m.annotations.size(); ++i) {
      const Annotation& a = m.annotations[i];
      out += "      {\"text\": {\n        \"en\": " + json_string(a.text.en) +
             ",\n        \"zh\": " + json_string(a.text.zh) +
             "\n      }, \"period\": " + json_string(a.period_id);
      if (!a.flow_id.empty()) out += ", \"flow\": " + json_string(a.flow_id);
      if (!a.product_id.empty()) out += ", \"product\": " + json_string(a.product_id);
      out += ", \"source\": " + json_string(id_at(m.sources, a.source)) +
             ", \"ref\": " + string_or_null(a.ref) + "}";
      out += i + 1 < m.annotations.size() ? ",\n" : "\n";
    }
    out += "    ]";
  }
  // Optional too: the source's statements that the partners named are the only ones.
  if (!m.complete_partners.empty()) {
    out += ",\n    \"complete_partners\": [\n";
    for (std::size_t i = 0; i < m.complete_partners.size(); ++i) {
      const CompletePartners& c = m.complete_partners[i];
      std::string partners;
      for (const std::string& id : c.partner_ids)
        partners += (partners.empty() ? "" : ", ") + json_string(id);
      out += "      {\"flow\": " + json_string(c.flow_id) +
             ", \"product\": " + json_string(c.product_id) +
             ", \"period\": " + json_string(c.period_id) + ", \"partners\": [" + partners +
             "], \"source\": " + json_string(id_at(m.sources, c.source)) +
             ", \"ref\": " + string_or_null(c.ref) + "}";
      out += i + 1 < m.complete_partners.size() ? ",\n" : "\n";
    }
    out += "    ]";
  }
  // Optional too: notes on figures the widget computes.
  if (!m.derived_notes.empty()) {
    out += ",\n    \"derived_notes\": [\n";
    for (std::size_t i = 0; i < m.derived_notes.size(); ++i) {
      const DerivedNotes& d = m.derived_notes[i];
      std::string notes;
      for (const std::string& id : d.note_ids)
        notes += (notes.empty() ? "" : ", ") + json_string(id);
      out += "      {\"flow\": " + json_string(d.flow_id) +
             ", \"product\": " + json_string(d.product_id) +
             ", \"partner\": " + json_string(d.partner_id) +
             ", \"period\": " + json_string(d.period_id) + ", \"measure\": \"" +
             measure_id(d.measure) +
             "\", \"note\": " + (d.note_ids.size() == 1 ? notes : "[" + notes + "]") + "}";
      out += i + 1 < m.derived_notes.size() ? ",\n" : "\n";
    }
    out += "    ]";
  }
  out += "\n  },\n  \"dimensions\": {\n";
  write_items(out, "flow", ds.flows, false);
  write_items(out, "product", ds.products, false, &m);
  write_items(out, "partner", ds.partners, false);
  out += "    \"period\": [\n";
  for (std::size_t i = 0; i < ds.periods.size(); ++i) {
    const Period& p = ds.periods[i];
    out += "      {\"id\": " + json_string(p.id) + ", \"label\": " + text_json(p.label) +
           ", \"start\": \"" + month_text(p.start) + "\", \"end\": \"" + month_text(p.end) + "\"";
    out += i + 1 < ds.periods.size() ? "},\n" : "}\n";
  }
  out += "    ]\n  },\n";
  if (ds.observations.empty()) {
    out += "  \"observations\": []\n}\n";
    return out;
  }
  out += "  \"observations\": [\n";
  for (std::size_t i = 0; i < ds.observations.size(); ++i) {
    const Observation& o = ds.observations[i];
    out += "    [" + json_string(id_at(ds.flows, o.flow)) + ", " +
           json_string(id_at(ds.products, o.product)) + ", " +
           json_string(id_at(ds.partners, o.partner)) + ", " +
           json_string(id_at(ds.periods, o.period)) + ", \"" + measure_id(o.measure) + "\", ";
    const std::string value = o.has_value() ? plain_number(o.value, o.decimals) : "null";
    out += o.qualifier == Qualifier::exact
               ? value
               : "{\"value\": " + value + ", \"qualifier\": \"" + qualifier_id(o.qualifier) + "\"}";
    out +=
        ", " + (o.source == kNone ? std::string("null") : json_string(id_at(m.sources, o.source)));
    out += ", " + (o.ref >= 0 && static_cast<std::size_t>(o.ref) < ds.refs.size()
                       ? json_string(ds.refs[static_cast<std::size_t>(o.ref)])
                       : std::string("null"));
    if (o.note_list != kNone) {
      std::string list;
      for (const std::int32_t n : ds.notes_of(o)) {
        list += (list.empty() ? "[" : ", ") + json_string(id_at(m.notes, n));
      }
      out += ", " + list + "]";
    } else {
      out += ", " + (o.note == kNone ? std::string("null") : json_string(id_at(m.notes, o.note)));
    }
    out += i + 1 < ds.observations.size() ? "],\n" : "]\n";
  }
  out += "  ]\n}\n";
  return out;
}

}  // namespace tw
