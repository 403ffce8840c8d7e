/**
 * Geometry of the deadline timeline, pure: lanes of marks, a width and a font size in; a UTC year
 * scale, mark positions and shapes, lane boxes, year bands and the as-of line out.
 *
 * A mark sits inside the period its deadline states. Each year band has its own columns, one mark
 * wide; a task due in a month or on a day takes the column nearest that date, a task due in a
 * year any column of its year, and marks stack upwards from the lane's floor, so a task due in
 * 2024 never sits in the 2025 band. Under the marks a bracket spans each stated period (the
 * year, the month) or points at the day, so a year deadline's shape suggests no day. Annual
 * work has no point in time: its marks flow from the start of the axis under a band with a
 * checkpoint at each year end. Work the document gives no date (持续推进, a deadline in words,
 * none) sits in lanes below the axis.
 */
import type { TaskState } from '../../data/status.js';
import { linearScale } from '../base/scale.js';
import { shapePath } from './deadline-timeline.shapes.js';

export { shapePath } from './deadline-timeline.shapes.js';

/** How precisely a deadline is stated. */
export type Precision = 'year' | 'month' | 'date';

export interface LayoutItem {
  /** The task's id. */
  readonly id: string;
  /** The document's number, drawn in the mark. */
  readonly label: string;
  readonly state: TaskState;
  /** Dated items: the period the deadline states, from its first instant to the next period's (UTC ms). */
  readonly period?: readonly [start: number, end: number];
  readonly precision?: Precision;
}

export interface LayoutLane {
  readonly key: string;
  /** `dated`: marks on the axis; `annual`: under a band with yearly checkpoints; `undated`: below the axis. */
  readonly kind: 'dated' | 'annual' | 'undated';
  readonly items: readonly LayoutItem[];
  /** Estimated width of the lane's label in pixels: when the marks leave room, it goes beside them. */
  readonly labelWidth?: number;
}

export interface LayoutOptions {
  /** Width of the drawing in CSS pixels. */
  readonly width: number;
  readonly from: number;
  readonly to: number;
  readonly asOf: Date;
  /** The widget's font size in pixels; every length scales with it (default 16). */
  readonly fontSize?: number;
  /** Estimated width of one year label in pixels (default 3 em), to thin labels on crowded axes. */
  readonly yearLabelWidth?: number;
}

/** One mark: a task in a lane. A task with two lead units has a mark in each lead's lane. */
export interface MarkPlacement {
  /** `<lane key>|<task id>`, unique in a layout. */
  readonly key: string;
  readonly lane: string;
  readonly id: string;
  readonly label: string;
  readonly state: TaskState;
  /** Centre of the mark. */
  readonly x: number;
  readonly y: number;
  /** The mark's outline (shape by status), as an SVG path. */
  readonly d: string;
}

/** The period a dated deadline states, drawn under its marks: a bracket over a year or month, a pointer at a day. */
export interface PeriodMark {
  readonly lane: string;
  readonly precision: Precision;
  readonly x0: number;
  readonly x1: number;
  readonly y: number;
}

export interface LaneBox {
  readonly key: string;
  readonly kind: LayoutLane['kind'];
  readonly top: number;
  readonly bottom: number;
  /** Start and baseline of the lane's label (above the marks, or beside them when they leave room). */
  readonly labelX: number;
  readonly labelY: number;
  /** The y of the annual band with its checkpoints (annual lane only, else null). */
  readonly bandY: number | null;
}

export interface YearBand {
  readonly year: number;
  readonly x0: number;
  readonly x1: number;
  /** Whether this year's label is drawn (thinned when years are narrower than their labels). */
  readonly labelled: boolean;
}

export interface Checkpoint {
  readonly year: number;
  readonly x: number;
  readonly y: number;
  /** The year's place relative to the as-of year. */
  readonly time: 'past' | 'current' | 'future';
}

