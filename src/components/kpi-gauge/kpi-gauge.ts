import { html, nothing, svg, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { attributeError } from '../../data/errors.js';
import { aboutBand, countsThings, goalFigures, goalOf, judgeStatus, shareBasis, type GaugeStatus, type Pace } from '../../data/indicator-status.js';
import { nearest } from '../../data/query.js';
import type { Indicator, Task } from '../../data/schema.js';
import { indicatorById, taskByNumber } from '../../data/selectors.js';
import { formatDate, formatPercent, formatYear } from '../../i18n/format.js';
import { kpiGaugeMessages } from '../../i18n/kpi-gauge.js';
import type { Lang } from '../../i18n/lang.js';
import { joinQuantity as joined, quantityParts, scaleFigure, type QuantityParts } from '../../i18n/quantity.js';
import { icon } from '../base/icons.js';
import { defineElement, TrElement, type ViewContext } from '../base/tr-element.js';
import { kpiGaugeStyles } from './kpi-gauge.styles.js';
import { gaugeDomain, layoutGauge, valuePathLength, type GaugeLayout, type Label } from './kpi-gauge.layout.js';

export type { GaugeStatus, Judgement, Pace } from '../../data/indicator-status.js';
export { aboutBand, aboutTolerance, goalOf, judgeStatus } from '../../data/indicator-status.js';
export { quantityParts, type QuantityParts } from '../../i18n/quantity.js';

/** The `detail` of `tr-select`. */
export interface KpiGaugeSelectDetail {
  readonly indicatorId: string;
  readonly indicator: Indicator;
  readonly taskNumber: number;
  /** The task whose text states the target (undefined only in a register that lacks it). */
  readonly task: Task | undefined;
}

/** `1e3`, `-2.5`, `1,234.5` → a number; '' → undefined (not given); anything else → null. */
function parseFigure(text: unknown): number | null | undefined {
  const trimmed = String(text ?? '').trim().replace(/^\u2212/, '-');
  if (trimmed === '') return undefined;
  const plain = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(trimmed) ? trimmed.replace(/,/g, '') : trimmed;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(plain)) return null;
  const number = Number(plain);
  return Number.isFinite(number) ? number : null;
}

type BandKind = 'tolerance' | 'range' | 'cap';

interface GaugeView {
  readonly lang: Lang;
  readonly indicator: Indicator;
  readonly task: Task | undefined;
  readonly label: string;
  /** The value's pieces, or null when none was reported. */
  readonly value: QuantityParts | null;
  /** `≥ 300家` as pieces, for the no-data gauge where the target takes the value's place. */
  readonly targetParts: QuantityParts;
  readonly targetSymbol: string;
  readonly targetYear: string;
  /** `目标 ≥ 300家` (the year follows). */
  readonly targetText: string;
  readonly shareText: string;
  readonly status: GaugeStatus;
  readonly statusText: string;
  readonly expectedText: string;
  readonly asOfText: string;
  readonly spoken: string;
  readonly meter: { readonly now: number; readonly min: number; readonly max: number } | null;
  readonly bandKind: BandKind | null;
  readonly layout: GaugeLayout;
  readonly note: string | null;
}

const statusIcons: Record<GaugeStatus, 'check' | 'clock' | 'alert' | 'dot' | 'repeat' | 'error'> = {
  achieved: 'check',
  'within-cap': 'check',
  'on-track': 'clock',
  behind: 'alert',
  'in-progress': 'repeat',
  overdue: 'error',
  'over-cap': 'alert',
  'above-range': 'alert',
  'no-data': 'dot',
};

