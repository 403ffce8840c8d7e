/**
 * Deterministic synthetic progress for a register (for the scale benchmark): for every task a
 * number of dated reports (10 by default) spread from the first deadline year to `today`, following
 * a seeded course (not started, in progress with a rising percent, then completed, or stalled,
 * suspended or cancelled), and a few dated values for every indicator. The result is a progress
 * file (the JSON a page would load) that `parseProgress` accepts in full at `today` or any later
 * date: every date is a calendar date on or before `today`, no task or indicator has two reports
 * on one date, percents are within 0–100, and `reportedBy` names one of the register's units.
 */
import { seededRandom } from '../src/data/generate.js';
import type { Register } from '../src/data/model.js';
import type { IndicatorReportInput, TaskReportInput } from '../src/data/progress.js';

export interface ProgressOptions {
  /** Reports per task. Default 10. */
  reportsPerTask?: number;
  /** Values per indicator (dated 31 December, the latest years up to `today`). Default 4. */
  valuesPerIndicator?: number;
  /** The last date a report may carry (ISO). Default `2026-11-29`, the as-of date of the benchmark. */
  today?: string;
  /** The first year reports fall in. Default 2021, the first deadline year of `generateRegister`. */
  firstYear?: number;
  seed?: number;
}

/** The JSON of a progress file. */
export interface ProgressFile {
  schemaVersion: 1;
  register: string;
  tasks: TaskReportInput[];
  indicators: IndicatorReportInput[];
}

/** How a task's reports run; the weights give the mix (the state at a date also depends on the deadline). */
const courses = [
  ['completed', 0.42],
  ['inProgress', 0.3],
  ['stalled', 0.12],
  ['notStarted', 0.06],
  ['suspended', 0.06],
  ['cancelled', 0.04],
] as const;
type Course = (typeof courses)[number][0];

const day = 86400000;
const iso = (time: number) => new Date(time).toISOString().slice(0, 10);

/**
 * `count` distinct dates, oldest first, from `from` to `to` (ISO, inclusive): the span cut into
 * `count` equal slices and one day drawn in each, so reports spread over the years.
 */
function spreadDates(from: string, to: string, count: number, next: () => number): string[] {
  const start = Date.parse(`${from}T00:00:00Z`);
  const days = Math.round((Date.parse(`${to}T00:00:00Z`) - start) / day) + 1;
  if (days < count) throw new Error(`progress-gen: ${count} reports do not fit between ${from} and ${to}`);
  const dates: string[] = [];
  for (let i = 0; i < count; i++) {
    const first = Math.floor((i * days) / count);
    const last = Math.floor(((i + 1) * days) / count) - 1;
    dates.push(iso(start + (first + Math.floor(next() * (last - first + 1))) * day));
  }
  return dates;
}

function pickCourse(next: () => number): Course {
  let r = next();
  for (const [course, weight] of courses) {
    if ((r -= weight) < 0) return course;
  }
  return 'inProgress';
}

const notes = ['按计划推进。', '已召开专题会议，部署落实。', '已印发配套文件。', '正在征求有关单位意见。', '阶段性目标已完成。'];

/** A progress file for `register`: reports for every task and indicator, the same for the same options. */
export function generateProgress(register: Register, options: ProgressOptions = {}): ProgressFile {
  const { reportsPerTask = 10, valuesPerIndicator = 4, today = '2026-11-29', firstYear = 2021, seed = 7 } = options;
  const next = seededRandom(seed);
  const pick = (n: number) => Math.floor(next() * n);
  // Reports name a task by its document number as written, unless two tasks share it (then by id).
  const seen = new Map<string, number>();
  for (const task of register.tasks) seen.set(task.number, (seen.get(task.number) ?? 0) + 1);
  const unitIds = new Set(register.units.map((unit) => unit.id));

  const tasks: TaskReportInput[] = [];
  for (const task of register.tasks) {
    const dates = spreadDates(`${firstYear}-01-01`, today, reportsPerTask, next);
    const course = pickCourse(next);
    // Reports before `started` say not started; from `done` on, completed.
    const started = course === 'notStarted' ? reportsPerTask : 1 + pick(2);
    const done = course === 'completed' ? Math.min(reportsPerTask - 1, started + 1 + pick(reportsPerTask - started)) : reportsPerTask;
    // Suspended and cancelled tasks end with one to three such reports.
    const halted = course === 'suspended' || course === 'cancelled' ? reportsPerTask - 1 - pick(3) : reportsPerTask;
    const lead = Object.values(task.units).flat().find((id) => unitIds.has(id));
    let percent = 0;
    dates.forEach((date, i) => {
      const status = i >= halted ? course : i >= done ? 'completed' : i >= started ? 'inProgress' : 'notStarted';
      if (status === 'inProgress') percent = Math.min(95, percent + 5 + pick(course === 'stalled' ? 6 : 20));
      tasks.push({
        task: seen.get(task.number) === 1 ? task.number : task.id,
        date,
        status: status as TaskReportInput['status'],
        ...(status === 'inProgress' ? { percent } : status === 'completed' ? { percent: 100 } : {}),
        ...(i % 3 === 2 ? { note: notes[pick(notes.length)]! } : {}),
        ...(lead ? { reportedBy: lead } : {}),
      });
    });
  }

  const lastYear = Number(today.slice(0, 4)) - (today.slice(5) === '12-31' ? 0 : 1);
  const indicators: IndicatorReportInput[] = [];
  for (const indicator of register.indicators) {
    const target = indicator.comparator === 'range' ? (indicator.min + indicator.max) / 2 : indicator.target;
    const years = Math.min(valuesPerIndicator, lastYear - firstYear + 1);
    for (let k = 0; k < years; k++) {
      const share = (k + 1) / (years + 1) + (next() - 0.5) * 0.1;
      indicators.push({
        indicator: indicator.id,
        date: `${lastYear - years + 1 + k}-12-31`,
        value: Math.round(target * share * 100) / 100,
        source: '合成数据，仅用于性能测试',
      });
    }
  }
  return { schemaVersion: 1, register: register.id, tasks, indicators };
}
