import { html, nothing, svg, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { GaugeStatus } from '../../data/indicator-status.js';
import type { Indicator, Task } from '../../data/model.js';
import type { GaugeQuantity } from '../../i18n/kpi-gauge.js';
import { textAttribute } from '../base/attributes.js';
import { icon, type IconName } from '../base/icons.js';
import { plainList, type PlainEl } from '../base/plain.js';
import { defineElement, TrElement, type Size, type ViewContext } from '../base/tr-element.js';
import { kpiGaugeStyles } from './kpi-gauge.styles.js';
import { layoutGauge, valuePathLength, type GaugeLayout, type Label } from './kpi-gauge.layout.js';
import { gaugeModel, type GaugeModel } from './kpi-gauge.model.js';
import { layoutTrend, type TrendLayout } from './kpi-gauge.trend.js';

/** The `detail` of `tr-select`. */
export interface KpiGaugeSelectDetail {
  readonly indicatorId: string;
  readonly indicator: Indicator;
  /** The id of the task whose text states the target. */
  readonly taskId: string;
  /** Its number as the document writes it ("5", "（一）1"); '' in a register that lacks the task. */
  readonly taskNumber: string;
  /** The task whose text states the target (undefined only in a register that lacks it). */
  readonly task: Task | undefined;
}

const statusIcons: Record<GaugeStatus, IconName> = {
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
 * value against it (from the progress file, or the `value` attribute), the share reached, the task
 * that states it by the document's number, and a status in words (achieved, on track, behind, in
 * progress, not met by the deadline, over the cap, no data). With two or more reports, a small trend
 * of the reported values against the path from the baseline to the target, and the reports as a list.
 * Linked to other widgets, it selects its task when chosen and stands out when the selection names
 * the task, a unit of it, its section or its status.
 *
 * @tagname tr-kpi-gauge
 * @attr {string} indicator - Required. An indicator id of the register, e.g. `integration-enterprises`.
 * @attr {string} value - The actual value in the indicator's unit (`268`; `1.2` for 1.2：1 or 1.2万元); it wins over the progress file. Unset: the latest report on or before the as-of date in the progress file; with none, the gauge shows the target alone and says no data was reported.
 * @attr {string} progress-src - URL of a progress file: the indicator's reports over time give the value, the trend and the pace.
 * @attr {string} baseline - A starting figure; with `baseline-year` the gauge judges the pace (on track or behind) and marks the value expected by the as-of date. Unset, the first report of the progress file is the baseline. Targets without a due year and caps have no pace.
 * @attr {string} baseline-year - The year the baseline was measured (the line starts on 1 January of it); not later than the indicator's due year.
 * @attr {string} min - Scale minimum. Default 0 (or a round number below a negative figure).
 * @attr {string} max - Scale maximum; must be greater than the minimum. Default 100 for percentages, else a round number comfortably above the target and the value.
 * @attr {string} label - Overrides the indicator's label (in every language).
 * @attr {string} as-of - The date the status is judged at (ISO, `2025-06-30`). Default: today.
 * @attr {string} lang - `zh-CN` (default) or `en`; unset, the nearest ancestor's `lang` applies.
 * @attr {string} src - URL of a register JSON to show instead of the bundled one.
 * @attr {string} group - Links the gauge with the other widgets of that group name (as a `<tr-dashboard>` does for those inside it).
 * @attr {'' | 'light' | 'dark' | 'auto'} theme - Colour scheme; unset, the page's `color-scheme` applies.
 * @fires {CustomEvent<KpiGaugeSelectDetail>} tr-select - The gauge was clicked or Enter/Space pressed on it; `detail` has `indicator`, `indicatorId`, `task`, `taskId`, `taskNumber`.
 * @fires {CustomEvent<SelectionChangeDetail>} tr-selection-change - The linked selection changed: the gauge's task, or none when chosen again.
 * @fires {CustomEvent<TrErrorDetail>} tr-error - Bad input (unknown indicator, a value that is not a number, min ≥ max, a negative count…); `detail.attribute` names the attribute, `detail.suggestions` the nearest valid ids.
 * @csspart base - The outer box.
 * @csspart label - The indicator's label above the gauge.
 * @csspart task - The task that states the target, by the document's number (`任务5`).
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
 * @csspart report - When the value shown was reported, and its source.
 * @csspart trend - The trend of the reported values (two or more reports).
 * @csspart trend-line - The reported values joined.
 * @csspart trend-path - The dashed path from the baseline to the target.
 * @csspart history - The disclosure listing every report up to the as-of date.
 * @csspart error - The error message (`role="alert"`).
 * @csspart note - A note of what part of the attributes was ignored.
 * @cssproperty [--tr-gauge-track-color=var(--tr-color-grid)] - The track.
 * @cssproperty [--tr-gauge-value-color=var(--tr-color-accent)] - The value arc.
 * @cssproperty [--tr-gauge-target-color=var(--tr-color-text)] - The target marker.
 * @cssproperty [--tr-gauge-band-color=var(--tr-color-participant)] - The tolerance or range band.
 * @cssproperty [--tr-gauge-cap-color=var(--tr-color-danger)] - The hatching above a cap.
 * @cssproperty [--tr-gauge-expected-color=var(--tr-color-warning)] - The expected-by-now marker.
 * @cssproperty [--tr-gauge-duration=600ms] - How long a value change animates (none with reduced motion).
 * @cssproperty [--tr-gauge-dimmed-opacity=0.55] - The opacity of a gauge whose task the linked selection does not name.
 */
export class TrKpiGauge extends TrElement {
  static override styles = [...TrElement.styles, kpiGaugeStyles];
  protected static override observesSize = true;

  /** An indicator id of the register. Required. */
  @property({ converter: textAttribute }) indicator = '';

  /** The actual value (a number, kept as written so a bad one can be named). Empty: no data. */
  @property({ converter: textAttribute }) value: string | number = '';

  /** A starting figure for judging the pace. */
  @property({ converter: textAttribute }) baseline: string | number = '';

  /** The year the baseline was measured. */
  @property({ attribute: 'baseline-year', converter: textAttribute }) baselineYear: string | number = '';

  /** Scale minimum; empty for the default. */
  @property({ converter: textAttribute }) min: string | number = '';

  /** Scale maximum; empty for the default. */
  @property({ converter: textAttribute }) max: string | number = '';

  /** Overrides the indicator's label. */
  @property({ converter: textAttribute }) label = '';

  private model: GaugeModel | undefined;
  private layout: GaugeLayout | undefined;
  private trend: TrendLayout | null = null;

  protected buildView(context: ViewContext): void {
    this.model = gaugeModel(this, context);
  }

  /** The dial at the measured width, its labels sized for the measured font size; the trend beside it. */
  protected override layoutView(size: Size): void {
    if (!this.model) return;
    this.layout = layoutGauge({ ...this.model.dial, ...size });
    const trend = this.model.trend;
    this.trend = trend ? layoutTrend({ points: trend.points, path: trend.path, width: size.width, fontSize: size.fontSize }) : null;
  }

  /** The CSV of the indicator and the dial as SVG or PNG (loaded on first use). */
  protected override exportContent() {
    return import('./kpi-gauge.export.js').then((m) => m.gaugeExport(this.model, this.renderRoot));
  }

  /** Chooses the gauge's task (chosen again: none): the linked selection follows, and `tr-select` tells the page. */
  private select(): void {
    if (!this.model) return;
    const { indicator, task } = this.model;
    if (task) this.selection.select(this.selection.value.task === task.id ? {} : { task: task.id });
    this.emit<KpiGaugeSelectDetail>('tr-select', { indicatorId: indicator.id, indicator, taskId: indicator.task, taskNumber: task?.number ?? '', task });
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    if (!event.repeat) this.select();
  }

  protected renderView(): TemplateResult | typeof nothing {
    const { model: view, layout } = this;
    if (!view || !layout) return nothing;
    const { figuresInside, linesInside } = placement(layout);
    return html`<div part="base" class="gauge size-${layout.size} link-${view.link}" lang=${view.lang}>
      ${this.renderNote(view.note)}
      <p part="label" id="label" lang=${view.labelLang ?? nothing}>${view.label}</p>
      ${view.taskText ? html`<p part="task" class="task">${view.taskText}</p>` : nothing}
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
        ${this.renderDial(view, layout)}
        ${figuresInside ? nothing : html`<div class="below">${this.renderFigures(view)}</div>`}
        ${linesInside ? nothing : this.renderTargetLines(view, 'below')}
        <p part="status" class="status status-${view.status}">
          <span class="status-word">${icon(statusIcons[view.status])} ${view.statusText}</span>
          ${view.expectedText
            ? html`<span class="status-detail"
                ><svg class="pace-key" viewBox="0 0 10 10" role="img" aria-label=${view.paceKey}><path d="M5,0L10,10L0,10Z"></path></svg
                >${view.expectedText}</span
              >`
            : nothing}
        </p>
        ${view.reportText ? html`<p part="report" class="report">${view.reportText}</p>` : nothing}
        <p part="as-of" class="as-of">${view.asOfText}</p>
      </div>
      ${this.renderTrend(view)}
    </div>`;
  }

  /** The trend (drawn, hidden from assistive technology) and the reports as a list anyone can open; outside the meter, whose content is read as one value. */
  private renderTrend(view: GaugeModel): TemplateResult | typeof nothing {
    const { trend } = view;
    const t = this.trend;
    if (!trend) return nothing;
    return html`<div part="trend" class="trend">
      ${t
        ? html`<svg class="sparkline" width=${t.width} height=${t.height} viewBox="0 0 ${t.width} ${t.height}" aria-hidden="true" focusable="false">
            ${t.pathLine
              ? svg`<line part="trend-path" class="trend-path" x1=${t.pathLine.x1} y1=${t.pathLine.y1} x2=${t.pathLine.x2} y2=${t.pathLine.y2}></line>`
              : nothing}
            <path part="trend-line" class="trend-line" d=${t.line}></path>
            ${plainList(t.dots.map((dot) => ({ tag: 'circle', key: dot.date, attrs: { class: 'trend-dot', cx: dot.x, cy: dot.y, r: 2.5 } })))}
          </svg>`
        : nothing}
      <details part="history" class="history">
        <summary>${trend.heading}</summary>
        <ul>
          ${trend.items.map((item) => html`<li>${item}</li>`)}
        </ul>
        ${trend.legend ? html`<p class="legend">${trend.legend}</p>` : nothing}
      </details>
    </div>`;
  }

  private renderDial(view: GaugeModel, l: GaugeLayout): TemplateResult {
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
        ${plainList([
          ...l.ticks.map((tick) => line('tick', tick)),
          ...(l.expected ? [{ tag: 'path', attrs: { part: 'expected', class: 'expected', d: l.expected.path } }] : []),
          ...l.targets.flatMap((target) => [line('target-halo', target), line('target', target, 'target'), ...(target.label ? [labelElement(target.label, 'target-label')] : [])]),
          ...l.endLabels.map((label) => labelElement(label, 'end-label')),
        ])}
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

  /** The big figure: the value, or without one the target in its place (never a fake zero). */
  private renderFigures(view: GaugeModel): TemplateResult {
    const measureClass = view.indicator.measure === 'ratio' ? 'measure-ratio' : 'measure-unit';
    if (!view.value) {
      return html`<p class="caption">${view.targetHeading}</p>
        <p part="target-text" class="figures ${measureClass}">${view.targetSymbol
            ? html`<span class="symbol">${view.targetSymbol} </span>`
            : nothing}${this.renderParts(view.targetParts)}</p>`;
    }
    return html`<p part="value-text" class="figures ${measureClass}">${this.renderParts(view.value)}</p>`;
  }

  private renderParts(parts: GaugeQuantity): TemplateResult {
    return html`${parts.prefix ? html`<span class="unit">${parts.prefix}</span>` : nothing}<span class="figure">${parts.figure}</span>${parts.unit
        ? html`<span class="unit" lang=${parts.unitLang ?? nothing}>${parts.unit}</span>`
        : nothing}`;
  }

  /**
   * `≥ 300 enterprises · 2025`, joined by no-break spaces where a break would strand a piece: the
   * comparator stays with the figure, the last word with the dot and the year, so a narrow hollow
   * breaks the line before a word, never before "· 2025" (an overlong run still wraps, by the base
   * styles' `overflow-wrap: anywhere`, rather than overflow).
   */
  private renderTargetWithYear(view: GaugeModel): TemplateResult {
    const { prefix, figure, unit, unitLang } = view.targetParts;
    return html`${view.targetSymbol ? `${view.targetSymbol}\u00a0` : ''}${prefix ? html`<span class="unit">${prefix}</span>` : nothing}<span
        class="figure"
        >${figure}</span
      >${unit ? html`<span class="unit" lang=${unitLang ?? nothing}>${unit}</span>` : nothing}\u00a0·\u00a0${view.targetYear}`;
  }

  /** The target line and the share (without a value: the target year), in the hollow or under the arc. */
  private renderTargetLines(view: GaugeModel, where: 'inside' | 'below'): TemplateResult {
    if (!view.value) return html`<div class="lines lines-${where}"><p class="year">${view.targetYear}</p></div>`;
    return html`<div class="lines lines-${where}">
      <p part="target-text" class="target-text">
        ${view.targetHeading} ${this.renderTargetWithYear(view)}
      </p>
      ${view.shareText ? html`<p part="share" class="share">${view.shareText}</p>` : nothing}
    </div>`;
  }
}

/** A tick or a target's line (and its halo) as a plain element. */
function line(cls: string, at: { x1: number; y1: number; x2: number; y2: number }, part?: string): PlainEl {
  return { tag: 'line', attrs: { part, class: cls, x1: at.x1, y1: at.y1, x2: at.x2, y2: at.y2 } };
}

/** A label on the scale: a target's figure or an end of the arc. */
function labelElement(label: Label, kind: string): PlainEl {
  return { tag: 'text', attrs: { part: 'scale-label', class: `scale-label ${kind}`, x: label.x, y: label.y, 'text-anchor': label.anchor, 'dominant-baseline': label.baseline }, text: label.text };
}

/** Which figures fit in the hollow at this size (the rest go under the arc). */
function placement(layout: GaugeLayout): { figuresInside: boolean; linesInside: boolean } {
  return { figuresInside: layout.size !== 'xs', linesInside: layout.size === 'm' };
}

defineElement('tr-kpi-gauge', TrKpiGauge);

declare global {
  interface HTMLElementTagNameMap {
    'tr-kpi-gauge': TrKpiGauge;
  }
}
