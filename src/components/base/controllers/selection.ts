/**
 * Linked widgets: one selection shared by the widgets of a `<tr-dashboard>`, or of a `group`
 * attribute for pages whose layout cannot wrap them. A selection names a unit, a task, a status
 * and a section (any of them); each widget shows it in its own way. A widget that changes it fires
 * `tr-selection-change` (bubbling, composed) so a portal can follow it without a dashboard.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TaskState } from '../../../data/status.js';
import { composedParent } from '../composed.js';

export interface Selection {
  /** A unit id. */
  readonly unit?: string;
  /** A task id. */
  readonly task?: string;
  /** A task status at the as-of date. */
  readonly state?: TaskState;
  /** A section id. */
  readonly section?: string;
}

/** The `detail` of `tr-selection-change`. */
export interface SelectionChangeDetail {
  readonly selection: Selection;
  /** The group's name, or '' inside a dashboard. */
  readonly group: string;
}

export const selectionKeys = ['unit', 'task', 'state', 'section'] as const;

const empty: Selection = Object.freeze({});

/** Whether two selections name the same things. */
export function sameSelection(a: Selection, b: Selection): boolean {
  return selectionKeys.every((key) => a[key] === b[key]);
}

/** A selection without its empty parts, frozen. */
export function cleanSelection(selection: Selection): Selection {
  const out: Record<string, string> = {};
  for (const key of selectionKeys) if (selection[key]) out[key] = selection[key]!;
  return Object.freeze(out) as Selection;
}

/** One shared selection; listeners hear `change`. */
export class SelectionHub extends EventTarget {
  private current: Selection = empty;

  constructor(readonly name: string) {
    super();
  }

  get value(): Selection {
    return this.current;
  }

  /** Replaces the selection; true when it changed. */
  set(next: Selection): boolean {
    const clean = cleanSelection(next);
    if (sameSelection(clean, this.current)) return false;
    this.current = clean;
    this.dispatchEvent(new Event('change'));
    return true;
  }
}

const groups = new Map<string, SelectionHub>();

/** The hub of a named group on this page (created on first use). */
export function groupHub(name: string): SelectionHub {
  let hub = groups.get(name);
  if (!hub) groups.set(name, (hub = new SelectionHub(name)));
  return hub;
}

/** Elements that own a hub for the widgets inside them (`<tr-dashboard>`). */
export interface HubOwner extends Element {
  readonly selectionHub: SelectionHub;
}

function isHubOwner(node: Node): node is HubOwner {
  return node instanceof Element && (node as Partial<HubOwner>).selectionHub instanceof SelectionHub;
}

/** The hub an element takes part in: its own or the nearest dashboard's around it, else its `group`, else none. */
export function hubOf(element: Element): SelectionHub | undefined {
  let node: Node | null = element;
  while (node) {
    if (isHubOwner(node)) return node.selectionHub;
    node = composedParent(node);
  }
  const group = element.getAttribute('group')?.trim();
  return group ? groupHub(group) : undefined;
}

type SelectionHost = ReactiveControllerHost & HTMLElement;

/** The connected widgets' controllers, so that a dashboard defined after them can link them. */
const connected = new Set<SelectionController>();

/**
 * Links the widgets inside `owner` to its hub: for a `<tr-dashboard>` whose definition came after
 * theirs (a script loaded later, the module drop-in's chunks in any order), which they could not
 * find when they connected.
 */
export function attachWithin(owner: Element): void {
  for (const controller of connected) if (controller.isWithin(owner)) controller.attach();
}

export class SelectionController implements ReactiveController {
  private hub: SelectionHub | undefined;
  private readonly onChange = () => this.host.requestUpdate();

  constructor(private readonly host: SelectionHost) {
    host.addController(this);
  }

  /** Whether the widget is linked to others (in a dashboard or a group). */
  get linked(): boolean {
    return this.hub !== undefined;
  }

  /** The shared selection (empty when not linked). */
  get value(): Selection {
    return this.hub?.value ?? empty;
  }

  /** Sets the shared selection after a user action, and fires `tr-selection-change`. */
  select(next: Selection): void {
    if (!this.hub) this.attach();
    if (!this.hub) {
      // Not linked: still tell the page, so a portal can wire widgets itself.
      this.fire(cleanSelection(next));
      return;
    }
    if (this.hub.set(next)) this.fire(this.hub.value);
  }

  /** Clears the shared selection (Escape or a clear control). */
  clear(): void {
    this.select({});
  }

  /** Re-finds the hub (the `group` attribute changed, or the widget moved). */
  attach(): void {
    const hub = hubOf(this.host);
    if (hub === this.hub) return;
    this.hub?.removeEventListener('change', this.onChange);
    this.hub = hub;
    this.hub?.addEventListener('change', this.onChange);
    this.host.requestUpdate();
  }

  /** Whether the widget sits inside `owner` (through shadow roots too). */
  isWithin(owner: Element): boolean {
    let node: Node | null = this.host;
    while (node) {
      if (node === owner) return true;
      node = composedParent(node);
    }
    return false;
  }

  hostConnected(): void {
    connected.add(this);
    this.attach();
  }

  hostDisconnected(): void {
    connected.delete(this);
    this.hub?.removeEventListener('change', this.onChange);
    this.hub = undefined;
  }

  private fire(selection: Selection): void {
    const detail: SelectionChangeDetail = { selection, group: this.hub?.name ?? '' };
    this.host.dispatchEvent(new CustomEvent('tr-selection-change', { detail, bubbles: true, composed: true }));
  }
}
