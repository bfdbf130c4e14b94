#include "ui/controls.hpp"

#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "caseload/json_io.hpp"
#include "ui/mirror_requests.hpp"
#include "ui/theme.hpp"
#include "ui/theme_palette.hpp"

namespace caseload::app::ui {
namespace {

ControlLog g_log;
ImGuiID g_focus_request = 0;
ImFont* g_title_font = nullptr;
ImFont* g_section_font = nullptr;

constexpr const char* kRoleNames[] = {"button", "textbox", "password", "checkbox", "heading", "text", "status",
                                      "alert", "row", "cell", "columnheader", "tab", "combobox", "option",
                                      "dialog", "region", "table", "tablist", "navigation", "main", "banner", "tabpanel"};

// Applies a pending focus request if it is for the text field about to be drawn: the field
// becomes active, with its caret, as if clicked.
void take_focus_if_requested(ImGuiID id) {
  if (g_focus_request != 0 && g_focus_request == id) {
    ImGui::SetKeyboardFocusHere();
    g_focus_request = 0;
  }
}

// Applies a pending focus request to the item just drawn (a button, a row, a tab): it gets
// ImGui's keyboard-navigation focus and its highlight, and is scrolled into view.
void take_nav_focus_if_requested(ImGuiID id) {
  if (id != ImGui::GetItemID()) return;
  const bool app_request = g_focus_request != 0 && g_focus_request == id && !blocked_by_modal();
  if (!app_request && !take_mirror_focus(id)) return;
  if (app_request) g_focus_request = 0;
  ImGuiContext& g = *ImGui::GetCurrentContext();
  ImGuiWindow* window = g.CurrentWindow;
  ImGui::FocusWindow(window);
  ImGui::SetFocusID(id, window);
  g.NavDisableHighlight = false;
  g.NavDisableMouseHover = true;
  if (!ImGui::IsItemVisible()) ImGui::SetScrollHereY(0.5f);
}

void label_above(std::string_view label) {
  ImGui::TextUnformatted(label.data(), label.data() + label.size());
}

ControlRecord& record_last_item(Role role, std::string_view label) {
  const ImGuiID id = ImGui::GetItemID();
  ControlRecord& r = g_log.add(role, id, label);
  r.focused = ImGui::IsItemFocused() || ImGui::IsItemActive();
  r.active = ImGui::IsItemActive();
  return r;
}

}  // namespace

ImGuiID last_item_id() { return ImGui::GetItemID(); }

void focus_last_item() {
  ImGuiContext& g = *ImGui::GetCurrentContext();
  ImGui::SetFocusID(ImGui::GetItemID(), g.CurrentWindow);
  g.NavDisableHighlight = false;
}

bool key_pressed(ImGuiKey key, bool repeat) {
  if (injected_key(key)) return true;
  const int index = ImGui::GetKeyIndex(key);
  return index >= 0 && ImGui::IsKeyPressed(index, repeat);
}

// imgui_impl_sdl (1.86) indexes io.KeysDown by SDL scancode; letters are contiguous from A = 4.
bool letter_pressed(char lowercase_letter) {
  constexpr int kScancodeA = 4;
  return ImGui::IsKeyPressed(kScancodeA + (lowercase_letter - 'a'), false);
}

bool digit_pressed(int digit) {
  constexpr int kScancode1 = 30, kScancode0 = 39;
  return ImGui::IsKeyPressed(digit == 0 ? kScancode0 : kScancode1 + (digit - 1), false);
}

bool function_key_pressed(int number) {
  constexpr int kScancodeF1 = 58;
  return ImGui::IsKeyPressed(kScancodeF1 + (number - 1), false);
}

bool zoom_key_pressed(int direction) {
  constexpr int kEquals = 46, kMinus = 45, kKeypadMinus = 86, kKeypadPlus = 87;
  return direction > 0 ? ImGui::IsKeyPressed(kEquals) || ImGui::IsKeyPressed(kKeypadPlus)
                       : ImGui::IsKeyPressed(kMinus) || ImGui::IsKeyPressed(kKeypadMinus);
}

bool typed(char character) {
  const ImVector<ImWchar>& queue = ImGui::GetIO().InputQueueCharacters;
  for (ImWchar c : queue) {
    if (c == static_cast<ImWchar>(character)) return true;
  }
  return false;
}

void take_arrow_keys() { ImGui::NavMoveRequestCancel(); }

void scroll_item_into_view(float top_inset) {
  const float window_top = ImGui::GetWindowPos().y + top_inset;
  const float window_bottom = ImGui::GetWindowPos().y + ImGui::GetWindowHeight();
  const float item_top = ImGui::GetItemRectMin().y, item_bottom = ImGui::GetItemRectMax().y;
  if (item_top < window_top) ImGui::SetScrollY(ImGui::GetScrollY() - (window_top - item_top));
  else if (item_bottom > window_bottom) ImGui::SetScrollY(ImGui::GetScrollY() + (item_bottom - window_bottom));
}

const char* role_name(Role role) { return kRoleNames[static_cast<std::size_t>(role)]; }

void ControlLog::begin_frame() {
  used_ = 0;
  open_groups_.clear();
}

ControlRecord& ControlLog::add(Role role, ImGuiID id, std::string_view label) {
  if (used_ == records_.size()) records_.emplace_back();
  ControlRecord& r = records_[used_++];
  const bool last_item = id != 0 && id == ImGui::GetItemID();
  r.id = id;
  r.role = role;
  r.label.assign(label);
  r.value.clear();
  r.options.clear();
  r.min = ImGui::GetItemRectMin();
  r.max = ImGui::GetItemRectMax();
  r.active = r.disabled = r.checked = r.invalid = r.multiline = false;
  if (last_item) take_nav_focus_if_requested(id);
  r.focused = last_item && ImGui::IsItemFocused();
  r.clipped = !ImGui::IsItemVisible();
  r.level = 0;
  r.parent = open_groups_.empty() ? -1 : open_groups_.back();
  return r;
}

ControlRecord& ControlLog::begin_group(Role role, ImGuiID id, std::string_view label) {
  ControlRecord& r = add(role, id, label);
  // A container has no item of its own: its box is where its first child starts, and it is
  // never "clipped" as a whole.
  r.min = r.max = ImGui::GetCursorScreenPos();
  r.clipped = false;
  open_groups_.push_back(static_cast<int>(used_ - 1));
  return r;
}

void ControlLog::open_last_as_group() {
  if (used_ > 0) open_groups_.push_back(static_cast<int>(used_ - 1));
}

void ControlLog::end_group() {
  if (!open_groups_.empty()) open_groups_.pop_back();
}

Group::Group(Role role, std::string_view label, ImGuiID id) {
  control_log().begin_group(role, id, label);
  index_ = static_cast<int>(control_log().records().size()) - 1;
}

Group::~Group() { control_log().end_group(); }

ControlRecord& Group::record() { return control_log().at(static_cast<std::size_t>(index_)); }

std::string ControlLog::to_json() const {
  Json list = Json::array();
  for (const auto& r : records()) {
    Json item = {{"id", r.id},        {"role", role_name(r.role)},
                 {"label", r.label},  {"x", r.min.x}, {"y", r.min.y},
                 {"w", r.max.x - r.min.x}, {"h", r.max.y - r.min.y}};
    if (!r.value.empty()) item["value"] = r.value;
    if (r.focused) item["focused"] = true;
    if (r.active) item["active"] = true;
    if (r.disabled) item["disabled"] = true;
    if (r.checked) item["checked"] = true;
    if (r.invalid) item["invalid"] = true;
    if (r.clipped) item["clipped"] = true;
    if (r.level) item["level"] = r.level;
    if (r.parent >= 0) item["parent"] = r.parent;
    list.push_back(std::move(item));
  }
  return dump_json(list);
}

ControlLog& control_log() { return g_log; }

void request_focus(ImGuiID id) { g_focus_request = id; }

void set_heading_fonts(ImFont* title, ImFont* section) {
  g_title_font = title;
  g_section_font = section;
}

static ImVec4 rgb_color(int hex) {
  return ImVec4(static_cast<float>((hex >> 16) & 0xFF) / 255.0f, static_cast<float>((hex >> 8) & 0xFF) / 255.0f,
                static_cast<float>(hex & 0xFF) / 255.0f, 1.0f);
}

ImVec4 tone_color(Tone tone) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const Palette& palette = current_palette();
  switch (tone) {
    case Tone::kNormal: return style.Colors[ImGuiCol_Text];
    case Tone::kMuted: return style.Colors[ImGuiCol_TextDisabled];
    case Tone::kGood: return rgb_color(palette.good);
    case Tone::kWarning: return rgb_color(palette.warning);
    case Tone::kDanger: return rgb_color(palette.danger);
  }
  return style.Colors[ImGuiCol_Text];
}

