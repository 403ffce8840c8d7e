// The import core on real published tables and on the other forms real documents take. Run with
// `node --import tsx --test tests/node/import-real-tables.test.mjs`.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { importText, importBlocks, splitUnits, parseDeadline, candidatesOf } from '../../src/import/index.ts';
import { render } from '../../src/i18n/import-errors.ts';
import { TaskRegisterError } from '../../src/data/errors.ts';

const fixture = (name) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const real = (name) => fixture(`real-tables/${name}`);

/** The unit names of a task's role, in order. */
function names(register, number, role) {
  const task = register.tasks.find((t) => t.number === number);
  assert.ok(task, `task ${number} exists`);
  const nameOf = new Map(register.units.map((u) => [u.id, u.name]));
  return (task.units[role] ?? []).map((id) => nameOf.get(id));
}
const task = (register, number) => register.tasks.find((t) => t.number === number);
const messages = (report) => report.warnings.map((w) => render('zh-CN', w.problem.key, w.problem.params));
const unplacedKeys = (report) => report.unplaced.map((u) => u.problem.key);

/** Every piece of every line is in the register or in the report: nothing is dropped silently. */
function assertAccounted(source, { register, report }) {
  const haystack = [JSON.stringify(register), ...report.unplaced.map((u) => u.text), ...report.header].join('\n');
  for (const line of source.split('\n')) {
    for (const piece of line.split(/[\s,，、；;：:（）()。.．\t—△]+/)) {
      if (!piece || /^\d+$/.test(piece)) continue;
      assert.ok(haystack.includes(piece), `"${piece}" (from "${line.trim().slice(0, 40)}") is in the register or the report`);
    }
  }
}

describe('qiaocheng: a table copied one cell per paragraph, 主要责任单位 + 协同配合单位', () => {
  const source = real('qiaocheng-2025-edu-renwufenjiebiao.txt');
  const result = importText(source, { id: 'qiaocheng' });
  const { register, report } = result;

  test('keeps the document numbers and its sections', () => {
    assert.equal(report.layout, 'cell-per-line');
    assert.equal(register.title, '谯城区教育局2025年政府工作报告重点工作任务分解表');
    assert.equal(register.planYear, 2025);
    assert.deepEqual(register.tasks.map((t) => t.number), ['3', '68', '69']);
    assert.deepEqual(register.sections.map((s) => s.number), ['一', '二', '三', '四', '五', '六']);
    assert.equal(register.sections[1].title, '全力以赴扩投资、优服务,筑牢经济增长根基');
    assert.deepEqual(register.tasks.map((t) => t.sectionId), ['s1', 's6', 's6']);
  });

  test('task 73, cut off before its unit cells, is reported, not guessed', () => {
    const cut = report.unplaced.find((u) => u.problem.key === 'importNoUnits');
    assert.deepEqual(cut.problem.params, ['73']);
    assert.match(cut.text, /托位数提高至560/);
    assert.ok(report.unplaced.some((u) => u.text === '[this copy of the page ends here]'));
  });

  test('roles carry the document words', () => {
    assert.deepEqual(register.roles.map((r) => [r.id, r.label]), [['lead', '主要责任单位'], ['participant', '协同配合单位']]);
    assert.deepEqual(names(register, '68', 'lead'), ['区教育局']);
    assert.deepEqual(names(register, '68', 'participant'), ['区政府有关部门', '各乡镇人民政府', '街道办事处']);
    assert.equal(task(register, '68').written.participant, '区政府有关部门,各乡镇人民政府、街道办事处。');
    assert.equal(names(register, '3', 'participant').length, 11);
    assert.equal(names(register, '3', 'participant').at(-1), '魏武国控集团');
  });

  test('no deadline column: every deadline is none, and the reader is told', () => {
    assert.ok(register.tasks.every((t) => t.deadline.kind === 'none'));
    assert.ok(report.warnings.some((w) => w.problem.key === 'importNoDeadlineColumn'));
  });

  test('a candidate with its quote, no invented due year', () => {
    const [c] = register.indicators;
    assert.deepEqual(
      { task: c.task, comparator: c.comparator, target: c.target, measure: c.measure, quote: c.quote, review: c.review, dueYear: c.dueYear },
      { task: 't3', comparator: 'about', target: 7.5, measure: '%', quote: '固定资产投资增长7.5%左右', review: true, dueYear: undefined },
    );
  });

  test('every cell is accounted for', () => assertAccounted(source, result));
});

