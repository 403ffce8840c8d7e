import { css } from 'lit';

/**
 * Design tokens. A page sets `--tr-color-*`, `--tr-font-*` or `--tr-space-*` anywhere above a widget
 * (custom properties cross the shadow boundary); the widget reads them through private `--_*`
 * names with light and dark defaults. Dark follows the page's `color-scheme` (or the `theme`
 * attribute), not the reader's OS, so a white portal page never gets a dark widget by surprise.
 */
export const tokens = css`
  :host {
    --_c-text: var(--tr-color-text, light-dark(#1f2329, #e8eaed));
    --_c-muted: var(--tr-color-text-muted, light-dark(#4e5969, #b1b6bf));
    --_c-surface: var(--tr-color-surface, light-dark(#ffffff, #17191c));
    --_c-surface-alt: var(--tr-color-surface-alt, light-dark(#f2f4f7, #23262b));
    --_c-border: var(--tr-color-border, light-dark(#8a919c, #6b7280));
    --_c-grid: var(--tr-color-grid, light-dark(#dde1e6, #30343a));
    --_c-accent: var(--tr-color-accent, light-dark(#1450a3, #7fb0ff));
    --_c-accent-soft: var(--tr-color-accent-soft, light-dark(#e3ecfa, #1d2f4d));
    --_c-lead: var(--tr-color-lead, light-dark(#1450a3, #7fb0ff));
    --_c-participant: var(--tr-color-participant, light-dark(#0b6e75, #5fd0d8));
    --_c-success: var(--tr-color-success, light-dark(#1a7335, #5ccf7f));
    --_c-warning: var(--tr-color-warning, light-dark(#8f5200, #f0b44c));
    --_c-danger: var(--tr-color-danger, light-dark(#b42318, #ff8a80));
    --_c-neutral: var(--tr-color-neutral, light-dark(#5c6570, #a3a9b3));
    /* In progress: a status colour of its own (not the accent, which a page may make red). */
    --_c-status-active: var(--tr-color-status-active, light-dark(#1450a3, #7fb0ff));
    --_c-focus: var(--tr-color-focus, light-dark(#c2410c, #ffb86b));
    --_font: var(--tr-font-family, inherit);
    /* The page's text size where it is larger than the root's (a large-text switch on body or a container), never smaller (a legacy 12px body). */
    --_font-size: var(--tr-font-size, max(1rem, 1em));
    --_font-size-small: var(--tr-font-size-small, 0.875em);
    --_space-1: var(--tr-space-1, 0.25em);
    --_space-2: var(--tr-space-2, 0.5em);
    --_space-3: var(--tr-space-3, 0.75em);
    --_space-4: var(--tr-space-4, 1em);
    --_radius: var(--tr-radius, 4px);
  }
  @supports not (color: light-dark(#000, #fff)) {
    :host {
      --_c-text: var(--tr-color-text, #1f2329);
      --_c-muted: var(--tr-color-text-muted, #4e5969);
      --_c-surface: var(--tr-color-surface, #ffffff);
      --_c-surface-alt: var(--tr-color-surface-alt, #f2f4f7);
      --_c-border: var(--tr-color-border, #8a919c);
      --_c-grid: var(--tr-color-grid, #dde1e6);
      --_c-accent: var(--tr-color-accent, #1450a3);
      --_c-accent-soft: var(--tr-color-accent-soft, #e3ecfa);
      --_c-lead: var(--tr-color-lead, #1450a3);
      --_c-participant: var(--tr-color-participant, #0b6e75);
      --_c-success: var(--tr-color-success, #1a7335);
      --_c-warning: var(--tr-color-warning, #8f5200);
      --_c-danger: var(--tr-color-danger, #b42318);
      --_c-neutral: var(--tr-color-neutral, #5c6570);
      --_c-status-active: var(--tr-color-status-active, #1450a3);
      --_c-focus: var(--tr-color-focus, #c2410c);
    }
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }
`;

