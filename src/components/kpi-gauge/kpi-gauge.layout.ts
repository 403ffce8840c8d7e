/**
 * Geometry of <tr-kpi-gauge>: plain numbers and a width in, angles, SVG paths and positions out.
 *
 * The gauge is a 240° arc. It starts at −120° (lower left: the scale's minimum), passes 12 o'clock
 * and ends at +120° (lower right: the maximum). Angles are d3-shape's: radians, clockwise from
 * 12 o'clock, so a point at angle `a` and radius `ρ` sits at `(ρ·sin a, −ρ·cos a)` from the centre.
 * 240° rather than 180° leaves a round hollow for the figures, room under the open bottom for the
 * scale's end labels, and a longer track for the target marker to stand out on.
 *
 * All coordinates are CSS pixels of the measured width (the SVG's viewBox is `0 0 width height`),
 * so text sized in em inside it is as large as the page's text.
 */
import { path } from 'd3-path';
import { linearScale, niceDomain } from '../base/scale.js';
import { textWidth } from '../base/text-metrics.js';

/** The arc's sweep: 240°. */
export const sweep = (4 * Math.PI) / 3;
/** The angle of the scale's minimum (−120°). */
export const startAngle = -sweep / 2;
/** The angle of the scale's maximum (+120°). */
export const endAngle = sweep / 2;
/** The width laid out for while the element has not been measured yet. */
export const defaultWidth = 320;
/** `pathLength` of the value arc's centre line; its dash pattern is in these units. */
export const valuePathLength = 1000;

/** Font size of the scale labels, in em of the widget's font size. */
export const scaleLabelEm = 0.8125;
/** The largest outer radius, in em: a gauge alone in a wide column stays the size of one in a row. */
export const maxRadiusEm = 8;
/** The widest the gauge is laid out, in em; a wider box centres it. */
export const maxWidthEm = 22;
/** The scale's end labels are given at least this much room (in em of the label size), so short ones do not change the radius. */
const endReserveEm = 2.5;

export interface DomainInput {
  /** Percent measures default to a 0–100 scale while every figure fits in it. */
  readonly percent: boolean;
  /** The `min` attribute, if given. */
  readonly min: number | null;
  /** The `max` attribute, if given. */
  readonly max: number | null;
  /** Every figure the scale must hold: targets (band ends), value, baseline, expected value. */
  readonly figures: readonly number[];
}

/** Percentages whose highest figure is at least this get a 0–100 scale. */
export const percentFullScaleFrom = 25;

/**
 * The scale's `[min, max]`. Given ends are kept. The default minimum is 0 (or a round number below a
 * negative figure); the default maximum is 100 for percentages whose figures fit in it and reach at
 * least 25 (so the target stands at least a quarter along the arc: 50%, 90%), else a round number
 * comfortably above every figure (the highest plus a quarter of the span, rounded up by d3's
 * `nice()` to a step of 1, 2 or 5 × 10ⁿ): 300 → 400, 15 → 20, 1.2 → 2, 5 → 7, 2–3% → 4%.
 * The result may have `min >= max` only when both ends were given or `max` was: the caller reports that.
 */
export function gaugeDomain({ percent, min, max, figures }: DomainInput): [number, number] {
  const finite = figures.filter(Number.isFinite);
  const lowest = Math.min(0, ...finite);
  const highest = Math.max(0, ...finite);
  const lo = min ?? lowest;
  if (max !== null) return [lo, max];
  if (percent && highest <= 100 && highest >= percentFullScaleFrom && lo < 100) return [lo, 100];
  const top = Math.max(highest, lo);
  const span = top - lo;
  const raw = top + (span > 0 ? span * 0.25 : Math.abs(top) * 0.25 || 1);
  const [niceLo, niceHi] = niceDomain(lo, raw, 5);
  return [min ?? niceLo, niceHi];
}

export interface GaugeMarkInput {
  readonly value: number;
  /** Text beside the marker, outside the arc (a short figure such as `300` or `50%`). */
  readonly label: string;
}

