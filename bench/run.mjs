// `npm run bench`: size and speed of the drop-in file side by side with Apache ECharts, and scale
// (the matrix and the timeline alone; then every widget with 10 progress reports per task).
// Drives the system Chromium through playwright-core; prints a table and writes bench/results.json.
//   node bench/run.mjs [--loads 20] [--only size,render,scale,scale-progress] [--cases dashboard,scorecard]
// `--only` runs some parts (comma-separated); `--cases` picks among the scale-with-progress cases
// (task-list, scorecard, matrix-status, timeline-progress, dashboard). With either, the figures go
// to bench/.out/results.partial.json and bench/results.json stays as it was.
import { build } from 'esbuild';
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromiumPath, launchChromium } from '../scripts/chromium.mjs';
import { moduleGraph } from '../scripts/module-graph.mjs';
import { serveStatic } from '../scripts/static-server.mjs';

const loadsArg = process.argv.indexOf('--loads');
const loads = loadsArg > 0 ? Number(process.argv[loadsArg + 1]) : 20;
const listArg = (name) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1].split(',').map((part) => part.trim()).filter(Boolean) : undefined;
};
const parts = ['size', 'render', 'scale', 'scale-progress'];
const only = listArg('--only');
const allCases = ['task-list', 'scorecard', 'matrix-status', 'timeline-progress', 'dashboard'];
const onlyCases = listArg('--cases');
for (const [name, given, known] of [['--only', only, parts], ['--cases', onlyCases, allCases]]) {
  const unknown = (given ?? []).filter((part) => !known.includes(part));
  if (unknown.length || given?.length === 0) throw new Error(`${name}: unknown ${unknown.join(', ') || '(empty)'}; one or more of ${known.join(', ')}`);
}
const wanted = (part) => !only || only.includes(part);
const partial = !!(only || onlyCases);
const root = new URL('../', import.meta.url).pathname;
mkdirSync(`${root}bench/.out`, { recursive: true });

// 1. Size.
if (wanted('size') || wanted('render')) await build({ entryPoints: [`${root}bench/echarts-entry.js`], bundle: true, minify: true, format: 'iife', charset: 'utf8', outfile: `${root}bench/.out/echarts-page.js`, logLevel: 'warning' });
if (wanted('scale')) await build({ entryPoints: [`${root}bench/scale-entry.ts`], bundle: true, minify: true, format: 'iife', charset: 'utf8', outfile: `${root}bench/.out/scale-page.js`, tsconfig: `${root}tsconfig.json`, logLevel: 'warning' });
if (wanted('scale-progress')) await build({ entryPoints: [`${root}bench/scale-progress-entry.ts`], bundle: true, minify: true, format: 'iife', charset: 'utf8', outfile: `${root}bench/.out/scale-progress-page.js`, tsconfig: `${root}tsconfig.json`, logLevel: 'warning' });
const sizes = (file) => {
  const bytes = readFileSync(file);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};
// Ours: every file of the module drop-in a page with every widget and the dashboard loads, each compressed apart.
const moduleFolder = `${root}dist/module/`;
const sum = (parts) => parts.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }));
const size = wanted('size') ? { ours: sum(moduleGraph(moduleFolder).every.map((file) => sizes(moduleFolder + file))), echarts: sizes(`${root}bench/.out/echarts-page.js`) } : undefined;
// The one-widget drop-in files (each with the base, lit, zod and the data).
const oneWidget = wanted('size') && Object.fromEntries(
  ['tr-kpi-gauge', 'tr-unit-matrix', 'tr-deadline-timeline', 'tr-register-summary', 'tr-task-list', 'tr-unit-scorecard'].map((tag) => [tag, sizes(`${root}dist/${tag}.iife.js`)]),
);

// 2. First render, interleaved fresh page loads.
const server = await serveStatic(root);
const launch = () => launchChromium(['--js-flags=--expose-gc', '--enable-precise-memory-info']);
let browser = await launch();
const version = browser.version();
// Each timed part after the first gets its own browser: an earlier part's page loads leave the
// browser process slower (caches, heap, compiled code), which showed as 30-80 ms on later parts.
let used = false;
async function freshBrowser() {
  if (used) {
    await browser.close();
    browser = await launch();
  }
  used = true;
}

