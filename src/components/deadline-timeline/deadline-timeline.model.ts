/**
 * What the timeline shows, before any geometry: which tasks (after the unit filter and the axis
 * years), where each deadline falls (a year, a month, a day, or no place on the calendar), each
 * task's status at the as-of date, the keyboard order, the lanes of a grouping and the counts the
 * summary speaks of. Pure: register, reports and options in, a model out.
 */
import type { Register, RoleId, Task } from '../../data/model.js';
import type { Progress } from '../../data/progress.js';
import { isDated, playsRole, usedRoles, type RoleFilter } from '../../data/selectors.js';
import { deadlineYear, taskStates, taskStatusAt, type TaskState, type TaskStatus } from '../../data/status.js';
import type { Selection } from '../base/controllers/selection.js';

export const groupings = ['none', 'lead', 'deadline', 'status', 'section'] as const;
export type GroupBy = (typeof groupings)[number];
export { roleFilters } from '../../data/selectors.js';

/** Deadlines with no place on the calendar, each in a lane of its own, in this order below the dated lanes. */
export const undatedKinds = ['annual', 'ongoing', 'text', 'none'] as const;
export type UndatedKind = (typeof undatedKinds)[number];

/** A task as the timeline shows it. */
export interface TimelineEntry {
  readonly task: Task;
  /** Where it stands at the as-of date, with the latest report. */
  readonly status: TaskStatus;
  readonly state: TaskState;
  /** The year its deadline falls in; null for a deadline with no place on the calendar. */
  readonly year: number | null;
  /** Its position in the register (document order). */
  readonly order: number;
}

/** A swim lane: the dated tasks of one group, or the tasks of one undated kind. */
export interface Lane {
  readonly key: string;
  readonly kind: 'dated' | 'year' | 'lead' | 'status' | 'section' | UndatedKind;
  readonly year?: number;
  /** A unit id; '' for the tasks with no unit in the grouping role. */
  readonly unitId?: string;
  readonly state?: TaskState;
  /** A section id; '' for tasks outside every section. */
  readonly sectionId?: string;
  /** In keyboard order. */
  readonly entries: readonly TimelineEntry[];
}

export interface TimelineModel {
  /** Every task shown, once each, in keyboard order: dated by the end of their period, then the undated lanes. */
  readonly entries: readonly TimelineEntry[];
  readonly lanes: readonly Lane[];
  /** Shown dated tasks per deadline year, ascending. */
  readonly byYear: readonly (readonly [year: number, count: number])[];
  /** Shown tasks of each undated kind. */
  readonly undated: { readonly [K in UndatedKind]: number };
  /** Shown tasks in each state. */
  readonly stateCounts: Readonly<Record<TaskState, number>>;
  /** Whether reports were given (else statuses come from the deadlines alone). */
  readonly hasProgress: boolean;
  /** Tasks that pass the unit filter but fall due outside the axis years. */
  readonly outside: number;
  /** Annual tasks that pass the unit filter but are hidden by `show-annual`. */
  readonly hiddenAnnual: number;
  /** The role lanes follow with `group-by="lead"` (lead, else the first role the register uses). */
  readonly laneRole: RoleId;
  /** Tasks drawn in more than one unit lane (`group-by="lead"` only), by document number. */
  readonly multiLead: readonly string[];
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
    const year = deadlineYear(task.deadline);
    if (year === undefined) continue;
    from = Math.min(from, year);
    to = Math.max(to, year);
  }
  return { from, to };
}

/** The role unit lanes follow: lead units, else the first role the register's tasks use. */
export function laneRoleOf(register: Register): RoleId {
  const used = usedRoles(register).map((role) => role.id);
  return used.includes('lead') ? 'lead' : (used[0] ?? 'lead');
}

const byOrder = (a: TimelineEntry, b: TimelineEntry) => a.order - b.order;

