// The vault in real Chromium: create, add a student, reload and unlock; wrong passphrase; raw
// IndexedDB holds no plaintext; a crash right after "Saved" or in the middle of a burst of edits
// loses nothing that was saved; two tabs never write at once.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { artifactPath, click, controls, fill, findControl, hasText, launchBrowser, openApp, openScreen, openStudent,
         serveSite, settle, waitForDashboard, waitForFirstFrame, waitForSaved, waitForText } from './harness.mjs';

const PASSPHRASE = 'maple river lantern quietly';
let browser, server;
before(async () => {
  server = await serveSite();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

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

async function unlock(page, passphrase = PASSPHRASE) {
  await waitForFirstFrame(page);
  await findControl(page, 'Unlock your caseload', 'heading', { timeout: 20000 });
  await fill(page, 'Passphrase', passphrase, 'password');
  await click(page, 'Unlock');
}

async function addStudent(page, first, last, lastIep) {
  await click(page, 'Add student');
  await fill(page, 'First name', first);
  await fill(page, 'Last name', last);
  await fill(page, 'Last IEP meeting', lastIep);
  await click(page, 'Save');
  await waitForSaved(page);
}

async function saveState(page) {
  const list = await controls(page);
  const status = list.find((c) => (c.role === 'status' || c.role === 'alert') &&
                                  /^(Saved|Saving…|Not saved)/.test(c.label));
  return status ? status.label : null;
}

async function rawVault(page) {
  return page.evaluate(async () => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('caseload');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction('vault', 'readonly');
    const store = tx.objectStore('vault');
    const [keys, values] = await Promise.all([
      new Promise((r) => { const q = store.getAllKeys(); q.onsuccess = () => r(q.result); }),
      new Promise((r) => { const q = store.getAll(); q.onsuccess = () => r(q.result); }),
    ]);
    db.close();
    return keys.map((key, i) => ({ key: String(key), bytes: Array.from(new Uint8Array(values[i])) }));
  });
}

// Kills the tab's renderer, as a crash or the OS killing a background tab would.
async function crashTab(context, page) {
  const cdp = await context.newCDPSession(page);
  const crashed = page.waitForEvent('crash', { timeout: 10000 });
  cdp.send('Page.crash').catch(() => {});  // never answers: the page is gone
  await crashed;
}

function containsText(records, text) {
  const needle = Buffer.from(text, 'utf8');
  return records.some((r) => r.key.includes(text) || Buffer.from(r.bytes).includes(needle));
}

test('create a vault, add a student, reload, unlock: everything is back', async () => {
  const { context, page, problems } = await openApp(browser, server.url);
  await createVault(page);
  await addStudent(page, 'Zorblatt', 'Quintessa', '03/01/2026');
  await click(page, 'Deadlines', 'tab');
  await waitForText(page, 'Annual IEP review');
  assert.ok(await hasText(page, 'Mon, Mar 1, 2027'), 'annual review due a year after the last IEP meeting');
  await page.screenshot({ path: artifactPath('vault-student-deadlines.png') });

  await page.reload();
  await unlock(page);
  await waitForDashboard(page);
  await openScreen(page, 'Caseload');
  await waitForText(page, 'Zorblatt Quintessa');
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.foreignRequests, []);
  await context.close();
});

test('a wrong passphrase gets a clear message and another try', async () => {
  const { context, page } = await openApp(browser, server.url);
  await createVault(page);
  await page.reload();
  await unlock(page, 'maple river lantern loudly');
  await waitForText(page, 'That passphrase does not open this vault');
  await page.screenshot({ path: artifactPath('vault-wrong-passphrase.png') });
  await page.waitForTimeout(1600);  // the short wait after a miss
  await fill(page, 'Passphrase', PASSPHRASE, 'password');
  await click(page, 'Unlock');
  await waitForDashboard(page, 20000);
  await context.close();
});

test('IndexedDB holds only ciphertext: no names, typed text or ids', async () => {
  const { context, page } = await openApp(browser, server.url);
  await createVault(page);
  await addStudent(page, 'Zorblatt', 'Quintessa', '03/01/2026');
  await fill(page, 'Eligibility', 'Grandmother prefers calls after five');
  await click(page, 'Save');
  await waitForSaved(page);
  const records = await rawVault(page);
  assert.ok(records.length >= 3, 'meta, settings, app and the student');
  for (const text of ['Zorblatt', 'Quintessa', 'Grandmother prefers', 'student/', 'last_iep_meeting', '2026-03-01']) {
    assert.ok(!containsText(records, text), `"${text}" appears in IndexedDB`);
  }
  const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
  for (const r of records) {
    assert.ok(!uuid.test(r.key) && !uuid.test(Buffer.from(r.bytes).toString('latin1')), 'an id in plaintext');
  }
  const meta = records.find((r) => r.key === 'meta');
  assert.match(Buffer.from(meta.bytes).toString('utf8'), /"algorithm":"argon2id13"/);
  await context.close();
});

