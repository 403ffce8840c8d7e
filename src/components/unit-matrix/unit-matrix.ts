import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import type { RoleFilter } from '../../data/selectors.js';
import { joinClauses, joinList } from '../../i18n/punctuation.js';
import { keywordAttribute, textAttribute, type ListValue } from '../base/attributes.js';
import { moveForKey, moveInGrid, type GridPosition } from '../base/roving.js';
import { placeTooltipIn } from '../base/tooltip.js';
import { defineElement, TrElement, type Size, type ViewContext } from '../base/tr-element.js';
import { cellAt, highlightLines, positionOf, renderGrid } from './unit-matrix.grid.js';
import { buildMatrix, type MatrixSort } from './unit-matrix.model.js';
import { readAttributes, type Orientation } from './unit-matrix.options.js';
import { renderDetail, renderLegend, renderTooltip } from './unit-matrix.parts.js';
import { unitMatrixStyles } from './unit-matrix.styles.js';
import { buildMatrixView, selectDetail, targetAt, unitName, type MatrixSelected, type MatrixView } from './unit-matrix.view.js';
import { GridWindow } from './unit-matrix.window.js';

export type { UnitMatrixSelectDetail } from './unit-matrix.view.js';

const samePosition = (a: GridPosition | null, b: GridPosition | null) => a === b || (!!a && !!b && a.row === b.row && a.column === b.column);

