import { html, nothing, svg, type TemplateResult } from 'lit';
import { formatNumber } from '../../i18n/format.js';
import { punctuation } from '../../i18n/punctuation.js';
import { registerSummaryMessages } from '../../i18n/register-summary.js';
import { defineElement, TrElement, type Size, type ViewContext } from '../base/tr-element.js';
import { layoutBar, type BarStretch } from './register-summary.layout.js';
import { summaryModel, type Segment, type SummaryModel, type Words } from './register-summary.model.js';
import { registerSummaryStyles } from './register-summary.styles.js';

/** The bar's height in px. */
const barHeight = 14;

/**
 * @summary The register at a glance: its title; how many tasks, units and numeric targets it has;
 * with a progress file, how many tasks are completed (on time, late), in progress, overdue or have
 * no report at the as-of date, as figures and a one-line bar; without one, the plan's own counts and
 * a sentence saying no progress data was given. Tasks by deadline (each year, then annual, ongoing
 * and other deadlines in the document's words, and none stated), the roles the register uses with
 * their unit counts, and, when linked, what is selected.
 *
 * @tagname tr-register-summary
 * @attr {string} src - URL of a register JSON to show instead of the bundled one.
 * @attr {string} progress-src - URL of a progress file: the completion figures come from its reports.
 * @attr {string} lang - `zh-CN` (default) or `en`; unset, the nearest ancestor's `lang` applies.
 * @attr {string} as-of - The date the completion is counted at (ISO, `2025-06-30`). Default: today.
 * @attr {string} group - Links the summary with the other widgets of that group name; it then says what is selected.
 * @attr {'' | 'light' | 'dark' | 'auto'} theme - Colour scheme; unset, the page's `color-scheme` applies.
 * @fires {CustomEvent<SelectionChangeDetail>} tr-selection-change - The reader cleared the linked selection.
 * @fires {CustomEvent<TrErrorDetail>} tr-error - Bad input; `detail` says what and where.
 * @csspart base - The outer box.
 * @csspart title - The plan's title.
 * @csspart figures - The list of counts.
 * @csspart figure - One count.
 * @csspart completion - The completion at a glance (with progress data).
 * @csspart bar - The one-line bar of the tasks by status (decorative: the figures are its text).
 * @csspart states - The list of tasks by status.
 * @csspart state - One status with its count.
 * @csspart no-progress - The statement that no progress data was given.
 * @csspart deadlines - Tasks per deadline year and kind.
 * @csspart roles - The roles the register uses, with how many units play each.
 * @csspart selected - What the linked selection names.
 * @csspart clear - The button that clears the linked selection.
 * @csspart error - The error message (`role="alert"`).
 * @cssproperty [--tr-summary-figure-color=var(--tr-color-accent)] - The large counts of the plan.
 */
export class TrRegisterSummary extends TrElement {
  static override styles = [...TrElement.styles, registerSummaryStyles];
  protected static override observesSize = true;

  private view: SummaryModel | undefined;
  private bar: BarStretch[] = [];

  protected buildView({ register, lang, asOf, progress, selection }: ViewContext): void {
    this.view = summaryModel({ register, lang, asOf, progress, selection });
  }

  protected override layoutView(size: Size): void {
    this.bar = this.view?.completion ? layoutBar(this.view.completion.bar, size.width) : [];
  }

  /** The CSV of the figures (loaded on first use). */
  protected override exportContent() {
    return import('./register-summary.export.js').then((m) => m.summaryExport(this.view));
  }

  private readonly clear = (): void => this.selection.clear();

