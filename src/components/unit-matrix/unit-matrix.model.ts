/**
 * The model of <tr-unit-matrix>: which units and tasks are shown, in what order, with what totals
 * and marks, the section groups of the tasks, and the short forms of long task texts and English
 * unit names. Pure: a register and options in, plain values out.
 */
import type { Register, RoleId, Section, Task, Unit } from '../../data/model.js';
import { deadlineYear, type TaskState } from '../../data/status.js';
import { roleIds, sectionById, type RoleFilter } from '../../data/selectors.js';
import type { Lang } from '../../i18n/lang.js';

export const matrixSorts = ['involvement', 'register', 'name'] as const;
export type MatrixSort = (typeof matrixSorts)[number];

/** Which deadlines to keep: some years, annual routine work, or both. */
export interface DeadlineFilter {
  readonly years: ReadonlySet<number>;
  readonly annual: boolean;
}

export interface MatrixOptions {
  /** Unit ids to show; null shows every unit that has a marked cell. */
  readonly unitIds: readonly string[] | null;
  /** Task ids to show; null shows every task that has a marked cell. */
  readonly taskIds: readonly string[] | null;
  readonly role: RoleFilter;
  readonly deadline: DeadlineFilter | null;
  readonly sort: MatrixSort;
  /** The language unit names are sorted in (sort `name`). */
  readonly lang: Lang;
}

export interface MatrixUnit {
  readonly unit: Unit;
  /** Shown tasks in which this unit plays each role, by role code (index 0 unused). */
  readonly byRole: readonly number[];
}

export interface MatrixTask {
  readonly task: Task;
  /** Shown units with a marked role in this task. */
  readonly involved: number;
}

export interface Matrix {
  /** Units in display order. */
  readonly units: readonly MatrixUnit[];
  /** Tasks in register order. */
  readonly tasks: readonly MatrixTask[];
  /** Marked roles, task-major: `roles[t * units.length + u]` is 0 (none) or a role code (`roleCode`). */
  readonly roles: Uint8Array;
}

/** The code of a role in `Matrix.roles`: 1 lead, 2 responsible, 3 participant. */
export const roleCode = (role: RoleId): number => roleIds.indexOf(role) + 1;

/** Whether a task's deadline passes the filter (no filter passes everything). */
export function matchesDeadline(task: Task, filter: DeadlineFilter | null): boolean {
  if (!filter) return true;
  if (task.deadline.kind === 'annual') return filter.annual;
  const year = deadlineYear(task.deadline);
  return year !== undefined && filter.years.has(year);
}

const collators = new Map<Lang, Intl.Collator>();
function collator(lang: Lang): Intl.Collator {
  let found = collators.get(lang);
  if (!found) {
    found = new Intl.Collator(lang === 'en' ? 'en' : 'zh-CN');
    collators.set(lang, found);
  }
  return found;
}

/**
 * The matrix for a register and options. Rows and columns with no marked cell are left out unless
 * the options name them, so `units="edu"` shows the tasks 省教育厅 has a part in and
 * `unit-role="lead"` drops units that lead nothing. Totals count the marked cells shown.
 */
export function buildMatrix(register: Register, options: MatrixOptions): Matrix {
  const { role } = options;
  const chosenTasks = options.taskIds ? new Set(options.taskIds) : null;
  const candidateTasks = register.tasks.filter((task) => (!chosenTasks || chosenTasks.has(task.id)) && matchesDeadline(task, options.deadline));
  const registerIndex = new Map(register.units.map((unit, i) => [unit.id, i]));
  const candidateUnits = options.unitIds
    ? options.unitIds.flatMap((id) => {
        const i = registerIndex.get(id);
        return i === undefined ? [] : [register.units[i]!];
      })
    : register.units;
  const candidateIndex = new Map(candidateUnits.map((unit, i) => [unit.id, i]));
  const marked = roleIds.filter((id) => role === 'all' || role === id).map((id) => [id, roleCode(id)] as const);

  // Marks of each candidate task as flat [unit, code, unit, code, …] over candidate units.
  const used = new Uint8Array(candidateUnits.length);
  const marks = candidateTasks.map((task) => {
    const found: number[] = [];
    for (const [id, code] of marked) {
      const ids = task.units[id];
      if (!ids) continue;
      for (let k = 0; k < ids.length; k++) {
        const u = candidateIndex.get(ids[k]!);
        if (u !== undefined) {
          found.push(u, code);
          used[u] = 1;
        }
      }
    }
    return found;
  });

  const keptUnits = candidateUnits.map((_, i) => i).filter((i) => options.unitIds !== null || used[i] === 1);
  const keptTaskIndexes = candidateTasks.map((_, t) => t).filter((t) => options.taskIds !== null || marks[t]!.length > 0);

  const byRole = candidateUnits.map(() => [0, 0, 0, 0]);
  for (const t of keptTaskIndexes) {
    const found = marks[t]!;
    for (let k = 0; k < found.length; k += 2) byRole[found[k]!]![found[k + 1]!]!++;
  }
  const involvement = (i: number) => byRole[i]!.reduce((a, b) => a + b, 0);

  const order = candidateUnits.map((unit) => registerIndex.get(unit.id) ?? 0);
  const sorted = [...keptUnits];
  if (options.sort === 'name') {
    const compare = collator(options.lang).compare;
    const name = (i: number) => (options.lang === 'en' ? (candidateUnits[i]!.nameEn ?? candidateUnits[i]!.name) : candidateUnits[i]!.name);
    sorted.sort((a, b) => compare(name(a), name(b)) || order[a]! - order[b]!);
  } else if (options.sort === 'involvement') {
    sorted.sort((a, b) => involvement(b) - involvement(a) || order[a]! - order[b]!);
  } else {
    sorted.sort((a, b) => order[a]! - order[b]!);
  }

  const position = new Int32Array(candidateUnits.length).fill(-1);
  sorted.forEach((u, i) => (position[u] = i));
  const width = sorted.length;
  const roles = new Uint8Array(keptTaskIndexes.length * width);
  const tasks = keptTaskIndexes.map((t, row) => {
    const found = marks[t]!;
    let involved = 0;
    for (let k = 0; k < found.length; k += 2) {
      const column = position[found[k]!]!;
      if (column < 0) continue;
      roles[row * width + column] = found[k + 1]!;
      involved++;
    }
    return { task: candidateTasks[t]!, involved };
  });

  return { units: sorted.map((i) => ({ unit: candidateUnits[i]!, byRole: byRole[i]! })), tasks, roles };
}

