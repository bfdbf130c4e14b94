#include "caseload_app.hpp"

#include <imgui.h>
#include <imgui_internal.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl.h>

#include <SDL_opengles2.h>

#include "caseload/version.hpp"
#include "platform/browser_bridge.hpp"
#include "platform/browser_files.hpp"
#include "ui/controls.hpp"
#include "ui/mirror_requests.hpp"

namespace caseload::app {
namespace {

std::string& clipboard_text() {
  static std::string text;
  return text;
}

}  // namespace

void CaseloadApp::paste_text(const char* text) {
  clipboard_text() = text;
  ImGuiIO& io = ImGui::GetIO();
  if (io.WantTextInput) {
    io.AddInputCharactersUTF8(text);
    paste_pending_ = true;
  }
  pacer_.note_input();
}

bool CaseloadApp::start(std::string& error) {
  if (!window_.open(kProductName, error)) return false;
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // Layout is ours; nothing goes to a file behind the user's back.
  io.LogFilename = nullptr;
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  // A steady text cursor: a blinking one would keep the page drawing (and the CPU awake) for as
  // long as a field has focus.
  io.ConfigInputTextCursorBlink = false;
  if (!ImGui_ImplSDL2_InitForOpenGL(window_.handle(), window_.gl_context())
      || !ImGui_ImplOpenGL3_Init("#version 300 es")) {
    error = "the graphics backend could not start";
    return false;
  }
  // Copy goes to the system clipboard; paste arrives from the page (see paste_text()).
  io.SetClipboardTextFn = [](void*, const char* text) {
    clipboard_text() = text;
    copy_to_clipboard(text);
  };
  io.GetClipboardTextFn = [](void*) { return clipboard_text().c_str(); };
  session_ = std::make_unique<AppSession>([] { bridge::request_frame_after(0); });
  vault_screens_ = std::make_unique<VaultScreens>();
  main_screen_ = std::make_unique<MainScreen>(*session_);
  session_->start();
  return true;
}

void CaseloadApp::set_prefers_dark(bool dark) {
  prefers_dark_ = dark;
  pacer_.note_input();
}

void CaseloadApp::apply_appearance() {
  ThemeKind wanted = prefers_dark_ ? ThemeKind::kDark : ThemeKind::kLight;
  switch (session_->appearance().theme) {
    case ThemeChoice::kSystem: break;
    case ThemeChoice::kLight: wanted = ThemeKind::kLight; break;
    case ThemeChoice::kDark: wanted = ThemeKind::kDark; break;
    case ThemeChoice::kHighContrast: wanted = ThemeKind::kHighContrast; break;
  }
  if (applied_theme_ != wanted) {
    apply_theme(wanted);
    applied_theme_ = wanted;
  }
}

bool CaseloadApp::pump_events() { return input_.pump(input_waiting_); }

void CaseloadApp::prepare_fonts() {
  if (font_atlas_.update(window_.pixel_ratio(), session_->appearance().text_size)) {
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
  }
}

bool CaseloadApp::frame() {
  pacer_.note_wake();
  const bool had_input = pump_events();
  if (had_input) pacer_.note_input();
  apply_appearance();
  const double now_ms = static_cast<double>(SDL_GetTicks64());
  const double build_start = bridge::perf_ms();
  session_->begin_frame(now_ms, had_input);
  prepare_fonts();
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplSDL2_NewFrame();
  if (paste_pending_) {
    // The paste arrives while Ctrl is held, and ImGui ignores typed characters under Ctrl.
    ImGuiIO& io = ImGui::GetIO();
    io.KeyCtrl = io.KeySuper = false;
    paste_pending_ = false;
  }
  ImGui::NewFrame();
  ui::control_log().begin_frame();
  if (!vault_screens_->draw(*session_)) main_screen_->draw();
  ImGui::Render();
  frame_times_.add(bridge::perf_ms() - build_start);
  update_mirror();
  render();
  bridge::frame_drawn();
  if (const int wake = session_->next_wake_ms(now_ms); wake >= 0) bridge::request_frame_after(wake);
  return pacer_.after_frame() || input_waiting_;
}

void CaseloadApp::update_mirror() {
  const double start = bridge::perf_ms();
  const std::string& update = mirror_.update(ui::control_log().records());
  if (!update.empty()) bridge::mirror_apply(update);
  mirror_times_.add(bridge::perf_ms() - start);
  ui::end_frame_requests();
}

void CaseloadApp::mirror_focus(unsigned id) {
  ui::request_mirror_focus(id);
  mirror_.note_mirror_focus(id);
  pacer_.note_input();
}

void CaseloadApp::mirror_activate(unsigned id) {
  ui::request_activation(id);
  pacer_.note_input();
}

void CaseloadApp::mirror_set_value(unsigned id, const char* value) {
  ui::request_value(id, value ? value : "");
  pacer_.note_input();
}

void CaseloadApp::mirror_key(int key) {
  static constexpr ImGuiKey kKeys[] = {ImGuiKey_UpArrow, ImGuiKey_DownArrow, ImGuiKey_Enter, ImGuiKey_Escape};
  if (key < 0 || key >= static_cast<int>(std::size(kKeys))) return;
  ui::inject_key(kKeys[key]);
  pacer_.note_input();
}

void CaseloadApp::mirror_editing(bool editing) {
  ui::set_mirror_editing_text(editing);
  pacer_.note_input();
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

std::string CaseloadApp::controls_json() const { return ui::control_log().to_json(); }

std::string CaseloadApp::metrics_json() const {
  Json metrics = session_->metrics();
  metrics["frames_sampled"] = frame_times_.count();
  metrics["frame_build_p50_ms"] = frame_times_.percentile(0.50);
  metrics["frame_build_p95_ms"] = frame_times_.percentile(0.95);
  metrics["mirror_update_p50_ms"] = mirror_times_.percentile(0.50);
  metrics["mirror_update_p95_ms"] = mirror_times_.percentile(0.95);
  // ImGui's view of input, for diagnosing a control that does not react.
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  metrics["hovered_window"] = g.HoveredWindow ? g.HoveredWindow->Name : "";
  metrics["nav_window"] = g.NavWindow ? g.NavWindow->Name : "";
  metrics["active_id"] = g.ActiveId;
  metrics["open_popups"] = g.OpenPopupStack.Size;
  return dump_json(metrics);
}

}  // namespace caseload::app
