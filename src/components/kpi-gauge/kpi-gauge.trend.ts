/**
 * Geometry of the gauge's trend: dated values and the path from baseline to target in, positions
 * and an SVG path out (d3-path; scales from base/scale). Time runs left to right, values upwards.
 */
import { path } from 'd3-path';
import { linearScale } from '../base/scale.js';
import type { PathPoint } from './kpi-gauge.history.js';

export interface TrendInput {
  /** The reported values, oldest first. */
  readonly points: readonly PathPoint[];
  /** The path from the baseline to the goal, when the pace is judged. */
  readonly path: { readonly from: PathPoint; readonly to: PathPoint } | null;
  /** The widest the trend may be, in CSS px. */
  readonly width: number;
  readonly fontSize: number;
}

export interface TrendLayout {
  readonly width: number;
  readonly height: number;
  /** The reported values joined, oldest to latest. */
  readonly line: string;
  readonly dots: readonly { readonly x: number; readonly y: number; readonly date: string }[];
  /** The straight path from the baseline to the goal (dashed). */
  readonly pathLine: { readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number } | null;
}

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const round = (n: number) => Math.round(n * 10) / 10;

/** Lays out a trend no wider than 16em and the given width, 3em high; null with fewer than two values. */
export function layoutTrend({ points, path: pace, width, fontSize }: TrendInput): TrendLayout | null {
  if (points.length < 2) return null;
  const w = Math.max(8 * fontSize, Math.min(16 * fontSize, width || 16 * fontSize));
  const h = 3 * fontSize;
  const pad = Math.max(3, fontSize * 0.25);
  const all = pace ? [...points, pace.from, pace.to] : points;
  const times = all.map((p) => day(p.date));
  const values = all.map((p) => p.value);
  const x = linearScale([Math.min(...times), Math.max(...times)], [pad, w - pad]);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const y = linearScale(lo === hi ? [lo - 1, hi + 1] : [lo, hi], [h - pad, pad]);
  const dots = points.map((p) => ({ x: round(x(day(p.date))), y: round(y(p.value)), date: p.date }));
  const line = path();
  dots.forEach((dot, i) => (i ? line.lineTo(dot.x, dot.y) : line.moveTo(dot.x, dot.y)));
  const pathLine = pace
    ? { x1: round(x(day(pace.from.date))), y1: round(y(pace.from.value)), x2: round(x(day(pace.to.date))), y2: round(y(pace.to.value)) }
    : null;
  return { width: round(w), height: round(h), line: line.toString(), dots, pathLine };
}
