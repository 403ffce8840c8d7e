/**
 * Geometry of the deadline timeline, pure: lanes of marks, a width and a font size in; a UTC year
 * scale, mark positions and shapes, lane boxes, year bands and the as-of line out.
 *
 * A task due in year Y sits at the END of Y, which on the scale is the instant 1 January Y+1
 * 00:00 UTC (`deadlineX`). When several tasks share a year they stack in a block whose rightmost
 * column is centred on that line and which grows leftwards into year Y, row by row from the lane's
 * bottom (a stacked dot plot), so the block never reaches into the year before. Annual routine
 * work has no point in time: its marks flow from the start of the axis under a band that spans the
 * whole axis with a checkpoint at each year end.
 */
import { linearScale } from '../base/scale.js';
import { yearStatus, type TaskStatus } from '../../data/selectors.js';

export interface LayoutItem {
  readonly number: number;
  /** Deadline year; null for annual work. */
  readonly year: number | null;
  readonly status: TaskStatus;
}

export interface LayoutLane {
  readonly key: string;
  /** The annual-work lane (a band with checkpoints, marks flowing across the axis). */
  readonly annual: boolean;
  /** In the order marks are placed (by year, then number). */
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
  /** `<lane key>|<task number>`, unique in a layout. */
  readonly key: string;
  readonly lane: string;
  readonly number: number;
  readonly status: TaskStatus;
  /** Centre of the mark. */
  readonly x: number;
  readonly y: number;
  /** The x of the deadline (end of the deadline year); null for annual work. */
  readonly anchorX: number | null;
  /** The mark's outline (shape by status), as an SVG path. */
  readonly d: string;
}

export interface LaneBox {
  readonly key: string;
  readonly annual: boolean;
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
  /** Where the checkpoint stands at the as-of date, read like a deadline at the end of its year. */
  readonly status: Exclude<TaskStatus, 'annual'>;
}

