/**
 * What <tr-unit-matrix> exports: a CSV of the matrix as shown (its rows and columns, tasks by the
 * document's numbers), each cell the document's word for the role the unit plays. Loaded on first
 * use.
 */
import type { ExportContent } from '../base/export-menu.js';
import { roleInView, wordsOf, type Line, type MatrixView } from './unit-matrix.view.js';

const lineLabel = (line: Line) => line.task?.number ?? line.label.text;

export function matrixExport(view: MatrixView | undefined): ExportContent | null {
  if (!view) return null;
  const head = [view.rowsAreUnits ? view.msg.cornerUnits : view.msg.cornerTasks, ...view.columns.map(lineLabel)];
  const rows = view.rows.map((line, r) => [lineLabel(line), ...view.columns.map((_, c) => wordsOf(view, roleInView(view, r, c))?.label.text ?? '')]);
  return { title: view.msg.caption, rows: [head, ...rows] };
}
