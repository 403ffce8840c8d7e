import { expect } from '@open-wc/testing';
import { TaskRegisterError } from '../src/data/errors.js';
import { formatPath, parseRegister } from '../src/data/parse.js';
import { issueMessage } from '../src/i18n/errors.js';
import type { RegisterInput } from '../src/data/schema.js';
import { registerCopy } from './support/registers.js';

function issuesOf(json: unknown) {
  try {
    parseRegister(json);
  } catch (error) {
    expect(error).to.be.instanceOf(TaskRegisterError);
    return (error as TaskRegisterError).issues;
  }
  throw new Error('expected parseRegister to fail');
}

function broken(change: (r: RegisterInput) => void) {
  const copy = registerCopy();
  change(copy);
  return issuesOf(copy);
}

describe('parseRegister', () => {
  it('accepts the bundled register and returns it frozen', () => {
    const register = parseRegister(registerCopy());
    expect(register.tasks).to.have.length(46);
    expect(Object.isFrozen(register.tasks[3])).to.equal(true);
  });

  it('formats paths the way a JSON reader writes them', () => {
    expect(formatPath(['tasks', 4, 'leadUnitIds', 0])).to.equal('tasks[4].leadUnitIds[0]');
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
