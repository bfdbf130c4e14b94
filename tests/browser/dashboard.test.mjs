// The dashboard as a case manager uses it, in real Chromium at a Chromebook's 1366x768: first run
// and the school year; a student's annual review reaching Today; contact attempts completing a
// meeting's checklist step; goal data entry; privacy mode; keyboard navigation and undo; paste
// from the system clipboard; text size and high contrast; reload and unlock. Screenshots of every
// screen go to build/test-artifacts/dashboard-*.png.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';

import { artifactPath, click, controls, fill, findControl, hasText, launchBrowser, openApp, openScreen, openStudent,
         serveSite, settle, waitForDashboard, waitForFirstFrame, waitForSaved, waitForText } from './harness.mjs';
import { decodePng } from './png.mjs';

const PASSPHRASE = 'maple river lantern quietly';
const CHROMEBOOK = { viewport: { width: 1366, height: 768 } };
let browser, server;
before(async () => {
  server = await serveSite();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

// Dates as the user types them (MM/DD/YYYY), relative to the machine's local today.
function typed(date) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${pad(date.getMonth() + 1)}/${pad(date.getDate())}/${date.getFullYear()}`;
}
function daysFromToday(days, years = 0) {
  const d = new Date();
  d.setHours(12, 0, 0, 0);
  d.setFullYear(d.getFullYear() + years);
  d.setDate(d.getDate() + days);
  return d;
}

async function createVault(page, startWith = null) {
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

async function unlock(page) {
  await waitForFirstFrame(page);
  await findControl(page, 'Unlock your caseload', 'heading', { timeout: 20000 });
  await fill(page, 'Passphrase', PASSPHRASE, 'password');
  await click(page, 'Unlock');
  await waitForDashboard(page);
}

async function addStudent(page, first, last, lastIep) {
  await click(page, 'Add student');
  await fill(page, 'First name', first);
  await fill(page, 'Last name', last);
  if (lastIep) await fill(page, 'Last IEP meeting', lastIep);
  await click(page, 'Save');
  await waitForSaved(page);
}

async function screenshot(page, name) {
  await settle(page, 200);
  await page.screenshot({ path: artifactPath(`dashboard-${name}.png`) });
}

const labels = async (page) => (await controls(page)).map((c) => `${c.label} ${c.value || ''}`);

test('first run: getting started, then the school year from a typical calendar', async () => {
  const { context, page, problems } = await openApp(browser, server.url, CHROMEBOOK);
  await createVault(page);
  await findControl(page, 'Getting started', 'heading');
  await screenshot(page, 'first-run');
  await click(page, 'Set up the school year');
  await findControl(page, 'School calendar', 'tab');
  await click(page, 'Add a school year');
  await findControl(page, 'First day of instruction', 'textbox');
  await click(page, 'Quarters for the selected school year');
  await screenshot(page, 'settings-calendar');
  await click(page, 'Save settings');
  await waitForText(page, 'Settings saved');
  await waitForSaved(page);
  await openScreen(page, 'Today');
  await waitForText(page, '1. School calendar: set up (done)');
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.foreignRequests, []);
  await context.close();
});

test('a student added with an IEP date shows the annual review on Today, which opens the record', async () => {
  const { context, page } = await openApp(browser, server.url, CHROMEBOOK);
  await createVault(page);
  // The last IEP meeting was a year ago less 10 days: the annual review is due in 10 days.
  await addStudent(page, 'Zorblatt', 'Quintessa', typed(daysFromToday(10, -1)));
  await openScreen(page, 'Today');
  await waitForText(page, 'Annual IEP review');
  const nextMonth = await findControl(page, 'Due in the next 30 days (1)', 'heading');
  assert.ok(nextMonth);
  await screenshot(page, 'today-one-student');
  await click(page, 'Zorblatt Quintessa', 'button');
  await findControl(page, 'Zorblatt Quintessa', 'heading');
  const profile = await findControl(page, 'Profile', 'tab');
  assert.equal(profile.checked, true, 'an annual review opens the profile and key dates');
  await context.close();
});

test('three contact attempts by two methods turn the meeting checklist step done', async () => {
  const { context, page } = await openApp(browser, server.url, CHROMEBOOK);
  await createVault(page);
  await addStudent(page, 'Pickle', 'Checklister', typed(daysFromToday(20, -1)));
  await click(page, 'Meetings', 'tab');
  await click(page, 'Schedule a meeting');
  await click(page, 'Type', 'combobox');
  await click(page, 'Annual IEP review', 'option');
  await fill(page, 'Date', typed(daysFromToday(14)));
  await click(page, 'Add meeting');
  await waitForSaved(page);
  const step = 'Document attempts to arrange the meeting with the parents';
  assert.ok(!(await findControl(page, step, 'checkbox')).checked, 'not done before any attempt');
  await screenshot(page, 'meeting-checklist-open');

  await click(page, 'Contacts', 'tab');
  for (const method of ['Phone', 'Phone', 'Email']) {
    await click(page, 'Log a contact');
    await click(page, 'Method', 'combobox');
    await click(page, method, 'option');
    await click(page, 'Outcome', 'combobox');
    await click(page, 'Left a message', 'option');
    await fill(page, 'Purpose', 'Schedule the annual IEP meeting');
    await click(page, 'Add entry');
    await waitForSaved(page);
  }
  const rows = (await controls(page)).filter((c) => c.role === 'row' && /Left a message/.test(c.label));
  assert.equal(rows.length, 3, 'three attempts in the contact log');
  await screenshot(page, 'contact-log');

  await click(page, 'Meetings', 'tab');
  const meeting = (await controls(page)).find((c) => c.role === 'row' && /Annual IEP review/.test(c.label));
  await page.mouse.click(meeting.x + 40, meeting.y + meeting.h / 2);
  await settle(page);
  const done = await findControl(page, step, 'checkbox');
  assert.equal(done.checked, true, 'three attempts by two methods complete the step');
  assert.ok(await hasText(page, '3 of 3 attempts, 2 of 2 methods'));
  await screenshot(page, 'meeting-checklist-done');
  await context.close();
});

test('goal data points: typed value and Enter, one after another', async () => {
  const { context, page } = await openApp(browser, server.url, CHROMEBOOK);
  await createVault(page);
  await addStudent(page, 'Noodle', 'Datapoint', typed(daysFromToday(-30)));
  await click(page, 'Goals', 'tab');
  await click(page, 'New goal');
  await fill(page, 'Area', 'Reading fluency');
  await fill(page, 'Goal', 'Read a grade-level passage aloud');
  await fill(page, 'Baseline', '40');
  await fill(page, 'Target', '90');
  await fill(page, 'Unit', 'words per minute');
  await fill(page, 'Start', typed(daysFromToday(-30)));
  await fill(page, 'Target date', typed(daysFromToday(300)));
  await click(page, 'Add goal');
  await waitForSaved(page);
  await click(page, 'Reading fluency', 'row');
  await fill(page, 'Value', '44');
  await page.keyboard.press('Enter');
  await waitForSaved(page);
  // The value field keeps the focus: the next values are typed straight in.
  for (const value of ['47', '52']) {
    await page.keyboard.type(value);
    await page.keyboard.press('Enter');
    await waitForSaved(page);
  }
  const row = await findControl(page, 'Reading fluency', 'row');
  assert.match(row.value, /^3 data points/);
  for (const value of ['44', '47', '52']) assert.ok(await hasText(page, `${value} words per minute`), value);
  await screenshot(page, 'goal-data');
  await context.close();
});

test('privacy mode replaces every full name with initials, on screen and in what the app reports', async () => {
  const { context, page } = await openApp(browser, server.url, CHROMEBOOK);
  await createVault(page, 'Demo: 25 fake students');
  await openScreen(page, 'Caseload');
  const names = (await controls(page)).filter((c) => c.role === 'row').map((c) => c.label);
  assert.ok(names.length >= 10);
  await page.keyboard.press('Control+Shift+P');
  await settle(page);
  await findControl(page, 'Privacy on', 'button');
  for (const screen of ['Caseload', 'Today', 'By teacher', 'Calendar', 'Reports']) {
    await openScreen(page, screen);
    const shown = (await labels(page)).join('\n');
    for (const name of names) assert.ok(!shown.includes(name), `"${name}" shown on ${screen} in privacy mode`);
    await screenshot(page, `privacy-${screen.replace(' ', '-').toLowerCase()}`);
  }
  await openScreen(page, 'Caseload');
  const initials = (await controls(page)).filter((c) => c.role === 'row').map((c) => c.label);
  assert.ok(initials.every((label) => /^[A-Z]\. [A-Z]\.$/.test(label)), `initials: ${initials.slice(0, 5)}`);
  await page.keyboard.press('Control+Shift+P');
  await settle(page);
  await findControl(page, 'Privacy mode', 'button');
  await context.close();
});

test('keyboard: Alt+2 opens the caseload, arrows and Enter open a student, Escape goes back, Ctrl+Z undoes',
     async () => {
  const { context, page } = await openApp(browser, server.url, CHROMEBOOK);
  await createVault(page, 'Demo: 25 fake students');
  await page.keyboard.press('Alt+2');
  await settle(page);
  await findControl(page, 'Search', 'textbox');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await settle(page);
  const highlighted = (await controls(page)).find((c) => c.role === 'row' && c.checked);
  assert.ok(highlighted, 'a highlighted row');
  await page.keyboard.press('Enter');
  await settle(page);
  await findControl(page, highlighted.label, 'heading');

  await fill(page, 'School', 'Typo Elementary');
  await page.keyboard.press('Enter');  // saves and leaves the field
  await waitForSaved(page);
  await page.keyboard.press('Control+Z');
  await waitForSaved(page);
  assert.notEqual((await findControl(page, 'School', 'textbox')).value, 'Typo Elementary', 'undo restored the school');
  await page.keyboard.press('Escape');
  await settle(page);
  await findControl(page, 'Search', 'textbox');

  await page.keyboard.press('F1');
  await settle(page);
  await findControl(page, 'Keyboard shortcuts and help', 'dialog');
  assert.ok(await hasText(page, 'Privacy mode on or off'));
  await screenshot(page, 'help');
  await page.keyboard.press('Escape');
  await context.close();
});

test('text typed elsewhere pastes into a field from the system clipboard', async () => {
  const { context, page } = await openApp(browser, server.url, CHROMEBOOK);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  await createVault(page);
  await addStudent(page, 'Gizmo', 'Pasteworth', null);
  await page.evaluate(() => navigator.clipboard.writeText('Lincoln Middle School'));
  const school = await findControl(page, 'School', 'textbox');
  await page.mouse.click(school.x + 30, school.y + school.h / 2);
  await settle(page);
  await page.keyboard.press('Control+V');
  await settle(page);
  assert.equal((await findControl(page, 'School', 'textbox')).value, 'Lincoln Middle School');
  await context.close();
});

test('text size and high contrast apply at once and stay on this device after a reload', async () => {
  const { context, page } = await openApp(browser, server.url, CHROMEBOOK);
  await waitForFirstFrame(page);
  const firstTitle = await findControl(page, 'Create your vault', 'heading');
  await createVault(page);
  const before = await findControl(page, 'Settings', 'button');
  await openScreen(page, 'Settings');
  await click(page, 'Appearance and privacy', 'tab');
  await click(page, 'Theme', 'combobox');
  await click(page, 'High contrast', 'option');
  await click(page, 'Text size', 'combobox');
  await click(page, 'Larger (20)', 'option');
  await screenshot(page, 'high-contrast-large-text');
  const larger = await findControl(page, 'Settings', 'button');
  assert.ok(larger.w > before.w * 1.15, `buttons grow with the text (${before.w} -> ${larger.w} px wide)`);
  const pixels = decodePng(readFileSync(artifactPath('dashboard-high-contrast-large-text.png')));
  const corner = pixels.pixels.subarray(0, 3);
  assert.deepEqual(Array.from(corner), [0, 0, 0], 'high contrast: black background');

  await page.reload();
  await waitForFirstFrame(page);
  const title = await findControl(page, 'Unlock your caseload', 'heading', { timeout: 20000 });
  assert.ok(title.h > firstTitle.h * 1.15, `the unlock screen already uses the larger text (${firstTitle.h} -> ${title.h})`);
  await unlock(page);
  await page.screenshot({ path: artifactPath('dashboard-high-contrast-today.png') });
  await context.close();
});

test('every screen at 1366x768 with the demo caseload, and after a reload everything is back', async () => {
  const { context, page, problems } = await openApp(browser, server.url, CHROMEBOOK);
  await createVault(page, 'Demo: 50 fake students');
  await screenshot(page, 'today');
  const summary = (await controls(page)).filter((c) => c.role === 'heading').map((c) => c.label);
  for (const screen of ['Caseload', 'By teacher', 'Settings']) {
    await openScreen(page, screen);
    await screenshot(page, screen.replace(' ', '-').toLowerCase());
  }
  await openScreen(page, 'Caseload');
  const rows = (await controls(page)).filter((c) => c.role === 'row' && !c.clipped);
  const name = rows[3].label;
  await openStudent(page, name);
  for (const tab of ['Profile', 'Contacts', 'Meetings', 'Services', 'Accommodations', 'Goals', 'Discipline & records',
                     'Deadlines']) {
    await click(page, tab, 'tab');
    await screenshot(page, `student-${tab.split(' ')[0].toLowerCase()}`);
  }
  await page.reload();
  await unlock(page);
  const again = (await controls(page)).filter((c) => c.role === 'heading').map((c) => c.label);
  assert.deepEqual(again, summary, 'the same Today after a reload');
  await openStudent(page, name);
  await findControl(page, name, 'heading');
  assert.deepEqual(problems.pageErrors, []);
  assert.deepEqual(problems.foreignRequests, []);
  await context.close();
});
