/**
 * The view model of <tr-unit-matrix>: the matrix turned into rows and columns for the chosen
 * orientation, with their labels, spoken names and totals, the role words of the register, each
 * task's status at the as-of date, the section groups, and what sits at each grid position.
 */
import type { Register, RoleId, Task, Unit } from '../../data/model.js';
import type { Progress } from '../../data/progress.js';
import { usedRoles, type RoleFilter } from '../../data/selectors.js';
import { taskStatusAt, type TaskStatus } from '../../data/status.js';
import type { Lang } from '../../i18n/lang.js';
import { joinClauses, joinList } from '../../i18n/punctuation.js';
import { unitMatrixMessages, type UnitMatrixMessages } from '../../i18n/unit-matrix.js';
import type { GridPosition } from '../base/roving.js';
import { readAttributes, type ColorBy, type GroupBy, type MatrixAttributes } from './unit-matrix.options.js';
import { shouldVirtualize } from './unit-matrix.layout.js';
import { abbreviateName, buildMatrix, progressTotals, roleAt, roleCode, sectionGroups, shortText, type Matrix, type SectionGroup } from './unit-matrix.model.js';

export type TotalKind = RoleId | 'involved' | 'completed' | 'overdue';

/** A text, with `lang: 'zh'` when it is Chinese in an English view (a unit with no English name). */
export interface Text {
  readonly text: string;
  readonly lang?: 'zh';
}

/** A role as the register's document words it. */
export interface RoleWords {
  readonly id: RoleId;
  /** The document's word: 牵头单位, 主要责任单位, 协同配合单位 (in English its `labelEn`, else the Chinese). */
  readonly label: Text;
  /** Without the generic noun: 牵头, 协同配合, Lead (spoken on cells, shown in the unit's panel). */
  readonly stem: string;
  /** What a narrow total header shows (Participating → Part.). */
  readonly short: string;
}

/** One row or column: a unit or a task. */
export interface Line {
  readonly unit?: Unit;
  readonly task?: Task;
  /** What the header shows (a task number, a unit's full name, a short text). */
  readonly label: Text;
  /** What it shows in the narrow layout (an abbreviated English name). */
  readonly short: string;
  /** What a screen reader hears for the header: the full name, `任务5`. */
  readonly name: string;
  /** One figure per total kind of the other axis' totals (row totals for rows, column totals for columns). */
  readonly totals: readonly number[];
}

export interface MatrixView {
  readonly register: Register;
  readonly lang: Lang;
  readonly msg: UnitMatrixMessages;
  readonly asOf: Date;
  readonly progress: Progress | undefined;
  readonly matrix: Matrix;
  readonly role: RoleFilter;
  /** The roles marked, in the register's order, with their words. */
  readonly roles: readonly RoleWords[];
  readonly colorBy: ColorBy;
  /** Each shown task's status at the as-of date, in matrix task order. */
  readonly statuses: readonly TaskStatus[];
  readonly rowsAreUnits: boolean;
  readonly rows: readonly Line[];
  readonly columns: readonly Line[];
  /** Section headings over the task columns (none when tasks are rows or `group-by="none"`). */
  readonly groups: readonly SectionGroup[];
  /** Totals shown as columns right after the row headers. */
  readonly rowTotals: readonly TotalKind[];
  /** Totals shown as rows right under the column headers. */
  readonly columnTotals: readonly TotalKind[];
  /** The grid row of the column headers (1 under a row of section headings, else 0). */
  readonly headerRow: number;
  /** Header rows (sections, column headers, then one per column total). */
  readonly headRows: number;
  /** Leading columns (row headers, then one per row total). */
  readonly leadColumns: number;
  /** Whether only the rows and columns in view are rendered. */
  readonly virtual: boolean;
  /** Whether some task number is longer than a narrow column holds (`（一）1`). */
  readonly longNumbers: boolean;
  /** Whether a role's short word is longer than a narrow total column holds (主要责任). */
  readonly longRoles: boolean;
  /** The row and column marked by `highlight-unit` / `highlight-task` (-1 for none). */
  readonly markedRow: number;
  readonly markedColumn: number;
}

/** What the reader selected: a cell (task and unit), a task, or a unit. */
export interface MatrixSelected {
  readonly taskId?: string;
  readonly unitId?: string;
}

/** The `detail` of `tr-select`: a cell gives the task, the unit and the role (null for an empty cell); a header gives its unit or task. */
export interface UnitMatrixSelectDetail {
  readonly task?: Task;
  /** The task's id, and its number as the document writes it. */
  readonly taskId?: string;
  readonly taskNumber?: string;
  readonly unit?: Unit;
  readonly unitId?: string;
  readonly role?: RoleId | null;
}

/** What sits at a grid position. */
export type GridTarget =
  | { readonly kind: 'cell'; readonly unit: Unit; readonly task: Task; readonly role: RoleId | null; readonly row: number; readonly column: number; readonly status: TaskStatus }
  | { readonly kind: 'unit'; readonly unit: Unit; readonly line: Line }
  | { readonly kind: 'task'; readonly task: Task; readonly line: Line; readonly status: TaskStatus }
  | { readonly kind: 'section'; readonly group: SectionGroup }
  | { readonly kind: 'other' };

