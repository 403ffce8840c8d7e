/**
 * The windowing of a large <tr-unit-matrix>: reads row, column and sticky-header sizes from the
 * rendered grid and turns scroll positions into the data rows and columns to render, or a cell
 * into the scroll position that shows it. The arithmetic itself is in `unit-matrix.layout.ts`.
 */
import { revealScroll, visibleRange, type GridPosition, type Range } from './unit-matrix.layout.js';
import type { MatrixView } from './unit-matrix.view.js';

/** The data rows and columns rendered (all of them unless the matrix is large). */
export interface Visible {
  readonly rows: Range;
  readonly columns: Range;
}

/** Pixel sizes read from the rendered grid. */
interface Metrics {
  readonly rowHeight: number;
  readonly columnWidth: number;
  /** The sticky header rows. */
  readonly headHeight: number;
  /** The leading columns (row headers and totals), and the part of them that stays put. */
  readonly leadWidth: number;
  readonly stickyWidth: number;
}

const overscanRows = 6;
const overscanColumns = 4;
const full = (count: number): Range => ({ start: 0, end: count });

export function sameVisible(a: Visible, b: Visible): boolean {
  return a.rows.start === b.rows.start && a.rows.end === b.rows.end && a.columns.start === b.columns.start && a.columns.end === b.columns.end;
}

export class GridWindow {
  private metrics: Metrics | undefined;

  /** Height of the sticky header rows (0 until measured). */
  get headHeight(): number {
    return this.metrics?.headHeight ?? 0;
  }

  /** Width of the leading columns that stay put when scrolling sideways (0 until measured). */
  get stickyWidth(): number {
    return this.metrics?.stickyWidth ?? 0;
  }

  /** Reads the sizes from the rendered grid; forgets them when it is hidden or empty. */
  measure(scroller: HTMLElement | null, view: MatrixView | undefined): void {
    const grid = scroller?.querySelector('[role="grid"]');
    const head = grid?.querySelector('.row.head');
    const thead = grid?.querySelector('.thead');
    const rowHeight = grid?.querySelector('.row.body')?.getBoundingClientRect().height ?? 0;
    const columnWidth = head?.querySelector('.col-head')?.getBoundingClientRect().width ?? 0;
    if (!view || !head || !thead || !(rowHeight > 0) || !(columnWidth > 0)) {
      this.metrics = undefined;
      return;
    }
    let leadWidth = 0;
    let stickyWidth = 0;
    for (const cell of Array.from(head.children).slice(0, view.leadColumns)) {
      const width = cell.getBoundingClientRect().width;
      leadWidth += width;
      if (getComputedStyle(cell).position === 'sticky') stickyWidth += width;
    }
    this.metrics = { rowHeight, columnWidth, headHeight: thead.getBoundingClientRect().height, leadWidth, stickyWidth };
  }

  /** The rows and columns to render for the scroll position (every one for a small matrix). */
  visible(view: MatrixView, scroller: HTMLElement | null, host: HTMLElement): Visible {
    const rowCount = view.rows.length;
    const columnCount = view.columns.length;
    if (!view.virtual) return { rows: full(rowCount), columns: full(columnCount) };
    const m = this.metrics;
    if (!scroller || !m) {
      // Before the first layout: the window the measured one will be, from the smallest sizes the
      // styles give (2.5em rows under a 2.5em head and 2em totals rows; 2.25em columns after an
      // 8em name and 2.75em totals), so the first render is neither short nor twice what shows.
      // (The scroller's height is capped in the host's em; the grid's sizes are in its 0.875em.)
      const hostEm = parseFloat(getComputedStyle(host).fontSize) || 16;
      const em = hostEm * 0.875;
      const height = Math.min(window.innerHeight * 0.75, 36 * hostEm) - (2.5 + 2 * (view.headRows - 1)) * em;
      const width = (host.clientWidth || window.innerWidth) - (8 + 2.75 * (view.leadColumns - 1)) * em;
      return {
        rows: visibleRange(0, height, 2.5 * em, rowCount, overscanRows),
        columns: visibleRange(0, width, 2.25 * em, columnCount, overscanColumns),
      };
    }
    return {
      rows: visibleRange(scroller.scrollTop, scroller.clientHeight - m.headHeight, m.rowHeight, rowCount, overscanRows),
      columns: visibleRange(
        scroller.scrollLeft + m.stickyWidth - m.leadWidth,
        scroller.clientWidth - m.stickyWidth,
        m.columnWidth,
        columnCount,
        overscanColumns,
      ),
    };
  }

  /**
   * Scrolls so the cell at `position` shows past the sticky headers. Header rows and the sticky
   * leading column never need it; a data row or column scrolls only along its own axis.
   */
  reveal(view: MatrixView, scroller: HTMLElement | null, position: GridPosition): void {
    if (!this.metrics) this.measure(scroller, view);
    const m = this.metrics;
    if (!scroller || !m) return;
    if (position.row >= view.headRows) {
      scroller.scrollTop = revealScroll(scroller.scrollTop, scroller.clientHeight - m.headHeight, position.row - view.headRows, m.rowHeight);
    }
    if (position.column >= view.leadColumns) {
      const shift = m.leadWidth - m.stickyWidth;
      scroller.scrollLeft =
        revealScroll(scroller.scrollLeft - shift, scroller.clientWidth - m.stickyWidth, position.column - view.leadColumns, m.columnWidth) +
        shift;
    } else if (position.column > 0 && m.stickyWidth < m.leadWidth) {
      // A total that scrolls (narrow layout): back to the start.
      scroller.scrollLeft = 0;
    }
  }

  /** Data rows per PageUp / PageDown. */
  pageRows(scroller: HTMLElement | null): number {
    const m = this.metrics;
    return m && scroller ? Math.max(1, Math.floor((scroller.clientHeight - m.headHeight) / m.rowHeight) - 1) : 10;
  }
}
