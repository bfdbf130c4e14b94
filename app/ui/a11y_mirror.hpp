// The C++ half of the accessibility mirror: each frame it compares the ControlLog (every control
// with its role, label, value, state and box) with the previous frame's and produces the smallest
// update for the page's semantic DOM twin of the canvas (web/a11y_mirror.js): the nodes that are
// new or changed, the node order only when the structure changed, where ImGui moved the focus, and
// the status messages to announce. A frame where nothing changed produces nothing.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "ui/controls.hpp"

namespace caseload::app::ui {

class AccessibilityMirror {
 public:
  // The update for this frame as JSON; empty when the mirror is already up to date.
  const std::string& update(std::span<const ControlRecord> records);
  // The mirror itself moved the focus to this control: no need to tell it back.
  void note_mirror_focus(ImGuiID id) { reported_focus_ = id; }
  // Forgets everything sent so far (the page rebuilt its mirror).
  void reset();

 private:
  struct Node {
    std::uint32_t key = 0;
    std::uint32_t parent_key = 0;
    std::uint64_t content = 0;
  };
  void assign_keys(std::span<const ControlRecord> records);
  bool same_structure() const;
  void collect_announcements(std::span<const ControlRecord> records);

  std::vector<Node> nodes_, previous_;
  std::vector<std::uint64_t> previous_content_sorted_;  // (only rebuilt when the structure changed)
  std::vector<std::pair<std::uint32_t, std::uint64_t>> statuses_, previous_statuses_;  // key, label hash
  std::vector<std::uint16_t> child_counts_;
  std::vector<std::string> polite_, assertive_;
  ImGuiID reported_focus_ = 0;
  std::string message_;
};

}  // namespace caseload::app::ui
