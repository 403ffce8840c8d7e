import { expect, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { createWidget, widgetCases } from './support/widgets.js';

/** Counts what a widget could leave behind: observers, global listeners, pending timers and frames. */
class LeakProbe {
  private readonly restore: (() => void)[] = [];
  readonly liveObservers = new Set<object>();
  readonly globalListeners = new Set<string>();
  readonly timers = new Set<number>();
  readonly frames = new Set<number>();

  install(): void {
    const probe = this;
    for (const Base of [ResizeObserver, MutationObserver, IntersectionObserver] as const) {
      const name = Base.name as 'ResizeObserver' | 'MutationObserver' | 'IntersectionObserver';
      const original = window[name];
      const observe = original.prototype.observe;
      const disconnect = original.prototype.disconnect;
      original.prototype.observe = function (this: object, ...args: unknown[]) {
        probe.liveObservers.add(this);
        return (observe as (...a: unknown[]) => void).apply(this, args);
      };
      original.prototype.disconnect = function (this: object) {
        probe.liveObservers.delete(this);
        return disconnect.apply(this as never);
      };
      this.restore.push(() => {
        original.prototype.observe = observe as never;
        original.prototype.disconnect = disconnect;
      });
    }
    const globals = new Set<EventTarget>([window, document, document.documentElement, document.body]);
    const add = EventTarget.prototype.addEventListener;
    const remove = EventTarget.prototype.removeEventListener;
    const ids = new WeakMap<object, number>();
    let nextId = 0;
    const key = (target: EventTarget, type: string, listener: unknown, options: unknown) => {
      const capture = typeof options === 'boolean' ? options : !!(options as AddEventListenerOptions | undefined)?.capture;
      const listenerId = listener && typeof listener === 'object' || typeof listener === 'function' ? (ids.get(listener as object) ?? (ids.set(listener as object, ++nextId), nextId)) : 0;
      return `${[...globals].indexOf(target)}|${type}|${listenerId}|${capture}`;
    };
    EventTarget.prototype.addEventListener = function (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
      if (globals.has(this) && !(typeof options === 'object' && options.once)) probe.globalListeners.add(key(this, type, listener, options));
      return add.call(this, type, listener, options);
    };
    EventTarget.prototype.removeEventListener = function (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
      if (globals.has(this)) probe.globalListeners.delete(key(this, type, listener, options));
      return remove.call(this, type, listener, options);
    };
    this.restore.push(() => {
      EventTarget.prototype.addEventListener = add;
      EventTarget.prototype.removeEventListener = remove;
    });
    const { setTimeout: set, clearTimeout: clear, setInterval: every, clearInterval: stop, requestAnimationFrame: raf, cancelAnimationFrame: caf } = window;
    window.setTimeout = ((handler: TimerHandler, ms?: number, ...rest: unknown[]) => {
      const id: number = set(() => {
        probe.timers.delete(id);
        if (typeof handler === 'function') (handler as (...a: unknown[]) => void)(...rest);
      }, ms);
      probe.timers.add(id);
      return id;
    }) as typeof window.setTimeout;
    window.clearTimeout = ((id?: number) => {
      if (id !== undefined) probe.timers.delete(id);
      clear(id);
    }) as typeof window.clearTimeout;
    window.setInterval = ((handler: TimerHandler, ms?: number, ...rest: unknown[]) => {
      const id = every(handler, ms, ...rest);
      probe.timers.add(id);
      return id;
    }) as typeof window.setInterval;
    window.clearInterval = ((id?: number) => {
      if (id !== undefined) probe.timers.delete(id);
      stop(id);
    }) as typeof window.clearInterval;
    window.requestAnimationFrame = (callback: FrameRequestCallback) => {
      const id = raf((time) => {
        probe.frames.delete(id);
        callback(time);
      });
      probe.frames.add(id);
      return id;
    };
    window.cancelAnimationFrame = (id: number) => {
      probe.frames.delete(id);
      caf(id);
    };
    this.restore.push(() => Object.assign(window, { setTimeout: set, clearTimeout: clear, setInterval: every, clearInterval: stop, requestAnimationFrame: raf, cancelAnimationFrame: caf }));
  }

  uninstall(): void {
    this.restore.reverse().forEach((undo) => undo());
  }

  snapshot() {
    return { observers: this.liveObservers.size, listeners: [...this.globalListeners].sort(), timers: this.timers.size, frames: this.frames.size };
  }
}

/**
 * Waits until the probe is back where it started (timers and frames the last widget scheduled have
 * run, its observers are gone); on a leak it gives up after two seconds and the assertion shows it.
 */
async function drained(probe: LeakProbe, before: ReturnType<LeakProbe['snapshot']>): Promise<void> {
  await waitUntil(() => JSON.stringify(probe.snapshot()) === JSON.stringify(before), 'left behind', { timeout: 2000 }).catch(() => undefined);
}
type Gc = { gc?: () => void };
type MemoryPerformance = Performance & { memory?: { usedJSHeapSize: number } };
function heapAfterGc(): number {
  (window as Gc).gc?.();
  return (performance as MemoryPerformance).memory?.usedJSHeapSize ?? 0;
}

describe('lifecycle', () => {
  for (const widget of widgetCases) {
    it(`<${widget.tag}>: 1,000 attach/detach cycles leave no observers, listeners, timers, frames or growing heap`, async function () {
      this.timeout(180_000);
      const probe = new LeakProbe();
      const container = document.createElement('div');
      container.className = 'lifecycle-host';
      document.body.append(container);
      probe.install();
      let heapAt200 = 0;
      try {
        const before = probe.snapshot();
        for (let cycle = 1; cycle <= 1000; cycle++) {
          const element = createWidget(widget) as HTMLElement & { updateComplete: Promise<unknown> };
          container.append(element);
          await element.updateComplete;
          element.remove();
          if (cycle === 200) {
            await drained(probe, before);
            heapAt200 = heapAfterGc();
          }
        }
        await drained(probe, before);
        expect(probe.snapshot()).to.deep.equal(before);
        const growth = heapAfterGc() - heapAt200;
        // A widget kept alive per cycle would add tens of megabytes over 800 cycles.
        expect(growth, `heap grew by ${growth} bytes`).to.be.below(2 * 1024 * 1024);
      } finally {
        probe.uninstall();
        container.remove();
      }
    });
  }

  it('the probe would catch a leak: a forgotten observer and listener show up', async () => {
    const probe = new LeakProbe();
    probe.install();
    try {
      const before = probe.snapshot();
      new ResizeObserver(() => {}).observe(document.body);
      const listener = () => {};
      window.addEventListener('resize', listener);
      setTimeout(() => {}, 10_000);
      const after = probe.snapshot();
      expect(after.observers).to.equal(before.observers + 1);
      expect(after.listeners.length).to.equal(before.listeners.length + 1);
      expect(after.timers).to.equal(before.timers + 1);
      window.removeEventListener('resize', listener);
    } finally {
      probe.uninstall();
    }
  });
});
