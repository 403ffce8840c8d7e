// Story smoke test: opens every story of the static Storybook in headless Chromium and fails on a
// page error, a console error, a widget that rendered nothing, or an axe violation (what the
// accessibility panel would show); opens every widget's Docs page
// and checks each attribute of the manifest has a row (and so a control) there.
//   node scripts/smoke-stories.mjs [storybook-static]
// Prints `N passed, N failed` last; writes the totals to $TR_TEST_TOTALS when set.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from './chromium.mjs';
import { serveStatic } from './static-server.mjs';

const root = resolve(process.argv[2] ?? 'storybook-static');
const axePath = resolve('node_modules/axe-core/axe.min.js');
const index = JSON.parse(readFileSync(resolve(root, 'index.json'), 'utf8'));
const entries = Object.values(index.entries);
const manifest = JSON.parse(readFileSync(resolve('custom-elements.json'), 'utf8'));
const attributesOf = new Map();
for (const module of manifest.modules) {
  for (const declaration of module.declarations ?? []) {
    if (declaration.tagName) attributesOf.set(declaration.tagName, (declaration.attributes ?? []).map((a) => a.name));
  }
}

const server = await serveStatic(root);
const browser = await launchChromium();
let passed = 0;
let failed = 0;
const fail = (what, why) => {
  failed++;
  console.log(`  ✗ ${what}: ${why}`);
};

for (const entry of entries) {
  const page = await browser.newPage();
  const problems = [];
  // A story whose name starts with "Error" shows a widget's error state on purpose.
  const expectsError = entry.type === 'story' && (/^error\b/i.test(entry.name) || /error/i.test(entry.id));
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // Error stories point a widget at /no-such-register.json on purpose: that 404 is expected.
    if (/Failed to load resource/.test(message.text()) && message.location().url.includes('no-such-register')) return;
    problems.push(`console error: ${message.text()}`);
  });
  const what = `${entry.type} ${entry.id}`;
  try {
    if (entry.type === 'story') {
      await page.goto(`${server.url}/iframe.html?id=${entry.id}&viewMode=story`, { waitUntil: 'load' });
      const state = await page
        .waitForFunction(
          (expectError) => {
            const widgets = [...document.querySelectorAll('#storybook-root *')].filter((el) => el.tagName.startsWith('TR-'));
            if (!widgets.length) return null;
            const rendered = widgets.every((el) => el.shadowRoot && el.shadowRoot.querySelector('[part]'));
            if (!rendered) return null;
            const loading = widgets.some((el) => el.shadowRoot.querySelector('[part~="loading"]'));
            if (loading) return null;
            const alerts = widgets.filter((el) => el.shadowRoot.querySelector('[role="alert"]')).length;
            return expectError ? (alerts ? { alerts, widgets: widgets.length } : null) : { alerts, widgets: widgets.length };
          },
          expectsError,
          { timeout: 15000 },
        )
        .then((handle) => handle.jsonValue());
      if (!expectsError && state.alerts) problems.push(`${state.alerts} widget(s) show an error`);
      // What the Storybook accessibility panel shows: axe over the story, shadow roots included.
      await page.addScriptTag({ path: axePath });
      const violations = await page.evaluate(async () => {
        // The a11y addon runs axe on each story itself: wait for its run to finish, then run ours.
        for (let attempt = 0; ; attempt++) {
          try {
            const result = await window.axe.run('#storybook-root', { resultTypes: ['violations'] });
            return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
          } catch (error) {
            if (attempt > 50 || !/already running/.test(String(error))) throw error;
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
        }
      });
      if (violations.length) problems.push(`axe: ${violations.join(', ')}`);
    } else if (entry.type === 'docs' && entry.id.startsWith('widgets-')) {
      await page.goto(`${server.url}/iframe.html?id=${entry.id}&viewMode=docs`, { waitUntil: 'load' });
      const tag = entry.title.split('/').pop();
      await page.waitForSelector('.docblock-argstable', { timeout: 15000 });
      const table = await page.locator('.docblock-argstable').first().innerText();
      for (const attribute of attributesOf.get(tag) ?? []) {
        if (!table.includes(attribute)) problems.push(`attribute ${attribute} missing from the docs table`);
      }
    } else {
      await page.goto(`${server.url}/iframe.html?id=${entry.id}&viewMode=docs`, { waitUntil: 'load' });
      await page.waitForTimeout(300);
    }
  } catch (error) {
    problems.push(error.message.split('\n')[0]);
  }
  if (problems.length) fail(what, problems.join('; '));
  else {
    passed++;
    console.log(`  ✓ ${what}`);
  }
  await page.close();
}

await browser.close();
await server.close();
if (process.env.TR_TEST_TOTALS) writeFileSync(process.env.TR_TEST_TOTALS, JSON.stringify({ passed, failed, skipped: 0 }));
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