/** The role marked where task `taskIndex` meets unit `unitIndex` (display indexes), or null. */
export function roleAt(matrix: Matrix, taskIndex: number, unitIndex: number): RoleId | null {
  const code = matrix.roles[taskIndex * matrix.units.length + unitIndex] ?? 0;
  return code ? roleIds[code - 1]! : null;
}

const doneStates: ReadonlySet<TaskState> = new Set(['completedOnTime', 'completedLate', 'completed']);

/** Per shown unit, the shown tasks it has a marked part in that are completed, and overdue, given each task's state. */
export function progressTotals(matrix: Matrix, states: readonly TaskState[]): { completed: number; overdue: number }[] {
  const width = matrix.units.length;
  const totals = matrix.units.map(() => ({ completed: 0, overdue: 0 }));
  matrix.tasks.forEach((_, t) => {
    const state = states[t]!;
    const done = doneStates.has(state);
    if (!done && state !== 'overdue') return;
    for (let u = 0; u < width; u++) {
      if (!matrix.roles[t * width + u]) continue;
      if (done) totals[u]!.completed++;
      else totals[u]!.overdue++;
    }
  });
  return totals;
}

/** A run of consecutive shown tasks under one section heading. */
export interface SectionGroup {
  readonly section: Section;
  /** The first task's index among the shown tasks, and how many follow it in the run. */
  readonly start: number;
  readonly count: number;
}

/** The shown tasks grouped in document order under their own section (tasks with none: no group); [] when no task has a section. */
export function sectionGroups(register: Register, tasks: readonly MatrixTask[]): SectionGroup[] {
  const groups: SectionGroup[] = [];
  tasks.forEach(({ task }, i) => {
    const last = groups[groups.length - 1];
    if (last && last.section.id === task.sectionId && last.start + last.count === i) {
      groups[groups.length - 1] = { ...last, count: last.count + 1 };
      return;
    }
    const section = sectionById(register, task.sectionId);
    if (section) groups.push({ section, start: i, count: 1 });
  });
  return groups;
}

/** The ids of a section and of every section under it. */
export function sectionAndBelow(register: Register, sectionId: string): ReadonlySet<string> {
  const ids = new Set([sectionId]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const section of register.sections) {
      if (section.parentId && ids.has(section.parentId) && !ids.has(section.id)) {
        ids.add(section.id);
        grew = true;
      }
    }
  }
  return ids;
}

/**
 * Runs of whole numbers as ranges, the rest as written, in the order given:
 * `['3','4','5','9','（一）1']` → `['3-5', '9', '（一）1']`.
 */
export function compactNumbers(numbers: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < numbers.length; ) {
    let j = i;
    const whole = (k: number) => /^\d+$/.test(numbers[k] ?? '');
    while (whole(i) && j + 1 < numbers.length && whole(j + 1) && Number(numbers[j + 1]) === Number(numbers[j]) + 1) j++;
    out.push(j > i ? `${numbers[i]}-${numbers[j]}` : numbers[i]!);
    i = j + 1;
  }
  return out;
}

/**
 * A short form of a task's text: its first sentence when that is short enough, else the first
 * `max` characters; an ellipsis marks anything left out.
 */
export function shortText(text: string, max = 24): string {
  const chars = Array.from(text.trim());
  const sentenceEnd = chars.findIndex((c) => c === '。' || c === '；');
  if (sentenceEnd >= 0 && sentenceEnd < max) {
    const sentence = chars.slice(0, sentenceEnd).join('');
    return sentenceEnd === chars.length - 1 ? sentence : `${sentence}…`;
  }
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max).join('')}…`;
}

const abbreviations: readonly (readonly [RegExp, string])[] = [
  [/\bProvincial\b/g, 'Prov.'],
  [/\bDepartment\b/g, 'Dept.'],
  [/\bCommission\b/g, 'Comm.'],
  [/\bDevelopment\b/g, 'Dev.'],
  [/\bAdministration\b/g, 'Admin.'],
  [/\bSupervision\b/g, 'Superv.'],
  [/\bInformation\b/g, 'Info.'],
  [/\bTechnology\b/g, 'Tech.'],
  [/\bResources\b/g, 'Res.'],
  [/\bGovernments\b/g, 'Govts.'],
  [/\bGovernment\b/g, 'Govt.'],
  [/\bFederation\b/g, 'Fed.'],
  [/ and /g, ' & '],
];

/** An English unit name short enough for a narrow header: long names get the usual abbreviations. */
export function abbreviateName(name: string, longerThan = 24): string {
  if (name.length <= longerThan) return name;
  return abbreviations.reduce((text, [pattern, short]) => text.replace(pattern, short), name);
}
