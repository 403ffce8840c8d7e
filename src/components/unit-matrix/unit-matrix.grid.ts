/**
 * The grid of <tr-unit-matrix> as an ARIA grid of rows and cells: sticky header rows (section
 * headings when the tasks have sections, column headers, column totals), then one row per data
 * row with its header, its totals and the marked cells. Only the rows and columns in `visible` are
 * rendered; CSS custom properties set by the element (`--row-start`, `--row-rest`, `--col-start`,
 * `--col-rest`, a heading's `--span`) stand in for the rest, and `aria-rowindex` / `aria-colindex`
 * tell assistive technology where each rendered cell sits. Rows carry `data-r` and cells `data-c`
 * (whole-grid positions; a section heading also `data-span`), which the lookups below read.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { plainList, type PlainEl } from '../base/plain.js';
import { taskStateWord } from '../../i18n/common.js';
import { formatNumber } from '../../i18n/format.js';
import type { GridPosition } from '../base/roving.js';
import type { Range, Visible } from './unit-matrix.layout.js';
import type { Picks } from './unit-matrix.linking.js';
import type { SectionGroup } from './unit-matrix.model.js';
import { roleClass, sectionTitle } from './unit-matrix.parts.js';
import { glyphElement, toneClass } from './unit-matrix.status.js';
import { cellName, indexesAt, roleInView, wordsOf, type MatrixSelected, type MatrixView, type TotalKind } from './unit-matrix.view.js';

const indexes = (range: Range) => Array.from({ length: range.end - range.start }, (_, i) => range.start + i);

/** What the grid is drawn with besides the view. */
export interface GridState {
  readonly visible: Visible;
  readonly active: GridPosition;
  readonly selected: MatrixSelected | null;
  readonly picks: Picks;
  /** The narrow layout: abbreviated English names in the row headers. */
  readonly narrow: boolean;
}

/** A run of rendered columns in the section row: a section's visible part, or one column with no section. */
interface Segment {
  readonly start: number;
  readonly end: number;
  readonly group?: SectionGroup;
}

/** The section row's segments over the rendered columns. */
export function segments(view: MatrixView, columns: Range): Segment[] {
  const out: Segment[] = [];
  for (let c = columns.start; c < columns.end; ) {
    const group = view.groups.find((g) => c >= g.start && c < g.start + g.count);
    const end = group ? Math.min(columns.end, group.start + group.count) : c + 1;
    out.push({ start: c, end, group });
    c = end;
  }
  return out;
}

/** A move from `from` to `to`, except that along the section row a heading is one stop however many columns it spans. */
export function alongSections(view: MatrixView, from: GridPosition, to: GridPosition): GridPosition {
  const step = from.row < view.headerRow && from.row === to.row && from.column >= view.leadColumns ? to.column - from.column : 0;
  if (step !== 1 && step !== -1) return to;
  const all = segments(view, { start: 0, end: view.columns.length });
  const at = all.findIndex((s) => from.column - view.leadColumns < s.end);
  const next = all[at + step];
  return next ? { row: to.row, column: view.leadColumns + next.start } : from;
}

/** The cell in the tab order: the active one if rendered, else the first data cell in view. */
export function tabStop(view: MatrixView, visible: Visible, active: GridPosition): GridPosition {
  const { rows, columns } = visible;
  const row = active.row - view.headRows;
  const column = active.column - view.leadColumns;
  const rowShown = row < 0 || (row >= rows.start && row < rows.end);
  const columnShown = column < 0 || (column >= columns.start && column < columns.end);
  if (rowShown && columnShown && active.row < view.headerRow && column >= 0) {
    // A section heading is one cell over several columns: the stop is where it starts.
    const segment = segments(view, columns).find((s) => column >= s.start && column < s.end)!;
    return { row: active.row, column: view.leadColumns + segment.start };
  }
  return rowShown && columnShown ? active : { row: view.headRows + rows.start, column: view.leadColumns + columns.start };
}