/**
 * @summary One numeric target of the plan as a gauge: the target marked on a 240° arc, the actual
 * value against it, the share reached, and a status in words (achieved, on track, behind, in
 * progress, not met by the deadline, over the cap, no data).
 *
 * @tagname tr-kpi-gauge
 * @attr {string} indicator - Required. An indicator id of the register, e.g. `integration-enterprises`.
 * @attr {string} value - The actual value in the indicator's unit (`268`; `1.2` for 1.2：1 or 1.2万元). Unset: the gauge shows the target alone and says no data was reported.
 * @attr {string} baseline - A starting figure; with `baseline-year` the gauge judges the pace (on track or behind) and marks the value expected by the as-of date.
 * @attr {string} baseline-year - The year the baseline was measured (the line starts on 1 January of it); not later than the indicator's due year.
 * @attr {string} min - Scale minimum. Default 0 (or a round number below a negative figure).
 * @attr {string} max - Scale maximum; must be greater than the minimum. Default 100 for percentages, else a round number comfortably above the target and the value.
 * @attr {string} label - Overrides the indicator's label (in every language).
 * @attr {string} as-of - The date the status is judged at (ISO, `2025-06-30`). Default: today.
 * @attr {string} lang - `zh-CN` (default) or `en`; unset, the nearest ancestor's `lang` applies.
 * @attr {string} src - URL of a register JSON to show instead of the bundled one.
 * @attr {'' | 'light' | 'dark' | 'auto'} theme - Colour scheme; unset, the page's `color-scheme` applies.
 * @fires {CustomEvent<KpiGaugeSelectDetail>} tr-select - The gauge was clicked or Enter/Space pressed on it; `detail` has `indicator`, `indicatorId`, `task`, `taskNumber`.
 * @fires {CustomEvent<TrErrorDetail>} tr-error - Bad input (unknown indicator, a value that is not a number, min ≥ max, a negative count…); `detail.attribute` names the attribute, `detail.suggestions` the nearest valid ids.
 * @csspart base - The outer box.
 * @csspart label - The indicator's label above the gauge.
 * @csspart meter - The focusable gauge (`role="meter"`, or `role="img"` without a value).
 * @csspart track - The arc's track.
 * @csspart value - The value arc.
 * @csspart target - The target marker line(s).
 * @csspart band - The tolerance band of an "about" target, the band of a range, or the zone above a cap.
 * @csspart expected - The marker of the value expected by now (with a baseline).
 * @csspart scale-label - Figures on the scale (ends and target).
 * @csspart center - The figures in the gauge's hollow.
 * @csspart value-text - The value with its unit.
 * @csspart target-text - The target with comparator and year.
 * @csspart share - The share of the target reached.
 * @csspart status - The status icon and word.
 * @csspart as-of - The date the status is judged at.
 * @csspart error - The error message (`role="alert"`).
 * @csspart note - A note of what part of the attributes was ignored.
 * @cssproperty [--tr-gauge-track-color=var(--tr-color-grid)] - The track.
 * @cssproperty [--tr-gauge-value-color=var(--tr-color-accent)] - The value arc.
 * @cssproperty [--tr-gauge-target-color=var(--tr-color-text)] - The target marker.
 * @cssproperty [--tr-gauge-band-color=var(--tr-color-participant)] - The tolerance or range band.
 * @cssproperty [--tr-gauge-cap-color=var(--tr-color-danger)] - The hatching above a cap.
 * @cssproperty [--tr-gauge-expected-color=var(--tr-color-warning)] - The expected-by-now marker.
 * @cssproperty [--tr-gauge-duration=600ms] - How long a value change animates (none with reduced motion).
 */
export class TrKpiGauge extends TrElement {
  static override styles = [...TrElement.styles, kpiGaugeStyles];
  protected static override observesSize = true;

  /** An indicator id of the register. Required. */
  @property() indicator = '';

  /** The actual value (a number, kept as written so a bad one can be named). Empty: no data. */
  @property() value = '';

  /** A starting figure for judging the pace. */
  @property() baseline = '';

  /** The year the baseline was measured. */
  @property({ attribute: 'baseline-year' }) baselineYear = '';

  /** Scale minimum; empty for the default. */
  @property() min = '';

  /** Scale maximum; empty for the default. */
  @property() max = '';

  /** Overrides the indicator's label. */
  @property() label = '';

  private view: GaugeView | undefined;

