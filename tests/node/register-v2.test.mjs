// The version-2 contract: parseRegisterV2 (shape, strict fields, cross-field rules, v1 upgrade,
// frozen result) and the JSON Schema agreeing with it. Run with
// `node --import tsx --test tests/node/register-v2.test.mjs`.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import { parseRegisterV2, reviewIssues } from '../../src/data/schema-v2.ts';
import { TaskRegisterError } from '../../src/data/errors.ts';
import { render } from '../../src/i18n/import-errors.ts';
// Validation messages join the catalog as they do when a page loads the validator.
import '../../src/i18n/validation-errors.ts';
import { registerV2JsonSchema } from '../../src/cli/json-schema.ts';

// The bundled register in the version-1 model it was first written in.
const v1 = JSON.parse(readFileSync(new URL('../../tests/fixtures/register.v1.json', import.meta.url), 'utf8'));
const schemaFile = JSON.parse(readFileSync(new URL('../../schema/register.v2.schema.json', import.meta.url), 'utf8'));

const minimal = () => ({
  schemaVersion: 2,
  id: 'city',
  title: '某市重点工作任务分工方案',
  planYear: 2023,
  roles: [{ id: 'lead', label: '牵头单位' }, { id: 'responsible', label: '责任单位' }],
  units: [{ id: 'u1', name: '市经信局' }, { id: 'u2', name: '各县（市、区）政府', extra: { code: 7 } }],
  sections: [{ id: 's1', number: '一', title: '着力扩大有效需求' }, { id: 's2', number: '（一）', title: '稳定工业', parentId: 's1' }],
  tasks: [
    {
      id: 't52',
      number: '52',
      sectionId: 's2',
      content: '全年新增规模以上工业企业超过120家。',
      units: { lead: ['u1'], responsible: ['u2'] },
      deadline: { kind: 'month', year: 2023, month: 10, text: '10月底前' },
      indicatorIds: ['t52-c1'],
      written: { responsible: '各县（市、区）政府等' },
      extra: { portalField: { anything: [1, 2] } },
    },
    { id: 't53', number: '53', content: '年内见成效。', units: { responsible: ['u2'] }, deadline: { kind: 'none' }, indicatorIds: [] },
  ],
  indicators: [
    { id: 't52-c1', task: 't52', label: '规模以上工业企业', comparator: 'moreThan', target: 120, measure: '家', quote: '超过120家', review: true },
  ],
});

function issuesOf(json) {
  try {
    parseRegisterV2(json);
  } catch (error) {
    assert.ok(error instanceof TaskRegisterError);
    return error.issues.map((i) => ({ path: i.path, key: i.key, zh: render('zh-CN', i.key, i.params), en: render('en', i.key, i.params) }));
  }
  assert.fail('expected parseRegisterV2 to fail');
}

describe('parseRegisterV2', () => {
  test('accepts a register with every new part and returns it deeply frozen', () => {
    const register = parseRegisterV2(minimal());
    assert.equal(register.tasks[0].number, '52');
    assert.ok(Object.isFrozen(register.tasks[0].units.lead));
    assert.ok(Object.isFrozen(register.tasks[0].extra.portalField));
    assert.equal(parseRegisterV2(register), register);
  });

  test('an unknown field is an error that names it, at every level; extra carries anything', () => {
    const r = minimal();
    r.colour = 'red';
    r.tasks[0].leadUnitIds = ['u1'];
    r.tasks[0].deadline.day = 3;
    const issues = issuesOf(r);
    assert.deepEqual(issues.map((i) => i.path).sort(), ['(root)', 'tasks[0]', 'tasks[0].deadline'].sort());
    assert.match(issues.find((i) => i.path === '(root)').zh, /未知字段：colour/);
    assert.match(issues.find((i) => i.path === 'tasks[0]').en, /unknown fields: leadUnitIds/);
  });

  test('cross-field rules: roles declared, references resolve, one role per unit, no section cycle, a unit per task', () => {
    const r = minimal();
    r.roles = [{ id: 'lead', label: '牵头单位' }];
    r.tasks[0].units.lead.push('nobody');
    r.tasks[1].units = {};
    r.sections[0].parentId = 's2';
    r.indicators[0].quote = '不在任务里';
    const keys = issuesOf(r).map((i) => `${i.path} ${i.key}`);
    assert.deepEqual(keys.sort(), [
      'indicators[0].quote issueQuoteNotInTask',
      'sections[0].parentId issueSectionCycle',
      'sections[1].parentId issueSectionCycle',
      'tasks[0].units.lead[1] issueUnknownUnit',
      'tasks[0].units.responsible issueUndeclaredRole',
      'tasks[1].units issueTaskNoUnits',
    ].sort());
    const twice = minimal();
    twice.tasks[0].units.responsible = ['u1'];
    assert.deepEqual(issuesOf(twice).map((i) => i.key), ['issueUnitInTwoRoles']);
  });

  test('deadline kinds are checked by their own fields', () => {
    const r = minimal();
    r.tasks[1].deadline = { kind: 'month', year: 2023, month: 13, text: '13月' };
    assert.deepEqual(issuesOf(r).map((i) => i.path), ['tasks[1].deadline.month']);
    const d = minimal();
    d.tasks[1].deadline = { kind: 'date', date: '2023-02-30', text: '2月30日' };
    assert.deepEqual(issuesOf(d).map((i) => i.path), ['tasks[1].deadline.date']);
  });

  test('review candidates are listed for --strict', () => {
    assert.deepEqual(reviewIssues(parseRegisterV2(minimal())).map((i) => i.path), ['indicators[0].review']);
  });
});

