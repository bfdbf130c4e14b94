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
    timer: 0,
    timerAt: 0,
    schedule: function() {
      if (CaseloadBridge.scheduled) return;
      CaseloadBridge.scheduled = true;
      requestAnimationFrame(CaseloadBridge.tick);
    },
    tick: function(time) {
      CaseloadBridge.scheduled = false;
      if (Module['_caseload_frame'](time)) CaseloadBridge.schedule();
    },
    // A NUL-terminated UTF-8 copy on the wasm heap; the caller frees it.
    string: function(text) {
      var size = lengthBytesUTF8(text) + 1;
      var pointer = _malloc(size);
      stringToUTF8(text, pointer, size);
      return pointer;
    },
    failureCode: function(failure) {
      var codes = {quota: 1, unavailable: 2, lock_lost: 3, corrupt: 4};
      return (failure && codes[failure.kind]) || 5;
    },
    failureMessage: function(failure) {
      return (failure && failure.message) || String(failure);
    },
    // Hands a chosen or dropped file to the app (which owns and frees the copy on the heap).
    deliverFile: function(file) {
      // The file chooser took the keyboard focus: give it back where it was (the mirror's button
      // for keyboard users, the canvas otherwise).
      var back = CaseloadBridge.focusBeforePick;
      CaseloadBridge.focusBeforePick = null;
      if (back && back.isConnected && back !== document.body) back.focus({preventScroll: true});
      else if (document.getElementById('canvas')) document.getElementById('canvas').focus();
      var reader = new FileReader();
      reader.onload = function() {
        var bytes = new Uint8Array(reader.result);
        var data = _malloc(Math.max(1, bytes.length));
        HEAPU8.set(bytes, data);
        var name = CaseloadBridge.string(file.name);
        Module['_caseload_file_received'](name, data, bytes.length);
        _free(name);
        CaseloadBridge.schedule();
      };
      reader.onerror = function() {
        console.warn('could not read the file ' + file.name);
      };
      reader.readAsArrayBuffer(file);
    },
  },

  caseload_bridge_start__deps: ['$CaseloadBridge', 'malloc', 'free'],
  caseload_bridge_start: function() {
    var wake = CaseloadBridge.schedule;
    var events = ['pointerdown', 'pointerup', 'pointermove', 'pointercancel', 'wheel', 'keydown',
                  'keyup', 'touchstart', 'touchmove', 'touchend', 'focus', 'blur', 'resize',
                  'visibilitychange', 'paste', 'input', 'compositionend'];
    events.forEach(function(type) {
      window.addEventListener(type, wake, {capture: true, passive: true});
    });
    // Paste from the system clipboard: Ctrl+V (Cmd+V, Shift+Insert) is kept from SDL, whose
    // canvas clipboard only knows text copied inside the app, so the browser fires a real
    // 'paste' event whose text goes to the focused field.
    window.addEventListener('keydown', function(event) {
      var key = event.key;
      var shortcut = ((event.ctrlKey || event.metaKey) && !event.altKey && (key === 'v' || key === 'V'))
                     || (event.shiftKey && key === 'Insert');
      if (shortcut) event.stopImmediatePropagation();
    }, true);
    document.addEventListener('paste', function(event) {
      // A mirrored text field pastes natively; its value reaches the app as an input event.
      if (window.CaseloadMirror && window.CaseloadMirror.owns(event.target)) return;
      var text = event.clipboardData && event.clipboardData.getData('text/plain');
      if (!text) return;
      event.preventDefault();
      var pointer = CaseloadBridge.string(text.replace(/\r\n?/g, '\n'));
      Module['_caseload_paste_text'](pointer);
      _free(pointer);
      wake();
    });
    // Dropping a bundle anywhere on the page opens it for import.
    window.addEventListener('dragover', function(event) { event.preventDefault(); });
    window.addEventListener('drop', function(event) {
      event.preventDefault();
      var files = event.dataTransfer && event.dataTransfer.files;
      if (files && files[0]) CaseloadBridge.deliverFile(files[0]);
    });
    // The accessibility mirror (web/a11y_mirror.js) acts for the user through these.
    if (window.CaseloadMirror) {
      window.CaseloadMirror.attach({
        focus: function(id) { Module['_caseload_a11y_focus'](id); wake(); },
        activate: function(id) { Module['_caseload_a11y_activate'](id); wake(); },
        setValue: function(id, text) {
          var pointer = CaseloadBridge.string(text);
          Module['_caseload_a11y_set_value'](id, pointer);
          _free(pointer);
          wake();
        },
        key: function(code) { Module['_caseload_a11y_key'](code); wake(); },
        editing: function(on) { Module['_caseload_a11y_editing'](on ? 1 : 0); wake(); },
      });
    }
    var dark = window.matchMedia('(prefers-color-scheme: dark)');
    dark.addEventListener('change', function(event) {
      Module['_caseload_set_prefers_dark'](event.matches ? 1 : 0);
      wake();
    });
    Module['_caseload_set_prefers_dark'](dark.matches ? 1 : 0);
    wake();
  },

  // One pending wake-up at a time: the earliest one wins, so repeated requests (every frame of a
  // blinking cursor) never pile up into parallel timer chains.
  caseload_bridge_request_frame_after__deps: ['$CaseloadBridge'],
  caseload_bridge_request_frame_after: function(milliseconds) {
    var at = performance.now() + milliseconds;
    if (CaseloadBridge.timer && CaseloadBridge.timerAt <= at) return;
    if (CaseloadBridge.timer) clearTimeout(CaseloadBridge.timer);
    CaseloadBridge.timerAt = at;
    CaseloadBridge.timer = setTimeout(function() {
      CaseloadBridge.timer = 0;
      CaseloadBridge.schedule();
    }, milliseconds);
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

  // ---- storage (web/vault_store.js) --------------------------------------------------------

  caseload_bridge_store_load__deps: ['$CaseloadBridge', 'malloc', 'free'],
  caseload_bridge_store_load: function(request) {
    window.CaseloadStore.loadAll().then(function(bytes) {
      var pointer = _malloc(Math.max(1, bytes.length));
      HEAPU8.set(bytes, pointer);
      Module['_caseload_store_load_done'](request, pointer, bytes.length, 0, 0);  // C++ frees
    }, function(failure) {
      var message = CaseloadBridge.string(CaseloadBridge.failureMessage(failure));
      Module['_caseload_store_load_done'](request, 0, 0, CaseloadBridge.failureCode(failure), message);
      _free(message);
    }).finally(CaseloadBridge.schedule);
  },

  caseload_bridge_store_commit__deps: ['$CaseloadBridge', 'free'],
  caseload_bridge_store_commit: function(request, data, size) {
    var bytes = HEAPU8.slice(data, data + size);  // copied now: the caller frees its buffer
    window.CaseloadStore.commit(bytes).then(function() {
      Module['_caseload_store_commit_done'](request, 0, 0);
    }, function(failure) {
      var message = CaseloadBridge.string(CaseloadBridge.failureMessage(failure));
      Module['_caseload_store_commit_done'](request, CaseloadBridge.failureCode(failure), message);
      _free(message);
    }).finally(CaseloadBridge.schedule);
  },

  caseload_bridge_lock_acquire__deps: ['$CaseloadBridge'],
  caseload_bridge_lock_acquire: function(take_over) {
    var store = window.CaseloadStore;
    store.lock.onLost = function() {
      Module['_caseload_lock_changed'](3);
      CaseloadBridge.schedule();
    };
    store.lock.onReleaseRequest = function() {
      Module['_caseload_release_requested']();
      CaseloadBridge.schedule();
    };
    (take_over ? store.takeOverLock() : store.acquireLock()).then(function(state) {
      Module['_caseload_lock_changed'](state === 'acquired' ? 1 : 2);
    }).finally(CaseloadBridge.schedule);
  },

  caseload_bridge_lock_release: function() {
    window.CaseloadStore.releaseLock();
  },

  caseload_bridge_storage_info__deps: ['$CaseloadBridge'],
  caseload_bridge_storage_info: function(ask_persist) {
    window.CaseloadStore.storageInfo(!!ask_persist).then(function(info) {
      Module['_caseload_storage_info_done'](info.persisted ? 1 : 0, info.usage, info.quota);
    }).finally(CaseloadBridge.schedule);
  },

  caseload_bridge_set_unsaved: function(unsaved) {
    window.caseloadUnsaved = !!unsaved;
  },

  caseload_bridge_reload: function() {
    window.caseloadUnsaved = false;
    window.location.reload();
  },

  // ---- files: downloads, the file picker, drag and drop; the clipboard ---------------------

  caseload_bridge_download: function(name, data, size, mime) {
    var blob = new Blob([HEAPU8.slice(data, data + size)], {type: UTF8ToString(mime)});
    var url = URL.createObjectURL(blob);
    var link = document.createElement('a');
    link.href = url;
    link.download = UTF8ToString(name);
    link.style.display = 'none';
    document.body.appendChild(link);
    link.click();
    link.remove();
    // Revoked once the download has started: a blob URL is the only copy outside the heap.
    setTimeout(function() { URL.revokeObjectURL(url); }, 10000);
  },

  caseload_bridge_pick_file__deps: ['$CaseloadBridge'],
  caseload_bridge_pick_file: function() {
    var input = document.getElementById('caseload-file-input');
    if (!input) {
      input = document.createElement('input');
      input.type = 'file';
      input.id = 'caseload-file-input';
      input.accept = '.age,.txt,application/octet-stream,text/plain';
      input.style.display = 'none';
      input.addEventListener('change', function() {
        if (input.files && input.files[0]) CaseloadBridge.deliverFile(input.files[0]);
        input.value = '';
      });
      document.body.appendChild(input);
    }
    CaseloadBridge.focusBeforePick = document.activeElement;
    input.click();
  },

  // A printable document (teacher sheet, progress report) in a new tab, from a blob URL; the
  // document inherits the page's CSP, which allows only its embedded print stylesheet.
  caseload_bridge_open_document: function(html, name) {
    var blob = new Blob([UTF8ToString(html)], {type: 'text/html'});
    var url = URL.createObjectURL(blob);
    var opened = window.open(url, '_blank');
    if (!opened) {  // a blocked pop-up: download it instead
      var link = document.createElement('a');
      link.href = url;
      link.download = UTF8ToString(name);
      document.body.appendChild(link);
      link.click();
      link.remove();
    }
    setTimeout(function() { URL.revokeObjectURL(url); }, 60000);
  },

  // Device preferences (theme, text size) in local storage; never caseload data.
  caseload_bridge_load_preference__deps: ['$CaseloadBridge'],
  caseload_bridge_load_preference: function(key) {
    try {
      var value = window.localStorage.getItem('caseload.' + UTF8ToString(key));
      return value === null ? 0 : CaseloadBridge.string(value);
    } catch (error) {
      return 0;  // storage disabled by policy: defaults apply
    }
  },

  caseload_bridge_save_preference: function(key, value) {
    try {
      window.localStorage.setItem('caseload.' + UTF8ToString(key), UTF8ToString(value));
    } catch (error) {
      console.warn('could not keep a preference: ' + error);
    }
  },

  caseload_bridge_copy_text: function(text) {
    var value = UTF8ToString(text);
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(value).catch(function() {});
  },

  // ---- time -------------------------------------------------------------------------------

  caseload_bridge_now_ms: function() {
    return Date.now();
  },

  // The user's local time of day, in minutes since midnight.
  caseload_bridge_local_minutes: function() {
    var now = new Date();
    return now.getHours() * 60 + now.getMinutes();
  },

  // A monotonic clock for measuring durations.
  caseload_bridge_perf_ms: function() {
    return performance.now();
  },

  // The user's local calendar day as YYYYMMDD.
  caseload_bridge_local_date: function() {
    var now = new Date();
    return now.getFullYear() * 10000 + (now.getMonth() + 1) * 100 + now.getDate();
  },

  caseload_bridge_mirror_apply: function(update) {
    if (window.CaseloadMirror) window.CaseloadMirror.apply(UTF8ToString(update));
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
