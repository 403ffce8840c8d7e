/**
 * What <tr-kpi-gauge> exports: a CSV of the indicator (label, task number, target, value, as-of,
 * status, and each report), and the dial as SVG or PNG with its figures written under the title.
 * Loaded on first use.
 */
import { exportHeaders } from '../../i18n/export.js';
import { drawChart } from '../base/export-image.js';
import type { ExportContent } from '../base/export-menu.js';
import type { GaugeQuantity } from '../../i18n/kpi-gauge.js';
import type { GaugeModel } from './kpi-gauge.model.js';

const quantity = (parts: GaugeQuantity) => `${parts.prefix ?? ''}${parts.figure}${parts.unit ?? ''}`;

export function gaugeExport(model: GaugeModel | undefined, root: ParentNode): ExportContent | null {
  if (!model) return null;
  const msg = exportHeaders[model.lang];
  const year = model.lang === 'en' ? ` (${model.targetYear})` : `（${model.targetYear}）`;
  const target = `${model.targetSymbol ? `${model.targetSymbol} ` : ''}${quantity(model.targetParts)}${year}`;
  const value = model.value ? quantity(model.value) : '';
  const rows = [
    [msg.indicator, msg.number, msg.target, msg.value, msg.asOfHeading, msg.status],
    [model.label, model.task?.number ?? '', target, value, model.asOfText, model.statusText],
    ...(model.trend?.items ?? []).map((item) => [msg.report, item]),
  ];
  const lines = [
    [value && `${msg.value}${model.lang === 'en' ? ': ' : '：'}${value}`, `${msg.target}${model.lang === 'en' ? ': ' : '：'}${target}`].filter(Boolean).join(' · '),
    [model.statusText, model.shareText, model.reportText].filter(Boolean).join(' · '),
  ];
  return { title: [model.label, model.taskText].filter(Boolean).join(' · '), rows, chart: root.querySelector<SVGSVGElement>('svg.dial'), lines, draw: drawChart };
}
