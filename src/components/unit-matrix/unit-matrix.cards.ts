/**
 * The narrow layout of <tr-unit-matrix>: one card per unit instead of the grid, for a phone or a
 * narrow column. Each card is a list item with the unit's name in full as its heading (a button
 * that selects the unit, as the grid's row header does), then one line per role in the document's
 * words with the count and the task numbers as written, each a button that selects the task, as
 * a grid cell does. Chips and headings carry the grid position they stand for (`data-r`,
 * `data-c`), so a click goes through the same selection as the grid. Far fewer nodes than the grid:
 * only the marked cells are drawn.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { taskStateWord } from '../../i18n/common.js';
import { formatNumber } from '../../i18n/format.js';
import type { GridPosition } from '../base/roving.js';
import type { Picks } from './unit-matrix.linking.js';
import { narrowBelowEm } from './unit-matrix.layout.js';
import { roleAt } from './unit-matrix.model.js';
import { roleClass, text } from './unit-matrix.parts.js';
import { stateGlyph, toneClass } from './unit-matrix.status.js';
import type { MatrixSelected, MatrixView } from './unit-matrix.view.js';

export const matrixLayouts = ['auto', 'grid', 'cards'] as const;
export type MatrixLayout = (typeof matrixLayouts)[number];

/**
 * Whether to draw cards: always for `cards`, never for `grid`; for `auto`, when the widget is at
 * most `narrowBelowEm` of its own text wide (judged on the measured width and font size, not the
 * viewport, since widgets sit in columns) and the rows are units (`orientation="tasks"` is a
 * grid made for a phone already), unless the matrix is `large`: a grid that draws only the cells
 * in view then holds fewer nodes than a card for every marked cell. Unmeasured (width 0), the grid.
 */
export function usesCards(layout: MatrixLayout, orientation: string, width: number, fontSize: number, large = false): boolean {
  if (layout !== 'auto') return layout === 'cards';
  return !large && orientation !== 'tasks' && width > 0 && width <= narrowBelowEm * fontSize;
}

/** The grid position a unit's header (`t` undefined) or the cell of unit `u` and task `t` has in the view. */
export function gridPositionOf(view: MatrixView, u: number, t?: number): GridPosition {
  if (t === undefined) return view.rowsAreUnits ? { row: view.headRows + u, column: 0 } : { row: view.headerRow, column: view.leadColumns + u };
  return view.rowsAreUnits ? { row: view.headRows + u, column: view.leadColumns + t } : { row: view.headRows + t, column: view.leadColumns + u };
}

/** The grid position a chip or a card heading stands for, or null outside them. */
export function cardPositionOf(target: EventTarget | null): GridPosition | null {
  const button = target instanceof Element ? target.closest('[data-r][data-c]') : null;
  return button ? { row: Number(button.getAttribute('data-r')), column: Number(button.getAttribute('data-c')) } : null;
}

/** The chip or heading button at a grid position, if drawn. */
export function cardButtonAt(root: ParentNode | null, position: GridPosition): HTMLElement | null {
  return root?.querySelector<HTMLElement>(`.cards [data-r="${position.row}"][data-c="${position.column}"]`) ?? null;
}

export interface CardsState {
  readonly selected: MatrixSelected | null;
  readonly picks: Picks;
}

export function renderCards(view: MatrixView, state: CardsState, onClick: (event: MouseEvent) => void): TemplateResult {
  const { msg, matrix } = view;
  const number = (value: number) => formatNumber(view.lang, value);
  const [unitPicks, taskPicks] = view.rowsAreUnits ? [state.picks.rows, state.picks.columns] : [state.picks.columns, state.picks.rows];
  const [markedUnit, markedTask] = view.rowsAreUnits ? [view.markedRow, view.markedColumn] : [view.markedColumn, view.markedRow];
  const byStatus = view.colorBy === 'status';
  return html`<ul part="cards" class="cards" aria-labelledby="caption" @click=${onClick}>
    ${matrix.units.map(({ unit }, u) => {
      const line = (view.rowsAreUnits ? view.rows : view.columns)[u]!;
      const head = gridPositionOf(view, u);
      const kinds = view.rowsAreUnits ? view.rowTotals : view.columnTotals;
      const counts = kinds.flatMap((kind, i) =>
        kind === 'completed' ? [msg.unitCompleted(line.totals[i] ?? 0)] : kind === 'overdue' ? [msg.unitOverdue(line.totals[i] ?? 0)] : [],
      );
      const classes = `card${unitPicks.has(u) ? ' picked' : ''}${u === markedUnit ? ' marked' : ''}`;
      return html`<li part="card" class=${classes}>
        <h3 class="card-name">
          <button type="button" class="card-unit" data-r=${head.row} data-c=${head.column} aria-pressed=${unitPicks.has(u) ? 'true' : 'false'}>
            ${text(line.label)}
          </button>
        </h3>
        ${view.roles.map((role) => {
          const tasks = matrix.tasks.flatMap((_entry, t) => (roleAt(matrix, t, u) === role.id ? [t] : []));
          if (!tasks.length) return nothing;
          return html`<p class="card-role">
            <span class="card-count"><span class="swatch ${roleClass(role.id)}" aria-hidden="true"></span>${role.stem}
              <span class="card-n">${number(tasks.length)}</span></span
            >${tasks.map((t) => {
              const task = matrix.tasks[t]!.task;
              const position = gridPositionOf(view, u, t);
              const taskState = view.statuses[t]!.state;
              const selected = state.selected?.unitId === unit.id && state.selected.taskId === task.id;
              const chip = `chip${byStatus ? ` ${toneClass(taskState)}` : ''}${taskPicks.has(t) ? ' picked' : ''}${t === markedTask ? ' marked' : ''}${selected ? ' selected' : ''}`;
              return html` <button
                type="button"
                class=${chip}
                data-r=${position.row}
                data-c=${position.column}
                aria-label=${msg.chipName(task.number, byStatus ? taskStateWord(view.lang, taskState) : undefined)}
              >${byStatus ? stateGlyph(taskState) : nothing}${task.number}</button>`;
            })}
          </p>`;
        })}
        ${counts.length ? html`<p class="card-progress">${counts.join(' · ')}</p>` : nothing}
      </li>`;
    })}
  </ul>`;
}
