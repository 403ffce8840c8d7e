/** Pure selectors over a register: who does what, by when, and where each task stands. */
import type { Indicator, Register, Task, Unit } from './schema.js';

export type Role = 'lead' | 'participant';
/** The values of a `unit-role` filter: every role, or one. */
export const roleFilters = ['all', 'lead', 'participant'] as const;
export type RoleFilter = (typeof roleFilters)[number];
export type TaskStatus = 'passed' | 'due-this-year' | 'upcoming' | 'annual';
/** The status of a task with a year deadline. */
export type DatedStatus = Exclude<TaskStatus, 'annual'>;

export function unitById(register: Register, id: string): Unit | undefined {
  return register.units.find((unit) => unit.id === id);
}

export function unitByName(register: Register, name: string): Unit | undefined {
  return register.units.find((unit) => unit.name === name);
}

export function taskByNumber(register: Register, number: number): Task | undefined {
  const task = register.tasks[number - 1];
  return task?.number === number ? task : register.tasks.find((t) => t.number === number);
}

export function indicatorById(register: Register, id: string): Indicator | undefined {
  return register.indicators.find((indicator) => indicator.id === id);
}

/** The role a unit plays in a task, or null when it plays none. */
export function roleOf(task: Task, unitId: string): Role | null {
  if (task.leadUnitIds.includes(unitId)) return 'lead';
  if (task.participantUnitIds.includes(unitId)) return 'participant';
  return null;
}

/** Whether a unit plays the role a filter asks for in a task (`all`: any role). */
export function playsRole(task: Task, unitId: string, role: RoleFilter): boolean {
  const played = roleOf(task, unitId);
  return played !== null && (role === 'all' || role === played);
}

/** The tasks a unit leads, takes part in, or either, in register order. */
export function tasksOfUnit(register: Register, unitId: string, role: RoleFilter = 'all'): readonly Task[] {
  return register.tasks.filter((task) => playsRole(task, unitId, role));
}

/** The lead and participating units of a task, as units, in the order the task lists them. */
export function unitsOfTask(register: Register, task: Task): { lead: readonly Unit[]; participants: readonly Unit[] } {
  const resolve = (ids: readonly string[]) => ids.map((id) => unitById(register, id)).filter((u): u is Unit => !!u);
  return { lead: resolve(task.leadUnitIds), participants: resolve(task.participantUnitIds) };
}

/**
 * Where a task stands at `asOf` (read in UTC): annual work is `annual`; a year deadline is
 * `passed` once that year has ended, `due-this-year` during it, else `upcoming`.
 */
export function taskStatus(task: Task, asOf: Date): TaskStatus {
  return task.deadline.kind === 'annual' ? 'annual' : yearStatus(task.deadline.year, asOf);
}

/** Where a deadline at the end of `year` stands at `asOf` (read in UTC). */
export function yearStatus(year: number, asOf: Date): DatedStatus {
  const now = asOf.getUTCFullYear();
  if (now > year) return 'passed';
  if (now === year) return 'due-this-year';
  return 'upcoming';
}

/** How many tasks fall due in each deadline year (ascending), and how many are annual work. */
export function countByDeadline(tasks: readonly Task[]): { years: [year: number, count: number][]; annual: number } {
  const years = new Map<number, number>();
  let annual = 0;
  for (const task of tasks) {
    if (task.deadline.kind === 'annual') annual++;
    else years.set(task.deadline.year, (years.get(task.deadline.year) ?? 0) + 1);
  }
  return { years: [...years.entries()].sort(([a], [b]) => a - b), annual };
}

/** The years a register spans: its earliest and latest year deadlines (null when it has none). */
export function deadlineYears(register: Register): { first: number; last: number } | null {
  const years = register.tasks.flatMap((task) => (task.deadline.kind === 'year' ? [task.deadline.year] : []));
  return years.length ? { first: Math.min(...years), last: Math.max(...years) } : null;
}