  protected buildView({ register, lang, asOf, width, msg: common }: ViewContext): void {
    this.view = undefined;
    const msg = kpiGaugeMessages[lang];

    // A removed attribute sets its property to null: read every one as text.
    const id = String(this.indicator ?? '').trim();
    const ids = register.indicators.map((i) => i.id);
    if (!id) throw attributeError('indicator', 'attrRequired', ['indicator']);
    const indicator = indicatorById(register, id);
    if (!indicator) throw attributeError('indicator', 'unknownIndicator', [id], nearest(id, ids));

    const counts = countsThings(indicator.measure);
    const figure = (attribute: string, text: string, { count = false } = {}): number | null => {
      const parsed = parseFigure(text);
      if (parsed === undefined) return null;
      if (parsed === null) throw attributeError(attribute, 'attrInvalid', [attribute, String(text), 'expectNumber']);
      if (count && parsed < 0) throw attributeError(attribute, 'negativeCount', [attribute, String(text).trim()]);
      return parsed;
    };
    const value = figure('value', this.value, { count: counts });
    const baseline = figure('baseline', this.baseline, { count: counts });
    const yearText = String(this.baselineYear ?? '').trim();
    let baselineYear: number | null = null;
    if (yearText) {
      if (!/^\d{4}$/.test(yearText)) throw attributeError('baseline-year', 'attrInvalid', ['baseline-year', yearText, 'expectYear']);
      baselineYear = Number(yearText);
      if (baselineYear > indicator.dueYear) throw attributeError('baseline-year', 'baselineYearLate', [yearText, indicator.dueYear]);
    }
    const min = figure('min', this.min);
    const max = figure('max', this.max);

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

    const judgement = judgeStatus(indicator, value, pace, asOf);
    const { status, expected } = judgement;
    const domain = gaugeDomain({
      percent: indicator.measure === '%',
      min,
      max,
      figures: [...goalFigures(indicator), ...[value, pace?.baseline ?? null, expected].filter((n): n is number => n !== null)],
    });
    if (domain[0] >= domain[1]) {
      throw attributeError('max', 'maxNotAboveMin', [String(this.max).trim(), String(domain[0])]);
    }

    // Texts.
    const { measure, nounEn } = indicator;
    const target =
      indicator.comparator === 'range'
        ? quantityParts(lang, indicator.min, measure, nounEn, indicator.max, msg.rangeDash)
        : quantityParts(lang, indicator.target, measure, nounEn);
    const symbol = msg.symbol[indicator.comparator];
    const year = formatYear(lang, indicator.dueYear);
    const targetText = msg.targetLine(`${symbol ? `${symbol} ` : ''}${joined(target)}`);
    const spokenQuantity =
      indicator.comparator === 'range'
        ? joined(quantityParts(lang, indicator.min, measure, nounEn, indicator.max, msg.rangeWord))
        : joined(target);
    const [bandLow, bandHigh] = aboutBand(goalOf(indicator));
    const spokenBand = joined(quantityParts(lang, bandLow, measure, nounEn, bandHigh, msg.rangeWord));
    const spokenTarget = msg.spokenTarget(indicator.comparator, spokenQuantity, spokenBand);
    const label = String(this.label ?? '').trim() || (lang === 'en' ? indicator.labelEn : indicator.label);

    const goal = goalOf(indicator);
    const basis = shareBasis(indicator);
    const showShare = value !== null && goal > 0 && !(indicator.comparator === 'range' && value >= goal);
    const shareText = showShare ? msg.share(formatPercent(lang, value / goal), basis) : '';
    const valueParts = value === null ? null : quantityParts(lang, value, measure, nounEn);
    // Expected counts are whole things; other measures keep two decimals at most (formatNumber).
    const expectedFigure = expected === null ? null : counts ? Math.round(expected) : expected;
    const expectedText = expectedFigure === null ? '' : msg.expected(joined(quantityParts(lang, expectedFigure, measure, nounEn)));
    const statusText = msg.status[status];
    const spoken = valueParts
      ? msg.spoken(label, joined(valueParts), spokenTarget, year, shareText, statusText, expectedText)
      : msg.spokenNoData(label, spokenTarget, year, statusText);

    // Geometry.
    const bandKind: BandKind | null =
      indicator.comparator === 'about' ? 'tolerance' : indicator.comparator === 'range' ? 'range' : indicator.comparator === 'atMost' ? 'cap' : null;
    const band: [number, number] | null =
      indicator.comparator === 'about'
        ? aboutBand(indicator.target)
        : indicator.comparator === 'range'
          ? [indicator.min, indicator.max]
          : bandKind === 'cap' && goal < domain[1]
            ? [goal, domain[1]]
            : null;
    const marks = indicator.comparator === 'range' ? [indicator.min, indicator.max] : [indicator.target];
    const layout = layoutGauge({
      width,
      fontSize: this.fontSize(),
      domain,
      value,
      targets: marks.map((mark) => ({ value: mark, label: scaleFigure(lang, mark, measure) })),
      band,
      expected,
      endLabels: [scaleFigure(lang, domain[0], measure), scaleFigure(lang, domain[1], measure)],
    });

    this.view = {
      lang,
      indicator,
      task: taskByNumber(register, indicator.task),
      label,
      value: valueParts,
      targetParts: target,
      targetSymbol: symbol,
      targetYear: year,
      targetText,
      shareText,
      status,
      statusText,
      expectedText,
      asOfText: common.asOf(formatDate(lang, asOf)),
      spoken,
      meter: value === null ? null : { now: Math.min(domain[1], Math.max(domain[0], value)), min: domain[0], max: domain[1] },
      bandKind: band ? bandKind : null,
      layout,
      note,
    };
  }

