#include "caseload/demo_caseload.hpp"

#include <array>
#include <cmath>

#include "caseload/school_year_template.hpp"

namespace caseload {
namespace {

constexpr std::array kFirstNames = {
    "Waffle", "Pickle", "Nimbus", "Pixel",  "Biscuit", "Comet",  "Mango",  "Tofu",    "Zephyr",
    "Noodle", "Sprocket", "Marble", "Button", "Pebble", "Widget", "Gadget", "Muffin", "Cricket",
    "Sparky", "Doodle", "Quokka", "Kiwi",   "Rocket", "Bubbles", "Taco",   "Gizmo",  "Peanut",
    "Yoyo",   "Ziggy",  "Dumpling"};
constexpr std::array kLastNames = {
    "Demoford", "Sampleton", "Fakeley",    "Placeholder", "McTest",   "Testwell", "Mockridge",
    "Dummington", "Examplar", "Pretendson", "Fictionalia", "Madeupton", "Notreal", "Synthetica",
    "Demoski",  "Samplesby", "Mocksworth", "Inventado",   "Ficticio", "Ejemplo"};
constexpr std::array kEligibility = {
    "Specific learning disability", "Speech or language impairment", "Other health impairment",
    "Autism", "Emotional disturbance", "Intellectual disability", "Multiple disabilities"};
constexpr std::array kAccommodations = {
    "Extended time (1.5x) on tests and assignments", "Preferential seating near instruction",
    "Directions read aloud and repeated", "Breaks on request", "Use of a calculator",
    "Graphic organizers for writing", "Reduced number of problems", "Text-to-speech for reading",
    "Check for understanding after directions", "Copy of class notes"};
constexpr std::array kSubjects = {"English 7", "Math 7", "Science 7", "Social Studies 7",
                                  "PE", "Art", "Homeroom"};
// A small staff per subject, shared by many students, as in a real school.
constexpr std::array kTeacherNames = {"Ada Chalkley", "Ben Rulerson",   "Cleo Gradebook", "Dev Notepad",
                                      "Eve Crayonne", "Finn Stapleton", "Gia Easel",      "Hal Protractor",
                                      "Ivy Inkwell",  "Jon Hallpass",   "Kai Bellringer", "Lu Markerby"};
constexpr int kTeachersPerSubject = 3;
constexpr std::array kRelationships = {"Mother", "Father", "Guardian", "Grandmother", "Foster parent"};

struct GoalTemplate {
  const char* area;
  const char* description;
  double baseline, target;
  const char* unit;
  const char* measurement;
};
constexpr std::array kGoals = {
    GoalTemplate{"Reading fluency", "Read a grade-level passage aloud", 62, 95,
                 "words correct per minute", "Weekly 1-minute oral reading probe"},
    GoalTemplate{"Math calculation", "Solve multi-digit multiplication problems", 40, 80,
                 "% correct", "Biweekly 10-problem probe"},
    GoalTemplate{"Written expression", "Write a paragraph with topic sentence and details", 2, 4,
                 "rubric score (1-4)", "Monthly writing sample"},
    GoalTemplate{"Self-regulation", "Use a calming strategy when frustrated", 20, 80,
                 "% of opportunities", "Teacher data sheet"},
    GoalTemplate{"Articulation", "Produce /r/ in conversation", 35, 85, "% accuracy",
                 "SLP session data"},
    GoalTemplate{"Work completion", "Complete and turn in assignments", 45, 90, "% of assignments",
                 "Weekly gradebook check"},
};

class Builder {
 public:
  Builder(const DemoOptions& options) : random_(options.seed), today_(options.today) {}

  RecordMeta meta(int days_ago_min, int days_ago_max) {
    RecordMeta m;
    m.id = new_uuid(random_);
    const Date created = add_days(today_, -random_.between(days_ago_min, days_ago_max));
    m.created = Timestamp{day_number(created)} + std::chrono::seconds{random_.between(8 * 3600, 16 * 3600)};
    m.modified = m.created;
    return m;
  }
  Date ago(int min_days, int max_days) { return add_days(today_, -random_.between(min_days, max_days)); }
  template <class A>
  const char* pick(const A& items) {
    return items[static_cast<std::size_t>(random_.between(0, static_cast<int>(items.size()) - 1))];
  }
  DeterministicRandom& random() { return random_; }
  Date today() const { return today_; }