export interface ViewInput {
  readonly register: Register;
  readonly matrix: Matrix;
  readonly lang: Lang;
  readonly asOf: Date;
  readonly progress: Progress | undefined;
  readonly role: RoleFilter;
  readonly colorBy: ColorBy;
  readonly groupBy: GroupBy;
  readonly rowsAreUnits: boolean;
  readonly highlightUnitId: string | null;
  readonly highlightTaskId: string | null;
}

/** A unit's name in the view's language: the English one, else the Chinese marked as such. */
export function unitText(lang: Lang, unit: Unit): Text {
  return lang === 'en' ? (unit.nameEn ? { text: unit.nameEn } : { text: unit.name, lang: 'zh' }) : { text: unit.name };
}

function roleWords(register: Register, lang: Lang, role: RoleFilter, msg: UnitMatrixMessages): RoleWords[] {
  return usedRoles(register)
    .filter((r) => role === 'all' || r.id === role)
    .map((r) => {
      const label: Text = lang === 'en' ? (r.labelEn ? { text: r.labelEn } : { text: r.label, lang: 'zh' }) : { text: r.label };
      const stem = msg.roleStem(label.text);
      const short = lang === 'en' && stem.length > 7 ? `${stem.slice(0, 4)}.` : stem;
      return { id: r.id, label, stem, short };
    });
}

export function buildMatrixView(input: ViewInput): MatrixView {
  const { register, matrix, lang, rowsAreUnits } = input;
  const msg = unitMatrixMessages[lang];
  const roles = roleWords(register, lang, input.role, msg);
  const statuses = matrix.tasks.map(({ task }) => taskStatusAt(task, input.asOf, input.progress));
  const progress = input.progress ? progressTotals(matrix, statuses.map((s) => s.state)) : null;
  const unitKinds: TotalKind[] = [...roles.map((r) => r.id), ...(progress ? (['completed', 'overdue'] as const) : [])];
  const unitLines: Line[] = matrix.units.map(({ unit, byRole }, u) => {
    const label = unitText(lang, unit);
    return {
      unit,
      label,
      short: lang === 'en' && !label.lang ? abbreviateName(label.text) : label.text,
      name: label.text,
      totals: unitKinds.map((kind) =>
        kind === 'completed' ? progress![u]!.completed : kind === 'overdue' ? progress![u]!.overdue : byRole[roleCode(kind as RoleId)]!,
      ),
    };
  });
  const taskLines: Line[] = matrix.tasks.map(({ task, involved }) => {
    // Tasks as rows: the whole text, clamped to two lines by the style sheet, so a wide box shows as
    // much as fits; the narrow layout shows its first sentence or first 24 characters.
    const label = rowsAreUnits ? task.number : task.content.trim();
    return {
      task,
      label: { text: label },
      short: rowsAreUnits ? label : shortText(task.content),
      name: rowsAreUnits ? msg.task(task.number) : `${msg.task(task.number)} ${label}`,
      totals: [involved],
    };
  });
  const rows = rowsAreUnits ? unitLines : taskLines;
  const columns = rowsAreUnits ? taskLines : unitLines;
  const rowTotals: TotalKind[] = rowsAreUnits ? unitKinds : ['involved'];
  const columnTotals: TotalKind[] = rowsAreUnits ? ['involved'] : unitKinds;
  const groups = rowsAreUnits && input.groupBy === 'section' ? sectionGroups(register, matrix.tasks) : [];
  const headerRow = groups.length ? 1 : 0;
  const markedUnit = input.highlightUnitId === null ? -1 : matrix.units.findIndex((u) => u.unit.id === input.highlightUnitId);
  const markedTask = input.highlightTaskId === null ? -1 : matrix.tasks.findIndex((t) => t.task.id === input.highlightTaskId);
  return {
    register,
    lang,
    msg,
    asOf: input.asOf,
    progress: input.progress,
    matrix,
    role: input.role,
    roles,
    colorBy: input.colorBy,
    statuses,
    rowsAreUnits,
    rows,
    columns,
    groups,
    rowTotals,
    columnTotals,
    headerRow,
    headRows: headerRow + 1 + columnTotals.length,
    leadColumns: 1 + rowTotals.length,
    virtual: shouldVirtualize(rows.length, columns.length),
    longNumbers: matrix.tasks.some(({ task }) => Array.from(task.number).length > 3),
    longRoles: roles.some((r) => (lang === 'en' ? r.short.length > 6 : Array.from(r.short).length > 2)),
    markedRow: rowsAreUnits ? markedUnit : markedTask,
    markedColumn: rowsAreUnits ? markedTask : markedUnit,
  };
}

/** The matrix task index and unit index at data row `row`, data column `column`. */
export function indexesAt(view: MatrixView, row: number, column: number): { t: number; u: number } {
  return view.rowsAreUnits ? { t: column, u: row } : { t: row, u: column };
}

