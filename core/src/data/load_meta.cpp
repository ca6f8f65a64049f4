#include "data/load_meta.h"

#include <set>

#include "data/json_cursor.h"
#include "data/json_text.h"
#include "data/load_annotations.h"
#include "data/load_complete_partners.h"
#include "data/load_derived_notes.h"
#include "data/load_key_points.h"
#include "data/load_units.h"

namespace tw::detail {

using nlohmann::json;

std::string describe(const json& j) {
  switch (j.type()) {
    case json::value_t::null:
      return "null";
    case json::value_t::object:
      return "an object";
    case json::value_t::array:
      // "expected a non-empty array, got an array" would contradict itself.
      return j.empty() ? "an empty array" : "an array";
    case json::value_t::string:
      return quote_text(j.get_ref<const std::string&>());
    case json::value_t::boolean:
      return j.get<bool>() ? "true" : "false";
    default:
      return json_text(j);
  }
}

int parse_year_month(const std::string& s) {
  if (s.size() != 7 || s[4] != '-') return -1;
  for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u}) {
    if (s[i] < '0' || s[i] > '9') return -1;
  }
  // Four checked digits: read by hand, as std::stoi would bring the C library's printf into the
  // page module (libc++ reports its errors through it).
  const int year = ((s[0] - '0') * 10 + (s[1] - '0')) * 100 + (s[2] - '0') * 10 + (s[3] - '0');
  const int month = (s[5] - '0') * 10 + (s[6] - '0');
  if (year < 1900 || month < 1 || month > 12) return -1;
  return year * 12 + month - 1;
}

