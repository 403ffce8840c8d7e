// The reporting loop as a 督查 office runs it, end to end with the real command and a real page:
// `task-register progress template` writes the .xlsx form, a unit fills it in (with exceljs, as
// Excel would save it: Chinese status words, a percent, a note, dates in the usual forms, a value
// on an indicator sheet), `task-register progress import` turns it into progress.json, and a page
// under the strict Content-Security-Policy of government portals shows it with the one-widget
// drop-in files and `progress-src`. What the widgets say is checked against what was filled in.
// Run with `node --import tsx --test tests/node/progress-e2e.test.mjs` (after `npm run build`).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import ExcelJS from 'exceljs';
import { launchChromium } from '../../scripts/chromium.mjs';
import { strictCsp } from '../../scripts/csp.mjs';
import { serveStatic } from '../../scripts/static-server.mjs';
import { taskStateWord } from '../../src/i18n/common.ts';

const root = new URL('../../', import.meta.url).pathname;
const dist = (file) => join(root, 'dist', file);
const registerFile = join(root, 'src/data/register.json');
const register = JSON.parse(readFileSync(registerFile, 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'task-register-e2e-'));
const asOf = '2026-11-30';
const widgetFiles = ['tr-register-summary.iife.js', 'tr-deadline-timeline.iife.js', 'tr-kpi-gauge.iife.js', 'tr-unit-scorecard.iife.js'];

/** An Excel date cell as exceljs reads one back (midnight UTC). */
const excelDate = (iso) => new Date(`${iso}T00:00:00Z`);

/**
 * What the unit writes on the tasks sheet, by task number; `on` is the report date as the rows
 * mean it (the cell holds it in one of the forms people type, or as an Excel date).
 */
const filled = [
  { number: '1', 状态: '已完成', 完成百分比: 100, 进展情况: '实施方案已印发。', 报送日期: excelDate('2025-06-30'), 报送单位: '省教育厅', on: '2025-06-30' },
  { number: '2', 状态: '已完成', 报送日期: '2024年3月31日', on: '2024-03-31' },
  { number: '16', 状态: '完成', 报送日期: '2025.2.15', on: '2025-02-15' },
  { number: '26', 状态: '已完成', 报送日期: excelDate('2022-11-30'), on: '2022-11-30' },
  { number: '3', 状态: '推进中', 完成百分比: '60%', 进展情况: '已完成前期调研，正在起草。', 报送日期: '2026/6/30', on: '2026-06-30' },
  { number: '4', 状态: '未启动', 报送日期: '2026-1-31', on: '2026-01-31' },
  { number: '7', 状态: '推进中', 完成百分比: 50, 报送日期: '2026.6.30', on: '2026-06-30' },
  { number: '8', 状态: '暂缓', 报送日期: excelDate('2026-05-31'), on: '2026-05-31' },
  { number: '9', 状态: '已完成', 报送日期: '2026-10-31', on: '2026-10-31' },
];
/** The value typed on an indicator's sheet. */
const indicator = register.indicators.find((i) => i.id === 'integration-enterprises');
const typedValue = 268;

/** The status each word means, as the form's instructions list them. */
const meaning = { 已完成: 'completed', 完成: 'completed', 推进中: 'inProgress', 未启动: 'notStarted', 暂缓: 'suspended' };

/** The last day of a task's deadline (the as-of year for annual work). */
function dueOf(task) {
  if (task.deadline.kind === 'year') return `${task.deadline.year}-12-31`;
  if (task.deadline.kind === 'annual') return `${asOf.slice(0, 4)}-12-31`;
  throw new Error(`the fill uses only year and annual deadlines, not ${task.deadline.kind}`);
}

/** What the page should say, worked out from the fill and the register's deadlines. */
function expected() {
  const byNumber = new Map(filled.map((row) => [row.number, row]));
  const counts = { completedOnTime: 0, completedLate: 0, overdue: 0, inProgress: 0, notStarted: 0, suspended: 0, passedNoReport: 0, dueThisYear: 0 };
  const late = [];
  for (const task of register.tasks) {
    const row = byNumber.get(task.number);
    const due = dueOf(task);
    if (!row) {
      counts[due < asOf ? 'passedNoReport' : 'dueThisYear']++;
      continue;
    }
    const status = meaning[row.状态];
    if (status === 'completed') {
      counts[row.on <= due ? 'completedOnTime' : 'completedLate']++;
      if (row.on > due) late.push(task.number);
    } else if (status === 'suspended') counts.suspended++;
    else counts[due < asOf ? 'overdue' : status]++;
  }
  return { ...counts, completed: counts.completedOnTime + counts.completedLate, late };
}