/** The role marked at data row `row`, data column `column`. */
export function roleInView(view: MatrixView, row: number, column: number): RoleId | null {
  const { t, u } = indexesAt(view, row, column);
  return roleAt(view.matrix, t, u);
}

/** The words of a role in the view (undefined for no role, or a role not marked). */
export function wordsOf(view: MatrixView, role: RoleId | null): RoleWords | undefined {
  return role ? view.roles.find((r) => r.id === role) : undefined;
}

/** What a screen reader hears on a data cell: 省教育厅，任务5，参与 (and, coloured by status, 推进中). */
export function cellName(view: MatrixView, row: number, column: number, stateWord: (t: number) => string): string {
  const { t, u } = indexesAt(view, row, column);
  const role = roleAt(view.matrix, t, u);
  const unit = view.matrix.units[u]!.unit;
  const task = view.matrix.tasks[t]!.task;
  const status = role && view.colorBy === 'status' ? stateWord(t) : undefined;
  return view.msg.cell(unitText(view.lang, unit).text, view.msg.taskInSentence(task.number), wordsOf(view, role)?.stem ?? view.msg.none, status);
}

/** The section group whose columns include data column `column`. */
export function groupAt(view: MatrixView, column: number): SectionGroup | undefined {
  return view.groups.find((g) => column >= g.start && column < g.start + g.count);
}

/** What sits at a position of the whole grid (headers included). */
export function targetAt(view: MatrixView, position: GridPosition): GridTarget {
  const row = position.row - view.headRows;
  const column = position.column - view.leadColumns;
  if (row >= 0 && column >= 0) {
    if (!view.rows[row] || !view.columns[column]) return { kind: 'other' };
    const { t, u } = indexesAt(view, row, column);
    const { task } = view.matrix.tasks[t]!;
    return { kind: 'cell', unit: view.matrix.units[u]!.unit, task, role: roleAt(view.matrix, t, u), row, column, status: view.statuses[t]! };
  }
  if (column >= 0 && position.row < view.headerRow) {
    const group = groupAt(view, column);
    return group ? { kind: 'section', group } : { kind: 'other' };
  }
  const line = row >= 0 && position.column === 0 ? view.rows[row] : column >= 0 && position.row === view.headerRow ? view.columns[column] : undefined;
  if (line?.unit) return { kind: 'unit', unit: line.unit, line };
  if (line?.task) return { kind: 'task', task: line.task, line, status: view.statuses[view.rowsAreUnits ? column : row]! };
  return { kind: 'other' };
}

/** The `tr-select` detail for a position: a cell, a unit header or a task header; null for totals, sections and corners. */
export function selectDetail(view: MatrixView, position: GridPosition): UnitMatrixSelectDetail | null {
  const target = targetAt(view, position);
  const task = (t: Task) => ({ task: t, taskId: t.id, taskNumber: t.number });
  if (target.kind === 'cell') return { ...task(target.task), unit: target.unit, unitId: target.unit.id, role: target.role };
  if (target.kind === 'unit') return { unit: target.unit, unitId: target.unit.id };
  if (target.kind === 'task') return task(target.task);
  return null;
}

/** The note of what the attributes ignored, and the names `highlight-unit` / `highlight-task` mark (null for none). */
export function attributeNotes(
  view: MatrixView,
  ignored: readonly string[],
  highlightUnitId: string | null,
  highlightTaskId: string | null,
): { note: string | null; marked: string | null } {
  const { msg, lang, matrix, register } = view;
  const notes = [...ignored];
  const marked: string[] = [];
  const mark = (attribute: string, name: string, shown: boolean) => (shown ? marked.push(name) : notes.push(msg.notShown(attribute, name)));
  const unit = highlightUnitId === null ? undefined : register.units.find((u) => u.id === highlightUnitId);
  if (unit) mark('highlight-unit', unitText(lang, unit).text, matrix.units.some((u) => u.unit.id === unit.id));
  const task = highlightTaskId === null ? undefined : register.tasks.find((t) => t.id === highlightTaskId);
  if (task) mark('highlight-task', msg.task(task.number), matrix.tasks.some((t) => t.task.id === task.id));
  return { note: notes.length ? joinClauses(lang, notes) : null, marked: marked.length ? joinList(lang, marked) : null };
}

/** The view for a register and the attributes as set, with its notes; throws the first attribute error. */
export function viewFor(
  context: { register: Register; lang: Lang; asOf: Date; progress: Progress | undefined },
  attributes: MatrixAttributes,
): { view: MatrixView; note: string | null; marked: string | null } {
  const { register, lang } = context;
  const chosen = readAttributes(attributes, register);
  const matrix = buildMatrix(register, { ...chosen, lang });
  const view = buildMatrixView({ ...context, ...chosen, matrix, rowsAreUnits: chosen.orientation === 'units' });
  return { view, ...attributeNotes(view, chosen.ignored.map((text) => text[lang]), chosen.highlightUnitId, chosen.highlightTaskId) };
}
