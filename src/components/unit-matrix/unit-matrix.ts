import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import type { RoleFilter } from '../../data/selectors.js';
import { keywordAttribute, readKeyword, textAttribute, type ListValue } from '../base/attributes.js';
import { moveForKey, moveInGrid, type GridPosition } from '../base/roving.js';
import { defineElement, TrElement, type Size, type ViewContext } from '../base/tr-element.js';
import { cardButtonAt, cardPositionOf, matrixLayouts, renderCards, usesCards, type MatrixLayout } from './unit-matrix.cards.js';
import { ScrollCue } from './unit-matrix.cue.js';
import { alongSections, applySpans, cellAt, highlightLines, positionOf, renderGrid } from './unit-matrix.grid.js';
import { noPicks, picksOf, selectionFor, type Picks } from './unit-matrix.linking.js';
import type { MatrixSort } from './unit-matrix.model.js';
import type { ColorBy, GroupBy, Orientation } from './unit-matrix.options.js';
import { renderDetail, renderLegend, renderTooltip } from './unit-matrix.parts.js';
import { unitMatrixStyles } from './unit-matrix.styles.js';
import { selectDetail, targetAt, viewFor, type MatrixSelected, type MatrixView } from './unit-matrix.view.js';
import { GridWindow } from './unit-matrix.window.js';

export type { UnitMatrixSelectDetail } from './unit-matrix.view.js';

const samePosition = (a: GridPosition | null, b: GridPosition | null) => a === b || (!!a && !!b && a.row === b.row && a.column === b.column);

/**
 * @summary Who does what: responsible units against tasks, each cell marked with the role the unit
 * plays as the register's document words it (牵头单位 a filled disc, 责任单位 a diamond, 参与单位 or
 * 协同配合单位 a ring), with totals per role, the document's task numbers, the tasks grouped under
 * their section headings, a legend, a tooltip, keyboard navigation and a panel showing a selected
 * task in full. `color-by="status"` colours each mark by its task's status at the as-of date (with
 * a glyph and the word, never colour alone). Linked with other widgets, a click on a unit or a task
 * selects it everywhere and the matrix highlights the shared selection. Registers of thousands of
 * tasks render only the rows and columns in view.
 *
 * @tagname tr-unit-matrix
 * @attr units - Units to show, as ids or names as written (`edu,hrss` or `省教育厅,省人力社保厅`); as a property also an array. Default: every unit with a marked cell.
 * @attr tasks - Tasks to show, by the document's numbers and ranges (`52-60,73`) or task ids; as a property also an array. Default: every task with a marked cell.
 * @attr {'all' | 'lead' | 'responsible' | 'participant'} unit-role - Which roles to mark; a role the register does not use is an error naming those it uses. Default `all`. (Not `role`: that is ARIA's attribute on every element.)
 * @attr deadline - Only tasks due in these years or annual routine work: `2025`, `annual`, or a comma list (as a property also an array). Default: all.
 * @attr {'involvement' | 'register' | 'name'} sort - Unit order: most tasks first (ties in register order), register order, or by name in the current language. Default `involvement`.
 * @attr {'units' | 'tasks'} orientation - `units` as rows (default) or `tasks` as rows with a short form of each task's text (suits a phone).
 * @attr {'auto' | 'grid' | 'cards'} layout - `grid`, or `cards`: one card per unit with its name in full, its count per role and the task numbers as chips that select the task (suits a phone). Default `auto`: cards when the widget is at most 34 em of its text wide, the rows are units and the matrix is not so large that the grid draws only the cells in view.
 * @attr {'role' | 'status'} color-by - Colour the marks by role (default) or by the task's status at the as-of date (a glyph and the status word too).
 * @attr {'section' | 'none'} group-by - Group the task columns under their section headings (default when the register has sections) or not.
 * @attr highlight-unit - A unit (id or name) whose row or column is marked.
 * @attr highlight-task - A task, by the document's number (`52`, `任务52`) or id, whose column or row is marked.
 * @attr src - URL of a register JSON to show instead of the bundled one.
 * @attr progress-src - URL of a progress file: the statuses and the completed / overdue totals come from it.
 * @attr lang - `zh-CN` (default) or `en`; unset, the nearest ancestor's `lang` applies.
 * @attr as-of - The date (ISO, `2025-06-30`) statuses are judged at. Default: today.
 * @attr group - Links the matrix with the other widgets of that group name (as a `<tr-dashboard>` does).
 * @attr {'light' | 'dark' | 'auto'} theme - Colour scheme; unset, the page's `color-scheme` applies.
 * @fires tr-select - A cell or a unit or task header was clicked or chosen with Enter/Space. `detail` is a `UnitMatrixSelectDetail`: `{ task, taskId, taskNumber, unit, unitId, role }` for a cell, `{ unit, unitId }` or `{ task, taskId, taskNumber }` for a header. Cancel it to keep the built-in panel closed.
 * @fires tr-selection-change - The linked selection changed: a unit (row header), a task (cell or column header) or a section (its heading); a header chosen again clears it.
 * @fires tr-error - Bad input (an attribute that selects nothing, a failed load); `detail` says what and where.
 * @csspart base - The outer box.
 * @csspart legend - The legend of the role marks.
 * @csspart status-legend - The legend of the statuses (`color-by="status"`).
 * @csspart scroller - The scrolling box around the grid.
 * @csspart cards - The list of unit cards (`layout="cards"`, or `auto` in a narrow box).
 * @csspart card - One unit's card: its name, its tasks by role, its progress counts.
 * @csspart grid - The matrix (`role="grid"`).
 * @csspart tooltip - The tooltip for the cell or header under the pointer or focus.
 * @csspart detail - The panel showing the selected task or unit in full.
 * @csspart close - The panel's close button.
 * @csspart empty - The message shown when no task matches.
 * @csspart note - What part of an attribute was ignored.
 * @csspart error - The error message (`role="alert"`).
 * @cssproperty [--tr-unit-matrix-max-height=min(75vh, 36em)] - The most the grid grows before it scrolls.
 * @cssproperty [--tr-unit-matrix-lead-color=var(--tr-color-lead)] - The lead mark.
 * @cssproperty [--tr-unit-matrix-responsible-color=var(--tr-color-lead)] - The responsible mark.
 * @cssproperty [--tr-unit-matrix-participant-color=var(--tr-color-participant)] - The participant mark.
 */
