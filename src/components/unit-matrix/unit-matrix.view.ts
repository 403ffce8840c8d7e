/**
 * The view model of <tr-unit-matrix>: the matrix turned into rows and columns for the chosen
 * orientation, with their labels, spoken names and totals, and what sits at each grid position.
 */
import type { Register, Task, Unit } from '../../data/schema.js';
import type { Role, RoleFilter } from '../../data/selectors.js';
import type { Lang } from '../../i18n/lang.js';
import { unitMatrixMessages, type UnitMatrixMessages } from '../../i18n/unit-matrix.js';
import type { GridPosition } from '../base/roving.js';
import { shouldVirtualize } from './unit-matrix.layout.js';
import { abbreviateName, roleAt, shortText, type Matrix } from './unit-matrix.model.js';

export type TotalKind = 'leads' | 'participations' | 'involved';

/** One row or column: a unit or a task. */
export interface Line {
  readonly unit?: Unit;
  readonly task?: Task;
  /** What the header shows (a task number, an abbreviated name, a short text). */
  readonly label: string;
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
  readonly matrix: Matrix;
  readonly role: RoleFilter;
  readonly rowsAreUnits: boolean;
  readonly rows: readonly Line[];
  readonly columns: readonly Line[];
  /** Totals shown as columns right after the row headers. */
  readonly rowTotals: readonly TotalKind[];
  /** Totals shown as rows right under the column headers. */
  readonly columnTotals: readonly TotalKind[];
  /** Header rows (column headers, then one per column total). */
  readonly headRows: number;
  /** Leading columns (row headers, then one per row total). */
  readonly leadColumns: number;
  /** Whether only the rows and columns in view are rendered. */
  readonly virtual: boolean;
  /** The row and column marked by `highlight-unit` / `highlight-task` (-1 for none). */
  readonly markedRow: number;
  readonly markedColumn: number;
}

/** What the reader selected: a cell (task and unit), a task, or a unit. */
export interface MatrixSelected {
  readonly taskNumber?: number;
  readonly unitId?: string;
}

/** The `detail` of `tr-select`: a cell gives the task, the unit and the role (null for an empty cell); a header gives its unit or task. */
export interface UnitMatrixSelectDetail {
  readonly task?: Task;
  readonly taskNumber?: number;
  readonly unit?: Unit;
  readonly unitId?: string;
  readonly role?: Role | null;
}

/** What sits at a grid position. */
export type GridTarget =
  | { readonly kind: 'cell'; readonly unit: Unit; readonly task: Task; readonly role: Role | null; readonly row: number; readonly column: number }
  | { readonly kind: 'unit'; readonly unit: Unit; readonly line: Line }
  | { readonly kind: 'task'; readonly task: Task; readonly line: Line }
  | { readonly kind: 'other' };

function unitTotals(role: RoleFilter): TotalKind[] {
  return role === 'lead' ? ['leads'] : role === 'participant' ? ['participations'] : ['leads', 'participations'];
}

export interface ViewInput {
  readonly register: Register;
  readonly matrix: Matrix;
  readonly lang: Lang;
  readonly asOf: Date;
  readonly role: RoleFilter;
  readonly rowsAreUnits: boolean;
  readonly highlightUnitId: string | null;
  readonly highlightTask: number | null;
}

