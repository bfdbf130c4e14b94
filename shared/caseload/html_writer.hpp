// Writing HTML documents safely: every piece of user text goes through escape_html(), and a
// document is self-contained (its stylesheet inside, no external resource), so it prints or
// saves as PDF from the browser and works offline. The stylesheet's hash is what the app's
// Content-Security-Policy allows for these documents.
#pragma once

#include <string>
#include <string_view>

namespace caseload {

std::string escape_html(std::string_view text);

// The embedded print stylesheet (assets/print/report.css) and its CSP source ('sha256-...').
std::string_view print_stylesheet();

class HtmlDocument {
 public:
  explicit HtmlDocument(std::string_view title);
  HtmlDocument& raw(std::string_view html);              // trusted markup written by our code
  HtmlDocument& element(std::string_view tag, std::string_view text, std::string_view css_class = {});
  std::string finish();  // closes the body; call once

 private:
  std::string out_;
};

}  // namespace caseload
