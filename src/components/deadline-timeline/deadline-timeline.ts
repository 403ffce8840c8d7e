import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { keyed } from 'lit/directives/keyed.js';
import { attributeError } from '../../data/errors.js';
import { nearest, parseUnitSelection } from '../../data/query.js';
import type { Register, Task } from '../../data/schema.js';
import { roleFilters, type RoleFilter } from '../../data/selectors.js';
import { commonMessages, taskStatusWord as statusWord } from '../../i18n/common.js';
import { deadlineTimelineMessages } from '../../i18n/deadline-timeline.js';
import { formatDate, formatNumber, formatYear } from '../../i18n/format.js';
import type { Lang } from '../../i18n/lang.js';
import { oneOf } from '../base/attributes.js';
import { defineElement, TrElement, type ViewContext } from '../base/tr-element.js';
import { layoutTimeline, shapePath, type MarkPlacement, type TimelineLayout } from './deadline-timeline.layout.js';
import {
  buildTimelineModel,
  datedStatuses,
  defaultAxisYears,
  groupings,
  type TimelineEntry,
  type TimelineModel,
} from './deadline-timeline.model.js';
import { timelineStyles } from './deadline-timeline.styles.js';
import { laneName, listSections, summarize } from './deadline-timeline.summary.js';
import { deadlineText, renderList, renderTable, shapeIcon, unitNames, type ListSection, type ViewHandlers } from './deadline-timeline.views.js';
import { textWidth } from '../base/text-metrics.js';


/** The `detail` of `tr-select`. */
export interface TimelineSelectDetail {
  readonly task: Task;
}

interface TimelineView {
  readonly lang: Lang;
  readonly register: Register;
  readonly model: TimelineModel;
  readonly summary: string;
  readonly title: string;
  readonly tableCaption: string;
  readonly asOfLabel: string;
  /** Null in the narrow list, or when no task is shown. */
  readonly layout: TimelineLayout | null;
  readonly sections: readonly ListSection[];
  readonly laneLabels: ReadonlyMap<string, string>;
  readonly placements: ReadonlyMap<string, MarkPlacement>;
  readonly placementsOf: ReadonlyMap<number, readonly MarkPlacement[]>;
  readonly entryOf: ReadonlyMap<number, TimelineEntry>;
  /**
   * Charts with many marks: every mark of a status in one outline, drawn as one path (empty when
   * each mark is its own path). See `sharedOutlines`.
   */
  readonly sharedShapes: readonly { readonly status: string; readonly d: string }[];
}

/** Below this container width the chart becomes a vertical list. */
const narrowWidth = 480;
/** Width laid out for before the container is measured (or while it is hidden). */
const unmeasuredWidth = 960;
/**
 * From this many marks (and in every dense chart) the marks of a status share one path: thousands
 * of path elements cost more to style and lay out than the shapes cost to draw.
 */
