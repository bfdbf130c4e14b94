#include "ui/mirror_requests.hpp"

#include <imgui_internal.h>

#include <algorithm>
#include <utility>
#include <vector>

namespace caseload::app::ui {
namespace {

struct ValueRequest {
  ImGuiID id;
  std::string value;
};

// A request lives for two frames: the frame it arrived before, and one more in case its control
// was not drawn yet (a tab that opens on the next frame).
struct Pending {
  std::vector<std::pair<ImGuiID, int>> activations;
  std::vector<std::pair<ValueRequest, int>> values;
  std::vector<std::pair<ImGuiKey, int>> keys;
};

Pending g_pending;
ImGuiID g_mirror_focus = 0;
int g_mirror_focus_frames = 0;
bool g_mirror_editing_text = false;
constexpr int kFramesToLive = 2;

template <class List, class Match>
bool take_first(List& list, Match match) {
  const auto found = std::find_if(list.begin(), list.end(), match);
  if (found == list.end()) return false;
  list.erase(found);
  return true;
}

template <class List>
void age(List& list) {
  for (auto& entry : list) --entry.second;
  std::erase_if(list, [](const auto& entry) { return entry.second <= 0; });
}

}  // namespace

void request_mirror_focus(ImGuiID id) {
  g_mirror_focus = id;
  g_mirror_focus_frames = kFramesToLive;
}

bool take_mirror_focus(ImGuiID id) {
  if (g_mirror_focus == 0 || g_mirror_focus != id || blocked_by_modal()) return false;
  g_mirror_focus = 0;
  return true;
}

bool mirror_focus_pending() { return g_mirror_focus != 0; }

void request_activation(ImGuiID id) { g_pending.activations.emplace_back(id, kFramesToLive); }

void request_value(ImGuiID id, std::string value) {
  std::erase_if(g_pending.values, [id](const auto& entry) { return entry.first.id == id; });
  g_pending.values.push_back({ValueRequest{id, std::move(value)}, kFramesToLive});
}

void inject_key(ImGuiKey key) { g_pending.keys.emplace_back(key, 1); }

void set_mirror_editing_text(bool editing) { g_mirror_editing_text = editing; }

bool mirror_editing_text() { return g_mirror_editing_text; }

bool editing_text() { return g_mirror_editing_text || ImGui::GetIO().WantTextInput; }

bool blocked_by_modal() {
  ImGuiWindow* modal = ImGui::GetTopMostPopupModal();
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  return modal != nullptr && window != nullptr && !ImGui::IsWindowChildOf(window, modal, true);
}

bool take_activation(ImGuiID id) {
  if (id == 0 || g_pending.activations.empty() || blocked_by_modal()) return false;
  return take_first(g_pending.activations, [id](const auto& entry) { return entry.first == id; });
}

std::optional<std::string> take_value(ImGuiID id) {
  if (id == 0 || g_pending.values.empty() || blocked_by_modal()) return std::nullopt;
  const auto found = std::find_if(g_pending.values.begin(), g_pending.values.end(),
                                  [id](const auto& entry) { return entry.first.id == id; });
  if (found == g_pending.values.end()) return std::nullopt;
  std::string value = std::move(found->first.value);
  g_pending.values.erase(found);
  return value;
}

bool injected_key(ImGuiKey key) {
  return std::any_of(g_pending.keys.begin(), g_pending.keys.end(), [key](const auto& entry) { return entry.first == key; });
}

bool key_went_down() {
  if (!g_pending.keys.empty()) return true;
  const ImGuiIO& io = ImGui::GetIO();
  for (float duration : io.KeysDownDuration) {
    if (duration == 0.0f) return true;
  }
  return false;
}

void end_frame_requests() {
  if (g_mirror_focus != 0 && --g_mirror_focus_frames <= 0) g_mirror_focus = 0;
  age(g_pending.activations);
  age(g_pending.values);
  age(g_pending.keys);
}

}  // namespace caseload::app::ui