export interface TimelineLayout {
  readonly width: number;
  readonly height: number;
  readonly scale: TimeScale;
  /** Left and right ends of the axis. */
  readonly x0: number;
  readonly x1: number;
  readonly marks: readonly MarkPlacement[];
  readonly periods: readonly PeriodMark[];
  readonly lanes: readonly LaneBox[];
  /** Empty when no lane is on the axis (every deadline undated). */
  readonly years: readonly YearBand[];
  readonly checkpoints: readonly Checkpoint[];
  /** Top of the plot (below the year label and as-of rows) and baselines of those rows. */
  readonly plotTop: number;
  readonly yearLabelY: number;
  readonly asOfLabelY: number;
  /** Where the as-of line and the year bands end: the bottom of the last lane on the axis. */
  readonly axisBottom: number;
  /** The as-of line, clamped to the axis; `side` says whether the date lies before, on or after it. */
  readonly asOfX: number;
  readonly asOfSide: 'before' | 'inside' | 'after';
  /** Small unlabelled marks, used when labelled ones would not fit. */
  readonly dense: boolean;
  readonly markSize: number;
  readonly pitch: number;
  /** Size of the annual checkpoint icons (they follow the font, not the marks). */
  readonly iconSize: number;
}

/** Largest stack (rows) and mark count still drawn with numbered marks. */
export const maxLabelledRows = 12;
export const maxLabelledMarks = 600;

/** A date to its position on the axis. */
export type TimeScale = (date: Date) => number;

/** The axis: 1 January `from` to 1 January `to + 1`, UTC, onto [x0, x1] (linear in time, as d3's `scaleUtc`). */
export function yearScale(from: number, to: number, x0: number, x1: number): TimeScale {
  const linear = linearScale([Date.UTC(from, 0, 1), Date.UTC(to + 1, 0, 1)], [x0, x1]);
  return (date) => linear(date.getTime());
}

/** The centres of a year band's columns: as many as fit one pitch apart, centred in the band. */
export function bandColumns(x0: number, x1: number, pitch: number): number[] {
  const count = Math.max(1, Math.floor((x1 - x0 - 2) / pitch));
  const mid = (x0 + x1) / 2;
  return Array.from({ length: count }, (_, i) => mid + (i - (count - 1) / 2) * pitch);
}

interface Sizes {
  readonly dense: boolean;
  readonly size: number;
  readonly pitch: number;
}

function sizes(fontSize: number, dense: boolean): Sizes {
  const size = dense ? Math.max(5, Math.round(fontSize * 0.45)) : Math.round(fontSize * 1.375);
  return { dense, size, pitch: size + (dense ? 2 : Math.max(3, Math.round(fontSize * 0.25))) };
}

