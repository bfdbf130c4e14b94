#include "caseload/result.hpp"

#include <doctest/doctest.h>

using caseload::Error;
using caseload::Result;
using caseload::Status;

TEST_CASE("Result holds a value or an error, never both") {
  Result<int> good = 7;
  REQUIRE(good.ok());
  CHECK(*good == 7);

  Result<int> bad = caseload::make_error("grade must be K-12", "/students/0/grade");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().describe() == "/students/0/grade: grade must be K-12");
}

TEST_CASE("Status defaults to success and carries a message on failure") {
  CHECK(Status::success().ok());
  Status failed = Error{"storage is full", ""};
  CHECK_FALSE(failed.ok());
  CHECK(failed.error().describe() == "storage is full");
}
