import { css } from 'lit';

/** The menu on screen: a small button at the widget's top end, its list below it. */
export const exportMenuStyles = css`
  .export {
    position: relative;
    display: flex;
    justify-content: flex-end;
    margin-block-end: var(--_space-1);
  }
  .export [role='menu'] {
    position: absolute;
    inset-block-start: 100%;
    inset-inline-end: 0;
    z-index: 10;
    min-width: max-content;
    margin: 2px 0 0;
    padding: var(--_space-1) 0;
    list-style: none;
    border: 1px solid var(--_c-border);
    border-radius: var(--_radius);
    background: var(--_c-surface);
    color: var(--_c-text);
    box-shadow: 0 3px 12px rgb(0 0 0 / 0.18);
    font-size: var(--_font-size-small);
  }
  .export [role='menuitem'] {
    padding: var(--_space-2) var(--_space-3);
    cursor: pointer;
  }
  .export [role='menuitem']:hover,
  .export [role='menuitem']:focus {
    background: var(--_c-accent-soft);
  }
  .export [role='menuitem']:focus-visible {
    outline: 2px solid var(--_c-focus);
    outline-offset: -2px;
  }
`;
