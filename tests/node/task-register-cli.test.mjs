// The `task-register` command: exit codes, messages in zh and en, every reader (txt, csv, html,
// docx and xlsx written here), validate/export/migrate, and csv/xlsx round trips. The last group
// runs the built bin and checks the browser bundles hold none of the command's libraries (after
// `npm run build`). Run with `node --import tsx --test tests/node/task-register-cli.test.mjs`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main.ts';
import { parseRegisterV2 } from '../../src/data/schema-v2.ts';
import { docx } from '../support/docx.mjs';

const root = new URL('../../', import.meta.url);
const path = (p) => new URL(p, root).pathname;
const dir = mkdtempSync(join(tmpdir(), 'task-register-'));
const tmp = (name) => join(dir, name);

/** Runs the command in-process; its exit code and what it wrote. */
async function run(...argv) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

describe('usage', () => {
  test('--help in zh by default and in en; exit 0', async () => {
    const zh = await run('--help');
    assert.equal(zh.code, 0);
    assert.match(zh.out, /task-register import <文件>/);
    const en = await run('--help', '--lang', 'en');
    assert.match(en.out, /task-register import <file>/);
    assert.match(en.out, /Exit codes: 0 ok; 1 invalid input/);
  });
  test('usage errors exit 2 and say so', async () => {
    assert.equal((await run()).code, 2);
    const unknown = await run('frobnicate', 'x');
    assert.equal(unknown.code, 2);
    assert.match(unknown.err, /未知命令“frobnicate”/);
    assert.equal((await run('import')).code, 2);
    assert.equal((await run('import', 'a.txt', '--colour', 'red')).code, 2);
    const format = await run('export', 'r.json', '--format', 'pdf', '--lang', 'en');
    assert.equal(format.code, 2);
    assert.match(format.err, /--format must be csv, xlsx or md/);
  });
});

