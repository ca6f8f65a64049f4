#include "data/json_text.h"

#include "trade_widget/json_writer.h"

namespace tw::detail {

namespace {

void write(JsonWriter& out, const nlohmann::json& value) {
  using Type = nlohmann::json::value_t;
  switch (value.type()) {
    case Type::boolean:
      out.boolean(value.get<bool>());
      break;
    case Type::number_integer:
      out.raw(std::to_string(value.get<std::int64_t>()));
      break;
    case Type::number_unsigned:
      out.raw(std::to_string(value.get<std::uint64_t>()));
      break;
    case Type::number_float:
      out.number(value.get<double>());
      break;
    case Type::string:
      out.string(value.get_ref<const std::string&>());
      break;
    case Type::array:
      out.begin_array();
      for (const nlohmann::json& item : value) write(out, item);
      out.end();
      break;
    case Type::object:
      out.begin_object();
      for (auto it = value.begin(); it != value.end(); ++it) write(out.key(it.key()), it.value());
      out.end();
      break;
    case Type::discarded:
      out.raw("<discarded>");
      break;
    default:  // null; binary values are never read from text
      out.null();
  }
}

}  // namespace

std::string json_text(const nlohmann::json& value) {
  JsonWriter out;
  write(out, value);
  return out.take();
}

}  // namespace tw::detail
