/**
 * Placing a widget's tooltip next to what it describes: pure placement from boxes, and the step
 * that applies it to a tooltip absolutely positioned in the widget (custom properties set through
 * CSSOM, allowed under a strict Content-Security-Policy). Called when the tooltip opens or its
 * anchor moves inside the widget; the page scrolling moves the widget and its tooltip together.
 */

/** A box in viewport pixels. */
export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export interface TooltipPlacement {
  /** Offset from the frame's top-left corner, in pixels. */
  readonly x: number;
  readonly y: number;
  readonly side: 'above' | 'below';
}

/**
 * Where a tooltip of `tip` size goes for an `anchor` cell, as an offset inside `frame` (the box it
 * is positioned in). Below the cell and aligned with its start; flipped above when the viewport has
 * no room below; aligned with the cell's end, then clamped, near the right edge of the frame or
 * the viewport. Boxes are viewport coordinates, so page and inner scrolling are already counted.
 */
export function placeTooltip(
  anchor: Box,
  tip: { readonly width: number; readonly height: number },
  frame: Box,
  viewport: { readonly width: number; readonly height: number },
  gap = 6,
): TooltipPlacement {
  const minX = Math.max(frame.left, 0);
  const maxRight = Math.min(frame.right, viewport.width);
  let x = anchor.left;
  if (x + tip.width > maxRight) x = anchor.right - tip.width;
  if (x + tip.width > maxRight) x = maxRight - tip.width;
  if (x < minX) x = minX;
  const below = anchor.bottom + gap;
  const above = anchor.top - gap - tip.height;
  const roomBelow = viewport.height - anchor.bottom;
  const side = below + tip.height > viewport.height && (above >= 0 || anchor.top > roomBelow) ? 'above' : 'below';
  return { x: x - frame.left, y: (side === 'above' ? above : below) - frame.top, side };
}

/**
 * Places `tip` (absolutely positioned in `frame`, whose padding box is the origin) by `anchor`
 * through `--tip-x`, `--tip-y` and `data-side`.
 */
export function placeTooltipIn(tip: HTMLElement, anchor: Box, frame: HTMLElement): void {
  const b = frame.getBoundingClientRect();
  const inner = { left: b.left + frame.clientLeft, top: b.top + frame.clientTop, right: b.right - frame.clientLeft, bottom: b.bottom };
  const place = placeTooltip(anchor, { width: tip.offsetWidth, height: tip.offsetHeight }, inner, {
    width: document.documentElement.clientWidth,
    height: window.innerHeight,
  });
  tip.style.setProperty('--tip-x', `${Math.round(place.x)}px`);
  tip.style.setProperty('--tip-y', `${Math.round(place.y)}px`);
  tip.setAttribute('data-side', place.side);
}
