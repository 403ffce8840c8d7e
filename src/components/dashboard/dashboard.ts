import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Register } from '../../data/model.js';
import { sectionById, taskById, unitById } from '../../data/selectors.js';
import { taskStateWord } from '../../i18n/common.js';
import { dashboardMessages } from '../../i18n/dashboard.js';
import type { Lang } from '../../i18n/lang.js';
import { keywordAttribute } from '../base/attributes.js';
import { attachWithin, SelectionHub, type HubOwner, type Selection } from '../base/controllers/selection.js';
import { defineElement, TrElement, type ViewContext } from '../base/tr-element.js';
import { readSelection, writeSelection, type UrlMode } from './dashboard.url.js';

/** The attributes a dashboard passes down to the widgets inside it that do not set their own. */
const passedDown = [
  ['src', 'src'],
  ['progress-src', 'progressSrc'],
  ['as-of', 'asOf'],
  ['load-timeout', 'loadTimeout'],
] as const;

interface Chip {
  readonly label: string;
  readonly value: string;
  readonly lang?: string;
}

/**
 * @summary Links the widgets inside it into one dashboard: they share one selection (a unit, a
 * task, a status, a section), each showing it in its own way; the dashboard says what is selected,
 * offers to clear it, keeps it in the page's address when asked, and passes `src`,
 * `progress-src`, `as-of` and `lang` to the widgets inside so a page sets them once.
 *
 * @tagname tr-dashboard
 * @attr {string} src - URL of a register JSON, passed to every widget inside that sets none.
 * @attr {string} progress-src - URL of a progress file, passed down likewise.
 * @attr {string} as-of - The date the widgets are drawn for (ISO), passed down likewise.
 * @attr {string} lang - `zh-CN` (default) or `en`: the widgets inside inherit it.
 * @attr {'' | 'hash' | 'query'} sync-url - Keep the selection in the address: `hash` (`#tr-unit=edu&tr-task=t5`) or `query` (`?tr-unit=edu`). Back and Forward restore it; a value that names nothing is ignored with a note.
 * @attr {'' | 'light' | 'dark' | 'auto'} theme - Colour scheme of the selection bar.
 * @fires {CustomEvent<SelectionChangeDetail>} tr-selection-change - Fired by the widget where the reader changed the selection (it bubbles through the dashboard).
 * @fires {CustomEvent<TrErrorDetail>} tr-error - Bad input.
 * @slot - The widgets, in any layout.
 * @csspart base - The selection bar above the widgets (also `bar`).
 * @csspart bar - The selection bar above the widgets.
 * @csspart chip - One selected thing.
 * @csspart clear - The clear button.
 * @csspart note - The note of a link value that was ignored.
 */
export class TrDashboard extends TrElement implements HubOwner {
  static override styles = [
    ...TrElement.styles,
    css`
      [part~='bar'] {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--_space-2);
        margin: 0 0 var(--_space-3);
        padding: var(--_space-2) var(--_space-3);
        border: 1px solid var(--_c-grid);
        border-radius: var(--_radius);
        background: var(--_c-surface);
      }
      [part~='bar'] > strong {
        font-weight: bold;
      }
      [part~='chip'] {
        padding: 0.1em 0.6em;
        border-radius: 1em;
        border: 1px solid var(--_c-accent);
        color: var(--_c-text);
      }
      [part~='chip'] span {
        color: var(--_c-muted);
        margin-inline-end: 0.3em;
      }
      .hint {
        color: var(--_c-muted);
      }
      [part~='clear'] {
        margin-inline-start: auto;
      }
      @media print {
        [part~='bar'] {
          display: none;
        }
      }
    `,
  ];

  /** Keep the selection in the page's address: `hash`, `query`, or '' (not kept). */
  @property({ attribute: 'sync-url', converter: keywordAttribute<'' | UrlMode>('') }) syncUrl: '' | UrlMode = '';

  /** The selection the widgets inside share. */
  readonly selectionHub = new SelectionHub('');

  private shownRegister: Register | undefined;
  private chips: readonly Chip[] = [];
  private linkNote = '';
  private children$: MutationObserver | undefined;
  private restoring = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.selectionHub.addEventListener('change', this.onSelection);
    window.addEventListener('popstate', this.onAddress);
    window.addEventListener('hashchange', this.onAddress);
    this.children$ = new MutationObserver(() => this.passDown());
    this.children$.observe(this, { childList: true, subtree: true });
    this.passDown();
    // Widgets defined before the dashboard connected without it: link them now.
    attachWithin(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.selectionHub.removeEventListener('change', this.onSelection);
    window.removeEventListener('popstate', this.onAddress);
    window.removeEventListener('hashchange', this.onAddress);
    this.children$?.disconnect();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (passedDown.some(([, name]) => changed.has(name))) this.passDown();
    super.willUpdate(changed);
  }

