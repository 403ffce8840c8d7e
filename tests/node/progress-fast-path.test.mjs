// parseProgress checks well-formed reports by hand and leaves the rest to the zod schema;
// taskStatusAt remembers its answers. Both must give exactly what the plain versions give (every
// report, field order, notice, error and status), over many generated files, most with bad reports
// of every kind mixed in. The plain versions are in tests/node/support/progress-reference.ts.
// Run with `node --import tsx --test tests/node/progress-fast-path.test.mjs`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledRegister } from '../../src/data/bundled.ts';
import { generateRegister, seededRandom } from '../../src/data/generate.ts';
import { isCalendarDate, parseProgress, quickIndicatorReport, quickTaskReport, progressFileSchema } from '../../src/data/progress.ts';
import { deadlineEnd, taskStatusAt } from '../../src/data/status.ts';
import { deepFreeze } from '../../src/data/trusted.ts';
import { referenceParseProgress, referenceTaskStatusAt } from './support/progress-reference.ts';

const bundled = bundledRegister();
// The bundled register with every kind of deadline, and two tasks sharing a document number.
const varied = deepFreeze({
  ...bundled,
  tasks: bundled.tasks.map((task, i) => {
    const deadline = [
      task.deadline,
      { kind: 'month', year: 2024, month: 2, text: '2024年2月' },
      { kind: 'date', date: '2025-06-30', text: '2025年6月底前' },
      { kind: 'ongoing', text: '持续推进' },
      { kind: 'none' },
    ][i % 5];
    return { ...structuredClone(task), deadline, ...(i === 7 ? { number: bundled.tasks[6].number } : {}) };
  }),
});
const generated = generateRegister({ tasks: 60, units: 12 });
const today = '2026-11-29';
const asOf = new Date(`${today}T00:00:00Z`);

const goodDates = ['2021-03-15', '2022-12-31', '2023-02-28', '2024-02-29', '2025-06-30', '2025-07-01', '2026-01-01', '2026-11-29', '2024-12-31', '2025-12-31'];
const badDates = ['2023-02-29', '2024-02-30', '2025-13-01', '2025-00-10', '2025-04-31', '2025-04-00', '1900-02-29', '2026-11-30', '2027-01-01', '2025/06/30', '2025-6-30', ' 2025-06-30', '', 20250630, null];

/** One report, sometimes bad in one or more ways, sometimes not a plain object at all. */
function makeTaskReport(next, register) {
  const pick = (list) => list[Math.floor(next() * list.length)];
  const task = pick(register.tasks);
  const report = {};
  const roll = next();
  if (roll < 0.04) return pick([null, 'report', 42, [], [task.number], true]);
  const taskName = next() < 0.85 ? pick([task.number, task.number, task.id, ` ${task.number} `]) : pick(['no-such-task', '', 7, register.tasks[6].number]);
  // Sometimes the fields in another order than the schema's.
  const fields = [
    ['task', taskName],
    ['date', next() < 0.85 ? pick(goodDates) : pick(badDates)],
    ['status', next() < 0.92 ? pick(['notStarted', 'inProgress', 'completed', 'completed', 'suspended', 'cancelled']) : pick(['done', '', undefined, 3])],
  ];
  if (next() < 0.5) fields.push(['percent', next() < 0.85 ? Math.round(next() * 100) : pick([-1, 101, NaN, Infinity, '50', undefined, 100.5, 0])]);
  if (next() < 0.3) fields.push(['note', next() < 0.85 ? pick(['按计划推进。', '已验收']) : pick(['', undefined, 1])]);
  if (next() < 0.15) fields.push(['source', next() < 0.85 ? '督查室' : pick(['', null])]);
  if (next() < 0.4) fields.push(['reportedBy', next() < 0.85 ? pick(register.units).id : pick(['nobody', '', undefined])]);
  if (next() < 0.06) fields.push(['extra', pick([{ a: 1, nested: { b: [1, 2] } }, {}, 'x', null])]);
  if (next() < 0.04) fields.push([pick(['owner', 'indicator', 'value', '__proto__x']), 'x']);
  if (next() < 0.3) fields.reverse();
  for (const [key, value] of fields) report[key] = value;
  if (next() < 0.03) delete report[pick(['task', 'date', 'status'])];
  const shape = next();
  if (shape < 0.03) return Object.assign(Object.create(null), report);
  if (shape < 0.05) return Object.assign(Object.create({ inherited: 1 }), report);
  if (shape < 0.06) return Object.assign(new (class Report {})(), report);
  return report;
}

function makeIndicatorReport(next, register) {
  const pick = (list) => list[Math.floor(next() * list.length)];
  if (next() < 0.04) return pick([null, 'x', [], 1]);
  const report = {
    indicator: register.indicators.length && next() < 0.9 ? pick(register.indicators).id : pick(['no-such-indicator', '', 3]),
    date: next() < 0.85 ? pick(goodDates) : pick(badDates),
    value: next() < 0.9 ? Math.round(next() * 1000) / 10 : pick(['5', NaN, -Infinity, undefined]),
  };
  if (next() < 0.3) report.note = next() < 0.85 ? '统计口径' : '';
  if (next() < 0.3) report.source = next() < 0.85 ? '统计局' : 2;
  if (next() < 0.3) report.reportedBy = next() < 0.85 ? pick(register.units).id : 'nobody';
  if (next() < 0.05) report.extra = { year: 2025 };
  if (next() < 0.03) report.status = 'completed';
  return report;
}