describe('import', () => {
  test('a real table: the register on stdout, the summary and every decision on stderr', async () => {
    const { code, out, err } = await run('import', path('tests/fixtures/real-tables/xianning-2020-gongbao-zerenfengong-table.txt'), '--title', '咸宁市责任分工');
    assert.equal(code, 0);
    const register = parseRegisterV2(JSON.parse(out));
    assert.equal(register.title, '咸宁市责任分工');
    assert.equal(register.id, 'xianning-2020-gongbao-zerenfengong-table');
    assert.match(err, /2 项任务，2 个章节，4 个单位，0 个候选指标/);
    assert.match(err, /责任单位 4 个/);
    assert.match(err, /月份 2 项/);
    assert.match(err, /第15行：任务2：只有责任单位，未设牵头单位/);
    assert.match(err, /第19行：任务4：没有任何单位，未收入登记表/);
  });

  test('messages in en', async () => {
    const { err } = await run('import', path('tests/fixtures/real-tables/lishan-2023-renwufenjie-zerenfengong.txt'), '-o', tmp('lishan.json'), '--lang', 'en');
    assert.match(err, /6 tasks, 1 sections, 11 units, 5 candidate indicators/);
    assert.match(err, /units: 牵头单位 \(lead\) 4, 责任单位 \(responsible\) 7/);
    assert.match(err, /deadlines: not stated 6/);
    assert.match(err, /wrote /);
  });

  test('a csv and an html table with rowspan', async () => {
    assert.equal((await run('import', path('tests/fixtures/import/province.csv'), '-o', tmp('province.json'))).code, 0);
    const csv = readJson(tmp('province.json'));
    assert.deepEqual(csv.roles.map((r) => r.label), ['主要责任单位', '协同配合单位']);
    assert.deepEqual(csv.tasks.map((t) => [t.number, t.deadline.kind]), [['1', 'month'], ['2', 'date'], ['3', 'ongoing'], ['4', 'ongoing']]);
    assert.equal(csv.tasks[2].content, '深化"放管服"改革。');
    assert.equal(csv.tasks[2].note, '每季度报送进展');
    assert.deepEqual(csv.units.map((u) => u.name).slice(0, 5), ['省发展改革委', '省财政厅', '省自然资源厅', '省交通运输厅', '各市、县人民政府']);
    assert.deepEqual(csv.indicators[0], { id: 't1-c1', task: 't1', label: '完成投资', measure: '亿元', dueYear: 2022, quote: '完成投资超过500亿元', review: true, comparator: 'moreThan', target: 500 });

    assert.equal((await run('import', path('tests/fixtures/import/district.html'), '-o', tmp('district.json'))).code, 0);
    const html = readJson(tmp('district.json'));
    assert.equal(html.title, '某区教育局2024年重点工作任务清单');
    assert.deepEqual(html.roles.map((r) => [r.id, r.label]), [['responsible', '责任单位'], ['participant', '配合单位']]);
    const nameOf = new Map(html.units.map((u) => [u.id, u.name]));
    // The rowspan cells belong to both rows they span.
    assert.deepEqual(html.tasks.map((t) => [t.number, t.units.responsible.map((id) => nameOf.get(id)), t.deadline.text]), [
      ['1', ['区教育局'], '2024年9月'],
      ['2', ['区教育局'], '2024年9月'],
      ['3', ['区教育局', '区人社局'], '2024年8月31日'],
    ]);
    assert.deepEqual(html.tasks[1].units.participant.map((id) => nameOf.get(id)), ['区财政局', '区住建局']);
    assert.deepEqual(html.sections.map((s) => [s.number, s.title, s.parentId]), [['一', '办好人民满意的教育', undefined], ['△', '教师队伍', 's1']]);
  });

  test('a docx with a heading, merged cells and a line break in a cell', async () => {
    writeFileSync(
      tmp('county.docx'),
      docx([
        '某县2023年重点工作任务分工方案',
        {
          rows: [
            ['序号', '重点工作', '牵头单位', '责任单位', '完成时限'],
            [{ text: '一、产业发展', span: 5 }],
            ['1', '建设产业园区，入驻企业达到30家。', { text: '县发改局', merge: 'restart' }, '各乡镇\n县财政局', { text: '2023年底前', merge: 'restart' }],
            ['2', '培育规模以上企业。', { merge: 'continue' }, '县经信局', { merge: 'continue' }],
          ],
        },
      ]),
    );
    const { code, err } = await run('import', tmp('county.docx'), '-o', tmp('county.json'));
    assert.equal(code, 0, err);
    const r = readJson(tmp('county.json'));
    assert.equal(r.title, '某县2023年重点工作任务分工方案');
    assert.equal(r.planYear, 2023);
    assert.deepEqual(r.sections, [{ id: 's1', number: '一', title: '产业发展' }]);
    const nameOf = new Map(r.units.map((u) => [u.id, u.name]));
    assert.deepEqual(r.tasks.map((t) => [t.number, t.units.lead.map((id) => nameOf.get(id)), t.units.responsible.map((id) => nameOf.get(id)), t.deadline]), [
      ['1', ['县发改局'], ['各乡镇', '县财政局'], { kind: 'year', year: 2023, text: '2023年底前' }],
      ['2', ['县发改局'], ['县经信局'], { kind: 'year', year: 2023, text: '2023年底前' }],
    ]);
    assert.equal(r.indicators[0].comparator, 'exactly');
    assert.equal(r.indicators[0].quote, '入驻企业达到30家');
  });

  test('an xlsx with merged cells', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('表1');
    sheet.addRow(['某市2024年重点任务分工']);
    sheet.addRow(['序号', '工作任务', '责任单位', '完成时限', '分管领导']);
    sheet.addRow(['（一）稳增长']);
    sheet.mergeCells('A3:E3');
    sheet.addRow([1, '工业投资增长10%。', '市工信局', '2024年12月', '王五']);
    sheet.addRow([2, '新开工项目不少于50个。', '市发改委，各县（市、区）政府', null, '王五、赵六']);
    sheet.mergeCells('D4:D5');
    await workbook.xlsx.writeFile(tmp('city.xlsx'));
    const { code, err } = await run('import', tmp('city.xlsx'), '-o', tmp('city-xlsx.json'));
    assert.equal(code, 0, err);
    const r = readJson(tmp('city-xlsx.json'));
    assert.deepEqual(r.sections, [{ id: 's1', number: '（一）', title: '稳增长' }]);
    assert.deepEqual(r.tasks.map((t) => [t.number, t.deadline.text, t.leaders]), [['1', '2024年12月', ['王五']], ['2', '2024年12月', ['王五', '赵六']]]);
    assert.deepEqual(r.units.map((u) => u.name), ['市工信局', '市发改委', '各县（市、区）政府']);
    assert.match(err, /任务1：只有责任单位，未设牵头单位/);
  });

  test('bad input: unreadable, unknown type, no task column, ambiguous units: exit 1, the file named, no stack', async () => {
    const missing = await run('import', tmp('nope.txt'));
    assert.equal(missing.code, 1);
    assert.match(missing.err, /无法读取文件 .*nope\.txt：文件不存在/);
    const pdf = await run('import', tmp('x.pdf'), '--lang', 'en');
    assert.equal(pdf.code, 1);
    assert.match(pdf.err, /unsupported file type: .*x\.pdf/);
    writeFileSync(tmp('prose.txt'), '这是一段说明文字。\n没有表格。\n');
    const prose = await run('import', tmp('prose.txt'));
    assert.equal(prose.code, 1);
    assert.match(prose.err, /prose\.txt：找不到任务/);
    writeFileSync(tmp('ambiguous.csv'), '序号,工作内容,牵头单位\n7,推进工作。,"市、区教育局"\n');
    const ambiguous = await run('import', tmp('ambiguous.csv'));
    assert.equal(ambiguous.code, 1);
    assert.equal(ambiguous.err, `${tmp('ambiguous.csv')}：表格第2行“牵头单位”列：单位“市、区教育局”无法确定如何拆分，请改写为完整的单位名称（原文：“市、区教育局”）\n`);
    assert.doesNotMatch(ambiguous.err + prose.err + missing.err, /\n\s+at /);
  });
});

