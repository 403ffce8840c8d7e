/** Pure selectors over a register: who does what, by when, and where each task stands. */
import type { Indicator, Register, Task, Unit } from './schema.js';

export type Role = 'lead' | 'participant';
export type RoleFilter = Role | 'all';
export type TaskStatus = 'passed' | 'due-this-year' | 'upcoming' | 'annual';

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

/** The tasks a unit leads, takes part in, or either, in register order. */
export function tasksOfUnit(register: Register, unitId: string, role: RoleFilter = 'all'): readonly Task[] {
  return register.tasks.filter((task) => {
    const played = roleOf(task, unitId);
    return played !== null && (role === 'all' || role === played);
  });
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
  if (task.deadline.kind === 'annual') return 'annual';
  const year = asOf.getUTCFullYear();
  if (year > task.deadline.year) return 'passed';
  if (year === task.deadline.year) return 'due-this-year';
  return 'upcoming';
}

/** The years a register spans: its earliest and latest year deadlines (null when it has none). */
export function deadlineYears(register: Register): { first: number; last: number } | null {
  const years = register.tasks.flatMap((task) => (task.deadline.kind === 'year' ? [task.deadline.year] : []));
  return years.length ? { first: Math.min(...years), last: Math.max(...years) } : null;
}
