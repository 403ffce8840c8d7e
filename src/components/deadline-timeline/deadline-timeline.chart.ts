/**
 * The timeline at a size: the chart's layout from the view model (or, in a narrow container, the
 * list's sections), lookups of marks by task and by position, and the chart's SVG that depends on
 * the view and the linked selection alone (not on hover or focus). A width or font-size change
 * rebuilds only this.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Deadline, Register } from '../../data/model.js';
import { commonMessages, taskStateWord } from '../../i18n/common.js';
import { deadlineTimelineMessages } from '../../i18n/deadline-timeline.js';
import { formatDate, formatYear } from '../../i18n/format.js';
import type { Lang } from '../../i18n/lang.js';
import type { Size } from '../base/controllers/size.js';
import { plainList, type PlainEl } from '../base/plain.js';
import type { ViewContext } from '../base/tr-element.js';
import { textWidth } from '../base/text-metrics.js';
import { indexMarks, type MarkAt } from './deadline-timeline.hit.js';
import { layoutTimeline, type LayoutItem, type MarkPlacement, type TimelineLayout } from './deadline-timeline.layout.js';
import { buildTimelineModel, undatedKinds, type GroupBy, type ModelOptions, type TimelineEntry, type TimelineModel } from './deadline-timeline.model.js';
import { deadlineWords, laneName, listSections, summarize, type ListSection } from './deadline-timeline.summary.js';
import { renderReport, repeatIcon, shapeIcon, unitLines, words } from './deadline-timeline.views.js';

/** What the timeline shows, built when an input changes (never for a size change). */
export interface TimelineView {
  readonly lang: Lang;
  readonly register: Register;
  readonly model: TimelineModel;
  readonly groupBy: GroupBy;
  readonly asOf: Date;
  readonly from: number;
  readonly to: number;
  readonly summary: string;
  readonly title: string;
  readonly tableCaption: string;
  readonly asOfLabel: string;
  readonly laneLabels: ReadonlyMap<string, string>;
  /** Entries by task id. */
  readonly entryOf: ReadonlyMap<string, TimelineEntry>;
}

