/**
 * The model of <tr-unit-matrix>: which units and tasks are shown, in what order, with what totals
 * and marks, and the short forms of long task texts and English unit names. Pure: a register and
 * options in, plain values out.
 */
import type { Register, Task, Unit } from '../../data/schema.js';
import type { Role, RoleFilter } from '../../data/selectors.js';
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
  /** Task numbers to show; null shows every task that has a marked cell. */
  readonly taskNumbers: readonly number[] | null;
  readonly role: RoleFilter;
  readonly deadline: DeadlineFilter | null;
  readonly sort: MatrixSort;
  /** The language unit names are sorted in (sort `name`). */
  readonly lang: Lang;
}

export interface MatrixUnit {
  readonly unit: Unit;
  /** Shown tasks this unit leads (0 when only participants are marked). */
  readonly leads: number;
  /** Shown tasks this unit takes part in (0 when only leads are marked). */
  readonly participations: number;
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
  /** Marked roles, task-major: `roles[t * units.length + u]` is 0 (none), 1 (lead) or 2 (participant). */
  readonly roles: Uint8Array;
}

const LEAD = 1;
const PARTICIPANT = 2;

/** Whether a task's deadline passes the filter (no filter passes everything). */
export function matchesDeadline(task: Task, filter: DeadlineFilter | null): boolean {
  if (!filter) return true;
  return task.deadline.kind === 'annual' ? filter.annual : filter.years.has(task.deadline.year);
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
 * the options name them, so `units="edu"` shows the tasks 省教育厅 has a part in and `role="lead"`
 * drops units that lead nothing. Totals count the marked cells shown.
 */
export function buildMatrix(register: Register, options: MatrixOptions): Matrix {
  const { role } = options;
  const chosenTasks = options.taskNumbers ? new Set(options.taskNumbers) : null;
  const candidateTasks = register.tasks.filter(
    (task) => (!chosenTasks || chosenTasks.has(task.number)) && matchesDeadline(task, options.deadline),
  );
  const registerIndex = new Map(register.units.map((unit, i) => [unit.id, i]));
  const candidateUnits = options.unitIds
    ? options.unitIds.flatMap((id) => {
        const i = registerIndex.get(id);
        return i === undefined ? [] : [register.units[i]!];
      })
    : register.units;
  const candidateIndex = new Map(candidateUnits.map((unit, i) => [unit.id, i]));

  // Marks of each candidate task as flat [unit, code, unit, code, …] over candidate units.
  const used = new Uint8Array(candidateUnits.length);
  const marks = candidateTasks.map((task) => {
    const found: number[] = [];
    const add = (ids: readonly string[], code: number) => {
      for (const id of ids) {
        const u = candidateIndex.get(id);
        if (u !== undefined) {
          found.push(u, code);
          used[u] = 1;
        }
      }
    };
    if (role !== 'participant') add(task.leadUnitIds, LEAD);
    if (role !== 'lead') add(task.participantUnitIds, PARTICIPANT);
    return found;
  });

  const keptUnits = candidateUnits.map((_, i) => i).filter((i) => options.unitIds !== null || used[i] === 1);
  const keptTaskIndexes = candidateTasks.map((_, t) => t).filter((t) => options.taskNumbers !== null || marks[t]!.length > 0);

  const leads = new Array<number>(candidateUnits.length).fill(0);
  const participations = new Array<number>(candidateUnits.length).fill(0);
  for (const t of keptTaskIndexes) {
    const found = marks[t]!;
    for (let k = 0; k < found.length; k += 2) {
      if (found[k + 1] === LEAD) leads[found[k]!]!++;
      else participations[found[k]!]!++;
    }
  }

  const order = registerOrder(candidateUnits, registerIndex);
  const sorted = [...keptUnits];
  if (options.sort === 'name') {
    const compare = collator(options.lang).compare;
    const name = (i: number) => (options.lang === 'en' ? candidateUnits[i]!.nameEn : candidateUnits[i]!.name);
    sorted.sort((a, b) => compare(name(a), name(b)) || order[a]! - order[b]!);
  } else if (options.sort === 'involvement') {
    sorted.sort((a, b) => leads[b]! + participations[b]! - (leads[a]! + participations[a]!) || order[a]! - order[b]!);
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

  return {
    units: sorted.map((i) => ({ unit: candidateUnits[i]!, leads: leads[i]!, participations: participations[i]! })),
    tasks,
    roles,
  };
}

function registerOrder(units: readonly Unit[], registerIndex: ReadonlyMap<string, number>): number[] {
  return units.map((unit) => registerIndex.get(unit.id) ?? 0);
}

/** The role marked where task `taskIndex` meets unit `unitIndex` (display indexes), or null. */
export function roleAt(matrix: Matrix, taskIndex: number, unitIndex: number): Role | null {
  const code = matrix.roles[taskIndex * matrix.units.length + unitIndex];
  return code === LEAD ? 'lead' : code === PARTICIPANT ? 'participant' : null;
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

/** An English unit name short enough for a header: long names get the usual abbreviations. */
export function abbreviateName(name: string, longerThan = 24): string {
  if (name.length <= longerThan) return name;
  return abbreviations.reduce((text, [pattern, short]) => text.replace(pattern, short), name);
}
