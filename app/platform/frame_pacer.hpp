// Decides when the app draws. Chromebooks run on battery, so nothing is drawn while nothing
// changes: a burst of input buys a few tail frames (ImGui settles hover and layout over two or
// three frames), and then the page goes quiet until the next input (the text cursor does not
// blink, so a focused field costs nothing either).
#pragma once

namespace caseload::app {

class FramePacer {
 public:
  // Frames drawn after the last input so hover and layout reach their final state.
  static constexpr int kTailFrames = 4;

  void note_input() { tail_frames_left_ = kTailFrames; }
  // A frame that starts while idle was woken by something (a file, a storage answer, a timer):
  // it gets the same tail, because ImGui also needs a few frames to lay out what changed
  // (a popup is measured on a hidden first frame).
  void note_wake() {
    if (tail_frames_left_ == 0) tail_frames_left_ = kTailFrames;
  }

  // Call after drawing a frame. Returns true if another frame is wanted immediately.
  bool after_frame() {
    if (tail_frames_left_ > 0) --tail_frames_left_;
    return tail_frames_left_ > 0;
  }

 private:
  int tail_frames_left_ = kTailFrames;
};

}  // namespace caseload::app
