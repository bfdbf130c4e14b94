// The command-line tool as a user runs it: exit codes, --version, --help, messages on bad input.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../../build/native/caseload', import.meta.url));
const run = (...args) => spawnSync(cli, args, { encoding: 'utf8' });
const scratch = mkdtempSync(join(tmpdir(), 'caseload-cli-'));

test('--version prints the product and a semantic version', () => {
  const result = run('--version');
  assert.equal(result.status, 0);
  assert.match(result.stdout, /^Caseload \d+\.\d+\.\d+\n$/);
});

test('--help lists every command with its usage', () => {
  const result = run('--help');
  assert.equal(result.status, 0);
  assert.match(result.stdout, /Usage: caseload COMMAND/);
  assert.match(result.stdout, /check-json FILE/);
});

test('no arguments prints help to stderr and exits 2', () => {
  const result = run();
  assert.equal(result.status, 2);
  assert.match(result.stderr, /Commands:/);
});

test('an unknown command is named in the error', () => {
  const result = run('frobnicate');
  assert.equal(result.status, 2);
  assert.match(result.stderr, /unknown command 'frobnicate'/);
});

test('check-json reports the line and column of a syntax error', () => {
  const file = join(scratch, 'broken.json');
  writeFileSync(file, '{\n  "students": [\n    {"name": }\n  ]\n}\n');
  const result = run('check-json', file);
  assert.equal(result.status, 1);
  assert.match(result.stderr, /line 3, column 14/);
  const good = join(scratch, 'good.json');
  writeFileSync(good, '{"students": []}');
  assert.equal(run('check-json', good).status, 0);
});

test('check-json on a missing file says it cannot open it', () => {
  const result = run('check-json', join(scratch, 'nope.json'));
  assert.equal(result.status, 1);
  assert.match(result.stderr, /cannot open/);
});