async function firstRender(page) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const tab = await context.newPage();
  const errors = [];
  tab.on('pageerror', (e) => errors.push(e.message));
  // The page says when it is done on the console: polling it (waitForFunction) would inject the
  // harness's own script, about 100 ms of main-thread work, into the measured window.
  const done = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${page}: no result in 30 s`)), 30000);
    tab.on('console', (message) => message.text() === 'bench:done' && (clearTimeout(timer), resolve()));
  });
  await tab.goto(`${server.url}/${page}`, { waitUntil: 'commit' });
  await done;
  const { t0, t1, drawn, ok } = await tab.evaluate(() => ({ t0: window.__t0, t1: window.__t1, drawn: window.__tDrawn, ok: window.__ok }));
  await context.close();
  if (!ok || errors.length) throw new Error(`${page}: did not render, or changed after the clock stopped (${errors.join('; ')})`);
  drawnTimes[page] = [...(drawnTimes[page] ?? []), drawn - t0];
  return t1 - t0;
}
/** Per page, the time to drawn (the widgets' updateComplete, or ECharts' setOption, plus one frame), painted or not. */
const drawnTimes = {};

/** Every node (elements, text, comments) and every element under `root`, shadow roots included. */
const countNodes = () => {
  window.__countNodes = (root) => {
    const out = { elements: 0, nodes: 0 };
    const walk = (node) => {
      for (let child = node.firstChild; child; child = child.nextSibling) {
        out.nodes++;
        if (child.nodeType === 1) {
          out.elements++;
          if (child.shadowRoot) walk(child.shadowRoot);
        }
        walk(child);
      }
    };
    walk(root);
    return out;
  };
};

/** The DOM each page's three views make, once drawn: ours per widget, ECharts' three charts. */
async function domOfViews() {
  const count = async (page, pick) => {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const tab = await context.newPage();
    await tab.addInitScript(countNodes);
    const done = new Promise((resolve) => tab.on('console', (message) => message.text() === 'bench:done' && resolve()));
    await tab.goto(`${server.url}/${page}`);
    await done;
    const dom = await tab.evaluate(pick);
    await context.close();
    return dom;
  };
  const ours = await count(pages.ours, () =>
    Object.fromEntries([...document.querySelectorAll('tr-kpi-gauge, tr-unit-matrix, tr-deadline-timeline')].map((w) => [w.localName, window.__countNodes(w.shadowRoot)])),
  );
  const echarts = await count(pages.echarts, () => {
    const all = [...document.querySelectorAll('.chart')].map((chart) => window.__countNodes(chart));
    return { elements: all.reduce((a, b) => a + b.elements, 0), nodes: all.reduce((a, b) => a + b.nodes, 0) };
  });
  const total = Object.values(ours).reduce((a, b) => ({ elements: a.elements + b.elements, nodes: a.nodes + b.nodes }), { elements: 0, nodes: 0 });
  return { ours, oursTotal: total, echarts };
}

/**
 * A floor for our first render: the three widgets' finished DOM and styles, copied into a page as
 * declarative shadow DOM with no script at all. What our page takes beyond it is loading and
 * running our code.
 */
async function writeStaticCopy() {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const tab = await context.newPage();
  const done = new Promise((resolve) => tab.on('console', (message) => message.text() === 'bench:done' && resolve()));
  await tab.goto(`${server.url}/bench/pages/ours.html`);
  await done;
  const widgets = await tab.evaluate(() =>
    [...document.querySelectorAll('tr-kpi-gauge, tr-unit-matrix, tr-deadline-timeline')].map((w) => {
      const css = w.shadowRoot.adoptedStyleSheets.map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n')).join('\n');
      const attributes = [...w.attributes].map((a) => ` ${a.name}="${a.value.replaceAll('"', '&quot;')}"`).join('');
      return `<${w.localName}${attributes}><template shadowrootmode="open"><style>${css}</style>${w.shadowRoot.innerHTML}</template></${w.localName}>`;
    }),
  );
  await context.close();
  const html = readFileSync(`${root}bench/pages/ours.html`, 'utf8')
    .replace(/\s*<script src="\/dist\/[^"]+"><\/script>/, '')
    .replace(/<tr-kpi-gauge[^]*?<\/tr-kpi-gauge>/, () => widgets[0])
    .replace(/<tr-unit-matrix[^]*?<\/tr-unit-matrix>/, () => widgets[1])
    .replace(/<tr-deadline-timeline[^]*?<\/tr-deadline-timeline>/, () => widgets[2])
    .replace('/bench/pages/ours-done.js', '/bench/pages/static-done.js');
  writeFileSync(`${root}bench/.out/static-copy.html`, html);
}

