import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { keyed } from 'lit/directives/keyed.js';
import type { Task } from '../../data/schema.js';
import type { RoleFilter } from '../../data/selectors.js';
import { commonMessages } from '../../i18n/common.js';
import { deadlineTimelineMessages } from '../../i18n/deadline-timeline.js';
import { formatDate, formatYear } from '../../i18n/format.js';
import { keywordAttribute, listAttribute, textAttribute, type ListValue } from '../base/attributes.js';
import { moveInList } from '../base/roving.js';
import { defineElement, TrElement, type Size, type ViewContext } from '../base/tr-element.js';
import { chartAt, renderPlot, renderTip, tipOffset, type TimelineChart, type TimelineView } from './deadline-timeline.chart.js';
import { shapePath, type MarkPlacement, type TimelineLayout } from './deadline-timeline.layout.js';
import { buildTimelineModel, type GroupBy, type TimelineEntry } from './deadline-timeline.model.js';
import { readTimelineOptions, showAnnualAttribute } from './deadline-timeline.options.js';
import { timelineStyles } from './deadline-timeline.styles.js';
import { laneName, markLabel, summarize } from './deadline-timeline.summary.js';
import { renderLegend, renderList, renderTable, type ViewHandlers } from './deadline-timeline.views.js';

/** The `detail` of `tr-select`. */
export interface TimelineSelectDetail {
  readonly task: Task;
}

/** Page Up/Down move this many tasks. */
const keyboardPage = 10;

/**
 * @summary The register's tasks on a time axis by deadline: what falls due when, what has passed
 * its deadline at the as-of date, and what is routine work every year.
 *
 * Tasks with a deadline year sit at the end of that year, stacked without overlap and numbered;
 * status at the as-of date is shown by shape (square: deadline passed, diamond: due this year,
 * circle: upcoming, hexagon: annual) with a legend in words. Annual routine work has its own lane
 * across the axis with a checkpoint at each year end. A plain-language summary above the chart is
 * also its accessible description. Hover or focus shows a tooltip with the task's text and units.
 *
 * Keyboard: the chart is one tab stop; arrow keys (→/↓ next, ←/↑ previous) move through the tasks
 * in date order (deadline year, then task number; annual work last, by number), Page Up/Down move
 * ten, Home/End jump to the first/last, Enter or Space selects, Escape hides the tooltip. A task
 * drawn in two lead lanes is visited once. Below 480 px the chart becomes a list grouped by year
 * (or by lane when grouped); a button switches to a table of the same data. With more marks than
 * fit numbered, marks become small and unnumbered (numbers in the tooltip and the table). From 200
 * marks on, the marks of each status are drawn as one outline, so thousands of tasks stay light.
 *
 * @tagname tr-deadline-timeline
 * @attr {string} as-of - The date the view is drawn for (ISO, `2025-06-30`); default today. Drawn as a labelled line.
 * @attr {string} from - First year of the axis (four digits). Default: the earliest deadline year, or the as-of year if earlier.
 * @attr {string} to - Last year of the axis (four digits). Default: the later of the last deadline year and the as-of year.
 * @attr {'none'|'lead'|'deadline'|'status'} group-by - Swim lanes: none (default), one per lead unit (a task with two leads appears in both), per deadline year, or per status.
 * @attr {string} units - Show only tasks where these units take part (ids or names, comma-separated); default every task.
 * @attr {'all'|'lead'|'participant'} unit-role - With `units`: the role those units must play (default `all`), as in the matrix. (Not `role`: that is ARIA's attribute on every element.)
 * @attr {boolean} show-annual - Whether the annual-work lane is drawn: default yes; `false`, `0`, `no` or `off` hide it.
 * @attr {string} src - URL of a register JSON to show instead of the bundled one.
 * @attr {string} lang - `zh-CN` (default) or `en`; unset, the nearest ancestor's `lang` applies.
 * @attr {'light'|'dark'|'auto'} theme - Colour scheme; unset, the page's `color-scheme` applies.
 * @fires {CustomEvent<TimelineSelectDetail>} tr-select - A task was clicked (chart mark, list item or table row) or chosen with Enter/Space; `detail` is `{ task }`.
 * @fires tr-error - Bad input (an attribute, a failed load, an invalid register); `detail` says what and where.
 * @csspart base - The outer box.
 * @csspart summary - The plain-language summary above the chart (also the chart's description).
 * @csspart toolbar - The legend and the table-view button.
 * @csspart legend - The list of status shapes with their words and counts.
 * @csspart table-toggle - The "table view" toggle button.
 * @csspart chart - The box of the chart (SVG, focus element and tooltip).
 * @csspart mark - One task's mark in the chart (from 200 marks on: the marks of one status).
 * @csspart as-of - The as-of line's label.
 * @csspart focus - The roving keyboard focus element over the current task.
 * @csspart tooltip - The tooltip with a task's number, text, units and deadline.
 * @csspart list - The vertical list shown in narrow containers.
 * @csspart list-item - One task in the list.
 * @csspart table-wrap - The scrolling box around the table.
 * @csspart table - The table view.
 * @csspart more - A "show N more" button of a long list or table.
 * @csspart note - A note (dense chart).
 * @csspart error - The error message (`role="alert"`).
 * @cssproperty --tr-timeline-passed - Colour of "deadline passed" marks (default the neutral token).
 * @cssproperty --tr-timeline-due - Colour of "due this year" marks (default the warning token).
 * @cssproperty --tr-timeline-upcoming - Colour of "upcoming" marks (default the accent token).
 * @cssproperty --tr-timeline-annual - Colour of annual-work marks (default the participant token).
 * @cssproperty --tr-timeline-as-of - Colour of the as-of line (default the text colour).
 */