export function layoutTimeline(lanes: readonly LayoutLane[], options: LayoutOptions): TimelineLayout {
  const f = options.fontSize ?? 16;
  const total = lanes.reduce((sum, lane) => sum + lane.items.length, 0);
  const labelled = total <= maxLabelledMarks ? place(lanes, options, f, sizes(f, false)) : null;
  const { layout, marks } = labelled?.fits ? labelled : place(lanes, options, f, sizes(f, true));
  // Outlines are drawn once, for the layout kept.
  for (const mark of marks) mark.d = shapePath(mark.state, mark.x, mark.y, layout.markSize);
  return layout;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Dated items sharing a stated period, placed together. */
interface Cell {
  readonly precision: Precision;
  readonly start: number;
  readonly end: number;
  readonly items: LayoutItem[];
}

const precisionRank: Record<Precision, number> = { date: 0, month: 1, year: 2 };

/**
 * Slots for a dated lane's marks: [column x, row] per item, rows counted from the floor. The most
 * precise periods are placed first, each item in the least stacked column of its period (the one
 * nearest the period's middle on a tie), then the cell's items are put into its slots in order,
 * row by row from the left, so numbers read in document order.
 */
function stackCells(cells: readonly Cell[], columnsOf: (year: number) => number[], x: (ms: number) => number): Map<LayoutItem, [number, number]> {
  const heights = new Map<number, number>();
  const slots = new Map<LayoutItem, [number, number]>();
  const ordered = [...cells].sort((a, b) => precisionRank[a.precision] - precisionRank[b.precision] || a.start - b.start);
  for (const cell of ordered) {
    const columns = columnsOf(new Date(cell.start).getUTCFullYear());
    const px0 = x(cell.start);
    const px1 = x(cell.end);
    const mid = cell.precision === 'date' ? px0 : (px0 + px1) / 2;
    let candidates = cell.precision === 'date' ? [] : columns.filter((c) => c >= px0 && c <= px1);
    if (!candidates.length) candidates = [columns.reduce((best, c) => (Math.abs(c - mid) < Math.abs(best - mid) ? c : best))];
    const taken: [number, number][] = [];
    for (let i = 0; i < cell.items.length; i++) {
      let best = candidates[0]!;
      for (const c of candidates) {
        const hc = heights.get(c) ?? 0;
        const hb = heights.get(best) ?? 0;
        if (hc < hb || (hc === hb && Math.abs(c - mid) < Math.abs(best - mid) - 1e-9)) best = c;
      }
      const row = heights.get(best) ?? 0;
      heights.set(best, row + 1);
      taken.push([best, row]);
    }
    taken.sort((a, b) => a[1] - b[1] || a[0] - b[0]);
    cell.items.forEach((item, i) => slots.set(item, taken[i]!));
  }
  return slots;
}

function place(
  lanes: readonly LayoutLane[],
  options: LayoutOptions,
  f: number,
  { dense, size, pitch }: Sizes,
): { layout: TimelineLayout; marks: Mutable<MarkPlacement>[]; fits: boolean } {
  const { width, from, to, asOf } = options;
  const pad = Math.ceil(Math.max(pitch / 2, f * 0.5)) + 4;
  const x0 = pad;
  const x1 = Math.max(x0 + 1, width - pad);
  const scale = yearScale(from, to, x0, x1);
  const x = (ms: number) => scale(new Date(ms));
  const yearStart = (year: number) => x(Date.UTC(year, 0, 1));
  const columns = new Map<number, number[]>();
  const columnsOf = (year: number) => {
    let found = columns.get(year);
    if (!found) columns.set(year, (found = bandColumns(yearStart(year), yearStart(year + 1), pitch)));
    return found;
  };

  const onAxis = lanes.some((lane) => lane.kind !== 'undated');
  const row = Math.round(f * 1.6);
  const yearLabelY = Math.round(f * 1.1);
  const asOfLabelY = row + Math.round(f * 1.1);
  const plotTop = onAxis ? row * 2 : 0;
  const labelHeight = Math.round(f * 1.6);
  const gapAbove = Math.round(f * 0.25);
  const gapBelow = Math.round(f * 0.5);
  const bracket = Math.round(f * 0.5);

  const marks: Mutable<MarkPlacement>[] = [];
  const periods: PeriodMark[] = [];
  const boxes: LaneBox[] = [];
  const checkpoints: Checkpoint[] = [];
  const mark = (lane: string, item: LayoutItem, mx: number, my: number) =>
    marks.push({ key: `${lane}|${item.id}`, lane, id: item.id, label: item.label, state: item.state, x: mx, y: my, d: '' });
  let fits = true;
  let y = plotTop;
  let axisBottom = plotTop;

  const labelX = 4;
  for (const lane of lanes) {
    const top = y;
    const labelY = top + Math.round(f * 1.15);
    const marksTop = top + labelHeight;
    if (lane.kind !== 'dated') {
      const bandY = lane.kind === 'annual' ? marksTop + Math.round(f * 0.6) : null;
      const chipsTop = bandY === null ? marksTop : bandY + Math.round(f * 0.9);
      const perRow = Math.max(1, Math.floor((x1 - x0) / pitch));
      lane.items.forEach((item, i) => mark(lane.key, item, x0 + pitch / 2 + (i % perRow) * pitch, chipsTop + pitch / 2 + Math.floor(i / perRow) * pitch));
      const rows = Math.ceil(lane.items.length / perRow);
      if (rows > maxLabelledRows / 2) fits = false;
      if (bandY !== null) {
        const asOfYear = asOf.getUTCFullYear();
        for (let year = from; year <= to; year++) {
          checkpoints.push({ year, x: yearStart(year + 1), y: bandY, time: year < asOfYear ? 'past' : year === asOfYear ? 'current' : 'future' });
        }
      }
      y = chipsTop + rows * pitch + gapBelow;
      boxes.push({ key: lane.key, kind: lane.kind, top, bottom: y, labelX, labelY, bandY });
    } else {
      const cells = new Map<string, Cell>();
      for (const item of lane.items) {
        if (!item.period) continue;
        const precision = item.precision ?? 'year';
        const key = `${precision}${item.period[0]}`;
        const cell = cells.get(key);
        if (cell) cell.items.push(item);
        else cells.set(key, { precision, start: item.period[0], end: item.period[1], items: [item] });
      }
      const slots = stackCells([...cells.values()], columnsOf, x);
      let rows = 1;
      let left = x1;
      for (const [cx, r] of slots.values()) {
        rows = Math.max(rows, r + 1);
        left = Math.min(left, cx - size / 2);
      }
      if (rows > maxLabelledRows) fits = false;
      for (const cell of cells.values()) {
        const year = new Date(cell.start).getUTCFullYear();
        // A band narrower than a mark cannot hold its marks apart from the next year's.
        if (yearStart(year + 1) - yearStart(year) < pitch) fits = false;
      }
      // The label goes beside the marks, level with the top row, when they leave room for it.
      const inline = lane.labelWidth !== undefined && left >= labelX + lane.labelWidth + f * 0.75;
      const floor = (inline ? top : marksTop) + gapAbove + rows * pitch;
      for (const [item, [cx, r]] of slots) mark(lane.key, item, cx, floor - pitch / 2 - r * pitch);
      for (const cell of cells.values()) {
        const a = x(cell.start);
        const b = cell.precision === 'date' ? a : x(cell.end);
        const inset = Math.min(2, (b - a) / 4);
        periods.push({ lane: lane.key, precision: cell.precision, x0: a + inset, x1: b - inset, y: floor + Math.round(bracket * 0.8) });
      }
      y = floor + bracket + gapBelow;
      const inlineY = Math.round(floor - rows * pitch + pitch / 2 + f * 0.3);
      boxes.push({ key: lane.key, kind: lane.kind, top, bottom: y, labelX, labelY: inline ? inlineY : labelY, bandY: null });
    }
    if (lane.kind !== 'undated') axisBottom = y;
  }

  const yearWidth = (x1 - x0) / (to - from + 1);
  const step = Math.max(1, Math.ceil(((options.yearLabelWidth ?? f * 3) + f * 0.5) / yearWidth));
  const years: YearBand[] = [];
  for (let year = from; onAxis && year <= to; year++) {
    years.push({ year, x0: yearStart(year), x1: yearStart(year + 1), labelled: (year - from) % step === 0 });
  }

  const asOfRaw = scale(asOf);
  const asOfSide = asOfRaw < x0 ? 'before' : asOfRaw > x1 ? 'after' : 'inside';
  return {
    fits,
    marks,
    layout: {
      width,
      height: y + Math.round(f * 0.25),
      scale,
      x0,
      x1,
      marks,
      periods,
      lanes: boxes,
      years,
      checkpoints,
      plotTop,
      yearLabelY,
      asOfLabelY,
      axisBottom,
      asOfX: Math.min(x1, Math.max(x0, asOfRaw)),
      asOfSide,
      dense,
      markSize: size,
      pitch,
      iconSize: Math.round(f),
    },
  };
}