std::string_view visible_label(const char* label) {
  std::string_view text(label);
  const auto hidden = text.find("##");
  return hidden == std::string_view::npos ? text : text.substr(0, hidden);
}

bool button(const char* label, bool enabled) {
  if (!enabled) ImGui::BeginDisabled();
  bool pressed = ImGui::Button(label);
  if (!enabled) ImGui::EndDisabled();
  record_last_item(Role::kButton, visible_label(label)).disabled = !enabled;
  pressed = take_activation(ImGui::GetItemID()) || pressed;
  return pressed && enabled;
}

bool selectable(const char* label, bool selected, Role role, ImGuiSelectableFlags flags, const ImVec2& size) {
  bool clicked = ImGui::Selectable(label, selected, flags, size);
  ControlRecord& r = record_last_item(role, visible_label(label));
  r.checked = selected;
  clicked = take_activation(r.id) || clicked;
  return clicked;
}

bool primary_button(const char* label, bool enabled) {
  const ImGuiStyle& style = ImGui::GetStyle();
  ImGui::PushStyleColor(ImGuiCol_Button, style.Colors[ImGuiCol_CheckMark]);
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, style.Colors[ImGuiCol_SliderGrabActive]);
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, style.Colors[ImGuiCol_SliderGrabActive]);
  ImGui::PushStyleColor(ImGuiCol_Text, rgb_color(current_palette().accent_text));
  const bool pressed = button(label, enabled);
  ImGui::PopStyleColor(4);
  return pressed;
}

