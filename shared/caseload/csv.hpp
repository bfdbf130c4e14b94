// Reading and writing CSV (RFC 4180 as spreadsheets and student information systems write it):
// a UTF-8 byte-order mark, quoted fields with doubled quotes and embedded line breaks, CRLF or
// LF line ends, comma, semicolon or tab separators. A broken row is reported with its line number
// and left out; the rest of the file is still read. Writing quotes what needs quoting and, for
// user text, defuses spreadsheet formulas (a cell starting with = + - @ is prefixed with ').
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "caseload/result.hpp"

namespace caseload {

struct CsvRow {
  int line = 0;  // the line the row starts on, counting from 1 (the header is line 1)
  std::vector<std::string> fields;
};

struct CsvProblem {
  int line = 0;
  std::string message;
};

struct CsvTable {
  std::vector<std::string> header;
  std::vector<CsvRow> rows;            // blank lines are skipped
  std::vector<CsvProblem> problems;    // rows that could not be read, in order
  char separator = ',';
};

inline constexpr std::size_t kMaxCsvBytes = 16 * 1024 * 1024;

// Fails only when there is nothing to read (empty, not text, too large); row problems are in
// the table.
Result<CsvTable> parse_csv(std::string_view text);

// One field as CSV: quoted when it holds a separator, quote or line break.
std::string csv_field(std::string_view text);
// User text for a spreadsheet: as csv_field, with formulas defused.
std::string csv_text(std::string_view text);

class CsvWriter {
 public:
  CsvWriter& text(std::string_view value);    // user text (formula-protected)
  CsvWriter& number(double value);            // written as is
  CsvWriter& plain(std::string_view value);   // our own text (dates, codes): quoted only
  CsvWriter& end_row();
  const std::string& str() const { return out_; }

 private:
  void separator();
  std::string out_;
  bool row_started_ = false;
};

}  // namespace caseload
