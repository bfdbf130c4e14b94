// Shared set-up for the browser tests: Debian's Chromium driven by playwright-core, the built site
// served on 127.0.0.1, and a watch on everything a page does that it should not (console errors,
// uncaught exceptions, requests outside its own origin).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';

import { startServer } from '../../scripts/serve.mjs';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const siteRoot = join(repoRoot, 'build', 'web');
export const artifactsDir = join(repoRoot, 'build', 'test-artifacts');
mkdirSync(artifactsDir, { recursive: true });

// Flags from ../shared/notes/toolchain.md: no background networking on a closed network, WebGL
// through SwiftShader in headless mode.
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
];

export async function launchBrowser(extraArgs = []) {
  return chromium.launch({
    executablePath: process.env.CASELOAD_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
}

export async function serveSite() {
  return startServer({ root: siteRoot, port: 0 });
}

// Opens the app in a fresh context and records problems. Options go to browser.newContext.
export async function openApp(browser, baseUrl, contextOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...contextOptions });
  const origin = new URL(baseUrl).origin;
  const problems = { consoleErrors: [], pageErrors: [], foreignRequests: [] };
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin + '/') && !url.startsWith('blob:') && !url.startsWith('data:')) {
      problems.foreignRequests.push(url);
    }
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.pageErrors.push(String(error)));
  await page.goto(baseUrl);
  return { context, page, problems };
}

// Waits until the app drew its first frame or the loader reported an error.
export async function waitForFirstFrame(page, timeout = 30000) {
  await page.waitForFunction(
    () => window.caseloadStatus && (window.caseloadStatus.ready || window.caseloadStatus.error),
    null, { timeout });
  return page.evaluate(() => window.caseloadStatus);
}

export async function frameCount(page) {
  try {
    return await page.evaluate(() => (window.caseloadStatus ? window.caseloadStatus.frames : 0));
  } catch (error) {
    if (/Execution context was destroyed|navigation/.test(String(error))) return -1;
    throw error;
  }
}

// Waits until no new frame has been drawn for `quietMs`; returns the settled count.
export async function waitUntilIdle(page, quietMs = 500, timeout = 10000) {
  const start = Date.now();
  let last = await frameCount(page);
  let lastChange = Date.now();
  while (Date.now() - start < timeout) {
    await page.waitForTimeout(100);
    const now = await frameCount(page);
    if (now !== last) {
      last = now;
      lastChange = Date.now();
    } else if (Date.now() - lastChange >= quietMs) {
      return now;
    }
  }
  throw new Error(`the app kept drawing for ${timeout} ms with no input`);
}

export function artifactPath(name) {
  return join(artifactsDir, name);
}

// ---- driving the UI through the control log (app/ui/controls.hpp) -------------------------

// The last frame's controls; empty while the page is (re)loading.
export async function controls(page) {
  try {
    return await page.evaluate(() => (window.caseloadTest ? window.caseloadTest.controls() : []));
  } catch (error) {
    if (/Execution context was destroyed|navigation/.test(String(error))) return [];
    throw error;
  }
}

export async function findControl(page, label, role = null, { timeout = 10000 } = {}) {
  const start = Date.now();
  for (;;) {
    const list = await controls(page);
    const found = list.find((c) => c.label === label && (!role || c.role === role));
    if (found) return found;
    if (Date.now() - start > timeout) {
      const seen = list.map((c) => `${c.role}:${c.label}`).slice(0, 60).join(' | ');
      throw new Error(`no ${role || 'control'} labelled "${label}" (saw: ${seen})`);
    }
    await page.waitForTimeout(100);
  }
}

// Finds a control and, if it is scrolled out of view, scrolls the mouse wheel over its panel
// towards it, as a person would, until it is drawn in view.
export async function reachControl(page, label, role = null) {
  let control = await findControl(page, label, role);
  for (let attempt = 0; control.clipped && attempt < 40; attempt++) {
    const viewport = page.viewportSize() || { width: 1280, height: 800 };
    const x = Math.min(Math.max(control.x + 20, 10), viewport.width - 10);
    const below = control.y > viewport.height / 2;
    const y = below ? viewport.height - 40 : Math.max(control.y + control.h + 20, 120);
    await page.mouse.move(x, y);
    await page.mouse.wheel(0, below ? 120 : -120);
    await settle(page, 60);
    control = await findControl(page, label, role);
  }
  if (control.clipped) throw new Error(`"${label}" is scrolled out of view`);
  return control;
}

