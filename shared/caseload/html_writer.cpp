#include "caseload/html_writer.hpp"

#include "caseload/embedded_files.hpp"

namespace caseload {

std::string escape_html(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 16);
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string_view print_stylesheet() { return builtin_print_style_files().front().text; }

HtmlDocument::HtmlDocument(std::string_view title) {
  out_ = "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"referrer\" content=\"no-referrer\">\n<title>" +
         escape_html(title) + "</title>\n<style>" + std::string(print_stylesheet()) + "</style>\n</head>\n<body>\n";
}

HtmlDocument& HtmlDocument::raw(std::string_view html) {
  out_ += html;
  return *this;
}

HtmlDocument& HtmlDocument::element(std::string_view tag, std::string_view text, std::string_view css_class) {
  out_ += "<" + std::string(tag);
  if (!css_class.empty()) out_ += " class=\"" + escape_html(css_class) + "\"";
  out_ += ">" + escape_html(text) + "</" + std::string(tag) + ">\n";
  return *this;
}

std::string HtmlDocument::finish() {
  out_ += "</body>\n</html>\n";
  return std::move(out_);
}

}  // namespace caseload
