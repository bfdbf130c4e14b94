#include "caseload/rule_profile.hpp"

#include <algorithm>
#include <set>

#include "caseload/embedded_files.hpp"
#include "caseload/json_fields.hpp"
#include "caseload/record_fields.hpp"
#include "caseload/schema_migration.hpp"

namespace caseload {

template <class V, Is<BreakExclusion> T>
void describe(V& v, T& r) {
  v("longer_than_school_days", r.longer_than_school_days);
  v("holidays_count_toward_length", r.holidays_count_toward_length);
  v("exclude_weekends_of_break", r.exclude_weekends_of_break);
  v("exclude_between_sessions", r.exclude_between_sessions);
}

template <class V, Is<EndOfYearRule> T>
void describe(V& v, T& r) {
  v("window", r.window, Need::kRequired);
  v("then", r.then, Need::kRequired);
  v("trigger", r.trigger);
}

template <class V, Is<Rule> T>
void describe(V& v, T& r) {
  v("id", r.id, Need::kRequired);
  v("disabled", r.disabled);
  v("kind", r.kind);
  v("title", r.title);
  v("trigger", r.trigger);
  v("offset", r.offset);
  v("exclude_breaks", r.exclude_breaks);
  v("end_of_year", r.end_of_year);
  v("annual_reading", r.annual_reading);
  v("applies_to", r.applies_to);
  v("citation", r.citation);
  v("note", r.note);
}

template <class V, Is<ChecklistStep> T>
void describe(V& v, T& r) {
  v("id", r.id, Need::kRequired);
  v("disabled", r.disabled);
  v("title", r.title);
  v("offset", r.offset);
  v("check", r.check);
  v("min_attempts", r.min_attempts);
  v("min_methods", r.min_methods);
  v("min_age", r.min_age);
  v("citation", r.citation);
}

template <class V, Is<DefaultsSpec> T>
void describe(V& v, T& r) {
  v("due_soon_days", r.due_soon_days);
  v("due_very_soon_days", r.due_very_soon_days);
  v("suspension_threshold_days", r.suspension_threshold_days);
  v("contact_window_days", r.contact_window_days);
}

namespace {

constexpr std::string_view kProfileFormat = "caseload-rule-profile";

bool is_key_date_trigger(Trigger trigger) {
  return trigger <= Trigger::kParentMeetingRequest;
}

// The one trigger a record-based kind can have; key-date kinds accept any key date.
std::optional<Trigger> required_trigger(DeadlineKind kind) {
  switch (kind) {
    case DeadlineKind::kProgressReport: return Trigger::kReportingPeriod;
    case DeadlineKind::kManifestationDetermination: return Trigger::kSuspensions;
    case DeadlineKind::kRecordsRequest: return Trigger::kRecordsRequest;
    case DeadlineKind::kStaleProgressData: return Trigger::kLastDataPoint;
    case DeadlineKind::kParentContact: return Trigger::kLastContact;
    case DeadlineKind::kMeetingAfterExpiry: return Trigger::kScheduledMeeting;
    default: return std::nullopt;
  }
}

void check_offset(const Offset& offset, const std::string& path, ValidationReport& report) {
  const bool in_years = offset.unit == OffsetUnit::kYears;
  const int limit = in_years ? 30 : offset.unit == OffsetUnit::kMonths ? 60 : 500;
  if (offset.amount < -limit || offset.amount > limit) {
    report.error(path + "/amount", "must be between " + std::to_string(-limit) + " and "
                                       + std::to_string(limit) + " " + std::string(to_label(offset.unit)));
  }
}

void check_rule(const Rule& rule, const Json& raw, const std::string& path, ValidationReport& report) {
  if (rule.disabled) return;
  for (const char* key : {"kind", "title", "trigger", "offset", "citation", "applies_to"}) {
    if (!raw.contains(key)) report.error(path + "/" + key, "is required for an enabled rule");
  }
  if (const auto wanted = required_trigger(rule.kind); wanted && rule.trigger != *wanted) {
    report.error(path + "/trigger", "a " + std::string(to_code(rule.kind)) + " rule must use the trigger "
                                        + std::string(to_code(*wanted)));
  }
  if (!required_trigger(rule.kind) && !is_key_date_trigger(rule.trigger)) {
    report.error(path + "/trigger", "a " + std::string(to_code(rule.kind)) + " rule needs a key-date trigger");
  }
  const bool cadence = rule.kind == DeadlineKind::kStaleProgressData || rule.kind == DeadlineKind::kParentContact;
  if (cadence && (rule.offset.unit != OffsetUnit::kCalendarDays || rule.offset.amount < 1)) {
    report.error(path + "/offset", "a cadence rule's offset is a positive number of calendar days");
  }
  if (rule.kind == DeadlineKind::kTransitionPlan && rule.offset.unit != OffsetUnit::kYears) {
    report.error(path + "/offset/unit", "a transition rule's offset is an age, in years");
  }
  check_offset(rule.offset, path + "/offset", report);
  if (rule.exclude_breaks && rule.exclude_breaks->longer_than_school_days < 0) {
    report.error(path + "/exclude_breaks/longer_than_school_days", "must be 0 or more");
  }
}

void check_step(const ChecklistStep& step, const Json& raw, const std::string& path,
                ValidationReport& report) {
  if (step.disabled) return;
  for (const char* key : {"title", "offset", "check"}) {
    if (!raw.contains(key)) report.error(path + "/" + key, "is required for an enabled step");
  }
  check_offset(step.offset, path + "/offset", report);
  if (step.offset.unit == OffsetUnit::kYears || step.offset.unit == OffsetUnit::kMonths) {
    report.error(path + "/offset/unit", "checklist offsets are in days");
  }
  if (step.min_attempts < 0 || step.min_methods < 0 || step.min_age < 0) {
    report.error(path, "minimums must be 0 or more");
  }
}

template <class T>
void check_unique(const std::vector<T>& items, const std::string& path, ValidationReport& report) {
  std::set<std::string> ids;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (!ids.insert(items[i].id).second) {
      report.error(path + "/" + std::to_string(i) + "/id", "the id '" + items[i].id + "' is used twice");
    }
  }
}

template <class T>
void merge_by_id(std::vector<T>& base, const std::vector<T>& changes) {
  for (const auto& change : changes) {
    auto existing = std::find_if(base.begin(), base.end(), [&](const T& r) { return r.id == change.id; });
    if (change.disabled) {
      if (existing != base.end()) base.erase(existing);
    } else if (existing != base.end()) {
      *existing = change;
    } else {
      base.push_back(change);
    }
  }
}

void apply_spec(ProfileDefaults& d, const DefaultsSpec& s) {
  if (s.due_soon_days) d.due_soon_days = *s.due_soon_days;
  if (s.due_very_soon_days) d.due_very_soon_days = *s.due_very_soon_days;
  if (s.suspension_threshold_days) d.suspension_threshold_days = *s.suspension_threshold_days;
  if (s.contact_window_days) d.contact_window_days = *s.contact_window_days;
}

const EmbeddedFile* find_builtin(std::string_view id) {
  for (const auto& file : builtin_rule_profile_files()) {
    if (file.name == id) return &file;
  }
  return nullptr;
}

std::string builtin_list() {
  std::string list;
  for (const auto& id : builtin_profile_ids()) list += (list.empty() ? "" : ", ") + id;
  return list;
}

Result<RuleProfile> flatten(const RuleProfile& profile, int depth) {
  if (profile.extends.empty()) {
    RuleProfile flat = profile;
    flat.defaults = ProfileDefaults{};
    apply_spec(flat.defaults, profile.defaults_spec);
    return flat;
  }
  if (depth > 4) return make_error("rule profiles extend each other in a loop", profile.id);
  const EmbeddedFile* parent_file = find_builtin(profile.extends);
  if (!parent_file) {
    return make_error("extends unknown profile '" + profile.extends + "' (known: " + builtin_list() + ")",
                      profile.id);
  }
  auto parent = parse_rule_profile(parent_file->text);
  if (!parent) return parent.error();
  auto flat = flatten(*parent, depth + 1);
  if (!flat) return flat;
  RuleProfile result = std::move(*flat);
  result.id = profile.id;
  result.name = profile.name;
  result.description = profile.description;
  result.extends = profile.extends;
  result.defaults_spec = profile.defaults_spec;
  apply_spec(result.defaults, profile.defaults_spec);
  merge_by_id(result.rules, profile.rules);
  merge_by_id(result.checklist, profile.checklist);
  return result;
}

Status apply_settings(RuleProfile& profile, const CaseloadSettings& settings) {
  for (const auto& change : settings.rule_overrides) {
    auto rule = std::find_if(profile.rules.begin(), profile.rules.end(),
                             [&](const Rule& r) { return r.id == change.rule_id; });
    if (rule == profile.rules.end()) {
      return make_error("a district override names rule '" + change.rule_id + "', which the "
                            + profile.name + " profile does not have",
                        "/settings/rule_overrides");
    }
    if (change.disabled) {
      profile.rules.erase(rule);
      continue;
    }
    if (change.offset) {
      const bool cadence = rule->kind == DeadlineKind::kStaleProgressData
                           || rule->kind == DeadlineKind::kParentContact;
      const bool transition = rule->kind == DeadlineKind::kTransitionPlan;
      const bool unit_ok = transition ? change.offset->unit == OffsetUnit::kYears
                           : cadence  ? change.offset->unit == OffsetUnit::kCalendarDays
                                      : change.offset->unit != OffsetUnit::kYears
                                            || rule->offset.unit == OffsetUnit::kYears;
      if (!unit_ok) {
        return make_error("the override of rule '" + change.rule_id + "' uses an incompatible unit",
                          "/settings/rule_overrides");
      }
      rule->offset = *change.offset;
    }
  }
  // The monitoring thresholds are the offsets of the cadence rules.
  const auto& t = settings.thresholds;
  for (auto& rule : profile.rules) {
    if (rule.kind == DeadlineKind::kStaleProgressData && t.stale_data_days) {
      rule.offset = {*t.stale_data_days, OffsetUnit::kCalendarDays};
    }
    if (rule.kind == DeadlineKind::kParentContact && t.parent_contact_days) {
      rule.offset = {*t.parent_contact_days, OffsetUnit::kCalendarDays};
    }
  }
  if (t.due_soon_days) profile.defaults.due_soon_days = *t.due_soon_days;
  if (t.due_very_soon_days) profile.defaults.due_very_soon_days = *t.due_very_soon_days;
  return Status::success();
}

}  // namespace