namespace {

// Text fields hold what people type, not documents: a pasted megabyte is cut at a UTF-8 boundary
// and the field says so, so one field can never bloat a record or the vault.
constexpr std::size_t kMaxLineBytes = 1000;
constexpr std::size_t kMaxAreaBytes = 20000;

bool limit_length(std::string& value, std::size_t limit) {
  if (value.size() <= limit) return false;
  std::size_t cut = limit;
  while (cut > 0 && (static_cast<unsigned char>(value[cut]) & 0xC0) == 0x80) --cut;
  value.resize(cut);
  return true;
}

void say_limited(std::size_t limit) {
  const std::string message = "Shortened: a field holds up to " + std::to_string(limit / 1000) + ",000 characters.";
  ImGui::PushStyleColor(ImGuiCol_Text, tone_color(Tone::kWarning));
  ImGui::TextWrapped("%s", message.c_str());
  ImGui::PopStyleColor();
  g_log.add(Role::kAlert, 0, message);
}

// A field that is being edited keeps its own copy of the text in ImGui; to show a value set from
// outside, it stops editing and takes focus again on the next frame.
void leave_field_if_editing(ImGuiID id) {
  if (ImGui::GetActiveID() != id) return;
  ImGui::ClearActiveID();
  if (!mirror_editing_text()) request_focus(id);
}

bool take_assigned_value(ImGuiID id, std::string& value) {
  auto assigned = take_value(id);
  if (!assigned) return false;
  leave_field_if_editing(id);
  value = std::move(*assigned);
  return true;
}

}  // namespace

