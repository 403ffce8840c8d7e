import { css } from 'lit';

/** The scorecard: a ranked table (a list when narrow), stacked bars whose states differ by colour and pattern. */
export const unitScorecardStyles = css`
  :host {
    --_sc-on-time: var(--tr-scorecard-on-time-color, var(--_c-success));
    --_sc-in-progress: var(--tr-scorecard-in-progress-color, var(--_c-status-active));
    --_sc-overdue: var(--tr-scorecard-overdue-color, var(--_c-danger));
    --_sc-no-report: var(--tr-scorecard-no-report-color, var(--_c-warning));
    --_sc-quiet: var(--tr-scorecard-quiet-color, var(--_c-neutral));
    --_sc-track: var(--tr-scorecard-track-color, var(--_c-grid));
    --_sc-selected: var(--tr-scorecard-selected-color, var(--_c-accent-soft));
  }
  [part~='base'] {
    padding: var(--_space-3) var(--_space-4);
    border: 1px solid var(--_c-grid);
  }
  [part~='title'] {
    margin: 0;
    font-size: 1.125em;
    font-weight: bold;
    line-height: 1.4;
  }
  .as-of,
  [part~='summary'] {
    margin: 0 0 var(--_space-2);
    color: var(--_c-muted);
  }
  [part~='no-progress'] {
    margin: 0 0 var(--_space-2);
    padding: var(--_space-1) var(--_space-2);
    border-inline-start: 4px solid var(--_c-neutral);
    background: var(--_c-surface-alt);
  }
  [part~='legend'] {
    margin: 0 0 var(--_space-2);
  }
  [part~='legend'] svg {
    width: 1.4em;
    height: 0.9em;
    flex: none;
  }
  .scroll {
    overflow-x: auto;
  }
  [part~='table'] {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  [part~='table'] caption {
    text-align: start;
  }
  th,
  td {
    padding: var(--_space-1) var(--_space-2);
    border-bottom: 1px solid var(--_c-grid);
    vertical-align: middle;
  }
  thead th {
    font-weight: bold;
    font-size: var(--_font-size-small);
    text-align: end;
    vertical-align: bottom;
    border-bottom-color: var(--_c-border);
  }
  thead th.text {
    text-align: start;
  }
  /* Headers and names break between words only, and in Chinese not inside a word (任务数, not 任务/数). */
  thead th,
  th[scope='row'] {
    overflow-wrap: normal;
    word-break: keep-all;
  }
  td.figure {
    text-align: end;
    white-space: nowrap;
  }
  td.rank {
    color: var(--_c-muted);
    text-align: end;
    width: 2.5em;
  }
  th[scope='row'] {
    min-width: 9em;
    text-align: start;
    font-weight: normal;
  }
  [lang='en'] th[scope='row'] {
    min-width: 13em;
  }
  td.bar-cell {
    width: 30%;
    min-width: 8em;
  }
  /* Sort buttons look like headers, with the sort shown by an arrow as well as aria-sort. */
  [part~='sort'] {
    display: inline-flex;
    align-items: flex-end;
    gap: 0.2em;
    padding: 0.1em 0.2em;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: inherit;
    cursor: pointer;
  }
  [part~='sort']:hover {
    text-decoration: underline;
  }
  .arrow {
    display: inline-block;
    width: 0.8em;
    flex: none;
    color: var(--_c-accent);
  }
  /* The unit's name is the row's button: Tab reaches it, Enter or Space selects the unit. */
  [part~='unit'] {
    display: inline-block;
    padding: 0.15em 0.3em;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: none;
    color: var(--_c-accent);
    font: inherit;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.2em;
    cursor: pointer;
  }
  [part~='unit'][aria-pressed='true'] {
    border-color: var(--_c-accent);
    color: var(--_c-text);
    font-weight: bold;
    text-decoration: none;
  }
  [part~='row'].selected {
    background: var(--_sc-selected);
  }
  [part~='row'].selected > :first-child {
    box-shadow: inset 4px 0 0 var(--_c-accent);
  }
  [part~='bar'] {
    display: block;
    width: 100%;
    height: 1em;
    overflow: visible;
  }
  .track {
    fill: var(--_sc-track);
    opacity: 0.45;
  }
  [part~='others'] {
    display: block;
    color: var(--_c-muted);
    font-size: var(--_font-size-small);
  }
  .na {
    color: var(--_c-muted);
  }
  /* State fills: solid for the plain states, patterns (the defs) for late, silent and set-aside ones. */
  .s-completedOnTime,
  .s-completed,
  .fg-completedLate {
    fill: var(--_sc-on-time);
  }
  .s-inProgress {
    fill: var(--_sc-in-progress);
  }
  .s-overdue {
    fill: var(--_sc-overdue);
  }
  .fg-passedNoReport {
    fill: var(--_sc-no-report);
  }
  .fg-notStarted,
  .fg-suspended,
  .fg-cancelled {
    fill: var(--_sc-quiet);
  }
  .s-dueThisYear {
    fill: var(--_sc-no-report);
    fill-opacity: 0.4;
  }
  .s-notYetDue,
  .s-noDeadline {
    fill: var(--_sc-quiet);
    fill-opacity: 0.3;
  }
  .bg {
    fill: var(--_c-surface);
  }
  .seg {
    stroke: var(--_c-surface);
    stroke-width: 1px;
  }
  .s-noDeadline {
    stroke: var(--_sc-quiet);
    stroke-dasharray: 2 2;
  }
  [part~='more'] {
    margin-top: var(--_space-2);
  }
  [part~='shared'] {
    margin: var(--_space-2) 0 0;
    color: var(--_c-muted);
    font-size: var(--_font-size-small);
  }
  /* Narrow: a list, each unit's name on its own line, the bar at full width, the figures below. */
  .sort-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2);
    margin: 0 0 var(--_space-2);
  }
  .sort-bar select {
    min-height: 2em;
    max-width: 100%;
    font: inherit;
    font-size: var(--_font-size-small);
    color: var(--_c-text);
    background: var(--_c-surface);
    border: 1px solid var(--_c-border);
    border-radius: var(--_radius);
  }
  [part~='list'] {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part~='list'] > [part~='row'] {
    padding: var(--_space-2) var(--_space-1);
    border-bottom: 1px solid var(--_c-grid);
  }
  [part~='list'] [part~='unit'] {
    display: block;
    width: 100%;
    margin-bottom: var(--_space-1);
  }
  [part~='figures'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space-3);
    margin: var(--_space-1) 0 0;
    font-size: var(--_font-size-small);
    font-variant-numeric: tabular-nums;
  }
  [part~='figures'] div {
    display: flex;
    gap: 0.3em;
  }
  [part~='figures'] dt {
    color: var(--_c-muted);
  }
  [part~='figures'] dd {
    margin: 0;
    font-weight: bold;
  }
  /* Forced colours and print have two inks: done is solid, under way grey, overdue an outlined box. */
  @media (forced-colors: active) {
    .s-completedOnTime,
    .s-completed,
    [class*='fg-'] {
      fill: CanvasText;
    }
    .s-inProgress {
      fill: GrayText;
    }
    .bg,
    .s-overdue,
    .s-dueThisYear,
    .s-notYetDue,
    .s-noDeadline {
      fill: Canvas;
    }
    .seg {
      stroke: CanvasText;
    }
    .s-overdue {
      stroke-width: 3px;
    }
    [part~='unit'][aria-pressed='true'] {
      border-color: Highlight;
    }
  }
  @media print {
    .s-completedOnTime,
    .s-completed,
    [class*='fg-'] {
      fill: #000;
    }
    .s-inProgress {
      fill: #777;
    }
    .bg,
    .track,
    .s-overdue,
    .s-dueThisYear,
    .s-notYetDue,
    .s-noDeadline {
      fill: #fff;
    }
    .seg {
      stroke: #000;
    }
    .s-overdue {
      stroke-width: 3px;
    }
    .track {
      stroke: #999;
    }
    [part~='more'],
    .sort-bar {
      display: none;
    }
    /* An A4 page's width: headers wrap, the bars narrow, nothing scrolls. */
    .scroll {
      overflow: visible;
    }
    [part~='table'] {
      font-size: 0.875em;
    }
    thead th {
      word-break: normal;
      overflow-wrap: anywhere;
    }
    th[scope='row'],
    [lang='en'] th[scope='row'] {
      min-width: 6em;
    }
    td.bar-cell {
      width: 20%;
      min-width: 5em;
    }
    thead {
      display: table-header-group;
    }
    [part~='row'].selected {
      background: none;
    }
  }
`;