export class TrDeadlineTimeline extends TrElement {
  static override styles = [...TrElement.styles, timelineStyles];
  protected static override observesSize = true;

  /** First year of the axis (four digits); empty for the default. */
  @property({ converter: textAttribute }) from = '';

  /** Last year of the axis (four digits); empty for the default. */
  @property({ converter: textAttribute }) to = '';

  /** Swim lanes: `none`, `lead`, `deadline` or `status`. */
  @property({ attribute: 'group-by', converter: keywordAttribute<GroupBy>('none') }) groupBy: GroupBy = 'none';

  /** Unit ids or names, as a list or comma-separated: only tasks where one of them takes part. */
  @property({ converter: listAttribute }) units: ListValue = '';

  /** With `units`: `all`, `lead` or `participant`. */
  @property({ attribute: 'unit-role', converter: keywordAttribute<RoleFilter>('all') }) unitRole: RoleFilter = 'all';

  /** Whether the annual-work lane is drawn (`false`, `0`, `no`, `off` hide it). */
  @property({ attribute: 'show-annual', converter: showAnnualAttribute }) showAnnual = true;

  /** The task the roving keyboard focus is on (a task number). */
  @state() private activeNumber: number | null = null;
  /** The mark under the pointer (a placement key). */
  @state() private hoverKey: string | null = null;
  /** Whether the roving focus element has focus (the tooltip follows it). */
  @state() private focused = false;
  /** The reader pressed Escape: hide the tooltip until the focus moves. */
  @state() private tipDismissed = false;
  @state() private tableView = false;
  @state() private expanded: ReadonlySet<string> = new Set();

  private view: TimelineView | undefined;
  private chart: TimelineChart | undefined;
  /** Move the DOM focus to the (new) roving element after the next render. */
  private refocus = false;

  protected buildView({ register, lang, asOf }: ViewContext): void {
    const options = readTimelineOptions(this, register, asOf);
    const model = buildTimelineModel(register, options);
    const msg = deadlineTimelineMessages[lang];
    const entryOf = new Map(model.entries.map((entry) => [entry.task.number, entry]));
    if (this.activeNumber !== null && !entryOf.has(this.activeNumber)) this.activeNumber = null;
    const fromText = formatYear(lang, options.from);
    const toText = formatYear(lang, options.to);
    const asOfLabel = commonMessages[lang].asOf(formatDate(lang, asOf));
    this.view = {
      lang,
      register,
      model,
      groupBy: options.groupBy,
      asOf,
      from: options.from,
      to: options.to,
      summary: summarize(model, register, lang, asOf, { ...options, fromText, toText }),
      title: msg.chartTitle(fromText, toText),
      tableCaption: msg.tableCaption(asOfLabel),
      asOfLabel,
      laneLabels: new Map(model.lanes.map((lane) => [lane.key, msg.laneCount(laneName(lane, register, lang), lane.entries.length)])),
      entryOf,
    };
  }

  protected override layoutView(size: Size): void {
    this.chart = this.view && chartAt(this.view, size);
  }

  private activeEntry(view: TimelineView): TimelineEntry | undefined {
    return (this.activeNumber !== null ? view.entryOf.get(this.activeNumber) : undefined) ?? view.model.entries[0];
  }

  // Events ------------------------------------------------------------------------------------

  private select(number: number): void {
    const entry = this.view?.entryOf.get(number);
    if (entry) this.emit<TimelineSelectDetail>('tr-select', { task: entry.task });
  }

