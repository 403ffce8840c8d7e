import { css } from 'lit';

/** Styles of <tr-register-summary>: the counts large in the accent colour, the rest muted. */
export const registerSummaryStyles = css`
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
  .subtitle {
    margin: 0 0 var(--_space-3);
    color: var(--_c-muted);
  }
  [part~='figures'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2) var(--_space-4);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part~='figure'] strong {
    font-size: 1.75em;
    color: var(--_c-accent);
    margin-inline-end: 0.15em;
    font-variant-numeric: tabular-nums;
  }
  [part~='deadlines'] {
    margin: var(--_space-2) 0 0;
    color: var(--_c-muted);
  }
`;
