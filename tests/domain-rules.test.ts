import { expect } from '@open-wc/testing';
import { bundledRegister } from '../src/data/bundled.js';
import { countByDeadline, playsRole, roleFilters, taskByNumber, taskStatus, yearStatus } from '../src/data/selectors.js';
import { taskStatusWord } from '../src/i18n/common.js';
import { joinClauses, joinList, joinSentences, labelled, punctuation, withAside } from '../src/i18n/punctuation.js';
import { formatQuantity, joinQuantity, quantityParts, scaleFigure } from '../src/i18n/quantity.js';

const at = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('domain rules', () => {
  it('gives a deadline year its status at a date, the same for a task and a checkpoint', () => {
    expect([2024, 2025, 2026].map((year) => yearStatus(year, at('2025-06-30')))).to.deep.equal(['passed', 'due-this-year', 'upcoming']);
    const register = bundledRegister();
    for (const task of register.tasks) {
      const expected = task.deadline.kind === 'annual' ? 'annual' : yearStatus(task.deadline.year, at('2025-06-30'));
      expect(taskStatus(task, at('2025-06-30'))).to.equal(expected);
    }
  });

  it('counts tasks per deadline year, ascending, and annual work apart', () => {
    const register = bundledRegister();
    const { years, annual } = countByDeadline(register.tasks);
    expect(years.map(([year]) => year)).to.deep.equal([...years.map(([year]) => year)].sort((a, b) => a - b));
    expect(years.reduce((sum, [, count]) => sum + count, 0) + annual).to.equal(register.tasks.length);
    expect(annual).to.equal(register.tasks.filter((task) => task.deadline.kind === 'annual').length);
  });

  it('filters by role once for every widget', () => {
    expect(roleFilters).to.deep.equal(['all', 'lead', 'participant']);
    const register = bundledRegister();
    const task = taskByNumber(register, 1)!;
    const lead = task.leadUnitIds[0]!;
    expect(playsRole(task, lead, 'all')).to.equal(true);
    expect(playsRole(task, lead, 'lead')).to.equal(true);
    expect(playsRole(task, lead, 'participant')).to.equal(false);
    expect(playsRole(task, 'nobody', 'all')).to.equal(false);
  });
});

describe('words and punctuation', () => {
  it('says a status in each language', () => {
    expect(taskStatusWord('zh-CN', 'due-this-year')).to.equal('本年到期');
    expect(taskStatusWord('en', 'passed')).to.equal('Deadline passed');
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
