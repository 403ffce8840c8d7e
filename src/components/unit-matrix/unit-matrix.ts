import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import type { Task, Unit } from '../../data/schema.js';
import type { Role, RoleFilter } from '../../data/selectors.js';
import { joinClauses, joinList } from '../../i18n/punctuation.js';
import { defineElement, TrElement, type ViewContext } from '../base/tr-element.js';
import { renderGrid } from './unit-matrix.grid.js';
import { buildMatrix, moveForKey, moveInGrid, placeTooltip, type GridPosition, type MatrixSort } from './unit-matrix.layout.js';
import { readAttributes, type Orientation } from './unit-matrix.options.js';
import { renderDetail, renderLegend, renderTooltip, type MatrixSelected } from './unit-matrix.parts.js';
import { unitMatrixStyles } from './unit-matrix.styles.js';
import { buildMatrixView, targetAt, unitName, type MatrixView } from './unit-matrix.view.js';
import { GridWindow, sameVisible, type Visible } from './unit-matrix.window.js';

/** The `detail` of `tr-select`: a cell gives the task, the unit and the role (null for an empty cell); a header gives its unit or task. */
export interface UnitMatrixSelectDetail {
  readonly task?: Task;
  readonly taskNumber?: number;
  readonly unit?: Unit;
  readonly unitId?: string;
  readonly role?: Role | null;
}

const samePosition = (a: GridPosition | null, b: GridPosition | null) => a === b || (!!a && !!b && a.row === b.row && a.column === b.column);
const none = { start: 0, end: 0 };

/**
 * @summary Who leads and who takes part in which task: responsible units against tasks, each cell
 * marked lead (牵头, a filled disc), participant (参与, a ring) or nothing, with totals, a legend,
 * a tooltip, keyboard navigation and a panel showing a selected task in full. Registers of
 * thousands of tasks render only the rows and columns in view.
 *
 * @tagname tr-unit-matrix
 * @attr units - Units to show, as ids or names as written (`edu,hrss` or `省教育厅,省人力社保厅`). Default: every unit with a marked cell.
 * @attr tasks - Tasks to show, as numbers and ranges (`1-10,20`). Default: every task with a marked cell.
 * @attr {'all' | 'lead' | 'participant'} unit-role - Which roles to mark. Default `all`. (Not `role`: that is ARIA's attribute on every element.)
 * @attr deadline - Only tasks due in these years or annual routine work: `2025`, `annual`, or a comma list. Default: all.
 * @attr {'involvement' | 'register' | 'name'} sort - Unit order: most tasks first (ties in register order), register order, or by name in the current language. Default `involvement`.
 * @attr {'units' | 'tasks'} orientation - `units` as rows (default) or `tasks` as rows with a short form of each task's text (suits a phone).
 * @attr highlight-unit - A unit (id or name) whose row or column is marked.
 * @attr highlight-task - A task number whose column or row is marked.
 * @attr src - URL of a register JSON to show instead of the bundled one.
 * @attr lang - `zh-CN` (default) or `en`; unset, the nearest ancestor's `lang` applies.
 * @attr as-of - The date (ISO, `2025-06-30`) deadlines are judged against in the tooltip and panel. Default: today.
 * @attr {'light' | 'dark' | 'auto'} theme - Colour scheme; unset, the page's `color-scheme` applies.
 * @fires tr-select - A cell or a unit or task header was clicked or chosen with Enter/Space. `detail` is a `UnitMatrixSelectDetail`: `{ task, taskNumber, unit, unitId, role }` for a cell, `{ unit, unitId }` or `{ task, taskNumber }` for a header. Cancel it to keep the built-in panel closed.
 * @fires tr-error - Bad input (an attribute that selects nothing, a failed load); `detail` says what and where.
 * @csspart base - The outer box.
 * @csspart legend - The legend of the marks.
 * @csspart scroller - The scrolling box around the grid.
 * @csspart grid - The matrix (`role="grid"`).
 * @csspart tooltip - The tooltip for the cell or header under the pointer or focus.
 * @csspart detail - The panel showing the selected task or unit in full.
 * @csspart close - The panel's close button.
 * @csspart empty - The message shown when no task matches.
 * @csspart note - What part of an attribute was ignored.
 * @csspart error - The error message (`role="alert"`).
 * @cssproperty [--tr-unit-matrix-max-height=min(75vh, 36em)] - The most the grid grows before it scrolls.
 * @cssproperty [--tr-unit-matrix-lead-color=var(--tr-color-lead)] - The lead mark.
 * @cssproperty [--tr-unit-matrix-participant-color=var(--tr-color-participant)] - The participant mark.
 */
