import { css } from 'lit';

export const taskListStyles = css`
  [part~='base'] {
    container: task-list / inline-size;
    padding: var(--_space-3);
    border: 1px solid var(--_c-grid);
  }
  [part~='controls'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2) var(--_space-3);
    align-items: end;
    margin: 0 0 var(--_space-2);
  }
  .field {
    flex: 1 1 9em;
    display: flex;
    flex-direction: column;
    gap: 0.15em;
    min-width: 0;
    font-size: var(--_font-size-small);
    color: var(--_c-muted);
  }
  .field.search {
    flex-basis: 16em;
  }
  .field select,
  .field input {
    min-height: 2.25em;
    font: inherit;
    font-size: 1rem;
  }
  [part~='count'] {
    margin: var(--_space-2) 0;
    font-weight: bold;
  }
  .muted,
  .none {
    color: var(--_c-muted);
  }
  [part~='empty'] {
    padding: var(--_space-3);
    border: 1px dashed var(--_c-border);
  }
  /* The table. */
  .table-wrap {
    overflow-x: auto;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: bold;
    padding: 0 0 var(--_space-2);
  }
  th,
  td {
    padding: var(--_space-2);
    border-bottom: 1px solid var(--_c-grid);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    border-bottom: 2px solid var(--_c-border);
    color: var(--_c-muted);
    font-size: var(--_font-size-small);
    font-weight: bold;
    white-space: nowrap;
  }
  th[scope='row'] {
    font-weight: normal;
    white-space: nowrap;
  }
  td[part~='text'] {
    min-width: 16em;
  }
  td[part~='units'] {
    min-width: 9em;
  }
  td[part~='deadline'] {
    white-space: nowrap;
  }
  td.state,
  td[part~='latest'] {
    min-width: 8em;
    overflow-wrap: normal;
  }
  tr.selected > * {
    background: var(--_c-accent-soft);
  }
  tr.selected > th {
    box-shadow: inset 4px 0 0 var(--_c-accent);
  }
  .detail-row > td {
    background: var(--_c-surface-alt);
  }
  .text {
    margin: 0;
  }
  .role {
    margin: 0 0 0.2em;
  }
  .role-label {
    color: var(--_c-muted);
  }
  /* The disclosure: a real button, the chevron turning when open. */
  .toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    min-height: 2em;
    padding: 0.1em 0.4em;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: none;
    color: var(--_c-accent);
    font: inherit;
    cursor: pointer;
  }
  .chevron {
    width: 0.9em;
    height: 0.9em;
    flex: none;
  }
  .toggle[aria-expanded='true'] .chevron {
    transform: rotate(90deg);
  }
  .status {
    display: inline-flex;
    align-items: flex-start;
    gap: 0.3em;
  }
  .status.done .icon {
    color: var(--_c-success);
  }
  .status.late .icon {
    color: var(--_c-warning);
  }
  .status.danger .icon {
    color: var(--_c-danger);
  }
  .status.active .icon {
    color: var(--_c-status-active);
  }
  .status.neutral .icon {
    color: var(--_c-neutral);
  }
  .indicators {
    margin: var(--_space-1) 0 0;
    padding-inline-start: 1.2em;
    font-size: var(--_font-size-small);
  }
  .sep {
    color: var(--_c-muted);
  }
  /* The detail of one task. */
  .detail {
    padding: var(--_space-1) 0;
  }
  .facts {
    display: grid;
    gap: 0.2em;
    margin: 0;
  }
  .facts > div {
    display: grid;
    grid-template-columns: minmax(5em, max-content) 1fr;
    gap: var(--_space-2);
  }
  .facts dt {
    color: var(--_c-muted);
  }
  .facts dd {
    margin: 0;
  }
  .sub {
    margin: var(--_space-3) 0 var(--_space-1);
    font-weight: bold;
  }
  .history {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  .cell-label {
    display: none;
  }
  /* Read as part of the button's name ("任务1详情") in both layouts; seen only on a card. */
  .task-word {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: pre;
  }
  /* Below about 600 px each row is a card: number and status on the first line, then the text,
     units by role, deadline and latest report, each labelled. The cells keep their roles. */
  @container task-list (width < 37.5em) {
    .table-wrap {
      overflow: visible;
    }
    table,
    tbody,
    caption,
    .detail-row,
    .detail-row > td {
      display: block;
    }
    thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
    tr[part~='row'] {
      display: grid;
      grid-template-columns: 1fr auto;
      gap: var(--_space-1) var(--_space-3);
      padding: var(--_space-3) var(--_space-1);
      border-top: 1px solid var(--_c-grid);
    }
    tr[part~='row'] > * {
      display: block;
      grid-column: 1 / -1;
      min-width: 0;
      padding: 0;
      border: none;
      white-space: normal;
    }
    tr[part~='row'] > th {
      grid-column: 1;
      font-weight: bold;
    }
    tr[part~='row'] > .state {
      grid-column: 2;
      grid-row: 1;
      align-self: center;
    }
    tr[part~='row'] .toggle {
      margin-inline-start: -0.4em;
      font-weight: bold;
    }
    .cell-label {
      display: inline;
      color: var(--_c-muted);
    }
    .task-word {
      position: static;
      width: auto;
      height: auto;
      clip: auto;
    }
  }
  [part~='pager'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    align-items: center;
    justify-content: center;
    margin: var(--_space-3) 0 0;
  }
  .button:disabled {
    cursor: default;
    opacity: 0.55;
  }
  @media (forced-colors: active) {
    tr.selected > * {
      outline: 2px solid Highlight;
      outline-offset: -2px;
    }
  }
  /* Print (with the shared print styles): every row (the widget renders them all before printing), no controls. */
  @media print {
    [part~='base'] {
      border: none;
      padding: 0;
    }
    [part~='controls'],
    [part~='pager'],
    [part~='empty'] .button,
    .chevron {
      display: none;
    }
    .table-wrap {
      overflow: visible;
    }
    /* An A4 page's width: smaller type, narrower columns. */
    table {
      font-size: 0.875em;
    }
    td[part~='text'] {
      min-width: 12em;
    }
    td[part~='units'] {
      min-width: 6em;
    }
    td.state,
    td[part~='latest'] {
      min-width: 5em;
    }
    td[part~='deadline'] {
      white-space: normal;
    }
    thead {
      display: table-header-group;
    }
    tr {
      break-inside: avoid;
    }
  }
`;