function totalLabel(view: MatrixView, kind: TotalKind, long: boolean): string {
  const { msg } = view;
  if (kind === 'involved') return long ? msg.involvedLong : msg.involvedShort;
  if (kind === 'completed') return long ? msg.completedLong : msg.completedShort;
  if (kind === 'overdue') return long ? msg.overdueLong : msg.overdueShort;
  const role = wordsOf(view, kind)!;
  return long ? msg.roleTotalLong(role.label.text) : role.short;
}

export function renderGrid(view: MatrixView, state: GridState): TemplateResult {
  const { visible, picks } = state;
  const stop = tabStop(view, visible, state.active);
  const tab = (row: number, column: number) => (row === stop.row && column === stop.column ? '0' : '-1');
  const L = view.leadColumns;
  const H = view.headRows;
  const R = view.headerRow;
  const lead = (k: number, extra = '') => `lead-${k}${k === L - 1 ? ' lead-end' : ''}${extra ? ` ${extra}` : ''}`;
  const shownColumns = indexes(visible.columns);
  const number = (value: number) => formatNumber(view.lang, value);
  const picked = (c: number) => (picks.columns.has(c) ? ' picked' : '');
  return html`<div role="grid" part="grid" aria-labelledby="caption" aria-rowcount=${H + view.rows.length} aria-colcount=${L + view.columns.length}>
    <div role="rowgroup" class="thead">
      ${R ? renderSectionRow(view, state, tab, lead) : nothing}
      <div role="row" class="row head" data-r=${R} aria-rowindex=${R + 1}>
        <div role="columnheader" class=${lead(0, 'corner')} data-c="0" aria-colindex="1" tabindex=${tab(R, 0)}>
          <span class="small">${view.rowsAreUnits ? view.msg.cornerUnits : view.msg.cornerTasks}</span>
        </div>
        ${view.rowTotals.map(
          (kind, k) =>
            html`<div role="columnheader" class=${lead(k + 1, 'total-head')} data-c=${k + 1} aria-colindex=${k + 2} aria-label=${totalLabel(view, kind, true)} tabindex=${tab(R, k + 1)}>
              <span class="small">${totalLabel(view, kind, false)}</span>
            </div>`,
        )}
        ${plainList(shownColumns.map((c) => columnHeader(view, c, tab(R, L + c), picked(c))))}
      </div>
      ${view.columnTotals.map((kind, k) => {
        const gridRow = R + 1 + k;
        return html`<div role="row" class="row totals" data-r=${gridRow} aria-rowindex=${gridRow + 1}>
          <div role="rowheader" class=${lead(0)} data-c="0" aria-colindex="1" tabindex=${tab(gridRow, 0)}>
            <span class="small">${totalLabel(view, kind, true)}</span>
          </div>
          ${plainList([
            ...view.rowTotals.map((_, j) => ({ tag: 'div', attrs: { role: 'gridcell', class: lead(j + 1), 'data-c': j + 1, 'aria-colindex': j + 2, tabindex: tab(gridRow, j + 1) } })),
            ...shownColumns.map((c) => ({
              tag: 'div',
              key: `c${c}`,
              attrs: { role: 'gridcell', class: `total${c === view.markedColumn ? ' marked' : ''}${picked(c)}`, 'data-c': L + c, 'aria-colindex': L + c + 1, tabindex: tab(gridRow, L + c) },
              text: number(view.columns[c]!.totals[k] ?? 0),
            })),
          ])}
        </div>`;
      })}
    </div>
    <div role="rowgroup" class="tbody">
      ${plainList(
        indexes(visible.rows).map((r): PlainEl => {
          const line = view.rows[r]!;
          const gridRow = H + r;
          return {
            tag: 'div',
            key: r,
            attrs: { role: 'row', class: `row body${r === view.markedRow ? ' marked' : ''}${picks.rows.has(r) ? ' picked' : ''}`, 'data-r': gridRow, 'aria-rowindex': gridRow + 1 },
            children: [
              rowHeader(view, r, lead(0), tab(gridRow, 0), state.narrow),
              ...view.rowTotals.map((_, k) => ({
                tag: 'div',
                attrs: { role: 'gridcell', class: lead(k + 1, 'total'), 'data-c': k + 1, 'aria-colindex': k + 2, tabindex: tab(gridRow, k + 1) },
                text: number(line.totals[k] ?? 0),
              })),
              ...shownColumns.map((c) => cell(view, r, c, tab(gridRow, L + c), state.selected, picked(c))),
            ],
          };
        }),
      )}
    </div>
  </div>`;
}

