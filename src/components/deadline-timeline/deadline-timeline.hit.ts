/**
 * The mark under the pointer, found by position where marks share one outline (and so have no
 * element of their own to hit). Marks are bucketed in a grid of cells one box wide, so a lookup
 * reads the few marks of the nine cells around the pointer instead of every mark on each
 * `pointermove`.
 */
import type { MarkPlacement } from './deadline-timeline.layout.js';

export type MarkAt = (x: number, y: number) => MarkPlacement | null;

/**
 * A lookup of the mark whose box (`reach` either side of its centre) holds a point. Where boxes
 * touch, the mark first in `marks` wins, as a scan in drawing order would find.
 */
export function indexMarks(marks: readonly MarkPlacement[], reach: number): MarkAt {
  // A box is one cell wide, so a mark whose box holds a point lies in the point's cell or a neighbour.
  const size = 2 * reach || 1;
  const cells = new Map<string, number[]>();
  const cell = (x: number, y: number) => `${Math.floor(x / size)},${Math.floor(y / size)}`;
  marks.forEach((mark, order) => {
    const key = cell(mark.x, mark.y);
    cells.set(key, [...(cells.get(key) ?? []), order]);
  });
  return (x, y) => {
    let first = marks.length;
    for (const dx of [-size, 0, size]) {
      for (const dy of [-size, 0, size]) {
        for (const order of cells.get(cell(x + dx, y + dy)) ?? []) {
          const mark = marks[order]!;
          if (order < first && Math.abs(mark.x - x) <= reach && Math.abs(mark.y - y) <= reach) first = order;
        }
      }
    }
    return marks[first] ?? null;
  };
}
