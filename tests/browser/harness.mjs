// Shared set-up for the browser tests: Debian's Chromium driven by playwright-core, the built site
// served on 127.0.0.1, and a watch on everything a page does that it should not (console errors,
// uncaught exceptions, requests outside its own origin).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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
  return page.evaluate(() => (window.caseloadStatus ? window.caseloadStatus.frames : 0));
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
