// Scale benchmark page with progress: a generated register (2,000 tasks, 60 units by default) and
// a generated progress file (10 reports per task), given to the widgets as the `register` and
// `progress` properties. Cases: the task list's first render and search keystrokes, the
// scorecard's first render, the matrix (`color-by="status"`) and timeline first render with the
// progress, and a dashboard of every widget with a linked selection made in the scorecard.
//
// Two figures per change:
// - `wall`: from the change (the property set, the input event, the click) until every widget's
//   `updateComplete` has resolved with nothing left to update, plus one frame (rAF, then a task);
// - `work`: the widgets' own Lit updates (render and commit) plus the style and layout they force,
//   without the waits: the measure of the plain scale cases (`scale-entry.ts`).
import '../src/index.js';
import { generateRegister } from '../src/data/generate.js';
import type { Register } from '../src/data/model.js';
import { parseProgress } from '../src/data/progress.js';
import { countStates } from '../src/data/status.js';
import { generateProgress, type ProgressFile } from './progress-gen.js';

type Widget = HTMLElement & {
  register: unknown;
  progress: unknown;
  updateComplete: Promise<unknown>;
  isUpdatePending: boolean;
  performUpdate: () => void;
};

const asOf = '2026-11-29';
const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
/** A task boundary without timer clamping. */
const task = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });

/** Time each widget spends in Lit updates (render + commit), wherever they are triggered. */
class Meter {
  private readonly spentBy = new Map<Widget, number>();

  add(widget: Widget): void {
    this.spentBy.set(widget, 0);
    const original = widget.performUpdate.bind(widget);
    widget.performUpdate = () => {
      const t = performance.now();
      try {
        original();
      } finally {
        this.spentBy.set(widget, this.spentBy.get(widget)! + performance.now() - t);
      }
    };
  }

  total(): number {
    let sum = 0;
    for (const spent of this.spentBy.values()) sum += spent;
    return sum;
  }

  byWidget(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [widget, spent] of this.spentBy) out[widget.localName] = (out[widget.localName] ?? 0) + spent;
    return out;
  }

  reset(): void {
    for (const widget of this.spentBy.keys()) this.spentBy.set(widget, 0);
  }
}

/**
 * Resolves once the widget has rendered with its data: `updateComplete` resolved, no update
 * pending, and no loading message (the progress is checked in an update after the first, once the
 * validator module has resolved).
 */
async function settle(widget: Widget): Promise<void> {
  for (let i = 0; i < 10000; i++) {
    await widget.updateComplete;
    if (widget.isUpdatePending) continue;
    if (![...(widget.shadowRoot?.children ?? [])].some((child) => child.matches('[part~="loading"]'))) return;
    await task();
  }
  throw new Error(`${widget.localName} did not finish loading`);
}

/** Forces style and layout now, as the browser must before it can paint. */
function layout(widgets: readonly Widget[]): number {
  const t = performance.now();
  for (const widget of widgets) {
    widget.getBoundingClientRect();
    widget.shadowRoot?.firstElementChild?.getBoundingClientRect();
  }
  return performance.now() - t;
}

/** Times a change: see the top of this file for `wall` and `work`; `updates` is `work` per widget tag. */
async function measureChange(widgets: readonly Widget[], meter: Meter, change: () => void) {
  meter.reset();
  const t0 = performance.now();
  change();
  const sync = performance.now() - t0;
  await Promise.all(widgets.map(settle));
  let work = sync + layout(widgets);
  // One frame; a widget that re-lays itself out when its size is first observed does so in it, and
  // then the clock waits for that update and one more frame.
  for (let round = 0; round < 5; round++) {
    await frame();
    if (!widgets.some((widget) => widget.isUpdatePending)) break;
    await Promise.all(widgets.map(settle));
    work += layout(widgets);
  }
  const wall = performance.now() - t0;
  work += meter.total();
  return { wall, work, updates: meter.byWidget() };
}

/** Elements and nodes (text and comments too) under a widget, every shadow root included. */
function domCount(root: Node): { elements: number; nodes: number } {
  let elements = 0;
  let nodes = 0;
  const visit = (parent: Node) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      nodes++;
      if (child.nodeType === Node.ELEMENT_NODE) {
        elements++;
        const shadow = (child as Element).shadowRoot;
        if (shadow) visit(shadow);
      }
      visit(child);
    }
  };
  const shadow = (root as Element).shadowRoot;
  if (shadow) visit(shadow);
  visit(root);
  return { elements, nodes };
}

function heapMB(): number {
  (window as unknown as { gc?: () => void }).gc?.();
  const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
  return memory ? memory.usedJSHeapSize / 1048576 : NaN;
}

/** A widget with the register, the progress and the as-of date. */
function widget(tag: string, register: Register, progress: ProgressFile, attributes: Record<string, string> = {}): Widget {
  const element = document.createElement(tag) as Widget;
  element.setAttribute('as-of', asOf);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.register = register;
  element.progress = progress;
  return element;
}

/** An error shown instead of the view. */
const problem = (widget: Widget) => !!widget.shadowRoot?.querySelector('[role="alert"]');

/**
 * The search box's successive contents, as a reader types a task's name: each one narrows the list
 * (合成任务1… matches 1,111 tasks, then 111, 11, 1).
 */
const queries = ['任务1', '任务12', '任务123', '任务1234'];

