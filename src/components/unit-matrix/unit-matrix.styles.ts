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

  /* The marks: a filled disc for lead, a diamond for responsible, a ring for participant (shape,
     not colour, tells them apart). All are drawn with borders, which survive forced-colors mode.
     Coloured by status, a tone class sets --_mark-color for the mark and its glyph. */
  .swatch {
    display: inline-grid;
    place-items: center;
    width: 1em;
    height: 1em;
    flex: none;
    vertical-align: -0.1em;
  }
  .is-lead::before,
  .is-resp::before,
  .is-part::before {
    content: '';
    border-radius: 50%;
  }
  .is-lead::before {
    box-sizing: content-box;
    width: 0;
    height: 0;
    border: calc(var(--_mark, 0.95em) / 2) solid var(--_mark-color, var(--tr-unit-matrix-lead-color, var(--_c-lead)));
  }
  .is-resp::before {
    box-sizing: content-box;
    width: 0;
    height: 0;
    border-radius: 1px;
    border: calc(var(--_mark, 0.95em) * 0.36) solid var(--_mark-color, var(--tr-unit-matrix-responsible-color, var(--_c-lead)));
    transform: rotate(45deg);
  }
  .is-part::before {
    box-sizing: border-box;
    width: var(--_mark, 0.95em);
    height: var(--_mark, 0.95em);
    border: 0.17em solid var(--_mark-color, var(--tr-unit-matrix-participant-color, var(--_c-participant)));
  }
  /* Status tones (color-by="status"); the glyph and the word carry the meaning too. */
  .st-done {
    --_mark-color: var(--_c-success);
  }
  .st-late {
    --_mark-color: var(--_c-warning);
  }
  .st-danger {
    --_mark-color: var(--_c-danger);
  }
  .st-active {
    --_mark-color: var(--_c-status-active);
  }
  .st-quiet {
    --_mark-color: var(--_c-neutral);
  }
  .glyph {
    width: 1em;
    height: 1em;
    flex: none;
    color: var(--_mark-color, currentColor);
  }
  .glyph .s,
  .glyph .k {
    fill: none;
    stroke: currentColor;
    stroke-width: 1.8;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .glyph .w {
    stroke-width: 2.5;
  }
  .glyph .f {
    fill: currentColor;
  }
  .glyph .k {
    stroke: var(--_c-surface);
    stroke-width: 2.2;
  }
  /* Coloured by status, the role marks of the legend are drawn in the text colour. */
  .by-status [part~='legend'] .swatch,
  .by-status .card-count .swatch {
    --_mark-color: var(--_c-text);
  }
  .long-roles [part~='grid'] {
    --total-w: 3.75em;
  }
  .cell .glyph {
    position: absolute;
    inset-block-start: 0.12em;
    inset-inline-end: 0.08em;
    width: 0.8em;
    height: 0.8em;
  }
  .cell:has(.glyph)::before {
    translate: -0.2em 0.2em;
  }
  .state {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
  }
  [part~='status-legend'] {
    display: flex;
    flex-wrap: wrap;
    flex-basis: 100%;
    gap: var(--_space-1) var(--_space-3);
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: var(--_font-size-small);
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
  /* English names in full, wrapped on up to three lines (rows grow to hold them); abbreviated
     only in the narrow layout. */
  .lang-en [part~='grid'] {
    --name-w: 15em;
    --total-w: 3.5em;
  }
  .by-units.lang-en [part~='grid'] {
    --row-h: 3.25em;
  }
  .lang-en .lead-0 .name {
    -webkit-line-clamp: 3;
    line-clamp: 3;
  }
  .long-numbers [part~='grid'] {
    --col-w: 3.75em;
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
    --name-w: 9em;
    --total-w: 3em;
  }
  .by-tasks:where(.narrow) [part~='grid'] {
    --name-w: 9em;
    --total-w: 3em;
  }
  /* On a phone only the row headers stay put; the totals scroll with the cells (the class's
     weight beats the sticky rule below). */
  .narrow .lead-1,
  .narrow .lead-2,
  .narrow .lead-3,
  .narrow .lead-4,
  .narrow .lead-5 {
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
  /* Section headings: one cell over its tasks' columns (--span, set through CSSOM). */
  .row.sections {
    height: var(--sec-h, 2.25em);
  }
  .row > .sec-head {
    width: calc(var(--span, 1) * var(--col-w));
    justify-content: flex-start;
    padding-inline: var(--_space-1);
    border-inline-end: 2px solid var(--_c-border);
    font-weight: normal;
    overflow: hidden;
  }
  .sec-label {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    line-clamp: 2;
    overflow: hidden;
    line-height: 1.1;
    font-size: 0.875em;
  }
  .sec-num {
    margin-inline-end: 0.25em;
    font-weight: bold;
  }
  .row.sections > * {
    border-block-end-color: var(--_c-grid);
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
  .lead-2,
  .lead-3,
  .lead-4,
  .lead-5 {
    position: sticky;
    z-index: 1;
    width: var(--total-w);
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
  }
  .lead-3 {
    inset-inline-start: calc(var(--name-w) + 2 * var(--total-w));
  }
  .lead-4 {
    inset-inline-start: calc(var(--name-w) + 3 * var(--total-w));
  }
  .lead-5 {
    inset-inline-start: calc(var(--name-w) + 4 * var(--total-w));
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
  /* The linked selection: the unit's row, the task's column, the tasks in the state or section
     stand out; the other marks fade (their shapes stay readable). */
  .linking .row.body:not(.picked) > .cell:not(.picked)::before,
  .linking .row.body:not(.picked) > .cell:not(.picked) .glyph {
    opacity: 0.25;
  }
  .row.picked > [role='rowheader'],
  .row > .col-head.picked,
  .row > .sec-head.picked {
    color: var(--_c-accent);
    box-shadow: inset 0 -3px 0 var(--_c-accent);
  }
  .row.picked > [role='rowheader'] {
    box-shadow: inset 4px 0 0 var(--_c-accent);
  }
  .row.picked > .cell,
  .row > .cell.picked {
    background: var(--_c-accent-soft);
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
  .tip-status {
    font-weight: bold;
  }
  .tip-status .glyph,
  [part~='legend'] .glyph,
  [part~='status-legend'] .glyph {
    width: 1.1em;
    height: 1.1em;
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

  /* The scroll cue: a fade over the column the scroller's inline end cuts, shown while more
     columns lie beyond (placed from code through --cue-*, CSSOM, allowed under a strict CSP). */
  .frame {
    position: relative;
  }
  .cue {
    position: absolute;
    left: var(--cue-left, 0px);
    top: var(--cue-top, 0px);
    width: var(--cue-width, 0px);
    height: var(--cue-height, 0px);
    z-index: 4;
    pointer-events: none;
    background: var(--_c-surface);
    box-shadow: inset -0.25em 0 0.3em -0.15em var(--_c-muted);
  }
  /* A short fade into the column before, over its padding (its figures stay clear). */
  .cue::before {
    content: '';
    position: absolute;
    inset-block: 0;
    right: 100%;
    width: 0.5em;
    background: linear-gradient(to right, transparent, var(--_c-surface));
  }
  .cue[hidden] {
    display: none;
  }
  /* On paper the grid is not scrolled: nothing to cue. */
  @media print {
    .cue {
      display: none;
    }
  }

  /* Cards: one per unit (layout="cards", or a narrow box). */
  [part~='cards'] {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18em), 1fr));
    gap: var(--_space-2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .card {
    padding: var(--_space-2) var(--_space-3);
    border: 1px solid var(--_c-grid);
    border-radius: var(--_radius);
    background: var(--_c-surface);
  }
  .card.marked {
    border-color: var(--_c-accent);
    background: var(--_c-accent-soft);
  }
  .card.picked {
    border-color: var(--_c-accent);
    box-shadow: inset 4px 0 0 var(--_c-accent);
  }
  .card-name {
    margin: 0 0 var(--_space-1);
    font-size: 1em;
    line-height: 1.35;
  }
  .card-unit {
    all: unset;
    display: block;
    font-weight: bold;
    overflow-wrap: anywhere;
    cursor: pointer;
  }
  .card.picked .card-unit {
    color: var(--_c-accent);
  }
  .card-role,
  .card-progress {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.3em;
    margin: var(--_space-1) 0 0;
  }
  .card-count {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    min-width: 5.5em;
    color: var(--_c-muted);
  }
  .card-n {
    font-weight: bold;
    color: var(--_c-text);
    font-variant-numeric: tabular-nums;
  }
  .card-progress {
    color: var(--_c-muted);
    font-size: var(--_font-size-small);
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.2em;
    min-width: 2.5em;
    min-height: 2.25em;
    justify-content: center;
    box-sizing: border-box;
    padding: 0 0.4em;
    border: 1px solid var(--_c-grid);
    border-radius: var(--_radius);
    background: var(--_c-surface-alt);
    color: var(--_c-text);
    font: inherit;
    font-variant-numeric: tabular-nums;
    cursor: pointer;
  }
  .chip.st-done,
  .chip.st-late,
  .chip.st-danger,
  .chip.st-active {
    border-color: var(--_mark-color);
    box-shadow: inset 0 -3px 0 var(--_mark-color);
  }
  .chip .glyph {
    width: 0.9em;
    height: 0.9em;
  }
  .chip:hover {
    border-color: var(--_c-accent);
  }
  .chip.marked {
    background: var(--_c-accent-soft);
  }
  .chip.picked {
    background: var(--_c-accent-soft);
    border-color: var(--_c-accent);
  }
  .chip.selected {
    outline: 3px solid var(--_c-accent);
    outline-offset: -3px;
  }
  /* Others fade to plain muted numbers (still readable: no opacity on text). */
  .linking .card:not(.picked) .chip:not(.picked) {
    border-color: transparent;
    background: none;
    box-shadow: none;
    color: var(--_c-muted);
  }
  .card-unit:focus-visible,
  .chip:focus-visible {
    outline: 3px solid var(--_c-focus);
    outline-offset: 2px;
  }

  @media (forced-colors: active) {
    .is-lead::before,
    .is-resp::before,
    .is-part::before {
      border-color: CanvasText;
    }
    .glyph {
      color: CanvasText;
    }
    .glyph .k {
      stroke: Canvas;
    }
    .row.picked > [role='rowheader'],
    .row > .picked {
      outline: 2px solid CanvasText;
      outline-offset: -2px;
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
    .cue {
      display: none;
    }
    .chip.picked,
    .chip.selected,
    .card.picked {
      outline: 2px solid CanvasText;
    }
  }
  /* Paper (with the shared print styles): tasks as rows (the element's print layout), the grid laid
     out as a table so its header rows repeat on every page, nothing scrolls. */
  @media print {
    [part~='base'] {
      container-type: normal;
      padding: 0;
      border: none;
    }
    [part~='scroller'] {
      max-height: none;
      overflow: visible;
      border: none;
    }
    .detail-region {
      display: none;
    }
    [part~='grid'] {
      display: table;
      width: 100%;
      min-width: 0;
      border-collapse: collapse;
    }
    /* Chromium repeats a header group on every page only when it cannot break inside. */
    .thead {
      display: table-header-group;
      position: static;
      break-inside: avoid;
    }
    .tbody {
      display: table-row-group;
      padding: 0;
    }
    .row {
      display: table-row;
      padding: 0;
      break-inside: avoid;
    }
    .row > * {
      display: table-cell;
      position: static;
      height: var(--row-h);
      vertical-align: middle;
      text-align: center;
      border: 1px solid var(--_c-grid);
    }
    .row > .lead-0 {
      width: auto;
      text-align: start;
    }
    .row > .lead-end + * {
      margin: 0;
    }
    .row.head > * {
      height: var(--head-h);
      vertical-align: bottom;
    }
    .row.sections {
      display: none;
    }
    .cell::before {
      display: inline-block;
      vertical-align: middle;
    }
    .cell .glyph {
      position: static;
      vertical-align: middle;
    }
    .row > .lead-0 .name {
      display: inline;
    }
    .vname {
      display: inline-block;
    }
  }
`;