describe('version 1 upgraded', () => {
  const v2 = parseRegisterV2(v1);
  test('keeps every task, number, unit, deadline and figure exactly', () => {
    assert.equal(v2.schemaVersion, 2);
    assert.deepEqual(v2.roles.map((r) => [r.id, r.label, r.labelEn]), [['lead', '牵头单位', 'Lead units'], ['participant', '参与单位', 'Participating units']]);
    assert.deepEqual(v2.units, v1.units);
    assert.equal(v2.tasks.length, v1.tasks.length);
    v1.tasks.forEach((old, i) => {
      const now = v2.tasks[i];
      assert.equal(now.id, `t${old.number}`);
      assert.equal(now.number, String(old.number));
      assert.equal(now.content, old.content);
      assert.deepEqual(now.units.lead, old.leadUnitIds);
      assert.deepEqual(now.units.participant ?? [], old.participantUnitIds);
      assert.deepEqual(now.deadline, old.deadline);
      assert.deepEqual(now.indicatorIds, old.indicatorIds);
      assert.equal(now.written?.lead, old.written?.lead);
      assert.equal(now.written?.participant, old.written?.participants);
    });
    assert.equal(v2.indicators.length, v1.indicators.length);
    v1.indicators.forEach((old, i) => {
      const { task, ...rest } = v2.indicators[i];
      const { task: oldTask, ...oldRest } = old;
      assert.equal(task, `t${oldTask}`);
      assert.deepEqual(rest, oldRest);
    });
    for (const key of ['id', 'title', 'titleEn', 'subtitle', 'subtitleEn']) assert.equal(v2[key], v1[key]);
  });
  test('a broken version 1 register reports its own paths', () => {
    const broken = structuredClone(v1);
    broken.tasks[4].leadUnitIds[0] = 'nobody';
    assert.deepEqual(issuesOf(broken).map((i) => i.path), ['tasks[4].leadUnitIds[0]']);
  });
});

describe('the JSON Schema', () => {
  test('is the one generated from the zod schema', () => assert.deepEqual(schemaFile, registerV2JsonSchema()));

  const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schemaFile);
  const zodAccepts = (json) => {
    try {
      parseRegisterV2(json);
      return true;
    } catch {
      return false;
    }
  };
  const samples = [];
  const sample = (name, change, valid) => {
    const r = minimal();
    change(r);
    samples.push({ name, json: r, valid });
  };
  sample('the minimal register', () => {}, true);
  sample('the upgraded bundled register', (r) => Object.assign(r, structuredClone(parseRegisterV2(v1))), true);
  sample('every deadline kind', (r) => {
    r.tasks[1].deadline = { kind: 'annual', text: '每年' };
  }, true);
  sample('a range indicator', (r) => {
    r.indicators[0] = { id: 't52-c1', task: 't52', label: 'x', comparator: 'range', min: 100, max: 120, measure: '家', quote: '超过120家' };
  }, true);
  sample('extra anywhere it is allowed', (r) => {
    r.extra = { a: { b: [null] } };
  }, true);
  sample('an unknown root field', (r) => (r.colour = 'red'), false);
  sample('an unknown task field', (r) => (r.tasks[0].leadUnitIds = []), false);
  sample('an unknown role field', (r) => (r.roles[0].x = 1), false);
  sample('an unknown unit field', (r) => (r.units[0].nameZh = 'x'), false);
  sample('an unknown section field', (r) => (r.sections[0].level = 1), false);
  sample('an unknown indicator field', (r) => (r.indicators[0].unit = '家'), false);
  sample('an unknown written field', (r) => (r.tasks[0].written.participants = 'x'), false);
  sample('an unknown deadline field', (r) => (r.tasks[1].deadline = { kind: 'none', text: '' }), false);
  sample('a number that is not a string', (r) => (r.tasks[0].number = 52), false);
  sample('schemaVersion 3', (r) => (r.schemaVersion = 3), false);
  sample('an unknown role id', (r) => (r.roles[0].id = 'owner'), false);
  sample('no roles', (r) => (r.roles = []), false);
  sample('a non-ASCII id', (r) => (r.units[0].id = '单位'), false);
  sample('an unknown comparator', (r) => (r.indicators[0].comparator = 'greater'), false);
  sample('review false', (r) => (r.indicators[0].review = false), false);
  sample('month 0', (r) => (r.tasks[0].deadline = { kind: 'month', year: 2023, month: 0, text: 'x' }), false);
  for (const { name, json, valid } of samples) {
    test(`${valid ? 'accepts' : 'rejects'} ${name}, as parseRegisterV2 does`, () => {
      assert.equal(validate(json), valid, JSON.stringify(validate.errors));
      assert.equal(zodAccepts(json), valid);
    });
  }
});