export class TrUnitMatrix extends TrElement {
  static override styles = [...TrElement.styles, unitMatrixStyles];

  /** Units to show (ids or names, comma-separated); empty shows every unit with a marked cell. */
  @property() units = '';

  /** Tasks to show (`1-10,20`); empty shows every task with a marked cell. */
  @property() tasks = '';

  /** Which roles to mark. */
  @property({ attribute: 'unit-role' }) unitRole: RoleFilter = 'all';

  /** Deadlines to keep (`2025`, `annual`, or a comma list); empty keeps all. */
  @property() deadline = '';

  /** Unit order. */
  @property() sort: MatrixSort = 'involvement';

  /** What the rows are: units or tasks. */
  @property() orientation: Orientation = 'units';

  /** A unit (id or name) to mark. */
  @property({ attribute: 'highlight-unit' }) highlightUnit = '';

  /** A task number to mark. */
  @property({ attribute: 'highlight-task' }) highlightTask = '';

  @state() private visible: Visible = { rows: none, columns: none };
  /** The cell in the tab order (roving tabindex), in whole-grid coordinates. */
  @state() private active: GridPosition = { row: 0, column: 0 };
  @state() private selected: MatrixSelected | null = null;
  @state() private pointer: GridPosition | null = null;
  /** The cell with keyboard focus (only `:focus-visible` focus shows a tooltip). */
  @state() private focused: GridPosition | null = null;
  @state() private tipSource: 'pointer' | 'focus' = 'focus';
  @state() private tipDismissed = false;

