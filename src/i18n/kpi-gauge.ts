/** Messages of <tr-kpi-gauge>. Its errors are in errors.ts. */
import type { GaugeStatus, ShareBasis } from '../data/indicator-status.js';
import type { Comparator } from '../data/schema.js';
import type { Lang } from './lang.js';

const zhCN = {
  /** The symbol before the target figure in the visible text. */
  symbol: { atLeast: '≥', exactly: '', about: '≈', atMost: '≤', range: '' } as Record<Comparator, string>,
  /** `目标 ≥ 300家`; the year follows after a `·` (`目标 ≥ 300家 · 2025年`). */
  targetLine: (comparison: string) => `目标 ${comparison}`,
  /** The no-data heading above the target, which then takes the value's place. */
  targetHeading: '目标',
  /** Between the ends of a range: visible, then spoken. */
  rangeDash: '–',
  rangeWord: '至',
  /** The target as a sentence reads it: `目标不少于300家`. */
  spokenTarget: (comparator: Comparator, quantity: string, band: string) => {
    switch (comparator) {
      case 'atLeast':
        return `目标不少于${quantity}`;
      case 'about':
        return `目标${quantity}左右（${band}）`;
      case 'atMost':
        return `目标不超过${quantity}`;
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
};
export type KpiGaugeMessages = typeof zhCN;

const en: KpiGaugeMessages = {
  symbol: { atLeast: '≥', exactly: '', about: '≈', atMost: '≤', range: '' },
  targetLine: (comparison) => `Target ${comparison}`,
  targetHeading: 'Target',
  rangeDash: '–',
  rangeWord: ' to ',
  spokenTarget: (comparator, quantity, band) => {
    switch (comparator) {
      case 'atLeast':
        return `target at least ${quantity}`;
      case 'about':
        return `target about ${quantity} (${band})`;
      case 'atMost':
        return `target at most ${quantity}`;
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
};

export const kpiGaugeMessages: { readonly [L in Lang]: KpiGaugeMessages } = { 'zh-CN': zhCN, en };
