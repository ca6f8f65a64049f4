// libFuzzer target, structure-aware: starts from valid datasets and mutates them token by token
// (a value replaced by a hostile one, a member written twice, a row removed), so that most inputs
// get past the syntax stage and exercise the schema, rows and dataset stages, where byte-level
// mutation of a 25 KB file rarely reaches. The checks are fuzz_load's.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_checks.h"

extern "C" std::size_t LLVMFuzzerMutate(std::uint8_t* data, std::size_t size, std::size_t max_size);

namespace {

struct Token {
  std::size_t start, end;
  bool key;  // a string followed by ':'
};

/// Scalars (strings, numbers, literals) of a JSON-like text; tolerant of broken text.
std::vector<Token> scan(const std::string& s) {
  std::vector<Token> out;
  std::size_t i = 0;
  while (i < s.size()) {
    const char c = s[i];
    if (c == '"') {
      std::size_t j = i + 1;
      while (j < s.size() && s[j] != '"') j += s[j] == '\\' ? 2 : 1;
      const std::size_t end = j < s.size() ? j + 1 : s.size();
      std::size_t k = end;
      while (k < s.size() && (s[k] == ' ' || s[k] == '\n')) ++k;
      out.push_back(Token{i, end, k < s.size() && s[k] == ':'});
      i = end;
    } else if (c == '-' || (c >= '0' && c <= '9') || c == 't' || c == 'f' || c == 'n') {
      std::size_t j = i;
      while (j < s.size() && std::strchr(",]} \n\r\t:", s[j]) == nullptr) ++j;
      out.push_back(Token{i, j, false});
      i = j;
    } else {
      ++i;
    }
  }
  return out;
}

// Values that broke, or could break, a stage: numbers a double cannot hold, exponent notation,
// control characters, duplicate keys, strings of brackets, the suite's corner cases.
const char* const kValues[] = {"1e400",
                               "-1e400",
                               "1e-400",
                               "1e-2",
                               "12345e-4",
                               "1.5e3",
                               "0.01",
                               "-0",
                               "1E+2",
                               "0e7",
                               "123e-10000000",
                               "1e15",
                               "1.7976931348623157e308",
                               "5e-324",
                               "-1e-7",
                               "99.99",
                               "100.0001",
                               "null",
                               "true",
                               "false",
                               "[]",
                               "{}",
                               "\"\"",
                               "\"\\u0000\"",
                               "\"a\\nb\"",
                               "\"\\u001b[31mred\"",
                               "\"\\ud800\"",
                               "\"\\ud83d\\ude00\"",
                               "\"]]]]]]]]]]]]]]]]\"",
                               "\"],[\"",
                               "{\"id\":\"x\",\"id\":\"y\"}",
                               "{\"en\":\"a\",\"en\":\"b\",\"zh\":\"c\"}",
                               "[[[[[[[[]]]]]]]]",
                               "\"yoy\"",
                               "\"share\"",
                               "\"volume\"",
                               "\"2025-01\"",
                               "\"https://example.org/\"",
                               "\"javascript:alert(1)\"",
                               "1e308",
                               "0.000001"};

std::string mutate(std::string s, std::mt19937& rng, const std::vector<Token>& tokens) {
  const auto pick = [&](std::size_t n) {
    return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng);
  };
  const Token& t = tokens[pick(tokens.size())];
  switch (pick(5)) {
    case 0:  // a value replaced by a hostile one
      return s.substr(0, t.start) + kValues[pick(sizeof kValues / sizeof *kValues)] +
             s.substr(t.end);
    case 1: {  // a value replaced by another of the file's (ids stay plausible)
      const Token& u = tokens[pick(tokens.size())];
      return s.substr(0, t.start) + s.substr(u.start, u.end - u.start) + s.substr(t.end);
    }
    case 2: {  // a member written twice
      if (!t.key) break;
      const std::size_t colon = s.find(':', t.end);
      if (colon == std::string::npos) break;
      return s.substr(0, t.start) + s.substr(t.start, t.end - t.start) + ": " +
             kValues[pick(sizeof kValues / sizeof *kValues)] + ", " + s.substr(t.start);
    }
    case 3: {  // a row or element removed, with its comma
      const std::size_t open = s.rfind('[', t.start);
      const std::size_t close = s.find(']', t.end);
      if (open == std::string::npos || close == std::string::npos) break;
      std::size_t end = close + 1;
      if (end < s.size() && s[end] == ',') ++end;
      return s.substr(0, open) + s.substr(end);
    }
    default: {  // a cell repeated: rows of 8, 9 and 10 cells, duplicate rows
      return s.substr(0, t.end) + ", " + s.substr(t.start, t.end - t.start) + s.substr(t.end);
    }
  }
  return s;
}

}  // namespace

extern "C" std::size_t LLVMFuzzerCustomMutator(std::uint8_t* data, std::size_t size,
                                               std::size_t max_size, unsigned int seed) {
  std::mt19937 rng(seed);
  std::string s(reinterpret_cast<const char*>(data), size);
  const std::vector<Token> tokens = scan(s);
  if (tokens.empty() || rng() % 8 == 0) return LLVMFuzzerMutate(data, size, max_size);
  s = mutate(std::move(s), rng, tokens);
  if (s.size() > max_size) return LLVMFuzzerMutate(data, size, max_size);
  std::memcpy(data, s.data(), s.size());
  return s.size();
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  tw::fuzz::check_load(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