export class TrUnitMatrix extends TrElement {
  static override styles = [...TrElement.styles, unitMatrixStyles];
  protected static override observesSize = true;

  // Lists keep the attribute's text as written (an error quotes it); `readList` splits text and arrays alike.
  /** Units to show (ids or names: a comma list, or an array set by script); empty shows every unit with a marked cell. */
  @property({ converter: textAttribute }) units: ListValue = '';

  /** Tasks to show by the document's numbers (`52-60,73`, or an array of numbers and ranges); empty shows every task with a marked cell. */
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

  /** A task to mark, by the document's number (`52` or `任务52`) or id. */
  @property({ attribute: 'highlight-task', converter: textAttribute }) highlightTask: string | number = '';

  /** What the marks' colour shows: the role, or the task's status at the as-of date. */
  @property({ attribute: 'color-by', converter: keywordAttribute<ColorBy>('role') }) colorBy: ColorBy = 'role';

  /** Whether task columns are grouped under their section headings (when the register has sections). */
  @property({ attribute: 'group-by', converter: keywordAttribute<GroupBy>('section') }) groupBy: GroupBy = 'section';

  /** Grid, cards (one per unit), or `auto`: cards in a narrow box. */
  @property({ converter: keywordAttribute<MatrixLayout>('auto') }) layout: MatrixLayout = 'auto';

  /** The cell in the tab order (roving tabindex), in whole-grid coordinates. */
  @state() private active: GridPosition = { row: 0, column: 0 };
  @state() private selected: MatrixSelected | null = null;
  @state() private pointer: GridPosition | null = null;
  /** The cell with keyboard focus (only `:focus-visible` focus shows a tooltip). */
  @state() private focused: GridPosition | null = null;
  @state() private tipSource: 'pointer' | 'focus' = 'focus';
  @state() private tipDismissed = false;

  private view: MatrixView | undefined;
  /** What the view was built from, to tell a change of the linked selection alone. */
  private inputs: unknown[] = [];
  private picks: Picks = noPicks;
  private note: string | null = null;
  private markedNames: string | null = null;
  private readonly gridWindow = new GridWindow(
    this,
    () => this.view,
    () => this.size.fontSize,
  );
  private readonly cue = new ScrollCue(this);
  /** Whether the units are drawn as cards (set with the layout, from the measured size). */
  private cards = false;
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

