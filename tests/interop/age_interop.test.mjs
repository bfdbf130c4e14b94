// Bundles interoperate with the two reference age implementations both ways: Debian's `age` CLI
// (Go) and the TypeScript implementation on npm (`age-encryption`, typage). Files Caseload writes
// decrypt with them; files they write import into Caseload.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { armor, Decrypter, Encrypter } from 'age-encryption';

const cli = fileURLToPath(new URL('../../build/native/caseload', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'caseload-age-'));
const PASSPHRASE = 'interop passphrase for tests';
const path = (name) => join(dir, name);

function caseload(...args) {
  const result = spawnSync(cli, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (result.status !== 0) throw new Error(`caseload ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

// Debian's age reads passphrases only from a terminal: feed it through a pseudo-terminal.
function agePty(command, answers) {
  const feed = answers.map((a) => `sleep 1; echo '${a}'`).join('; ');
  const result = spawnSync('bash', ['-c', `(${feed}) | script -qec "${command}" /dev/null`], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command}: ${result.stdout} ${result.stderr}`);
}

function assertBundle(bytes, students) {
  const doc = JSON.parse(Buffer.from(bytes).toString('utf8'));
  assert.equal(doc.format, 'caseload-bundle');
  assert.equal(doc.students.length, students);
  return doc;
}

let plaintextBundle;
before(() => {
  caseload('demo', '--students', '10', '--seed', '5', '--today', '2026-11-23', '--out', path('demo.json'));
  writeFileSync(path('pass.txt'), PASSPHRASE + '\n');
  execFileSync('age-keygen', ['-o', path('age-key.txt')], { stdio: 'pipe' });
  caseload('keygen', '--out', path('caseload-key.txt'));
});

const publicKeyOf = (file) => readFileSync(file, 'utf8').match(/public key: (age1[0-9a-z]+)/)[1];
const secretKeyOf = (file) => readFileSync(file, 'utf8').match(/AGE-SECRET-KEY-1[0-9A-Z]+/)[0];

test('Caseload → age CLI: a bundle for an age1 recipient decrypts with the identity file', () => {
  caseload('bundle', 'export', path('demo.json'), '--out', path('to-age.age'), '--recipient', publicKeyOf(path('age-key.txt')));
  execFileSync('age', ['-d', '-i', path('age-key.txt'), '-o', path('from-caseload.json'), path('to-age.age')]);
  plaintextBundle = readFileSync(path('from-caseload.json'));
  assertBundle(plaintextBundle, 10);
});

test('Caseload → age CLI: a passphrase bundle decrypts with the passphrase (through a terminal)', () => {
  caseload('bundle', 'export', path('demo.json'), '--out', path('pass.age'), '--passphrase-file', path('pass.txt'));
  agePty(`age -d -o ${path('pass-out.json')} ${path('pass.age')}`, [PASSPHRASE]);
  assertBundle(readFileSync(path('pass-out.json')), 10);
});

test('Caseload → typage: passphrase, recipient and armored bundles decrypt', async () => {
  const decrypter = new Decrypter();
  decrypter.addPassphrase(PASSPHRASE);
  assertBundle(await decrypter.decrypt(readFileSync(path('pass.age'))), 10);

  caseload('bundle', 'export', path('demo.json'), '--out', path('armored.age'), '--armor',
           '--recipient', publicKeyOf(path('caseload-key.txt')));
  const byKey = new Decrypter();
  byKey.addIdentity(secretKeyOf(path('caseload-key.txt')));
  assertBundle(await byKey.decrypt(armor.decode(readFileSync(path('armored.age'), 'utf8'))), 10);
});

test('age CLI → Caseload: recipient, passphrase (default work factor 2^18) and armor import', () => {
  writeFileSync(path('plain.json'), plaintextBundle);
  execFileSync('age', ['-r', publicKeyOf(path('caseload-key.txt')), '-o', path('by-age.age'), path('plain.json')]);
  assert.match(caseload('bundle', 'inspect', path('by-age.age'), '--identity', path('caseload-key.txt')), /10 students/);
  execFileSync('age', ['-a', '-r', publicKeyOf(path('caseload-key.txt')), '-o', path('by-age-armor.age'), path('plain.json')]);
  assert.match(caseload('bundle', 'inspect', path('by-age-armor.age'), '--identity', path('caseload-key.txt')), /10 students/);
  agePty(`age -p -o ${path('by-age-pass.age')} ${path('plain.json')}`, [PASSPHRASE, PASSPHRASE]);
  assert.match(readFileSync(path('by-age-pass.age'), 'latin1'), /-> scrypt \S+ 18\n/);
  assert.match(caseload('bundle', 'inspect', path('by-age-pass.age'), '--passphrase-file', path('pass.txt')), /10 students/);
});

test('typage → Caseload: passphrase and recipient files import', async () => {
  const byPass = new Encrypter();
  byPass.setPassphrase(PASSPHRASE);
  writeFileSync(path('typage-pass.age'), await byPass.encrypt(plaintextBundle));
  assert.match(caseload('bundle', 'inspect', path('typage-pass.age'), '--passphrase-file', path('pass.txt')), /10 students/);
  const byKey = new Encrypter();
  byKey.addRecipient(publicKeyOf(path('caseload-key.txt')));
  writeFileSync(path('typage-key.age'), armor.encode(await byKey.encrypt(plaintextBundle)));
  assert.match(caseload('bundle', 'inspect', path('typage-key.age'), '--identity', path('caseload-key.txt')), /10 students/);
});

test('import merges a colleague\'s bundle into a caseload file, atomically', () => {
  caseload('demo', '--students', '4', '--seed', '77', '--today', '2026-11-23', '--out', path('mine.json'));
  const out = caseload('bundle', 'import', path('by-age.age'), path('mine.json'), '--identity', path('caseload-key.txt'));
  assert.match(out, /^10 students added, 0 updated/);
  assert.equal(JSON.parse(readFileSync(path('mine.json'), 'utf8')).students.length, 14);
  const again = caseload('bundle', 'import', path('by-age.age'), path('mine.json'), '--identity', path('caseload-key.txt'));
  assert.match(again, /^0 students added, 0 updated, 10 already up to date/);
});

test('wrong keys and damaged files get specific messages', () => {
  const wrong = spawnSync(cli, ['bundle', 'inspect', path('to-age.age'), '--identity', path('caseload-key.txt')],
                          { encoding: 'utf8' });
  assert.equal(wrong.status, 1);
  assert.match(wrong.stderr, /not encrypted for this key/);
  const bytes = readFileSync(path('pass.age'));
  writeFileSync(path('cut.age'), bytes.subarray(0, bytes.length - 40));
  assert.match(spawnSync(cli, ['bundle', 'inspect', path('cut.age'), '--passphrase-file', path('pass.txt')],
                         { encoding: 'utf8' }).stderr, /damaged or incomplete/);
  writeFileSync(path('not-age.age'), 'hello');
  assert.match(spawnSync(cli, ['bundle', 'inspect', path('not-age.age'), '--passphrase-file', path('pass.txt')],
                         { encoding: 'utf8' }).stderr, /not an age-encrypted file/);
});
