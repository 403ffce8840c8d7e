import { expect } from '@open-wc/testing';
import { TaskRegisterError } from '../src/data/errors.js';
import { bundledRegister } from '../src/data/bundled.js';
import { formatPath, parseRegisterV1 } from '../src/data/parse.js';
import { parseRegister, type RegisterV2Input } from '../src/data/schema-v2.js';
import { issueMessage } from '../src/i18n/errors.js';
// The validator's messages, as the page gets them with the validator.
import '../src/i18n/validation-errors.js';
import type { RegisterInput } from '../src/data/schema.js';
import { registerCopy, registerV1Copy } from './support/registers.js';

function issuesOf(json: unknown, parse: (json: unknown) => unknown = parseRegisterV1) {
  try {
    parse(json);
  } catch (error) {
    expect(error).to.be.instanceOf(TaskRegisterError);
    return (error as TaskRegisterError).issues;
  }
  throw new Error('expected the register to be rejected');
}

function broken(change: (r: RegisterInput) => void) {
  const copy = registerV1Copy();
  change(copy);
  return issuesOf(copy);
}

function brokenV2(change: (r: RegisterV2Input) => void) {
  const copy = registerCopy();
  change(copy);
  return issuesOf(copy, parseRegister);
}

/** A register as a district table writes it: one 责任单位 column, no lead, no deadline column. */
const responsibleOnly = (): RegisterV2Input => ({
  schemaVersion: 2,
  id: 'district-plan',
  title: '某区重点工作责任分工方案',
  roles: [{ id: 'responsible', label: '责任单位' }],
  units: [
    { id: 'district-edu', name: '区教育局' },
    { id: 'district-finance', name: '区财政局' },
  ],
  sections: [{ id: 's1', number: '一、', title: '推进教育高质量发展' }],
  tasks: [
    {
      id: 't52',
      number: '52',
      sectionId: 's1',
      content: '推进义务教育优质均衡发展。',
      units: { responsible: ['district-edu', 'district-finance'] },
      deadline: { kind: 'none' },
      indicatorIds: [],
    },
  ],
  indicators: [],
});

describe('parseRegisterV1 (the version-1 contract, read when a register is upgraded)', () => {
  it('accepts the bundled register in the version-1 contract and returns it frozen', () => {
    const register = parseRegisterV1(registerV1Copy());
    expect(register.tasks).to.have.length(46);
    expect(Object.isFrozen(register.tasks[3])).to.equal(true);
  });

  it('formats paths the way a JSON reader writes them', () => {
    expect(formatPath(['tasks', 4, 'units', 'lead', 0])).to.equal('tasks[4].units.lead[0]');
    expect(formatPath([])).to.equal('(root)');
  });

  it('says where a value has the wrong type, in zh and en', () => {
    const issues = issuesOf({ id: 'x', title: 't', subtitle: 's', units: [], tasks: [{ number: '1' }], indicators: [] });
    const numberIssue = issues.find((i) => i.path === 'tasks[0].number')!;
    expect(issueMessage(numberIssue, 'en')).to.contain('expected number');
    expect(issueMessage(numberIssue, 'zh-CN')).to.contain('类型错误');
    expect(issueMessage(issues.find((i) => i.path === 'tasks[0].content')!, 'en')).to.equal('this field is missing');
    expect(issueMessage(issues.find((i) => i.path === 'units')!, 'en')).to.contain('minimum 1');
  });

  it('rejects what is not an object at all', () => {
    expect(issuesOf('hello')[0]!.path).to.equal('(root)');
    expect(issueMessage(issuesOf(null)[0]!, 'en')).to.contain('expected object');
  });

  it('rejects a dangling unit reference and names the path', () => {
    const issues = broken((r) => (r.tasks[4]!.leadUnitIds[0] = 'nobody'));
    expect(issues).to.have.length(1);
    expect(issues[0]!.path).to.equal('tasks[4].leadUnitIds[0]');
    expect(issueMessage(issues[0]!, 'en')).to.contain('nobody');
    expect(issueMessage(issues[0]!, 'zh-CN')).to.contain('不存在的单位 nobody');
  });

  it('rejects duplicate or out-of-order task numbers', () => {
    const issues = broken((r) => (r.tasks[9]!.number = 9));
    expect(issues.map((i) => i.path)).to.deep.equal(['tasks[9].number']);
    expect(issueMessage(issues[0]!, 'en')).to.contain('expected 10 here, found 9');
  });

  it('rejects a unit that leads and takes part in the same task', () => {
    const issues = broken((r) => r.tasks[4]!.participantUnitIds.push('drc'));
    expect(issues[0]!.path).to.equal('tasks[4].participantUnitIds[2]');
    expect(issueMessage(issues[0]!, 'en')).to.contain('cannot both lead and participate');
  });

  it('rejects duplicate unit ids and names', () => {
    const issues = broken((r) => r.units.push({ ...r.units[0]! }));
    expect(issues.map((i) => i.path)).to.deep.equal(['units[11].id', 'units[11].name']);
  });

  it('rejects an indicator whose quote is not in its task, or whose range is upside down', () => {
    expect(broken((r) => (r.indicators[0]!.quote = '虚构的引文'))[0]!.path).to.equal('indicators[0].quote');
    const issues = broken((r) => {
      const range = r.indicators.find((i) => i.comparator === 'range')!;
      if (range.comparator === 'range') [range.min, range.max] = [range.max, range.min];
    });
    expect(issueMessage(issues[0]!, 'en')).to.contain('minimum below its maximum');
  });

  it('rejects an unknown comparator or unit of measure', () => {
    const issues = broken((r) => ((r.indicators[1] as { measure: string }).measure = 'km'));
    expect(issues[0]!.path).to.equal('indicators[1].measure');
    expect(issueMessage(issues[0]!, 'en')).to.contain('expected one of');
  });

  it('rejects an id that is not plain ASCII', () => {
    expect(broken((r) => (r.units[0]!.id = '教育厅'))[0]!.path).to.equal('units[0].id');
  });
});

