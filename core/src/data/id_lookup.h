// Ids to positions, for the rows stage: one lookup per cell of a million rows.
#pragma once

#include <cstdint>
#include <cstring>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "trade_widget/dataset.h"

namespace tw::detail {

/// Maps ids to positions; remembers the last raw id per column so repeated ids skip hashing.
/// Open addressing over string views: a lookup allocates nothing (a std::string key per lookup
/// was a malloc per cell in wasm, where strings over 10 bytes leave the small-string buffer).
class IdLookup {
 public:
  /// Keeps the first position when an id is added twice.
  void add(const std::string& id, int position) {
    if (find_slot(id) != kNone) return;
    if ((keys_.size() + 1) * 2 > slots_.size()) rehash(slots_.empty() ? 16 : slots_.size() * 2);
    keys_.push_back(id);
    positions_.push_back(position);
    insert_slot(static_cast<int>(keys_.size() - 1));
  }
  int find(std::string_view id) {
    if (last_pos_ != kNone && same(id, last_id_)) return last_pos_;
    const int k = find_slot(id);
    last_pos_ = k == kNone ? kNone : positions_[static_cast<std::size_t>(k)];
    last_id_ =
        k == kNone ? std::string_view() : std::string_view(keys_[static_cast<std::size_t>(k)]);
    return last_pos_;
  }

 private:
  // Ids are short: whole 8-byte words are read (first and last 8 bytes, which overlap for 8 to
  // 16 bytes), as wasm calls memcmp for every string compare and loops byte by byte.
  static std::uint64_t word(const char* p) {
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    return w;
  }
  static std::uint64_t short_word(std::string_view s) {  // s.size() < 8
    const std::size_t n = s.size();
    if (n >= 4) {  // two 4-byte reads that overlap cover every byte
      std::uint32_t lo, hi;
      std::memcpy(&lo, s.data(), 4);
      std::memcpy(&hi, s.data() + n - 4, 4);
      return lo | std::uint64_t{hi} << 32;
    }
    std::uint64_t w = 0;
    for (std::size_t i = 0; i < n; ++i)
      w |= std::uint64_t{static_cast<unsigned char>(s[i])} << (8 * i);
    return w;
  }
  static bool same(std::string_view a, std::string_view b) {
    const std::size_t n = a.size();
    if (n != b.size()) return false;
    if (n < 8) return short_word(a) == short_word(b);
    if (n <= 16) {
      return word(a.data()) == word(b.data()) && word(a.data() + n - 8) == word(b.data() + n - 8);
    }
    return a == b;
  }
  static std::size_t hash(std::string_view s) {
    const std::size_t n = s.size();
    std::uint64_t w = n < 8 ? short_word(s) : word(s.data()) ^ (word(s.data() + n - 8) >> 7);
    if (n > 16) w ^= word(s.data() + n / 2 - 4);
    w ^= n ^ (w >> 29);  // fold the high bytes down: the multiply only carries bits upwards
    w *= 0x9E3779B97F4A7C15ull;
    return static_cast<std::size_t>(w ^ (w >> 32));
  }
  int find_slot(std::string_view id) const {
    if (slots_.empty()) return kNone;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash(id) & mask;; i = (i + 1) & mask) {
      const int k = slots_[i];
      if (k == kNone || same(keys_[static_cast<std::size_t>(k)], id)) return k;
    }
  }
  void insert_slot(int k) {
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = hash(keys_[static_cast<std::size_t>(k)]) & mask;
    while (slots_[i] != kNone) i = (i + 1) & mask;
    slots_[i] = k;
  }
  void rehash(std::size_t size) {
    slots_.assign(size, kNone);
    for (std::size_t k = 0; k < keys_.size(); ++k) insert_slot(static_cast<int>(k));
  }

  std::deque<std::string> keys_;  // a deque never moves its elements: last_id_ stays valid
  std::vector<int> positions_;
  std::vector<int> slots_;  // indexes into keys_, or kNone
  std::string_view last_id_;
  int last_pos_ = kNone;
};

}  // namespace tw::detail
