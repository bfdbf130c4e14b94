// Caseload's service worker: the whole app (shell, scripts, wasm, fonts, icons) is precached so
// it starts with no network. The cache is versioned by a hash of the files (filled in at build
// time by scripts/site_sw.mjs); a new version installs beside the running one and waits: the page
// tells the user, and it takes over only when the user says so ("skip-waiting"). Student data is
// never here: it lives encrypted in IndexedDB, and the worker only serves the app's own files.
'use strict';

const VERSION = '__CASELOAD_VERSION__';
const FILES = __CASELOAD_FILES__;
const CACHE = 'caseload-' + VERSION;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES.map((f) => new Request(f, { cache: 'reload' })))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys().then((keys) =>
    Promise.all(keys.filter((k) => k.startsWith('caseload-') && k !== CACHE).map((k) => caches.delete(k)))));
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;  // never ours to answer
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const key = request.mode === 'navigate' ? './' : request;
    const cached = await cache.match(key, { ignoreSearch: request.mode === 'navigate' });
    if (cached) return cached;
    return fetch(request);
  })());
});
