// `npm run build:dropin`: the drop-in files for `<script src>`, each minified and self-contained
// (lit, d3, the bundled register): one with every widget, and one per widget for pages that show
// a single kind of widget; and `tr-validate.js`, the validator (zod contracts, loading) every
// drop-in file loads from beside itself only when a page gives its own register or progress data.
import { build } from 'vite';

export const dropIns = [
  { entry: 'src/drop-in/task-register-widgets.ts', file: 'task-register-widgets.iife.js', name: 'TaskRegisterWidgets' },
  { entry: 'src/drop-in/tr-kpi-gauge.ts', file: 'tr-kpi-gauge.iife.js', name: 'TrKpiGauge' },
  { entry: 'src/drop-in/tr-unit-matrix.ts', file: 'tr-unit-matrix.iife.js', name: 'TrUnitMatrix' },
  { entry: 'src/drop-in/tr-deadline-timeline.ts', file: 'tr-deadline-timeline.iife.js', name: 'TrDeadlineTimeline' },
  { entry: 'src/drop-in/tr-register-summary.ts', file: 'tr-register-summary.iife.js', name: 'TrRegisterSummary' },
  { entry: 'src/drop-in/tr-task-list.ts', file: 'tr-task-list.iife.js', name: 'TrTaskList' },
  { entry: 'src/drop-in/tr-unit-scorecard.ts', file: 'tr-unit-scorecard.iife.js', name: 'TrUnitScorecard' },
];

for (const { entry, file, name } of dropIns) {
  await build({
    mode: 'dropin',
    logLevel: 'warn',
    build: { lib: { entry, name, formats: ['iife'], fileName: () => file } },
  });
}

await build({
  mode: 'dropin',
  logLevel: 'warn',
  build: {
    lib: { entry: 'src/components/base/validation.ts', formats: ['es'], fileName: () => 'tr-validate.js' },
  },
});
