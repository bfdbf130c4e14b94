// Starts Caseload: checks that the browser can run it, loads the UI fonts from this origin,
// then instantiates the wasm module (app.js). Any failure is shown as a readable message.
'use strict';

(function () {
  const statusText = document.getElementById('status-text');
  const card = document.querySelector('.status-card');

  function fail(message) {
    card.classList.add('error');
    statusText.textContent = message;
    document.documentElement.classList.remove('app-ready');
    window.caseloadStatus = Object.assign(window.caseloadStatus || {}, { error: message });
  }

  function missingFeature() {
    if (typeof WebAssembly !== 'object') {
      return 'This browser cannot run WebAssembly, which Caseload needs. Use a current Chrome or ' +
             'Chromebook, or ask your district IT whether WebAssembly is blocked by policy.';
    }
    const probe = document.createElement('canvas');
    if (!probe.getContext('webgl2')) {
      return 'This browser cannot draw with WebGL2, which Caseload needs. Turn on hardware ' +
             'acceleration in the browser settings, or use a current Chrome or Chromebook.';
    }
    return null;
  }

  const FONTS = ['fonts/Inter-Regular.otf', 'fonts/Inter-SemiBold.otf', 'fonts/DejaVuSansMono.ttf'];

  async function loadFonts() {
    return Promise.all(FONTS.map(async (url) => {
      const response = await fetch(url);
      if (!response.ok) throw new Error('could not load ' + url + ' (' + response.status + ')');
      return new Uint8Array(await response.arrayBuffer());
    }));
  }

  function loadScript(src) {
    return new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = src;
      script.onload = resolve;
      script.onerror = () => reject(new Error('could not load ' + src));
      document.body.appendChild(script);
    });
  }

  // Leaving while an edit is still being written: the browser asks the user to stay.
  window.addEventListener('beforeunload', (event) => {
    if (window.caseloadUnsaved) {
      event.preventDefault();
      event.returnValue = '';
    }
  });

  async function start() {
    const problem = missingFeature();
    if (problem) return fail(problem);
    const canvas = document.getElementById('canvas');
    canvas.addEventListener('contextmenu', (event) => event.preventDefault());
    canvas.addEventListener('webglcontextlost', (event) => {
      event.preventDefault();
      fail('The graphics context was lost. Your saved work is safe: reload the page to continue.');
    });
    try {
      const [fonts] = await Promise.all([loadFonts(), loadScript('app.js')]);
      statusText.textContent = 'Starting…';
      const module = await createCaseloadModule({
        canvas,
        caseloadFonts: fonts,
        onFatal: fail,
        print: (text) => console.log(text),
        printErr: (text) => console.warn(text),
      });
      // For browser tests: what the last frame drew (roles, labels, positions). It holds only
      // what is on screen, and nothing can call it from outside this origin (CSP).
      window.caseloadTest = {
        controls: () => JSON.parse(module.UTF8ToString(module._caseload_test_controls())),
        metrics: () => JSON.parse(module.UTF8ToString(module._caseload_test_metrics())),
        resetFrameTimes: () => module._caseload_test_reset_frame_times(),
      };
    } catch (error) {
      fail('Caseload could not start: ' + (error && error.message ? error.message : error));
    }
  }

  // Offline: sw.js precaches the app. A new version installs in the background and waits; the
  // user decides when to switch (saves in progress hold the reload through beforeunload).
  function offerUpdate(worker) {
    const banner = document.getElementById('update');
    banner.hidden = false;
    window.caseloadStatus = Object.assign(window.caseloadStatus || {}, { updateReady: true });
    document.getElementById('update-now').onclick = () => worker.postMessage('skip-waiting');
    document.getElementById('update-later').onclick = () => { banner.hidden = true; };
  }

  function registerServiceWorker() {
    if (!('serviceWorker' in navigator)) return;
    let reloading = false;
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      if (reloading) return;
      reloading = true;
      window.location.reload();
    });
    navigator.serviceWorker.register('sw.js').then((registration) => {
      if (registration.waiting && navigator.serviceWorker.controller) offerUpdate(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const worker = registration.installing;
        worker.addEventListener('statechange', () => {
          if (worker.state === 'installed' && navigator.serviceWorker.controller) offerUpdate(worker);
        });
      });
      // A Chromebook stays open for days: look for a new version every hour.
      setInterval(() => registration.update().catch(() => {}), 60 * 60 * 1000);
    }).catch((error) => console.warn('offline support unavailable: ' + error.message));
  }

  registerServiceWorker();
  start();
})();
