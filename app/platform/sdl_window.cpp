#include "platform/sdl_window.hpp"

namespace caseload::app {

SdlWindow::~SdlWindow() {
  if (context_) SDL_GL_DeleteContext(context_);
  if (window_) SDL_DestroyWindow(window_);
  SDL_Quit();
}

bool SdlWindow::open(const char* title, std::string& error) {
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
    error = std::string("SDL could not start: ") + SDL_GetError();
    return false;
  }
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
  SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
  SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);
  SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 0);
  const auto flags = static_cast<SDL_WindowFlags>(SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE
                                                  | SDL_WINDOW_ALLOW_HIGHDPI);
  window_ = SDL_CreateWindow(title, SDL_WINDOWPOS_UNDEFINED, SDL_WINDOWPOS_UNDEFINED, 1280, 800,
                             flags);
  if (!window_) {
    error = std::string("the window could not be created: ") + SDL_GetError();
    return false;
  }
  context_ = SDL_GL_CreateContext(window_);
  if (!context_) {
    error = std::string("WebGL2 is not available: ") + SDL_GetError();
    return false;
  }
  SDL_GL_MakeCurrent(window_, context_);
  return true;
}

PixelSize SdlWindow::drawable_size() const {
  PixelSize size;
  SDL_GL_GetDrawableSize(window_, &size.width, &size.height);
  return size;
}

PixelSize SdlWindow::window_size() const {
  PixelSize size;
  SDL_GetWindowSize(window_, &size.width, &size.height);
  return size;
}

float SdlWindow::pixel_ratio() const {
  const PixelSize window = window_size();
  const PixelSize drawable = drawable_size();
  return window.width > 0 ? static_cast<float>(drawable.width) / static_cast<float>(window.width)
                          : 1.0f;
}

void SdlWindow::present() const { SDL_GL_SwapWindow(window_); }

}  // namespace caseload::app
