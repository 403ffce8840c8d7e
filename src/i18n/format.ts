/** Numbers (zh: 万/亿), years (zh: 2025年), dates and lists, with cached Intl formatters where Intl is needed. */
import type { Deadline } from '../data/model.js';
import { commonMessages } from './common.js';
import type { Lang } from './lang.js';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>(key: string, make: () => T): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}

/**
 * A number as a reader of `lang` expects it. In zh, figures of 10,000 and more use 万 and 亿
 * (12000 → 1.2万); below that, plain digits without grouping noise.
 */
export function formatNumber(lang: Lang, value: number, maximumFractionDigits = 2): string {
  // Below 1,000 no language groups digits: skip Intl, whose first use loads locale data (tens of ms).
  if (Math.abs(value) < 1000) {
    const factor = 10 ** maximumFractionDigits;
    return String(Math.round(value * factor) / factor);
  }
  if (lang === 'zh-CN' && Math.abs(value) >= 10_000) {
    return cached(`n-zh-compact-${maximumFractionDigits}`, () =>
      new Intl.NumberFormat('zh-CN', { notation: 'compact', maximumFractionDigits }),
    ).format(value);
  }
  return cached(`n-${lang}-${maximumFractionDigits}`, () =>
    new Intl.NumberFormat(lang === 'en' ? 'en-US' : 'zh-CN', { maximumFractionDigits }),
  ).format(value);
}

/** A share as a whole percentage: 0.893 → 89%. */
export function formatPercent(lang: Lang, share: number): string {
  return `${formatNumber(lang, Math.round(share * 100), 0)}%`;
}

/** A year: 2025年 in zh, 2025 in en. */
export function formatYear(lang: Lang, year: number): string {
  return lang === 'zh-CN' ? `${year}年` : String(year);
}

const monthsEn = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A calendar date: 2026年11月29日 in zh, 29 Nov 2026 in en. The date is read in UTC. */
export function formatDate(lang: Lang, date: Date): string {
  const [year, month, day] = [date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()];
  return lang === 'zh-CN' ? `${year}年${month + 1}月${day}日` : `${day} ${monthsEn[month]} ${year}`;
}

/** A list of names: 省教育厅、省人力社保厅 in zh, "A, B and C" in en. */
export function formatList(lang: Lang, items: readonly string[]): string {
  if (lang === 'zh-CN') return items.join('、');
  return cached('l-en', () => new Intl.ListFormat('en', { style: 'long', type: 'conjunction' })).format(items);
}

/**
 * A deadline as the document writes it. In English the dated kinds are written in English (a month
 * without its day) and annual work as such; any other wording stays as written, marked as Chinese.
 * `none` is the widget's word for a task with no deadline.
 */
export function formatDeadline(lang: Lang, deadline: Deadline, none: string): { readonly text: string; readonly lang?: 'zh' } {
  if (deadline.kind === 'none') return { text: none };
  if (lang === 'zh-CN') return { text: deadline.text };
  switch (deadline.kind) {
    case 'year':
      return { text: String(deadline.year) };
    case 'month':
      // `1 Jun 2025` without its day.
      return { text: formatDate(lang, new Date(Date.UTC(deadline.year, deadline.month - 1))).replace(/^1 /, '') };
    case 'date':
      return { text: formatDate(lang, new Date(`${deadline.date}T00:00:00Z`)) };
    case 'annual':
      return { text: commonMessages.en.annual };
    default:
      return { text: deadline.text, lang: 'zh' };
  }
}
