// Screenshots a widget as a reader sees it, in headless Chromium (system Chromium or CHROME_PATH).
//
//   node scripts/shot.mjs <body.html> <out.png> [--entry src/index.ts] [--width 1200] [--dark] [--lang en]
//                          [--zoom 2] [--css extra.css]
//
// Bundles the entry (default src/index.ts) as one classic script, puts the given HTML fragment in
// the body of a page, and writes a full-page PNG. Works without `npm run build`.
import { build } from 'esbuild';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const has = (name) => args.includes(`--${name}`);
const [bodyFile, outFile] = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--') || i < 2).slice(0, 2);
if (!bodyFile || !outFile) {
  console.error('usage: node scripts/shot.mjs <body.html> <out.png> [--entry file.ts] [--width N] [--dark] [--lang en] [--zoom N] [--css file]');
  process.exit(2);
}

const dir = mkdtempSync(join(tmpdir(), 'shot-'));
await build({
  entryPoints: [resolve(flag('entry', 'src/index.ts'))],
  bundle: true,
  format: 'iife',
  charset: 'utf8',
  outfile: join(dir, 'bundle.js'),
  tsconfig: resolve('tsconfig.json'),
  logLevel: 'warning',
});
const dark = has('dark');
const extraCss = flag('css') ? readFileSync(flag('css'), 'utf8') : '';
writeFileSync(
  join(dir, 'index.html'),
  `<!doctype html><html lang="${flag('lang', 'zh-CN')}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>:root{color-scheme:${dark ? 'dark' : 'light'}} body{margin:16px;font-family:"Noto Sans CJK SC",sans-serif;
background:${dark ? '#0f1114' : '#fff'};color:${dark ? '#e8eaed' : '#1f2329'}} ${extraCss}</style>
<script src="bundle.js"></script></head><body>${readFileSync(bodyFile, 'utf8')}</body></html>`,
);

const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/google-chrome'];
const executablePath = candidates.find((p) => p && existsSync(p));
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-quic', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1'],
});
const page = await browser.newPage({
  viewport: { width: Number(flag('width', 1200)), height: 800 },
  deviceScaleFactor: Number(flag('zoom', 1)),
  colorScheme: dark ? 'dark' : 'light',
});
page.on('pageerror', (e) => console.error('page error:', e.message));
page.on('console', (m) => m.type() === 'error' && console.error('console error:', m.text()));
await page.goto(`file://${join(dir, 'index.html')}`);
await page.waitForTimeout(Number(flag('wait', 600)));
await page.screenshot({ path: outFile, fullPage: true });
await browser.close();
console.log(outFile);
