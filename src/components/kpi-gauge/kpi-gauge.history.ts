/**
 * The gauge and progress, pure: which reports count at the as-of date, the path from the baseline
 * to the target that the pace is judged by, and whether the linked selection names the gauge's task.
 */
import { goalOf, type Pace } from '../../data/indicator-status.js';
import type { Indicator, Task } from '../../data/model.js';
import type { IndicatorReport, Progress } from '../../data/progress.js';
import { unitIdsOfTask } from '../../data/selectors.js';
import { taskStatusAt } from '../../data/status.js';
import type { Selection } from '../base/controllers/selection.js';

const dayOf = (date: Date) => date.toISOString().slice(0, 10);
const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** An indicator's reports dated on or before `asOf`, oldest first (the progress file keeps them by date). */
export function reportsAt(progress: Progress | undefined, indicatorId: string, asOf: Date): readonly IndicatorReport[] {
  if (!progress) return [];
  const day = dayOf(asOf);
  return progress.indicators.filter((report) => report.indicator === indicatorId && report.date <= day);
}

/** A point of the path the pace is judged by: a day (ISO) and the figure expected on it. */
export interface PathPoint {
  readonly date: string;
  readonly value: number;
}

/** The fewest days from the baseline to the deadline for a path to judge the pace by. */
export const minimumPathDays = 30;

/** The straight path from the baseline to the goal on the last day of the due year. */
export interface PacePath {
  readonly from: PathPoint;
  readonly to: PathPoint;
  /** The same path as `judgeStatus` takes it (a figure on 1 January of the baseline's year). */
  readonly pace: Pace;
}

/**
 * The path from a baseline on a day to the goal at the end of the due year; null when the target
 * has no year, is a cap (nothing to keep pace with), or the baseline is not a month or more before the deadline.
 * `judgeStatus` starts its path on 1 January of the baseline year, so the figure it is given there
 * is the one on the straight line through the baseline and the goal: the same path, the same judgement.
 */
export function pacePath(indicator: Indicator, baseline: PathPoint): PacePath | null {
  if (indicator.dueYear === undefined || indicator.comparator === 'atMost' || indicator.comparator === 'lessThan') return null;
  const goal = goalOf(indicator);
  const year = Number(baseline.date.slice(0, 4));
  const start = utc(baseline.date);
  const end = Date.UTC(indicator.dueYear + 1, 0, 1);
  // A baseline in the last month before the deadline leaves no path to keep pace with.
  if (!(end - start >= minimumPathDays * 86_400_000)) return null;
  const before = start - Date.UTC(year, 0, 1);
  const atNewYear = baseline.value - ((goal - baseline.value) * before) / (end - start);
  return { from: baseline, to: { date: `${indicator.dueYear}-12-31`, value: goal }, pace: { baseline: atNewYear, baselineYear: year } };
}

/** Whether the linked selection names this gauge's task: `on` (it stands out), `off` (something else is selected) or `none`. */
export type LinkState = 'on' | 'off' | 'none';

/**
 * `on` when the selection names the task, a unit playing any role in it, its section, or the state
 * it is in at `asOf`; every part given must match. `off` when something else is selected.
 */
export function linkState(selection: Selection, task: Task | undefined, asOf: Date, progress: Progress | undefined): LinkState {
  const { unit, task: taskId, state, section } = selection;
  if (unit === undefined && taskId === undefined && state === undefined && section === undefined) return 'none';
  if (!task) return 'off';
  const matches =
    (taskId === undefined || taskId === task.id) &&
    (unit === undefined || unitIdsOfTask(task).includes(unit)) &&
    (section === undefined || section === task.sectionId) &&
    (state === undefined || taskStatusAt(task, asOf, progress).state === state);
  return matches ? 'on' : 'off';
}
