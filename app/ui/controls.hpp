// Caseload's widgets: thin wrappers over Dear ImGui that also record, every frame, each control's
// role, label, value, state and position in a ControlLog. The log is what the accessibility
// mirror turns into a semantic DOM for screen readers, and what browser tests use to find a
// control by its label. Screens use these, never raw ImGui widgets, so nothing is invisible.
//
// Labels follow ImGui's convention: "Save##student" shows "Save", and "##student" keeps ids
// unique; the log records the visible part.
#pragma once

#include <imgui.h>

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "caseload/record_enums.hpp"

namespace caseload::app::ui {

enum class Role : std::uint8_t {
  kButton, kTextField, kPasswordField, kCheckbox, kHeading, kText, kStatus, kAlert, kRow, kCell,
  kColumnHeader, kTab, kComboBox, kOption, kDialog, kRegion,
  // Containers (see ControlLog::begin_group): landmarks and structure for the mirror.
  kTable, kTabList, kNavigation, kMain, kBanner, kTabPanel,
};
const char* role_name(Role role);

struct ControlRecord {
  ImGuiID id = 0;
  Role role = Role::kText;
  std::string label;
  std::string value;
  ImVec2 min{}, max{};  // CSS pixels
  bool focused = false;
  bool active = false;   // being edited or pressed
  bool disabled = false;
  bool checked = false;
  bool invalid = false;
  bool clipped = false;  // scrolled out of view (or in a collapsed region)
  bool multiline = false;
  int level = 0;  // heading level; row index in a table; a table's row count
  int parent = -1;  // index of the enclosing group's record in this frame, -1 at the top
  std::string options;  // a combo box's choices, one per line
};

class ControlLog {
 public:
  void begin_frame();
  // Records the last ImGui item under `role`, inside the innermost open group.
  ControlRecord& add(Role role, ImGuiID id, std::string_view label);
  // Opens a container (a table, a row, a landmark, a dialog): records added until the matching
  // end_group() are its children. Groups nest; an unbalanced end is ignored.
  ControlRecord& begin_group(Role role, ImGuiID id, std::string_view label);
  // Makes the last record a group (a selectable table row whose cells follow).
  void open_last_as_group();
  void end_group();
  std::span<const ControlRecord> records() const { return {records_.data(), used_}; }
  ControlRecord& last() { return records_[used_ - 1]; }  // only after an add()
  ControlRecord& at(std::size_t index) { return records_[index]; }  // index < records().size()
  std::string to_json() const;

 private:
  std::vector<ControlRecord> records_;  // kept across frames so strings reuse their capacity
  std::size_t used_ = 0;
  std::vector<int> open_groups_;
};

// Keeps a group open for a scope: `ui::Group table(ui::Role::kTable, "Students");`.
class Group {
 public:
  Group(Role role, std::string_view label, ImGuiID id = 0);
  ~Group();
  Group(const Group&) = delete;
  Group& operator=(const Group&) = delete;
  ControlRecord& record();

 private:
  int index_;
};

ControlLog& control_log();

// The fonts headings are drawn with (set once the atlas is built).
void set_heading_fonts(ImFont* title, ImFont* section);

// Asks the control with this id to take keyboard focus on the next frame it is drawn.
void request_focus(ImGuiID id);

enum class Tone { kNormal, kMuted, kGood, kWarning, kDanger };
ImVec4 tone_color(Tone tone);

// ---- widgets ----------------------------------------------------------------------------
bool button(const char* label, bool enabled = true);
bool primary_button(const char* label, bool enabled = true);
// A labelled single-line field with the label above it and an error line below when invalid.
bool text_field(const char* label, std::string& value, const char* hint = nullptr,
                const char* error = nullptr, float width = -1.0f);
// A multi-line field (notes, lists one per line), label above.
bool text_area(const char* label, std::string& value, float height_lines = 4.0f);
// A password field backed by a fixed buffer the caller wipes; returns true when Enter is pressed.
bool password_field(const char* label, char* buffer, std::size_t size, float width = -1.0f);
bool checkbox(const char* label, bool& value);
// A tab of an ImGui tab bar (call end_tab_item() when it returns true); `select` brings it
// forward. What is drawn until end_tab_item() is recorded as the tab's panel.
bool tab_item(const char* label, bool select = false);
void end_tab_item();
// A tab bar recorded as a tab list named `label` (call end_tab_bar() when it returns true).
bool begin_tab_bar(const char* id, std::string_view label);
void end_tab_bar();
// The header row of the current table (ImGui::TableHeadersRow, with each header recorded;
// checked when the table is sorted on it).
void table_headers();
// The next cell of the current table row, as text recorded as a table cell.
void table_cell(std::string_view text, Tone tone = Tone::kNormal);
void heading(std::string_view text, int level = 1);
// Draws text in a heading's font without recording it (a number on a summary card).
void draw_heading_text(std::string_view text, int level);
void text(std::string_view text, Tone tone = Tone::kNormal);
void wrapped_text(std::string_view text, Tone tone = Tone::kNormal);
// A live message: saved state, errors (role alert when tone is danger).
void status(std::string_view text, Tone tone);

// A drop-down over one of the core's coded enums.
template <class E>
bool choice(const char* label, E& value, float width = -1.0f);
bool choice_index(const char* label, int& index, std::span<const char* const> options, float width = -1.0f);

// A selectable row or link-like entry (a table row, a list entry), recorded under `role` and
// activatable from the accessibility mirror like a button.
bool selectable(const char* label, bool selected, Role role, ImGuiSelectableFlags flags = 0,
                const ImVec2& size = ImVec2(0, 0));

// Gives the last item ImGui's keyboard focus and highlight now (a list cursor moved by keys).
void focus_last_item();

// The id of the last ImGui item (for recording raw items such as table selectables).
ImGuiID last_item_id();
// Key presses, in ImGui 1.86's terms: named keys through the key map, letters by scancode.
bool key_pressed(ImGuiKey key, bool repeat = true);
bool letter_pressed(char lowercase_letter);
bool digit_pressed(int digit);           // the row of digits above the letters
bool function_key_pressed(int number);   // F1 ... F12
bool zoom_key_pressed(int direction);    // +1: = or keypad +; -1: - or keypad -
bool typed(char character);              // typed this frame (layout-aware, e.g. '?')

// A screen that moves its own cursor with the arrow keys takes them from ImGui's keyboard
// navigation for this frame, so the two do not both move.
void take_arrow_keys();
// Scrolls the current window the least that shows the last item whole, below `top_inset` pixels
// covered by frozen table headers.
void scroll_item_into_view(float top_inset = 0.0f);

// Where the label's visible part ends ("Save##x" -> "Save").
std::string_view visible_label(const char* label);

template <class E>
bool choice(const char* label, E& value, float width) {
  std::vector<const char*> options;
  int index = 0;
  for (const auto& entry : enum_entries(E{})) {
    if (entry.value == value) index = static_cast<int>(options.size());
    options.push_back(entry.label.data());
  }
  if (!choice_index(label, index, options, width)) return false;
  value = enum_entries(E{})[static_cast<std::size_t>(index)].value;
  return true;
}

}  // namespace caseload::app::ui
