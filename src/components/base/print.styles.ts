import { css } from 'lit';

/**
 * Paper, for every widget: black on white whatever the page's theme or colours (the tokens are
 * set here, over a page's `--tr-color-*` and a dark `theme`, as these rules come after the
 * tokens'), no shadows, no menus or buttons, and the as-of date and source under the widget. A
 * widget's own styles add what is its own (a layout that fits an A4 page, controls to hide).
 */
export const printStyles = css`
  .print-note {
    display: none;
  }
  @media print {
    :host,
    :host([theme]) {
      color-scheme: light;
      --_c-text: #000;
      --_c-muted: #000;
      --_c-surface: #fff;
      --_c-surface-alt: #fff;
      --_c-border: #000;
      --_c-grid: #999;
      --_c-accent: #000;
      --_c-accent-soft: #eee;
      --_c-lead: #000;
      --_c-participant: #000;
      --_c-success: #000;
      --_c-warning: #000;
      --_c-danger: #000;
      --_c-neutral: #555;
      --_c-focus: #000;
      color: #000 !important;
      background: #fff !important;
      max-width: 100%;
    }
    [part~='base'] {
      color: #000;
      background: #fff;
      max-width: 100%;
      box-sizing: border-box;
    }
    * {
      box-shadow: none !important;
      text-shadow: none !important;
    }
    [part~='export'],
    [part~='tooltip'],
    .button {
      display: none !important;
    }
    /* A button in a table header (a sort) as plain text: Chromium leaves buttons out of the header it repeats on each page. */
    thead button {
      display: contents !important;
    }
    .print-note {
      display: block;
      margin: 0.5em 0 0;
      font-size: 0.8em;
      line-height: 1.4;
      break-inside: avoid;
    }
  }
`;