function renderSectionRow(view: MatrixView, state: GridState, tab: (row: number, column: number) => string, lead: (k: number, extra?: string) => string): TemplateResult {
  const L = view.leadColumns;
  return html`<div role="row" class="row sections" data-r="0" aria-rowindex="1">
    <div role="columnheader" class=${lead(0, 'corner')} data-c="0" aria-colindex="1" tabindex=${tab(0, 0)}>
      <span class="small">${view.msg.sections}</span>
    </div>
    ${view.rowTotals.map((_, k) => html`<div role="gridcell" class=${lead(k + 1)} data-c=${k + 1} aria-colindex=${k + 2} tabindex=${tab(0, k + 1)}></div>`)}
    ${plainList(
      segments(view, state.visible.columns).map((s): PlainEl => {
        const column = L + s.start;
        const at = { 'data-c': column, 'aria-colindex': column + 1, tabindex: tab(0, column) };
        if (!s.group) return { tag: 'div', key: s.start, attrs: { role: 'gridcell', class: 'sec-none', ...at } };
        const { section } = s.group;
        const title = sectionTitle(view, section);
        // One column is too narrow for the title: the number shows, the whole heading is heard (and in the tooltip).
        const titleShown = !(section.number && s.end - s.start < 2);
        const label: PlainEl = {
          tag: 'span',
          attrs: { class: 'sec-label' },
          children: [
            ...(section.number ? [{ tag: 'span', attrs: { class: 'sec-num' }, text: section.number }] : []),
            ...(titleShown && title.lang ? [{ tag: 'span', attrs: { lang: title.lang }, text: title.text }] : []),
          ],
          text: titleShown && !title.lang ? title.text : undefined,
        };
        return {
          tag: 'div',
          key: s.start,
          attrs: {
            role: 'columnheader',
            class: `sec-head${state.picks.sections.has(section.id) ? ' picked' : ''}`,
            ...at,
            'data-span': s.end - s.start,
            'aria-colspan': s.end - s.start,
            'aria-label': section.number ? `${section.number} ${title.text}` : title.text,
          },
          children: [label],
        };
      }),
    )}
  </div>`;
}

function columnHeader(view: MatrixView, c: number, tabindex: string, picked: string): PlainEl {
  const line = view.columns[c]!;
  const column = view.leadColumns + c;
  const attrs = { role: 'columnheader', class: `col-head${c === view.markedColumn ? ' marked' : ''}${picked}`, 'data-c': column, 'aria-colindex': column + 1, tabindex };
  // A task: the number shows, "任务5" is heard.
  if (view.rowsAreUnits) return { tag: 'div', key: c, attrs: { ...attrs, 'aria-label': line.name }, text: line.label.text };
  return {
    tag: 'div',
    key: c,
    attrs: { ...attrs, 'aria-label': line.short === line.name ? undefined : line.name },
    children: [{ tag: 'span', attrs: { class: 'vname', lang: line.label.lang }, text: line.short }],
  };
}