async function taskList(register: Register, progress: ProgressFile, stage: HTMLElement) {
  const meter = new Meter();
  const list = widget('tr-task-list', register, progress);
  meter.add(list);
  const first = await measureChange([list], meter, () => stage.append(list));
  const dom = domCount(list);
  const input = list.shadowRoot!.querySelector<HTMLInputElement>('input[part~="search"]');
  const count = () => list.shadowRoot!.querySelector('[part~="count"]')?.textContent?.trim() ?? '';
  const keystrokes = [];
  const counts = [count()];
  // A reader finds and clicks the search box before typing: half a second, in which the list
  // folds its search keys while the page is idle.
  await new Promise((resolve) => setTimeout(resolve, 500));
  for (const query of queries) {
    if (!input) break;
    keystrokes.push(
      await measureChange([list], meter, () => {
        input.value = query;
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      }),
    );
    counts.push(count());
  }
  // Each query must have changed what the list shows, or the figure means nothing.
  const searched = keystrokes.length === queries.length && new Set(counts).size === counts.length && counts.every(Boolean);
  return { first, keystrokes, queries, dom, counts, ok: !problem(list) && searched, heapMB: heapMB() };
}

async function single(tag: string, attributes: Record<string, string>, register: Register, progress: ProgressFile, stage: HTMLElement) {
  const meter = new Meter();
  const element = widget(tag, register, progress, attributes);
  meter.add(element);
  const first = await measureChange([element], meter, () => stage.append(element));
  return { first, dom: domCount(element), ok: !problem(element), heapMB: heapMB() };
}

/** Every widget in a dashboard; one gauge when the register has an indicator. */
async function dashboard(register: Register, progress: ProgressFile, stage: HTMLElement) {
  const meter = new Meter();
  const board = document.createElement('tr-dashboard') as unknown as Widget;
  board.setAttribute('as-of', asOf);
  board.register = register;
  const widgets = [
    widget('tr-register-summary', register, progress),
    widget('tr-unit-scorecard', register, progress),
    widget('tr-unit-matrix', register, progress, { 'color-by': 'status' }),
    widget('tr-deadline-timeline', register, progress),
    widget('tr-task-list', register, progress),
    ...(register.indicators[0] ? [widget('tr-kpi-gauge', register, progress, { indicator: register.indicators[0].id })] : []),
  ];
  board.append(...widgets);
  const all = [board, ...widgets];
  for (const element of all) meter.add(element);
  const first = await measureChange(all, meter, () => stage.append(board));
  const dom = Object.fromEntries([...widgets.map((element) => [element.localName, domCount(element)]), ['tr-dashboard (own)', domCount(board.shadowRoot!)]]);

  // Clicks on different units of the scorecard (each a new selection), every widget following.
  const scorecard = widgets[1]!;
  const list = widgets[4]!;
  const buttons = [...scorecard.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[part~="unit"][data-unit]')];
  const picked = [0, 2, 4, 6, 8].map((i) => buttons[i]?.dataset.unit).filter((unit): unit is string => !!unit);
  const count = () => list.shadowRoot!.querySelector('[part~="count"]')?.textContent?.trim() ?? '';
  const before = count();
  const selections = [];
  let linked = picked.length === 5;
  for (const unit of picked) {
    // The scorecard re-renders on each selection: find the unit's button again.
    const button = scorecard.shadowRoot!.querySelector<HTMLButtonElement>(`button[part~="unit"][data-unit="${CSS.escape(unit)}"]`);
    if (!button) {
      linked = false;
      break;
    }
    selections.push(await measureChange(all, meter, () => button.click()));
    // The selection must have reached the dashboard and filtered the task list.
    const hub = (board as unknown as { selectionHub?: { value: { unit?: string } } }).selectionHub;
    const pressed = scorecard.shadowRoot!.querySelector(`button[part~="unit"][data-unit="${CSS.escape(unit)}"]`)?.getAttribute('aria-pressed');
    linked &&= hub?.value.unit === unit && pressed === 'true' && count() !== before;
  }
  return { first, selections, dom, widgets: all.map((element) => element.localName), ok: !all.some(problem) && linked, heapMB: heapMB() };
}

async function run(name: string, tasks: number, units: number) {
  const register = generateRegister({ tasks, units });
  const progress = generateProgress(register, { today: asOf });
  // The generated file must be usable in full, or the widgets would show less than measured.
  const day = new Date(`${asOf}T00:00:00Z`);
  const parsed = parseProgress(progress, register, day);
  // What checking the file costs on its own (a second time, as each widget checks it again).
  const t = performance.now();
  parseProgress(progress, register, day);
  const parseMs = performance.now() - t;
  const check = { reports: progress.tasks.length, ignored: parsed.ignored.length, parseMs, states: countStates(register.tasks, day, parsed.progress) };
  const stage = document.getElementById('stage')!;
  (window as unknown as { gc?: () => void }).gc?.();
  await frame();
  let result;
  switch (name) {
    case 'task-list':
      result = await taskList(register, progress, stage);
      break;
    case 'scorecard':
      result = await single('tr-unit-scorecard', {}, register, progress, stage);
      break;
    case 'matrix-status':
      result = await single('tr-unit-matrix', { 'color-by': 'status' }, register, progress, stage);
      break;
    case 'timeline-progress':
      result = await single('tr-deadline-timeline', {}, register, progress, stage);
      break;
    case 'dashboard':
      result = await dashboard(register, progress, stage);
      break;
    default:
      throw new Error(`unknown case ${name}`);
  }
  return { name, tasks, units, check, ...result };
}

(window as unknown as { __runProgress: typeof run }).__runProgress = run;
