// `npm run screenshots`: pictures of each widget on the demo dashboard for the README
// (docs/screenshots/), in zh-CN light and en dark, at desktop width, plus phone layouts.
// Needs `npm run build` first. Uses the system Chromium (or CHROME_PATH).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from './chromium.mjs';
import { serveStatic } from './static-server.mjs';

const out = 'docs/screenshots';
mkdirSync(out, { recursive: true });
const server = await serveStatic(process.cwd());
const browser = await launchChromium();
const shots = [
  { query: '', suffix: 'zh', width: 1280 },
  { query: '?lang=en&theme=dark', suffix: 'en-dark', width: 1280 },
];
for (const { query, suffix, width } of shots) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(`${server.url}/demo/index.html${query}`);
  await page.waitForTimeout(1200);
  for (const [tag, name] of [
    ['.gauges', 'kpi-gauge'],
    ['tr-unit-scorecard', 'unit-scorecard'],
    ['tr-unit-matrix', 'unit-matrix'],
    ['tr-deadline-timeline', 'deadline-timeline'],
  ]) {
    await page.locator(tag).first().screenshot({ path: join(out, `${name}-${suffix}.png`) });
  }
  // The task list's first rows.
  await page.evaluate(() => window.scrollTo(0, 0));
  const list = await page.locator('tr-task-list').boundingBox();
  await page.screenshot({ path: join(out, `task-list-${suffix}.png`), fullPage: true, clip: { x: list.x, y: list.y, width: list.width, height: Math.min(900, list.height) } });
  // The dashboard's top: its selection bar, the summary and the gauges.
  await page.evaluate(() => window.scrollTo(0, 0));
  const top = await page.locator('tr-dashboard').boundingBox();
  const gauges = await page.locator('.gauges').boundingBox();
  await page.screenshot({ path: join(out, `dashboard-${suffix}.png`), fullPage: true, clip: { x: top.x, y: top.y, width: top.width, height: gauges.y + gauges.height + 16 - top.y } });
  await page.close();
}
const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
await phone.goto(`${server.url}/demo/index.html`);
await phone.waitForTimeout(1200);
for (const [tag, name] of [['tr-deadline-timeline', 'deadline-timeline'], ['tr-task-list', 'task-list'], ['tr-unit-scorecard', 'unit-scorecard']]) {
  await phone.evaluate(() => window.scrollTo(0, 0));
  const box = await phone.locator(tag).boundingBox();
  await phone.screenshot({ path: join(out, `${name}-phone.png`), fullPage: true, clip: { x: 0, y: box.y - 8, width: 390, height: Math.min(760, box.height + 16) } });
}
await browser.close();
await server.close();
console.log(`written to ${out}/`);