function rowHeader(view: MatrixView, r: number, classes: string, tabindex: string, narrow: boolean): PlainEl {
  const line = view.rows[r]!;
  const attrs = { role: 'rowheader', class: classes, 'data-c': 0, 'aria-colindex': 1, tabindex };
  if (line.task) {
    // The task text is Chinese in every language: it keeps its own lang for screen readers.
    return {
      tag: 'div',
      key: 'h',
      attrs,
      children: [
        { tag: 'span', attrs: { class: 'num' }, children: [{ tag: 'span', attrs: { class: 'visually-hidden' }, text: view.msg.taskPrefix }], text: line.task.number },
        // The space keeps number and text apart when read as one (it collapses at the line's start).
        { tag: 'span', attrs: { class: 'name', lang: 'zh-CN' }, text: ` ${line.label.text}` },
      ],
    };
  }
  // A unit: its full name, wrapped; abbreviated (English) only in the narrow layout.
  const shown = narrow ? line.short : line.label.text;
  return {
    tag: 'div',
    key: 'h',
    attrs: { ...attrs, 'aria-label': shown === line.name ? undefined : line.name },
    children: [{ tag: 'span', attrs: { class: 'name', lang: line.label.lang }, text: shown }],
  };
}

function cell(view: MatrixView, r: number, c: number, tabindex: string, selected: MatrixSelected | null, picked: string): PlainEl {
  const role = roleInView(view, r, c);
  const column = view.leadColumns + c;
  const { t, u } = indexesAt(view, r, c);
  const state = view.statuses[t]!.state;
  const byStatus = role !== null && view.colorBy === 'status';
  let classes = `cell ${roleClass(role)}${byStatus ? ` ${toneClass(state)}` : ''}${picked}`;
  if (c === view.markedColumn) classes += ' marked';
  if (selected?.unitId === view.matrix.units[u]!.unit.id && selected.taskId === view.matrix.tasks[t]!.task.id) classes += ' selected';
  return {
    tag: 'div',
    key: `c${c}`,
    attrs: {
      role: 'gridcell',
      class: classes,
      'data-c': column,
      'aria-colindex': column + 1,
      'aria-label': cellName(view, r, c, (i) => taskStateWord(view.lang, view.statuses[i]!.state)),
      'aria-describedby': tabindex === '0' ? 'tip' : undefined,
      tabindex,
    },
    children: byStatus ? [glyphElement(state)] : undefined,
  };
}

/** The grid position of the cell an event happened in, or null outside the cells. */
export function positionOf(target: EventTarget | null): GridPosition | null {
  const cell = target instanceof Element ? target.closest('[data-c]') : null;
  const row = cell?.parentElement;
  if (!cell || !row?.hasAttribute('data-r')) return null;
  return { row: Number(row.getAttribute('data-r')), column: Number(cell.getAttribute('data-c')) };
}

/** The rendered cell at a grid position (a section heading covers every column it spans), if it is in the window. */
export function cellAt(scroller: ParentNode | null, position: GridPosition): HTMLElement | null {
  const row = scroller?.querySelector(`[data-r="${position.row}"]`);
  if (!row) return null;
  const exact = row.querySelector<HTMLElement>(`:scope > [data-c="${position.column}"]`);
  if (exact) return exact;
  for (const cell of row.querySelectorAll<HTMLElement>(':scope > [data-span]')) {
    const start = Number(cell.getAttribute('data-c'));
    if (position.column >= start && position.column < start + Number(cell.getAttribute('data-span'))) return cell;
  }
  return null;
}

/** Gives each section heading its width in columns (CSSOM: allowed under a strict CSP). */
export function applySpans(scroller: ParentNode | null): void {
  for (const cell of scroller?.querySelectorAll<HTMLElement>('.sec-head') ?? []) {
    const span = cell.getAttribute('data-span')!;
    if (cell.style.getPropertyValue('--span') !== span) cell.style.setProperty('--span', span);
  }
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
  if (position.column >= view.leadColumns && position.row >= view.headerRow) {
    for (const cell of scroller.querySelectorAll(`[data-c="${position.column}"]:not([data-span])`)) {
      cell.classList.add('hl-col');
      marked.push(cell);
    }
  }
  return marked;
}
