import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether the page is being printed: `beforeprint` / `afterprint` and the print media query (which
 * also follows emulated print media), so a widget can lay itself out for paper before the page is
 * laid out for printing.
 */
export class PrintController implements ReactiveController {
  private readonly media = typeof matchMedia === 'function' ? matchMedia('print') : undefined;
  printing = !!this.media?.matches;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  private readonly onPrint = (event: Event): void => {
    const printing = event.type === 'beforeprint' || (event.type !== 'afterprint' && !!this.media?.matches);
    if (printing === this.printing) return;
    this.printing = printing;
    this.host.requestUpdate();
  };

  hostConnected(): void {
    this.media?.addEventListener('change', this.onPrint);
    for (const type of ['beforeprint', 'afterprint']) window.addEventListener(type, this.onPrint);
  }

  hostDisconnected(): void {
    this.media?.removeEventListener('change', this.onPrint);
    for (const type of ['beforeprint', 'afterprint']) window.removeEventListener(type, this.onPrint);
  }
}
