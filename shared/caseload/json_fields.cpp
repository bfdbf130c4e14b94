#include "caseload/json_fields.hpp"

namespace caseload {
namespace {

bool expect_string(const Json& in, const std::string& path, ValidationReport& report,
                   const char* what) {
  if (in.is_string()) return true;
  report.error(path, std::string("expected ") + what + ", found " + json_type_name(in));
  return false;
}

}  // namespace

std::string json_type_name(const Json& value) {
  switch (value.type()) {
    case Json::value_t::null: return "null";
    case Json::value_t::object: return "an object";
    case Json::value_t::array: return "a list";
    case Json::value_t::string: return "text";
    case Json::value_t::boolean: return "true/false";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float: return "a number";
    default: return "an unsupported value";
  }
}

bool read_value(const Json& in, const std::string& path, std::string& out, ValidationReport& report) {
  if (!expect_string(in, path, report, "text")) return false;
  const auto& text = in.get_ref<const std::string&>();
  if (text.size() > kMaxTextBytes) {
    report.error(path, "text is too long (" + std::to_string(text.size() / 1000)
                           + " KB; the limit is " + std::to_string(kMaxTextBytes / 1000) + " KB)");
    return false;
  }
  out = text;
  return true;
}

bool read_value(const Json& in, const std::string& path, int& out, ValidationReport& report) {
  if (in.is_number_integer() || in.is_number_unsigned()) {
    const auto wide = in.is_number_unsigned()
                          ? static_cast<long long>(std::min<unsigned long long>(
                                in.get<unsigned long long>(), 1ull << 40))
                          : in.get<long long>();
    if (wide >= -1'000'000'000LL && wide <= 1'000'000'000LL) {
      out = static_cast<int>(wide);
      return true;
    }
    report.error(path, "number is out of range");
    return false;
  }
  report.error(path, "expected a whole number, found " + (in.is_number() ? in.dump() : json_type_name(in)));
  return false;
}

bool read_value(const Json& in, const std::string& path, double& out, ValidationReport& report) {
  if (in.is_number() && std::isfinite(in.get<double>())) {
    out = in.get<double>();
    return true;
  }
  report.error(path, "expected a number, found " + json_type_name(in));
  return false;
}

bool read_value(const Json& in, const std::string& path, bool& out, ValidationReport& report) {
  if (in.is_boolean()) {
    out = in.get<bool>();
    return true;
  }
  report.error(path, "expected true or false, found " + json_type_name(in));
  return false;
}

bool read_value(const Json& in, const std::string& path, Date& out, ValidationReport& report) {
  if (!expect_string(in, path, report, "a date (YYYY-MM-DD)")) return false;
  if (auto date = parse_date(in.get_ref<const std::string&>())) {
    out = *date;
    return true;
  }
  report.error(path, "expected a real date as YYYY-MM-DD, found " + in.dump());
  return false;
}

bool read_value(const Json& in, const std::string& path, Timestamp& out, ValidationReport& report) {
  if (!expect_string(in, path, report, "a UTC timestamp")) return false;
  if (auto time = parse_timestamp(in.get_ref<const std::string&>())) {
    out = *time;
    return true;
  }
  report.error(path, "expected a UTC timestamp as YYYY-MM-DDTHH:MM:SSZ, found " + in.dump());
  return false;
}

bool read_value(const Json& in, const std::string& path, TimeOfDay& out, ValidationReport& report) {
  if (!expect_string(in, path, report, "a time (HH:MM)")) return false;
  if (auto time = parse_time_of_day(in.get_ref<const std::string&>())) {
    out = *time;
    return true;
  }
  report.error(path, "expected a 24-hour time as HH:MM, found " + in.dump());
  return false;
}

bool read_value(const Json& in, const std::string& path, Uuid& out, ValidationReport& report) {
  if (!expect_string(in, path, report, "an id")) return false;
  if (auto id = parse_uuid(in.get_ref<const std::string&>())) {
    out = *id;
    return true;
  }
  report.error(path, "expected a UUID, found " + in.dump());
  return false;
}

bool read_value(const Json& in, const std::string& path, Grade& out, ValidationReport& report) {
  if (in.is_string()) {
    if (auto grade = parse_grade(in.get_ref<const std::string&>())) {
      out = *grade;
      return true;
    }
  }
  report.error(path, "expected a grade (PK, TK, K, 1-12 or 18-22), found " + in.dump());
  return false;
}

void FieldReader::finish() {
  for (const auto& [key, value] : object_.items()) {
    if (!known_.contains(key)) {
      report_.warning(path_ + "/" + key, "unknown field (ignored; it will not be kept on save)");
    }
  }
}

}  // namespace caseload
