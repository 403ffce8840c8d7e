/**
 * Where a task stands at a date: one rule for every widget. A deadline's period is what the
 * document states (a year, a month, a day; annual work: the as-of year); a status says only what the
 * reports support. In particular a passed deadline with no report is `passedNoReport`, never
 * `overdue`: only a report that the task is not completed makes it overdue.
 */
import type { Progress, TaskReport } from './progress.js';
import type { DeadlineV2, TaskV2 } from './schema-v2.js';

export const taskStates = [
  'completedOnTime',
  'completedLate',
  'completed',
  'inProgress',
  'notStarted',
  'overdue',
  'passedNoReport',
  'dueThisYear',
  'notYetDue',
  'noDeadline',
  'suspended',
  'cancelled',
] as const;

/**
 * - `completedOnTime` / `completedLate`: completed by / after the end of the deadline's period;
 * - `completed`: completed, the task states no dated deadline;
 * - `inProgress` / `notStarted`: as reported, the deadline not yet passed or none;
 * - `overdue`: the deadline passed and the latest report says not completed;
 * - `passedNoReport`: the deadline passed and nothing was reported (期限已过（未报告完成情况）);
 * - `dueThisYear` / `notYetDue`: no report yet, the deadline falls in the as-of year / later;
 * - `noDeadline`: no report, and the document states no dated deadline (持续推进, none…);
 * - `suspended`, `cancelled`: as reported.
 */
export type TaskState = (typeof taskStates)[number];

export interface TaskStatus {
  readonly state: TaskState;
  /** The latest report on or before the as-of date (for annual work: within the as-of year). */
  readonly report: TaskReport | undefined;
  /** The last day of the deadline's period (ISO), when it has one. */
  readonly due: string | undefined;
  /** When the task was completed: the first report of the last run of `completed` reports. */
  readonly completedOn: string | undefined;
}

const iso = (date: Date) => date.toISOString().slice(0, 10);

/** The ISO day of the date asked for last (a page asks for one or two dates, once per task). */
let lastDay = { time: NaN, text: '' };
function dayOf(date: Date): string {
  const time = date.getTime();
  if (time !== lastDay.time) lastDay = { time, text: iso(date) };
  return lastDay.text;
}

const monthDays = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The last day (ISO) of a month (1–12) of a year 1000–9999 (what `toISOString` writes, without `Date`). */
function monthEnd(year: number, month: number): string {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const day = month === 2 && leap ? 29 : monthDays[month - 1]!;
  return `${year}-${month < 10 ? '0' : ''}${month}-${day}`;
}

/** The last day (ISO) of the period a deadline states, in `asOfYear` for annual work; undefined when none. */
export function deadlineEnd(deadline: DeadlineV2, asOfYear: number): string | undefined {
  switch (deadline.kind) {
    case 'year':
      return `${deadline.year}-12-31`;
    case 'month': {
      const { year, month } = deadline;
      return Number.isInteger(year) && year >= 1000 && year <= 9999 && Number.isInteger(month) && month >= 1 && month <= 12
        ? monthEnd(year, month)
        : iso(new Date(Date.UTC(year, month, 0)));
    }
    case 'date':
      return deadline.date;
    case 'annual':
      return `${asOfYear}-12-31`;
    default:
      return undefined;
  }
}

/** The year a deadline falls in, when it states one. */
export function deadlineYear(deadline: DeadlineV2): number | undefined {
  if (deadline.kind === 'year' || deadline.kind === 'month') return deadline.year;
  if (deadline.kind === 'date') return Number(deadline.date.slice(0, 4));
  return undefined;
}

const historyIndex = new WeakMap<Progress, Map<string, readonly TaskReport[]>>();

/** A task's reports, oldest first (the progress file's order is by date). */
export function taskHistory(progress: Progress | undefined, taskId: string): readonly TaskReport[] {
  if (!progress) return [];
  let index = historyIndex.get(progress);
  if (!index) {
    const built = new Map<string, TaskReport[]>();
    for (const report of progress.tasks) {
      const list = built.get(report.task);
      if (list) list.push(report);
      else built.set(report.task, [report]);
    }
    index = built;
    historyIndex.set(progress, index);
  }
  return index.get(taskId) ?? [];
}

/**
 * Statuses already worked out, by progress, as-of day and task: every widget of a dashboard asks for
 * the same tasks at the same date, several times per render. Only frozen progress and tasks (what
 * `parseProgress` and `parseRegister` return) are remembered, so nothing can change under the memo.
 */
const statusMemo = new WeakMap<Progress, Map<string, WeakMap<TaskV2, TaskStatus>>>();

/** Where `task` stands at `asOf` (a UTC date), from its reports in `progress` (none when absent). */
export function taskStatusAt(task: TaskV2, asOf: Date, progress?: Progress): TaskStatus {
  const today = dayOf(asOf);
  if (!progress || !Object.isFrozen(progress) || !Object.isFrozen(task)) return statusAt(task, today, asOf.getUTCFullYear(), progress);
  let byDay = statusMemo.get(progress);
  if (!byDay) statusMemo.set(progress, (byDay = new Map()));
  let byTask = byDay.get(today);
  if (!byTask) {
    // A page shows a few dates at most; a long-lived page changing `as-of` keeps the latest ones.
    if (byDay.size >= 8) byDay.clear();
    byDay.set(today, (byTask = new WeakMap()));
  }
  let status = byTask.get(task);
  if (!status) byTask.set(task, (status = statusAt(task, today, asOf.getUTCFullYear(), progress)));
  return status;
}

function statusAt(task: TaskV2, today: string, year: number, progress: Progress | undefined): TaskStatus {
  const from = task.deadline.kind === 'annual' ? `${year}-01-01` : '';
  const all = taskHistory(progress, task.id);
  // The reports within [from, today]: the history is in date order, so a window of it.
  let end = all.length;
  while (end > 0 && all[end - 1]!.date > today) end--;
  let start = end;
  while (start > 0 && all[start - 1]!.date >= from) start--;
  const report = end > start ? all[end - 1] : undefined;
  const due = deadlineEnd(task.deadline, year);
  let completedOn: string | undefined;
  if (report?.status === 'completed') {
    completedOn = report.date;
    for (let i = end - 2; i >= start && all[i]!.status === 'completed'; i--) completedOn = all[i]!.date;
  }
  const result = (state: TaskState): TaskStatus => Object.freeze({ state, report, due, completedOn });
  if (report?.status === 'cancelled') return result('cancelled');
  if (report?.status === 'suspended') return result('suspended');
  if (completedOn) return result(!due ? 'completed' : completedOn <= due ? 'completedOnTime' : 'completedLate');
  if (due && due < today) return result(report ? 'overdue' : 'passedNoReport');
  if (report?.status === 'inProgress' || report?.status === 'notStarted') return result(report.status);
  if (!due) return result('noDeadline');
  return result(Number(due.slice(0, 4)) === year ? 'dueThisYear' : 'notYetDue');
}

/** How many tasks are in each state at `asOf`. */
export function countStates(tasks: readonly TaskV2[], asOf: Date, progress?: Progress): Record<TaskState, number> {
  const counts = Object.fromEntries(taskStates.map((state) => [state, 0])) as Record<TaskState, number>;
  for (const task of tasks) counts[taskStatusAt(task, asOf, progress).state]++;
  return counts;
}
