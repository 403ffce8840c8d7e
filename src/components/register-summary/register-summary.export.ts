/**
 * What <tr-register-summary> exports: a CSV of its figures (the counts, then the tasks by where
 * they stand or, without progress data, by deadline). Loaded on first use.
 */
import { exportHeaders } from '../../i18n/export.js';
import type { ExportContent } from '../base/export-menu.js';
import type { SummaryModel } from './register-summary.model.js';

export function summaryExport(view: SummaryModel | undefined): ExportContent | null {
  if (!view) return null;
  const msg = exportHeaders[view.lang];
  const rows = [
    [msg.item, msg.count],
    ...view.figures.map((f) => [f.label, String(f.value)]),
    ...(view.completion?.figures ?? []).map((f) => [f.word, String(f.count)]),
    ...(view.plan?.figures ?? []).map((f) => [f.word, String(f.count)]),
  ];
  return { title: [view.title, view.subtitle].filter(Boolean).join(' '), rows };
}
