#include "narrative/partner_text.h"

#include <cmath>

#include "trade_widget/format.h"

namespace tw::detail {

bool rounds_to_zero(const Figure& f) {
  return format_number(std::fabs(f.value), f.decimals, Lang::en).find_first_not_of("0.") ==
         std::string::npos;
}

std::string change_en(const Figure& yoy, bool with_year_on_year) {
  const std::string when = with_year_on_year ? " year on year" : "";
  std::string s = rounds_to_zero(yoy)
                      ? "were unchanged" + when
                      : std::string(yoy.value < 0 ? "fell " : "rose ") +
                            qualifier_words(yoy.qualifier, Lang::en) +
                            format_number(std::fabs(yoy.value), yoy.decimals, Lang::en) + "%" +
                            when;
  if (yoy.origin == Origin::derived) s += " (implied)";
  return s;
}

std::string change_zh(const Figure& yoy) {
  std::string s = rounds_to_zero(yoy)
                      ? "同比持平"
                      : std::string(yoy.value < 0 ? "同比下降" : "同比增长") +
                            qualifier_words(yoy.qualifier, Lang::zh) +
                            format_number(std::fabs(yoy.value), yoy.decimals, Lang::zh) + "%";
  if (yoy.origin == Origin::derived) s += "（推算）";
  return s;
}

std::string partner_en(const Dataset& ds, int flow, int partner) {
  const std::string& id = ds.flows[static_cast<std::size_t>(flow)].id;
  const char* word = id == "import" ? "from " : id == "export" ? "to " : "with ";
  return word + ds.partners[static_cast<std::size_t>(partner)].phrase.en;
}

std::string partner_zh(const Dataset& ds, int flow, int partner) {
  const Item& f = ds.flows[static_cast<std::size_t>(flow)];
  const std::string& who = ds.partners[static_cast<std::size_t>(partner)].phrase.zh;
  if (f.id == "import") return "自" + who + f.phrase.zh;
  if (f.id == "export") return "对" + who + f.phrase.zh;
  return "与" + who + "的" + f.phrase.zh;
}

std::string attribution(const Dataset& ds, const Figure& f, Lang lang) {
  if (f.observation == kNone) return "";
  const Observation& o = ds.observations[static_cast<std::size_t>(f.observation)];
  if (o.source == kNone) return "";
  const Source& s = ds.meta.sources[static_cast<std::size_t>(o.source)];
  std::string who = s.author.in(lang).empty() ? s.publisher.in(lang) : s.author.in(lang);
  if (o.ref != kNone) {
    who += (lang == Lang::zh ? "，" : ", ") + ds.refs[static_cast<std::size_t>(o.ref)];
  }
  return lang == Lang::zh ? "（" + who + "）" : " (" + who + ")";
}

}  // namespace tw::detail
