import { expect } from '@open-wc/testing';
import { bundledRegister } from '../src/data/bundled.js';
import { parseProgress, type Progress } from '../src/data/progress.js';
import { parseRegisterV2, type RegisterV2, type TaskV2 } from '../src/data/schema-v2.js';
import { countStates, deadlineEnd, taskStatusAt } from '../src/data/status.js';
import { errorMessage, issueMessage } from '../src/i18n/errors.js';
// The validator's messages, as the page gets them with the validator.
import '../src/i18n/validation-errors.js';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const register: RegisterV2 = parseRegisterV2(bundledRegister());
/** The first task whose deadline is of this kind (and year, when given). */
const taskWith = (kind: string, year?: number): TaskV2 =>
  register.tasks.find((t) => t.deadline.kind === kind && (year === undefined || ('year' in t.deadline && t.deadline.year === year)))!;

function progressOf(tasks: unknown[], indicators: unknown[] = [], today = '2026-11-30'): Progress {
  return parseProgress({ schemaVersion: 1, register: register.id, tasks, indicators }, register, day(today)).progress;
}

describe('deadlineEnd', () => {
  it('ends each period the document states on its last day', () => {
    expect(deadlineEnd({ kind: 'year', year: 2025, text: '2025年' }, 2026)).to.equal('2025-12-31');
    expect(deadlineEnd({ kind: 'month', year: 2024, month: 2, text: '2024年2月' }, 2026)).to.equal('2024-02-29');
    expect(deadlineEnd({ kind: 'date', date: '2022-10-31', text: '2022年10月底前' }, 2026)).to.equal('2022-10-31');
    expect(deadlineEnd({ kind: 'annual', text: '年度常规工作' }, 2026)).to.equal('2026-12-31');
    expect(deadlineEnd({ kind: 'ongoing', text: '持续推进' }, 2026)).to.equal(undefined);
    expect(deadlineEnd({ kind: 'none' }, 2026)).to.equal(undefined);
  });
});

describe('taskStatusAt', () => {
  const due2022 = taskWith('year', 2022);
  const due2025 = taskWith('year', 2025);
  const annual = taskWith('annual');

  it('without progress data never claims a task is overdue', () => {
    expect(taskStatusAt(due2022, day('2026-11-30')).state).to.equal('passedNoReport');
    expect(taskStatusAt(due2025, day('2025-03-01')).state).to.equal('dueThisYear');
    expect(taskStatusAt(due2025, day('2024-03-01')).state).to.equal('notYetDue');
    expect(taskStatusAt(annual, day('2026-11-30')).state).to.equal('dueThisYear');
    const counts = countStates(register.tasks, day('2026-11-30'));
    expect(counts.overdue).to.equal(0);
    expect(counts.passedNoReport).to.equal(register.tasks.filter((t) => t.deadline.kind === 'year').length);
  });

  it('tells completed on time from completed late, and overdue from no report', () => {
    const progress = progressOf([
      { task: due2022.number, date: '2022-06-30', status: 'inProgress', percent: 40 },
      { task: due2022.number, date: '2023-02-15', status: 'completed', note: '已验收' },
      { task: due2025.number, date: '2024-06-30', status: 'inProgress', percent: 60 },
      { task: due2025.number, date: '2025-12-20', status: 'completed' },
    ]);
    expect(taskStatusAt(due2022, day('2022-12-01'), progress).state).to.equal('inProgress');
    expect(taskStatusAt(due2022, day('2023-01-10'), progress).state).to.equal('overdue');
    const late = taskStatusAt(due2022, day('2023-03-01'), progress);
    expect(late.state).to.equal('completedLate');
    expect(late.completedOn).to.equal('2023-02-15');
    expect(late.report?.note).to.equal('已验收');
    expect(taskStatusAt(due2025, day('2025-06-30'), progress).state).to.equal('inProgress');
    expect(taskStatusAt(due2025, day('2026-01-05'), progress).state).to.equal('completedOnTime');
    // A report after the as-of date is not used yet.
    expect(taskStatusAt(due2025, day('2024-01-01'), progress).state).to.equal('notYetDue');
  });

  it('judges annual work by the reports of the as-of year only', () => {
    const progress = progressOf([
      { task: annual.number, date: '2024-12-20', status: 'completed' },
      { task: annual.number, date: '2025-05-10', status: 'inProgress' },
    ]);
    expect(taskStatusAt(annual, day('2024-12-31'), progress).state).to.equal('completedOnTime');
    expect(taskStatusAt(annual, day('2025-06-01'), progress).state).to.equal('inProgress');
    expect(taskStatusAt(annual, day('2026-02-01'), progress).state).to.equal('dueThisYear');
  });

  it('keeps suspended and cancelled as reported, and a completion reopened is not completed', () => {
    const [a, b, c] = register.tasks.filter((t) => t.deadline.kind === 'year' && t.deadline.year === 2025);
    const progress = progressOf([
      { task: a!.number, date: '2025-03-01', status: 'suspended' },
      { task: b!.number, date: '2025-03-01', status: 'cancelled' },
      { task: c!.number, date: '2025-03-01', status: 'completed' },
      { task: c!.number, date: '2025-04-01', status: 'inProgress', note: '整改' },
    ]);
    expect(taskStatusAt(a!, day('2025-06-01'), progress).state).to.equal('suspended');
    expect(taskStatusAt(b!, day('2025-06-01'), progress).state).to.equal('cancelled');
    expect(taskStatusAt(c!, day('2025-06-01'), progress).state).to.equal('inProgress');
  });
});

describe('parseProgress', () => {
  it('accepts document numbers and ids, and lists every report it cannot use', () => {
    const first = register.tasks[0]!;
    const { progress, ignored } = parseProgress(
      {
        schemaVersion: 1,
        register: register.id,
        tasks: [
          { task: first.number, date: '2024-06-30', status: 'inProgress', percent: 50 },
          { task: first.id, date: '2024-09-30', status: 'completed' },
          { task: '999', date: '2024-06-30', status: 'completed' },
          { task: first.number, date: '2024-06-30', status: 'inProgress', percent: 50 },
          { task: first.number, date: '2030-01-01', status: 'completed' },
          { task: first.number, date: '2024-07-01', status: 'done' },
          { task: first.number, date: '2024-07-02', status: 'inProgress', percent: 120 },
        ],
        indicators: [
          { indicator: register.indicators[0]!.id, date: '2024-12-31', value: 268 },
          { indicator: 'no-such-indicator', date: '2024-12-31', value: 1 },
        ],
      },
      register,
      day('2026-11-30'),
    );
    expect(progress.tasks.map((r) => [r.task, r.date])).to.deep.equal([
      [first.id, '2024-06-30'],
      [first.id, '2024-09-30'],
    ]);
    expect(progress.indicators).to.have.length(1);
    expect(ignored.map((issue) => issue.path)).to.deep.equal([
      'tasks[2].task',
      'tasks[3]',
      'tasks[4].date',
      'tasks[5].status',
      'tasks[6].percent',
      'indicators[1].indicator',
    ]);
    expect(issueMessage(ignored[0]!, 'zh-CN')).to.equal('任务清单中没有任务“999”');
    expect(issueMessage(ignored[4]!, 'en')).to.equal('percent 120 is outside 0 to 100');
  });

  it('refuses a progress file for another register, saying which', () => {
    try {
      parseProgress({ schemaVersion: 1, register: 'other-plan', tasks: [] }, register, day('2026-11-30'));
      expect.fail('no error');
    } catch (error) {
      expect(errorMessage(error as never, 'zh-CN')).to.contain('other-plan');
    }
  });
});