export function buildMatrixView(input: ViewInput): MatrixView {
  const { matrix, lang, role, rowsAreUnits } = input;
  const msg = unitMatrixMessages[lang];
  const unitKinds = unitTotals(role);
  const unitLines: Line[] = matrix.units.map(({ unit, leads, participations }) => {
    const name = lang === 'en' ? unit.nameEn : unit.name;
    return {
      unit,
      label: lang === 'en' ? abbreviateName(name) : name,
      name,
      totals: unitKinds.map((kind) => (kind === 'leads' ? leads : participations)),
    };
  });
  const taskLines: Line[] = matrix.tasks.map(({ task, involved }) => {
    const label = rowsAreUnits ? String(task.number) : shortText(task.content);
    return {
      task,
      label,
      name: rowsAreUnits ? msg.task(task.number) : `${msg.task(task.number)} ${label}`,
      totals: [involved],
    };
  });
  const rows = rowsAreUnits ? unitLines : taskLines;
  const columns = rowsAreUnits ? taskLines : unitLines;
  const rowTotals: TotalKind[] = rowsAreUnits ? unitKinds : ['involved'];
  const columnTotals: TotalKind[] = rowsAreUnits ? ['involved'] : unitKinds;
  const markedUnit = input.highlightUnitId === null ? -1 : matrix.units.findIndex((u) => u.unit.id === input.highlightUnitId);
  const markedTask = input.highlightTask === null ? -1 : matrix.tasks.findIndex((t) => t.task.number === input.highlightTask);
  return {
    register: input.register,
    lang,
    msg,
    asOf: input.asOf,
    matrix,
    role,
    rowsAreUnits,
    rows,
    columns,
    rowTotals,
    columnTotals,
    headRows: 1 + columnTotals.length,
    leadColumns: 1 + rowTotals.length,
    virtual: shouldVirtualize(rows.length, columns.length),
    markedRow: rowsAreUnits ? markedUnit : markedTask,
    markedColumn: rowsAreUnits ? markedTask : markedUnit,
  };
}

/** The role marked at data row `row`, data column `column`. */
export function roleInView(view: MatrixView, row: number, column: number): Role | null {
  return view.rowsAreUnits ? roleAt(view.matrix, column, row) : roleAt(view.matrix, row, column);
}

/** The word for a role (or for no role) in the view's language. */
export function roleWord(view: MatrixView, role: Role | null): string {
  return role === 'lead' ? view.msg.lead : role === 'participant' ? view.msg.participant : view.msg.none;
}

/** A unit's full name in the view's language. */
export function unitName(view: MatrixView, unit: Unit): string {
  return view.lang === 'en' ? unit.nameEn : unit.name;
}

/** What a screen reader hears on a data cell: 省教育厅，任务5，参与. */
export function cellName(view: MatrixView, row: number, column: number): string {
  const rowLine = view.rows[row]!;
  const columnLine = view.columns[column]!;
  const unit = (view.rowsAreUnits ? rowLine : columnLine).unit!;
  const task = (view.rowsAreUnits ? columnLine : rowLine).task!;
  return view.msg.cell(unitName(view, unit), view.msg.taskInSentence(task.number), roleWord(view, roleInView(view, row, column)));
}

/** What sits at a position of the whole grid (headers included). */
export function targetAt(view: MatrixView, position: GridPosition): GridTarget {
  const row = position.row - view.headRows;
  const column = position.column - view.leadColumns;
  if (row >= 0 && column >= 0) {
    const rowLine = view.rows[row];
    const columnLine = view.columns[column];
    if (!rowLine || !columnLine) return { kind: 'other' };
    const unit = (view.rowsAreUnits ? rowLine : columnLine).unit!;
    const task = (view.rowsAreUnits ? columnLine : rowLine).task!;
    return { kind: 'cell', unit, task, role: roleInView(view, row, column), row, column };
  }
  const line = row >= 0 && position.column === 0 ? view.rows[row] : column >= 0 && position.row === 0 ? view.columns[column] : undefined;
  if (line?.unit) return { kind: 'unit', unit: line.unit, line };
  if (line?.task) return { kind: 'task', task: line.task, line };
  return { kind: 'other' };
}

/** The `tr-select` detail for a position: a cell, a unit header or a task header; null for totals and corners. */
export function selectDetail(view: MatrixView, position: GridPosition): UnitMatrixSelectDetail | null {
  const target = targetAt(view, position);
  if (target.kind === 'cell') return { task: target.task, taskNumber: target.task.number, unit: target.unit, unitId: target.unit.id, role: target.role };
  if (target.kind === 'unit') return { unit: target.unit, unitId: target.unit.id };
  if (target.kind === 'task') return { task: target.task, taskNumber: target.task.number };
  return null;
}
