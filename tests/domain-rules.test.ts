import { expect } from '@open-wc/testing';
import { bundledRegister } from '../src/data/bundled.js';
import type { Deadline, Task } from '../src/data/model.js';
import { countByDeadline, playsRole, roleFilters, taskByNumber } from '../src/data/selectors.js';
import { deadlineYear, taskStatusAt } from '../src/data/status.js';
import { taskStateWord } from '../src/i18n/common.js';
import { joinClauses, joinList, joinSentences, labelled, punctuation, withAside } from '../src/i18n/punctuation.js';
import { formatQuantity, joinQuantity, quantityParts, scaleFigure } from '../src/i18n/quantity.js';

const at = (iso: string) => new Date(`${iso}T00:00:00Z`);
/** Task 1 of the bundled register with another deadline. */
const withDeadline = (deadline: Deadline): Task => ({ ...taskByNumber(bundledRegister(), '1')!, deadline });

describe('domain rules', () => {
  it('gives a deadline its state at a date with no progress reported: passed, due this year or not yet due', () => {
    const state = (deadline: Deadline, iso = '2025-06-30') => taskStatusAt(withDeadline(deadline), at(iso)).state;
    expect([2024, 2025, 2026].map((year) => state({ kind: 'year', year, text: `${year}年` }))).to.deep.equal([
      'passedNoReport',
      'dueThisYear',
      'notYetDue',
    ]);
    // A month or a day ends its own period, not the year's.
    expect(state({ kind: 'month', year: 2025, month: 3, text: '2025年3月' })).to.equal('passedNoReport');
    expect(state({ kind: 'month', year: 2025, month: 6, text: '2025年6月' })).to.equal('dueThisYear');
    expect(state({ kind: 'date', date: '2025-06-29', text: '2025年6月29日' })).to.equal('passedNoReport');
    expect(state({ kind: 'date', date: '2026-01-15', text: '2026年1月15日' })).to.equal('notYetDue');
    // Annual work is due in every as-of year; what the document does not date is never placed.
    expect(state({ kind: 'annual', text: '年度常规工作' })).to.equal('dueThisYear');
    expect(state({ kind: 'ongoing', text: '持续推进' })).to.equal('noDeadline');
    expect(state({ kind: 'text', text: '年内见成效' })).to.equal('noDeadline');
    expect(state({ kind: 'none' })).to.equal('noDeadline');

    const register = bundledRegister();
    for (const task of register.tasks) {
      const year = deadlineYear(task.deadline);
      const expected =
        task.deadline.kind === 'annual' || year === 2025 ? 'dueThisYear' : year! < 2025 ? 'passedNoReport' : 'notYetDue';
      expect(taskStatusAt(task, at('2025-06-30')).state, `task ${task.number}`).to.equal(expected);
    }
  });

  it('counts tasks per deadline year, ascending, and each undated kind apart', () => {
    const register = bundledRegister();
    const { years, annual, ongoing, text, none } = countByDeadline(register.tasks);
    expect(years.map(([year]) => year)).to.deep.equal([...years.map(([year]) => year)].sort((a, b) => a - b));
    expect(years.reduce((sum, [, count]) => sum + count, 0) + annual + ongoing + text + none).to.equal(register.tasks.length);
    expect(annual).to.equal(register.tasks.filter((task) => task.deadline.kind === 'annual').length);
    // The document dates every task by a year or as annual work.
    expect([ongoing, text, none]).to.deep.equal([0, 0, 0]);

    const mixed = countByDeadline([
      withDeadline({ kind: 'year', year: 2024, text: '2024年' }),
      withDeadline({ kind: 'month', year: 2023, month: 10, text: '2023年10月底前' }),
      withDeadline({ kind: 'date', date: '2024-05-31', text: '2024年5月31日' }),
      withDeadline({ kind: 'annual', text: '每年' }),
      withDeadline({ kind: 'ongoing', text: '长期坚持' }),
      withDeadline({ kind: 'ongoing', text: '持续推进' }),
      withDeadline({ kind: 'text', text: '年内见成效' }),
      withDeadline({ kind: 'none' }),
    ]);
    expect(mixed).to.deep.equal({ years: [[2023, 1], [2024, 2]], annual: 1, ongoing: 2, text: 1, none: 1 });
  });

  it('filters by role once for every widget', () => {
    expect(roleFilters).to.deep.equal(['all', 'lead', 'responsible', 'participant']);
    const register = bundledRegister();
    const task = taskByNumber(register, '5')!;
    const lead = task.units.lead![0]!;
    const participant = task.units.participant![0]!;
    expect(playsRole(task, lead, 'all')).to.equal(true);
    expect(playsRole(task, lead, 'lead')).to.equal(true);
    expect(playsRole(task, lead, 'participant')).to.equal(false);
    expect(playsRole(task, lead, 'responsible')).to.equal(false);
    expect(playsRole(task, participant, 'participant')).to.equal(true);
    expect(playsRole(task, participant, 'lead')).to.equal(false);
    expect(playsRole(task, 'nobody', 'all')).to.equal(false);
    // A unit named only under 责任单位 plays that role and no other.
    const responsible: Task = { ...task, units: { responsible: ['edu'] } };
    expect(playsRole(responsible, 'edu', 'responsible')).to.equal(true);
    expect(playsRole(responsible, 'edu', 'all')).to.equal(true);
    expect(playsRole(responsible, 'edu', 'lead')).to.equal(false);
  });
});

