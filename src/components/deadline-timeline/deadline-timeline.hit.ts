/**
 * The mark under the pointer, found by position where marks share one outline (and so have no
 * element of their own to hit). Marks sit in rows (one y per row of a stack or of the annual
 * lane): the index keeps the rows sorted by y and each row's marks sorted by x, so a lookup is two
 * binary searches instead of a scan of every mark on each `pointermove`.
 */
import type { MarkPlacement } from './deadline-timeline.layout.js';

export type MarkAt = (x: number, y: number) => MarkPlacement | null;

interface Row {
  readonly y: number;
  /** The row's marks by x, each with its index in the layout's order. */
  readonly xs: number[];
  readonly marks: { readonly mark: MarkPlacement; readonly order: number }[];
}

/** The first index in `sorted` whose value is at least `value`. */
function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A lookup of the mark whose box (`reach` either side of its centre) holds a point. Where boxes
 * touch, the mark first in `marks` wins, as a scan in drawing order would find.
 */
export function indexMarks(marks: readonly MarkPlacement[], reach: number): MarkAt {
  const byY = new Map<number, Row>();
  marks.forEach((mark, order) => {
    let row = byY.get(mark.y);
    if (!row) byY.set(mark.y, (row = { y: mark.y, xs: [], marks: [] }));
    row.marks.push({ mark, order });
  });
  const rows = [...byY.values()].sort((a, b) => a.y - b.y);
  for (const row of rows) {
    row.marks.sort((a, b) => a.mark.x - b.mark.x || a.order - b.order);
    for (const { mark } of row.marks) row.xs.push(mark.x);
  }
  const ys = rows.map((row) => row.y);
  // Searches start a hair early, so the exact test below, not rounding in `y - reach`, decides.
  const slack = reach * 1e-9 + 1e-9;
  return (x, y) => {
    let found: { readonly mark: MarkPlacement; readonly order: number } | undefined;
    for (let r = lowerBound(ys, y - reach - slack); r < rows.length && rows[r]!.y <= y + reach + slack; r++) {
      const row = rows[r]!;
      if (Math.abs(row.y - y) > reach) continue;
      for (let i = lowerBound(row.xs, x - reach - slack); i < row.xs.length && row.xs[i]! <= x + reach + slack; i++) {
        const hit = row.marks[i]!;
        if (Math.abs(hit.mark.x - x) <= reach && (!found || hit.order < found.order)) found = hit;
      }
    }
    return found?.mark ?? null;
  };
}
