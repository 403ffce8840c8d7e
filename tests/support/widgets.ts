/**
 * Every widget with a configuration that renders the bundled register, for tests that apply to all
 * of them (bad input, injection, lifecycle, CSP).
 */
// The widget tests read what is wrong in the error box, as a developer sees it with `error-details`
// (here on the page's root, so it applies to every widget); tests/error-box.test.ts checks the
// plain sentence readers see without it.
document.documentElement.setAttribute('error-details', '');

export interface WidgetCase {
  readonly tag: string;
  /** Attributes that make it render real content. */
  readonly attributes: Readonly<Record<string, string>>;
  /** Brings the register's texts into view where the widget shows them only on demand. */
  readonly reveal?: (element: HTMLElement) => Promise<void>;
}

async function clickPart(element: HTMLElement, part: string): Promise<void> {
  element.shadowRoot!.querySelector<HTMLElement>(`[part~="${part}"]`)!.click();
  await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
}

export const widgetCases: readonly WidgetCase[] = [
  { tag: 'tr-kpi-gauge', attributes: { indicator: 'integration-enterprises', value: '268', baseline: '120', 'baseline-year': '2021' } },
  { tag: 'tr-deadline-timeline', attributes: { 'as-of': '2023-06-30' }, reveal: (el) => clickPart(el, 'table-toggle') },
  { tag: 'tr-unit-matrix', attributes: {} },
  { tag: 'tr-register-summary', attributes: {} },
  { tag: 'tr-task-list', attributes: { 'page-size': '50' } },
  { tag: 'tr-unit-scorecard', attributes: { 'as-of': '2023-06-30' } },
];

/** Creates a widget element with the case's attributes (not yet attached). */
export function createWidget(widget: WidgetCase, extra: Record<string, string> = {}): HTMLElement {
  const element = document.createElement(widget.tag);
  for (const [name, value] of Object.entries({ ...widget.attributes, ...extra })) element.setAttribute(name, value);
  return element;
}

/** The widget's rendered text, whitespace collapsed. */
export function shadowText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function alertOf(element: Element): HTMLElement | null {
  return element.shadowRoot?.querySelector<HTMLElement>('[role="alert"]') ?? null;
}

/** The widget's shadow root. */
export const root = (element: Element): ShadowRoot => element.shadowRoot!;

/** White space collapsed and trimmed. */
export const collapse = (value: string | null | undefined): string => (value ?? '').replace(/\s+/g, ' ').trim();

/** A node's text, whitespace collapsed ('' for none). */
export const text = (node: Node | null | undefined): string => collapse(node?.textContent);

/** Resolves after the next animation frame. */
export const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

type Updating = Element & { updateComplete: Promise<unknown> };

/**
 * Waits until the widget has rendered, been measured (resize observers report after layout, before
 * the next frame) and rendered again for its real size, with no update left pending.
 */
export async function settled<T extends Element>(element: T): Promise<T> {
  const updating = element as unknown as Updating & { isUpdatePending?: boolean };
  await updating.updateComplete;
  await frame();
  await frame();
  while (!(await updating.updateComplete) || updating.isUpdatePending) await frame();
  return element;
}
