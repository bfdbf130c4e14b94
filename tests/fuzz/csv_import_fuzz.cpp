// Fuzz target: CSV text through the reader, the roster mapping and preview, and the due-date
// reconciliation; also checks that writing each parsed field and reading it back gives it again.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "caseload/csv.hpp"
#include "caseload/due_date_reconcile.hpp"
#include "caseload/roster_import.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace caseload;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  auto table = parse_csv(text);
  if (!table) return 0;
  Caseload caseload;
  Student known;
  known.external_id = "1001";
  known.first_name = "Known";
  caseload.students.push_back(known);
  const RosterPreview preview = preview_roster(*table, guess_roster_mapping(table->header), caseload);
  if (preview.added + preview.updated + preview.unchanged + preview.errors != static_cast<int>(preview.rows.size())) {
    std::abort();
  }
  (void)reconcile_due_dates(*table, guess_due_date_mapping(table->header), caseload, {});
  // Round trip: the header written out as a data row and read back gives the same fields.
  bool blank = true;
  for (const auto& f : table->header) blank = blank && f.find_first_not_of(" \t") == std::string::npos;
  if (blank) return 0;
  CsvWriter writer;
  writer.plain("h").end_row();
  for (const auto& field : table->header) writer.plain(field);
  writer.end_row();
  auto back = parse_csv(writer.str());
  if (!back || back->rows.size() != 1 || back->rows[0].fields != table->header) std::abort();
  return 0;
}