describe('validate, migrate, export', () => {
  test('validate: every problem with its path and the task number, zh and en; exit 1', async () => {
    const r = parseRegisterV2(readJson(path('src/data/register.json')));
    const broken = structuredClone(r);
    broken.tasks[4].units.lead = ['nobody'];
    broken.tasks[6].colour = 'red';
    writeFileSync(tmp('broken.json'), JSON.stringify(broken));
    const zh = await run('validate', tmp('broken.json'));
    assert.equal(zh.code, 1);
    assert.match(zh.err, /不符合登记表数据契约（2 个问题）/);
    assert.match(zh.err, /tasks\[4\]\.units\.lead\[0\]（任务5）：引用了不存在的单位 nobody/);
    assert.match(zh.err, /tasks\[6\]（任务7）：未知字段：colour/);
    const en = await run('validate', tmp('broken.json'), '--lang', 'en');
    assert.match(en.err, /tasks\[4\]\.units\.lead\[0\] \(task 5\): refers to unit nobody/);
    writeFileSync(tmp('not.json'), '{ "id": ');
    assert.equal((await run('validate', tmp('not.json'))).code, 1);
  });

  test('validate --strict fails on unreviewed candidates', async () => {
    await run('import', path('tests/fixtures/import/city-inline.txt'), '-o', tmp('city.json'));
    assert.equal((await run('validate', tmp('city.json'))).code, 0);
    const strict = await run('validate', tmp('city.json'), '--strict');
    assert.equal(strict.code, 1);
    assert.match(strict.err, /indicators\[0\]\.review（任务53）：指标 t53-c1 是导入时提出的候选指标/);
  });

  test('migrate: the bundled register in version 2, exactly what parseRegisterV2 upgrades', async () => {
    const { code, err } = await run('migrate', path('tests/fixtures/register.v1.json'), '-o', tmp('v2.json'));
    assert.equal(code, 0);
    assert.match(err, /已迁移：46 项任务/);
    assert.deepEqual(readJson(tmp('v2.json')), JSON.parse(JSON.stringify(parseRegisterV2(readJson(path('tests/fixtures/register.v1.json'))))));
    // The bundled register is that same upgrade.
    assert.deepEqual(readJson(tmp('v2.json')), readJson(path('src/data/register.json')));
    assert.equal((await run('validate', tmp('v2.json'))).code, 0);
  });

  test('export md: a table a person can read', async () => {
    const { code, out } = await run('export', path('src/data/register.json'), '--format', 'md');
    assert.equal(code, 0);
    assert.match(out, /^# 浙江省深化产教融合推进职业教育高质量发展实施方案/);
    assert.match(out, /\| 序号 \| 工作内容 \| 牵头单位 \| 参与单位 \| 完成时限 \|/);
    assert.match(out, /\| 12 \| 全面推行现代学徒制和企业新型学徒制。 \| 省教育厅<br>省人力社保厅 \|/);
  });

  const sources = [
    ['real-tables/qiaocheng-2025-edu-renwufenjiebiao.txt', 'qiaocheng'],
    ['real-tables/lishan-2023-renwufenjie-zerenfengong.txt', 'lishan'],
    ['real-tables/xianning-2020-gongbao-zerenfengong-table.txt', 'xianning'],
    ['import/city-inline.txt', 'city'],
    ['import/district.html', 'district'],
    ['import/province.csv', 'province'],
    ['../../src/data/source/zhejiang-task-register.txt', 'zhejiang'],
  ];
  for (const format of ['csv', 'xlsx']) {
    for (const [file, id] of sources) {
      test(`round trip through ${format}: ${id}`, async () => {
        const first = tmp(`${id}.json`);
        assert.equal((await run('import', path(`tests/fixtures/${file}`), '--id', id, '-o', first)).code, 0);
        const table = tmp(`${id}.${format}`);
        const exported = await run('export', first, '--format', format, '-o', table);
        assert.equal(exported.code, 0, exported.err);
        const again = tmp(`${id}-again-${format}.json`);
        const back = await run('import', table, '--id', id, '-o', again);
        assert.equal(back.code, 0, back.err);
        assert.deepEqual(readJson(again), readJson(first));
      });
    }
  }
});

describe('the built command and the browser bundles (after npm run build)', () => {
  test('npx task-register --help runs the built bin with plain node', () => {
    assert.ok(existsSync(path('dist/cli/cli/main.js')), 'dist/cli is built by npm run build');
    const result = spawnSync(process.execPath, [path('bin/task-register.mjs'), '--help', '--lang', 'en'], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /task-register import <file>/);
    const bad = spawnSync(process.execPath, [path('bin/task-register.mjs'), 'validate', path('tests/fixtures/broken.json')], { encoding: 'utf8' });
    assert.equal(bad.status, 1);
    assert.doesNotMatch(bad.stderr, /\n\s+at /);
  });

  test('none of the command\'s libraries reaches the browser bundles', () => {
    // Strings each library carries in its code (and its name, for an import left external).
    const markers = {
      exceljs: ['exceljs', 'xl/worksheets/'],
      mammoth: ['mammoth', 'word/document.xml'],
      'node-html-parser': ['node-html-parser', 'rawTagName'],
      'csv-parse': ['csv-parse', 'CSV_INVALID'],
      'the import core': ['importNoTaskColumn', 'cell-per-line'],
    };
    // The module drop-in's files hold every widget (the classic file for every widget is now its loader).
    const moduleFiles = readdirSync(path('dist/module/chunks')).map((file) => `dist/module/chunks/${file}`);
    assert.ok(moduleFiles.length > 5, 'dist/module/chunks is built');
    for (const bundle of ['dist/task-register-widgets.iife.js', 'dist/task-register-widgets.js', 'dist/module/task-register-widgets.js', ...moduleFiles]) {
      const code = readFileSync(path(bundle), 'utf8');
      for (const [library, strings] of Object.entries(markers)) {
        for (const marker of strings) assert.ok(!code.includes(marker), `${bundle} contains ${library} (${marker})`);
      }
    }
  });
});

after(() => {});