bool text_field(const char* label, std::string& value, const char* hint, const char* error, float width) {
  const std::string_view visible = visible_label(label);
  label_above(visible);
  const std::string id = std::string("##") + label;
  const bool assigned = take_assigned_value(ImGui::GetID(id.c_str()), value);
  take_focus_if_requested(ImGui::GetID(id.c_str()));
  ImGui::SetNextItemWidth(width);
  if (error) ImGui::PushStyleColor(ImGuiCol_Border, tone_color(Tone::kDanger));
  if (error) ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.5f);
  const bool changed = (hint ? ImGui::InputTextWithHint(id.c_str(), hint, &value) : ImGui::InputText(id.c_str(), &value)) ||
                       assigned;
  if (error) ImGui::PopStyleVar();
  if (error) ImGui::PopStyleColor();
  const bool limited = limit_length(value, kMaxLineBytes);
  ControlRecord& r = record_last_item(Role::kTextField, visible);
  r.value = value;
  r.invalid = error != nullptr;
  if (error) {
    ImGui::PushStyleColor(ImGuiCol_Text, tone_color(Tone::kDanger));
    ImGui::TextWrapped("%s", error);
    ImGui::PopStyleColor();
    g_log.add(Role::kAlert, 0, error);
  }
  if (limited) say_limited(kMaxLineBytes);
  return changed;
}

bool text_area(const char* label, std::string& value, float height_lines) {
  const std::string_view visible = visible_label(label);
  label_above(visible);
  const std::string id = std::string("##") + label;
  const bool assigned = take_assigned_value(ImGui::GetID(id.c_str()), value);
  take_focus_if_requested(ImGui::GetID(id.c_str()));
  const bool changed = ImGui::InputTextMultiline(id.c_str(), &value,
                                                 ImVec2(-1.0f, ImGui::GetTextLineHeight() * height_lines + 8.0f)) ||
                       assigned;
  const bool limited = limit_length(value, kMaxAreaBytes);
  ControlRecord& r = record_last_item(Role::kTextField, visible);
  r.value = value;
  r.multiline = true;
  if (limited) say_limited(kMaxAreaBytes);
  return changed;
}

bool password_field(const char* label, char* buffer, std::size_t size, float width) {
  const std::string_view visible = visible_label(label);
  label_above(visible);
  const std::string id = std::string("##") + label;
  if (auto typed_elsewhere = take_value(ImGui::GetID(id.c_str()))) {
    leave_field_if_editing(ImGui::GetID(id.c_str()));
    const std::size_t length = std::min(typed_elsewhere->size(), size - 1);
    std::copy_n(typed_elsewhere->data(), length, buffer);
    std::fill(buffer + length, buffer + size, '\0');
    std::fill(typed_elsewhere->begin(), typed_elsewhere->end(), '\0');
  }
  take_focus_if_requested(ImGui::GetID(id.c_str()));
  ImGui::SetNextItemWidth(width);
  bool entered = ImGui::InputText(id.c_str(), buffer, size,
                                  ImGuiInputTextFlags_Password | ImGuiInputTextFlags_EnterReturnsTrue);
  // Enter typed in the mirrored field, which has the app's focus.
  entered = entered || (ImGui::IsItemFocused() && injected_key(ImGuiKey_Enter));
  record_last_item(Role::kPasswordField, visible);  // never the value
  return entered;
}

bool checkbox(const char* label, bool& value) {
  bool changed = ImGui::Checkbox(label, &value);
  if (take_activation(ImGui::GetItemID())) {
    value = !value;
    changed = true;
  }
  record_last_item(Role::kCheckbox, visible_label(label)).checked = value;
  return changed;
}

bool tab_item(const char* label, bool select) {
  // A tab's id is its label hashed in the current id scope (ImGui's TabBarCalcTabID).
  const bool activated = take_activation(ImGui::GetID(label));
  const bool open = ImGui::BeginTabItem(label, nullptr, select || activated ? ImGuiTabItemFlags_SetSelected : 0);
  record_last_item(Role::kTab, visible_label(label)).checked = open;
  if (open) control_log().begin_group(Role::kTabPanel, 0, visible_label(label));
  return open;
}

void end_tab_item() {
  control_log().end_group();
  ImGui::EndTabItem();
}

bool begin_tab_bar(const char* id, std::string_view label) {
  if (!ImGui::BeginTabBar(id)) return false;
  control_log().begin_group(Role::kTabList, 0, label);
  return true;
}

void end_tab_bar() {
  control_log().end_group();
  ImGui::EndTabBar();
}

