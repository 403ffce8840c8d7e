/**
 * `SizeController`: the width of the host's content box and its font size, both in CSS pixels,
 * kept current by one ResizeObserver. The font size is read from a hidden 1em-wide probe in the
 * shadow root, so a page's large-text switch (适老化) re-lays out the widget like a width change.
 * Measurements reach the widget as values; its `willUpdate` never reads the DOM.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface Size {
  /** Content-box width (0 while hidden or before the first measurement). */
  readonly width: number;
  /** Computed font size of the host. */
  readonly fontSize: number;
}

type SizeHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/** The probe's class; its rule lives in the base styles (`.em-probe`). */
const probeClass = 'em-probe';

export class SizeController implements ReactiveController {
  private current: Size = { width: 0, fontSize: 16 };
  private observer: ResizeObserver | undefined;
  private probe: HTMLElement | undefined;
  private frame = 0;

  constructor(
    private readonly host: SizeHost,
    /** Called when a measurement changed (after the host was asked to update). */
    private readonly onChange?: (size: Size) => void,
  ) {
    host.addController(this);
  }

  get value(): Size {
    return this.current;
  }

  hostConnected(): void {
    if (typeof ResizeObserver === 'undefined') return;
    const root = this.host.renderRoot;
    if (!this.probe) {
      this.probe = document.createElement('span');
      this.probe.className = probeClass;
      this.probe.setAttribute('aria-hidden', 'true');
    }
    root.appendChild(this.probe);
    // Measure once now, so the first render lays out at the real size instead of at 0 and again
    // a frame later.
    this.set(this.measureHost(), this.probe.getBoundingClientRect().width || this.current.fontSize, false);
    this.observer = new ResizeObserver((entries) => {
      let width = this.current.width;
      let fontSize = this.current.fontSize;
      for (const entry of entries) {
        if (entry.target === this.host) width = Math.round(entry.contentRect.width);
        else fontSize = entry.contentRect.width || fontSize;
      }
      // Re-laying out inside the observer's own callback can change the height and make the
      // browser report "ResizeObserver loop completed with undelivered notifications": wait a frame.
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => this.set(width, fontSize, true));
    });
    this.observer.observe(this.host);
    this.observer.observe(this.probe);
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    this.observer?.disconnect();
    this.observer = undefined;
    this.probe?.remove();
  }

  private measureHost(): number {
    const style = getComputedStyle(this.host);
    const width = this.host.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return Math.max(0, Math.round(width) || 0);
  }

  private set(width: number, fontSize: number, notify: boolean): void {
    const rounded = Math.round(fontSize * 100) / 100;
    if (width === this.current.width && rounded === this.current.fontSize) return;
    this.current = { width, fontSize: rounded };
    if (!notify) return;
    this.host.requestUpdate();
    this.onChange?.(this.current);
  }
}
