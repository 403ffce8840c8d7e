/**
 * What <tr-deadline-timeline> exports: a CSV of the tasks shown in the document's order (number,
 * text, units by role, the deadline as written, the status at the as-of date) and, while the chart
 * is drawn, the chart as SVG or PNG. Loaded on first use.
 */
import { drawChart } from '../base/export-image.js';
import type { ExportContent } from '../base/export-menu.js';
import { taskRows } from '../base/export-rows.js';
import type { TimelineView } from './deadline-timeline.chart.js';

export function timelineExport(view: TimelineView | undefined, root: ParentNode): ExportContent | null {
  if (!view) return null;
  const entries = [...view.model.entries].sort((a, b) => a.order - b.order);
  return {
    title: view.title,
    rows: taskRows(view.register, view.lang, entries),
    chart: root.querySelector<SVGSVGElement>('svg.plot'),
    draw: drawChart,
  };
}