/** What every widget's host and shell share: reset of inherited page styles, states, focus. */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    min-width: 0;
    font-family: var(--_font);
    font-size: var(--_font-size);
  }
  /* Page rules such as "* { letter-spacing: 4px }" reach the host and beat :host, then inherit
     into the shadow tree; resetting on the shadow's top-level elements stops them there. */
  :host > * {
    color: var(--_c-text);
    font-family: var(--_font);
    font-style: normal;
    font-weight: normal;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    overflow-wrap: anywhere;
    visibility: visible;
  }
  /* Register text may carry bidi overrides (U+202E): each element is its own bidi island. */
  :host > *,
  :host > * * {
    unicode-bidi: isolate;
  }
  :host([hidden]) {
    display: none;
  }
  /* The size controller's probe: 1em wide, so a font-size change is observed like a resize. */
  :host > .em-probe {
    position: absolute;
    width: 1em;
    height: 0;
    overflow: hidden;
    visibility: hidden;
    pointer-events: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [part~='base'] {
    position: relative;
    background: var(--_c-surface);
    color: var(--_c-text);
    border-radius: var(--_radius);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  :focus-visible {
    outline: 3px solid var(--_c-focus);
    outline-offset: 2px;
  }
  [part~='loading'] {
    padding: var(--_space-3);
    color: var(--_c-muted);
  }
  [part~='error'] {
    padding: var(--_space-3) var(--_space-4);
    border: 2px solid var(--_c-danger);
    border-radius: var(--_radius);
    background: var(--_c-surface);
    color: var(--_c-text);
  }
  [part~='error'] .error-heading {
    display: flex;
    gap: var(--_space-2);
    align-items: center;
    margin: 0 0 var(--_space-2);
    font-weight: bold;
    color: var(--_c-danger);
    font-size: 1em;
  }
  [part~='error'] p,
  [part~='error'] ul {
    margin: var(--_space-1) 0;
  }
  [part~='error'] ul {
    padding-inline-start: 1.25em;
  }
  [part~='error'] code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }
  /* A legend: symbols with their words, wrapping on narrow widths. */
  [part~='legend'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-3);
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: var(--_font-size-small);
  }
  [part~='legend'] li {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-1);
  }
  /* A tooltip inside the widget; each widget positions it (custom properties set through CSSOM). */
  [part~='tooltip'] {
    position: absolute;
    width: max-content;
    padding: var(--_space-2) var(--_space-3);
    border: 1px solid var(--_c-border);
    border-radius: var(--_radius);
    background: var(--_c-surface);
    color: var(--_c-text);
    box-shadow: 0 3px 12px rgb(0 0 0 / 0.18);
    font-size: var(--_font-size-small);
    line-height: 1.45;
  }
  /* A widget's own buttons (table view, show more, close). */
  .button {
    display: inline-flex;
    flex: none;
    align-items: center;
    gap: 0.4em;
    min-height: 2em;
    padding: 0.2em 0.75em;
    border: 1px solid var(--_c-border);
    border-radius: var(--_radius);
    background: var(--_c-surface);
    color: var(--_c-text);
    font: inherit;
    font-size: var(--_font-size-small);
    cursor: pointer;
  }
  .button:hover {
    background: var(--_c-accent-soft);
  }
  [part~='note'] {
    margin: 0 0 var(--_space-2);
    padding: var(--_space-1) var(--_space-2);
    border-inline-start: 4px solid var(--_c-warning);
    background: var(--_c-surface-alt);
    font-size: var(--_font-size-small);
  }
  .icon {
    width: 1.1em;
    height: 1.1em;
    flex: none;
    vertical-align: -0.15em;
  }
  @media (forced-colors: active) {
    [part~='error'] {
      border-color: CanvasText;
    }
    [part~='error'] .error-heading {
      color: CanvasText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
