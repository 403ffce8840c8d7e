/**
 * The geometry of a large <tr-unit-matrix>'s window: which data rows and columns to render for a
 * scroll position, where to scroll to show a cell, and which leading columns stay put. Pure: the
 * sizes come measured from the rendered grid (`unit-matrix.window.ts`), none is written here.
 */

/** Matrices with more cells than this render only what is in view. */
export const virtualizeAbove = 2500;

export function shouldVirtualize(rows: number, columns: number): boolean {
  return rows * columns > virtualizeAbove;
}

/** A half-open range of indexes `[start, end)`. */
export interface Range {
  readonly start: number;
  readonly end: number;
}

/** The data rows and columns rendered (all of them unless the matrix is large). */
export interface Visible {
  readonly rows: Range;
  readonly columns: Range;
}

/** The scroller's box and scroll position, in CSS pixels. */
export interface ScrollBox {
  /** Border-box width: the width the styles' breakpoint is judged on. */
  readonly width: number;
  readonly clientWidth: number;
  readonly clientHeight: number;
  readonly scrollTop: number;
  readonly scrollLeft: number;
}

/** Sizes read from a rendered grid. */
export interface GridMetrics {
  readonly rowHeight: number;
  readonly columnWidth: number;
  /** The sticky header rows. */
  readonly headHeight: number;
  /** The leading columns (row headers, then totals), and the first of them: the row headers. */
  readonly leadWidth: number;
  readonly nameWidth: number;
}

/**
 * Below this width (in em of the widget's text) only the row headers stay put and the totals scroll
 * with the cells; the element sets the `narrow` class the styles key off, so the rule is here once.
 */
export const narrowBelowEm = 34;

/** Whether the scroller's box is narrow (a hidden one, 0 wide, counts as narrow until shown and measured again). */
export function isNarrow(box: ScrollBox | undefined, fontSize: number): boolean {
  return !!box && box.width <= narrowBelowEm * fontSize;
}

/** The width of the leading columns that stay put when scrolling sideways: the row headers always, the totals unless narrow. */
export function stickyWidth(metrics: GridMetrics, narrow: boolean): number {
  return narrow ? metrics.nameWidth : metrics.leadWidth;
}

/**
 * The items of size `itemSize` that intersect a viewport of `viewport` pixels scrolled by `scroll`
 * (both measured in the scrolling area past any sticky headers), plus `overscan` on each side.
 */
export function visibleRange(scroll: number, viewport: number, itemSize: number, count: number, overscan: number): Range {
  if (count <= 0) return { start: 0, end: 0 };
  if (!(itemSize > 0)) return { start: 0, end: Math.min(count, overscan * 2 + 1) };
  const from = Math.max(0, scroll);
  const first = Math.floor(from / itemSize);
  const last = Math.ceil((from + Math.max(0, viewport)) / itemSize);
  const start = Math.min(Math.max(0, first - overscan), count - 1);
  const end = Math.min(count, Math.max(start + 1, last + overscan));
  return { start, end };
}

/** The scroll offset that brings item `index` fully into a viewport of `viewport` pixels, moving as little as possible. */
export function revealScroll(scroll: number, viewport: number, index: number, itemSize: number): number {
  const start = index * itemSize;
  const end = start + itemSize;
  if (start < scroll) return Math.max(0, start);
  if (end > scroll + viewport) return Math.max(0, Math.min(start, end - viewport));
  return scroll;
}

const overscanRows = 6;
const overscanColumns = 4;

/**
 * The data rows and columns to render: those in the scroller's box past the sticky headers, plus
 * a margin. Unmeasured (before the first layout), one data row and one column: all the first
 * measurement (before anything is painted) needs, so the grid is built once at its real size.
 */
export function gridWindow(rows: number, columns: number, narrow: boolean, box: ScrollBox | undefined, metrics: GridMetrics | undefined): Visible {
  if (!box || !metrics) {
    return { rows: visibleRange(0, 0, 0, rows, 0), columns: visibleRange(0, 0, 0, columns, 0) };
  }
  const sticky = stickyWidth(metrics, narrow);
  return {
    rows: visibleRange(box.scrollTop, box.clientHeight - metrics.headHeight, metrics.rowHeight, rows, overscanRows),
    columns: visibleRange(box.scrollLeft + sticky - metrics.leadWidth, box.clientWidth - sticky, metrics.columnWidth, columns, overscanColumns),
  };
}