/** Runs the `task-register` command as a user would, through its bin file. */
function taskRegister(...args) {
  const result = spawnSync(process.execPath, [join(root, 'bin/task-register.mjs'), ...args], { encoding: 'utf8', cwd: dir });
  assert.equal(result.status, 0, `task-register ${args.join(' ')}: ${result.stderr}`);
  return result;
}

let server;
let browser;

before(() => {
  const needed = [join(root, 'dist/cli/cli/main.js'), ...widgetFiles.map(dist), dist('tr-validate.js')];
  if (!needed.every((file) => existsSync(file))) {
    const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
    assert.equal(build.status, 0, 'npm run build failed');
  }
});

after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('template → fill in → import → the widgets on a strict-CSP page show what the unit reported', async () => {
  // 1. The form.
  const form = join(dir, '填报表.xlsx');
  taskRegister('progress', 'template', registerFile, '-o', form);

  // 2. The unit fills it in: its rows by task number, a value on the indicator's own sheet.
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(form);
  const sheet = workbook.getWorksheet('任务进展');
  const headers = sheet.getRow(1).values.slice(1);
  const column = (word) => {
    const at = headers.indexOf(word);
    assert.ok(at >= 0, `the form has no column ${word}: ${headers.join('、')}`);
    return at + 1;
  };
  for (const { number, on, ...cells } of filled) {
    let row = 0;
    sheet.eachRow((r, n) => {
      if (r.getCell(1).value === number) row = n;
    });
    assert.ok(row, `the form has no row for task ${number}`);
    for (const [word, value] of Object.entries(cells)) sheet.getCell(row, column(word)).value = value;
  }
  // An indicator's sheet is named by its label and states its id.
  const indicatorSheet = workbook.getWorksheet(indicator.label);
  assert.ok(indicatorSheet, `the form has no sheet ${indicator.label}`);
  assert.equal(indicatorSheet.getCell('A5').value, `指标编号：${indicator.id}`);
  // The table on an indicator sheet starts below its headers (row 6: 日期, 数值, 来源).
  assert.equal(indicatorSheet.getCell('A6').value, '日期');
  indicatorSheet.getCell('A7').value = excelDate('2025-12-31');
  indicatorSheet.getCell('B7').value = typedValue;
  indicatorSheet.getCell('C7').value = '省发展改革委统计';
  const filledFile = join(dir, '填报表-已填.xlsx');
  await workbook.xlsx.writeFile(filledFile);

  // 3. The import.
  const progressFile = join(dir, 'progress.json');
  const imported = taskRegister('progress', 'import', filledFile, '--register', registerFile, '--as-of', asOf, '-o', progressFile);
  assert.match(imported.stderr, new RegExp(`任务进展报告 ${filled.length} 份`), imported.stderr);
  const progress = JSON.parse(readFileSync(progressFile, 'utf8'));
  assert.equal(progress.tasks.length, filled.length);
  assert.deepEqual(progress.indicators, [{ indicator: indicator.id, date: '2025-12-31', value: typedValue, source: '省发展改革委统计' }]);

  // 4. A portal page: the one-widget files and the validator beside them, the progress file, no
  // inline script or style, served with the strict CSP.
  for (const file of [...widgetFiles, 'tr-validate.js']) copyFileSync(dist(file), join(dir, file));
  copyFileSync(join(root, 'tests/csp/record-violations.js'), join(dir, 'record-violations.js'));
  const attrs = `progress-src="progress.json" as-of="${asOf}"`;
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <title>重点任务落实情况</title>
    <script src="record-violations.js"></script>
${widgetFiles.map((file) => `    <script src="${file}"></script>`).join('\n')}
  </head>
  <body>
    <tr-register-summary ${attrs}></tr-register-summary>
    <tr-deadline-timeline ${attrs}></tr-deadline-timeline>
    <tr-kpi-gauge indicator="${indicator.id}" ${attrs}></tr-kpi-gauge>
    <tr-unit-scorecard ${attrs}></tr-unit-scorecard>
  </body>
</html>
`,
  );
  server = await serveStatic(dir, { headers: () => ({ 'content-security-policy': strictCsp }) });
  browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const requests = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto(`${server.url}/index.html`);

  // Each widget has drawn with the progress (not the plan alone, not loading, not an error).
  const shown = () =>
    page.evaluate(() => {
      const root = (tag) => document.querySelector(tag)?.shadowRoot;
      const text = (tag, selector) => root(tag)?.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
      const states = {};
      for (const li of root('tr-register-summary')?.querySelectorAll('li[part~="state"]') ?? []) {
        const key = [...li.classList].find((c) => c.startsWith('state-'))?.slice(6);
        states[key] = li.querySelector('strong')?.textContent ?? '';
      }
      return {
        states,
        summaryDetail: text('tr-register-summary', 'li.state-completed .detail'),
        timeline: text('tr-deadline-timeline', '[part~="summary"]'),
        rows: Object.fromEntries(
          [...(root('tr-deadline-timeline')?.querySelectorAll('tr[data-number]') ?? [])].map((row) => [row.dataset.number, [...row.cells].map((cell) => cell.textContent.replace(/\s+/g, ' ').trim())]),
        ),
        gaugeValue: text('tr-kpi-gauge', '[part~="value-text"]'),
        gaugeNow: root('tr-kpi-gauge')?.querySelector('[part~="meter"]')?.getAttribute('aria-valuenow') ?? null,
        scorecard: text('tr-unit-scorecard', '[part~="summary"]'),
        alerts: ['tr-register-summary', 'tr-deadline-timeline', 'tr-kpi-gauge', 'tr-unit-scorecard'].filter((tag) => root(tag)?.querySelector('[role="alert"]')),
        violations: window.__violations,
        errors: window.__errors,
      };
    });
  let view = await shown();
  const settle = async (ready) => {
    for (let i = 0; i < 200 && !ready(view); i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      view = await shown();
    }
  };
  await settle((v) => v.states.completed && v.timeline?.includes('已完成') && v.gaugeValue && v.scorecard);
  // The timeline's table, as a reader opens it (every row shown), for each task's status in words.
  await page.locator('tr-deadline-timeline [part~="table-toggle"]').click();
  await settle((v) => Object.keys(v.rows).length > 0);
  const more = page.locator('tr-deadline-timeline [part~="more"]');
  if (await more.count()) await more.click();
  await settle((v) => Object.keys(v.rows).length === register.tasks.length);
  assert.equal(Object.keys(view.rows).length, register.tasks.length, 'every task in the table');
  assert.deepEqual(view.alerts, [], 'no widget shows an error');
  assert.deepEqual(view.violations, [], 'no Content-Security-Policy violation');
  assert.deepEqual(view.errors, [], 'no page error');
  // The progress file was read from the page's folder, and the validator beside the widget files.
  assert.ok(requests.includes('/progress.json') && requests.includes('/tr-validate.js'), requests.join(' '));

  const want = expected();
  // Sanity of the fill itself: it covers on-time and late completion, overdue work and plain progress.
  assert.ok(want.completedOnTime && want.completedLate && want.overdue && want.inProgress && want.suspended);
  const count = (text) => Number(/\d+/.exec(text ?? '')?.[0]);

  // The summary: completed (on time, late), in progress, overdue, suspended, no report after the deadline.
  assert.equal(count(view.states.completed), want.completed, JSON.stringify(view.states));
  assert.equal(count(view.states.inProgress), want.inProgress);
  assert.equal(count(view.states.overdue), want.overdue);
  assert.equal(count(view.states.suspended), want.suspended);
  assert.equal(count(view.states.passedNoReport), want.passedNoReport);
  assert.equal(view.summaryDetail, `（按期完成${want.completedOnTime}项、逾期完成${want.completedLate}项）`);

  // The timeline's plain-language summary says the same.
  assert.match(view.timeline, new RegExp(`截至2026年11月30日，已完成${want.completed}项（按期${want.completedOnTime}项），逾期未完成${want.overdue}项`), view.timeline);
  assert.match(view.timeline, new RegExp(`期限已过（未报告完成情况）${want.passedNoReport}项`));
  // In the table: a task completed after its deadline reads as completed late, one completed in
  // time as on time, one still in progress after its deadline as overdue, with the note reported.
  const statusOf = (number) => view.rows[number].at(-2);
  for (const number of want.late) assert.equal(statusOf(number), taskStateWord('zh-CN', 'completedLate'), view.rows[number].join(' | '));
  assert.equal(statusOf('1'), taskStateWord('zh-CN', 'completedOnTime'));
  assert.equal(statusOf('3'), taskStateWord('zh-CN', 'overdue'));
  assert.match(view.rows['3'].at(-1), /已完成前期调研，正在起草。/);
  assert.match(view.rows['3'].at(-1), /60%/);
  const states = Object.values(view.rows).map((row) => row.at(-1 - 1));
  assert.equal(states.filter((word) => word === taskStateWord('zh-CN', 'completedLate')).length, want.completedLate);
  assert.equal(states.filter((word) => word === taskStateWord('zh-CN', 'overdue')).length, want.overdue);

  // The gauge shows the value typed on the indicator's sheet.
  assert.equal(view.gaugeNow, String(typedValue));
  assert.equal(count(view.gaugeValue), typedValue, view.gaugeValue);

  // The scorecard's totals over the units agree.
  assert.match(view.scorecard, new RegExp(`已完成${want.completed}项（按期${want.completedOnTime}项），推进中${want.inProgress}项，逾期未完成${want.overdue}项，期限已过未报告${want.passedNoReport}项`), view.scorecard);
});
