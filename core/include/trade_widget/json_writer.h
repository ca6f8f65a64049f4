// JSON text written as it is produced, for the replies the page reads (the view, the dataset's
// description, diagnostics). Why not nlohmann::json trees: building a tree and dumping it
// compiles the tree's object/array code and the serializer into every caller, where a reply
// of a fixed shape needs only this (nlohmann stays where data is read).
#pragma once

#include <string>
#include <string_view>

namespace tw {

class JsonWriter {
 public:
  JsonWriter& begin_object();
  JsonWriter& begin_array();
  /// Ends the innermost object or array.
  JsonWriter& end();
  /// An object member's name; its value is written next.
  JsonWriter& key(std::string_view name);

  JsonWriter& string(std::string_view text);
  JsonWriter& integer(long long value);
  /// As nlohmann::json writes a double: the shortest digits that read back as the same double,
  /// "12.0" for a whole number, an exponent outside 1e-5..1e15 ("1e+21"); null when not finite.
  JsonWriter& number(double value);
  JsonWriter& boolean(bool value);
  JsonWriter& null();
  /// Text that is already JSON (a reply written elsewhere), as one value.
  JsonWriter& raw(std::string_view json);

  /// key(name).string(text), and the like: a member in one call.
  JsonWriter& member(std::string_view name, std::string_view text) {
    return key(name).string(text);
  }

  const std::string& str() const { return out_; }
  std::string take() { return std::move(out_); }

 private:
  void separate();

  std::string out_;
  std::string closers_;  ///< '}' or ']' of each open container, innermost last
  bool comma_ = false;   ///< a value was written in the current container: the next needs ','
};

/// A string as JSON text: quotes, backslashes and control characters escaped (\b \f \n \r \t,
/// others as \u00XX), other characters kept as UTF-8; a byte sequence that is not UTF-8 becomes
/// U+FFFD, so that the text always parses.
void append_json_string(std::string& out, std::string_view text);

/// A double as JsonWriter::number writes it.
std::string json_number(double value);

}  // namespace tw
