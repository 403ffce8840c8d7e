/**
 * Pure shaping and geometry of <tr-unit-matrix>: which units and tasks are shown, in what order,
 * with what totals; which slice of a large matrix is in view; where the keyboard moves; where the
 * tooltip goes. No DOM here: plain inputs in, plain values out.
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

/* ------------------------------------------------------------------------------------------------
 * Text shortening
 * --------------------------------------------------------------------------------------------- */

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

/* ------------------------------------------------------------------------------------------------
 * Windowing: which rows and columns of a large matrix to render
 * --------------------------------------------------------------------------------------------- */

/** Matrices with more cells than this render only what is in view. */
export const virtualizeAbove = 2500;

export function shouldVirtualize(rows: number, columns: number, threshold = virtualizeAbove): boolean {
  return rows * columns > threshold;
}

/** A half-open range of indexes `[start, end)`. */
export interface Range {
  readonly start: number;
  readonly end: number;
}

/**
 * The items of size `itemSize` that intersect a viewport of `viewport` pixels scrolled by `scroll`
 * (both measured in the scrolling area past any sticky headers), plus `overscan` on each side.
 */
export function visibleRange(scroll: number, viewport: number, itemSize: number, count: number, overscan: number): Range {
  if (count <= 0) return { start: 0, end: 0 };
  if (!(itemSize > 0)) return { start: 0, end: Math.min(count, overscan * 2 + 1) };
  const from = Math.max(0, scroll);
  const first = Math.floor(from / itemSize);
  const last = Math.ceil((from + Math.max(0, viewport)) / itemSize);
  const start = Math.min(Math.max(0, first - overscan), count - 1);
  const end = Math.min(count, Math.max(start + 1, last + overscan));
  return { start, end };
}

/** The scroll offset that brings item `index` fully into a viewport of `viewport` pixels, moving as little as possible. */
export function revealScroll(scroll: number, viewport: number, index: number, itemSize: number): number {
  const start = index * itemSize;
  const end = start + itemSize;
  if (start < scroll) return Math.max(0, start);
  if (end > scroll + viewport) return Math.max(0, Math.min(start, end - viewport));
  return scroll;
}

/* ------------------------------------------------------------------------------------------------
 * Keyboard movement
 * --------------------------------------------------------------------------------------------- */

/** A cell of the whole grid, headers included, 0-based. */
export interface GridPosition {
  readonly row: number;
  readonly column: number;
}

export type GridMove = 'left' | 'right' | 'up' | 'down' | 'rowStart' | 'rowEnd' | 'first' | 'last' | 'pageUp' | 'pageDown';

/** Maps a key (with Ctrl or ⌘) to a move, or null for keys the grid leaves alone. */
export function moveForKey(key: string, control: boolean): GridMove | null {
  switch (key) {
    case 'ArrowLeft':
      return 'left';
    case 'ArrowRight':
      return 'right';
    case 'ArrowUp':
      return 'up';
    case 'ArrowDown':
      return 'down';
    case 'Home':
      return control ? 'first' : 'rowStart';
    case 'End':
      return control ? 'last' : 'rowEnd';
    case 'PageUp':
      return 'pageUp';
    case 'PageDown':
      return 'pageDown';
    default:
      return null;
  }
}

/** Where a move lands in a grid of `rows` × `columns`; `page` rows per PageUp/PageDown. Never leaves the grid. */
export function moveInGrid(from: GridPosition, move: GridMove, rows: number, columns: number, page: number): GridPosition {
  const clampRow = (row: number) => Math.min(Math.max(0, row), Math.max(0, rows - 1));
  const clampColumn = (column: number) => Math.min(Math.max(0, column), Math.max(0, columns - 1));
  const { row, column } = from;
  switch (move) {
    case 'left':
      return { row, column: clampColumn(column - 1) };
    case 'right':
      return { row, column: clampColumn(column + 1) };
    case 'up':
      return { row: clampRow(row - 1), column };
    case 'down':
      return { row: clampRow(row + 1), column };
    case 'rowStart':
      return { row, column: 0 };
    case 'rowEnd':
      return { row, column: clampColumn(columns - 1) };
    case 'first':
      return { row: 0, column: 0 };
    case 'last':
      return { row: clampRow(rows - 1), column: clampColumn(columns - 1) };
    case 'pageUp':
      return { row: clampRow(row - Math.max(1, page)), column };
    case 'pageDown':
      return { row: clampRow(row + Math.max(1, page)), column };
  }
}

/* ------------------------------------------------------------------------------------------------
 * Tooltip placement
 * --------------------------------------------------------------------------------------------- */

/** A box in viewport pixels. */
export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export interface TooltipPlacement {
  /** Offset from the frame's top-left corner, in pixels. */
  readonly x: number;
  readonly y: number;
  readonly side: 'above' | 'below';
}

/**
 * Where a tooltip of `tip` size goes for an `anchor` cell, as an offset inside `frame` (the box it
 * is positioned in). Below the cell and aligned with its start; flipped above when the viewport has
 * no room below; aligned with the cell's end, then clamped, near the right edge of the frame or
 * the viewport. Boxes are viewport coordinates, so page and inner scrolling are already counted.
 */
export function placeTooltip(
  anchor: Box,
  tip: { readonly width: number; readonly height: number },
  frame: Box,
  viewport: { readonly width: number; readonly height: number },
  gap = 6,
): TooltipPlacement {
  const minX = Math.max(frame.left, 0);
  const maxRight = Math.min(frame.right, viewport.width);
  let x = anchor.left;
  if (x + tip.width > maxRight) x = anchor.right - tip.width;
  if (x + tip.width > maxRight) x = maxRight - tip.width;
  if (x < minX) x = minX;
  const below = anchor.bottom + gap;
  const above = anchor.top - gap - tip.height;
  const roomBelow = viewport.height - anchor.bottom;
  const side = below + tip.height > viewport.height && (above >= 0 || anchor.top > roomBelow) ? 'above' : 'below';
  return { x: x - frame.left, y: (side === 'above' ? above : below) - frame.top, side };
}
