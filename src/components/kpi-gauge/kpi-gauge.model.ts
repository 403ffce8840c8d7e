/**
 * The gauge's view model, pure: its attributes, the register, the language and the as-of date in;
 * every text, the status, the spoken reading, the meter's values and what the dial marks out. The
 * geometry (which depends on the width and font size) is `layoutGauge`'s, from `dial`.
 */
import { attributeError } from '../../data/errors.js';
import { aboutBand, countsThings, goalFigures, goalOf, judgeStatus, shareBasis, type GaugeStatus, type Pace } from '../../data/indicator-status.js';
import { nearest } from '../../data/query.js';
import type { Comparator, Indicator, Task } from '../../data/schema.js';
import { indicatorById, taskByNumber } from '../../data/selectors.js';
import { formatDate, formatPercent, formatYear } from '../../i18n/format.js';
import { kpiGaugeMessages } from '../../i18n/kpi-gauge.js';
import type { Lang } from '../../i18n/lang.js';
import { joinQuantity as joined, quantityParts, scaleFigure, type QuantityParts } from '../../i18n/quantity.js';
import { readNumber, readYear } from '../base/attributes.js';
import type { ViewContext } from '../base/tr-element.js';
import { gaugeDomain, type GaugeInput } from './kpi-gauge.layout.js';

/** A figure attribute: its text as written, or a number set by script. */
export type FigureValue = string | number;

/** The gauge's attributes as the element holds them. */
export interface GaugeAttributes {
  readonly indicator: string;
  readonly value: FigureValue;
  readonly baseline: FigureValue;
  readonly baselineYear: FigureValue;
  readonly min: FigureValue;
  readonly max: FigureValue;
  readonly label: string;
}

/** What a shaded stretch of the scale is: an "about" target's tolerance, a range, the zone above a cap. */
export type BandKind = 'tolerance' | 'range' | 'cap';

/** The band each comparator can have (only these three have one). */
const bandKinds: Partial<Record<Comparator, BandKind>> = { about: 'tolerance', range: 'range', atMost: 'cap' };

/** What the dial marks out, in the scale's figures: `layoutGauge`'s input without the size. */
export type Dial = Omit<GaugeInput, 'width' | 'fontSize'>;

export interface GaugeModel {
  readonly lang: Lang;
  readonly indicator: Indicator;
  readonly task: Task | undefined;
  readonly label: string;
  /** The value's pieces, or null when none was reported. */
  readonly value: QuantityParts | null;
  /** `≥ 300家` as pieces, for the no-data gauge where the target takes the value's place. */
  readonly targetParts: QuantityParts;
  readonly targetSymbol: string;
  /** The heading above the target when it takes the value's place. */
  readonly targetHeading: string;
  readonly targetYear: string;
  /** `目标 ≥ 300家` (the year follows). */
  readonly targetText: string;
  readonly shareText: string;
  readonly status: GaugeStatus;
  readonly statusText: string;
  readonly expectedText: string;
  readonly asOfText: string;
  /** The whole gauge as one sentence. */
  readonly spoken: string;
  readonly meter: { readonly now: number; readonly min: number; readonly max: number } | null;
  /** What `dial.band` is, or null without one. */
  readonly bandKind: BandKind | null;
  readonly dial: Dial;
  /** What part of the attributes was ignored, if any. */
  readonly note: string | null;
}

/** A figure attribute, or null when empty; a count must not be negative. */
function readFigure(attribute: string, text: FigureValue, count?: boolean): number | null {
  const figure = readNumber(attribute, text);
  if (count && figure !== null && figure < 0) throw attributeError(attribute, 'negativeCount', [attribute, String(text).trim()]);
  return figure;
}

