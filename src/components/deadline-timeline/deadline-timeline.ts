import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Task } from '../../data/model.js';
import type { RoleFilter } from '../../data/selectors.js';
import type { TaskState } from '../../data/status.js';
import { deadlineTimelineMessages } from '../../i18n/deadline-timeline.js';
import { keywordAttribute, listAttribute, textAttribute, type ListValue } from '../base/attributes.js';
import type { Selection } from '../base/controllers/selection.js';
import { moveInList } from '../base/roving.js';
import { defineElement, TrElement, type Size, type ViewContext } from '../base/tr-element.js';
import { chartAt, timelineView, tipOffset, type TimelineChart, type TimelineView } from './deadline-timeline.chart.js';
import { renderChartBox, tipTargetOf } from './deadline-timeline.chartbox.js';
import type { MarkPlacement, TimelineLayout } from './deadline-timeline.layout.js';
import { pickedTasks, type GroupBy, type TimelineEntry } from './deadline-timeline.model.js';
import { readTimelineOptions, showAnnualAttribute } from './deadline-timeline.options.js';
import { timelineStyles } from './deadline-timeline.styles.js';
import { selectionWords } from './deadline-timeline.summary.js';
import { listPlan, readListLimit, renderList } from './deadline-timeline.list.js';
import { renderTable, renderToolbar, type ViewHandlers } from './deadline-timeline.views.js';

/** The `detail` of `tr-select`. */
export interface TimelineSelectDetail {
  readonly task: Task;
}

/** Page Up/Down move this many tasks. */
const keyboardPage = 10;

