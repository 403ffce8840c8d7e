// A SAMPLE progress file for the bundled register, for the demo page: plausible but made-up
// reports (its `extra` says so), the same every run (seeded). About 70% of the tasks get 1–3
// dated reports between 2022 and 2026-10: completed on time, completed late, in progress, overdue
// (still in progress after the deadline), one suspended, one cancelled; each indicator gets 2–4
// dated values climbing toward its target, not always reaching it.
//
//   node --import tsx scripts/sample-progress.mjs [-o demo/progress.sample.json]
//
// Without -o it writes demo/progress.sample.json. It checks the result with parseProgress at
// 2026-11-30 and prints the task statuses at that date.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { seededRandom } from '../src/data/generate.ts';
import { parseProgress } from '../src/data/progress.ts';
import { parseRegisterV2 } from '../src/data/schema-v2.ts';
import { countStates } from '../src/data/status.ts';

export const sampleAsOf = new Date('2026-11-30T00:00:00Z');
const latestDate = '2026-10-31';

const pad = (n) => String(n).padStart(2, '0');
const monthEnd = (year, month) => `${year}-${pad(month)}-${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}`;

/** The sample progress data of a register (version 2), from `seed`. */
export function sampleProgress(register, seed = 20261130) {
  const rand = seededRandom(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const between = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  const date = (year, fromMonth = 1, toMonth = 12) => {
    const d = monthEnd(year, between(fromMonth, toMonth));
    return d > latestDate ? latestDate : d;
  };

  // About 70% of the tasks, chosen by a seeded shuffle.
  const order = register.tasks.map((task) => ({ task, key: rand() }));
  order.sort((a, b) => a.key - b.key);
  const chosen = new Set(order.slice(0, Math.round(register.tasks.length * 0.7)).map((o) => o.task.id));
  const dated = register.tasks.filter((t) => chosen.has(t.id) && t.deadline.kind === 'year');
  const annual = register.tasks.filter((t) => chosen.has(t.id) && t.deadline.kind !== 'year');

  // Among tasks with a year deadline: one cancelled, one suspended, three overdue, four late, the rest on time.
  const plan = new Map();
  dated.forEach((task, i) => plan.set(task.id, i === 0 ? 'cancelled' : i === 1 ? 'suspended' : i < 5 ? 'overdue' : i < 9 ? 'late' : 'onTime'));
  // Annual work: this year's report in progress, some completed.
  annual.forEach((task, i) => plan.set(task.id, i % 3 === 2 ? 'annualDone' : 'annualGoing'));

  const notes = {
    notYet: ['示例：尚未启动，正在开展前期调研。'],
    started: ['示例：已制定工作方案，明确责任分工。', '示例：已启动，正在组织试点。', '示例：已召开推进会，部署落实。'],
    going: ['示例：按计划推进，已完成阶段性任务。', '示例：试点已覆盖部分地区，正在总结经验。', '示例：相关配套文件正在起草。'],
    done: ['示例：已完成，相关文件已印发。', '示例：已完成并通过验收。', '示例：目标任务已全部完成。'],
    late: ['示例：受项目审批进度影响，延期完成。', '示例：已完成，较计划时限有所延后。'],
    behind: ['示例：进度滞后，正在协调推进。', '示例：部分任务尚未完成，已列入督办。'],
    suspended: ['示例：因政策调整暂缓推进。'],
    cancelled: ['示例：任务已并入其他工作，不再单独推进。'],
  };
  const tasks = [];
  const report = (task, day, status, percent, kind) => {
    if (day < '2022-01-01') return;
    const lead = task.units.lead?.[0] ?? task.units.responsible?.[0] ?? task.units.participant?.[0];
    tasks.push({
      task: task.number,
      date: day,
      status,
      ...(percent !== undefined ? { percent } : {}),
      note: pick(notes[kind]),
      source: '示例数据',
      ...(lead ? { reportedBy: lead } : {}),
    });
  };
  for (const task of register.tasks) {
    const kind = plan.get(task.id);
    if (!kind) continue;
    const year = task.deadline.year;
    const count = between(1, 3);
    switch (kind) {
      case 'onTime': {
        if (count >= 3) report(task, date(year - 2, 3, 9), 'inProgress', between(10, 30), 'started');
        if (count >= 2) report(task, date(year - 1, 10, 12), 'inProgress', between(50, 80), 'going');
        report(task, date(year, count >= 2 ? 6 : 1, 12), 'completed', 100, 'done');
        break;
      }
      case 'late':
        if (count >= 2) report(task, date(year, 3, 9), 'inProgress', between(40, 70), 'going');
        report(task, date(year + 1, 1, 9), 'completed', 100, 'late');
        break;
      case 'overdue':
        if (count >= 2) report(task, date(year, 1, 6), 'inProgress', between(30, 60), 'going');
        report(task, date(Math.min(2026, year + 1), 1, 10), 'inProgress', between(60, 90), 'behind');
        break;
      case 'suspended':
        report(task, date(year - 1, 3, 9), 'inProgress', between(20, 40), 'started');
        report(task, date(year, 1, 9), 'suspended', undefined, 'suspended');
        break;
      case 'cancelled':
        if (count >= 2) report(task, date(2022, 3, 9), 'notStarted', 0, 'notYet');
        report(task, date(2023, 1, 9), 'cancelled', undefined, 'cancelled');
        break;
      case 'annualDone':
        if (count >= 2) report(task, date(2025, 6, 12), 'completed', 100, 'done');
        report(task, date(2026, 6, 10), 'completed', 100, 'done');
        break;
      default:
        if (count >= 3) report(task, date(2025, 3, 6), 'inProgress', between(30, 50), 'started');
        if (count >= 2) report(task, date(2025, 9, 12), 'completed', 100, 'done');
        report(task, date(2026, 3, 10), 'inProgress', between(40, 80), 'going');
    }
  }
  tasks.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  // Indicators: 2–4 values at half- or full-year ends, climbing toward the target.
  const days = ['2022-12-31', '2023-06-30', '2023-12-31', '2024-06-30', '2024-12-31', '2025-06-30', '2025-12-31', '2026-06-30', '2026-09-30'];
  const indicators = [];
  for (const indicator of register.indicators) {
    const goal = indicator.comparator === 'range' ? indicator.max : indicator.target;
    const whole = ['所', '个', '家', '门'].includes(indicator.measure);
    const round = (v) => (whole ? Math.round(v) : indicator.measure === '%' ? Math.round(v * 10) / 10 : Math.round(v * 100) / 100);
    const count = between(2, 4);
    const shuffled = [...days];
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
    }
    const chosenDays = shuffled.slice(0, count).sort();
    const start = 0.35 + rand() * 0.3;
    // Most reach the target by the last value; some stop short.
    const end = rand() < 0.6 ? 1 + rand() * (indicator.comparator === 'atMost' || indicator.comparator === 'range' ? 0 : 0.1) : 0.75 + rand() * 0.2;
    let last = -Infinity;
    chosenDays.forEach((day, i) => {
      const share = start + ((end - start) * i) / Math.max(1, count - 1);
      let value = round(goal * share);
      if (value <= last) value = round(last + (whole ? 1 : indicator.measure === '%' ? 0.1 : 0.01));
      last = value;
      indicators.push({ indicator: indicator.id, date: day, value, source: '示例数据' });
    });
  }
  indicators.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  return {
    schemaVersion: 1,
    register: register.id,
    tasks,
    indicators,
    extra: { sample: true, note: '示例数据，非真实进展 / Sample figures, not real progress' },
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const at = process.argv.indexOf('-o');
  const target = at >= 0 ? process.argv[at + 1] : fileURLToPath(new URL('../demo/progress.sample.json', import.meta.url));
  const register = parseRegisterV2(JSON.parse(readFileSync(new URL('../src/data/register.json', import.meta.url), 'utf8')));
  const sample = sampleProgress(register);
  const { progress, ignored } = parseProgress(sample, register, sampleAsOf);
  if (ignored.length) throw new Error(`the sample has ${ignored.length} reports parseProgress ignores: ${ignored.map((i) => i.path).join(', ')}`);
  writeFileSync(target, `${JSON.stringify(sample, null, 2)}\n`);
  const states = Object.entries(countStates(register.tasks, sampleAsOf, progress)).filter(([, n]) => n);
  console.log(`${target}: ${sample.tasks.length} task reports, ${sample.indicators.length} indicator values`);
  console.log(`at 2026-11-30: ${states.map(([state, n]) => `${state} ${n}`).join(', ')}`);
}
