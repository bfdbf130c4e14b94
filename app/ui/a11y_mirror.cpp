#include "ui/a11y_mirror.hpp"

#include <algorithm>
#include <cmath>
#include <optional>

#include "caseload/json_io.hpp"
#include "ui/mirror_requests.hpp"

namespace caseload::app::ui {
namespace {

constexpr std::size_t kRoleCount = static_cast<std::size_t>(Role::kTabPanel) + 1;
// More new status lines than this in one frame is a screen being opened, not news: only alerts
// among them are read out.
constexpr std::size_t kMaxNewStatusesToAnnounce = 2;

struct Fnv {
  std::uint64_t hash = 1469598103934665603ull;
  void bytes(const void* data, std::size_t size) {
    const auto* p = static_cast<const unsigned char*>(data);
    for (std::size_t i = 0; i < size; ++i) hash = (hash ^ p[i]) * 1099511628211ull;
  }
  void text(const std::string& s) {
    bytes(s.data(), s.size());
    number(s.size());
  }
  void number(std::uint64_t n) { bytes(&n, sizeof n); }
};

std::uint32_t mix_key(std::uint64_t a, std::uint64_t b, std::uint64_t c) {
  Fnv f;
  f.number(a);
  f.number(b);
  f.number(c);
  const auto key = static_cast<std::uint32_t>(f.hash ^ (f.hash >> 32));
  return key == 0 ? 1 : key;  // 0 is the root
}

// Bits shared with web/a11y_mirror.js. Whether a control is scrolled out of view is left out:
// it is still there for a screen reader, and the bit would change on every scroll.
int flags_of(const ControlRecord& r) {
  return (r.disabled ? 1 : 0) | (r.checked ? 2 : 0) | (r.invalid ? 4 : 0) | (r.multiline ? 16 : 0);
}

int rounded(float v) { return static_cast<int>(std::lround(v)); }

// The mirror places only the controls a pointer, a focus ring or a magnifier lands on; text and
// structure flow unplaced, so their boxes (which change on every scroll) are not news.
bool is_placed(Role role) {
  switch (role) {
    case Role::kButton: case Role::kTextField: case Role::kPasswordField: case Role::kCheckbox:
    case Role::kRow: case Role::kTab: case Role::kComboBox: return true;
    default: return false;
  }
}

// Only headings (their level) and tables (their row count) show `level` in the mirror.
bool shows_level(Role role) { return role == Role::kHeading || role == Role::kTable; }

std::uint64_t content_hash(const ControlRecord& r) {
  Fnv f;
  f.number(static_cast<std::uint64_t>(r.role));
  f.number(r.id);
  f.text(r.label);
  f.text(r.value);
  f.text(r.options);
  f.number(static_cast<std::uint64_t>(flags_of(r)));
  if (shows_level(r.role)) f.number(static_cast<std::uint64_t>(r.level));
  if (is_placed(r.role)) {
    const int box[4] = {rounded(r.min.x), rounded(r.min.y), rounded(r.max.x), rounded(r.max.y)};
    f.bytes(box, sizeof box);
  }
  return f.hash;
}

std::uint64_t label_hash(const std::string& label) {
  Fnv f;
  f.text(label);
  return f.hash;
}

bool is_announced_role(Role role) { return role == Role::kStatus || role == Role::kAlert; }

// "Saving…" and other progress lines would chatter; their outcome is announced instead.
bool is_progress_line(const std::string& text) { return text.ends_with("\xE2\x80\xA6"); }

Json node_json(const ControlRecord& r, std::uint32_t key, std::uint32_t parent_key) {
  return Json::array({key, parent_key, role_name(r.role), r.label, r.value, flags_of(r), r.level, rounded(r.min.x),
                      rounded(r.min.y), rounded(r.max.x - r.min.x), rounded(r.max.y - r.min.y), r.id, r.options});
}

}  // namespace

void AccessibilityMirror::reset() {
  previous_.clear();
  previous_statuses_.clear();
  reported_focus_ = 0;
}

void AccessibilityMirror::assign_keys(std::span<const ControlRecord> records) {
  nodes_.resize(records.size());
  child_counts_.assign((records.size() + 1) * kRoleCount, 0);
  for (std::size_t i = 0; i < records.size(); ++i) {
    const ControlRecord& r = records[i];
    const bool has_parent = r.parent >= 0 && static_cast<std::size_t>(r.parent) < i;
    const std::uint32_t parent_key = has_parent ? nodes_[static_cast<std::size_t>(r.parent)].key : 0;
    const auto role = static_cast<std::size_t>(r.role);
    std::uint16_t& seen = child_counts_[(has_parent ? static_cast<std::size_t>(r.parent) + 1 : 0) * kRoleCount + role];
    // Controls keep their ImGui id; text is known by its place among its siblings, so an edited
    // line updates in place.
    nodes_[i].key = r.id != 0 ? mix_key(r.id, role, 0) : mix_key(parent_key, role, seen);
    ++seen;
    nodes_[i].parent_key = parent_key;
    nodes_[i].content = content_hash(r);
  }
}

bool AccessibilityMirror::same_structure() const {
  return nodes_.size() == previous_.size() &&
         std::equal(nodes_.begin(), nodes_.end(), previous_.begin(), [](const Node& a, const Node& b) {
           return a.key == b.key && a.parent_key == b.parent_key;
         });
}

void AccessibilityMirror::collect_announcements(std::span<const ControlRecord> records) {
  polite_.clear();
  assertive_.clear();
  statuses_.clear();
  std::vector<std::size_t> new_statuses;
  for (std::size_t i = 0; i < records.size(); ++i) {
    const ControlRecord& r = records[i];
    if (!is_announced_role(r.role) || r.label.empty()) continue;
    const std::uint64_t hash = label_hash(r.label);
    statuses_.emplace_back(nodes_[i].key, hash);
    const auto before = std::lower_bound(previous_statuses_.begin(), previous_statuses_.end(),
                                         std::make_pair(nodes_[i].key, std::uint64_t{0}));
    const bool existed = before != previous_statuses_.end() && before->first == nodes_[i].key;
    if (existed && before->second == hash) continue;
    if (is_progress_line(r.label)) continue;
    if (r.role == Role::kAlert) assertive_.push_back(r.label);
    else if (existed) polite_.push_back(r.label);
    else new_statuses.push_back(i);
  }
  if (new_statuses.size() <= kMaxNewStatusesToAnnounce) {
    for (std::size_t i : new_statuses) polite_.push_back(records[i].label);
  }
  std::sort(statuses_.begin(), statuses_.end());
  previous_statuses_.swap(statuses_);
}

const std::string& AccessibilityMirror::update(std::span<const ControlRecord> records) {
  message_.clear();
  assign_keys(records);
  const bool structure_same = same_structure();
  Json changed;  // stays null (no allocation) on the usual frame where nothing changed
  if (structure_same) {
    for (std::size_t i = 0; i < nodes_.size(); ++i) {
      if (nodes_[i].content != previous_[i].content) changed.push_back(node_json(records[i], nodes_[i].key, nodes_[i].parent_key));
    }
  } else {
    std::vector<std::pair<std::uint32_t, std::uint64_t>> before;
    before.reserve(previous_.size());
    for (const Node& n : previous_) before.emplace_back(n.key, n.content);
    std::sort(before.begin(), before.end());
    for (std::size_t i = 0; i < nodes_.size(); ++i) {
      const auto found = std::lower_bound(before.begin(), before.end(), std::make_pair(nodes_[i].key, std::uint64_t{0}));
      if (found == before.end() || found->first != nodes_[i].key || found->second != nodes_[i].content) {
        changed.push_back(node_json(records[i], nodes_[i].key, nodes_[i].parent_key));
      }
    }
  }
  collect_announcements(records);

  // Where ImGui's focus is, unless the mirror put it there or is still putting it there.
  std::optional<std::uint32_t> focus;
  if (!mirror_focus_pending()) {
    const auto focused = std::find_if(records.begin(), records.end(),
                                      [](const ControlRecord& r) { return r.focused && r.id != 0; });
    const bool still_reported = std::any_of(records.begin(), records.end(), [this](const ControlRecord& r) {
      return r.focused && r.id == reported_focus_;
    });
    // Focus the app moved by itself is followed only into a text field (a form it opened) or after a
    // key press; ImGui settling on a new screen's first button is not news.
    const bool follow = focused != records.end() &&
                        (focused->active || key_went_down());
    if (focused == records.end()) {
      reported_focus_ = 0;
    } else if (!still_reported && follow) {
      reported_focus_ = focused->id;
      focus = nodes_[static_cast<std::size_t>(focused - records.begin())].key;
    }
  }

  if (changed.is_null() && structure_same && !focus && polite_.empty() && assertive_.empty()) {
    previous_.swap(nodes_);
    return message_;
  }
  Json update = Json::object();
  if (!changed.is_null()) update["nodes"] = std::move(changed);
  if (!structure_same) {
    Json order = Json::array();
    for (const Node& n : nodes_) {
      order.push_back(n.key);
      order.push_back(n.parent_key);
    }
    update["order"] = std::move(order);
  }
  if (focus) update["focus"] = *focus;
  if (!polite_.empty()) update["say"] = polite_;
  if (!assertive_.empty()) update["alert"] = assertive_;
  message_ = dump_json(update);
  previous_.swap(nodes_);
  return message_;
}

}  // namespace caseload::app::ui
