#include "trade_widget/dataset.h"

namespace tw {

const char* measure_id(Measure m) {
  switch (m) {
    case Measure::volume:
      return "volume";
    case Measure::yoy:
      return "yoy";
    case Measure::share:
      return "share";
  }
  return "volume";
}

const char* qualifier_id(Qualifier q) {
  switch (q) {
    case Qualifier::exact:
      return "";
    case Qualifier::more_than:
      return "more_than";
    case Qualifier::at_least:
      return "at_least";
    case Qualifier::less_than:
      return "less_than";
    case Qualifier::at_most:
      return "at_most";
    case Qualifier::about:
      return "about";
  }
  return "";
}

namespace {
constexpr std::uint64_t kEmpty = ~std::uint64_t{0};

std::size_t slot_of(std::uint64_t key, std::size_t mask) {
  // Fibonacci hashing spreads the packed small integers over the table.
  return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> 32) & mask;
}
}  // namespace

std::uint64_t ObservationIndex::key(int flow, int product, int partner, int period,
                                    Measure measure) {
  return (static_cast<std::uint64_t>(flow & 0xff) << 56) |
         (static_cast<std::uint64_t>(static_cast<int>(measure)) << 48) |
         (static_cast<std::uint64_t>(product & 0xffff) << 32) |
         (static_cast<std::uint64_t>(partner & 0xffff) << 16) |
         static_cast<std::uint64_t>(period & 0xffff);
}

void ObservationIndex::reserve(std::size_t count) {
  std::size_t capacity = 16;
  while (capacity < count * 2) capacity *= 2;
  if (capacity <= keys_.size()) return;
  std::vector<std::uint64_t> old_keys = std::move(keys_);
  std::vector<std::int32_t> old_values = std::move(values_);
  keys_.assign(capacity, kEmpty);
  values_.assign(capacity, kNone);
  size_ = 0;
  for (std::size_t i = 0; i < old_keys.size(); ++i) {
    if (old_keys[i] != kEmpty) insert(old_keys[i], old_values[i]);
  }
}

void ObservationIndex::grow() { reserve(keys_.empty() ? 8 : keys_.size()); }

std::int32_t ObservationIndex::insert(std::uint64_t key, std::int32_t index) {
  if ((size_ + 1) * 2 > keys_.size()) grow();
  const std::size_t mask = keys_.size() - 1;
  for (std::size_t slot = slot_of(key, mask);; slot = (slot + 1) & mask) {
    if (keys_[slot] == kEmpty) {
      keys_[slot] = key;
      values_[slot] = index;
      ++size_;
      return kNone;
    }
    if (keys_[slot] == key) return values_[slot];
  }
}

std::int32_t ObservationIndex::find(std::uint64_t key) const {
  if (keys_.empty()) return kNone;
  const std::size_t mask = keys_.size() - 1;
  for (std::size_t slot = slot_of(key, mask);; slot = (slot + 1) & mask) {
    if (keys_[slot] == kEmpty) return kNone;
    if (keys_[slot] == key) return values_[slot];
  }
}

const Observation* Dataset::find(int flow, int product, int partner, int period,
                                 Measure measure) const {
  if (flow < 0 || product < 0 || partner < 0 || period < 0) return nullptr;
  const std::int32_t i = index.find(ObservationIndex::key(flow, product, partner, period, measure));
  return i == kNone ? nullptr : &observations[static_cast<std::size_t>(i)];
}

std::vector<std::int32_t> Dataset::notes_of(const Observation& o) const {
  if (o.note_list != kNone) return note_lists[static_cast<std::size_t>(o.note_list)];
  if (o.note != kNone) return {o.note};
  return {};
}

int Dataset::position(const std::vector<Item>& items, const std::string& id) {
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (items[i].id == id) return static_cast<int>(i);
  }
  return kNone;
}

int Dataset::period_position(const std::string& id) const {
  for (std::size_t i = 0; i < periods.size(); ++i) {
    if (periods[i].id == id) return static_cast<int>(i);
  }
  return kNone;
}

int Dataset::period_a_year_before(int period) const {
  if (period < 0) return kNone;
  const Period& p = periods[static_cast<std::size_t>(period)];
  for (std::size_t i = 0; i < periods.size(); ++i) {
    if (periods[i].start == p.start - 12 && periods[i].end == p.end - 12) {
      return static_cast<int>(i);
    }
  }
  return kNone;
}

int Dataset::world_partner() const {
  for (std::size_t i = 0; i < partners.size(); ++i) {
    if (partners[i].aggregate) return static_cast<int>(i);
  }
  return kNone;
}

std::int32_t Dataset::derived_notes_of(int flow, int product, int partner, int period,
                                       Measure measure) const {
  for (std::size_t i = 0; i < meta.derived_notes.size(); ++i) {
    const DerivedNotes& d = meta.derived_notes[i];
    if (d.flow == flow && d.product == product && d.partner == partner && d.period == period &&
        d.measure == measure)
      return static_cast<std::int32_t>(i);
  }
  return kNone;
}

const CompletePartners* Dataset::complete_partners_of(int flow, int product, int period) const {
  for (const CompletePartners& c : meta.complete_partners) {
    if (c.flow == flow && c.product == product && c.period == period) return &c;
  }
  return nullptr;
}

VolumeUnit Dataset::unit(int position) const {
  if (position <= 0 || position > static_cast<int>(meta.other_units.size())) {
    VolumeUnit own;
    own.label = meta.volume_unit;
    return own;
  }
  return meta.other_units[static_cast<std::size_t>(position - 1)];
}

const Text& Dataset::unit_label(int u) const {
  if (u <= 0 || u > static_cast<int>(meta.other_units.size())) return meta.volume_unit;
  return meta.other_units[static_cast<std::size_t>(u - 1)].label;
}

const Text& Dataset::unit_label_of_product(int product) const {
  return unit_label(products[static_cast<std::size_t>(product)].unit);
}

bool Dataset::one_unit(const std::vector<int>& list) const {
  for (int p : list) {
    if (products[static_cast<std::size_t>(p)].unit !=
        products[static_cast<std::size_t>(list.front())].unit)
      return false;
  }
  return true;
}

}  // namespace tw
