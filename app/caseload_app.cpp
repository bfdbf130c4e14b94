#include "caseload_app.hpp"

#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl.h>

#include <SDL_opengles2.h>

#include "caseload/version.hpp"
#include "platform/browser_bridge.hpp"
#include "ui/dashboard_frame.hpp"

namespace caseload::app {

bool CaseloadApp::start(std::string& error) {
  if (!window_.open(kProductName, error)) return false;
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // Layout is ours; nothing goes to a file behind the user's back.
  io.LogFilename = nullptr;
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  if (!ImGui_ImplSDL2_InitForOpenGL(window_.handle(), window_.gl_context())
      || !ImGui_ImplOpenGL3_Init("#version 300 es")) {
    error = "the graphics backend could not start";
    return false;
  }
  return true;
}

void CaseloadApp::set_prefers_dark(bool dark) {
  const ThemeKind wanted = dark ? ThemeKind::kDark : ThemeKind::kLight;
  if (wanted != theme_) {
    theme_ = wanted;
    theme_dirty_ = true;
  }
  pacer_.note_input();
}

bool CaseloadApp::pump_events() {
  bool any = false;
  SDL_Event event;
  while (SDL_PollEvent(&event)) {
    ImGui_ImplSDL2_ProcessEvent(&event);
    any = true;
  }
  return any;
}

void CaseloadApp::prepare_fonts() {
  if (font_atlas_.update(window_.pixel_ratio(), text_size_)) {
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
  }
}

bool CaseloadApp::frame() {
  if (pump_events()) pacer_.note_input();
  if (theme_dirty_) {
    apply_theme(theme_);
    theme_dirty_ = false;
  }
  prepare_fonts();
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplSDL2_NewFrame();
  ImGui::NewFrame();
  draw_dashboard_frame(DashboardFrameModel{}, font_atlas_.fonts());
  ImGui::Render();
  render();
  bridge::frame_drawn();
  if (ImGui::GetIO().WantTextInput) bridge::request_frame_after(FramePacer::kCursorBlinkTickMs);
  return pacer_.after_frame();
}

void CaseloadApp::render() {
  const PixelSize size = window_.drawable_size();
  const ImVec4 clear = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
  glViewport(0, 0, size.width, size.height);
  glClearColor(clear.x, clear.y, clear.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  window_.present();
}

}  // namespace caseload::app
