// Progress monitoring and the files around it, in real Chromium at 1366x768: a goal's chart and
// decision; quick data entry from the caseload; a progress report opened in a new tab with a
// hostile student name shown as text; a roster CSV imported through the mapping and preview; the
// month calendar and the hours log. Screenshots go to build/test-artifacts/progress-*.png.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { artifactPath, click, controls, fill, findControl, hasText, launchBrowser, openApp, openScreen, openStudent,
         serveSite, settle, waitForDashboard, waitForFirstFrame, waitForSaved, waitForText } from './harness.mjs';

const PASSPHRASE = 'maple river lantern quietly';
const CHROMEBOOK = { viewport: { width: 1366, height: 768 } };
const HOSTILE = 'Zed<script>alert(1)</script>';
let browser, server;
before(async () => {
  server = await serveSite();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

function typed(days) {
  const d = new Date();
  d.setHours(12, 0, 0, 0);
  d.setDate(d.getDate() + days);
  const pad = (n) => String(n).padStart(2, '0');
  return `${pad(d.getMonth() + 1)}/${pad(d.getDate())}/${d.getFullYear()}`;
}

async function demoVault(page) {
  await waitForFirstFrame(page);
  await fill(page, 'Passphrase', PASSPHRASE, 'password');
  await fill(page, 'Confirm passphrase', PASSPHRASE, 'password');
  await click(page, 'I understand that a forgotten passphrase cannot be recovered', 'checkbox');
  await click(page, 'Start with', 'combobox');
  await click(page, 'Demo: 25 fake students', 'option');
  await click(page, 'Create vault');
  await waitForDashboard(page);
}

async function screenshot(page, name) {
  await settle(page, 200);
  await page.screenshot({ path: artifactPath(`progress-${name}.png`) });
}

// A student with a hostile first name and a reading goal with four weekly points.
async function studentWithGoal(page) {
  await click(page, 'Add student');
  await fill(page, 'First name', HOSTILE);
  await fill(page, 'Last name', 'Reportson');
  await fill(page, 'Last IEP meeting', typed(-60));
  await click(page, 'Save');
  await waitForSaved(page);
  await click(page, 'Goals', 'tab');
  await click(page, 'New goal');
  await fill(page, 'Area', 'Reading fluency');
  await fill(page, 'Goal', 'Read a grade-level passage aloud');
  await fill(page, 'Baseline', '40');
  await fill(page, 'Target', '90');
  await fill(page, 'Unit', 'wcpm');
  await fill(page, 'Start', typed(-28));
  await fill(page, 'Target date', typed(150));
  await click(page, 'Add goal');
  await waitForSaved(page);
  await click(page, 'Reading fluency', 'row');
  for (const [days, value] of [[-28, '40'], [-21, '45'], [-14, '49'], [-7, '55']]) {
    await fill(page, 'Value', value);
    await fill(page, 'Date', typed(days));
    await click(page, 'Add data point');
    await waitForSaved(page);
  }
}

test('a goal chart with its decision; quick data entry from the caseload', async () => {
  const { context, page, problems } = await openApp(browser, server.url, CHROMEBOOK);
  await demoVault(page);
  await studentWithGoal(page);
  const chart = await findControl(page, 'Progress chart: Reading fluency', 'region');
  assert.match(chart.value, /^On track: the trend meets or exceeds the aimline/);
  await screenshot(page, 'goal-chart');
  await click(page, 'All charts');
  await findControl(page, 'Progress on every goal', 'heading');

  await openScreen(page, 'Caseload');
  await fill(page, 'Search', 'Reportson');
  await click(page, 'Quick data entry');
  await findControl(page, `Quick data entry: ${HOSTILE} Reportson`, 'heading');
  await fill(page, 'Value', '58');
  await page.keyboard.press('Enter');
  await waitForSaved(page);
  await waitForText(page, `Added 58 wcpm for ${HOSTILE} Reportson (Reading fluency).`);
  await screenshot(page, 'quick-entry');
  await openStudent(page, `${HOSTILE} Reportson`);
  await click(page, 'Goals', 'tab');
  const row = await findControl(page, 'Reading fluency', 'row');
  assert.match(row.value, /^5 data points/);
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.foreignRequests, []);
  await context.close();
});

test('a progress report opens in a new tab: the name is text, the chart is there, statements are editable', async () => {
  const { context, page } = await openApp(browser, server.url, CHROMEBOOK);
  await demoVault(page);
  await studentWithGoal(page);
  await openScreen(page, 'Reports');
  await click(page, `${HOSTILE} Reportson`, 'row');
  const statement = await findControl(page, 'Statement of progress', 'textbox');
  assert.match(statement.value, /the progress is sufficient to meet the goal by its date/);
  await fill(page, 'Comments for the family (narrative)', 'Reading every night & it shows.');
  await click(page, 'Reading fluency', 'heading').catch(() => {});  // leave the field: it saves
  await page.mouse.click(900, 700);
  await waitForSaved(page);
  await screenshot(page, 'reports-screen');
  const opening = context.waitForEvent('page');
  await click(page, 'Open this report');
  const report = await opening;
  await report.waitForLoadState();
  assert.equal(await report.locator('script').count(), 0, 'no script element in the report');
  const heading = await report.locator('h1').first().textContent();
  assert.equal(heading, `Progress report: ${HOSTILE} Reportson`);
  assert.ok((await report.locator('svg circle').count()) >= 4, 'the chart has the data points');
  assert.match(await report.locator('.statement').first().textContent(), /sufficient to meet the goal/);
  assert.ok((await report.textContent('body')).includes('Reading every night & it shows.'));
  await report.setViewportSize({ width: 900, height: 1000 });
  await report.screenshot({ path: artifactPath('progress-report-document.png'), fullPage: true });
  await context.close();
});

test('roster CSV: mapping guessed, preview with line errors, one confirmed import, undo takes it back', async () => {
  const { context, page } = await openApp(browser, server.url, CHROMEBOOK);
  await demoVault(page);
  const before = (await controls(page)).find((c) => /students$/.test(c.label))?.label;
  await openScreen(page, 'Caseload');
  const choosing = page.waitForEvent('filechooser');
  await click(page, 'Import roster CSV…');
  const csv = '\uFEFFStudent Number,Last Name,First Name,Grade Level,Plan\r\n' +
              '900001,Oddly,Wobbleton,7,IEP\r\n' +
              '900002,"Quux, Jr.",Fizzwick,3,504\r\n' +
              '900003,Bad,Grade,eleventy,IEP\r\n' +
              '900004,"Never,closed,4,IEP\r\n';
  await (await choosing).setFiles({ name: 'roster.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await findControl(page, 'Import students from a roster CSV', 'heading');
  const mapping = await findControl(page, 'Column "Student Number"', 'combobox');
  assert.equal(mapping.value, 'Student ID');
  await waitForText(page, '2 to add, 0 to update, 0 unchanged, 2 with errors (not imported)');
  assert.ok(await hasText(page, 'Line 4: grade "eleventy" is not a grade (PK, K, 1 to 12, 18-22)'));
  assert.ok(await hasText(page, 'Line 5: a quote opened on line 5 is never closed'));
  await screenshot(page, 'roster-preview');
  await click(page, 'Import 2 students');
  await waitForSaved(page);
  await waitForText(page, 'Imported: 2 added, 0 updated. Undo takes the whole import back.');
  await click(page, 'Back to the caseload');
  await fill(page, 'Search', 'Quux');
  await findControl(page, 'Fizzwick Quux, Jr.', 'row');
  await page.keyboard.press('Escape');
  await page.mouse.click(1300, 740);
  await page.keyboard.press('Control+z');
  await waitForSaved(page);
  await settle(page, 300);
  assert.ok(!(await hasText(page, 'Fizzwick Quux, Jr.')), 'undo removed the imported students');
  assert.ok(before === undefined || (await hasText(page, before)));
  await context.close();
});

test('calendar month view and the hours log', async () => {
  const { context, page } = await openApp(browser, server.url, CHROMEBOOK);
  await demoVault(page);
  await openScreen(page, 'Caseload');
  const names = (await controls(page)).filter((c) => c.role === 'row').map((c) => c.label);
  assert.ok(names.length >= 10);
  await openScreen(page, 'Calendar');
  await findControl(page, 'Export calendar (.ics)', 'button');
  const entries = (await controls(page)).filter((c) => c.role === 'button' && /: /.test(c.label));
  assert.ok(entries.length > 0, 'the month shows deadlines or meetings');
  await screenshot(page, 'calendar');
  const downloading = page.waitForEvent('download');
  await click(page, 'Export calendar (.ics)');
  const download = await downloading;
  const path = await download.path();
  const { readFileSync } = await import('node:fs');
  const ics = readFileSync(path, 'utf8');
  assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
  assert.ok(ics.includes('BEGIN:VEVENT'));
  const unfolded = ics.replace(/\r\n /g, '');
  for (const name of names) {
    for (const part of name.split(' ')) assert.ok(!unfolded.includes(part), `"${part}" is not in the calendar file`);
  }

  await openScreen(page, 'Hours');
  await fill(page, 'Start', '07:30');
  await fill(page, 'End', '11:45');
  await click(page, 'Add time');
  await waitForSaved(page);
  await waitForText(page, '4 h 15 min');
  await screenshot(page, 'hours');
  await context.close();
});