std::size_t count_characters(std::string_view s) {
  std::size_t n = 0;
  for (const char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

bool plain_web_address(std::string_view url) {
  // Characters a URL may not hold unencoded (RFC 3986): a browser would guess at them, and a
  // page that builds markup could be broken out of by them.
  for (const char ch : url) {
    const auto c = static_cast<unsigned char>(ch);
    if (c <= 0x20 || c == 0x7F || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^' ||
        c == '`' || c == '{' || c == '|' || c == '}') {
      return false;
    }
  }
  return true;
}

void MetaReader::error(const std::string& path, const std::string& message) {
  errors.push_back(Diagnostic{path, message, 0, 0});
}

void MetaReader::warn_unknown_fields(const json& object, const std::string& path,
                                     std::initializer_list<const char*> known) {
  if (!object.is_object()) return;
  for (auto it = object.begin(); it != object.end(); ++it) {
    bool found = false;
    for (const char* k : known) found = found || it.key() == k;
    if (!found) {
      warnings.push_back(Diagnostic{path.empty() ? it.key() : path + "." + it.key(),
                                    "unknown field (ignored)", 0, 0});
    }
  }
}

bool MetaReader::read_string(const json& parent, const char* field, const std::string& path,
                             std::string& out, bool required, std::size_t max_chars) {
  const std::string where = path + "." + field;
  const auto it = parent.find(field);
  if (it == parent.end() || it->is_null()) {
    if (required) error(where, "expected a non-empty string, but the field is missing");
    return !required;
  }
  if (!it->is_string() || it->get_ref<const std::string&>().empty()) {
    error(where, "expected a non-empty string, got " + describe(*it));
    return false;
  }
  const std::size_t chars = count_characters(it->get_ref<const std::string&>());
  if (chars > max_chars) {
    error(where, "too long: " + std::to_string(chars) + " characters (at most " +
                     std::to_string(max_chars) + "), got " + describe(*it));
    return false;
  }
  out = it->get_ref<const std::string&>();
  return true;
}

bool MetaReader::read_text(const json& parent, const char* field, const std::string& path,
                           Text& out, bool required, bool allow_plain, std::size_t max_chars) {
  const std::string where = path + "." + field;
  const auto it = parent.find(field);
  if (it == parent.end() || it->is_null()) {
    if (required) error(where, "expected {\"en\": ..., \"zh\": ...}, but the field is missing");
    return !required;
  }
  if (allow_plain && it->is_string() && !it->get_ref<const std::string&>().empty()) {
    if (!read_string(parent, field, path, out.en, true, max_chars)) return false;
    out.zh = out.en;
    return true;
  }
  if (!it->is_object()) {
    error(where, std::string("expected {\"en\": ..., \"zh\": ...}") +
                     (allow_plain ? " or a string" : "") + ", got " + describe(*it));
    return false;
  }
  bool ok = read_string(*it, "en", where, out.en, true, max_chars);
  ok = read_string(*it, "zh", where, out.zh, true, max_chars) && ok;
  warn_unknown_fields(*it, where, {"en", "zh"});
  return ok;
}

void MetaReader::read_meta(const json& j, Meta& meta, std::vector<std::string>& default_ids) {
  if (!j.is_object()) {
    error("meta", "expected an object, got " + describe(j));
    return;
  }
  warn_unknown_fields(j, "meta",
                      {"title", "subtitle", "coverage", "units", "default", "sources", "notes",
                       "key_points", "annotations", "complete_partners", "derived_notes"});
  read_text(j, "title", "meta", meta.title, true, false, kMaxLongText);
  read_text(j, "subtitle", "meta", meta.subtitle, false, false, kMaxLongText);
  read_text(j, "coverage", "meta", meta.coverage, true, false, kMaxLongText);

  const auto units = j.find("units");
  if (units == j.end() || !units->is_object()) {
    error("meta.units", "expected {\"volume\": {\"en\": ..., \"zh\": ...}}, got " +
                            (units == j.end() ? std::string("nothing") : describe(*units)));
  } else {
    read_units(*this, *units, meta);
  }

  const auto def = j.find("default");
  if (def != j.end() && !def->is_null()) {
    if (!def->is_object()) {
      error("meta.default", "expected {\"flow\": ..., \"period\": ...}, got " + describe(*def));
    } else {
      read_string(*def, "flow", "meta.default", default_ids[0], false);
      read_string(*def, "period", "meta.default", default_ids[1], false);
      warn_unknown_fields(*def, "meta.default", {"flow", "period"});
    }
  }

  const auto sources = j.find("sources");
  if (sources == j.end() || !sources->is_array() || sources->empty()) {
    error("meta.sources", "expected a non-empty array of sources, got " +
                              (sources == j.end() ? std::string("nothing") : describe(*sources)));
  } else {
    std::set<std::string> seen;
    for (std::size_t i = 0; i < sources->size(); ++i) {
      const json& s = (*sources)[i];
      const std::string path = "meta.sources[" + std::to_string(i) + "]";
      if (!s.is_object()) {
        error(path, "expected an object, got " + describe(s));
        continue;
      }
      warn_unknown_fields(s, path, {"id", "publisher", "author", "title", "date", "url"});
      Source src;
      read_string(s, "id", path, src.id, true);
      if (!src.id.empty() && !seen.insert(src.id).second) {
        error(path + ".id", "duplicate source id " + quote_text(src.id));
      }
      read_text(s, "publisher", path, src.publisher, true, true, kMaxLongText);
      read_text(s, "author", path, src.author, false, true, kMaxLongText);
      read_text(s, "title", path, src.title, false, true, kMaxLongText);
      if (read_string(s, "date", path, src.date, false) && !src.date.empty()) {
        const bool shaped = src.date.size() == 10 && src.date[7] == '-' &&
                            parse_year_month(src.date.substr(0, 7)) >= 0;
        if (!shaped) error(path + ".date", "expected YYYY-MM-DD, got " + quote_text(src.date));
      }
      if (read_string(s, "url", path, src.url, false, kMaxLongText) && !src.url.empty()) {
        // Links are shown to readers: only web addresses, never javascript: or data:.
        if (src.url.rfind("https://", 0) != 0 && src.url.rfind("http://", 0) != 0) {
          error(path + ".url",
                "expected an http:// or https:// address, got " + quote_text(src.url));
          src.url.clear();
        } else if (!plain_web_address(src.url)) {
          error(path + ".url",
                "a web address cannot contain spaces, quotes, < or > (percent-encode them), "
                "got " +
                    quote_text(src.url));
          src.url.clear();
        }
      }
      meta.sources.push_back(std::move(src));
    }
  }

  std::set<std::string> seen;
  read_objects(j, "notes", "meta.notes", [&](const json& n, const std::string& path) {
    warn_unknown_fields(n, path, {"id", "text"});
    Note note;
    read_string(n, "id", path, note.id, true);
    if (!note.id.empty() && !seen.insert(note.id).second) {
      error(path + ".id", "duplicate note id " + quote_text(note.id));
    }
    read_text(n, "text", path, note.text, true, false, kMaxLongText);
    meta.notes.push_back(std::move(note));
  });
  read_key_points(*this, j, meta);  // after sources: key points cite them
  read_annotations(*this, j, meta);
  read_complete_partners(*this, j, meta);
  read_derived_notes(*this, j, meta);  // after notes: it names them
}

std::string sentence_phrase(const std::string& label) {
  // Only a plain capitalised first word is lowered: "Gallium" -> "gallium", while "NdFeB
  // magnets", "HS 2846" or "EU imports" keep their capitals.
  std::size_t end = 0;
  while (end < label.size() && label[end] != ' ' && label[end] != '-') ++end;
  if (end < 2 || label[0] < 'A' || label[0] > 'Z') return label;
  for (std::size_t i = 1; i < end; ++i) {
    if (label[i] < 'a' || label[i] > 'z') return label;
  }
  std::string out = label;
  out[0] = static_cast<char>(out[0] - 'A' + 'a');
  return out;
}

void MetaReader::read_source(const json& parent, const std::string& path, const Meta& meta,
                             std::int32_t& source) {
  std::string id;
  if (!read_string(parent, "source", path, id, true) || id.empty()) return;
  for (std::size_t s = 0; s < meta.sources.size(); ++s) {
    if (meta.sources[s].id == id) source = static_cast<std::int32_t>(s);
  }
  if (source == kNone) error(path + ".source", "\"" + id + "\" is not a source id in meta.sources");
}

bool MetaReader::check_list(const json& j, const std::string& path, const char* what) {
  if (!j.is_array() || j.empty()) {
    error(path, "expected a non-empty array, got " + describe(j));
    return false;
  }
  if (j.size() > 0xFFFF) {
    error(path,
          "too many " + std::string(what) + " (" + std::to_string(j.size()) + "; at most 65535)");
    return false;
  }
  return true;
}

void MetaReader::read_items(const json& j, const std::string& path, std::vector<Item>& items,
                            bool common_noun, const Meta* units) {
  if (!check_list(j, path, "items")) return;
  std::set<std::string> seen;
  for (std::size_t i = 0; i < j.size(); ++i) {
    const json& e = j[i];
    const std::string where = path + "[" + std::to_string(i) + "]";
    if (!e.is_object()) {
      error(where, "expected an object, got " + describe(e));
      continue;
    }
    if (units != nullptr) {
      warn_unknown_fields(e, where, {"id", "label", "phrase", "aggregate", "code", "unit"});
    } else {
      warn_unknown_fields(e, where, {"id", "label", "phrase", "aggregate", "code"});
    }
    Item item;
    read_string(e, "id", where, item.id, true);
    if (!item.id.empty() && !seen.insert(item.id).second) {
      error(where + ".id", "duplicate id " + quote_text(item.id));
    }
    read_text(e, "label", where, item.label, true);
    item.phrase_given =
        read_text(e, "phrase", where, item.phrase, false) && !item.phrase.en.empty();
    if (!item.phrase_given) {
      item.phrase = item.label;
      // Inside an English sentence a flow or product label reads in lower case ("imports of
      // gallium"); a partner's label is a name and stays as written. Chinese has no case.
      if (common_noun) item.phrase.en = sentence_phrase(item.label.en);
    }
    const auto agg = e.find("aggregate");
    if (agg != e.end() && !agg->is_null()) {
      if (!agg->is_boolean()) {
        error(where + ".aggregate", "expected true or false, got " + describe(*agg));
      } else {
        item.aggregate = agg->get<bool>();
      }
    }
    read_string(e, "code", where, item.code, false);
    if (units != nullptr) item.unit = read_product_unit(*this, e, where, *units);
    items.push_back(std::move(item));
  }
}

void MetaReader::read_periods(const json& j, const std::string& path, std::vector<Period>& out) {
  if (!check_list(j, path, "periods")) return;
  std::set<std::string> seen;
  for (std::size_t i = 0; i < j.size(); ++i) {
    const json& e = j[i];
    const std::string where = path + "[" + std::to_string(i) + "]";
    if (!e.is_object()) {
      error(where, "expected an object, got " + describe(e));
      continue;
    }
    warn_unknown_fields(e, where, {"id", "label", "start", "end"});
    Period p;
    read_string(e, "id", where, p.id, true);
    if (!p.id.empty() && !seen.insert(p.id).second) {
      error(where + ".id", "duplicate id " + quote_text(p.id));
    }
    read_text(e, "label", where, p.label, true);
    std::string start, end;
    const bool has_start = read_string(e, "start", where, start, true);
    const bool has_end = read_string(e, "end", where, end, true);
    p.start = has_start ? parse_year_month(start) : -1;
    p.end = has_end ? parse_year_month(end) : -1;
    if (has_start && p.start < 0) {
      error(where + ".start", "expected a month as YYYY-MM, got " + quote_text(start));
    }
    if (has_end && p.end < 0)
      error(where + ".end", "expected a month as YYYY-MM, got " + quote_text(end));
    if (p.start >= 0 && p.end >= 0 && p.end < p.start) {
      error(where + ".end", "the period ends (" + end + ") before it starts (" + start + ")");
    }
    out.push_back(std::move(p));
  }
}

void MetaReader::read_dimensions(const json& j, Dataset& ds) {
  if (!j.is_object()) {
    error("dimensions", "expected an object, got " + describe(j));
    return;
  }
  warn_unknown_fields(j, "dimensions", {"flow", "product", "partner", "period"});
  const char* names[] = {"flow", "product", "partner"};
  std::vector<Item>* targets[] = {&ds.flows, &ds.products, &ds.partners};
  for (int k = 0; k < 3; ++k) {
    const auto it = j.find(names[k]);
    if (it == j.end()) {
      error(std::string("dimensions.") + names[k], "expected a non-empty array, but it is missing");
    } else {
      read_items(*it, std::string("dimensions.") + names[k], *targets[k], k != 2,
                 k == 1 ? &ds.meta : nullptr);
    }
  }
  // One partner without the aggregate flag: the widget cannot know its figures are totals, so it
  // shows them as that partner's. Most often the flag was forgotten on "world".
  if (ds.partners.size() == 1 && !ds.partners.front().aggregate) {
    warnings.push_back(Diagnostic{
        "dimensions.partner[0]",
        "the only partner, " + quote_text(ds.partners.front().id) +
            ", is not marked \"aggregate\": true, so its figures are shown as that partner's, "
            "not as totals; add \"aggregate\": true if they are the totals (e.g. the world)",
        0, 0});
  }
  if (ds.flows.size() > 0xFF) error("dimensions.flow", "too many flows (at most 255)");
  const auto periods = j.find("period");
  if (periods == j.end()) {
    error("dimensions.period", "expected a non-empty array, but it is missing");
  } else {
    read_periods(*periods, "dimensions.period", ds.periods);
  }
}

}  // namespace tw::detail