describe('lishan: a numbered list with 牵头单位 and 责任单位 lines, no deadline', () => {
  const source = real('lishan-2023-renwufenjie-zerenfengong.txt');
  const result = importText(source, { id: 'lishan' });
  const { register, report } = result;

  test('title over two lines, plan year, section, numbers', () => {
    assert.equal(report.layout, 'list');
    assert.equal(register.title, '立山区政府2023年重点工作任务分解和责任分工方案');
    assert.equal(register.planYear, 2023);
    assert.deepEqual(register.sections, [{ id: 's1', number: '一', title: '经济社会发展的主要预期目标' }]);
    assert.deepEqual(register.tasks.map((t) => t.number), ['1', '2', '3', '4', '5', '6']);
    assert.deepEqual(unplacedKeys(report).filter((k) => k === 'importNoUnits').length, 1);
  });

  test('牵头单位 is lead, 责任单位 stays responsible; lists mixing , and 、 split', () => {
    assert.deepEqual(register.roles.map((r) => [r.id, r.label]), [['lead', '牵头单位'], ['responsible', '责任单位']]);
    assert.deepEqual(names(register, '3', 'lead'), ['区发改局']);
    assert.deepEqual(names(register, '3', 'responsible'), ['立山经济开发区', '各街道', '区直各部门']);
    assert.deepEqual(names(register, '5', 'responsible'), ['立山经济开发区', '各街道', '税务局']);
    assert.deepEqual(names(register, '1', 'responsible'), ['立山经济开发区', '全区经济运行各专班']);
  });

  test('deadlines: none, the plan year kept on the register', () => {
    assert.ok(register.tasks.every((t) => t.deadline.kind === 'none'));
  });

  test('growth targets are candidates: 增长…左右 is about', () => {
    const one = register.indicators.find((i) => i.task === 't1');
    assert.equal(one.quote, '地区生产总值增长6.2%左右');
    assert.equal(one.label, '地区生产总值');
    assert.equal(one.comparator, 'about');
    assert.equal(register.indicators.length, 5);
  });

  test('every line is accounted for', () => assertAccounted(source, result));
});

describe('xianning: grouping columns, one 责任单位 column, a merged 备注 month', () => {
  const source = real('xianning-2020-gongbao-zerenfengong-table.txt');
  const result = importText(source, { id: 'xianning', fallbackTitle: '咸宁' });
  const { register, report } = result;

  test('headings nest, numbers are the document\'s', () => {
    assert.deepEqual(report.header, ['重点工作', '主要任务', '工作措施', '责任单位', '备注']);
    assert.deepEqual(
      register.sections.map((s) => [s.number, s.title, s.parentId]),
      [['一', '加大财政金融支持力度', undefined], ['(一)', '加强对防疫重点企业财税支持', 's1']],
    );
    assert.deepEqual(register.tasks.map((t) => [t.number, t.sectionId]), [['2', 's2'], ['3', 's2']]);
    assert.match(task(register, '2').content, /^纳入工信部支持/);
  });

  test('only 责任单位: responsible, never relabelled, and a warning per task', () => {
    assert.deepEqual(register.roles.map((r) => [r.id, r.label]), [['responsible', '责任单位']]);
    assert.ok(messages(report).includes('任务2：只有责任单位，未设牵头单位'));
    assert.ok(messages(report).includes('任务3：只有责任单位，未设牵头单位'));
  });

  test('units: 等 trimmed, 各县、市、区政府 whole, the cell as written kept', () => {
    assert.deepEqual(names(register, '2', 'responsible'), ['市经信局', '市财政局', '各县、市、区政府', '咸宁高新区管委会']);
    assert.equal(task(register, '2').written.responsible, '市经信局、市财政局等,各县、市、区政府,咸宁高新区管委会');
  });

  test('the merged 备注 cell gives 2020年12月 to every row it spans', () => {
    for (const number of ['2', '3']) {
      assert.deepEqual(task(register, number).deadline, { kind: 'month', year: 2020, month: 12, text: '2020年12月' });
    }
    assert.equal(report.warnings.filter((w) => w.problem.key === 'importMerged').length, 2);
  });

  test('the first row (its text missing from the copy) and the cut-off task 4 are reported', () => {
    const noContent = report.unplaced.find((u) => u.problem.key === 'importNoContent');
    assert.match(noContent.text, /市税务局等/);
    assert.deepEqual(report.unplaced.find((u) => u.problem.key === 'importNoUnits').problem.params, ['4']);
  });

  test('every line is accounted for', () => assertAccounted(source, result));
});

