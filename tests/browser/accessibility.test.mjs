// Caseload for screen-reader and keyboard-only users, in real Chromium: the accessibility mirror
// (web/a11y_mirror.js) as Chromium's accessibility tree exposes it on every screen, axe-core's
// WCAG 2.1 AA rules, a keyboard-only scenario with no mouse at all, activation and focus shared
// between the mirror and the canvas, and the live announcements.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'node:test';

import { artifactPath, click, controls, createVault, findControl, openApp, openScreen, PASSPHRASE, settle,
         useBrowserAndSite, waitForDashboard, waitForFirstFrame, waitForSaved } from './harness.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const CHROMEBOOK = { viewport: { width: 1366, height: 768 } };
const shared = useBrowserAndSite();
const open = () => openApp(shared.browser, shared.server.url, CHROMEBOOK);

// ---- the keyboard, as a keyboard-only user drives it --------------------------------------------

// The accessible name of the focused element, if it is in the mirror.
async function focusedName(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || !document.getElementById('a11y').contains(el)) return null;
    return (el.getAttribute('aria-label') || el.textContent).trim();
  });
}

async function press(page, key) {
  await page.keyboard.press(key);
  await settle(page, 100);
}

// Presses Tab (only Tab) until the control named `name` has the focus.
async function tabTo(page, name, limit = 80) {
  const seen = [];
  for (let i = 0; i < limit; i++) {
    await press(page, 'Tab');
    const now = await focusedName(page);
    if (now === name) return;
    seen.push(now);
  }
  throw new Error(`Tab never reached "${name}" (went through: ${seen.slice(0, 40).join(' | ')})`);
}

async function announcements(page) {
  try {
    return await page.evaluate(() => ({
      polite: document.getElementById('a11y-say').textContent,
      assertive: document.getElementById('a11y-alert').textContent,
    }));
  } catch (error) {
    if (/Execution context was destroyed|navigation/.test(String(error))) return { polite: '', assertive: '' };
    throw error;
  }
}

async function waitForAnnouncement(page, pattern, kind = 'polite', timeout = 10000) {
  const start = Date.now();
  for (;;) {
    const heard = (await announcements(page))[kind];
    if (pattern.test(heard)) return heard;
    if (Date.now() - start > timeout) throw new Error(`never announced ${pattern} (${kind}: "${heard}")`);
    await page.waitForTimeout(50);
  }
}

// ---- Chromium's accessibility tree --------------------------------------------------------------

async function accessibilityTree(page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  return nodes.filter((n) => !n.ignored).map((n) => ({
    role: n.role?.value || '',
    name: n.name?.value || '',
    level: (n.properties || []).find((p) => p.name === 'level')?.value?.value,
  }));
}

function has(tree, role, name) {
  return tree.some((n) => n.role === role && (name === undefined || (name instanceof RegExp ? name.test(n.name) : n.name === name)));
}

function assertHas(tree, role, name, where) {
  assert.ok(has(tree, role, name), `${where}: no ${role} named ${name} (roles seen: ${
    [...new Set(tree.map((n) => n.role))].join(', ')})`);
}

async function axeViolations(page) {
  await page.evaluate(AXE_SOURCE);  // evaluated by DevTools, so the page's CSP does not apply
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
  });
}

// ---- scenarios -------------------------------------------------------------------------------------

