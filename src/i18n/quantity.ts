/** A figure with its unit of measure, as a reader of each language writes it. */
import type { Measure } from '../data/schema.js';
import { formatNumber } from './format.js';
import type { Lang } from './lang.js';

/** A quantity in pieces, so the figure can be set large and the unit small. */
export interface QuantityParts {
  readonly prefix: string;
  readonly figure: string;
  readonly unit: string;
}

/** en writes 万元 (ten thousand yuan) in yuan. */
const inYuan = (lang: Lang, measure: Measure) => lang === 'en' && measure === '万元';

/** A bare figure in the unit the language writes: en 万元 in yuan (`12,000`). */
function figureOf(lang: Lang, value: number, measure: Measure): string {
  return formatNumber(lang, inYuan(lang, measure) ? value * 10_000 : value);
}

/**
 * `268家` → `{ figure: '268', unit: '家' }`; en `CNY 12,000` → `{ prefix: 'CNY ', figure: '12,000' }`.
 * With `high`, a range joined by `dash`: `3–5家`.
 */
export function quantityParts(lang: Lang, low: number, measure: Measure, nounEn?: string, high?: number, dash = '–'): QuantityParts {
  const figure = high === undefined ? figureOf(lang, low, measure) : `${figureOf(lang, low, measure)}${dash}${figureOf(lang, high, measure)}`;
  if (inYuan(lang, measure)) return { prefix: 'CNY ', figure, unit: '' };
  if (lang === 'zh-CN') return { prefix: '', figure, unit: measure === 'ratio' ? '：1' : measure };
  const unit = measure === '%' ? '%' : measure === 'ratio' ? ':1' : measure === '倍' ? '×' : ` ${nounEn ?? 'units'}`;
  return { prefix: '', figure, unit };
}

/** The pieces read as one text. */
export function joinQuantity(parts: QuantityParts): string {
  return `${parts.prefix}${parts.figure}${parts.unit}`;
}

/**
 * `268家`, `90%`, `1.2：1`, `2倍`, `1.2万元` in zh; `268 enterprises`, `90%`, `1.2:1`, `2×`,
 * `CNY 12,000` in en.
 */
export function formatQuantity(lang: Lang, value: number, measure: Measure, nounEn?: string): string {
  return joinQuantity(quantityParts(lang, value, measure, nounEn));
}

/** A short figure on a scale: `300`, `50%`, `1.2`; en 万元 in yuan (`12,000`). */
export function scaleFigure(lang: Lang, value: number, measure: Measure): string {
  const figure = figureOf(lang, value, measure);
  return measure === '%' ? `${figure}%` : figure;
}
