// The in-memory dataset: dimensions defined by the data, observations stored compactly.
#pragma once

#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

namespace tw {

enum class Lang { en, zh };

/// A reader-visible string in every supported language.
struct Text {
  std::string en;
  std::string zh;
  const std::string& in(Lang lang) const { return lang == Lang::zh ? zh : en; }
};

/// A member of the flow, product or partner dimension.
struct Item {
  std::string id;
  Text label;  ///< as shown on a control or an axis ("Oxides")
  /// As used inside a sentence ("rare earth oxides"). Without one in the file: the label, its
  /// plain capitalised first word lowered in English for flows and products ("gallium").
  Text phrase;
  bool aggregate = false;     ///< contains or overlaps other items ("world"): never added to them
  std::string code;           ///< optional classification code, e.g. "HS 2846.90"
  bool phrase_given = false;  ///< the file states the phrase (written back only then)
  /// Products only: the unit of its volumes, as a position in Dataset::units (0: the dataset's
  /// unit, meta.units.volume; i > 0: meta.units.others[i - 1]).
  int unit = 0;
};

/// A unit of volume. The dataset's own (meta.units.volume) is the largest; every other one says
/// how many of it make one of the dataset's: 1 t = 1000 kg is a per_volume_unit of 1000. The
/// conversion is used only to compare and add figures of different units; each figure is shown
/// in the unit its source used, with its source's digits.
struct VolumeUnit {
  std::string id;  ///< "" for the dataset's own unit
  Text label;      ///< "kg" / "千克"
  double per_volume_unit = 1;
  std::string per_volume_unit_text = "1";  ///< as written in the file ("1000")
  /// Digits a figure gains when written in the dataset's unit: 3 for kg in a t dataset (one
  /// decimal digit per factor of ten, rounded up for a factor that is no power of ten).
  int extra_decimals = 0;
};

/// A period: inclusive range of months, stored as month indexes (year * 12 + month - 1).
struct Period {
  std::string id;
  Text label;
  int start = 0;
  int end = 0;
  int months() const { return end - start + 1; }
};

enum class Measure : std::uint8_t { volume, yoy, share };
constexpr int kMeasureCount = 3;
const char* measure_id(Measure m);

struct Source {
  std::string id;
  Text publisher;
  Text author;       ///< empty when unknown
  Text title;        ///< empty when unknown
  std::string date;  ///< YYYY-MM-DD or empty
  std::string url;   ///< http(s) only, or empty
};

struct Note {
  std::string id;
  Text text;
};

constexpr std::int32_t kNone = -1;

/// How a source words a figure that is not exact ("more than 80%", "about -30%"). Bounds speak
/// of the figure's size as the source words it: for a change, "down more than 30%" is -30 with
/// more_than. A qualified figure is never added or compared as if it were exact.
enum class Qualifier : std::uint8_t { exact, more_than, at_least, less_than, at_most, about };
constexpr int kQualifierCount = 6;
/// The id written in a dataset ("more_than"), "" for exact.
const char* qualifier_id(Qualifier q);

/// One stated figure (or a stated gap: value is NaN when no source gives it).
struct Observation {
  std::uint16_t flow = 0;
  std::uint16_t product = 0;
  std::uint16_t partner = 0;
  std::uint16_t period = 0;
  Measure measure = Measure::volume;
  std::uint8_t decimals = 0;  ///< digits after the point as the source wrote the number
  Qualifier qualifier = Qualifier::exact;  ///< as the source words the figure
  double value = std::numeric_limits<double>::quiet_NaN();
  std::int32_t source = kNone;  ///< index into Meta::sources
  std::int32_t ref = kNone;   ///< index into Dataset::refs (paragraph references such as "[2][3]")
  std::int32_t note = kNone;  ///< index into Meta::notes (the first, when there are several)
  /// Index into Dataset::note_lists when the row has several notes, else kNone.
  std::int32_t note_list = kNone;
  bool has_value() const { return !std::isnan(value); }
};

/// One of the story's own findings (meta.key_points): a sentence in both languages, quoted from a
/// source, with where it is in that source (paragraph references such as "[1][21]").
struct KeyPoint {
  Text text;
  std::int32_t source = kNone;  ///< index into Meta::sources
  std::string ref;              ///< empty when the source gives no reference
};

/// A callout of the story (meta.annotations): a sentence in both languages tied to a period, and
/// to one flow and product when it is about a figure, drawn in the charts that show that period.
struct Annotation {
  Text text;
  std::string period_id;   ///< as written; resolved into `period` once dimensions are read
  std::string flow_id;     ///< empty: any flow
  std::string product_id;  ///< empty: any product
  int period = kNone;
  int flow = kNone;
  int product = kNone;
  std::int32_t source = kNone;  ///< index into Meta::sources
  std::string ref;              ///< empty when the source gives no reference
};

/// A source's statement that the partners it names are the only ones of a flow x product x
/// period (meta.complete_partners: "only Japan and Korea"). Their shares are then complete: no
/// "others" is left, and the largest of them is the top partner.
struct CompletePartners {
  std::string flow_id, product_id, period_id;  ///< as written; resolved once dimensions are read
  std::vector<std::string> partner_ids;
  int flow = kNone;
  int product = kNone;
  int period = kNone;
  std::vector<int> partners;
  std::int32_t source = kNone;  ///< index into Meta::sources
  std::string ref;              ///< empty when the source gives no reference
};

/// Notes on a figure the widget computes (meta.derived_notes): a share, a year-on-year change or
/// a year-earlier volume that no row states, keyed like a row. Shown wherever that figure is.
struct DerivedNotes {
  std::string flow_id, product_id, partner_id, period_id;  ///< as written
  Measure measure = Measure::volume;
  std::vector<std::string> note_ids;
  int flow = kNone;
  int product = kNone;
  int partner = kNone;
  int period = kNone;
  std::vector<std::int32_t> notes;  ///< indexes into Meta::notes, in the order written
};

struct Meta {
  Text title;
  Text subtitle;
  Text coverage;
  Text volume_unit;
  /// Optional (meta.units.others): further units that products may declare.
  std::vector<VolumeUnit> other_units;
  int default_flow = 0;
  int default_period = 0;
  std::vector<Source> sources;
  std::vector<Note> notes;
  std::vector<KeyPoint> key_points;     ///< optional; shown above the computed narrative
  std::vector<Annotation> annotations;  ///< optional; callouts drawn in the charts
  std::vector<CompletePartners> complete_partners;  ///< optional
  std::vector<DerivedNotes> derived_notes;          ///< optional
};

/// Open-addressing index from an observation's key to its position (fast in wasm, no nodes).
class ObservationIndex {
 public:
  static std::uint64_t key(int flow, int product, int partner, int period, Measure measure);
  void reserve(std::size_t count);
  /// Inserts; returns the index already stored under that key, or kNone when it was new.
  std::int32_t insert(std::uint64_t key, std::int32_t index);
  std::int32_t find(std::uint64_t key) const;

