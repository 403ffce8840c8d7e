/** Messages of <tr-kpi-gauge>, and how it writes a figure in each measure. Its errors are in errors.ts. */
import type { GaugeStatus, ShareBasis } from '../data/indicator-status.js';
import type { Comparator, Measure } from '../data/model.js';
import { formatNumber } from './format.js';
import type { Lang } from './lang.js';
import type { QuantityParts } from './quantity.js';

const zhCN = {
  /** The symbol before the target figure in the visible text. */
  symbol: { atLeast: '≥', exactly: '', about: '≈', atMost: '≤', moreThan: '＞', lessThan: '＜', range: '' } as Record<Comparator, string>,
  /** In place of the year when the document gives the target none. */
  noYear: '未规定年限',
  /** Before the target (`目标 ≥ 300家 · 2025年`); without a value, the heading above it in the value's place. */
  targetHeading: '目标',
  /** Between the ends of a range: visible, then spoken. */
  rangeDash: '–',
  rangeWord: '至',
  /** The target as a sentence reads it: `目标不少于300家`. */
  spokenTarget: (comparator: Comparator, quantity: string, band: string) => {
    switch (comparator) {
      case 'atLeast':
        return `目标不少于${quantity}`;
      case 'moreThan':
        return `目标超过${quantity}`;
      case 'about':
        return `目标${quantity}左右（${band}）`;
      case 'atMost':
        return `目标不超过${quantity}`;
      case 'lessThan':
        return `目标低于${quantity}`;
      default:
        return `目标${quantity}`;
    }
  },
  share: (percent: string, basis: ShareBasis) =>
    basis === 'cap' ? `为上限的${percent}` : basis === 'minimum' ? `达下限的${percent}` : `完成${percent}`,
  status: {
    achieved: '达标',
    'within-cap': '未超上限',
    'on-track': '进度正常',
    behind: '进度落后',
    'in-progress': '推进中',
    overdue: '逾期未达标',
    'over-cap': '超出上限',
    'above-range': '高于目标区间',
    'no-data': '暂无数据',
  } as Record<GaugeStatus, string>,
  /** Where the value should be by now. */
  expected: (quantity: string) => `应达 ${quantity}`,
  /** The whole gauge as one sentence (`aria-valuetext`). */
  spoken: (label: string, value: string, target: string, year: string, share: string, status: string, expected: string) =>
    `${label} ${value}，${target}（${year}），${share ? `${share}，` : ''}${status}${expected ? `（${expected}）` : ''}`,
  spokenNoData: (label: string, target: string, year: string, status: string) => `${label}，${target}（${year}），${status}`,
  // Notes.
  needsBoth: (given: string, missing: string) => `${given}（须同时设置 ${missing} 才能判断进度）`,
  capHasNoPace: 'baseline 与 baseline-year（上限类指标不判断进度）',
  noYearNoPace: 'baseline-year（指标未规定年限，不判断进度）',
  // Progress.
  /** The task whose text states the target, by the document's number. */
  task: (number: string) => `任务${number}`,
  /** Under the figure: when it was reported, and where from. */
  report: (date: string, source: string) => `${date}报告${source ? ` · 来源：${source}` : ''}`,
  history: (count: number) => `历次报告（${count}次）`,
  historyItem: (date: string, value: string) => `${date}：${value}`,
  /** What the dashed line of the trend is. */
  pathLegend: '虚线为从基线到目标的进度路径',
  /** The name of the key before the expected-by-now figure: the triangle marks that figure on the arc. */
  paceKey: '弧上三角标记：',
  baselineItem: (date: string, value: string) => `基线（${date}）：${value}`,
  goalItem: (date: string, value: string) => `目标（${date}）：${value}`,
};
export type KpiGaugeMessages = typeof zhCN;

const en: KpiGaugeMessages = {
  symbol: { atLeast: '≥', exactly: '', about: '≈', atMost: '≤', moreThan: '>', lessThan: '<', range: '' },
  noYear: 'no year stated',
  targetHeading: 'Target',
  rangeDash: '–',
  rangeWord: ' to ',
  spokenTarget: (comparator, quantity, band) => {
    switch (comparator) {
      case 'atLeast':
        return `target at least ${quantity}`;
      case 'moreThan':
        return `target more than ${quantity}`;
      case 'about':
        return `target about ${quantity} (${band})`;
      case 'atMost':
        return `target at most ${quantity}`;
      case 'lessThan':
        return `target less than ${quantity}`;
      default:
        return `target ${quantity}`;
    }
  },
  share: (percent, basis) => (basis === 'cap' ? `${percent} of the cap` : basis === 'minimum' ? `${percent} of the minimum` : `${percent} of target`),
  status: {
    achieved: 'Achieved',
    'within-cap': 'Within the cap',
    'on-track': 'On track',
    behind: 'Behind schedule',
    'in-progress': 'In progress',
    overdue: 'Not met by the deadline',
    'over-cap': 'Over the cap',
    'above-range': 'Above the target range',
    'no-data': 'No data reported',
  },
  expected: (quantity) => `expected ${quantity} by now`,
  spoken: (label, value, target, year, share, status, expected) =>
    `${label}: ${value}, ${target} (${year}), ${share ? `${share}, ` : ''}${status.toLowerCase()}${expected ? ` (${expected})` : ''}`,
  spokenNoData: (label, target, year, status) => `${label}: ${target} (${year}), ${status.toLowerCase()}`,
  needsBoth: (given, missing) => `${given} (set ${missing} too to judge the pace)`,
  capHasNoPace: 'baseline and baseline-year (a cap has no pace to judge)',
  noYearNoPace: 'baseline-year (the target states no year, so there is no pace to judge)',
  task: (number) => `Task ${number}`,
  report: (date, source) => `Reported ${date}${source ? ` · Source: ${source}` : ''}`,
  history: (count) => `Reports (${count})`,
  historyItem: (date, value) => `${date}: ${value}`,
  pathLegend: 'Dashed: the path from the baseline to the target',
  paceKey: 'Triangle on the arc:',
  baselineItem: (date, value) => `Baseline (${date}): ${value}`,
  goalItem: (date, value) => `Target (${date}): ${value}`,
};

