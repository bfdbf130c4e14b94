// What every tab of the student screen shares: the student being shown, a way to save a changed
// copy of it (one undoable command, saved at once), and the row widget the record lists use.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "session/app_session.hpp"
#include "ui/ui_state.hpp"

namespace caseload::app {

struct StudentView {
  AppSession& session;
  const Student& student;
  UiState& ui;

  void save(Student changed) const { session.workspace().update_student(std::move(changed)); }
  RecordMeta new_meta() const { return session.workspace().new_meta(); }
  Date today() const { return session.today(); }
};

// Which record of a list is open in the form below it: a new one, an existing one, or none.
struct ListEditing {
  std::optional<Uuid> id;  // the record being edited (for a new record: its fresh id)
  bool is_new = false;
  bool confirm_delete = false;

  bool open() const { return id.has_value(); }
  void close() { *this = {}; }
};

// A clickable row in a record list: a title and a detail line. Returns true when clicked.
bool record_row(const std::string& title, const std::string& detail, bool selected, const void* id);

// Finds a record by id in a list (nullptr if absent).
template <class T>
T* find_record(std::vector<T>& list, const Uuid& id) {
  for (auto& item : list) {
    if (item.meta.id == id) return &item;
  }
  return nullptr;
}

// Puts `record` in place of the one with its id, or appends it.
template <class T>
void upsert_record(std::vector<T>& list, T record) {
  if (T* existing = find_record(list, record.meta.id)) *existing = std::move(record);
  else list.push_back(std::move(record));
}

template <class T>
void erase_record(std::vector<T>& list, const Uuid& id) {
  std::erase_if(list, [&](const T& item) { return item.meta.id == id; });
}

// The form buttons every record editor has: Save (when valid), Cancel and, for an existing
// record, Delete with a confirmation. Returns which was chosen.
enum class FormAction { kNone, kSave, kCancel, kDelete };
FormAction form_buttons(ListEditing& editing, bool valid, const char* noun);

}  // namespace caseload::app
