/**
 * Text width estimates for layout, without touching the DOM (layouts are pure): CJK and other
 * wide characters take 1 em, the rest a fraction of an em. Deliberately generous, so a label laid
 * out by it is not cut when the page's font is wider than average.
 */

/** The width in px of a one-line `text` at `fontPx`; `narrowEm` is the width of a narrow character (bold text: 0.62). */
export function textWidth(text: string, fontPx: number, narrowEm = 0.6): number {
  let em = 0;
  for (const char of text) em += char.codePointAt(0)! >= 0x2e80 ? 1 : narrowEm;
  return em * fontPx;
}