  protected buildView({ register, lang }: ViewContext): void {
    const first = this.shownRegister !== register;
    this.shownRegister = register;
    if (first && this.syncUrl) this.restore();
    this.chips = this.describe(register, this.selectionHub.value, lang);
  }

  /** Sets each attribute the dashboard has on the widgets inside that do not set it themselves. */
  private passDown(): void {
    const widgets = this.querySelectorAll<TrElement>('*');
    for (const widget of widgets) {
      if (!(widget instanceof TrElement)) continue;
      for (const [attribute, name] of passedDown) {
        const value = this[name];
        // The dashboard's value goes only where the page did not write one.
        if (widget.hasAttribute(attribute) && widget.dataset[`trFrom${name}`] === undefined) continue;
        if (value) {
          widget.dataset[`trFrom${name}`] = '';
          (widget as unknown as Record<string, string>)[name] = value;
        }
      }
    }
  }

  private readonly onSelection = (): void => {
    if (this.syncUrl && !this.restoring) {
      const next = writeSelection(new URL(location.href), this.syncUrl, this.selectionHub.value);
      if (next.href !== location.href) history.pushState(history.state, '', next.href);
    }
    this.requestUpdate();
  };

  private readonly onAddress = (): void => {
    if (this.syncUrl) this.restore();
  };

  /** Takes the selection from the address (at load, Back, Forward). */
  private restore(): void {
    if (!this.syncUrl) return;
    const { selection, ignored } = readSelection(new URL(location.href), this.syncUrl, this.shownRegister);
    this.linkNote = ignored.join(', ');
    if (ignored.length) console.info(`tr-dashboard: ${dashboardMessages.en.badLink(this.linkNote)}`);
    this.restoring = true;
    this.selectionHub.set(selection);
    this.restoring = false;
    this.requestUpdate();
  }

  private describe(register: Register, selection: Selection, lang: Lang): Chip[] {
    const msg = dashboardMessages[lang];
    const chips: Chip[] = [];
    const unit = selection.unit ? unitById(register, selection.unit) : undefined;
    if (unit) {
      const english = lang === 'en' && unit.nameEn;
      chips.push({ label: msg.unit, value: english ? unit.nameEn! : unit.name, ...(lang === 'en' && !english ? { lang: 'zh' } : {}) });
    }
    const task = selection.task ? taskById(register, selection.task) : undefined;
    if (task) chips.push({ label: msg.task(task.number), value: task.content.length > 24 ? `${task.content.slice(0, 24)}…` : task.content, lang: 'zh' });
    if (selection.state) chips.push({ label: msg.state, value: taskStateWord(lang, selection.state) });
    const section = sectionById(register, selection.section);
    if (section) chips.push({ label: msg.section, value: `${section.number ?? ''}${section.title}`, lang: 'zh' });
    return chips;
  }

  /** The widgets always show: a problem of the dashboard's own is theirs too, and each says it. */
  protected override render(): TemplateResult {
    return this.problem || !this.shownRegister ? html`<slot></slot>` : this.renderView();
  }

  protected renderView(): TemplateResult {
    const msg = dashboardMessages[this.currentLang];
    return html`<div part="base bar" role="region" aria-label=${msg.selected} aria-live="polite">
        <strong>${msg.selected}</strong>
        ${this.chips.length
          ? this.chips.map(
              (chip) => html`<span part="chip"><span>${chip.label}</span><b lang=${chip.lang ?? nothing}>${chip.value}</b></span>`,
            )
          : html`<span class="hint">${msg.nothingSelected}</span>`}
        ${this.chips.length
          ? html`<button part="clear" class="button" type="button" @click=${() => this.selection.clear()}>
              ${msg.clear}<span class="hint"> ${msg.clearHint}</span>
            </button>`
          : nothing}
      </div>
      ${this.linkNote ? html`<p part="note" role="note">${msg.badLink(this.linkNote)}</p>` : nothing}
      <slot></slot>`;
  }
}

defineElement('tr-dashboard', TrDashboard);

declare global {
  interface HTMLElementTagNameMap {
    'tr-dashboard': TrDashboard;
  }
}
