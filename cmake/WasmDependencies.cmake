# Wasm builds use libraries built from Debian source packages by scripts/bootstrap.sh and cached
# outside the work tree ($CASELOAD_CACHE/wasm, keyed by package version). Header-only libraries
# are staged there too: -I/usr/include would let host libc headers shadow the wasm sysroot.
if(DEFINED ENV{CASELOAD_CACHE})
  set(_cache "$ENV{CASELOAD_CACHE}")
else()
  set(_cache "$ENV{HOME}/.cache/caseload")
endif()
set(CASELOAD_WASM_DEPS "${_cache}/wasm" CACHE PATH "Wasm dependencies built by bootstrap.sh")
foreach(_dep include imgui sdl2 libsodium)
  if(NOT EXISTS "${CASELOAD_WASM_DEPS}/${_dep}")
    message(FATAL_ERROR "${CASELOAD_WASM_DEPS}/${_dep} is missing: run scripts/bootstrap.sh first")
  endif()
endforeach()

add_library(nlohmann_json_wasm INTERFACE)
target_include_directories(nlohmann_json_wasm SYSTEM INTERFACE "${CASELOAD_WASM_DEPS}/include")
add_library(nlohmann_json::nlohmann_json ALIAS nlohmann_json_wasm)

add_library(caseload_doctest INTERFACE)
target_include_directories(caseload_doctest SYSTEM INTERFACE "${CASELOAD_WASM_DEPS}/include")

add_library(caseload_sodium STATIC IMPORTED GLOBAL)
set_target_properties(caseload_sodium PROPERTIES
  IMPORTED_LOCATION "${CASELOAD_WASM_DEPS}/libsodium/lib/libsodium.a"
  INTERFACE_INCLUDE_DIRECTORIES "${CASELOAD_WASM_DEPS}/libsodium/include")

add_library(caseload_sdl2 STATIC IMPORTED GLOBAL)
set_target_properties(caseload_sdl2 PROPERTIES
  IMPORTED_LOCATION "${CASELOAD_WASM_DEPS}/sdl2/lib/libSDL2.a"
  INTERFACE_INCLUDE_DIRECTORIES "${CASELOAD_WASM_DEPS}/sdl2/include/SDL2")

set(_imgui "${CASELOAD_WASM_DEPS}/imgui")
add_library(caseload_imgui STATIC
  ${_imgui}/imgui.cpp ${_imgui}/imgui_draw.cpp ${_imgui}/imgui_tables.cpp
  ${_imgui}/imgui_widgets.cpp
  ${_imgui}/backends/imgui_impl_sdl.cpp ${_imgui}/backends/imgui_impl_opengl3.cpp
  ${_imgui}/misc/imgui_stdlib.cpp)
target_include_directories(caseload_imgui SYSTEM PUBLIC ${_imgui} ${_imgui}/backends ${_imgui}/misc)
# WebGL2 = OpenGL ES 3.0, "#version 300 es" shaders.
target_compile_definitions(caseload_imgui PUBLIC IMGUI_IMPL_OPENGL_ES3 IMGUI_DISABLE_OBSOLETE_FUNCTIONS
                                                 IMGUI_DISABLE_FILE_FUNCTIONS)
target_compile_options(caseload_imgui PRIVATE -fwasm-exceptions)
target_link_libraries(caseload_imgui PUBLIC caseload_sdl2)
