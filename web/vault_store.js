// Caseload's storage in the browser: one IndexedDB database holding the vault's sealed records
// (ciphertext and the non-secret vault header only: the C++ core encrypts before anything gets
// here), the Web Lock that lets one tab at a time write, persistence and quota.
//
// Records cross from wasm in the core's batch layout (shared/caseload/vault_storage.hpp):
// u32 count, then per entry u8 kind (1 put, 2 delete), u32 key length, key (UTF-8),
// u32 value length, value; little-endian.
'use strict';

(function () {
  const DB_NAME = 'caseload';
  const STORE = 'vault';
  const LOCK_NAME = 'caseload-vault-writer';
  const CHANNEL = 'caseload-vault';

  let dbPromise = null;

  function openDb() {
    if (dbPromise) return dbPromise;
    dbPromise = new Promise((resolve, reject) => {
      if (!('indexedDB' in window)) {
        reject(failure('unavailable', 'This browser has no IndexedDB (a private window may disable it).'));
        return;
      }
      const request = indexedDB.open(DB_NAME, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE);
      request.onsuccess = () => {
        const db = request.result;
        db.onversionchange = () => db.close();
        resolve(db);
      };
      request.onerror = () => reject(describe(request.error));
      request.onblocked = () => reject(failure('unavailable', 'Storage is blocked by another Caseload tab.'));
    });
    dbPromise.catch(() => { dbPromise = null; });
    return dbPromise;
  }

  function failure(kind, message) { return { kind, message }; }

  function describe(error) {
    const name = error && error.name;
    if (name === 'QuotaExceededError') {
      return failure('quota', 'Storage is full. Free space on this device (or remove old downloads), ' +
                              'then try again. Your edits are kept on screen.');
    }
    if (name === 'InvalidStateError' || name === 'UnknownError') {
      return failure('unavailable', 'The browser could not reach its storage (' + name + '). Reload the page.');
    }
    return failure('other', (name ? name + ': ' : '') + ((error && error.message) || 'unknown storage error'));
  }

  // ---- the batch layout -------------------------------------------------------------------
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();

  function encodeRecords(keys, values) {
    const keyBytes = keys.map((k) => encoder.encode(String(k)));
    let size = 4;
    for (let i = 0; i < keys.length; i++) size += 1 + 4 + keyBytes[i].length + 4 + values[i].byteLength;
    const out = new Uint8Array(size);
    const view = new DataView(out.buffer);
    let at = 0;
    view.setUint32(at, keys.length, true); at += 4;
    for (let i = 0; i < keys.length; i++) {
      out[at++] = 1;
      view.setUint32(at, keyBytes[i].length, true); at += 4;
      out.set(keyBytes[i], at); at += keyBytes[i].length;
      const value = new Uint8Array(values[i]);
      view.setUint32(at, value.length, true); at += 4;
      out.set(value, at); at += value.length;
    }
    return out;
  }

  function decodeBatch(bytes) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let at = 0;
    const count = view.getUint32(at, true); at += 4;
    const puts = [], deletes = [];
    for (let i = 0; i < count; i++) {
      const kind = bytes[at++];
      const keyLength = view.getUint32(at, true); at += 4;
      const key = decoder.decode(bytes.subarray(at, at + keyLength)); at += keyLength;
      const valueLength = view.getUint32(at, true); at += 4;
      const value = bytes.slice(at, at + valueLength); at += valueLength;
      if (kind === 1) puts.push([key, value]); else deletes.push(key);
    }
    return { puts, deletes };
  }

  // ---- records -------------------------------------------------------------------------------
  async function loadAll() {
    const db = await openDb();
    return new Promise((resolve, reject) => {
      const tx = db.transaction(STORE, 'readonly');
      const store = tx.objectStore(STORE);
      const keysRequest = store.getAllKeys();
      const valuesRequest = store.getAll();
      tx.oncomplete = () => resolve(encodeRecords(keysRequest.result, valuesRequest.result));
      tx.onerror = () => reject(describe(tx.error));
      tx.onabort = () => reject(describe(tx.error));
    });
  }

  // All puts and deletes in one transaction with strict durability: the promise resolves only
  // once the browser has flushed the data, and an interruption applies none of it.
  async function commit(batchBytes) {
    if (!lock.held) throw failure('lock_lost', 'Caseload is open in another tab; this tab no longer saves.');
    const { puts, deletes } = decodeBatch(batchBytes);
    const db = await openDb();
    return new Promise((resolve, reject) => {
      let tx;
      try {
        tx = db.transaction(STORE, 'readwrite', { durability: 'strict' });
      } catch (error) {
        reject(describe(error));
        return;
      }
      const store = tx.objectStore(STORE);
      for (const [key, value] of puts) store.put(value, key);
      for (const key of deletes) store.delete(key);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(describe(tx.error));
      tx.onabort = () => reject(describe(tx.error));
    });
  }

  // ---- one writer at a time ------------------------------------------------------------------
  const lock = { held: false, release: null, onLost: null, onReleaseRequest: null };
  const channel = 'BroadcastChannel' in window ? new BroadcastChannel(CHANNEL) : null;
  if (channel) {
    channel.onmessage = (event) => {
      if (event.data === 'release-request' && lock.held && lock.onReleaseRequest) lock.onReleaseRequest();
    };
  }

  function holdLock(options) {
    return new Promise((resolve) => {
      navigator.locks.request(LOCK_NAME, options, (granted) => {
        if (!granted) {
          resolve('busy');
          return undefined;
        }
        lock.held = true;
        resolve('acquired');
        return new Promise((release) => { lock.release = release; });
      }).catch(() => {
        // Our lock was taken by a tab that used "steal".
        const wasHeld = lock.held;
        lock.held = false;
        if (wasHeld && lock.onLost) lock.onLost();
      });
    });
  }

  async function acquireLock() {
    if (!navigator.locks) {  // very old browsers: no coordination possible, act as the writer
      lock.held = true;
      return 'acquired';
    }
    return holdLock({ ifAvailable: true });
  }

  // Asks the other tab to save and let go; takes the lock by force if it does not answer.
  async function takeOverLock() {
    if (channel) channel.postMessage('release-request');
    const polite = holdLock({});
    const forced = new Promise((resolve) => setTimeout(resolve, 3000, 'timeout'));
    const result = await Promise.race([polite, forced]);
    if (result === 'acquired') return result;
    return holdLock({ steal: true });
  }

  function releaseLock() {
    lock.held = false;
    if (lock.release) lock.release();
    lock.release = null;
  }

  // ---- persistence and quota -----------------------------------------------------------------
  async function storageInfo(askPersist) {
    const info = { persisted: false, usage: -1, quota: -1 };
    if (navigator.storage) {
      try {
        info.persisted = navigator.storage.persisted ? await navigator.storage.persisted() : false;
        if (!info.persisted && askPersist && navigator.storage.persist) {
          info.persisted = await navigator.storage.persist();
        }
        if (navigator.storage.estimate) {
          const estimate = await navigator.storage.estimate();
          info.usage = estimate.usage || 0;
          info.quota = estimate.quota || 0;
        }
      } catch (error) { /* unknown: shown as such */ }
    }
    return info;
  }

  window.CaseloadStore = {
    loadAll, commit, acquireLock, takeOverLock, releaseLock, storageInfo, lock,
    encodeRecords, decodeBatch, DB_NAME, STORE,
  };
})();