/** Builds the gauge's model. Throws an attribute error naming the attribute at fault. */
export function gaugeModel(attributes: GaugeAttributes, { register, lang, asOf, msg: common }: Pick<ViewContext, 'register' | 'lang' | 'asOf' | 'msg'>): GaugeModel {
  const msg = kpiGaugeMessages[lang];

  const id = attributes.indicator.trim();
  if (!id) throw attributeError('indicator', 'attrRequired', ['indicator']);
  const indicator = indicatorById(register, id);
  if (!indicator) throw attributeError('indicator', 'unknownIndicator', [id], nearest(id, register.indicators.map((i) => i.id)));

  const counts = countsThings(indicator.measure);
  const value = readFigure('value', attributes.value, counts);
  const baseline = readFigure('baseline', attributes.baseline, counts);
  const baselineYear = readYear('baseline-year', attributes.baselineYear);
  if (baselineYear !== null && baselineYear > indicator.dueYear) {
    throw attributeError('baseline-year', 'baselineYearLate', [String(baselineYear), indicator.dueYear]);
  }
  const min = readNumber('min', attributes.min);
  const max = readNumber('max', attributes.max);

  let note: string | null = null;
  let pace: Pace | null = null;
  if (indicator.comparator === 'atMost') {
    if (baseline !== null || baselineYear !== null) note = msg.capHasNoPace;
  } else if (baseline !== null && baselineYear !== null) {
    pace = { baseline, baselineYear };
  } else if (baseline !== null) {
    note = msg.needsBoth('baseline', 'baseline-year');
  } else if (baselineYear !== null) {
    note = msg.needsBoth('baseline-year', 'baseline');
  }

  const { status, expected } = judgeStatus(indicator, value, pace, asOf);
  const domain = gaugeDomain({
    percent: indicator.measure === '%',
    min,
    max,
    figures: [...goalFigures(indicator), ...[value, pace?.baseline ?? null, expected].filter((n): n is number => n !== null)],
  });
  if (domain[0] >= domain[1]) {
    throw attributeError('max', 'maxNotAboveMin', [String(attributes.max).trim(), String(domain[0])]);
  }

  // Texts.
  const { measure, nounEn } = indicator;
  const target =
    indicator.comparator === 'range'
      ? quantityParts(lang, indicator.min, measure, nounEn, indicator.max, msg.rangeDash)
      : quantityParts(lang, indicator.target, measure, nounEn);
  const symbol = msg.symbol[indicator.comparator];
  const year = formatYear(lang, indicator.dueYear);
  const spokenQuantity =
    indicator.comparator === 'range'
      ? joined(quantityParts(lang, indicator.min, measure, nounEn, indicator.max, msg.rangeWord))
      : joined(target);
  const goal = goalOf(indicator);
  const [bandLow, bandHigh] = aboutBand(goal);
  const spokenBand = joined(quantityParts(lang, bandLow, measure, nounEn, bandHigh, msg.rangeWord));
  const spokenTarget = msg.spokenTarget(indicator.comparator, spokenQuantity, spokenBand);
  const label = attributes.label.trim() || (lang === 'en' ? indicator.labelEn : indicator.label);

  const showShare = value !== null && goal > 0 && !(indicator.comparator === 'range' && value >= goal);
  const shareText = showShare ? msg.share(formatPercent(lang, value / goal), shareBasis(indicator)) : '';
  const valueParts = value === null ? null : quantityParts(lang, value, measure, nounEn);
  // Expected counts are whole things; other measures keep two decimals at most (formatNumber).
  const expectedFigure = expected === null ? null : counts ? Math.round(expected) : expected;
  const expectedText = expectedFigure === null ? '' : msg.expected(joined(quantityParts(lang, expectedFigure, measure, nounEn)));
  const statusText = msg.status[status];

  // What the dial marks out.
  const band: [number, number] | null =
    indicator.comparator === 'about'
      ? aboutBand(indicator.target)
      : indicator.comparator === 'range'
        ? [indicator.min, indicator.max]
        : indicator.comparator === 'atMost' && goal < domain[1]
          ? [goal, domain[1]]
          : null;
  const marks = indicator.comparator === 'range' ? [indicator.min, indicator.max] : [indicator.target];

  return {
    lang,
    indicator,
    task: taskByNumber(register, indicator.task),
    label,
    value: valueParts,
    targetParts: target,
    targetSymbol: symbol,
    targetHeading: msg.targetHeading,
    targetYear: year,
    targetText: msg.targetLine(`${symbol ? `${symbol} ` : ''}${joined(target)}`),
    shareText,
    status,
    statusText,
    expectedText,
    asOfText: common.asOf(formatDate(lang, asOf)),
    spoken: valueParts
      ? msg.spoken(label, joined(valueParts), spokenTarget, year, shareText, statusText, expectedText)
      : msg.spokenNoData(label, spokenTarget, year, statusText),
    meter: value === null ? null : { now: Math.min(domain[1], Math.max(domain[0], value)), min: domain[0], max: domain[1] },
    bandKind: band ? bandKinds[indicator.comparator]! : null,
    dial: {
      domain,
      value,
      targets: marks.map((mark) => ({ value: mark, label: scaleFigure(lang, mark, measure) })),
      band,
      expected,
      endLabels: [scaleFigure(lang, domain[0], measure), scaleFigure(lang, domain[1], measure)],
    },
    note,
  };
}
