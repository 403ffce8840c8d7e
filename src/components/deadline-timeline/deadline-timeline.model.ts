/**
 * What the timeline shows, before any geometry: which tasks (after the unit filter and the axis
 * years), their status at the as-of date, the keyboard order, the lanes of a grouping and the
 * counts the summary speaks of. Pure: register and options in, a model out.
 */
import type { Register, Task } from '../../data/schema.js';
import { countByDeadline, playsRole, taskStatus, type RoleFilter, type TaskStatus } from '../../data/selectors.js';

export const groupings = ['none', 'lead', 'deadline', 'status'] as const;
export type GroupBy = (typeof groupings)[number];
export { roleFilters } from '../../data/selectors.js';

/** The statuses a task with a year deadline can have, in the order lanes and legends list them. */
export const datedStatuses = ['passed', 'due-this-year', 'upcoming'] as const;
export type DatedStatus = (typeof datedStatuses)[number];

/** A task as the timeline shows it. */
export interface TimelineEntry {
  readonly task: Task;
  readonly status: TaskStatus;
  /** The deadline year; null for annual routine work. */
  readonly year: number | null;
}

/** A swim lane: the dated tasks of one group, or the annual-work lane. */
export interface Lane {
  readonly key: string;
  readonly kind: 'dated' | 'year' | 'lead' | 'status' | 'annual';
  readonly year?: number;
  readonly unitId?: string;
  readonly status?: DatedStatus;
  /** In keyboard order (deadline year, then task number). */
  readonly entries: readonly TimelineEntry[];
}

export interface TimelineModel {
  /** Every task shown, once each, in keyboard order: by deadline year, then number; annual work last. */
  readonly entries: readonly TimelineEntry[];
  readonly lanes: readonly Lane[];
  /** Shown tasks per deadline year, ascending. */
  readonly byYear: readonly (readonly [year: number, count: number])[];
  /** Annual routine tasks shown. */
  readonly annual: number;
  readonly statusCounts: { readonly [S in DatedStatus]: number };
  /** Tasks that pass the unit filter but fall due outside the axis years. */
  readonly outside: number;
  /** Annual tasks that pass the unit filter but are hidden by `show-annual`. */
  readonly hiddenAnnual: number;
  /** Dated tasks drawn in more than one lead lane (group-by lead only). */
  readonly multiLead: readonly number[];
}

export interface ModelOptions {
  readonly asOf: Date;
  readonly from: number;
  readonly to: number;
  readonly groupBy: GroupBy;
  /** Show only tasks where one of these units plays `role`; empty means every task. */
  readonly unitIds: readonly string[];
  readonly role: RoleFilter;
  readonly showAnnual: boolean;
}

/**
 * The default axis: from the earliest deadline year (or the as-of year, if earlier) to the later
 * of the last deadline year and the as-of year.
 */
export function defaultAxisYears(register: Register, asOfYear: number): { from: number; to: number } {
  let from = asOfYear;
  let to = asOfYear;
  for (const task of register.tasks) {
    if (task.deadline.kind !== 'year') continue;
    from = Math.min(from, task.deadline.year);
    to = Math.max(to, task.deadline.year);
  }
  return { from, to };
}

function matchesUnits(task: Task, unitIds: readonly string[], role: RoleFilter): boolean {
  if (!unitIds.length) return true;
  return unitIds.some((id) => playsRole(task, id, role));
}

export function buildTimelineModel(register: Register, options: ModelOptions): TimelineModel {
  const { asOf, from, to, groupBy, unitIds, role, showAnnual } = options;
  const dated: TimelineEntry[] = [];
  const annual: TimelineEntry[] = [];
  let outside = 0;
  let hiddenAnnual = 0;
  for (const task of register.tasks) {
    if (!matchesUnits(task, unitIds, role)) continue;
    if (task.deadline.kind === 'annual') {
      if (showAnnual) annual.push({ task, status: 'annual', year: null });
      else hiddenAnnual++;
    } else if (task.deadline.year < from || task.deadline.year > to) {
      outside++;
    } else {
      dated.push({ task, status: taskStatus(task, asOf), year: task.deadline.year });
    }
  }
  dated.sort((a, b) => a.year! - b.year! || a.task.number - b.task.number);
  annual.sort((a, b) => a.task.number - b.task.number);

  const byYear = countByDeadline(dated.map((entry) => entry.task)).years;
  const statusCounts = { passed: 0, 'due-this-year': 0, upcoming: 0 };
  for (const entry of dated) statusCounts[entry.status as DatedStatus]++;

  const lanes: Lane[] = [];
  const multiLead: number[] = [];
  if (groupBy === 'none') {
    if (dated.length) lanes.push({ key: 'dated', kind: 'dated', entries: dated });
  } else if (groupBy === 'deadline') {
    for (const [year] of byYear) lanes.push({ key: `year:${year}`, kind: 'year', year, entries: dated.filter((e) => e.year === year) });
  } else if (groupBy === 'status') {
    for (const status of datedStatuses) {
      const entries = dated.filter((e) => e.status === status);
      if (entries.length) lanes.push({ key: `status:${status}`, kind: 'status', status, entries });
    }
  } else {
    const byLead = new Map<string, TimelineEntry[]>();
    for (const entry of dated) {
      if (entry.task.leadUnitIds.length > 1) multiLead.push(entry.task.number);
      for (const id of entry.task.leadUnitIds) {
        const list = byLead.get(id) ?? [];
        list.push(entry);
        byLead.set(id, list);
      }
    }
    for (const unit of register.units) {
      const entries = byLead.get(unit.id);
      if (entries) lanes.push({ key: `lead:${unit.id}`, kind: 'lead', unitId: unit.id, entries });
    }
  }
  if (annual.length) lanes.push({ key: 'annual', kind: 'annual', entries: annual });

  return {
    entries: [...dated, ...annual],
    lanes,
    byYear,
    annual: annual.length,
    statusCounts,
    outside,
    hiddenAnnual,
    multiLead,
  };
}