const pages = { ours: 'bench/pages/ours.html', echarts: 'bench/pages/echarts.html', staticCopy: 'bench/.out/static-copy.html' };
const times = { ours: [], echarts: [], staticCopy: [] };
if (wanted('render')) {
  await freshBrowser();
  await writeStaticCopy();
  for (const page of Object.values(pages)) await firstRender(page);
  for (const page of Object.values(pages)) drawnTimes[page] = [];
  for (let i = 0; i < loads; i++) {
    for (const [name, page] of Object.entries(pages)) times[name].push(await firstRender(page));
  }
}
const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p25: at(0.25), p75: at(0.75), min: sorted[0], max: sorted[sorted.length - 1], n: sorted.length };
};
const render = wanted('render') ? { ours: stats(times.ours), echarts: stats(times.echarts), staticCopy: stats(times.staticCopy) } : undefined;
if (render) {
  render.dom = await domOfViews();
  render.drawn = { ours: stats(drawnTimes[pages.ours]), echarts: stats(drawnTimes[pages.echarts]) };
  render.drawnRatio = render.drawn.ours.median / render.drawn.echarts.median;
  render.ratio = render.ours.median / render.echarts.median;
  render.staticCopyRatio = render.staticCopy.median / render.echarts.median;
}

// 3. Scale: median of 5 fresh pages per case.
const scale = [];
if (wanted('scale')) await freshBrowser();
for (const [tag, attr, value] of !wanted('scale') ? [] : [['tr-unit-matrix', 'unit-role', 'lead'], ['tr-deadline-timeline', 'group-by', 'lead']]) {
  for (const tasks of [500, 2000]) {
    const runs = [];
    for (let i = 0; i < 5; i++) {
      const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
      const tab = await context.newPage();
      await tab.goto(`${server.url}/bench/pages/scale.html`);
      runs.push(await tab.evaluate(([t, n, a, v]) => window.__run(t, n, a, v), [tag, tasks, attr, value]));
      await context.close();
    }
    const median = (key) => stats(runs.map((r) => r[key])).median;
    scale.push({ tag, tasks, units: 60, firstRender: median('firstRender'), hover: median('hover'), attributeChange: median('attributeChange'), heapMB: median('heap') / 1048576, domNodes: median('domNodes'), ok: runs.every((r) => r.ok), hoverMeasured: runs.every((r) => r.hoverTarget && r.hovered) });
  }
}