/** A file from a seed: usually well framed with a mix of reports; sometimes a broken frame. */
function makeFile(seed, register) {
  const next = seededRandom(seed);
  const count = Math.floor(next() * 40);
  const file = {
    schemaVersion: 1,
    register: register.id,
    tasks: Array.from({ length: count }, () => makeTaskReport(next, register)),
    indicators: Array.from({ length: Math.floor(next() * 8) }, () => makeIndicatorReport(next, register)),
  };
  const frame = next();
  if (frame < 0.03) file.schemaVersion = 2;
  else if (frame < 0.05) file.register = 'another-register';
  else if (frame < 0.07) file.tasks = { 0: file.tasks[0] };
  else if (frame < 0.08) file.owner = 'x';
  else if (frame < 0.1) delete file.indicators;
  else if (frame < 0.11) return null;
  return file;
}

/** JSON with the keys in their order and `undefined` values kept, so field order and presence count. */
const canonical = (value) => JSON.stringify(value, (key, v) => (v === undefined ? '(undefined)' : typeof v === 'number' && !Number.isFinite(v) ? String(v) : v));

function deeplyFrozen(value) {
  if (!value || typeof value !== 'object') return true;
  return Object.isFrozen(value) && Object.values(value).every(deeplyFrozen);
}

function outcome(parse, json, register) {
  try {
    return { result: parse(json, register, asOf) };
  } catch (error) {
    return { error: { name: error.name, code: error.code, key: error.key, params: error.params, details: error.details } };
  }
}

test('parseProgress gives what the plain schema-per-report check gives, over 1,500 generated files', () => {
  let reports = 0;
  let ignoredSeen = 0;
  let thrown = 0;
  for (let seed = 1; seed <= 1500; seed++) {
    const register = [bundled, varied, generated][seed % 3];
    // Each side gets its own copy: the checks freeze what they keep.
    const ours = outcome(parseProgress, makeFile(seed, register), register);
    const theirs = outcome(referenceParseProgress, makeFile(seed, register), register);
    if (theirs.error) {
      thrown++;
      assert.deepEqual(ours.error, theirs.error, `seed ${seed}`);
      continue;
    }
    assert.ok(ours.result, `seed ${seed}: ${JSON.stringify(ours.error)}`);
    assert.equal(canonical(ours.result.progress), canonical(theirs.result.progress), `seed ${seed}: progress`);
    assert.deepEqual(ours.result.ignored, theirs.result.ignored, `seed ${seed}: ignored`);
    assert.ok(deeplyFrozen(ours.result.progress), `seed ${seed}: frozen`);
    reports += ours.result.progress.tasks.length + ours.result.progress.indicators.length;
    ignoredSeen += ours.result.ignored.length;
  }
  // The generated files exercise every outcome, or the comparison proves little.
  assert.ok(reports > 10000 && ignoredSeen > 5000 && thrown > 50, `${reports} kept, ${ignoredSeen} ignored, ${thrown} thrown`);
});

test('many reports on few tasks, in and out of date order, with repeated dates: the same reports kept and the same duplicates refused', () => {
  // A task's dates later than every date kept so far need no look-up; these files mix long
  // ascending runs with dates that go back, repeat a kept one, or repeat a refused one.
  const tasks = generated.tasks.slice(0, 5);
  let duplicates = 0;
  let outOfOrder = 0;
  let kept = 0;
  for (let seed = 1; seed <= 200; seed++) {
    const make = () => {
      const next = seededRandom(seed * 7919);
      const pick = (list) => list[Math.floor(next() * list.length)];
      const out = [];
      const day = new Map(tasks.map((task) => [task.id, 0]));
      for (let i = 0; i < 150; i++) {
        const task = pick(tasks);
        const roll = next();
        // Mostly the next day of the task's run; sometimes an earlier day, a repeated one, a bad one.
        const at = roll < 0.7 ? day.get(task.id) + 1 + Math.floor(next() * 3) : roll < 0.85 ? Math.floor(next() * (day.get(task.id) + 1)) : day.get(task.id);
        if (roll < 0.7) day.set(task.id, at);
        const date = roll > 0.97 ? pick(badDates) : new Date(Date.UTC(2021, 0, 1 + at)).toISOString().slice(0, 10);
        const report = { task: next() < 0.9 ? task.number : task.id, date, status: pick(['inProgress', 'completed', 'notStarted']) };
        if (next() < 0.2) report.percent = next() < 0.9 ? Math.round(next() * 100) : 101;
        if (next() < 0.05) report.extra = { n: i };
        out.push(report);
      }
      return { schemaVersion: 1, register: generated.id, tasks: out };
    };
    const ours = outcome(parseProgress, make(), generated);
    const theirs = outcome(referenceParseProgress, make(), generated);
    assert.ok(ours.result && theirs.result, `seed ${seed}`);
    assert.equal(canonical(ours.result.progress), canonical(theirs.result.progress), `seed ${seed}: progress`);
    assert.deepEqual(ours.result.ignored, theirs.result.ignored, `seed ${seed}: ignored`);
    assert.ok(deeplyFrozen(ours.result.progress), `seed ${seed}: frozen`);
    duplicates += ours.result.ignored.filter((issue) => issue.key === 'progressDuplicate').length;
    const list = make().tasks;
    for (const task of tasks) {
      const dates = list.filter((r) => r.task === task.number || r.task === task.id).map((r) => r.date);
      outOfOrder += dates.some((d, i) => i > 0 && d < dates[i - 1]) ? 1 : 0;
    }
    kept += ours.result.progress.tasks.length;
  }
  assert.ok(duplicates > 1000 && outOfOrder > 500 && kept > 10000, `${duplicates} duplicates, ${outOfOrder} tasks out of order, ${kept} kept`);
});