const Rule* RuleProfile::find_rule(DeadlineKind kind) const {
  for (const auto& rule : rules) {
    if (rule.kind == kind && !rule.disabled) return &rule;
  }
  return nullptr;
}

const Rule* RuleProfile::find_rule(std::string_view rule_id) const {
  for (const auto& rule : rules) {
    if (rule.id == rule_id) return &rule;
  }
  return nullptr;
}

Result<RuleProfile> parse_rule_profile(std::string_view text) {
  auto parsed = parse_json(text, "rule profile");
  if (!parsed) return parsed.error();
  Json& document = *parsed;
  if (!document.is_object() || document.value("format", "") != kProfileFormat) {
    return make_error("this is not a Caseload rule profile (expected \"format\": \"caseload-rule-profile\")");
  }
  if (Status migrated = migrate_document(document, kRuleProfileSchemaVersion, {}, "rule profile"); !migrated) {
    return migrated.error();
  }
  ValidationReport report;
  RuleProfile profile;
  std::string format;
  int version = 0;
  FieldReader reader(document, "", report);
  reader("format", format, Need::kRequired);
  reader("schema_version", version, Need::kRequired);
  reader("id", profile.id, Need::kRequired);
  reader("name", profile.name, Need::kRequired);
  reader("description", profile.description);
  reader("extends", profile.extends);
  reader("defaults", profile.defaults_spec);
  reader("rules", profile.rules);
  reader("checklist", profile.checklist);
  reader.finish();
  // List items keep their document positions (json_fields.hpp), so raw and read items align.
  for (std::size_t i = 0; i < profile.rules.size(); ++i) {
    check_rule(profile.rules[i], document["rules"][i], "/rules/" + std::to_string(i), report);
  }
  for (std::size_t i = 0; i < profile.checklist.size(); ++i) {
    check_step(profile.checklist[i], document["checklist"][i], "/checklist/" + std::to_string(i), report);
  }
  check_unique(profile.rules, "/rules", report);
  check_unique(profile.checklist, "/checklist", report);
  if (report.has_errors()) return make_error("the rule profile is invalid: " + report.summary(12));
  return profile;
}

std::vector<std::string> builtin_profile_ids() {
  std::vector<std::string> ids;
  for (const auto& file : builtin_rule_profile_files()) ids.emplace_back(file.name);
  return ids;
}

Result<RuleProfile> resolve_profile(const RuleProfile& profile, const CaseloadSettings& settings) {
  auto flat = flatten(profile, 0);
  if (!flat) return flat;
  if (Status applied = apply_settings(*flat, settings); !applied) return applied.error();
  return flat;
}

Result<RuleProfile> resolve_profile(std::string_view profile_id, const CaseloadSettings& settings) {
  const EmbeddedFile* file = find_builtin(profile_id);
  if (!file) {
    return make_error("unknown rule profile '" + std::string(profile_id) + "' (known: " + builtin_list() + ")");
  }
  auto profile = parse_rule_profile(file->text);
  if (!profile) return profile.error();
  return resolve_profile(*profile, settings);
}

}  // namespace caseload
