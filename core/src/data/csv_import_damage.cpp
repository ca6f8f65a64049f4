#include "data/csv_import_damage.h"

#include <cstdint>
#include <vector>

#include "data/csv_import_figure.h"
#include "data/json_cursor.h"

namespace tw::detail {

namespace {

/// Code points of the bytes 0x80-0x9F in Windows-1252. The five bytes it leaves undefined are
/// read as the C1 control of the same number, as LibreOffice does, so that they round-trip.
constexpr std::uint16_t k1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

/// The byte Windows-1252 writes for a code point, or -1.
int byte_in_1252(std::uint32_t cp) {
  if (cp < 0x80 || (cp >= 0xA0 && cp <= 0xFF)) return static_cast<int>(cp);
  for (int i = 0; i < 32; ++i) {
    if (k1252High[i] == cp) return 0x80 + i;
  }
  return -1;
}

/// Decodes valid UTF-8 (the caller checked it) into code points.
std::vector<std::uint32_t> code_points(std::string_view s) {
  std::vector<std::uint32_t> out;
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    const int n = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    std::uint32_t cp = n == 1 ? b : b & (0x3F >> (n - 1));
    for (int k = 1; k < n && i + static_cast<std::size_t>(k) < s.size(); ++k) {
      cp = (cp << 6) | (static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]) & 0x3F);
    }
    out.push_back(cp);
    i += static_cast<std::size_t>(n);
  }
  return out;
}

bool is_month_abbreviation(std::string_view s) {
  static const char* const kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                        "jul", "aug", "sep", "oct", "nov", "dec"};
  if (s.size() != 3) return false;
  for (const char* m : kMonths) {
    bool same = true;
    for (std::size_t i = 0; i < 3; ++i) same = same && (s[i] | 0x20) == m[i];
    if (same) return true;
  }
  return false;
}

/// A text split into runs: digits ('9', with their count), letters ('a') and single others.
struct Run {
  char kind;
  std::string_view text;
};

std::vector<Run> runs_of(std::string_view s) {
  std::vector<Run> out;
  for (std::size_t i = 0; i < s.size();) {
    const char c = s[i];
    const bool digit = c >= '0' && c <= '9';
    const bool letter = (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    std::size_t j = i + 1;
    if (digit || letter) {
      while (j < s.size() && ((s[j] >= '0' && s[j] <= '9') == digit) &&
             (((s[j] | 0x20) >= 'a' && (s[j] | 0x20) <= 'z') == letter)) {
        ++j;
      }
    }
    out.push_back(Run{digit ? '9' : letter ? 'a' : c, s.substr(i, j - i)});
    i = j;
  }
  return out;
}

bool digits(const Run& r, std::size_t min, std::size_t max) {
  return r.kind == '9' && r.text.size() >= min && r.text.size() <= max;
}

}  // namespace

bool looks_like_date(std::string_view text) {
  const auto r = runs_of(text);
  if (r.size() == 5 && r[1].kind == r[3].kind &&
      (r[1].kind == '/' || r[1].kind == '-' || r[1].kind == '.')) {
    // 03/01/24, 3/1/2024, 01.03.2024, 2024-03-01, 2024/3/1
    if (digits(r[0], 1, 2) && digits(r[2], 1, 2) && (digits(r[4], 2, 2) || digits(r[4], 4, 4))) {
      return true;
    }
    if (digits(r[0], 4, 4) && digits(r[2], 1, 2) && digits(r[4], 1, 2)) return true;
    // 1-Mar-24, 01-Mar-2024
    if (r[1].kind == '-' && digits(r[0], 1, 2) && is_month_abbreviation(r[2].text) &&
        (digits(r[4], 2, 2) || digits(r[4], 4, 4))) {
      return true;
    }
  }
  if (r.size() == 3 && r[1].kind == '-') {
    if (is_month_abbreviation(r[0].text) && digits(r[2], 2, 2)) return true;  // Mar-24
    if (digits(r[0], 1, 2) && is_month_abbreviation(r[2].text)) return true;  // 1-Mar
  }
  return false;
}

bool looks_like_number(std::string_view text) {
  if (is_json_number(text)) return true;
  // 2,024 or 45,352.5: thousands separators as a spreadsheet shows them.
  const auto r = runs_of(text);
  if (r.empty() || !digits(r[0], 1, 3)) return false;
  std::size_t i = 1;
  for (; i + 1 < r.size() && r[i].kind == ','; i += 2) {
    if (!digits(r[i + 1], 3, 3)) return false;
  }
  if (i + 1 < r.size() && r[i].kind == '.' && r[i + 1].kind == '9') i += 2;
  return i == r.size() && r.size() > 1;
}

std::string windows_1252_to_utf8(std::string_view bytes) {
  std::string out;
  for (const char ch : bytes) {
    const auto b = static_cast<unsigned char>(ch);
    append_utf8(out, b >= 0x80 && b < 0xA0 ? k1252High[b - 0x80] : b);
  }
  return out;
}

std::string utf8_read_as_1252(std::string_view text) {
  if (find_invalid_utf8(text) != std::string_view::npos) return "";
  std::string bytes;
  bool high = false;
  for (const std::uint32_t cp : code_points(text)) {
    const int b = byte_in_1252(cp);
    if (b < 0) return "";  // a character Windows-1252 cannot hold: not a misreading
    high = high || b >= 0x80;
    bytes += static_cast<char>(b);
  }
  if (!high || find_invalid_utf8(bytes) != std::string_view::npos) return "";
  return bytes;
}

std::string label_damage(const std::string& label, const std::string& meta_label, bool chinese,
                         const std::string& what, const std::string& meta_name) {
  const bool is_new = meta_label.empty();
  if (!is_new && label == meta_label) return "";
  const std::string original = utf8_read_as_1252(label);
  if (!original.empty()) {
    return quote_text(label) + " is " + quote_text(original) +
           " read in the wrong character set: the spreadsheet opened the UTF-8 file as "
           "Windows-1252; open the CSV again with the character set UTF-8";
  }
  if (chinese && label.find('?') != std::string::npos) {
    return quote_text(label) +
           " has ? where a Chinese character was: the file was saved in a character set "
           "without Chinese (such as Windows-1252, \"Western Europe\"); save it again with the "
           "character set UTF-8" +
           (is_new ? std::string()
                   : " (the label in " + meta_name + " is " + quote_text(meta_label) + ")");
  }
  if (looks_like_date(label)) {
    if (is_new) {
      return quote_text(label) +
             " is a date the spreadsheet made of a label: open the CSV with the label columns as "
             "Text, or type the label as text (start the cell with an apostrophe)";
    }
    return quote_text(label) + " is a date the spreadsheet made of the label " +
           quote_text(meta_label) + " of " + what +
           ": open the CSV with the id and label columns as Text, or empty the cell to keep "
           "the label of " +
           meta_name;
  }
  if (!is_new && looks_like_number(label)) {
    return quote_text(label) + " is a number the spreadsheet made of the label " +
           quote_text(meta_label) + " of " + what +
           ": open the CSV with the id and label columns as Text, or empty the cell to keep "
           "the label of " +
           meta_name;
  }
  return "";
}

}  // namespace tw::detail
