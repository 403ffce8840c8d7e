/** The node above `node` in the composed tree: its parent, or the host of the shadow root it is. */
export function composedParent(node: Node): Node | null {
  return node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
}