describe('words and punctuation', () => {
  it('says a task state in each language', () => {
    expect(taskStateWord('zh-CN', 'dueThisYear')).to.equal('本年到期');
    expect(taskStateWord('zh-CN', 'passedNoReport')).to.equal('期限已过（未报告完成情况）');
    expect(taskStateWord('en', 'passedNoReport')).to.equal('Deadline passed (no report)');
    expect(taskStateWord('en', 'notYetDue')).to.equal('Not yet due');
  });

  it('punctuates as each language does', () => {
    expect(joinList('zh-CN', ['甲', '乙'])).to.equal('甲、乙');
    expect(joinList('en', ['a', 'b'])).to.equal('a, b');
    expect(joinClauses('zh-CN', ['甲', '乙'])).to.equal('甲；乙');
    expect(joinClauses('en', ['a', 'b'])).to.equal('a; b');
    expect(joinSentences('zh-CN', ['甲。', '乙。'])).to.equal('甲。乙。');
    expect(joinSentences('en', ['A.', 'B.'])).to.equal('A. B.');
    expect(labelled('zh-CN', '牵头单位', '省教育厅')).to.equal('牵头单位：省教育厅');
    expect(labelled('en', 'Lead', 'x')).to.equal('Lead: x');
    expect(withAside('zh-CN', '甲', '乙')).to.equal('甲（乙）');
    expect(withAside('en', 'a', 'b')).to.equal('a (b)');
    expect(punctuation('en').space).to.equal(' ');
  });

  it('writes a quantity from its parts, one formatter for both', () => {
    expect(quantityParts('en', 1.2, '万元')).to.deep.equal({ prefix: 'CNY ', figure: '12,000', unit: '' });
    expect(quantityParts('zh-CN', 3, '家', undefined, 5)).to.deep.equal({ prefix: '', figure: '3–5', unit: '家' });
    for (const [lang, value, measure] of [['zh-CN', 268, '家'], ['en', 1.2, 'ratio'], ['en', 2, '倍'], ['zh-CN', 1.2, '万元']] as const) {
      expect(joinQuantity(quantityParts(lang, value, measure, 'enterprises'))).to.equal(formatQuantity(lang, value, measure, 'enterprises'));
    }
    expect(scaleFigure('en', 50, '%')).to.equal('50%');
    expect(scaleFigure('en', 1.2, '万元')).to.equal('12,000');
  });
});
