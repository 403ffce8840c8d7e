import { expect } from '@open-wc/testing';
import { bundledRegister } from '../src/data/bundled.js';
import { importTable } from '../src/data/import-table.js';
import type { Indicator } from '../src/data/model.js';
import json from '../src/data/register.json' with { type: 'json' };
import { isValidatedRegisterV2, parseRegister, upgradeV1 } from '../src/data/schema-v2.js';
import { taskById } from '../src/data/selectors.js';
import { zhejiangAnnotations } from '../src/data/source/zhejiang-annotations.js';
import { isValidatedRegister } from '../src/data/trusted.js';
import { registerV1Copy } from './support/registers.js';

const register = bundledRegister();
const names = (ids: readonly string[] | undefined) => (ids ?? []).map((id) => register.units.find((u) => u.id === id)!.name);
const sourceText = async () => (await fetch('/src/data/source/zhejiang-task-register.txt')).text();

// Each task's lead and participant units as the document writes them (温州市、台州市政府 distributed).
const E = '省教育厅', H = '省人力社保厅', D = '省发展改革委', C = '各设区市政府', I = '各行业主管部门';
const X = '省经信厅', F = '省财政厅', U = '省总工会', W = '温州市政府', T = '台州市政府', S = '省国资委';
const expected: [lead: string[], participants: string[], deadline: number | 'annual'][] = [
  [[E], [], 2025], [[E], [], 2023], [[E], [], 2025], [[H], [], 2025], [[D], [E, H], 2025],
  [[E], [H], 2023], [[E], [C, I], 'annual'], [[I], [E, H], 'annual'], [[C], [E, H], 'annual'], [[H], [C], 2025],
  [[E], [H], 2025], [[E, H], [], 'annual'], [[E], [], 'annual'], [[E], [], 2025], [[H, E], [D], 'annual'],
  [[X], [E, H], 2024], [[C], [], 2025], [[E], [C, H, X], 'annual'], [[H], [E], 'annual'], [[E], [H], 2025],
  [[H], [E], 2025], [[E], [H, F, C], 2025], [[C], [], 2025], [[E], [], 'annual'], [[E], [], 'annual'],
  [[E], [H], 2022], [[H], [E, F, U], 2025], [[E], [H], 'annual'], [[H], [], 2025], [[H], [F], 2025],
  [[W, T], [E, H, D, F], 2025], [[C], [D, E, H], 2025], [[E], [H], 2025], [[H], [E], 2025], [[S], [E], 2025],
  [[E], [D, X], 2025], [[C], [], 2025], [[E], [C], 2025], [[F], [C], 2025], [[E], [H], 'annual'],
  [[E], [C], 'annual'], [[S], [E], 2025], [[E], [], 2025], [[H], [], 2025], [[D], [X, E], 2025],
  [[E], [H], 'annual'],
];

