/**
 * The gauge's view model, pure: its attributes, the register, the progress reports, the language,
 * the as-of date and the linked selection in; every text, the status, the spoken reading, the
 * meter's values, what the dial marks out and the trend's points. The geometry (which depends on
 * the width and font size) is `layoutGauge`'s, from `dial`, and `layoutTrend`'s, from `trend`.
 */
import { attributeError } from '../../data/errors.js';
import { aboutBand, countsThings, goalFigures, goalOf, judgeStatus, shareBasis, type GaugeStatus } from '../../data/indicator-status.js';
import { nearest } from '../../data/query.js';
import type { Comparator, Indicator, Task } from '../../data/model.js';
import { indicatorById, taskById } from '../../data/selectors.js';
import { formatDate, formatPercent, formatYear } from '../../i18n/format.js';
import { gaugeQuantity as quantityParts, gaugeScaleFigure as scaleFigure, kpiGaugeMessages, type GaugeQuantity } from '../../i18n/kpi-gauge.js';
import type { Lang } from '../../i18n/lang.js';
import { joinQuantity as joined } from '../../i18n/quantity.js';
import { readNumber, readYear } from '../base/attributes.js';
import type { ViewContext } from '../base/tr-element.js';
import { linkState, pacePath, reportsAt, type LinkState, type PacePath, type PathPoint } from './kpi-gauge.history.js';
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
const bandKinds: Partial<Record<Comparator, BandKind>> = { about: 'tolerance', range: 'range', atMost: 'cap', lessThan: 'cap' };

/** What the dial marks out, in the scale's figures: `layoutGauge`'s input without the size. */
export type Dial = Omit<GaugeInput, 'width' | 'fontSize'>;

export interface GaugeModel {
  readonly lang: Lang;
  readonly indicator: Indicator;
  readonly task: Task | undefined;
  /** `任务5`: the task by the document's number ('' when the register lacks it). */
  readonly taskText: string;
  readonly label: string;
  /** `zh` when an English gauge shows the Chinese label (the indicator has no English one). */
  readonly labelLang: 'zh' | undefined;
  /** The value's pieces, or null when none was reported. */
  readonly value: GaugeQuantity | null;
  /** `≥ 300家` as pieces, for the no-data gauge where the target takes the value's place. */
  readonly targetParts: GaugeQuantity;
  readonly targetSymbol: string;
  /** The heading above the target when it takes the value's place. */
  readonly targetHeading: string;
  readonly targetYear: string;
  readonly shareText: string;
  readonly status: GaugeStatus;
  readonly statusText: string;
  readonly expectedText: string;
  /** The name of the triangle key before `expectedText` (the same triangle marks it on the arc). */
  readonly paceKey: string;
  readonly asOfText: string;
  /** The whole gauge as one sentence. */
  readonly spoken: string;
  readonly meter: { readonly now: number; readonly min: number; readonly max: number } | null;
  /** What `dial.band` is, or null without one. */
  readonly bandKind: BandKind | null;
  readonly dial: Dial;
  /** What part of the attributes was ignored, if any. */
  readonly note: string | null;
  /** When the value shown was reported, and its source ('' when the value is an attribute or none). */
  readonly reportText: string;
  /** The reports up to the as-of date and the pace path, when the value comes from two or more of them. */
  readonly trend: {
    readonly points: readonly PathPoint[];
    readonly path: PacePath | null;
    readonly heading: string;
    /** Each report as a line a screen reader reads: `2024年12月31日：268家`. */
    readonly items: readonly string[];
    readonly legend: string;
  } | null;
  /** Whether the linked selection names the gauge's task. */
  readonly link: LinkState;
}

/** A figure attribute, or null when empty; a count must not be negative. */
function readFigure(attribute: string, text: FigureValue, count?: boolean): number | null {
  const figure = readNumber(attribute, text);
  if (count && figure !== null && figure < 0) throw attributeError(attribute, 'negativeCount', [attribute, String(text).trim()]);
  return figure;
}