 private:
  DeterministicRandom random_;
  Date today_;
};

void add_contacts(Builder& b, Student& s) {
  const int count = b.random().between(1, 2);
  for (int i = 0; i < count; ++i) {
    Contact c;
    c.meta = b.meta(200, 400);
    c.relationship = b.pick(kRelationships);
    c.name = std::string(b.pick(kFirstNames)) + " " + s.last_name;
    c.decision_maker = i == 0;
    c.ferpa_authorized = true;
    c.phone = "555-01" + std::to_string(10 + b.random().between(0, 89));
    c.email = "family" + std::to_string(b.random().between(100, 999)) + "@example.org";
    c.preferred_method = b.random().chance(0.6) ? ContactMethod::kPhone : ContactMethod::kEmail;
    c.language = b.random().chance(0.8) ? "English" : "Spanish";
    s.contacts.push_back(std::move(c));
  }
  const int entries = b.random().between(0, 6);
  for (int i = 0; i < entries; ++i) {
    ContactLogEntry e;
    e.meta = b.meta(0, 75);
    e.date = date_of(e.meta.created);
    e.time = TimeOfDay{b.random().between(8 * 60, 16 * 60)};
    e.method = static_cast<ContactMethod>(b.random().between(0, 3));
    e.contact_id = s.contacts.front().meta.id;
    e.purpose = b.random().chance(0.5) ? "Schedule the IEP meeting" : "Progress update";
    e.outcome = static_cast<ContactOutcome>(b.random().between(0, 3));
    s.contact_log.push_back(std::move(e));
  }
}

void add_goals(Builder& b, Student& s) {
  const int count = b.random().between(2, 4);
  const Date start = s.key_dates.last_iep_meeting.value_or(b.ago(30, 200));
  for (int i = 0; i < count; ++i) {
    const GoalTemplate& t = kGoals[static_cast<std::size_t>(b.random().between(0, kGoals.size() - 1))];
    Goal g;
    g.meta = b.meta(days_between(start, b.today()), days_between(start, b.today()));
    g.area = t.area;
    g.description = t.description;
    g.baseline = t.baseline;
    g.target = t.target;
    g.unit = t.unit;
    g.measurement = t.measurement;
    g.start = start;
    g.target_date = add_years_clamped(start, 1);
    // Weekly points along a noisy line; some students' data stops (stale), some progress slowly.
    const int weeks = std::max(0, days_between(start, b.today()) / 7);
    const int stop = b.random().chance(0.25) ? std::max(0, weeks - b.random().between(3, 8)) : weeks;
    const double rate = (t.target - t.baseline) / 52.0 * (b.random().between(40, 130) / 100.0);
    for (int w = 1; w <= stop; ++w) {
      DataPoint p;
      p.date = add_days(start, 7 * w - b.random().between(0, 2));
      const double noise = (b.random().between(-100, 100) / 100.0) * (t.target - t.baseline) * 0.08;
      p.value = std::round((t.baseline + rate * w + noise) * 10.0) / 10.0;
      p.meta = b.meta(days_between(p.date, b.today()), days_between(p.date, b.today()));
      g.data.push_back(std::move(p));
    }
    s.goals.push_back(std::move(g));
  }
}

void add_services(Builder& b, Student& s) {
  struct Kind { const char* type; int min, max; const char* provider; const char* setting; };
  static constexpr std::array kServices = {
      Kind{"Specialized academic instruction", 120, 300, "Case manager", "Resource room"},
      Kind{"Speech and language", 30, 60, "SLP", "Speech room"},
      Kind{"Counseling", 30, 30, "School psychologist", "Counseling office"},
      Kind{"Occupational therapy", 30, 45, "OT", "General education classroom"}};
  const int count = b.random().between(1, 3);
  const Date start = s.key_dates.last_iep_meeting.value_or(b.ago(30, 120));
  for (int i = 0; i < count; ++i) {
    const Kind& k = kServices[static_cast<std::size_t>(i)];
    Service svc;
    svc.meta = b.meta(days_between(start, b.today()), days_between(start, b.today()));
    svc.type = k.type;
    svc.minutes = b.random().between(k.min / 15, k.max / 15) * 15;
    svc.provider = k.provider;
    svc.setting = k.setting;
    svc.start = start;
    svc.end = add_years_clamped(start, 1);
    const Date from = std::max(start, add_days(b.today(), -56));
    for (Date week = week_start(from); week < b.today(); week = add_days(week, 7)) {
      ServiceDelivery d;
      d.date = add_days(week, b.random().between(0, 4));
      if (d.date >= b.today() || d.date < start) continue;
      d.meta = b.meta(days_between(d.date, b.today()), days_between(d.date, b.today()));
      d.missed = b.random().chance(0.12);
      d.minutes = d.missed ? 0 : svc.minutes;
      if (d.missed) d.missed_reason = b.random().chance(0.5) ? "Student absent" : "Provider at training";
      svc.deliveries.push_back(std::move(d));
    }
    s.services.push_back(std::move(svc));
  }
}

void add_plan_staff(Builder& b, Student& s) {
  const int accommodations = b.random().between(3, 6);
  for (int i = 0; i < accommodations; ++i) {
    Accommodation a;
    a.meta = b.meta(100, 300);
    a.kind = b.random().chance(0.15) ? AccommodationKind::kModification : AccommodationKind::kAccommodation;
    a.description = kAccommodations[static_cast<std::size_t>((i * 3 + b.random().between(0, 2)) % kAccommodations.size())];
    a.applies_in = "All classes";
    s.accommodations.push_back(std::move(a));
  }
  s.plan_version = b.random().chance(0.2) ? 2 : 1;
  const int teachers = b.random().between(2, 4);
  for (int i = 0; i < teachers; ++i) {
    StaffMember t;
    t.meta = b.meta(100, 300);
    const int which = i * kTeachersPerSubject + b.random().between(0, kTeachersPerSubject - 1);
    t.name = kTeacherNames[static_cast<std::size_t>(which) % kTeacherNames.size()];
    t.role = "General education teacher";
    t.subject = kSubjects[static_cast<std::size_t>(i)];
    t.email = "teacher" + std::to_string(which + 1) + "@example.org";
    if (b.random().chance(0.8)) {
      Acknowledgement ack;
      ack.meta = b.meta(5, 90);
      ack.staff_id = t.meta.id;
      ack.plan_version = b.random().chance(0.8) ? s.plan_version : 1;
      ack.date = date_of(ack.meta.created);
      s.acknowledgements.push_back(std::move(ack));
    }
    s.staff.push_back(std::move(t));
  }
}

void add_meetings(Builder& b, Student& s) {
  if (s.key_dates.last_iep_meeting) {
    Meeting held;
    held.meta = b.meta(days_between(*s.key_dates.last_iep_meeting, b.today()),
                       days_between(*s.key_dates.last_iep_meeting, b.today()));
    held.type = MeetingType::kAnnual;
    held.status = MeetingStatus::kHeld;
    held.date = *s.key_dates.last_iep_meeting;
    held.time = TimeOfDay{b.random().between(16, 30) * 30};
    held.participants = {"Parent", "General education teacher", "Case manager", "Administrator"};
    held.outcome = "IEP reviewed and signed";
    held.paperwork_submitted = add_days(held.date, b.random().between(1, 9));
    s.meetings.push_back(std::move(held));
    const Date due = add_years_clamped(*s.key_dates.last_iep_meeting, 1);
    const int days_left = days_between(b.today(), due);
    if (days_left > -5 && days_left < 50) {
      Meeting next;
      next.meta = b.meta(0, 20);
      next.type = MeetingType::kAnnual;
      next.date = add_days(due, -b.random().between(-6, 20));  // a few land after expiry
      next.time = TimeOfDay{b.random().between(16, 30) * 30};
      next.location = b.random().chance(0.3) ? "Video call" : "Room 114";
      next.is_virtual = next.location == "Video call";
      next.participants = {"Parent", "General education teacher", "Case manager", "Administrator"};
      if (b.random().chance(0.6)) next.checklist.push_back({"begin-drafting", b.ago(0, 10)});
      if (b.random().chance(0.4)) next.checklist.push_back({"notice", b.ago(0, 5)});
      s.meetings.push_back(std::move(next));
    }
  }
  if (b.random().chance(0.05)) {
    for (int i = 0, n = b.random().between(1, 3); i < n; ++i) {
      Suspension susp;
      susp.meta = b.meta(5, 120);
      susp.start = date_of(susp.meta.created);
      susp.school_days = b.random().between(2, 6);
      susp.end = add_days(susp.start, susp.school_days + 2);
      susp.reason = "Behavior incident";
      s.suspensions.push_back(std::move(susp));
    }
  }
  if (b.random().chance(0.04)) {
    RecordsRequest r;
    r.meta = b.meta(0, 20);
    r.received = date_of(r.meta.created);
    r.requested_by = s.contacts.front().name;
    r.description = "Copies of evaluations and the current IEP";
    if (b.random().chance(0.5)) r.fulfilled = add_days(r.received, b.random().between(1, 4));
    s.records_requests.push_back(std::move(r));
  }
}

void set_key_dates(Builder& b, Student& s) {
  KeyDates& k = s.key_dates;
  switch (s.plan_type) {
    case PlanType::kIep:
    case PlanType::kExited:
      k.last_iep_meeting = s.plan_type == PlanType::kExited ? b.ago(400, 700) : b.ago(0, 390);
      k.last_evaluation = b.ago(0, 1160);
      k.initial_eligibility = add_days(std::min(*k.last_evaluation, *k.last_iep_meeting),
                                       -365 * b.random().between(0, 3) - b.random().between(0, 30));
      if (s.date_of_birth && age_on(*s.date_of_birth, b.today()) >= 16 && b.random().chance(0.7)) {
        k.transition_plan = k.last_iep_meeting;
      }
      break;
    case PlanType::kPlan504:
      k.plan_504 = b.ago(0, 380);
      k.last_evaluation = b.ago(0, 1100);
      break;
    case PlanType::kReferral:
      k.referral = b.ago(5, 80);
      if (b.random().chance(0.8)) k.assessment_plan_sent = add_days(*k.referral, b.random().between(3, 14));
      if (k.assessment_plan_sent && b.random().chance(0.8)) {
        k.consent_received = add_days(*k.assessment_plan_sent, b.random().between(2, 12));
      }
      // Nothing happens in the future.
      if (k.assessment_plan_sent && *k.assessment_plan_sent > b.today()) k.assessment_plan_sent.reset();
      if (k.consent_received && (!k.assessment_plan_sent || *k.consent_received > b.today())) {
        k.consent_received.reset();
      }
      break;
  }
}

Student make_student(Builder& b, int index) {
  Student s;
  s.meta = b.meta(30, 400);
  s.first_name = kFirstNames[static_cast<std::size_t>(index) % kFirstNames.size()];
  s.last_name = b.pick(kLastNames);
  s.external_id = "DEMO" + std::to_string(100000 + index);
  const int roll = b.random().between(1, 100);
  s.plan_type = roll <= 70 ? PlanType::kIep : roll <= 85 ? PlanType::kPlan504 : roll <= 95 ? PlanType::kReferral : PlanType::kExited;
  const int grade = b.random().between(0, 12);
  s.grade = Grade{grade};
  s.date_of_birth = add_days(b.today(), -(365 * (grade + 5) + b.random().between(60, 420)));
  s.school = grade <= 5 ? "Demo Elementary School" : grade <= 8 ? "Demo Middle School" : "Demo High School";
  s.english_learner = b.random().chance(0.18);
  s.behavior_plan = b.random().chance(0.1);
  if (s.plan_type != PlanType::kReferral) s.eligibility = b.pick(kEligibility);
  set_key_dates(b, s);
  add_contacts(b, s);
  if (s.plan_type == PlanType::kIep) {
    add_goals(b, s);
    add_services(b, s);
  }
  if (s.plan_type == PlanType::kIep || s.plan_type == PlanType::kPlan504) add_plan_staff(b, s);
  add_meetings(b, s);
  return s;
}

CaseloadSettings demo_settings(const DemoOptions& options) {
  CaseloadSettings settings;
  settings.case_manager = {"Demo Case Manager", "Education specialist", "case.manager@example.org"};
  settings.schools = {"Demo Elementary School", "Demo Middle School", "Demo High School"};
  settings.rule_profile = options.rule_profile;
  const int start = school_year_start_for(options.today);
  settings.school_years = {typical_school_year(start), typical_school_year(start + 1)};
  for (int y = start; y <= start + 2; ++y) {
    for (auto& holiday : us_federal_holidays(y)) settings.holidays.push_back(std::move(holiday));
  }
  settings.reporting_periods = quarterly_reporting_periods(settings.school_years.front());
  settings.modified = Timestamp{day_number(options.today)};
  return settings;
}

}  // namespace

Caseload generate_demo_caseload(const DemoOptions& options) {
  Caseload caseload;
  caseload.demo = true;
  caseload.settings = demo_settings(options);
  Builder builder(options);
  caseload.students.reserve(static_cast<std::size_t>(std::max(0, options.students)));
  for (int i = 0; i < options.students; ++i) caseload.students.push_back(make_student(builder, i));
  // Progress reports for periods already due, mostly sent.
  for (auto& s : caseload.students) {
    if (s.plan_type != PlanType::kIep) continue;
    for (const auto& period : caseload.settings.reporting_periods) {
      if (period.report_due >= options.today || !builder.random().chance(0.85)) continue;
      ProgressReportSent sent;
      sent.meta = builder.meta(days_between(period.report_due, options.today), days_between(period.report_due, options.today));
      sent.period_id = period.id;
      sent.sent = add_days(period.report_due, -builder.random().between(0, 3));
      s.progress_reports.push_back(std::move(sent));
    }
  }
  return caseload;
}

}  // namespace caseload