export interface GaugeInput {
  /** Measured width in CSS px; 0 (not measured yet) lays out for `defaultWidth`. */
  readonly width: number;
  /** The widget's font size in CSS px (labels are sized from it). */
  readonly fontSize: number;
  readonly domain: readonly [number, number];
  /** The actual value, or null when none was reported. */
  readonly value: number | null;
  /** One marker for a point target; two (its ends) for a range. */
  readonly targets: readonly GaugeMarkInput[];
  /** A shaded stretch of the scale: the tolerance of "about", a range, or the zone above a cap. */
  readonly band: readonly [number, number] | null;
  /** Where the value should be by now on the straight line from baseline to target. */
  readonly expected: number | null;
  /** Labels at the two ends of the arc: the scale's minimum and maximum. */
  readonly endLabels: readonly [string, string];
}

export type TextAnchor = 'start' | 'middle' | 'end';
export type Baseline = 'auto' | 'central' | 'hanging';

export interface Label {
  readonly x: number;
  readonly y: number;
  readonly anchor: TextAnchor;
  readonly baseline: Baseline;
  readonly text: string;
}

export interface TargetMark {
  readonly value: number;
  readonly angle: number;
  /** The marker line, across the track and a little beyond it. */
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  /** Null when the gauge is too narrow for labels on the arc (the target is in the text anyway). */
  readonly label: Label | null;
}

export interface Tick {
  readonly value: number;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/**
 * How the figures are set: `xs` puts all of them under the arc (the hollow is too small even for the
 * value), `s` keeps the value in the hollow and stacks the target and share under the arc, `m` sets
 * them all in the hollow.
 */
export type GaugeSize = 'xs' | 's' | 'm';

export interface GaugeLayout {
  readonly width: number;
  readonly height: number;
  /** The arc's centre in the SVG; every mark below is relative to it. */
  readonly cx: number;
  readonly cy: number;
  readonly outerRadius: number;
  readonly innerRadius: number;
  readonly domain: readonly [number, number];
  /** The track: the whole 240° annulus (d3 arc path). */
  readonly track: string;
  /** The centre line of the track, stroked to draw the value arc with a dash pattern. */
  readonly centreLine: string;
  readonly strokeWidth: number;
  /** The value arc, from zero (or the scale's minimum) to the value; null without a value. */
  readonly value: {
    readonly startAngle: number;
    readonly endAngle: number;
    /** `stroke-dasharray` on `centreLine` with `pathLength = valuePathLength`. */
    readonly dashArray: string;
  } | null;
  readonly targets: readonly TargetMark[];
  readonly band: { readonly startAngle: number; readonly endAngle: number; readonly path: string } | null;
  /** A small triangle pointing at the expected value from inside the track. */
  readonly expected: { readonly angle: number; readonly path: string } | null;
  readonly ticks: readonly Tick[];
  /** The scale's minimum and maximum under the arc's ends (one is left out where a target label covers it). */
  readonly endLabels: readonly Label[];
  /** The box in the hollow for the figures (relative to the centre). */
  readonly center: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
  readonly size: GaugeSize;
}

export { textWidth };

const round = (n: number) => Math.round(n * 100) / 100;
const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));
const pointAt = (angle: number, radius: number) => [round(radius * Math.sin(angle)), round(-radius * Math.cos(angle))] as const;

/**
 * The ring between two radii from angle `a0` to `a1` (radians, 0 at 12 o'clock, clockwise, as in
 * d3-shape's `arc`), drawn with d3-path: the outer edge clockwise, the inner edge back.
 */
export function annulus(inner: number, outer: number, a0: number, a1: number): string {
  const ring = path();
  ring.arc(0, 0, outer, a0 - Math.PI / 2, a1 - Math.PI / 2, false);
  ring.arc(0, 0, inner, a1 - Math.PI / 2, a0 - Math.PI / 2, true);
  ring.closePath();
  return ring.toString();
}

