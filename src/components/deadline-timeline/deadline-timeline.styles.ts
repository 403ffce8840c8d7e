import { css } from 'lit';

/** Styles of <tr-deadline-timeline>: status shapes by token, chart furniture, list, table, tooltip. */
export const timelineStyles = css`
  :host {
    --_done: var(--tr-timeline-done, var(--_c-success));
    --_active: var(--tr-timeline-active, var(--_c-status-active));
    --_due: var(--tr-timeline-due, var(--_c-warning));
    --_overdue: var(--tr-timeline-overdue, var(--_c-danger));
    --_quiet: var(--tr-timeline-quiet, var(--_c-neutral));
    --_annual: var(--tr-timeline-annual, var(--_c-participant));
    --_as-of: var(--tr-timeline-as-of, var(--_c-text));
  }
  /* The padding and border are subtracted from the chart's width (see chartAt in deadline-timeline.chart.ts). */
  [part~='base'] {
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
    padding: 0.75em;
    border: 1px solid var(--_c-grid);
  }
  [part~='summary'] {
    margin: 0;
    max-width: 60em;
  }
  [part~='toolbar'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-2) var(--_space-4);
  }
  [part~='legend'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .key {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    padding: 0.1em 0.4em;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: none;
    color: inherit;
    font: inherit;
  }
  button.key {
    cursor: pointer;
  }
  button.key:hover {
    border-color: var(--_c-grid);
  }
  button.key[aria-pressed='true'] {
    border-color: var(--_c-text);
    background: var(--_c-surface-alt);
    font-weight: bold;
  }
  [part~='selection'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2);
    margin: 0;
    font-weight: bold;
  }
  [part~='legend'] .count {
    color: var(--_c-muted);
    font-variant-numeric: tabular-nums;
    /* A count never breaks across lines (large text, a narrow column). */
    white-space: nowrap;
  }
  .shape {
    width: 1.15em;
    height: 1.15em;
    flex: none;
    vertical-align: -0.2em;
    overflow: visible;
  }
  .shape path {
    stroke-width: 1.5;
  }
  .checkpoint-icon path {
    fill: none;
    stroke: var(--_annual);
    stroke-width: 1.6;
    stroke-linecap: round;
  }
  [part~='more'] {
    align-self: flex-start;
    margin-top: var(--_space-2);
  }
  [part~='note'] {
    margin: 0;
  }

  /* Chart */
  [part~='chart'] {
    position: relative;
  }
  .plot {
    display: block;
    max-width: none;
    overflow: visible;
    font-size: 1em;
    user-select: none;
  }
  .band {
    fill: transparent;
  }
  .band-alt {
    fill: var(--_c-surface-alt);
  }
  .year-end {
    stroke: var(--_c-border);
    stroke-width: 1;
    stroke-dasharray: 3 3;
  }
  .texts text {
    paint-order: stroke;
    stroke: var(--_c-surface);
    stroke-width: 4px;
    stroke-linejoin: round;
  }
  .year-label {
    fill: var(--_c-muted);
    font-size: 0.8125em;
    text-anchor: middle;
  }
  .lane-rule {
    stroke: var(--_c-grid);
  }
  .lane-label {
    fill: var(--_c-text);
    font-size: 0.8125em;
    font-weight: bold;
  }
  .annual-band {
    stroke: var(--_annual);
    stroke-width: 2;
    stroke-dasharray: 6 4;
  }
  .checkpoint circle {
    fill: var(--_c-surface);
    stroke: none;
  }
  .checkpoint path {
    fill: none;
    stroke-width: 1.8;
    stroke-linecap: round;
  }
  .cp-past path {
    stroke: var(--_quiet);
  }
  .cp-current path {
    stroke: var(--_due);
  }
  .cp-future path {
    stroke: var(--_annual);
  }
  .period {
    fill: none;
    stroke: var(--_c-muted);
    stroke-width: 1.5;
  }
  .period-date {
    fill: var(--_c-muted);
    stroke: none;
  }
  .as-of-line {
    stroke: var(--_as-of);
    stroke-width: 2;
  }
  .as-of-label {
    fill: var(--_as-of);
    font-size: 0.8125em;
    font-weight: bold;
  }
  .mark {
    stroke-width: 1.5;
    cursor: pointer;
  }
  /* Status: shape (see deadline-timeline.shapes.ts), then colour and fill. */
  .s-completedOnTime,
  .s-completed,
  .s-completedLate {
    fill: var(--_done);
    stroke: var(--_done);
  }
  .s-completedLate,
  .s-inProgress {
    fill-rule: evenodd;
    stroke: none;
  }
  .s-inProgress {
    fill: var(--_active);
  }
  .s-overdue {
    fill: var(--_overdue);
    stroke: var(--_overdue);
    stroke-width: 2;
  }
  .s-dueThisYear {
    fill: var(--_due);
    stroke: var(--_due);
  }
  .s-notYetDue {
    fill: var(--_c-surface);
    stroke: var(--_active);
    stroke-width: 2;
  }
  .s-passedNoReport,
  .s-notStarted,
  .s-noDeadline,
  .s-suspended,
  .s-cancelled {
    fill: var(--_c-surface);
    stroke: var(--_quiet);
    stroke-width: 1.5;
  }
  .s-passedNoReport,
  .s-notStarted {
    stroke-dasharray: 3 2;
  }
  /* Deadline passed with no report: the warning colour in every widget (not the overdue red). */
  .s-passedNoReport {
    stroke: var(--_due);
    stroke-width: 2;
  }
  .mark.dim,
  .label.dim {
    opacity: 0.22;
  }
  .plot.dense .mark {
    stroke-width: 1;
  }
  .label {
    font-size: 0.6875em;
    font-weight: bold;
    font-variant-numeric: tabular-nums;
    text-anchor: middle;
    dominant-baseline: central;
    pointer-events: none;
    stroke: none;
  }
  .label {
    fill: var(--_c-text);
  }
  .label.s-completedOnTime,
  .label.s-completed,
  .label.s-overdue,
  .label.s-dueThisYear {
    fill: var(--_c-surface);
  }
  /* Over a half-filled disc the number keeps a halo. */
  .label.s-inProgress {
    fill: var(--_c-text);
    paint-order: stroke;
    stroke: var(--_c-surface);
    stroke-width: 2.5px;
  }
  .label.s-completedLate {
    fill: var(--_c-surface);
    stroke: none;
  }
  .ring {
    fill: none;
    stroke: var(--_c-focus);
    stroke-width: 2.5;
    pointer-events: none;
  }
  .pick-ring {
    stroke: var(--_c-text);
  }
  .roving {
    position: absolute;
    left: calc(var(--x, 0px) - var(--s, 24px) / 2);
    top: calc(var(--y, 0px) - var(--s, 24px) / 2);
    width: var(--s, 24px);
    height: var(--s, 24px);
    margin: 0;
    padding: 0;
    border: 0;
    border-radius: 2px;
    background: transparent;
    pointer-events: none;
  }
  .roving:focus:not(:focus-visible) {
    outline: none;
  }
  [part~='tooltip'] {
    left: var(--tip-x, 0px);
    top: var(--tip-y, 0px);
    z-index: 2;
    max-width: min(26em, 100%);
    pointer-events: none;
  }
  .tip-head {
    display: flex;
    align-items: center;
    gap: 0.4em;
    margin: 0;
  }
  .tip-text {
    margin: var(--_space-1) 0;
  }
  .tip dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 0.75em;
    margin: 0;
  }
  .tip dt {
    color: var(--_c-muted);
  }
  .tip dd {
    margin: 0;
  }

  /* Narrow list */
  .list {
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
  }
  .list h3 {
    margin: 0 0 var(--_space-1);
    border-bottom: 1px solid var(--_c-grid);
    font-size: 1em;
  }
  /* A group's heading opens and closes it (aria-expanded). */
  .group {
    display: flex;
    align-items: center;
    gap: 0.4em;
    width: 100%;
    min-height: 2.5em;
    padding: var(--_space-1) var(--_space-1);
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    font-weight: bold;
    text-align: start;
    cursor: pointer;
  }
  .group:hover {
    background: var(--_c-surface-alt);
  }
  .chevron {
    flex: none;
    width: 1em;
    height: 1em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
    transition: transform 0.15s;
  }
  .group[aria-expanded='true'] .chevron {
    transform: rotate(90deg);
  }
  @media (prefers-reduced-motion: reduce) {
    .chevron {
      transition: none;
    }
  }
  .list .more {
    margin-top: var(--_space-1);
  }
  .list ul {
    display: flex;
    flex-direction: column;
    gap: 1px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    gap: 0.15em 0.5em;
    align-items: start;
    width: 100%;
    padding: var(--_space-2) var(--_space-1);
    border: 0;
    border-radius: var(--_radius);
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .item:hover {
    background: var(--_c-surface-alt);
  }
  .item .shape {
    margin-top: 0.2em;
  }
  .item-head {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
  }
  .item-deadline {
    color: var(--_c-muted);
  }
  .item-text,
  .item-units {
    grid-column: 2;
    font-size: var(--_font-size-small);
    color: var(--_c-muted);
  }
  .item-text {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
    color: var(--_c-text);
  }

  /* Table */
  .table-wrap {
    overflow-x: auto;
    max-width: 100%;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: var(--_font-size-small);
  }
  caption {
    padding-bottom: var(--_space-1);
    font-weight: bold;
    text-align: start;
  }
  th,
  td {
    padding: var(--_space-1) var(--_space-2);
    border-bottom: 1px solid var(--_c-grid);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    border-bottom: 2px solid var(--_c-border);
    white-space: nowrap;
  }
  td.content {
    min-width: 14em;
  }
  /* Unit names break between names (at 、), not inside one. */
  td.units:lang(zh-CN) {
    min-width: 6em;
    word-break: keep-all;
  }
  .nowrap {
    white-space: nowrap;
  }
  tbody tr {
    cursor: pointer;
  }
  tbody tr:hover,
  tr.picked {
    background: var(--_c-surface-alt);
  }
  tr.picked > th,
  .item.picked {
    box-shadow: inset 3px 0 0 var(--_c-text);
  }
  td.report {
    min-width: 12em;
  }
  .link {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_c-accent);
    font: inherit;
    font-weight: bold;
    text-decoration: underline;
    white-space: nowrap;
    cursor: pointer;
  }

  /* Forced colours and print have two inks: the shapes carry the status. Done and due are solid, overdue solid and thick. */
  @media (forced-colors: active) {
    .mark,
    .shape path,
    .period,
    .year-end,
    .lane-rule,
    .annual-band,
    .as-of-line,
    .checkpoint path,
    .checkpoint-icon path {
      stroke: CanvasText;
    }
    .s-completedOnTime,
    .s-completed,
    .s-completedLate,
    .s-inProgress,
    .s-overdue,
    .s-dueThisYear,
    .period-date {
      fill: CanvasText;
    }
    .s-notYetDue,
    .s-passedNoReport,
    .s-notStarted,
    .s-noDeadline,
    .s-suspended,
    .s-cancelled,
    .checkpoint circle,
    .band-alt {
      fill: Canvas;
    }
    .label,
    .label.s-completedLate,
    .label.s-inProgress,
    .year-label,
    .lane-label,
    .as-of-label {
      fill: CanvasText;
    }
    .label.s-completedOnTime,
    .label.s-completed,
    .label.s-overdue,
    .label.s-dueThisYear,
    .label.s-completedLate {
      fill: Canvas;
    }
    /* The halo that keeps labels readable over the bands must be the forced background. */
    .texts text,
    .label.s-inProgress {
      stroke: Canvas;
    }
    .ring,
    .pick-ring {
      stroke: Highlight;
    }
    button.key[aria-pressed='true'] {
      border: 2px solid Highlight;
    }
  }
  /* Paper (with the shared print styles): the chart's own colours black too. */
  @media print {
    :host {
      --_done: #000;
      --_active: #000;
      --_due: #000;
      --_overdue: #000;
      --_quiet: #555;
      --_annual: #000;
      --_as-of: #000;
    }
    [part~='base'] {
      border-color: #000;
    }
    .band-alt {
      fill: #eee;
    }
    [part~='table-toggle'],
    [part~='more'],
    [part~='selection'] .button,
    .roving {
      display: none;
    }
    .table-wrap {
      overflow: visible;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    .item,
    .key,
    [part~='table-toggle'] {
      transition: background-color 0.12s;
    }
  }
`;
