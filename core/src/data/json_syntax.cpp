#include "data/json_syntax.h"

#include <cstring>

#include "data/json_cursor.h"
#include "data/json_path.h"

namespace tw::detail {

namespace {

Result<SyntaxOutline> syntax_error(std::string_view text, std::size_t offset, std::string path,
                                   std::string message) {
  const TextPosition at = position_of(text, offset);
  return Result<SyntaxOutline>::failure(
      {Diagnostic{name_row_column(std::move(path)), std::move(message), at.line, at.column}});
}

/// The cursor's error, with the path of the innermost value it is in. Too deep a nesting is the
/// fault of the top-level member it is in; a key written twice is named after its object.
Result<SyntaxOutline> cursor_error(std::string_view text, const JsonCursor& c) {
  std::string path = path_at(text, c.error_pos(), c.too_deep() ? 1 : 8);
  std::string message = c.error();
  if (c.duplicate()) {
    path += (path.empty() ? "" : ".") + c.duplicate_key();
    message = "the field appears twice";
  }
  return syntax_error(text, c.error_pos(), std::move(path), std::move(message));
}

bool starts_a_value(char c) { return c != '\0' && std::strchr("{[\"-0123456789tfn", c) != nullptr; }

}  // namespace

Result<SyntaxOutline> check_syntax(std::string_view text, DuplicateKeys duplicates) {
  SyntaxOutline out;
  JsonCursor c(text);
  const bool allow_duplicates = duplicates == DuplicateKeys::allowed;
  c.allow_duplicate_keys(allow_duplicates);
  c.skip_ws();
  out.root = c.pos();
  const char first = c.peek();
  if (!starts_a_value(first) && !(first == 'N' || first == 'I')) {
    return syntax_error(
        text, c.pos(), "",
        "expected a JSON object ({ ... }), got " + describe_value_at(text, c.pos()));
  }
  if (first != '{') {
    if (!c.skip_value(kMaxDepth)) return cursor_error(text, c);
  } else {
    // The top level by hand: it keeps each member's place for the later stages, and its
    // members may nest kMaxDepth levels themselves.
    out.object = true;
    c.consume('{');
    c.skip_ws();
    if (!c.consume('}')) {
      for (;;) {
        c.skip_ws();
        const std::size_t key_start = c.pos();
        std::string_view key;
        std::string scratch;
        if (c.peek() != '"') {
          c.fail("expected a quoted field name");
          return cursor_error(text, c);
        }
        if (!c.read_string(key, scratch)) return cursor_error(text, c);
        for (const TopMember& m : out.members) {
          if (m.key == key && !allow_duplicates)
            return syntax_error(text, key_start, m.key, "the field appears twice");
        }
        TopMember member;
        member.key = std::string(key);
        c.skip_ws();
        if (!c.consume(':')) {
          c.fail("expected ':' after the field name " + quote_text(member.key));
          return syntax_error(text, c.error_pos(), member.key, c.error());
        }
        c.skip_ws();
        member.start = c.pos();
        if (!c.skip_value(kMaxDepth, &member.elements)) return cursor_error(text, c);
        member.end = c.pos();
        out.members.push_back(std::move(member));
        c.skip_ws();
        if (c.consume(',')) continue;
        if (c.consume('}')) break;
        c.fail("expected ',' or '}' after the value of " + quote_text(out.members.back().key) +
               ", got " + describe_value_at(text, c.pos()));
        return syntax_error(text, c.error_pos(), "", c.error());
      }
    }
  }
  c.skip_ws();
  if (!c.at_end()) {
    return syntax_error(text, c.pos(), "",
                        std::string("unexpected content after the end of the JSON ") +
                            (out.object ? "object" : "value"));
  }
  return Result<SyntaxOutline>::success(std::move(out));
}

}  // namespace tw::detail
