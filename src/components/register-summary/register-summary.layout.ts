/**
 * Geometry of the summary's completion bar: counts and a width in, stretches out. Plain arithmetic:
 * a share of a width needs no scale module in the drop-in file.
 */
import type { Segment } from './register-summary.model.js';

export interface BarStretch {
  readonly key: Segment;
  readonly x: number;
  readonly width: number;
}

/** The width laid out for before the summary has been measured. */
export const defaultBarWidth = 480;

/** Stretches side by side across `width` px, each as long as its share of the tasks; a 1 px gap between. */
export function layoutBar(parts: readonly { key: Segment; count: number }[], width: number): BarStretch[] {
  const total = parts.reduce((n, part) => n + part.count, 0);
  const w = width > 0 ? width : defaultBarWidth;
  if (!total) return [];
  const x = (count: number) => (count / total) * w;
  let before = 0;
  return parts.map((part) => {
    const start = x(before);
    before += part.count;
    const end = x(before);
    const gap = end < w ? 1 : 0;
    return { key: part.key, x: Math.round(start * 10) / 10, width: Math.max(0, Math.round((end - start - gap) * 10) / 10) };
  });
}
