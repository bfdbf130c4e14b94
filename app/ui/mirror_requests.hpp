// What the accessibility mirror (the page's semantic DOM twin of the canvas, web/a11y_mirror.js)
// asks of the controls: take focus, activate, take this value. The requests queue here between
// frames; each widget in controls.cpp takes the ones addressed to its ImGui id as it is drawn,
// so a screen reader's click goes through exactly the code path of a mouse click.
#pragma once

#include <imgui.h>

#include <optional>
#include <string>

namespace caseload::app::ui {

// Keyboard-navigation focus (ImGui's highlight), not text editing: the mirror's own field edits.
void request_mirror_focus(ImGuiID id);
void request_activation(ImGuiID id);
void request_value(ImGuiID id, std::string value);
// A key pressed in the mirror that a screen handles itself (arrows in a table, Enter, Escape):
// seen by every ui::key_pressed() of the next frame, like a real key press.
void inject_key(ImGuiKey key);
// The mirror's text field has the keyboard (typing there edits the ImGui field's value).
void set_mirror_editing_text(bool editing);
bool mirror_editing_text();

// True once when the item just drawn is the one the mirror asked to focus.
bool take_mirror_focus(ImGuiID id);
bool mirror_focus_pending();
// True once after request_activation(id), unless a modal dialog the item is not in blocks it.
bool take_activation(ImGuiID id);
std::optional<std::string> take_value(ImGuiID id);
bool injected_key(ImGuiKey key);
// A key went down this frame (on the canvas or injected by the mirror): a focus move now is the
// user's, not ImGui settling on a new window's first item.
bool key_went_down();
// Someone is typing: in an ImGui text field or in a mirrored one. Shortcuts and list keys that
// would steal letters, Enter or Escape from a field check this.
bool editing_text();
// Drops requests nobody took (their control went away) at the end of a frame.
void end_frame_requests();

// True when the current window is under an open modal dialog it is not part of.
bool blocked_by_modal();

}  // namespace caseload::app::ui