test('the hand check accepts only what the schema accepts, and returns what the schema returns', () => {
  const fileShape = progressFileSchema().def.shape;
  const taskSchema = fileShape.tasks.def.element;
  const indicatorSchema = fileShape.indicators.def.innerType.def.element;
  let quick = 0;
  for (let seed = 1; seed <= 3000; seed++) {
    const next = seededRandom(seed);
    const register = [bundled, varied, generated][seed % 3];
    for (const [make, hand, schema] of [
      [makeTaskReport, quickTaskReport, taskSchema],
      [makeIndicatorReport, quickIndicatorReport, indicatorSchema],
    ]) {
      const raw = make(next, register);
      const fast = hand(raw);
      if (fast === undefined) continue;
      quick++;
      const parsed = schema.safeParse(raw);
      assert.ok(parsed.success, `seed ${seed}: the schema refuses ${canonical(raw)}`);
      assert.equal(canonical(fast), canonical(parsed.data), `seed ${seed}`);
      assert.notEqual(fast, raw, 'a copy, never the caller\'s object');
    }
  }
  assert.ok(quick > 2000, `${quick} reports took the hand check`);
});

test('calendar dates: the arithmetic agrees with Date for every day pattern of several years', () => {
  const viaDate = (text) => {
    const date = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
  };
  const pad = (n, width) => String(n).padStart(width, '0');
  let checked = 0;
  for (const year of [0, 1, 4, 100, 400, 1600, 1700, 1900, 1999, 2000, 2023, 2024, 2025, 2100, 2400, 9999]) {
    for (let month = 0; month <= 13; month++) {
      for (let day = 0; day <= 32; day++) {
        const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
        assert.equal(isCalendarDate(text), viaDate(text), text);
        checked++;
      }
    }
  }
  for (const text of ['2025-99-99', '2025-02-00']) assert.equal(isCalendarDate(text), viaDate(text), text);
  assert.ok(checked > 7000);
});

test('a month deadline ends on the day Date gives, for every month of the years a register can state and beyond', () => {
  let checked = 0;
  for (const years of [[1890, 2210], [990, 1010], [9990, 10010]]) {
    for (let year = years[0]; year <= years[1]; year++) {
      for (let month = 0; month <= 13; month++) {
        const viaDate = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
        assert.equal(deadlineEnd({ kind: 'month', year, month, text: '' }, 2026), viaDate, `${year}-${month}`);
        checked++;
      }
    }
  }
  assert.ok(checked > 5000);
});

test('taskStatusAt remembers nothing wrong: the same statuses as filtering the reports afresh, at many dates', () => {
  const dates = ['2021-01-01', '2022-12-31', '2023-06-30', '2024-02-29', '2025-01-01', '2025-06-30', '2025-12-31', '2026-11-29', '2027-03-01'];
  let compared = 0;
  const states = new Set();
  for (let seed = 1; seed <= 300; seed++) {
    const register = [bundled, varied, generated][seed % 3];
    const file = makeFile(seed, register);
    let progress;
    try {
      progress = parseProgress(file, register, asOf).progress;
    } catch {
      continue;
    }
    // Dates in a scrambled order, each asked twice: the second answer comes from the memo.
    for (const iso of [...dates, ...dates.reverse()]) {
      const day = new Date(`${iso}T00:00:00Z`);
      for (const task of register.tasks) {
        const ours = taskStatusAt(task, day, progress);
        const theirs = referenceTaskStatusAt(task, day, progress);
        assert.equal(ours.state, theirs.state, `seed ${seed}, ${task.id} at ${iso}`);
        assert.equal(ours.report, theirs.report);
        assert.equal(ours.due, theirs.due);
        assert.equal(ours.completedOn, theirs.completedOn);
        states.add(ours.state);
        compared++;
      }
    }
    // Without progress too.
    for (const task of register.tasks) assert.deepEqual({ ...taskStatusAt(task, asOf) }, referenceTaskStatusAt(task, asOf));
  }
  assert.ok(compared > 10000);
  assert.equal(states.size, 12, `states seen: ${[...states].join(', ')}`);
});
