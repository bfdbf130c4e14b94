// The command-line tool as a user runs it: exit codes, --version, --help, the demo caseload,
// validation messages, deadlines and the summary.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../../build/native/caseload', import.meta.url));
const run = (...args) => spawnSync(cli, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
const scratch = mkdtempSync(join(tmpdir(), 'caseload-cli-'));
const TODAY = '2026-11-23';

function demoFile(name, ...extra) {
  const file = join(scratch, name);
  const result = run('demo', '--students', '40', '--seed', '3', '--today', TODAY, '--out', file, ...extra);
  assert.equal(result.status, 0, result.stderr);
  return file;
}

test('--version prints the product and a semantic version', () => {
  const result = run('--version');
  assert.equal(result.status, 0);
  assert.match(result.stdout, /^Caseload \d+\.\d+\.\d+\n$/);
});

test('--help lists every command with its usage', () => {
  const result = run('--help');
  assert.equal(result.status, 0);
  for (const command of ['demo', 'validate FILE', 'deadlines FILE', 'summary FILE']) {
    assert.ok(result.stdout.includes(command), command);
  }
});

test('no arguments prints help to stderr and exits 2; an unknown command is named', () => {
  const none = run();
  assert.equal(none.status, 2);
  assert.match(none.stderr, /Commands:/);
  const unknown = run('frobnicate');
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /unknown command 'frobnicate'/);
});

test('demo is deterministic for a seed and validates clean', () => {
  const a = run('demo', '--students', '12', '--seed', '9', '--today', TODAY).stdout;
  const b = run('demo', '--students', '12', '--seed', '9', '--today', TODAY).stdout;
  assert.equal(a, b);
  const doc = JSON.parse(a);
  assert.equal(doc.format, 'caseload');
  assert.equal(doc.students.length, 12);
  assert.equal(doc.demo, true);
  const file = demoFile('clean.json');
  const result = run('validate', file);
  assert.equal(result.status, 0, result.stdout);
  assert.match(result.stdout, /valid \(40 students, 0 errors, 0 warnings\)/);
});

test('validate prints every problem with its path and exits 1', () => {
  const doc = JSON.parse(readFileSync(demoFile('broken.json'), 'utf8'));
  doc.students[0].date_of_birth = '2013-02-30';
  doc.students[2].plan_type = 'IEP';
  doc.students[3].favourite_colour = 'green';
  delete doc.students[4].id;
  const file = join(scratch, 'broken-edited.json');
  writeFileSync(file, JSON.stringify(doc));
  const result = run('validate', file);
  assert.equal(result.status, 1);
  assert.match(result.stdout, /ERROR \/students\/0\/date_of_birth: expected a real date/);
  assert.match(result.stdout, /ERROR \/students\/2\/plan_type: expected one of: iep, 504, referral, exited/);
  assert.match(result.stdout, /WARNING \/students\/3\/favourite_colour: unknown field/);
  assert.match(result.stdout, /ERROR \/students\/4\/id: is required/);
  assert.match(result.stdout, /invalid \(40 students, 3 errors, 1 warnings\)/);
});

test('validate reports a truncated file by line and column', () => {
  const file = join(scratch, 'truncated.json');
  writeFileSync(file, readFileSync(demoFile('whole.json'), 'utf8').slice(0, 5000));
  const result = run('validate', file);
  assert.equal(result.status, 1);
  assert.match(result.stdout, /not valid JSON .* line \d+, column \d+|line \d+, column \d+: the caseload file is not valid JSON/);
});

test('deadlines prints JSON sorted by due date with citations', () => {
  const result = run('deadlines', demoFile('d.json'), '--today', TODAY);
  assert.equal(result.status, 0, result.stderr);
  const out = JSON.parse(result.stdout);
  assert.equal(out.today, TODAY);
  assert.equal(out.rule_profile, 'federal');
  assert.ok(out.deadlines.length > 40);
  for (let i = 1; i < out.deadlines.length; i++) {
    assert.ok(out.deadlines[i - 1].due <= out.deadlines[i].due, 'sorted by due date');
  }
  for (const d of out.deadlines) {
    assert.ok(d.citation.length > 0);
    assert.ok(['done', 'overdue', 'due_very_soon', 'due_soon', 'later'].includes(d.status));
  }
  assert.ok(out.deadlines.some((d) => d.status === 'overdue'));
});

test('deadlines --format table is for people; --initials hides names', () => {
  const file = demoFile('t.json');
  const names = JSON.parse(readFileSync(file, 'utf8')).students.map((s) => `${s.first_name} ${s.last_name}`);
  const table = run('deadlines', file, '--today', TODAY, '--format', 'table');
  assert.equal(table.status, 0);
  assert.match(table.stdout, /^DUE\s+STATUS\s+STUDENT/);
  assert.ok(names.some((n) => table.stdout.includes(n)));
  const initials = run('deadlines', file, '--today', TODAY, '--format', 'table', '--initials');
  assert.ok(!names.some((n) => initials.stdout.includes(n)), 'no full names with --initials');
});

test('the profile changes the rules: California adds assessment plans', () => {
  const file = demoFile('ca.json', '--profile', 'california');
  const out = JSON.parse(run('deadlines', file, '--today', TODAY).stdout);
  assert.equal(out.rule_profile, 'california');
  assert.ok(out.deadlines.some((d) => d.kind === 'assessment_plan'));
  const asFederal = JSON.parse(run('deadlines', file, '--today', TODAY, '--profile', 'federal').stdout);
  assert.ok(!asFederal.deadlines.some((d) => d.kind === 'assessment_plan'));
  const unknown = run('deadlines', file, '--today', TODAY, '--profile', 'narnia');
  assert.equal(unknown.status, 1);
  assert.match(unknown.stderr, /unknown rule profile 'narnia' \(known: california, federal, kansas\)/);
});

test('summary: text for people, JSON aggregates with no student data', () => {
  const file = demoFile('s.json');
  const text = run('summary', file, '--today', TODAY);
  assert.equal(text.status, 0);
  assert.match(text.stdout, /Students: 40 \(IEP \d+, 504 \d+, referral \d+, exited \d+\)/);
  assert.match(text.stdout, /Annual reviews current: \d+ of \d+ IEP files/);
  const json = run('summary', file, '--today', TODAY, '--format', 'json');
  const summary = JSON.parse(json.stdout);
  assert.equal(summary.students.total, 40);
  const doc = JSON.parse(readFileSync(file, 'utf8'));
  for (const s of doc.students) {
    assert.ok(!json.stdout.includes(s.id));
    assert.ok(!json.stdout.includes(s.last_name));
  }
});

test('bad arguments get a usage error (exit 2)', () => {
  const file = demoFile('args.json');
  assert.equal(run('deadlines', file, '--today', '2026-13-01').status, 2);
  assert.match(run('deadlines', file, '--today', '2026-13-01').stderr, /--today must be a date/);
  assert.equal(run('deadlines', file, '--colour').status, 2);
  assert.equal(run('demo', '--students', 'many').status, 2);
  assert.equal(run('validate').status, 2);
  const missing = run('deadlines', join(scratch, 'nope.json'), '--today', TODAY);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /cannot open/);
});