/** Builds the gauge's model. Throws an attribute error naming the attribute at fault. */
export function gaugeModel(
  attributes: GaugeAttributes,
  { register, lang, asOf, msg: common, progress, selection }: Pick<ViewContext, 'register' | 'lang' | 'asOf' | 'msg' | 'progress' | 'selection'>,
): GaugeModel {
  const msg = kpiGaugeMessages[lang];

  const id = attributes.indicator.trim();
  if (!id) throw attributeError('indicator', 'attrRequired', ['indicator']);
  const indicator = indicatorById(register, id);
  if (!indicator) throw attributeError('indicator', 'unknownIndicator', [id], nearest(id, register.indicators.map((i) => i.id)));

  const counts = countsThings(indicator.measure);
  const given = readFigure('value', attributes.value, counts);
  const baseline = readFigure('baseline', attributes.baseline, counts);
  const baselineYear = readYear('baseline-year', attributes.baselineYear);
  if (baselineYear !== null && indicator.dueYear !== undefined && baselineYear > indicator.dueYear) {
    throw attributeError('baseline-year', 'baselineYearLate', [String(baselineYear), indicator.dueYear]);
  }
  const min = readNumber('min', attributes.min);
  const max = readNumber('max', attributes.max);

  // A value attribute wins over the progress file; else the latest report on or before the as-of date.
  const history = given === null ? reportsAt(progress, indicator.id, asOf) : [];
  const latest = history.at(-1);
  const value = given ?? latest?.value ?? null;

  let note: string | null = null;
  let path: PacePath | null = null;
  const cap = indicator.comparator === 'atMost' || indicator.comparator === 'lessThan';
  if (cap) {
    if (baseline !== null || baselineYear !== null) note = msg.capHasNoPace;
  } else if (indicator.dueYear === undefined) {
    if (baseline !== null || baselineYear !== null) note = msg.noYearNoPace;
  } else if (baseline !== null && baselineYear !== null) {
    path = pacePath(indicator, { date: `${baselineYear}-01-01`, value: baseline });
  } else if (baseline !== null) {
    note = msg.needsBoth('baseline', 'baseline-year');
  } else if (baselineYear !== null) {
    note = msg.needsBoth('baseline-year', 'baseline');
  } else if (history.length > 1) {
    // The first report is the baseline: the path runs from it to the target.
    path = pacePath(indicator, history[0]!);
  }

  const { status, expected } = judgeStatus(indicator, value, path?.pace ?? null, asOf);
  const domain = gaugeDomain({
    percent: indicator.measure === '%',
    min,
    max,
    figures: [...goalFigures(indicator), ...[value, path?.from.value ?? null, expected].filter((n): n is number => n !== null)],
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
  const year = indicator.dueYear === undefined ? msg.noYear : formatYear(lang, indicator.dueYear);
  const spokenQuantity =
    indicator.comparator === 'range'
      ? joined(quantityParts(lang, indicator.min, measure, nounEn, indicator.max, msg.rangeWord))
      : joined(target);
  const goal = goalOf(indicator);
  const [bandLow, bandHigh] = aboutBand(goal);
  const spokenBand = joined(quantityParts(lang, bandLow, measure, nounEn, bandHigh, msg.rangeWord));
  const spokenTarget = msg.spokenTarget(indicator.comparator, spokenQuantity, spokenBand);
  // In English an indicator without an English label keeps its Chinese one, marked as such.
  const label = attributes.label.trim() || (lang === 'en' ? (indicator.labelEn ?? indicator.label) : indicator.label);
  const labelLang = lang === 'en' && !attributes.label.trim() && indicator.labelEn === undefined ? 'zh' : undefined;

  // No share of a negative figure ("完成-10%" reads as nonsense) nor of a range already reached.
  const showShare = value !== null && value >= 0 && goal > 0 && !(indicator.comparator === 'range' && value >= goal);
  const shareText = showShare ? msg.share(formatPercent(lang, value / goal), shareBasis(indicator)) : '';
  const valueParts = value === null ? null : quantityParts(lang, value, measure, nounEn);
  // Expected counts are whole things (whole people for 万人: four decimals of 万); other measures keep two decimals at most (formatNumber).
  const wholes = /^万/.test(measure) ? 1e4 : 1;
  const expectedFigure = expected === null ? null : counts ? Math.round(expected * wholes) / wholes : expected;
  const expectedText = expectedFigure === null ? '' : msg.expected(joined(quantityParts(lang, expectedFigure, measure, nounEn)));
  const statusText = msg.status[status];

  // What the dial marks out.
  const band: [number, number] | null =
    indicator.comparator === 'about'
      ? aboutBand(indicator.target)
      : indicator.comparator === 'range'
        ? [indicator.min, indicator.max]
        : cap && goal < domain[1]
          ? [goal, domain[1]]
          : null;
  const marks = indicator.comparator === 'range' ? [indicator.min, indicator.max] : [indicator.target];

  const task = taskById(register, indicator.task);
  const dated = (iso: string) => formatDate(lang, new Date(`${iso}T00:00:00Z`));
  const amount = (figure: number) => joined(quantityParts(lang, figure, measure, nounEn));

  return {
    lang,
    indicator,
    task,
    taskText: task ? msg.task(task.number) : '',
    label,
    labelLang,
    value: valueParts,
    targetParts: target,
    targetSymbol: symbol,
    targetHeading: msg.targetHeading,
    targetYear: year,
    shareText,
    status,
    statusText,
    expectedText,
    paceKey: msg.paceKey,
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
    reportText: latest ? msg.report(dated(latest.date), latest.source ?? '') : '',
    trend:
      history.length > 1
        ? {
            points: history.map((report) => ({ date: report.date, value: report.value })),
            path,
            heading: msg.history(history.length),
            items: history.map((report) => msg.historyItem(dated(report.date), amount(report.value))),
            legend: path ? msg.pathLegend : '',
          }
        : null,
    link: linkState(selection, task, asOf, progress),
  };
}