describe('the city form: units in brackets at the end of each numbered task, full-width punctuation', () => {
  const source = fixture('import/city-inline.txt');
  const result = importText(source, { id: 'city' });
  const { register } = result;

  test('numbers, sections with their numbers as written, nesting', () => {
    assert.deepEqual(register.tasks.map((t) => t.number), ['52', '53', '54', '55', '56', '57']);
    assert.deepEqual(register.sections.map((s) => [s.number, s.parentId]), [['一', undefined], ['（一）', 's1'], ['（二）', 's1'], ['——', 's3']]);
    assert.equal(task(register, '52').content, '培育特色产业集群，强化县域造血功能。');
  });

  test('units: comma lists, brackets never split, 等 and 。 trimmed', () => {
    assert.deepEqual(names(register, '52', 'lead'), ['市经信局']);
    assert.deepEqual(names(register, '52', 'responsible'), ['市发改委', '各县市区人民政府']);
    assert.deepEqual(names(register, '53', 'responsible'), ['各县（市、区）政府', '市统计局']);
    assert.deepEqual(names(register, '55', 'responsible'), ['市文旅局', '市市场监管局']);
    assert.equal(task(register, '55').written.responsible, '市文旅局、市市场监管局。');
  });

  test('deadlines: none, 10月底前 in the plan year, 持续推进, 年内见成效 as written', () => {
    assert.deepEqual(task(register, '52').deadline, { kind: 'none' });
    assert.deepEqual(task(register, '54').deadline, { kind: 'month', year: 2023, month: 10, text: '10月底前' });
    assert.deepEqual(task(register, '56').deadline, { kind: 'ongoing', text: '持续推进' });
    assert.deepEqual(task(register, '57').deadline, { kind: 'text', text: '年内见成效' });
  });

  test('candidates: 超过 moreThan, 以上/至少/不少于 atLeast, 左右 about, measures as written', () => {
    const of = (t) => register.indicators.filter((i) => i.task === t).map((i) => [i.comparator, i.target, i.measure, i.quote]);
    assert.deepEqual(of('t53'), [['moreThan', 120, '家', '全年新增规模以上工业企业超过120家'], ['atLeast', 10, '%', '工业投资增长10%以上']]);
    assert.deepEqual(of('t55')[0], ['atLeast', 20, '场', '举办消费季活动不少于20场']);
    assert.deepEqual(of('t56')[0], ['atLeast', 8, '所', '新建改扩建中小学校至少8所']);
    assert.deepEqual(of('t54')[0], ['about', 50, '个', '完成老旧小区改造50个左右']);
    assert.ok(register.indicators.every((i) => i.review === true && task(register, register.tasks.find((t) => t.id === i.task).number).content.includes(i.quote)));
  });

  test('every line is accounted for', () => assertAccounted(source, result));
});

describe('the list form with full-width punctuation, deadlines and 分管领导 lines', () => {
  const { register } = importText(fixture('import/fullwidth-list.txt'));
  test('reads every label', () => {
    assert.deepEqual(names(register, '1', 'responsible'), ['区统计局', '各街道', '区直各部门']);
    assert.deepEqual(task(register, '1').deadline, { kind: 'month', year: 2024, month: 12, text: '2024年12月' });
    assert.deepEqual(task(register, '2').deadline, { kind: 'year', year: 2024, text: '2024年底前' });
    assert.deepEqual(task(register, '3').leaders, ['张三', '李四']);
    const two = register.indicators.find((i) => i.task === 't2');
    assert.deepEqual([two.comparator, two.target, two.measure, two.dueYear], ['atMost', 5.5, '%', 2024]);
    assert.equal(register.indicators.find((i) => i.task === 't3').measure, '万人');
  });
});

