import { html, nothing, type TemplateResult } from 'lit';
import { countByDeadline } from '../../data/selectors.js';
import { formatNumber, formatYear } from '../../i18n/format.js';
import type { Lang } from '../../i18n/lang.js';
import { joinClauses, punctuation } from '../../i18n/punctuation.js';
import { registerSummaryMessages } from '../../i18n/register-summary.js';
import { defineElement, TrElement, type ViewContext } from '../base/tr-element.js';
import { registerSummaryStyles } from './register-summary.styles.js';

interface SummaryView {
  readonly lang: Lang;
  readonly title: string;
  readonly subtitle: string;
  readonly figures: readonly { value: number; label: string }[];
  readonly deadlines: readonly string[];
  readonly sentence: string;
}

/**
 * @summary The register at a glance: its title, how many tasks, units and numeric targets it has,
 * and how many tasks fall due in each year.
 *
 * @tagname tr-register-summary
 * @attr src - URL of a register JSON to show instead of the bundled one.
 * @attr lang - `zh-CN` (default) or `en`; unset, the nearest ancestor's `lang` applies.
 * @attr as-of - Accepted for symmetry with the other widgets (ISO date); not used in the summary.
 * @attr theme - `light`, `dark` or `auto`; unset, the page's `color-scheme` applies.
 * @fires tr-error - Bad input; `detail` says what and where.
 * @csspart base - The outer box.
 * @csspart title - The plan's title.
 * @csspart figures - The list of counts.
 * @csspart figure - One count.
 * @csspart deadlines - Tasks per deadline year.
 * @csspart error - The error message (`role="alert"`).
 */
export class TrRegisterSummary extends TrElement {
  static override styles = [...TrElement.styles, registerSummaryStyles];

  private view: SummaryView | undefined;

  protected buildView({ register, lang }: ViewContext): void {
    const msg = registerSummaryMessages[lang];
    const { years, annual } = countByDeadline(register.tasks);
    this.view = {
      lang,
      title: lang === 'en' ? (register.titleEn ?? register.title) : `《${register.title}》`,
      subtitle: lang === 'en' ? (register.subtitleEn ?? register.subtitle) : register.subtitle,
      figures: [
        { value: register.tasks.length, label: msg.tasks },
        { value: register.units.length, label: msg.units },
        { value: register.indicators.length, label: msg.indicators },
      ],
      deadlines: [
        ...years.map(([year, count]) => msg.dueByYear(formatYear(lang, year), count)),
        ...(annual ? [msg.annual(annual)] : []),
      ],
      sentence: msg.summary(register.tasks.length, register.units.length, register.indicators.length),
    };
  }

  protected renderView(): TemplateResult | typeof nothing {
    const view = this.view;
    if (!view) return nothing;
    return html`<section part="base" lang=${view.lang} aria-label=${view.title}>
      <h2 part="title">${view.title}</h2>
      <p class="subtitle">${view.subtitle}</p>
      <ul part="figures" aria-label=${view.sentence}>
        ${view.figures.map(
          (f) => html`<li part="figure"><strong>${formatNumber(view.lang, f.value)}</strong>${punctuation(view.lang).space}${f.label}</li>`,
        )}
      </ul>
      <p part="deadlines">${joinClauses(view.lang, view.deadlines)}</p>
    </section>`;
  }
}

defineElement('tr-register-summary', TrRegisterSummary);

declare global {
  interface HTMLElementTagNameMap {
    'tr-register-summary': TrRegisterSummary;
  }
}
