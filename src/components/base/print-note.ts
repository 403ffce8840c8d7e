/**
 * The as-of date and source line under every widget on paper (and under an exported chart): small
 * and always loaded, unlike the export menu.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Register } from '../../data/model.js';
import { commonMessages } from '../../i18n/common.js';
import { printMessages } from '../../i18n/export.js';
import { formatDate } from '../../i18n/format.js';
import type { Lang } from '../../i18n/lang.js';
import type { TrErrorDetail } from './error-box.js';

export type ExportFormat = 'csv' | 'svg' | 'png';

/** The as-of and source lines under an exported chart and on paper. */
export interface ExportLines {
  readonly asOf: string;
  /** The as-of day (ISO), for file names. */
  readonly day: string;
  readonly source: string;
}

export function exportLines(register: Register, lang: Lang, asOf: Date): ExportLines {
  const msg = printMessages[lang];
  const en = lang === 'en';
  const source = en
    ? msg.source(register.issuer ?? '', register.titleEn ?? register.title, register.subtitleEn ?? register.subtitle ?? '')
    : msg.source(register.issuer ?? '', register.title, register.subtitle ?? '');
  return { asOf: commonMessages[lang].asOf(formatDate(lang, asOf)), day: asOf.toISOString().slice(0, 10), source };
}

/** The as-of date and source, shown on paper only. */
export function renderPrintNote(lines: ExportLines | null): TemplateResult | typeof nothing {
  return lines ? html`<p part="print-note" class="print-note">${lines.asOf}<br />${lines.source}</p>` : nothing;
}

/** The `tr-error` detail when the export code could not be loaded (`tr-export.js` missing beside a drop-in file). */
export function exportMissing(lang: Lang, error: unknown): TrErrorDetail {
  const url = String(error instanceof Error ? error.message : error).replace(/^exporterMissing /, '');
  const write = (l: Lang) => printMessages[l].missing(url);
  return { code: 'network', message: write(lang), messages: { 'zh-CN': write('zh-CN'), en: write('en') }, issues: [], suggestions: [] };
}