export interface TimelineLayout {
  readonly width: number;
  readonly height: number;
  readonly scale: TimeScale;
  /** Left and right ends of the axis. */
  readonly x0: number;
  readonly x1: number;
  readonly marks: readonly MarkPlacement[];
  readonly lanes: readonly LaneBox[];
  readonly years: readonly YearBand[];
  readonly checkpoints: readonly Checkpoint[];
  /** Top of the plot (below the as-of and year label rows) and baselines of those rows. */
  readonly plotTop: number;
  readonly asOfLabelY: number;
  readonly yearLabelY: number;
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

/** Where a deadline of `year` sits: the end of that year, i.e. 1 January `year + 1`, 00:00 UTC. */
export function deadlineX(scale: TimeScale, year: number): number {
  return scale(new Date(Date.UTC(year + 1, 0, 1)));
}

/** Tenths of a pixel are enough, and keep path strings short. */
const round = (n: number) => Math.round(n * 10) / 10;

/** A mark outline by status: square (passed), diamond (due this year), circle (upcoming), hexagon (annual). */
export function shapePath(status: TaskStatus, x: number, y: number, size: number): string {
  const h = size / 2;
  switch (status) {
    case 'passed': {
      const a = round(h * 0.88);
      return `M${round(x - a)},${round(y - a)}h${round(2 * a)}v${round(2 * a)}h${round(-2 * a)}Z`;
    }
    case 'due-this-year': {
      const d = round(h * 1.12);
      return `M${round(x)},${round(y - d)}L${round(x + d)},${round(y)}L${round(x)},${round(y + d)}L${round(x - d)},${round(y)}Z`;
    }
    case 'upcoming':
      return `M${round(x - h)},${round(y)}a${round(h)},${round(h)} 0 1,0 ${round(2 * h)},0a${round(h)},${round(h)} 0 1,0 ${round(-2 * h)},0Z`;
    case 'annual': {
      const r = h * 1.08;
      const s = r / 2;
      const v = r * 0.87;
      return `M${round(x - r)},${round(y)}L${round(x - s)},${round(y - v)}H${round(x + s)}L${round(x + r)},${round(y)}L${round(x + s)},${round(y + v)}H${round(x - s)}Z`;
    }
  }
}

/**
 * Positions of `count` marks stacked at a deadline: `cols` columns whose rightmost is centred on
 * `anchorX`, rows from `bottomY` upwards. Marks fill rows left to right in the order given; a
 * partial top row is pushed against the deadline line.
 */
export function stack(count: number, cols: number, anchorX: number, bottomY: number, pitch: number): { x: number; y: number }[] {
  const columns = Math.max(1, Math.min(cols, count));
  const positions: { x: number; y: number }[] = [];
  for (let i = 0; i < count; i++) {
    const row = Math.floor(i / columns);
    const inRow = Math.min(columns, count - row * columns);
    const col = columns - inRow + (i % columns);
    positions.push({ x: anchorX - (columns - 1 - col) * pitch, y: bottomY - pitch / 2 - row * pitch });
  }
  return positions;
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
  for (const mark of marks) mark.d = shapePath(mark.status, mark.x, mark.y, layout.markSize);
  return layout;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

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
  const yearStart = (year: number) => scale(new Date(Date.UTC(year, 0, 1)));

  const row = Math.round(f * 1.6);
  const asOfLabelY = Math.round(f * 1.1);
  const yearLabelY = row + Math.round(f * 1.1);
  const plotTop = row * 2;
  const labelHeight = Math.round(f * 1.6);
  const gapAbove = Math.round(f * 0.25);
  const gapBelow = Math.round(f * 0.5);

  const marks: Mutable<MarkPlacement>[] = [];
  const boxes: LaneBox[] = [];
  const checkpoints: Checkpoint[] = [];
  let fits = true;
  let y = plotTop;

  const labelX = 4;
  for (const lane of lanes) {
    const top = y;
    const labelY = top + Math.round(f * 1.15);
    const marksTop = top + labelHeight;
    if (lane.annual) {
      const bandY = marksTop + Math.round(f * 0.6);
      const chipsTop = bandY + Math.round(f * 0.9);
      const perRow = Math.max(1, Math.floor((x1 - x0) / pitch));
      lane.items.forEach((item, i) => {
        const x = x0 + pitch / 2 + (i % perRow) * pitch;
        const cy = chipsTop + pitch / 2 + Math.floor(i / perRow) * pitch;
        marks.push({ key: `${lane.key}|${item.number}`, lane: lane.key, number: item.number, status: item.status, x, y: cy, anchorX: null, d: '' });
      });
      const rows = Math.ceil(lane.items.length / perRow);
      if (rows > maxLabelledRows / 2) fits = false;
      for (let year = from; year <= to; year++) {
        checkpoints.push({ year, x: deadlineX(scale, year), y: bandY, status: yearStatus(year, asOf) });
      }
      y = chipsTop + rows * pitch + gapBelow;
      boxes.push({ key: lane.key, annual: true, top, bottom: y, labelX, labelY, bandY });
    } else {
      const byYear = new Map<number, LayoutItem[]>();
      for (const item of lane.items) {
        if (item.year === null) continue;
        const list = byYear.get(item.year) ?? [];
        list.push(item);
        byYear.set(item.year, list);
      }
      let rows = 1;
      let left = x1;
      const cells: { items: LayoutItem[]; cols: number; anchorX: number }[] = [];
      for (const [year, items] of byYear) {
        const anchorX = deadlineX(scale, year);
        const cols = Math.max(1, Math.floor((anchorX - yearStart(year)) / pitch));
        rows = Math.max(rows, Math.ceil(items.length / cols));
        left = Math.min(left, anchorX - (Math.min(cols, items.length) - 1) * pitch - size / 2);
        cells.push({ items, cols, anchorX });
      }
      if (rows > maxLabelledRows) fits = false;
      // The label goes beside the marks, level with the top row, when they leave room for it.
      const inline = lane.labelWidth !== undefined && left >= labelX + lane.labelWidth + f * 0.75;
      const bottomY = (inline ? top : marksTop) + gapAbove + rows * pitch;
      for (const cell of cells) {
        stack(cell.items.length, cell.cols, cell.anchorX, bottomY, pitch).forEach((p, i) => {
          const item = cell.items[i]!;
          marks.push({ key: `${lane.key}|${item.number}`, lane: lane.key, number: item.number, status: item.status, x: p.x, y: p.y, anchorX: cell.anchorX, d: '' });
        });
      }
      y = bottomY + gapBelow;
      const inlineY = Math.round(bottomY - rows * pitch + pitch / 2 + f * 0.3);
      boxes.push({ key: lane.key, annual: false, top, bottom: y, labelX, labelY: inline ? inlineY : labelY, bandY: null });
    }
  }

  const yearWidth = (x1 - x0) / (to - from + 1);
  const step = Math.max(1, Math.ceil(((options.yearLabelWidth ?? f * 3) + f * 0.5) / yearWidth));
  const years: YearBand[] = [];
  for (let year = from; year <= to; year++) {
    years.push({ year, x0: yearStart(year), x1: deadlineX(scale, year), labelled: (year - from) % step === 0 });
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
      lanes: boxes,
      years,
      checkpoints,
      plotTop,
      asOfLabelY,
      yearLabelY,
      asOfX: Math.min(x1, Math.max(x0, asOfRaw)),
      asOfSide,
      dense,
      markSize: size,
      pitch,
      iconSize: Math.round(f),
    },
  };
}
