// `npm run bench`: size and speed of the drop-in file side by side with Apache ECharts, and scale.
// Drives the system Chromium through playwright-core; prints a table and writes bench/results.json.
//   node bench/run.mjs [--loads 20]
import { build } from 'esbuild';
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromiumPath, launchChromium } from '../scripts/chromium.mjs';
import { serveStatic } from '../scripts/static-server.mjs';

const loadsArg = process.argv.indexOf('--loads');
const loads = loadsArg > 0 ? Number(process.argv[loadsArg + 1]) : 20;
const root = new URL('../', import.meta.url).pathname;
mkdirSync(`${root}bench/.out`, { recursive: true });

// 1. Size.
await build({ entryPoints: [`${root}bench/echarts-entry.js`], bundle: true, minify: true, format: 'iife', charset: 'utf8', outfile: `${root}bench/.out/echarts-page.js`, logLevel: 'warning' });
await build({ entryPoints: [`${root}bench/scale-entry.ts`], bundle: true, minify: true, format: 'iife', charset: 'utf8', outfile: `${root}bench/.out/scale-page.js`, tsconfig: `${root}tsconfig.json`, logLevel: 'warning' });
const sizes = (file) => {
  const bytes = readFileSync(file);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};
const size = { ours: sizes(`${root}dist/task-register-widgets.iife.js`), echarts: sizes(`${root}bench/.out/echarts-page.js`) };
// The one-widget drop-in files (each with the base, lit, zod and the data).
const oneWidget = Object.fromEntries(
  ['tr-kpi-gauge', 'tr-unit-matrix', 'tr-deadline-timeline', 'tr-register-summary'].map((tag) => [tag, sizes(`${root}dist/${tag}.iife.js`)]),
);

// 2. First render, interleaved fresh page loads.
const server = await serveStatic(root);
const browser = await launchChromium(['--js-flags=--expose-gc', '--enable-precise-memory-info']);
const version = browser.version();

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
  const { t0, t1, ok } = await tab.evaluate(() => ({ t0: window.__t0, t1: window.__t1, ok: window.__ok }));
  await context.close();
  if (!ok || errors.length) throw new Error(`${page}: did not render, or changed after the clock stopped (${errors.join('; ')})`);
  return t1 - t0;
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
await writeStaticCopy();
const times = { ours: [], echarts: [], staticCopy: [] };
for (const page of Object.values(pages)) await firstRender(page);
for (let i = 0; i < loads; i++) {
  for (const [name, page] of Object.entries(pages)) times[name].push(await firstRender(page));
}
const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p25: at(0.25), p75: at(0.75), min: sorted[0], max: sorted[sorted.length - 1], n: sorted.length };
};
const render = { ours: stats(times.ours), echarts: stats(times.echarts), staticCopy: stats(times.staticCopy) };
render.ratio = render.ours.median / render.echarts.median;
render.staticCopyRatio = render.staticCopy.median / render.echarts.median;

// 3. Scale: median of 5 fresh pages per case.
const scale = [];
for (const [tag, attr, value] of [['tr-unit-matrix', 'unit-role', 'lead'], ['tr-deadline-timeline', 'group-by', 'lead']]) {
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
await browser.close();
await server.close();

const machine = { cpu: os.cpus()[0]?.model, cores: os.cpus().length, memoryGB: Math.round(os.totalmem() / 2 ** 30), node: process.version, chromium: version, chromiumPath: chromiumPath(), commit: execSync('git rev-parse --short HEAD', { cwd: root }).toString().trim() };
const results = { date: new Date().toISOString(), command: 'npm run bench', machine, size, oneWidget, render, scale };
writeFileSync(`${root}bench/results.json`, `${JSON.stringify(results, null, 2)}\n`);

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => `${n.toFixed(1)} ms`;
console.log(`\nMachine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB; ${machine.chromium}; node ${machine.node}; commit ${machine.commit}\n`);
console.log('Size                      ours          ECharts');
console.log(`  gzip -9                 ${kb(size.ours.gzip).padEnd(14)}${kb(size.echarts.gzip)}`);
console.log(`  brotli -11              ${kb(size.ours.brotli).padEnd(14)}${kb(size.echarts.brotli)}`);
console.log(`  raw                     ${kb(size.ours.raw).padEnd(14)}${kb(size.echarts.raw)}`);
console.log('\nOne-widget drop-in files  gzip -9       brotli -11');
for (const [tag, bytes] of Object.entries(oneWidget)) console.log(`  ${tag.padEnd(24)}${kb(bytes.gzip).padEnd(14)}${kb(bytes.brotli)}`);
console.log(`\nFirst render of the three views (${loads} fresh loads each, interleaved)`);
console.log(`  median                  ${ms(render.ours.median).padEnd(14)}${ms(render.echarts.median)}`);
console.log(`  p25–p75                 ${`${render.ours.p25.toFixed(1)}–${render.ours.p75.toFixed(1)}`.padEnd(14)}${render.echarts.p25.toFixed(1)}–${render.echarts.p75.toFixed(1)}`);
console.log(`  min–max                 ${`${render.ours.min.toFixed(1)}–${render.ours.max.toFixed(1)}`.padEnd(14)}${render.echarts.min.toFixed(1)}–${render.echarts.max.toFixed(1)}`);
console.log(`  ratio ours / ECharts    ${render.ratio.toFixed(2)}`);
console.log(`  static copy of our DOM, no script: ${ms(render.staticCopy.median)} (ratio ${render.staticCopyRatio.toFixed(2)}): the floor for any script that draws it`);
console.log('\nScale (60 units; median of 5 fresh pages)');
console.log('  widget                  tasks  first render  hover     attribute  heap     DOM nodes');
for (const row of scale) {
  console.log(`  ${row.tag.padEnd(24)}${String(row.tasks).padEnd(7)}${ms(row.firstRender).padEnd(14)}${(row.hoverMeasured ? ms(row.hover) : 'n/a').padEnd(10)}${ms(row.attributeChange).padEnd(11)}${`${row.heapMB.toFixed(1)} MB`.padEnd(9)}${row.domNodes}${row.ok ? '' : '  (ERROR)'}`);
}
console.log('\nWritten to bench/results.json');