describe('parseRegister (version 2)', () => {
  it('upgrades a version-1 register: the same register as the bundled one, roles added', () => {
    const register = parseRegister(registerV1Copy());
    expect(register).to.deep.equal(bundledRegister());
    expect(register.schemaVersion).to.equal(2);
    expect(register.roles.map((role) => role.label)).to.deep.equal(['牵头单位', '参与单位']);
    expect(register.tasks[4]!.units).to.deep.equal({ lead: ['drc'], participant: ['edu', 'hrss'] });
    expect(Object.isFrozen(register.tasks[4]!.units)).to.equal(true);
    // A version-1 register that breaks its contract is reported at its own paths.
    const v1 = registerV1Copy();
    v1.tasks[4]!.leadUnitIds[0] = 'nobody';
    expect(issuesOf(v1, parseRegister).map((i) => i.path)).to.deep.equal(['tasks[4].leadUnitIds[0]']);
  });

  it('names an unknown field instead of dropping it, and keeps a portal’s own fields in extra', () => {
    const issues = brokenV2((r) => Object.assign(r.tasks[3]!, { owner: '张三' }));
    expect(issues.map((i) => i.path)).to.deep.equal(['tasks[3]']);
    expect(issueMessage(issues[0]!, 'en')).to.contain('unknown fields: owner');
    expect(issueMessage(issues[0]!, 'zh-CN')).to.contain('未知字段：owner');
    expect(issueMessage(brokenV2((r) => Object.assign(r, { status: 'draft' }))[0]!, 'en')).to.contain('status');
    const withExtra = registerCopy();
    withExtra.tasks[3]!.extra = { owner: '张三', row: 4 };
    expect(parseRegister(withExtra).tasks[3]!.extra).to.deep.equal({ owner: '张三', row: 4 });
  });

  it('accepts a register whose tasks have only 责任单位, no lead and no stated deadline', () => {
    const register = parseRegister(responsibleOnly());
    expect(register.tasks[0]!.units).to.deep.equal({ responsible: ['district-edu', 'district-finance'] });
    expect(register.tasks[0]!.number).to.equal('52');
    expect(register.roles).to.deep.equal([{ id: 'responsible', label: '责任单位' }]);
  });

  it('rejects a task with no unit in any role', () => {
    for (const units of [{}, { responsible: [] }, { lead: [], participant: [] }]) {
      const register = responsibleOnly();
      register.roles.push({ id: 'lead', label: '牵头单位' }, { id: 'participant', label: '配合单位' });
      register.tasks[0]!.units = units;
      const issues = issuesOf(register, parseRegister);
      expect(issues.map((i) => i.path), JSON.stringify(units)).to.deep.equal(['tasks[0].units']);
      expect(issueMessage(issues[0]!, 'en')).to.equal('a task needs at least one unit in some role');
      expect(issueMessage(issues[0]!, 'zh-CN')).to.equal('任务至少需要一个单位（任一角色）');
    }
  });

  it('rejects a role the register does not declare, and a unit in two roles of one task', () => {
    const undeclared = responsibleOnly();
    undeclared.tasks[0]!.units = { lead: ['district-edu'] };
    expect(issuesOf(undeclared, parseRegister).map((i) => i.path)).to.deep.equal(['tasks[0].units.lead']);
    const twice = brokenV2((r) => r.tasks[4]!.units.participant!.push('drc'));
    expect(twice.map((i) => i.path)).to.deep.equal(['tasks[4].units.participant[2]']);
    expect(issueMessage(twice[0]!, 'en')).to.contain('drc');
  });
});