/**
 * @summary The register's tasks on a time axis by deadline, marked by where each stands at the
 * as-of date: what is done (on time or late), overdue, in progress, due this year, not yet due,
 * and what the document gives no date.
 *
 * A mark sits inside the period its deadline states: a year deadline in its year's band, with a
 * bracket spanning the year beneath (never a day), a month or a day at its place in the year.
 * Marks are numbered with the document's numbers and stacked without overlap. Annual routine work
 * has its own lane across the axis with a checkpoint at each year end; work that is ongoing
 * (持续推进), has a deadline in words or none sits in lanes of its own below the axis, labelled
 * with the document's words. Status comes from the progress reports (`progress-src`) at the
 * as-of date, as a shape and a word (legend): done a disc, done late a disc in a ring, in progress
 * half filled, overdue a red octagon, deadline passed with no report a dashed square in the warning
 * colour, due this year a diamond, not yet due a circle. Without reports a passed deadline reads
 * 期限已过（未报告完成情况）, never overdue. A plain-language summary above the chart is also its
 * accessible description. Hover or focus shows a tooltip with the task's text, units under the
 * document's role words, deadline as written and latest report.
 *
 * Linked (in a `<tr-dashboard>` or with `group`): a mark (or list item or table row) selects its
 * task, a legend entry its status; the shared selection (a unit in any role, a task, a status, a
 * section) highlights its marks and dims the others. Escape clears it.
 *
 * Keyboard: the chart is one tab stop; arrow keys (→/↓ next, ←/↑ previous) move through the tasks
 * in date order (end of the deadline's period, then document order; undated lanes last), Page
 * Up/Down move ten, Home/End jump to the first/last, Enter or Space selects, Escape hides the
 * tooltip. A task drawn in two unit lanes is visited once. Below 480 px the chart becomes a list
 * grouped by year (or by lane when grouped); a button switches to a table of the same data and
 * back. The list's groups open and close; by default those with overdue or due tasks and the
 * as-of and next year's are open until `limit` tasks show, urgent tasks first. With more marks than fit numbered, marks become small and unnumbered (numbers in the
 * tooltip and the table). From 200 marks on, the marks of each status are drawn as one outline.
 *
 * @tagname tr-deadline-timeline
 * @attr {string} as-of - The date the view is drawn for (ISO, `2025-06-30`); default today. Drawn as a labelled line.
 * @attr {string} from - First year of the axis (four digits). Default: the earliest deadline year, or the as-of year if earlier.
 * @attr {string} to - Last year of the axis (four digits). Default: the later of the last deadline year and the as-of year.
 * @attr {'none'|'lead'|'deadline'|'status'|'section'} group-by - Swim lanes for dated tasks: none (default); one per unit of the lead role (a task with two leads appears in both; a register without lead units uses its first role and says so); per deadline year; per status; per section of the document, in its order.
 * @attr {string} units - Show only tasks where these units take part (ids or names, comma-separated); default every task.
 * @attr {'all'|'lead'|'responsible'|'participant'} unit-role - With `units`: the role those units must play (default `all`). (Not `role`: that is ARIA's attribute on every element.)
 * @attr {boolean} show-annual - Whether the annual-work lane is drawn: default yes; `false`, `0`, `no` or `off` hide it.
 * @attr {string} limit - In the narrow list, the most tasks shown before the other groups stay closed and a "show all" button ends the last one open: a whole number of 1 or more, or `all`. Default 6.
 * @attr {string} src - URL of a register JSON to show instead of the bundled one.
 * @attr {string} progress-src - URL of a progress file: the reports the statuses come from.
 * @attr {string} group - Links the timeline with the other widgets of that group name.
 * @attr {string} lang - `zh-CN` (default) or `en`; unset, the nearest ancestor's `lang` applies.
 * @attr {'light'|'dark'|'auto'} theme - Colour scheme; unset, the page's `color-scheme` applies.
 * @fires {CustomEvent<TimelineSelectDetail>} tr-select - A task was clicked (chart mark, list item or table row) or chosen with Enter/Space; `detail` is `{ task }`.
 * @fires {CustomEvent<SelectionChangeDetail>} tr-selection-change - The linked selection changed: a task (mark, item, row) or a status (legend entry).
 * @fires tr-error - Bad input (an attribute, a failed load, an invalid register or progress file); `detail` says what and where.
 * @csspart base - The outer box.
 * @csspart summary - The plain-language summary above the chart (also the chart's description).
 * @csspart selection - What the linked selection highlights, with a button to clear it.
 * @csspart toolbar - The legend and the table-view button.
 * @csspart legend - The list of status shapes with their words and counts.
 * @csspart legend-item - One status in the legend: a button that highlights its marks.
 * @csspart table-toggle - The button switching between the chart (or list) and the table.
 * @csspart chart - The box of the chart (SVG, focus element and tooltip).
 * @csspart mark - One task's mark in the chart (from 200 marks on: the marks of one status).
 * @csspart as-of - The as-of line's label.
 * @csspart focus - The roving keyboard focus element over the current task.
 * @csspart tooltip - The tooltip with a task's number, text, units, deadline and latest report.
 * @csspart list - The vertical list shown in narrow containers.
 * @csspart list-group - The button heading a group of the list, which opens or closes it.
 * @csspart list-item - One task in the list.
 * @csspart table-wrap - The scrolling box around the table.
 * @csspart table - The table view.
 * @csspart more - A "show all" button of a list group, or "show N more" of a long table.
 * @csspart note - A note (dense chart, ignored progress reports).
 * @csspart error - The error message (`role="alert"`).
 * @cssproperty [--tr-timeline-done=var(--tr-color-success)] - Completed tasks (on time: a disc; late: a disc in a ring).
 * @cssproperty [--tr-timeline-active=var(--tr-color-status-active)] - Tasks in progress and not yet due (not the accent: status colours stay put when a portal recolours its accent).
 * @cssproperty [--tr-timeline-due=var(--tr-color-warning)] - Tasks due this year, and the outline of a deadline passed with no report.
 * @cssproperty [--tr-timeline-overdue=var(--tr-color-danger)] - Overdue tasks.
 * @cssproperty [--tr-timeline-quiet=var(--tr-color-neutral)] - Not started, no dated deadline, suspended, cancelled.
 * @cssproperty [--tr-timeline-annual=var(--tr-color-participant)] - The annual-work band and checkpoints.
 * @cssproperty [--tr-timeline-as-of=var(--tr-color-text)] - The as-of line.
 */
