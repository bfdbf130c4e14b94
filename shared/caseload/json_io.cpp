#include "caseload/json_io.hpp"

#include <string>

namespace caseload {

Result<Json> parse_json(std::string_view text, std::string_view what) {
  try {
    return Json::parse(text.begin(), text.end());
  } catch (const Json::parse_error& e) {
    // e.byte is 1-based; report line/column, which a person can find in an editor.
    std::size_t line = 1, column = 1;
    const std::size_t end = std::min<std::size_t>(e.byte == 0 ? 0 : e.byte - 1, text.size());
    for (std::size_t i = 0; i < end; ++i) {
      if (text[i] == '\n') {
        ++line;
        column = 1;
      } else {
        ++column;
      }
    }
    return make_error("the " + std::string(what) + " is not valid JSON (it may be damaged or truncated)",
                      "line " + std::to_string(line) + ", column " + std::to_string(column));
  } catch (const Json::exception&) {
    // Well-formed but unrepresentable, such as a number too large for a double (1e999).
    return make_error("the " + std::string(what) + " holds a value Caseload cannot read (a number out of range)");
  }
}

std::string dump_json(const Json& document, bool pretty) {
  // Replace invalid UTF-8 instead of throwing: text typed by users is already UTF-8, and a
  // damaged string must not stop a save.
  return document.dump(pretty ? 2 : -1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace caseload
