/**
 * `plainList(items)`: a Lit directive that renders a list of elements described as data, with no
 * marker nodes between them. A `repeat` or an array of templates puts two comment nodes around
 * every item and one more for each binding inside it; in the matrix's grid (one element per
 * cell) and the timeline's marks that was two to three of every four DOM nodes, which the browser
 * creates, styles and walks on every render. Here each item is exactly its element (and its text
 * or children): the list's one child part keeps its single marker.
 *
 * Elements are reused by `key` (by position without one): attributes and text are written only
 * where they changed, and an element moves only when its place in the list changed, so focus and
 * the classes set between renders (a hover highlight) survive an update. Events are the
 * container's to delegate: items carry no listeners.
 */
import { noChange, type ChildPart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';

/** An attribute's value: absent when null or undefined. */
export type PlainValue = string | number | null | undefined;

/** An element as data. */
export interface PlainEl {
  readonly tag: string;
  /** What identifies the element across renders among its siblings (default: its position). */
  readonly key?: string | number;
  readonly attrs?: Readonly<Record<string, PlainValue>>;
  /** Its text: all of its content, or with `children` a text after them. */
  readonly text?: string;
  readonly children?: readonly PlainEl[];
}

const svgNS = 'http://www.w3.org/2000/svg';
const htmlNS = 'http://www.w3.org/1999/xhtml';

/** What was last written into an element, and its children by key. */
interface Shown {
  spec: PlainEl;
  children?: Map<string | number, Element>;
  /** The text after the children. */
  tail?: Text;
}

const shown = new WeakMap<Element, Shown>();

function writeAttributes(element: Element, next: PlainEl['attrs'], previous: PlainEl['attrs']): void {
  for (const name in next) {
    const value = next[name];
    if (value === previous?.[name]) continue;
    if (value === null || value === undefined) element.removeAttribute(name);
    else element.setAttribute(name, String(value));
  }
  for (const name in previous) {
    if (!next || !(name in next) || next[name] === null || next[name] === undefined) {
      if (previous[name] !== null && previous[name] !== undefined) element.removeAttribute(name);
    }
  }
}

function patch(element: Element, spec: PlainEl): void {
  const state = shown.get(element);
  writeAttributes(element, spec.attrs, state?.spec.attrs);
  if (spec.children) {
    let tail = state?.tail;
    if (!state?.children) element.replaceChildren();
    if (spec.text === undefined) tail?.remove();
    else if (tail && tail.parentNode === element) {
      if (tail.data !== spec.text) tail.data = spec.text;
    } else tail = element.appendChild(element.ownerDocument.createTextNode(spec.text));
    const children = reconcile(element, spec.text === undefined ? null : tail!, spec.children, state?.children ?? new Map(), element.namespaceURI ?? htmlNS);
    shown.set(element, { spec, children, tail: spec.text === undefined ? undefined : tail });
    return;
  }
  if (spec.text !== state?.spec.text || state?.children) element.textContent = spec.text ?? '';
  shown.set(element, { spec });
}

/**
 * Puts `items` into `parent` before `end`, reusing the elements of `previous` by key; removes
 * those no longer listed. Returns the new key → element map.
 */
function reconcile(parent: Node, end: Node | null, items: readonly PlainEl[], previous: Map<string | number, Element>, ns: string): Map<string | number, Element> {
  const next = new Map<string | number, Element>();
  const ordered: Element[] = [];
  const document = parent.ownerDocument ?? (parent as Document);
  items.forEach((item, i) => {
    const key = item.key ?? i;
    let element = previous.get(key);
    if (element && element.localName !== item.tag) element = undefined;
    if (!element) element = document.createElementNS(item.tag === 'svg' ? svgNS : ns, item.tag);
    patch(element, item);
    next.set(key, element);
    ordered.push(element);
  });
  for (const [key, element] of previous) if (next.get(key) !== element) element.remove();
  // From the end: move an element only when what follows it is not what should.
  let after = end;
  for (let i = ordered.length - 1; i >= 0; i--) {
    const element = ordered[i]!;
    if (element.nextSibling !== after || element.parentNode !== parent) parent.insertBefore(element, after);
    after = element;
  }
  return next;
}

class PlainListDirective extends Directive {
  private elements = new Map<string | number, Element>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.CHILD) throw new Error('plainList() belongs where a child goes');
  }

  render(_items: readonly PlainEl[]): unknown {
    return noChange;
  }

  override update(part: ChildPart, [items]: [readonly PlainEl[]]): unknown {
    const parent = part.parentNode;
    // Elements Lit removed (the part was cleared) are not reused.
    for (const [key, element] of this.elements) if (element.parentNode !== parent) this.elements.delete(key);
    const ns = parent instanceof Element && parent.namespaceURI === svgNS && parent.localName !== 'foreignObject' ? svgNS : htmlNS;
    this.elements = reconcile(parent, part.endNode, items, this.elements, ns);
    return noChange;
  }
}

/** Renders `items` as elements with no marker nodes between them (see the module's comment). */
export const plainList = directive(PlainListDirective);