export class TrDeadlineTimeline extends TrElement {
  static override styles = [...TrElement.styles, timelineStyles];
  protected static override observesSize = true;

  /** First year of the axis (four digits); empty for the default. */
  @property({ converter: textAttribute }) from = '';

  /** Last year of the axis (four digits); empty for the default. */
  @property({ converter: textAttribute }) to = '';

  /** Swim lanes: `none`, `lead`, `deadline`, `status` or `section`. */
  @property({ attribute: 'group-by', converter: keywordAttribute<GroupBy>('none') }) groupBy: GroupBy = 'none';

  /** Unit ids or names, as a list or comma-separated: only tasks where one of them takes part. */
  @property({ converter: listAttribute }) units: ListValue = '';

  /** With `units`: `all`, `lead`, `responsible` or `participant`. */
  @property({ attribute: 'unit-role', converter: keywordAttribute<RoleFilter>('all') }) unitRole: RoleFilter = 'all';

  /** Whether the annual-work lane is drawn (`false`, `0`, `no`, `off` hide it). */
  @property({ attribute: 'show-annual', converter: showAnnualAttribute }) showAnnual = true;

  /** Most tasks the narrow list shows by default (a whole number, or `all`); empty for 6. */
  @property({ converter: textAttribute }) limit: string | number = '';

  /** The task the roving keyboard focus is on (a task id). */
  @state() private activeId: string | null = null;
  /** The mark under the pointer (a placement key). */
  @state() private hoverKey: string | null = null;
  /** Whether the roving focus element has focus (the tooltip follows it). */
  @state() private focused = false;
  /** The reader pressed Escape: hide the tooltip until the focus moves. */
  @state() private tipDismissed = false;
  @state() private tableView = false;
  @state() private expanded: ReadonlySet<string> = new Set();
  /** Groups of the narrow list the reader opened or closed. */
  @state() private toggled: ReadonlySet<string> = new Set();
  /** What a reader picked here when the timeline is not linked to other widgets. */
  @state() private ownSelection: Selection = {};

  private view: TimelineView | undefined;
  private listLimit = Infinity;
  private chart: TimelineChart | undefined;
  /** Move the DOM focus to the (new) roving element after the next render. */
  private refocus = false;
  private pickedFor: [TimelineView | undefined, Selection | undefined, ReadonlySet<string> | null] = [undefined, undefined, null];

  protected buildView(context: ViewContext): void {
    this.view = timelineView(context, readTimelineOptions(this, context.register, context.asOf));
    this.listLimit = readListLimit(this.limit);
    if (this.activeId !== null && !this.view.entryOf.has(this.activeId)) this.activeId = null;
  }

  protected override layoutView(size: Size): void {
    this.chart = this.view && chartAt(this.view, size);
  }

  /** The selection shown: the linked one, else what a reader picked here. */
  private get shownSelection(): Selection {
    return this.selection.linked ? this.selection.value : this.ownSelection;
  }

  /** The tasks the selection picks among those shown (null: nothing selected), kept while neither changes. */
  private picked(view: TimelineView): ReadonlySet<string> | null {
    const selection = this.shownSelection;
    if (this.pickedFor[0] !== view || this.pickedFor[1] !== selection) {
      this.pickedFor = [view, selection, pickedTasks(view.register, view.model.entries, selection)];
    }
    return this.pickedFor[2];
  }

  private activeEntry(view: TimelineView): TimelineEntry | undefined {
    return (this.activeId !== null ? view.entryOf.get(this.activeId) : undefined) ?? view.model.entries[0];
  }