void table_headers() {
  ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
  const int columns = ImGui::TableGetColumnCount();
  for (int column = 0; column < columns; ++column) {
    if (!ImGui::TableSetColumnIndex(column)) continue;
    const char* name = ImGui::TableGetColumnName(column);
    ImGui::PushID(column);
    ImGui::TableHeader(name);
    ImGui::PopID();
    ControlRecord& r = record_last_item(Role::kColumnHeader, visible_label(name));
    r.checked = (ImGui::TableGetColumnFlags(column) & ImGuiTableColumnFlags_IsSorted) != 0;
    if (r.checked) {
      const ImGuiTable* table = ImGui::GetCurrentTable();
      r.value = table->Columns[column].SortDirection == ImGuiSortDirection_Descending ? "descending" : "ascending";
    }
  }
}

void table_cell(std::string_view content, Tone tone) {
  ImGui::TableNextColumn();
  if (tone != Tone::kNormal) ImGui::PushStyleColor(ImGuiCol_Text, tone_color(tone));
  ImGui::TextUnformatted(content.data(), content.data() + content.size());
  if (tone != Tone::kNormal) ImGui::PopStyleColor();
  g_log.add(Role::kCell, 0, content);
}

void draw_heading_text(std::string_view text, int level) {
  ImFont* font = level <= 1 ? g_title_font : level == 2 ? g_section_font : nullptr;
  if (font) ImGui::PushFont(font);
  ImGui::TextUnformatted(text.data(), text.data() + text.size());
  if (font) ImGui::PopFont();
}

void heading(std::string_view text, int level) {
  draw_heading_text(text, level);
  g_log.add(Role::kHeading, 0, text).level = level;
}

void text(std::string_view content, Tone tone) {
  if (tone != Tone::kNormal) ImGui::PushStyleColor(ImGuiCol_Text, tone_color(tone));
  ImGui::TextUnformatted(content.data(), content.data() + content.size());
  if (tone != Tone::kNormal) ImGui::PopStyleColor();
  g_log.add(Role::kText, 0, content);
}

void wrapped_text(std::string_view content, Tone tone) {
  ImGui::PushStyleColor(ImGuiCol_Text, tone_color(tone));
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(content.data(), content.data() + content.size());
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
  g_log.add(Role::kText, 0, content);
}

void status(std::string_view content, Tone tone) {
  ImGui::PushStyleColor(ImGuiCol_Text, tone_color(tone));
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(content.data(), content.data() + content.size());
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
  g_log.add(tone == Tone::kDanger ? Role::kAlert : Role::kStatus, 0, content);
}

bool choice_index(const char* label, int& index, std::span<const char* const> options, float width) {
  const std::string_view visible = visible_label(label);
  label_above(visible);
  const std::string id = std::string("##") + label;
  take_focus_if_requested(ImGui::GetID(id.c_str()));
  ImGui::SetNextItemWidth(width);
  bool changed = false;
  const char* current = index >= 0 && static_cast<std::size_t>(index) < options.size() ? options[index] : "";
  if (auto chosen = take_value(ImGui::GetID(id.c_str()))) {
    const auto match = std::find_if(options.begin(), options.end(), [&](const char* o) { return *chosen == o; });
    if (match != options.end() && match - options.begin() != index) {
      index = static_cast<int>(match - options.begin());
      current = options[static_cast<std::size_t>(index)];
      changed = true;
    }
  }
  const bool open = ImGui::BeginCombo(id.c_str(), current);
  ControlRecord& combo = record_last_item(Role::kComboBox, visible);
  combo.value = current;
  combo.checked = open;  // expanded
  for (const char* option : options) {
    combo.options.append(option);
    combo.options.push_back('\n');
  }
  if (open) {
    for (std::size_t i = 0; i < options.size(); ++i) {
      const bool selected = static_cast<int>(i) == index;
      if (ImGui::Selectable(options[i], selected)) {
        index = static_cast<int>(i);
        changed = true;
      }
      g_log.add(Role::kOption, ImGui::GetItemID(), options[i]).checked = selected;
      if (selected) ImGui::SetItemDefaultFocus();
    }
    ImGui::EndCombo();
  }
  return changed;
}

}  // namespace caseload::app::ui