test('keyboard only, no mouse: create a vault, add a student, log a contact', async () => {
  const { context, page, problems } = await open();
  await waitForFirstFrame(page);
  await settle(page, 300);

  // Tab from the page lands in the passphrase field the app opened with.
  await press(page, 'Tab');
  assert.equal(await focusedName(page), 'Passphrase');
  await page.keyboard.type(PASSPHRASE);
  await press(page, 'Tab');
  assert.equal(await focusedName(page), 'Confirm passphrase');
  await page.keyboard.type(PASSPHRASE);
  await tabTo(page, 'I understand that a forgotten passphrase cannot be recovered');
  await press(page, 'Space');
  assert.equal((await findControl(page, 'I understand that a forgotten passphrase cannot be recovered', 'checkbox')).checked, true);
  await tabTo(page, 'Create vault');
  await press(page, 'Enter');
  await waitForDashboard(page);
  await settle(page, 300);
  // Focus did not fall out of the app: it is on the new screen's heading.
  assert.match(await focusedName(page), /^Today, /);

  await tabTo(page, 'Add student');
  await press(page, 'Enter');
  assert.equal(await focusedName(page), 'First name', 'the form opens with its first field focused');
  await page.keyboard.type('Kit');
  await press(page, 'Tab');
  assert.equal(await focusedName(page), 'Last name');
  await page.keyboard.type('Keyboardson');
  await press(page, 'Enter');  // Enter saves the form
  await waitForSaved(page);
  await findControl(page, 'Kit Keyboardson', 'heading');

  await tabTo(page, 'Contacts');
  await press(page, 'Enter');
  await tabTo(page, 'Log a contact');
  await press(page, 'Enter');
  await tabTo(page, 'Purpose');
  await page.keyboard.type('Annual review scheduling call');
  await tabTo(page, 'Add entry');
  await press(page, 'Enter');
  await waitForSaved(page);
  const rows = (await controls(page)).filter((c) => c.role === 'row' && /Annual review scheduling call/.test(`${c.label} ${c.value || ''}`));
  assert.equal(rows.length, 1, 'the contact is in the log');
  // The mirror shows it too, as a button a screen reader can open.
  assert.ok(await page.getByRole('button', { name: /Annual review scheduling call/ }).count() >= 1);
  await page.screenshot({ path: artifactPath('a11y-keyboard-contact.png') });
  assert.deepEqual(problems.pageErrors, []);
  assert.deepEqual(problems.foreignRequests, []);
  await context.close();
});

test('every screen has landmarks, headings, named controls and real tables in the accessibility tree; axe finds no WCAG 2.1 AA violation', async () => {
  const { context, page } = await open();
  await waitForFirstFrame(page);
  await settle(page, 300);
  let tree = await accessibilityTree(page);
  assertHas(tree, 'heading', 'Create your vault', 'create vault');
  assertHas(tree, 'textbox', 'Passphrase', 'create vault');
  assertHas(tree, 'checkbox', 'I understand that a forgotten passphrase cannot be recovered', 'create vault');
  assertHas(tree, 'combobox', 'Start with', 'create vault');
  // A field's error is tied to it: typing a different confirmation describes the field with it.
  await page.getByRole('textbox', { name: 'Confirm passphrase' }).fill('something else');
  await settle(page, 300);
  const describedBy = await page.getByRole('textbox', { name: 'Confirm passphrase' }).getAttribute('aria-describedby');
  assert.ok(describedBy, 'the confirmation field is described by its error');
  assert.equal(await page.locator(`#${describedBy}`).textContent(), 'The two passphrases are not the same.');
  await page.getByRole('textbox', { name: 'Confirm passphrase' }).fill('');
  await settle(page, 300);
  assert.deepEqual(await axeViolations(page), [], 'create vault screen');

  await createVault(page, 'Demo: 50 fake students');
  await settle(page, 300);
  const screens = {
    Today: [['heading', /^Today, /], ['table', /^(Overdue|Due this week|Due in the next 30 days)$/], ['columnheader', 'Due'],
            ['rowheader', undefined]],
    Caseload: [['heading', 'Caseload'], ['table', 'Students'], ['columnheader', 'Student'], ['columnheader', 'Annual review'],
               ['row', undefined], ['rowheader', undefined], ['textbox', 'Search']],
    Calendar: [['heading', undefined], ['button', /\.ics|calendar/i], ['table', 'Deadlines and meetings by day'],
               ['columnheader', 'Mon'], ['cell', /, today/]],
    Reports: [['heading', undefined]],
    Hours: [['heading', undefined]],
    'By teacher': [['heading', undefined]],
    Settings: [['tablist', 'Settings'], ['tab', 'School calendar'], ['tabpanel', undefined]],
  };
  for (const [screen, expected] of Object.entries(screens)) {
    await openScreen(page, screen);
    await settle(page, 300);
    tree = await accessibilityTree(page);
    assertHas(tree, 'navigation', 'Screens', screen);
    assertHas(tree, 'main', undefined, screen);
    assertHas(tree, 'banner', undefined, screen);
    assertHas(tree, 'button', 'Lock', screen);
    for (const [role, name] of expected) assertHas(tree, role, name, screen);
    assert.deepEqual(await axeViolations(page), [], `${screen} screen`);
  }

  // A student record: tabs and their panel; then the help dialog, which is modal.
  await openScreen(page, 'Caseload');
  const firstRow = (await controls(page)).find((c) => c.role === 'row');
  await click(page, firstRow.label, 'row');
  await settle(page, 300);
  tree = await accessibilityTree(page);
  assertHas(tree, 'heading', firstRow.label, 'student');
  assertHas(tree, 'tablist', 'Student record', 'student');
  assertHas(tree, 'tab', 'Goals', 'student');
  assert.deepEqual(await axeViolations(page), [], 'student record');

  await click(page, 'Help');
  await settle(page, 300);
  tree = await accessibilityTree(page);
  assertHas(tree, 'dialog', 'Keyboard shortcuts and help', 'help');
  assertHas(tree, 'table', 'Keyboard shortcuts', 'help');
  assertHas(tree, 'rowheader', 'Ctrl+Z', 'help');
  assert.ok(!has(tree, 'button', 'Lock'), 'while the dialog is open the rest of the app is inert');
  assert.deepEqual(await axeViolations(page), [], 'help dialog');
  await context.close();
});