  // Events ------------------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', this.onHostKey);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.onHostKey);
  }

  /** Escape clears what a reader picked here (the base clears a linked selection). */
  private readonly onHostKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || event.defaultPrevented || !Object.keys(this.ownSelection).length) return;
    event.preventDefault();
    this.ownSelection = {};
  };

  private pick(next: Selection): void {
    this.ownSelection = next;
    this.selection.select(next);
  }

  private select(id: string): void {
    const entry = this.view?.entryOf.get(id);
    if (!entry) return;
    this.pick({ task: id });
    this.emit<TimelineSelectDetail>('tr-select', { task: entry.task });
  }

  /** A legend entry: highlights the marks of its status, or (chosen again) none. */
  private readonly pickState = (state: TaskState): void => {
    this.pick(this.shownSelection.state === state ? {} : { state });
  };

  private readonly clearSelection = (): void => {
    this.ownSelection = {};
    this.selection.clear();
  };

  private readonly handlers = {
    select: (id: string) => this.select(id),
    expand: (key: string) => (this.expanded = new Set([...this.expanded, key])),
    toggle: (key: string) => {
      const toggled = new Set(this.toggled);
      if (!toggled.delete(key)) toggled.add(key);
      this.toggled = toggled;
    },
  };

  /**
   * The mark under the pointer: its element's `data-key`, or where a status's marks share one
   * path, the mark whose box holds the pointer, found from its position.
   */
  private keyAt(event: MouseEvent): string | null {
    const key = (event.target as Element).closest?.('[data-key]')?.getAttribute('data-key');
    if (key) return key;
    const chart = this.chart;
    const layout = chart?.layout;
    const plot = (event.target as Element).closest?.('svg');
    if (!layout || !chart.shared || !plot) return null;
    const box = plot.getBoundingClientRect();
    const x = ((event.clientX - box.left) * layout.width) / (box.width || layout.width);
    const y = ((event.clientY - box.top) * layout.height) / (box.height || layout.height);
    return chart.markAt(x, y)?.key ?? null;
  }

  private onPointerOver = (event: PointerEvent): void => {
    const key = this.keyAt(event);
    if (key !== this.hoverKey) this.hoverKey = key;
  };

  private onPointerLeave = (): void => {
    this.hoverKey = null;
  };

  private onChartClick = (event: MouseEvent): void => {
    const key = this.keyAt(event);
    const mark = key ? this.chart?.placements.get(key) : undefined;
    if (!mark) return;
    if (this.activeId !== mark.id) {
      this.activeId = mark.id;
      this.refocus = true;
    }
    this.select(mark.id);
  };

  private onKeyDown = (event: KeyboardEvent): void => {
    const entries = this.view?.model.entries;
    const active = this.view && this.activeEntry(this.view);
    if (!entries?.length || !active) return;
    if (event.key === 'Escape') {
      if (!this.tipDismissed) {
        this.tipDismissed = true;
        event.preventDefault();
      }
      return;
    }
    const index = entries.indexOf(active);
    const next = moveInList(index, entries.length, event.key, keyboardPage);
    if (next === null) return;
    event.preventDefault();
    this.hoverKey = null;
    this.tipDismissed = false;
    if (next !== index) {
      this.activeId = entries[next]!.task.id;
      this.refocus = true;
    }
  };

  private onFocus = (): void => {
    this.focused = true;
  };

  private onBlur = (): void => {
    // A re-created roving element takes the focus back in `updated()`; it sets this again.
    if (!this.refocus) this.focused = false;
  };

  private toggleTable = (): void => {
    this.tableView = !this.tableView;
  };

  /** The CSV of the tasks shown and the chart as SVG or PNG (loaded on first use). */
  protected override exportContent() {
    return import('./deadline-timeline.export.js').then((m) => m.timelineExport(this.view, this.renderRoot));
  }

  // Rendering ---------------------------------------------------------------------------------

  protected renderView(): TemplateResult | typeof nothing {
    const { view, chart } = this;
    if (!view || !chart) return nothing;
    const msg = deadlineTimelineMessages[view.lang];
    const hasTasks = view.model.entries.length > 0;
    const picked = this.picked(view);
    const selection = this.shownSelection;
    const handlers: ViewHandlers = { ...this.handlers, expanded: this.expanded, picked };
    return html`<div part="base" lang=${view.lang}>
      <p part="summary" id="summary">${view.summary}</p>
      ${picked
        ? html`<p part="selection" role="status">
            ${msg.picked(selectionWords(view.register, selection, view.lang), picked.size)}
            <button type="button" class="button" @click=${this.clearSelection}>${msg.clear}</button>
          </p>`
        : nothing}
      ${hasTasks
        ? html`${renderToolbar(view, !!chart.layout, this.tableView, selection.state, this.pickState, this.toggleTable)}
            ${chart.layout?.dense && !this.tableView ? html`<p part="note" class="dense-note">${msg.denseNote}</p>` : nothing}
            ${this.tableView
              ? renderTable(view.lang, view.register, view.model.entries, view.tableCaption, view.model.hasProgress, handlers)
              : chart.layout
                ? this.renderChart(view, chart, chart.layout, picked)
                : renderList(view.lang, view.register, listPlan(chart.sections, { ...handlers, limit: this.listLimit, asOfYear: view.asOf.getUTCFullYear(), toggled: this.toggled }), { ...handlers, toggle: this.handlers.toggle })}`
        : nothing}
    </div>`;
  }

  private renderChart(view: TimelineView, chart: TimelineChart, layout: TimelineLayout, picked: ReadonlySet<string> | null): TemplateResult {
    const active = this.activeEntry(view);
    return renderChartBox(view, chart, layout, picked, {
      hovered: this.hoverKey ? chart.placements.get(this.hoverKey) : undefined,
      active,
      tip: this.tipTarget(view, chart)?.entry,
      onPointerOver: this.onPointerOver,
      onPointerLeave: this.onPointerLeave,
      onChartClick: this.onChartClick,
      onKeyDown: this.onKeyDown,
      onFocus: this.onFocus,
      onBlur: this.onBlur,
      onActivate: () => active && this.select(active.task.id),
    });
  }

  private tipTarget(view: TimelineView, chart: TimelineChart): { entry: TimelineEntry; mark: MarkPlacement } | null {
    return tipTargetOf(view, chart, this.hoverKey, this.focused && !this.tipDismissed ? this.activeEntry(view) : undefined);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const { view, chart } = this;
    const layout = chart?.layout;
    if (!view || !layout || this.tableView || this.problem) return;
    const root = this.renderRoot as ShadowRoot;
    const roving = root.querySelector<HTMLElement>('.roving');
    const active = this.activeEntry(view);
    const mark = active && chart.placementsOf.get(active.task.id)?.[0];
    if (roving && mark) {
      roving.style.setProperty('--x', `${mark.x}px`);
      roving.style.setProperty('--y', `${mark.y}px`);
      roving.style.setProperty('--s', `${layout.markSize + 4}px`);
    }
    if (this.refocus) {
      this.refocus = false;
      roving?.focus();
    }
    const tip = root.querySelector<HTMLElement>('.tip');
    const target = this.tipTarget(view, chart);
    if (tip && !tip.hidden && target) {
      const at = tipOffset(target.mark, layout, { width: tip.offsetWidth, height: tip.offsetHeight });
      tip.style.setProperty('--tip-x', `${at.x}px`);
      tip.style.setProperty('--tip-y', `${at.y}px`);
    }
  }
}

defineElement('tr-deadline-timeline', TrDeadlineTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'tr-deadline-timeline': TrDeadlineTimeline;
  }
}