// 4. Scale with progress: 2,000 tasks × 60 units, 10 reports per task (bench/progress-gen.ts), the
// widgets given the register and the progress as properties. Each case in a fresh page, the cases
// interleaved, 9 rounds (a median of 5 moved by 50 ms between runs on a shared 2-core machine);
// medians with the range over the pages.
const progressCases = wanted('scale-progress') ? (onlyCases ?? allCases) : [];
const progressRuns = Object.fromEntries(progressCases.map((name) => [name, []]));
const progressRounds = 9;
if (progressCases.length) await freshBrowser();
async function progressPage(name) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const tab = await context.newPage();
  const errors = [];
  tab.on('pageerror', (e) => errors.push(e.message));
  await tab.goto(`${server.url}/bench/pages/scale-progress.html`);
  const run = await tab.evaluate(([n]) => window.__runProgress(n, 2000, 60), [name]);
  await context.close();
  if (errors.length) {
    run.ok = false;
    run.errors = errors;
  }
  return run;
}
for (let round = 0; round < progressRounds; round++) {
  for (const name of progressCases) progressRuns[name].push(await progressPage(name));
}
const spread = (values) => {
  const s = stats(values);
  return { median: s.median, min: s.min, max: s.max, n: s.n };
};
const medianOf = (values) => stats(values).median;
const pick = (runs, get) => spread(runs.map(get));
const firstRenderOf = (runs) => ({ wall: pick(runs, (r) => r.first.wall), work: pick(runs, (r) => r.first.work) });
const domOf = (runs) => ({ elements: medianOf(runs.map((r) => r.dom.elements)), nodes: medianOf(runs.map((r) => r.dom.nodes)) });
const scaleProgress = !progressCases.length ? undefined : {
  tasks: 2000,
  units: 60,
  reportsPerTask: 10,
  asOf: '2026-11-29',
  pagesPerCase: progressRounds,
  generated: progressRuns[progressCases[0]][0]?.check && { ...progressRuns[progressCases[0]][0].check, parseMs: undefined },
  // parseProgress of the generated file alone, in the page, once warm (every widget runs it).
  parseProgress: spread(progressCases.flatMap((name) => progressRuns[name].map((r) => r.check.parseMs))),
  cases: {},
};
for (const name of ['scorecard', 'matrix-status', 'timeline-progress'].filter((c) => progressCases.includes(c))) {
  const runs = progressRuns[name];
  scaleProgress.cases[name] = { firstRender: firstRenderOf(runs), domNodes: domOf(runs), heapMB: medianOf(runs.map((r) => r.heapMB)), ok: runs.every((r) => r.ok) };
}
if (progressCases.includes('task-list')) {
  const runs = progressRuns['task-list'];
  // Per page: the median and the slowest of its keystrokes; then their spread over the pages.
  const keys = runs.map((r) => r.keystrokes.map((k) => k.wall));
  scaleProgress.cases['task-list'] = {
    firstRender: firstRenderOf(runs),
    keystroke: {
      queries: runs[0]?.queries,
      wall: spread(keys.map(medianOf)),
      wallSlowest: spread(keys.map((k) => Math.max(...k))),
      work: spread(runs.map((r) => medianOf(r.keystrokes.map((k) => k.work)))),
      counts: runs[0]?.counts,
    },
    domNodes: domOf(runs),
    heapMB: medianOf(runs.map((r) => r.heapMB)),
    ok: runs.every((r) => r.ok),
  };
}
if (progressCases.includes('dashboard')) {
  const runs = progressRuns.dashboard;
  const clicks = runs.map((r) => r.selections.map((k) => k.wall));
  const widgets = runs[0]?.widgets ?? [];
  const updatesOf = (selections) => Object.fromEntries(widgets.map((tag) => [tag, medianOf(selections.map((k) => k.updates[tag] ?? 0))]));
  scaleProgress.cases.dashboard = {
    widgets,
    firstRender: firstRenderOf(runs),
    firstRenderUpdates: Object.fromEntries(widgets.map((tag) => [tag, medianOf(runs.map((r) => r.first.updates[tag] ?? 0))])),
    linkedSelection: {
      wall: spread(clicks.map(medianOf)),
      wallSlowest: spread(clicks.map((k) => Math.max(...k))),
      work: spread(runs.map((r) => medianOf(r.selections.map((k) => k.work)))),
      updates: Object.fromEntries(widgets.map((tag) => [tag, medianOf(runs.map((r) => updatesOf(r.selections)[tag]))])),
    },
    domNodes: Object.fromEntries(Object.keys(runs[0]?.dom ?? {}).map((tag) => [tag, { elements: medianOf(runs.map((r) => r.dom[tag].elements)), nodes: medianOf(runs.map((r) => r.dom[tag].nodes)) }])),
    heapMB: medianOf(runs.map((r) => r.heapMB)),
    ok: runs.every((r) => r.ok),
  };
}
if (scaleProgress) scaleProgress.ok = progressCases.every((name) => progressRuns[name].every((r) => r.ok && r.check.ignored === 0));
if (scaleProgress) scaleProgress.errors = progressCases.flatMap((name) => progressRuns[name].flatMap((r) => r.errors ?? []));