test('crashing the tab right after "Saved" loses nothing; a crash mid-burst leaves a readable vault', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  let page = await context.newPage();
  await page.goto(server.url);
  await createVault(page);
  await addStudent(page, 'Pickle', 'Crashworthy', '01/15/2026');
  await fill(page, 'School', 'Saved before the crash');
  await page.keyboard.press('Enter');
  await waitForSaved(page);
  assert.equal(await saveState(page), 'Saved');
  await crashTab(context, page);

  page = await context.newPage();
  await page.goto(server.url);
  await unlock(page);
  await waitForDashboard(page);
  await openStudent(page, 'Pickle Crashworthy');
  await waitForText(page, 'Saved before the crash');

  // A burst of edits, each saved with Enter, and a crash in the middle of it.
  const school = await findControl(page, 'School', 'textbox');
  await page.mouse.click(school.x + 20, school.y + school.h / 2);
  for (let i = 1; i <= 12; i++) {
    await page.keyboard.press('Control+A');
    await page.keyboard.type(`Burst ${i}`);
    await page.keyboard.press('Enter');
    if (i === 7) break;
  }
  await crashTab(context, page);

  page = await context.newPage();
  await page.goto(server.url);
  await unlock(page);
  await waitForDashboard(page);
  await openStudent(page, 'Pickle Crashworthy');
  const field = await findControl(page, 'School', 'textbox');
  assert.match(field.value, /^(Saved before the crash|Burst [1-7])$/, `school is "${field.value}"`);
  await context.close();
});

test('two tabs: the second one says where the caseload is open and can take it over', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const first = await context.newPage();
  await first.goto(server.url);
  await createVault(first);
  await addStudent(first, 'Noodle', 'Twotabs', '02/02/2026');

  const second = await context.newPage();
  await second.goto(server.url);
  await waitForFirstFrame(second);
  await findControl(second, 'Caseload is open in another tab', 'heading');
  await second.screenshot({ path: artifactPath('vault-second-tab.png') });
  await click(second, 'Use it here');
  await unlock(second);
  await waitForDashboard(second);
  await openScreen(second, 'Caseload');
  await waitForText(second, 'Noodle Twotabs');
  await first.bringToFront();
  await settle(first);
  await findControl(first, 'Caseload is open in another tab', 'heading');
  await context.close();
});

test('lock now saves, wipes memory by reloading, and asks for the passphrase again', async () => {
  const { context, page } = await openApp(browser, server.url);
  await createVault(page);
  await addStudent(page, 'Button', 'Lockable', '04/04/2026');
  await click(page, 'Lock');
  await findControl(page, 'Unlock your caseload', 'heading', { timeout: 20000 });
  assert.ok(!(await hasText(page, 'Button Lockable')));
  await unlock(page);
  await waitForDashboard(page);
  await openScreen(page, 'Caseload');
  await waitForText(page, 'Button Lockable');
  await context.close();
});

test('locking keeps typed text that is not valid yet, as a draft restored after unlock', async () => {
  const { context, page } = await openApp(browser, server.url);
  await createVault(page);
  await addStudent(page, 'Gizmo', 'Draftsworth', '05/05/2026');
  await fill(page, 'Date of birth', '13/45/2020');  // not a date: cannot be saved as is
  await fill(page, 'School', 'Typed before the lock');
  await click(page, 'Lock');
  await findControl(page, 'Unlock your caseload', 'heading', { timeout: 20000 });
  await unlock(page);
  await waitForText(page, 'Restored the changes you had not saved before the lock.');
  const dob = await findControl(page, 'Date of birth', 'textbox');
  assert.equal(dob.value, '13/45/2020');
  assert.equal((await findControl(page, 'School', 'textbox')).value, 'Typed before the lock');
  await context.close();
});

test('the vault locks itself after the idle time, keeping a valid edit', async () => {
  const { context, page } = await openApp(browser, server.url);
  await createVault(page);
  await addStudent(page, 'Mango', 'Idlewild', '06/06/2026');
  await openScreen(page, 'Settings');
  await click(page, 'Appearance and privacy', 'tab');
  await click(page, 'Lock after no activity for', 'combobox');
  await click(page, '1 minute', 'option');
  await waitForSaved(page);
  await openStudent(page, 'Mango Idlewild');
  await fill(page, 'School', 'Typed, then walked away');  // valid but not saved
  await findControl(page, 'Unlock your caseload', 'heading', { timeout: 90000 });
  await unlock(page);
  await waitForDashboard(page);
  await openStudent(page, 'Mango Idlewild');
  assert.equal((await findControl(page, 'School', 'textbox')).value, 'Typed, then walked away');
  await context.close();
});

test('a full disk is reported in words and leaves no half-written vault', async () => {
  const { context, page } = await openApp(browser, server.url);
  await waitForFirstFrame(page);
  const cdp = await context.newCDPSession(page);
  const origin = new URL(server.url).origin;
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });
  await fill(page, 'Passphrase', PASSPHRASE, 'password');
  await fill(page, 'Confirm passphrase', PASSPHRASE, 'password');
  await click(page, 'I understand that a forgotten passphrase cannot be recovered', 'checkbox');
  await click(page, 'Start with', 'combobox');
  await click(page, 'Demo: 500 fake students', 'option');
  await click(page, 'Create vault');
  await waitForText(page, 'Storage is full', 60000);
  await page.screenshot({ path: artifactPath('vault-quota-exceeded.png') });
  // Nothing was written: after a reload it is still the first-run screen, not a broken vault.
  await page.reload();
  await waitForFirstFrame(page);
  await findControl(page, 'Create your vault', 'heading', { timeout: 20000 });
  await cdp.send('Storage.overrideQuotaForOrigin', { origin });
  await createVault(page, 'Demo: 25 fake students');
  await waitForText(page, 'DEMO DATA');
  await context.close();
});