export function buildTimelineModel(register: Register, options: ModelOptions, progress?: Progress): TimelineModel {
  const { asOf, from, to, groupBy, unitIds, role, showAnnual } = options;
  const dated: (TimelineEntry & { due: string })[] = [];
  const undatedEntries: { [K in UndatedKind]: TimelineEntry[] } = { annual: [], ongoing: [], text: [], none: [] };
  let outside = 0;
  let hiddenAnnual = 0;
  register.tasks.forEach((task, order) => {
    if (unitIds.length && !unitIds.some((id) => playsRole(task, id, role))) return;
    const kind = task.deadline.kind;
    const year = deadlineYear(task.deadline) ?? null;
    if (kind === 'annual' && !showAnnual) hiddenAnnual++;
    else if (year !== null && (year < from || year > to)) outside++;
    else {
      const status = taskStatusAt(task, asOf, progress);
      // A dated task's status holds the end of its deadline's period (`deadlineEnd` at the as-of year).
      if (isDated(task.deadline)) dated.push({ task, status, state: status.state, year, order, due: status.due! });
      else undatedEntries[kind as UndatedKind].push({ task, status, state: status.state, year, order });
    }
  });
  dated.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.order - b.order));

  const years = new Map<number, number>();
  for (const entry of dated) years.set(entry.year!, (years.get(entry.year!) ?? 0) + 1);
  const byYear = [...years.entries()].sort(([a], [b]) => a - b);
  const laneRole = laneRoleOf(register);

  const lanes: Lane[] = [];
  const multiLead: string[] = [];
  if (groupBy === 'none') {
    if (dated.length) lanes.push({ key: 'dated', kind: 'dated', entries: dated });
  } else if (groupBy === 'deadline') {
    for (const [year] of byYear) lanes.push({ key: `year:${year}`, kind: 'year', year, entries: dated.filter((e) => e.year === year) });
  } else if (groupBy === 'status') {
    for (const state of taskStates) {
      const entries = dated.filter((e) => e.state === state);
      if (entries.length) lanes.push({ key: `status:${state}`, kind: 'status', state, entries });
    }
  } else if (groupBy === 'section') {
    const bySection = groupEntries(dated, (task) => [task.sectionId ?? '']);
    for (const id of [...register.sections.map((section) => section.id), '']) {
      const entries = bySection.get(id);
      if (entries) lanes.push({ key: `section:${id}`, kind: 'section', sectionId: id, entries });
    }
  } else {
    const byUnit = groupEntries(dated, (task) => {
      const ids = task.units[laneRole] ?? [];
      if (ids.length > 1) multiLead.push(task.number);
      return ids.length ? ids : [''];
    });
    for (const id of [...register.units.map((unit) => unit.id), '']) {
      const entries = byUnit.get(id);
      if (entries) lanes.push({ key: `lead:${id}`, kind: 'lead', unitId: id, entries });
    }
  }
  for (const kind of undatedKinds) {
    const entries = undatedEntries[kind].sort(byOrder);
    if (entries.length) lanes.push({ key: kind, kind, entries });
  }

  const entries = [...dated, ...undatedKinds.flatMap((kind) => undatedEntries[kind])];
  const stateCounts = Object.fromEntries(taskStates.map((state) => [state, 0])) as Record<TaskState, number>;
  for (const entry of entries) stateCounts[entry.state]++;
  return {
    entries,
    lanes,
    byYear,
    undated: {
      annual: undatedEntries.annual.length,
      ongoing: undatedEntries.ongoing.length,
      text: undatedEntries.text.length,
      none: undatedEntries.none.length,
    },
    stateCounts,
    hasProgress: progress !== undefined,
    outside,
    hiddenAnnual,
    laneRole,
    multiLead,
  };
}

function groupEntries(entries: readonly TimelineEntry[], keysOf: (task: Task) => readonly string[]): Map<string, TimelineEntry[]> {
  const groups = new Map<string, TimelineEntry[]>();
  for (const entry of entries) {
    for (const key of keysOf(entry.task)) {
      const list = groups.get(key);
      if (list) list.push(entry);
      else groups.set(key, [entry]);
    }
  }
  return groups;
}

/**
 * The ids of the tasks the linked selection picks among those shown (every named part must
 * match: a unit in any role, the task, the state, the section or one inside it); null when
 * nothing is selected.
 */
export function pickedTasks(register: Register, entries: readonly TimelineEntry[], selection: Selection): ReadonlySet<string> | null {
  const { unit, task, state, section } = selection;
  if (!unit && !task && !state && !section) return null;
  const inSection = (id: string | undefined): boolean => {
    for (let at = id, hops = 0; at && hops < 50; hops++) {
      if (at === section) return true;
      at = register.sections.find((s) => s.id === at)?.parentId;
    }
    return false;
  };
  const picked = new Set<string>();
  for (const entry of entries) {
    const t = entry.task;
    if (task && t.id !== task) continue;
    if (state && entry.state !== state) continue;
    if (unit && !playsRole(t, unit, 'all')) continue;
    if (section && !inSection(t.sectionId)) continue;
    picked.add(t.id);
  }
  return picked;
}
