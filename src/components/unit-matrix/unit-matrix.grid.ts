/**
 * The grid of <tr-unit-matrix> as an ARIA grid of rows and cells: sticky header rows (column
 * headers, column totals), then one row per data row with its header, its totals and the marked
 * cells. Only the rows and columns in `visible` are rendered; CSS custom properties set by the
 * element (`--row-start`, `--row-rest`, `--col-start`, `--col-rest`) stand in for the rest, and
 * `aria-rowindex` / `aria-colindex` tell assistive technology where each rendered cell sits.
 * Rows carry `data-r` and cells `data-c` (whole-grid positions), which the lookups below read.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { formatNumber } from '../../i18n/format.js';
import type { GridPosition } from '../base/roving.js';
import type { Range, Visible } from './unit-matrix.layout.js';
import { cellName, roleInView, type MatrixSelected, type MatrixView, type TotalKind } from './unit-matrix.view.js';

const indexes = (range: Range) => Array.from({ length: range.end - range.start }, (_, i) => range.start + i);

/** The cell in the tab order: the active one if rendered, else the first data cell in view. */
export function tabStop(view: MatrixView, visible: Visible, active: GridPosition): GridPosition {
  const { rows, columns } = visible;
  const row = active.row - view.headRows;
  const column = active.column - view.leadColumns;
  const rowShown = row < 0 || (row >= rows.start && row < rows.end);
  const columnShown = column < 0 || (column >= columns.start && column < columns.end);
  return rowShown && columnShown ? active : { row: view.headRows + rows.start, column: view.leadColumns + columns.start };
}

function totalLabel(view: MatrixView, kind: TotalKind, long: boolean): string {
  const { msg } = view;
  if (kind === 'leads') return long ? msg.leadsLong : msg.leadsShort;
  if (kind === 'participations') return long ? msg.participationsLong : msg.participationsShort;
  return long ? msg.involvedLong : msg.involvedShort;
}

export function renderGrid(view: MatrixView, visible: Visible, active: GridPosition, selected: MatrixSelected | null): TemplateResult {
  const stop = tabStop(view, visible, active);
  const tab = (row: number, column: number) => (row === stop.row && column === stop.column ? '0' : '-1');
  const L = view.leadColumns;
  const H = view.headRows;
  const lead = (k: number, extra = '') => `lead-${k}${k === L - 1 ? ' lead-end' : ''}${extra ? ` ${extra}` : ''}`;
  const shownColumns = indexes(visible.columns);
  const number = (value: number) => formatNumber(view.lang, value);
  return html`<div role="grid" part="grid" aria-labelledby="caption" aria-rowcount=${H + view.rows.length} aria-colcount=${L + view.columns.length}>
    <div role="rowgroup" class="thead">
      <div role="row" class="row head" data-r="0" aria-rowindex="1">
        <div role="columnheader" class=${lead(0, 'corner')} data-c="0" aria-colindex="1" tabindex=${tab(0, 0)}>
          <span class="small">${view.rowsAreUnits ? view.msg.cornerUnits : view.msg.cornerTasks}</span>
        </div>
        ${view.rowTotals.map(
          (kind, k) =>
            html`<div role="columnheader" class=${lead(k + 1, 'total-head')} data-c=${k + 1} aria-colindex=${k + 2} aria-label=${totalLabel(view, kind, true)} tabindex=${tab(0, k + 1)}>
              <span class="small">${totalLabel(view, kind, false)}</span>
            </div>`,
        )}
        ${repeat(shownColumns, (c) => c, (c) => renderColumnHeader(view, c, tab(0, L + c)))}
      </div>
      ${view.columnTotals.map(
        (kind, k) => html`<div role="row" class="row totals" data-r=${k + 1} aria-rowindex=${k + 2}>
          <div role="rowheader" class=${lead(0)} data-c="0" aria-colindex="1" tabindex=${tab(k + 1, 0)}>
            <span class="small">${totalLabel(view, kind, true)}</span>
          </div>
          ${view.rowTotals.map(
            (_, j) => html`<div role="gridcell" class=${lead(j + 1)} data-c=${j + 1} aria-colindex=${j + 2} tabindex=${tab(k + 1, j + 1)}></div>`,
          )}
          ${repeat(
            shownColumns,
            (c) => c,
            (c) =>
              html`<div role="gridcell" class=${c === view.markedColumn ? 'total marked' : 'total'} data-c=${L + c} aria-colindex=${L + c + 1} tabindex=${tab(k + 1, L + c)}>
                ${number(view.columns[c]!.totals[k] ?? 0)}
              </div>`,
          )}
        </div>`,
      )}
    </div>
    <div role="rowgroup" class="tbody">
      ${repeat(
        indexes(visible.rows),
        (r) => r,
        (r) => {
          const line = view.rows[r]!;
          const gridRow = H + r;
          return html`<div role="row" class=${r === view.markedRow ? 'row body marked' : 'row body'} data-r=${gridRow} aria-rowindex=${gridRow + 1}>
            ${renderRowHeader(view, r, lead(0), tab(gridRow, 0))}
            ${view.rowTotals.map(
              (_, k) =>
                html`<div role="gridcell" class=${lead(k + 1, 'total')} data-c=${k + 1} aria-colindex=${k + 2} tabindex=${tab(gridRow, k + 1)}>
                  ${number(line.totals[k] ?? 0)}
                </div>`,
            )}
            ${repeat(shownColumns, (c) => c, (c) => renderCell(view, r, c, tab(gridRow, L + c), selected))}
          </div>`;
        },
      )}
    </div>
  </div>`;
}