  /** The host's font size in px: labels in the SVG are laid out for it. */
  private fontSize(): number {
    const size = parseFloat(getComputedStyle(this).fontSize);
    return Number.isFinite(size) && size > 0 ? size : 16;
  }

  private select(): void {
    const indicator = this.view?.indicator;
    if (!indicator) return;
    this.emit<KpiGaugeSelectDetail>('tr-select', {
      indicatorId: indicator.id,
      indicator,
      taskNumber: indicator.task,
      task: this.view?.task,
    });
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    if (!event.repeat) this.select();
  }

  protected renderView(): TemplateResult | typeof nothing {
    const view = this.view;
    if (!view) return nothing;
    const { figuresInside, linesInside } = placement(view.layout);
    return html`<div part="base" class="gauge size-${view.layout.size}" lang=${view.lang}>
      ${this.renderNote(view.note)}
      <p part="label" id="label">${view.label}</p>
      <div
        part="meter"
        class="meter"
        role=${view.meter ? 'meter' : 'img'}
        tabindex="0"
        aria-labelledby=${view.meter ? 'label' : nothing}
        aria-label=${view.meter ? nothing : view.spoken}
        aria-valuenow=${view.meter?.now ?? nothing}
        aria-valuemin=${view.meter?.min ?? nothing}
        aria-valuemax=${view.meter?.max ?? nothing}
        aria-valuetext=${view.meter ? view.spoken : nothing}
        @click=${this.select}
        @keydown=${this.onKeydown}
      >
        ${this.renderDial(view)}
        ${figuresInside ? nothing : html`<div class="below">${this.renderFigures(view)}</div>`}
        ${linesInside ? nothing : this.renderTargetLines(view, 'below')}
        <p part="status" class="status status-${view.status}">
          <span class="status-word">${icon(statusIcons[view.status])} ${view.statusText}</span>
          ${view.expectedText ? html`<span class="status-detail">${view.expectedText}</span>` : nothing}
        </p>
        <p part="as-of" class="as-of">${view.asOfText}</p>
      </div>
    </div>`;
  }

