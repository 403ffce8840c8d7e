/**
 * The scorecard's model, pure: for each unit playing a role, its tasks and how many are in each
 * state at the as-of date, the rates that follow, and the ranking by a column. No DOM, no words.
 */
import { attributeError } from '../../data/errors.js';
import type { Register, RoleId, Task, Unit } from '../../data/model.js';
import type { Progress } from '../../data/progress.js';
import { roleFilters, roleIds, usedRoles, type RoleFilter } from '../../data/selectors.js';
import { taskStates, taskStatusAt, type TaskState } from '../../data/status.js';
import type { Lang } from '../../i18n/lang.js';
import { readKeyword, readNumber } from '../base/attributes.js';

/** The columns a scorecard can be sorted by (the `sort` attribute). */
export const scorecardSorts = [
  'overdue',
  'no-report',
  'completed',
  'on-time',
  'in-progress',
  'rate',
  'on-time-rate',
  'tasks',
  'due-this-year',
  'not-yet-due',
  'name',
] as const;
export type ScorecardSort = (typeof scorecardSorts)[number];

export const sortOrders = ['asc', 'desc'] as const;
export type SortOrder = (typeof sortOrders)[number];

/** Columns that say what was reported, so they mean nothing without progress data. */
export const progressSorts: readonly ScorecardSort[] = ['overdue', 'completed', 'on-time', 'in-progress', 'rate', 'on-time-rate'];

/** The figure columns shown, in order: what was done when reports exist, else what the plan says. */
export function scorecardColumns(hasProgress: boolean): readonly ScorecardSort[] {
  return hasProgress
    ? ['tasks', 'completed', 'on-time', 'in-progress', 'overdue', 'no-report', 'rate']
    : ['tasks', 'no-report', 'due-this-year', 'not-yet-due'];
}

export type StateCounts = Readonly<Record<TaskState, number>>;

/** One unit's line of the scorecard. */
export interface UnitScore {
  readonly unit: Unit;
  /** The unit's tasks in the chosen role, in register order. */
  readonly tasks: readonly Task[];
  /** Tasks in each state at the as-of date. */
  readonly counts: StateCounts;
  /** Completed, on time, late or with no dated deadline. */
  readonly completed: number;
  /** Completed over tasks not cancelled; undefined when every task is cancelled. */
  readonly completionRate: number | undefined;
  /**
   * Completed on time over the tasks whose deadline has come (completed on time or late, overdue,
   * passed with no report); undefined when none has.
   */
  readonly onTimeRate: number | undefined;
}

export interface ScorecardOptions {
  readonly register: Register;
  readonly asOf: Date;
  readonly progress: Progress | undefined;
  readonly lang: Lang;
  /** The attributes as written (or set by script). */
  readonly role: unknown;
  readonly sort: unknown;
  readonly order: unknown;
  readonly limit: unknown;
}

export interface ScorecardModel {
  readonly role: RoleFilter;
  /** The role counted when the register has no lead units and no role was asked for. */
  readonly roleFallback: RoleId | undefined;
  readonly hasProgress: boolean;
  readonly columns: readonly ScorecardSort[];
  readonly sort: ScorecardSort;
  readonly order: SortOrder;
  /** A `sort` asked for that needs progress data there is none of; the default sort is used. */
  readonly sortIgnored: ScorecardSort | undefined;
  /** Units ranked by the sort. */
  readonly rows: readonly UnitScore[];
  /** Distinct tasks that have a unit in the role, by state; `done`: completed in any way. */
  readonly totals: StateCounts & { readonly tasks: number; readonly done: number };
  /** The most tasks any unit has: the full length of a bar. */
  readonly maxTasks: number;
  /** Rows shown before "show all"; 0 for all. */
  readonly limit: number;
  /** Whether some task has several units in the role, so it counts under each. */
  readonly shared: boolean;
}

const zeroCounts = (): Record<TaskState, number> => Object.fromEntries(taskStates.map((state) => [state, 0])) as Record<TaskState, number>;

const completedOf = (counts: StateCounts) => counts.completedOnTime + counts.completedLate + counts.completed;

/** The units of a task in a role (`all`: every role, each unit once). */
function unitsInRole(task: Task, role: RoleFilter): readonly string[] {
  if (role !== 'all') return task.units[role] ?? [];
  return [...new Set(roleIds.flatMap((id) => task.units[id] ?? []))];
}

/** Each unit playing `role` in a task, with its tasks and counts at `asOf`, in register order. Each task's status is computed once. */
export function scoreUnits(register: Register, asOf: Date, progress: Progress | undefined, role: RoleFilter): UnitScore[] {
  const byUnit = new Map<string, { tasks: Task[]; counts: Record<TaskState, number> }>();
  for (const task of register.tasks) {
    const units = unitsInRole(task, role);
    if (!units.length) continue;
    const state = taskStatusAt(task, asOf, progress).state;
    for (const id of units) {
      let entry = byUnit.get(id);
      if (!entry) byUnit.set(id, (entry = { tasks: [], counts: zeroCounts() }));
      entry.tasks.push(task);
      entry.counts[state]++;
    }
  }
  const scores: UnitScore[] = [];
  for (const unit of register.units) {
    const entry = byUnit.get(unit.id);
    if (!entry) continue;
    const { counts, tasks } = entry;
    const completed = completedOf(counts);
    const live = tasks.length - counts.cancelled;
    const due = counts.completedOnTime + counts.completedLate + counts.overdue + counts.passedNoReport;
    scores.push({
      unit,
      tasks,
      counts,
      completed,
      completionRate: live > 0 ? completed / live : undefined,
      onTimeRate: due > 0 ? counts.completedOnTime / due : undefined,
    });
  }
  return scores;
}

