# Native builds take every dependency from Debian's -dev packages (scripts/bootstrap.sh).
find_package(nlohmann_json 3.11 REQUIRED)
find_package(doctest REQUIRED)
find_package(PkgConfig REQUIRED)
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
add_library(caseload_sodium INTERFACE)
target_link_libraries(caseload_sodium INTERFACE PkgConfig::SODIUM)
add_library(caseload_doctest INTERFACE)
target_link_libraries(caseload_doctest INTERFACE doctest::doctest)
