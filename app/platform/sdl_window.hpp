// The SDL2 window and its WebGL2 (OpenGL ES 3.0) context. With SDL_WINDOW_ALLOW_HIGHDPI and a
// canvas sized by CSS, SDL keeps the canvas backing store at CSS size x devicePixelRatio and
// follows window resizes; drawable_size() is in device pixels, window_size() in CSS pixels.
#pragma once

#include <SDL.h>

#include <string>

namespace caseload::app {

struct PixelSize {
  int width = 0;
  int height = 0;
};

class SdlWindow {
 public:
  SdlWindow() = default;
  ~SdlWindow();
  SdlWindow(const SdlWindow&) = delete;
  SdlWindow& operator=(const SdlWindow&) = delete;

  // Returns false and fills `error` if SDL or WebGL2 cannot start.
  bool open(const char* title, std::string& error);

  SDL_Window* handle() const { return window_; }
  SDL_GLContext gl_context() const { return context_; }
  PixelSize drawable_size() const;
  PixelSize window_size() const;
  float pixel_ratio() const;
  void present() const;

 private:
  SDL_Window* window_ = nullptr;
  SDL_GLContext context_ = nullptr;
};

}  // namespace caseload::app