/** The figure a column ranks by. */
export function sortValue(score: UnitScore, sort: Exclude<ScorecardSort, 'name'>): number | undefined {
  switch (sort) {
    case 'tasks':
      return score.tasks.length;
    case 'completed':
      return score.completed;
    case 'on-time':
      return score.counts.completedOnTime;
    case 'in-progress':
      return score.counts.inProgress;
    case 'overdue':
      return score.counts.overdue;
    case 'no-report':
      return score.counts.passedNoReport;
    case 'due-this-year':
      return score.counts.dueThisYear;
    case 'not-yet-due':
      return score.counts.notYetDue;
    case 'rate':
      return score.completionRate;
    case 'on-time-rate':
      return score.onTimeRate;
  }
}

/** A unit's name as a reader of `lang` sees it: the English name in `en` when it has one. */
export function unitName(unit: Unit, lang: Lang): string {
  return lang === 'en' ? (unit.nameEn ?? unit.name) : unit.name;
}

const collators = new Map<Lang, Intl.Collator>();
const collator = (lang: Lang) => {
  let found = collators.get(lang);
  if (!found) collators.set(lang, (found = new Intl.Collator(lang === 'en' ? 'en' : 'zh-CN')));
  return found;
};

/**
 * Units ranked by a column. Ties keep the register's order; a rate that is not defined sorts last
 * in either order, since "no figure" is neither best nor worst.
 */
export function sortScores(scores: readonly UnitScore[], sort: ScorecardSort, order: SortOrder, lang: Lang): UnitScore[] {
  const sign = order === 'asc' ? 1 : -1;
  const indexed = scores.map((score, index) => ({ score, index }));
  if (sort === 'name') {
    const compare = collator(lang).compare;
    indexed.sort((a, b) => sign * compare(unitName(a.score.unit, lang), unitName(b.score.unit, lang)) || a.index - b.index);
  } else {
    indexed.sort((a, b) => {
      const x = sortValue(a.score, sort);
      const y = sortValue(b.score, sort);
      if (x === undefined || y === undefined) return (x === undefined ? 1 : 0) - (y === undefined ? 1 : 0) || a.index - b.index;
      return sign * (x - y) || a.index - b.index;
    });
  }
  return indexed.map(({ score }) => score);
}

/** The order a column sorts in unless `order` says otherwise: names A→Z, figures largest first. */
export function defaultOrder(sort: ScorecardSort): SortOrder {
  return sort === 'name' ? 'asc' : 'desc';
}

/** The role counted: the one asked for, else lead units, else the register's first role in use. */
export function chooseRole(register: Register, asked: unknown): { role: RoleFilter; fallback: RoleId | undefined } {
  const used = usedRoles(register).map((role) => role.id);
  const role = readKeyword('unit-role', asked, roleFilters, 'lead');
  const explicit = String(asked ?? '').trim() !== '';
  if (role === 'all' || used.includes(role)) return { role, fallback: undefined };
  if (!explicit && used[0]) return { role: used[0], fallback: used[0] };
  throw attributeError('unit-role', 'attrRoleNotUsed', [String(asked), [...used, 'all']], [...used, 'all']);
}

/** `limit`: how many units to show before "show all"; 0 (empty) for all. */
export function readLimit(value: unknown): number {
  const limit = readNumber('limit', value);
  if (limit === null) return 0;
  if (!Number.isInteger(limit) || limit < 1) throw attributeError('limit', 'attrInvalid', ['limit', String(value).trim(), 'expectPositiveInteger']);
  return limit;
}

/** The whole scorecard from the attributes, register, reports and date. Throws an attribute error for a bad attribute. */
export function scorecardModel(options: ScorecardOptions): ScorecardModel {
  const { register, asOf, progress, lang } = options;
  const { role, fallback } = chooseRole(register, options.role);
  const hasProgress = progress !== undefined;
  const fallbackSort: ScorecardSort = hasProgress ? 'overdue' : 'tasks';
  const asked = readKeyword('sort', options.sort, scorecardSorts, fallbackSort);
  const sortIgnored = !hasProgress && progressSorts.includes(asked) ? asked : undefined;
  const sort = sortIgnored ? fallbackSort : asked;
  const order = readKeyword('order', options.order, sortOrders, defaultOrder(sort));
  const limit = readLimit(options.limit);
  const scores = scoreUnits(register, asOf, progress, role);

  const totals = zeroCounts();
  let tasks = 0;
  for (const task of register.tasks) {
    if (!unitsInRole(task, role).length) continue;
    tasks++;
    totals[taskStatusAt(task, asOf, progress).state]++;
  }
  return {
    role,
    roleFallback: fallback,
    hasProgress,
    columns: scorecardColumns(hasProgress),
    sort,
    order,
    sortIgnored,
    rows: sortScores(scores, sort, order, lang),
    totals: { ...totals, tasks, done: completedOf(totals) },
    maxTasks: Math.max(0, ...scores.map((score) => score.tasks.length)),
    limit,
    shared: scores.reduce((sum, score) => sum + score.tasks.length, 0) > tasks,
  };
}

/** The rows shown: the first `limit` (all when 0 or expanded), plus the selected unit when it falls beyond them. */
export function shownRows(model: ScorecardModel, expanded: boolean, selectedUnit: string | undefined): readonly UnitScore[] {
  if (!model.limit || expanded || model.rows.length <= model.limit) return model.rows;
  const top = model.rows.slice(0, model.limit);
  const selected = selectedUnit && !top.some((row) => row.unit.id === selectedUnit) ? model.rows.find((row) => row.unit.id === selectedUnit) : undefined;
  return selected ? [...top, selected] : top;
}