  protected buildView({ register, lang, asOf, progress, selection }: ViewContext): void {
    const { units, tasks, unitRole: role, deadline, sort, highlightUnit, highlightTask, colorBy, groupBy } = this;
    // On paper the tasks run down the page (its headers repeat on each), so the matrix fits an A4 page's width.
    const orientation = this.printLayout ? 'tasks' : this.orientation;
    const attributes = { units, tasks, role, deadline, sort, orientation, highlightUnit, highlightTask, colorBy, groupBy };
    // Only the linked selection changed: the view stands, only what it picks out is new.
    const inputs = [register, lang, asOf.getTime(), progress, ...Object.values(attributes)];
    if (this.view && inputs.length === this.inputs.length && inputs.every((input, i) => input === this.inputs[i])) {
      this.picks = picksOf(this.view, selection);
      return;
    }
    this.inputs = [];
    // A bad attribute throws a TaskRegisterError the base shows and reports.
    const { view, note, marked } = viewFor({ register, lang, asOf, progress }, attributes);
    this.note = note;
    this.markedNames = marked;
    this.view = view;
    this.picks = picksOf(view, selection);
    this.inputs = inputs;

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
  protected override layoutView(size: Size): void {
    this.cards = usesCards(readKeyword('layout', this.layout, matrixLayouts, 'auto'), this.orientation, size.width, size.fontSize, this.view?.virtual);
    this.gridWindow.layout();
  }

  private get scroller(): HTMLElement | null {
    return this.gridWindow.scroller;
  }

  /** The CSV export: the matrix as shown (loaded on first use). */
  protected override exportContent() {
    return import('./unit-matrix.export.js').then((m) => m.matrixExport(this.view));
  }

  // --- Interaction -----------------------------------------------------------------------------

  /** Where the highlight and the tooltip are: the pointer or the keyboard focus, whichever moved last. */
  private get pointed(): GridPosition | null {
    return this.tipSource === 'pointer' ? (this.pointer ?? this.focused) : (this.focused ?? this.pointer);
  }

  private onScroll = (event: Event) => {
    this.cue.update();
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
    const position = this.cards ? cardPositionOf(event.target) : positionOf(event.target);
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
      // Used here (a tooltip or the panel closed), the key leaves the linked selection alone.
      if (this.pointed && !this.tipDismissed) this.tipDismissed = true;
      else if (this.selected) this.selected = null;
      else return;
      event.preventDefault();
      return;
    }
    const move = event.altKey ? null : moveForKey(event.key, event.ctrlKey || event.metaKey);
    if (!move) return;
    event.preventDefault();
    const to = moveInGrid(from, move, view.headRows + view.rows.length, view.leadColumns + view.columns.length, this.gridWindow.pageRows());
    this.moveTo(alongSections(view, from, to));
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

  /** A cell or header chosen: `tr-select` and the panel, and the linked selection (a header chosen again clears it). */
  private select(position: GridPosition): void {
    const view = this.view;
    if (!view) return;
    const next = selectionFor(targetAt(view, position), this.selection.value);
    if (next) this.selection.select(next);
    const detail = selectDetail(view, position);
    if (detail && this.emit('tr-select', detail)) this.selected = { taskId: detail.taskId, unitId: detail.unitId };
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
      (cellAt(this.scroller, this.active) ?? cardButtonAt(this.renderRoot, this.active))?.focus({ preventScroll: true });
    }
    const scroller = this.scroller;
    applySpans(scroller);
    this.highlighted = this.view && scroller ? highlightLines(this.view, scroller, this.pointed, this.highlighted) : [];
    this.placeTip();
  }

  private placeTip(): void {
    this.gridWindow.placeTip(this.pointed);
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
    const picks = this.picks;
    const classes = [
      view.rowsAreUnits ? 'by-units' : 'by-tasks',
      `lang-${view.lang === 'en' ? 'en' : 'zh'}`,
      narrow ? 'narrow' : '',
      picks.any ? 'linking' : '',
      view.longNumbers ? 'long-numbers' : '',
      view.longRoles ? 'long-roles' : '',
      view.colorBy === 'status' ? 'by-status' : '',
    ].join(' ');
    return html`<section part="base" class=${classes} lang=${view.lang}>
      <div class="top">
        <p class="caption" id="caption">${msg.caption} <span class="size">${msg.size(view.matrix.units.length, view.matrix.tasks.length)}</span></p>
        ${renderLegend(view, this.markedNames)}
      </div>
      ${this.renderNote(this.note)}
      ${empty
        ? html`<p part="empty" role="status">${this.msg.empty}</p>`
        : this.cards
          ? renderCards(view, { selected: this.selected, picks }, this.onClick)
          : html`<div class="frame"><div
            part="scroller"
            @scroll=${this.onScroll}
            @pointerover=${this.onPointerOver}
            @pointerleave=${this.onPointerLeave}
            @focusin=${this.onFocusIn}
            @focusout=${this.onFocusOut}
            @keydown=${this.onKeyDown}
            @click=${this.onClick}
          >
            ${guard([view, visible, this.active, this.selected, picks, narrow], () =>
              renderGrid(view, { visible, active: this.active, selected: this.selected, picks, narrow }),
            )}
          </div><div class="cue" aria-hidden="true" hidden></div></div>`}
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
