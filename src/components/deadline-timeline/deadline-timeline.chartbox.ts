/**
 * The chart box of <tr-deadline-timeline>: the SVG plot with its hover and selection rings, the
 * roving focus element over the active task, and the tooltip. Pure rendering: the element passes
 * what is hovered, active and shown, and its handlers.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { keyed } from 'lit/directives/keyed.js';
import { deadlineTimelineMessages } from '../../i18n/deadline-timeline.js';
import { renderPlot, renderTip, type TimelineChart, type TimelineView } from './deadline-timeline.chart.js';
import { shapePath, type MarkPlacement, type TimelineLayout } from './deadline-timeline.layout.js';
import type { TimelineEntry } from './deadline-timeline.model.js';
import { markLabel } from './deadline-timeline.summary.js';

/** What the element knows of the reader's pointer and focus, and how it answers them. */
export interface ChartInteraction {
  readonly hovered: MarkPlacement | undefined;
  readonly active: TimelineEntry | undefined;
  /** The task whose tooltip shows, if any. */
  readonly tip: TimelineEntry | undefined;
  readonly onPointerOver: (event: PointerEvent) => void;
  readonly onPointerLeave: () => void;
  readonly onChartClick: (event: MouseEvent) => void;
  readonly onKeyDown: (event: KeyboardEvent) => void;
  readonly onFocus: () => void;
  readonly onBlur: () => void;
  readonly onActivate: () => void;
}

/** The task whose tooltip shows: the hovered mark's, else the focused active task's. */
export function tipTargetOf(
  view: TimelineView,
  chart: TimelineChart,
  hoverKey: string | null,
  focusedActive: TimelineEntry | undefined,
): { entry: TimelineEntry; mark: MarkPlacement } | null {
  const hovered = hoverKey ? chart.placements.get(hoverKey) : undefined;
  if (hovered) return { entry: view.entryOf.get(hovered.id)!, mark: hovered };
  const mark = focusedActive && chart.placementsOf.get(focusedActive.task.id)?.[0];
  return focusedActive && mark ? { entry: focusedActive, mark } : null;
}

export function renderChartBox(
  view: TimelineView,
  chart: TimelineChart,
  layout: TimelineLayout,
  picked: ReadonlySet<string> | null,
  on: ChartInteraction,
): TemplateResult {
  const { hovered, active } = on;
  const rings = [
    ...(hovered ? (chart.placementsOf.get(hovered.id) ?? []) : []),
    ...(picked?.size === 1 ? (chart.placementsOf.get([...picked][0]!) ?? []) : []).map((mark) => ({ ...mark, picked: true })),
  ];
  const activeMark = active ? chart.placementsOf.get(active.task.id)?.[0] : undefined;
  return html`<div part="chart" class="chart">
    <svg
      class=${layout.dense ? 'plot dense' : 'plot'}
      role="img"
      aria-labelledby="chart-title"
      aria-describedby="chart-desc"
      width=${layout.width}
      height=${layout.height}
      viewBox="0 0 ${layout.width} ${layout.height}"
      @pointerover=${on.onPointerOver}
      @pointermove=${chart.shared ? on.onPointerOver : nothing}
      @pointerleave=${on.onPointerLeave}
      @click=${on.onChartClick}
    >
      <title id="chart-title">${view.title}</title>
      <desc id="chart-desc">${view.summary}</desc>
      ${guard([layout, view, picked], () => renderPlot(view, chart, layout, picked))}
      ${rings.map((mark) => svg`<path class=${'picked' in mark ? 'ring pick-ring' : 'ring'} d=${shapePath(mark.state, mark.x, mark.y, layout.markSize + 7)}></path>`)}
    </svg>
    ${active && activeMark
      ? keyed(
          active.task.id,
          html`<button
            type="button"
            part="focus"
            class="roving"
            data-number=${active.task.number}
            data-task=${active.task.id}
            aria-label=${markLabel(view.lang, active)}
            aria-describedby="tip hint"
            @keydown=${on.onKeyDown}
            @focus=${on.onFocus}
            @blur=${on.onBlur}
            @click=${on.onActivate}
          ></button>`,
        )
      : nothing}
    ${renderTip(view, on.tip, layout.markSize)}
    <p id="hint" hidden>${deadlineTimelineMessages[view.lang].keyboardHint}</p>
  </div>`;
}
