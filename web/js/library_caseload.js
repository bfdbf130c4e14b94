// Caseload's JavaScript side of the browser bridge, linked into app.js with --js-library.
// The C++ side is app/platform/browser_bridge.{hpp,cpp}; every function here is small and
// asynchronous work calls back into exported C functions. See that header for the contract.
//
// Frame pacing: there is no emscripten_set_main_loop. We draw from requestAnimationFrame only
// when something happened (input, resize, theme change, a timer the app asked for) and for as
// long as _caseload_frame() asks for more; otherwise no frame is scheduled and the page idles.

mergeInto(LibraryManager.library, {
  $CaseloadBridge: {
    scheduled: false,
    frames: 0,
    schedule: function() {
      if (CaseloadBridge.scheduled) return;
      CaseloadBridge.scheduled = true;
      requestAnimationFrame(CaseloadBridge.tick);
    },
    tick: function(time) {
      CaseloadBridge.scheduled = false;
      if (Module['_caseload_frame'](time)) CaseloadBridge.schedule();
    },
  },

  caseload_bridge_start__deps: ['$CaseloadBridge'],
  caseload_bridge_start: function() {
    var wake = CaseloadBridge.schedule;
    var events = ['pointerdown', 'pointerup', 'pointermove', 'pointercancel', 'wheel', 'keydown',
                  'keyup', 'touchstart', 'touchmove', 'touchend', 'focus', 'blur', 'resize',
                  'visibilitychange', 'paste', 'input', 'compositionend'];
    events.forEach(function(type) {
      window.addEventListener(type, wake, {capture: true, passive: true});
    });
    var dark = window.matchMedia('(prefers-color-scheme: dark)');
    dark.addEventListener('change', function(event) {
      Module['_caseload_set_prefers_dark'](event.matches ? 1 : 0);
      wake();
    });
    Module['_caseload_set_prefers_dark'](dark.matches ? 1 : 0);
    wake();
  },

  caseload_bridge_request_frame_after__deps: ['$CaseloadBridge'],
  caseload_bridge_request_frame_after: function(milliseconds) {
    setTimeout(CaseloadBridge.schedule, milliseconds);
  },

  caseload_bridge_font_size: function(kind) {
    var fonts = Module['caseloadFonts'] || [];
    return fonts[kind] ? fonts[kind].length : 0;
  },

  caseload_bridge_font_copy: function(kind, destination) {
    HEAPU8.set(Module['caseloadFonts'][kind], destination);
  },

  caseload_bridge_fatal: function(message) {
    var text = UTF8ToString(message);
    if (Module['onFatal']) Module['onFatal'](text);
  },

  caseload_bridge_frame_drawn__deps: ['$CaseloadBridge'],
  caseload_bridge_frame_drawn: function() {
    CaseloadBridge.frames++;
    // A diagnostic read by the browser tests and the loader; no data, only counters.
    var status = (window.caseloadStatus = window.caseloadStatus || {});
    status.frames = CaseloadBridge.frames;
    if (CaseloadBridge.frames === 1) {
      status.ready = true;
      document.documentElement.classList.add('app-ready');
      window.dispatchEvent(new Event('caseload-ready'));
    }
  },
});
