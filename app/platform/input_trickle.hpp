// Feeds SDL events to Dear ImGui so that a press and its release never land in the same frame.
// ImGui 1.86 reads mouse buttons and keys as "down this frame": a touch-screen tap or a fast
// key press (down and up between two frames) would otherwise vanish for widgets that act on the
// press (tabs, Enter); and a press right after a move lands on an item ImGui has not yet seen
// hovered. Such events wait for the next frame, which is requested.
#pragma once

#include <SDL.h>

#include <deque>

namespace caseload::app {

class InputTrickle {
 public:
  // Moves SDL's queue into ours and hands ImGui the events of this frame. Returns true if any
  // event was processed; `more` is set when events are left for the next frame.
  bool pump(bool& more);

 private:
  std::deque<SDL_Event> queue_;
};

}  // namespace caseload::app
