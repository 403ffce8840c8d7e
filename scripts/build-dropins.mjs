// `npm run build:dropin`: the drop-in files, each minified and self-contained (lit, d3, the bundled
// register), none needing a build step on the page:
// - `module/task-register-widgets.js` and `module/chunks/`: the module drop-in, whose entry loads
//   each widget's chunk (and the shared ones, once) from beside itself when the page uses it;
// - `task-register-widgets.iife.js`: a classic-script loader of the module drop-in beside it;
// - `tr-<widget>.iife.js`: one classic file per widget, for pages that show a single kind of widget;
// - `tr-validate.js`, the validator (zod contracts, loading) the classic files load from beside
//   themselves only when a page gives its own register or progress data;
// - `tr-export.js`, the export menu and file builders they load from beside themselves only when a
//   page shows the menu or calls an export method.
import { build } from 'vite';
import { moduleGraph } from './module-graph.mjs';

export const dropIns = [
  { entry: 'src/drop-in/task-register-widgets.ts', file: 'task-register-widgets.iife.js', name: 'TaskRegisterWidgets' },
  { entry: 'src/drop-in/tr-kpi-gauge.ts', file: 'tr-kpi-gauge.iife.js', name: 'TrKpiGauge' },
  { entry: 'src/drop-in/tr-unit-matrix.ts', file: 'tr-unit-matrix.iife.js', name: 'TrUnitMatrix' },
  { entry: 'src/drop-in/tr-deadline-timeline.ts', file: 'tr-deadline-timeline.iife.js', name: 'TrDeadlineTimeline' },
  { entry: 'src/drop-in/tr-register-summary.ts', file: 'tr-register-summary.iife.js', name: 'TrRegisterSummary' },
  { entry: 'src/drop-in/tr-task-list.ts', file: 'tr-task-list.iife.js', name: 'TrTaskList' },
  { entry: 'src/drop-in/tr-unit-scorecard.ts', file: 'tr-unit-scorecard.iife.js', name: 'TrUnitScorecard' },
];

await build({
  mode: 'dropin-module',
  logLevel: 'warn',
  build: { outDir: 'dist/module', emptyOutDir: true, lib: { entry: 'src/drop-in/module.ts', formats: ['es'], fileName: () => 'task-register-widgets.js' } },
});

// What the classic loader asks for before the module entry has run: the chunks every page of the
// module drop-in loads (lit, the base, the bundled register), together with the entry; and, for each
// widget tag, its other chunks, once the document is parsed and the tags it uses are known.
const graph = moduleGraph('dist/module/');
const perTag = new Map([...graph.tags].map((tag) => [tag, graph.files(tag).filter((file) => file !== graph.entry)]));
const everyPage = [...perTag.values()].reduce((common, files) => common.filter((file) => files.includes(file)));
const loaderPreloads = { '': everyPage, ...Object.fromEntries([...perTag].map(([tag, files]) => [tag, files.filter((file) => !everyPage.includes(file))])) };

for (const { entry, file, name } of dropIns) {
  await build({
    mode: 'dropin',
    logLevel: 'warn',
    define: { __TR_LOADER_PRELOADS__: JSON.stringify(file === 'task-register-widgets.iife.js' ? loaderPreloads : {}) },
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

// The export menu, the CSV writer and the widgets' export builders, loaded from beside a classic file
// only when a page shows the menu or calls an export method: one file, its dynamic imports inlined.
await build({
  mode: 'dropin',
  logLevel: 'warn',
  build: {
    lib: { entry: 'src/tr-export.ts', formats: ['es'], fileName: () => 'tr-export.js' },
    rollupOptions: { output: { codeSplitting: false } },
  },
});
