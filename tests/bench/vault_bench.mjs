// Browser benchmark: vault create, unlock + load, one-edit commit latency and frame-build time at
// 50, 500 and 5,000 demo students, in headless Chromium against the built site. Prints a table;
// asserts nothing. Run with scripts/bench.sh (or: node tests/bench/vault_bench.mjs [sizes...]).
import { click, controls, fill, findControl, launchBrowser, openApp, openScreen, serveSite, settle, waitForDashboard,
         waitForFirstFrame, waitForSaved } from '../browser/harness.mjs';

const PASSPHRASE = 'benchmark passphrase for demo data';
const LABELS = { 50: 'Demo: 50 fake students', 500: 'Demo: 500 fake students',
                 5000: 'Demo: 5,000 fake students (coordinator scale)' };
const sizes = process.argv.slice(2).map(Number).filter((n) => LABELS[n]);
if (sizes.length === 0) sizes.push(50, 500, 5000);

const metrics = (page) => page.evaluate(() => window.caseloadTest.metrics());

async function measure(browser, server, students) {
  const { context, page } = await openApp(browser, server.url);
  await waitForFirstFrame(page);
  await fill(page, 'Passphrase', PASSPHRASE, 'password');
  await fill(page, 'Confirm passphrase', PASSPHRASE, 'password');
  await click(page, 'I understand that a forgotten passphrase cannot be recovered', 'checkbox');
  await click(page, 'Start with', 'combobox');
  await click(page, LABELS[students], 'option');
  let start = Date.now();
  await click(page, 'Create vault');
  await waitForDashboard(page, 600000);
  const create_ms = Date.now() - start;

  await page.reload();
  await waitForFirstFrame(page);
  await findControl(page, 'Unlock your caseload', 'heading', { timeout: 60000 });
  await fill(page, 'Passphrase', PASSPHRASE, 'password');
  start = Date.now();
  await click(page, 'Unlock');
  await waitForDashboard(page, 600000);
  const unlock_wall_ms = Date.now() - start;
  const unlocked = await metrics(page);

  // Frame-build time while using each screen as a person would.
  const frames = {};
  // A row in the middle of the visible part of the table (the first may sit under the frozen header).
  const openStudentRow = async () => {
    const rows = (await controls(page)).filter((c) => c.role === 'row' && !c.clipped);
    const row = rows[Math.floor(rows.length / 2)];
    await page.mouse.click(row.x + 40, row.y + row.h / 2);
    await settle(page, 60);
    await findControl(page, 'Contacts', 'tab');
  };
  const sample = async (name, actions) => {
    await page.evaluate(() => window.caseloadTest.resetFrameTimes());
    await actions();
    const m = await metrics(page);
    frames[name] = { p50: m.frame_build_p50_ms, p95: m.frame_build_p95_ms, n: m.frames_sampled,
                     mirror: { p50: m.mirror_update_p50_ms, p95: m.mirror_update_p95_ms, n: m.frames_sampled } };
  };
  await sample('today', async () => {
    const today = await findControl(page, 'Overdue', 'heading').catch(() => null);
    for (let i = 0; i < 10; i++) {
      await page.mouse.move(300 + i * 60, 300 + (i % 3) * 80);
      await settle(page, 40);
    }
    if (today) await page.mouse.wheel(0, 200);
    await settle(page, 60);
  });
  await openScreen(page, 'Caseload');
  await sample('caseload', async () => {
    const rows = (await controls(page)).filter((c) => c.role === 'row');
    await page.mouse.move(rows[0].x + 40, rows[0].y + 40);
    for (let i = 0; i < 20; i++) {
      await page.mouse.wheel(0, 240);
      await settle(page, 40);
    }
    await click(page, 'Next deadline', 'columnheader');
    await click(page, 'Annual review', 'columnheader');
    await fill(page, 'Search', 'Demo');
    await fill(page, 'Search', '');
  });
  await sample('student', async () => {
    await openStudentRow();
    for (const tab of ['Contacts', 'Meetings', 'Services', 'Accommodations', 'Goals', 'Deadlines', 'Profile']) {
      await click(page, tab, 'tab');
    }
  });
  await sample('by_teacher', async () => {
    await openScreen(page, 'By teacher');
    const rows = (await controls(page)).filter((c) => c.role === 'row' && !c.clipped);
    for (let i = 0; i < 4 && i < rows.length; i++) {
      await page.mouse.click(rows[i].x + 40, rows[i].y + rows[i].h / 2);
      await settle(page, 60);
    }
  });
  const all = await metrics(page);
  await openScreen(page, 'Caseload');
  await openStudentRow();

  // One edit: the commit writes one student, whatever the caseload size.
  await fill(page, 'School', 'Benchmark School');
  await page.keyboard.press('Enter');
  await waitForSaved(page, 120000);
  const edited = await metrics(page);
  await context.close();
  return {
    students, create_ms, unlock_wall_ms, unlock_ms: unlocked.unlock_ms, load_ms: unlocked.load_ms,
    load_mb: unlocked.load_bytes / 1048576, deadlines_ms: unlocked.deadlines_ms,
    commit_ms: edited.commit_ms, commit_kb: edited.commit_bytes / 1024,
    frames,
  };
}

const server = await serveSite();
const browser = await launchBrowser();
const results = [];
try {
  for (const n of sizes) results.push(await measure(browser, server, n));
} finally {
  await browser.close();
  await server.close();
}
const f = (v, d = 1) => (typeof v === 'number' ? v.toFixed(d) : String(v));
console.log('| students | create s | unlock (wall) s | unlock in app ms | IDB load ms | stored MB | deadlines ms | ' +
            'one-edit commit ms | commit KB |');
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of results) {
  console.log(`| ${r.students} | ${f(r.create_ms / 1000)} | ${f(r.unlock_wall_ms / 1000)} | ${f(r.unlock_ms, 0)} | ` +
              `${f(r.load_ms, 0)} | ${f(r.load_mb)} | ${f(r.deadlines_ms)} | ${f(r.commit_ms)} | ${f(r.commit_kb)} |`);
}
console.log('');
console.log('Frame-build time (CPU ms to build one ImGui frame in wasm, p50 / p95, frames sampled), per screen:');
console.log('| students | Today | Caseload (scroll, sort, search) | Student (all tabs) | By teacher |');
console.log('|---:|---:|---:|---:|---:|');
const cell = (x) => (x ? `${f(x.p50, 2)} / ${f(x.p95, 2)} (${x.n})` : '-');
for (const r of results) {
  console.log(`| ${r.students} | ${cell(r.frames.today)} | ${cell(r.frames.caseload)} | ${cell(r.frames.student)} | ` +
              `${cell(r.frames.by_teacher)} |`);
}

console.log('');
console.log('Accessibility mirror update per frame (diff in wasm + DOM changes in the page, ms, p50 / p95):');
console.log('| students | Today | Caseload (scroll, sort, search) | Student (all tabs) | By teacher |');
console.log('|---:|---:|---:|---:|---:|');
const mirror = (x) => (x ? cell(x.mirror) : '-');
for (const r of results) {
  console.log(`| ${r.students} | ${mirror(r.frames.today)} | ${mirror(r.frames.caseload)} | ${mirror(r.frames.student)} | ` +
              `${mirror(r.frames.by_teacher)} |`);
}
