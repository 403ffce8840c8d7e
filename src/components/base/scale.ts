/**
 * Linear scales for the widgets' layouts, on d3-array's tick and nice arithmetic. d3-scale's own
 * linear and time scales carry d3-interpolate, d3-color and d3-format (about 11–15 KB gzip in the
 * drop-in file) for colour interpolation and tick formatting the widgets never use: the widgets
 * format with Intl and only map numbers to positions, which is all this does.
 */
import { tickIncrement, ticks } from 'd3-array';

export interface LinearScale {
  /** Maps a domain value to the range (clamped to it when the scale clamps). */
  (value: number): number;
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
  /** Maps a range value back to the domain. */
  invert(position: number): number;
  /** Round values across the domain, about `count` of them (d3-array `ticks`). */
  ticks(count?: number): number[];
}

/** A linear map from `domain` to `range`; with `clamp`, values outside the domain go to its ends. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number], clamp = false): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  const scale = ((value: number) => {
    let t = span === 0 ? 0.5 : (value - d0) / span;
    if (clamp) t = Math.max(0, Math.min(1, t));
    return r0 + t * (r1 - r0);
  }) as LinearScale;
  return Object.assign(scale, {
    domain: [d0, d1] as const,
    range: [r0, r1] as const,
    invert: (position: number) => (r1 === r0 ? d0 : d0 + ((position - r0) / (r1 - r0)) * span),
    ticks: (count = 10) => ticks(Math.min(d0, d1), Math.max(d0, d1), count),
  });
}

/**
 * Extends a domain to round ends, as d3's `scale.nice(count)` does: 0–300 → 0–400 for 5 ticks,
 * 0–1.2 → 0–2, 0–15 → 0–20.
 */
export function niceDomain(start: number, stop: number, count = 10): [number, number] {
  let lo = Math.min(start, stop);
  let hi = Math.max(start, stop);
  let previous: number | undefined;
  for (let i = 0; i < 10; i++) {
    const step = tickIncrement(lo, hi, count);
    if (step === previous || !Number.isFinite(step)) break;
    if (step > 0) {
      lo = Math.floor(lo / step) * step;
      hi = Math.ceil(hi / step) * step;
    } else if (step < 0) {
      lo = Math.ceil(lo * step) / step;
      hi = Math.floor(hi * step) / step;
    } else break;
    previous = step;
  }
  return start <= stop ? [lo, hi] : [hi, lo];
}
