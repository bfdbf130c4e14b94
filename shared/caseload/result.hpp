// Errors as values at module edges. A function that takes outside input (a file, a JSON
// document, a passphrase, a CSV row) returns Result<T>: either the value or an Error with a
// message a case manager can act on and, where it helps, the place it happened.
//
// Exceptions are enabled in every build (see cmake/CaseloadOptions.cmake) because nlohmann/json
// throws on malformed input, but they never cross a module's public API: parsers catch inside
// and return an Error instead.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace caseload {

struct Error {
  std::string message;  // Plain language, for the user: what went wrong and what to do.
  std::string where;    // Optional location: a JSON path ("/students/3/name"), "line 12", a field.
  int code = 0;         // Optional category for callers that branch on it (a module's own enum).

  std::string describe() const { return where.empty() ? message : where + ": " + message; }
};

template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::move(value)) {}
  Result(Error error) : state_(std::move(error)) {}

  bool ok() const { return std::holds_alternative<T>(state_); }
  explicit operator bool() const { return ok(); }

  const T& value() const& { return std::get<T>(state_); }
  T& value() & { return std::get<T>(state_); }
  T&& value() && { return std::get<T>(std::move(state_)); }
  const T& operator*() const& { return value(); }
  T& operator*() & { return value(); }
  T&& operator*() && { return std::move(*this).value(); }
  const T* operator->() const { return &value(); }
  T* operator->() { return &value(); }

  const Error& error() const { return std::get<Error>(state_); }

 private:
  std::variant<T, Error> state_;
};

// Result of an operation that yields nothing but may fail.
class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(Error error) : error_(std::move(error)), failed_(true) {}

  static Status success() { return {}; }
  bool ok() const { return !failed_; }
  explicit operator bool() const { return ok(); }
  const Error& error() const { return error_; }

 private:
  Error error_;
  bool failed_ = false;
};

inline Error make_error(std::string message, std::string where = {}) {
  return Error{std::move(message), std::move(where), 0};
}

}  // namespace caseload