 private:
  void grow();
  std::vector<std::uint64_t> keys_;
  std::vector<std::int32_t> values_;
  std::size_t size_ = 0;
};

struct Dataset {
  Meta meta;
  std::vector<Item> flows;
  std::vector<Item> products;
  std::vector<Item> partners;
  std::vector<Period> periods;
  std::vector<Observation> observations;
  std::vector<std::string> refs;
  /// The notes of rows with several ("note": ["a", "b"]), as indexes into Meta::notes.
  std::vector<std::vector<std::int32_t>> note_lists;
  ObservationIndex index;

  /// Every note of a row, in the order the row lists them (empty when it has none).
  std::vector<std::int32_t> notes_of(const Observation& o) const;

  /// The observation for a key, or nullptr when the dataset has no row for it.
  const Observation* find(int flow, int product, int partner, int period, Measure measure) const;
  /// Position of an id in a dimension, or kNone.
  static int position(const std::vector<Item>& items, const std::string& id);
  int period_position(const std::string& id) const;
  /// The period covering exactly the same months one year earlier, or kNone.
  int period_a_year_before(int period) const;
  /// The first aggregate partner ("world"), or kNone when the dataset has none.
  int world_partner() const;

  /// The notes on the derived figure of this key (meta.derived_notes), or kNone.
  std::int32_t derived_notes_of(int flow, int product, int partner, int period,
                                Measure measure) const;
  /// The statement that the partners of this flow x product x period are complete, or nullptr.
  const CompletePartners* complete_partners_of(int flow, int product, int period) const;

  /// Every unit of volume: [0] the dataset's own (meta.units.volume), then meta.units.others.
  VolumeUnit unit(int position) const;
  int unit_count() const { return 1 + static_cast<int>(meta.other_units.size()); }
  /// The label of a unit ("kg"), by its position as in unit().
  const Text& unit_label(int position) const;
  /// The label of a product's volume unit ("kg").
  const Text& unit_label_of_product(int product) const;
  /// True when every product of the list has the same volume unit.
  bool one_unit(const std::vector<int>& products) const;
};

}  // namespace tw
