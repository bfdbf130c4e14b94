// The site's weight and start-up, in headless Chromium from 127.0.0.1: app.wasm + app.js raw and
// gzip, cold start (empty cache) to the first frame, warm start (service worker cache), and the
// CPU the page uses over 10 s of idleness on the unlock screen. Prints a markdown table; no
// thresholds. Assumes a built site (scripts/build.sh wasm).
//   node tests/bench/site_bench.mjs [RUNS]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import { launchBrowser, serveSite, siteRoot } from '../browser/harness.mjs';

const runs = Number(process.argv[2] || 5);
const kb = (bytes) => (bytes / 1024).toFixed(0);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function sizes() {
  const rows = [];
  let raw = 0, gz = 0;
  for (const name of ['app.wasm', 'app.js']) {
    const bytes = readFileSync(join(siteRoot, name));
    const zipped = gzipSync(bytes, { level: 9 }).length;
    rows.push([name, bytes.length, zipped]);
    raw += bytes.length;
    gz += zipped;
  }
  rows.push(['app.wasm + app.js', raw, gz]);
  let all = 0, allGz = 0;
  (function walk(dir) {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const bytes = readFileSync(path);
        all += bytes.length;
        allGz += gzipSync(bytes, { level: 9 }).length;
      }
    }
  })(siteRoot);
  rows.push(['whole site (fonts, icons included)', all, allGz]);
  return rows;
}

async function firstFrameMs(page, url) {
  const start = Date.now();
  await page.goto(url);
  await page.waitForFunction(() => window.caseloadStatus && window.caseloadStatus.ready, null, { timeout: 60000 });
  return Date.now() - start;
}

async function startTimes(browser, url) {
  const cold = [], warm = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    cold.push(await firstFrameMs(page, url));
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    const again = await context.newPage();
    warm.push(await firstFrameMs(again, url));
    await context.close();
  }
  return { cold: median(cold), warm: median(warm) };
}

async function idleCpu(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await firstFrameMs(page, url);
  await page.waitForTimeout(2000);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const metric = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const before = await metric();
  await page.waitForTimeout(10000);
  const after = await metric();
  await context.close();
  return { taskMs: (after.TaskDuration - before.TaskDuration) * 1000, scriptMs: (after.ScriptDuration - before.ScriptDuration) * 1000 };
}

const server = await serveSite();
const browser = await launchBrowser();
try {
  console.log('| file | raw KB | gzip KB |');
  console.log('|---|---:|---:|');
  for (const [name, raw, gz] of sizes()) console.log(`| ${name} | ${kb(raw)} | ${kb(gz)} |`);
  const starts = await startTimes(browser, server.url);
  const idle = await idleCpu(browser, server.url);
  console.log('');
  console.log(`| start (median of ${runs}) | ms |`);
  console.log('|---|---:|');
  console.log(`| cold: empty cache to first frame | ${starts.cold} |`);
  console.log(`| warm: service worker cache to first frame | ${starts.warm} |`);
  console.log(`| idle 10 s on the unlock screen: main-thread task time | ${idle.taskMs.toFixed(1)} |`);
  console.log(`| idle 10 s: of which script | ${idle.scriptMs.toFixed(1)} |`);
} finally {
  await browser.close();
  await server.close();
}