export const kpiGaugeMessages: { readonly [L in Lang]: KpiGaugeMessages } = { 'zh-CN': zhCN, en };

/** A figure with its measure in pieces; `unitLang` marks a measure shown as the document writes it. */
export interface GaugeQuantity extends QuantityParts {
  readonly unitLang?: 'zh';
}

/** Classifiers that count things: en names the things (`nounEn`). */
const counters = new Set(['所', '个', '家', '门', '项', '座', '条', '名', '户', '次', '人']);

/** How en writes a measure: the factor to a plain figure, a prefix, the unit after it; null: as written. */
function enMeasure(measure: Measure, nounEn: string | undefined): { factor: number; prefix: string; unit: string } | null {
  const noun = (fallback: string) => ` ${nounEn ?? fallback}`;
  if (measure === '%') return { factor: 1, prefix: '', unit: '%' };
  if (measure === 'ratio') return { factor: 1, prefix: '', unit: ':1' };
  if (measure === '倍') return { factor: 1, prefix: '', unit: '×' };
  if (measure === '元') return { factor: 1, prefix: 'CNY ', unit: '' };
  if (measure === '万元') return { factor: 1e4, prefix: 'CNY ', unit: '' };
  if (measure === '公里') return { factor: 1, prefix: '', unit: ' km' };
  if (measure === '人' || measure === '万人') return { factor: measure === '人' ? 1 : 1e4, prefix: '', unit: noun('people') };
  const counted = measure.startsWith('万') ? measure.slice(1) : measure;
  if (counters.has(counted)) return { factor: counted === measure ? 1 : 1e4, prefix: '', unit: noun('units') };
  return nounEn ? { factor: 1, prefix: '', unit: ` ${nounEn}` } : null;
}

/** zh: 万 and 亿 in the figure, unless the measure already carries one (1.2万万人 reads wrong). */
function zhFigure(value: number, measure: Measure): string {
  return /^[万亿]/.test(measure) && Math.abs(value) >= 1e4 ? formatNumber('en', value) : formatNumber('zh-CN', value);
}

/**
 * A figure (or a range `low`–`high`) in its measure: `2.5万人`, `3亿元` in zh; `25,000 people`,
 * `CNY 300 million`, `12 km` in en; a measure en has no word for stays as written (`12吨`, marked zh).
 */
export function gaugeQuantity(lang: Lang, low: number, measure: Measure, nounEn?: string, high?: number, dash = '–'): GaugeQuantity {
  const join = (format: (value: number) => string) => (high === undefined ? format(low) : `${format(low)}${dash}${format(high)}`);
  if (lang === 'zh-CN') return { prefix: '', figure: join((v) => zhFigure(v, measure)), unit: measure === 'ratio' ? '：1' : measure };
  if (measure === '亿元') {
    // Exact in millions or billions of yuan: 2.5亿元 → CNY 250 million, 30亿元 → CNY 3 billion.
    const billions = Math.max(Math.abs(low), Math.abs(high ?? low)) >= 10;
    const figure = join((v) => formatNumber('en', billions ? v / 10 : v * 100, 6));
    return { prefix: 'CNY ', figure, unit: billions ? ' billion' : ' million' };
  }
  const written = enMeasure(measure, nounEn);
  if (!written) return { prefix: '', figure: join((v) => formatNumber('en', v)), unit: measure, unitLang: 'zh' };
  return { prefix: written.prefix, figure: join((v) => formatNumber('en', v * written.factor)), unit: written.unit };
}

/** A short figure on a scale, in the same unit as the figures: `300`, `50%`, en `12,000` for 1.2万元, `250M` for 2.5亿元. */
export function gaugeScaleFigure(lang: Lang, value: number, measure: Measure): string {
  if (lang === 'zh-CN') return `${zhFigure(value, measure)}${measure === '%' ? '%' : ''}`;
  if (measure === '亿元') return `${formatNumber('en', value * 100, 4)}M`;
  const factor = enMeasure(measure, undefined)?.factor ?? 1;
  return `${formatNumber('en', value * factor)}${measure === '%' ? '%' : ''}`;
}
