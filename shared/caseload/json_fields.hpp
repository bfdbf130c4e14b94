// Field-by-field JSON reading and writing for plain record structs. Each record type lists its
// fields once, in a describe(visitor, record) function (record_fields.hpp); FieldWriter turns
// that list into JSON and FieldReader reads it back, checking every value and reporting each
// problem with its JSON pointer instead of throwing or silently dropping data.
#pragma once

#include <cmath>
#include <concepts>
#include <limits>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "caseload/dates.hpp"
#include "caseload/ids.hpp"
#include "caseload/json_io.hpp"
#include "caseload/record_enums.hpp"
#include "caseload/validation.hpp"

namespace caseload {

enum class Need { kOptional, kRequired };

// Longest text accepted in any field (a long note is a few thousand characters).
inline constexpr std::size_t kMaxTextBytes = 100'000;

template <class T, class U>
concept Is = std::same_as<std::remove_const_t<T>, U>;

template <class E>
concept CodedEnum = std::is_enum_v<E> && requires { enum_entries(E{}); };

class FieldWriter;
class FieldReader;

template <class T>
concept Described = requires(FieldWriter& w, const T& value) { describe(w, value); };

// ---- writing ------------------------------------------------------------------------------

inline Json to_json_value(const std::string& v) { return v; }
inline Json to_json_value(int v) { return v; }
inline Json to_json_value(double v) { return v; }
inline Json to_json_value(bool v) { return v; }
inline Json to_json_value(Date v) { return format_date(v); }
inline Json to_json_value(Timestamp v) { return format_timestamp(v); }
inline Json to_json_value(TimeOfDay v) { return format_time_of_day(v); }
inline Json to_json_value(const Uuid& v) { return v.str(); }
inline Json to_json_value(Grade v) { return grade_code(v); }
template <CodedEnum E>
Json to_json_value(E v) { return std::string(to_code(v)); }
template <Described T>
Json to_json_value(const T& record);
template <class T>
Json to_json_value(const std::optional<T>& v) { return v ? to_json_value(*v) : Json(nullptr); }
template <class T>
Json to_json_value(const std::vector<T>& items) {
  Json array = Json::array();
  for (const auto& item : items) array.push_back(to_json_value(item));
  return array;
}

template <class T>
bool is_absent(const T&) { return false; }
inline bool is_absent(const std::string& v) { return v.empty(); }
inline bool is_absent(const Uuid& v) { return v.empty(); }
template <class T>
bool is_absent(const std::optional<T>& v) { return !v.has_value(); }
template <class T>
bool is_absent(const std::vector<T>& v) { return v.empty(); }

// Writes the fields a record describes; empty optional values are left out.
class FieldWriter {
 public:
  explicit FieldWriter(Json& out) : out_(out) {}
  template <class T>
  void operator()(const char* key, const T& value, Need need = Need::kOptional) {
    if (need == Need::kRequired || !is_absent(value)) out_[key] = to_json_value(value);
  }

 private:
  Json& out_;
};

template <Described T>
Json to_json_value(const T& record) {
  Json object = Json::object();
  FieldWriter writer(object);
  describe(writer, record);
  return object;
}

// ---- reading ------------------------------------------------------------------------------

std::string json_type_name(const Json& value);

bool read_value(const Json& in, const std::string& path, std::string& out, ValidationReport& report);
bool read_value(const Json& in, const std::string& path, int& out, ValidationReport& report);
bool read_value(const Json& in, const std::string& path, double& out, ValidationReport& report);
bool read_value(const Json& in, const std::string& path, bool& out, ValidationReport& report);
bool read_value(const Json& in, const std::string& path, Date& out, ValidationReport& report);
bool read_value(const Json& in, const std::string& path, Timestamp& out, ValidationReport& report);
bool read_value(const Json& in, const std::string& path, TimeOfDay& out, ValidationReport& report);
bool read_value(const Json& in, const std::string& path, Uuid& out, ValidationReport& report);
bool read_value(const Json& in, const std::string& path, Grade& out, ValidationReport& report);

template <CodedEnum E>
bool read_value(const Json& in, const std::string& path, E& out, ValidationReport& report) {
  if (in.is_string()) {
    if (auto parsed = parse_code<E>(in.get_ref<const std::string&>())) {
      out = *parsed;
      return true;
    }
  }
  report.error(path, "expected " + allowed_codes<E>() + ", found " + in.dump());
  return false;
}

template <class T>
bool read_value(const Json& in, const std::string& path, std::optional<T>& out,
                ValidationReport& report) {
  if (in.is_null()) {
    out.reset();
    return true;
  }
  T value{};
  if (!read_value(in, path, value, report)) return false;
  out = std::move(value);
  return true;
}

template <class T>
bool read_value(const Json& in, const std::string& path, std::vector<T>& out,
                ValidationReport& report) {
  if (!in.is_array()) {
    report.error(path, "expected a list, found " + json_type_name(in));
    return false;
  }
  out.clear();
  out.reserve(in.size());
  // Items with problems are kept as far as they could be read (the problems are reported), so
  // positions match the document and a preview can show everything that was readable.
  bool all_ok = true;
  for (std::size_t i = 0; i < in.size(); ++i) {
    T item{};
    all_ok = read_value(in[i], path + "/" + std::to_string(i), item, report) && all_ok;
    out.push_back(std::move(item));
  }
  return all_ok;
}

// Reads the fields a record describes from one JSON object; unknown keys become warnings.
class FieldReader {
 public:
  FieldReader(const Json& object, std::string path, ValidationReport& report)
      : object_(object), path_(std::move(path)), report_(report) {}

  template <class T>
  void operator()(const char* key, T& value, Need need = Need::kOptional) {
    known_.insert(key);
    const auto found = object_.find(key);
    if (found == object_.end()) {
      if (need == Need::kRequired) report_.error(path_ + "/" + key, "is required but missing");
      return;
    }
    if (!read_value(*found, path_ + "/" + key, value, report_)) ok_ = false;
  }

  // Reports fields this version does not know (they would be lost on the next save).
  void finish();
  bool ok() const { return ok_; }
  const std::string& path() const { return path_; }

 private:
  const Json& object_;
  std::string path_;
  ValidationReport& report_;
  std::set<std::string, std::less<>> known_;
  bool ok_ = true;
};

template <class T>
  requires requires(FieldReader& r, T& value) { describe(r, value); }
bool read_value(const Json& in, const std::string& path, T& out, ValidationReport& report) {
  if (!in.is_object()) {
    report.error(path, "expected an object, found " + json_type_name(in));
    return false;
  }
  const std::size_t errors_before = report.error_count();
  FieldReader reader(in, path, report);
  describe(reader, out);
  reader.finish();
  return report.error_count() == errors_before;
}

}  // namespace caseload