// Clicks the middle of a control and waits for the app to draw the result.
export async function click(page, label, role = 'button') {
  const control = await reachControl(page, label, role);
  if (control.disabled) throw new Error(`"${label}" is disabled`);
  await page.mouse.click(control.x + control.w / 2, control.y + control.h / 2);
  await settle(page);
}

// Focuses a text field by clicking it, selects what is there and types the text.
export async function fill(page, label, text, role = null) {
  const control = await reachControl(page, label, role);
  await page.mouse.click(control.x + Math.min(control.w / 2, 40), control.y + control.h / 2);
  await settle(page);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  if (text) await page.keyboard.type(text, { delay: 5 });
  await settle(page);
}

export async function settle(page, quietMs = 150) {
  return waitUntilIdle(page, quietMs, 20000);
}

export async function hasText(page, text) {
  const list = await controls(page);
  return list.some((c) => c.label.includes(text) || (c.value || '').includes(text));
}

export async function waitForText(page, text, timeout = 15000) {
  const start = Date.now();
  while (!(await hasText(page, text))) {
    if (Date.now() - start > timeout) throw new Error(`"${text}" did not appear`);
    await page.waitForTimeout(100);
  }
}

// Waits until the save state in the top bar reads exactly "Saved" (storage confirmed the write).
export async function waitForSaved(page, timeout = 20000) {
  await settle(page);  // the edit's own frame has run: its save has started or finished
  const start = Date.now();
  for (;;) {
    const list = await controls(page);
    if (list.some((c) => c.role === 'status' && c.label === 'Saved')) return;
    if (Date.now() - start > timeout) throw new Error('the app never showed "Saved"');
    await page.waitForTimeout(50);
  }
}

// ---- the dashboard's screens ------------------------------------------------------------

// Waits for the unlocked dashboard (its navigation) to be drawn.
export async function waitForDashboard(page, timeout = 60000) {
  await findControl(page, 'By teacher', 'button', { timeout });
}

// Opens one of the top-level screens: 'Today', 'Caseload', 'By teacher' or 'Settings'.
export async function openScreen(page, name) {
  await click(page, name, 'button');
}

// Opens a student from the Caseload table (searching for them, so any caseload size works).
export async function openStudent(page, name) {
  await openScreen(page, 'Caseload');
  await fill(page, 'Search', name);
  await click(page, name, 'row');
}

// The student names in the Caseload table, sorted (rows scrolled out of view are not drawn).
export async function caseloadRows(page) {
  await openScreen(page, 'Caseload');
  return (await controls(page)).filter((c) => c.role === 'row').map((c) => c.label).sort();
}

// ---- shared set-up ------------------------------------------------------------------------

// The passphrase every scenario's vault uses (synthetic; never a real one).
export const PASSPHRASE = 'maple river lantern quietly';

// Registers node:test hooks that start the site server and Chromium once per file; the returned
// object's `browser` and `server` are set by the time the tests run.
export function useBrowserAndSite({ serve = true } = {}) {
  const shared = { browser: null, server: null };
  before(async () => {
    if (serve) shared.server = await serveSite();
    shared.browser = await launchBrowser();
  });
  after(async () => {
    await shared.browser?.close();
    await shared.server?.close();
  });
  return shared;
}

// Creates a vault with the mouse, as a first-time user does, optionally from a demo caseload.
export async function createVault(page, startWith = null) {
  await waitForFirstFrame(page);
  await fill(page, 'Passphrase', PASSPHRASE, 'password');
  await fill(page, 'Confirm passphrase', PASSPHRASE, 'password');
  await click(page, 'I understand that a forgotten passphrase cannot be recovered', 'checkbox');
  if (startWith) {
    await click(page, 'Start with', 'combobox');
    await click(page, startWith, 'option');
  }
  await click(page, 'Create vault');
  await waitForDashboard(page);
}
