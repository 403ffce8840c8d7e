import { css } from 'lit';

/**
 * Sizes are in em of the grid's text so the matrix scales with the page (200% zoom, large text).
 * Every cell of the grid keeps the grid's font size (only the text inside a cell is smaller), so
 * `--col-w` and `--row-h` mean the same length in every cell and in the spacers of a large matrix.
 */
export const unitMatrixStyles = css`
  [part~='base'] {
    /* Contained, so the grid's width never widens the widget in a shrink-to-fit page layout. */
    container-type: inline-size;
    padding: var(--_space-3);
    border: 1px solid var(--_c-grid);
  }
  .top {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--_space-1) var(--_space-4);
    margin: 0 0 var(--_space-2);
  }
  .caption {
    margin: 0;
    font-weight: bold;
    line-height: 1.4;
  }
  .caption .size {
    margin-inline-start: var(--_space-2);
    font-weight: normal;
    color: var(--_c-muted);
    font-size: var(--_font-size-small);
    white-space: nowrap;
  }
  .legend-note {
    color: var(--_c-muted);
  }

  /* The marks: a filled disc for lead, a ring for participant (shape, not colour, tells them apart).
     Both are drawn with borders, which survive forced-colors mode. */
  .swatch {
    display: inline-grid;
    place-items: center;
    width: 1em;
    height: 1em;
    flex: none;
    vertical-align: -0.1em;
  }
  .is-lead::before,
  .is-part::before {
    content: '';
    border-radius: 50%;
  }
  .is-lead::before {
    box-sizing: content-box;
    width: 0;
    height: 0;
    border: calc(var(--_mark, 0.95em) / 2) solid var(--tr-unit-matrix-lead-color, var(--_c-lead));
  }
  .is-part::before {
    box-sizing: border-box;
    width: var(--_mark, 0.95em);
    height: var(--_mark, 0.95em);
    border: 0.17em solid var(--tr-unit-matrix-participant-color, var(--_c-participant));
  }
  .swatch.is-marked {
    border: 2px solid var(--_c-accent);
    background: var(--_c-accent-soft);
    border-radius: 2px;
  }

  /* The scroller: horizontal and vertical scrolling stay inside the widget. */
  [part~='scroller'] {
    position: relative;
    overflow: auto;
    max-height: var(--tr-unit-matrix-max-height, min(75vh, 36em));
    overscroll-behavior: contain;
    scroll-behavior: auto;
    border: 1px solid var(--_c-grid);
    background: var(--_c-surface);
  }
  [part~='grid'] {
    --col-w: 2.25em;
    --row-h: 2.5em;
    --name-w: 8em;
    --total-w: 2.75em;
    --head-h: 2.5em;
    --total-h: 2em;
    width: max-content;
    min-width: 100%;
    font-size: var(--_font-size-small);
    line-height: 1.25;
    overflow-wrap: normal;
  }
  .lang-en [part~='grid'] {
    --name-w: 11.5em;
    --total-w: 3em;
  }
  .by-tasks [part~='grid'] {
    --col-w: 2.5em;
    --name-w: 14em;
    --total-w: 3em;
    --head-h: 8em;
  }
  /* Tasks as rows: the task column takes the room left when the grid is narrower than the box
     (then nothing scrolls sideways, so the sticky offsets after it never come into play). */
  .by-tasks .lead-0 {
    flex-grow: 1;
  }
  .by-tasks.lang-en [part~='grid'] {
    --col-w: 2.75em;
    --head-h: 11em;
  }
  /* A box at most 34em wide: the element sets .narrow (it needs to know what stays put when
     scrolling sideways); :where() keeps these rules' weight as if the class were not there. */
  :where(.narrow) [part~='grid'] {
    --total-w: 2.5em;
  }
  .lang-en:where(.narrow) [part~='grid'] {
    --name-w: 8em;
  }
  .by-tasks:where(.narrow) [part~='grid'] {
    --name-w: 9em;
    --total-w: 3em;
  }
  /* On a phone only the row headers stay put; the totals scroll with the cells (the class's
     weight beats the sticky rule below). */
  .narrow .lead-1,
  .narrow .lead-2 {
    position: relative;
    inset-inline-start: auto;
  }
  .thead {
    position: sticky;
    top: 0;
    z-index: 3;
    background: var(--_c-surface);
  }
  .tbody {
    padding-block: calc(var(--row-start, 0) * var(--row-h)) calc(var(--row-rest, 0) * var(--row-h));
  }
  .row {
    display: flex;
    height: var(--row-h);
    padding-inline-end: calc(var(--col-rest, 0) * var(--col-w));
  }
  .row.head {
    height: var(--head-h);
  }
  .row.totals {
    height: var(--total-h);
  }
  .row > * {
    flex: none;
    box-sizing: border-box;
    position: relative;
    display: flex;
    align-items: center;
    justify-content: center;
    width: var(--col-w);
    height: 100%;
    border-inline-end: 1px solid var(--_c-grid);
    border-block-end: 1px solid var(--_c-grid);
    background: var(--_c-surface);
    cursor: default;
  }
  .row > .lead-end + * {
    margin-inline-start: calc(var(--col-start, 0) * var(--col-w));
  }
  .row > .lead-end {
    border-inline-end: 2px solid var(--_c-border);
  }
  .row.head > *,
  .row.totals:last-child > * {
    border-block-end-color: var(--_c-border);
  }
  .lead-0,
  .lead-1,
  .lead-2 {
    position: sticky;
    z-index: 1;
  }
  .lead-0 {
    inset-inline-start: 0;
    width: var(--name-w);
    justify-content: flex-start;
    padding-inline: var(--_space-2) var(--_space-1);
    text-align: start;
  }
  .lead-1 {
    inset-inline-start: var(--name-w);
    width: var(--total-w);
  }
  .lead-2 {
    inset-inline-start: calc(var(--name-w) + var(--total-w));
    width: var(--total-w);
  }
  [role='columnheader'],
  [role='rowheader'] {
    font-weight: bold;
  }
  .corner,
  .total-head,
  .totals > [role='rowheader'] {
    font-weight: normal;
    color: var(--_c-muted);
  }
  .small {
    font-size: 0.875em;
  }
  .total {
    color: var(--_c-muted);
    font-variant-numeric: tabular-nums;
  }
  .corner,
  .total-head,
  .col-head {
    font-variant-numeric: tabular-nums;
    align-items: flex-end;
    padding-block-end: var(--_space-1);
  }
  .name {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    line-clamp: 2;
    overflow: hidden;
    overflow-wrap: break-word;
  }
  .lead-0 .name {
    line-height: 1.15;
  }
  .lang-en .lead-0 .name,
  .by-tasks .lead-0 .name {
    font-size: 0.9em;
  }
  .num {
    flex: none;
    min-width: 1.75em;
    margin-inline-end: var(--_space-1);
    color: var(--_c-muted);
    font-variant-numeric: tabular-nums;
  }
  .by-tasks .lead-0 .name {
    font-weight: normal;
  }
  /* Unit names as column headers run vertically (read top to bottom in zh, bottom to top in en),
     at most as tall as the header row and as wide as the column. */
  .vname {
    writing-mode: vertical-rl;
    inline-size: calc(var(--head-h) - 0.75em);
    max-width: 100%;
    overflow: hidden;
    line-height: 1.1;
    text-align: start;
  }
  .lang-en .vname {
    transform: rotate(180deg);
    font-size: 0.875em;
    inline-size: calc(var(--head-h) / 0.875 - 0.75em);
  }

  /* Cells: the mark, hover and focus highlight of the row and column, the marked line. */
  .cell {
    --_mark: 1.05em;
  }
  .row.marked > *,
  .row > .marked {
    background: var(--_c-accent-soft);
  }
  .row > .col-head.marked {
    box-shadow: inset 0 -3px 0 var(--_c-accent);
  }
  .row.marked > [role='rowheader'] {
    box-shadow: inset 3px 0 0 var(--_c-accent);
  }
  .row.hl-row > *,
  .row > .hl-col {
    background: var(--_c-surface-alt);
  }
  .row.hl-row > [role='rowheader'],
  .row > [role='columnheader'].hl-col {
    color: var(--_c-accent);
  }
  .row.hl-row > .hl-col {
    box-shadow: inset 0 0 0 2px var(--_c-accent);
  }
  .row > .selected {
    box-shadow: inset 0 0 0 3px var(--_c-accent);
  }
  /* Above the sticky leading cells too (this rule outweighs theirs). */
  .row > :focus-visible {
    outline: 3px solid var(--_c-focus);
    outline-offset: -3px;
    z-index: 2;
  }

  [part~='empty'] {
    margin: 0;
    padding: var(--_space-3);
    color: var(--_c-muted);
  }

  /* The tooltip: placed from code through --tip-x / --tip-y (CSSOM, allowed under a strict CSP). */
  [part~='tooltip'] {
    left: 0;
    top: 0;
    transform: translate(var(--tip-x, 0px), var(--tip-y, 0px));
    z-index: 5;
    max-width: min(22em, 100%);
  }
  /* Hidden, it keeps its box (out of flow, so it costs no layout) and is skipped by assistive
     technology through visibility, so no element of the widget is ever display: none. */
  [part~='tooltip'][hidden] {
    display: block;
    visibility: hidden;
  }
  [part~='tooltip'][data-off] {
    visibility: hidden;
  }
  [part~='tooltip'] p,
  [part~='detail'] p {
    margin: 0 0 var(--_space-1);
  }
  .tip-title,
  .detail-title {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space-2);
    align-items: baseline;
  }
  .tip-title span,
  .detail-title span {
    color: var(--_c-muted);
  }
  .tip-text {
    overflow-wrap: anywhere;
  }
  .tip-role {
    display: flex;
    align-items: center;
    gap: var(--_space-1);
    font-weight: bold;
  }
  .tip-hint {
    color: var(--_c-muted);
    font-size: 0.9em;
  }
  [part~='tooltip'] .tip-hint:last-child,
  [part~='detail'] p:last-of-type {
    margin-bottom: 0;
  }

  /* The selected task or unit, in full. */
  [part~='detail'] {
    margin-top: var(--_space-3);
    padding: var(--_space-3);
    border: 1px solid var(--_c-grid);
    border-inline-start: 4px solid var(--_c-accent);
    border-radius: var(--_radius);
    background: var(--_c-surface-alt);
  }
  .detail-head {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: var(--_space-2);
  }
  [part~='detail'] .swatch {
    margin-inline-end: var(--_space-1);
  }
  .detail-label {
    color: var(--_c-muted);
  }
  .detail-text {
    line-height: 1.6;
  }

  @media (forced-colors: active) {
    .is-lead::before,
    .is-part::before {
      border-color: CanvasText;
    }
    .row.hl-row > *,
    .row > .hl-col,
    .row.hl-row > [role='rowheader'],
    .row > [role='columnheader'].hl-col {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    .row.hl-row > .is-lead::before,
    .row.hl-row > .is-part::before,
    .row > .hl-col.is-lead::before,
    .row > .hl-col.is-part::before {
      border-color: HighlightText;
    }
    .row.marked > *,
    .row > .marked,
    .swatch.is-marked {
      outline: 1px dashed CanvasText;
      outline-offset: -3px;
    }
    .row > .selected,
    .row.hl-row > .hl-col {
      outline: 3px solid CanvasText;
      outline-offset: -3px;
    }
    [part~='tooltip'],
    [part~='detail'] {
      border-color: CanvasText;
    }
  }
  @media print {
    [part~='scroller'] {
      max-height: none;
      overflow: visible;
    }
    [part~='tooltip'] {
      display: none;
    }
  }
`;
