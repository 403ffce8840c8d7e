/** Small status icons, decorative: the word beside each carries the meaning. */
import { html, svg, type TemplateResult } from 'lit';

export type IconName = 'error' | 'check' | 'clock' | 'alert' | 'dot' | 'repeat';

const paths: Record<IconName, TemplateResult> = {
  error: svg`<circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" stroke-width="1.6"/><path d="M8 4v5M8 11v1.5" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"/>`,
  check: svg`<circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" stroke-width="1.6"/><path d="M4.5 8.2l2.3 2.3 4.7-4.8" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"/>`,
  clock: svg`<circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" stroke-width="1.6"/><path d="M8 4.2V8l2.6 1.8" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round"/>`,
  alert: svg`<path d="M8 1.5L15 14H1z" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round"/><path d="M8 6v4M8 11.6v1" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"/>`,
  dot: svg`<circle cx="8" cy="8" r="4" fill="currentColor"/>`,
  repeat: svg`<path d="M3 7a5 5 0 0 1 9-2.5M13 9a5 5 0 0 1-9 2.5" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round"/><path d="M12.5 1.5v3h-3M3.5 14.5v-3h3" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round"/>`,
};

/** A 16×16 icon in `currentColor`, hidden from assistive technology. */
export function icon(name: IconName): TemplateResult {
  return html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${paths[name]}</svg>`;
}
