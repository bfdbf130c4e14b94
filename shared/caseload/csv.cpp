#include "caseload/csv.hpp"

#include <cmath>
#include <cstdio>

namespace caseload {
namespace {

char guess_separator(std::string_view text) {
  const std::string_view first_line = text.substr(0, text.find_first_of("\r\n"));
  int commas = 0, semicolons = 0, tabs = 0;
  bool quoted = false;
  for (char c : first_line) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    commas += c == ',';
    semicolons += c == ';';
    tabs += c == '\t';
  }
  if (tabs > commas && tabs >= semicolons) return '\t';
  if (semicolons > commas) return ';';
  return ',';
}

// Reads one record starting at `pos`; advances `pos` and `line` past it.
class RecordReader {
 public:
  RecordReader(std::string_view text, char separator) : text_(text), separator_(separator) {}

  bool done() const { return pos_ >= text_.size(); }
  int line() const { return line_; }

  // Returns false with `problem` set when the record is malformed (it is skipped).
  bool next(std::vector<std::string>& fields, std::string& problem) {
    fields.assign(1, std::string());
    problem.clear();
    while (pos_ < text_.size()) {
      const char c = text_[pos_];
      if (c == '"' && fields.back().empty() && !after_quote_) {
        if (!read_quoted(fields.back(), problem)) return false;
        after_quote_ = true;
        continue;
      }
      if (c == separator_) {
        fields.emplace_back();
        after_quote_ = false;
        ++pos_;
        continue;
      }
      if (c == '\r' || c == '\n') {
        end_line();
        after_quote_ = false;
        return true;
      }
      if (after_quote_) {
        problem = "unexpected text after a closing quote";
        skip_to_line_end();
        return false;
      }
      fields.back() += c;
      ++pos_;
    }
    after_quote_ = false;
    return true;
  }

 private:
  bool read_quoted(std::string& field, std::string& problem) {
    const int opened_on = line_;
    ++pos_;
    while (pos_ < text_.size()) {
      const char c = text_[pos_];
      if (c == '"') {
        if (pos_ + 1 < text_.size() && text_[pos_ + 1] == '"') {
          field += '"';
          pos_ += 2;
          continue;
        }
        ++pos_;
        return true;
      }
      if (c == '\n' || (c == '\r' && (pos_ + 1 >= text_.size() || text_[pos_ + 1] != '\n'))) ++line_;
      field += c;
      ++pos_;
    }
    problem = "a quote opened on line " + std::to_string(opened_on) + " is never closed";
    return false;
  }

  void end_line() {
    if (text_[pos_] == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') ++pos_;
    ++pos_;
    ++line_;
  }

  void skip_to_line_end() {
    while (pos_ < text_.size() && text_[pos_] != '\r' && text_[pos_] != '\n') ++pos_;
    if (pos_ < text_.size()) end_line();
    after_quote_ = false;
  }

  std::string_view text_;
  char separator_;
  std::size_t pos_ = 0;
  int line_ = 1;
  bool after_quote_ = false;
};

bool is_blank(const std::vector<std::string>& fields) {
  for (const auto& f : fields) {
    if (f.find_first_not_of(" \t") != std::string::npos) return false;
  }
  return true;
}

bool needs_quotes(std::string_view text) {
  return text.find_first_of(",;\t\"\r\n") != std::string_view::npos ||
         (!text.empty() && (text.front() == ' ' || text.back() == ' '));
}

}  // namespace

Result<CsvTable> parse_csv(std::string_view text) {
  if (text.size() > kMaxCsvBytes) {
    return Error{"The file is larger than 16 MB; export fewer columns or rows and try again.", "", 0};
  }
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  if (text.find('\0') != std::string_view::npos) {
    return Error{"This is not a text file. Choose a CSV file (in a spreadsheet: File, Download, CSV).", "", 0};
  }
  CsvTable table;
  table.separator = guess_separator(text);
  RecordReader reader(text, table.separator);
  std::vector<std::string> fields;
  std::string problem;
  bool have_header = false;
  while (!reader.done()) {
    const int line = reader.line();
    if (!reader.next(fields, problem)) {
      table.problems.push_back({line, problem});
      continue;
    }
    if (is_blank(fields)) continue;
    if (!have_header) {
      table.header = std::move(fields);
      have_header = true;
    } else {
      table.rows.push_back({line, std::move(fields)});
    }
    fields = {};
  }
  if (!have_header) return Error{"The file is empty: it has no header row.", "", 0};
  return table;
}

std::string csv_field(std::string_view text) {
  if (!needs_quotes(text)) return std::string(text);
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + '"';
}

std::string csv_text(std::string_view text) {
  // OWASP's advice for CSV injection: a leading ' keeps the cell text in every spreadsheet.
  if (!text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos) {
    return csv_field("'" + std::string(text));
  }
  return csv_field(text);
}

void CsvWriter::separator() {
  if (row_started_) out_ += ',';
  row_started_ = true;
}

CsvWriter& CsvWriter::text(std::string_view value) {
  separator();
  out_ += csv_text(value);
  return *this;
}

CsvWriter& CsvWriter::number(double value) {
  separator();
  char buffer[32];
  if (std::isfinite(value)) {
    std::snprintf(buffer, sizeof buffer, "%.10g", value);
    out_ += buffer;
  }
  return *this;
}

CsvWriter& CsvWriter::plain(std::string_view value) {
  separator();
  out_ += csv_field(value);
  return *this;
}

CsvWriter& CsvWriter::end_row() {
  out_ += "\r\n";
  row_started_ = false;
  return *this;
}

}  // namespace caseload