function renderColumnHeader(view: MatrixView, c: number, tabindex: string): TemplateResult {
  const line = view.columns[c]!;
  const column = view.leadColumns + c;
  const classes = c === view.markedColumn ? 'col-head marked' : 'col-head';
  if (view.rowsAreUnits) {
    // A task: the number shows, "任务5" is heard.
    return html`<div role="columnheader" class=${classes} data-c=${column} aria-colindex=${column + 1} aria-label=${line.name} tabindex=${tabindex}>
      ${line.label}
    </div>`;
  }
  return html`<div
    role="columnheader"
    class=${classes}
    data-c=${column}
    aria-colindex=${column + 1}
    aria-label=${line.label === line.name ? nothing : line.name}
    tabindex=${tabindex}
  >
    <span class="vname">${line.label}</span>
  </div>`;
}

function renderRowHeader(view: MatrixView, r: number, classes: string, tabindex: string): TemplateResult {
  const line = view.rows[r]!;
  if (line.task) {
    // The task text is Chinese in every language: it keeps its own lang for screen readers.
    return html`<div role="rowheader" class=${classes} data-c="0" aria-colindex="1" tabindex=${tabindex}>
      <span class="num"><span class="visually-hidden">${view.msg.taskPrefix}</span>${line.task.number}</span>
      <span class="name" lang="zh-CN">${line.label}</span>
    </div>`;
  }
  return html`<div
    role="rowheader"
    class=${classes}
    data-c="0"
    aria-colindex="1"
    aria-label=${line.label === line.name ? nothing : line.name}
    tabindex=${tabindex}
  >
    <span class="name">${line.label}</span>
  </div>`;
}

function renderCell(view: MatrixView, r: number, c: number, tabindex: string, selected: MatrixSelected | null): TemplateResult {
  const role = roleInView(view, r, c);
  const column = view.leadColumns + c;
  let classes = role === 'lead' ? 'cell is-lead' : role === 'participant' ? 'cell is-part' : 'cell';
  if (c === view.markedColumn) classes += ' marked';
  if (selected?.taskNumber !== undefined && selected.unitId !== undefined) {
    const unit = (view.rowsAreUnits ? view.rows[r] : view.columns[c])!.unit!;
    const task = (view.rowsAreUnits ? view.columns[c] : view.rows[r])!.task!;
    if (unit.id === selected.unitId && task.number === selected.taskNumber) classes += ' selected';
  }
  return html`<div
    role="gridcell"
    class=${classes}
    data-c=${column}
    aria-colindex=${column + 1}
    aria-label=${cellName(view, r, c)}
    aria-describedby=${tabindex === '0' ? 'tip' : nothing}
    tabindex=${tabindex}
  ></div>`;
}

/** The grid position of the cell an event happened in, or null outside the cells. */
export function positionOf(target: EventTarget | null): GridPosition | null {
  const cell = target instanceof Element ? target.closest('[data-c]') : null;
  const row = cell?.parentElement;
  if (!cell || !row?.hasAttribute('data-r')) return null;
  return { row: Number(row.getAttribute('data-r')), column: Number(cell.getAttribute('data-c')) };
}

/** The rendered cell at a grid position, if it is in the window. */
export function cellAt(scroller: ParentNode | null, position: GridPosition): HTMLElement | null {
  return scroller?.querySelector<HTMLElement>(`[data-r="${position.row}"] > [data-c="${position.column}"]`) ?? null;
}

/**
 * Marks the data row and column of `position` by toggling classes (no re-render of the grid);
 * returns the elements marked, to unmark next time.
 */
export function highlightLines(view: MatrixView, scroller: ParentNode, position: GridPosition | null, previous: readonly Element[]): Element[] {
  for (const el of previous) el.classList.remove('hl-row', 'hl-col');
  const marked: Element[] = [];
  if (!position) return marked;
  const row = position.row >= view.headRows ? scroller.querySelector(`[data-r="${position.row}"]`) : null;
  if (row) {
    row.classList.add('hl-row');
    marked.push(row);
  }
  if (position.column >= view.leadColumns) {
    for (const cell of scroller.querySelectorAll(`[data-c="${position.column}"]`)) {
      cell.classList.add('hl-col');
      marked.push(cell);
    }
  }
  return marked;
}