/** The view laid out at a size. */
export interface TimelineChart {
  /** Null in the narrow list, or when no task is shown. */
  readonly layout: TimelineLayout | null;
  /** The narrow list's groups (empty when the chart is drawn). */
  readonly sections: readonly ListSection[];
  readonly placements: ReadonlyMap<string, MarkPlacement>;
  /** A task's marks (one per lane it is drawn in), by task id. */
  readonly placementsOf: ReadonlyMap<string, readonly MarkPlacement[]>;
  /** Charts with many marks draw the marks of a status as one outline, found by position (see `sharedOutlines`). */
  readonly shared: boolean;
  /** The mark whose box holds a point of the drawing (indexed on first use). */
  readonly markAt: MarkAt;
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

/** The period a dated deadline states, in UTC ms, and how precisely. */
export function periodOf(deadline: Deadline): Pick<LayoutItem, 'period' | 'precision'> {
  switch (deadline.kind) {
    case 'year':
      return { period: [Date.UTC(deadline.year, 0, 1), Date.UTC(deadline.year + 1, 0, 1)], precision: 'year' };
    case 'month':
      return { period: [Date.UTC(deadline.year, deadline.month - 1, 1), Date.UTC(deadline.year, deadline.month, 1)], precision: 'month' };
    case 'date': {
      const day = Date.parse(`${deadline.date}T00:00:00Z`);
      return { period: [day, day + 864e5], precision: 'date' };
    }
    default:
      return {};
  }
}

export function chartAt(view: TimelineView, { width, fontSize }: Size): TimelineChart {
  const { model, lang } = view;
  const narrow = width > 0 && width < narrowWidth;
  const label = fontSize * 0.8125;
  const layout =
    narrow || !model.entries.length
      ? null
      : layoutTimeline(
          model.lanes.map((lane) => ({
            key: lane.key,
            kind: lane.kind === 'annual' ? 'annual' : (undatedKinds as readonly string[]).includes(lane.kind) ? 'undated' : 'dated',
            labelWidth: textWidth(view.laneLabels.get(lane.key)!, label, 0.62),
            items: lane.entries.map((e) => ({ id: e.task.id, label: e.task.number, state: e.state, ...periodOf(e.task.deadline) })),
          })),
          {
            // The base box's padding (0.75em each side) and border (1px each side) come off the width.
            width: Math.max(120, Math.floor((width || unmeasuredWidth) - 1.5 * fontSize - 2)),
            from: view.from,
            to: view.to,
            asOf: view.asOf,
            fontSize,
            yearLabelWidth: textWidth(formatYear(lang, view.to), label, 0.62),
          },
        );

  const placements = new Map<string, MarkPlacement>();
  const placementsOf = new Map<string, MarkPlacement[]>();
  const marks = layout?.marks ?? [];
  for (const mark of marks) {
    placements.set(mark.key, mark);
    const list = placementsOf.get(mark.id);
    if (list) list.push(mark);
    else placementsOf.set(mark.id, [mark]);
  }
  let index: MarkAt | undefined;
  return {
    layout,
    sections: narrow ? listSections(model, view.groupBy, view.laneLabels, lang) : [],
    placements,
    placementsOf,
    shared: !!layout && (layout.dense || marks.length >= sharedOutlines),
    markAt: (x, y) => (index ??= indexMarks(marks, (layout?.pitch ?? 0) / 2))(x, y),
  };
}

/**
 * Everything in the chart that depends only on the view and the selection (not on hover or
 * focus), drawn as plain lists (`plainList`: no marker nodes between the elements). Marks are
 * one stateless `<path>` (and `<text>`) each, so they are reused by position, not keyed: a
 * regrouping then updates attributes in place instead of moving thousands of nodes. Marks the
 * linked selection does not pick are dimmed.
 */
export function renderPlot(view: TimelineView, chart: TimelineChart, layout: TimelineLayout, picked: ReadonlySet<string> | null): TemplateResult {
  const { lang } = view;
  const msg = deadlineTimelineMessages[lang];
  const top = layout.plotTop - Math.round(layout.pitch * 0.5);
  const cpScale = layout.iconSize / 16;
  const asOfAnchor = layout.asOfSide === 'after' || layout.asOfX > (layout.x0 + layout.x1) / 2 ? 'end' : 'start';
  const asOfText = layout.asOfSide === 'before' ? `← ${view.asOfLabel}` : layout.asOfSide === 'after' ? `${view.asOfLabel} →` : view.asOfLabel;
  const dim = (id: string) => (picked && !picked.has(id) ? ' dim' : '');
  let shapes: [string, string][] = [];
  if (chart.shared) {
    const byClass = new Map<string, string>();
    for (const mark of layout.marks) {
      const key = `s-${mark.state}${dim(mark.id)}`;
      byClass.set(key, (byClass.get(key) ?? '') + mark.d);
    }
    shapes = [...byClass];
  }
  const onAxis = layout.years.length > 0;
  const line = (cls: string, x1: number, x2: number, y1: number, y2: number): PlainEl => ({ tag: 'line', attrs: { class: cls, x1, x2, y1, y2 } });
  const text = (cls: string, x: number, y: number, content: string, more?: PlainEl['attrs']): PlainEl => ({ tag: 'text', attrs: { class: cls, x, y, ...more }, text: content });
  const years = layout.years.flatMap((band): PlainEl[] => [
    { tag: 'rect', attrs: { class: band.year % 2 ? 'band band-alt' : 'band', x: band.x0, y: top, width: band.x1 - band.x0, height: layout.axisBottom - top } },
    line('year-end', band.x1, band.x1, layout.plotTop, layout.axisBottom),
  ]);
  const lanes: PlainEl[] = [
    ...layout.lanes.flatMap((lane, i) => [
      ...(i ? [line('lane-rule', 0, layout.width, lane.top, lane.top)] : []),
      ...(lane.bandY !== null ? [line('annual-band', layout.x0, layout.x1, lane.bandY, lane.bandY)] : []),
    ]),
    ...layout.checkpoints.map(
      (cp): PlainEl => ({
        tag: 'g',
        attrs: { class: `checkpoint cp-${cp.time}`, 'data-year': cp.year, transform: `translate(${cp.x - 8 * cpScale} ${cp.y - 8 * cpScale}) scale(${cpScale})` },
        children: [
          { tag: 'circle', attrs: { cx: 8, cy: 8, r: 9 } },
          { tag: 'path', attrs: { d: repeatIcon } },
          { tag: 'title', text: msg.checkpoint(formatYear(lang, cp.year)) },
        ],
      }),
    ),
    ...layout.periods.map(
      (p): PlainEl => ({
        tag: 'path',
        attrs: { class: `period period-${p.precision}`, 'data-lane': p.lane, d: p.precision === 'date' ? `M${p.x0},${p.y - 4}l3,5h-6Z` : `M${p.x0},${p.y - 4}V${p.y}H${p.x1}V${p.y - 4}` },
      }),
    ),
  ];
  const texts: PlainEl[] = [
    ...layout.years.filter((band) => band.labelled).map((band) => text('year-label', (band.x0 + band.x1) / 2, layout.yearLabelY, formatYear(lang, band.year))),
    ...layout.lanes.map((lane) => text('lane-label', lane.labelX, lane.labelY, view.laneLabels.get(lane.key) ?? '')),
    ...(onAxis ? [text('as-of-label', layout.asOfX + (asOfAnchor === 'end' ? -4 : 4), layout.asOfLabelY, asOfText, { part: 'as-of', 'text-anchor': asOfAnchor })] : []),
  ];
  const marks: PlainEl[] = chart.shared
    ? shapes.map(([cls, d]) => ({ tag: 'path', attrs: { part: 'mark', class: `mark ${cls}`, d } }))
    : layout.marks.map((mark) => ({ tag: 'path', attrs: { part: 'mark', class: `mark s-${mark.state}${dim(mark.id)}`, 'data-key': mark.key, d: mark.d } }));
  const labels = layout.dense
    ? []
    : layout.marks.map((mark) =>
        text(`label s-${mark.state}${dim(mark.id)}`, mark.x, mark.y, mark.label, { textLength: mark.label.length > 2 ? layout.markSize * 0.8 : undefined, lengthAdjust: 'spacingAndGlyphs' }),
      );
  return svg`<g class="years">${plainList(years)}</g>${
    onAxis && layout.asOfSide === 'inside'
      ? svg`<line class="as-of-line" x1=${layout.asOfX} x2=${layout.asOfX} y1=${layout.asOfLabelY + Math.round(layout.iconSize * 0.35)} y2=${layout.axisBottom}></line>`
      : nothing
  }<g class="lanes">${plainList(lanes)}</g><g class="texts">${plainList(texts)}</g><g class="marks">${plainList(marks)}</g>${
    layout.dense ? nothing : svg`<g class="labels">${plainList(labels)}</g>`
  }`;
}

/** The tooltip: a task's number, status, text, units by role, deadline as written and latest report; hidden without a task. */
export function renderTip(view: TimelineView, entry: TimelineEntry | undefined, markSize: number): TemplateResult {
  const { lang } = view;
  const msg = deadlineTimelineMessages[lang];
  const report = entry?.status.report;
  return html`<div part="tooltip" class="tip" id="tip" role="tooltip" ?hidden=${!entry} data-task=${entry?.task.id ?? nothing} data-size=${entry ? markSize : nothing}>
    ${entry
      ? html`<p class="tip-head">${shapeIcon(entry.state)}<strong>${msg.task(entry.task.number)}</strong><span>${taskStateWord(lang, entry.state)}</span></p>
          <p class="tip-text" lang="zh-CN">${entry.task.content}</p>
          <dl>
            ${unitLines(view.register, entry.task, lang).map((line) => html`<dt>${words(line.label)}</dt>
              <dd>${line.units}</dd>`)}
            <dt>${commonMessages[lang].deadline}</dt>
            <dd>${words(deadlineWords(lang, entry.task.deadline))}</dd>
            ${report
              ? html`<dt>${msg.latest}</dt>
                  <dd>${renderReport(lang, report)}</dd>`
              : nothing}
          </dl>`
      : nothing}
  </div>`;
}

/** Where the tooltip of a mark goes in the chart: centred above the mark, clamped to the chart's width; below it when there is no room above. */
export function tipOffset(mark: MarkPlacement, layout: TimelineLayout, tip: { readonly width: number; readonly height: number }): { x: number; y: number } {
  const half = layout.markSize / 2 + 6;
  const above = mark.y - half - tip.height;
  return {
    x: Math.round(Math.max(0, Math.min(layout.width - tip.width, mark.x - tip.width / 2))),
    y: Math.round(above >= 0 ? above : mark.y + half),
  };
}

/** The view of a register at a date with the options read from the attributes: everything but the geometry. */
export function timelineView({ register, lang, asOf, progress }: ViewContext, options: ModelOptions): TimelineView {
  const model = buildTimelineModel(register, options, progress);
  const msg = deadlineTimelineMessages[lang];
  const fromText = formatYear(lang, options.from);
  const toText = formatYear(lang, options.to);
  const asOfLabel = commonMessages[lang].asOf(formatDate(lang, asOf));
  const laneNames = new Map(model.lanes.map((lane) => [lane.key, laneName(lane, register, lang, model)]));
  return {
    lang,
    register,
    model,
    groupBy: options.groupBy,
    asOf,
    from: options.from,
    to: options.to,
    summary: summarize(model, register, lang, asOf, { ...options, fromText, toText, laneNames }),
    title: model.byYear.length || model.undated.annual ? msg.chartTitle(fromText, toText) : msg.chartTitleUndated,
    tableCaption: msg.tableCaption(asOfLabel),
    asOfLabel,
    laneLabels: new Map(model.lanes.map((lane) => [lane.key, msg.laneCount(laneNames.get(lane.key)!, lane.entries.length)])),
    entryOf: new Map(model.entries.map((entry) => [entry.task.id, entry])),
  };
}
