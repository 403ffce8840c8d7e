// The progress fill-in workflow of the `task-register` command: `progress template` writes the
// form, the test fills it in as a unit would (with exceljs), `progress import` reads it back into a
// progress file that parseProgress accepts, and taskStatusAt gives the expected statuses; csv
// import; merging without losing earlier reports; every refused row named by sheet, row, column
// and text; `validate` of progress files; the sample progress file of the demo.
// Run with `node --import tsx --test tests/node/progress-cli.test.mjs`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main.ts';
import { parseProgress } from '../../src/data/progress.ts';
import { parseRegisterV2 } from '../../src/data/schema-v2.ts';
import { countStates, taskStatusAt } from '../../src/data/status.ts';
import { sampleProgress } from '../../scripts/sample-progress.mjs';

const root = new URL('../../', import.meta.url);
const path = (p) => new URL(p, root).pathname;
const dir = mkdtempSync(join(tmpdir(), 'task-register-progress-'));
const tmp = (name) => join(dir, name);
const registerFile = path('src/data/register.json');
const register = parseRegisterV2(JSON.parse(readFileSync(registerFile, 'utf8')));
const asOf = '2026-11-30';
const day = (iso) => new Date(`${iso}T00:00:00Z`);
const taskByNumber = (number) => register.tasks.find((t) => t.number === number);

async function run(...argv) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** Fills a generated form as a unit would: by task number on the tasks sheet, rows added below, values on indicator sheets. */
async function fill(form, target, { tasks = [], added = [], indicators = {}, sheet: sheetName = '任务进展', edit } = {}) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(form);
  const sheet = workbook.getWorksheet(sheetName);
  const headers = sheet.getRow(1).values.slice(1);
  const col = (word) => {
    const i = headers.indexOf(word);
    assert.ok(i >= 0, `no column ${word} in ${headers.join(', ')}`);
    return i + 1;
  };
  const write = (row, values) => {
    for (const [word, value] of Object.entries(values)) if (word !== 'number') sheet.getCell(row, col(word)).value = value;
  };
  for (const values of tasks) {
    let row = 0;
    sheet.eachRow((r, n) => {
      if (r.getCell(1).value === values.number) row = n;
    });
    assert.ok(row, `no row for task ${values.number}`);
    write(row, values);
  }
  let next = 2;
  while (sheet.getCell(next, 1).value) next++;
  for (const values of added) {
    sheet.getCell(next, 1).value = values.number;
    write(next++, values);
  }
  for (const [name, rows] of Object.entries(indicators)) {
    // By its name, or by the indicator id stated above its table.
    const ws = workbook.getWorksheet(name) ?? workbook.worksheets.find((sheet) => String(sheet.getCell('A5').value).endsWith(`: ${name}`));
    assert.ok(ws, `no sheet ${name}`);
    rows.forEach((values, i) => values.forEach((value, c) => (ws.getCell(7 + i, c + 1).value = value)));
  }
  edit?.(workbook);
  await workbook.xlsx.writeFile(target);
}

