import { css } from 'lit';

/**
 * Paper, for every widget: black on white whatever the page's theme or colours (the tokens are
 * set here, above a page's `--tr-color-*` and a dark `theme`), no shadows, no menus or buttons,
 * and the as-of date and source under the widget. A widget's own styles add what is its own
 * (a layout that fits an A4 page, controls of its own to hide).
 */
export const printStyles = css`
  .print-note {
    display: none;
  }
  @media print {
    :host,
    :host([theme]) {
      color-scheme: light !important;
      --_c-text: #000 !important;
      --_c-muted: #000 !important;
      --_c-surface: #fff !important;
      --_c-surface-alt: #fff !important;
      --_c-border: #000 !important;
      --_c-grid: #999 !important;
      --_c-accent: #000 !important;
      --_c-accent-soft: #eee !important;
      --_c-lead: #000 !important;
      --_c-participant: #000 !important;
      --_c-success: #000 !important;
      --_c-warning: #000 !important;
      --_c-danger: #000 !important;
      --_c-neutral: #555 !important;
      --_c-focus: #000 !important;
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
