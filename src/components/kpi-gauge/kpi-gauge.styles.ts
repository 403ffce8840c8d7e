import { css } from 'lit';

/** Styles of <tr-kpi-gauge>: its own colour properties default to the tokens. */
export const kpiGaugeStyles = css`
  :host {
    --_gauge-track: var(--tr-gauge-track-color, var(--_c-grid));
    --_gauge-value: var(--tr-gauge-value-color, var(--_c-accent));
    --_gauge-target: var(--tr-gauge-target-color, var(--_c-text));
    --_gauge-band: var(--tr-gauge-band-color, var(--_c-participant));
    --_gauge-cap: var(--tr-gauge-cap-color, var(--_c-danger));
    --_gauge-expected: var(--tr-gauge-expected-color, var(--_c-warning));
    --_gauge-duration: var(--tr-gauge-duration, 600ms);
    --_gauge-dimmed: var(--tr-gauge-dimmed-opacity, 0.55);
  }
  /* As wide as the layout (maxWidthEm in kpi-gauge.layout.ts): a gauge alone in a wide column stays centred at its size. */
  [part~='base'] {
    max-inline-size: 22em;
    margin-inline: auto;
    text-align: center;
    padding-block: var(--_space-2);
  }
  p {
    margin: 0;
  }
  [part~='label'] {
    margin: 0 var(--_space-1) var(--_space-1);
    font-weight: bold;
    line-height: 1.35;
  }
  [part~='task'] {
    margin: calc(-1 * var(--_space-1)) var(--_space-1) var(--_space-1);
    font-size: var(--_font-size-small);
    color: var(--_c-muted);
  }
  /* Linked: the gauge of the selected task stands out (a frame and a bar by the label, not colour alone); the others step back. */
  .gauge {
    border-radius: var(--_radius);
    transition: opacity 150ms ease-out;
  }
  .link-on {
    outline: 3px solid var(--_c-text);
    outline-offset: 2px;
  }
  .link-on [part~='label'] {
    text-decoration: underline;
    text-decoration-thickness: 2px;
    text-underline-offset: 0.2em;
  }
  .link-off {
    opacity: var(--_gauge-dimmed);
  }
  .link-off:hover,
  .link-off:focus-within {
    opacity: 1;
  }
  .meter {
    display: block;
    padding-block-end: var(--_space-1);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .dial {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
  }
  .track {
    fill: var(--_gauge-track);
  }
  .value {
    fill: none;
    stroke: var(--_gauge-value);
    transition: stroke-dasharray var(--_gauge-duration) ease-out;
  }
  .band-tolerance,
  .band-range {
    fill: var(--_gauge-band);
  }
  .band-cap {
    fill: url(#cap-hatch);
  }
  .hatch-ground {
    fill: none;
  }
  .hatch line {
    stroke: var(--_gauge-cap);
    stroke-width: 3;
  }
  .tick {
    stroke: var(--_c-muted);
    stroke-width: 1;
  }
  .target {
    stroke: var(--_gauge-target);
    stroke-width: 3;
    stroke-linecap: round;
  }
  .target-halo {
    stroke: var(--_c-surface);
    stroke-width: 7;
    stroke-linecap: round;
  }
  .expected {
    fill: var(--_gauge-expected);
    stroke: var(--_c-surface);
    stroke-width: 1;
  }
  .scale-label {
    fill: var(--_c-muted);
    font-size: 0.8125em;
    font-variant-numeric: tabular-nums;
  }
  .target-label {
    fill: var(--_c-text);
    font-weight: bold;
  }
  foreignObject {
    overflow: visible;
  }
  .center {
    display: flex;
    flex-direction: column;
    justify-content: center;
    align-items: center;
    height: 100%;
    line-height: 1.3;
    text-align: center;
    overflow-wrap: normal;
  }
  .figures {
    font-weight: bold;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
  }
  .figures .unit,
  .figures .symbol {
    font-size: 0.55em;
    font-weight: normal;
  }
  /* 1.2：1 reads as one figure: the ":1" keeps the figure's size. */
  .measure-ratio .unit {
    font-size: 1em;
    font-weight: bold;
  }
  .size-m .figures {
    font-size: 1.75em;
  }
  .size-s .figures,
  .size-xs .figures {
    font-size: 1.375em;
  }
  .lines {
    font-size: var(--_font-size-small);
    color: var(--_c-muted);
  }
  .lines-inside {
    margin-block-start: var(--_space-1);
  }
  .lines-below {
    margin: 0 var(--_space-1);
  }
  .share {
    color: var(--_c-text);
  }
  .caption {
    font-size: var(--_font-size-small);
    color: var(--_c-muted);
  }
  .year {
    font-size: var(--_font-size-small);
    color: var(--_c-muted);
  }
  .chunk {
    display: inline-block;
  }
  /* The key to the expected-by-now triangle on the arc. */
  .pace-key {
    inline-size: 0.8em;
    block-size: 0.8em;
    margin-inline-end: 0.25em;
    vertical-align: -0.05em;
    fill: var(--_gauge-expected);
  }
  [part~='status'] {
    margin: var(--_space-1) var(--_space-1) 0;
    padding: 0;
    color: var(--_c-text);
    font-weight: bold;
    line-height: 1.4;
  }
  /* Each half of the status moves to the next line as a whole. */
  .status-word,
  .status-detail {
    display: inline-block;
  }
  .status-word {
    margin-inline-end: 0.3em;
  }
  .status .icon {
    color: var(--_status-color, currentColor);
  }
  .status-achieved,
  .status-within-cap,
  .status-on-track {
    --_status-color: var(--_c-success);
  }
  .status-behind,
  .status-above-range {
    --_status-color: var(--_c-warning);
  }
  .status-overdue,
  .status-over-cap {
    --_status-color: var(--_c-danger);
  }
  /* Status colours never follow the accent: a portal's accent may be an alarm red. */
  .status-in-progress {
    --_status-color: var(--_c-neutral);
  }
  .status-no-data {
    --_status-color: var(--_c-neutral);
  }
  .status-word {
    color: var(--_status-color, currentColor);
  }
  .status-detail {
    font-weight: normal;
    color: var(--_c-muted);
  }
  .as-of {
    margin: 0 var(--_space-1);
    font-size: var(--_font-size-small);
    color: var(--_c-muted);
  }
  [part~='report'] {
    margin: 0 var(--_space-1);
    font-size: var(--_font-size-small);
    color: var(--_c-muted);
  }
  .trend {
    margin: var(--_space-2) var(--_space-1) 0;
    font-size: var(--_font-size-small);
    color: var(--_c-muted);
  }
  .sparkline {
    display: block;
    max-width: 100%;
    height: auto;
    margin: 0 auto;
    overflow: visible;
  }
  .trend-line {
    fill: none;
    stroke: var(--_gauge-value);
    stroke-width: 2;
    stroke-linejoin: round;
  }
  .trend-dot {
    fill: var(--_c-surface);
    stroke: var(--_gauge-value);
    stroke-width: 1.5;
  }
  .trend-path {
    stroke: var(--_gauge-target);
    stroke-width: 1;
    stroke-dasharray: 4 3;
  }
  .history {
    display: inline-block;
    text-align: start;
  }
  .history summary {
    cursor: pointer;
    text-align: center;
  }
  .history ul {
    margin: var(--_space-1) 0 0;
    padding-inline-start: 1.2em;
  }
  .legend {
    margin-block-start: var(--_space-1);
  }
  .meter:hover [part~='value'] {
    stroke-opacity: 0.85;
  }
  @media (prefers-reduced-motion: reduce) {
    .value,
    .gauge {
      transition: none;
    }
  }
  /* Paper (with the shared print styles): the gauge's own colours in black and greys. */
  @media print {
    :host {
      --_gauge-track: #ccc;
      --_gauge-value: #000;
      --_gauge-target: #000;
      --_gauge-band: #888;
      --_gauge-cap: #000;
      --_gauge-expected: #555;
    }
    .link-off {
      opacity: 1;
    }
  }
  @media (forced-colors: active) {
    .track {
      fill: Canvas;
      stroke: CanvasText;
      stroke-width: 1;
    }
    .value {
      stroke: Highlight;
    }
    .band-tolerance,
    .band-range,
    .expected,
    .pace-key {
      fill: CanvasText;
      stroke: Canvas;
    }
    .hatch line,
    .tick,
    .target {
      stroke: CanvasText;
    }
    .target-halo {
      stroke: Canvas;
    }
    .scale-label,
    .target-label {
      fill: CanvasText;
    }
    .trend-line,
    .trend-path {
      stroke: CanvasText;
    }
    .trend-dot {
      fill: Canvas;
      stroke: CanvasText;
    }
    .link-on {
      outline-color: Highlight;
    }
    .link-off {
      opacity: 1;
    }
    .status-word,
    .status .icon,
    .lines,
    .trend,
    [part~='task'],
    [part~='report'],
    .share,
    .as-of,
    .caption,
    .year {
      color: CanvasText;
    }
  }
`;