  protected renderView(): TemplateResult | typeof nothing {
    const view = this.view;
    if (!view) return nothing;
    const msg = registerSummaryMessages[view.lang];
    const p = punctuation(view.lang);
    return html`<section part="base" lang=${view.lang} aria-label=${view.title}>
      <h2 part="title">${view.title}</h2>
      ${view.subtitle ? html`<p class="subtitle">${view.subtitle}</p>` : nothing}
      <ul part="figures" aria-label=${view.sentence}>
        ${view.figures.map((f) => html`<li part="figure"><strong>${formatNumber(view.lang, f.value)}</strong>${p.space}${f.label}</li>`)}
      </ul>
      ${this.renderCompletion(view)} ${this.renderPlan(view)}
      <p part="deadlines">${this.renderWords(view.deadlines, p.clause)}</p>
      ${view.roles.length ? html`<p part="roles">${this.renderWords(view.roles, p.clause)}</p>` : nothing}
      ${view.selected.length
        ? html`<p part="selected" role="status">
            ${msg.selected}${view.selected.map(
              (item, i) => html`${i ? p.clause : ''}<strong lang=${item.name.lang ?? nothing}>${item.name.text}</strong>${item.detail}`,
            )}
            <button part="clear" type="button" @click=${this.clear}>${msg.clear}</button>
          </p>`
        : nothing}
    </section>`;
  }

  private renderWords(words: readonly Words[], separator: string): TemplateResult {
    return html`${words.map((w, i) => html`${i ? separator : ''}<span lang=${w.lang ?? nothing}>${w.text}</span>`)}`;
  }

  private renderSwatch(segment: Segment): TemplateResult {
    return html`<svg class="swatch" viewBox="0 0 12 12" aria-hidden="true" focusable="false"><rect class="seg seg-${segment}" x="0.5" y="0.5" width="11" height="11"></rect></svg>`;
  }

  private renderCompletion(view: SummaryModel): TemplateResult | typeof nothing {
    const completion = view.completion;
    if (!completion) return nothing;
    const msg = registerSummaryMessages[view.lang];
    const width = this.bar.reduce((w, s) => Math.max(w, s.x + s.width), 0);
    return html`<div part="completion" class="completion">
      <p class="heading">${completion.heading}</p>
      ${this.bar.length
        ? html`<svg part="bar" class="bar" viewBox="0 0 ${width} ${barHeight}" preserveAspectRatio="none" aria-hidden="true" focusable="false">
            ${this.renderPatterns()}
            ${this.bar.map((s) => svg`<rect class="seg seg-${s.key}" x=${s.x} y="0" width=${s.width} height=${barHeight}></rect>`)}
          </svg>`
        : nothing}
      <ul part="states" class="states">
        ${completion.figures.map(
          (f) => html`<li part="state" class="state state-${f.key}">
            ${this.renderSwatch(f.segments[0]!)}<span class="word">${f.word}</span>
            <strong>${msg.count(formatNumber(view.lang, f.count))}</strong>${f.detail
              ? // English puts a space before the bracket: outside the detail's box, where it is not lost at the box's start.
                html`${punctuation(view.lang).space}<span class="detail">${punctuation(view.lang).open.trimStart()}${f.detail}${punctuation(view.lang).close}</span>`
              : nothing}
          </li>`,
        )}
      </ul>
    </div>`;
  }

  /** Stripes and dots, so the bar's stretches differ in more than colour. */
  private renderPatterns(): TemplateResult {
    return svg`<defs>
      <pattern id="summary-hatch" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect class="hatch-ground" width="5" height="5"></rect><line class="hatch-line" x1="0" y1="0" x2="0" y2="5"></line>
      </pattern>
      <pattern id="summary-dots" width="5" height="5" patternUnits="userSpaceOnUse">
        <rect class="dots-ground" width="5" height="5"></rect><circle class="dots-dot" cx="2.5" cy="2.5" r="1"></circle>
      </pattern>
    </defs>`;
  }

  private renderPlan(view: SummaryModel): TemplateResult | typeof nothing {
    const plan = view.plan;
    if (!plan) return nothing;
    const msg = registerSummaryMessages[view.lang];
    return html`<div part="completion" class="plan">
      <p part="no-progress" role="note">${plan.note}</p>
      ${plan.figures.length
        ? html`<p class="heading">${plan.heading}</p>
            <ul part="states" class="states">
              ${plan.figures.map(
                (f) => html`<li part="state" class="state state-${f.key}"><span class="word">${f.word}</span> <strong>${msg.count(formatNumber(view.lang, f.count))}</strong></li>`,
              )}
            </ul>`
        : nothing}
    </div>`;
  }
}

defineElement('tr-register-summary', TrRegisterSummary);

declare global {
  interface HTMLElementTagNameMap {
    'tr-register-summary': TrRegisterSummary;
  }
}
