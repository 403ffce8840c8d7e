/**
 * `tr-export.js`, beside the classic drop-in files: the export menu, the CSV writer and every
 * widget's export builder, loaded only when a page shows the menu or calls an export method
 * (`base/exporter.dropin.ts`). The module drop-in and the ES build load the same code as chunks.
 */
export * from './components/base/export-menu.js';
export { timelineExport } from './components/deadline-timeline/deadline-timeline.export.js';
export { gaugeExport } from './components/kpi-gauge/kpi-gauge.export.js';
export { summaryExport } from './components/register-summary/register-summary.export.js';
export { taskListExport } from './components/task-list/task-list.export.js';
export { matrixExport } from './components/unit-matrix/unit-matrix.export.js';
export { scorecardExport } from './components/unit-scorecard/unit-scorecard.export.js';