await browser.close();
await server.close();

const machine = { cpu: os.cpus()[0]?.model, cores: os.cpus().length, memoryGB: Math.round(os.totalmem() / 2 ** 30), node: process.version, chromium: version, chromiumPath: chromiumPath(), commit: execSync('git rev-parse --short HEAD', { cwd: root }).toString().trim() };
const command = partial ? `node bench/run.mjs ${process.argv.slice(2).join(' ')}` : 'npm run bench';
const results = { date: new Date().toISOString(), command, machine, size, oneWidget, render, scale, scaleProgress };
const resultsFile = partial ? 'bench/.out/results.partial.json' : 'bench/results.json';
writeFileSync(`${root}${resultsFile}`, `${JSON.stringify(results, null, 2)}\n`);

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => `${n.toFixed(1)} ms`;
console.log(`\nMachine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB; ${machine.chromium}; node ${machine.node}; commit ${machine.commit}\n`);
if (size) {
  console.log('Size                      ours          ECharts');
  console.log(`  gzip -9                 ${kb(size.ours.gzip).padEnd(14)}${kb(size.echarts.gzip)}`);
  console.log(`  brotli -11              ${kb(size.ours.brotli).padEnd(14)}${kb(size.echarts.brotli)}`);
  console.log(`  raw                     ${kb(size.ours.raw).padEnd(14)}${kb(size.echarts.raw)}`);
  console.log('\nOne-widget drop-in files  gzip -9       brotli -11');
  for (const [tag, bytes] of Object.entries(oneWidget)) console.log(`  ${tag.padEnd(24)}${kb(bytes.gzip).padEnd(14)}${kb(bytes.brotli)}`);
}
if (render) {
  console.log(`\nFirst render of the three views (${loads} fresh loads each, interleaved)`);
  console.log(`  median                  ${ms(render.ours.median).padEnd(14)}${ms(render.echarts.median)}`);
  console.log(`  p25–p75                 ${`${render.ours.p25.toFixed(1)}–${render.ours.p75.toFixed(1)}`.padEnd(14)}${render.echarts.p25.toFixed(1)}–${render.echarts.p75.toFixed(1)}`);
  console.log(`  min–max                 ${`${render.ours.min.toFixed(1)}–${render.ours.max.toFixed(1)}`.padEnd(14)}${render.echarts.min.toFixed(1)}–${render.echarts.max.toFixed(1)}`);
  console.log(`  ratio ours / ECharts    ${render.ratio.toFixed(2)}`);
  console.log(`  to drawn, paint not waited for: ${ms(render.drawn.ours.median)} (${render.drawn.ours.p25.toFixed(1)}–${render.drawn.ours.p75.toFixed(1)}) against ${ms(render.drawn.echarts.median)} (${render.drawn.echarts.p25.toFixed(1)}–${render.drawn.echarts.p75.toFixed(1)}), ratio ${render.drawnRatio.toFixed(2)}`);
  console.log(`  static copy of our DOM, no script: ${ms(render.staticCopy.median)} (ratio ${render.staticCopyRatio.toFixed(2)}): the floor for any script that draws it`);
  const { ours, oursTotal, echarts } = render.dom;
  console.log(`  DOM nodes (elements)    ${`${oursTotal.nodes} (${oursTotal.elements})`.padEnd(14)}${echarts.nodes} (${echarts.elements})`);
  console.log(`    ${Object.entries(ours).map(([tag, dom]) => `${tag} ${dom.nodes} (${dom.elements})`).join(', ')}`);
}
if (scale.length) {
  console.log('\nScale (60 units; median of 5 fresh pages)');
  console.log('  widget                  tasks  first render  hover     attribute  heap     DOM nodes');
  for (const row of scale) {
    console.log(`  ${row.tag.padEnd(24)}${String(row.tasks).padEnd(7)}${ms(row.firstRender).padEnd(14)}${(row.hoverMeasured ? ms(row.hover) : 'n/a').padEnd(10)}${ms(row.attributeChange).padEnd(11)}${`${row.heapMB.toFixed(1)} MB`.padEnd(9)}${row.domNodes}${row.ok ? '' : '  (ERROR)'}`);
  }
}
const range = (figure) => `${ms(figure.median)} (${figure.min.toFixed(1)}–${figure.max.toFixed(1)})`;
const sp = scaleProgress;
if (sp) {
  console.log(`\nScale with progress (${sp.tasks} tasks, ${sp.units} units, ${sp.reportsPerTask} reports per task, as of ${sp.asOf}; median (min–max) of ${sp.pagesPerCase} fresh pages, cases interleaved)`);
  if (sp.generated) {
    const mix = Object.entries(sp.generated.states).filter(([, n]) => n).map(([state, n]) => `${state} ${n}`).join(', ');
    console.log(`  progress file: ${sp.generated.reports} reports, ${sp.generated.ignored} ignored; statuses: ${mix}`);
    console.log(`  parseProgress of the file alone (each widget runs it): ${range(sp.parseProgress)}`);
  }
  console.log('  wall: to every updateComplete plus one frame; work: the widgets\' updates plus style and layout');
  console.log('  case                                    wall                     work                     DOM elements (nodes)');
  const line = (label, figure, dom, ok = true) =>
    console.log(`  ${label.padEnd(40)}${range(figure.wall).padEnd(25)}${range(figure.work).padEnd(25)}${dom ? `${dom.elements} (${dom.nodes})` : ''}${ok ? '' : '  (ERROR)'}`);
  const c = sp.cases;
  if (c['task-list']) line('tr-task-list first render', c['task-list'].firstRender, c['task-list'].domNodes, c['task-list'].ok);
  if (c['task-list']) line('tr-task-list search keystroke (median)', c['task-list'].keystroke, null, c['task-list'].ok);
  if (c['task-list']) console.log(`  ${'tr-task-list slowest keystroke'.padEnd(40)}${range(c['task-list'].keystroke.wallSlowest)}`);
  if (c.scorecard) line('tr-unit-scorecard first render', c.scorecard.firstRender, c.scorecard.domNodes, c.scorecard.ok);
  if (c['matrix-status']) line('tr-unit-matrix color-by=status first', c['matrix-status'].firstRender, c['matrix-status'].domNodes, c['matrix-status'].ok);
  if (c['timeline-progress']) line('tr-deadline-timeline first render', c['timeline-progress'].firstRender, c['timeline-progress'].domNodes, c['timeline-progress'].ok);
  if (c.dashboard) {
    line(`tr-dashboard (${c.dashboard.widgets.length - 1} widgets) first render`, c.dashboard.firstRender, null, c.dashboard.ok);
    line('linked selection (scorecard unit click)', c.dashboard.linkedSelection, null, c.dashboard.ok);
    console.log(`  ${'slowest click'.padEnd(40)}${range(c.dashboard.linkedSelection.wallSlowest)}`);
    const perWidget = (updates) => Object.entries(updates).map(([tag, t]) => `${tag.replace(/^tr-/, '')} ${t.toFixed(1)}`).join(', ');
    console.log(`  updates in the dashboard's first render (ms): ${perWidget(c.dashboard.firstRenderUpdates)}`);
    console.log(`  updates per linked selection (ms): ${perWidget(c.dashboard.linkedSelection.updates)}`);
    console.log('  DOM in the dashboard, elements (nodes), every shadow root included:');
    for (const [tag, dom] of Object.entries(c.dashboard.domNodes)) console.log(`    ${tag.padEnd(28)}${dom.elements} (${dom.nodes})`);
  }
  if (!sp.ok) console.log(`  (ERROR: a case failed its check${sp.errors.length ? `: ${sp.errors.join('; ')}` : ''})`);
}

console.log(`\nWritten to ${resultsFile}`);
