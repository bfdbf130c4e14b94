// Problems found in a document, each with where it is (a JSON pointer such as
// "/students/3/contacts/0/email") and a message a person can act on. Errors make a document
// invalid; warnings (an unknown field that would be dropped on save, a suspicious value) do not.
#pragma once

#include <string>
#include <vector>

namespace caseload {

enum class Severity { kError, kWarning };

struct Problem {
  std::string path;
  std::string message;
  Severity severity = Severity::kError;
};

class ValidationReport {
 public:
  void error(std::string path, std::string message) {
    problems_.push_back({std::move(path), std::move(message), Severity::kError});
  }
  void warning(std::string path, std::string message) {
    problems_.push_back({std::move(path), std::move(message), Severity::kWarning});
  }
  bool has_errors() const;
  std::size_t error_count() const;
  const std::vector<Problem>& problems() const { return problems_; }
  // "3 problems: /students/0/last_name: ...; ..." (at most `limit` listed).
  std::string summary(std::size_t limit = 5) const;

 private:
  std::vector<Problem> problems_;
};

}  // namespace caseload