/**
 * @summary Who leads and who takes part in which task: responsible units against tasks, each cell
 * marked lead (牵头, a filled disc), participant (参与, a ring) or nothing, with totals, a legend,
 * a tooltip, keyboard navigation and a panel showing a selected task in full. Registers of
 * thousands of tasks render only the rows and columns in view.
 *
 * @tagname tr-unit-matrix
 * @attr units - Units to show, as ids or names as written (`edu,hrss` or `省教育厅,省人力社保厅`); as a property also an array. Default: every unit with a marked cell.
 * @attr tasks - Tasks to show, as numbers and ranges (`1-10,20`); as a property also an array. Default: every task with a marked cell.
 * @attr {'all' | 'lead' | 'participant'} unit-role - Which roles to mark. Default `all`. (Not `role`: that is ARIA's attribute on every element.)
 * @attr deadline - Only tasks due in these years or annual routine work: `2025`, `annual`, or a comma list (as a property also an array). Default: all.
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
  protected static override observesSize = true;

  // Lists keep the attribute's text as written (an error quotes it); `readList` splits text and arrays alike.
  /** Units to show (ids or names: a comma list, or an array set by script); empty shows every unit with a marked cell. */
  @property({ converter: textAttribute }) units: ListValue = '';

  /** Tasks to show (`1-10,20`, or an array of numbers and ranges); empty shows every task with a marked cell. */
  @property({ converter: textAttribute }) tasks: ListValue = '';

  /** Which roles to mark. */
  @property({ attribute: 'unit-role', converter: keywordAttribute<RoleFilter>('all') }) unitRole: RoleFilter = 'all';

  /** Deadlines to keep (`2025`, `annual`, a comma list or an array); empty keeps all. */
  @property({ converter: textAttribute }) deadline: ListValue = '';

  /** Unit order. */
  @property({ converter: keywordAttribute<MatrixSort>('involvement') }) sort: MatrixSort = 'involvement';

  /** What the rows are: units or tasks. */
  @property({ converter: keywordAttribute<Orientation>('units') }) orientation: Orientation = 'units';

  /** A unit (id or name) to mark. */
  @property({ attribute: 'highlight-unit', converter: textAttribute }) highlightUnit = '';

  /** A task number to mark (`12` or `任务12`). */
  @property({ attribute: 'highlight-task', converter: textAttribute }) highlightTask: string | number = '';

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
  private readonly gridWindow = new GridWindow(
    this,
    () => this.view,
    () => this.size.fontSize,
  );
  private pendingFocus = false;
  private highlighted: Element[] = [];
  private leaveTimer: ReturnType<typeof setTimeout> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('keydown', this.onPageKey);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.leaveTimer);
    window.removeEventListener('keydown', this.onPageKey);
  }

  protected buildView({ register, lang, asOf }: ViewContext): void {
    // A bad attribute throws a TaskRegisterError the base shows and reports.
    const selection = readAttributes(
      {
        units: this.units,
        tasks: this.tasks,
        role: this.unitRole,
        deadline: this.deadline,
        sort: this.sort,
        orientation: this.orientation,
        highlightUnit: this.highlightUnit,
        highlightTask: this.highlightTask,
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
  }

  /**
   * The window of rows and columns to render and whether the box is narrow, from the sizes last
   * measured (no DOM read): after a build and on a resize or a font-size change (the window reads
   * this size's font size itself, as it does after its own measurements and on a scroll).
   */
  protected override layoutView(_size: Size): void {
    this.gridWindow.layout();
  }

  private get scroller(): HTMLElement | null {
    return this.gridWindow.scroller;
  }

  // --- Interaction -----------------------------------------------------------------------------

  /** Where the highlight and the tooltip are: the pointer or the keyboard focus, whichever moved last. */
  private get pointed(): GridPosition | null {
    return this.tipSource === 'pointer' ? (this.pointer ?? this.focused) : (this.focused ?? this.pointer);
  }

  private onScroll = (event: Event) => {
    this.gridWindow.onScroll(event.currentTarget as HTMLElement);
    this.placeTip();
  };

  /** Escape dismisses a tooltip shown for the pointer even while focus is elsewhere (WCAG 1.4.13). */
  private onPageKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this.pointer && !this.tipDismissed) this.tipDismissed = true;
  };

  private onPointerOver = (event: PointerEvent) => {
    if (event.pointerType === 'touch') return;
    clearTimeout(this.leaveTimer);
    const position = positionOf(event.target);
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
    const position = positionOf(event.target);
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
    const position = positionOf(event.target);
    if (!position) return;
    if (!samePosition(position, this.active)) this.active = position;
    this.select(position);
  };

  private onKeyDown = (event: KeyboardEvent) => {
    const view = this.view;
    if (!view) return;
    const from = positionOf(event.target) ?? this.active;
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
    this.moveTo(moveInGrid(from, move, view.headRows + view.rows.length, view.leadColumns + view.columns.length, this.gridWindow.pageRows()));
  };

  private moveTo(position: GridPosition): void {
    this.gridWindow.reveal(position);
    this.gridWindow.layout();
    this.active = position;
    this.focused = position;
    this.tipSource = 'focus';
    this.tipDismissed = false;
    this.pendingFocus = true;
  }

  private select(position: GridPosition): void {
    const detail = this.view && selectDetail(this.view, position);
    if (detail && this.emit('tr-select', detail)) this.selected = { taskNumber: detail.taskNumber, unitId: detail.unitId };
  }

  private closeDetail = () => {
    this.selected = null;
    this.pendingFocus = true;
  };

  // --- After render: focus, highlight, tooltip placement (DOM work only, no reactive state) -----

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.pendingFocus) {
      this.pendingFocus = false;
      cellAt(this.scroller, this.active)?.focus({ preventScroll: true });
    }
    const scroller = this.scroller;
    this.highlighted = this.view && scroller ? highlightLines(this.view, scroller, this.pointed, this.highlighted) : [];
    this.placeTip();
  }

  /**
   * Places the tooltip by the cell it describes, when it opens or the grid scrolls; hides it while
   * that cell is scrolled out of sight. The tooltip sits in the widget, so a page scroll moves both.
   */
  private placeTip(): void {
    const tip = this.renderRoot.querySelector<HTMLElement>('[part~="tooltip"]');
    const base = this.renderRoot.querySelector<HTMLElement>('[part~="base"]');
    const scroller = this.scroller;
    const position = this.pointed;
    if (!tip || tip.hidden || !base || !scroller || !position) return;
    const cell = cellAt(scroller, position)?.getBoundingClientRect();
    const off = !cell || this.gridWindow.hides(cell, position);
    tip.toggleAttribute('data-off', off);
    if (!off) placeTooltipIn(tip, cell, base);
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
    const { visible, narrow } = this.gridWindow;
    const classes = `${view.rowsAreUnits ? 'by-units' : 'by-tasks'} lang-${view.lang === 'en' ? 'en' : 'zh'}${narrow ? ' narrow' : ''}`;
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
            ${guard([view, visible, this.active, this.selected], () => renderGrid(view, visible, this.active, this.selected))}
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