/** A scale from the domain to angles, clamped to the arc. */
export function angleScale(domain: readonly [number, number]) {
  return linearScale([domain[0], domain[1]], [startAngle, endAngle], true);
}

function anchorAt(angle: number): TextAnchor {
  const s = Math.sin(angle);
  return s > 0.3 ? 'start' : s < -0.3 ? 'end' : 'middle';
}

function baselineAt(angle: number): Baseline {
  const c = Math.cos(angle);
  return c > 0.3 ? 'auto' : c < -0.3 ? 'hanging' : 'central';
}

/** Height of a label above (and below) its anchor point, for each baseline. */
function extentOf(baseline: Baseline, height: number): [number, number] {
  return baseline === 'auto' ? [height * 0.8, height * 0.2] : baseline === 'hanging' ? [0, height] : [height / 2, height / 2];
}

// Distances from the outer radius, in px.
const bandGap = 2;
const bandWidth = 5;
const markerOut = 10;
const labelOut = 14;

/** Lays the gauge out for a width (at most `maxWidthEm`): the radius from the width and font size, then every mark. */
export function layoutGauge(input: GaugeInput): GaugeLayout {
  const font = input.fontSize > 0 ? input.fontSize : 16;
  const width = Math.min(input.width > 0 ? input.width : defaultWidth, Math.round(maxWidthEm * font));
  const labelPx = font * scaleLabelEm;
  const labelHeight = labelPx * 1.3;
  const domain = input.domain;
  const toAngle = angleScale(domain);
  const half = width / 2 - 1;
  const labelled = width >= 15 * font;

  // The radius depends on the width and the font size alone, never on the figures of the labels,
  // so gauges side by side in a row draw arcs of one size. It is the largest that keeps the band
  // and the scale's ends inside the width (ends shorter than `endReserveEm` count as that long),
  // up to `maxRadiusEm`. Target labels then go where they fit at that radius; one that does not
  // fit is left out (the target is in the text under the figure anyway).
  const endWidth = Math.max(textWidth(input.endLabels[0], labelPx), textWidth(input.endLabels[1], labelPx), endReserveEm * labelPx);
  const outer = Math.max(24, Math.min(half - bandGap - bandWidth, maxRadiusEm * font, (half - endWidth / 2) / Math.sin(endAngle)));
  const fits = (value: number, text: string) => {
    const angle = toAngle(value);
    const w = textWidth(text, labelPx);
    const reach = anchorAt(angle) === 'middle' ? w / 2 : w;
    return Math.abs(Math.sin(angle)) * (outer + labelOut) + reach <= half;
  };
  let texts: (string | null)[] = input.targets.map((target) => (labelled ? target.label : null));
  // A range squeezed on its scale: one label `2%–3%` at its first end rather than two on top of each other.
  const [low, high] = input.targets;
  if (labelled && low && high && Math.abs(toAngle(high.value) - toAngle(low.value)) * (outer + labelOut) < labelHeight * 1.5) {
    texts = [`${low.label}–${high.label}`, null];
  }
  texts = texts.map((text, i) => (text && fits(input.targets[i]!.value, text) ? text : null));
  const strokeWidth = round(clamp(outer * 0.15, 8, 22));
  const inner = outer - strokeWidth;
  const middle = (outer + inner) / 2;

  const targets = input.targets.map((target, i): TargetMark => {
    const angle = toAngle(target.value);
    const [x1, y1] = pointAt(angle, inner - 3);
    const [x2, y2] = pointAt(angle, outer + markerOut);
    const [lx, ly] = pointAt(angle, outer + labelOut);
    const text = texts[i];
    const label: Label | null = text ? { x: lx, y: ly, anchor: anchorAt(angle), baseline: baselineAt(angle), text } : null;
    return { value: target.value, angle, x1, y1, x2, y2, label };
  });

  // The scale's ends, under the ends of the arc; one a target label would cover is left out.
  const [startX, startY] = pointAt(startAngle, middle);
  const [endX, endY] = pointAt(endAngle, middle);
  const endLabelY = round(outer * -Math.cos(endAngle) + 4);
  const boxOf = (label: Label) => {
    const w = textWidth(label.text, labelPx);
    const left = label.anchor === 'start' ? label.x : label.anchor === 'middle' ? label.x - w / 2 : label.x - w;
    const [above, below] = extentOf(label.baseline, labelHeight);
    return { left, right: left + w, top: label.y - above, bottom: label.y + below };
  };
  const targetBoxes = targets.flatMap((t) => (t.label ? [boxOf(t.label)] : []));
  const endLabels = (
    [
      { x: startX, y: endLabelY, anchor: 'middle', baseline: 'hanging', text: input.endLabels[0] },
      { x: endX, y: endLabelY, anchor: 'middle', baseline: 'hanging', text: input.endLabels[1] },
    ] as const
  ).filter((label) => {
    const box = boxOf(label);
    return !targetBoxes.some((t) => t.left < box.right && box.left < t.right && t.top < box.bottom && box.top < t.bottom);
  });

  const hollow = inner - 8;
  const center = { x: round(-0.85 * hollow), y: round(-0.6 * hollow), width: round(1.7 * hollow), height: round(1.27 * hollow) };
  const size: GaugeSize = center.width < 4.5 * font ? 'xs' : center.width < 9.5 * font ? 's' : 'm';

  // Vertical extent, relative to the centre: the band on top, labels, the end labels below.
  let top = -(outer + bandGap + bandWidth);
  let bottom = Math.max(endLabelY + labelHeight, center.y + center.height);
  for (const { label } of targets) {
    if (!label) continue;
    const [above, below] = extentOf(label.baseline, labelHeight);
    top = Math.min(top, label.y - above);
    bottom = Math.max(bottom, label.y + below);
  }
  const cy = round(-top + 2);
  const height = Math.ceil(cy + bottom + 2);

  const track = annulus(inner, outer, startAngle, endAngle);

  let value: GaugeLayout['value'] = null;
  if (input.value !== null) {
    const origin = toAngle(clamp(0, domain[0], domain[1]));
    const to = toAngle(input.value);
    const from = Math.min(origin, to);
    const offset = ((from - startAngle) / sweep) * valuePathLength;
    const length = (Math.abs(to - origin) / sweep) * valuePathLength;
    value = { startAngle: origin, endAngle: to, dashArray: `0 ${round(offset)} ${round(length)} ${valuePathLength * 2}` };
  }

  let band: GaugeLayout['band'] = null;
  if (input.band) {
    const a0 = toAngle(Math.min(...input.band));
    const a1 = toAngle(Math.max(...input.band));
    const path = annulus(outer + bandGap, outer + bandGap + bandWidth, a0, a1);
    band = { startAngle: a0, endAngle: a1, path };
  }

  let expected: GaugeLayout['expected'] = null;
  if (input.expected !== null) {
    const angle = toAngle(input.expected);
    const apex = pointAt(angle, inner - 1);
    const spread = 5 / (inner - 10);
    const left = pointAt(angle - spread, inner - 10);
    const right = pointAt(angle + spread, inner - 10);
    expected = { angle, path: `M${apex[0]},${apex[1]}L${left[0]},${left[1]}L${right[0]},${right[1]}Z` };
  }

  const ticks = toAngle
    .ticks(outer < 80 ? 3 : 5)
    .map((tick): Tick => {
      const angle = toAngle(tick);
      const [x1, y1] = pointAt(angle, inner - 6);
      const [x2, y2] = pointAt(angle, inner - 2);
      return { value: tick, x1, y1, x2, y2 };
    });

  return {
    width,
    height,
    cx: round(width / 2),
    cy,
    outerRadius: round(outer),
    innerRadius: round(inner),
    domain,
    track,
    centreLine: `M${startX},${startY}A${round(middle)},${round(middle)} 0 1 1 ${endX},${endY}`,
    strokeWidth,
    value,
    targets,
    band,
    expected,
    ticks,
    endLabels,
    center,
    size,
  };
}