  private renderDial(view: GaugeView): TemplateResult {
    const l = view.layout;
    const { figuresInside, linesInside } = placement(l);
    return html`<svg class="dial" viewBox="0 0 ${l.width} ${l.height}" aria-hidden="true" focusable="false">
      <defs>
        <pattern id="cap-hatch" class="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect class="hatch-ground" width="6" height="6"></rect>
          <line x1="0" y1="0" x2="0" y2="6"></line>
        </pattern>
      </defs>
      <g transform="translate(${l.cx} ${l.cy})">
        <path part="track" class="track" d=${l.track}></path>
        ${l.band && view.bandKind ? svg`<path part="band" class="band band-${view.bandKind}" d=${l.band.path}></path>` : nothing}
        ${l.value
          ? svg`<path part="value" class="value" d=${l.centreLine} pathLength=${valuePathLength}
              stroke-width=${l.strokeWidth} stroke-dasharray=${l.value.dashArray}></path>`
          : nothing}
        ${repeat(
          l.ticks,
          (tick) => tick.value,
          (tick) => svg`<line class="tick" x1=${tick.x1} y1=${tick.y1} x2=${tick.x2} y2=${tick.y2}></line>`,
        )}
        ${l.expected ? svg`<path part="expected" class="expected" d=${l.expected.path}></path>` : nothing}
        ${repeat(
          l.targets,
          (target) => target.value,
          (target) => svg`<line class="target-halo" x1=${target.x1} y1=${target.y1} x2=${target.x2} y2=${target.y2}></line>
            <line part="target" class="target" x1=${target.x1} y1=${target.y1} x2=${target.x2} y2=${target.y2}></line>
            ${target.label ? this.renderLabel(target.label, 'target-label') : nothing}`,
        )}
        ${l.endLabels.map((label) => this.renderLabel(label, 'end-label'))}
        ${figuresInside
          ? svg`<foreignObject x=${l.center.x} y=${l.center.y} width=${l.center.width} height=${l.center.height}>
              <div part="center" class="center">
                ${this.renderFigures(view)}${linesInside ? this.renderTargetLines(view, 'inside') : nothing}
              </div>
            </foreignObject>`
          : nothing}
      </g>
    </svg>`;
  }

  private renderLabel(label: Label, kind: string): TemplateResult {
    return svg`<text part="scale-label" class="scale-label ${kind}" x=${label.x} y=${label.y}
      text-anchor=${label.anchor} dominant-baseline=${label.baseline}>${label.text}</text>`;
  }

  /** The big figure: the value, or without one the target in its place (never a fake zero). */
  private renderFigures(view: GaugeView): TemplateResult {
    const measureClass = view.indicator.measure === 'ratio' ? 'measure-ratio' : 'measure-unit';
    if (!view.value) {
      return html`<p class="caption">${kpiGaugeMessages[view.lang].targetHeading}</p>
        <p part="target-text" class="figures ${measureClass}">${view.targetSymbol
            ? html`<span class="symbol">${view.targetSymbol} </span>`
            : nothing}${this.renderParts(view.targetParts)}</p>`;
    }
    return html`<p part="value-text" class="figures ${measureClass}">${this.renderParts(view.value)}</p>`;
  }

  private renderParts(parts: QuantityParts): TemplateResult {
    return html`${parts.prefix ? html`<span class="unit">${parts.prefix}</span>` : nothing}<span class="figure">${parts.figure}</span>${parts.unit
        ? html`<span class="unit">${parts.unit}</span>`
        : nothing}`;
  }

  /** The target line and the share (without a value: the target year), in the hollow or under the arc. */
  private renderTargetLines(view: GaugeView, where: 'inside' | 'below'): TemplateResult {
    if (!view.value) return html`<div class="lines lines-${where}"><p class="year">${view.targetYear}</p></div>`;
    return html`<div class="lines lines-${where}">
      <p part="target-text" class="target-text">
        <span class="chunk">${view.targetText}</span> <span class="chunk">· ${view.targetYear}</span>
      </p>
      ${view.shareText ? html`<p part="share" class="share">${view.shareText}</p>` : nothing}
    </div>`;
  }
}

/** Which figures fit in the hollow at this size (the rest go under the arc). */
function placement(layout: GaugeLayout): { figuresInside: boolean; linesInside: boolean } {
  return { figuresInside: layout.size !== 'xs', linesInside: layout.size === 'm' || layout.size === 'l' };
}

defineElement('tr-kpi-gauge', TrKpiGauge);

declare global {
  interface HTMLElementTagNameMap {
    'tr-kpi-gauge': TrKpiGauge;
  }
}
