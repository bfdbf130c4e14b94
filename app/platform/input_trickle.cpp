#include "platform/input_trickle.hpp"

#include <imgui_impl_sdl.h>

#include <set>

namespace caseload::app {

bool InputTrickle::pump(bool& more) {
  SDL_Event event;
  while (SDL_PollEvent(&event)) queue_.push_back(event);
  std::set<int> buttons_down, keys_down;
  bool any = false;
  bool moved = false;
  while (!queue_.empty()) {
    const SDL_Event& next = queue_.front();
    // Hover first: widgets that allow overlap (tabs) only take a press on an item that was
    // already hovered in the previous frame, which a touch tap or a fast click never gives.
    if (next.type == SDL_MOUSEBUTTONDOWN && moved) break;
    if (next.type == SDL_MOUSEBUTTONUP && buttons_down.count(next.button.button)) break;
    if (next.type == SDL_MOUSEMOTION) moved = true;
    if (next.type == SDL_KEYUP && keys_down.count(next.key.keysym.scancode)) break;
    if (next.type == SDL_MOUSEBUTTONDOWN) buttons_down.insert(next.button.button);
    if (next.type == SDL_KEYDOWN) keys_down.insert(next.key.keysym.scancode);
    ImGui_ImplSDL2_ProcessEvent(&next);
    queue_.pop_front();
    any = true;
  }
  more = !queue_.empty();
  return any;
}

}  // namespace caseload::app
