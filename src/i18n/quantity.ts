/** A figure with its unit of measure, as a reader of each language writes it. */
import type { Measure } from '../data/schema.js';
import { formatNumber } from './format.js';
import type { Lang } from './lang.js';

/** The unit of measure alone, e.g. 家 / enterprises, % / %, for a label beside a number. */
export function measureLabel(lang: Lang, measure: Measure, nounEn?: string): string {
  if (lang === 'zh-CN') return measure === 'ratio' ? '：1' : measure;
  switch (measure) {
    case '%':
      return '%';
    case 'ratio':
      return ':1';
    case '倍':
      return '×';
    case '万元':
      return '× 10,000 yuan';
    default:
      return nounEn ?? 'units';
  }
}

/**
 * `268家`, `90%`, `1.2：1`, `2倍`, `1.2万元` in zh; `268 enterprises`, `90%`, `1.2:1`, `2×`,
 * `CNY 12,000` in en.
 */
export function formatQuantity(lang: Lang, value: number, measure: Measure, nounEn?: string): string {
  if (lang === 'en' && measure === '万元') return `CNY ${formatNumber('en', value * 10_000)}`;
  const figure = formatNumber(lang, value);
  if (lang === 'zh-CN') return measure === 'ratio' ? `${figure}：1` : `${figure}${measure}`;
  switch (measure) {
    case '%':
      return `${figure}%`;
    case 'ratio':
      return `${figure}:1`;
    case '倍':
      return `${figure}×`;
    default:
      return `${figure} ${nounEn ?? 'units'}`;
  }
}