describe('progress template', () => {
  test('zh: the tasks sheet, one sheet per indicator, the instructions with the register id', async () => {
    const { code, err } = await run('progress', 'template', registerFile, '-o', tmp('form.xlsx'));
    assert.equal(code, 0, err);
    assert.match(err, /已写入填报表 .*form\.xlsx：46 项任务，26 个指标工作表/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(tmp('form.xlsx'));
    const names = workbook.worksheets.map((ws) => ws.name);
    assert.equal(names.length, 2 + register.indicators.length);
    assert.equal(names[0], '任务进展');
    assert.equal(names.at(-1), '说明');
    assert.ok(names.every((n) => n.length <= 31 && !/[\\/?*[\]:]/.test(n)));
    assert.equal(new Set(names.map((n) => n.toLowerCase())).size, names.length);

    const sheet = workbook.getWorksheet('任务进展');
    assert.deepEqual(sheet.getRow(1).values.slice(1), ['序号', '任务', '牵头单位', '参与单位', '完成时限', '状态', '完成百分比', '进展情况', '报送日期', '报送单位', '任务编号']);
    assert.equal(sheet.rowCount, 1 + register.tasks.length);
    assert.deepEqual(sheet.getRow(6).values.slice(1, 6), ['5', taskByNumber('5').content, '省发展改革委', '省教育厅、省人力社保厅', '2025年']);
    assert.equal(sheet.getCell('E8').value, '年度常规工作');
    assert.equal(sheet.getCell('K8').value, 't7');
    assert.equal(sheet.getColumn(11).hidden, true);
    assert.equal(sheet.getCell('B2').alignment.wrapText, true);
    assert.equal(sheet.getRow(1).font.bold, true);
    assert.equal(sheet.views[0].state, 'frozen');
    assert.equal(sheet.views[0].ySplit, 1);
    assert.ok(sheet.getColumn(2).width >= 40);
    const status = sheet.getCell('F2').dataValidation;
    assert.equal(status.type, 'list');
    assert.deepEqual(status.formulae, ['"未启动,推进中,已完成,暂缓,取消"']);
    assert.equal(sheet.getCell('F100').dataValidation?.type, 'list', 'spare rows keep the drop-down');
    assert.deepEqual(sheet.getCell('G2').dataValidation.formulae, [0, 100]);
    assert.equal(sheet.getCell('I2').dataValidation.type, 'date');
    assert.equal(sheet.getCell('J2').dataValidation.formulae[0], "'说明'!$D$2:$D$12");

    const guide = workbook.getWorksheet('说明');
    assert.equal(guide.getCell('A3').value, '登记表编号');
    assert.equal(guide.getCell('B3').value, register.id);
    assert.deepEqual(guide.getColumn(4).values.slice(2), register.units.map((u) => u.name));
    assert.match(guide.getCell('B5').value, /下拉选择：未启动、推进中、已完成、暂缓、取消/);

    const indicator = workbook.getWorksheet('产教融合型企业');
    assert.equal(indicator.getCell('A1').value, '产教融合型企业');
    assert.equal(indicator.getCell('A2').value, '目标：不少于300家；完成年份：2025');
    assert.equal(indicator.getCell('A3').value, '原文：培育300家以上产教融合型企业');
    assert.deepEqual(indicator.getRow(6).values.slice(1), ['日期', '数值（家）', '来源']);
    assert.match(workbook.getWorksheet('社会培训与全日制学历教育规模比例').getCell('A2').value, /^目标：不少于1\.2：1/);
    assert.match(workbook.getWorksheet('每条产业链先进制造业实训基地').getCell('A2').value, /^目标：3至5家/);
  });

  test('en: English headers, sheet names and words; task content and unit names as written', async () => {
    const { code, err } = await run('progress', 'template', registerFile, '-o', tmp('form-en.xlsx'), '--lang', 'en');
    assert.equal(code, 0, err);
    assert.match(err, /wrote the form .*form-en\.xlsx: 46 tasks, 26 indicator sheets/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(tmp('form-en.xlsx'));
    assert.equal(workbook.worksheets[0].name, 'Task progress');
    assert.equal(workbook.worksheets.at(-1).name, 'Instructions');
    const sheet = workbook.getWorksheet('Task progress');
    assert.deepEqual(sheet.getRow(1).values.slice(1), ['No.', 'Task', 'Lead units', 'Participating units', 'Deadline', 'Status', 'Percent complete', 'Progress', 'Report date', 'Reported by', 'Task id']);
    assert.deepEqual(['A2', 'B2', 'C2', 'D2', 'E2'].map((a) => sheet.getCell(a).value), ['1', taskByNumber('1').content, '省教育厅', null, '2025年']);
    assert.deepEqual(sheet.getCell('F2').dataValidation.formulae, ['"Not started,In progress,Completed,Suspended,Cancelled"']);
    const names = workbook.worksheets.map((ws) => ws.name);
    assert.ok(names.every((n) => n.length <= 31));
    assert.ok(names.includes('Industry-education…enterprises'), names.join(' | '));
    const indicator = workbook.worksheets.find((ws) => ws.getCell('A5').value === 'Indicator id: integration-enterprises');
    assert.equal(indicator.getCell('A1').value, 'Industry-education integration enterprises');
    assert.equal(indicator.getCell('A2').value, 'Target: at least 300 家; Due year: 2025');
    assert.deepEqual(indicator.getRow(6).values.slice(1), ['Date', 'Value (家)', 'Source']);
    assert.equal(workbook.getWorksheet('Instructions').getCell('A3').value, 'Register id');
  });

  test('without -o it writes 填报表.xlsx in the working directory and never overwrites it', async () => {
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      assert.equal((await run('progress', 'template', registerFile)).code, 0);
      assert.ok(existsSync(tmp('填报表.xlsx')));
      const again = await run('progress', 'template', registerFile);
      assert.equal(again.code, 1);
      assert.match(again.err, /填报表\.xlsx 已存在，未覆盖；请用 -o 指定输出文件/);
    } finally {
      process.chdir(cwd);
    }
  });
});

describe('progress import: template → fill → import → statuses', () => {
  test('a filled .xlsx end to end: every accepted word and date form, parseProgress accepts it, taskStatusAt as expected', async () => {
    await run('progress', 'template', registerFile, '-o', tmp('e2e-form.xlsx'));
    await fill(tmp('e2e-form.xlsx'), tmp('e2e.xlsx'), {
      tasks: [
        { number: '1', 状态: '已完成', 完成百分比: 100, 进展情况: '计划已完成。', 报送日期: day('2024-06-30'), 报送单位: '省教育厅' },
        { number: '2', 状态: '完成', 报送日期: '2024年3月31日' },
        { number: '3', 状态: '进行中', 完成百分比: '60%', 报送日期: '2026/6/30' },
        { number: '7', 状态: '推进中', 完成百分比: 50, 报送日期: '2026.6.30' },
        { number: '8', 状态: ' 暂停 ', 报送日期: day('2026-05-31') },
        { number: '9', 状态: '已取消', 报送日期: '2026-02-28' },
        { number: '12', 状态: 'notStarted', 报送日期: '2026-1-31' },
        { number: '4', 进展情况: '只写了说明，没有状态和日期' },
      ],
      // A second report on task 1, added below as the instructions say.
      added: [{ number: '1', 状态: '正在推进', 完成百分比: '40', 报送日期: day('2023-12-31'), 报送单位: '省教育厅' }],
      indicators: {
        产教融合型企业: [
          [day('2023-12-31'), 150, '示例来源'],
          ['2024年12月31日', '268家', null],
        ],
        '“双师型”教师占专业课教师比重': [[day('2024-12-31'), '75.5%', null]],
      },
    });
    const { code, out, err } = await run('progress', 'import', tmp('e2e.xlsx'), '--register', registerFile, '--as-of', asOf);
    assert.equal(code, 0, err);
    assert.match(err, /任务进展报告 8 份（未启动 1，推进中 3，已完成 2，暂缓 1，取消 1），指标数值 3 个；未填写的行 \d+ 行/);
    const file = JSON.parse(out);
    assert.equal(file.schemaVersion, 1);
    assert.equal(file.register, register.id);
    assert.deepEqual(file.tasks[0], { task: '1', date: '2023-12-31', status: 'inProgress', percent: 40, reportedBy: 'edu' });
    assert.deepEqual(file.tasks.find((r) => r.task === '1' && r.status === 'completed'), {
      task: '1',
      date: '2024-06-30',
      status: 'completed',
      percent: 100,
      note: '计划已完成。',
      reportedBy: 'edu',
    });
    assert.deepEqual(file.tasks.find((r) => r.task === '3'), { task: '3', date: '2026-06-30', status: 'inProgress', percent: 60 });
    assert.deepEqual(
      file.tasks.map((r) => [r.task, r.date, r.status]),
      [
        ['1', '2023-12-31', 'inProgress'],
        ['2', '2024-03-31', 'completed'],
        ['1', '2024-06-30', 'completed'],
        ['12', '2026-01-31', 'notStarted'],
        ['9', '2026-02-28', 'cancelled'],
        ['8', '2026-05-31', 'suspended'],
        ['3', '2026-06-30', 'inProgress'],
        ['7', '2026-06-30', 'inProgress'],
      ],
    );
    assert.deepEqual(file.indicators, [
      { indicator: 'integration-enterprises', date: '2023-12-31', value: 150, source: '示例来源' },
      { indicator: 'integration-enterprises', date: '2024-12-31', value: 268 },
      { indicator: 'dual-qualified-teachers', date: '2024-12-31', value: 75.5 },
    ]);

    const { progress, ignored } = parseProgress(file, register, day(asOf));
    assert.deepEqual(ignored, []);
    const state = (number, at = asOf) => taskStatusAt(taskByNumber(number), day(at), progress).state;
    assert.equal(state('1'), 'completedOnTime');
    assert.equal(state('1', '2024-01-01'), 'inProgress');
    assert.equal(state('2'), 'completedLate');
    assert.equal(state('3'), 'overdue');
    assert.equal(state('3', '2025-06-30'), 'dueThisYear');
    assert.equal(state('7'), 'inProgress');
    assert.equal(state('7', '2027-03-01'), 'dueThisYear', 'annual work: last year\'s report does not count');
    assert.equal(state('8'), 'suspended');
    assert.equal(state('9'), 'cancelled');
    assert.equal(state('12'), 'notStarted');
    assert.equal(state('6'), 'passedNoReport');
    assert.equal(taskStatusAt(taskByNumber('1'), day(asOf), progress).completedOn, '2024-06-30');
  });

  test('en: the English form filled with English words, messages in English', async () => {
    await run('progress', 'template', registerFile, '-o', tmp('en-form.xlsx'), '--lang', 'en');
    await fill(tmp('en-form.xlsx'), tmp('en.xlsx'), {
      sheet: 'Task progress',
      tasks: [
        { number: '1', Status: 'Completed', 'Percent complete': 100, 'Report date': day('2025-06-30'), 'Reported by': 'Provincial Department of Education' },
        { number: '5', Status: 'In progress', 'Report date': '2025-03-31', Progress: '进展顺利' },
      ],
      indicators: { 'integration-enterprises': [[day('2025-12-31'), 301, 'annual report']] },
    });
    const { code, out, err } = await run('progress', 'import', tmp('en.xlsx'), '--register', registerFile, '--as-of', asOf, '--lang', 'en', '-o', tmp('en.json'));
    assert.equal(code, 0, err);
    assert.equal(out, '');
    assert.match(err, /en\.xlsx: 2 task reports \(in progress 1, completed 1\), 1 indicator values; \d+ rows not filled in/);
    assert.match(err, /wrote .*en\.json/);
    const file = readJson(tmp('en.json'));
    assert.deepEqual(file.tasks, [
      { task: '5', date: '2025-03-31', status: 'inProgress', note: '进展顺利' },
      { task: '1', date: '2025-06-30', status: 'completed', percent: 100, reportedBy: 'edu' },
    ]);
    assert.deepEqual(file.indicators, [{ indicator: 'integration-enterprises', date: '2025-12-31', value: 301, source: 'annual report' }]);
    const { progress } = parseProgress(file, register, day(asOf));
    assert.equal(taskStatusAt(taskByNumber('1'), day(asOf), progress).state, 'completedOnTime');
    assert.equal(taskStatusAt(taskByNumber('5'), day(asOf), progress).state, 'overdue');
  });

  test('a csv: Chinese words and their variants, English words and contract ids, every date form, indicator rows by label', async () => {
    writeFileSync(
      tmp('filled.csv'),
      '\uFEFF序号,任务,状态,完成百分比,进展情况,报送日期,报送单位,指标,数值,来源\n' +
        '1,实施省级高水平职业院校…,已完成,100%,已完成,2025/12/31,省教育厅,,,\n' +
        '2,,进行中,60,,2023.6.30,,,,\n' +
        '3,,未开始,,,2022年3月1日,,,,\n' +
        '4,,正在推进,,,2024-7-1,省人力社保厅,,,\n' +
        '5,,暂缓,,,2024-08-31,,,,\n' +
        '6,,canceled,,,2024-08-31,,,,\n' +
        '7,,inProgress,,,2026-01-15,,,,\n' +
        '8,,,,,,,,,\n' +
        ',,,,,2025-12-31,,产教融合型企业,280,公报\n' +
        ',,,,,2024-12-31,,integration-alliances,8,\n',
    );
    const { code, out, err } = await run('progress', 'import', tmp('filled.csv'), '--register', registerFile, '--as-of', asOf);
    assert.equal(code, 0, err);
    assert.match(err, /filled\.csv：任务进展报告 7 份（未启动 1，推进中 3，已完成 1，暂缓 1，取消 1），指标数值 2 个；未填写的行 1 行/);
    const file = JSON.parse(out);
    assert.deepEqual(
      file.tasks.map((r) => [r.task, r.date, r.status, r.percent]),
      [
        ['3', '2022-03-01', 'notStarted', undefined],
        ['2', '2023-06-30', 'inProgress', 60],
        ['4', '2024-07-01', 'inProgress', undefined],
        ['5', '2024-08-31', 'suspended', undefined],
        ['6', '2024-08-31', 'cancelled', undefined],
        ['1', '2025-12-31', 'completed', 100],
        ['7', '2026-01-15', 'inProgress', undefined],
      ],
    );
    assert.equal(file.tasks.find((r) => r.task === '4').reportedBy, 'hrss');
    assert.deepEqual(file.indicators, [
      { indicator: 'integration-alliances', date: '2024-12-31', value: 8 },
      { indicator: 'integration-enterprises', date: '2025-12-31', value: 280, source: '公报' },
    ]);
    assert.deepEqual(parseProgress(file, register, day(asOf)).ignored, []);
  });
});

describe('tasks sharing a number (numbering restarts in each section)', () => {
  const twoSections = {
    schemaVersion: 2,
    id: 'two-sections',
    title: '某区2024年重点任务分工',
    roles: [{ id: 'responsible', label: '责任单位' }],
    units: [
      { id: 'u1', name: '区教育局' },
      { id: 'u2', name: '区财政局' },
    ],
    sections: [
      { id: 's1', number: '一', title: '教育' },
      { id: 's2', number: '二', title: '财政' },
    ],
    tasks: [
      { id: 't1', number: '1', sectionId: 's1', content: '办好学校。', units: { responsible: ['u1'] }, deadline: { kind: 'month', year: 2024, month: 9, text: '2024年9月' }, indicatorIds: [] },
      { id: 't2', number: '1', sectionId: 's2', content: '管好资金。', units: { responsible: ['u1', 'u2'] }, deadline: { kind: 'none' }, indicatorIds: [] },
    ],
    indicators: [],
  };

  test('the hidden task id column tells them apart; a csv without it is refused as ambiguous', async () => {
    writeFileSync(tmp('two.json'), JSON.stringify(twoSections));
    assert.equal((await run('progress', 'template', tmp('two.json'), '-o', tmp('two-form.xlsx'))).code, 0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(tmp('two-form.xlsx'));
    assert.deepEqual(workbook.worksheets.map((ws) => ws.name), ['任务进展', '说明']);
    const sheet = workbook.getWorksheet('任务进展');
    // 序号, 任务, 责任单位, 完成时限, 状态 (E), 完成百分比 (F), 进展情况, 报送日期 (H), 报送单位 (I), 任务编号 (J, hidden).
    assert.deepEqual(['A3', 'B3', 'C3', 'D3', 'J3'].map((a) => sheet.getCell(a).value), ['1', '管好资金。', '区教育局、区财政局', '无', 't2']);
    sheet.getCell('E2').value = '已完成';
    sheet.getCell('H2').value = new Date('2024-08-31T00:00:00Z');
    sheet.getCell('E3').value = '推进中';
    // A percent cell formatted as a percent: 0.5 shows as 50%.
    sheet.getCell('F3').value = 0.5;
    sheet.getCell('F3').numFmt = '0%';
    sheet.getCell('H3').value = 45473; // an Excel day number: 2024-06-30
    sheet.getCell('H3').numFmt = 'General';
    sheet.getCell('I3').value = '区财政局';
    await workbook.xlsx.writeFile(tmp('two.xlsx'));
    const { code, out, err } = await run('progress', 'import', tmp('two.xlsx'), '--register', tmp('two.json'), '--as-of', asOf);
    assert.equal(code, 0, err);
    const file = JSON.parse(out);
    assert.deepEqual(file.tasks, [
      { task: 't2', date: '2024-06-30', status: 'inProgress', percent: 50, reportedBy: 'u2' },
      { task: 't1', date: '2024-08-31', status: 'completed' },
    ]);
    const two = parseRegisterV2(twoSections);
    const { progress, ignored } = parseProgress(file, two, day(asOf));
    assert.deepEqual(ignored, []);
    assert.equal(taskStatusAt(two.tasks[0], day(asOf), progress).state, 'completedOnTime');
    assert.equal(taskStatusAt(two.tasks[1], day(asOf), progress).state, 'inProgress');

    writeFileSync(tmp('two.csv'), '序号,任务编号,状态,报送日期\n1,,已完成,2024-08-31\n1,t2,已完成,2024-08-31\n');
    const csv = await run('progress', 'import', tmp('two.csv'), '--register', tmp('two.json'), '--as-of', asOf);
    assert.equal(csv.code, 1);
    assert.match(csv.err, /two\.csv 第2行“序号”列“1”：这个序号对应多项任务，请填写“任务编号”列/);
    assert.doesNotMatch(csv.err, /第3行/);
  });
});

describe('progress import --merge', () => {
  const csv = (name, rows) => writeFileSync(tmp(name), `序号,状态,完成百分比,进展情况,报送日期\n${rows.join('\n')}\n`);

  test('earlier reports are all kept; the same report once; a new one added', async () => {
    csv('first.csv', ['1,推进中,30,起步,2023-06-30', '2,推进中,50,,2023-06-30']);
    assert.equal((await run('progress', 'import', tmp('first.csv'), '--register', registerFile, '--as-of', asOf, '-o', tmp('first.json'))).code, 0);
    const earlier = readJson(tmp('first.json'));
    earlier.extra = { portal: 'kept' };
    // An earlier report naming its task by id is the same task.
    earlier.tasks[1] = { date: '2023-06-30', percent: 50, status: 'inProgress', task: 't2' };
    writeFileSync(tmp('first.json'), JSON.stringify(earlier));
    csv('second.csv', ['1,推进中,30,起步,2023-06-30', '2,推进中,50,,2023-06-30', '1,已完成,100,,2024-12-31', '3,推进中,20,,2024-12-31']);
    const { code, err } = await run('progress', 'import', tmp('second.csv'), '--register', registerFile, '--as-of', asOf, '--merge', tmp('first.json'), '-o', tmp('merged.json'));
    assert.equal(code, 0, err);
    assert.match(err, /与 .*first\.json 合并：原有报告 2 份全部保留，新增 2 份，与原有相同 2 份/);
    const merged = readJson(tmp('merged.json'));
    assert.deepEqual(merged.extra, { portal: 'kept' });
    assert.deepEqual(merged.tasks.map((r) => [r.task, r.date, r.status]), [
      ['1', '2023-06-30', 'inProgress'],
      ['t2', '2023-06-30', 'inProgress'],
      ['1', '2024-12-31', 'completed'],
      ['3', '2024-12-31', 'inProgress'],
    ]);
    const { progress, ignored } = parseProgress(merged, register, day(asOf));
    assert.deepEqual(ignored, []);
    assert.equal(taskStatusAt(taskByNumber('1'), day(asOf), progress).state, 'completedOnTime');
  });

  test('the same task and date with a different report: an error naming both rows, nothing written; --replace takes the new one', async () => {
    csv('third.csv', ['3,推进中,20,,2024-12-31', '2,已完成,100,,2023-06-30']);
    const clash = await run('progress', 'import', tmp('third.csv'), '--register', registerFile, '--as-of', asOf, '--merge', tmp('merged.json'), '-o', tmp('clash.json'));
    assert.equal(clash.code, 1);
    assert.ok(!existsSync(tmp('clash.json')));
    assert.match(clash.err, /third\.csv 第3行“报送日期”列“2023-06-30”：merged\.json 中 tasks\[1\] 已有同一日期的不同报告（加 --replace 以本表为准）/);
    assert.match(clash.err, /有无法使用的行，未写入任何文件/);
    const en = await run('progress', 'import', tmp('third.csv'), '--register', registerFile, '--as-of', asOf, '--merge', tmp('merged.json'), '--lang', 'en');
    assert.match(en.err, /third\.csv, row 3, column "Report date", "2023-06-30": merged\.json already has a different report for this date at tasks\[1\] \(add --replace to take this one\)/);

    const replaced = await run('progress', 'import', tmp('third.csv'), '--register', registerFile, '--as-of', asOf, '--merge', tmp('merged.json'), '--replace', '-o', tmp('replaced.json'));
    assert.equal(replaced.code, 0, replaced.err);
    assert.match(replaced.err, /原有报告 3 份全部保留，新增 0 份，与原有相同 1 份，替换 1 份/);
    const file = readJson(tmp('replaced.json'));
    assert.equal(file.tasks.length, 4);
    assert.deepEqual(file.tasks[1], { task: '2', date: '2023-06-30', status: 'completed', percent: 100 });
  });

  test('merging into a progress file of another register, or a register: exit 1', async () => {
    const other = { ...readJson(tmp('first.json')), register: 'another-register' };
    writeFileSync(tmp('other.json'), JSON.stringify(other));
    const wrong = await run('progress', 'import', tmp('third.csv'), '--register', registerFile, '--as-of', asOf, '--merge', tmp('other.json'));
    assert.equal(wrong.code, 1);
    assert.match(wrong.err, /other\.json：进展数据属于另一份任务清单（another-register），与本清单（zhejiang-vocational-education-integration）不符/);
    const notProgress = await run('progress', 'import', tmp('third.csv'), '--register', registerFile, '--merge', registerFile);
    assert.equal(notProgress.code, 1);
    assert.match(notProgress.err, /进展数据不符合数据规范/);
  });
});

describe('progress import: bad input', () => {
  test('each refused row names its sheet, row, column and text; exit 1 and nothing written; --force writes the rest', async () => {
    await run('progress', 'template', registerFile, '-o', tmp('bad-form.xlsx'));
    await fill(tmp('bad-form.xlsx'), tmp('bad.xlsx'), {
      tasks: [
        { number: '1', 状态: '差不多', 报送日期: '2025-01-31' },
        { number: '2', 状态: '已完成', 完成百分比: 120, 报送日期: '2024-01-31' },
        { number: '3', 状态: '已完成', 报送日期: day('2027-01-31') },
        { number: '4', 状态: '推进中', 报送日期: '6月30日' },
        { number: '5', 状态: '推进中', 报送日期: '2025-02-28', 报送单位: '省外星局' },
        { number: '6', 状态: '推进中' },
        { number: '7', 报送日期: '2025-03-31' },
        { number: '8', 状态: '推进中', 完成百分比: '大半', 报送日期: '2025-03-31' },
        { number: '9', 状态: '推进中', 报送日期: '2025-03-31' },
      ],
      added: [
        { number: '99', 状态: '推进中', 报送日期: '2025-03-31' },
        { number: '9', 状态: '已完成', 报送日期: '2025-03-31' },
        { number: '9', 状态: '推进中', 报送日期: '2025-03-31' },
      ],
      indicators: { 产教融合型企业: [[day('2025-12-31'), '很多', null], [null, 12, null], [day('2025-06-30'), 100, null]] },
    });
    const { code, out, err } = await run('progress', 'import', tmp('bad.xlsx'), '--register', registerFile, '--as-of', asOf, '-o', tmp('bad.json'));
    assert.equal(code, 1);
    assert.equal(out, '');
    assert.ok(!existsSync(tmp('bad.json')));
    const expected = [
      '工作表“任务进展”第2行“状态”列“差不多”：不是可用的状态（可填：未启动、推进中、已完成、暂缓、取消）',
      '工作表“任务进展”第3行“完成百分比”列“120”：完成百分比超出 0 至 100',
      '工作表“任务进展”第4行“报送日期”列“2027-01-31”：日期晚于今天（2026-11-30）',
      '工作表“任务进展”第5行“报送日期”列“6月30日”：不是可识别的日期',
      '工作表“任务进展”第6行“报送单位”列“省外星局”：登记表中没有这个单位',
      '工作表“任务进展”第7行“报送日期”列：填写了状态，但没有填写报送日期',
      '工作表“任务进展”第8行“状态”列：填写了报送日期，但没有填写状态',
      '工作表“任务进展”第9行“完成百分比”列“大半”：完成百分比应为数字',
      '工作表“任务进展”第48行“序号”列“99”：登记表中没有这个序号的任务',
      '工作表“任务进展”第49行“报送日期”列“2025-03-31”：与工作表“任务进展”第10行同一日期的报告内容不同，只能保留一份',
      '工作表“产教融合型企业”第7行“数值（家）”列“很多”：数值不是数字',
      '工作表“产教融合型企业”第8行“日期”列：填写了数值，但没有填写日期',
    ];
    for (const line of expected) assert.ok(err.includes(line), `missing: ${line}\n${err}`);
    assert.match(err, /bad\.xlsx 中 12 行无法使用：/);
    assert.match(err, /有无法使用的行，未写入任何文件/);
    // The third row for task 9 repeats the first word for word: kept once, not refused.
    assert.doesNotMatch(err, /第50行/);
    assert.doesNotMatch(err, /\n\s+at /);

    const forced = await run('progress', 'import', tmp('bad.xlsx'), '--register', registerFile, '--as-of', asOf, '-o', tmp('forced.json'), '--force');
    assert.equal(forced.code, 1);
    assert.match(forced.err, /--force：已写入可用的报告/);
    const file = readJson(tmp('forced.json'));
    assert.deepEqual(file.tasks, [{ task: '9', date: '2025-03-31', status: 'inProgress' }]);
    assert.deepEqual(file.indicators, [{ indicator: 'integration-enterprises', date: '2025-06-30', value: 100 }]);
    assert.deepEqual(parseProgress(file, register, day(asOf)).ignored, []);

    const en = await run('progress', 'import', tmp('bad.xlsx'), '--register', registerFile, '--as-of', asOf, '--lang', 'en');
    assert.match(en.err, /sheet "任务进展", row 2, column "状态", "差不多": not a status \(use one of: Not started, In progress, Completed, Suspended, Cancelled\)/);
    assert.match(en.err, /sheet "任务进展", row 3, column "完成百分比", "120": the percent is outside 0 to 100/);
    assert.match(en.err, /12 rows of .*bad\.xlsx cannot be used:/);
  });

  test('a csv names the file and the row', async () => {
    writeFileSync(tmp('bad.csv'), '序号,状态,报送日期\n1,已完成,2024-06-31\n2,搞定,2024-06-30\n');
    const { code, err } = await run('progress', 'import', tmp('bad.csv'), '--register', registerFile, '--as-of', asOf);
    assert.equal(code, 1);
    assert.match(err, /bad\.csv 第2行“报送日期”列“2024-06-31”：不是可识别的日期/);
    assert.match(err, /bad\.csv 第3行“状态”列“搞定”：不是可用的状态/);
  });

  test('a form for another register; a file with no form in it; an unreadable file', async () => {
    await fill(tmp('form.xlsx'), tmp('other.xlsx'), { edit: (workbook) => (workbook.getWorksheet('说明').getCell('B3').value = 'another-register') });
    const other = await run('progress', 'import', tmp('other.xlsx'), '--register', registerFile);
    assert.equal(other.code, 1);
    assert.match(other.err, /other\.xlsx 属于另一份登记表（another-register），与 zhejiang-vocational-education-integration 不符，未导入/);
    writeFileSync(tmp('prose.csv'), '这不是填报表\n只是文字\n');
    const none = await run('progress', 'import', tmp('prose.csv'), '--register', registerFile);
    assert.equal(none.code, 1);
    assert.match(none.err, /prose\.csv：找不到填报表/);
    const missing = await run('progress', 'import', tmp('nope.xlsx'), '--register', registerFile);
    assert.equal(missing.code, 1);
    assert.match(missing.err, /无法读取文件 .*nope\.xlsx：文件不存在/);
  });

  test('usage errors exit 2', async () => {
    assert.equal((await run('progress')).code, 2);
    const sub = await run('progress', 'frobnicate', 'x');
    assert.equal(sub.code, 2);
    assert.match(sub.err, /未知的 progress 子命令“frobnicate”/);
    const noRegister = await run('progress', 'import', tmp('bad.csv'));
    assert.equal(noRegister.code, 2);
    assert.match(noRegister.err, /需要用 --register 指定登记表文件/);
    const asOfBad = await run('progress', 'import', tmp('bad.csv'), '--register', registerFile, '--as-of', '2026-02-30', '--lang', 'en');
    assert.equal(asOfBad.code, 2);
    assert.match(asOfBad.err, /--as-of must be a date such as 2026-11-30, not "2026-02-30"/);
    assert.equal((await run('progress', 'template')).code, 2);
    const help = await run('--help');
    assert.match(help.out, /task-register progress template <register\.json> \[-o 填报表\.xlsx\]/);
    assert.match(help.out, /task-register validate <progress\.json> --register <register\.json>/);
  });
});

describe('validate a progress file', () => {
  test('valid: exit 0 with the counts', async () => {
    const { code, out } = await run('validate', path('demo/progress.sample.json'), '--register', registerFile, '--as-of', asOf);
    assert.equal(code, 0);
    assert.match(out, /progress\.sample\.json 有效：\d+ 份任务进展报告，\d+ 个指标数值（截至 2026-11-30）/);
  });

  test('every ignored report with its path, its task and why, in zh and en; exit 1', async () => {
    writeFileSync(
      tmp('progress-bad.json'),
      JSON.stringify({
        schemaVersion: 1,
        register: register.id,
        tasks: [
          { task: '1', date: '2024-06-30', status: 'completed' },
          { task: '99', date: '2024-06-30', status: 'completed' },
          { task: '2', date: '2027-06-30', status: 'inProgress' },
          { task: '3', date: '2024-06-30', status: 'inProgress', percent: 120 },
          { task: '4', date: '2024-06-30', status: 'almost' },
          { task: '1', date: '2024-06-30', status: 'inProgress' },
        ],
        indicators: [{ indicator: 'nothing-like-it', date: '2024-06-30', value: 1 }],
      }),
    );
    const zh = await run('validate', tmp('progress-bad.json'), '--register', registerFile, '--as-of', asOf);
    assert.equal(zh.code, 1);
    assert.match(zh.err, /progress-bad\.json 中 6 份报告未被采用：/);
    assert.match(zh.err, /tasks\[1\]\.task（任务99）：任务清单中没有任务“99”/);
    assert.match(zh.err, /tasks\[2\]\.date（任务2）：日期 2027-06-30 晚于今天/);
    assert.match(zh.err, /tasks\[3\]\.percent（任务3）：完成百分比 120 超出 0 至 100/);
    assert.match(zh.err, /tasks\[4\]\.status（任务4）：报告格式有误/);
    assert.match(zh.err, /tasks\[5\]（任务1）：1 在 2024-06-30 已有一份报告，重复的未使用/);
    assert.match(zh.err, /indicators\[0\]\.indicator（nothing-like-it）：任务清单中没有指标“nothing-like-it”/);
    const en = await run('validate', tmp('progress-bad.json'), '--register', registerFile, '--as-of', asOf, '--lang', 'en');
    assert.equal(en.code, 1);
    assert.match(en.err, /6 reports in .*progress-bad\.json were not used:/);
    assert.match(en.err, /tasks\[1\]\.task \(task 99\): the register has no task "99"/);
  });

  test('another register, a file that is no progress file at all, no --register', async () => {
    writeFileSync(tmp('progress-other.json'), JSON.stringify({ schemaVersion: 1, register: 'elsewhere', tasks: [] }));
    const other = await run('validate', tmp('progress-other.json'), '--register', registerFile);
    assert.equal(other.code, 1);
    assert.match(other.err, /progress-other\.json：进展数据属于另一份任务清单（elsewhere）/);
    writeFileSync(tmp('progress-shape.json'), JSON.stringify({ schemaVersion: 1, register: register.id, tasks: [], colour: 'red' }));
    const shape = await run('validate', tmp('progress-shape.json'), '--register', registerFile, '--lang', 'en');
    assert.equal(shape.code, 1);
    assert.match(shape.err, /The progress data does not meet the data contract \(1 problems\)/);
    assert.equal((await run('validate', tmp('progress-other.json'))).code, 2);
    // A register is still validated as a register.
    assert.equal((await run('validate', registerFile)).code, 0);
  });
});

describe('the sample progress file of the demo', () => {
  const sample = readJson(path('demo/progress.sample.json'));

  test('is what scripts/sample-progress.mjs writes (seeded: the same every run), labelled as sample', () => {
    assert.deepEqual(sample, JSON.parse(JSON.stringify(sampleProgress(register))));
    assert.deepEqual(sampleProgress(register), sampleProgress(register));
    assert.deepEqual(sample.extra, { sample: true, note: '示例数据，非真实进展 / Sample figures, not real progress' });
  });

  test('parseProgress accepts it with nothing ignored at 2026-11-30; it shows every status', () => {
    const { progress, ignored } = parseProgress(sample, register, day(asOf));
    assert.deepEqual(ignored, []);
    const reported = new Set(progress.tasks.map((r) => r.task));
    assert.ok(reported.size >= register.tasks.length * 0.6 && reported.size <= register.tasks.length * 0.8, `${reported.size} tasks reported`);
    for (const id of reported) {
      const n = progress.tasks.filter((r) => r.task === id).length;
      assert.ok(n >= 1 && n <= 3, `${id}: ${n} reports`);
    }
    assert.ok(progress.tasks.every((r) => r.date >= '2022-01-01' && r.date <= '2026-10-31'));
    const states = countStates(register.tasks, day(asOf), progress);
    for (const state of ['completedOnTime', 'completedLate', 'inProgress', 'overdue', 'passedNoReport']) assert.ok(states[state] > 0, state);
    assert.equal(states.suspended, 1);
    assert.equal(states.cancelled, 1);
    for (const indicator of register.indicators) {
      const values = progress.indicators.filter((r) => r.indicator === indicator.id).map((r) => r.value);
      assert.ok(values.length >= 2 && values.length <= 4, `${indicator.id}: ${values.length} values`);
      assert.ok(values.every((v, i) => i === 0 || v > values[i - 1]), `${indicator.id} climbs: ${values}`);
    }
  });
});

describe('the built command (after npm run build:cli)', () => {
  test('bin/task-register.mjs progress template and import run with plain node', () => {
    assert.ok(existsSync(path('dist/cli/cli/progress.js')), 'dist/cli is built by npm run build:cli');
    const bin = path('bin/task-register.mjs');
    const made = spawnSync(process.execPath, [bin, 'progress', 'template', registerFile, '-o', tmp('bin-form.xlsx'), '--lang', 'en'], { encoding: 'utf8' });
    assert.equal(made.status, 0, made.stderr);
    const read = spawnSync(process.execPath, [bin, 'progress', 'import', tmp('filled.csv'), '--register', registerFile, '--as-of', asOf], { encoding: 'utf8' });
    assert.equal(read.status, 0, read.stderr);
    assert.equal(JSON.parse(read.stdout).tasks.length, 7);
    const bad = spawnSync(process.execPath, [bin, 'validate', tmp('progress-bad.json'), '--register', registerFile], { encoding: 'utf8' });
    assert.equal(bad.status, 1);
    assert.doesNotMatch(bad.stderr, /\n\s+at /);
  });
});