describe('the bundled register', () => {
  it('is what the schema and the cross-field rules accept, unchanged (so pages need not validate it again)', () => {
    const checked = parseRegister(structuredClone(json));
    expect(checked).to.deep.equal(register);
    expect(JSON.stringify(checked)).to.equal(JSON.stringify(register));
    expect(isValidatedRegister(register)).to.be.true;
    expect(isValidatedRegisterV2(register)).to.be.true;
    expect(Object.isFrozen(register.tasks[45]!.deadline)).to.be.true;
  });

  it('is the source table as the version-1 importer reads it, upgraded to version 2, to the character', async () => {
    const imported = importTable(await sourceText(), zhejiangAnnotations);
    const upgraded = upgradeV1(imported);
    expect(upgraded).to.deep.equal(json);
    expect(`${JSON.stringify(upgraded, null, 2)}\n`).to.equal(await (await fetch('/src/data/register.json')).text());
    // The version-1 copy the validator tests use is that same import.
    expect(registerV1Copy()).to.deep.equal(JSON.parse(JSON.stringify(imported)));
    expect(upgradeV1(registerV1Copy())).to.deep.equal(json);
  });

  it('holds the plan title and the table heading as written', () => {
    expect(register.schemaVersion).to.equal(2);
    expect(register.title).to.equal('浙江省深化产教融合推进职业教育高质量发展实施方案');
    expect(register.subtitle).to.equal('重点任务分工方案');
    // The document names no issuer, number, date or plan year: none is invented.
    expect(register).not.to.have.any.keys('issuer', 'documentNumber', 'issuedDate', 'planYear', 'extra');
  });

  it('has the document’s two unit columns as its roles, and no sections', () => {
    expect(register.roles).to.deep.equal([
      { id: 'lead', label: '牵头单位', labelEn: 'Lead units' },
      { id: 'participant', label: '参与单位', labelEn: 'Participating units' },
    ]);
    expect(register.sections).to.deep.equal([]);
    expect(register.tasks.filter((t) => t.sectionId !== undefined || t.units.responsible !== undefined)).to.deep.equal([]);
  });

  it('has 46 tasks numbered 1..46 as written, with ids t1..t46, and 11 distinct units', () => {
    expect(register.tasks.map((t) => t.number)).to.deep.equal(Array.from({ length: 46 }, (_, i) => String(i + 1)));
    expect(register.tasks.map((t) => t.id)).to.deep.equal(Array.from({ length: 46 }, (_, i) => `t${i + 1}`));
    expect(register.units.map((u) => u.name)).to.have.members([E, H, D, C, I, X, F, U, W, T, S]);
  });

  it('has every task with its lead units, participants and deadline as the document gives them', () => {
    register.tasks.forEach((task, i) => {
      const [lead, participants, deadline] = expected[i]!;
      expect(names(task.units.lead), `task ${task.number} lead`).to.deep.equal(lead);
      expect(names(task.units.participant), `task ${task.number} participants`).to.deep.equal(participants);
      // An empty column is no list at all, not an empty one.
      expect(Object.keys(task.units), `task ${task.number} roles`).to.deep.equal(participants.length ? ['lead', 'participant'] : ['lead']);
      const text = task.number === '27' ? '2025' : deadline === 'annual' ? '年度常规工作' : `${deadline}年`;
      expect(task.deadline, `task ${task.number} deadline`).to.deep.equal(
        deadline === 'annual' ? { kind: 'annual', text } : { kind: 'year', year: deadline, text },
      );
    });
  });

  it('keeps the unit cells written otherwise than the names joined by 、 (tasks 12 and 31)', () => {
    expect(register.tasks.filter((t) => t.written).map((t) => [t.number, t.written])).to.deep.equal([
      ['12', { lead: '省教育厅\n省人力社保厅' }],
      ['31', { lead: '温州市、台州市政府' }],
    ]);
  });

  it('counts deadlines: 28 in 2025, 14 annual, 2 in 2023, 1 in 2024, 1 in 2022', () => {
    const count = (key: number | 'annual') =>
      register.tasks.filter((t) => (t.deadline.kind === 'year' ? t.deadline.year : t.deadline.kind) === key).length;
    expect([count(2025), count('annual'), count(2023), count(2024), count(2022)]).to.deep.equal([28, 14, 2, 1, 1]);
  });

  it('keeps task 27’s deadline as written (2025, without 年) and reads it as 2025', () => {
    expect(register.tasks[26]!.deadline).to.deep.equal({ kind: 'year', year: 2025, text: '2025' });
  });

  it('has 省教育厅 leading 24 tasks and taking part in 13', () => {
    expect(register.tasks.filter((t) => t.units.lead?.includes('edu'))).to.have.length(24);
    expect(register.tasks.filter((t) => t.units.participant?.includes('edu'))).to.have.length(13);
  });

  it('keeps task texts character for character', () => {
    expect(register.tasks[5]!.content).to.equal('职业院校承担社会培训规模和全日制学历教育规模比例达到1.2：1以上。');
    expect(register.tasks[29]!.content).to.contain('绩效工资总量最高可上浮50％');
  });

  it('has every numeric target, each quoted from its task text', () => {
    const pick = (i: Indicator) =>
      i.comparator === 'range'
        ? [i.id, i.task, i.comparator, i.min, i.max, i.measure, i.dueYear]
        : [i.id, i.task, i.comparator, i.target, i.measure, i.dueYear];
    expect(register.indicators.map(pick)).to.deep.equal([
      ['secondary-progression-rate', 't1', 'atLeast', 50, '%', 2025],
      ['hq-higher-vocational-colleges', 't2', 'exactly', 15, '所', 2023],
      ['hq-specialty-groups', 't2', 'exactly', 30, '个', 2023],
      ['hq-secondary-schools', 't2', 'exactly', 50, '所', 2023],
      ['hq-secondary-specialties', 't2', 'exactly', 150, '个', 2023],
      ['applied-universities', 't3', 'exactly', 20, '所', 2025],
      ['technician-colleges', 't4', 'exactly', 10, '所', 2025],
      ['integration-alliances', 't5', 'atLeast', 10, '个', 2025],
      ['integration-practice-bases', 't5', 'atLeast', 20, '个', 2025],
      ['practical-training-bases', 't5', 'atLeast', 100, '个', 2025],
      ['integration-enterprises', 't5', 'atLeast', 300, '家', 2025],
      ['collaborative-projects', 't5', 'atLeast', 500, '个', 2025],
      ['training-to-degree-ratio', 't6', 'atLeast', 1.2, 'ratio', 2023],
      ['advanced-manufacturing-training-bases', 't16', 'range', 3, 5, '家', 2024],
      ['internship-post-share', 't17', 'range', 2, 3, '%', 2025],
      ['dual-qualified-teachers', 't20', 'atLeast', 90, '%', 2025],
      ['skill-master-stations', 't20', 'exactly', 20, '个', 2025],
      ['teaching-innovation-teams', 't20', 'exactly', 100, '个', 2025],
      ['career-enlightenment-bases', 't26', 'atLeast', 100, '个', 2022],
      ['performance-pay-increase', 't30', 'atMost', 50, '%', 2025],
      ['mixed-ownership-colleges', 't36', 'about', 10, '所', 2025],
      ['vocational-education-groups', 't36', 'about', 20, '家', 2025],
      ['online-courses', 't38', 'exactly', 500, '门', 2025],
      ['smart-campuses', 't38', 'exactly', 100, '个', 2025],
      ['funding-per-student', 't39', 'atLeast', 1.2, '万元', 2025],
      ['secondary-funding-multiple', 't39', 'atLeast', 2, '倍', 2025],
    ]);
    for (const indicator of register.indicators) {
      const task = taskById(register, indicator.task)!;
      expect(task.content, indicator.id).to.contain(indicator.quote);
      expect(task.indicatorIds, indicator.id).to.include(indicator.id);
      expect(indicator.review, indicator.id).to.equal(undefined);
    }
    // Every task lists exactly the indicators that name it, in register order.
    for (const task of register.tasks) {
      expect(task.indicatorIds, `task ${task.number}`).to.deep.equal(register.indicators.filter((i) => i.task === task.id).map((i) => i.id));
    }
  });

  it('is frozen: a widget cannot change the figures by accident', () => {
    expect(Object.isFrozen(register)).to.equal(true);
    expect(Object.isFrozen(register.tasks[0]!.units.lead)).to.equal(true);
    expect(Object.isFrozen(register.roles[0])).to.equal(true);
  });
});