describe('the bundled Zhejiang table (tab-led cells) reads as the bundled register', () => {
  // The bundled register in the version-1 model it was first written in.
  const v1 = JSON.parse(fixture('../../tests/fixtures/register.v1.json'));
  const { register, report } = importText(readFileSync(new URL('../../src/data/source/zhejiang-task-register.txt', import.meta.url), 'utf8'));
  test('same tasks, texts, units and deadlines', () => {
    assert.equal(report.layout, 'tab-cells');
    assert.equal(register.title, v1.title);
    assert.equal(register.subtitle, v1.subtitle);
    const v1Name = new Map(v1.units.map((u) => [u.id, u.name]));
    assert.equal(register.tasks.length, v1.tasks.length);
    v1.tasks.forEach((old, i) => {
      const now = register.tasks[i];
      assert.equal(now.number, String(old.number));
      assert.equal(now.content, old.content);
      assert.deepEqual(names(register, now.number, 'lead'), old.leadUnitIds.map((id) => v1Name.get(id)));
      assert.deepEqual(names(register, now.number, 'participant'), old.participantUnitIds.map((id) => v1Name.get(id)));
      assert.deepEqual(now.deadline, old.deadline);
      assert.equal(now.written?.lead, old.written?.lead);
    });
  });
});

describe('units', () => {
  test('split on 、，, ; and line breaks; brackets never split', () => {
    assert.deepEqual(splitUnits('市发改委,各县市区人民政府').names, ['市发改委', '各县市区人民政府']);
    assert.deepEqual(splitUnits('各县（市、区）政府；市财政局\n市税务局').names, ['各县（市、区）政府', '市财政局', '市税务局']);
    assert.deepEqual(splitUnits('温州市、台州市政府').names, ['温州市政府', '台州市政府']);
    assert.deepEqual(splitUnits('市财政局等。').names, ['市财政局']);
  });
  test('what cannot be split with confidence is an error naming the part', () => {
    assert.throws(() => splitUnits('市、区教育局'), (e) => e.problem.key === 'importUnitsAmbiguous');
    assert.throws(() => splitUnits('各县（市、区政府'), (e) => e.problem.key === 'importUnbalanced');
  });
  test('an ambiguous cell stops the import with the line, the cell and the text', () => {
    try {
      importText('某市2023年重点工作分工方案\n1．推进某项工作。（牵头单位：市、区教育局）\n');
      assert.fail('expected an error');
    } catch (error) {
      assert.ok(error instanceof TaskRegisterError);
      const message = render('zh-CN', error.key, error.params);
      assert.equal(message, '第2行“牵头单位”：单位“市、区教育局”无法确定如何拆分，请改写为完整的单位名称（原文：“市、区教育局”）');
      assert.match(render('en', error.key, error.params), /^line 2, 牵头单位: cannot tell how to split/);
    }
  });
  test('no recognisable task column is an error', () => {
    assert.throws(() => importText('一段没有表格的文字。\n另一段。\n'), (e) => e.key === 'importNoTaskColumn');
  });
});

describe('deadlines', () => {
  const kind = (text, planYear) => parseDeadline(text, planYear).deadline;
  test('every kind, never a guess', () => {
    assert.deepEqual(kind(''), { kind: 'none' });
    assert.deepEqual(kind('年度常规工作'), { kind: 'annual', text: '年度常规工作' });
    assert.deepEqual(kind('每年'), { kind: 'annual', text: '每年' });
    assert.deepEqual(kind('长期坚持'), { kind: 'ongoing', text: '长期坚持' });
    assert.deepEqual(kind('2025年'), { kind: 'year', year: 2025, text: '2025年' });
    assert.deepEqual(kind('2023年底前'), { kind: 'year', year: 2023, text: '2023年底前' });
    assert.deepEqual(kind('2020年12月'), { kind: 'month', year: 2020, month: 12, text: '2020年12月' });
    assert.deepEqual(kind('2022年10月底前'), { kind: 'month', year: 2022, month: 10, text: '2022年10月底前' });
    assert.deepEqual(kind('10月底前', 2023), { kind: 'month', year: 2023, month: 10, text: '10月底前' });
    assert.deepEqual(kind('10月底前'), { kind: 'text', text: '10月底前' });
    assert.deepEqual(kind('2024年6月30日前'), { kind: 'date', date: '2024-06-30', text: '2024年6月30日前' });
    assert.deepEqual(kind('年内见成效'), { kind: 'text', text: '年内见成效' });
  });
  test('a candidate takes a due year only from the text or the task\'s own deadline', () => {
    const none = candidatesOf('t1', '1', '到2025年，培育10个以上联盟。', { kind: 'none' });
    assert.equal(none.indicators[0].dueYear, 2025);
    assert.equal(none.indicators[0].comparator, 'atLeast');
    assert.equal(candidatesOf('t1', '1', '客流超过8万人。', { kind: 'none' }).indicators[0].dueYear, undefined);
  });
});

export { assertAccounted, names, task };
