/** Pure selectors over a register: who does what, by when. */
import type { Deadline, Indicator, Register, Role, RoleId, Section, Task, Unit } from './model.js';
import { deadlineYear } from './status.js';

/** The roles a unit can play, in the order documents list them. */
export const roleIds = ['lead', 'responsible', 'participant'] as const;
/** The values of a `unit-role` filter: every role, or one. */
export const roleFilters = ['all', ...roleIds] as const;
export type RoleFilter = (typeof roleFilters)[number];

const index = new WeakMap<Register, { units: Map<string, Unit>; tasks: Map<string, Task>; numbers: Map<string, Task> }>();

function indexOf(register: Register) {
  let found = index.get(register);
  if (!found) {
    const numbers = new Map<string, Task>();
    for (const task of register.tasks) if (!numbers.has(task.number)) numbers.set(task.number, task);
    found = {
      units: new Map(register.units.map((unit) => [unit.id, unit])),
      tasks: new Map(register.tasks.map((task) => [task.id, task])),
      numbers,
    };
    index.set(register, found);
  }
  return found;
}

export function unitById(register: Register, id: string): Unit | undefined {
  return indexOf(register).units.get(id);
}

export function unitByName(register: Register, name: string): Unit | undefined {
  return register.units.find((unit) => unit.name === name);
}

export function taskById(register: Register, id: string): Task | undefined {
  return indexOf(register).tasks.get(id);
}

/** The first task the document numbers so ("52", "（一）1"). */
export function taskByNumber(register: Register, number: string): Task | undefined {
  return indexOf(register).numbers.get(number.trim());
}

export function indicatorById(register: Register, id: string): Indicator | undefined {
  return register.indicators.find((indicator) => indicator.id === id);
}

export function sectionById(register: Register, id: string | undefined): Section | undefined {
  return id === undefined ? undefined : register.sections.find((section) => section.id === id);
}

/** The document's word for a role (牵头单位, 责任单位, 协同配合单位…), if the register has the role. */
export function roleOfRegister(register: Register, role: RoleId): Role | undefined {
  return register.roles.find((r) => r.id === role);
}

/** The role a unit plays in a task (the first, in document order), or null when it plays none. */
export function roleOf(task: Task, unitId: string): RoleId | null {
  for (const role of roleIds) if (task.units[role]?.includes(unitId)) return role;
  return null;
}

/** Whether a unit plays the role a filter asks for in a task (`all`: any role). */
export function playsRole(task: Task, unitId: string, role: RoleFilter): boolean {
  if (role === 'all') return roleOf(task, unitId) !== null;
  return task.units[role]?.includes(unitId) ?? false;
}

/** The tasks in which a unit plays a role (or any), in register order. */
export function tasksOfUnit(register: Register, unitId: string, role: RoleFilter = 'all'): readonly Task[] {
  return register.tasks.filter((task) => playsRole(task, unitId, role));
}

/** A task's units by role, in the register's role order, each list in the order the task gives. */
export function unitsOfTask(register: Register, task: Task): { role: Role; units: readonly Unit[] }[] {
  return register.roles.flatMap((role) => {
    const units = (task.units[role.id] ?? []).map((id) => unitById(register, id)).filter((u): u is Unit => !!u);
    return units.length ? [{ role, units }] : [];
  });
}

/** The ids of every unit of a task, in role order, without repeats. */
export function unitIdsOfTask(task: Task): string[] {
  return [...new Set(roleIds.flatMap((role) => task.units[role] ?? []))];
}

/** The roles a register's tasks actually use, in its declared order. */
export function usedRoles(register: Register): readonly Role[] {
  return register.roles.filter((role) => register.tasks.some((task) => (task.units[role.id]?.length ?? 0) > 0));
}

/** How many tasks fall due in each year (ascending), and how many have each undated kind. */
export function countByDeadline(tasks: readonly Task[]): {
  years: [year: number, count: number][];
  annual: number;
  ongoing: number;
  text: number;
  none: number;
} {
  const years = new Map<number, number>();
  const counts = { annual: 0, ongoing: 0, text: 0, none: 0 };
  for (const task of tasks) {
    const year = deadlineYear(task.deadline);
    if (year !== undefined) years.set(year, (years.get(year) ?? 0) + 1);
    else counts[task.deadline.kind as keyof typeof counts]++;
  }
  return { years: [...years.entries()].sort(([a], [b]) => a - b), ...counts };
}

/** The years a register's dated deadlines span (null when it has none). */
export function deadlineYears(register: Register): { first: number; last: number } | null {
  const years = register.tasks.map((task) => deadlineYear(task.deadline)).filter((y): y is number => y !== undefined);
  return years.length ? { first: Math.min(...years), last: Math.max(...years) } : null;
}

/** Whether a deadline is placed on the calendar (a year, a month or a day). */
export function isDated(deadline: Deadline): boolean {
  return deadline.kind === 'year' || deadline.kind === 'month' || deadline.kind === 'date';
}
