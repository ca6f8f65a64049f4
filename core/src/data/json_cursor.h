// A strict, allocation-light JSON reader over a byte range. It validates syntax without recursion
// (so deep nesting cannot overflow the stack) and keeps byte offsets for line/column messages.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace tw::detail {

struct TextPosition {
  int line = 0;
  int column = 0;
};

/// 1-based line and column (in characters) of a byte offset.
TextPosition position_of(std::string_view text, std::size_t offset);
/// The position of byte `to`, counting on from byte `from` at position `at` (from <= to).
TextPosition position_after(std::string_view text, std::size_t from, TextPosition at,
                            std::size_t to);

/// Offset of the first byte that is not valid UTF-8, or npos.
std::size_t find_invalid_utf8(std::string_view text);

/// A short, printable rendering of the JSON value starting at offset ("12,3" with quotes, NaN,
/// ...).
std::string describe_value_at(std::string_view text, std::size_t offset);

/// The UTF-8 character at offset, or \xNN when the byte there is not a printable character.
std::string character_at(std::string_view text, std::size_t offset);

/// Quotes and shortens a string for a message.
std::string quote_text(std::string_view s);

class JsonCursor {
 public:
  explicit JsonCursor(std::string_view text, std::size_t pos = 0) : text_(text), pos_(pos) {}

  void skip_ws() {
    while (pos_ < text_.size()) {
      const char c = text_[pos_];
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') break;
      ++pos_;
    }
  }
  bool at_end() const { return pos_ >= text_.size(); }
  char peek() const { return pos_ < text_.size() ? text_[pos_] : '\0'; }
  bool consume(char c) {
    if (peek() != c) return false;
    ++pos_;
    return true;
  }
  std::size_t pos() const { return pos_; }
  void set_pos(std::size_t pos) { pos_ = pos; }

  /// Validates and steps over one value. Fails with a message on bad syntax, a key written twice
  /// in one object, a number a double cannot hold, or nesting deeper than max_depth. When the
  /// value is a container, *elements receives the number of its members or elements.
  bool skip_value(int max_depth, std::size_t* elements = nullptr);
  /// Reads a string. raw points into the text when the string has no escapes (the common case);
  /// otherwise the decoded string is in scratch and raw points at it.
  bool read_string(std::string_view& raw, std::string& scratch);
  /// Reads a number with the strict JSON grammar. decimals = the digits the source wrote after
  /// the point, counting the exponent (1e-2 has 2, 1.5e3 has 0). Fails on a number that a
  /// double cannot hold (overflow, or a non-zero number that would read as 0). Without
  /// need_value, value is left unset when the number is known to fit (the syntax check).
  bool read_number(double& value, int& decimals, bool need_value = true);
  /// Steps over "null"; false (without error) when the next token is not null.
  bool read_null();

  /// Sets the error; the offset defaults to the current position.
  bool fail(std::string message);
  bool fail_at(std::size_t offset, std::string message);
  const std::string& error() const { return error_; }
  /// The error is about nesting depth (not about one value), so no single value is to blame.
  bool too_deep() const { return too_deep_; }
  std::size_t error_pos() const { return error_pos_; }
  /// JSON allows a key twice in one object (RFC 8259: names SHOULD be unique); the dataset
  /// format does not, so by default skip_value refuses it.
  void allow_duplicate_keys(bool allow) { allow_duplicates_ = allow; }
  /// The error is a key written twice in one object: duplicate_key() names it.
  bool duplicate() const { return duplicate_; }
  const std::string& duplicate_key() const { return duplicate_key_; }

 private:
  bool skip_string();
  bool skip_literal();
  /// Reads `"key":` of an object member, failing when keys already holds the key.
  bool read_key(std::vector<std::string>& keys);

  std::string_view text_;
  std::size_t pos_;
  std::string error_;
  std::size_t error_pos_ = 0;
  bool too_deep_ = false;
  bool allow_duplicates_ = false;
  bool duplicate_ = false;
  std::string duplicate_key_;
};

}  // namespace tw::detail
