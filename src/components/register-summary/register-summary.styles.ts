import { css } from 'lit';

/**
 * Styles of <tr-register-summary>: the plan's counts large, the completion as a bar and a list whose
 * swatches match the bar (colour plus solid, stripes or dots); status colours come from the status
 * tokens, never from the accent.
 */
export const registerSummaryStyles = css`
  :host {
    --_summary-figure: var(--tr-summary-figure-color, var(--_c-accent));
  }
  [part~='base'] {
    padding: var(--_space-3) var(--_space-4);
    border: 1px solid var(--_c-grid);
  }
  p {
    margin: 0;
  }
  [part~='title'] {
    margin: 0;
    font-size: 1.125em;
    font-weight: bold;
    line-height: 1.4;
  }
  .subtitle {
    margin: 0 0 var(--_space-3);
    color: var(--_c-muted);
  }
  [part~='figures'],
  .states {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2) var(--_space-4);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part~='figure'] strong {
    font-size: 1.75em;
    color: var(--_summary-figure);
    margin-inline-end: 0.15em;
    font-variant-numeric: tabular-nums;
  }
  .completion,
  .plan {
    margin-block-start: var(--_space-3);
  }
  .heading {
    font-weight: bold;
    margin-block-end: var(--_space-1);
  }
  .bar {
    display: block;
    width: 100%;
    height: 0.875em;
    margin-block-end: var(--_space-2);
  }
  .state strong {
    font-size: 1.25em;
    font-variant-numeric: tabular-nums;
    margin-inline-start: 0.25em;
  }
  /* The detail moves to the next line as a whole rather than break inside a count. */
  .detail {
    display: inline-block;
    color: var(--_c-muted);
  }
  .swatch {
    width: 0.8em;
    height: 0.8em;
    margin-inline-end: 0.3em;
    vertical-align: -0.05em;
  }
  .seg {
    stroke: none;
  }
  .swatch .seg {
    stroke: var(--_c-border);
    stroke-width: 1;
  }
  .seg-completedOnTime,
  .seg-completed {
    fill: var(--_c-success);
  }
  .seg-completedLate {
    fill: color-mix(in srgb, var(--_c-success) 55%, var(--_c-surface));
  }
  .seg-inProgress {
    fill: var(--_c-status-active);
  }
  .seg-notStarted,
  .seg-suspended,
  .seg-cancelled {
    fill: color-mix(in srgb, var(--_c-neutral) 45%, var(--_c-surface));
  }
  .seg-overdue {
    fill: url(#summary-hatch);
  }
  .hatch-ground {
    fill: var(--_c-surface);
  }
  .hatch-line {
    stroke: var(--_c-danger);
    stroke-width: 3;
  }
  .seg-passedNoReport,
  .seg-noReport {
    fill: url(#summary-dots);
  }
  /* Deadline passed with no report: the warning colour (as in every widget), dotted so it never
     reads as the overdue hatch. */
  .dots-ground {
    fill: color-mix(in srgb, var(--_c-warning) 22%, var(--_c-surface));
  }
  .dots-dot {
    fill: var(--_c-warning);
  }
  .seg-noReport {
    fill: var(--_c-grid);
  }
  [part~='no-progress'] {
    padding: var(--_space-2) var(--_space-3);
    border-inline-start: 3px solid var(--_c-border);
    background: var(--_c-surface-alt);
  }
  [part~='deadlines'],
  [part~='roles'] {
    margin-block-start: var(--_space-2);
    color: var(--_c-muted);
  }
  [part~='selected'] {
    margin-block-start: var(--_space-3);
    padding-block-start: var(--_space-2);
    border-block-start: 1px solid var(--_c-grid);
  }
  [part~='clear'] {
    margin-inline-start: var(--_space-2);
    font: inherit;
    font-size: var(--_font-size-small);
    color: var(--_c-text);
    background: var(--_c-surface);
    border: 1px solid var(--_c-border);
    border-radius: var(--_radius);
    padding: 0.1em 0.6em;
    cursor: pointer;
  }
  [part~='clear']:focus-visible {
    outline: 3px solid var(--_c-focus);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    .seg-completedOnTime,
    .seg-completed {
      fill: CanvasText;
    }
    .seg-completedLate,
    .seg-inProgress,
    .seg-notStarted,
    .seg-suspended,
    .seg-cancelled,
    .seg-noReport,
    .hatch-ground,
    .dots-ground {
      fill: Canvas;
    }
    .seg,
    .swatch .seg {
      stroke: CanvasText;
      stroke-width: 1;
    }
    .hatch-line {
      stroke: CanvasText;
    }
    .dots-dot {
      fill: CanvasText;
    }
    [part~='figure'] strong,
    .detail,
    [part~='deadlines'],
    [part~='roles'] {
      color: CanvasText;
    }
  }
  @media print {
    :host {
      --_summary-figure: #000;
    }
    [part~='no-progress'] {
      background: none;
    }
    [part~='clear'] {
      display: none;
    }
  }
`;
