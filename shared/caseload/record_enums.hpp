// The closed vocabularies of a caseload (plan types, meeting types, contact methods...), each
// with the code stored in files and the label shown to people. One table per enum; the generic
// to_code / to_label / parse_code work on any of them.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace caseload {

template <class E>
struct EnumEntry {
  E value;
  std::string_view code;   // stable, stored in files
  std::string_view label;  // for people
};

enum class PlanType { kIep, kPlan504, kReferral, kExited };
inline constexpr EnumEntry<PlanType> kPlanTypes[] = {
    {PlanType::kIep, "iep", "IEP"},
    {PlanType::kPlan504, "504", "504 plan"},
    {PlanType::kReferral, "referral", "Referral in progress"},
    {PlanType::kExited, "exited", "Exited"},
};
constexpr std::span<const EnumEntry<PlanType>> enum_entries(PlanType) { return kPlanTypes; }

enum class MeetingType {
  kInitial, kAnnual, kTriennial, kAmendment, kPlan504, kManifestation, kCheckIn, kOther
};
inline constexpr EnumEntry<MeetingType> kMeetingTypes[] = {
    {MeetingType::kInitial, "initial", "Initial IEP"},
    {MeetingType::kAnnual, "annual", "Annual IEP review"},
    {MeetingType::kTriennial, "triennial", "Triennial (reevaluation)"},
    {MeetingType::kAmendment, "amendment", "IEP amendment"},
    {MeetingType::kPlan504, "504", "504 meeting"},
    {MeetingType::kManifestation, "manifestation", "Manifestation determination"},
    {MeetingType::kCheckIn, "check_in", "1:1 check-in"},
    {MeetingType::kOther, "other", "Other meeting"},
};
constexpr std::span<const EnumEntry<MeetingType>> enum_entries(MeetingType) { return kMeetingTypes; }

enum class MeetingStatus { kScheduled, kHeld, kCancelled };
inline constexpr EnumEntry<MeetingStatus> kMeetingStatuses[] = {
    {MeetingStatus::kScheduled, "scheduled", "Scheduled"},
    {MeetingStatus::kHeld, "held", "Held"},
    {MeetingStatus::kCancelled, "cancelled", "Cancelled"},
};
constexpr std::span<const EnumEntry<MeetingStatus>> enum_entries(MeetingStatus) {
  return kMeetingStatuses;
}

enum class ContactMethod { kPhone, kEmail, kText, kLetter, kInPerson, kVideo, kNoteHome, kOther };
inline constexpr EnumEntry<ContactMethod> kContactMethods[] = {
    {ContactMethod::kPhone, "phone", "Phone"},
    {ContactMethod::kEmail, "email", "Email"},
    {ContactMethod::kText, "text", "Text message"},
    {ContactMethod::kLetter, "letter", "Letter"},
    {ContactMethod::kInPerson, "in_person", "In person"},
    {ContactMethod::kVideo, "video", "Video call"},
    {ContactMethod::kNoteHome, "note_home", "Note home"},
    {ContactMethod::kOther, "other", "Other"},
};
constexpr std::span<const EnumEntry<ContactMethod>> enum_entries(ContactMethod) {
  return kContactMethods;
}

enum class ContactOutcome { kReached, kLeftMessage, kNoAnswer, kSent, kReturned, kOther };
inline constexpr EnumEntry<ContactOutcome> kContactOutcomes[] = {
    {ContactOutcome::kReached, "reached", "Reached"},
    {ContactOutcome::kLeftMessage, "left_message", "Left a message"},
    {ContactOutcome::kNoAnswer, "no_answer", "No answer"},
    {ContactOutcome::kSent, "sent", "Sent"},
    {ContactOutcome::kReturned, "returned", "Returned / bounced"},
    {ContactOutcome::kOther, "other", "Other"},
};
constexpr std::span<const EnumEntry<ContactOutcome>> enum_entries(ContactOutcome) {
  return kContactOutcomes;
}

enum class ServiceFrequency { kPerDay, kPerWeek, kPerMonth };
inline constexpr EnumEntry<ServiceFrequency> kServiceFrequencies[] = {
    {ServiceFrequency::kPerDay, "day", "per school day"},
    {ServiceFrequency::kPerWeek, "week", "per week"},
    {ServiceFrequency::kPerMonth, "month", "per month"},
};
constexpr std::span<const EnumEntry<ServiceFrequency>> enum_entries(ServiceFrequency) {
  return kServiceFrequencies;
}

enum class AccommodationKind { kAccommodation, kModification };
inline constexpr EnumEntry<AccommodationKind> kAccommodationKinds[] = {
    {AccommodationKind::kAccommodation, "accommodation", "Accommodation"},
    {AccommodationKind::kModification, "modification", "Modification"},
};
constexpr std::span<const EnumEntry<AccommodationKind>> enum_entries(AccommodationKind) {
  return kAccommodationKinds;
}

enum class SuspensionKind { kOutOfSchool, kInSchool };
inline constexpr EnumEntry<SuspensionKind> kSuspensionKinds[] = {
    {SuspensionKind::kOutOfSchool, "out_of_school", "Out-of-school suspension"},
    {SuspensionKind::kInSchool, "in_school", "In-school suspension"},
};
constexpr std::span<const EnumEntry<SuspensionKind>> enum_entries(SuspensionKind) {
  return kSuspensionKinds;
}

enum class ClosureKind { kHoliday, kBreak, kNonInstructional };
inline constexpr EnumEntry<ClosureKind> kClosureKinds[] = {
    {ClosureKind::kHoliday, "holiday", "Holiday"},
    {ClosureKind::kBreak, "break", "Break"},
    {ClosureKind::kNonInstructional, "non_instructional", "Non-instructional day"},
};
constexpr std::span<const EnumEntry<ClosureKind>> enum_entries(ClosureKind) { return kClosureKinds; }

template <class E>
constexpr std::string_view to_code(E value) {
  for (const auto& entry : enum_entries(E{})) {
    if (entry.value == value) return entry.code;
  }
  return "?";
}

template <class E>
constexpr std::string_view to_label(E value) {
  for (const auto& entry : enum_entries(E{})) {
    if (entry.value == value) return entry.label;
  }
  return "?";
}

template <class E>
constexpr std::optional<E> parse_code(std::string_view code) {
  for (const auto& entry : enum_entries(E{})) {
    if (entry.code == code) return entry.value;
  }
  return std::nullopt;
}

// "one of: iep, 504, referral, exited", for validation messages.
template <class E>
std::string allowed_codes() {
  std::string text = "one of: ";
  bool first = true;
  for (const auto& entry : enum_entries(E{})) {
    if (!first) text += ", ";
    text += entry.code;
    first = false;
  }
  return text;
}

// Grade levels as stored ("PK", "TK", "K", "1".."12", "18-22" for adult transition programs).
struct Grade {
  int level = 0;  // PK = -2, TK = -1, K = 0, 1..12, 13 = adult transition (18-22)
  friend bool operator==(Grade, Grade) = default;
  friend auto operator<=>(Grade, Grade) = default;
};
std::optional<Grade> parse_grade(std::string_view code);
std::string grade_code(Grade grade);
inline constexpr int kMinGradeLevel = -2;
inline constexpr int kMaxGradeLevel = 13;

}  // namespace caseload
