// Files Caseload writes for other programs, read back by real parsers: the iCalendar export by
// ical.js (what calendar apps use), the progress reports as HTML, the caseload CSV.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import ICAL from 'ical.js';

const cli = fileURLToPath(new URL('../../build/native/caseload', import.meta.url));
const run = (...args) => spawnSync(cli, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
const scratch = mkdtempSync(join(tmpdir(), 'caseload-exports-'));
const TODAY = '2026-11-23';

// A demo caseload with hostile text in the places users type.
function hostileCaseload() {
  const demo = JSON.parse(run('demo', '--students', '30', '--seed', '5', '--today', TODAY).stdout);
  const first = demo.students[0];
  first.first_name = 'Zed<script>alert(1)</script>';
  first.last_name = '=HYPERLINK("http://x","y")';
  const withMeeting = demo.students.find((s) => s.meetings.some((m) => m.time));
  const meeting = withMeeting.meetings.find((m) => m.time);
  meeting.location = 'Room 12, "B"; wing\nNorth';
  meeting.status = 'scheduled';
  const file = join(scratch, 'hostile.json');
  writeFileSync(file, JSON.stringify(demo));
  return { file, demo, meeting, withMeeting };
}

test('calendar: ical.js reads every event, all-day deadlines, escaped text, initials only', () => {
  const { file, demo, meeting, withMeeting } = hostileCaseload();
  const result = run('calendar', file, '--today', TODAY);
  assert.equal(result.status, 0, result.stderr);
  const ics = result.stdout;
  for (const line of ics.split('\r\n').slice(0, -1)) {
    assert.ok(Buffer.byteLength(line) <= 75, `line longer than 75 octets: ${line}`);
  }
  const calendar = new ICAL.Component(ICAL.parse(ics));
  assert.equal(calendar.getFirstPropertyValue('version'), '2.0');
  const events = calendar.getAllSubcomponents('vevent');
  assert.ok(events.length > 50, `${events.length} events`);
  const uids = new Set();
  for (const event of events) {
    const uid = event.getFirstPropertyValue('uid');
    assert.ok(uid && !uids.has(uid), `unique UID ${uid}`);
    uids.add(uid);
    assert.ok(event.getFirstPropertyValue('dtstamp'), 'DTSTAMP');
    const summary = event.getFirstPropertyValue('summary');
    assert.match(summary, /^(\S\. )*\S\.: /u);
    if (uid.startsWith('deadline-')) assert.equal(event.getFirstPropertyValue('dtstart').isDate, true, summary);
  }
  for (const student of demo.students) {
    assert.ok(!ics.includes(student.last_name), `no last name in the calendar (${student.last_name.slice(0, 1)}.)`);
  }
  const meetingEvent = events.find((e) => e.getFirstPropertyValue('uid') === `meeting-${meeting.id}@caseload.app`);
  assert.ok(meetingEvent, 'the meeting is in the calendar');
  assert.equal(meetingEvent.getFirstPropertyValue('location'), meeting.location);
  const start = meetingEvent.getFirstPropertyValue('dtstart');
  assert.equal(start.isDate, false);
  assert.equal(`${String(start.hour).padStart(2, '0')}:${String(start.minute).padStart(2, '0')}`, meeting.time);
  assert.ok(meetingEvent.getFirstPropertyValue('summary').startsWith(`${withMeeting.first_name[0]}. `));
});

test('reports: one HTML document for the period, names escaped, charts inline', () => {
  const { file, demo } = hostileCaseload();
  const period = demo.settings.reporting_periods[0].id;
  const result = run('reports', file, '--period', period, '--today', TODAY);
  assert.equal(result.status, 0, result.stderr);
  const html = result.stdout;
  assert.ok(!html.includes('<script'), 'no script element');
  assert.ok(html.includes('Zed&lt;script&gt;alert(1)&lt;/script&gt;'));
  assert.ok(html.includes('<svg'), 'inline SVG charts');
  assert.ok(!/(src|href)=["']?(https?:)?\/\//.test(html), 'no external resource');
  const ieps = demo.students.filter((s) => s.plan_type === 'iep').length;
  assert.equal(html.match(/<div class="page">/g).length, ieps);
  assert.match(html, /the progress is (not yet )?sufficient to meet the goal/);
  const bad = run('reports', file, '--period', 'nope', '--today', TODAY);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--period must be the id of a reporting period/);
});

test('export-csv: a row per student, formulas defused', () => {
  const { file, demo } = hostileCaseload();
  const out = join(scratch, 'caseload.csv');
  const result = run('export-csv', file, '--today', TODAY, '--out', out);
  assert.equal(result.status, 0, result.stderr);
  const csv = readFileSync(out, 'utf8');
  const rows = csv.trimEnd().split('\r\n');
  assert.equal(rows.length, demo.students.length + 1);
  assert.ok(rows[0].startsWith('Last name,First name,Student ID'));
  assert.ok(csv.includes(`"'=HYPERLINK(""http://x"",""y"")"`), 'leading = prefixed with a quote mark');
  assert.ok(!/(^|,)=/m.test(csv), 'no cell starts with =');
});
