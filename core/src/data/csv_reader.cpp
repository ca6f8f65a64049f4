#include "data/csv_reader.h"

namespace tw::detail {

CsvReader::CsvReader(std::string_view text) : text_(text) {
  if (text_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;
}

void CsvReader::end_of_line() {
  if (pos_ < text_.size() && text_[pos_] == '\r') ++pos_;
  if (pos_ < text_.size() && text_[pos_] == '\n') ++pos_;
  ++next_line_;
}

bool CsvReader::read_quoted(std::string& cell) {
  ++pos_;  // the opening quote
  for (;;) {
    const std::size_t quote = text_.find('"', pos_);
    if (quote == std::string_view::npos) {
      error_ = "a quoted cell is never closed (a \" is missing)";
      pos_ = text_.size();
      return false;
    }
    const std::string_view part = text_.substr(pos_, quote - pos_);
    for (std::size_t i = 0; i < part.size(); ++i) {
      // CRLF inside a cell is one line break; count it once.
      if (part[i] == '\n' || (part[i] == '\r' && (i + 1 >= part.size() || part[i + 1] != '\n'))) {
        ++next_line_;
      }
    }
    cell.append(part);
    pos_ = quote + 1;
    if (pos_ < text_.size() && text_[pos_] == '"') {  // "" is a quote inside the cell
      cell += '"';
      ++pos_;
      continue;
    }
    return true;
  }
}

bool CsvReader::next(std::vector<std::string>& cells) {
  cells.clear();
  error_.clear();
  record_line_ = next_line_;
  if (pos_ >= text_.size()) return false;
  for (;;) {
    cells.emplace_back();
    std::string& cell = cells.back();
    if (pos_ < text_.size() && text_[pos_] == '"') {
      if (!read_quoted(cell)) return false;
      if (pos_ < text_.size() && text_[pos_] != ',' && text_[pos_] != '\r' && text_[pos_] != '\n') {
        error_ = "text after the closing quote of cell " + std::to_string(cells.size()) +
                 " (a quote inside a quoted cell must be doubled: \"\")";
        return false;
      }
    } else {
      const std::size_t end = text_.find_first_of(",\r\n\"", pos_);
      const std::size_t stop = end == std::string_view::npos ? text_.size() : end;
      cell.assign(text_.substr(pos_, stop - pos_));
      pos_ = stop;
      if (pos_ < text_.size() && text_[pos_] == '"') {
        error_ = "a quote inside cell " + std::to_string(cells.size()) +
                 ", which does not start with a quote (quote the whole cell and double the "
                 "quote: \"12\"\" pipe\")";
        return false;
      }
    }
    if (pos_ >= text_.size()) return true;
    if (text_[pos_] == ',') {
      ++pos_;
      continue;
    }
    end_of_line();
    return true;
  }
}

}  // namespace tw::detail
