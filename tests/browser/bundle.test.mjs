// Bundles in the browser: export a backup from one profile, download it, import it into a fresh
// profile (file picker), check the same caseload is there; a transfer for another vault's key,
// dropped onto the page, opens without a passphrase.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';

import { Decrypter } from 'age-encryption';

import { artifactPath, caseloadRows, click, controls, fill, findControl, launchBrowser, openApp, openScreen, serveSite,
         waitForDashboard, waitForFirstFrame, waitForText } from './harness.mjs';

const VAULT = 'maple river lantern quietly';
const BUNDLE = 'bundle passphrase for the move';
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
  await fill(page, 'Passphrase', VAULT, 'password');
  await fill(page, 'Confirm passphrase', VAULT, 'password');
  await click(page, 'I understand that a forgotten passphrase cannot be recovered', 'checkbox');
  if (startWith) {
    await click(page, 'Start with', 'combobox');
    await click(page, startWith, 'option');
  }
  await click(page, 'Create vault');
  await waitForDashboard(page);
}

const studentRows = caseloadRows;

test('export a backup with a passphrase, import it into a fresh profile: same caseload', async () => {
  const a = await openApp(browser, server.url);
  await createVault(a.page, 'Demo: 25 fake students');
  const names = await studentRows(a.page);
  assert.ok(names.length >= 10);
  await click(a.page, 'Export…');
  await fill(a.page, 'Bundle passphrase', BUNDLE, 'password');
  await fill(a.page, 'Confirm bundle passphrase', BUNDLE, 'password');
  const downloading = a.page.waitForEvent('download');
  await click(a.page, 'Export');
  const download = await downloading;
  assert.match(download.suggestedFilename(), /^caseload-\d{4}-\d{2}-\d{2}\.age$/);
  const file = artifactPath('exported-backup.age');
  await download.saveAs(file);
  await waitForText(a.page, 'Saved caseload-');
  await a.page.screenshot({ path: artifactPath('bundle-exported.png') });
  assert.deepEqual(a.problems.foreignRequests, []);

  // The file is a standard age file: the reference implementation opens it too.
  const decrypter = new Decrypter();
  decrypter.addPassphrase(BUNDLE);
  const plaintext = JSON.parse(Buffer.from(await decrypter.decrypt(readFileSync(file))).toString('utf8'));
  assert.equal(plaintext.format, 'caseload-bundle');
  assert.equal(plaintext.students.length, 25);

  const b = await openApp(browser, server.url);
  await createVault(b.page);
  const choosing = b.page.waitForEvent('filechooser');
  await click(b.page, 'Import…');
  await (await choosing).setFiles(file);
  await fill(b.page, 'Bundle passphrase', BUNDLE, 'password');
  await click(b.page, 'Open');
  await waitForText(b.page, '25 students', 30000);
  await b.page.screenshot({ path: artifactPath('bundle-import-preview.png') });
  await click(b.page, 'Import');
  await waitForText(b.page, 'Imported. 25 students added');
  await click(b.page, 'Close##import'.split('##')[0]);
  assert.deepEqual(await studentRows(b.page), names);
  await waitForText(b.page, 'DEMO DATA');  // a backup restored into an empty vault brings its settings
  await a.context.close();
  await b.context.close();
});

test('a wrong bundle passphrase and a file that is not a bundle get clear messages', async () => {
  const { context, page } = await openApp(browser, server.url);
  await createVault(page);
  const choosing = page.waitForEvent('filechooser');
  await click(page, 'Import…');
  await (await choosing).setFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('just some notes') });
  await waitForText(page, 'is not a Caseload bundle');
  await page.screenshot({ path: artifactPath('bundle-not-a-bundle.png') });
  await context.close();
});

test('a transfer for another vault\'s key, dropped on the page, opens with no passphrase', async () => {
  const receiver = await openApp(browser, server.url);
  await createVault(receiver.page);
  await openScreen(receiver.page, 'Settings');
  await click(receiver.page, 'Security and storage', 'tab');
  const key = (await controls(receiver.page)).find((c) => /^age1[0-9a-z]{58}$/.test(c.label)).label;

  const sender = await openApp(browser, server.url);
  await createVault(sender.page, 'Demo: 25 fake students');
  const [first, second] = await studentRows(sender.page);
  await click(sender.page, 'Export…');
  await click(sender.page, 'Selected students (for a receiving case manager)', 'checkbox');
  for (const name of [first, second]) {
    await fill(sender.page, 'Find a student', name);
    await click(sender.page, name, 'checkbox');
  }
  await click(sender.page, "A colleague's bundle key (age1…)", 'checkbox');
  await fill(sender.page, 'Their bundle key', key);
  const downloading = sender.page.waitForEvent('download');
  await click(sender.page, 'Export');
  const download = await downloading;
  assert.match(download.suggestedFilename(), /^transfer-[A-Z]+-[A-Z]+-\d{4}-\d{2}-\d{2}\.age$/);
  const bytes = readFileSync(await download.path());

  await receiver.page.evaluate(({ name, data }) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(data)], name));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, { name: download.suggestedFilename(), data: Array.from(bytes) });
  await waitForText(receiver.page, '2 students', 30000);
  await click(receiver.page, 'Import');
  await waitForText(receiver.page, 'Imported. 2 students added');
  await click(receiver.page, 'Close');
  assert.deepEqual(await studentRows(receiver.page), [first, second].sort());
  await sender.context.close();
  await receiver.context.close();
});
