// Offline and installable, in real Chromium: after one visit the service worker has the whole app,
// so with the network gone the app starts, unlocks, edits and saves; back online nothing is lost.
// A new version is offered, never forced: the page keeps running the old one until the user says
// "Reload now". The manifest and its icons are what Chrome needs to offer installation.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

import { artifactPath, caseloadRows, click, createVault, fill, findControl, openApp, PASSPHRASE, settle, siteRoot,
         useBrowserAndSite, waitForDashboard, waitForFirstFrame, waitForSaved } from './harness.mjs';
import { startServer } from '../../scripts/serve.mjs';

const shared = useBrowserAndSite({ serve: false });  // each scenario serves its own copy of the site

async function unlock(page) {
  await waitForFirstFrame(page);
  await findControl(page, 'Unlock your caseload', 'heading', { timeout: 20000 });
  await fill(page, 'Passphrase', PASSPHRASE, 'password');
  await click(page, 'Unlock');
  await waitForDashboard(page);
}

async function addStudent(page, first, last) {
  await click(page, 'Add student');
  await fill(page, 'First name', first);
  await fill(page, 'Last name', last);
  await click(page, 'Save');
  await waitForSaved(page);
}

// A copy of the built site we can change, as a deployment would.
function siteCopy() {
  const root = mkdtempSync(join(tmpdir(), 'caseload-site-'));
  cpSync(siteRoot, root, { recursive: true });
  return root;
}

test('offline: after one visit the app starts, unlocks, edits and saves; online again nothing is lost', async () => {
  const server = await startServer({ root: siteCopy(), port: 0 });
  const { context, page, problems } = await openApp(shared.browser, server.url);
  try {
    await createVault(page);
    await addStudent(page, 'Online', 'Ocelot');
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    await context.setOffline(true);
    await page.reload();
    assert.equal(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)), true, 'served by the worker');
    await unlock(page);
    await addStudent(page, 'Offline', 'Okapi');
    await page.screenshot({ path: artifactPath('offline-edit.png') });
    await context.setOffline(false);
    await page.reload();
    await unlock(page);
    const rows = await caseloadRows(page);
    assert.deepEqual(rows, ['Offline Okapi', 'Online Ocelot']);
    assert.deepEqual(problems.foreignRequests, []);
    assert.deepEqual(problems.pageErrors, []);
  } finally {
    await context.close();
    await server.close();
  }
});

test('installable: the manifest names the app and its icons load as real PNGs', async () => {
  const server = await startServer({ root: siteRoot, port: 0 });
  const { context, page } = await openApp(shared.browser, server.url);
  try {
    const manifest = await page.evaluate(async () => {
      const link = document.querySelector('link[rel=manifest]');
      return (await fetch(link.href)).json();
    });
    assert.equal(manifest.name, 'Caseload');
    assert.equal(manifest.display, 'standalone');
    for (const icon of manifest.icons) {
      const info = await page.evaluate(async (src) => {
        const response = await fetch(src);
        const bytes = new Uint8Array(await response.arrayBuffer());
        return { status: response.status, type: response.headers.get('content-type'), head: Array.from(bytes.slice(0, 4)),
                 width: bytes.length > 24 ? (bytes[16] << 24) | (bytes[17] << 16) | (bytes[18] << 8) | bytes[19] : 0 };
      }, icon.src);
      assert.equal(info.status, 200, icon.src);
      if (icon.type === 'image/png') {
        assert.deepEqual(info.head, [0x89, 0x50, 0x4e, 0x47], `${icon.src} is a PNG`);
        assert.equal(`${info.width}x${info.width}`, icon.sizes);
      }
    }
  } finally {
    await context.close();
    await server.close();
  }
});

test('a new version is offered and taken only when the user agrees', async () => {
  const root = siteCopy();
  const server = await startServer({ root, port: 0 });
  const { context, page } = await openApp(shared.browser, server.url);
  try {
    await createVault(page);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    await page.reload();  // now controlled by version 1
    await unlock(page);
    // Deploy version 2: a changed file and a new worker version.
    writeFileSync(join(root, 'style.css'), readFileSync(join(root, 'style.css'), 'utf8') + '\n/* v2 */\n');
    writeFileSync(join(root, 'sw.js'), readFileSync(join(root, 'sw.js'), 'utf8').replace(/const VERSION = '[^']+'/,
      "const VERSION = 'test-v2'"));
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await page.waitForFunction(() => window.caseloadStatus && window.caseloadStatus.updateReady, null, { timeout: 20000 });
    assert.equal(await page.isVisible('#update'), true, 'the banner is shown');
    await settle(page, 500);
    assert.equal(await page.evaluate(() => Boolean(window.caseloadStatus.ready)), true, 'still running version 1');
    await page.screenshot({ path: artifactPath('offline-update-offer.png') });
    const reloaded = page.waitForEvent('load');
    await page.click('#update-now');
    await reloaded;
    await unlock(page);
    const css = await page.evaluate(() => fetch('style.css').then((r) => r.text()));
    assert.ok(css.includes('/* v2 */'), 'version 2 is in use after the user agreed');
  } finally {
    await context.close();
    await server.close();
  }
});
