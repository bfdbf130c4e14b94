#include "caseload/service_minutes.hpp"

#include <doctest/doctest.h>

#include "test_fixtures.hpp"

using namespace caseload;
using fixtures::d;

namespace {

ServiceDelivery delivery(int n, const char* date, int minutes, bool missed = false, bool makeup = false) {
  ServiceDelivery x;
  x.meta = fixtures::meta(n);
  x.date = d(date);
  x.minutes = minutes;
  x.missed = missed;
  x.makeup = makeup;
  return x;
}

}  // namespace

TEST_CASE("weekly minutes: required against delivered, and the make-up balance") {
  const SchoolCalendar calendar = fixtures::calendar();
  Service svc;
  svc.meta = fixtures::meta(1);
  svc.type = "Speech and language";
  svc.minutes = 60;
  svc.frequency = ServiceFrequency::kPerWeek;
  svc.start = d("2026-11-02");
  svc.deliveries = {delivery(2, "2026-11-03", 60), delivery(3, "2026-11-10", 0, true),
                    delivery(4, "2026-11-17", 30), delivery(5, "2026-11-19", 20, false, true)};
  const ServiceMinutes m = summarize_service(svc, calendar, d("2026-11-24"));
  // Weeks of Nov 2, 9 and 16 are complete; the week of Nov 23 (Thanksgiving) is in progress.
  REQUIRE(m.weeks.size() == 4);
  CHECK(m.weeks[1].missed_sessions == 1);
  CHECK(m.required_to_date == 180);
  CHECK(m.delivered_to_date == 90);
  CHECK(m.shortfall == 90);
  CHECK(m.makeup_delivered == 20);
  CHECK(m.makeup_owed == 70);
  CHECK_FALSE(m.weeks[3].complete);
  CHECK(m.weeks[3].school_days == 2);  // Mon, Tue: the break owes nothing
}

TEST_CASE("a week of break owes no weekly minutes; daily services owe per school day") {
  const SchoolCalendar calendar = fixtures::calendar();
  Service weekly;
  weekly.meta = fixtures::meta(1);
  weekly.minutes = 90;
  weekly.frequency = ServiceFrequency::kPerWeek;
  weekly.start = d("2026-12-14");
  const ServiceMinutes m = summarize_service(weekly, calendar, d("2027-01-11"));
  REQUIRE(m.weeks.size() == 5);  // Dec 14, 21, 28, Jan 4 complete; Jan 11 in progress
  CHECK(m.weeks[0].required == 90);
  CHECK(m.weeks[1].required == 0);
  CHECK(m.weeks[2].required == 0);
  CHECK(m.required_to_date == 180);
  CHECK(m.makeup_owed == 180);

  Service daily = weekly;
  daily.minutes = 20;
  daily.frequency = ServiceFrequency::kPerDay;
  daily.start = d("2026-11-16");
  const ServiceMinutes md = summarize_service(daily, calendar, d("2026-11-30"));
  CHECK(md.weeks[0].required == 100);
  CHECK(md.weeks[1].required == 40);  // Thanksgiving week: Mon and Tue
}

TEST_CASE("monthly services are judged by month") {
  const SchoolCalendar calendar = fixtures::calendar();
  Service monthly;
  monthly.meta = fixtures::meta(1);
  monthly.minutes = 120;
  monthly.frequency = ServiceFrequency::kPerMonth;
  monthly.start = d("2026-10-01");
  monthly.deliveries = {delivery(2, "2026-10-14", 120), delivery(3, "2026-11-05", 60)};
  const ServiceMinutes m = summarize_service(monthly, calendar, d("2026-12-02"));
  REQUIRE(m.months.size() == 3);
  CHECK(m.required_to_date == 240);
  CHECK(m.delivered_to_date == 180);
  CHECK(m.makeup_owed == 60);
}
