# Compiler settings for Caseload's own targets (third-party code keeps its own flags).
#
# Error policy, decided once for the whole project: exceptions are enabled on every target
# (native, and wasm with -fwasm-exceptions, which modern Chrome and Node run natively), because
# nlohmann/json reports malformed input by throwing. No exception crosses a public module API:
# functions that take outside input return caseload::Result<T> (shared/caseload/result.hpp),
# catching inside and turning the failure into a human message with the place it happened.

function(caseload_target_defaults target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
                                           -Wnon-virtual-dtor -Wold-style-cast)
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    # GCC 12 reports false positives in std::string concatenation at -O3 (GCC bug 105651).
    target_compile_options(${target} PRIVATE -Wno-restrict)
  endif()
  if(CASELOAD_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
  if(EMSCRIPTEN)
    target_compile_options(${target} PRIVATE -fwasm-exceptions)
    target_link_options(${target} PRIVATE -fwasm-exceptions)
  endif()
  if(CASELOAD_FUZZ)
    # Coverage for libFuzzer on everything of ours, plus the sanitizers (clang only).
    target_compile_options(${target} PRIVATE -fsanitize=fuzzer-no-link,address,undefined
                                             -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(${target} PRIVATE -fsanitize=address,undefined)
  elseif(CASELOAD_SANITIZE AND NOT EMSCRIPTEN)
    target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer
                                             -fno-sanitize-recover=undefined)
    target_link_options(${target} PRIVATE -fsanitize=address,undefined)
  endif()
endfunction()