const sharedOutlines = 200;
const repeatIcon = 'M3 7a5 5 0 0 1 9-2.5M13 9a5 5 0 0 1-9 2.5M12.5 1.5v3h-3M3.5 14.5v-3h3';

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
 * @attr {string} show-annual - Whether the annual-work lane is drawn: default yes; `false`, `0`, `no` or `off` hide it.
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
  @property() from = '';

  /** Last year of the axis (four digits); empty for the default. */
  @property() to = '';

  /** Swim lanes: `none`, `lead`, `deadline` or `status`. */
  @property({ attribute: 'group-by' }) groupBy: string = 'none';

  /** Unit ids or names (comma-separated): only tasks where one of them takes part. */
  @property() units = '';

  /** With `units`: `all`, `lead` or `participant`. */
  @property({ attribute: 'unit-role' }) unitRole: string = 'all';

  /** Whether the annual-work lane is drawn (`false`, `0`, `no`, `off` hide it). */
  @property({ attribute: 'show-annual' }) showAnnual: string | boolean = true;

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
  /** Move the DOM focus to the (new) roving element after the next render. */
  private refocus = false;

  protected buildView({ register, lang, asOf, width }: ViewContext): void {
    const groupBy = oneOf('group-by', this.groupBy, groupings, groupings[0]);
    const role: RoleFilter = oneOf('unit-role', this.unitRole, roleFilters, 'all');
    const showAnnual = this.parseShowAnnual();
    const unitIds = this.parseUnits(register);
    const defaults = defaultAxisYears(register, asOf.getUTCFullYear());
    const fromYear = this.parseYear('from', this.from);
    const toYear = this.parseYear('to', this.to);
    const from = fromYear ?? Math.min(defaults.from, toYear ?? defaults.from);
    const to = toYear ?? Math.max(defaults.to, fromYear ?? defaults.to);
    if (from > to) {
      throw attributeError('from', 'attrFromAfterTo', [from, to]);
    }
    if (to - from > 100) {
      throw attributeError('to', 'attrSpanTooLong', [from, to]);
    }

    const model = buildTimelineModel(register, { asOf, from, to, groupBy, unitIds, role, showAnnual });
    const msg = deadlineTimelineMessages[lang];
    const laneLabels = new Map(model.lanes.map((lane) => [lane.key, msg.laneCount(laneName(lane, register, lang), lane.entries.length)]));
    const narrow = width > 0 && width < narrowWidth;
    const fontSize = parseFloat(getComputedStyle(this).fontSize) || 16;
    const layout =
      narrow || !model.entries.length
        ? null
        : layoutTimeline(
            model.lanes.map((lane) => ({
              key: lane.key,
              annual: lane.kind === 'annual',
              labelWidth: textWidth(laneLabels.get(lane.key)!, fontSize * 0.8125, 0.62),
              items: lane.entries.map((e) => ({ number: e.task.number, year: e.year, status: e.status })),
            })),
            {
              // The base box's padding (0.75em each side) and border (1px each side) come off the width.
              width: Math.max(120, Math.floor((width || unmeasuredWidth) - 1.5 * fontSize - 2)),
              from,
              to,
              asOf,
              fontSize,
              yearLabelWidth: textWidth(formatYear(lang, to), fontSize * 0.8125, 0.62),
            },
          );

    const placements = new Map<string, MarkPlacement>();
    const placementsOf = new Map<number, MarkPlacement[]>();
    for (const mark of layout?.marks ?? []) {
      placements.set(mark.key, mark);
      const list = placementsOf.get(mark.number) ?? [];
      list.push(mark);
      placementsOf.set(mark.number, list);
    }
    const sharedShapes: { status: string; d: string }[] = [];
    if (layout && (layout.dense || layout.marks.length >= sharedOutlines)) {
      const byStatus = new Map<string, string>();
      for (const mark of layout.marks) byStatus.set(mark.status, (byStatus.get(mark.status) ?? '') + mark.d);
      for (const [status, d] of byStatus) sharedShapes.push({ status, d });
    }
    const entryOf = new Map(model.entries.map((entry) => [entry.task.number, entry]));
    if (this.activeNumber !== null && !entryOf.has(this.activeNumber)) this.activeNumber = null;

    const fromText = formatYear(lang, from);
    const toText = formatYear(lang, to);
    const asOfLabel = commonMessages[lang].asOf(formatDate(lang, asOf));
    this.view = {
      lang,
      register,
      model,
      summary: summarize(model, register, lang, asOf, { groupBy, unitIds, role, fromText, toText }),
      title: msg.chartTitle(fromText, toText),
      tableCaption: msg.tableCaption(asOfLabel),
      asOfLabel,
      layout,
      sections: narrow ? listSections(model, groupBy, laneLabels, lang) : [],
      laneLabels,
      placements,
      placementsOf,
      entryOf,
      sharedShapes,
    };
  }

  // Attribute parsing -------------------------------------------------------------------------

  private parseShowAnnual(): boolean {
    if (typeof this.showAnnual === 'boolean') return this.showAnnual;
    const text = String(this.showAnnual ?? '').trim().toLowerCase();
    if (['', 'true', '1', 'yes', 'on', 'show-annual'].includes(text)) return true;
    if (['false', '0', 'no', 'off'].includes(text)) return false;
    throw attributeError('show-annual', 'attrInvalid', ['show-annual', String(this.showAnnual), 'expectBoolean'], ['true', 'false']);
  }

  private parseYear(attribute: 'from' | 'to', value: string): number | null {
    const text = String(value ?? '').trim();
    if (!text) return null;
    if (!/^\d{4}$/.test(text)) throw attributeError(attribute, 'attrInvalid', [attribute, text, 'expectYear']);
    return Number(text);
  }

  private parseUnits(register: Register): readonly string[] {
    if (!this.units.trim()) return [];
    const selection = parseUnitSelection(this.units, register);
    if (selection.unknown.length) {
      const candidates = register.units.flatMap((unit) => [unit.id, unit.name]);
      throw attributeError('units', 'attrUnknownUnits', [selection.unknown], nearest(selection.unknown[0]!, candidates, 3));
    }
    return selection.ids;
  }

  // View model helpers ------------------------------------------------------------------------

  private activeEntry(view: TimelineView): TimelineEntry | undefined {
    return (this.activeNumber !== null ? view.entryOf.get(this.activeNumber) : undefined) ?? view.model.entries[0];
  }

  private markLabel(view: TimelineView, entry: TimelineEntry): string {
    const msg = deadlineTimelineMessages[view.lang];
    const task = commonMessages[view.lang].task(entry.task.number);
    if (entry.year === null) return msg.annualMarkLabel(task);
    return msg.markLabel(task, msg.deadlineYear(formatYear(view.lang, entry.year)), statusWord(view.lang, entry.status));
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
    const layout = this.view?.layout;
    const plot = (event.target as Element).closest?.('svg');
    if (!layout || !this.view?.sharedShapes.length || !plot) return null;
    const box = plot.getBoundingClientRect();
    const x = ((event.clientX - box.left) * layout.width) / (box.width || layout.width);
    const y = ((event.clientY - box.top) * layout.height) / (box.height || layout.height);
    const reach = layout.pitch / 2;
    for (const mark of layout.marks) if (Math.abs(mark.x - x) <= reach && Math.abs(mark.y - y) <= reach) return mark.key;
    return null;
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
    const mark = key ? this.view?.placements.get(key) : undefined;
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
    const index = entries.indexOf(active);
    const last = entries.length - 1;
    let next: number;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = Math.min(last, index + 1);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = Math.max(0, index - 1);
        break;
      case 'PageDown':
        next = Math.min(last, index + 10);
        break;
      case 'PageUp':
        next = Math.max(0, index - 10);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = last;
        break;
      case 'Escape':
        if (!this.tipDismissed) {
          this.tipDismissed = true;
          event.preventDefault();
        }
        return;
      default:
        return;
    }
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
    const view = this.view;
    if (!view) return nothing;
    const msg = deadlineTimelineMessages[view.lang];
    const hasTasks = view.model.entries.length > 0;
    return html`<div part="base" lang=${view.lang}>
      <p part="summary" id="summary">${view.summary}</p>
      ${hasTasks
        ? html`<div part="toolbar">
              ${this.renderLegend(view)}
              <button type="button" class="button" part="table-toggle" aria-pressed=${this.tableView ? 'true' : 'false'} @click=${this.toggleTable}>
                <svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                  <path d="M1.5 2.5h13v11h-13zM1.5 6h13M1.5 9.5h13M6 6v7.5" fill="none" stroke="currentColor" stroke-width="1.4" />
                </svg>
                ${msg.tableView}
              </button>
            </div>
            ${view.layout?.dense && !this.tableView ? html`<p part="note" class="dense-note">${msg.denseNote}</p>` : nothing}
            ${this.tableView
              ? renderTable(view.lang, view.register, view.model.entries, view.tableCaption, this.viewHandlers())
              : view.layout
                ? this.renderChart(view, view.layout)
                : renderList(view.lang, view.register, view.sections, this.viewHandlers())}`
        : nothing}
    </div>`;
  }

  private viewHandlers(): ViewHandlers {
    return { ...this.handlers, expanded: this.expanded };
  }

  private renderLegend(view: TimelineView): TemplateResult {
    const msg = deadlineTimelineMessages[view.lang];
    const counts = view.model.statusCounts;
    const item = (status: (typeof datedStatuses)[number] | 'annual', count: number) =>
      html`<li>${shapeIcon(status)}<span>${statusWord(view.lang, status)}</span> <span class="count">${formatNumber(view.lang, count)}</span></li>`;
    return html`<ul part="legend" aria-label=${msg.legend}>
      ${datedStatuses.map((status) => item(status, counts[status]))} ${view.model.annual ? item('annual', view.model.annual) : nothing}
      ${view.model.annual && view.layout && !this.tableView
        ? html`<li>
            <svg class="shape checkpoint-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d=${repeatIcon}></path></svg
            ><span>${msg.checkpoints}</span>
          </li>`
        : nothing}
    </ul>`;
  }

  private renderChart(view: TimelineView, layout: TimelineLayout): TemplateResult {
    const hovered = this.hoverKey ? view.placements.get(this.hoverKey) : undefined;
    const rings = hovered ? (view.placementsOf.get(hovered.number) ?? []) : [];
    const active = this.activeEntry(view);
    const activeMark = active ? view.placementsOf.get(active.task.number)?.[0] : undefined;
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
        @pointermove=${view.sharedShapes.length ? this.onPointerOver : nothing}
        @pointerleave=${this.onPointerLeave}
        @click=${this.onChartClick}
      >
        <title id="chart-title">${view.title}</title>
        <desc id="chart-desc">${view.summary}</desc>
        ${guard([layout, view], () => this.renderPlot(view, layout))}
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
              aria-label=${this.markLabel(view, active)}
              aria-describedby="tip hint"
              @keydown=${this.onKeyDown}
              @focus=${this.onFocus}
              @blur=${this.onBlur}
              @click=${() => this.select(active.task.number)}
            ></button>`,
          )
        : nothing}
      ${this.renderTooltip(view, layout)}
      <p id="hint" hidden>${deadlineTimelineMessages[view.lang].keyboardHint}</p>
    </div>`;
  }

  /**
   * Everything in the chart that depends only on the view (not on hover or focus). Marks are one
   * stateless `<path>` (and `<text>`) each, so they are reused by position (`map`), not keyed:
   * a regrouping then updates attributes in place instead of moving thousands of nodes.
   */
  private renderPlot(view: TimelineView, layout: TimelineLayout): TemplateResult {
    const { lang } = view;
    const msg = deadlineTimelineMessages[lang];
    const top = layout.plotTop - Math.round(layout.pitch * 0.7);
    const cpScale = layout.iconSize / 16;
    const asOfAnchor = layout.asOfSide === 'after' || layout.asOfX > (layout.x0 + layout.x1) / 2 ? 'end' : 'start';
    const asOfText = layout.asOfSide === 'before' ? `← ${view.asOfLabel}` : layout.asOfSide === 'after' ? `${view.asOfLabel} →` : view.asOfLabel;
    return svg`
      <g class="years">
        ${layout.years.map(
          (band) => svg`
            <rect class=${band.year % 2 ? 'band band-alt' : 'band'} x=${band.x0} y=${top} width=${band.x1 - band.x0} height=${layout.height - top}></rect>
            <line class="year-end" x1=${band.x1} x2=${band.x1} y1=${layout.plotTop} y2=${layout.height}></line>`,
        )}
      </g>
      ${layout.asOfSide === 'inside'
        ? svg`<line class="as-of-line" x1=${layout.asOfX} x2=${layout.asOfX} y1=${layout.asOfLabelY + 4} y2=${layout.height}></line>`
        : nothing}
      <g class="lanes">
        ${layout.lanes.map(
          (lane, i) => svg`
            ${i ? svg`<line class="lane-rule" x1="0" x2=${layout.width} y1=${lane.top} y2=${lane.top}></line>` : nothing}
            ${lane.bandY !== null ? svg`<line class="annual-band" x1=${layout.x0} x2=${layout.x1} y1=${lane.bandY} y2=${lane.bandY}></line>` : nothing}`,
        )}
        ${layout.checkpoints.map(
          (cp) => svg`<g class="checkpoint cp-${cp.status}" data-year=${cp.year} transform="translate(${cp.x - 8 * cpScale} ${cp.y - 8 * cpScale}) scale(${cpScale})">
            <circle cx="8" cy="8" r="9"></circle><path d=${repeatIcon}></path><title>${msg.checkpoint(formatYear(lang, cp.year))}</title></g>`,
        )}
      </g>
      <g class="texts">
        ${layout.years.map((band) =>
          band.labelled ? svg`<text class="year-label" x=${(band.x0 + band.x1) / 2} y=${layout.yearLabelY}>${formatYear(lang, band.year)}</text>` : nothing,
        )}
        ${layout.lanes.map((lane) => svg`<text class="lane-label" x=${lane.labelX} y=${lane.labelY}>${view.laneLabels.get(lane.key)}</text>`)}
        <text part="as-of" class="as-of-label" text-anchor=${asOfAnchor} x=${layout.asOfX + (asOfAnchor === 'end' ? -4 : 4)} y=${layout.asOfLabelY}>${asOfText}</text>
      </g>
      <g class="marks">
        ${view.sharedShapes.length
          ? view.sharedShapes.map((shape) => svg`<path part="mark" class="mark s-${shape.status}" d=${shape.d}></path>`)
          : layout.marks.map((mark) => svg`<path part="mark" class="mark s-${mark.status}" data-key=${mark.key} d=${mark.d}></path>`)}
      </g>
      ${layout.dense
        ? nothing
        : svg`<g class="labels">${layout.marks.map(
            (mark) =>
              svg`<text class="label s-${mark.status}" x=${mark.x} y=${mark.y} textLength=${mark.number >= 100 ? layout.markSize * 0.8 : nothing} lengthAdjust="spacingAndGlyphs">${mark.number}</text>`,
          )}</g>`}`;
  }

  private tipTarget(view: TimelineView): { entry: TimelineEntry; mark: MarkPlacement } | null {
    const hovered = this.hoverKey ? view.placements.get(this.hoverKey) : undefined;
    if (hovered) return { entry: view.entryOf.get(hovered.number)!, mark: hovered };
    if (!this.focused || this.tipDismissed) return null;
    const active = this.activeEntry(view);
    const mark = active && view.placementsOf.get(active.task.number)?.[0];
    return active && mark ? { entry: active, mark } : null;
  }

  private renderTooltip(view: TimelineView, layout: TimelineLayout): TemplateResult {
    const target = this.tipTarget(view);
    const common = commonMessages[view.lang];
    if (!target) return html`<div part="tooltip" class="tip" id="tip" role="tooltip" hidden></div>`;
    const { task, status } = target.entry;
    return html`<div part="tooltip" class="tip" id="tip" role="tooltip" data-number=${task.number} data-size=${layout.markSize}>
      <p class="tip-head">${shapeIcon(status)}<strong>${common.task(task.number)}</strong><span>${statusWord(view.lang, status)}</span></p>
      <p class="tip-text" lang="zh-CN">${task.content}</p>
      <dl>
        <dt>${common.leadUnits}</dt>
        <dd>${unitNames(view.register, task.leadUnitIds, view.lang)}</dd>
        <dt>${common.participantUnits}</dt>
        <dd>${unitNames(view.register, task.participantUnitIds, view.lang)}</dd>
        <dt>${common.deadline}</dt>
        <dd>${deadlineText(view.lang, target.entry)}</dd>
      </dl>
    </div>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const view = this.view;
    const layout = view?.layout;
    if (!view || !layout || this.tableView || this.problem) return;
    const root = this.renderRoot as ShadowRoot;
    const roving = root.querySelector<HTMLElement>('.roving');
    const active = this.activeEntry(view);
    const mark = active && view.placementsOf.get(active.task.number)?.[0];
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
    const target = this.tipTarget(view);
    if (tip && !tip.hidden && target) {
      const { x, y } = target.mark;
      const half = layout.markSize / 2 + 6;
      const width = tip.offsetWidth;
      const height = tip.offsetHeight;
      const left = Math.max(0, Math.min(layout.width - width, x - width / 2));
      const above = y - half - height;
      tip.style.setProperty('--tip-x', `${Math.round(left)}px`);
      tip.style.setProperty('--tip-y', `${Math.round(above >= 0 ? above : y + half)}px`);
    }
  }
}

defineElement('tr-deadline-timeline', TrDeadlineTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'tr-deadline-timeline': TrDeadlineTimeline;
  }
}