test("a screen reader's click activates the control, focus follows both ways, and news is announced", async () => {
  const { context, page } = await open();
  await createVault(page, 'Demo: 25 fake students');
  await settle(page, 300);

  // A screen reader's default action is a click on the element (no pointer involved).
  await page.getByRole('button', { name: 'Caseload', exact: true }).evaluate((el) => el.click());
  await settle(page);
  await findControl(page, 'Students', 'table');
  await waitForAnnouncement(page, /overdue|Saved/, 'polite').catch(() => {});

  // Focus in the mirror moves the app's focus (its keyboard highlight) to the same control.
  await page.getByRole('button', { name: 'Hours', exact: true }).focus();
  await settle(page);
  assert.equal((await findControl(page, 'Hours', 'button')).focused, true);

  // Arrow keys on a table row move the app's cursor, and the mirror's focus follows it.
  const rows = page.getByRole('row');
  await page.getByRole('rowheader').first().getByRole('button').focus();
  await settle(page);
  const first = await focusedName(page);
  await press(page, 'ArrowDown');
  await press(page, 'ArrowDown');
  const third = await focusedName(page);
  assert.notEqual(third, first, 'focus moved down the table');
  const cursor = (await controls(page)).find((c) => c.role === 'row' && c.checked);
  assert.equal(cursor.label, third, 'the mirror focus is the app cursor');
  assert.ok(await rows.count() > 3);

  // An edit is announced when saved; locking is announced; a wrong passphrase is an alert.
  await page.getByRole('button', { name: 'Privacy mode' }).evaluate((el) => el.click());
  await settle(page);
  // Locking reloads the page (nothing stays in memory); the unlock screen says why it is there.
  await page.getByRole('button', { name: 'Lock' }).evaluate((el) => el.click());
  await waitForAnnouncement(page, /Locked to protect student data/, 'polite', 30000);
  await page.getByRole('textbox', { name: 'Passphrase' }).fill('not the passphrase');
  await page.getByRole('button', { name: 'Unlock' }).evaluate((el) => el.click());
  await waitForAnnouncement(page, /does not open this vault/, 'assertive', 30000);
  await page.getByRole('textbox', { name: 'Passphrase' }).fill(PASSPHRASE);
  await page.getByRole('textbox', { name: 'Passphrase' }).focus();
  // After a miss, Unlock waits a moment before it accepts another try.
  for (let i = 0; i < 100 && (await findControl(page, 'Unlock', 'button')).disabled; i++) await page.waitForTimeout(100);
  await press(page, 'Enter');
  await waitForDashboard(page);
  await context.close();
});

test('Tab on the canvas leads into the mirror: the keyboard is never trapped', async () => {
  const { context, page } = await open();
  await createVault(page, null);
  // A mouse user clicked on the canvas (the app keeps the page's focus where it was); Tab must
  // still move on, into the mirror.
  await page.mouse.click(600, 400);
  await settle(page);
  assert.equal(await focusedName(page), null);
  await press(page, 'Tab');
  assert.ok(await focusedName(page), 'Tab left the canvas for a control in the mirror');
  const visited = new Set();
  for (let i = 0; i < 8; i++) {
    await press(page, 'Tab');
    visited.add(await focusedName(page));
  }
  assert.ok(visited.size >= 6, `Tab keeps moving through the controls (${[...visited].join(' | ')})`);
  await context.close();
});