  private readonly handlers = {
    select: (number: number) => this.select(number),
    expand: (key: string) => (this.expanded = new Set([...this.expanded, key])),
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
    if (!layout || !chart.sharedShapes.length || !plot) return null;
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
    if (this.activeNumber !== mark.number) {
      this.activeNumber = mark.number;
      this.refocus = true;
    }
    this.select(mark.number);
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
      this.activeNumber = entries[next]!.task.number;
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

  // Rendering ---------------------------------------------------------------------------------

  protected renderView(): TemplateResult | typeof nothing {
    const { view, chart } = this;
    if (!view || !chart) return nothing;
    const msg = deadlineTimelineMessages[view.lang];
    const hasTasks = view.model.entries.length > 0;
    return html`<div part="base" lang=${view.lang}>
      <p part="summary" id="summary">${view.summary}</p>
      ${hasTasks
        ? html`<div part="toolbar">
              ${renderLegend(view.lang, view.model, !!chart.layout && !this.tableView)}
              <button type="button" class="button" part="table-toggle" aria-pressed=${this.tableView ? 'true' : 'false'} @click=${this.toggleTable}>
                <svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                  <path d="M1.5 2.5h13v11h-13zM1.5 6h13M1.5 9.5h13M6 6v7.5" fill="none" stroke="currentColor" stroke-width="1.4" />
                </svg>
                ${msg.tableView}
              </button>
            </div>
            ${chart.layout?.dense && !this.tableView ? html`<p part="note" class="dense-note">${msg.denseNote}</p>` : nothing}
            ${this.tableView
              ? renderTable(view.lang, view.register, view.model.entries, view.tableCaption, this.viewHandlers())
              : chart.layout
                ? this.renderChart(view, chart, chart.layout)
                : renderList(view.lang, view.register, chart.sections, this.viewHandlers())}`
        : nothing}
    </div>`;
  }

  private viewHandlers(): ViewHandlers {
    return { ...this.handlers, expanded: this.expanded };
  }

  private renderChart(view: TimelineView, chart: TimelineChart, layout: TimelineLayout): TemplateResult {
    const hovered = this.hoverKey ? chart.placements.get(this.hoverKey) : undefined;
    const rings = hovered ? (chart.placementsOf.get(hovered.number) ?? []) : [];
    const active = this.activeEntry(view);
    const activeMark = active ? chart.placementsOf.get(active.task.number)?.[0] : undefined;
    const tip = this.tipTarget(view, chart);
    return html`<div part="chart" class="chart">
      <svg
        class=${layout.dense ? 'plot dense' : 'plot'}
        role="img"
        aria-labelledby="chart-title"
        aria-describedby="chart-desc"
        width=${layout.width}
        height=${layout.height}
        viewBox="0 0 ${layout.width} ${layout.height}"
        @pointerover=${this.onPointerOver}
        @pointermove=${chart.sharedShapes.length ? this.onPointerOver : nothing}
        @pointerleave=${this.onPointerLeave}
        @click=${this.onChartClick}
      >
        <title id="chart-title">${view.title}</title>
        <desc id="chart-desc">${view.summary}</desc>
        ${guard([layout, view], () => renderPlot(view, chart, layout))}
        ${rings.map((mark) => svg`<path class="ring" d=${shapePath(mark.status, mark.x, mark.y, layout.markSize + 7)}></path>`)}
      </svg>
      ${active && activeMark
        ? keyed(
            active.task.number,
            html`<button
              type="button"
              part="focus"
              class="roving"
              data-number=${active.task.number}
              aria-label=${markLabel(view.lang, active)}
              aria-describedby="tip hint"
              @keydown=${this.onKeyDown}
              @focus=${this.onFocus}
              @blur=${this.onBlur}
              @click=${() => this.select(active.task.number)}
            ></button>`,
          )
        : nothing}
      ${renderTip(view, tip?.entry, layout.markSize)}
      <p id="hint" hidden>${deadlineTimelineMessages[view.lang].keyboardHint}</p>
    </div>`;
  }

  private tipTarget(view: TimelineView, chart: TimelineChart): { entry: TimelineEntry; mark: MarkPlacement } | null {
    const hovered = this.hoverKey ? chart.placements.get(this.hoverKey) : undefined;
    if (hovered) return { entry: view.entryOf.get(hovered.number)!, mark: hovered };
    if (!this.focused || this.tipDismissed) return null;
    const active = this.activeEntry(view);
    const mark = active && chart.placementsOf.get(active.task.number)?.[0];
    return active && mark ? { entry: active, mark } : null;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const { view, chart } = this;
    const layout = chart?.layout;
    if (!view || !layout || this.tableView || this.problem) return;
    const root = this.renderRoot as ShadowRoot;
    const roving = root.querySelector<HTMLElement>('.roving');
    const active = this.activeEntry(view);
    const mark = active && chart.placementsOf.get(active.task.number)?.[0];
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
