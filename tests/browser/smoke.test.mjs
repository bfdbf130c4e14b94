// The app skeleton in real headless Chromium: it starts, draws, stays within its origin, follows
// the window and the pixel ratio, idles when nothing happens, and follows the colour scheme.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';

import { artifactPath, frameCount, launchBrowser, openApp, serveSite, waitForFirstFrame,
         waitUntilIdle } from './harness.mjs';
import { decodePng, imageStats } from './png.mjs';

let browser, server;
before(async () => {
  server = await serveSite();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

function assertNoProblems(problems) {
  assert.deepEqual(problems.consoleErrors, [], 'console errors');
  assert.deepEqual(problems.pageErrors, [], 'uncaught page errors');
  assert.deepEqual(problems.foreignRequests, [], 'requests outside the origin');
}

async function screenshotStats(page, name) {
  const path = artifactPath(name);
  await page.screenshot({ path });
  const image = decodePng(readFileSync(path));
  return { image, ...imageStats(image) };
}

test('first frame renders the dashboard without errors or foreign requests', async () => {
  const { context, page, problems } = await openApp(browser, server.url);
  const status = await waitForFirstFrame(page);
  assert.equal(status.error, undefined, `loader error: ${status.error}`);
  assert.ok(status.frames >= 1);
  await waitUntilIdle(page);
  const stats = await screenshotStats(page, 'smoke-first-frame.png');
  assert.ok(stats.distinctColors > 20, `canvas looks blank (${stats.distinctColors} colours)`);
  assert.ok(stats.nonBackgroundFraction > 0.02, 'canvas is mostly one colour');
  assert.equal(await page.title(), 'Caseload');
  assertNoProblems(problems);
  await context.close();
});

test('canvas backing store follows the window size and device pixel ratio', async () => {
  const { context, page, problems } = await openApp(browser, server.url, {
    viewport: { width: 1000, height: 700 }, deviceScaleFactor: 2,
  });
  await waitForFirstFrame(page);
  const size = () => page.evaluate(() => {
    const canvas = document.getElementById('canvas');
    return { width: canvas.width, height: canvas.height, css: canvas.clientWidth };
  });
  assert.deepEqual(await size(), { width: 2000, height: 1400, css: 1000 });
  await page.setViewportSize({ width: 800, height: 600 });
  await page.waitForFunction(() => document.getElementById('canvas').width === 1600);
  assert.deepEqual(await size(), { width: 1600, height: 1200, css: 800 });
  await waitUntilIdle(page);
  const stats = await screenshotStats(page, 'smoke-hidpi.png');
  assert.equal(stats.image.width, 1600, 'screenshot is taken at device pixels');
  assert.ok(stats.distinctColors > 20);
  assertNoProblems(problems);
  await context.close();
});

test('an idle page draws nothing, and input wakes it', async () => {
  const { context, page, problems } = await openApp(browser, server.url);
  await waitForFirstFrame(page);
  const settled = await waitUntilIdle(page);
  await page.waitForTimeout(1500);
  assert.equal(await frameCount(page), settled, 'frames were drawn with no input');
  await page.mouse.move(200, 200);
  await page.mouse.move(220, 240);
  await page.waitForFunction((before) => window.caseloadStatus.frames > before, settled);
  const afterInput = await waitUntilIdle(page);
  assert.ok(afterInput - settled < 30, `input cost ${afterInput - settled} frames`);
  assertNoProblems(problems);
  await context.close();
});

test('light and dark themes follow prefers-color-scheme', async () => {
  const luminance = async (colorScheme) => {
    const { context, page, problems } = await openApp(browser, server.url, { colorScheme });
    await waitForFirstFrame(page);
    await waitUntilIdle(page);
    const { image } = await screenshotStats(page, `smoke-theme-${colorScheme}.png`);
    // A pixel of the window background near the bottom-left corner.
    const o = ((image.height - 3) * image.width + 3) * image.channels;
    assertNoProblems(problems);
    await context.close();
    return (image.pixels[o] + image.pixels[o + 1] + image.pixels[o + 2]) / 3;
  };
  assert.ok((await luminance('light')) > 200, 'light theme background is light');
  assert.ok((await luminance('dark')) < 60, 'dark theme background is dark');
});

test('a browser without WebGL2 gets a readable message instead of a blank page', async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
      return kind === 'webgl2' ? null : original.call(this, kind, ...rest);
    };
  });
  const page = await context.newPage();
  await page.goto(server.url);
  const status = await waitForFirstFrame(page);
  assert.match(status.error, /WebGL2/);
  assert.match(await page.textContent('#status-text'), /hardware acceleration/);
  await context.close();
});