  private view: MatrixView | undefined;
  private note: string | null = null;
  private markedNames: string | null = null;
  private readonly gridWindow = new GridWindow();
  private revealKey = '';
  private pendingReveal = false;
  private pendingFocus = false;
  private highlighted: Element[] = [];
  private observed: Element[] = [];
  private sizeObserver: ResizeObserver | undefined;
  private leaveTimer: ReturnType<typeof setTimeout> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof ResizeObserver !== 'undefined') {
      this.sizeObserver = new ResizeObserver(() => {
        this.gridWindow.measure(this.scroller, this.view);
        this.syncVisible();
      });
      this.observed = [];
      // Reconnected after a move in the page: nothing re-renders, so observe the grid again now.
      if (this.hasUpdated) this.observeGrid();
    }
    window.addEventListener('scroll', this.onPageScroll, { passive: true, capture: true });
    window.addEventListener('resize', this.onPageScroll, { passive: true });
    window.addEventListener('keydown', this.onPageKey);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.sizeObserver?.disconnect();
    this.sizeObserver = undefined;
    this.observed = [];
    clearTimeout(this.leaveTimer);
    window.removeEventListener('scroll', this.onPageScroll, { capture: true });
    window.removeEventListener('resize', this.onPageScroll);
    window.removeEventListener('keydown', this.onPageKey);
  }

  protected buildView({ register, lang, asOf }: ViewContext): void {
    // A bad attribute throws a TaskRegisterError the base shows and reports.
    const selection = readAttributes(
      {
        units: this.units ?? '',
        tasks: this.tasks ?? '',
        role: String(this.unitRole ?? ''),
        deadline: this.deadline ?? '',
        sort: String(this.sort ?? ''),
        orientation: String(this.orientation ?? ''),
        highlightUnit: this.highlightUnit ?? '',
        highlightTask: String(this.highlightTask ?? ''),
      },
      register,
    );
    const { role, sort, deadline, unitIds, taskNumbers, highlightUnitId, highlightTask } = selection;
    const matrix = buildMatrix(register, { unitIds, taskNumbers, role, deadline, sort, lang });
    const view = buildMatrixView({ register, matrix, lang, asOf, role, rowsAreUnits: selection.orientation === 'units', highlightUnitId, highlightTask });

    const notes = selection.ignored.map((text) => text[lang]);
    const marked: string[] = [];
    if (highlightUnitId) {
      const unit = register.units.find((u) => u.id === highlightUnitId)!;
      const shown = matrix.units.some((u) => u.unit.id === highlightUnitId);
      if (shown) marked.push(unitName(view, unit));
      else notes.push(view.msg.notShown('highlight-unit', unitName(view, unit)));
    }
    if (highlightTask !== null) {
      const shown = matrix.tasks.some((t) => t.task.number === highlightTask);
      if (shown) marked.push(view.msg.task(highlightTask));
      else notes.push(view.msg.notShown('highlight-task', view.msg.task(highlightTask)));
    }
    this.note = notes.length ? joinClauses(lang, notes) : null;
    this.markedNames = marked.length ? joinList(lang, marked) : null;
    this.view = view;

    const rows = view.headRows + view.rows.length;
    const columns = view.leadColumns + view.columns.length;
    const { row, column } = this.active;
    this.active =
      row === 0 && column === 0 && this.focused === null
        ? { row: view.headRows, column: view.leadColumns }
        : { row: Math.min(row, rows - 1), column: Math.min(column, columns - 1) };
    this.pointer = null;
    this.visible = this.gridWindow.visible(view, this.scroller, this);
    const revealKey = view.markedRow >= 0 || view.markedColumn >= 0 ? `${view.markedRow}:${view.markedColumn}:${view.rowsAreUnits}` : '';
    if (revealKey !== this.revealKey) this.pendingReveal = revealKey !== '';
    this.revealKey = revealKey;
  }

  // --- Windowing -------------------------------------------------------------------------------

  private get scroller(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('[part~="scroller"]');
  }

  /** Renders what scrolled into view (large matrices only). */
  private syncVisible(): void {
    const view = this.view;
    if (!view?.virtual) return;
    const next = this.gridWindow.visible(view, this.scroller, this);
    if (!sameVisible(next, this.visible)) this.visible = next;
  }

  // --- Interaction -----------------------------------------------------------------------------

  private positionOf(target: EventTarget | null): GridPosition | null {
    const cell = target instanceof Element ? target.closest('[data-c]') : null;
    const row = cell?.parentElement;
    if (!cell || !row?.hasAttribute('data-r')) return null;
    return { row: Number(row.getAttribute('data-r')), column: Number(cell.getAttribute('data-c')) };
  }

  private cellElement(position: GridPosition): HTMLElement | null {
    return this.scroller?.querySelector<HTMLElement>(`[data-r="${position.row}"] > [data-c="${position.column}"]`) ?? null;
  }

  /** Where the highlight and the tooltip are: the pointer or the keyboard focus, whichever moved last. */
  private get pointed(): GridPosition | null {
    return this.tipSource === 'pointer' ? (this.pointer ?? this.focused) : (this.focused ?? this.pointer);
  }

  private onScroll = () => {
    this.syncVisible();
    this.placeTip();
  };

  private onPageScroll = () => this.placeTip();

  /** Escape dismisses a tooltip shown for the pointer even while focus is elsewhere (WCAG 1.4.13). */
  private onPageKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this.pointer && !this.tipDismissed) this.tipDismissed = true;
  };

  private onPointerOver = (event: PointerEvent) => {
    if (event.pointerType === 'touch') return;
    clearTimeout(this.leaveTimer);
    const position = this.positionOf(event.target);
    if (!position) return;
    this.tipSource = 'pointer';
    if (samePosition(position, this.pointer)) return;
    this.pointer = position;
    this.tipDismissed = false;
  };

  private onPointerLeave = () => {
    clearTimeout(this.leaveTimer);
    // A short grace period lets the pointer move onto the tooltip (WCAG 1.4.13: hoverable).
    this.leaveTimer = setTimeout(() => (this.pointer = null), 150);
  };

  private onTipEnter = () => clearTimeout(this.leaveTimer);

  private onTipLeave = () => (this.pointer = null);

  private onFocusIn = (event: FocusEvent) => {
    const position = this.positionOf(event.target);
    if (!position) return;
    if (!samePosition(position, this.active)) this.active = position;
    const keyboard = (event.target as Element).matches(':focus-visible');
    this.focused = keyboard ? position : null;
    if (keyboard) {
      this.tipSource = 'focus';
      this.tipDismissed = false;
    }
  };

  private onFocusOut = (event: FocusEvent) => {
    const next = event.relatedTarget;
    if (!(next instanceof Node) || !this.scroller?.contains(next)) this.focused = null;
  };

  private onClick = (event: MouseEvent) => {
    const position = this.positionOf(event.target);
    if (!position) return;
    if (!samePosition(position, this.active)) this.active = position;
    this.select(position);
  };

  private onKeyDown = (event: KeyboardEvent) => {
    const view = this.view;
    if (!view) return;
    const from = this.positionOf(event.target) ?? this.active;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.select(from);
      return;
    }
    if (event.key === 'Escape') {
      if (this.pointed && !this.tipDismissed) this.tipDismissed = true;
      else if (this.selected) this.selected = null;
      return;
    }
    const move = event.altKey ? null : moveForKey(event.key, event.ctrlKey || event.metaKey);
    if (!move) return;
    event.preventDefault();
    const page = this.gridWindow.pageRows(this.scroller);
    this.moveTo(view, moveInGrid(from, move, view.headRows + view.rows.length, view.leadColumns + view.columns.length, page));
  };

  private moveTo(view: MatrixView, position: GridPosition): void {
    this.gridWindow.reveal(view, this.scroller, position);
    this.syncVisible();
    this.active = position;
    this.focused = position;
    this.tipSource = 'focus';
    this.tipDismissed = false;
    this.pendingFocus = true;
  }

  private select(position: GridPosition): void {
    const view = this.view;
    if (!view) return;
    const target = targetAt(view, position);
    let detail: UnitMatrixSelectDetail;
    let selected: MatrixSelected;
    if (target.kind === 'cell') {
      detail = { task: target.task, taskNumber: target.task.number, unit: target.unit, unitId: target.unit.id, role: target.role };
      selected = { taskNumber: target.task.number, unitId: target.unit.id };
    } else if (target.kind === 'unit') {
      detail = { unit: target.unit, unitId: target.unit.id };
      selected = { unitId: target.unit.id };
    } else if (target.kind === 'task') {
      detail = { task: target.task, taskNumber: target.task.number };
      selected = { taskNumber: target.task.number };
    } else return;
    if (this.emit('tr-select', detail)) this.selected = selected;
  }

  private closeDetail = () => {
    this.selected = null;
    this.pendingFocus = true;
  };

  // --- After render: focus, highlight, tooltip placement (DOM work only, no reactive state) -----

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const scroller = this.scroller;
    const view = this.view;
    if (scroller && view) {
      // The spacers standing in for the rows and columns not rendered (CSSOM: allowed under a strict CSP).
      const { rows, columns } = this.visible;
      const spacers: [string, number][] = [
        ['--row-start', rows.start],
        ['--row-rest', view.rows.length - rows.end],
        ['--col-start', columns.start],
        ['--col-rest', view.columns.length - columns.end],
      ];
      for (const [name, value] of spacers) {
        if (scroller.style.getPropertyValue(name) !== String(value)) scroller.style.setProperty(name, String(value));
      }
    }
    this.observeGrid();
    if (this.pendingReveal && view) {
      // Bring a highlighted row or column into view; the scroll event then renders that window.
      this.pendingReveal = false;
      this.gridWindow.measure(scroller, view);
      const row = view.markedRow >= 0 ? view.headRows + view.markedRow : 0;
      const column = view.markedColumn >= 0 ? view.leadColumns + view.markedColumn : 0;
      this.gridWindow.reveal(view, scroller, { row, column });
    }
    if (this.pendingFocus) {
      this.pendingFocus = false;
      this.cellElement(this.active)?.focus({ preventScroll: true });
    }
    this.applyHighlight();
    this.placeTip();
  }

  private observeGrid(): void {
    const observer = this.sizeObserver;
    const scroller = this.scroller;
    const grid = scroller?.querySelector('[role="grid"]');
    const wanted = scroller && grid ? [scroller, grid] : [];
    if (!observer || (wanted.length === this.observed.length && wanted.every((el, i) => el === this.observed[i]))) return;
    observer.disconnect();
    wanted.forEach((el) => observer.observe(el));
    this.observed = wanted;
  }

  /** Marks the row and column under the pointer or focus by toggling classes: no re-render of the grid. */
  private applyHighlight(): void {
    for (const el of this.highlighted) el.classList.remove('hl-row', 'hl-col');
    this.highlighted = [];
    const view = this.view;
    const scroller = this.scroller;
    const position = this.pointed;
    if (!view || !scroller || !position) return;
    if (position.row >= view.headRows) {
      const row = scroller.querySelector(`[data-r="${position.row}"]`);
      if (row) {
        row.classList.add('hl-row');
        this.highlighted.push(row);
      }
    }
    if (position.column >= view.leadColumns) {
      for (const cell of scroller.querySelectorAll(`[data-c="${position.column}"]`)) {
        cell.classList.add('hl-col');
        this.highlighted.push(cell);
      }
    }
  }

  /** Places the tooltip by the cell it describes; hides it while that cell is scrolled out of sight. */
  private placeTip(): void {
    const tip = this.renderRoot.querySelector<HTMLElement>('[part~="tooltip"]');
    const base = this.renderRoot.querySelector<HTMLElement>('[part~="base"]');
    const scroller = this.scroller;
    const view = this.view;
    const position = this.pointed;
    if (!tip || tip.hidden || !base || !scroller || !view || !position) return;
    const anchor = this.cellElement(position);
    const a = anchor?.getBoundingClientRect();
    const s = scroller.getBoundingClientRect();
    const top = s.top + (position.row >= view.headRows ? this.gridWindow.headHeight : 0);
    const left = s.left + (position.column >= view.leadColumns ? this.gridWindow.stickyWidth : 0);
    const off = !a || a.bottom <= top + 1 || a.top >= s.bottom - 1 || a.right <= left + 1 || a.left >= s.right - 1;
    tip.toggleAttribute('data-off', off);
    if (off) return;
    const b = base.getBoundingClientRect();
    const frame = { left: b.left + base.clientLeft, top: b.top + base.clientTop, right: b.right - base.clientLeft, bottom: b.bottom };
    const place = placeTooltip(a, { width: tip.offsetWidth, height: tip.offsetHeight }, frame, {
      width: document.documentElement.clientWidth,
      height: window.innerHeight,
    });
    tip.style.setProperty('--tip-x', `${Math.round(place.x)}px`);
    tip.style.setProperty('--tip-y', `${Math.round(place.y)}px`);
    tip.setAttribute('data-side', place.side);
  }

  // --- Render ----------------------------------------------------------------------------------

  protected renderView(): TemplateResult | typeof nothing {
    const view = this.view;
    if (!view) return nothing;
    const { msg } = view;
    const empty = !view.rows.length || !view.columns.length;
    const position = this.pointed;
    const target = position && !this.tipDismissed && !empty ? targetAt(view, position) : null;
    const tip = target ? renderTooltip(view, target) : null;
    const classes = `${view.rowsAreUnits ? 'by-units' : 'by-tasks'} lang-${view.lang === 'en' ? 'en' : 'zh'}`;
    return html`<section part="base" class=${classes} lang=${view.lang}>
      <div class="top">
        <p class="caption" id="caption">${msg.caption} <span class="size">${msg.size(view.matrix.units.length, view.matrix.tasks.length)}</span></p>
        ${renderLegend(view, this.markedNames)}
      </div>
      ${this.renderNote(this.note)}
      ${empty
        ? html`<p part="empty" role="status">${this.msg.empty}</p>`
        : html`<div
            part="scroller"
            @scroll=${this.onScroll}
            @pointerover=${this.onPointerOver}
            @pointerleave=${this.onPointerLeave}
            @focusin=${this.onFocusIn}
            @focusout=${this.onFocusOut}
            @keydown=${this.onKeyDown}
            @click=${this.onClick}
          >
            ${guard([view, this.visible, this.active, this.selected], () => renderGrid(view, this.visible, this.active, this.selected))}
          </div>`}
      <div part="tooltip" id="tip" role="tooltip" ?hidden=${!tip} @pointerenter=${this.onTipEnter} @pointerleave=${this.onTipLeave}>
        ${tip ?? nothing}
      </div>
      <div class="detail-region" aria-live="polite">${this.selected ? renderDetail(view, this.selected, this.closeDetail) : nothing}</div>
    </section>`;
  }
}

defineElement('tr-unit-matrix', TrUnitMatrix);

declare global {
  interface HTMLElementTagNameMap {
    'tr-unit-matrix': TrUnitMatrix;
  }
}
