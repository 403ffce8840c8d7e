/**
 * The window of a large <tr-unit-matrix>: a controller that keeps which data rows and columns are
 * rendered and whether the box is narrow. It measures the scroller's box and a rendered header
 * row, body row and leading cells after layout (its ResizeObserver) or on a scroll, never while
 * the widget updates; `layout` turns those cached sizes into the window. It also sets the spacers
 * standing in for what is not rendered and scrolls a highlighted line or a cell into view. The
 * arithmetic is in `unit-matrix.layout.ts`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { GridPosition } from '../base/roving.js';
import { placeTooltipIn } from '../base/tooltip.js';
import { cellAt } from './unit-matrix.grid.js';
import { gridWindow, isNarrow, revealScroll, stickyWidth, type GridMetrics, type ScrollBox, type Visible } from './unit-matrix.layout.js';
import type { MatrixView } from './unit-matrix.view.js';

type Host = ReactiveControllerHost & { readonly renderRoot: ParentNode };

const width = (element: Element | null | undefined) => element?.getBoundingClientRect().width ?? 0;
const none = { start: 0, end: 0 };

export class GridWindow implements ReactiveController {
  /** The data rows and columns rendered (all of them unless the matrix is large). */
  visible: Visible = { rows: none, columns: none };
  /** Whether the box is narrow, so only the row headers stay put when scrolling sideways. */
  narrow = false;
  /** The scroller's box and scroll position at the last measurement or scroll. */
  box: ScrollBox | undefined;
  /** Sizes of the rendered grid (undefined while hidden or before the first layout). */
  metrics: GridMetrics | undefined;
  /** The highlighted row and column last brought into view. */
  private revealed = '';
  private observer: ResizeObserver | undefined;
  private observed: (Element | null | undefined)[] = [];

  constructor(
    private readonly host: Host,
    private readonly view: () => MatrixView | undefined,
    /** The widget's font size in CSS pixels, as last measured. */
    private readonly fontSize: () => number,
  ) {
    host.addController(this);
  }

  get scroller(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>('[part~="scroller"]');
  }

  /**
   * The window and the narrowness from the cached sizes (no DOM read), for a new view, a new
   * font size, a measurement or a scroll; asks the host to render when they changed.
   */
  layout(): void {
    const view = this.view();
    if (!view) return;
    const narrow = isNarrow(this.box, this.fontSize());
    const rows = view.rows.length;
    const columns = view.columns.length;
    const visible = view.virtual ? gridWindow(rows, columns, narrow, this.box, this.metrics) : { rows: { start: 0, end: rows }, columns: { start: 0, end: columns } };
    if (narrow === this.narrow && JSON.stringify(visible) === JSON.stringify(this.visible)) return;
    this.narrow = narrow;
    this.visible = visible;
    this.host.requestUpdate();
  }

  hostConnected(): void {
    if (typeof ResizeObserver === 'undefined') return;
    // After layout and before paint: the first window is right in the first frame painted.
    this.observer = new ResizeObserver(() => {
      this.measure();
      this.layout();
    });
    this.observed = [];
    // Reconnected after a move in the page: nothing re-renders, so observe the grid again now.
    this.observe(this.scroller);
  }

  hostDisconnected(): void {
    // A new observer starts when the widget is connected again.
    this.observer?.disconnect();
  }

  hostUpdated(): void {
    const scroller = this.scroller;
    const view = this.view();
    this.observe(scroller);
    if (!scroller || !view) return;
    // The spacers standing in for the rows and columns not rendered (CSSOM: allowed under a strict CSP).
    const { rows, columns } = this.visible;
    const spacers: [string, number][] = [
      ['--row-start', rows.start],
      ['--row-rest', view.rows.length - rows.end],
      ['--col-start', columns.start],
      ['--col-rest', view.columns.length - columns.end],
    ];
    for (const [name, value] of spacers) {
      if (scroller.style.getPropertyValue(name) !== String(value)) scroller.style.setProperty(name, String(value));
    }
    const marked = view.markedRow >= 0 || view.markedColumn >= 0 ? `${view.markedRow}:${view.markedColumn}:${view.rowsAreUnits}` : '';
    if (marked !== this.revealed) {
      // Bring a newly highlighted row or column into view once the grid is laid out for its box
      // (the narrow layout moves the sticky edge); the scroll event then renders that window.
      this.measure();
      if (isNarrow(this.box, this.fontSize()) !== this.narrow) return;
      this.revealed = marked;
      const row = view.markedRow >= 0 ? view.headRows + view.markedRow : 0;
      const column = view.markedColumn >= 0 ? view.leadColumns + view.markedColumn : 0;
      if (marked) this.reveal({ row, column });
    }
  }

  /** Observes the scroller and the grid rendered (new ones after an empty view or an error). */
  private observe(scroller: HTMLElement | null): void {
    const observer = this.observer;
    const grid = scroller?.querySelector('[role="grid"]');
    const [observedScroller, observedGrid] = this.observed;
    if (!observer || (scroller === observedScroller && grid === observedGrid)) return;
    observer.disconnect();
    if (scroller && grid) {
      observer.observe(scroller);
      observer.observe(grid);
    }
    this.observed = [scroller, grid];
  }

  /** The scroller scrolled: read its position, render what came into view. */
  onScroll(scroller: HTMLElement): void {
    this.readBox(scroller);
    this.layout();
  }

  private readBox(scroller: HTMLElement): void {
    const { clientWidth, clientHeight, scrollTop, scrollLeft } = scroller;
    // offsetWidth: the layout width, as the styles' breakpoint sees it (a transformed ancestor scales rects).
    this.box = { width: scroller.offsetWidth, clientWidth, clientHeight, scrollTop, scrollLeft };
  }

  /** Reads the box and the grid's sizes; forgets the sizes when the grid is hidden or empty. */
  private measure(): void {
    const scroller = this.scroller;
    const view = this.view();
    if (!scroller) return;
    this.readBox(scroller);
    const grid = scroller.querySelector('[role="grid"]');
    const head = grid?.querySelector('.row.head');
    const rowHeight = grid?.querySelector('.row.body')?.getBoundingClientRect().height ?? 0;
    const columnWidth = width(head?.querySelector('.col-head'));
    // The leading cells of the header row: the row headers' column, then the totals'.
    const lead = head ? Array.from(head.children).slice(0, view?.leadColumns).map(width) : [];
    this.metrics =
      view && rowHeight > 0 && columnWidth > 0
        ? {
            rowHeight,
            columnWidth,
            headHeight: grid!.querySelector('.thead')!.getBoundingClientRect().height,
            leadWidth: lead.reduce((sum, w) => sum + w, 0),
            nameWidth: lead[0]!,
          }
        : undefined;
  }

  /**
   * Scrolls so the cell at `position` shows past the header rows and the leading columns that stay
   * put (the scroll event, or `layout`, then renders the window there). Header rows and the sticky leading columns never need it;
   * a data row or column scrolls only along its own axis.
   */
  reveal(position: GridPosition): void {
    const scroller = this.scroller;
    const view = this.view();
    if (!this.metrics) this.measure();
    const m = this.metrics;
    if (!scroller || !view || !m) return;
    if (position.row >= view.headRows) {
      scroller.scrollTop = revealScroll(scroller.scrollTop, scroller.clientHeight - m.headHeight, position.row - view.headRows, m.rowHeight);
    }
    const sticky = stickyWidth(m, this.narrow);
    if (position.column >= view.leadColumns) {
      const shift = m.leadWidth - sticky;
      scroller.scrollLeft =
        revealScroll(scroller.scrollLeft - shift, scroller.clientWidth - sticky, position.column - view.leadColumns, m.columnWidth) + shift;
    } else if (position.column > 0 && sticky < m.leadWidth) {
      // A total that scrolls (narrow layout): back to the start.
      scroller.scrollLeft = 0;
    }
    this.readBox(scroller);
  }

  /** Data rows per PageUp / PageDown. */
  pageRows(): number {
    const m = this.metrics;
    const box = this.box;
    return m && box ? Math.max(1, Math.floor((box.clientHeight - m.headHeight) / m.rowHeight) - 1) : 10;
  }

  /** Whether a cell's box is out of the scroller's sight: scrolled away, or under the sticky headers. */
  hides(cell: DOMRect, position: GridPosition): boolean {
    const s = this.scroller!.getBoundingClientRect();
    const view = this.view()!;
    const m = this.metrics;
    const top = s.top + (m && position.row >= view.headRows ? m.headHeight : 0);
    const left = s.left + (m && position.column >= view.leadColumns ? stickyWidth(m, this.narrow) : 0);
    return cell.bottom <= top + 1 || cell.top >= s.bottom - 1 || cell.right <= left + 1 || cell.left >= s.right - 1;
  }

  /**
   * Places the tooltip by the cell it describes at `position`, when it opens or the grid scrolls;
   * hides it while that cell is scrolled out of sight. The tooltip sits in the widget, so a page
   * scroll moves both.
   */
  placeTip(position: GridPosition | null): void {
    const tip = this.host.renderRoot.querySelector<HTMLElement>('[part~="tooltip"]');
    const base = this.host.renderRoot.querySelector<HTMLElement>('[part~="base"]');
    const scroller = this.scroller;
    if (!tip || tip.hidden || !base || !scroller || !position) return;
    const cell = cellAt(scroller, position)?.getBoundingClientRect();
    const off = !cell || this.hides(cell, position);
    tip.toggleAttribute('data-off', off);
    if (!off) placeTooltipIn(tip, cell, base);
  }
}
