/**
 * The scroll cue of <tr-unit-matrix>'s grid: when more task columns lie beyond the scroller's
 * inline end, a fade covers the column cut by that edge (so no column shows cut mid-digit) and
 * shows there is more to scroll to. A controller: it reads the scroller's box and the rendered
 * column headers after layout (its ResizeObserver), on a scroll and after a render, and only then
 * writes the cue's position (CSSOM custom properties, allowed under a strict CSP), never reading
 * after writing.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & { readonly renderRoot: ParentNode };

/** Where the cue sits in its frame, in CSS pixels; null when nothing more lies beyond the edge. */
export interface CuePlace {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/**
 * The cue for a scroller whose visible inline end is at `edge` (viewport x) given the rendered
 * column headers' spans (in order): from the start of the column the edge cuts (and of the one
 * before it when less than half of the cut one shows; of the last whole one when the edge falls on
 * a boundary) to the edge, so the fade always covers whole columns. Null when the content does not
 * go past the edge.
 */
export function cueSpan(edge: number, columns: readonly { left: number; right: number }[], more: boolean): { left: number; right: number } | null {
  if (!more) return null;
  const at = columns.findIndex((c) => c.right > edge + 0.5);
  const cut = columns[at];
  if (!cut || cut.left >= edge - 0.5) {
    // The edge falls on a boundary: the fade covers the last whole column.
    const last = columns[(at < 0 ? columns.length : at) - 1];
    return { left: last ? last.left : edge, right: edge };
  }
  // Too little of the cut column shows for the fade: it covers the column before it too.
  const width = cut.right - cut.left;
  const before = edge - cut.left < width / 2 ? columns[at - 1] : undefined;
  return { left: (before ?? cut).left, right: edge };
}

export class ScrollCue implements ReactiveController {
  private observer: ResizeObserver | undefined;
  private observed: Element | null = null;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  private get scroller(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>('[part~="scroller"]');
  }

  hostConnected(): void {
    if (typeof ResizeObserver === 'undefined') return;
    this.observer = new ResizeObserver(() => this.update());
    this.observed = null;
    this.observe();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  hostUpdated(): void {
    this.observe();
    this.update();
  }

  private observe(): void {
    const scroller = this.scroller;
    if (!this.observer || scroller === this.observed) return;
    this.observer.disconnect();
    if (scroller) this.observer.observe(scroller);
    this.observed = scroller;
  }

  /** Reads the scroller and the headers, then places (or hides) the cue. */
  update(): void {
    const scroller = this.scroller;
    const cue = this.host.renderRoot.querySelector<HTMLElement>('.cue');
    const frame = cue?.parentElement;
    if (!scroller || !cue || !frame) return;
    // Reads.
    const { scrollLeft, scrollWidth, clientWidth, clientHeight, clientLeft, clientTop } = scroller;
    const box = scroller.getBoundingClientRect();
    const origin = frame.getBoundingClientRect();
    const edge = box.left + clientLeft + clientWidth;
    const columns = Array.from(scroller.querySelectorAll('.row.head > .col-head'), (c) => c.getBoundingClientRect());
    const span = cueSpan(edge, columns, scrollLeft + clientWidth < scrollWidth - 1);
    // Writes.
    cue.toggleAttribute('hidden', !span);
    if (!span) return;
    const place: CuePlace = { left: span.left - origin.left, top: box.top + clientTop - origin.top, width: span.right - span.left, height: clientHeight };
    for (const [name, value] of Object.entries(place)) {
      const px = `${Math.round(value * 100) / 100}px`;
      if (cue.style.getPropertyValue(`--cue-${name}`) !== px) cue.style.setProperty(`--cue-${name}`, px);
    }
  }
}
