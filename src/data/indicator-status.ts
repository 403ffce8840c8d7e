/** Whether an indicator's target is met, on track or behind at a date: the gauge's judgement, as pure rules. */
import type { Indicator, Measure } from './model.js';

/** What a value means for an indicator (the gauge says it in words, `src/i18n/kpi-gauge.ts`). */
export type GaugeStatus =
  | 'achieved'
  | 'within-cap'
  | 'on-track'
  | 'behind'
  | 'in-progress'
  | 'overdue'
  | 'over-cap'
  | 'above-range'
  | 'no-data';

/** What the share of the target is measured against. */
export type ShareBasis = 'target' | 'cap' | 'minimum';

/** A starting figure for judging the pace. */
export interface Pace {
  readonly baseline: number;
  readonly baselineYear: number;
}

export interface Judgement {
  readonly status: GaugeStatus;
  /** The value expected at the as-of date, when the pace was judged (`on-track`, `behind`). */
  readonly expected: number | null;
}

/** Measures that count things: a value below zero makes no sense for them. */
const countMeasures: readonly Measure[] = ['所', '个', '家', '门', '人', '万人', '万个', '项', '座', '条', '名', '户', '次'];

/** Whether a measure counts things (schools, enterprises…), so a negative figure is an error. */
export function countsThings(measure: Measure): boolean {
  return countMeasures.includes(measure);
}

/** The figure a value must reach to meet the target: the target, or a range's minimum. */
export function goalOf(indicator: Indicator): number {
  return indicator.comparator === 'range' ? indicator.min : indicator.target;
}

/** The tolerance of an "about" (左右) target: within ±10% of it counts as met. */
export const aboutTolerance = 0.1;

/** The tolerance band of an "about" (左右) target: ±10%. */
export function aboutBand(target: number): [number, number] {
  return [target * (1 - aboutTolerance), target * (1 + aboutTolerance)];
}

/** The figures that define the target: a range's ends, an "about" band's ends, else the target. */
export function goalFigures(indicator: Indicator): number[] {
  if (indicator.comparator === 'range') return [indicator.min, indicator.max];
  if (indicator.comparator === 'about') return aboutBand(indicator.target);
  return [indicator.target];
}

/** What the share of the target is measured against: a cap, a range's minimum, else the target. */
export function shareBasis(indicator: Indicator): ShareBasis {
  return indicator.comparator === 'atMost' || indicator.comparator === 'lessThan' ? 'cap' : indicator.comparator === 'range' ? 'minimum' : 'target';
}

/**
 * What a value means for an indicator at `asOf` (a UTC date). In this order:
 * - no value → `no-data`;
 * - `atMost` is a cap (绩效工资最高可上浮50%): value ≤ target → `within-cap` (the cap is kept:
 *   achieved), above → `over-cap`, whatever the date;
 * - achieved → `achieved`: `atLeast` and `exactly` when value ≥ target; `about` (左右) when the value
 *   lies within ±10% of the target; `range` when min ≤ value ≤ max;
 * - above an `about` band or a range's max → `above-range`;
 * - otherwise the value is short of the goal (the target; a range's min). When `asOf` is after the
 *   end of the due year → `overdue` (逾期未达标);
 * - with a pace: the expected value at `asOf` lies on the straight line from the baseline at the
 *   start of the baseline year (1 January) to the goal at the end of the due year (the following
 *   1 January), held at the ends; value ≥ expected → `on-track`, else `behind`;
 * - else `in-progress`.
 */
export function judgeStatus(indicator: Indicator, value: number | null, pace: Pace | null, asOf: Date): Judgement {
  const none = (status: GaugeStatus): Judgement => ({ status, expected: null });
  if (value === null) return none('no-data');
  if (indicator.comparator === 'atMost') return none(value <= indicator.target ? 'within-cap' : 'over-cap');
  if (indicator.comparator === 'lessThan') return none(value < indicator.target ? 'within-cap' : 'over-cap');
  if (indicator.comparator === 'range') {
    if (value > indicator.max) return none('above-range');
    if (value >= indicator.min) return none('achieved');
  } else if (indicator.comparator === 'about') {
    const [low, high] = aboutBand(indicator.target);
    if (value > high) return none('above-range');
    if (value >= low) return none('achieved');
  } else if (indicator.comparator === 'moreThan' ? value > indicator.target : value >= indicator.target) {
    return none('achieved');
  }
  // A target the document gives no year for is never overdue, and has no pace to keep.
  if (indicator.dueYear === undefined) return none('in-progress');
  const deadline = Date.UTC(indicator.dueYear + 1, 0, 1);
  if (asOf.getTime() >= deadline) return none('overdue');
  if (!pace) return none('in-progress');
  const start = Date.UTC(pace.baselineYear, 0, 1);
  const elapsed = Math.min(1, Math.max(0, (asOf.getTime() - start) / (deadline - start)));
  const expected = pace.baseline + (goalOf(indicator) - pace.baseline) * elapsed;
  return { status: value >= expected ? 'on-track' : 'behind', expected };
}
