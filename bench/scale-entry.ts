// Scale benchmark page: generated registers of 500 and 2,000 tasks with 60 units; first render of
// the matrix and the timeline, an attribute change, a hover highlight, and the JS heap.
import '../src/index.js';
import { generateRegister } from '../src/data/generate.js';

type Widget = HTMLElement & { register: unknown; updateComplete: Promise<unknown>; performUpdate: () => void };
const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** Records the time the widget spends in Lit updates (render + commit), wherever they are triggered. */
function instrument(widget: Widget): { spent: () => number; reset: () => void } {
  let total = 0;
  const original = widget.performUpdate.bind(widget);
  widget.performUpdate = () => {
    const t = performance.now();
    original();
    total += performance.now() - t;
  };
  return { spent: () => total, reset: () => (total = 0) };
}

/** Forces style and layout now, as the browser must before it can paint the change. */
function layout(widget: Widget): number {
  const t = performance.now();
  widget.getBoundingClientRect();
  widget.shadowRoot?.firstElementChild?.getBoundingClientRect();
  return performance.now() - t;
}

/**
 * Time for a change to be ready to paint: the synchronous part, the widget's updates (including a
 * re-layout its ResizeObserver triggers in the next frame) and style/layout — not the wait for vsync.
 */
async function timeChange(widget: Widget, meter: ReturnType<typeof instrument>, change: () => void): Promise<number> {
  meter.reset();
  const t = performance.now();
  change();
  const sync = performance.now() - t;
  await widget.updateComplete;
  let cost = sync + meter.spent() + layout(widget);
  meter.reset();
  await frame();
  await frame();
  if (meter.spent() > 0) cost += meter.spent() + layout(widget);
  return cost;
}

/**
 * Where a pointer hovers, the `i`th time: a unit × task cell of the matrix (not the totals, which
 * have no tooltip), a different one each time; in the timeline, the mark under the keyboard focus
 * element (which sits on a mark and lets the pointer through), moved on a task each time first
 * with the keyboard and blurred, so each hover brings up the tooltip from hidden.
 */
async function hoverTarget(widget: Widget, i: number): Promise<{ target: Element; x: number; y: number } | null> {
  const root = widget.shadowRoot!;
  const cells = root.querySelectorAll('.row.body > [role="gridcell"]:not(.total)');
  const cell = cells[(i * 7) % Math.max(1, cells.length)];
  const roving = root.querySelector('.roving');
  if (!cell && roving && i > 0) {
    roving.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
    await widget.updateComplete;
    // The key press focused the moved element, which shows its tooltip: blur, so the hover shows it.
    root.querySelector<HTMLElement>('.roving')?.blur();
    await widget.updateComplete;
    await frame();
  }
  // (The focus element is re-created for each task: look it up again.)
  const spot = cell ?? root.querySelector('.roving');
  if (!spot) return null;
  const box = spot.getBoundingClientRect();
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  const target = cell ?? root.elementFromPoint(x, y);
  return target ? { target, x, y } : null;
}

function hover({ target, x, y }: { target: Element; x: number; y: number }): void {
  const init = { bubbles: true, composed: true, clientX: x, clientY: y };
  target.dispatchEvent(new PointerEvent('pointerover', init));
  target.dispatchEvent(new PointerEvent('pointerenter', init));
  target.dispatchEvent(new MouseEvent('mouseover', init));
  target.dispatchEvent(new PointerEvent('pointermove', init));
  target.dispatchEvent(new MouseEvent('mousemove', init));
}

async function measure(tag: string, tasks: number, change: [string, string]) {
  const register = generateRegister({ tasks, units: 60 });
  const box = document.getElementById('stage')!;
  const widget = document.createElement(tag) as Widget;
  const meter = instrument(widget);
  const firstRender = await timeChange(widget, meter, () => {
    widget.setAttribute('as-of', '2026-11-29');
    widget.register = register;
    box.append(widget);
  });

  // Five hovers, each onto a different task; the median (one sample can meet a garbage collection).
  const hovers: number[] = [];
  let hovered = true;
  let found = true;
  for (let i = 0; i < 5; i++) {
    const target = await hoverTarget(widget, i);
    if (!target) {
      found = false;
      break;
    }
    hovers.push(await timeChange(widget, meter, () => hover(target)));
    // The hover must have shown a task's tooltip, or the figure means nothing.
    hovered &&= !!widget.shadowRoot!.querySelector('[part~="tooltip"]:not([hidden])');
  }
  const hoverMs = found ? hovers.sort((a, b) => a - b)[2]! : NaN;
  const attributeChange = await timeChange(widget, meter, () => widget.setAttribute(change[0], change[1]));

  (window as unknown as { gc?: () => void }).gc?.();
  const heap = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? NaN;
  const domNodes = widget.shadowRoot!.querySelectorAll('*').length;
  const ok = !widget.shadowRoot!.querySelector('[role="alert"]');
  widget.remove();
  return { tag, tasks, firstRender, hover: hoverMs, attributeChange, heap, domNodes, ok, hoverTarget: found, hovered };
}

(window as unknown as { __run: (tag: string, tasks: number, attr: string, value: string) => unknown }).__run = (tag, tasks, attr, value) =>
  measure(tag, tasks, [attr, value]);
