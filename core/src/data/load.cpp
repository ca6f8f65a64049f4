// load_dataset: the loader's stages in order. Each stage stops the load when it fails, so a
// reader sees the first kind of problem first: bytes (encoding), then syntax (with line and
// column), then the schema of the header, then the rows, then checks across rows.
#include "trade_widget/load.h"

#include "data/assemble_dataset.h"
#include "data/json_cursor.h"
#include "data/json_syntax.h"
#include "data/load_annotations.h"
#include "data/load_bytes.h"
#include "data/load_complete_partners.h"
#include "data/load_derived_notes.h"
#include "data/load_diagnostics.h"
#include "data/load_header.h"
#include "data/load_rows.h"

namespace tw {

namespace {

Result<Dataset> finish(detail::DiagnosticSink& sink, Dataset* ds) {
  detail::make_printable(sink.errors());
  detail::make_printable(sink.warnings());
  if (ds == nullptr || sink.has_errors())
    return Result<Dataset>::failure(std::move(sink.errors()), std::move(sink.warnings()));
  return Result<Dataset>::success(std::move(*ds), std::move(sink.warnings()));
}

}  // namespace

Result<Dataset> load_dataset(std::string_view json_bytes) {
  // 1. Bytes: UTF-8, without its byte-order mark.
  auto utf8 = detail::read_utf8(json_bytes);
  if (!utf8.ok()) {
    detail::DiagnosticSink sink(json_bytes);
    sink.errors() = utf8.errors();
    return finish(sink, nullptr);
  }
  const std::string_view text = utf8.value().text;
  detail::DiagnosticSink sink(text);
  // 2. Syntax of the whole text, before any field is read.
  auto syntax = detail::check_syntax(text);
  if (!syntax.ok()) {
    sink.errors() = syntax.errors();
    return finish(sink, nullptr);
  }
  const detail::SyntaxOutline& outline = syntax.value();
  if (!outline.object) {
    sink.error_at(
        outline.root, "",
        "expected a JSON object ({ ... }), got " + detail::describe_value_at(text, outline.root));
    return finish(sink, nullptr);
  }
  // 3 and 4a. Trees of format, meta and dimensions, and their schema.
  Dataset ds;
  const bool header_ok = detail::read_header(text, outline, ds, sink);
  if (!header_ok) return finish(sink, nullptr);
  detail::resolve_annotations(ds, sink);
  detail::resolve_complete_partners(ds, sink);
  detail::resolve_derived_notes(ds, sink);
  const detail::TopMember* rows = nullptr;
  for (const auto& m : outline.members) {
    if (m.key == "observations") rows = &m;
  }
  if (rows == nullptr) {
    sink.error("observations", "expected an array of rows, but it is missing");
    return finish(sink, nullptr);
  }
  // 4b. The rows, read from the text against the header.
  detail::RowReader(text, ds, sink).read(rows->start, rows->elements);
  // 5. Checks across the whole dataset.
  if (!sink.has_errors()) detail::check_share_totals(ds, sink);
  if (!sink.has_errors()) detail::check_complete_partners(ds, sink);
  if (!sink.has_errors()) detail::check_derived_notes(ds, sink);
  return finish(sink, &ds);
}

}  // namespace tw
